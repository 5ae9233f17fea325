/*
 * A simulated Windows Failover Cluster: a stand-in clusapi.dll for running the crate's Windows
 * adapter under Wine. One fixed cluster ("SIMCLUSTER"), fault modes chosen by the cluster name
 * ("SIMCLUSTER?fault=MODE"), and test hooks (Sim*) that report caller errors ("violations"),
 * open handles, the last input of a SET/VALIDATE control and whether a host node was given.
 *
 * See ../README.md for what is documented by Microsoft and what is assumed.
 *
 * Types, enum values and control codes come from mingw-w64's <clusapi.h>; the values used are
 * checked against the Windows SDK (windows-sys 0.61, generated from the SDK metadata) by the
 * _Static_assert lines below.
 */
#define WIN32_LEAN_AND_MEAN
/* mingw-w64's clusapi.h redeclares enums in its _WIN32_WINNT >= 0x0600 part; its base part has
 * everything used here. */
#undef _WIN32_WINNT
#define _WIN32_WINNT 0x0502
#include <windows.h>
#include <clusapi.h>
#include <string.h>
#include <stdio.h>

/* In the part of mingw's header left out above; values from the Windows SDK (windows-sys 0.61:
 * CLUS_RESCLASS_STORAGE = 1, CLUS_RESCLASS_NETWORK = 2). */
enum { SIM_RESCLASS_STORAGE = 1, SIM_RESCLASS_NETWORK = 2 };
#define CLUS_RESCLASS_STORAGE SIM_RESCLASS_STORAGE
#define CLUS_RESCLASS_NETWORK SIM_RESCLASS_NETWORK
/* Vista+ (kernel32); declared here because of the _WIN32_WINNT above. */
int WINAPI CompareStringOrdinal(LPCWCH, int, LPCWCH, int, BOOL);
#include <stdarg.h>

/* ---- SDK values (windows-sys 0.61 Win32::Networking::Clustering) ---------------------- */
_Static_assert(CLUSCTL_NETWORK_GET_COMMON_PROPERTIES == 0x05000059, "SDK");
_Static_assert(CLUSCTL_NETWORK_SET_COMMON_PROPERTIES == 0x0540005E, "SDK: 88080478");
_Static_assert(CLUSCTL_NETWORK_ENUM_COMMON_PROPERTIES == 0x05000051, "SDK: 83886161");
_Static_assert(CLUSCTL_NETINTERFACE_GET_NETWORK == 0x06000035, "SDK: 100663349");
_Static_assert(CLUSCTL_CLUSTER_GET_FQDN == 0x0700003D, "SDK: 117440573");
_Static_assert(CLUSCTL_RESOURCE_GET_CLASS_INFO == 0x0100000D, "SDK: 16777229");
_Static_assert(CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES == 0x01000011, "SDK: 16777233");
_Static_assert(CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO_EX == 0x010001F1, "SDK: 16777713");
_Static_assert(CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO == 0x0200000D, "SDK: 33554445");
_Static_assert(CLUSCTL_RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES == 0x02000011, "SDK: 33554449");
_Static_assert(CLUSCTL_NODE_GET_ID == 67108921, "SDK");
_Static_assert(CLUSCTL_GROUP_GET_ID == 50331705, "SDK");
_Static_assert(CLUSPROP_SYNTAX_NAME == 0x00040003, "SDK: 262147");
_Static_assert(CLUSPROP_SYNTAX_RESCLASS == 0x00020002, "SDK: 131074");
_Static_assert(CLUSPROP_SYNTAX_DISK_SIZE == 0x000C0006, "SDK: 786438");
_Static_assert(CLUSPROP_SYNTAX_LIST_VALUE_DWORD == 0x00010002, "SDK");
_Static_assert(CLUSPROP_SYNTAX_LIST_VALUE_SZ == 0x00010003, "SDK");
_Static_assert(CLUSPROP_SYNTAX_DISK_SIGNATURE == 0x00050002, "SDK");
_Static_assert(CLUSPROP_SYNTAX_SCSI_ADDRESS == 0x00060002, "SDK");
_Static_assert(CLUSPROP_SYNTAX_DISK_NUMBER == 0x00070002, "SDK");
_Static_assert(CLUS_RESCLASS_STORAGE == 1 && CLUS_RESCLASS_NETWORK == 2, "SDK");
_Static_assert((DWORD)CLUS_RESSUBCLASS_SHARED == 0x80000000u, "SDK");
_Static_assert(CLUS_CHAR_QUORUM == 1 && CLUS_CHAR_DELETE_REQUIRES_ALL_NODES == 2, "SDK");
_Static_assert(CLUS_FLAG_CORE == 1, "SDK");
_Static_assert(CLUSTER_ENUM_NODE == 1 && CLUSTER_ENUM_RESTYPE == 2 && CLUSTER_ENUM_RESOURCE == 4 &&
               CLUSTER_ENUM_GROUP == 8 && CLUSTER_ENUM_NETWORK == 16 &&
               CLUSTER_ENUM_NETINTERFACE == 32, "SDK");

/* Not in mingw's (Server 2003-era) header. */
typedef struct _HNETINTERFACEENUM *HNETINTERFACEENUM;
#ifndef ERROR_CLUSTER_NODE_NOT_READY
#define ERROR_CLUSTER_NODE_NOT_READY 5072
#endif
#define SIM_RPC_S_CALL_FAILED 1726         /* RPC_S_CALL_FAILED */
#define SIM_RPC_S_SERVER_UNAVAILABLE 1722  /* RPC_S_SERVER_UNAVAILABLE */

/* ---- handles ---------------------------------------------------------------------------- */
enum kind {
    K_CLUSTER = 1, K_NODE, K_GROUP, K_RESOURCE, K_NETWORK, K_NETIF,
    K_CLUSENUM, K_NETWORKENUM, K_NODEENUM, K_GROUPENUM, K_NETIFENUM, K_KEY
};
static const char *const kind_names[] = {
    "?", "cluster", "node", "group", "resource", "network", "net interface",
    "cluster enum", "network enum", "node enum", "group enum", "net interface enum", "key"
};

enum mode { M_NONE, M_GROW, M_SHRINK, M_LIE, M_RPC, M_EMPTY, M_LONGNAMES, M_STATEFAIL, M_OPENFAIL };

#define SIM_MAGIC 0x484D4953u /* "SIMH" */
#define MAX_ENUM 32
#define NAME_CCH 320
#define LONG_NAME 300

typedef struct enum_entry { DWORD type; WCHAR name[NAME_CCH]; } enum_entry;

typedef struct sim_obj {
    DWORD magic;
    int kind;
    int closed;
    int mode;
    int index;               /* into the kind's table */
    DWORD access;
    struct sim_obj *cluster; /* the cluster handle it came from (NULL for a cluster) */
    /* enumerations */
    DWORD count;
    enum_entry *entries;
    /* controls */
    int last_host;           /* 0 never, 1 valid node, 2 NULL */
    DWORD grow_needed;
    BYTE *last_input;
    DWORD last_input_len;
} sim_obj;

#define SLOT_SIZE 128
_Static_assert(sizeof(sim_obj) <= SLOT_SIZE, "slot");
#define ARENA_SIZE ((SIZE_T)256 << 20)

static CRITICAL_SECTION g_lock;
static BYTE *g_arena;
static SIZE_T g_used, g_committed;
static DWORD g_open, g_violations;
static WCHAR g_last_violation[512];

#define LOCK() EnterCriticalSection(&g_lock)
#define UNLOCK() LeaveCriticalSection(&g_lock)

BOOL WINAPI DllMain(HINSTANCE inst, DWORD reason, LPVOID reserved)
{
    (void)inst; (void)reserved;
    if (reason == DLL_PROCESS_ATTACH) {
        InitializeCriticalSection(&g_lock);
        g_arena = VirtualAlloc(NULL, ARENA_SIZE, MEM_RESERVE, PAGE_NOACCESS);
        if (!g_arena) return FALSE;
    }
    return TRUE;
}

