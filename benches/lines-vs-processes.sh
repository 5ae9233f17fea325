#!/usr/bin/env bash
# Decoding N buffers: one `clusprop decode --lines` process against N `clusprop decode --hex`
# processes (what a script did before --lines). The buffers are the samples of tests/data that
# decode strictly, repeated to N lines of hex.
#
#   benches/lines-vs-processes.sh [N]     (default 10000; builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
cargo build --release -q -p clusprop-cli
bin=target/release/clusprop
work=$(mktemp -d /tmp/clusprop-lines.XXXXXX)
trap 'rm -rf "$work"' EXIT
samples=()
for f in tests/data/samples/*.bin tests/data/*.bin; do
    if "$bin" decode "$f" >/dev/null 2>&1; then samples+=("$f"); fi
done
for f in "${samples[@]}"; do od -An -v -tx1 "$f" | tr -d ' \n'; echo; done >"$work/one.hex"
per=$(wc -l <"$work/one.hex")
: >"$work/all.hex"
while [ "$(wc -l <"$work/all.hex")" -lt "$n" ]; do cat "$work/one.hex" >>"$work/all.hex"; done
head -n "$n" "$work/all.hex" >"$work/lines.hex"
bytes=$(wc -c <"$work/lines.hex")
echo "$n buffers ($per distinct samples), $bytes bytes of hex"

start=$(date +%s.%N)
"$bin" decode --lines "$work/lines.hex" >"$work/lines.json"
lines=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
while IFS= read -r line; do
    printf '%s' "$line" | "$bin" decode --hex --compact
done <"$work/lines.hex" >"$work/processes.json"
processes=$(echo "$(date +%s.%N) - $start" | bc)

cmp "$work/lines.json" "$work/processes.json"
printf 'decode --lines      %8.3f s  (%6.1f us a buffer)\n' "$lines" "$(echo "$lines * 1000000 / $n" | bc -l)"
printf '%d processes     %8.3f s  (%6.1f us a buffer)\n' "$n" "$processes" "$(echo "$processes * 1000000 / $n" | bc -l)"
printf 'ratio               %8.1fx\n' "$(echo "$processes / $lines" | bc -l)"
