#!/usr/bin/env bash
# Runs Samverkan on http://127.0.0.1:5080 in Development with demo data. Without ConnectionStrings__Samverkan
# it starts a project-local PostgreSQL in .data/postgres (kept between runs) and stops it on exit.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source build/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -z "${ConnectionStrings__Samverkan:-}" ]; then
  port=${SAMVERKAN_PG_PORT:-55432}
  data="$root/.data/postgres"
  pg_start "$data" "$port"
  trap 'pg_stop "$data"' EXIT
  pg_create_db "$port" samverkan
  export ConnectionStrings__Samverkan="Host=127.0.0.1;Port=$port;Username=postgres;Database=samverkan"
  echo "PostgreSQL on 127.0.0.1:$port (data in .data/postgres)"
fi

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Samverkan__SeedDemoData=${Samverkan__SeedDemoData:-true}
dotnet run --project src/Host -c Release -- --urls "${SAMVERKAN_URLS:-http://127.0.0.1:5080}"
