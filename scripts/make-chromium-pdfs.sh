#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the golden cases tests/data/cases/<case>-chromepdf/: the report.html of the template web-page cases
# printed by headless Chromium (its "Save as PDF": Skia/PDF, one text object per run of glyphs, CID fonts),
# with the case's expected.json copied beside it. The committed PDFs were made by this script with Chromium 156
# (Debian 12: apt-get install chromium) and the fonts-noto-cjk fonts. Chromium is not needed to run the tests.
#
# Usage: scripts/make-chromium-pdfs.sh [CASE...]   (default: the cases listed below: the ones LibreOffice prints
#        too, and the numbered-column table LibreOffice cannot lay out). Chromium embeds the CJK font as Type 1,
#        about 600 KB a file: hence a few cases, not all.
# An expected.json that already exists in a -chromepdf folder is kept (it may carry changes for the PDF,
# explained in its "about"); delete it to copy the source case's again.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "make-chromium-pdfs: chromium not found (apt-get install chromium)" >&2; exit 1; }

cases=(
    template2019-html-procurement
    template2021-html-county
    template2021-html-traditional
    template2021-html-notes-blanks
    template2021-html-total-typo
    template2021-html-seq-column
)
if [ "$#" -gt 0 ]; then
    cases=("$@")
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for c in "${cases[@]}"; do
    src=tests/data/cases/$c
    html=$(ls "$src"/report.htm* 2>/dev/null | head -n 1 || true)
    if [ -z "$html" ]; then
        echo "make-chromium-pdfs: $src has no report.html or report.htm" >&2
        exit 1
    fi
    cp "$html" "$work/report.html"
    rm -f "$work/report.pdf"
    # A profile of its own (no user settings, no running instance); no header or footer (date, file name),
    # as a person printing with "Headers and footers" off; nothing fetched from the network.
    # --lang=zh-CN: the fonts for Simplified Chinese (else Chromium takes the Japanese cut of Noto CJK).
    "$chromium" --headless --no-sandbox --disable-gpu --lang=zh-CN --user-data-dir="$work/profile" --no-pdf-header-footer \
        --print-to-pdf="$work/report.pdf" "file://$work/report.html" >/dev/null 2>&1
    [ -s "$work/report.pdf" ] || { echo "make-chromium-pdfs: Chromium made no PDF of $html" >&2; exit 1; }
    size=$(stat -c %s "$work/report.pdf")
    if [ "$size" -ge 819200 ]; then
        echo "make-chromium-pdfs: $c: $size bytes (over 800 KB)" >&2
        exit 1
    fi
    dst=tests/data/cases/${c}-chromepdf
    mkdir -p "$dst"
    mv "$work/report.pdf" "$dst/report.pdf"
    if [ ! -e "$dst/expected.json" ]; then
        cp "$src/expected.json" "$dst/expected.json"
    fi
    echo "$dst/report.pdf ($size bytes)"
done
