-- Reliable fetch: moves up to ARGV[1] jobs from the tails of the queues, in the given order, into
-- this process's in-progress lists, and registers each list it used.
--
-- KEYS[1] the in-progress registration hash; then for queue n, KEYS[2n] is queue:NAME and
-- KEYS[2n+1] the matching in-progress list.
-- ARGV[1] how many jobs at most; ARGV[2] the queue number to register when nothing was moved
-- (the caller is about to block on it), 0 for none; ARGV[2+n] the registration value of queue n.
--
-- A queue's jobs move as one batch (LRANGE, LTRIM, LPUSH), in the order one LMOVE per job would
-- give: the in-progress list gets the oldest job deepest, as if each had been moved on its own.
--
-- Returns queue number, list of payloads, queue number, list of payloads, ... oldest first.

local PUSH_CHUNK = 1000
local max = tonumber(ARGV[1])
local out = {}
local taken = 0
local queue_count = (#KEYS - 1) / 2
for n = 1, queue_count do
  if taken >= max then
    break
  end
  local source, target = KEYS[2 * n], KEYS[2 * n + 1]
  local newest_first = redis.call('LRANGE', source, -(max - taken), -1)
  local size = #newest_first
  if size > 0 then
    redis.call('LTRIM', source, 0, -size - 1)
    local oldest_first = {}
    for i = size, 1, -1 do
      oldest_first[#oldest_first + 1] = newest_first[i]
    end
    for from = 1, size, PUSH_CHUNK do
      redis.call('LPUSH', target, unpack(oldest_first, from, math.min(size, from + PUSH_CHUNK - 1)))
    end
    redis.call('HSET', KEYS[1], target, ARGV[2 + n])
    taken = taken + size
    out[#out + 1] = n
    out[#out + 1] = oldest_first
  end
end

local block_on = tonumber(ARGV[2])
if taken == 0 and block_on > 0 then
  redis.call('HSET', KEYS[1], KEYS[2 * block_on + 1], ARGV[2 + block_on])
end
return out
