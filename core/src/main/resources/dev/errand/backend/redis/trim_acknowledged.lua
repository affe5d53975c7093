-- Acknowledges runs of finished jobs that are the oldest entries of this process's in-progress
-- lists: cuts each run off the tail of its list in one LTRIM, after checking that the list's
-- oldest entry and the entry the run's count reaches are the run's first and last jobs. Jobs are
-- unique (each payload holds its own jid), so the check fails whenever the list holds entries the
-- caller does not know of, or lacks some it expects; the caller then removes that run one by one.
--
-- KEYS[k] an in-progress list; ARGV[3k-2] the run's length n, ARGV[3k-1] its oldest payload,
-- ARGV[3k] its newest payload (the list's entry n from the tail).
-- Returns, per list, 1 when the run was cut and 0 when the check failed and nothing was removed.

local cut = {}
for k = 1, #KEYS do
  local key, length = KEYS[k], tonumber(ARGV[3 * k - 2])
  if redis.call('LINDEX', key, -1) == ARGV[3 * k - 1]
      and redis.call('LINDEX', key, -length) == ARGV[3 * k] then
    redis.call('LTRIM', key, 0, -length - 1)
    cut[k] = 1
  else
    cut[k] = 0
  end
end
return cut
