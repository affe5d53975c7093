-- Drops the in-progress registrations of one process whose lists are empty. A list that still
-- holds jobs stays registered, so another process recovers them once this one's hash expires.
--
-- KEYS[1] the in-progress registration hash. ARGV[1] the identity.

local forgotten = 0
local entries = redis.call('HGETALL', KEYS[1])
for n = 1, #entries, 2 do
  local ok, owner = pcall(cjson.decode, entries[n + 1])
  if ok and type(owner) == 'table' and owner.identity == ARGV[1]
      and redis.call('LLEN', entries[n]) == 0 then
    redis.call('HDEL', KEYS[1], entries[n])
    forgotten = forgotten + 1
  end
end
return forgotten
