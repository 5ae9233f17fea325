//! The typed-networks layer against spec sections 11 to 14: roles, states and the state rule,
//! characteristics and flags, the common-property schemas and their validator, the SET payloads
//! (byte-exact against section 14.4), changed-only payloads, and typed common properties.
//! Expected values are transcribed from the specification, not from the code.

mod common;

use clusprop::control::{Characteristics, Flags};
use clusprop::error::Item;
use clusprop::mutate::SplitMix64;
use clusprop::objects::netinterface::{
    NetInterfaceCommonProperties, NetInterfaceState, NetInterfaceUpdate, NETINTERFACE,
};
use clusprop::objects::network::{
    NetworkCommonProperties, NetworkRole, NetworkState, NetworkUpdate, NETWORK,
};
use clusprop::schema::{Parsed, PropertyError, Schema};
use clusprop::{OwnedValue, ParseError, PropertyList, PropertyListBuilder, Syntax};
use common::{data, utf16z, Raw, DWORD, SZ};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

const MULTI_SZ: u32 = 0x0001_0005;

/// Parses a hex dump in the spec's layout (`0000  01 00 …`, offset column first).
fn hex_dump(dump: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for line in dump.lines() {
        let mut words = line.split_whitespace();
        let Some(offset) = words.next() else { continue };
        assert_eq!(
            usize::from_str_radix(offset, 16).unwrap(),
            out.len(),
            "offset column of {line:?}"
        );
        for byte in words {
            out.push(u8::from_str_radix(byte, 16).unwrap());
        }
    }
    out
}

/// Spec section 14.4 (a): SET_COMMON_PROPERTIES input for Role = ClusterNetworkRoleInternalUse.
fn spec_14_4_a() -> Vec<u8> {
    hex_dump(
        "0000  01 00 00 00 03 00 04 00 0a 00 00 00 52 00 6f 00
         0010  6c 00 65 00 00 00 00 00 02 00 01 00 04 00 00 00
         0020  01 00 00 00 00 00 00 00",
    )
}

/// Spec section 14.4 (b): Description="Heartbeat", Metric=1000, AutoMetric=0.
fn spec_14_4_b() -> Vec<u8> {
    hex_dump(
        "0000  03 00 00 00 03 00 04 00 18 00 00 00 44 00 65 00
         0010  73 00 63 00 72 00 69 00 70 00 74 00 69 00 6f 00
         0020  6e 00 00 00 03 00 01 00 14 00 00 00 48 00 65 00
         0030  61 00 72 00 74 00 62 00 65 00 61 00 74 00 00 00
         0040  00 00 00 00 03 00 04 00 0e 00 00 00 4d 00 65 00
         0050  74 00 72 00 69 00 63 00 00 00 00 00 02 00 01 00
         0060  04 00 00 00 e8 03 00 00 00 00 00 00 03 00 04 00
         0070  16 00 00 00 41 00 75 00 74 00 6f 00 4d 00 65 00
         0080  74 00 72 00 69 00 63 00 00 00 00 00 02 00 01 00
         0090  04 00 00 00 00 00 00 00 00 00 00 00",
    )
}

/// Spec section 14.4 (c): a server-style RO fragment, IPv4Addresses = ["10.0.0.0"],
/// IPv4PrefixLengths = ["24"], with the trailing end mark.
fn spec_14_4_c() -> Vec<u8> {
    hex_dump(
        "0000  02 00 00 00 03 00 04 00 1c 00 00 00 49 00 50 00
         0010  76 00 34 00 41 00 64 00 64 00 72 00 65 00 73 00
         0020  73 00 65 00 73 00 00 00 05 00 01 00 14 00 00 00
         0030  31 00 30 00 2e 00 30 00 2e 00 30 00 2e 00 30 00
         0040  00 00 00 00 00 00 00 00 03 00 04 00 24 00 00 00
         0050  49 00 50 00 76 00 34 00 50 00 72 00 65 00 66 00
         0060  69 00 78 00 4c 00 65 00 6e 00 67 00 74 00 68 00
         0070  73 00 00 00 05 00 01 00 08 00 00 00 32 00 34 00
         0080  00 00 00 00 00 00 00 00 00 00 00 00",
    )
}

/// MULTI_SZ data: each string and its NUL, then one more NUL.
fn multi(items: &[&str]) -> Vec<u8> {
    let mut v = Vec::new();
    for s in items {
        v.extend(utf16z(s));
    }
    v.extend_from_slice(&[0, 0]);
    v
}

fn list(bytes: &[u8]) -> PropertyList<'_> {
    PropertyList::parse(bytes).unwrap_or_else(|e| panic!("test list does not parse: {e}"))
}

// ---------------------------------------------------------------------------------------------
// Roles (12.1)
// ---------------------------------------------------------------------------------------------

#[test]
fn network_role_values_and_bits() {
    assert_eq!(NetworkRole::NONE.0, 0);
    assert_eq!(NetworkRole::INTERNAL_USE.0, 0x1);
    assert_eq!(NetworkRole::CLIENT_ACCESS.0, 0x2);
    assert_eq!(NetworkRole::INTERNAL_AND_CLIENT.0, 0x3);
    assert_eq!(NetworkRole::default(), NetworkRole::NONE);

    // Bitmask per SDK comment: bit 0 internal, bit 1 client.
    let bits = |r: NetworkRole| (r.internal_use(), r.client_access());
    assert_eq!(bits(NetworkRole::NONE), (false, false));
    assert_eq!(bits(NetworkRole::INTERNAL_USE), (true, false));
    assert_eq!(bits(NetworkRole::CLIENT_ACCESS), (false, true));
    assert_eq!(bits(NetworkRole::INTERNAL_AND_CLIENT), (true, true));

    let names = [
        (NetworkRole::NONE, "ClusterNetworkRoleNone", "none"),
        (
            NetworkRole::INTERNAL_USE,
            "ClusterNetworkRoleInternalUse",
            "internal use",
        ),
        (
            NetworkRole::CLIENT_ACCESS,
            "ClusterNetworkRoleClientAccess",
            "client access",
        ),
        (
            NetworkRole::INTERNAL_AND_CLIENT,
            "ClusterNetworkRoleInternalAndClient",
            "internal and client access",
        ),
    ];
    for (role, name, text) in names {
        assert!(role.is_known());
        assert_eq!(role.name(), Some(name));
        assert_eq!(role.to_string(), text);
    }
}

#[test]
fn unknown_roles_are_kept() {
    let r = NetworkRole(8);
    assert_eq!(r.0, 8);
    assert!(!r.is_known());
    assert_eq!(r.name(), None);
    assert_eq!(r.to_string(), "unknown role 8");
    assert!(!r.internal_use() && !r.client_access());
    let r = NetworkRole(7);
    assert!(!r.is_known());
    assert!(r.internal_use() && r.client_access());
    assert_eq!(NetworkRole(4).to_string(), "unknown role 4");
    assert_eq!(
        NetworkRole(u32::MAX).to_string(),
        format!("unknown role {}", u32::MAX)
    );
    assert!(format!("{:?}", NetworkRole(8)).contains('8'));
}

// ---------------------------------------------------------------------------------------------
// States (12.2, 12.3)
// ---------------------------------------------------------------------------------------------

#[test]
fn network_state_values() {
    let table = [
        (
            NetworkState::UNKNOWN,
            0xFFFF_FFFF,
            "ClusterNetworkStateUnknown",
            "unknown",
        ),
        (
            NetworkState::UNAVAILABLE,
            0,
            "ClusterNetworkUnavailable",
            "unavailable",
        ),
        (NetworkState::DOWN, 1, "ClusterNetworkDown", "down"),
        (
            NetworkState::PARTITIONED,
            2,
            "ClusterNetworkPartitioned",
            "partitioned",
        ),
        (NetworkState::UP, 3, "ClusterNetworkUp", "up"),
    ];
    for (state, value, name, text) in table {
        assert_eq!(state.0, value, "{name}");
        assert_eq!(state, NetworkState(value));
        assert_eq!(state.name(), Some(name));
        assert_eq!(state.to_string(), text);
    }
    assert_eq!(NetworkState::UNKNOWN.0 as i32, -1);
    assert_eq!(NetworkState(4).name(), None);
    assert_eq!(NetworkState(4).to_string(), "unknown state 4");
}

