#!/usr/bin/env bash
# Issue 16's API benchmark: the hottest reads and writes of a district front end against a Release Host on a
# city's data, beside a bare baseline doing the same required work (tests/Samverkan.Benchmarks, baseline mode),
# with wrk (16 connections, 2 threads), three alternating rounds each; then Host start to ready, its memory and an
# optional soak. Rewrites the "API benchmark" section of docs/benchmarks.md.
# Usage: build/bench.sh [scale, default 1]
#   BENCH_SECONDS       length of one round (default 10)
#   BENCH_SOAK_SECONDS  mixed load on the product afterwards, memory sampled each minute (default 600; 0: none)
#   BENCH_WARMUP_SECONDS  unmeasured load on the product before an endpoint's rounds (default 15; the baseline 5)
#   BENCH_LABEL         a note printed above the table (e.g. "reduced run on a busy machine")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source build/postgres.sh
source build/bench/host.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
scale=${1:-1}
seconds=${BENCH_SECONDS:-10}
soak=${BENCH_SOAK_SECONDS:-600}
warmup=${BENCH_WARMUP_SECONDS:-15}
rounds=3

# wrk from Debian, as build/install-test-dependencies.sh installs its packages: only when missing.
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "wrk is missing; install it (apt-get install wrk) or run as root" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi

