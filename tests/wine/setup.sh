#!/bin/sh
# Creates or updates the Wine prefix the runner uses and installs the bcryptprimitives.dll shim
# into it (Wine 8 has no bcryptprimitives.dll; Rust's std imports ProcessPrng from it).
# Idempotent. Builds the DLLs first (build.sh) if they are missing.
#   WINEPREFIX   the prefix (default: target/wine-prefix under the repository)
#   CLUSPROP_SIM_DIR  where build.sh puts the DLLs (default: target/wine-sim)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
export WINEPREFIX=${WINEPREFIX:-$repo/target/wine-prefix}
export WINEDEBUG=-all
export WINEARCH=${WINEARCH:-win64}
sim=${CLUSPROP_SIM_DIR:-$repo/target/wine-sim}

if [ ! -f "$sim/clusapi.dll" ] || [ ! -f "$sim/bcryptprimitives.dll" ]; then
    "$here/build.sh" "$sim"
fi

mkdir -p "$WINEPREFIX"
# wineboot -i creates the prefix or updates it to the installed Wine; -i with an existing,
# current prefix is quick. No display is needed (no dialogs with WINEDEBUG=-all and no Mono/Gecko
# prompts: WINEDLLOVERRIDES disables their installers).
if [ ! -f "$WINEPREFIX/system.reg" ] || [ ! -d "$WINEPREFIX/drive_c/windows/system32" ]; then
    WINEDLLOVERRIDES="mscoree,mshtml=" timeout 300 wineboot -i >/dev/null 2>&1 || {
        echo "setup.sh: wineboot -i failed or timed out (prefix $WINEPREFIX)" >&2; exit 1; }
    timeout 120 wineserver -w 2>/dev/null || true
fi

sys32="$WINEPREFIX/drive_c/windows/system32"
[ -d "$sys32" ] || { echo "setup.sh: $sys32 missing" >&2; exit 1; }
if ! cmp -s "$sim/bcryptprimitives.dll" "$sys32/bcryptprimitives.dll" 2>/dev/null; then
    cp "$sim/bcryptprimitives.dll" "$sys32/bcryptprimitives.dll"
fi
echo "Wine prefix ready: $WINEPREFIX (bcryptprimitives.dll shim installed)"
