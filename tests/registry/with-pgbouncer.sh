#!/usr/bin/env bash
# Runs a command with a PgBouncer in transaction pooling mode in front of the PostgreSQL server of
# pg_virtualenv (PGHOST/PGPORT/PGUSER/PGPASSWORD), the set-up docs/registry.md recommends for large
# administrations. Exports KI_LOTSE_PGBOUNCER_PORT for the tests tagged [pgbouncer].
# Usage (inside pg_virtualenv): tests/registry/with-pgbouncer.sh COMMAND [ARGS…]
set -euo pipefail
if ! command -v pgbouncer >/dev/null && [ ! -x /usr/sbin/pgbouncer ]; then
  echo "with-pgbouncer: pgbouncer is not installed (scripts/deps.sh test installs it)" >&2
  exit 1
fi
bouncer=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
dir=$(mktemp -d /tmp/ki-lotse-pgbouncer.XXXXXX)
chmod 755 "$dir"
cleanup() {
  if [ -f "$dir/pgbouncer.pid" ]; then kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
# A free port on 127.0.0.1.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The fixed test roles of tests/unit/*Test.cpp and the superuser of pg_virtualenv.
cat > "$dir/userlist.txt" <<USERS
"${PGUSER}" "${PGPASSWORD}"
"ki_lotse_admin" "admin-pw"
"ki_lotse_clerk" "clerk-pw"
USERS
cat > "$dir/pgbouncer.ini" <<INI
[databases]
* = host=${PGHOST} port=${PGPORT}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = plain
auth_file = ${dir}/userlist.txt
pool_mode = transaction
; Prepared statements of a finished transaction are dropped before the server connection serves
; the next client (docs/registry.md: required with transaction pooling). DEALLOCATE ALL and not
; DISCARD ALL: the session settings Qt makes (client_encoding, DateStyle, TimeZone) are tracked by
; PgBouncer and need not be reset.
server_reset_query = DEALLOCATE ALL
server_reset_query_always = 1
max_client_conn = 1000
default_pool_size = 5
max_db_connections = 5
pidfile = ${dir}/pgbouncer.pid
logfile = ${dir}/pgbouncer.log
ignore_startup_parameters = extra_float_digits
INI
chmod 644 "$dir"/*
if [ "$(id -u)" = 0 ]; then
  # PgBouncer refuses to run as root: it runs as the server's user and writes its log and pid here.
  chown postgres "$dir"
  runuser -u postgres -- "$bouncer" -d "$dir/pgbouncer.ini"
else
  "$bouncer" -d "$dir/pgbouncer.ini"
fi
for _ in $(seq 50); do
  if python3 -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', $port)))"; then break; fi
  sleep 0.1
done
export KI_LOTSE_PGBOUNCER_PORT=$port
status=0
"$@" || status=$?
[ -n "${KI_LOTSE_PGBOUNCER_DEBUG:-}" ] && cat "$dir/pgbouncer.log" >&2
if [ "$status" != 0 ] && [ -f "$dir/pgbouncer.log" ]; then tail -n 30 "$dir/pgbouncer.log" >&2; fi
exit "$status"
