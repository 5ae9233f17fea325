//! Control codes (spec sections 8 and 9): every network and network-interface code against the
//! spec's table, the bit layout, names and parsing, output kinds, and the decoding of every kind
//! of control output. Expected values are transcribed from the specification, not from the code.

mod common;

use clusprop::control::{
    Access, Clctl, ControlCode, ControlOutput, Object, OutputError, OutputKind, UnknownControlName,
};
use clusprop::control::{Characteristics, Flags};
use clusprop::error::Item;
use clusprop::mutate::SplitMix64;
use clusprop::objects::network::NetworkRole;
use clusprop::{Mode, ParseError};
use common::{data, utf16, utf16z, Raw, DWORD, SZ};

/// Spec section 8.2, network column: (function name, value). 17 codes.
const NETWORK_TABLE: &[(&str, u32)] = &[
    ("UNKNOWN", 0x0500_0000),
    ("GET_CHARACTERISTICS", 0x0500_0005),
    ("GET_FLAGS", 0x0500_0009),
    ("GET_NAME", 0x0500_0029),
    ("GET_ID", 0x0500_0039),
    ("ENUM_COMMON_PROPERTIES", 0x0500_0051),
    ("GET_RO_COMMON_PROPERTIES", 0x0500_0055),
    ("GET_COMMON_PROPERTIES", 0x0500_0059),
    ("SET_COMMON_PROPERTIES", 0x0540_005E),
    ("VALIDATE_COMMON_PROPERTIES", 0x0500_0061),
    ("GET_COMMON_PROPERTY_FMTS", 0x0500_0065),
    ("ENUM_PRIVATE_PROPERTIES", 0x0500_0079),
    ("GET_RO_PRIVATE_PROPERTIES", 0x0500_007D),
    ("GET_PRIVATE_PROPERTIES", 0x0500_0081),
    ("SET_PRIVATE_PROPERTIES", 0x0540_0086),
    ("VALIDATE_PRIVATE_PROPERTIES", 0x0500_0089),
    ("GET_PRIVATE_PROPERTY_FMTS", 0x0500_008D),
];

/// Spec section 8.2, network-interface column: (function name, value). 19 codes.
const NETINTERFACE_TABLE: &[(&str, u32)] = &[
    ("UNKNOWN", 0x0600_0000),
    ("GET_CHARACTERISTICS", 0x0600_0005),
    ("GET_FLAGS", 0x0600_0009),
    ("GET_NAME", 0x0600_0029),
    ("GET_NODE", 0x0600_0031),
    ("GET_NETWORK", 0x0600_0035),
    ("GET_ID", 0x0600_0039),
    ("ENUM_COMMON_PROPERTIES", 0x0600_0051),
    ("GET_RO_COMMON_PROPERTIES", 0x0600_0055),
    ("GET_COMMON_PROPERTIES", 0x0600_0059),
    ("SET_COMMON_PROPERTIES", 0x0640_005E),
    ("VALIDATE_COMMON_PROPERTIES", 0x0600_0061),
    ("GET_COMMON_PROPERTY_FMTS", 0x0600_0065),
    ("ENUM_PRIVATE_PROPERTIES", 0x0600_0079),
    ("GET_RO_PRIVATE_PROPERTIES", 0x0600_007D),
    ("GET_PRIVATE_PROPERTIES", 0x0600_0081),
    ("SET_PRIVATE_PROPERTIES", 0x0640_0086),
    ("VALIDATE_PRIVATE_PROPERTIES", 0x0600_0089),
    ("GET_PRIVATE_PROPERTY_FMTS", 0x0600_008D),
];

/// Spec section 8.2 generic table: (name, function number, access, modify, CLCTL value), plus the
/// "other generic" codes listed below the table.
const CLCTL_TABLE: &[(&str, u32, u8, bool, u32)] = &[
    ("UNKNOWN", 0, 0, false, 0x0000_0000),
    ("GET_CHARACTERISTICS", 1, 1, false, 0x0000_0005),
    ("GET_FLAGS", 2, 1, false, 0x0000_0009),
    ("GET_NAME", 10, 1, false, 0x0000_0029),
    ("GET_NODE", 12, 1, false, 0x0000_0031),
    ("GET_NETWORK", 13, 1, false, 0x0000_0035),
    ("GET_ID", 14, 1, false, 0x0000_0039),
    ("ENUM_COMMON_PROPERTIES", 20, 1, false, 0x0000_0051),
    ("GET_RO_COMMON_PROPERTIES", 21, 1, false, 0x0000_0055),
    ("GET_COMMON_PROPERTIES", 22, 1, false, 0x0000_0059),
    ("SET_COMMON_PROPERTIES", 23, 2, true, 0x0040_005E),
    ("VALIDATE_COMMON_PROPERTIES", 24, 1, false, 0x0000_0061),
    ("GET_COMMON_PROPERTY_FMTS", 25, 1, false, 0x0000_0065),
    ("ENUM_PRIVATE_PROPERTIES", 30, 1, false, 0x0000_0079),
    ("GET_RO_PRIVATE_PROPERTIES", 31, 1, false, 0x0000_007D),
    ("GET_PRIVATE_PROPERTIES", 32, 1, false, 0x0000_0081),
    ("SET_PRIVATE_PROPERTIES", 33, 2, true, 0x0040_0086),
    ("VALIDATE_PRIVATE_PROPERTIES", 34, 1, false, 0x0000_0089),
    ("GET_PRIVATE_PROPERTY_FMTS", 35, 1, false, 0x0000_008D),
    // "Other generic CLCTL values for reference (SDK)".
    ("GET_CLASS_INFO", 3, 1, false, 0x0000_000D),
    ("GET_REQUIRED_DEPENDENCIES", 4, 1, false, 0x0000_0011),
    ("GET_ARB_TIMEOUT", 5, 1, false, 0x0000_0015),
    ("GET_FAILURE_INFO", 6, 1, false, 0x0000_0019),
    ("GET_RESOURCE_TYPE", 11, 1, false, 0x0000_002D),
    ("GET_FQDN", 15, 1, false, 0x0000_003D),
    (
        "GET_COMMON_RESOURCE_PROPERTY_FMTS",
        26,
        1,
        false,
        0x0000_0069,
    ),
    (
        "GET_PRIVATE_RESOURCE_PROPERTY_FMTS",
        36,
        1,
        false,
        0x0000_0091,
    ),
];

/// Every spec row as (full `clusapi.h` name, value): 17 network then 19 interface codes.
fn spec_codes() -> Vec<(String, u32)> {
    NETWORK_TABLE
        .iter()
        .map(|(f, v)| (format!("CLUSCTL_NETWORK_{f}"), *v))
        .chain(
            NETINTERFACE_TABLE
                .iter()
                .map(|(f, v)| (format!("CLUSCTL_NETINTERFACE_{f}"), *v)),
        )
        .collect()
}

