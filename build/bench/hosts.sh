# Sourced by build/bench-scale-out.sh: start a Release Host as its own process and wait until it is ready.
# Expects $root (the repository) and $work (the run's temporary directory).

# host_start NAME PORT CONNECTION [VAR=value ...]: starts the Host in the background, its output in
# $work/host-NAME.log, and sets HOST_PID. exec all the way down, so HOST_PID is the dotnet process itself
# (the process id Hangfire puts in the server's name) and a TERM reaches it directly.
host_start() {
  local name=$1 port=$2 connection=$3; shift 3
  # The application name tells the Hosts' sessions apart in PostgreSQL (pg_stat_activity, the relay count).
  (cd "$root/src/Host" && exec env ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__Samverkan="$connection;Application Name=samverkan-$name" "$@" \
    dotnet bin/Release/net10.0/Samverkan.Host.dll --urls "http://127.0.0.1:$port/" >"$work/host-$name.log" 2>&1) &
  HOST_PID=$!
}

# host_wait_ready PORT PID NAME: waits up to two minutes for /health/ready; fails with the log's tail.
host_wait_ready() {
  local port=$1 pid=$2 name=$3
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "Host $name did not become ready" >&2
  tail -20 "$work/host-$name.log" >&2
  return 1
}

# host_stop PID: SIGTERM (a graceful shutdown), then wait for it.
host_stop() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
