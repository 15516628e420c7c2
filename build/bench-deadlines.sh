#!/usr/bin/env bash
# Issue 5's benchmark: one deadline check over a million open deadlines (about 1 % due), beside the raw indexed
# query, on a throw-away PostgreSQL cluster. Usage: build/bench-deadlines.sh [open deadlines, default 1000000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source build/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d /tmp/samverkan-bench.XXXXXX)
chmod 755 "$work"
trap 'pg_stop "$work/pg"; rm -rf "$work"' EXIT
port=$(free_port)
# Default durability: the figures should resemble a real server's, not a test cluster's.
pg_start "$work/pg" "$port" -c shared_buffers=256MB
pg_create_db "$port" samverkan_bench

dotnet build tests/Samverkan.Benchmarks -c Release -nologo -v quiet
dotnet tests/Samverkan.Benchmarks/bin/Release/net10.0/Samverkan.Benchmarks.dll \
  "Host=127.0.0.1;Port=$port;Username=postgres;Database=samverkan_bench" "${1:-1000000}"
