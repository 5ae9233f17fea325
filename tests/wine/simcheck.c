/*
 * simcheck: checks the simulated clusapi.dll through its exports. It loads clusapi.dll from its
 * own directory with LoadLibraryW, prints one line per check ("ok N - ..." / "FAIL N - ...") and
 * exits 1 if any check failed. Built by build.sh; run with `wine simcheck.exe` (see README.md).
 */
#define WIN32_LEAN_AND_MEAN
#undef _WIN32_WINNT
#define _WIN32_WINNT 0x0502 /* as in clusapi.c: the base part of mingw's clusapi.h */
#include <windows.h>
#include <clusapi.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <stdarg.h>

/* Functions mingw's header lacks (SDK signatures), and the test hooks; used only through
 * __typeof__ and GetProcAddress, never linked. */
typedef struct _HNETINTERFACEENUM *HNETINTERFACEENUM;
enum { CLUS_RESCLASS_NETWORK = 2 }; /* SDK (windows-sys 0.61); STORAGE (1) is in mingw's base part */
HCLUSTER WINAPI OpenClusterEx(LPCWSTR, DWORD, DWORD *);
HNETWORK WINAPI OpenClusterNetworkEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);
HNETINTERFACE WINAPI OpenClusterNetInterfaceEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);
HNODE WINAPI OpenClusterNodeEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);
HGROUP WINAPI OpenClusterGroupEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);
HRESOURCE WINAPI OpenClusterResourceEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);
HNETINTERFACEENUM WINAPI ClusterNetInterfaceOpenEnum(HCLUSTER, LPCWSTR, LPCWSTR);
DWORD WINAPI ClusterNetInterfaceGetEnumCount(HNETINTERFACEENUM);
DWORD WINAPI ClusterNetInterfaceEnum(HNETINTERFACEENUM, DWORD, LPWSTR, LPDWORD);
DWORD WINAPI ClusterNetInterfaceCloseEnum(HNETINTERFACEENUM);
DWORD WINAPI SimOpenHandles(void);
DWORD WINAPI SimViolations(void);
DWORD WINAPI SimLastViolation(LPWSTR, DWORD);
DWORD WINAPI SimLastInput(HANDLE, BYTE *, DWORD, DWORD *);
DWORD WINAPI SimLastHostNode(HANDLE);

static HMODULE dll;
static int checks, failures;

static FARPROC get(const char *name)
{
    FARPROC p = GetProcAddress(dll, name);
    if (!p) { printf("FAIL - clusapi.dll does not export %s\n", name); fflush(stdout); ExitProcess(2); }
    return p;
}
#define F(name) ((__typeof__(&name))(void *)get(#name))

