#!/usr/bin/env bash
# Peak memory of the clusprop CLI against its input, per command and input shape: the figures of
# the "memory proportional to input" bound (at most 4 times the input plus a constant).
#
# usage: benches/peak-memory.sh [MB]
#   MB   the size of each generated input in megabytes (default 24).
#
# Builds the release CLI, writes the shapes of benches/gen-shapes.py to a temporary directory,
# makes each one's canonical JSON with `clusprop decode --compact` (the input of `encode`; the
# JSON documents of `encode --schema network-update` come from gen-shapes.py too), runs
# every command under /usr/bin/time -v and prints a Markdown table: the input's size, the peak
# resident set ("Maximum resident set size") and their ratio. The ratio includes the process's
# own constant (the first row: a tiny input).
#
# environment:
#   CARGO_TARGET_DIR   where cargo builds clusprop (default: target/).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
mb=${1:-24}
[ -x /usr/bin/time ] || { echo "peak-memory.sh: needs GNU time (/usr/bin/time)" >&2; exit 1; }

cargo build --release --quiet -p clusprop-cli --bin clusprop
bin=${CARGO_TARGET_DIR:-$repo/target}/release/clusprop
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 benches/gen-shapes.py "$dir" "$mb"
printf '\0\0\0\0' >"$dir/tiny.bin"
for f in "$dir"/*.bin; do
    "$bin" decode --compact "$f" >"${f%.bin}.json"
done

# peak KiB of a command (its output discarded)
# (a command may fail: encode --schema refuses the unknown-array shape, after reading it)
peak() {
    { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk '/Maximum resident set size/ { print $6 }'
}

printf '| command | shape | input (MB) | peak RSS (MB) | peak ÷ input | (peak − tiny) ÷ input |\n'
printf '|---|---|---:|---:|---:|---:|\n'
# One command over every shape; the "tiny" shape (an empty list) gives the process's constant.
shapes="tiny sz sz-nonascii multi-sz addresses binary many nested"
rows() { # label input-prefix input-extension command...
    local label=$1 prefix=$2 ext=$3 base="" shape input size kib
    shift 3
    for shape in $shapes; do
        input=$dir/$prefix$shape.$ext
        size=$(stat -c %s "$input")
        kib=$(peak "$@" "$input")
        base=${base:-$kib}
        awk -v l="$label" -v s="$shape" -v b="$size" -v k="$kib" -v t="$base" 'BEGIN {
            if (s == "tiny") {
                printf "| `%s` | %s (%d bytes) | 0.0 | %.1f | | |\n", l, s, b, k * 1024 / 1e6
            } else {
                printf "| `%s` | %s | %.1f | %.1f | %.2f | %.2f |\n", l, s, b / 1e6, k * 1024 / 1e6,
                    k * 1024 / b, (k - t) * 1024 / b
            }
        }'
    done
}
rows "decode" "" bin "$bin" decode
rows "decode --control NETWORK_GET_COMMON_PROPERTIES" "" bin "$bin" decode --control NETWORK_GET_COMMON_PROPERTIES
rows "show network" "" bin "$bin" show network
rows "encode" "" json "$bin" encode
rows "encode --hex" "" json "$bin" encode --hex
shapes="tiny sz sz-nonascii unknown-array"
rows "encode --schema network-update" schema- json "$bin" encode --schema network-update
