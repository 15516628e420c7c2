#!/usr/bin/env bash
# Runs every test against a throw-away PostgreSQL cluster, then removes it. Exits non-zero on any failure.
# The last line is the totals: "N passed, N failed, N skipped".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source build/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The browser tests use Debian's Chromium; Playwright must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

bash build/install-test-dependencies.sh

work=$(mktemp -d /tmp/samverkan-test.XXXXXX)
chmod 755 "$work"
cleanup() { pg_stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT

port=$(free_port)
# Durability settings off: a test database is thrown away, and this makes it several times faster.
pg_start "$work/pg" "$port" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300
export SAMVERKAN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"

dotnet build Samverkan.sln -c Release -nologo -v quiet
status=0
dotnet test Samverkan.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$work/results" "$@" || status=$?

passed=0 failed=0 skipped=0
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
# The failed tests' names and messages once more, just above the totals: CI keeps only the end of the output.
if [ "$failed" -gt 0 ]; then
  perl build/test-failures.pl "$work"/results/*.trx || true
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