static int check(int ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int check(int ok, const char *fmt, ...)
{
    va_list ap;
    checks++;
    if (!ok) failures++;
    printf("%s %d - ", ok ? "ok" : "FAIL", checks);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    fflush(stdout);
    return ok;
}

/* ---- control helpers ---------------------------------------------------------------------- */
typedef DWORD(WINAPI *ctl_fn)(HANDLE, HNODE, DWORD, LPVOID, DWORD, LPVOID, DWORD, LPDWORD);
#define CTL(name) ((ctl_fn)(void *)get(#name))

static BYTE outbuf[16384];
/* Runs a control the documented way (size query with a NULL buffer, then the call) into
 * outbuf; returns the status, *len the bytes returned. */
static DWORD run(ctl_fn f, HANDLE h, DWORD code, DWORD *len)
{
    DWORD need = 0, e = f(h, NULL, code, NULL, 0, NULL, 0, &need);
    if (e != ERROR_MORE_DATA) { *len = 0; return e; }
    if (need > sizeof outbuf) return 0xFFFFFFFF;
    e = f(h, NULL, code, NULL, 0, outbuf, need, len);
    return e;
}

static DWORD rt_run(HCLUSTER c, const WCHAR *type, DWORD code, DWORD *len)
{
    DWORD need = 0, e = F(ClusterResourceTypeControl)(c, type, NULL, code, NULL, 0, NULL, 0, &need);
    if (e != ERROR_MORE_DATA) { *len = 0; return e; }
    return F(ClusterResourceTypeControl)(c, type, NULL, code, NULL, 0, outbuf, need, len);
}

/* ---- CLUSPROP parsing ---------------------------------------------------------------------- */
static DWORD rd(const BYTE *p) { DWORD v; memcpy(&v, p, 4); return v; }

/* Walks a property list: every entry padded with zeros to 4, every property's values closed by
 * an end mark, nothing after the last property. Returns the count or -1. */
static int plist_ok(const BYTE *b, DWORD n)
{
    DWORD count, off = 4, k, i;
    if (n < 4) return -1;
    count = rd(b);
    for (k = 0; k < count; k++) {
        int values = 0;
        DWORD cb;
        if (off + 8 > n || rd(b + off) != CLUSPROP_SYNTAX_NAME) return -1;
        cb = rd(b + off + 4);
        if (cb > n - off - 8) return -1;
        for (i = cb; i < ((cb + 3) & ~3u); i++) if (b[off + 8 + i]) return -1;
        off += 8 + ((cb + 3) & ~3u);
        for (;;) {
            if (off + 4 > n) return -1;
            if (rd(b + off) == CLUSPROP_SYNTAX_ENDMARK) { off += 4; break; }
            if (off + 8 > n) return -1;
            cb = rd(b + off + 4);
            if (cb > n - off - 8) return -1;
            for (i = cb; i < ((cb + 3) & ~3u); i++) if (b[off + 8 + i]) return -1;
            off += 8 + ((cb + 3) & ~3u);
            values++;
        }
        if (values != 1) return -1;
    }
    return off == n ? (int)count : -1;
}

/* The first value entry of property `name`: its syntax, data and cbLength. */
static const BYTE *prop(const BYTE *b, DWORD n, const WCHAR *name, DWORD *syntax, DWORD *cb)
{
    DWORD count = rd(b), off = 4, k;
    (void)n;
    for (k = 0; k < count; k++) {
        DWORD len = rd(b + off + 4);
        int match = lstrcmpW((const WCHAR *)(b + off + 8), name) == 0;
        off += 8 + ((len + 3) & ~3u);
        if (match) { *syntax = rd(b + off); *cb = rd(b + off + 4); return b + off + 8; }
        while (rd(b + off) != CLUSPROP_SYNTAX_ENDMARK) off += 8 + ((rd(b + off + 4) + 3) & ~3u);
        off += 4;
    }
    return NULL;
}
static int prop_dw(const BYTE *b, DWORD n, const WCHAR *name, DWORD want)
{
    DWORD syntax, cb;
    const BYTE *v = prop(b, n, name, &syntax, &cb);
    return v && syntax == CLUSPROP_SYNTAX_LIST_VALUE_DWORD && cb == 4 && rd(v) == want;
}
static int prop_sz(const BYTE *b, DWORD n, const WCHAR *name, const WCHAR *want)
{
    DWORD syntax, cb;
    const BYTE *v = prop(b, n, name, &syntax, &cb);
    return v && syntax == CLUSPROP_SYNTAX_LIST_VALUE_SZ && cb == (wcslen(want) + 1) * 2 &&
           memcmp(v, want, cb) == 0;
}

/* A property list builder for SET inputs. */
static DWORD build_sz_list(BYTE *b, const WCHAR *name, const WCHAR *value)
{
    DWORD off = 4, cb;
    memset(b, 0, 256);
    b[0] = 1;
    cb = (wcslen(name) + 1) * 2;
    memcpy(b + off, &(DWORD){ CLUSPROP_SYNTAX_NAME }, 4); memcpy(b + off + 4, &cb, 4);
    memcpy(b + off + 8, name, cb); off += 8 + ((cb + 3) & ~3u);
    cb = (wcslen(value) + 1) * 2;
    memcpy(b + off, &(DWORD){ CLUSPROP_SYNTAX_LIST_VALUE_SZ }, 4); memcpy(b + off + 4, &cb, 4);
    memcpy(b + off + 8, value, cb); off += 8 + ((cb + 3) & ~3u);
    return off + 4; /* end mark */
}

static const BYTE network_name_deps[] = {
    0x02, 0x00, 0x02, 0x00, 0x08, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x16, 0x00, 0x00, 0x00, 'I', 0, 'P', 0, ' ', 0, 'A', 0, 'd', 0, 'd', 0,
    'r', 0, 'e', 0, 's', 0, 's', 0, 0, 0, 0, 0, 0x00, 0x00, 0x00, 0x00,
};

static const WCHAR *w(const BYTE *b) { return (const WCHAR *)b; }

/* ---- the checks ---------------------------------------------------------------------------- */
static void cluster_and_enums(void)
{
    HCLUSTER c, c2;
    HCLUSENUM e;
    WCHAR name[64];
    DWORD cch, type, granted, i, r;
    CLUSTERVERSIONINFO vi;

    check(F(SimOpenHandles)() == 0, "no handles open at start");
    c = F(OpenCluster)(NULL);
    check(c != NULL, "OpenCluster(NULL)");
    c2 = F(OpenCluster)(L".");
    check(c2 != NULL && F(CloseCluster)(c2), "OpenCluster(\".\") and CloseCluster");
    c2 = F(OpenCluster)(L"simcluster");
    check(c2 != NULL && F(CloseCluster)(c2), "OpenCluster(\"simcluster\"): names are case-insensitive");
    SetLastError(0);
    check(F(OpenCluster)(L"NOSUCHCLUSTER") == NULL && GetLastError() == 1722,
          "OpenCluster(unknown): NULL, RPC_S_SERVER_UNAVAILABLE (%lu)", GetLastError());
    check(F(OpenCluster)(L"SIMCLUSTER?fault=bogus") == NULL && GetLastError() == ERROR_INVALID_PARAMETER,
          "unknown fault mode: NULL, ERROR_INVALID_PARAMETER");
    SetLastError(1234);
    check(F(OpenCluster)(L"SIMCLUSTER?fault=openfail") == NULL && GetLastError() == 0,
          "openfail: NULL with last error 0");

    granted = 0;
    c2 = F(OpenClusterEx)(L"SIMCLUSTER", GENERIC_READ, &granted);
    check(c2 && granted == GENERIC_READ, "OpenClusterEx(GENERIC_READ) grants GENERIC_READ");
    F(CloseCluster)(c2);
    c2 = F(OpenClusterEx)(NULL, MAXIMUM_ALLOWED, &granted);
    check(c2 && granted == GENERIC_ALL, "OpenClusterEx(MAXIMUM_ALLOWED) grants GENERIC_ALL");
    F(CloseCluster)(c2);
    c2 = F(OpenClusterEx)(NULL, GENERIC_ALL, NULL);
    check(c2 != NULL, "OpenClusterEx with lpdwGrantedAccess NULL");
    F(CloseCluster)(c2);
    check(F(OpenClusterEx)(NULL, 0, &granted) == NULL && GetLastError() == ERROR_INVALID_PARAMETER,
          "OpenClusterEx(0): NULL, ERROR_INVALID_PARAMETER");

    cch = 0;
    r = F(GetClusterInformation)(c, NULL, &cch, NULL);
    check(r == ERROR_MORE_DATA && cch == 10, "GetClusterInformation NULL buffer: ERROR_MORE_DATA, cch 10 (no NUL)");
    cch = 10;
    r = F(GetClusterInformation)(c, name, &cch, NULL);
    check(r == ERROR_MORE_DATA && cch == 10, "GetClusterInformation cch=len: ERROR_MORE_DATA (NUL needs room)");
    cch = 11;
    memset(&vi, 0, sizeof vi);
    vi.dwVersionInfoSize = sizeof vi;
    r = F(GetClusterInformation)(c, name, &cch, &vi);
    check(r == 0 && cch == 10 && !wcscmp(name, L"SIMCLUSTER") && vi.MajorVersion == 10,
          "GetClusterInformation: SIMCLUSTER, cch 10, version 10");

    e = F(ClusterOpenEnum)(c, CLUSTER_ENUM_NODE);
    check(e && F(ClusterGetEnumCount)(e) == 2, "ClusterOpenEnum(NODE): 2 entries");
    cch = 0;
    r = F(ClusterEnum)(e, 0, &type, NULL, &cch);
    check(r == ERROR_MORE_DATA && cch == 5, "ClusterEnum NULL buffer: ERROR_MORE_DATA, cch 5");
    cch = 5;
    r = F(ClusterEnum)(e, 0, &type, name, &cch);
    check(r == ERROR_MORE_DATA && cch == 5, "ClusterEnum cch 5 for NODE1: ERROR_MORE_DATA, cch 5");
    cch = 6;
    r = F(ClusterEnum)(e, 0, &type, name, &cch);
    check(r == 0 && cch == 5 && type == CLUSTER_ENUM_NODE && !wcscmp(name, L"NODE1"), "ClusterEnum 0: NODE1");
    cch = 64;
    r = F(ClusterEnum)(e, 1, &type, name, &cch);
    check(r == 0 && !wcscmp(name, L"NODE2"), "ClusterEnum 1: NODE2");
    cch = 64;
    check(F(ClusterEnum)(e, 2, &type, name, &cch) == ERROR_NO_MORE_ITEMS, "ClusterEnum 2: ERROR_NO_MORE_ITEMS");
    check(F(SimOpenHandles)() == 2, "enum handles count in SimOpenHandles");
    check(F(ClusterCloseEnum)(e) == 0, "ClusterCloseEnum");

    e = F(ClusterOpenEnum)(c, CLUSTER_ENUM_NETWORK | CLUSTER_ENUM_NETINTERFACE);
    {
        int ok = e && F(ClusterGetEnumCount)(e) == 6;
        for (i = 0; ok && i < 6; i++) {
            cch = 64;
            ok = F(ClusterEnum)(e, i, &type, name, &cch) == 0 &&
                 type == (i < 2 ? CLUSTER_ENUM_NETWORK : CLUSTER_ENUM_NETINTERFACE);
        }
        check(ok && !wcscmp(name, L"NODE2 - Ethernet 2"), "ClusterOpenEnum(NETWORK|NETINTERFACE): 2 networks then 4 interfaces");
    }
    F(ClusterCloseEnum)(e);
    e = F(ClusterOpenEnum)(c, 0x3F);
    check(e && F(ClusterGetEnumCount)(e) == 16, "ClusterOpenEnum(all six kinds): 16 entries");
    F(ClusterCloseEnum)(e);
    e = F(ClusterOpenEnum)(c, CLUSTER_ENUM_RESTYPE);
    cch = 64;
    check(e && F(ClusterEnum)(e, 2, &type, name, &cch) == 0 && !wcscmp(name, L"Physical Disk") &&
          type == CLUSTER_ENUM_RESTYPE, "ClusterOpenEnum(RESTYPE): Physical Disk");
    F(ClusterCloseEnum)(e);
    check(F(ClusterOpenEnum)(c, 0) == NULL && GetLastError() == ERROR_INVALID_PARAMETER,
          "ClusterOpenEnum(0): NULL, ERROR_INVALID_PARAMETER");

    {
        DWORD len;
        r = run(CTL(ClusterControl), c, CLUSCTL_CLUSTER_GET_FQDN, &len);
        check(r == 0 && len == 46 && !wcscmp(w(outbuf), L"SIMCLUSTER.sim.example"), "CLUSCTL_CLUSTER_GET_FQDN");
        r = run(CTL(ClusterControl), c, CLUSCTL_CLUSTER_GET_COMMON_PROPERTIES, &len);
        check(r == 0 && plist_ok(outbuf, len) == 3 && prop_sz(outbuf, len, L"Name", L"SIMCLUSTER"),
              "CLUSCTL_CLUSTER_GET_COMMON_PROPERTIES");
        r = run(CTL(ClusterControl), c, (CLUS_OBJECT_CLUSTER << 24) | CLCTL_GET_NAME, &len);
        check(r == 0 && !wcscmp(w(outbuf), L"SIMCLUSTER"), "cluster GET_NAME");
        {
            HKEY k = F(GetClusterKey)(c, KEY_READ);
            check(k && F(SimOpenHandles)() == 2 && F(ClusterRegCloseKey)(k) == 0 && F(SimOpenHandles)() == 1,
                  "GetClusterKey / ClusterRegCloseKey");
        }
    }
    check(F(CloseCluster)(c) && F(SimOpenHandles)() == 0, "CloseCluster: no handles left");
}

static void networks(void)
{
    HCLUSTER c = F(OpenCluster)(L"SIMCLUSTER");
    HNETWORK n, n2;
    HNODE node;
    HNETWORKENUM e;
    HKEY k;
    WCHAR name[64];
    DWORD cch, r, len, need, type, v0, granted;
    BYTE in[256], got[256];
    DWORD inlen;
    ctl_fn nc = CTL(ClusterNetworkControl);

    SetLastError(0);
    check(F(OpenClusterNetwork)(c, L"No Such Network") == NULL && GetLastError() == ERROR_CLUSTER_NETWORK_NOT_FOUND,
          "OpenClusterNetwork(unknown): ERROR_CLUSTER_NETWORK_NOT_FOUND");
    n = F(OpenClusterNetwork)(c, L"cluster network 1");
    check(n != NULL, "OpenClusterNetwork, case-insensitive");
    check(F(GetClusterNetworkState)(n) == ClusterNetworkUp, "GetClusterNetworkState: Up (3)");
    cch = 0;
    r = F(GetClusterNetworkId)(n, NULL, &cch);
    check(r == ERROR_MORE_DATA && cch == 36, "GetClusterNetworkId NULL buffer: ERROR_MORE_DATA, cch 36");
    cch = 37;
    r = F(GetClusterNetworkId)(n, name, &cch);
    check(r == 0 && cch == 36 && name[8] == L'-', "GetClusterNetworkId: a GUID");

    r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, NULL, 0, &need);
    check(r == ERROR_MORE_DATA && need > 0, "GET_COMMON_PROPERTIES NULL buffer: ERROR_MORE_DATA, %lu bytes", need);
    r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, outbuf, 8, &len);
    check(r == ERROR_MORE_DATA && len == need, "GET_COMMON_PROPERTIES small buffer: ERROR_MORE_DATA, same size");
    check(nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, NULL, 0, NULL) == ERROR_MORE_DATA,
          "GET_COMMON_PROPERTIES with lpBytesReturned NULL: ERROR_MORE_DATA");
    memset(outbuf, 0, sizeof outbuf);
    r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, outbuf, need + 16, &len);
    {
        int cd = 1;
        for (DWORD i = need; i < need + 16; i++) cd &= outbuf[i] == 0xCD;
        check(r == 0 && len == need && cd, "GET_COMMON_PROPERTIES: 0xCD after the answer up to nOutBufferSize");
    }
    check(plist_ok(outbuf, len) == 5, "network common properties: a valid list of 5");
    check(prop_sz(outbuf, len, L"Name", L"Cluster Network 1") && prop_sz(outbuf, len, L"Description", L"") &&
          prop_dw(outbuf, len, L"Role", 3) && prop_dw(outbuf, len, L"Metric", 39840) &&
          prop_dw(outbuf, len, L"AutoMetric", 1), "network common properties: Name, Description \"\", Role 3, Metric, AutoMetric");
    r = run(nc, n, CLUSCTL_NETWORK_GET_RO_COMMON_PROPERTIES, &len);
    check(r == 0 && plist_ok(outbuf, len) == 4 && prop_sz(outbuf, len, L"Address", L"10.0.0.0") &&
          prop_sz(outbuf, len, L"AddressMask", L"255.255.255.0") && prop_dw(outbuf, len, L"State", 3) &&
          prop_sz(outbuf, len, L"Id", name), "network RO common properties: Address, AddressMask, State, Id");
    r = run(nc, n, CLUSCTL_NETWORK_GET_CHARACTERISTICS, &len);
    check(r == 0 && len == 4 && rd(outbuf) == 0, "network GET_CHARACTERISTICS: 0");
    r = run(nc, n, CLUSCTL_NETWORK_GET_FLAGS, &len);
    check(r == 0 && len == 4 && rd(outbuf) == 0, "network GET_FLAGS: 0");
    r = run(nc, n, CLUSCTL_NETWORK_GET_NAME, &len);
    check(r == 0 && len == 36 && !wcscmp(w(outbuf), L"Cluster Network 1"), "network GET_NAME");
    r = run(nc, n, CLUSCTL_NETWORK_GET_ID, &len);
    check(r == 0 && !wcscmp(w(outbuf), name), "network GET_ID = GetClusterNetworkId");
    r = run(nc, n, CLUSCTL_NETWORK_GET_PRIVATE_PROPERTIES, &len);
    check(r == 0 && len == 4 && rd(outbuf) == 0, "network GET_PRIVATE_PROPERTIES: empty list (count 0)");
    r = run(nc, n, CLUSCTL_NETWORK_ENUM_COMMON_PROPERTIES, &len);
    check(r == 0 && !wcscmp(w(outbuf), L"Name") && len % 2 == 0 && rd(outbuf + len - 4) == 0,
          "network ENUM_COMMON_PROPERTIES: MULTI_SZ");
    check(nc(n, NULL, (CLUS_OBJECT_NETWORK << 24) | (0x3F0 << 2), NULL, 0, outbuf, 64, &len) == ERROR_INVALID_FUNCTION,
          "unknown network control: ERROR_INVALID_FUNCTION");

    /* SET / VALIDATE */
    check(F(SimLastInput)(n, got, sizeof got, &need) == ERROR_NOT_FOUND, "SimLastInput before any SET: ERROR_NOT_FOUND");
    inlen = build_sz_list(in, L"Description", L"heartbeat");
    len = 99;
    r = nc(n, NULL, CLUSCTL_NETWORK_SET_COMMON_PROPERTIES, in, inlen, NULL, 0, &len);
    check(r == 0 && len == 0, "SET_COMMON_PROPERTIES: ERROR_SUCCESS, 0 bytes returned");
    r = F(SimLastInput)(n, NULL, 0, &need);
    check(r == ERROR_MORE_DATA && need == inlen, "SimLastInput NULL buffer: ERROR_MORE_DATA, needed %lu", need);
    r = F(SimLastInput)(n, got, sizeof got, &need);
    check(r == 0 && need == inlen && !memcmp(got, in, inlen), "SimLastInput: the exact input bytes");
    inlen = build_sz_list(in, L"Description", L"v");
    r = nc(n, NULL, CLUSCTL_NETWORK_VALIDATE_COMMON_PROPERTIES, in, inlen, NULL, 0, &len);
    check(r == 0 && F(SimLastInput)(n, got, sizeof got, &need) == 0 && need == inlen && !memcmp(got, in, inlen),
          "VALIDATE_COMMON_PROPERTIES recorded");
    r = nc(n, NULL, CLUSCTL_NETWORK_SET_PRIVATE_PROPERTIES, in, inlen, NULL, 0, &len);
    check(r == 0, "SET_PRIVATE_PROPERTIES");
    r = nc(n, NULL, CLUSCTL_NETWORK_VALIDATE_PRIVATE_PROPERTIES, in, inlen, NULL, 0, &len);
    check(r == 0, "VALIDATE_PRIVATE_PROPERTIES");
    inlen = build_sz_list(in, L"Name", L"Other");
    r = nc(n, NULL, CLUSCTL_NETWORK_SET_COMMON_PROPERTIES, in, inlen, NULL, 0, &len);
    check(r == ERROR_INVALID_PARAMETER, "SET_COMMON_PROPERTIES with Name: ERROR_INVALID_PARAMETER");
    check(nc(n, NULL, CLUSCTL_NETWORK_SET_COMMON_PROPERTIES, NULL, 0, NULL, 0, &len) == ERROR_INVALID_PARAMETER,
          "SET_COMMON_PROPERTIES without input: ERROR_INVALID_PARAMETER");

    /* host node */
    n2 = F(OpenClusterNetwork)(c, L"Cluster Network 2");
    check(F(SimLastHostNode)(n2) == 0, "SimLastHostNode: 0 before any control");
    node = F(OpenClusterNode)(c, L"NODE1");
    r = nc(n2, node, CLUSCTL_NETWORK_GET_NAME, NULL, 0, outbuf, sizeof outbuf, &len);
    check(r == 0 && F(SimLastHostNode)(n2) == 1 && !wcscmp(w(outbuf), L"Cluster Network 2"),
          "control with a node as hHostNode: SimLastHostNode 1");
    r = nc(n2, NULL, CLUSCTL_NETWORK_GET_NAME, NULL, 0, outbuf, sizeof outbuf, &len);
    check(r == 0 && F(SimLastHostNode)(n2) == 2, "control with hHostNode NULL: SimLastHostNode 2");
    v0 = F(SimViolations)();
    r = nc(n2, (HNODE)n, CLUSCTL_NETWORK_GET_NAME, NULL, 0, outbuf, sizeof outbuf, &len);
    check(r == ERROR_INVALID_HANDLE && F(SimViolations)() == v0 + 1, "a network as hHostNode: violation, ERROR_INVALID_HANDLE");
    r = nc(n2, NULL, CLUSCTL_NODE_GET_NAME, NULL, 0, outbuf, sizeof outbuf, &len);
    check(r == ERROR_INVALID_FUNCTION && F(SimViolations)() == v0 + 2, "node code on a network: violation, ERROR_INVALID_FUNCTION");
    F(CloseClusterNode)(node);

    /* rename */
    check(F(SetClusterNetworkName)(n2, L"") == ERROR_INVALID_PARAMETER, "SetClusterNetworkName(\"\"): ERROR_INVALID_PARAMETER");
    check(F(SetClusterNetworkName)(n2, L"Heartbeat") == 0, "SetClusterNetworkName(Heartbeat)");
    check(F(OpenClusterNetwork)(c, L"Cluster Network 2") == NULL && GetLastError() == ERROR_CLUSTER_NETWORK_NOT_FOUND,
          "the old name is gone");
    {
        HNETWORK h = F(OpenClusterNetwork)(c, L"heartbeat");
        check(h && run(nc, h, CLUSCTL_NETWORK_GET_NAME, &len) == 0 && !wcscmp(w(outbuf), L"Heartbeat"),
              "opened by the new name; GET_NAME says Heartbeat");
        F(CloseClusterNetwork)(h);
    }
    check(F(SetClusterNetworkName)(n2, L"Cluster Network 2") == 0, "renamed back");
    n = (F(CloseClusterNetwork)(n), F(OpenClusterNetwork)(c, L"Cluster Network 2"));
    check(n != NULL, "opened by the old name again");

    /* enumeration of a network's interfaces */
    e = F(ClusterNetworkOpenEnum)(n, CLUSTER_NETWORK_ENUM_NETINTERFACES);
    check(e && F(ClusterNetworkGetEnumCount)(e) == 2, "ClusterNetworkOpenEnum: 2 interfaces");
    cch = 64;
    r = F(ClusterNetworkEnum)(e, 0, &type, name, &cch);
    check(r == 0 && type == CLUSTER_NETWORK_ENUM_NETINTERFACES && !wcscmp(name, L"NODE1 - Ethernet 2") && cch == 18,
          "ClusterNetworkEnum 0: NODE1 - Ethernet 2");
    cch = 3;
    check(F(ClusterNetworkEnum)(e, 1, &type, name, &cch) == ERROR_MORE_DATA && cch == 18, "ClusterNetworkEnum small buffer: ERROR_MORE_DATA");
    cch = 64;
    check(F(ClusterNetworkEnum)(e, 2, &type, name, &cch) == ERROR_NO_MORE_ITEMS, "ClusterNetworkEnum 2: ERROR_NO_MORE_ITEMS");
    check(F(ClusterNetworkCloseEnum)(e) == 0, "ClusterNetworkCloseEnum");

    /* keys */
    k = F(GetClusterNetworkKey)(n, KEY_READ);
    check(k != NULL && F(SimOpenHandles)() == 4, "GetClusterNetworkKey: a key handle, counted");
    check(F(ClusterRegCloseKey)(k) == ERROR_SUCCESS, "ClusterRegCloseKey");
    v0 = F(SimViolations)();
    check(F(ClusterRegCloseKey)(k) == ERROR_INVALID_HANDLE && F(SimViolations)() == v0 + 1, "ClusterRegCloseKey twice: violation");
    check(F(ClusterRegCloseKey)((HKEY)n) == ERROR_INVALID_HANDLE && F(SimViolations)() == v0 + 2,
          "ClusterRegCloseKey(network handle): violation");

    /* access */
    F(CloseClusterNetwork)(n2);
    n2 = F(OpenClusterNetworkEx)(c, L"Cluster Network 1", GENERIC_READ, &granted);
    check(n2 && granted == GENERIC_READ, "OpenClusterNetworkEx(GENERIC_READ)");
    inlen = build_sz_list(in, L"Description", L"x");
    check(nc(n2, NULL, CLUSCTL_NETWORK_SET_COMMON_PROPERTIES, in, inlen, NULL, 0, &len) == ERROR_ACCESS_DENIED,
          "SET on a GENERIC_READ handle: ERROR_ACCESS_DENIED");
    check(nc(n2, NULL, CLUSCTL_NETWORK_VALIDATE_COMMON_PROPERTIES, in, inlen, NULL, 0, &len) == 0,
          "VALIDATE on a GENERIC_READ handle: allowed");
    F(CloseClusterNetwork)(n2);

    F(CloseClusterNetwork)(n);
    F(CloseCluster)(c);
    check(F(SimOpenHandles)() == 0, "networks: no handles left (%lu)", F(SimOpenHandles)());
}