static void violation(const char *function, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void violation(const char *function, const char *fmt, ...)
{
    char text[400];
    int i, n;
    va_list ap;
    g_violations++;
    n = snprintf(text, sizeof text, "%s: ", function);
    va_start(ap, fmt);
    vsnprintf(text + n, sizeof text - n, fmt, ap);
    va_end(ap);
    for (i = 0; text[i] && i < 511; i++) g_last_violation[i] = (WCHAR)(unsigned char)text[i];
    g_last_violation[i] = 0;
    OutputDebugStringA(text);
}

static sim_obj *new_obj(int kind, int mode, int index, sim_obj *cluster)
{
    sim_obj *o;
    if (g_used + SLOT_SIZE > ARENA_SIZE) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return NULL; }
    if (g_used + SLOT_SIZE > g_committed) {
        if (!VirtualAlloc(g_arena + g_committed, 65536, MEM_COMMIT, PAGE_READWRITE)) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return NULL;
        }
        g_committed += 65536;
    }
    o = (sim_obj *)(g_arena + g_used);
    g_used += SLOT_SIZE;
    memset(o, 0, sizeof *o);
    o->magic = SIM_MAGIC;
    o->kind = kind;
    o->mode = mode;
    o->index = index;
    o->access = GENERIC_ALL;
    o->cluster = cluster;
    g_open++;
    return o;
}

/* A pointer into the arena at a slot boundary with the magic: one of ours (open or closed). */
static sim_obj *ours(const void *h)
{
    const BYTE *p = h;
    if (!p || !g_arena || p < g_arena || p >= g_arena + g_used) return NULL;
    if ((SIZE_T)(p - g_arena) % SLOT_SIZE) return NULL;
    if (((const sim_obj *)p)->magic != SIM_MAGIC) return NULL;
    return (sim_obj *)p;
}

/* The open handle h of kind `kind`, or NULL after recording a violation and
 * SetLastError(ERROR_INVALID_HANDLE). */
static sim_obj *check(const void *h, int kind, const char *function)
{
    sim_obj *o = ours(h);
    if (!h) violation(function, "NULL handle (expected a %s handle)", kind_names[kind]);
    else if (!o) violation(function, "%p is not a handle of this DLL", h);
    else if (o->closed) violation(function, "handle %p used after it was closed (%s)", h, kind_names[o->kind]);
    else if (o->kind != kind) {
        violation(function, "handle %p of the wrong kind: %s, expected %s", h, kind_names[o->kind], kind_names[kind]);
        o = NULL;
    } else if (o->cluster && o->cluster->closed) {
        violation(function, "handle %p used after its cluster handle was closed", h);
        o = NULL;
    } else {
        return o;
    }
    SetLastError(ERROR_INVALID_HANDLE);
    return NULL;
}

static DWORD close_obj(const void *h, int kind, const char *function)
{
    sim_obj *o = ours(h);
    if (o && !o->closed && o->kind == kind) {
        if (o->cluster && o->cluster->closed)
            violation(function, "handle %p closed after its cluster handle", h);
        o->closed = 1;
        g_open--;
        if (o->entries) { HeapFree(GetProcessHeap(), 0, o->entries); o->entries = NULL; }
        return ERROR_SUCCESS;
    }
    if (o && o->closed && o->kind == kind)
        violation(function, "double close of handle %p (%s)", h, kind_names[kind]);
    else
        check(h, kind, function); /* records the violation */
    SetLastError(ERROR_INVALID_HANDLE);
    return ERROR_INVALID_HANDLE;
}

/* ---- the cluster's objects --------------------------------------------------------------- */
#define CLUSTER_NAME L"SIMCLUSTER"
#define CLUSTER_FQDN L"SIMCLUSTER.sim.example"
#define CLUSTER_ID L"5d2a1c0e-9b7f-4e61-a3c4-000000000001"

typedef struct { const WCHAR *name, *id; } node_t;
static const node_t nodes[] = { { L"NODE1", L"1" }, { L"NODE2", L"2" } };
#define N_NODES 2

typedef struct { WCHAR name[NAME_CCH]; const WCHAR *id; DWORD role; const WCHAR *address, *mask; } network_t;
static network_t networks[] = {
    { L"Cluster Network 1", L"8f3c2a61-0b6e-4d1a-9c55-2f0e7d9a1b01", 3, L"10.0.0.0", L"255.255.255.0" },
    { L"Cluster Network 2", L"8f3c2a61-0b6e-4d1a-9c55-2f0e7d9a1b02", 1, L"192.168.10.0", L"255.255.255.0" },
};
#define N_NETWORKS 2

typedef struct { const WCHAR *name, *id, *adapter, *address; int node, network; } netif_t;
static const netif_t netifs[] = {
    { L"NODE1 - Ethernet", L"3b0d7e52-6a41-4c9f-8e20-1d5c4b3a2f01", L"Ethernet", L"10.0.0.11", 0, 0 },
    { L"NODE1 - Ethernet 2", L"3b0d7e52-6a41-4c9f-8e20-1d5c4b3a2f02", L"Ethernet 2", L"192.168.10.11", 0, 1 },
    { L"NODE2 - Ethernet", L"3b0d7e52-6a41-4c9f-8e20-1d5c4b3a2f03", L"Ethernet", L"10.0.0.12", 1, 0 },
    { L"NODE2 - Ethernet 2", L"3b0d7e52-6a41-4c9f-8e20-1d5c4b3a2f04", L"Ethernet 2", L"192.168.10.12", 1, 1 },
};
#define N_NETIFS 4

typedef struct { const WCHAR *name, *id; int owner; int res[2]; int nres; DWORD flags; } group_t;
static const group_t groups[] = {
    { L"Cluster Group", L"c1a2b3d4-0000-4000-8000-000000000001", 0, { 0, 1 }, 2, CLUS_FLAG_CORE },
    { L"Available Storage", L"c1a2b3d4-0000-4000-8000-000000000002", 1, { 2, 0 }, 1, 0 },
};
#define N_GROUPS 2

typedef struct { const WCHAR *name, *id; int type, group; DWORD chars, flags; } resource_t;
static const resource_t resources[] = {
    { L"Cluster Name", L"e5f60718-0000-4000-8000-000000000001", 0, 0, 0, CLUS_FLAG_CORE },
    { L"Cluster IP Address", L"e5f60718-0000-4000-8000-000000000002", 1, 0, 0, CLUS_FLAG_CORE },
    { L"Cluster Disk 1", L"e5f60718-0000-4000-8000-000000000003", 2, 1,
      CLUS_CHAR_QUORUM | CLUS_CHAR_DELETE_REQUIRES_ALL_NODES, 0 },
};
#define N_RESOURCES 3

typedef struct { const WCHAR *name; DWORD cls, subcls, chars; } restype_t;
static const restype_t restypes[] = {
    { L"Network Name", CLUS_RESCLASS_NETWORK, 0, 0 },
    { L"IP Address", CLUS_RESCLASS_NETWORK, 0, 0 },
    { L"Physical Disk", CLUS_RESCLASS_STORAGE, (DWORD)CLUS_RESSUBCLASS_SHARED,
      CLUS_CHAR_QUORUM | CLUS_CHAR_DELETE_REQUIRES_ALL_NODES },
};
#define N_RESTYPES 3

static const WCHAR *base_name(int kind, int i)
{
    switch (kind) {
    case K_CLUSTER: return CLUSTER_NAME;
    case K_NODE: return nodes[i].name;
    case K_GROUP: return groups[i].name;
    case K_RESOURCE: return resources[i].name;
    case K_NETWORK: return networks[i].name;
    case K_NETIF: return netifs[i].name;
    case K_KEY: return restypes[i].name; /* resource types (no handle kind of their own) */
    }
    return L"";
}
static int kind_count(int kind)
{
    switch (kind) {
    case K_NODE: return N_NODES;
    case K_GROUP: return N_GROUPS;
    case K_RESOURCE: return N_RESOURCES;
    case K_NETWORK: return N_NETWORKS;
    case K_NETIF: return N_NETIFS;
    case K_KEY: return N_RESTYPES;
    }
    return 0;
}

/* A name as the DLL returns it: in longnames mode padded with 'x' to LONG_NAME characters. */
static void out_name(int mode, const WCHAR *base, WCHAR *out)
{
    int n = lstrlenW(base);
    memcpy(out, base, (n + 1) * sizeof(WCHAR));
    if (mode == M_LONGNAMES) {
        while (n < LONG_NAME) out[n++] = L'x';
        out[n] = 0;
    }
}

static int same(const WCHAR *a, const WCHAR *b)
{
    return CompareStringOrdinal(a, -1, b, -1, TRUE) == CSTR_EQUAL;
}