#[test]
fn netinterface_state_sdk_numbering() {
    let table = [
        (
            NetInterfaceState::UNKNOWN,
            0xFFFF_FFFF,
            "ClusterNetInterfaceStateUnknown",
            "unknown",
        ),
        (
            NetInterfaceState::UNAVAILABLE,
            0,
            "ClusterNetInterfaceUnavailable",
            "unavailable",
        ),
        (
            NetInterfaceState::FAILED,
            1,
            "ClusterNetInterfaceFailed",
            "failed",
        ),
        (
            NetInterfaceState::UNREACHABLE,
            2,
            "ClusterNetInterfaceUnreachable",
            "unreachable",
        ),
        (NetInterfaceState::UP, 3, "ClusterNetInterfaceUp", "up"),
    ];
    for (state, value, name, text) in table {
        assert_eq!(state.0, value, "{name}");
        assert_eq!(state.name(), Some(name));
        assert_eq!(state.to_string(), text);
    }
    assert_eq!(NetInterfaceState(9).name(), None);
    assert_eq!(NetInterfaceState(9).to_string(), "unknown state 9");
}

#[test]
fn netinterface_state_ms_cmrp_conversions() {
    // Spec 12.3, CMRP column: Unavailable 2, Failed 0, Unreachable 1, Up 3, Unknown 0xFFFFFFFF.
    let table = [
        (NetInterfaceState::UNAVAILABLE, 2u32),
        (NetInterfaceState::FAILED, 0),
        (NetInterfaceState::UNREACHABLE, 1),
        (NetInterfaceState::UP, 3),
        (NetInterfaceState::UNKNOWN, 0xFFFF_FFFF),
    ];
    for (state, cmrp) in table {
        assert_eq!(state.to_ms_cmrp(), cmrp, "{state}");
        assert_eq!(NetInterfaceState::from_ms_cmrp(cmrp), state, "{cmrp}");
    }
}

#[test]
fn netinterface_state_ms_cmrp_round_trips() {
    let mut rng = SplitMix64::new(7);
    let mut values: Vec<u32> = (0..64).collect();
    values.extend([u32::MAX, u32::MAX - 1, 0x8000_0000]);
    values.extend((0..5000).map(|_| rng.next_u64() as u32));
    for v in values {
        assert_eq!(NetInterfaceState::from_ms_cmrp(v).to_ms_cmrp(), v, "{v}");
        assert_eq!(
            NetInterfaceState::from_ms_cmrp(NetInterfaceState(v).to_ms_cmrp()),
            NetInterfaceState(v),
            "{v}"
        );
        if v > 3 {
            // Values outside the enumeration are kept unchanged both ways.
            assert_eq!(NetInterfaceState::from_ms_cmrp(v), NetInterfaceState(v));
            assert_eq!(NetInterfaceState(v).to_ms_cmrp(), v);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The state rule (12.4)
// ---------------------------------------------------------------------------------------------

const STATES: [NetInterfaceState; 5] = [
    NetInterfaceState::UNKNOWN,
    NetInterfaceState::UNAVAILABLE,
    NetInterfaceState::FAILED,
    NetInterfaceState::UNREACHABLE,
    NetInterfaceState::UP,
];

/// Every sequence of 0 to 4 interface states drawn from `STATES`: 1 + 5 + 25 + 125 + 625.
fn all_sequences() -> Vec<Vec<NetInterfaceState>> {
    let mut all = vec![Vec::new()];
    let mut layer = vec![Vec::new()];
    for _ in 0..4 {
        let mut next = Vec::new();
        for seq in &layer {
            for s in STATES {
                let mut longer: Vec<NetInterfaceState> = seq.clone();
                longer.push(s);
                next.push(longer);
            }
        }
        all.extend(next.iter().cloned());
        layer = next;
    }
    all
}

/// The documented policy (rustdoc of `NetworkState::from_interfaces`), written independently:
/// keep only the interfaces whose state says something (Up, Failed, Unreachable); nothing left →
/// Unavailable; all Up → Up; at least two Up (and so some impaired) → Partitioned; else Down.
fn documented_policy(states: &[NetInterfaceState]) -> NetworkState {
    let telling: Vec<NetInterfaceState> = states
        .iter()
        .copied()
        .filter(|s| {
            [
                NetInterfaceState::UP,
                NetInterfaceState::FAILED,
                NetInterfaceState::UNREACHABLE,
            ]
            .contains(s)
        })
        .collect();
    if telling.is_empty() {
        return NetworkState::UNAVAILABLE;
    }
    if telling.iter().all(|s| *s == NetInterfaceState::UP) {
        return NetworkState::UP;
    }
    let ups = telling
        .iter()
        .filter(|s| **s == NetInterfaceState::UP)
        .count();
    if ups >= 2 {
        NetworkState::PARTITIONED
    } else {
        NetworkState::DOWN
    }
}

fn permutations(items: &[NetInterfaceState]) -> Vec<Vec<NetInterfaceState>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let first = rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, first);
            out.push(tail);
        }
    }
    out
}

#[test]
fn state_rule_matches_documented_policy_for_every_sequence() {
    let sequences = all_sequences();
    assert_eq!(sequences.len(), 1 + 5 + 25 + 125 + 625);
    for seq in &sequences {
        assert_eq!(
            NetworkState::from_interfaces(seq.iter().copied()),
            documented_policy(seq),
            "{seq:?}"
        );
    }
}

#[test]
fn state_rule_agrees_with_ms_cmrp_table_where_it_applies() {
    use NetInterfaceState as I;
    let mut checked = [0usize; 4];
    for seq in all_sequences().iter().filter(|s| !s.is_empty()) {
        let got = NetworkState::from_interfaces(seq.clone());
        let count = |x: I| seq.iter().filter(|s| **s == x).count();
        if seq.iter().all(|s| *s == I::UNAVAILABLE) {
            assert_eq!(got, NetworkState::UNAVAILABLE, "all Unavailable: {seq:?}");
            checked[0] += 1;
        }
        if seq.iter().all(|s| matches!(*s, I::FAILED | I::UNREACHABLE)) {
            assert_eq!(got, NetworkState::DOWN, "all Failed/Unreachable: {seq:?}");
            checked[1] += 1;
        }
        if count(I::UNREACHABLE) >= 1 && count(I::UP) >= 2 {
            assert_eq!(
                got,
                NetworkState::PARTITIONED,
                "Unreachable + 2 Up: {seq:?}"
            );
            checked[2] += 1;
        }
        if seq.iter().all(|s| *s == I::UP) {
            assert_eq!(got, NetworkState::UP, "all Up: {seq:?}");
            checked[3] += 1;
        }
    }
    // Every rule of the table was exercised: 4 all-Unavailable sequences (lengths 1 to 4),
    // 2+4+8+16 all Failed/Unreachable, 4 all-Up, and 49 with an Unreachable and two Up (length 3:
    // 3 orders; length 4: 12·3 with one other state, 4 with three Up, 6 with two Unreachable).
    assert_eq!(checked[0], 4);
    assert_eq!(checked[1], 2 + 4 + 8 + 16);
    assert_eq!(checked[2], 3 + 36 + 4 + 6);
    assert_eq!(checked[3], 4);
}

#[test]
fn state_rule_is_order_independent() {
    for seq in all_sequences() {
        let expected = NetworkState::from_interfaces(seq.clone());
        for perm in permutations(&seq) {
            assert_eq!(
                NetworkState::from_interfaces(perm.clone()),
                expected,
                "{perm:?}"
            );
        }
    }
}

#[test]
fn state_rule_examples() {
    use NetInterfaceState as I;
    use NetworkState as N;
    assert_eq!(N::from_interfaces([]), N::UNAVAILABLE);
    assert_eq!(N::from_interfaces([I::UP]), N::UP);
    assert_eq!(N::from_interfaces([I::UP, I::UP]), N::UP);
    assert_eq!(N::from_interfaces([I::UP, I::UNAVAILABLE]), N::UP);
    assert_eq!(
        N::from_interfaces([I::UP, I::UP, I::UNREACHABLE]),
        N::PARTITIONED
    );
    assert_eq!(
        N::from_interfaces([I::UP, I::UP, I::FAILED]),
        N::PARTITIONED
    );
    assert_eq!(N::from_interfaces([I::UP, I::FAILED]), N::DOWN);
    assert_eq!(
        N::from_interfaces([I::UP, I::UNREACHABLE, I::UNREACHABLE]),
        N::DOWN
    );
    assert_eq!(N::from_interfaces([I::FAILED]), N::DOWN);
    assert_eq!(N::from_interfaces([I::UNKNOWN, I::UNKNOWN]), N::UNAVAILABLE);
    // Unrecognized values are set aside like Unknown.
    assert_eq!(N::from_interfaces([I(7), I::UP]), N::UP);
    assert_eq!(N::from_interfaces([I(7), I(8)]), N::UNAVAILABLE);
    assert_eq!(N::from_interfaces([I(7), I::FAILED]), N::DOWN);
    // Any iterator works.
    assert_eq!(N::from_interfaces(vec![I::UP; 10]), N::UP);
    assert_eq!(
        N::from_interfaces((0..10).map(|i| if i % 3 == 0 { I::UNREACHABLE } else { I::UP })),
        N::PARTITIONED
    );
}

