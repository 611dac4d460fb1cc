#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes draft-hongze-2024.docx (the self-check's Word draft) from the web-page draft with LibreOffice, as a body
# writing its report in Word would have it. The .docx is committed: the tests do not need LibreOffice.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/draft-hongze-2024.html" "$work/"
timeout 120 soffice -env:UserInstallation="file://$work/profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/draft-hongze-2024.html" >/dev/null
cp "$work/draft-hongze-2024.docx" "$here/"
echo "wrote $here/draft-hongze-2024.docx"
