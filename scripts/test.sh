#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and runs every test (ctest). The README's second command.
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/setup-debian.sh
cmake --preset default
cmake --build --preset default
ctest --preset default -j 2
