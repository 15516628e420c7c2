# Sourced by run.sh and test.sh: a project-local PostgreSQL cluster from the machine's PostgreSQL 15 binaries.
# PostgreSQL refuses to run as root, so when we are root its commands run as the 'postgres' OS user, on a
# directory that user owns.

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  echo "No PostgreSQL server binaries found under /usr/lib/postgresql/*/bin" >&2
  return 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A TCP port nothing listens on yet.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  echo "No free port found" >&2
  return 1
}

# pg_start DATA_DIR PORT [extra postgres options...]: initialises the cluster if new, then starts it.
pg_start() {
  local data=$1 port=$2; shift 2
  local bin; bin=$(pg_bin)
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres: "$data" && chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$data' $*" start >/dev/null
}

pg_stop() {
  local data=$1 bin; bin=$(pg_bin)
  [ -f "$data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
}

pg_create_db() {
  local port=$1 name=$2 bin; bin=$(pg_bin)
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$name"
}
