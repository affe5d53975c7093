# A Ruby Sidekiq worker for jobs Errand pushes: each run records its arguments in a list.
require "sidekiq"

Sidekiq.options[:poll_interval_average] = 1

class RubyJob
  include Sidekiq::Worker

  def perform(*args)
    Sidekiq.redis { |redis| redis.rpush("interop:ran", Sidekiq.dump_json(args)) }
  end
end
