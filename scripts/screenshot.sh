#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes a screenshot of the review window on a report under Xvfb, as a person would see it.
#   scripts/screenshot.sh [REPORT] [OUT.png] [LANG]
# Defaults: seed report 002, resources/screenshots/main-window.png, zh_CN.UTF-8.
# JIAOHE_SHOT_KEYS="F8 F8" presses keys (xdotool) before the picture — the word `focus` gives the window the focus
# again, as after a dialog closed (Xvfb has no window manager to do it); JIAOHE_SHOT_WAIT sets the seconds to wait.
# JIAOHE_SHOT_DECISIONS=FILE.jsonl imports the report and applies those decisions (`jiaohe decisions apply`)
# before the window opens, so that a picture can show a review under way.
set -euo pipefail
cd "$(dirname "$0")/.."
report=${1:-tests/data/seeds/002_a82df7ab5fee8c06.txt}
out=${2:-resources/screenshots/main-window.png}
lang=${3:-zh_CN.UTF-8}
binary=build/ui/jiaohe
[ -x "$binary" ] || { echo "build first: cmake --build --preset default" >&2; exit 1; }
command -v import >/dev/null || { echo "needs ImageMagick's import (packaging/setup-debian.sh installs it)" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
db=$(mktemp -d)/review.sqlite   # a fresh review database: the bundled samples, then the report
if [ -n "${JIAOHE_SHOT_DECISIONS:-}" ]; then
    "$binary" import --db "$db" "$report" tests/data/seeds/*.txt >/dev/null
    "$binary" decisions apply --db "$db" "$JIAOHE_SHOT_DECISIONS"
fi
LANG=$lang LANGUAGE=${lang%%.*} xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    '$binary' --db '$db' '$report' tests/data/seeds/*.txt & pid=\$!
    sleep ${JIAOHE_SHOT_WAIT:-4}
    if [ -n '${JIAOHE_SHOT_KEYS:-}' ]; then xdotool search --onlyvisible --class jiaohe windowfocus --sync; fi
    for key in ${JIAOHE_SHOT_KEYS:-}; do
        if [ \$key = focus ]; then xdotool search --onlyvisible --class jiaohe windowfocus --sync; else xdotool key \$key; fi
        sleep 0.5
    done
    import -window root '$out'
    kill \$pid"
echo "wrote $out"
