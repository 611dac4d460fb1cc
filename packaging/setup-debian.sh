#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every build and test dependency of Jiaohe from Debian 12's packages.
# Idempotent and quick when everything is present: apt-get runs only for what is missing.
set -euo pipefail

packages=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-pdf-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libicu-dev libsqlite3-dev sqlite3
    libzip-dev  # Word documents (.docx) are ZIP packages: app/document/office/ZipArchive
    xvfb xauth fonts-noto-cjk
    python3 poppler-utils imagemagick xdotool
    dpkg-dev file desktop-file-utils appstream lintian  # scripts/package.sh and the packaging tests
    libpoppler-cpp-dev  # the PDF reader's glyphs (Poppler, GPL-2.0-or-later)
    libqpdf-dev  # the PDF page tree's checks (qpdf, Apache-2.0)
    libxlsxwriter-dev  # the findings workbook (app/findings/FindingsWorkbook)
    qt6-charts-dev  # the overview's charts (ui/dialogs/OverviewDialog)
    libqt6opengl6-dev  # Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull in
    libqt6sql6-psql  # Qt SQL's PostgreSQL driver: a team's review database on a server (issue 16)
    postgresql-15  # the server the store tests start for their PostgreSQL run (tests/support/pg_server.sh)
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-debian: all ${#packages[@]} packages are installed"
    exit 0
fi

echo "setup-debian: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
