# Reads what Sidekiq's Ruby API sees, as JSON, for the Java test to check.
require "sidekiq/api"

def payload_of(work)
  payload = work["payload"]
  payload.is_a?(String) ? Sidekiq.load_json(payload) : payload
end

stats = Sidekiq::Stats.new
out = {
  "processed" => stats.processed,
  "failed" => stats.failed,
  "enqueued" => stats.enqueued,
  "retry_size" => stats.retry_size,
  "dead_size" => stats.dead_size,
  "processes" => Sidekiq::ProcessSet.new.map do |process|
    { "identity" => process.identity, "busy" => process["busy"],
      "concurrency" => process["concurrency"], "queues" => process["queues"],
      "quiet" => process["quiet"], "hostname" => process["hostname"],
      "started_at" => process["started_at"] }
  end,
  "queues" => Sidekiq::Queue.all.map { |queue| [queue.name, queue.size] }.to_h,
  "latency" => Sidekiq::Queue.new("default").latency,
  "retries" => Sidekiq::RetrySet.new.map do |job|
    { "class" => job.klass, "display_class" => job.display_class, "args" => job.args,
      "queue" => job.queue, "error_class" => job["error_class"],
      "error_message" => job["error_message"], "retry_count" => job["retry_count"],
      "failed_at" => job["failed_at"].to_f, "created_at" => job.created_at.to_f,
      "jid" => job.jid }
  end,
  "dead" => Sidekiq::DeadSet.new.map do |job|
    { "class" => job.klass, "error_class" => job["error_class"], "jid" => job.jid }
  end,
  "workers" => Sidekiq::Workers.new.map do |process_id, thread_id, work|
    { "process" => process_id, "thread" => thread_id, "queue" => work["queue"],
      "class" => payload_of(work)["class"], "run_at" => work["run_at"] }
  end
}
puts Sidekiq.dump_json(out)