// ---------------------------------------------------------------------------------------------
// Characteristics and flags (12.5, 12.6)
// ---------------------------------------------------------------------------------------------

/// Spec 12.5 (SDK list), value by value.
const CHARACTERISTICS: &[(&str, u32)] = &[
    ("CLUS_CHAR_UNKNOWN", 0x0000_0000),
    ("CLUS_CHAR_QUORUM", 0x1),
    ("CLUS_CHAR_DELETE_REQUIRES_ALL_NODES", 0x2),
    ("CLUS_CHAR_LOCAL_QUORUM", 0x4),
    ("CLUS_CHAR_LOCAL_QUORUM_DEBUG", 0x8),
    ("CLUS_CHAR_REQUIRES_STATE_CHANGE_REASON", 0x10),
    ("CLUS_CHAR_BROADCAST_DELETE", 0x20),
    ("CLUS_CHAR_SINGLE_CLUSTER_INSTANCE", 0x40),
    ("CLUS_CHAR_SINGLE_GROUP_INSTANCE", 0x80),
    ("CLUS_CHAR_COEXIST_IN_SHARED_VOLUME_GROUP", 0x100),
    ("CLUS_CHAR_PLACEMENT_DATA", 0x200),
    ("CLUS_CHAR_MONITOR_DETACH", 0x400),
    ("CLUS_CHAR_MONITOR_REATTACH", 0x800),
    ("CLUS_CHAR_OPERATION_CONTEXT", 0x1000),
    ("CLUS_CHAR_CLONES", 0x2000),
    ("CLUS_CHAR_NOT_PREEMPTABLE", 0x4000),
    ("CLUS_CHAR_NOTIFY_NEW_OWNER", 0x8000),
    ("CLUS_CHAR_SUPPORTS_UNMONITORED_STATE", 0x10000),
    ("CLUS_CHAR_INFRASTRUCTURE", 0x20000),
    ("CLUS_CHAR_VETO_DRAIN", 0x40000),
    ("CLUS_CHAR_DRAIN_LOCAL_OFFLINE", 0x80000),
];

#[test]
fn characteristics_named_bits_match_spec() {
    assert_eq!(Characteristics::ALL.len(), CHARACTERISTICS.len());
    for &(name, value) in CHARACTERISTICS {
        let found = Characteristics::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(found.0 .0, value, "{name}");
        if value != 0 {
            let c = Characteristics(value);
            assert_eq!(c.to_string(), name);
            assert_eq!(c.names().collect::<Vec<_>>(), [name]);
            assert_eq!(c.unknown_bits(), 0);
        }
    }
    assert_eq!(Characteristics::UNKNOWN.0, 0);
    assert_eq!(Characteristics::QUORUM.0, 0x1);
    assert_eq!(Characteristics::DELETE_REQUIRES_ALL_NODES.0, 0x2);
    assert_eq!(Characteristics::LOCAL_QUORUM.0, 0x4);
    assert_eq!(Characteristics::LOCAL_QUORUM_DEBUG.0, 0x8);
    assert_eq!(Characteristics::REQUIRES_STATE_CHANGE_REASON.0, 0x10);
    assert_eq!(Characteristics::BROADCAST_DELETE.0, 0x20);
    assert_eq!(Characteristics::SINGLE_CLUSTER_INSTANCE.0, 0x40);
    assert_eq!(Characteristics::SINGLE_GROUP_INSTANCE.0, 0x80);
    assert_eq!(Characteristics::COEXIST_IN_SHARED_VOLUME_GROUP.0, 0x100);
    assert_eq!(Characteristics::PLACEMENT_DATA.0, 0x200);
    assert_eq!(Characteristics::MONITOR_DETACH.0, 0x400);
    assert_eq!(Characteristics::MONITOR_REATTACH.0, 0x800);
    assert_eq!(Characteristics::OPERATION_CONTEXT.0, 0x1000);
    assert_eq!(Characteristics::CLONES.0, 0x2000);
    assert_eq!(Characteristics::NOT_PREEMPTABLE.0, 0x4000);
    assert_eq!(Characteristics::NOTIFY_NEW_OWNER.0, 0x8000);
    assert_eq!(Characteristics::SUPPORTS_UNMONITORED_STATE.0, 0x10000);
    assert_eq!(Characteristics::INFRASTRUCTURE.0, 0x20000);
    assert_eq!(Characteristics::VETO_DRAIN.0, 0x40000);
    assert_eq!(Characteristics::DRAIN_LOCAL_OFFLINE.0, 0x80000);
}

#[test]
fn characteristics_display_and_unknown_bits() {
    assert_eq!(Characteristics(0).to_string(), "0");
    assert_eq!(Characteristics(0).names().count(), 0);
    assert_eq!(
        Characteristics(0x11).to_string(),
        "CLUS_CHAR_QUORUM | CLUS_CHAR_REQUIRES_STATE_CHANGE_REASON"
    );
    // The bits the MSCS network page lists (0x2, 0x10, 0x40, 0x80).
    assert_eq!(
        Characteristics(0xD2).to_string(),
        "CLUS_CHAR_DELETE_REQUIRES_ALL_NODES | CLUS_CHAR_REQUIRES_STATE_CHANGE_REASON | \
         CLUS_CHAR_SINGLE_CLUSTER_INSTANCE | CLUS_CHAR_SINGLE_GROUP_INSTANCE"
    );
    let odd = Characteristics(0x0010_0001);
    assert_eq!(odd.unknown_bits(), 0x0010_0000);
    assert_eq!(odd.to_string(), "CLUS_CHAR_QUORUM | 0x100000");
    assert_eq!(Characteristics(0x8000_0000).to_string(), "0x80000000");
    assert!(odd.contains(Characteristics::QUORUM));
    assert!(!odd.contains(Characteristics::CLONES));
    // All named bits together: 0xFFFFF.
    let all = Characteristics(0x000F_FFFF);
    assert_eq!(all.unknown_bits(), 0);
    assert_eq!(all.names().count(), 20);
}

#[test]
fn flags_match_spec() {
    assert_eq!(Flags::CORE.0, 0x0000_0001);
    assert_eq!(Flags::ALL, &[(Flags(1), "CLUS_FLAG_CORE")]);
    assert_eq!(Flags(0).to_string(), "0");
    assert_eq!(Flags(1).to_string(), "CLUS_FLAG_CORE");
    assert_eq!(Flags(0x10).to_string(), "0x10");
    assert_eq!(Flags(0x11).to_string(), "CLUS_FLAG_CORE | 0x10");
    assert_eq!(Flags(0x11).unknown_bits(), 0x10);
    assert!(Flags(0x11).contains(Flags::CORE));
    assert!(!Flags(0x10).contains(Flags::CORE));
}

// ---------------------------------------------------------------------------------------------
// Schemas (11.1, 11.2)
// ---------------------------------------------------------------------------------------------

