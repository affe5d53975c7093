# Times Sidekiq 6.4.1 for the Errand benchmark, on the Redis database in REDIS_URL (db 15 by
# the bench's default). Usage: ruby sidekiq_bench.rb JOBS ROUNDS CONCURRENCY
#
# 1. push_bulk of JOBS no-op jobs, timed inside Ruby, ROUNDS times.
# 2. A drain: the sidekiq CLI is started with sidekiq_noop.rb at CONCURRENCY threads and left
#    to boot; then each round stages JOBS jobs on another list and renames it onto the queue the
#    process watches, and the round lasts from the rename to the last job's done stamp.
#
# Prints "push_bulk_seconds S" and "drain_seconds S" lines for the Java side to read. Touches only
# the keys it names (and the stats keys the sidekiq process writes).
require "sidekiq"
require "tmpdir"

# redis-rb 4.8 warns on every SADD Sidekiq 6.4 sends; the warning says nothing about the bench.
Redis.silence_deprecations = true

jobs = Integer(ARGV.fetch(0))
rounds = Integer(ARGV.fetch(1))
concurrency = Integer(ARGV.fetch(2))
here = File.expand_path(__dir__)
queue = "bench-sidekiq"
staging = "bench-sidekiq-stage"
done_key = "bench:sidekiq:done_at"

def monotonic
  Process.clock_gettime(Process::CLOCK_MONOTONIC)
end

def redis(&block)
  Sidekiq.redis(&block)
end

args = (1..jobs).map { |i| [i] }
redis { |r| r.del("queue:#{queue}", "queue:#{staging}", done_key) }

# A first, unmeasured push warms the client as the Java side warms its JIT.
Sidekiq::Client.push_bulk("class" => "BenchNoopJob", "args" => args.first(1000), "queue" => staging)
redis { |r| r.del("queue:#{staging}") }
rounds.times do
  started = monotonic
  Sidekiq::Client.push_bulk("class" => "BenchNoopJob", "args" => args, "queue" => staging)
  puts "push_bulk_seconds #{monotonic - started}"
  $stdout.flush
  redis { |r| r.del("queue:#{staging}") }
end

log = File.open(File.join(Dir.tmpdir, "errand-bench-sidekiq.log"), "w")
env = { "BENCH_JOBS" => jobs.to_s }
pid = Process.spawn(env, "sidekiq", "-r", File.join(here, "sidekiq_noop.rb"),
  "-c", concurrency.to_s, "-q", queue, "-t", "5", out: log, err: log)
begin
  deadline = monotonic + 60
  until redis { |r| r.smembers("processes") }.any? { |p| p.include?(":#{pid}:") }
    raise "sidekiq did not start within 60 s; see #{log.path}" if monotonic > deadline
    sleep 0.05
  end
  sleep 1 # let every processor thread reach its first BRPOP

  rounds.times do
    Sidekiq::Client.push_bulk("class" => "BenchNoopJob", "args" => args, "queue" => staging)
    redis { |r| r.del(done_key) }
    started = Process.clock_gettime(Process::CLOCK_REALTIME)
    redis { |r| r.rename("queue:#{staging}", "queue:#{queue}") }
    deadline = monotonic + 600
    done = nil
    until (done = redis { |r| r.get(done_key) })
      raise "sidekiq did not drain #{jobs} jobs within 600 s; see #{log.path}" if monotonic > deadline
      sleep 0.002
    end
    left = redis { |r| r.llen("queue:#{queue}") }
    raise "queue:#{queue} still holds #{left} jobs after the last one ran" unless left.zero?
    puts "drain_seconds #{Float(done) - started}"
    $stdout.flush
  end
ensure
  Process.kill("TERM", pid)
  Process.wait(pid)
  log.close
end
