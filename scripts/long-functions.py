#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists functions longer than a limit (default 120 lines) and source files over 600 lines under app/ and ui/.

A function is a definition whose opening brace stands alone at the start of a line (the project's
.clang-format puts it there) and whose closing brace is the next one at the same indentation.
Exit 1 when any is found, so a script or CI step can use it as a check."""
import re
import sys
from pathlib import Path

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 120
root = Path(__file__).resolve().parent.parent
found = False
for folder in ("app", "ui"):
    for path in sorted((root / folder).rglob("*.cpp")):
        lines = path.read_text(encoding="utf-8").splitlines()
        rel = path.relative_to(root)
        if len(lines) > 600:
            print(f"{rel}: {len(lines)} lines (file)")
            found = True
        i = 0
        while i < len(lines):
            m = re.match(r"^(\s*)\{\s*$", lines[i])
            if m and i > 0 and re.search(r"\)\s*(const)?\s*(override)?\s*(noexcept)?\s*(->.*)?$|^\S.*\)\s*:.*$|^\s*:.*$|^\s*,.*$|\)\s*$", lines[i - 1]):
                indent = m.group(1)
                j = i + 1
                while j < len(lines) and not re.match(rf"^{indent}\}}", lines[j]):
                    j += 1
                length = j - i + 1
                # the signature starts at the last line before that begins at this indentation
                k = i - 1
                while k > 0 and not re.match(rf"^{indent}\S", lines[k]):
                    k -= 1
                if length > limit and len(indent) <= 4:
                    print(f"{rel}:{k + 1}: {length} lines: {lines[k].strip()[:90]}")
                    found = True
                i = j + 1 if len(indent) == 0 else i + 1
            else:
                i += 1
sys.exit(1 if found else 0)