/// One spec row: (name, syntax, writable, DWORD range as (min, max)).
type Row = (&'static str, u32, bool, Option<(u32, u32)>);

/// (name, syntax, writable, range) per spec 11.1. AdminExtensions (Server 2003 only) and the
/// undocumented LinkSpeed / RdmaCapable / RssCapable are left out.
const NETWORK_SPEC: &[Row] = &[
    ("Name", SZ, false, None),
    ("Description", SZ, true, None),
    ("Role", DWORD, true, Some((0, 3))),
    ("Metric", DWORD, true, Some((1, 0x0FFF_FFFF))),
    ("AutoMetric", DWORD, true, Some((0, 1))),
    ("Address", SZ, false, None),
    ("AddressMask", SZ, false, None),
    ("IPv4Addresses", MULTI_SZ, false, None),
    ("IPv4PrefixLengths", MULTI_SZ, false, None),
    ("IPv6Addresses", MULTI_SZ, false, None),
    ("IPv6PrefixLengths", MULTI_SZ, false, None),
];

/// Spec 11.2 (AdminExtensions left out).
const NETINTERFACE_SPEC: &[Row] = &[
    ("Name", SZ, false, None),
    ("Description", SZ, true, None),
    ("Node", SZ, false, None),
    ("Network", SZ, false, None),
    ("Adapter", SZ, false, None),
    ("AdapterId", SZ, false, None),
    ("Address", SZ, false, None),
    ("DhcpEnabled", DWORD, false, Some((0, 1))),
    ("IPv4Addresses", MULTI_SZ, false, None),
    ("IPv6Addresses", MULTI_SZ, false, None),
];

fn check_schema(schema: &Schema, object: &str, table: &[Row]) {
    assert_eq!(schema.object, object);
    let names: Vec<&str> = schema.properties.iter().map(|p| p.name).collect();
    let want: Vec<&str> = table.iter().map(|r| r.0).collect();
    assert_eq!(names, want, "{object}: names in spec order");
    for &(name, syntax, writable, range) in table {
        let spec = schema.get(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(spec.name, name);
        assert_eq!(spec.syntax, Syntax(syntax), "{object}.{name} syntax");
        assert_eq!(spec.writable, writable, "{object}.{name} writable");
        assert_eq!(
            spec.range.clone().map(|r| (*r.start(), *r.end())),
            range,
            "{object}.{name} range"
        );
        // Case-insensitive lookup.
        assert_eq!(schema.get(&name.to_ascii_lowercase()), Some(spec));
        assert_eq!(schema.get(&name.to_ascii_uppercase()), Some(spec));
    }
    assert_eq!(schema.get("Bogus"), None);
    assert_eq!(schema.get(""), None);
}

#[test]
fn network_schema_matches_spec_11_1() {
    check_schema(&NETWORK, "network", NETWORK_SPEC);
    // The writable ones are what ENUM_COMMON_PROPERTIES lists (spec 9), in payload order.
    let writable: Vec<&str> = NETWORK
        .properties
        .iter()
        .filter(|p| p.writable)
        .map(|p| p.name)
        .collect();
    assert_eq!(writable, ["Description", "Role", "Metric", "AutoMetric"]);
}

#[test]
fn netinterface_schema_matches_spec_11_2() {
    check_schema(&NETINTERFACE, "netinterface", NETINTERFACE_SPEC);
    let writable: Vec<&str> = NETINTERFACE
        .properties
        .iter()
        .filter(|p| p.writable)
        .map(|p| p.name)
        .collect();
    assert_eq!(writable, ["Description"], "only writable common property");
}

// ---------------------------------------------------------------------------------------------
// Validation (13)
// ---------------------------------------------------------------------------------------------

fn validate(schema: &Schema, b: &mut PropertyListBuilder) -> Result<(), PropertyError> {
    let bytes = b.finish().unwrap();
    schema.validate(&list(&bytes))
}

fn net(b: &mut PropertyListBuilder) -> Result<(), PropertyError> {
    validate(&NETWORK, b)
}

#[test]
fn valid_payloads_pass() {
    assert_eq!(
        net(PropertyListBuilder::new().property("Role").dword(1)),
        Ok(())
    );
    assert_eq!(NETWORK.validate_bytes(&spec_14_4_a()), Ok(()));
    assert_eq!(NETWORK.validate_bytes(&spec_14_4_b()), Ok(()));
    // With the trailing end mark as well.
    let mut trailer = spec_14_4_b();
    trailer.extend_from_slice(&[0; 4]);
    assert_eq!(NETWORK.validate_bytes(&trailer), Ok(()));
    // Every writable property at its range boundaries.
    for (name, v) in [
        ("Role", 0),
        ("Role", 3),
        ("Metric", 1),
        ("Metric", 0x0FFF_FFFF),
        ("AutoMetric", 0),
        ("AutoMetric", 1),
    ] {
        assert_eq!(
            net(PropertyListBuilder::new().property(name).dword(v)),
            Ok(()),
            "{name}={v}"
        );
    }
    assert_eq!(
        net(PropertyListBuilder::new().property("Description").sz("")),
        Ok(())
    );
    assert_eq!(
        validate(
            &NETINTERFACE,
            PropertyListBuilder::new().property("Description").sz("x")
        ),
        Ok(())
    );
}

#[test]
fn names_are_case_insensitive() {
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("role")
            .dword(1)
            .property("DESCRIPTION")
            .sz("x")
            .property("mEtRiC")
            .dword(5)
            .property("autometric")
            .dword(0)),
        Ok(())
    );
    assert_eq!(
        validate(
            &NETINTERFACE,
            PropertyListBuilder::new().property("description").sz("x")
        ),
        Ok(())
    );
}

#[test]
fn read_only_properties_are_rejected() {
    for name in ["Name", "Address", "AddressMask"] {
        assert_eq!(
            net(PropertyListBuilder::new().property(name).sz("x")),
            Err(PropertyError::ReadOnly {
                object: "network",
                name: name.into()
            })
        );
    }
    for name in [
        "IPv4Addresses",
        "IPv4PrefixLengths",
        "IPv6Addresses",
        "IPv6PrefixLengths",
    ] {
        assert_eq!(
            net(PropertyListBuilder::new().property(name).multi_sz(["x"])),
            Err(PropertyError::ReadOnly {
                object: "network",
                name: name.into()
            })
        );
    }
    for name in ["Name", "Node", "Network", "Adapter", "AdapterId", "Address"] {
        assert_eq!(
            validate(
                &NETINTERFACE,
                PropertyListBuilder::new().property(name).sz("x")
            ),
            Err(PropertyError::ReadOnly {
                object: "netinterface",
                name: name.into()
            })
        );
    }
    assert_eq!(
        validate(
            &NETINTERFACE,
            PropertyListBuilder::new().property("DhcpEnabled").dword(1)
        ),
        Err(PropertyError::ReadOnly {
            object: "netinterface",
            name: "DhcpEnabled".into()
        })
    );
    // A known property is reported as the schema spells it.
    assert_eq!(
        net(PropertyListBuilder::new().property("name").sz("x")),
        Err(PropertyError::ReadOnly {
            object: "network",
            name: "Name".into()
        })
    );
}

#[test]
fn unknown_properties_are_rejected() {
    assert_eq!(
        net(PropertyListBuilder::new().property("Bogus").dword(1)),
        Err(PropertyError::Unknown {
            object: "network",
            name: "Bogus".into()
        })
    );
    // Network properties are not interface properties.
    assert_eq!(
        validate(
            &NETINTERFACE,
            PropertyListBuilder::new().property("Role").dword(1)
        ),
        Err(PropertyError::Unknown {
            object: "netinterface",
            name: "Role".into()
        })
    );
    // A writable one first does not hide a later unknown one.
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("Role")
            .dword(1)
            .property("Bogus")
            .dword(1)),
        Err(PropertyError::Unknown {
            object: "network",
            name: "Bogus".into()
        })
    );
}

#[test]
fn wrong_syntax_is_rejected() {
    assert_eq!(
        net(PropertyListBuilder::new().property("Role").sz("1")),
        Err(PropertyError::WrongSyntax {
            name: "Role".into(),
            expected: Syntax::LIST_VALUE_DWORD,
            found: Syntax::LIST_VALUE_SZ
        })
    );
    assert_eq!(
        net(PropertyListBuilder::new().property("Description").dword(1)),
        Err(PropertyError::WrongSyntax {
            name: "Description".into(),
            expected: Syntax::LIST_VALUE_SZ,
            found: Syntax::LIST_VALUE_DWORD
        })
    );
    // Spec 13: Role/Metric/AutoMetric → 0x00010002, Description → 0x00010003; nothing else.
    assert_eq!(
        net(PropertyListBuilder::new().property("Metric").long(5)),
        Err(PropertyError::WrongSyntax {
            name: "Metric".into(),
            expected: Syntax::LIST_VALUE_DWORD,
            found: Syntax::LIST_VALUE_LONG
        })
    );
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("Description")
            .expand_sz("x")),
        Err(PropertyError::WrongSyntax {
            name: "Description".into(),
            expected: Syntax::LIST_VALUE_SZ,
            found: Syntax::LIST_VALUE_EXPAND_SZ
        })
    );
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("AutoMetric")
            .value(Syntax(0x8000_0002), &1u32.to_le_bytes())),
        Err(PropertyError::WrongSyntax {
            name: "AutoMetric".into(),
            expected: Syntax::LIST_VALUE_DWORD,
            found: Syntax(0x8000_0002)
        })
    );
    assert_eq!(
        validate(
            &NETINTERFACE,
            PropertyListBuilder::new()
                .property("Description")
                .multi_sz(["x"])
        ),
        Err(PropertyError::WrongSyntax {
            name: "Description".into(),
            expected: Syntax::LIST_VALUE_SZ,
            found: Syntax::LIST_VALUE_MULTI_SZ
        })
    );
}

