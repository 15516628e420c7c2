#!/usr/bin/env bash
# Issue 11's benchmark: a school's report of concern until social services see the intake, with an empty outbox
# and while 100,000 other events wait in the same module's outbox; a real Host (relay and scheduler on, as in
# production) on a throw-away PostgreSQL. Usage: build/bench-fairness.sh [other events, default 100000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source build/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d /tmp/samverkan-bench.XXXXXX)
chmod 755 "$work"
host=""
stop() {
  if [ -n "$host" ] && kill -0 "$host" 2>/dev/null; then
    kill -TERM "$host" 2>/dev/null || true
    wait "$host" 2>/dev/null || true
  fi
  pg_stop "$work/pg"
  rm -rf "$work"
}
trap stop EXIT
port=$(free_port)
# Default durability: the figures should resemble a real server's, not a test cluster's.
pg_start "$work/pg" "$port" -c shared_buffers=256MB
pg_create_db "$port" samverkan_bench
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=samverkan_bench"

dotnet build src/Host -c Release -nologo -v quiet
dotnet build tests/Samverkan.Benchmarks -c Release -nologo -v quiet

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
host_port=$(free_port)
url="http://127.0.0.1:$host_port/"
# Development for /dev/token and the demo directory; the relay and the scheduler run with their defaults.
(cd src/Host && ASPNETCORE_ENVIRONMENT=Development Samverkan__SeedDemoData=true ConnectionStrings__Samverkan="$connection" \
  exec dotnet bin/Release/net10.0/Samverkan.Host.dll --urls "$url" >"$work/host.log" 2>&1) &
host=$!
for _ in $(seq 1 240); do
  curl -sf "${url}health/ready" >/dev/null && break
  kill -0 "$host" 2>/dev/null || { tail -20 "$work/host.log"; exit 1; }
  sleep 0.5
done
curl -sf "${url}health/ready" >/dev/null || { echo "The Host did not become ready"; tail -20 "$work/host.log"; exit 1; }

dotnet tests/Samverkan.Benchmarks/bin/Release/net10.0/Samverkan.Benchmarks.dll fairness "$connection" "$url" "${1:-100000}"