/* Index of the object named `name` (case-insensitive; the padded long form too), or -1. */
static int lookup(int kind, const WCHAR *name)
{
    WCHAR padded[NAME_CCH];
    int i;
    if (!name) return -1;
    for (i = 0; i < kind_count(kind); i++) {
        if (same(name, base_name(kind, i))) return i;
        out_name(M_LONGNAMES, base_name(kind, i), padded);
        if (same(name, padded)) return i;
    }
    return -1;
}

/* The lpcchName protocol of the name functions (GetClusterNetworkId, ClusterEnum, ...):
 * in: buffer size in WCHARs including the NUL; out: length excluding the NUL; ERROR_MORE_DATA:
 * the length needed, excluding the NUL. A NULL buffer is treated as a buffer of size 0. */
static DWORD put_name(const char *function, const WCHAR *s, LPWSTR buf, LPDWORD lpcch)
{
    DWORD len = (DWORD)lstrlenW(s);
    if (!lpcch) {
        violation(function, "lpcchName is NULL");
        return ERROR_INVALID_PARAMETER;
    }
    if (!buf || *lpcch < len + 1) { *lpcch = len; return ERROR_MORE_DATA; }
    memcpy(buf, s, (len + 1) * sizeof(WCHAR));
    *lpcch = len;
    return ERROR_SUCCESS;
}

static DWORD put_obj_name(const char *function, sim_obj *o, const WCHAR *base, LPWSTR buf, LPDWORD lpcch)
{
    WCHAR name[NAME_CCH];
    out_name(o->mode, base, name);
    return put_name(function, name, buf, lpcch);
}

/* ---- cluster ----------------------------------------------------------------------------- */
static int parse_mode(const WCHAR *s)
{
    static const struct { const WCHAR *name; int mode; } modes[] = {
        { L"grow", M_GROW }, { L"shrink", M_SHRINK }, { L"lie", M_LIE }, { L"rpc", M_RPC },
        { L"empty", M_EMPTY }, { L"longnames", M_LONGNAMES }, { L"statefail", M_STATEFAIL },
        { L"openfail", M_OPENFAIL },
    };
    unsigned i;
    for (i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (same(s, modes[i].name)) return modes[i].mode;
    return -1;
}

static HCLUSTER open_cluster(LPCWSTR name, DWORD access, DWORD *granted, const char *function)
{
    WCHAR base[NAME_CCH];
    int mode = M_NONE, n = 0;
    sim_obj *o;
    if (name) {
        const WCHAR *q = name;
        while (*q && *q != L'?' && n < NAME_CCH - 1) base[n++] = *q++;
        base[n] = 0;
        if (*q == L'?') {
            if (CompareStringOrdinal(q, 7, L"?fault=", 7, TRUE) != CSTR_EQUAL || lstrlenW(q) < 7 ||
                (mode = parse_mode(q + 7)) < 0) {
                SetLastError(ERROR_INVALID_PARAMETER);
                return NULL;
            }
        } else if (*q) {
            SetLastError(SIM_RPC_S_SERVER_UNAVAILABLE);
            return NULL;
        }
        if (!same(base, CLUSTER_NAME) && !same(base, L".") && !same(base, CLUSTER_FQDN) &&
            lookup(K_NODE, base) < 0) {
            SetLastError(SIM_RPC_S_SERVER_UNAVAILABLE);
            return NULL;
        }
    }
    if (mode == M_OPENFAIL) { SetLastError(ERROR_SUCCESS); return NULL; }
    (void)function;
    o = new_obj(K_CLUSTER, mode, 0, NULL);
    if (!o) return NULL;
    o->access = access;
    if (granted) *granted = access;
    return (HCLUSTER)o;
}

/* The access an Open*Ex grants: GENERIC_READ, GENERIC_ALL or MAXIMUM_ALLOWED (= GENERIC_ALL). */
static int ex_access(DWORD desired, DWORD *grant)
{
    const DWORD known = GENERIC_READ | GENERIC_ALL | MAXIMUM_ALLOWED;
    if (desired == 0 || (desired & ~known)) return 0;
    *grant = (desired & MAXIMUM_ALLOWED) ? GENERIC_ALL : desired;
    return 1;
}

HCLUSTER WINAPI OpenCluster(LPCWSTR lpszClusterName)
{
    HCLUSTER r;
    LOCK();
    r = open_cluster(lpszClusterName, GENERIC_ALL, NULL, "OpenCluster");
    UNLOCK();
    return r;
}

HCLUSTER WINAPI OpenClusterEx(LPCWSTR lpszClusterName, DWORD DesiredAccess, DWORD *GrantedAccess)
{
    HCLUSTER r = NULL;
    DWORD grant;
    LOCK();
    if (!ex_access(DesiredAccess, &grant)) SetLastError(ERROR_INVALID_PARAMETER);
    else r = open_cluster(lpszClusterName, grant, GrantedAccess, "OpenClusterEx");
    UNLOCK();
    return r;
}

WINBOOL WINAPI CloseCluster(HCLUSTER hCluster)
{
    DWORD e;
    LOCK();
    e = close_obj(hCluster, K_CLUSTER, "CloseCluster");
    UNLOCK();
    return e == ERROR_SUCCESS;
}

DWORD WINAPI GetClusterInformation(HCLUSTER hCluster, LPWSTR lpszClusterName, LPDWORD lpcchClusterName,
                                   LPCLUSTERVERSIONINFO lpClusterInfo)
{
    DWORD e = ERROR_INVALID_HANDLE;
    sim_obj *c;
    LOCK();
    if ((c = check(hCluster, K_CLUSTER, "GetClusterInformation"))) {
        if (lpClusterInfo) {
            if (lpClusterInfo->dwVersionInfoSize < sizeof(CLUSTERVERSIONINFO)) {
                violation("GetClusterInformation", "dwVersionInfoSize %lu too small", (unsigned long)lpClusterInfo->dwVersionInfoSize);
                UNLOCK();
                return ERROR_INVALID_PARAMETER;
            }
            memset((BYTE *)lpClusterInfo + sizeof(DWORD), 0, sizeof(CLUSTERVERSIONINFO) - sizeof(DWORD));
            lpClusterInfo->MajorVersion = 10;
            lpClusterInfo->MinorVersion = 0;
            lpClusterInfo->BuildNumber = 20348;
            lstrcpyW(lpClusterInfo->szVendorId, L"Microsoft(R) Cluster Service");
            lpClusterInfo->dwClusterHighestVersion = 0x000B5BAC; /* NT10 major 11, build 23468-ish */
            lpClusterInfo->dwClusterLowestVersion = 0x000B5BAC;
        }
        e = put_obj_name("GetClusterInformation", c, CLUSTER_NAME, lpszClusterName, lpcchClusterName);
    }
    UNLOCK();
    return e;
}

/* ---- enumerations ------------------------------------------------------------------------ */
static void add(sim_obj *e, DWORD type, const WCHAR *name)
{
    if (e->count < MAX_ENUM) {
        e->entries[e->count].type = type;
        lstrcpynW(e->entries[e->count].name, name, NAME_CCH);
        e->count++;
    }
}

static sim_obj *new_enum(int kind, sim_obj *parent)
{
    sim_obj *cluster = parent->kind == K_CLUSTER ? parent : parent->cluster;
    sim_obj *e = new_obj(kind, parent->mode, 0, cluster);
    if (!e) return NULL;
    e->entries = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(enum_entry) * MAX_ENUM);
    if (!e->entries) { e->closed = 1; g_open--; SetLastError(ERROR_NOT_ENOUGH_MEMORY); return NULL; }
    return e;
}

static DWORD enum_item(const void *h, int kind, const char *function, DWORD index, LPDWORD type,
                       LPWSTR name, LPDWORD lpcch)
{
    sim_obj *e = check(h, kind, function);
    if (!e) return ERROR_INVALID_HANDLE;
    if (index >= e->count) return ERROR_NO_MORE_ITEMS;
    if (e->mode == M_RPC && index >= 1) return SIM_RPC_S_CALL_FAILED;
    if (type) *type = e->entries[index].type;
    return put_obj_name(function, e, e->entries[index].name, name, lpcch);
}

static DWORD enum_count(const void *h, int kind, const char *function)
{
    sim_obj *e = check(h, kind, function);
    return e ? e->count : 0;
}

