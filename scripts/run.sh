#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and starts Jiaohe on the bundled sample reports. The README's first command.
# Without a display it says so and runs the headless check instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/setup-debian.sh
cmake --preset default
cmake --build --preset default --target jiaohe
samples=(tests/data/seeds/*.txt)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."
    echo "The headless check on the same reports:"
    echo "  build/ui/jiaohe check ${samples[*]}"
    echo
    exec build/ui/jiaohe check "${samples[@]}"
fi
exec build/ui/jiaohe "${samples[@]}"
