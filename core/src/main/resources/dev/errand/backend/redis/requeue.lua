-- Puts jobs back at the tail of their queues (so they are taken next) and out of this process's
-- in-progress lists, but only jobs that were still in progress: a job another process already
-- recovered, or one that was acknowledged meanwhile, is not pushed a second time.
--
-- KEYS[1] the queues set; for job n, KEYS[2n] is queue:NAME and KEYS[2n+1] the in-progress list.
-- ARGV[n] the payload of job n, ARGV[count + n] its bare queue name.
-- Jobs are given last first, so the first job of the caller's list ends at the tail.
-- Returns how many jobs went back.

local count = (#KEYS - 1) / 2
local requeued = 0
for n = 1, count do
  if redis.call('LREM', KEYS[2 * n + 1], -1, ARGV[n]) > 0 then
    redis.call('RPUSH', KEYS[2 * n], ARGV[n])
    redis.call('SADD', KEYS[1], ARGV[count + n])
    requeued = requeued + 1
  end
end
return requeued