HCLUSENUM WINAPI ClusterOpenEnum(HCLUSTER hCluster, DWORD dwType)
{
    sim_obj *c, *e = NULL;
    int i;
    LOCK();
    if ((c = check(hCluster, K_CLUSTER, "ClusterOpenEnum"))) {
        if (dwType == 0 || (dwType & ~0x3Fu)) {
            SetLastError(ERROR_INVALID_PARAMETER);
        } else if ((e = new_enum(K_CLUSENUM, c))) {
            if (dwType & CLUSTER_ENUM_NODE) for (i = 0; i < N_NODES; i++) add(e, CLUSTER_ENUM_NODE, nodes[i].name);
            if (dwType & CLUSTER_ENUM_RESTYPE) for (i = 0; i < N_RESTYPES; i++) add(e, CLUSTER_ENUM_RESTYPE, restypes[i].name);
            if (dwType & CLUSTER_ENUM_RESOURCE) for (i = 0; i < N_RESOURCES; i++) add(e, CLUSTER_ENUM_RESOURCE, resources[i].name);
            if (dwType & CLUSTER_ENUM_GROUP) for (i = 0; i < N_GROUPS; i++) add(e, CLUSTER_ENUM_GROUP, groups[i].name);
            if (dwType & CLUSTER_ENUM_NETWORK) for (i = 0; i < N_NETWORKS; i++) add(e, CLUSTER_ENUM_NETWORK, networks[i].name);
            if (dwType & CLUSTER_ENUM_NETINTERFACE) for (i = 0; i < N_NETIFS; i++) add(e, CLUSTER_ENUM_NETINTERFACE, netifs[i].name);
        }
    }
    UNLOCK();
    return (HCLUSENUM)e;
}

DWORD WINAPI ClusterGetEnumCount(HCLUSENUM hEnum)
{
    DWORD r;
    LOCK(); r = enum_count(hEnum, K_CLUSENUM, "ClusterGetEnumCount"); UNLOCK();
    return r;
}

DWORD WINAPI ClusterEnum(HCLUSENUM hEnum, DWORD dwIndex, LPDWORD lpdwType, LPWSTR lpszName, LPDWORD lpcchName)
{
    DWORD r;
    LOCK(); r = enum_item(hEnum, K_CLUSENUM, "ClusterEnum", dwIndex, lpdwType, lpszName, lpcchName); UNLOCK();
    return r;
}

DWORD WINAPI ClusterCloseEnum(HCLUSENUM hEnum)
{
    DWORD r;
    LOCK(); r = close_obj(hEnum, K_CLUSENUM, "ClusterCloseEnum"); UNLOCK();
    return r;
}

/* ---- generic object open/close/state ----------------------------------------------------- */
static DWORD not_found(int kind)
{
    switch (kind) {
    case K_NODE: return ERROR_CLUSTER_NODE_NOT_FOUND;
    case K_GROUP: return ERROR_GROUP_NOT_FOUND;
    case K_RESOURCE: return ERROR_RESOURCE_NOT_FOUND;
    case K_NETWORK: return ERROR_CLUSTER_NETWORK_NOT_FOUND;
    case K_NETIF: return ERROR_CLUSTER_NETINTERFACE_NOT_FOUND;
    }
    return ERROR_NOT_FOUND;
}

static void *open_obj(HCLUSTER hCluster, LPCWSTR name, int kind, DWORD access, int ex, DWORD *granted,
                      const char *function)
{
    sim_obj *c, *o = NULL;
    DWORD grant = GENERIC_ALL;
    int i;
    LOCK();
    if ((c = check(hCluster, K_CLUSTER, function))) {
        if (ex && !ex_access(access, &grant)) {
            SetLastError(ERROR_INVALID_PARAMETER);
        } else if ((i = lookup(kind, name)) < 0) {
            SetLastError(not_found(kind));
        } else if ((o = new_obj(kind, c->mode, i, c))) {
            o->access = grant;
            if (granted) *granted = grant;
        }
    }
    UNLOCK();
    return o;
}

static WINBOOL close_kind(const void *h, int kind, const char *function)
{
    DWORD e;
    LOCK(); e = close_obj(h, kind, function); UNLOCK();
    return e == ERROR_SUCCESS;
}

/* The state of an object: -1 (unknown) with the last error set on a bad handle; in statefail
 * mode -1 with ERROR_CLUSTER_NODE_NOT_READY, except networks: -1 and the last error untouched. */
static int get_state(const void *h, int kind, const char *function, int up)
{
    sim_obj *o;
    int r = -1;
    LOCK();
    if ((o = check(h, kind, function))) {
        if (o->mode != M_STATEFAIL) r = up;
        else if (kind != K_NETWORK) SetLastError(ERROR_CLUSTER_NODE_NOT_READY);
    }
    UNLOCK();
    return r;
}

#define OPEN_FUNCS(Kind, KIND, Handle)                                                         \
    Handle WINAPI OpenCluster##Kind(HCLUSTER hCluster, LPCWSTR lpszName)                     \
    {                                                                                         \
        return (Handle)open_obj(hCluster, lpszName, KIND, GENERIC_ALL, 0, NULL, "OpenCluster" #Kind); \
    }                                                                                         \
    Handle WINAPI OpenCluster##Kind##Ex(HCLUSTER hCluster, LPCWSTR lpszName, DWORD dwDesiredAccess, \
                                        DWORD *lpdwGrantedAccess)                             \
    {                                                                                         \
        return (Handle)open_obj(hCluster, lpszName, KIND, dwDesiredAccess, 1, lpdwGrantedAccess, \
                                "OpenCluster" #Kind "Ex");                                    \
    }                                                                                         \
    WINBOOL WINAPI CloseCluster##Kind(Handle h) { return close_kind(h, KIND, "CloseCluster" #Kind); }

HNETWORK WINAPI OpenClusterNetworkEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);
HNETINTERFACE WINAPI OpenClusterNetInterfaceEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);
HNODE WINAPI OpenClusterNodeEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);
HGROUP WINAPI OpenClusterGroupEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);
HRESOURCE WINAPI OpenClusterResourceEx(HCLUSTER, LPCWSTR, DWORD, DWORD *);

OPEN_FUNCS(Network, K_NETWORK, HNETWORK)
OPEN_FUNCS(NetInterface, K_NETIF, HNETINTERFACE)
OPEN_FUNCS(Node, K_NODE, HNODE)
OPEN_FUNCS(Group, K_GROUP, HGROUP)
OPEN_FUNCS(Resource, K_RESOURCE, HRESOURCE)

CLUSTER_NETWORK_STATE WINAPI GetClusterNetworkState(HNETWORK hNetwork)
{
    return (CLUSTER_NETWORK_STATE)get_state(hNetwork, K_NETWORK, "GetClusterNetworkState", ClusterNetworkUp);
}
CLUSTER_NETINTERFACE_STATE WINAPI GetClusterNetInterfaceState(HNETINTERFACE hNetInterface)
{
    return (CLUSTER_NETINTERFACE_STATE)get_state(hNetInterface, K_NETIF, "GetClusterNetInterfaceState",
                                                 ClusterNetInterfaceUp);
}
CLUSTER_NODE_STATE WINAPI GetClusterNodeState(HNODE hNode)
{
    return (CLUSTER_NODE_STATE)get_state(hNode, K_NODE, "GetClusterNodeState", ClusterNodeUp);
}

/* Optional name outputs of the group/resource state functions. */
static int opt_name(sim_obj *o, const WCHAR *base, LPWSTR buf, LPDWORD lpcch)
{
    WCHAR name[NAME_CCH];
    DWORD len;
    if (!lpcch) return 1;
    out_name(o->mode, base, name);
    len = (DWORD)lstrlenW(name);
    if (!buf || *lpcch < len + 1) { *lpcch = len; return 0; }
    memcpy(buf, name, (len + 1) * sizeof(WCHAR));
    *lpcch = len;
    return 1;
}

CLUSTER_GROUP_STATE WINAPI GetClusterGroupState(HGROUP hGroup, LPWSTR lpszNodeName, LPDWORD lpcchNodeName)
{
    int r = get_state(hGroup, K_GROUP, "GetClusterGroupState", ClusterGroupOnline);
    if (r != -1) {
        sim_obj *o = (sim_obj *)hGroup;
        LOCK();
        if (!opt_name(o, nodes[groups[o->index].owner].name, lpszNodeName, lpcchNodeName)) {
            SetLastError(ERROR_MORE_DATA);
            r = -1;
        }
        UNLOCK();
    }
    return (CLUSTER_GROUP_STATE)r;
}

