#!/usr/bin/env bash
# Prints a development token for a demo user of a running Host: build/token.sh [user]  (default: admin)
# Lists the demo users when the name is unknown. Development environment only.
set -euo pipefail
base=${SAMVERKAN_URL:-http://127.0.0.1:5080}
user=${1:-admin}
response=$(curl -sS -X POST "$base/dev/token" -H 'Content-Type: application/json' -d "{\"userName\":\"$user\"}")
token=$(echo "$response" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
if [ -z "$token" ]; then
  echo "$response" >&2
  echo "Demo users:" >&2
  curl -sS "$base/dev/users" >&2
  exit 1
fi
echo "$token"
