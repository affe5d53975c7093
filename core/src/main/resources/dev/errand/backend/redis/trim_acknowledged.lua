-- Acknowledges runs of finished jobs that are the oldest entries of this process's in-progress
-- lists: cuts each run off the tail of its list in one LTRIM, after checking that the list's last
-- n entries are the run's n payloads, entry by entry. So a cut removes exactly the entries one
-- LREM per finished job would have removed, never a job the caller does not know of or one still
-- running; when the check fails nothing is removed and the caller removes that run one by one.
--
-- Per list k, in order: KEYS[k] the in-progress list; in ARGV the run's length n, then its n
-- payloads, oldest first.
-- Returns, per list, 1 when the run was cut and 0 when the check failed and nothing was removed.

local cut, at = {}, 1
for k = 1, #KEYS do
  local key, length = KEYS[k], tonumber(ARGV[at])
  -- LRANGE lists the tail newest first: entry i from the end is the run's i-th oldest job.
  local tail = redis.call('LRANGE', key, -length, -1)
  local same = #tail == length
  local i = 1
  while same and i <= length do
    same = tail[length - i + 1] == ARGV[at + i]
    i = i + 1
  end
  if same then
    redis.call('LTRIM', key, 0, -length - 1)
  end
  cut[k] = same and 1 or 0
  at = at + length + 1
end
return cut
