#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds one libFuzzer target (the `fuzz` preset: clang, ASan + UBSan, build-fuzz/), gathers its seed corpus
# from tests/data and runs it.
#   scripts/fuzz.sh TARGET [SECONDS]      TARGET: loader pdf html numbers tables pipeline; SECONDS: 600
# The corpus grows in build-fuzz/corpus/TARGET, crash inputs land in build-fuzz/crashes/TARGET/, the log in
# build-fuzz/logs/TARGET.log. A crash input belongs in tests/data/fuzz-regressions/TARGET/ once fixed
# (TestFuzzRegressions replays that folder in the normal build).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh loader|pdf|html|numbers|tables|pipeline [SECONDS]}
seconds=${2:-600}
case "$target" in
loader | pdf | html | numbers | tables | pipeline) ;;
*)
    echo "fuzz.sh: unknown target '$target' (loader, pdf, html, numbers, tables, pipeline)" >&2
    exit 2
    ;;
esac

if [ ! -f build-fuzz/build.ninja ]; then
    CXX=clang++ cmake --preset fuzz
fi
cmake --build build-fuzz -j2 --target "fuzz_$target"

data=tests/data
corpus=build-fuzz/corpus/$target
crashes=build-fuzz/crashes/$target
mkdir -p "$corpus" "$crashes" build-fuzz/logs
seed() { for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$corpus/seed-$(echo "$f" | tr / _)"; done; true; }
text_seeds=("$data"/seeds/* "$data"/cases/*/report.txt "$data"/cases/*/report.html "$data"/html/*)
max_len=65536
timeout=60 # seconds per input
case "$target" in
loader) seed "${text_seeds[@]}" "$data"/encodings/* "$data"/bad/* ;;
pdf)
    # The real reports, and the template cases drawn as PDFs when a normal build has made them (TestTemplatePdf).
    seed "$data"/reports/*.pdf build/tests/template-pdfs/*.pdf
    max_len=524288
    # PDFium (not instrumented) repairs a damaged file slowly under ASan's allocator: 4 s in a release build
    # can be 75 s here.
    timeout=300
    ;;
html) seed "$data"/html/* "$data"/cases/*/report.html ;;
numbers | tables | pipeline) seed "${text_seeds[@]}" ;;
office) seed "$data"/cases/*/report.docx "$data"/cases/*/report.mhtml "$data"/cases/*/report.md ;;
esac
# Earlier crash inputs, fixed since, stay in the corpus.
seed "$data/fuzz-regressions/$target"/*

echo "fuzz_$target: $(ls "$corpus" | wc -l) inputs in the corpus, $seconds s"
set +e
"build-fuzz/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$crashes/" 2>&1 | tee "build-fuzz/logs/$target.log" |
    grep -E '^#[0-9]+[[:space:]]*(INITED|DONE)|ERROR|invariant|SUMMARY|stat::|Done|==[0-9]+==' | tail -n 40
status=${PIPESTATUS[0]}
set -e
echo "fuzz_$target: exit $status; crash inputs: $(ls "$crashes" | wc -l) in $crashes"
exit "$status"