static void interfaces(void)
{
    HCLUSTER c = F(OpenCluster)(NULL);
    HNETINTERFACE i;
    HNETINTERFACEENUM e;
    HKEY k;
    WCHAR name[64];
    DWORD cch, len, r, granted;
    ctl_fn ic = CTL(ClusterNetInterfaceControl);

    check(F(OpenClusterNetInterface)(c, L"NODE3 - Ethernet") == NULL &&
          GetLastError() == ERROR_CLUSTER_NETINTERFACE_NOT_FOUND, "OpenClusterNetInterface(unknown): ERROR_CLUSTER_NETINTERFACE_NOT_FOUND");
    i = F(OpenClusterNetInterface)(c, L"NODE1 - Ethernet");
    check(i && F(GetClusterNetInterfaceState)(i) == ClusterNetInterfaceUp, "OpenClusterNetInterface; state Up (3)");
    r = run(ic, i, CLUSCTL_NETINTERFACE_GET_NODE, &len);
    check(r == 0 && !wcscmp(w(outbuf), L"NODE1"), "GET_NODE: NODE1");
    r = run(ic, i, CLUSCTL_NETINTERFACE_GET_NETWORK, &len);
    check(r == 0 && !wcscmp(w(outbuf), L"Cluster Network 1"), "GET_NETWORK: Cluster Network 1");
    r = run(ic, i, CLUSCTL_NETINTERFACE_GET_COMMON_PROPERTIES, &len);
    check(r == 0 && plist_ok(outbuf, len) == 2 && prop_sz(outbuf, len, L"Name", L"NODE1 - Ethernet"),
          "interface common properties: Name, Description");
    r = run(ic, i, CLUSCTL_NETINTERFACE_GET_RO_COMMON_PROPERTIES, &len);
    check(r == 0 && plist_ok(outbuf, len) == 5 && prop_sz(outbuf, len, L"Node", L"NODE1") &&
          prop_sz(outbuf, len, L"Network", L"Cluster Network 1") && prop_sz(outbuf, len, L"Adapter", L"Ethernet") &&
          prop_sz(outbuf, len, L"Address", L"10.0.0.11") && prop_dw(outbuf, len, L"State", 3),
          "interface RO common properties: Node, Network, Adapter, Address, State");
    r = run(ic, i, CLUSCTL_NETINTERFACE_GET_ID, &len);
    check(r == 0 && len == 74, "interface GET_ID: a GUID");
    r = run(ic, i, CLUSCTL_NETINTERFACE_GET_CHARACTERISTICS, &len);
    check(r == 0 && len == 4, "interface GET_CHARACTERISTICS");
    k = F(GetClusterNetInterfaceKey)(i, KEY_READ);
    check(k && F(ClusterRegCloseKey)(k) == 0, "GetClusterNetInterfaceKey / ClusterRegCloseKey");
    check(F(CloseClusterNetInterface)(i), "CloseClusterNetInterface");
    i = F(OpenClusterNetInterfaceEx)(c, L"NODE2 - Ethernet", MAXIMUM_ALLOWED, &granted);
    check(i && granted == GENERIC_ALL && F(CloseClusterNetInterface)(i), "OpenClusterNetInterfaceEx(MAXIMUM_ALLOWED)");

    cch = 0;
    r = F(GetClusterNetInterface)(c, L"NODE2", L"Cluster Network 2", NULL, &cch);
    check(r == ERROR_MORE_DATA && cch == 18, "GetClusterNetInterface NULL buffer: ERROR_MORE_DATA, 18");
    cch = 19;
    r = F(GetClusterNetInterface)(c, L"NODE2", L"Cluster Network 2", name, &cch);
    check(r == 0 && cch == 18 && !wcscmp(name, L"NODE2 - Ethernet 2"), "GetClusterNetInterface: NODE2 - Ethernet 2");
    cch = 64;
    check(F(GetClusterNetInterface)(c, L"NODE9", L"Cluster Network 2", name, &cch) == ERROR_CLUSTER_NODE_NOT_FOUND,
          "GetClusterNetInterface(unknown node): ERROR_CLUSTER_NODE_NOT_FOUND");
    check(F(GetClusterNetInterface)(c, L"NODE1", L"Nope", name, &cch) == ERROR_CLUSTER_NETWORK_NOT_FOUND,
          "GetClusterNetInterface(unknown network): ERROR_CLUSTER_NETWORK_NOT_FOUND");

    e = F(ClusterNetInterfaceOpenEnum)(c, NULL, NULL);
    check(e && F(ClusterNetInterfaceGetEnumCount)(e) == 4, "ClusterNetInterfaceOpenEnum(NULL, NULL): 4");
    F(ClusterNetInterfaceCloseEnum)(e);
    e = F(ClusterNetInterfaceOpenEnum)(c, L"NODE1", NULL);
    check(e && F(ClusterNetInterfaceGetEnumCount)(e) == 2, "ClusterNetInterfaceOpenEnum(NODE1, NULL): 2");
    F(ClusterNetInterfaceCloseEnum)(e);
    e = F(ClusterNetInterfaceOpenEnum)(c, L"NODE1", L"Cluster Network 2");
    cch = 64;
    check(e && F(ClusterNetInterfaceEnum)(e, 0, name, &cch) == 0 && !wcscmp(name, L"NODE1 - Ethernet 2") &&
          F(ClusterNetInterfaceEnum)(e, 1, name, &cch) == ERROR_NO_MORE_ITEMS,
          "ClusterNetInterfaceOpenEnum(NODE1, Cluster Network 2): NODE1 - Ethernet 2 only");
    check(F(ClusterNetInterfaceCloseEnum)(e) == 0, "ClusterNetInterfaceCloseEnum");
    F(CloseCluster)(c);
    check(F(SimOpenHandles)() == 0, "interfaces: no handles left");
}

