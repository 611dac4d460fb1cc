#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the packaging metadata. Usage: validate_metadata.sh desktop|appstream|release PACKAGING_DIR VERSION
#   desktop    desktop-file-validate on the .desktop file
#   appstream  appstreamcli validate --no-net on the AppStream metainfo
#   release    the metainfo and the Debian changelog both have notes for VERSION (the project() version)
# Exit 77 (CTest: skipped) when the validator is not installed.
set -euo pipefail
what=$1 dir=$2 version=$3
id=io.github.jiaohe.Jiaohe

need() {
    if ! command -v "$1" >/dev/null; then
        echo "SKIP: $1 is not installed (Debian package $2; packaging/setup-debian.sh installs it)"
        exit 77
    fi
}

case $what in
desktop)
    need desktop-file-validate desktop-file-utils
    # Exit status non-zero on an error; hints (two main categories: Office and Utility, wanted) pass.
    desktop-file-validate "$dir/$id.desktop"
    echo "desktop-file-validate: $id.desktop is valid"
    ;;
appstream)
    need appstreamcli appstream
    appstreamcli validate --no-net --explain "$dir/$id.metainfo.xml"
    ;;
release)
    if ! grep -q "<release version=\"$version\"" "$dir/$id.metainfo.xml"; then
        echo "FAIL: $id.metainfo.xml has no <release version=\"$version\"> (the version in CMakeLists.txt):" \
             "add the release notes of $version"
        exit 1
    fi
    top=$(head -n 1 "$dir/debian/changelog")
    if [[ $top != "jiaohe ($version) "* ]]; then
        echo "FAIL: packaging/debian/changelog starts with \"$top\", not an entry for jiaohe ($version)"
        exit 1
    fi
    echo "release notes for $version: in the metainfo and the Debian changelog"
    ;;
*)
    echo "usage: $0 desktop|appstream|release PACKAGING_DIR VERSION" >&2
    exit 2
    ;;
esac
