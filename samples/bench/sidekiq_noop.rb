# The Sidekiq side of the drain benchmark: a job that does nothing but count itself. Every
# BENCH_JOBS-th run stamps the wall clock into bench:sidekiq:done_at, so the driver reads the
# moment the last job of a round finished without a Redis call per job.
require "sidekiq"

# Per-job "start"/"done" lines are off on both sides of the comparison (Errand's sample logger
# is at WARN too): the benchmark measures the job machinery, not a terminal.
Sidekiq.logger.level = Logger::WARN

class BenchNoopJob
  include Sidekiq::Worker

  ROUND = Integer(ENV.fetch("BENCH_JOBS"))
  LOCK = Mutex.new
  @count = 0

  class << self
    def ran
      LOCK.synchronize { @count += 1 }
    end
  end

  def perform(_n)
    return unless (BenchNoopJob.ran % ROUND).zero?

    done = Process.clock_gettime(Process::CLOCK_REALTIME)
    Sidekiq.redis { |redis| redis.set("bench:sidekiq:done_at", done.to_s) }
  end
end
