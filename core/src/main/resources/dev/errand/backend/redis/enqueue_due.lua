-- Moves due members of a sorted set (schedule or retry) to their queues, oldest first.
--
-- KEYS[1] the sorted set, KEYS[2] the dead set, KEYS[3] the queues set.
-- ARGV[1] now as a score, ARGV[2] how many members at most, ARGV[3] now as the enqueued_at text.
--
-- The payload is edited as text, never decoded and re-encoded: cjson would turn integers above
-- 2^53 into rounded floats and reorder keys. Only the top-level enqueued_at value changes and a
-- top-level at member goes; a nested "at" inside the arguments is left alone.

-- string_end, value_end and members come from json_text.lua, loaded ahead of this script.

-- A member's key as decoded JSON, so an escaped spelling such as "\u0061t" still means "at".
local function key_name(raw)
  if string.find(raw, '\\', 1, true) then
    local ok, name = pcall(cjson.decode, '"' .. raw .. '"')
    if ok then
      return name
    end
  end
  return raw
end

local function refresh(s, enqueued_at)
  local list, close = members(s)
  local out = {}
  local kept_any, has_enqueued_at = false, false
  out[1] = string.sub(s, 1, (list[1] and list[1].first or close) - 1)
  for n, m in ipairs(list) do
    local name = key_name(m.key)
    if name ~= 'at' then
      if kept_any then
        out[#out + 1] = string.sub(s, list[n - 1].after, m.first - 1)
      end
      if name == 'enqueued_at' then
        out[#out + 1] = string.sub(s, m.first, m.value_first - 1) .. enqueued_at
        has_enqueued_at = true
      else
        out[#out + 1] = string.sub(s, m.first, m.after - 1)
      end
      kept_any = true
    end
  end
  if not has_enqueued_at then
    out[#out + 1] = (kept_any and ',' or '') .. '"enqueued_at":' .. enqueued_at
  end
  out[#out + 1] = string.sub(s, #list > 0 and list[#list].after or close)
  return table.concat(out)
end

local function queue_of(member)
  if string.match(member, '^%s*(.)') ~= '{' then
    return nil
  end
  local ok, job = pcall(cjson.decode, member)
  if not ok or type(job) ~= 'table' then
    return nil
  end
  if type(job.class) ~= 'string' then
    return nil
  end
  if job.queue == nil or job.queue == cjson.null then
    return 'default'
  end
  if type(job.queue) ~= 'string' or job.queue == '' then
    return nil
  end
  return job.queue
end

local due = redis.call('ZRANGE', KEYS[1], '-inf', ARGV[1], 'BYSCORE', 'LIMIT', 0, tonumber(ARGV[2]))
for _, member in ipairs(due) do
  redis.call('ZREM', KEYS[1], member)
  local queue = queue_of(member)
  if queue then
    redis.call('LPUSH', 'queue:' .. queue, refresh(member, ARGV[3]))
    redis.call('SADD', KEYS[3], queue)
  else
    redis.call('ZADD', KEYS[2], ARGV[1], member)
  end
end
return #due
