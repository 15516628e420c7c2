#!/usr/bin/env bash
# One line of build/bench.sh's results from a wrk --latency output:
#   NAME TARGET ROUND REQ/S P50-MS P99-MS
# wrk prints latencies with their unit (us, ms, s); everything here is in milliseconds.
set -euo pipefail
awk -v name="$1" -v target="$2" -v round="$3" '
  function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
  $1 == "50%" { p50 = ms($2) }
  $1 == "99%" { p99 = ms($2) }
  $1 == "Requests/sec:" { rps = $2 }
  END { printf "%s\t%s\t%s\t%s\t%.2f\t%.2f\n", name, target, round, rps, p50, p99 }
' "$4"
