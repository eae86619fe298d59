#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's tests, from Debian's `postgresql` package.
#   bash scripts/postgres.sh start [--durable]
#                                    starts one on a Unix socket in a new temporary folder and
#                                    prints the folder (exit 3 when PostgreSQL is not installed);
#                                    without --durable it runs with fsync=off, fast for tests but
#                                    not what a real server does, so load tests pass --durable
#   bash scripts/postgres.sh url DIR prints the store URL of the cluster in DIR
#   bash scripts/postgres.sh stop DIR stops it and deletes the folder
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)" >&2
    exit 3
  fi
  dir="$(mktemp -d /tmp/pathway-postgres.XXXXXX)"
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log"
  fsync="-c fsync=off"
  [ "${2:-}" = "--durable" ] && fsync=""
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses='' -k $dir $fsync -c max_connections=400" start >/dev/null
  echo "$dir"
  ;;
url)
  echo "postgres+uds://postgres@localhost$2/.s.PGSQL.5432#postgres"
  ;;
stop)
  as_owner "$bin/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null || true
  rm -rf "$2"
  ;;
*)
  echo "usage: bash scripts/postgres.sh start | url DIR | stop DIR" >&2
  exit 2
  ;;
esac
