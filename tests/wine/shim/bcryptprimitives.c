/*
 * bcryptprimitives.dll for Wine 8, which lacks it: Rust's std (1.78+) imports ProcessPrng from
 * it for its random numbers (HashMap seeds). Forwarded to BCryptGenRandom with the system RNG.
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE pbData, SIZE_T cbData)
{
    /* BCryptGenRandom takes a ULONG count: fill large requests in pieces. */
    while (cbData > 0) {
        ULONG n = cbData > 0x40000000 ? 0x40000000 : (ULONG)cbData;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, pbData, n, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        pbData += n;
        cbData -= n;
    }
    return TRUE;
}
