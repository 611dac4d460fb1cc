#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary prefix and checks what a user gets: the files the Debian package
# ships, `jiaohe --version`, `jiaohe check` on the installed samples, and that a first run imports the
# samples installed next to the program (not the source tree's).
# Usage: install_test.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 source=$2 version=$3
id=io.github.jiaohe.Jiaohe
tmp=$(mktemp -d)
window=""
cleanup() {
    if [ -n "$window" ]; then
        kill "$window" 2>/dev/null || true
        wait "$window" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    exit 1
}

prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; fail "cmake --install"; }
jiaohe=$prefix/bin/jiaohe

# The files of the package.
for f in bin/jiaohe share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg share/man/man1/jiaohe.1.gz \
         share/doc/jiaohe/copyright share/doc/jiaohe/changelog.gz share/lintian/overrides/jiaohe; do
    [ -f "$prefix/$f" ] || fail "$f is not installed"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png=$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png
    [ -f "$png" ] || fail "the ${size}x${size} icon is not installed"
    # A PNG's width and height are the big-endian 32-bit numbers at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims, not ${size}x${size}"
done
gzip -t "$prefix/share/man/man1/jiaohe.1.gz" || fail "the man page is not a valid gzip file"
zcat "$prefix/share/man/man1/jiaohe.1.gz" | grep -q "^\.TH JIAOHE 1 .*\"Jiaohe $version\"" ||
    fail "the man page does not carry version $version"
want=$(find "$build/samples" -maxdepth 1 -type f | wc -l)
got=$(find "$prefix/share/jiaohe/samples" -maxdepth 1 -type f | wc -l)
[ "$want" -gt 0 ] && [ "$got" -eq "$want" ] || fail "$got sample reports installed, $want in the build's samples"

# The version, from project() in CMakeLists.txt.
out=$("$jiaohe" --version)
[ "$out" = "jiaohe $version" ] || fail "jiaohe --version printed \"$out\", not \"jiaohe $version\""

# The headless check on the installed samples: every file read, one JSON line each.
"$jiaohe" check --json "$prefix/share/jiaohe/samples" >"$tmp/check.jsonl" || fail "jiaohe check exited $?"
lines=$(wc -l <"$tmp/check.jsonl")
[ "$lines" -eq "$want" ] || fail "jiaohe check printed $lines JSON lines for $want samples"
grep -q '"error": *null' "$tmp/check.jsonl" || fail "jiaohe check read no sample: $(head -c 300 "$tmp/check.jsonl")"

# A first run (empty database) imports the samples installed next to the program. Only one sample is
# left installed, so the count tells the installed folder (1) from the source tree's ($want).
find "$prefix/share/jiaohe/samples" -type f | sort | tail -n +2 | xargs rm -f
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
mkdir -p "$HOME"
db=$tmp/review.sqlite
QT_QPA_PLATFORM=offscreen "$jiaohe" --db "$db" >"$tmp/window.log" 2>&1 &
window=$!
reports=""
for _ in $(seq 1 120); do
    sleep 0.5
    kill -0 "$window" 2>/dev/null || { cat "$tmp/window.log"; fail "the window exited on its first run"; }
    reports=$("$jiaohe" stats --db "$db" 2>/dev/null | sed -n 's/^reports: \([0-9]*\).*/\1/p') || true
    [ "${reports:-0}" -ge 1 ] && break
done
[ "$reports" = "1" ] || fail "a first run imported ${reports:-no} reports, not the 1 sample installed in $prefix/share/jiaohe/samples"
echo "installed in $prefix: files, icons, man page, $want samples; jiaohe --version = $version;" \
     "check read every sample; a first run imported the installed sample"
