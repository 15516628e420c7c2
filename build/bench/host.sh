# Sourced by build/bench.sh (and the scale-out script): start and stop a Release Host, read its memory.
# Needs $root (the repository). The Host runs in Development (for /dev/token and the demo directory) with the
# rate limits raised far above a benchmark's request rate; everything else keeps its defaults.

# host_start CONNECTION URL LOG [NAME=VALUE...]: starts the Host ($HOST_DLL, default bin/Release's) in the background and waits until
# /health/ready answers. Sets HOST_PID and HOST_READY_MS (start to ready, milliseconds).
host_start() {
  local connection=$1 url=$2 log=$3; shift 3
  local started; started=$(date +%s%N)
  (cd "$root/src/Host" && exec env ASPNETCORE_ENVIRONMENT=Development Samverkan__SeedDemoData=true \
     ConnectionStrings__Samverkan="$connection" \
     RateLimits__PerUser__PermitLimit=100000000 RateLimits__PerAddress__PermitLimit=100000000 "$@" \
     dotnet "${HOST_DLL:-bin/Release/net10.0/Samverkan.Host.dll}" --urls "$url" >>"$log" 2>&1) &
  HOST_PID=$!
  for _ in $(seq 1 1200); do
    if curl -sf "${url%/}/health/ready" >/dev/null 2>&1; then
      HOST_READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    kill -0 "$HOST_PID" 2>/dev/null || { echo "The Host stopped while starting:" >&2; tail -20 "$log" >&2; return 1; }
    sleep 0.05
  done
  echo "The Host did not become ready in a minute" >&2; tail -20 "$log" >&2
  return 1
}

# host_stop [PID]: SIGTERM, then waits for it (default $HOST_PID).
host_stop() {
  local pid=${1:-${HOST_PID:-}}
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}

# host_rss_mb PID: the process's resident set (VmRSS) in MB.
host_rss_mb() {
  awk '/^VmRSS:/ {printf "%.0f\n", $2 / 1024}' "/proc/$1/status"
}

# dev_token URL USER: a development token of a demo user (as build/token.sh).
dev_token() {
  curl -sS -X POST "${1%/}/dev/token" -H 'Content-Type: application/json' -d "{\"userName\":\"$2\"}" \
    | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p'
}
