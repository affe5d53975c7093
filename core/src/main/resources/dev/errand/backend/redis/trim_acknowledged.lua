-- Acknowledges runs of finished jobs that are the oldest entries of this process's in-progress
-- lists: cuts each run off the tail of its list in one LTRIM, after a check that the list's last
-- n entries are the run's n payloads. So a cut removes exactly the entries one LREM per finished
-- job would have removed, never a job the caller does not know of or one still running; when the
-- check fails nothing is removed and the caller removes that run one by one.
--
-- The check compares every entry ('all'), or only the run's two ends ('ends') where the caller
-- knows the list exactly: no payload twice and no entry it has not seen, so the entries keep the
-- caller's order and the two ends pin down everything between them.
--
-- Per list k, in order: KEYS[k] the in-progress list; in ARGV the run's length n, the check
-- ('all' or 'ends'), then the run's payloads oldest first: all n, or the oldest and the newest.
-- Returns, per list, 1 when the run was cut and 0 when the check failed and nothing was removed.

local cut, at = {}, 1
for k = 1, #KEYS do
  local key, length, check = KEYS[k], tonumber(ARGV[at]), ARGV[at + 1]
  local same
  if check == 'ends' then
    same = redis.call('LINDEX', key, -1) == ARGV[at + 2]
        and redis.call('LINDEX', key, -length) == ARGV[at + 3]
    at = at + 4
  else
    -- LRANGE lists the tail newest first: entry i from the end is the run's i-th oldest job.
    local tail = redis.call('LRANGE', key, -length, -1)
    same = #tail == length
    local i = 1
    while same and i <= length do
      same = tail[length - i + 1] == ARGV[at + 1 + i]
      i = i + 1
    end
    at = at + 2 + length
  end
  if same then
    redis.call('LTRIM', key, 0, -length - 1)
  end
  cut[k] = same and 1 or 0
end
return cut