static void nodes_groups_resources(void)
{
    HCLUSTER c = F(OpenCluster)(L"SIMCLUSTER");
    HNODE nd;
    HNODEENUM ne;
    HGROUP g;
    HGROUPENUM ge;
    HRESOURCE res;
    WCHAR name[64], group[64];
    DWORD cch, cch2, len, r, type, granted;
    ctl_fn ndc = CTL(ClusterNodeControl), gc = CTL(ClusterGroupControl), rc = CTL(ClusterResourceControl);

    check(F(OpenClusterNode)(c, L"NODE3") == NULL && GetLastError() == ERROR_CLUSTER_NODE_NOT_FOUND,
          "OpenClusterNode(unknown): ERROR_CLUSTER_NODE_NOT_FOUND");
    nd = F(OpenClusterNode)(c, L"node2");
    check(nd && F(GetClusterNodeState)(nd) == ClusterNodeUp, "OpenClusterNode; state Up (0)");
    cch = 64;
    check(F(GetClusterNodeId)(nd, name, &cch) == 0 && cch == 1 && !wcscmp(name, L"2"), "GetClusterNodeId: 2");
    cch = 1;
    check(F(GetClusterNodeId)(nd, name, &cch) == ERROR_MORE_DATA && cch == 1, "GetClusterNodeId cch 1: ERROR_MORE_DATA");
    r = run(ndc, nd, CLUSCTL_NODE_GET_NAME, &len);
    check(r == 0 && !wcscmp(w(outbuf), L"NODE2"), "node GET_NAME");
    r = run(ndc, nd, CLUSCTL_NODE_GET_ID, &len);
    check(r == 0 && !wcscmp(w(outbuf), L"2"), "node GET_ID");
    r = run(ndc, nd, CLUSCTL_NODE_GET_COMMON_PROPERTIES, &len);
    check(r == 0 && plist_ok(outbuf, len) == 3, "node GET_COMMON_PROPERTIES");
    ne = F(ClusterNodeOpenEnum)(nd, CLUSTER_NODE_ENUM_NETINTERFACES | CLUSTER_NODE_ENUM_GROUPS);
    check(ne && F(ClusterNodeGetEnumCount)(ne) == 3, "ClusterNodeOpenEnum(NETINTERFACES|GROUPS): 3");
    cch = 64;
    r = F(ClusterNodeEnum)(ne, 2, &type, name, &cch);
    check(r == 0 && type == CLUSTER_NODE_ENUM_GROUPS && !wcscmp(name, L"Available Storage"), "ClusterNodeEnum: NODE2 owns Available Storage");
    check(F(ClusterNodeEnum)(ne, 3, &type, name, &cch) == ERROR_NO_MORE_ITEMS, "ClusterNodeEnum 3: ERROR_NO_MORE_ITEMS");
    check(F(ClusterNodeCloseEnum)(ne) == 0, "ClusterNodeCloseEnum");
    {
        HKEY k = F(GetClusterNodeKey)(nd, KEY_READ);
        check(k && F(ClusterRegCloseKey)(k) == 0, "GetClusterNodeKey");
    }
    check(F(CloseClusterNode)(nd), "CloseClusterNode");
    nd = F(OpenClusterNodeEx)(c, L"NODE1", GENERIC_READ, &granted);
    check(nd && granted == GENERIC_READ && F(CloseClusterNode)(nd), "OpenClusterNodeEx");

    check(F(OpenClusterGroup)(c, L"No Group") == NULL && GetLastError() == ERROR_GROUP_NOT_FOUND,
          "OpenClusterGroup(unknown): ERROR_GROUP_NOT_FOUND");
    g = F(OpenClusterGroup)(c, L"Cluster Group");
    cch = 64;
    check(g && F(GetClusterGroupState)(g, name, &cch) == ClusterGroupOnline && !wcscmp(name, L"NODE1") && cch == 5,
          "GetClusterGroupState: Online, owner NODE1");
    check(F(GetClusterGroupState)(g, NULL, NULL) == ClusterGroupOnline, "GetClusterGroupState without a node buffer");
    r = run(gc, g, CLUSCTL_GROUP_GET_FLAGS, &len);
    check(r == 0 && rd(outbuf) == CLUS_FLAG_CORE, "group GET_FLAGS: CLUS_FLAG_CORE");
    r = run(gc, g, CLUSCTL_GROUP_GET_RO_COMMON_PROPERTIES, &len);
    check(r == 0 && plist_ok(outbuf, len) == 1, "group GET_RO_COMMON_PROPERTIES");
    ge = F(ClusterGroupOpenEnum)(g, CLUSTER_GROUP_ENUM_CONTAINS);
    cch = 64;
    check(ge && F(ClusterGroupGetEnumCount)(ge) == 2 && F(ClusterGroupEnum)(ge, 1, &type, name, &cch) == 0 &&
          !wcscmp(name, L"Cluster IP Address") && type == CLUSTER_GROUP_ENUM_CONTAINS, "ClusterGroupEnum(CONTAINS): 2 resources");
    check(F(ClusterGroupCloseEnum)(ge) == 0, "ClusterGroupCloseEnum");
    ge = F(ClusterGroupOpenEnum)(g, CLUSTER_GROUP_ENUM_NODES);
    cch = 64;
    check(ge && F(ClusterGroupGetEnumCount)(ge) == 2 && F(ClusterGroupEnum)(ge, 0, &type, name, &cch) == 0 &&
          type == CLUSTER_GROUP_ENUM_NODES && !wcscmp(name, L"NODE1"), "ClusterGroupEnum(NODES)");
    F(ClusterGroupCloseEnum)(ge);
    check(F(CloseClusterGroup)(g), "CloseClusterGroup");
    g = F(OpenClusterGroupEx)(c, L"available storage", GENERIC_ALL, &granted);
    check(g && granted == GENERIC_ALL && F(CloseClusterGroup)(g), "OpenClusterGroupEx");

    check(F(OpenClusterResource)(c, L"No Resource") == NULL && GetLastError() == ERROR_RESOURCE_NOT_FOUND,
          "OpenClusterResource(unknown): ERROR_RESOURCE_NOT_FOUND");
    res = F(OpenClusterResource)(c, L"Cluster Disk 1");
    cch = 64; cch2 = 64;
    check(res && F(GetClusterResourceState)(res, name, &cch, group, &cch2) == ClusterResourceOnline &&
          !wcscmp(name, L"NODE2") && !wcscmp(group, L"Available Storage"), "GetClusterResourceState: Online, NODE2, Available Storage");
    r = run(rc, res, CLUSCTL_RESOURCE_GET_CLASS_INFO, &len);
    check(r == 0 && len == 8 && rd(outbuf) == CLUS_RESCLASS_STORAGE && rd(outbuf + 4) == 0x80000000u,
          "disk GET_CLASS_INFO: storage, shared");
    r = run(rc, res, CLUSCTL_RESOURCE_GET_CHARACTERISTICS, &len);
    check(r == 0 && rd(outbuf) == 3, "disk GET_CHARACTERISTICS: QUORUM|DELETE_REQUIRES_ALL_NODES");
    r = run(rc, res, CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO_EX, &len);
    check(r == 0 && len == 4 * 12 + 4 + 4 && rd(outbuf) == CLUSPROP_SYNTAX_DISK_SIGNATURE && rd(outbuf + 4) == 4 &&
          rd(outbuf + 12) == CLUSPROP_SYNTAX_SCSI_ADDRESS && rd(outbuf + 24) == CLUSPROP_SYNTAX_DISK_NUMBER &&
          rd(outbuf + 36) == 0x000C0006 && rd(outbuf + 40) == 8 && rd(outbuf + 52) == 0,
          "STORAGE_GET_DISK_INFO_EX: signature, SCSI address, disk number, size, end mark");
    r = run(rc, res, CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES, &len);
    check(r == 0 && len == 4 && rd(outbuf) == 0, "disk GET_REQUIRED_DEPENDENCIES: only the end mark");
    {
        HKEY k = F(GetClusterResourceKey)(res, KEY_READ);
        check(k && F(ClusterRegCloseKey)(k) == 0, "GetClusterResourceKey");
    }
    check(F(CloseClusterResource)(res), "CloseClusterResource");
    res = F(OpenClusterResourceEx)(c, L"Cluster Name", GENERIC_READ, &granted);
    check(res != NULL && granted == GENERIC_READ, "OpenClusterResourceEx");
    r = run(rc, res, CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES, &len);
    check(r == 0 && len == sizeof network_name_deps && !memcmp(outbuf, network_name_deps, len),
          "Network Name GET_REQUIRED_DEPENDENCIES: RESCLASS {network, 0}, NAME IP Address, end mark (exact bytes)");
    r = run(rc, res, CLUSCTL_RESOURCE_GET_CLASS_INFO, &len);
    check(r == 0 && rd(outbuf) == CLUS_RESCLASS_NETWORK && rd(outbuf + 4) == 0, "Network Name GET_CLASS_INFO: network");
    check(run(rc, res, CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO_EX, &len) == ERROR_INVALID_FUNCTION,
          "DISK_INFO_EX on a network name: ERROR_INVALID_FUNCTION");
    F(CloseClusterResource)(res);

    r = rt_run(c, L"network name", CLUSCTL_RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES, &len);
    check(r == 0 && len == sizeof network_name_deps && !memcmp(outbuf, network_name_deps, len),
          "ClusterResourceTypeControl GET_REQUIRED_DEPENDENCIES (exact bytes)");
    r = rt_run(c, L"Physical Disk", CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO, &len);
    check(r == 0 && len == 8 && rd(outbuf) == CLUS_RESCLASS_STORAGE, "resource type GET_CLASS_INFO");
    r = rt_run(c, L"Physical Disk", CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, &len);
    check(r == 0 && len == 4 && rd(outbuf) == 3, "resource type GET_CHARACTERISTICS");
    r = rt_run(c, L"IP Address", CLUSCTL_RESOURCE_TYPE_GET_FLAGS, &len);
    check(r == 0 && len == 4, "resource type GET_FLAGS");
    r = rt_run(c, L"IP Address", CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTIES, &len);
    check(r == 0 && plist_ok(outbuf, len) == 3 && prop_sz(outbuf, len, L"Name", L"IP Address"), "resource type GET_COMMON_PROPERTIES");
    check(rt_run(c, L"Nope", CLUSCTL_RESOURCE_TYPE_GET_FLAGS, &len) == ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND,
          "unknown resource type: ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND");
    {
        DWORD v0 = F(SimViolations)();
        check(rt_run(c, L"IP Address", CLUSCTL_RESOURCE_GET_FLAGS, &len) == ERROR_INVALID_FUNCTION &&
              F(SimViolations)() == v0 + 1, "resource code on a resource type: violation");
        check(F(SimLastHostNode)(c) == 2, "resource type controls record the host node on hCluster");
    }
    F(CloseCluster)(c);
    check(F(SimOpenHandles)() == 0, "nodes/groups/resources: no handles left");
}

