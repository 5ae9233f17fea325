#!/usr/bin/env bash
# Compares clusprop with Samba's NDR code (ndr_pull/ndr_push_clusapi_PROPERTY_LIST, through the
# samba-oracle tool) on the same buffer, in one go, and prints the ratios against the targets of
# issue 6:
#
#   strict parse + full walk   vs  ndr pull   >= 30x   (clusprop bench's parse: one pass, visit)
#   decode to the owned model  vs  ndr pull   >=  5x
#   encode (write_to a slice)  vs  ndr push   >= 10x
#
# usage: benches/compare-samba.sh [FILE [N [ROUNDS]]]
#   FILE    a property list (default: the network common properties list,
#           tests/data/samples/network_common.listend.bin). Samba reads exactly one value per
#           property and needs the list-level end mark; a FILE without it is given to the oracle
#           with --plain (the oracle appends the 4 bytes).
#   N       iterations (default 100000): the oracle times N pulls and N pushes (the mean of one
#           batch); `clusprop bench --iterations N` times 7 batches of N and reports the median.
#   ROUNDS  how many times to run the three measurements (default 1). With more than one round
#           each round is printed and the summary gives the median ratio of the rounds.
#
# environment:
#   ORACLE=PATH        use this oracle binary.
#   SAMBA_ORACLE_SRC   the oracle's sources (default: ../shared/tools/samba-oracle from the
#                      repository root). Read-only: they are copied to a temporary directory
#                      and built there with their build.sh (which may apt-get gcc, pkg-config,
#                      samba-libs, samba-dev and libtalloc-dev; set NO_APT=1 to forbid it).
#   REBUILD=1          build the oracle even if an already built one is found (../oracle/oracle).
#   CARGO_TARGET_DIR   where cargo builds clusprop (default: target/).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

file=${1:-tests/data/samples/network_common.listend.bin}
n=${2:-100000}
rounds=${3:-1}
[ -r "$file" ] || { echo "compare-samba.sh: cannot read $file" >&2; exit 1; }
case "$n$rounds" in *[!0-9]*) echo "compare-samba.sh: N and ROUNDS are positive integers" >&2; exit 64 ;; esac

# --- the oracle -------------------------------------------------------------------------------
src=${SAMBA_ORACLE_SRC:-$repo/../shared/tools/samba-oracle}
prebuilt=$repo/../oracle/oracle
tmp=""
cleanup() { if [ -n "$tmp" ]; then rm -rf "$tmp"; fi; }
trap cleanup EXIT
if [ -n "${ORACLE:-}" ]; then
    oracle=$ORACLE
elif [ "${REBUILD:-0}" != 1 ] && [ -x "$prebuilt" ]; then
    oracle=$(cd "$(dirname "$prebuilt")" && pwd)/oracle
else
    [ -f "$src/build.sh" ] || { echo "compare-samba.sh: no oracle sources in $src" >&2; exit 1; }
    tmp=$(mktemp -d)
    cp -R "$src/." "$tmp/"
    chmod -R u+w "$tmp"
    echo "building the Samba oracle in $tmp" >&2
    sh "$tmp/build.sh" >&2
    oracle=$tmp/oracle
fi
[ -x "$oracle" ] || { echo "compare-samba.sh: no oracle at $oracle" >&2; exit 1; }

# --- clusprop ---------------------------------------------------------------------------------
cargo build --release --quiet -p clusprop-cli --bin clusprop
clusprop=${CARGO_TARGET_DIR:-$repo/target}/release/clusprop
[ -x "$clusprop" ] || { echo "compare-samba.sh: no clusprop at $clusprop" >&2; exit 1; }

# The oracle needs Samba's layout (the list-level end mark); --plain adapts a list without it.
json=$("$clusprop" decode --compact "$file") # also stops here, with the error, on a malformed FILE
plain=()
case "$json" in *'"trailing_end_mark":false}') plain=(--plain) ;; esac

# --- the measurements -------------------------------------------------------------------------
field() { # field NAME LINE: the value of NAME=... in an oracle line
    printf '%s\n' "$2" | tr '\t' '\n' | sed -n "s/^$1=//p"
}
column() { # column OPERATION OUTPUT: NS_PER_OP of a clusprop bench line
    printf '%s\n' "$2" | awk -F '\t' -v op="$1" '$1 == op { print $2 }'
}

bytes=$(wc -c <"$file" | tr -d ' ')
echo "input:    $file ($bytes bytes)${plain:+, given to the oracle with --plain}"
echo "N:        $n iterations, $rounds round(s)"
echo "oracle:   $oracle"
echo "clusprop: $clusprop"
echo "load:     $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime)"
echo

ratios_parse=() ratios_decode=() ratios_encode=()
for round in $(seq 1 "$rounds"); do
    pull=$("$oracle" bench "${plain[@]}" "$file" "$n")
    push=$("$oracle" bench "${plain[@]}" "$file" "$n" push)
    ours=$("$clusprop" bench --iterations "$n" "$file")
    pull_ns=$(field ns_per_op "$pull")
    push_ns=$(field ns_per_op "$push")
    parse_ns=$(column parse "$ours")
    decode_ns=$(column decode "$ours")
    encode_ns=$(column encode "$ours")
    r_parse=$(awk -v a="$pull_ns" -v b="$parse_ns" 'BEGIN { printf "%.2f", a / b }')
    r_decode=$(awk -v a="$pull_ns" -v b="$decode_ns" 'BEGIN { printf "%.2f", a / b }')
    r_encode=$(awk -v a="$push_ns" -v b="$encode_ns" 'BEGIN { printf "%.2f", a / b }')
    ratios_parse+=("$r_parse") ratios_decode+=("$r_decode") ratios_encode+=("$r_encode")
    if [ "$rounds" -gt 1 ]; then echo "round $round"; fi
    echo "$pull"
    echo "$push"
    printf '%s\n' "$ours" | sed 's/^/clusprop bench\t/'
    printf '%-34s %14s %14s %9s\n' "" "clusprop ns/op" "samba ns/op" "ratio"
    printf '%-34s %14s %14s %8sx\n' "strict parse + walk vs ndr pull" "$parse_ns" "$pull_ns" "$r_parse"
    printf '%-34s %14s %14s %8sx\n' "decode to owned vs ndr pull" "$decode_ns" "$pull_ns" "$r_decode"
    printf '%-34s %14s %14s %8sx\n' "encode vs ndr push" "$encode_ns" "$push_ns" "$r_encode"
    echo
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r >= t) ? "met" : "NOT met" }'; }

echo "summary$([ "$rounds" -gt 1 ] && echo " (median of $rounds rounds)")"
printf '%-34s %9s %8s  %s\n' "" "ratio" "target" ""
for row in "strict parse + walk vs ndr pull|30|${ratios_parse[*]}" \
           "decode to owned vs ndr pull|5|${ratios_decode[*]}" \
           "encode vs ndr push|10|${ratios_encode[*]}"; do
    IFS='|' read -r what target values <<<"$row"
    # shellcheck disable=SC2086
    m=$(median $values)
    printf '%-34s %8sx %7sx  %s\n' "$what" "$m" "$target" "$(verdict "$m" "$target")"
done
