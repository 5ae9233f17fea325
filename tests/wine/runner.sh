#!/bin/sh
# Runs a Windows executable under Wine next to the simulated clusapi.dll: meant as
#   CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=$PWD/tests/wine/runner.sh
# (cargo test, cargo run and rustdoc's doctests call it with the exe path and its arguments).
#
# The exe is copied into a fresh temporary directory with clusapi.dll (Windows loads a DLL from
# the exe's directory first), so nothing is ever copied next to target/.../deps, where a stray
# clusapi.dll would be picked up by later runs. The working directory is kept, the exit status
# passed through, and the temporary directory removed.
#   CLUSPROP_SIM_DIR        directory of the built clusapi.dll (default: target/wine-sim)
#   WINEPREFIX              the prefix setup.sh prepared (default: target/wine-prefix)
#   CLUSPROP_WINE_TIMEOUT   seconds before the run is killed (default 600)
set -u
[ $# -ge 1 ] || { echo "usage: runner.sh EXE [ARGS...]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
sim=${CLUSPROP_SIM_DIR:-$repo/target/wine-sim}
export WINEPREFIX=${WINEPREFIX:-$repo/target/wine-prefix}
export WINEDEBUG=-all
# clusapi: the simulation (native) next to the exe; child processes the tests start from
# target/ (the CLI) fall back to Wine's own stub. tests/adapter_sim.rs checks which one it got.
export WINEDLLOVERRIDES="clusapi=n,b;bcryptprimitives=n;mscoree,mshtml="

exe=$1
shift
[ -f "$exe" ] || { echo "runner.sh: no such executable: $exe" >&2; exit 2; }
[ -f "$sim/clusapi.dll" ] || { echo "runner.sh: $sim/clusapi.dll missing: run tests/wine/build.sh" >&2; exit 2; }
if [ ! -f "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" ]; then
    "$here/setup.sh" >&2 || exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/clusprop-wine.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
name=$(basename "$exe")
case $name in *.exe|*.EXE) ;; *) name=$name.exe ;; esac  # rustdoc may pass a name without .exe
cp "$exe" "$tmp/$name" && cp "$sim/clusapi.dll" "$tmp/clusapi.dll" || exit 2
# Any DLLs built next to the exe (a cdylib, a proc-macro's runtime) would be found there too;
# keep that by adding the exe's own directory to Wine's search path.
export WINEPATH="$(winepath -w "$(dirname "$exe")" 2>/dev/null || true)"

timeout "${CLUSPROP_WINE_TIMEOUT:-600}" wine "$tmp/$name" "$@"
status=$?
exit $status