#[test]
fn out_of_range_is_rejected() {
    let cases = [
        ("Role", 4, 0, 3),
        ("Role", u32::MAX, 0, 3),
        ("Metric", 0, 1, 0x0FFF_FFFF),
        ("Metric", 0x1000_0000, 1, 0x0FFF_FFFF),
        ("Metric", u32::MAX, 1, 0x0FFF_FFFF),
        ("AutoMetric", 2, 0, 1),
    ];
    for (name, value, min, max) in cases {
        assert_eq!(
            net(PropertyListBuilder::new().property(name).dword(value)),
            Err(PropertyError::OutOfRange {
                name: name.into(),
                value: i64::from(value),
                min,
                max
            }),
            "{name}={value}"
        );
    }
    let err = net(PropertyListBuilder::new().property("Metric").dword(0)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "property \"Metric\" is 0, outside 1..=268435455"
    );
}

#[test]
fn value_count_other_than_one_is_rejected() {
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("Role")
            .dword(1)
            .dword(2)),
        Err(PropertyError::ValueCount {
            name: "Role".into(),
            count: 2
        })
    );
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("Description")
            .sz("a")
            .sz("b")
            .sz("c")),
        Err(PropertyError::ValueCount {
            name: "Description".into(),
            count: 3
        })
    );
    // A property without values (only lenient mode reads one).
    let bytes = Raw::new().u32(1).name("Role").end().build();
    let lenient = PropertyList::parse_lenient(&bytes).unwrap();
    assert_eq!(
        NETWORK.validate(&lenient),
        Err(PropertyError::ValueCount {
            name: "Role".into(),
            count: 0
        })
    );
}

#[test]
fn duplicates_are_rejected() {
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("Role")
            .dword(1)
            .property("Role")
            .dword(1)),
        Err(PropertyError::Duplicate {
            name: "Role".into()
        })
    );
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("ROLE")
            .dword(1)
            .property("Role")
            .dword(3)),
        Err(PropertyError::Duplicate {
            name: "Role".into()
        })
    );
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("Description")
            .sz("a")
            .property("Role")
            .dword(1)
            .property("description")
            .sz("b")),
        Err(PropertyError::Duplicate {
            name: "Description".into()
        })
    );
    assert_eq!(
        validate(
            &NETINTERFACE,
            PropertyListBuilder::new()
                .property("Description")
                .sz("a")
                .property("DESCRIPTION")
                .sz("a")
        ),
        Err(PropertyError::Duplicate {
            name: "Description".into()
        })
    );
}

#[test]
fn empty_payload_is_rejected() {
    assert_eq!(
        NETWORK.validate_bytes(&[0, 0, 0, 0]),
        Err(PropertyError::Empty)
    );
    assert_eq!(NETWORK.validate_bytes(&[0; 8]), Err(PropertyError::Empty));
    assert_eq!(
        NETINTERFACE.validate_bytes(&[0, 0, 0, 0]),
        Err(PropertyError::Empty)
    );
    assert_eq!(
        NetworkUpdate::default().to_bytes(),
        Err(PropertyError::Empty)
    );
    assert_eq!(
        NetInterfaceUpdate::default().to_bytes(),
        Err(PropertyError::Empty)
    );
}

#[test]
fn malformed_bytes_are_parse_errors() {
    // A value syntax where the NAME syntax belongs, at offset 4.
    let mut bad = spec_14_4_a();
    bad[4..8].copy_from_slice(&SZ.to_le_bytes());
    assert_eq!(
        NETWORK.validate_bytes(&bad),
        Err(PropertyError::Parse(ParseError::ExpectedName {
            offset: 4,
            found: Syntax::LIST_VALUE_SZ
        }))
    );
    // A count that the buffer cannot hold.
    assert_eq!(
        NETWORK.validate_bytes(&[1, 0, 0, 0]),
        Err(PropertyError::Parse(ParseError::CountTooLarge {
            offset: 0,
            count: 1,
            max: 0,
            available: 0
        }))
    );
    // Too short for a count.
    assert!(matches!(
        NETWORK.validate_bytes(&[]),
        Err(PropertyError::Parse(ParseError::Truncated {
            item: Item::PropertyCount,
            offset: 0,
            ..
        }))
    ));
    // A DWORD with cbLength 2 (the Role value's cbLength at offset 28).
    let mut short = spec_14_4_a();
    short[28] = 2;
    assert_eq!(
        NETWORK.validate_bytes(&short),
        Err(PropertyError::Parse(ParseError::WrongLength {
            offset: 28,
            syntax: Syntax::LIST_VALUE_DWORD,
            expected: 4,
            found: 2
        }))
    );
}

#[test]
fn first_problem_is_reported() {
    assert_eq!(
        net(PropertyListBuilder::new()
            .property("Role")
            .dword(4)
            .property("Bogus")
            .dword(1)),
        Err(PropertyError::OutOfRange {
            name: "Role".into(),
            value: 4,
            min: 0,
            max: 3
        })
    );
}

// ---------------------------------------------------------------------------------------------
// SET payloads (14.4)
// ---------------------------------------------------------------------------------------------

#[test]
fn spec_dumps_have_their_stated_sizes() {
    assert_eq!(spec_14_4_a().len(), 40);
    assert_eq!(spec_14_4_b().len(), 156);
    // The MS doc helper: 4 + Σ (8 + ALIGN(cbName) + 8 + ALIGN(cbValue) + 4).
    assert_eq!(4 + (8 + 12 + 8 + 4 + 4), 40);
    assert_eq!(
        4 + (8 + 24 + 8 + 20 + 4) + (8 + 16 + 8 + 4 + 4) + (8 + 24 + 8 + 4 + 4),
        156
    );
}

#[test]
fn network_update_a_is_byte_exact() {
    let update = NetworkUpdate {
        role: Some(NetworkRole::INTERNAL_USE),
        ..Default::default()
    };
    assert_eq!(update.to_bytes().unwrap(), spec_14_4_a());
    // The same as the hand-written list of the test helpers.
    assert_eq!(spec_14_4_a(), common::role_list());
}

#[test]
fn network_update_b_is_byte_exact() {
    let update = NetworkUpdate {
        description: Some("Heartbeat".into()),
        metric: Some(1000),
        auto_metric: Some(false),
        ..Default::default()
    };
    assert_eq!(update.to_bytes().unwrap(), spec_14_4_b());
}

#[test]
fn netinterface_update_is_byte_exact() {
    // Description="Heartbeat" as in 14.4 (b): the count 1, then (b)'s first property (offsets
    // 0x04..0x44, its end mark included).
    let mut expected = vec![1, 0, 0, 0];
    expected.extend_from_slice(&spec_14_4_b()[4..0x44]);
    let update = NetInterfaceUpdate {
        description: Some("Heartbeat".into()),
    };
    assert_eq!(update.to_bytes().unwrap(), expected);
    assert_eq!(expected.len(), 68);

    let empty = NetInterfaceUpdate {
        description: Some(String::new()),
    };
    let expected = Raw::new()
        .u32(1)
        .name("Description")
        .entry(SZ, &[0, 0])
        .end()
        .build();
    assert_eq!(empty.to_bytes().unwrap(), expected);
}

fn names_of(bytes: &[u8]) -> Vec<String> {
    list(bytes)
        .properties()
        .map(|p| p.name().to_string_lossy())
        .collect()
}

#[test]
fn network_updates_are_in_schema_order_for_every_subset() {
    let order = ["Description", "Role", "Metric", "AutoMetric"];
    for mask in 1u8..16 {
        let update = NetworkUpdate {
            description: (mask & 1 != 0).then(|| "Heartbeat".to_owned()),
            role: (mask & 2 != 0).then_some(NetworkRole::INTERNAL_USE),
            metric: (mask & 4 != 0).then_some(1000),
            auto_metric: (mask & 8 != 0).then_some(false),
        };
        let bytes = update.to_bytes().unwrap();
        let expected_names: Vec<&str> = order
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, n)| *n)
            .collect();
        assert_eq!(names_of(&bytes), expected_names, "mask {mask:#06b}");

        // Byte-exact against an independent raw encoding.
        let mut raw = Raw::new().u32(expected_names.len() as u32);
        if mask & 1 != 0 {
            raw = raw
                .name("Description")
                .entry(SZ, &utf16z("Heartbeat"))
                .end();
        }
        if mask & 2 != 0 {
            raw = raw.name("Role").entry(DWORD, &1u32.to_le_bytes()).end();
        }
        if mask & 4 != 0 {
            raw = raw
                .name("Metric")
                .entry(DWORD, &1000u32.to_le_bytes())
                .end();
        }
        if mask & 8 != 0 {
            raw = raw
                .name("AutoMetric")
                .entry(DWORD, &0u32.to_le_bytes())
                .end();
        }
        assert_eq!(bytes, raw.build(), "mask {mask:#06b}");
        assert!(
            !list(&bytes).has_trailing_end_mark(),
            "no trailer (spec 13)"
        );
        assert_eq!(NETWORK.validate_bytes(&bytes), Ok(()));
    }
}