static void violations(void)
{
    HCLUSTER c = F(OpenCluster)(NULL);
    HNETWORK n = F(OpenClusterNetwork)(c, L"Cluster Network 1");
    HNODE nd = F(OpenClusterNode)(c, L"NODE1");
    DWORD v0 = F(SimViolations)(), cch = 64;
    WCHAR text[256];

    SetLastError(0);
    check(!F(CloseClusterNode)((HNODE)n) && GetLastError() == ERROR_INVALID_HANDLE && F(SimViolations)() == v0 + 1,
          "CloseClusterNode(network handle): FALSE, ERROR_INVALID_HANDLE, violation");
    check(F(CloseClusterNode)(nd) && F(SimViolations)() == v0 + 1, "CloseClusterNode: no violation");
    check(!F(CloseClusterNode)(nd) && GetLastError() == ERROR_INVALID_HANDLE && F(SimViolations)() == v0 + 2,
          "double close: violation");
    check(F(SimLastViolation)(text, 256) > 0 && wcsstr(text, L"double close") != NULL, "SimLastViolation names the double close");
    check(F(GetClusterNodeState)(nd) == ClusterNodeStateUnknown && GetLastError() == ERROR_INVALID_HANDLE &&
          F(SimViolations)() == v0 + 3, "state of a closed handle: -1, ERROR_INVALID_HANDLE, violation");
    check(F(GetClusterNetworkId)((HNETWORK)nd, text, &cch) == ERROR_INVALID_HANDLE && F(SimViolations)() == v0 + 4,
          "GetClusterNetworkId(closed node handle): violation");
    check(F(GetClusterNetworkState)((HNETWORK)text) == ClusterNetworkStateUnknown && F(SimViolations)() == v0 + 5,
          "a pointer that is no handle: violation");
    check(F(ClusterCloseEnum)((HCLUSENUM)c) == ERROR_INVALID_HANDLE && F(SimViolations)() == v0 + 6,
          "ClusterCloseEnum(cluster handle): violation");
    F(CloseClusterNetwork)(n);
    F(CloseCluster)(c);
    check(F(SimViolations)() == v0 + 6, "clean closes: no violation");
    check(F(SimOpenHandles)() == 0, "violations: no handles left");
}

