#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build: every cargo-fuzz target of fuzz/, with its seed corpus
# (fuzz/seeds/<target>, zipped as <target>_seed_corpus.zip), the shared dictionary (<target>.dict)
# and round_trip's options. The environment (sanitizer flags, $SRC, $OUT) comes from the builder
# image.
cd "$SRC/clusprop"

# Optimized, with debug assertions and overflow checks kept: an arithmetic overflow is a bug.
cargo fuzz build -O --debug-assertions

release=fuzz/target/x86_64-unknown-linux-gnu/release
for target in $(cargo fuzz list); do
  cp "$release/$target" "$OUT/"
  cp fuzz/dict/clusprop.dict "$OUT/$target.dict"
  if [ -d "fuzz/seeds/$target" ]; then
    (cd "fuzz/seeds/$target" && zip -q -r "$OUT/${target}_seed_corpus.zip" .)
  fi
done

# Generated lists grow with their input; keep round_trip's inputs (and its speed) in bounds.
printf '[libfuzzer]\nmax_len = 512\n' > "$OUT/round_trip.options"