#[test]
fn network_update_values() {
    let all = NetworkUpdate {
        description: Some("d".into()),
        role: Some(NetworkRole::INTERNAL_AND_CLIENT),
        metric: Some(0x0FFF_FFFF),
        auto_metric: Some(true),
    };
    let bytes = all.to_bytes().unwrap();
    let l = list(&bytes);
    let dword = |n: &str| l.get(n).unwrap().value().unwrap().as_u32().unwrap();
    assert_eq!(dword("Role"), 3);
    assert_eq!(dword("Metric"), 0x0FFF_FFFF);
    assert_eq!(dword("AutoMetric"), 1);
    for p in l.properties() {
        let v = p.value().unwrap();
        let want = if p.name() == "Description" { SZ } else { DWORD };
        assert_eq!(v.syntax(), Syntax(want), "{}", p.name());
    }
}

#[test]
fn network_update_errors() {
    let metric0 = NetworkUpdate {
        metric: Some(0),
        ..Default::default()
    };
    assert_eq!(
        metric0.to_bytes(),
        Err(PropertyError::OutOfRange {
            name: "Metric".into(),
            value: 0,
            min: 1,
            max: 0x0FFF_FFFF
        })
    );
    let big = NetworkUpdate {
        metric: Some(0x1000_0000),
        ..Default::default()
    };
    assert_eq!(
        big.to_bytes(),
        Err(PropertyError::OutOfRange {
            name: "Metric".into(),
            value: 0x1000_0000,
            min: 1,
            max: 0x0FFF_FFFF
        })
    );
    let role4 = NetworkUpdate {
        role: Some(NetworkRole(4)),
        ..Default::default()
    };
    assert_eq!(
        role4.to_bytes(),
        Err(PropertyError::OutOfRange {
            name: "Role".into(),
            value: 4,
            min: 0,
            max: 3
        })
    );
    let nul = NetworkUpdate {
        description: Some("a\0b".into()),
        ..Default::default()
    };
    assert!(matches!(
        nul.to_bytes(),
        Err(PropertyError::Mapping { ref name, ref message }) if name == "Description" && message.contains("NUL")
    ));
    let nul = NetInterfaceUpdate {
        description: Some("\0".into()),
    };
    assert!(matches!(
        nul.to_bytes(),
        Err(PropertyError::Mapping { ref name, ref message }) if name == "Description" && message.contains("index 0")
    ));
}

// ---------------------------------------------------------------------------------------------
// Changed-only payloads
// ---------------------------------------------------------------------------------------------

/// The sample network's GET_COMMON_PROPERTIES-like list: Description "", Role 3, Metric 39840,
/// AutoMetric 1 (and its read-only properties).
fn sample() -> Vec<u8> {
    data("samples/network_common.listend.bin")
}

#[test]
fn changed_from_drops_unchanged_values() {
    let current_bytes = sample();
    let current = list(&current_bytes);
    let same = NetworkUpdate {
        description: Some(String::new()),
        role: Some(NetworkRole::INTERNAL_AND_CLIENT),
        metric: Some(39840),
        auto_metric: Some(true),
    };
    assert_eq!(same.changed_from(&current), Ok(None));
    let role_only = NetworkUpdate {
        role: Some(NetworkRole(3)),
        ..Default::default()
    };
    assert_eq!(role_only.changed_from(&current), Ok(None));
}

#[test]
fn changed_from_keeps_changed_values_byte_exact() {
    let current_bytes = sample();
    let current = list(&current_bytes);
    // Role 3 → 1 only: exactly spec 14.4 (a).
    let update = NetworkUpdate {
        role: Some(NetworkRole::INTERNAL_USE),
        ..Default::default()
    };
    assert_eq!(update.changed_from(&current), Ok(Some(spec_14_4_a())));
    // Role unchanged, the three others changed: exactly spec 14.4 (b).
    let update = NetworkUpdate {
        description: Some("Heartbeat".into()),
        role: Some(NetworkRole::INTERNAL_AND_CLIENT),
        metric: Some(1000),
        auto_metric: Some(false),
    };
    assert_eq!(update.changed_from(&current), Ok(Some(spec_14_4_b())));
}

#[test]
fn changed_from_compares_strings_exactly() {
    let current_bytes = PropertyListBuilder::new()
        .property("Description")
        .sz("heartbeat")
        .property("Role")
        .dword(1)
        .finish()
        .unwrap();
    let current = list(&current_bytes);
    let update = NetworkUpdate {
        description: Some("Heartbeat".into()),
        role: Some(NetworkRole::INTERNAL_USE),
        ..Default::default()
    };
    let payload = update.changed_from(&current).unwrap().unwrap();
    assert_eq!(names_of(&payload), ["Description"]);
    assert_eq!(
        list(&payload)
            .get("Description")
            .unwrap()
            .value()
            .unwrap()
            .as_str()
            .unwrap(),
        "Heartbeat"
    );
    let same = NetworkUpdate {
        description: Some("heartbeat".into()),
        ..Default::default()
    };
    assert_eq!(same.changed_from(&current), Ok(None));
    // Interfaces too.
    let iface = NetInterfaceUpdate {
        description: Some("HEARTBEAT".into()),
    };
    let payload = iface.changed_from(&current).unwrap().unwrap();
    assert_eq!(names_of(&payload), ["Description"]);
    let iface_same = NetInterfaceUpdate {
        description: Some("heartbeat".into()),
    };
    assert_eq!(iface_same.changed_from(&current), Ok(None));
}

#[test]
fn changed_from_keeps_properties_absent_from_current() {
    let current_bytes = spec_14_4_a(); // Role = 1 only
    let current = list(&current_bytes);
    let update = NetworkUpdate {
        role: Some(NetworkRole::INTERNAL_USE),
        metric: Some(39840),
        ..Default::default()
    };
    let payload = update.changed_from(&current).unwrap().unwrap();
    assert_eq!(
        payload,
        Raw::new()
            .u32(1)
            .name("Metric")
            .entry(DWORD, &39840u32.to_le_bytes())
            .end()
            .build()
    );
    // An empty current list: everything is kept.
    let empty = [0u8; 4];
    let update = NetworkUpdate {
        description: Some("Heartbeat".into()),
        metric: Some(1000),
        auto_metric: Some(false),
        ..Default::default()
    };
    assert_eq!(update.changed_from(&list(&empty)), Ok(Some(spec_14_4_b())));
}

#[test]
fn changed_from_still_validates() {
    let current_bytes = sample();
    let current = list(&current_bytes);
    let update = NetworkUpdate {
        metric: Some(0),
        ..Default::default()
    };
    assert_eq!(
        update.changed_from(&current),
        Err(PropertyError::OutOfRange {
            name: "Metric".into(),
            value: 0,
            min: 1,
            max: 0x0FFF_FFFF
        })
    );
    let update = NetworkUpdate {
        role: Some(NetworkRole(4)),
        ..Default::default()
    };
    assert_eq!(
        update.changed_from(&current),
        Err(PropertyError::OutOfRange {
            name: "Role".into(),
            value: 4,
            min: 0,
            max: 3
        })
    );
    // Schema::changed_only with a read-only property that changes.
    let update_bytes = PropertyListBuilder::new()
        .property("Name")
        .sz("Renamed")
        .finish()
        .unwrap();
    assert_eq!(
        NETWORK.changed_only(&list(&update_bytes), &current),
        Err(PropertyError::ReadOnly {
            object: "network",
            name: "Name".into()
        })
    );
}

#[test]
fn schema_changed_only_on_lists() {
    let current_bytes = sample();
    let current = list(&current_bytes);
    // Names compare case-insensitively; values exactly.
    let update_bytes = PropertyListBuilder::new()
        .property("role")
        .dword(3)
        .property("METRIC")
        .dword(39840)
        .finish()
        .unwrap();
    assert_eq!(
        NETWORK.changed_only(&list(&update_bytes), &current),
        Ok(None)
    );
    let update_bytes = PropertyListBuilder::new()
        .property("Role")
        .dword(3)
        .property("Metric")
        .dword(500)
        .finish()
        .unwrap();
    let payload = NETWORK
        .changed_only(&list(&update_bytes), &current)
        .unwrap()
        .unwrap();
    assert_eq!(
        payload,
        Raw::new()
            .u32(1)
            .name("Metric")
            .entry(DWORD, &500u32.to_le_bytes())
            .end()
            .build()
    );
    // A different syntax for the same number is a change (and then a validation error).
    let update_bytes = PropertyListBuilder::new()
        .property("Role")
        .sz("3")
        .finish()
        .unwrap();
    assert_eq!(
        NETWORK.changed_only(&list(&update_bytes), &current),
        Err(PropertyError::WrongSyntax {
            name: "Role".into(),
            expected: Syntax::LIST_VALUE_DWORD,
            found: Syntax::LIST_VALUE_SZ
        })
    );
}

