#!/bin/sh
# Builds the simulated clusapi.dll, the bcryptprimitives.dll shim and simcheck.exe into OUTDIR
# (default: target/wine-sim under the repository), then checks that each imports system DLLs only.
#   tests/wine/build.sh [OUTDIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-$repo/target/wine-sim}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cc=${CC_MINGW:-x86_64-w64-mingw32-gcc}
objdump=${OBJDUMP_MINGW:-x86_64-w64-mingw32-objdump}
flags="-O2 -Wall -Wextra -Werror -static-libgcc"

$cc $flags -shared -o "$out/clusapi.dll" "$here/simcluster/clusapi.c" "$here/simcluster/clusapi.def"
$cc $flags -shared -o "$out/bcryptprimitives.dll" "$here/shim/bcryptprimitives.c" \
    "$here/shim/bcryptprimitives.def" -lbcrypt
$cc $flags -municode -o "$out/simcheck.exe" "$here/simcheck.c"

# Only DLLs every Wine prefix (and Windows) has: no libgcc/libwinpthread/... next to the binaries.
status=0
for f in clusapi.dll bcryptprimitives.dll simcheck.exe; do
    for dll in $($objdump -p "$out/$f" | sed -n 's/^[[:space:]]*DLL Name: //p'); do
        case $(echo "$dll" | tr 'A-Z' 'a-z') in
            kernel32.dll|msvcrt.dll|bcrypt.dll|user32.dll|advapi32.dll|ntdll.dll|ucrtbase.dll|api-ms-win-*) ;;
            *) echo "build.sh: $f imports $dll, not a system DLL" >&2; status=1 ;;
        esac
    done
done
[ $status -eq 0 ] && echo "built into $out: clusapi.dll bcryptprimitives.dll simcheck.exe"
exit $status
