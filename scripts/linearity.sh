#!/usr/bin/env bash
# Time and peak memory of `extract` (release) on one document of growing
# size, per input family; prints seconds (best of three runs up to 10 MB),
# MB/s, peak RSS as a multiple of the input, and the time ratio of each 10x
# step (linear: about 10). Inputs over `Options::max_lines` (4 million) or
# `max_line_bytes` (64 MiB) are cut: their 100 MB step measures less work.
#
#   scripts/linearity.sh [MAX_BYTES] [FAMILY...]
#
# MAX_BYTES defaults to 10000000 (use 100000000 for 100 MB; slow).
# Families: pages (the page dumps of shared/bench/dev.jsonl, or the seeds),
# giant_line, blank_lines, same_headline, byline_names, nul_bytes,
# every_line_a_date, combining_marks, unbalanced_brackets, nested_brackets,
# invalid_utf8 (the same families as the `patho` group of benches/parse.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
max="${1:-10000000}"
shift || true
fams=("$@")
[[ ${#fams[@]} -eq 0 ]] && fams=(pages giant_line blank_lines same_headline)
cargo build --release --quiet --example extract
bin=target/release/examples/extract
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
data=""
for d in ../shared/bench/dev.jsonl ../../shared/bench/dev.jsonl; do
    [[ -f "$d" ]] && data="$d" && break
done
printf '%-20s %11s %9s %9s %8s %6s\n' family bytes seconds MB/s peakRSSx ratio
for fam in "${fams[@]}"; do
    prev=""
    size=1000
    while [[ $size -le $max ]]; do
        f="$tmp/$fam-$size.txt"
        python3 - "$fam" "$size" "$f" "$data" <<'PY'
import json, sys, glob
fam, size, out, data = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
if fam == "pages":
    if data:
        units = [json.loads(l)["text_page"] for l in open(data, encoding="utf-8") if l.strip()]
    else:
        units = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("seeds/*.txt"))]
    unit, sep = "\n\n".join(units), "\n\n"
else:
    unit, sep = {
        "giant_line": ("word", " "),
        "blank_lines": ("", "\n"),
        "same_headline": ("Storm closes schools across the region", "\n\n"),
        "byline_names": ("Jane Doe", ", "),
        "nul_bytes": ("Some\0text\0here", "\0\n"),
        "every_line_a_date": ("March 4, 2025", "\n"),
        "combining_marks": ("\u0301\u0308\u0323", ""),
        "unbalanced_brackets": ("(Reuters", " ["),
        "nested_brackets": ("(", ""),
        "invalid_utf8": ("Storm \udcff\udcfe closes schools", "\n"),
    }[fam]
prefix = {
    "blank_lines": "Headline\n",
    "byline_names": "By ",
    "combining_marks": "Headline\n\na",
    "unbalanced_brackets": "Photo: ",
    "nested_brackets": "A fire crew at work. ",
}.get(fam, "")
# Lone surrogates stand for invalid bytes (0xFF, 0xFE) in the output.
b = (unit + sep).encode("utf-8", "surrogateescape")
n = max(1, (size - len(prefix)) // len(b) + 1)
s = (prefix.encode() + b * n)[:size]
if fam == "nested_brackets":
    half = len(s) // 2
    s = s[:half] + b"AP Photo/Jane Doe" + b")" * (len(s) - half)
if fam != "invalid_utf8":
    s = s.decode("utf-8", "ignore").encode()
open(out, "wb").write(s)
PY
        bytes=$(stat -c %s "$f")
        # Best of three runs up to 10 MB (short runs are noisy), one above.
        runs=3
        [[ $size -gt 10000000 ]] && runs=1
        secs=""
        kb=0
        for _ in $(seq "$runs"); do
            /usr/bin/time -f "%e %M" -o "$tmp/t" "$bin" "$f" > /dev/null 2>&1 || true
            read -r s k < <(tail -n 1 "$tmp/t")
            if [[ -z "$secs" ]] || python3 -c "import sys; sys.exit(0 if $s < $secs else 1)"; then
                secs=$s
            fi
            [[ $k -gt $kb ]] && kb=$k
        done
        ratio=""
        [[ -n "$prev" ]] && ratio=$(python3 -c "print(f'{max($secs,0.005)/max($prev,0.005):.2f}')")
        python3 -c "b=$bytes; s=max($secs,0.001); print(f'%-20s %11d %9.2f %9.1f %8.1f %6s' % ('$fam', b, $secs, b/s/1e6, $kb*1024/max(b,1), '$ratio'))"
        prev=$secs
        size=$((size * 10))
    done
done