work=$(mktemp -d /tmp/samverkan-bench.XXXXXX)
chmod 755 "$work"
baseline_pid=""
stop() {
  host_stop
  host_stop "$baseline_pid"
  pg_stop "$work/pg"
  [ -n "${BENCH_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM HUP
port=$(free_port)
# Default durability: the figures should resemble a real server's, not a test cluster's.
pg_start "$work/pg" "$port" -c shared_buffers=256MB
pg_create_db "$port" samverkan_bench
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=samverkan_bench"
psql_bench() { "$(pg_bin)/psql" -h 127.0.0.1 -p "$port" -U postgres -d samverkan_bench -tAc "$1"; }

echo "== building (Release)"
# The Host as it is deployed: published with ReadyToRun, so its own and its packages' code starts precompiled
# instead of waiting for the JIT (start to ready about a quarter shorter here).
dotnet publish src/Host -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/host" -nologo -v quiet \
  >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
export HOST_DLL="$work/host/Samverkan.Host.dll"
dotnet build tests/Samverkan.Benchmarks -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
benchmarks="dotnet tests/Samverkan.Benchmarks/bin/Release/net10.0/Samverkan.Benchmarks.dll"

# Every module's outbox, waiting: the demo's events must have been relayed before the data is generated.
wait_relayed() {
  local pending_sql
  pending_sql=$(psql_bench "SELECT string_agg(format('(SELECT count(*) FROM %I.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL)', table_schema), ' + ')
                              FROM information_schema.tables WHERE table_name = 'outbox_messages'")
  for _ in $(seq 1 600); do [ "$(psql_bench "SELECT $pending_sql")" = 0 ] && return 0; sleep 1; done
  echo "The outboxes did not drain in 10 minutes" >&2; return 1
}

url="http://127.0.0.1:$(free_port)/"
echo "== first start: migrations and demo data"
host_start "$connection" "$url" "$work/host.log"
wait_relayed
echo "== generating data at scale $scale"
$benchmarks generate "$connection" "$scale" | tee "$work/generate.txt"
host_stop

# Start to ready on the migrated, filled database, three times, without the demo seeding's checks (as in
# production); the last Host stays up for the load.
ready=()
for i in $(seq 1 $rounds); do
  host_start "$connection" "$url" "$work/host.log" Samverkan__SeedDemoData=false
  ready+=("$HOST_READY_MS")
  [ "$i" = "$rounds" ] || host_stop
done
echo "Host start to ready: ${ready[*]} ms"

baseline_url="http://127.0.0.1:$(free_port)/"
$benchmarks baseline "$connection" "$baseline_url" >"$work/baseline.log" 2>&1 &
baseline_pid=$!
for _ in $(seq 1 600); do curl -sf "${baseline_url}health/ready" >/dev/null && break; sleep 0.1; done

social=$(dev_token "$url" socialsekreterare.ostermalm)
principal=$(dev_token "$url" rektor.engelbrekt)
manager=$(dev_token "$url" enhetschef.ostermalm)
# Engelbrektsskolan's generated pupils (50 absence periods each), rotated by the per-pupil endpoints.
pupils=$(psql_bench "SELECT string_agg(id::text, ',') FROM (SELECT DISTINCT pupil_id AS id FROM school_attendance.absence_periods
                      WHERE school_id = 'a0000000-0000-4000-8000-000000000010' AND recorded_by = 'generated' ORDER BY 1 LIMIT 200) AS p")
first_pupil=${pupils%%,*}
attendance_path="/api/v1/school-attendance/pupils/{pupil}/attendance-summary"

# name|token|method|path|body: the endpoints in the order they run: the writes last, as they grow the tables, and
# the reports very last, since each is an event the Host's relay then carries into social services and Notifications
# (an intake, its deadlines, their tracking) for minutes afterwards; an absence under the ladder's thresholds is none.
endpoints=(
  "worklist|$social|GET|/api/v1/social-services/worklist|"
  "intakes|$social|GET|/api/v1/social-services/intakes|"
  "attendance|$principal|GET|$attendance_path|"
  "inbox|$social|GET|/api/v1/notifications|"
  "deadline-overview|$manager|GET|/api/v1/notifications/deadline-overview?district=ostermalm|"
  "absence-period|$principal|POST|/api/v1/school-attendance/pupils/{pupil}/absence-periods|{\"fromDate\":\"{day}\",\"toDate\":\"{day}\",\"scheduledMinutes\":300,\"excusedMinutes\":10,\"unexcusedMinutes\":0}"
  "report-of-concern|$principal|POST|/api/v1/school-attendance/pupils/{pupil}/reports-of-concern|{\"observations\":\"Frånvaro 40 % i tre veckor\"}"
)

# run_wrk TARGET-URL TOKEN METHOD PATH BODY SECONDS OUT: one wrk run; fails on any non-2xx answer or socket error.
run_wrk() {
  local base=$1 token=$2 method=$3 path=$4 body=$5 secs=$6 out=$7
  BENCH_TOKEN=$token BENCH_METHOD=$method BENCH_PATH=$path BENCH_BODY=$body BENCH_PUPILS=$pupils \
    wrk -t2 -c16 -d"${secs}s" --latency -s build/bench/request.lua "${base%/}$path" >"$out" 2>&1 || { cat "$out"; return 1; }
  if grep -qE 'Non-2xx|Socket errors' "$out"; then
    echo "wrk saw failures against ${base%/}$path:" >&2; cat "$out" >&2
    return 1
  fi
}

mkdir -p "$work/wrk"
results="$work/results.tsv"
: >"$results"
rss_start=$(host_rss_mb "$HOST_PID")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== load: $rounds rounds of ${seconds}s per endpoint and target (Host RSS at start ${rss_start} MB)"
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name token method path body <<<"$entry"
  # Warm both (JIT, plans, caches) unmeasured, then alternate product and baseline. The product's warm-up is the
  # longer: .NET compiles a hot method again with its profile only after some seconds of use (tiered PGO), and a
  # round measured before that shows the compiler, not the code (2 s gave a third of the steady rate here).
  run_wrk "$url" "$token" "$method" "$path" "$body" "$warmup" "$work/wrk/$name.warm.product"
  run_wrk "$baseline_url" "" "$method" "$path" "$body" 5 "$work/wrk/$name.warm.baseline"
  for round in $(seq 1 $rounds); do
    for target in product baseline; do
      out="$work/wrk/$name.$target.$round"
      if [ "$target" = product ]; then run_wrk "$url" "$token" "$method" "$path" "$body" "$seconds" "$out"
      else run_wrk "$baseline_url" "" "$method" "$path" "$body" "$seconds" "$out"; fi
      build/bench/wrk-figures.sh "$name" "$target" "$round" "$out" >>"$results"
    done
  done
  grep "^$name" "$results" | awk '{printf "  %-18s %-8s round %s: %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms\n", $1, $2, $3, $4, $5, $6}'
done
rss_end=$(host_rss_mb "$HOST_PID")
echo "Host RSS: ${rss_start} MB at the start of the load, ${rss_end} MB at its end"

# Soak: every read and write at once against the product (2 connections each), RSS each minute.
soak_samples=""
if [ "$soak" -gt 0 ]; then
  echo "== soak: ${soak}s of mixed load on the product"
  soak_pids=()
  for entry in "${endpoints[@]}"; do
    IFS='|' read -r name token method path body <<<"$entry"
    BENCH_TOKEN=$token BENCH_METHOD=$method BENCH_PATH=$path BENCH_BODY=$body BENCH_PUPILS=$pupils \
      wrk -t1 -c2 -d"${soak}s" -s build/bench/request.lua "${url%/}$path" >"$work/wrk/$name.soak" 2>&1 &
    soak_pids+=($!)
  done
  soak_samples=$(host_rss_mb "$HOST_PID")
  for _ in $(seq 1 $((soak / 60))); do sleep 60; soak_samples="$soak_samples $(host_rss_mb "$HOST_PID")"; done
  for pid in "${soak_pids[@]}"; do wait "$pid"; done
  if grep -lE 'Non-2xx|Socket errors' "$work"/wrk/*.soak; then echo "The soak saw failures (files above)" >&2; exit 1; fi
  echo "Host RSS during the soak, each minute: $soak_samples MB"
fi

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB"
build/bench/report.sh "$results" "$work/generate.txt" docs/benchmarks.md \
  "machine=$machine" "load=$load_before / $(cut -d' ' -f1-3 /proc/loadavg)" "date=$(date -u '+%Y-%m-%d %H:%M UTC')" \
  "scale=$scale" "seconds=$seconds" "warmup=$warmup" "ready=${ready[*]}" "rss=$rss_start $rss_end" "soak=$soak" "soak_rss=$soak_samples" \
  "label=${BENCH_LABEL:-}" "attendance=$attendance_path"
echo "docs/benchmarks.md rewritten (section: API benchmark (issue 16))"