static void faults(void)
{
    HCLUSTER c;
    HNETWORK n;
    HNODE nd;
    HCLUSENUM e;
    WCHAR name[512];
    DWORD len, need, r, cch, type, real;
    ctl_fn nc = CTL(ClusterNetworkControl);

    /* the real size, for comparison */
    c = F(OpenCluster)(NULL);
    n = F(OpenClusterNetwork)(c, L"Cluster Network 1");
    nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, NULL, 0, &real);
    F(CloseClusterNetwork)(n);
    F(CloseCluster)(c);

    c = F(OpenCluster)(L"SIMCLUSTER?fault=grow");
    n = F(OpenClusterNetwork)(c, L"Cluster Network 1");
    {
        DWORD prev = 0, k;
        int ok = 1;
        for (k = 0; k < 6 && ok; k++) {
            r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, k ? outbuf : NULL, prev, &need);
            ok = r == ERROR_MORE_DATA && need > prev;
            prev = need;
        }
        check(ok, "grow: ERROR_MORE_DATA every time, needed size growing (%lu)", prev);
    }
    F(CloseClusterNetwork)(n);
    F(CloseCluster)(c);

    c = F(OpenCluster)(L"SIMCLUSTER?fault=shrink");
    n = F(OpenClusterNetwork)(c, L"Cluster Network 1");
    r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, NULL, 0, &need);
    check(r == ERROR_MORE_DATA && need == 4096, "shrink: first answer needs 4096");
    r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, outbuf, need, &len);
    check(r == 0 && len == real && plist_ok(outbuf, len) == 5, "shrink: given 4096, the real answer (%lu bytes)", len);
    F(CloseClusterNetwork)(n);
    F(CloseCluster)(c);

    c = F(OpenCluster)(L"SIMCLUSTER?fault=lie");
    n = F(OpenClusterNetwork)(c, L"Cluster Network 1");
    r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, NULL, 0, &need);
    check(r == ERROR_MORE_DATA && need == real - 8, "lie: first needed size 8 bytes too small");
    r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, outbuf, need, &need);
    check(r == ERROR_MORE_DATA && need == real, "lie: given that, ERROR_MORE_DATA with the true size");
    r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, outbuf, need, &len);
    check(r == 0 && len == real, "lie: then success");
    F(CloseClusterNetwork)(n);
    F(CloseCluster)(c);

    c = F(OpenCluster)(L"SIMCLUSTER?fault=rpc");
    e = F(ClusterOpenEnum)(c, CLUSTER_ENUM_NETWORK);
    cch = 64;
    check(F(ClusterEnum)(e, 0, &type, name, &cch) == 0, "rpc: enumeration index 0 works");
    cch = 64;
    check(F(ClusterEnum)(e, 1, &type, name, &cch) == 1726, "rpc: index 1 fails with RPC_S_CALL_FAILED");
    F(ClusterCloseEnum)(e);
    n = F(OpenClusterNetwork)(c, L"Cluster Network 1");
    check(nc(n, NULL, CLUSCTL_NETWORK_GET_NAME, NULL, 0, outbuf, 512, &len) == 1726, "rpc: controls fail with 1726");
    F(CloseClusterNetwork)(n);
    F(CloseCluster)(c);

    c = F(OpenCluster)(L"SIMCLUSTER?fault=empty");
    n = F(OpenClusterNetwork)(c, L"Cluster Network 1");
    memset(outbuf, 0x11, 64);
    len = 99;
    r = nc(n, NULL, CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, NULL, 0, outbuf, 64, &len);
    check(r == 0 && len == 0 && outbuf[0] == 0x11 && outbuf[63] == 0x11, "empty: success, 0 bytes, nothing written");
    F(CloseClusterNetwork)(n);
    F(CloseCluster)(c);

    c = F(OpenCluster)(L"SIMCLUSTER?fault=longnames");
    e = F(ClusterOpenEnum)(c, CLUSTER_ENUM_NETWORK);
    cch = 64;
    r = F(ClusterEnum)(e, 0, &type, name, &cch);
    check(r == ERROR_MORE_DATA && cch == 300, "longnames: 64 WCHARs are not enough, 300 needed");
    cch = 256;
    check(F(ClusterEnum)(e, 0, &type, name, &cch) == ERROR_MORE_DATA, "longnames: 256 WCHARs are not enough");
    cch = 301;
    r = F(ClusterEnum)(e, 0, &type, name, &cch);
    check(r == 0 && cch == 300 && !wcsncmp(name, L"Cluster Network 1x", 18) && name[299] == L'x', "longnames: a padded name");
    F(ClusterCloseEnum)(e);
    n = F(OpenClusterNetwork)(c, name);
    check(n != NULL, "longnames: open by the long name");
    cch = 512;
    check(F(GetClusterNetworkId)(n, name, &cch) == 0 && cch == 300, "longnames: the id is padded too");
    r = run(nc, n, CLUSCTL_NETWORK_GET_NAME, &len);
    check(r == 0 && len == 602, "longnames: GET_NAME returns 300 characters");
    cch = 512;
    r = F(GetClusterNetInterface)(c, L"NODE1", L"Cluster Network 1", name, &cch);
    check(r == 0 && cch == 300, "longnames: GetClusterNetInterface");
    F(CloseClusterNetwork)(n);
    F(CloseCluster)(c);

    c = F(OpenCluster)(L"SIMCLUSTER?fault=statefail");
    nd = F(OpenClusterNode)(c, L"NODE1");
    n = F(OpenClusterNetwork)(c, L"Cluster Network 1");
    SetLastError(0);
    check(F(GetClusterNodeState)(nd) == ClusterNodeStateUnknown && GetLastError() == 5072,
          "statefail: node state -1, ERROR_CLUSTER_NODE_NOT_READY");
    SetLastError(0);
    check(F(GetClusterNetworkState)(n) == ClusterNetworkStateUnknown && GetLastError() == 0,
          "statefail: network state -1, last error untouched (0)");
    F(CloseClusterNetwork)(n);
    F(CloseClusterNode)(nd);
    F(CloseCluster)(c);
    check(F(SimOpenHandles)() == 0, "faults: no handles left");
}

int wmain(void)
{
    WCHAR path[MAX_PATH];
    DWORD v0;
    WCHAR *slash;
    GetModuleFileNameW(NULL, path, MAX_PATH);
    slash = wcsrchr(path, L'\\');
    if (slash) slash[1] = 0; else path[0] = 0;
    lstrcatW(path, L"clusapi.dll");
    dll = LoadLibraryW(path);
    if (!dll) { printf("FAIL - cannot load %ls (%lu)\n", path, GetLastError()); return 2; }
    check(F(SimViolations)() == 0, "no violations at start");
    cluster_and_enums();
    check(F(SimViolations)() == 0, "the happy paths recorded no violation");
    networks();
    interfaces();
    nodes_groups_resources();
    violations();
    v0 = F(SimViolations)();
    faults();
    check(F(SimViolations)() == v0, "the fault modes recorded no violation");
    check(F(SimOpenHandles)() == 0, "SimOpenHandles back to 0");
    printf("%d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