fn network_constant(function: &str) -> ControlCode {
    match function {
        "UNKNOWN" => ControlCode::NETWORK_UNKNOWN,
        "GET_CHARACTERISTICS" => ControlCode::NETWORK_GET_CHARACTERISTICS,
        "GET_FLAGS" => ControlCode::NETWORK_GET_FLAGS,
        "GET_NAME" => ControlCode::NETWORK_GET_NAME,
        "GET_ID" => ControlCode::NETWORK_GET_ID,
        "ENUM_COMMON_PROPERTIES" => ControlCode::NETWORK_ENUM_COMMON_PROPERTIES,
        "GET_RO_COMMON_PROPERTIES" => ControlCode::NETWORK_GET_RO_COMMON_PROPERTIES,
        "GET_COMMON_PROPERTIES" => ControlCode::NETWORK_GET_COMMON_PROPERTIES,
        "SET_COMMON_PROPERTIES" => ControlCode::NETWORK_SET_COMMON_PROPERTIES,
        "VALIDATE_COMMON_PROPERTIES" => ControlCode::NETWORK_VALIDATE_COMMON_PROPERTIES,
        "GET_COMMON_PROPERTY_FMTS" => ControlCode::NETWORK_GET_COMMON_PROPERTY_FMTS,
        "ENUM_PRIVATE_PROPERTIES" => ControlCode::NETWORK_ENUM_PRIVATE_PROPERTIES,
        "GET_RO_PRIVATE_PROPERTIES" => ControlCode::NETWORK_GET_RO_PRIVATE_PROPERTIES,
        "GET_PRIVATE_PROPERTIES" => ControlCode::NETWORK_GET_PRIVATE_PROPERTIES,
        "SET_PRIVATE_PROPERTIES" => ControlCode::NETWORK_SET_PRIVATE_PROPERTIES,
        "VALIDATE_PRIVATE_PROPERTIES" => ControlCode::NETWORK_VALIDATE_PRIVATE_PROPERTIES,
        "GET_PRIVATE_PROPERTY_FMTS" => ControlCode::NETWORK_GET_PRIVATE_PROPERTY_FMTS,
        other => panic!("no network constant for {other}"),
    }
}

fn netinterface_constant(function: &str) -> ControlCode {
    match function {
        "UNKNOWN" => ControlCode::NETINTERFACE_UNKNOWN,
        "GET_CHARACTERISTICS" => ControlCode::NETINTERFACE_GET_CHARACTERISTICS,
        "GET_FLAGS" => ControlCode::NETINTERFACE_GET_FLAGS,
        "GET_NAME" => ControlCode::NETINTERFACE_GET_NAME,
        "GET_NODE" => ControlCode::NETINTERFACE_GET_NODE,
        "GET_NETWORK" => ControlCode::NETINTERFACE_GET_NETWORK,
        "GET_ID" => ControlCode::NETINTERFACE_GET_ID,
        "ENUM_COMMON_PROPERTIES" => ControlCode::NETINTERFACE_ENUM_COMMON_PROPERTIES,
        "GET_RO_COMMON_PROPERTIES" => ControlCode::NETINTERFACE_GET_RO_COMMON_PROPERTIES,
        "GET_COMMON_PROPERTIES" => ControlCode::NETINTERFACE_GET_COMMON_PROPERTIES,
        "SET_COMMON_PROPERTIES" => ControlCode::NETINTERFACE_SET_COMMON_PROPERTIES,
        "VALIDATE_COMMON_PROPERTIES" => ControlCode::NETINTERFACE_VALIDATE_COMMON_PROPERTIES,
        "GET_COMMON_PROPERTY_FMTS" => ControlCode::NETINTERFACE_GET_COMMON_PROPERTY_FMTS,
        "ENUM_PRIVATE_PROPERTIES" => ControlCode::NETINTERFACE_ENUM_PRIVATE_PROPERTIES,
        "GET_RO_PRIVATE_PROPERTIES" => ControlCode::NETINTERFACE_GET_RO_PRIVATE_PROPERTIES,
        "GET_PRIVATE_PROPERTIES" => ControlCode::NETINTERFACE_GET_PRIVATE_PROPERTIES,
        "SET_PRIVATE_PROPERTIES" => ControlCode::NETINTERFACE_SET_PRIVATE_PROPERTIES,
        "VALIDATE_PRIVATE_PROPERTIES" => ControlCode::NETINTERFACE_VALIDATE_PRIVATE_PROPERTIES,
        "GET_PRIVATE_PROPERTY_FMTS" => ControlCode::NETINTERFACE_GET_PRIVATE_PROPERTY_FMTS,
        other => panic!("no netinterface constant for {other}"),
    }
}

