#!/usr/bin/env bash
# A throw-away PostgreSQL + PostGIS server for Frontline's tests and benchmarks, on 127.0.0.1 only.
#
#   scripts/postgis.sh start   install Debian's postgresql + postgresql-15-postgis-3 if missing, create the
#                              cluster if missing, start it if stopped; prints the JDBC base URL (idempotent)
#   scripts/postgis.sh stop    stop it
#   scripts/postgis.sh url     print the JDBC base URL
#   scripts/postgis.sh status  exit 0 when it answers
#
# The cluster lives in $FRONTLINE_PG_DIR (default /var/tmp/frontline-postgis-$UID), outside every clone, so that
# `mvn clean` never deletes a running server's files and several clones on one machine share one server; tests
# isolate themselves by creating their own database from the template `frontline_template` (PostGIS installed).
# Authentication is `trust`: the server listens on 127.0.0.1 only and holds nothing but test data.
# Port: $FRONTLINE_PG_PORT (default 55432). Superuser: postgres, no password.
set -euo pipefail

PG_VERSION=15
DIR="${FRONTLINE_PG_DIR:-/var/tmp/frontline-postgis-$(id -u)}"
PORT="${FRONTLINE_PG_PORT:-55432}"
BIN="/usr/lib/postgresql/$PG_VERSION/bin"
DATA="$DIR/data"
LOG="$DIR/server.log"
URL="jdbc:postgresql://127.0.0.1:$PORT/"

# Root may not run the server; the Debian package creates the postgres user, which does.
if [ "$(id -u)" -eq 0 ]; then
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi

install_packages() {
  if [ -x "$BIN/initdb" ] && [ -f "/usr/share/postgresql/$PG_VERSION/extension/postgis.control" ]; then return 0; fi
  echo "installing PostgreSQL $PG_VERSION + PostGIS 3 from Debian" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    postgresql "postgresql-$PG_VERSION-postgis-3" >/dev/null
  # the Debian package creates and starts its own cluster on 5432; ours is separate and leaves it alone
}

psql_() { as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }

answers() { as_owner "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U postgres >/dev/null 2>&1; }

start() {
  install_packages
  mkdir -p "$DIR"
  [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$DIR"
  # one starter at a time: test JVMs of several clones may call this together
  exec 9>"$DIR/.lock"
  flock 9
  if ! answers; then
    if [ ! -f "$DATA/PG_VERSION" ]; then
      as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; exit 1; }
    fi
    # a server killed earlier leaves its pid file; pg_ctl copes when the pid is gone
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c fsync=on -c max_connections=200" \
      start >/dev/null || { tail -20 "$LOG" >&2; exit 1; }
  fi
  if ! psql_ -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'frontline_template'" | grep -q 1; then
    psql_ -d postgres -c "CREATE DATABASE frontline_template"
    psql_ -d frontline_template -c "CREATE EXTENSION IF NOT EXISTS postgis"
  fi
  flock -u 9
  echo "$URL"
}

case "${1:-start}" in
  start) start ;;
  stop) if answers; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi ;;
  url) echo "$URL" ;;
  status) answers ;;
  *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
