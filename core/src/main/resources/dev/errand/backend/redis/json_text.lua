-- Helpers for editing a JSON object as text, loaded ahead of the scripts that need them. A
-- payload is never decoded and re-encoded by cjson, which would turn integers above 2^53 into
-- rounded floats and reorder keys. They expect valid JSON: check with cjson.decode first.

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

-- Sets top-level members of a JSON object. Each field is {key = raw key, value = JSON text,
-- keep = true to leave an existing value alone}; an existing member is replaced in place, a
-- missing one is appended after the last member.
local function set_members(s, fields)
  local list, close = members(s)
  local present = {}
  for _, m in ipairs(list) do
    present[m.key] = m
  end
  local edits = {}
  for _, f in ipairs(fields) do
    local m = present[f.key]
    if m and not f.keep then
      edits[#edits + 1] = {from = m.value_first, to = m.after, text = f.value}
    end
  end
  table.sort(edits, function(a, b) return a.from < b.from end)
  local out, pos = {}, 1
  for _, e in ipairs(edits) do
    out[#out + 1] = string.sub(s, pos, e.from - 1)
    out[#out + 1] = e.text
    pos = e.to
  end
  local insert_at = #list > 0 and list[#list].after or close
  out[#out + 1] = string.sub(s, pos, insert_at - 1)
  local any = #list > 0
  for _, f in ipairs(fields) do
    if not present[f.key] then
      out[#out + 1] = (any and ',' or '') .. '"' .. f.key .. '":' .. f.value
      any = true
    end
  end
  out[#out + 1] = string.sub(s, insert_at)
  return table.concat(out)
end

