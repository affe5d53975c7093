-- Gives the jobs of dead processes back to their queues, and sends poison pills to the dead set.
-- A process is dead when its process hash (the key named by its identity, refreshed by every
-- heartbeat with a short expiry) no longer exists. Running inside one script makes two
-- recovering processes safe: the second finds the registration already gone.
--
-- Each recovered job counts one crash in errand:crashes:JID (the payload's SHA-1 stands in for
-- a missing jid). cjson reads the jid only; the payload is never re-encoded. A job whose count
-- reaches the limit goes to the dead set with the error fields set as text, and its count goes.
--
-- KEYS[1] the in-progress registration hash, KEYS[2] the queues set, KEYS[3] the dead set.
-- ARGV[1] the crash limit, ARGV[2] now as a score, ARGV[3] now as failed_at text,
-- ARGV[4] the dead-set score cutoff (entries at or below it go), ARGV[5] the dead set's maximum
-- size, ARGV[6] error_class and ARGV[7] error_message as JSON strings, ARGV[8] the counters'
-- expiry in seconds.
-- Returns a flat array: queue, payload, fate (1 requeued, 0 killed), ... in the order the
-- requeued jobs will run.

local limit = tonumber(ARGV[1])

local function decoded_object(job)
  if not string.match(job, '^%s*{') then
    return nil
  end
  local ok, value = pcall(cjson.decode, job)
  if ok and type(value) == 'table' then
    return value
  end
  return nil
end

local function crash_key(job, decoded)
  if decoded and type(decoded.jid) == 'string' and decoded.jid ~= '' then
    return 'errand:crashes:' .. decoded.jid
  end
  return 'errand:crashes:sha1:' .. redis.sha1hex(job)
end

local function kill(job, decoded)
  local entry = job
  if decoded then
    entry = set_members(job, {
      {key = 'error_class', value = ARGV[6]},
      {key = 'error_message', value = ARGV[7]},
      {key = 'failed_at', value = ARGV[3], keep = true}
    })
  end
  redis.call('ZADD', KEYS[3], ARGV[2], entry)
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[4])
  redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -tonumber(ARGV[5]))
end

local out = {}
local entries = redis.call('HGETALL', KEYS[1])
for n = 1, #entries, 2 do
  local list_key = entries[n]
  local ok, owner = pcall(cjson.decode, entries[n + 1])
  if ok and type(owner) == 'table' and type(owner.identity) == 'string'
      and type(owner.queue) == 'string'
      and redis.call('EXISTS', owner.identity) == 0 then
    -- The list holds the newest job at its head. RPUSH from the head down leaves the oldest
    -- job at the queue's tail, so the jobs run again in the order they were first taken.
    local jobs = redis.call('LRANGE', list_key, 0, -1)
    local queue_key = 'queue:' .. owner.queue
    -- Only the oldest jobs, those the owner could have been running or had just finished (twice
    -- its concurrency), count a crash; newer ones were still in its fetch buffer, never started.
    local window = #jobs
    if type(owner.concurrency) == 'number' then
      window = math.min(#jobs, 2 * owner.concurrency)
    end
    local fates = {}
    local requeued = 0
    for i = 1, #jobs do
      local decoded = decoded_object(jobs[i])
      local key = crash_key(jobs[i], decoded)
      local crashes = 0
      if i > #jobs - window then
        crashes = redis.call('INCR', key)
      end
      if crashes >= limit then
        redis.call('DEL', key)
        kill(jobs[i], decoded)
        fates[i] = 0
      else
        if crashes > 0 then
          redis.call('EXPIRE', key, tonumber(ARGV[8]))
        end
        redis.call('RPUSH', queue_key, jobs[i])
        requeued = requeued + 1
        fates[i] = 1
      end
    end
    for i = #jobs, 1, -1 do
      out[#out + 1] = owner.queue
      out[#out + 1] = jobs[i]
      out[#out + 1] = fates[i]
    end
    if requeued > 0 then
      redis.call('SADD', KEYS[2], owner.queue)
    end
    redis.call('DEL', list_key)
    redis.call('HDEL', KEYS[1], list_key)
  end
end
return out
