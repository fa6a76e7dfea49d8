#!/usr/bin/env bash
# Many clerks on one registry: a throw-away PostgreSQL 15 with max_connections = 20 (pg_virtualenv)
# and a PgBouncer in transaction pooling mode in front of it; prints the table of
# bench-registry-clerks (idle connections of 60 windows, p95 of 200 simultaneous tool queries,
# the admin's write during the load) for the server and the pooler side by side.
# Usage: tests/bench/registry-clerks.sh BUILD/bin/bench-registry-clerks [WINDOWS] [CONCURRENT]
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=$(realpath "$1")
shift
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
exec pg_virtualenv -v 15 -o max_connections=20 tests/registry/with-pgbouncer.sh "$bench" "$@"