CLUSTER_RESOURCE_STATE WINAPI GetClusterResourceState(HRESOURCE hResource, LPWSTR lpszNodeName,
                                                      LPDWORD lpcchNodeName, LPWSTR lpszGroupName,
                                                      LPDWORD lpcchGroupName)
{
    int r = get_state(hResource, K_RESOURCE, "GetClusterResourceState", ClusterResourceOnline);
    if (r != -1) {
        sim_obj *o = (sim_obj *)hResource;
        const group_t *g = &groups[resources[o->index].group];
        int ok;
        LOCK();
        ok = opt_name(o, nodes[g->owner].name, lpszNodeName, lpcchNodeName);
        ok &= opt_name(o, g->name, lpszGroupName, lpcchGroupName);
        if (!ok) { SetLastError(ERROR_MORE_DATA); r = -1; }
        UNLOCK();
    }
    return (CLUSTER_RESOURCE_STATE)r;
}

/* ---- ids and names ------------------------------------------------------------------------ */
DWORD WINAPI GetClusterNetworkId(HNETWORK hNetwork, LPWSTR lpszNetworkId, LPDWORD lpcchName)
{
    DWORD r = ERROR_INVALID_HANDLE;
    sim_obj *o;
    LOCK();
    if ((o = check(hNetwork, K_NETWORK, "GetClusterNetworkId")))
        r = put_obj_name("GetClusterNetworkId", o, networks[o->index].id, lpszNetworkId, lpcchName);
    UNLOCK();
    return r;
}

DWORD WINAPI GetClusterNodeId(HNODE hNode, LPWSTR lpszNodeId, LPDWORD lpcchName)
{
    DWORD r = ERROR_INVALID_HANDLE;
    sim_obj *o;
    LOCK();
    if ((o = check(hNode, K_NODE, "GetClusterNodeId")))
        r = put_obj_name("GetClusterNodeId", o, nodes[o->index].id, lpszNodeId, lpcchName);
    UNLOCK();
    return r;
}

DWORD WINAPI SetClusterNetworkName(HNETWORK hNetwork, LPCWSTR lpszName)
{
    DWORD r = ERROR_INVALID_HANDLE;
    sim_obj *o;
    LOCK();
    if ((o = check(hNetwork, K_NETWORK, "SetClusterNetworkName"))) {
        int other = lookup(K_NETWORK, lpszName);
        if (!lpszName || !*lpszName || lstrlenW(lpszName) >= LONG_NAME) r = ERROR_INVALID_PARAMETER;
        else if (!(o->access & GENERIC_ALL)) r = ERROR_ACCESS_DENIED;
        else if (other >= 0 && other != o->index) r = ERROR_ALREADY_EXISTS;
        else { lstrcpynW(networks[o->index].name, lpszName, NAME_CCH); r = ERROR_SUCCESS; }
    }
    UNLOCK();
    return r;
}

DWORD WINAPI GetClusterNetInterface(HCLUSTER hCluster, LPCWSTR lpszNodeName, LPCWSTR lpszNetworkName,
                                    LPWSTR lpszInterfaceName, LPDWORD lpcchInterfaceName)
{
    DWORD r = ERROR_INVALID_HANDLE;
    sim_obj *c;
    LOCK();
    if ((c = check(hCluster, K_CLUSTER, "GetClusterNetInterface"))) {
        int node = lookup(K_NODE, lpszNodeName), net = lookup(K_NETWORK, lpszNetworkName), i;
        if (node < 0) r = ERROR_CLUSTER_NODE_NOT_FOUND;
        else if (net < 0) r = ERROR_CLUSTER_NETWORK_NOT_FOUND;
        else {
            r = ERROR_CLUSTER_NETINTERFACE_NOT_FOUND;
            for (i = 0; i < N_NETIFS; i++)
                if (netifs[i].node == node && netifs[i].network == net)
                    r = put_obj_name("GetClusterNetInterface", c, netifs[i].name, lpszInterfaceName,
                                     lpcchInterfaceName);
        }
    }
    UNLOCK();
    return r;
}

/* ---- keys --------------------------------------------------------------------------------- */
static HKEY get_key(const void *h, int kind, const char *function)
{
    sim_obj *o, *k = NULL;
    LOCK();
    if ((o = check(h, kind, function)))
        k = new_obj(K_KEY, o->mode, 0, kind == K_CLUSTER ? o : o->cluster);
    UNLOCK();
    return (HKEY)k;
}

HKEY WINAPI GetClusterKey(HCLUSTER h, REGSAM sam) { (void)sam; return get_key(h, K_CLUSTER, "GetClusterKey"); }
HKEY WINAPI GetClusterNetworkKey(HNETWORK h, REGSAM sam) { (void)sam; return get_key(h, K_NETWORK, "GetClusterNetworkKey"); }
HKEY WINAPI GetClusterNetInterfaceKey(HNETINTERFACE h, REGSAM sam) { (void)sam; return get_key(h, K_NETIF, "GetClusterNetInterfaceKey"); }
HKEY WINAPI GetClusterNodeKey(HNODE h, REGSAM sam) { (void)sam; return get_key(h, K_NODE, "GetClusterNodeKey"); }
HKEY WINAPI GetClusterGroupKey(HGROUP h, REGSAM sam) { (void)sam; return get_key(h, K_GROUP, "GetClusterGroupKey"); }
HKEY WINAPI GetClusterResourceKey(HRESOURCE h, REGSAM sam) { (void)sam; return get_key(h, K_RESOURCE, "GetClusterResourceKey"); }

LONG WINAPI ClusterRegCloseKey(HKEY hKey)
{
    DWORD r;
    LOCK(); r = close_obj(hKey, K_KEY, "ClusterRegCloseKey"); UNLOCK();
    return (LONG)r;
}

/* ---- object enumerations ------------------------------------------------------------------ */
HNETWORKENUM WINAPI ClusterNetworkOpenEnum(HNETWORK hNetwork, DWORD dwType)
{
    sim_obj *o, *e = NULL;
    int i;
    LOCK();
    if ((o = check(hNetwork, K_NETWORK, "ClusterNetworkOpenEnum"))) {
        if (dwType == 0 || (dwType & ~(DWORD)CLUSTER_NETWORK_ENUM_NETINTERFACES)) SetLastError(ERROR_INVALID_PARAMETER);
        else if ((e = new_enum(K_NETWORKENUM, o)))
            for (i = 0; i < N_NETIFS; i++)
                if (netifs[i].network == o->index) add(e, CLUSTER_NETWORK_ENUM_NETINTERFACES, netifs[i].name);
    }
    UNLOCK();
    return (HNETWORKENUM)e;
}
DWORD WINAPI ClusterNetworkGetEnumCount(HNETWORKENUM h)
{
    DWORD r;
    LOCK(); r = enum_count(h, K_NETWORKENUM, "ClusterNetworkGetEnumCount"); UNLOCK();
    return r;
}
DWORD WINAPI ClusterNetworkEnum(HNETWORKENUM h, DWORD i, LPDWORD t, LPWSTR n, LPDWORD c)
{
    DWORD r;
    LOCK(); r = enum_item(h, K_NETWORKENUM, "ClusterNetworkEnum", i, t, n, c); UNLOCK();
    return r;
}
DWORD WINAPI ClusterNetworkCloseEnum(HNETWORKENUM h)
{
    DWORD r;
    LOCK(); r = close_obj(h, K_NETWORKENUM, "ClusterNetworkCloseEnum"); UNLOCK();
    return r;
}