// ---------------------------------------------------------------------------------------------
// Typed common properties
// ---------------------------------------------------------------------------------------------

fn v4(s: &str) -> Parsed<Ipv4Addr> {
    Parsed::Value(s.parse().unwrap())
}

#[test]
fn network_common_properties_from_sample() {
    for file in [
        "samples/network_common.listend.bin",
        "samples/network_common.bin",
    ] {
        let bytes = data(file);
        let p = NetworkCommonProperties::from_list(&list(&bytes)).unwrap();
        assert_eq!(p.name.as_deref(), Some("Cluster Network 1"), "{file}");
        assert_eq!(p.description.as_deref(), Some(""));
        assert_eq!(p.role, Some(NetworkRole::INTERNAL_AND_CLIENT));
        assert_eq!(p.role, Some(NetworkRole(3)));
        assert_eq!(p.metric, Some(39840));
        assert_eq!(p.auto_metric, Some(true));
        assert_eq!(p.address, Some(v4("10.0.0.0")));
        assert_eq!(p.address_mask, Some(v4("255.255.255.0")));
        assert_eq!(p.ipv4_addresses, [v4("10.0.0.0")]);
        assert_eq!(p.ipv4_prefix_lengths, [Parsed::Value(24u8)]);
        assert!(p.ipv6_addresses.is_empty());
        assert!(p.ipv6_prefix_lengths.is_empty());
        assert!(p.other.is_empty());
        assert_eq!(p.ipv4_prefixes(), [(Ipv4Addr::new(10, 0, 0, 0), 24)]);
        assert!(p.ipv6_prefixes().is_empty());
    }
}

#[test]
fn network_common_properties_from_spec_fragment_c() {
    let bytes = spec_14_4_c();
    let l = list(&bytes);
    assert!(l.has_trailing_end_mark());
    let p = NetworkCommonProperties::from_list(&l).unwrap();
    assert_eq!(p.ipv4_addresses, [v4("10.0.0.0")]);
    assert_eq!(p.ipv4_prefix_lengths, [Parsed::Value(24u8)]);
    assert_eq!(p.ipv4_prefixes(), [(Ipv4Addr::new(10, 0, 0, 0), 24)]);
    assert_eq!(p.name, None);
    assert_eq!(p.role, None);
    assert_eq!(p.metric, None);
    assert_eq!(p.auto_metric, None);
    assert_eq!(p.address, None);
    assert!(p.other.is_empty());
}

#[test]
fn network_common_properties_merge_two_lists() {
    // GET_COMMON_PROPERTIES (read/write) …
    let rw = Raw::new()
        .u32(5)
        .name("Description")
        .entry(SZ, &utf16z("Heartbeat"))
        .end()
        .name("Role")
        .entry(DWORD, &1u32.to_le_bytes())
        .end()
        .name("Metric")
        .entry(DWORD, &1000u32.to_le_bytes())
        .end()
        .name("AutoMetric")
        .entry(DWORD, &0u32.to_le_bytes())
        .end()
        .name("Custom")
        .entry(DWORD, &9u32.to_le_bytes())
        .end()
        .end()
        .build();
    // … and GET_RO_COMMON_PROPERTIES (read-only), with an unknown LinkSpeed.
    let ro = Raw::new()
        .u32(8)
        .name("Name")
        .entry(SZ, &utf16z("Cluster Network 2"))
        .end()
        .name("Address")
        .entry(SZ, &utf16z("192.168.1.0"))
        .end()
        .name("AddressMask")
        .entry(SZ, &utf16z("255.255.255.0"))
        .end()
        .name("IPv4Addresses")
        .entry(MULTI_SZ, &multi(&["192.168.1.0", "172.16.0.0"]))
        .end()
        .name("IPv4PrefixLengths")
        .entry(MULTI_SZ, &multi(&["24", "12"]))
        .end()
        .name("IPv6Addresses")
        .entry(MULTI_SZ, &multi(&["fd00::", "2001:db8::"]))
        .end()
        .name("IPv6PrefixLengths")
        .entry(MULTI_SZ, &multi(&["64", "48"]))
        .end()
        .name("LinkSpeed")
        .entry(0x0001_0006, &10_000_000_000u64.to_le_bytes())
        .end()
        .end()
        .build();

    let mut p = NetworkCommonProperties::from_list(&list(&rw)).unwrap();
    assert_eq!(p.name, None);
    p.merge_list(&list(&ro)).unwrap();
    assert_eq!(p.name.as_deref(), Some("Cluster Network 2"));
    assert_eq!(p.description.as_deref(), Some("Heartbeat"));
    assert_eq!(p.role, Some(NetworkRole::INTERNAL_USE));
    assert_eq!(p.metric, Some(1000));
    assert_eq!(p.auto_metric, Some(false));
    assert_eq!(p.address, Some(v4("192.168.1.0")));
    assert_eq!(p.address_mask, Some(v4("255.255.255.0")));
    assert_eq!(p.ipv4_addresses, [v4("192.168.1.0"), v4("172.16.0.0")]);
    assert_eq!(
        p.ipv4_prefix_lengths,
        [Parsed::Value(24), Parsed::Value(12)]
    );
    assert_eq!(
        p.ipv4_prefixes(),
        [
            (Ipv4Addr::new(192, 168, 1, 0), 24),
            (Ipv4Addr::new(172, 16, 0, 0), 12)
        ]
    );
    let fd00: Ipv6Addr = "fd00::".parse().unwrap();
    let db8: Ipv6Addr = "2001:db8::".parse().unwrap();
    assert_eq!(p.ipv6_addresses, [Parsed::Value(fd00), Parsed::Value(db8)]);
    assert_eq!(p.ipv6_prefixes(), [(fd00, 64), (db8, 48)]);
    // Unknown properties of both lists are kept, as they came, in order.
    assert_eq!(p.other.len(), 2);
    assert_eq!(p.other[0].name, "Custom");
    assert_eq!(p.other[0].values, [OwnedValue::dword(9)]);
    assert_eq!(p.other[1].name, "LinkSpeed");
    assert_eq!(p.other[1].values.len(), 1);
    assert_eq!(
        p.other[1].values[0].syntax,
        Syntax::LIST_VALUE_ULARGE_INTEGER
    );
    assert_eq!(p.other[1].values[0].data, 10_000_000_000u64.to_le_bytes());

    // Merging in the other order gives the same properties.
    let mut q = NetworkCommonProperties::from_list(&list(&ro)).unwrap();
    q.merge_list(&list(&rw)).unwrap();
    assert_eq!(q.name, p.name);
    assert_eq!(q.role, p.role);
    assert_eq!(q.ipv6_addresses, p.ipv6_addresses);
    assert_eq!(q.other.len(), 2);
    assert_eq!(q.other[0].name, "LinkSpeed");
    assert_eq!(q.other[1].name, "Custom");
}

#[test]
fn network_common_properties_names_are_case_insensitive() {
    let bytes = Raw::new()
        .u32(2)
        .name("ROLE")
        .entry(DWORD, &2u32.to_le_bytes())
        .end()
        .name("autometric")
        .entry(DWORD, &1u32.to_le_bytes())
        .end()
        .build();
    let p = NetworkCommonProperties::from_list(&list(&bytes)).unwrap();
    assert_eq!(p.role, Some(NetworkRole::CLIENT_ACCESS));
    assert_eq!(p.auto_metric, Some(true));
    assert!(p.other.is_empty());
}

#[test]
fn network_common_properties_wrong_syntax() {
    let one = |name: &str, syntax: u32, data: &[u8]| {
        Raw::new()
            .u32(1)
            .name(name)
            .entry(syntax, data)
            .end()
            .build()
    };
    let cases: [(&str, u32, Vec<u8>, Syntax); 5] = [
        ("Role", SZ, utf16z("3"), Syntax::LIST_VALUE_DWORD),
        ("Metric", SZ, utf16z("1"), Syntax::LIST_VALUE_DWORD),
        (
            "Name",
            DWORD,
            1u32.to_le_bytes().to_vec(),
            Syntax::LIST_VALUE_SZ,
        ),
        (
            "IPv4Addresses",
            SZ,
            utf16z("10.0.0.0"),
            Syntax::LIST_VALUE_MULTI_SZ,
        ),
        (
            "Address",
            MULTI_SZ,
            multi(&["10.0.0.0"]),
            Syntax::LIST_VALUE_SZ,
        ),
    ];
    for (name, syntax, data, expected) in cases {
        let bytes = one(name, syntax, &data);
        assert_eq!(
            NetworkCommonProperties::from_list(&list(&bytes)),
            Err(PropertyError::WrongSyntax {
                name: name.into(),
                expected,
                found: Syntax(syntax)
            }),
            "{name}"
        );
    }
}

