#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, one after the other.
#
#   fuzz/run.sh SECONDS [TARGET...] [-- EXTRA_LIBFUZZER_ARGS...]
#
# Needs nightly and cargo-fuzz (`cargo install cargo-fuzz`). Each target's
# corpus (fuzz/corpus/TARGET, gitignored) is seeded from seeds/*.txt and
# fuzz/seeds/*.txt (a text browser's and Markdown dumps); the
# dictionary is fuzz/news.dict. The run keeps going after a crash
# (-fork=1 -ignore_crashes=1); crashes land in fuzz/artifacts/TARGET/.
# Exit status: non-zero when any target left a crash artifact or its
# fuzzer failed to run.
set -uo pipefail
cd "$(dirname "$0")"
secs="${1:?usage: fuzz/run.sh SECONDS [TARGET...] [-- LIBFUZZER_ARGS...]}"
shift
targets=()
while [[ $# -gt 0 && "$1" != "--" ]]; do
    targets+=("$1")
    shift
done
[[ "${1:-}" == "--" ]] && shift
extra=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(parse_all clean date byline caption dateline misc weights warc)
fi
status=0
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    cp -n ../seeds/*.txt seeds/*.txt "corpus/$t/" 2>/dev/null || true
    before=$(find "artifacts/$t" -type f | wc -l)
    echo "=== $t: ${secs}s ($(date -u +%H:%M:%S))"
    cargo +nightly fuzz run "$t" "corpus/$t" -- \
        -max_total_time="$secs" -rss_limit_mb=4096 -max_len=65536 \
        -dict=news.dict -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -print_final_stats=1 "${extra[@]}"
    rc=$?
    after=$(find "artifacts/$t" -type f | wc -l)
    echo "=== $t: done ($(date -u +%H:%M:%S)), exit $rc, new artifacts: $((after - before))"
    if [[ $after -gt 0 ]]; then
        status=1
    fi
    # A run that could not start (a build error, a bad dictionary or flag)
    # leaves no artifact: its exit status tells.
    if [[ $rc -ne 0 && $after -eq $before ]]; then
        echo "=== $t: the fuzzer failed to run (exit $rc)"
        status=1
    fi
done
exit $status