HNODEENUM WINAPI ClusterNodeOpenEnum(HNODE hNode, DWORD dwType)
{
    sim_obj *o, *e = NULL;
    int i;
    LOCK();
    if ((o = check(hNode, K_NODE, "ClusterNodeOpenEnum"))) {
        if (dwType == 0 || (dwType & ~3u)) SetLastError(ERROR_INVALID_PARAMETER);
        else if ((e = new_enum(K_NODEENUM, o))) {
            if (dwType & CLUSTER_NODE_ENUM_NETINTERFACES)
                for (i = 0; i < N_NETIFS; i++)
                    if (netifs[i].node == o->index) add(e, CLUSTER_NODE_ENUM_NETINTERFACES, netifs[i].name);
            if (dwType & CLUSTER_NODE_ENUM_GROUPS)
                for (i = 0; i < N_GROUPS; i++)
                    if (groups[i].owner == o->index) add(e, CLUSTER_NODE_ENUM_GROUPS, groups[i].name);
        }
    }
    UNLOCK();
    return (HNODEENUM)e;
}
DWORD WINAPI ClusterNodeGetEnumCount(HNODEENUM h)
{
    DWORD r;
    LOCK(); r = enum_count(h, K_NODEENUM, "ClusterNodeGetEnumCount"); UNLOCK();
    return r;
}
DWORD WINAPI ClusterNodeEnum(HNODEENUM h, DWORD i, LPDWORD t, LPWSTR n, LPDWORD c)
{
    DWORD r;
    LOCK(); r = enum_item(h, K_NODEENUM, "ClusterNodeEnum", i, t, n, c); UNLOCK();
    return r;
}
DWORD WINAPI ClusterNodeCloseEnum(HNODEENUM h)
{
    DWORD r;
    LOCK(); r = close_obj(h, K_NODEENUM, "ClusterNodeCloseEnum"); UNLOCK();
    return r;
}

HGROUPENUM WINAPI ClusterGroupOpenEnum(HGROUP hGroup, DWORD dwType)
{
    sim_obj *o, *e = NULL;
    int i;
    LOCK();
    if ((o = check(hGroup, K_GROUP, "ClusterGroupOpenEnum"))) {
        if (dwType == 0 || (dwType & ~3u)) SetLastError(ERROR_INVALID_PARAMETER);
        else if ((e = new_enum(K_GROUPENUM, o))) {
            const group_t *g = &groups[o->index];
            if (dwType & CLUSTER_GROUP_ENUM_CONTAINS)
                for (i = 0; i < g->nres; i++) add(e, CLUSTER_GROUP_ENUM_CONTAINS, resources[g->res[i]].name);
            if (dwType & CLUSTER_GROUP_ENUM_NODES)
                for (i = 0; i < N_NODES; i++) add(e, CLUSTER_GROUP_ENUM_NODES, nodes[i].name);
        }
    }
    UNLOCK();
    return (HGROUPENUM)e;
}
DWORD WINAPI ClusterGroupGetEnumCount(HGROUPENUM h)
{
    DWORD r;
    LOCK(); r = enum_count(h, K_GROUPENUM, "ClusterGroupGetEnumCount"); UNLOCK();
    return r;
}
DWORD WINAPI ClusterGroupEnum(HGROUPENUM h, DWORD i, LPDWORD t, LPWSTR n, LPDWORD c)
{
    DWORD r;
    LOCK(); r = enum_item(h, K_GROUPENUM, "ClusterGroupEnum", i, t, n, c); UNLOCK();
    return r;
}
DWORD WINAPI ClusterGroupCloseEnum(HGROUPENUM h)
{
    DWORD r;
    LOCK(); r = close_obj(h, K_GROUPENUM, "ClusterGroupCloseEnum"); UNLOCK();
    return r;
}

HNETINTERFACEENUM WINAPI ClusterNetInterfaceOpenEnum(HCLUSTER hCluster, LPCWSTR lpszNodeName, LPCWSTR lpszNetworkName)
{
    sim_obj *c, *e = NULL;
    int i, node = -1, net = -1;
    LOCK();
    if ((c = check(hCluster, K_CLUSTER, "ClusterNetInterfaceOpenEnum"))) {
        if (lpszNodeName && (node = lookup(K_NODE, lpszNodeName)) < 0) SetLastError(ERROR_CLUSTER_NODE_NOT_FOUND);
        else if (lpszNetworkName && (net = lookup(K_NETWORK, lpszNetworkName)) < 0) SetLastError(ERROR_CLUSTER_NETWORK_NOT_FOUND);
        else if ((e = new_enum(K_NETIFENUM, c)))
            for (i = 0; i < N_NETIFS; i++)
                if ((node < 0 || netifs[i].node == node) && (net < 0 || netifs[i].network == net))
                    add(e, 1, netifs[i].name);
    }
    UNLOCK();
    return (HNETINTERFACEENUM)e;
}
DWORD WINAPI ClusterNetInterfaceGetEnumCount(HNETINTERFACEENUM h)
{
    DWORD r;
    LOCK(); r = enum_count(h, K_NETIFENUM, "ClusterNetInterfaceGetEnumCount"); UNLOCK();
    return r;
}
/* No lpdwType in the SDK's ClusterNetInterfaceEnum. */
DWORD WINAPI ClusterNetInterfaceEnum(HNETINTERFACEENUM h, DWORD i, LPWSTR n, LPDWORD c)
{
    DWORD r;
    LOCK(); r = enum_item(h, K_NETIFENUM, "ClusterNetInterfaceEnum", i, NULL, n, c); UNLOCK();
    return r;
}
DWORD WINAPI ClusterNetInterfaceCloseEnum(HNETINTERFACEENUM h)
{
    DWORD r;
    LOCK(); r = close_obj(h, K_NETIFENUM, "ClusterNetInterfaceCloseEnum"); UNLOCK();
    return r;
}

/* ---- CLUSPROP builder --------------------------------------------------------------------- */
#define OUT_CAP 8192
typedef struct { BYTE b[OUT_CAP]; DWORD len; DWORD props; } out_t;

static void put_raw(out_t *o, const void *p, DWORD n)
{
    if (o->len + n > OUT_CAP) return; /* cannot happen with this data set */
    memcpy(o->b + o->len, p, n);
    o->len += n;
}
static void put_dw(out_t *o, DWORD v) { put_raw(o, &v, 4); }
static void pad4(out_t *o) { static const BYTE z[4]; put_raw(o, z, (4 - o->len % 4) % 4); }
static void entry(out_t *o, DWORD syntax, const void *p, DWORD n) { put_dw(o, syntax); put_dw(o, n); put_raw(o, p, n); pad4(o); }
static void entry_sz(out_t *o, DWORD syntax, const WCHAR *s) { entry(o, syntax, s, (lstrlenW(s) + 1) * sizeof(WCHAR)); }
static void begin_list(out_t *o) { o->len = 0; o->props = 0; put_dw(o, 0); }
static void end_list(out_t *o) { memcpy(o->b, &o->props, 4); }
static void prop_sz(out_t *o, const WCHAR *name, const WCHAR *v)
{
    entry_sz(o, CLUSPROP_SYNTAX_NAME, name);
    entry_sz(o, CLUSPROP_SYNTAX_LIST_VALUE_SZ, v);
    put_dw(o, CLUSPROP_SYNTAX_ENDMARK);
    o->props++;
}
static void prop_dw(out_t *o, const WCHAR *name, DWORD v)
{
    entry_sz(o, CLUSPROP_SYNTAX_NAME, name);
    entry(o, CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &v, 4);
    put_dw(o, CLUSPROP_SYNTAX_ENDMARK);
    o->props++;
}
static void put_string(out_t *o, const WCHAR *s) { o->len = 0; put_raw(o, s, (lstrlenW(s) + 1) * sizeof(WCHAR)); }
static void put_multi_sz(out_t *o, const WCHAR *const *names)
{
    o->len = 0;
    for (; *names; names++) put_raw(o, *names, (lstrlenW(*names) + 1) * sizeof(WCHAR));
    put_raw(o, L"", sizeof(WCHAR));
}
static void required_deps(out_t *o, int restype)
{
    o->len = 0;
    if (restype == 0) { /* Network Name: a network-class resource, and an IP Address */
        CLUS_RESOURCE_CLASS_INFO info;
        info.dw = CLUS_RESCLASS_NETWORK;
        info.SubClass = 0;
        entry(o, CLUSPROP_SYNTAX_RESCLASS, &info, sizeof info);
        entry_sz(o, CLUSPROP_SYNTAX_NAME, L"IP Address");
    }
    put_dw(o, CLUSPROP_SYNTAX_ENDMARK);
}
static void class_info(out_t *o, int restype)
{
    CLUS_RESOURCE_CLASS_INFO info;
    info.dw = restypes[restype].cls;
    info.SubClass = restypes[restype].subcls;
    o->len = 0;
    put_raw(o, &info, sizeof info);
}