#[test]
fn network_common_properties_flag_out_of_range() {
    let bytes = Raw::new()
        .u32(1)
        .name("AutoMetric")
        .entry(DWORD, &7u32.to_le_bytes())
        .end()
        .build();
    assert_eq!(
        NetworkCommonProperties::from_list(&list(&bytes)),
        Err(PropertyError::OutOfRange {
            name: "AutoMetric".into(),
            value: 7,
            min: 0,
            max: 1
        })
    );
}

#[test]
fn network_common_properties_keep_unparsable_text() {
    let bytes = Raw::new()
        .u32(6)
        .name("Address")
        .entry(SZ, &utf16z("10.0.0.0/24"))
        .end()
        .name("AddressMask")
        .entry(SZ, &utf16z(""))
        .end()
        .name("IPv4Addresses")
        .entry(MULTI_SZ, &multi(&["10.0.0.0", "ten"]))
        .end()
        .name("IPv4PrefixLengths")
        .entry(MULTI_SZ, &multi(&["24", "300"]))
        .end()
        .name("IPv6Addresses")
        .entry(MULTI_SZ, &multi(&["fe80::/64", "fe80::"]))
        .end()
        .name("IPv6PrefixLengths")
        .entry(MULTI_SZ, &multi(&["64", "sixty-four"]))
        .end()
        .build();
    let p = NetworkCommonProperties::from_list(&list(&bytes)).unwrap();
    assert_eq!(p.address, Some(Parsed::Text("10.0.0.0/24".into())));
    assert_eq!(p.address_mask, Some(Parsed::Text(String::new())));
    assert_eq!(
        p.ipv4_addresses,
        [v4("10.0.0.0"), Parsed::Text("ten".into())]
    );
    assert_eq!(
        p.ipv4_prefix_lengths,
        [Parsed::Value(24), Parsed::Text("300".into())]
    );
    assert_eq!(
        p.ipv6_addresses,
        [
            Parsed::Text("fe80::/64".into()),
            Parsed::Value("fe80::".parse().unwrap())
        ]
    );
    assert_eq!(
        p.ipv6_prefix_lengths,
        [Parsed::Value(64), Parsed::Text("sixty-four".into())]
    );
    // Only pairs where both parsed.
    assert_eq!(p.ipv4_prefixes(), [(Ipv4Addr::new(10, 0, 0, 0), 24)]);
    assert!(p.ipv6_prefixes().is_empty());
    // Display shows the value or the text.
    assert_eq!(p.address.as_ref().unwrap().to_string(), "10.0.0.0/24");
    assert_eq!(p.ipv4_addresses[0].to_string(), "10.0.0.0");
    assert_eq!(
        p.ipv4_addresses[0].value(),
        Some(&Ipv4Addr::new(10, 0, 0, 0))
    );
    assert_eq!(p.ipv4_addresses[1].value(), None);
}

/// All ten properties of spec 11.2.
fn interface_list(address: &str, dhcp: u32) -> Vec<u8> {
    Raw::new()
        .u32(10)
        .name("Name")
        .entry(SZ, &utf16z("node1 - Ethernet"))
        .end()
        .name("Description")
        .entry(SZ, &utf16z(""))
        .end()
        .name("Node")
        .entry(SZ, &utf16z("node1"))
        .end()
        .name("Network")
        .entry(SZ, &utf16z("Cluster Network 1"))
        .end()
        .name("Adapter")
        .entry(SZ, &utf16z("Ethernet"))
        .end()
        .name("AdapterId")
        .entry(SZ, &utf16z("f605d1fd-e5de-4495-a680-44254c38d2d4"))
        .end()
        .name("Address")
        .entry(SZ, &utf16z(address))
        .end()
        .name("DhcpEnabled")
        .entry(DWORD, &dhcp.to_le_bytes())
        .end()
        .name("IPv4Addresses")
        .entry(MULTI_SZ, &multi(&["10.0.0.11"]))
        .end()
        .name("IPv6Addresses")
        .entry(MULTI_SZ, &multi(&["fe80::1", "fd00::11"]))
        .end()
        .end()
        .build()
}

#[test]
fn netinterface_common_properties_all_ten() {
    let bytes = interface_list("10.0.0.11", 0);
    let p = NetInterfaceCommonProperties::from_list(&list(&bytes)).unwrap();
    assert_eq!(p.name.as_deref(), Some("node1 - Ethernet"));
    assert_eq!(p.description.as_deref(), Some(""));
    assert_eq!(p.node.as_deref(), Some("node1"));
    assert_eq!(p.network.as_deref(), Some("Cluster Network 1"));
    assert_eq!(p.adapter.as_deref(), Some("Ethernet"));
    assert_eq!(
        p.adapter_id.as_deref(),
        Some("f605d1fd-e5de-4495-a680-44254c38d2d4")
    );
    assert_eq!(
        p.address,
        Some(Parsed::Value(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 11))))
    );
    assert_eq!(p.dhcp_enabled, Some(false));
    assert_eq!(p.ipv4_addresses, [v4("10.0.0.11")]);
    assert_eq!(
        p.ipv6_addresses,
        [
            Parsed::Value("fe80::1".parse().unwrap()),
            Parsed::Value("fd00::11".parse().unwrap())
        ]
    );
    assert!(p.other.is_empty());

    let bytes = interface_list("fe80::1", 1);
    let p = NetInterfaceCommonProperties::from_list(&list(&bytes)).unwrap();
    assert_eq!(
        p.address,
        Some(Parsed::Value(IpAddr::V6("fe80::1".parse().unwrap())))
    );
    assert_eq!(p.dhcp_enabled, Some(true));

    let bytes = interface_list("not an address", 0);
    let p = NetInterfaceCommonProperties::from_list(&list(&bytes)).unwrap();
    assert_eq!(p.address, Some(Parsed::Text("not an address".into())));
}

#[test]
fn netinterface_common_properties_errors_and_other() {
    let bytes = interface_list("10.0.0.11", 2);
    assert_eq!(
        NetInterfaceCommonProperties::from_list(&list(&bytes)),
        Err(PropertyError::OutOfRange {
            name: "DhcpEnabled".into(),
            value: 2,
            min: 0,
            max: 1
        })
    );
    let bytes = Raw::new()
        .u32(1)
        .name("Node")
        .entry(DWORD, &1u32.to_le_bytes())
        .end()
        .build();
    assert_eq!(
        NetInterfaceCommonProperties::from_list(&list(&bytes)),
        Err(PropertyError::WrongSyntax {
            name: "Node".into(),
            expected: Syntax::LIST_VALUE_SZ,
            found: Syntax::LIST_VALUE_DWORD
        })
    );
    let bytes = Raw::new()
        .u32(1)
        .name("DhcpEnabled")
        .entry(SZ, &utf16z("1"))
        .end()
        .build();
    assert_eq!(
        NetInterfaceCommonProperties::from_list(&list(&bytes)),
        Err(PropertyError::WrongSyntax {
            name: "DhcpEnabled".into(),
            expected: Syntax::LIST_VALUE_DWORD,
            found: Syntax::LIST_VALUE_SZ
        })
    );
    // Network-only properties are unknown to an interface and kept in `other`; merge adds more.
    let first = Raw::new()
        .u32(2)
        .name("Role")
        .entry(DWORD, &1u32.to_le_bytes())
        .end()
        .name("Description")
        .entry(SZ, &utf16z("uplink"))
        .end()
        .build();
    let mut p = NetInterfaceCommonProperties::from_list(&list(&first)).unwrap();
    assert_eq!(p.description.as_deref(), Some("uplink"));
    assert_eq!(p.other.len(), 1);
    assert_eq!(p.other[0].name, "Role");
    assert_eq!(p.other[0].values, [OwnedValue::dword(1)]);
    let second = interface_list("10.0.0.11", 1);
    p.merge_list(&list(&second)).unwrap();
    assert_eq!(p.description.as_deref(), Some(""), "the later list wins");
    assert_eq!(p.node.as_deref(), Some("node1"));
    assert_eq!(p.dhcp_enabled, Some(true));
    assert_eq!(p.other.len(), 1, "`other` is kept across merges");
}
