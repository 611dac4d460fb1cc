#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench_store against a PostgreSQL server of its own: starts one as the tests do (tests/support/pg_server.sh:
# initdb and pg_ctl of postgresql-15 in a temporary folder, a Unix socket only, as `nobody` under root), creates an
# empty database in it, runs `bench_store --db URI` with the arguments given (--reports N, --jobs N) and stops the
# server. Not a test and not run in CI: a benchmark prints figures beside its floor.
#   scripts/bench-server.sh [--reports 2000] [--jobs 2]
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${BENCH_STORE:-build/bench/bench_store}
bindir=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
state=$(mktemp -u /tmp/jiaohe-bench-pg.XXXXXX)/uri
trap 'bash tests/support/pg_server.sh stop "$state" "$bindir"; rmdir "$(dirname "$state")" 2>/dev/null || true' EXIT
bash tests/support/pg_server.sh start "$state" "$bindir" >/dev/null
admin=$(cat "$state")
socket=${admin#*host=}
"$bindir/createdb" -h "$socket" -U jiaohe_admin jiaohe_bench
"$bench" --db "postgresql://jiaohe_admin@/jiaohe_bench?host=$socket" "$@"