/* ---- controls ----------------------------------------------------------------------------- */
enum { ANSWER_OK = 0 };
#define FN(code) ((code) & 0x00FFFFFFu)

/* Fills `o` with the answer of `code` for object `obj` (kind `kind`, index `i`); returns
 * ERROR_SUCCESS or ERROR_INVALID_FUNCTION. */
static DWORD answer(sim_obj *h, int kind, int i, DWORD code, out_t *o)
{
    WCHAR name[NAME_CCH], tmp[NAME_CCH];
    DWORD f = FN(code), dw;
    int mode = h->mode;
    out_name(mode, kind == K_KEY ? restypes[i].name : base_name(kind, i), name);

    if (kind == K_KEY) { /* resource types */
        switch (f) {
        case CLCTL_GET_CHARACTERISTICS: o->len = 0; put_dw(o, restypes[i].chars); return 0;
        case CLCTL_GET_FLAGS: o->len = 0; put_dw(o, 0); return 0;
        case CLCTL_GET_COMMON_PROPERTIES:
            begin_list(o); prop_sz(o, L"Name", name); prop_sz(o, L"Description", L"");
            prop_dw(o, L"IsAlivePollInterval", 60000); end_list(o); return 0;
        case CLCTL_GET_REQUIRED_DEPENDENCIES: required_deps(o, i); return 0;
        case CLCTL_GET_CLASS_INFO: class_info(o, i); return 0;
        }
        return ERROR_INVALID_FUNCTION;
    }

    switch (f) {
    case CLCTL_GET_CHARACTERISTICS:
        o->len = 0;
        put_dw(o, kind == K_RESOURCE ? resources[i].chars : 0);
        return 0;
    case CLCTL_GET_FLAGS:
        dw = kind == K_RESOURCE ? resources[i].flags : kind == K_GROUP ? groups[i].flags : 0;
        o->len = 0; put_dw(o, dw);
        return 0;
    case CLCTL_GET_NAME: put_string(o, name); return 0;
    case CLCTL_GET_ID: {
        const WCHAR *id = kind == K_CLUSTER ? CLUSTER_ID : kind == K_NODE ? nodes[i].id :
                          kind == K_GROUP ? groups[i].id : kind == K_RESOURCE ? resources[i].id :
                          kind == K_NETWORK ? networks[i].id : netifs[i].id;
        out_name(mode, id, tmp);
        put_string(o, tmp);
        return 0;
    }
    case CLCTL_GET_PRIVATE_PROPERTIES: begin_list(o); end_list(o); return 0;
    case CLCTL_GET_COMMON_PROPERTIES:
        begin_list(o);
        prop_sz(o, L"Name", name);
        prop_sz(o, L"Description", L"");
        switch (kind) {
        case K_CLUSTER: prop_dw(o, L"ClusterLogLevel", 3); break;
        case K_NODE: prop_dw(o, L"NodeWeight", 1); break;
        case K_GROUP: prop_dw(o, L"FailoverThreshold", 0xFFFFFFFFu); break;
        case K_RESOURCE: prop_dw(o, L"RestartAction", 2); break;
        case K_NETWORK:
            prop_dw(o, L"Role", networks[i].role);
            prop_dw(o, L"Metric", 39840);
            prop_dw(o, L"AutoMetric", 1);
            break;
        }
        end_list(o);
        return 0;
    case CLCTL_GET_RO_COMMON_PROPERTIES:
        begin_list(o);
        switch (kind) {
        case K_NETWORK:
            prop_sz(o, L"Address", networks[i].address);
            prop_sz(o, L"AddressMask", networks[i].mask);
            prop_dw(o, L"State", ClusterNetworkUp);
            prop_sz(o, L"Id", networks[i].id);
            break;
        case K_NETIF:
            out_name(mode, nodes[netifs[i].node].name, tmp);
            prop_sz(o, L"Node", tmp);
            out_name(mode, networks[netifs[i].network].name, tmp);
            prop_sz(o, L"Network", tmp);
            prop_sz(o, L"Adapter", netifs[i].adapter);
            prop_sz(o, L"Address", netifs[i].address);
            prop_dw(o, L"State", ClusterNetInterfaceUp);
            break;
        case K_NODE: prop_dw(o, L"State", ClusterNodeUp); break;
        case K_GROUP: prop_dw(o, L"State", ClusterGroupOnline); break;
        case K_RESOURCE: prop_dw(o, L"State", ClusterResourceOnline); break;
        case K_CLUSTER: prop_sz(o, L"Id", CLUSTER_ID); break;
        }
        end_list(o);
        return 0;
    case CLCTL_ENUM_COMMON_PROPERTIES: {
        static const WCHAR *const cl[] = { L"Name", L"Description", L"ClusterLogLevel", L"Id", NULL };
        static const WCHAR *const nd[] = { L"Name", L"Description", L"NodeWeight", L"State", NULL };
        static const WCHAR *const gr[] = { L"Name", L"Description", L"FailoverThreshold", L"State", NULL };
        static const WCHAR *const rs[] = { L"Name", L"Description", L"RestartAction", L"State", NULL };
        static const WCHAR *const nw[] = { L"Name", L"Description", L"Role", L"Metric", L"AutoMetric",
                                           L"Address", L"AddressMask", L"State", L"Id", NULL };
        static const WCHAR *const ni[] = { L"Name", L"Description", L"Node", L"Network", L"Adapter",
                                           L"Address", L"State", NULL };
        put_multi_sz(o, kind == K_CLUSTER ? cl : kind == K_NODE ? nd : kind == K_GROUP ? gr :
                        kind == K_RESOURCE ? rs : kind == K_NETWORK ? nw : ni);
        return 0;
    }
    }
    if (kind == K_CLUSTER && f == CLCTL_GET_FQDN) { put_string(o, CLUSTER_FQDN); return 0; }
    if (kind == K_NETIF && f == CLCTL_GET_NODE) {
        out_name(mode, nodes[netifs[i].node].name, tmp); put_string(o, tmp); return 0;
    }
    if (kind == K_NETIF && f == CLCTL_GET_NETWORK) {
        out_name(mode, networks[netifs[i].network].name, tmp); put_string(o, tmp); return 0;
    }
    if (kind == K_RESOURCE) {
        int t = resources[i].type;
        if (f == CLCTL_GET_CLASS_INFO) { class_info(o, t); return 0; }
        if (f == CLCTL_GET_REQUIRED_DEPENDENCIES) { required_deps(o, t); return 0; }
        if (f == CLCTL_STORAGE_GET_DISK_INFO_EX && t == 2) {
            DWORD signature = 0x5A4D1C2Bu, disk_number = 1;
            BYTE scsi[4] = { 1, 0, 0, 1 }; /* CLUS_SCSI_ADDRESS: port, path, target, lun */
            ULONGLONG size = 10737418240ull; /* 10 GiB */
            o->len = 0;
            entry(o, CLUSPROP_SYNTAX_DISK_SIGNATURE, &signature, 4);
            entry(o, CLUSPROP_SYNTAX_SCSI_ADDRESS, scsi, 4);
            entry(o, CLUSPROP_SYNTAX_DISK_NUMBER, &disk_number, 4);
            entry(o, CLUSPROP_SYNTAX_DISK_SIZE, &size, 8);
            put_dw(o, CLUSPROP_SYNTAX_ENDMARK);
            return 0;
        }
    }
    return ERROR_INVALID_FUNCTION;
}

static int is_set(DWORD f)
{
    return f == CLCTL_SET_COMMON_PROPERTIES || f == CLCTL_VALIDATE_COMMON_PROPERTIES ||
           f == CLCTL_SET_PRIVATE_PROPERTIES || f == CLCTL_VALIDATE_PRIVATE_PROPERTIES;
}

