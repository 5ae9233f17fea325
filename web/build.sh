#!/usr/bin/env bash
# Builds the decoder page into OUTDIR: index.html, style.css, app.js, wasm-bindgen's glue
# (clusprop_web.js) and wasm.js, the WebAssembly module in base64 (so that the page also works
# from file://, where a page may not fetch a file). No server code: serve OUTDIR from any static
# host, or open OUTDIR/index.html.
#
#   web/build.sh OUTDIR
#
# Installs what it needs: the wasm32-unknown-unknown target (rustup) and wasm-bindgen-cli at
# exactly the version of the wasm-bindgen crate in Cargo.lock (cargo install --locked), the
# generated glue and the module must come from the same version.
set -euo pipefail
if [ $# -ne 1 ]; then
    echo "usage: web/build.sh OUTDIR" >&2
    exit 2
fi
out=$1
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

rustup target add wasm32-unknown-unknown >/dev/null

# The wasm-bindgen version Cargo.lock holds: the line after its `name = "wasm-bindgen"`.
version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$version" ]; then
    echo "web/build.sh: no wasm-bindgen in Cargo.lock" >&2
    exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$version" ]; then
    # Only the wasm-bindgen binary, without the test runner's TLS (its default feature): about
    # half the build. --locked uses the versions wasm-bindgen-cli was released with; a registry
    # that lacks one of them gets the newest that fits.
    install=(cargo install wasm-bindgen-cli --version "=$version" --no-default-features --bin wasm-bindgen)
    "${install[@]}" --locked || "${install[@]}"
fi

cargo build -p clusprop-web --lib --target wasm32-unknown-unknown --profile web --locked
wasm=${CARGO_TARGET_DIR:-$root/target}/wasm32-unknown-unknown/web/clusprop_web.wasm

mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target no-modules --no-typescript --out-dir "$work" "$wasm"
cp web/static/index.html web/static/style.css web/static/app.js "$out"/
cp "$work"/clusprop_web.js "$out"/
{
    printf '// The clusprop decoder page'"'"'s WebAssembly module (wasm-bindgen %s), in base64.\n' "$version"
    printf 'window.CLUSPROP_WASM_BASE64 = "'
    base64 -w 0 "$work"/clusprop_web_bg.wasm
    printf '";\n'
} >"$out"/wasm.js

raw=$(wc -c <"$work"/clusprop_web_bg.wasm)
gz=$(gzip -9 -c "$work"/clusprop_web_bg.wasm | wc -c)
gzjs=$(gzip -9 -c "$out"/wasm.js | wc -c)
printf 'web/build.sh: %s: WebAssembly %s bytes, %s gzipped (wasm.js, base64: %s gzipped)\n' \
    "$out" "$raw" "$gz" "$gzjs"
