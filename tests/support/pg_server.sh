#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The PostgreSQL server of the tests: `pg_server.sh start STATE BINDIR` runs initdb and pg_ctl from Debian's
# postgresql-15 in a new temporary folder, listening on a Unix socket in that folder only (no TCP port, so that
# several builds on one machine never meet), and writes the server's libpq URI to the file STATE;
# `pg_server.sh stop STATE BINDIR` stops it and removes the folder. PostgreSQL refuses to run as root: under
# root (CI containers, this project's build machine) the server runs as the unprivileged user `nobody`.
set -euo pipefail

action=$1
state=$2
bindir=$3

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        # setpriv (util-linux, on every Debian) rather than su/runuser: no PAM, no login shell, no tty.
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    [ -f "$state.dir" ] || return 0
    local dir
    dir=$(cat "$state.dir")
    if [ -d "$dir/data" ]; then
        as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    rm -f "$state" "$state.dir"
}

case "$action" in
start)
    stop_server # a server an interrupted run left behind
    mkdir -p "$(dirname "$state")"
    # /tmp: a Unix socket's path must stay under 108 bytes, and `nobody` must be able to reach the folder.
    dir=$(mktemp -d /tmp/jiaohe-pg.XXXXXX)
    echo "$dir" >"$state.dir"
    chmod 0755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown nobody:nogroup "$dir"
    fi
    # C collation: text sorts by code point, as SQLite's does, so both backends list the same order.
    as_server_user "$bindir/initdb" -D "$dir/data" -U jiaohe_admin --auth=trust -E UTF8 --locale=C --no-sync \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # The tests' server keeps nothing it cannot lose: no fsync, no TCP.
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    # The tests' own database (each test makes schemas in it: tests/support/TestBackend.cpp).
    as_server_user "$bindir/createdb" -h "$dir" -U jiaohe_admin jiaohe_tests
    echo "postgresql://jiaohe_admin@/jiaohe_tests?host=$dir" >"$state"
    echo "pg_server: running in $dir"
    ;;
stop)
    stop_server
    ;;
*)
    echo "usage: $0 start|stop STATE BINDIR" >&2
    exit 2
    ;;
esac
