-- Gives the jobs of dead processes back to their queues. A process is dead when its process
-- hash (the key named by its identity, refreshed by every heartbeat with a 60-second expiry)
-- no longer exists. Running inside one script makes two recovering processes safe: the second
-- finds the registration already gone.
--
-- KEYS[1] the in-progress registration hash, KEYS[2] the queues set.
-- Returns a flat array: queue, payload, ... in the order the jobs will run.

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
    for i = 1, #jobs do
      redis.call('RPUSH', queue_key, jobs[i])
    end
    for i = #jobs, 1, -1 do
      out[#out + 1] = owner.queue
      out[#out + 1] = jobs[i]
    end
    if #jobs > 0 then
      redis.call('SADD', KEYS[2], owner.queue)
    end
    redis.call('DEL', list_key)
    redis.call('HDEL', KEYS[1], list_key)
  end
end
return out
