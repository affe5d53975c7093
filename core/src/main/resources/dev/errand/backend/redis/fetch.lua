-- Reliable fetch: moves up to ARGV[1] jobs from the tails of the queues, in the given order, into
-- this process's in-progress lists, and registers each list it used.
--
-- KEYS[1] the in-progress registration hash; then for queue n, KEYS[2n] is queue:NAME and
-- KEYS[2n+1] the matching in-progress list.
-- ARGV[1] how many jobs at most; ARGV[2] the queue number to register when nothing was moved
-- (the caller is about to block on it), 0 for none; ARGV[2+n] the registration value of queue n.
--
-- Returns a flat array: queue number, payload, queue number, payload, ... in the order taken.

local max = tonumber(ARGV[1])
local out = {}
local taken = 0
local queue_count = (#KEYS - 1) / 2
for n = 1, queue_count do
  if taken >= max then
    break
  end
  local source, target = KEYS[2 * n], KEYS[2 * n + 1]
  local registered = false
  while taken < max do
    local job = redis.call('LMOVE', source, target, 'RIGHT', 'LEFT')
    if not job then
      break
    end
    if not registered then
      redis.call('HSET', KEYS[1], target, ARGV[2 + n])
      registered = true
    end
    taken = taken + 1
    out[#out + 1] = n
    out[#out + 1] = job
  end
end

local block_on = tonumber(ARGV[2])
if taken == 0 and block_on > 0 then
  redis.call('HSET', KEYS[1], KEYS[2 * block_on + 1], ARGV[2 + block_on])
end
return out
