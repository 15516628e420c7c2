#!/usr/bin/env bash
# Runs Samverkan on http://127.0.0.1:5080 in Development with demo data. Without ConnectionStrings__Samverkan
# it starts a project-local PostgreSQL in .data/postgres (kept between runs) and stops it on exit.
# Ending the script (Ctrl-C, kill, a closed terminal) stops the Host first, then that PostgreSQL.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source build/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

data=""
host=""
stop() {
  if [ -n "$host" ] && kill -0 "$host" 2>/dev/null; then
    echo "Stopping the Host..."
    kill -TERM "$host" 2>/dev/null || true
    wait "$host" 2>/dev/null || true
  fi
  if [ -n "$data" ]; then
    echo "Stopping PostgreSQL..."
    pg_stop "$data"
  fi
}
trap stop EXIT
# Bash runs a trap only between commands, so the Host runs in the background and the script waits for it;
# exiting from these traps runs stop() through the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

echo "Building Samverkan (Release). The first build on two cores takes a few minutes; later ones seconds."
dotnet build src/Host -c Release -nologo

if [ -z "${ConnectionStrings__Samverkan:-}" ]; then
  port=${SAMVERKAN_PG_PORT:-55432}
  data="$root/.data/postgres"
  pg_start "$data" "$port"
  pg_create_db "$port" samverkan
  export ConnectionStrings__Samverkan="Host=127.0.0.1;Port=$port;Username=postgres;Database=samverkan"
  echo "PostgreSQL on 127.0.0.1:$port (data in .data/postgres)"
fi

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Samverkan__SeedDemoData=${Samverkan__SeedDemoData:-true}
urls=${SAMVERKAN_URLS:-http://127.0.0.1:5080}
echo "Starting the Host on $urls (migrations and demo data first)..."
# The built Host itself, not 'dotnet run', so the process the script signals is the Host.
(cd src/Host && exec dotnet bin/Release/net10.0/Samverkan.Host.dll --urls "$urls") &
host=$!
status=0
wait "$host" || status=$?
host=""
exit "$status"
