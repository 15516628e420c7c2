#!/usr/bin/env bash
# Writes build/bench.sh's figures into docs/benchmarks.md: replaces the section "## API benchmark (issue 16)"
# (up to the next "## " heading), or appends it, and keeps every other section.
# Usage: report.sh RESULTS.tsv GENERATE.txt DOC key=value...   (keys: machine load date scale seconds ready rss
#        soak soak_rss label attendance; RESULTS: NAME TARGET ROUND REQ/S P50 P99 per line, as wrk-figures.sh prints)
set -euo pipefail
results=$1 generated=$2 doc=$3; shift 3
declare -A meta
for pair in "$@"; do meta[${pair%%=*}]=${pair#*=}; done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR] = $1} END {print v[int(NR / 2) + 1]}'; }
ready_median=$(echo "${meta[ready]}" | median)
read -r rss_start rss_end <<<"${meta[rss]}"

section=$(mktemp)
{
  echo "## API benchmark (issue 16): \`build/bench.sh\`"
  echo
  [ -n "${meta[label]}" ] && { echo "**${meta[label]}**"; echo; }
  echo "A Release Host published with ReadyToRun (Development for \`/dev/token\`, relay and scheduler on, rate limits raised) on a throw-away"
  echo "PostgreSQL 15 cluster (default durability, \`shared_buffers=256MB\`) filled by \`Samverkan.Benchmarks generate\` at"
  echo "scale ${meta[scale]}, beside the bare baseline (\`Samverkan.Benchmarks baseline\`: the same routes, raw Npgsql, no"
  echo "EF, mediator or authentication, the product's SELECTs and audit rows or INSERTs, audit row and outbox event in"
  echo "one statement each, the same JSON). wrk, 2 threads, 16 connections, ${meta[seconds]} s a round, three rounds"
  echo "alternating product and baseline after an unmeasured warm-up (product ${meta[warmup]} s, baseline 5 s); every answer checked 2xx. Figures are"
  echo "the median of the three rounds; the ratio is product / baseline requests a second, median of the rounds' ratios."
  echo
  echo "- Machine: ${meta[machine]}; load average ${meta[load]} (before / after the load); ${meta[date]}."
  echo "- Data: $(grep '^volume ' "$generated" | sed 's/^volume //; s/=/ /' | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2}')."
  echo "- Callers: socialsekreterare.ostermalm (worklist, intakes, inbox), rektor.engelbrekt (a pupil's absence, the"
  echo "  writes; rotating over 200 of Engelbrektsskolan's pupils), enhetschef.ostermalm (deadline overview, Östermalm)."
  echo "  The pupil endpoint measured is \`${meta[attendance]}\`."
  echo
  echo "| endpoint | product req/s | baseline req/s | ratio | product p50 / p99 | baseline p50 / p99 |"
  echo "|---|---:|---:|---:|---:|---:|"
  for name in $(cut -f1 "$results" | awk '!seen[$0]++'); do
    p_rps=$(awk -v n="$name" '$1 == n && $2 == "product" {print $4}' "$results" | median)
    b_rps=$(awk -v n="$name" '$1 == n && $2 == "baseline" {print $4}' "$results" | median)
    p50=$(awk -v n="$name" '$1 == n && $2 == "product" {print $5}' "$results" | median)
    p99=$(awk -v n="$name" '$1 == n && $2 == "product" {print $6}' "$results" | median)
    b50=$(awk -v n="$name" '$1 == n && $2 == "baseline" {print $5}' "$results" | median)
    b99=$(awk -v n="$name" '$1 == n && $2 == "baseline" {print $6}' "$results" | median)
    ratio=$(awk -v n="$name" '$1 == n && $2 == "product" {p[$3] = $4} $1 == n && $2 == "baseline" {b[$3] = $4}
              END {for (r in p) if (b[r] > 0) printf "%.3f ", p[r] / b[r]}' "$results" | median)
    range=$(awk -v n="$name" '$1 == n && $2 == "product" {p[$3] = $4} $1 == n && $2 == "baseline" {b[$3] = $4}
              END {for (r in p) if (b[r] > 0) printf "%.2f\n", p[r] / b[r]}' "$results" | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {print lo "-" hi}')
    printf '| %s | %.0f | %.0f | %.2f (%s) | %.1f / %.1f ms | %.1f / %.1f ms |\n' "$name" "$p_rps" "$b_rps" "$ratio" "$range" "$p50" "$p99" "$b50" "$b99"
  done
  echo
  echo "- Host start to \`/health/ready\` on the migrated, filled database: ${ready_median} ms median (${meta[ready]// /, } ms)."
  echo "- Host working set (VmRSS): ${rss_start} MB at the start of the load, ${rss_end} MB at its end."
  if [ "${meta[soak]}" -gt 0 ] && [ -n "${meta[soak_rss]}" ]; then
    echo "- Soak, ${meta[soak]} s of every endpoint at once (2 connections each) on the product: VmRSS each minute ${meta[soak_rss]// /, } MB."
  else
    echo "- No soak in this run (\`BENCH_SOAK_SECONDS=0\`)."
  fi
  echo
} >"$section"

out=$(mktemp)
awk -v section="$section" '
  /^## API benchmark \(issue 16\)/ { while ((getline line < section) > 0) print line; skipping = 1; done = 1; next }
  skipping && /^## / { skipping = 0 }
  !skipping { print }
  END { if (!done) { print ""; while ((getline line < section) > 0) print line } }
' "$doc" >"$out"
# No blank line doubled where the section was appended.
cat -s "$out" >"$doc"
rm -f "$section" "$out"
