# Pushes jobs the way a Rails app would, for the Errand worker to run.
require "sidekiq"

class HardJob
  include Sidekiq::Worker

  def perform(*args); end
end

HardJob.perform_async(1, "two", { "k" => [3.5, nil, true] }, 9_007_199_254_740_993)
HardJob.perform_in(1, "later")
HardJob.set(queue: "low", retry: 3).perform_async("low")
puts "pushed"
