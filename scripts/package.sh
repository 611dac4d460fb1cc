#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package jiaohe_<version>_amd64.deb (CPack) in build-deb/, with Debian's hardening
# flags (dpkg-buildflags), then checks it: desktop-file-validate and appstreamcli on the files inside the
# package, the installed program's --version and check on a sample, and lintian.
# Usage: scripts/package.sh   (the .deb is left in build-deb/; the exit status is lintian's verdict)
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/setup-debian.sh

build=build-deb
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DJIAOHE_BUILD_TESTS=OFF -DJIAOHE_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"
cmake --build "$build" -j 2
rm -f "$build"/jiaohe_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/jiaohe_*_amd64.deb)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

# What the package installs, unpacked into a scratch root.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
id=io.github.jiaohe.Jiaohe
desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
"$root/usr/bin/jiaohe" --version
sample=$(ls "$root"/usr/share/jiaohe/samples/* | head -n 1)
"$root/usr/bin/jiaohe" check "$sample" | head -n 5

# lintian, pedantic: it fails on an error or a warning; the notes overridden in the package
# (packaging/debian/jiaohe.lintian-overrides) are shown with their reasons in the README, section Install.
echo "lintian:"
lintian --info --display-info --pedantic --show-overrides --fail-on error,warning "$deb"
echo "package.sh: $deb built and checked"
