#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Gives every source file of Jiaohe its licence line, `// SPDX-License-Identifier: GPL-3.0-or-later`
(`# ...` in CMake, shell and Python files), as the first line — after a `#!` line where there is one.

Idempotent: a file that names a licence in its first lines already is left alone, so running it twice changes
nothing. The lead runs it once after merging the branches (adding the lines on every branch would conflict).

Usage: scripts/spdx-headers.py [--check] [PATH...]
  --check   change nothing; list the files without the line and exit 1 when there is one
  PATH      files or folders (default: the project's source folders)
"""
import argparse
import os
import sys

LICENCE = "GPL-3.0-or-later"
TAG = "SPDX-License-Identifier:"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ["app", "ui", "tests", "bench", "fuzz", "scripts", "packaging", "cmake"]
TOP_FILES = ["CMakeLists.txt"]
SLASHES = (".cpp", ".h", ".hpp", ".cc")
HASHES = (".py", ".sh", ".cmake")
# Test data is the reports and expected values, not our source: never touched.
SKIP_DIRS = {os.path.join("tests", "data"), ".git", "build"}


def comment_for(path):
    name = os.path.basename(path)
    if name.endswith(SLASHES):
        return "// "
    if name.endswith(HASHES) or name == "CMakeLists.txt":
        return "# "
    return None


def wanted_files(paths):
    for p in paths:
        if os.path.isfile(p):
            if comment_for(p):
                yield p
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            rel = os.path.relpath(dirpath, ROOT)
            dirnames[:] = sorted(d for d in dirnames if os.path.join(rel, d) not in SKIP_DIRS and d not in SKIP_DIRS
                                 and not d.startswith("build"))
            for f in sorted(filenames):
                full = os.path.join(dirpath, f)
                if comment_for(full):
                    yield full


def has_licence(lines):
    return any(TAG in line for line in lines[:5])


def with_licence(text, comment):
    lines = text.splitlines(keepends=True)
    header = f"{comment}{TAG} {LICENCE}\n"
    if lines and lines[0].startswith("#!"):
        return lines[0] + header + "".join(lines[1:])
    return header + text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list files lacking the line; change nothing")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    paths = args.paths or [os.path.join(ROOT, f) for f in FOLDERS + TOP_FILES if os.path.exists(os.path.join(ROOT, f))]
    missing = []
    for path in wanted_files(paths):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if has_licence(text.splitlines()):
            continue
        missing.append(path)
        if not args.check:
            with open(path, "w", encoding="utf-8") as f:
                f.write(with_licence(text, comment_for(path)))
    for path in missing:
        print(os.path.relpath(path, ROOT))
    if args.check:
        if missing:
            print(f"{len(missing)} files without `{TAG} {LICENCE}`", file=sys.stderr)
        return 1 if missing else 0
    print(f"added the licence line to {len(missing)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