fn clctl_constant(name: &str) -> Clctl {
    match name {
        "UNKNOWN" => Clctl::UNKNOWN,
        "GET_CHARACTERISTICS" => Clctl::GET_CHARACTERISTICS,
        "GET_FLAGS" => Clctl::GET_FLAGS,
        "GET_CLASS_INFO" => Clctl::GET_CLASS_INFO,
        "GET_REQUIRED_DEPENDENCIES" => Clctl::GET_REQUIRED_DEPENDENCIES,
        "GET_ARB_TIMEOUT" => Clctl::GET_ARB_TIMEOUT,
        "GET_FAILURE_INFO" => Clctl::GET_FAILURE_INFO,
        "GET_NAME" => Clctl::GET_NAME,
        "GET_RESOURCE_TYPE" => Clctl::GET_RESOURCE_TYPE,
        "GET_NODE" => Clctl::GET_NODE,
        "GET_NETWORK" => Clctl::GET_NETWORK,
        "GET_ID" => Clctl::GET_ID,
        "GET_FQDN" => Clctl::GET_FQDN,
        "ENUM_COMMON_PROPERTIES" => Clctl::ENUM_COMMON_PROPERTIES,
        "GET_RO_COMMON_PROPERTIES" => Clctl::GET_RO_COMMON_PROPERTIES,
        "GET_COMMON_PROPERTIES" => Clctl::GET_COMMON_PROPERTIES,
        "SET_COMMON_PROPERTIES" => Clctl::SET_COMMON_PROPERTIES,
        "VALIDATE_COMMON_PROPERTIES" => Clctl::VALIDATE_COMMON_PROPERTIES,
        "GET_COMMON_PROPERTY_FMTS" => Clctl::GET_COMMON_PROPERTY_FMTS,
        "GET_COMMON_RESOURCE_PROPERTY_FMTS" => Clctl::GET_COMMON_RESOURCE_PROPERTY_FMTS,
        "ENUM_PRIVATE_PROPERTIES" => Clctl::ENUM_PRIVATE_PROPERTIES,
        "GET_RO_PRIVATE_PROPERTIES" => Clctl::GET_RO_PRIVATE_PROPERTIES,
        "GET_PRIVATE_PROPERTIES" => Clctl::GET_PRIVATE_PROPERTIES,
        "SET_PRIVATE_PROPERTIES" => Clctl::SET_PRIVATE_PROPERTIES,
        "VALIDATE_PRIVATE_PROPERTIES" => Clctl::VALIDATE_PRIVATE_PROPERTIES,
        "GET_PRIVATE_PROPERTY_FMTS" => Clctl::GET_PRIVATE_PROPERTY_FMTS,
        "GET_PRIVATE_RESOURCE_PROPERTY_FMTS" => Clctl::GET_PRIVATE_RESOURCE_PROPERTY_FMTS,
        other => panic!("no Clctl constant for {other}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Values of the constants (spec 8.1, 8.2)
// ---------------------------------------------------------------------------------------------

#[test]
fn spec_tables_have_17_network_and_19_netinterface_codes() {
    assert_eq!(NETWORK_TABLE.len(), 17);
    assert_eq!(NETINTERFACE_TABLE.len(), 19);
}

#[test]
fn network_constants_match_spec_table() {
    for &(function, value) in NETWORK_TABLE {
        let code = network_constant(function);
        assert_eq!(code.0, value, "CLUSCTL_NETWORK_{function}");
        assert_eq!(code, ControlCode(value));
        assert_eq!(code.object(), Object::NETWORK, "{function}");
    }
}

#[test]
fn netinterface_constants_match_spec_table() {
    for &(function, value) in NETINTERFACE_TABLE {
        let code = netinterface_constant(function);
        assert_eq!(code.0, value, "CLUSCTL_NETINTERFACE_{function}");
        assert_eq!(code.object(), Object::NETINTERFACE, "{function}");
    }
}

#[test]
fn every_spec_name_parses_to_its_value() {
    for (name, value) in spec_codes() {
        let parsed: ControlCode = name.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(parsed.0, value, "{name}");
        assert_eq!(parsed.name(), Some(name.as_str()), "{name}");
        assert_eq!(parsed.to_string(), name);
    }
}

#[test]
fn all_holds_the_36_spec_codes() {
    // ALL holds the SDK's 310 codes (tests/control_codes.rs); its network and interface codes
    // are exactly the 36 of the spec.
    let spec = spec_codes();
    assert_eq!(spec.len(), 36);
    let mut got: Vec<(String, u32)> = ControlCode::ALL
        .iter()
        .filter(|(c, _)| matches!(c.object(), Object::NETWORK | Object::NETINTERFACE))
        .map(|(c, n)| ((*n).to_owned(), c.0))
        .collect();
    let mut want = spec.clone();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    let mut values: Vec<u32> = got.iter().map(|(_, v)| *v).collect();
    values.sort_unstable();
    values.dedup();
    assert_eq!(values.len(), 36, "no two names share a value");
    for (code, name) in ControlCode::ALL {
        let expected_prefix = match code.object() {
            Object::NETWORK => "CLUSCTL_NETWORK_",
            Object::NETINTERFACE => "CLUSCTL_NETINTERFACE_",
            _ => continue,
        };
        assert!(name.starts_with(expected_prefix), "{name}");
        assert_eq!(code.name(), Some(*name));
    }
}

#[test]
fn clctl_generic_values_match_spec() {
    for &(name, function, access, modify, value) in CLCTL_TABLE {
        let c = clctl_constant(name);
        assert_eq!(c.0, value, "CLCTL_{name}");
        assert_eq!(c, Clctl(value));
        let full = format!("CLCTL_{name}");
        assert_eq!(c.name(), Some(full.as_str()), "{name}");
        assert!(
            Clctl::ALL.iter().any(|(v, n)| *v == c && *n == full),
            "{full} in Clctl::ALL"
        );
        // CLCTL_EXTERNAL_CODE(F, A, M) = A | F << 2 | M << 22 (spec 8).
        assert_eq!(
            value,
            u32::from(access) | (function << 2) | (u32::from(modify) << 22),
            "{name}: the table's value is the macro's"
        );
        // The generic code on an object is (object << 24) | clctl.
        let on_network = ControlCode::new(Object::NETWORK, c);
        assert_eq!(on_network.0, 0x0500_0000 | value);
        assert_eq!(on_network.clctl(), c);
        assert_eq!(on_network.function(), function);
        assert_eq!(on_network.access(), Access(access));
        assert_eq!(on_network.is_modify(), modify);
    }
    // The table is the spec's 27; ALL holds all 192 of the SDK (tests/control_codes.rs).
    assert_eq!(Clctl::ALL.len(), 192);
}

#[test]
fn other_generic_values_individually() {
    assert_eq!(Clctl::GET_CLASS_INFO.0, 0x0D);
    assert_eq!(Clctl::GET_REQUIRED_DEPENDENCIES.0, 0x11);
    assert_eq!(Clctl::GET_ARB_TIMEOUT.0, 0x15);
    assert_eq!(Clctl::GET_FAILURE_INFO.0, 0x19);
    assert_eq!(Clctl::GET_RESOURCE_TYPE.0, 0x2D);
    assert_eq!(Clctl::GET_FQDN.0, 0x3D);
    assert_eq!(Clctl::GET_COMMON_RESOURCE_PROPERTY_FMTS.0, 0x69);
    assert_eq!(Clctl::GET_PRIVATE_RESOURCE_PROPERTY_FMTS.0, 0x91);
    // None of them is a network or interface code.
    for c in [
        Clctl::GET_CLASS_INFO,
        Clctl::GET_REQUIRED_DEPENDENCIES,
        Clctl::GET_ARB_TIMEOUT,
        Clctl::GET_FAILURE_INFO,
        Clctl::GET_RESOURCE_TYPE,
        Clctl::GET_FQDN,
        Clctl::GET_COMMON_RESOURCE_PROPERTY_FMTS,
        Clctl::GET_PRIVATE_RESOURCE_PROPERTY_FMTS,
    ] {
        assert_eq!(ControlCode::new(Object::NETWORK, c).name(), None);
        assert_eq!(ControlCode::new(Object::NETINTERFACE, c).name(), None);
    }
}

#[test]
fn wsys_cross_checks() {
    assert_eq!(ControlCode::NETWORK_SET_COMMON_PROPERTIES.0, 88_080_478);
    assert_eq!(ControlCode::NETWORK_GET_COMMON_PROPERTIES.0, 83_886_169);
    assert_eq!(
        ControlCode::NETINTERFACE_SET_COMMON_PROPERTIES.0,
        104_857_694
    );
    assert_eq!(
        "88080478".parse::<ControlCode>().unwrap(),
        ControlCode::NETWORK_SET_COMMON_PROPERTIES
    );
    assert_eq!(
        "83886169".parse::<ControlCode>().unwrap(),
        ControlCode::NETWORK_GET_COMMON_PROPERTIES
    );
    assert_eq!(
        "104857694".parse::<ControlCode>().unwrap(),
        ControlCode::NETINTERFACE_SET_COMMON_PROPERTIES
    );
}

#[test]
fn object_values_match_spec_8_1() {
    let table: &[(Object, u8, &str)] = &[
        (Object::INVALID, 0, "invalid"),
        (Object::RESOURCE, 1, "resource"),
        (Object::RESOURCE_TYPE, 2, "resource_type"),
        (Object::GROUP, 3, "group"),
        (Object::NODE, 4, "node"),
        (Object::NETWORK, 5, "network"),
        (Object::NETINTERFACE, 6, "netinterface"),
        (Object::CLUSTER, 7, "cluster"),
        (Object::GROUPSET, 8, "groupset"),
        (Object::AFFINITYRULE, 9, "affinityrule"),
        (Object::USER, 0x80, "user"),
    ];
    for &(object, value, name) in table {
        assert_eq!(object.0, value, "{name}");
        assert_eq!(object.name(), Some(name));
        assert_eq!(object.to_string(), name);
    }
    // Not the bit-flag values of MSCS control-code-architecture.md (spec 8.1 conflict).
    assert_ne!(Object::NETWORK.0, 0x10);
    assert_ne!(Object::NETINTERFACE.0, 0x20);
    assert_eq!(Object(0x42).name(), None);
    assert_eq!(Object(0x42).to_string(), "0x42");
}

#[test]
fn access_values_match_spec() {
    assert_eq!(Access::ANY.0, 0);
    assert_eq!(Access::READ.0, 1);
    assert_eq!(Access::WRITE.0, 2);
    assert_eq!(Access::READ_WRITE.0, 3);
    assert_eq!(Access::ANY.to_string(), "any");
    assert_eq!(Access::READ.to_string(), "read");
    assert_eq!(Access::WRITE.to_string(), "write");
    assert_eq!(Access::READ_WRITE.to_string(), "read_write");
}

// ---------------------------------------------------------------------------------------------
// Parts
// ---------------------------------------------------------------------------------------------

/// Independent decomposition with the spec's masks (section 8).
fn spec_parts(c: u32) -> (u8, u32, u8, bool, bool, bool, bool) {
    (
        ((c >> 24) & 0xFF) as u8,
        (c >> 2) & 0x3_FFFF,
        (c & 0x3) as u8,
        c & 0x0010_0000 != 0,
        c & 0x0020_0000 != 0,
        c & 0x0040_0000 != 0,
        c & 0x0080_0000 != 0,
    )
}

fn parts(c: ControlCode) -> (u8, u32, u8, bool, bool, bool, bool) {
    (
        c.object().0,
        c.function(),
        c.access().0,
        c.is_internal(),
        c.is_user(),
        c.is_modify(),
        c.is_global(),
    )
}

fn rebuild(c: ControlCode) -> ControlCode {
    ControlCode::from_parts(
        c.object(),
        c.function(),
        c.access(),
        c.is_internal(),
        c.is_user(),
        c.is_modify(),
        c.is_global(),
    )
}

#[test]
fn parts_of_selected_codes() {
    // SET_COMMON_PROPERTIES on a network: object 5, function 23, WRITE, modify.
    assert_eq!(
        parts(ControlCode::NETWORK_SET_COMMON_PROPERTIES),
        (5, 23, 2, false, false, true, false)
    );
    assert_eq!(
        parts(ControlCode::NETINTERFACE_SET_PRIVATE_PROPERTIES),
        (6, 33, 2, false, false, true, false)
    );
    assert_eq!(
        parts(ControlCode::NETWORK_UNKNOWN),
        (5, 0, 0, false, false, false, false)
    );
    assert_eq!(
        parts(ControlCode::NETINTERFACE_GET_NETWORK),
        (6, 13, 1, false, false, false, false)
    );
    assert_eq!(
        parts(ControlCode::NETWORK_GET_PRIVATE_PROPERTY_FMTS),
        (5, 35, 1, false, false, false, false)
    );
    // CLCTL_DELETE = CLCTL_INTERNAL_CODE(1, WRITE, MODIFY) = 0x00500006 (spec 8.2).
    assert_eq!(
        parts(ControlCode(0x0050_0006)),
        (0, 1, 2, true, false, true, false)
    );
    // CLUSCTL_USER_CODE(F, Obj) = Obj << 24 | 0x00200000 | F << 2 (SDK form, spec 8 and 15.6).
    let user = ControlCode((5 << 24) | 0x0020_0000 | (7 << 2));
    assert_eq!(parts(user), (5, 7, 0, false, true, false, false));
    assert_eq!(
        ControlCode::from_parts(Object::NETWORK, 7, Access::ANY, false, true, false, false),
        user
    );
    // Global bit 23.
    let global = ControlCode(0x0780_0005);
    assert_eq!(parts(global), (7, 1, 1, false, false, false, true));
    // Everything set.
    assert_eq!(
        parts(ControlCode(0xFFFF_FFFF)),
        (0xFF, 0x3_FFFF, 3, true, true, true, true)
    );
    assert_eq!(parts(ControlCode(0)), (0, 0, 0, false, false, false, false));
}

#[test]
fn masks_match_spec_for_every_code_and_random_values() {
    let mut rng = SplitMix64::new(0xC0DE_C0DE);
    let mut samples: Vec<u32> = ControlCode::ALL.iter().map(|(c, _)| c.0).collect();
    samples.extend([
        0,
        1,
        0x0010_0000,
        0x0020_0000,
        0x0040_0000,
        0x0080_0000,
        u32::MAX,
    ]);
    samples.extend((0..2000).map(|_| rng.next_u64() as u32));
    for v in samples {
        let c = ControlCode(v);
        assert_eq!(parts(c), spec_parts(v), "{v:#010x}");
        assert_eq!(c.clctl().0, v & 0x00FF_FFFF, "{v:#010x}");
    }
}

#[test]
fn from_parts_round_trips() {
    for (code, name) in ControlCode::ALL {
        assert_eq!(rebuild(*code), *code, "{name}");
    }
    let mut rng = SplitMix64::new(42);
    for _ in 0..5000 {
        let c = ControlCode(rng.next_u64() as u32);
        assert_eq!(rebuild(c), c, "{c:?}");
    }
    for v in [
        0,
        u32::MAX,
        0x8000_0000,
        0x0000_0003,
        0x00FF_FFFF,
        0x0050_0006,
    ] {
        assert_eq!(rebuild(ControlCode(v)), ControlCode(v));
    }
}

#[test]
fn from_parts_truncates_function_to_18_bits() {
    let c = ControlCode::from_parts(
        Object::NETWORK,
        0x4_0001,
        Access::READ,
        false,
        false,
        false,
        false,
    );
    assert_eq!(c.0, 0x0500_0005);
    assert_eq!(c, ControlCode::NETWORK_GET_CHARACTERISTICS);
}

#[test]
fn new_composes_object_and_clctl() {
    for &(function, value) in NETWORK_TABLE {
        let c = ControlCode::new(Object::NETWORK, clctl_constant(function));
        assert_eq!(c.0, value, "{function}");
    }
    for &(function, value) in NETINTERFACE_TABLE {
        let c = ControlCode::new(Object::NETINTERFACE, clctl_constant(function));
        assert_eq!(c.0, value, "{function}");
    }
    assert_eq!(
        ControlCode::new(Object::RESOURCE, Clctl::GET_COMMON_PROPERTIES).0,
        0x0100_0059
    );
}

// ---------------------------------------------------------------------------------------------
// Display and FromStr
// ---------------------------------------------------------------------------------------------

#[test]
fn display_of_unnamed_codes_shows_parts() {
    assert_eq!(
        ControlCode(0x0500_0091).to_string(),
        "0x05000091 (object network, function 36, access read)"
    );
    let delete = ControlCode(0x0050_0006).to_string();
    assert_eq!(
        delete,
        "0x00500006 (object invalid, function 1, access write, internal, modify)"
    );
    let user = ControlCode((5 << 24) | 0x0020_0000 | (7 << 2)).to_string();
    assert_eq!(
        user,
        "0x0520001c (object network, function 7, access any, user)"
    );
    let global = ControlCode(0x0780_0005).to_string();
    assert_eq!(
        global,
        "0x07800005 (object cluster, function 1, access read, global)"
    );
    let unnamed_object = ControlCode(0x4200_0059).to_string();
    assert_eq!(
        unnamed_object,
        "0x42000059 (object 0x42, function 22, access read)"
    );
    // GET_ARB_TIMEOUT is a resource-type code only.
    let resource = ControlCode(0x0100_0015).to_string();
    assert_eq!(
        resource,
        "0x01000015 (object resource, function 5, access read)"
    );
    assert_eq!(
        ControlCode(0x0100_0059).to_string(),
        "CLUSCTL_RESOURCE_GET_COMMON_PROPERTIES"
    );
    let all = ControlCode(u32::MAX).to_string();
    assert!(all.starts_with("0xffffffff ("), "{all}");
    for word in [
        "function 262143",
        "access read_write",
        "internal",
        "user",
        "modify",
        "global",
    ] {
        assert!(all.contains(word), "{all} contains {word}");
    }
}

#[test]
fn display_of_named_codes_is_the_name() {
    for (name, value) in spec_codes() {
        assert_eq!(ControlCode(value).to_string(), name);
        assert_eq!(
            format!("{:?}", ControlCode(value)),
            format!("ControlCode({name})")
        );
    }
}

#[test]
fn from_str_accepts_names_case_insensitively_with_or_without_prefix() {
    let want = ControlCode::NETWORK_SET_COMMON_PROPERTIES;
    for text in [
        "CLUSCTL_NETWORK_SET_COMMON_PROPERTIES",
        "clusctl_network_set_common_properties",
        "Clusctl_Network_Set_Common_Properties",
        "NETWORK_SET_COMMON_PROPERTIES",
        "network_set_common_properties",
        "  CLUSCTL_NETWORK_SET_COMMON_PROPERTIES  ",
        "0x0540005E",
        "0x0540005e",
        "0X0540005E",
        "88080478",
    ] {
        assert_eq!(text.parse::<ControlCode>(), Ok(want), "{text:?}");
    }
    for (name, value) in spec_codes() {
        let short = name.strip_prefix("CLUSCTL_").unwrap();
        assert_eq!(short.parse::<ControlCode>().unwrap().0, value, "{short}");
        assert_eq!(
            short.to_ascii_lowercase().parse::<ControlCode>().unwrap().0,
            value
        );
        assert_eq!(
            name.to_ascii_lowercase().parse::<ControlCode>().unwrap().0,
            value
        );
        assert_eq!(
            format!("{value:#010x}").parse::<ControlCode>().unwrap().0,
            value
        );
        assert_eq!(value.to_string().parse::<ControlCode>().unwrap().0, value);
    }
    // Numbers need not be named codes.
    assert_eq!(
        "0x05000091".parse::<ControlCode>(),
        Ok(ControlCode(0x0500_0091))
    );
    assert_eq!("0".parse::<ControlCode>(), Ok(ControlCode(0)));
    assert_eq!(
        "4294967295".parse::<ControlCode>(),
        Ok(ControlCode(u32::MAX))
    );
}

#[test]
fn from_str_rejects_garbage() {
    for text in [
        "",
        "   ",
        "garbage",
        "CLUSCTL_",
        "CLUSCTL_NETWORK_GET_NODE", // GET_NODE exists for interfaces only
        "CLUSCTL_NETWORK_GET_NETWORK",
        "CLUSCTL_NETWORK_GET_CLASS_INFO",
        "CLCTL_GET_NAME",
        "GET_NAME",
        "CLUSCTL_RESOURCE_GET_NETWORK", // GET_NETWORK exists for interfaces only
        "0x",
        "0xZZ",
        "0x1_0000_0000",
        "0x100000000",
        "4294967296",
        "-1",
        "1.5",
        "CLUSCTL_NETWORK_SET_COMMON_PROPERTIES_X",
    ] {
        assert_eq!(
            text.parse::<ControlCode>(),
            Err(UnknownControlName(text.to_owned())),
            "{text:?}"
        );
    }
}

#[test]
fn from_str_rejects_a_sign_after_the_hex_prefix() {
    // "0x" must be followed by hexadecimal digits only; "+5" is not a hex number.
    for text in ["0x+5", "0x+0540005E", "0X+1"] {
        assert_eq!(
            text.parse::<ControlCode>(),
            Err(UnknownControlName(text.to_owned())),
            "{text:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Output kinds (spec 9)
// ---------------------------------------------------------------------------------------------

/// The out-buffer column of spec section 9, by function.
fn spec_output_kind(function: &str) -> OutputKind {
    match function {
        "UNKNOWN" => OutputKind::Nothing,
        "GET_CHARACTERISTICS" | "GET_FLAGS" => OutputKind::Dword,
        "GET_NAME" | "GET_ID" | "GET_NODE" | "GET_NETWORK" => OutputKind::String,
        "ENUM_COMMON_PROPERTIES" | "ENUM_PRIVATE_PROPERTIES" => OutputKind::Strings,
        "GET_RO_COMMON_PROPERTIES"
        | "GET_COMMON_PROPERTIES"
        | "GET_RO_PRIVATE_PROPERTIES"
        | "GET_PRIVATE_PROPERTIES" => OutputKind::PropertyList,
        "SET_COMMON_PROPERTIES"
        | "VALIDATE_COMMON_PROPERTIES"
        | "SET_PRIVATE_PROPERTIES"
        | "VALIDATE_PRIVATE_PROPERTIES" => OutputKind::Nothing,
        // "(would be a property list of LIST_VALUE_WORD format codes)"; the private one is
        // unsupported on networks ("—") but has the same shape for other objects (CMRP 3.1.4.3.1.14).
        "GET_COMMON_PROPERTY_FMTS" | "GET_PRIVATE_PROPERTY_FMTS" => OutputKind::PropertyList,
        other => panic!("{other}"),
    }
}

#[test]
fn output_kind_of_every_code_matches_spec_9() {
    for (table, constant) in [
        (NETWORK_TABLE, network_constant as fn(&str) -> ControlCode),
        (NETINTERFACE_TABLE, netinterface_constant),
    ] {
        for &(function, _) in table {
            let code = constant(function);
            assert_eq!(
                code.output_kind(),
                Some(spec_output_kind(function)),
                "{code}"
            );
        }
    }
}

#[test]
fn takes_property_list_exactly_for_set_and_validate() {
    let mut count = 0;
    for (code, name) in ControlCode::ALL {
        let expected = ["SET", "VALIDATE"].iter().any(|verb| {
            ["COMMON", "PRIVATE"]
                .iter()
                .any(|what| name.ends_with(&format!("_{verb}_{what}_PROPERTIES")))
        }) || [
            // Property lists by their mscs reference pages (FILESERVER_SHARE_ADD and _MODIFY
            // too, which the SDK gives no object code).
            "CLUSCTL_CLUSTER_SET_ACCOUNT_ACCESS",
            "CLUSCTL_CLUSTER_SET_CLUSTER_S2D_ENABLED",
        ]
        .contains(name);
        assert_eq!(code.takes_property_list(), expected, "{name}");
        count += usize::from(expected);
    }
    // SET/VALIDATE x COMMON/PRIVATE on resources, resource types, groups, nodes, networks,
    // interfaces and the cluster; group sets and affinity rules have SET_COMMON_PROPERTIES only.
    assert_eq!(count, 7 * 4 + 2 + 2);
    assert!(!ControlCode(0x0050_0006).takes_property_list());
}

#[test]
fn output_kind_of_codes_the_crate_does_not_know_is_none() {
    for v in [
        0x0500_0091u32,                     // GET_PRIVATE_RESOURCE_PROPERTY_FMTS
        0x0500_000D,                        // GET_CLASS_INFO
        0x0050_0006,                        // CLCTL_DELETE (internal)
        (5 << 24) | 0x0020_0000 | (1 << 2), // user code
        0x0580_0005,                        // global bit on GET_CHARACTERISTICS
        0x0510_0005,                        // internal bit on GET_CHARACTERISTICS
    ] {
        assert_eq!(ControlCode(v).output_kind(), None, "{v:#010x}");
    }
}

// ---------------------------------------------------------------------------------------------
// decode_output
// ---------------------------------------------------------------------------------------------

#[test]
fn decode_dword_outputs() {
    for code in [
        ControlCode::NETWORK_GET_CHARACTERISTICS,
        ControlCode::NETWORK_GET_FLAGS,
        ControlCode::NETINTERFACE_GET_CHARACTERISTICS,
        ControlCode::NETINTERFACE_GET_FLAGS,
    ] {
        let out = code.decode_output(&[0x78, 0x56, 0x34, 0x12]).unwrap();
        assert!(
            matches!(out, ControlOutput::Dword(0x1234_5678)),
            "{code}: {out:?}"
        );
        let out = code.decode_output(&[0, 0, 0, 0]).unwrap();
        assert!(matches!(out, ControlOutput::Dword(0)));
        for len in [0usize, 1, 3, 5, 8] {
            let bytes = vec![0u8; len];
            assert_eq!(
                code.decode_output(&bytes).unwrap_err(),
                OutputError::WrongLength {
                    code,
                    expected: 4,
                    found: len
                },
                "{code}: {len} bytes"
            );
        }
    }
}

#[test]
fn dword_accessors() {
    let out = ControlCode::NETWORK_GET_FLAGS
        .decode_output(&[1, 0, 0, 0])
        .unwrap();
    assert_eq!(out.flags(), Some(Flags::CORE));
    assert_eq!(out.flags(), Some(Flags(1)));
    let out = ControlCode::NETWORK_GET_CHARACTERISTICS
        .decode_output(&[0, 0, 0, 0])
        .unwrap();
    // Networks have no characteristics: CLUS_CHAR_UNKNOWN = 0 (spec 9).
    assert_eq!(out.characteristics(), Some(Characteristics::UNKNOWN));
    assert_eq!(out.characteristics(), Some(Characteristics(0)));
    let out = ControlCode::NETINTERFACE_GET_CHARACTERISTICS
        .decode_output(&[0x11, 0, 0, 0])
        .unwrap();
    assert_eq!(out.characteristics(), Some(Characteristics(0x11)));
    assert_eq!(out.name(), None);
    assert_eq!(out.role(), None);
    assert!(out.property_list().is_none());
}

#[test]
fn decode_string_outputs() {
    let guid = "6B29FC40-CA47-1067-B31D-00DD010662DA";
    for (code, text) in [
        (ControlCode::NETWORK_GET_NAME, "Cluster Network 1"),
        (ControlCode::NETWORK_GET_ID, guid),
        (ControlCode::NETINTERFACE_GET_NAME, "node1 - Ethernet"),
        (ControlCode::NETINTERFACE_GET_NODE, "node1"),
        (ControlCode::NETINTERFACE_GET_NETWORK, "Cluster Network 1"),
        (ControlCode::NETINTERFACE_GET_ID, guid),
        (ControlCode::NETWORK_GET_NAME, ""),
        (ControlCode::NETWORK_GET_NAME, "Réseau ☃ 𝄞"),
    ] {
        let bytes = utf16z(text);
        let out = code.decode_output(&bytes).unwrap();
        match out {
            ControlOutput::String(s) => {
                assert_eq!(s, text, "{code}");
                assert_eq!(s.to_string_lossy(), text);
            }
            other => panic!("{code}: {other:?}"),
        }
        assert_eq!(out.name().unwrap(), text);
        assert!(out.property_list().is_none());
        assert_eq!(out.role(), None);
        assert_eq!(out.flags(), None);
        assert_eq!(out.characteristics(), None);
    }
}

#[test]
fn decode_string_errors() {
    let code = ControlCode::NETWORK_GET_NAME;
    let parse = |error| OutputError::Parse { code, error };

    // Not terminated: the last code unit ('N') where the NUL belongs, at offset len - 2 = 4.
    assert_eq!(
        code.decode_output(&utf16("LAN")).unwrap_err(),
        parse(ParseError::NotTerminated {
            item: Item::String,
            offset: 4,
            found: u16::from(b'N')
        })
    );
    // Empty buffer: no code unit at all.
    assert_eq!(
        code.decode_output(&[]).unwrap_err(),
        parse(ParseError::NotTerminated {
            item: Item::String,
            offset: 0,
            found: 0
        })
    );
    // Odd length: "LAN" and its NUL (8 bytes), then one more byte.
    let mut odd = utf16z("LAN");
    odd.push(0);
    assert_eq!(
        code.decode_output(&odd).unwrap_err(),
        parse(ParseError::OddLength {
            item: Item::String,
            offset: 0,
            length: 9
        })
    );
    let one = [0u8];
    assert_eq!(
        code.decode_output(&one).unwrap_err(),
        parse(ParseError::OddLength {
            item: Item::String,
            offset: 0,
            length: 1
        })
    );
    // Interior NUL: "LA\0N\0": the first NUL is code unit 2, byte offset 4.
    let mut interior = utf16("LA");
    interior.extend_from_slice(&[0, 0]);
    interior.extend(utf16z("N"));
    assert_eq!(
        code.decode_output(&interior).unwrap_err(),
        parse(ParseError::InteriorNul {
            item: Item::String,
            offset: 4
        })
    );
    // Two NULs at the end: the first of them is interior.
    let mut double = utf16z("LAN");
    double.extend_from_slice(&[0, 0]);
    assert_eq!(
        code.decode_output(&double).unwrap_err(),
        parse(ParseError::InteriorNul {
            item: Item::String,
            offset: 6
        })
    );
    // The same on an interface code carries that code.
    let iface = ControlCode::NETINTERFACE_GET_NODE;
    assert_eq!(
        iface.decode_output(&utf16("x")).unwrap_err(),
        OutputError::Parse {
            code: iface,
            error: ParseError::NotTerminated {
                item: Item::String,
                offset: 0,
                found: u16::from(b'x')
            }
        }
    );
}

fn strings(out: &ControlOutput<'_>) -> Vec<String> {
    match out {
        ControlOutput::Strings(m) => m.iter().map(|s| s.to_string_lossy()).collect(),
        other => panic!("not Strings: {other:?}"),
    }
}

#[test]
fn decode_strings_outputs() {
    let mut bytes = Vec::new();
    for name in ["Description", "Role", "Metric", "AutoMetric"] {
        bytes.extend(utf16z(name));
    }
    bytes.extend_from_slice(&[0, 0]);
    for code in [
        ControlCode::NETWORK_ENUM_COMMON_PROPERTIES,
        ControlCode::NETWORK_ENUM_PRIVATE_PROPERTIES,
        ControlCode::NETINTERFACE_ENUM_COMMON_PROPERTIES,
        ControlCode::NETINTERFACE_ENUM_PRIVATE_PROPERTIES,
    ] {
        let out = code.decode_output(&bytes).unwrap();
        assert_eq!(
            strings(&out),
            ["Description", "Role", "Metric", "AutoMetric"]
        );
        assert_eq!(out.name(), None);
        assert!(out.property_list().is_none());
        // Empty: no names at all.
        let out = code.decode_output(&[]).unwrap();
        assert!(strings(&out).is_empty());
        // Windows' empty MULTI_SZ forms (spec 6.4): one NUL, or two.
        assert!(strings(&code.decode_output(&[0, 0]).unwrap()).is_empty());
        assert!(strings(&code.decode_output(&[0, 0, 0, 0]).unwrap()).is_empty());
    }
    // Interface: only Description is writable.
    let mut one = utf16z("Description");
    one.extend_from_slice(&[0, 0]);
    let out = ControlCode::NETINTERFACE_ENUM_COMMON_PROPERTIES
        .decode_output(&one)
        .unwrap();
    assert_eq!(strings(&out), ["Description"]);
    // Spec 6.4: a MULTI_SZ whose data ends with three NULs (observed) still holds its names.
    let mut triple = utf16z("Description");
    triple.extend_from_slice(&[0, 0, 0, 0]);
    assert_eq!(
        strings(
            &ControlCode::NETWORK_ENUM_COMMON_PROPERTIES
                .decode_output(&triple)
                .unwrap()
        ),
        ["Description"]
    );
    // Tolerated: a single terminator only.
    let single = utf16z("Description");
    assert_eq!(
        strings(
            &ControlCode::NETWORK_ENUM_COMMON_PROPERTIES
                .decode_output(&single)
                .unwrap()
        ),
        ["Description"]
    );
}

#[test]
fn decode_strings_errors() {
    let code = ControlCode::NETWORK_ENUM_COMMON_PROPERTIES;
    assert_eq!(
        code.decode_output(&utf16("Role")).unwrap_err(),
        OutputError::Parse {
            code,
            error: ParseError::NotTerminated {
                item: Item::String,
                offset: 6,
                found: u16::from(b'e')
            }
        }
    );
    assert_eq!(
        code.decode_output(&[0, 0, 0]).unwrap_err(),
        OutputError::Parse {
            code,
            error: ParseError::OddLength {
                item: Item::String,
                offset: 0,
                length: 3
            }
        }
    );
}

#[test]
fn decode_property_list_outputs_from_captures() {
    // (file, resource/cluster/node code the capture answered, property count).
    let cases: &[(&str, u32, usize)] = &[
        (
            "wexp-resource-common-generic-service-15.bin",
            0x0100_0059,
            15,
        ),
        (
            "wexp-resource-ro-common-generic-service-6.bin",
            0x0100_0055,
            6,
        ),
        ("wexp-resource-ro-private-ip-address-5.bin", 0x0100_007D, 5),
        ("wexp-cluster-common-74.bin", 0x0700_0059, 74),
        ("samba-cluster-ro-common-6.bin", 0x0700_0055, 6),
        ("samba-node-ro-common-12.bin", 0x0400_0055, 12),
    ];
    for &(file, code, count) in cases {
        let bytes = data(file);
        let code = ControlCode(code);
        assert_eq!(code.output_kind(), Some(OutputKind::PropertyList), "{file}");
        let out = code
            .decode_output(&bytes)
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let list = out.property_list().expect(file);
        assert_eq!(list.len(), count, "{file}");
        assert!(list.has_trailing_end_mark(), "{file}");
        assert_eq!(list.as_bytes(), &bytes[..]);
        assert_eq!(out.flags(), None);
        assert_eq!(out.characteristics(), None);
        // Lenient decoding gives the same list.
        let lenient = code.decode_output_with(&bytes, Mode::Lenient).unwrap();
        assert_eq!(lenient.property_list().unwrap().len(), count);
    }
    let bytes = data("wexp-resource-ro-common-generic-service-6.bin");
    let out = ControlCode(0x0100_0055).decode_output(&bytes).unwrap();
    assert_eq!(out.name().unwrap(), "CI Generic Service");
    assert_eq!(out.role(), None, "no Role property");
    let bytes = data("wexp-resource-common-generic-service-15.bin");
    let out = ControlCode(0x0100_0059).decode_output(&bytes).unwrap();
    assert_eq!(out.name(), None, "no Name property in the RW list");
    let list = out.property_list().unwrap();
    assert_eq!(
        list.get("Type").unwrap().value().unwrap().as_str().unwrap(),
        "Generic Service"
    );
}

#[test]
fn decode_network_property_list_outputs() {
    let bytes = data("samples/network_common.listend.bin");
    for code in [
        ControlCode::NETWORK_GET_COMMON_PROPERTIES,
        ControlCode::NETWORK_GET_RO_COMMON_PROPERTIES,
        ControlCode::NETWORK_GET_PRIVATE_PROPERTIES,
        ControlCode::NETWORK_GET_RO_PRIVATE_PROPERTIES,
    ] {
        let out = code.decode_output(&bytes).unwrap();
        assert_eq!(out.name().unwrap(), "Cluster Network 1");
        assert_eq!(out.role(), Some(NetworkRole::INTERNAL_AND_CLIENT));
        assert_eq!(out.property_list().unwrap().len(), 11);
    }
    // A hand-written Role = 1 list (spec 14.4 (a) layout).
    let role = common::role_list();
    let out = ControlCode::NETWORK_GET_COMMON_PROPERTIES
        .decode_output(&role)
        .unwrap();
    assert_eq!(out.role(), Some(NetworkRole::INTERNAL_USE));
    assert_eq!(out.name(), None);
    // A Role that is not a DWORD is no role.
    let sz_role = Raw::new()
        .u32(1)
        .name("Role")
        .entry(SZ, &utf16z("1"))
        .end()
        .build();
    let out = ControlCode::NETWORK_GET_COMMON_PROPERTIES
        .decode_output(&sz_role)
        .unwrap();
    assert_eq!(out.role(), None);
    // Name lookup is case-insensitive like every property lookup.
    let lower = Raw::new()
        .u32(2)
        .name("name")
        .entry(SZ, &utf16z("LAN"))
        .end()
        .name("ROLE")
        .entry(DWORD, &2u32.to_le_bytes())
        .end()
        .build();
    let out = ControlCode::NETINTERFACE_GET_COMMON_PROPERTIES
        .decode_output(&lower)
        .unwrap();
    assert_eq!(out.name().unwrap(), "LAN");
    assert_eq!(out.role(), Some(NetworkRole::CLIENT_ACCESS));
}

#[test]
fn decode_empty_private_property_lists() {
    // CMRP: the server writes a 4-byte count of 0; with the trailing end mark it is 8 bytes.
    for code in [
        ControlCode::NETWORK_GET_RO_PRIVATE_PROPERTIES,
        ControlCode::NETINTERFACE_GET_RO_PRIVATE_PROPERTIES,
        ControlCode::NETWORK_GET_PRIVATE_PROPERTIES,
        ControlCode::NETINTERFACE_GET_RO_COMMON_PROPERTIES,
    ] {
        let out = code.decode_output(&[0, 0, 0, 0]).unwrap();
        let list = out.property_list().unwrap();
        assert!(list.is_empty(), "{code}");
        assert!(!list.has_trailing_end_mark());
        assert_eq!(out.name(), None);
        assert_eq!(out.role(), None);

        let out = code.decode_output(&[0; 8]).unwrap();
        let list = out.property_list().unwrap();
        assert!(list.is_empty(), "{code}");
        assert!(list.has_trailing_end_mark());
    }
}

#[test]
fn decode_extra_trailing_zero_dwords_leniently() {
    // Strict mode accepts the one list-level end mark; lenient mode also accepts more zero
    // DWORDs after it (spec 5 rule 3), and reports them as trailing bytes.
    let code = ControlCode::NETWORK_GET_RO_PRIVATE_PROPERTIES;
    let out = code.decode_output_with(&[0; 12], Mode::Lenient).unwrap();
    let list = out.property_list().unwrap();
    assert!(list.is_empty());
    assert!(list.has_trailing_end_mark());
    assert_eq!(list.trailing_bytes(), &[0, 0, 0, 0]);
    assert_eq!(list.mode(), Mode::Lenient);
}

#[test]
fn decode_property_list_errors() {
    let code = ControlCode::NETWORK_GET_COMMON_PROPERTIES;
    // A count of 1 with nothing after it: the count cannot fit.
    assert_eq!(
        code.decode_output(&[1, 0, 0, 0]).unwrap_err(),
        OutputError::Parse {
            code,
            error: ParseError::CountTooLarge {
                offset: 0,
                count: 1,
                max: 0,
                available: 0
            }
        }
    );
    // Shorter than the count.
    assert!(matches!(
        code.decode_output(&[0, 0]).unwrap_err(),
        OutputError::Parse {
            error: ParseError::Truncated {
                item: Item::PropertyCount,
                offset: 0,
                ..
            },
            ..
        }
    ));
    // A wrong name syntax at offset 4.
    let mut bad = common::role_list();
    bad[4..8].copy_from_slice(&SZ.to_le_bytes());
    assert_eq!(
        code.decode_output(&bad).unwrap_err(),
        OutputError::Parse {
            code,
            error: ParseError::ExpectedName {
                offset: 4,
                found: clusprop::Syntax::LIST_VALUE_SZ
            }
        }
    );
}

#[test]
fn decode_nothing_outputs() {
    for code in [
        ControlCode::NETWORK_UNKNOWN,
        ControlCode::NETWORK_SET_COMMON_PROPERTIES,
        ControlCode::NETWORK_VALIDATE_COMMON_PROPERTIES,
        ControlCode::NETWORK_SET_PRIVATE_PROPERTIES,
        ControlCode::NETWORK_VALIDATE_PRIVATE_PROPERTIES,
        ControlCode::NETINTERFACE_UNKNOWN,
        ControlCode::NETINTERFACE_SET_COMMON_PROPERTIES,
        ControlCode::NETINTERFACE_VALIDATE_COMMON_PROPERTIES,
        ControlCode::NETINTERFACE_SET_PRIVATE_PROPERTIES,
        ControlCode::NETINTERFACE_VALIDATE_PRIVATE_PROPERTIES,
    ] {
        let out = code.decode_output(&[]).unwrap();
        assert!(matches!(out, ControlOutput::Nothing), "{code}: {out:?}");
        assert_eq!(out.name(), None);
        assert_eq!(out.role(), None);
        assert_eq!(out.flags(), None);
        assert_eq!(out.characteristics(), None);
        assert!(out.property_list().is_none());
        for len in [1usize, 4, 40] {
            assert_eq!(
                code.decode_output(&vec![0u8; len]).unwrap_err(),
                OutputError::UnexpectedOutput { code, length: len },
                "{code}: {len}"
            );
        }
    }
}

#[test]
fn decode_unknown_codes() {
    let user = ControlCode((5 << 24) | 0x0020_0000 | (1 << 2));
    for code in [
        user,
        ControlCode(0x0500_0091),
        ControlCode(0x0050_0006),
        ControlCode(0x0580_0005),
    ] {
        for bytes in [&[][..], &[0, 0, 0, 0][..]] {
            assert_eq!(
                code.decode_output(bytes).unwrap_err(),
                OutputError::UnknownControl { code },
                "{code}"
            );
        }
    }
}

#[test]
fn output_error_messages_name_the_code() {
    let code = ControlCode::NETWORK_GET_FLAGS;
    let err = code.decode_output(&[0, 0, 0]).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("CLUSCTL_NETWORK_GET_FLAGS"), "{text}");
    assert!(text.contains('4') && text.contains('3'), "{text}");
    let err = ControlCode(0x0500_0091).decode_output(&[]).unwrap_err();
    assert!(err.to_string().contains("0x05000091"), "{err}");
}
