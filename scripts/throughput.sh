#!/usr/bin/env bash
# Throughput of `newsclip extract --jsonl` (release) against `wc -w` over the
# same bytes, measured in the same run, and peak memory on large inputs.
#
#   scripts/throughput.sh [MB] [RUNS]
#
# MB (default 40): size of the JSONL of page dumps (the `text_page` of
# shared/bench/dev.jsonl repeated, or the seeds when ../shared is absent).
# RUNS (default 3): each timing is the best of this many runs.
# STREAM_MB=200 also measures peak RSS while streaming that many MB of JSONL
# through `extract --jsonl` (off by default: slow).
#
# Prints MB/s and time as a multiple of `wc -w` for `--jobs 1` and
# `--jobs $(nproc)` (with and without `--rules`) and the speed-up of all
# jobs over one, then peak RSS (and its
# ratio to the input) on one 20 MB document of tiny date lines and one
# 20 MB document of page text.
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-40}"
runs="${2:-3}"
cargo build --release --quiet --bin newsclip
bin=target/release/newsclip
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tmp=$work

# The inputs: pages.jsonl (MB of records), dates.txt and page.txt (20 MB each).
python3 - "$tmp" "$mb" <<'PY'
import glob, json, os, sys
out, mb = sys.argv[1], float(sys.argv[2])
data = [d for d in ("../shared/bench/dev.jsonl", "../../shared/bench/dev.jsonl") if os.path.isfile(d)]
if data:
    pages = [json.loads(l)["text_page"] for l in open(data[0], encoding="utf-8") if l.strip()]
else:
    pages = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("seeds/*.txt"))]
target = int(mb * 1e6)
size, n = 0, 0
with open(f"{out}/pages.jsonl", "w", encoding="utf-8") as f:
    while size < target:
        line = json.dumps({"id": f"p{n}", "text": pages[n % len(pages)]}) + "\n"
        f.write(line)
        size += len(line.encode())
        n += 1
def fill(unit, size):
    b = unit.encode()
    return (b * (size // len(b) + 1))[:size].decode("utf-8", "ignore")
open(f"{out}/dates.txt", "w", encoding="utf-8").write(fill("March 4, 2025\n", 20_000_000))
open(f"{out}/page.txt", "w", encoding="utf-8").write(fill("\n\n".join(pages) + "\n\n", 20_000_000))
PY

# best SECONDS of `runs` runs of a command (output to /dev/null).
best() {
    local b="" s e t
    for _ in $(seq "$runs"); do
        s=$(date +%s%N)
        "$@" > /dev/null 2>&1 || true
        e=$(date +%s%N)
        t=$(( e - s ))
        if [[ -z "$b" || $t -lt $b ]]; then b=$t; fi
    done
    python3 -c "print(f'{$b/1e9:.3f}')"
}

jsonl="$tmp/pages.jsonl"
bytes=$(stat -c %s "$jsonl")
cores=$(nproc)
echo "input: $(python3 -c "print(f'{$bytes/1e6:.1f}')") MB of page-dump JSONL; $cores cores; best of $runs"
wc_s=$(best wc -w "$jsonl")
printf '%-34s %8s %8s %8s\n' command seconds MB/s "x wc -w"
row() { # label seconds
    python3 -c "s=max($2,1e-3); w=max($wc_s,1e-3); print('%-34s %8.3f %8.1f %8.1f' % ('$1', s, $bytes/s/1e6, s/w))"
}
row "wc -w" "$wc_s"
for mode in "" "--rules"; do
    one=""
    for j in 1 "$cores"; do
        s=$(best "$bin" extract --jsonl -q --jobs "$j" $mode "$jsonl")
        row "extract --jsonl --jobs $j $mode" "$s"
        [[ -z "$one" ]] && one=$s
    done
    python3 -c "print('  %d jobs: %.2fx one job' % ($cores, $one / max($s, 1e-3)))"
done

# peak RSS of one run, in kB, and its ratio to the input
rss() { # label file args...
    local label=$1 f=$2
    shift 2
    /usr/bin/time -f "%M" -o "$tmp/rss" "$bin" extract -q "$@" "$f" > /dev/null 2>&1 || true
    local kb fb
    kb=$(tail -n 1 "$tmp/rss")
    fb=$(stat -c %s "$f")
    python3 -c "print('%-34s %8.1f MB %6.1fx the input (%.0f MB)' % ('$label', $kb/1024, $kb*1024/$fb, $fb/1e6))"
}
echo "peak RSS (one job):"
rss "20 MB of date lines" "$tmp/dates.txt" --jobs 1
rss "20 MB of page text" "$tmp/page.txt" --jobs 1
rss "20 MB of date lines, --audit" "$tmp/dates.txt" --jobs 1 --audit
rss "20 MB of page text, --audit" "$tmp/page.txt" --jobs 1 --audit
if [[ -n "${STREAM_MB:-}" ]]; then
    python3 - "$jsonl" "$tmp/stream.jsonl" "$STREAM_MB" <<'PY'
import sys
src, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
data = open(src, "rb").read()
with open(out, "wb") as f:
    for _ in range(max(1, round(mb * 1e6 / len(data)))):
        f.write(data)
PY
    rss "streaming JSONL, --jobs $cores" "$tmp/stream.jsonl" --jsonl --jobs "$cores"
fi