/* Whether the property list `p` (n bytes) has a property named `want`; malformed lists: no. */
static int list_has_name(const BYTE *p, DWORD n, const WCHAR *want)
{
    DWORD count, off = 4, k;
    if (n < 4) return 0;
    memcpy(&count, p, 4);
    for (k = 0; k < count; k++) {
        DWORD syntax, cb;
        if (off + 8 > n) return 0;
        memcpy(&syntax, p + off, 4); memcpy(&cb, p + off + 4, 4);
        if (syntax != CLUSPROP_SYNTAX_NAME || cb > n - off - 8) return 0;
        if (cb >= 2 && cb % 2 == 0) {
            WCHAR name[NAME_CCH];
            DWORD cch = cb / 2 < NAME_CCH ? cb / 2 : NAME_CCH - 1;
            memcpy(name, p + off + 8, cch * 2);
            name[cch] = 0;
            if (same(name, want)) return 1;
        }
        off += 8 + ((cb + 3) & ~3u);
        for (;;) { /* values up to the end mark */
            if (off + 4 > n) return 0;
            memcpy(&syntax, p + off, 4);
            if (syntax == CLUSPROP_SYNTAX_ENDMARK) { off += 4; break; }
            if (off + 8 > n) return 0;
            memcpy(&cb, p + off + 4, 4);
            if (cb > n - off - 8) return 0;
            off += 8 + ((cb + 3) & ~3u);
        }
    }
    return 0;
}

static DWORD control(sim_obj *h, int kind, int index, int objbyte, const char *function, HNODE hHostNode,
                     DWORD code, LPVOID in, DWORD nIn, LPVOID out, DWORD nOut, LPDWORD ret)
{
    static out_t o; /* under the lock */
    DWORD f = FN(code), need, e;
    if (hHostNode) {
        sim_obj *n = ours(hHostNode);
        if (!n || n->closed || n->kind != K_NODE) {
            violation(function, "hHostNode %p is not an open node handle", (void *)hHostNode);
            return ERROR_INVALID_HANDLE;
        }
        h->last_host = 1;
    } else {
        h->last_host = 2;
    }
    if ((code >> 24) != (DWORD)objbyte) {
        violation(function, "control code 0x%08lx has object byte 0x%02lx, expected 0x%02x",
                  (unsigned long)code, (unsigned long)(code >> 24), objbyte);
        return ERROR_INVALID_FUNCTION;
    }
    if (h->mode == M_RPC) return SIM_RPC_S_CALL_FAILED;
    if (is_set(f) && kind != K_KEY) {
        if (!in || nIn == 0) return ERROR_INVALID_PARAMETER;
        HeapFree(GetProcessHeap(), 0, h->last_input);
        h->last_input = HeapAlloc(GetProcessHeap(), 0, nIn);
        if (h->last_input) { memcpy(h->last_input, in, nIn); h->last_input_len = nIn; }
        if (kind == K_NETWORK && list_has_name(in, nIn, L"Name")) return ERROR_INVALID_PARAMETER;
        if ((code & CLUS_ACCESS_WRITE) && !(h->access & GENERIC_ALL)) return ERROR_ACCESS_DENIED;
        if (h->mode == M_GROW) goto grow;
        if (ret) *ret = 0;
        return ERROR_SUCCESS;
    }
    if ((e = answer(h, kind, index, code, &o)) != ERROR_SUCCESS) return e;
    switch (h->mode) {
    case M_EMPTY:
        if (ret) *ret = 0;
        return ERROR_SUCCESS;
    case M_GROW:
    grow:
        need = (nOut > h->grow_needed ? nOut : h->grow_needed) + 64;
        h->grow_needed = need;
        if (ret) *ret = need;
        return ERROR_MORE_DATA;
    case M_SHRINK:
        if (!out || nOut < 4096) { if (ret) *ret = 4096; return ERROR_MORE_DATA; }
        break;
    case M_LIE: {
        DWORD lie = o.len > 8 ? o.len - 8 : 1;
        if (!out || nOut < lie) { if (ret) *ret = lie; return ERROR_MORE_DATA; }
        break;
    }
    }
    if (!out || nOut < o.len) { if (ret) *ret = o.len; return ERROR_MORE_DATA; }
    memset(out, 0xCD, nOut);
    memcpy(out, o.b, o.len);
    if (ret) *ret = o.len;
    return ERROR_SUCCESS;
}

#define CONTROL_FUNC(Func, Handle, KIND, OBJ)                                                   \
    DWORD WINAPI Func(Handle hObject, HNODE hHostNode, DWORD dwControlCode, LPVOID lpInBuffer,   \
                      DWORD nInBufferSize, LPVOID lpOutBuffer, DWORD nOutBufferSize,              \
                      LPDWORD lpBytesReturned)                                                    \
    {                                                                                             \
        DWORD r = ERROR_INVALID_HANDLE;                                                           \
        sim_obj *h;                                                                               \
        LOCK();                                                                                   \
        if ((h = check(hObject, KIND, #Func)))                                                    \
            r = control(h, KIND, h->index, OBJ, #Func, hHostNode, dwControlCode, lpInBuffer,      \
                        nInBufferSize, lpOutBuffer, nOutBufferSize, lpBytesReturned);             \
        UNLOCK();                                                                                 \
        return r;                                                                                 \
    }

CONTROL_FUNC(ClusterControl, HCLUSTER, K_CLUSTER, CLUS_OBJECT_CLUSTER)
CONTROL_FUNC(ClusterNodeControl, HNODE, K_NODE, CLUS_OBJECT_NODE)
CONTROL_FUNC(ClusterGroupControl, HGROUP, K_GROUP, CLUS_OBJECT_GROUP)
CONTROL_FUNC(ClusterResourceControl, HRESOURCE, K_RESOURCE, CLUS_OBJECT_RESOURCE)
CONTROL_FUNC(ClusterNetworkControl, HNETWORK, K_NETWORK, CLUS_OBJECT_NETWORK)
CONTROL_FUNC(ClusterNetInterfaceControl, HNETINTERFACE, K_NETIF, CLUS_OBJECT_NETINTERFACE)

/* Resource types have no handle: the state (last input, host node) is kept on hCluster. */
DWORD WINAPI ClusterResourceTypeControl(HCLUSTER hCluster, LPCWSTR lpszResourceTypeName, HNODE hHostNode,
                                        DWORD dwControlCode, LPVOID lpInBuffer, DWORD nInBufferSize,
                                        LPVOID lpOutBuffer, DWORD nOutBufferSize, LPDWORD lpBytesReturned)
{
    DWORD r = ERROR_INVALID_HANDLE;
    sim_obj *c;
    int t;
    LOCK();
    if ((c = check(hCluster, K_CLUSTER, "ClusterResourceTypeControl"))) {
        if ((t = lookup(K_KEY, lpszResourceTypeName)) < 0) r = ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND;
        else r = control(c, K_KEY, t, CLUS_OBJECT_RESOURCE_TYPE, "ClusterResourceTypeControl", hHostNode,
                         dwControlCode, lpInBuffer, nInBufferSize, lpOutBuffer, nOutBufferSize,
                         lpBytesReturned);
    }
    UNLOCK();
    return r;
}

/* ---- test hooks --------------------------------------------------------------------------- */
DWORD WINAPI SimOpenHandles(void)
{
    DWORD r;
    LOCK(); r = g_open; UNLOCK();
    return r;
}

DWORD WINAPI SimViolations(void)
{
    DWORD r;
    LOCK(); r = g_violations; UNLOCK();
    return r;
}

/* Copies the text of the last violation (truncated to fit, NUL-terminated) and returns its
 * full length in WCHARs, excluding the NUL; 0 if there was none. */
DWORD WINAPI SimLastViolation(LPWSTR buf, DWORD cch)
{
    DWORD len;
    LOCK();
    len = (DWORD)lstrlenW(g_last_violation);
    if (buf && cch) lstrcpynW(buf, g_last_violation, (int)cch);
    UNLOCK();
    return len;
}

DWORD WINAPI SimLastInput(HANDLE hObject, BYTE *buf, DWORD cb, DWORD *needed)
{
    DWORD r;
    sim_obj *o;
    LOCK();
    if (!(o = ours(hObject))) r = ERROR_INVALID_HANDLE;
    else if (!o->last_input) r = ERROR_NOT_FOUND;
    else {
        if (needed) *needed = o->last_input_len;
        if (!buf || cb < o->last_input_len) r = ERROR_MORE_DATA;
        else { memcpy(buf, o->last_input, o->last_input_len); r = ERROR_SUCCESS; }
    }
    UNLOCK();
    return r;
}

DWORD WINAPI SimLastHostNode(HANDLE hObject)
{
    DWORD r;
    sim_obj *o;
    LOCK();
    r = (o = ours(hObject)) ? (DWORD)o->last_host : 0;
    UNLOCK();
    return r;
}
