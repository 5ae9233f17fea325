#!/usr/bin/env bash
# Line coverage of the library reached by the fuzz corpora (FUZZING.md, "Line coverage").
#
# For every cargo-fuzz target: replay its corpus (fuzz/seeds/<target>, plus fuzz/corpus/<target>
# when it exists) through a coverage build (`cargo +nightly fuzz coverage`), then merge the
# profiles of all targets (llvm-profdata merge) and report, over every target binary at once
# (llvm-cov report -object ...), the lines of the library: src/ without the Windows-only layer
# (src/adapter/). Prints the per-file table and the total.
#
# Usage: fuzz/coverage.sh [--seeds-only] [--grow SECONDS] [TARGET...]
#   --seeds-only   replay only the committed seeds (fuzz/seeds/<target>), ignoring fuzz/corpus
#   --grow N       first fuzz each target N seconds (no sanitizer, one job) from its seeds into
#                  fuzz/corpus/<target> (git-ignored), then measure seeds + corpus
#   TARGET...      measure these targets only (default: every target of `cargo fuzz list`)
# Environment: COVERAGE_FAIL_UNDER=85 makes the script exit 1 below that total line figure.
#
# Needs the nightly toolchain with llvm-tools-preview and cargo-fuzz:
#   rustup component add llvm-tools-preview --toolchain nightly
#   cargo install cargo-fuzz --locked
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seeds_only=0
grow=0
targets=()
while [ $# -gt 0 ]; do
    case $1 in
    --seeds-only) seeds_only=1 ;;
    --grow) grow=$2; shift ;;
    -h | --help) sed -n '2,19p' "$0"; exit 0 ;;
    *) targets+=("$1") ;;
    esac
    shift
done
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi

host=$(rustc +nightly -vV | sed -n 's/^host: //p')
bin=$(rustc +nightly --print sysroot)/lib/rustlib/$host/bin
if [ ! -x "$bin/llvm-cov" ]; then
    echo "llvm-cov not found in $bin: rustup component add llvm-tools-preview --toolchain nightly" >&2
    exit 2
fi
started=$(date +%s)

if [ "$grow" -gt 0 ]; then
    cargo +nightly fuzz build -s none
    for t in "${targets[@]}"; do
        mkdir -p "fuzz/corpus/$t"
        extra=()
        if [ "$t" = round_trip ]; then extra=(-max_len=512); fi
        printf -- '--> fuzzing %s for %ss\n' "$t" "$grow"
        "fuzz/target/$host/release/$t" "fuzz/corpus/$t" "fuzz/seeds/$t" \
            -max_total_time="$grow" -dict=fuzz/dict/clusprop.dict -timeout=10 \
            -rss_limit_mb=2048 "${extra[@]}" 2>&1 | grep -E '^#[0-9]+ *DONE|^stat::' || true
    done
fi

objects=()
profiles=()
for t in "${targets[@]}"; do
    corpora=()
    if [ -d "fuzz/seeds/$t" ]; then corpora+=("fuzz/seeds/$t"); fi
    if [ "$seeds_only" = 0 ] && [ -d "fuzz/corpus/$t" ]; then corpora+=("fuzz/corpus/$t"); fi
    printf -- '--> %s: replaying %s files\n' "$t" "$(find "${corpora[@]}" -type f | wc -l)"
    # cargo fuzz coverage writes fuzz/coverage/<target>/coverage.profdata; a crash in replay fails.
    rm -rf "fuzz/coverage/$t"
    mkdir -p fuzz/coverage
    cargo +nightly fuzz coverage "$t" "${corpora[@]}" >"fuzz/coverage/$t.log" 2>&1 ||
        { tail -n 40 "fuzz/coverage/$t.log" >&2; exit 1; }
    # The coverage binary: where this cargo-fuzz put it (it names it when replaying).
    object=$(grep -m1 -oE "^/[^:]*/coverage/$host/release/$t(: Running)" "fuzz/coverage/$t.log" |
        sed 's/: Running$//')
    objects+=(-object "$object")
    profiles+=("fuzz/coverage/$t/coverage.profdata")
done

"$bin/llvm-profdata" merge -sparse "${profiles[@]}" -o fuzz/coverage/all.profdata
# Only the library: not the Windows-only layer (src/adapter/), the shared harness (tests/), the
# targets (fuzz/), dependencies and the standard library. (The CLI, cli/, is not in the targets.)
ignore='(\.cargo/registry|\.cargo/git|/rustc/|/library/|/tests/|/fuzz/|/src/adapter/)'
report=$("$bin/llvm-cov" report "${objects[@]:1}" -instr-profile=fuzz/coverage/all.profdata \
    -ignore-filename-regex="$ignore" -show-region-summary=false -show-branch-summary=false \
    -show-instantiation-summary=false)
# The table, worst line figure first; the TOTAL line last.
header=$(printf '%s\n' "$report" | sed -n '1p')
printf '\n%s\n' "$header"
printf '%s\n' "$report" | grep -vE '^(Filename|TOTAL|-+$)' | sed "s|^$root/||" |
    awk '{ print $NF + 0, $0 }' | sort -n -s | cut -d' ' -f2-
printf '%s\n' "$report" | grep '^TOTAL'
# Line figure: the last column (Lines ... Cover).
total=$(printf '%s\n' "$report" | awk '/^TOTAL/ { print $NF }')

# Cross-check: llvm-cov matches a function's counters across binaries by name, and a function one
# binary never calls (recorded there with hash 0) hides the counts another binary has for it
# ("functions have mismatched data" above), so the merged figure undercounts. The union of each
# binary's own line coverage (lcov export with its own profile; a line counts once any target
# executes it) does not.
union=$(for i in "${!targets[@]}"; do
    "$bin/llvm-cov" export -format=lcov "${objects[$((2 * i + 1))]}" \
        -instr-profile="${profiles[$i]}" -ignore-filename-regex="$ignore" 2>/dev/null
done | awk -F'[:,]' '
    /^SF:/ { file = $2 }
    /^DA:/ { key = file ":" $2; seen[key] = 1; if ($3 > 0) hit[key] = 1 }
    END { n = length(seen); h = length(hit); printf "%.2f%% (%d of %d lines)", 100 * h / n, h, n }')
printf '\nlines of the library covered: %s (merged profile, llvm-cov report above)\n' "$total"
printf 'union of the per-target line coverage: %s\n' "$union"
printf '%s targets, %ss\n' "${#targets[@]}" "$(($(date +%s) - started))"
if [ -n "${COVERAGE_FAIL_UNDER:-}" ] &&
    awk -v t="${total%\%}" -v m="$COVERAGE_FAIL_UNDER" 'BEGIN { exit !(t < m) }'; then
    printf 'below %s %%\n' "$COVERAGE_FAIL_UNDER" >&2
    exit 1
fi
