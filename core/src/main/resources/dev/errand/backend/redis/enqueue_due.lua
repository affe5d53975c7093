-- Moves due members of a sorted set (schedule or retry) to their queues, oldest first.
--
-- KEYS[1] the sorted set, KEYS[2] the dead set, KEYS[3] the queues set.
-- ARGV[1] now as a score, ARGV[2] how many members at most, ARGV[3] now as the enqueued_at text.
--
-- The payload is edited as text, never decoded and re-encoded: cjson would turn integers above
-- 2^53 into rounded floats and reorder keys. Only the top-level enqueued_at value changes and a
-- top-level at member goes; a nested "at" inside the arguments is left alone.

local function string_end(s, i)
  local j = i + 1
  while true do
    local k = string.find(s, '["\\]', j)
    if string.sub(s, k, k) == '"' then
      return k + 1
    end
    j = k + 2
  end
end

local function value_end(s, i)
  local c = string.sub(s, i, i)
  if c == '"' then
    return string_end(s, i)
  end
  if c == '{' or c == '[' then
    local depth, j = 0, i
    while true do
      local k = string.find(s, '["{}%[%]]', j)
      local ch = string.sub(s, k, k)
      if ch == '"' then
        j = string_end(s, k)
      else
        if ch == '{' or ch == '[' then
          depth = depth + 1
        else
          depth = depth - 1
        end
        j = k + 1
        if depth == 0 then
          return j
        end
      end
    end
  end
  return string.find(s, '[%s,}%]]', i)
end

-- The top-level members of a valid JSON object: raw key, where the member starts, where its
-- value starts, and the index just past its value. Also returns the index of the closing brace.
local function members(s)
  local list = {}
  local i = string.find(s, '{', 1, true) + 1
  while true do
    i = string.find(s, '[^%s,]', i)
    if string.sub(s, i, i) == '}' then
      return list, i
    end
    local key_end = string_end(s, i)
    local value_first = string.find(s, '[^%s:]', key_end)
    local after = value_end(s, value_first)
    list[#list + 1] = {
      key = string.sub(s, i + 1, key_end - 2), first = i, value_first = value_first, after = after
    }
    i = after
  end
end

local function refresh(s, enqueued_at)
  local list, close = members(s)
  local out = {}
  local kept_any, has_enqueued_at = false, false
  out[1] = string.sub(s, 1, (list[1] and list[1].first or close) - 1)
  for n, m in ipairs(list) do
    if m.key ~= 'at' then
      if kept_any then
        out[#out + 1] = string.sub(s, list[n - 1].after, m.first - 1)
      end
      if m.key == 'enqueued_at' then
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
  if type(job.queue) ~= 'string' or type(job.class) ~= 'string' then
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
