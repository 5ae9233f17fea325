//! Every named constant of the open constant types against the Windows SDK, as the `windows-sys`
//! crate carries it (the source of truth; the `windows` crate has the same values from the same
//! metadata, but does not build off Windows), compared by Microsoft's name; and the parsing that the
//! declarations give every type (`FromStr`: names, names without the prefix, numbers; the error).

use clusprop::control::MaintenanceModeType;
use clusprop::control::{
    Access, Characteristics, Clctl, ControlCode, Flags, Object, UnknownControlName,
};
use clusprop::objects::group::GroupState;
use clusprop::objects::netinterface::NetInterfaceState;
use clusprop::objects::network::{NetworkRole, NetworkState};
use clusprop::objects::node::NodeState;
use clusprop::objects::resource::ResourceState;
use clusprop::syntax::UnknownConstant;
use clusprop::{Format, Syntax, Type};
use windows_sys::Win32::Networking::Clustering as sdk;

/// `(name, value)` of SDK constants, each value the SDK's constant cast to the crate's integer
/// (`CLUSPROP_TYPE_UNKNOWN` is -1 in the SDK's `i32` enum, 0xFFFF as the WORD on the wire).
macro_rules! sdk {
    ($int:ty; $($name:ident),* $(,)?) => {
        &[$((stringify!($name), u64::from(sdk::$name as $int))),*]
    };
}

/// Every entry of `all` has the value the SDK gives the same name, and every SDK entry listed is
/// in `all`.
fn same_as_sdk<T: Copy>(
    ty: &str,
    all: &[(T, &'static str)],
    value: impl Fn(T) -> u64,
    sdk: &[(&str, u64)],
) {
    assert_eq!(
        all.len(),
        sdk.len(),
        "{ty}: ALL and the SDK table differ in length"
    );
    for &(constant, name) in all {
        let Some(&(_, expected)) = sdk.iter().find(|(n, _)| *n == name) else {
            panic!("{ty}: {name} is not in the SDK table");
        };
        assert_eq!(value(constant), expected, "{ty}: {name}");
    }
}

/// The SDK check, and the parse round trips of every named value: Microsoft's name, in lowercase,
/// without the prefix, and the value as a decimal and a hexadecimal number.
macro_rules! check {
    ($test:ident: $ty:ident($int:ty), $prefix:literal, $name_fn:ident, $sdk:expr) => {
        #[test]
        fn $test() {
            let table: &[(&str, u64)] = $sdk;
            same_as_sdk(
                stringify!($ty),
                $ty::ALL,
                |c| u64::from(<$int>::from(c)),
                table,
            );
            for &(value, name) in $ty::ALL {
                assert_eq!(value.$name_fn(), Some(name));
                assert_eq!(name.parse::<$ty>().unwrap(), value, "{name}");
                assert_eq!(name.to_ascii_lowercase().parse::<$ty>().unwrap(), value);
                assert_eq!(format!(" {name}\t").parse::<$ty>().unwrap(), value);
                let short = name.strip_prefix($prefix).unwrap();
                assert_eq!(short.parse::<$ty>().unwrap(), value, "{short}");
                let number = <$int>::from(value);
                assert_eq!(number.to_string().parse::<$ty>().unwrap(), value);
                assert_eq!(format!("{number:#x}").parse::<$ty>().unwrap(), value);
                assert_eq!(format!("{number:#X}").parse::<$ty>().unwrap(), value);
                assert_eq!($ty::from(number), value);
            }
        }
    };
}

check!(format: Format(u16), "CLUSPROP_FORMAT_", name, sdk!(u16;
    CLUSPROP_FORMAT_UNKNOWN, CLUSPROP_FORMAT_BINARY, CLUSPROP_FORMAT_DWORD, CLUSPROP_FORMAT_SZ,
    CLUSPROP_FORMAT_EXPAND_SZ, CLUSPROP_FORMAT_MULTI_SZ, CLUSPROP_FORMAT_ULARGE_INTEGER,
    CLUSPROP_FORMAT_LONG, CLUSPROP_FORMAT_EXPANDED_SZ, CLUSPROP_FORMAT_SECURITY_DESCRIPTOR,
    CLUSPROP_FORMAT_LARGE_INTEGER, CLUSPROP_FORMAT_WORD, CLUSPROP_FORMAT_FILETIME,
    CLUSPROP_FORMAT_VALUE_LIST, CLUSPROP_FORMAT_PROPERTY_LIST, CLUSPROP_FORMAT_USER,
));

check!(ty: Type(u16), "CLUSPROP_TYPE_", name, sdk!(u16;
    CLUSPROP_TYPE_UNKNOWN, CLUSPROP_TYPE_ENDMARK, CLUSPROP_TYPE_LIST_VALUE, CLUSPROP_TYPE_RESCLASS,
    CLUSPROP_TYPE_RESERVED1, CLUSPROP_TYPE_NAME, CLUSPROP_TYPE_SIGNATURE,
    CLUSPROP_TYPE_SCSI_ADDRESS, CLUSPROP_TYPE_DISK_NUMBER, CLUSPROP_TYPE_PARTITION_INFO,
    CLUSPROP_TYPE_FTSET_INFO, CLUSPROP_TYPE_DISK_SERIALNUMBER, CLUSPROP_TYPE_DISK_GUID,
    CLUSPROP_TYPE_DISK_SIZE, CLUSPROP_TYPE_PARTITION_INFO_EX, CLUSPROP_TYPE_PARTITION_INFO_EX2,
    CLUSPROP_TYPE_STORAGE_DEVICE_ID_DESCRIPTOR, CLUSPROP_TYPE_USER,
));

// `Syntax::LIST_VALUE_VALUE_LIST` (0x0001000D) is not in `ALL`: neither clusapi.h nor the
// windows crate names it.
check!(syntax: Syntax(u32), "CLUSPROP_SYNTAX_", name, sdk!(u32;
    CLUSPROP_SYNTAX_ENDMARK, CLUSPROP_SYNTAX_NAME, CLUSPROP_SYNTAX_RESCLASS,
    CLUSPROP_SYNTAX_LIST_VALUE_BINARY, CLUSPROP_SYNTAX_LIST_VALUE_DWORD,
    CLUSPROP_SYNTAX_LIST_VALUE_SZ, CLUSPROP_SYNTAX_LIST_VALUE_EXPAND_SZ,
    CLUSPROP_SYNTAX_LIST_VALUE_MULTI_SZ, CLUSPROP_SYNTAX_LIST_VALUE_ULARGE_INTEGER,
    CLUSPROP_SYNTAX_LIST_VALUE_LONG, CLUSPROP_SYNTAX_LIST_VALUE_EXPANDED_SZ,
    CLUSPROP_SYNTAX_LIST_VALUE_SECURITY_DESCRIPTOR, CLUSPROP_SYNTAX_LIST_VALUE_LARGE_INTEGER,
    CLUSPROP_SYNTAX_LIST_VALUE_WORD, CLUSPROP_SYNTAX_LIST_VALUE_FILETIME,
    CLUSPROP_SYNTAX_LIST_VALUE_PROPERTY_LIST, CLUSPROP_SYNTAX_DISK_SIGNATURE,
    CLUSPROP_SYNTAX_SCSI_ADDRESS, CLUSPROP_SYNTAX_DISK_NUMBER, CLUSPROP_SYNTAX_PARTITION_INFO,
    CLUSPROP_SYNTAX_FTSET_INFO, CLUSPROP_SYNTAX_DISK_SERIALNUMBER, CLUSPROP_SYNTAX_DISK_GUID,
    CLUSPROP_SYNTAX_DISK_SIZE, CLUSPROP_SYNTAX_PARTITION_INFO_EX,
    CLUSPROP_SYNTAX_PARTITION_INFO_EX2, CLUSPROP_SYNTAX_STORAGE_DEVICE_ID_DESCRIPTOR,
));

// The object's `name()` is the lowercase word; Microsoft's name is `clusapi_name()`.
check!(object: Object(u8), "CLUS_OBJECT_", clusapi_name, sdk!(u8;
    CLUS_OBJECT_INVALID, CLUS_OBJECT_RESOURCE, CLUS_OBJECT_RESOURCE_TYPE, CLUS_OBJECT_GROUP,
    CLUS_OBJECT_NODE, CLUS_OBJECT_NETWORK, CLUS_OBJECT_NETINTERFACE, CLUS_OBJECT_CLUSTER,
    CLUS_OBJECT_GROUPSET, CLUS_OBJECT_AFFINITYRULE, CLUS_OBJECT_USER,
));

// `Access::READ_WRITE` (3) is not in `ALL`: neither clusapi.h nor the windows crate names it.
check!(access: Access(u8), "CLUS_ACCESS_", name, sdk!(u8;
    CLUS_ACCESS_ANY, CLUS_ACCESS_READ, CLUS_ACCESS_WRITE,
));

// `Clctl` (192 codes) and `ControlCode` (310) are checked against the SDK in
// tests/control_codes.rs, by name and by value.

check!(characteristics: Characteristics(u32), "CLUS_CHAR_", name, sdk!(u32;
    CLUS_CHAR_UNKNOWN, CLUS_CHAR_QUORUM, CLUS_CHAR_DELETE_REQUIRES_ALL_NODES,
    CLUS_CHAR_LOCAL_QUORUM, CLUS_CHAR_LOCAL_QUORUM_DEBUG, CLUS_CHAR_REQUIRES_STATE_CHANGE_REASON,
    CLUS_CHAR_BROADCAST_DELETE, CLUS_CHAR_SINGLE_CLUSTER_INSTANCE, CLUS_CHAR_SINGLE_GROUP_INSTANCE,
    CLUS_CHAR_COEXIST_IN_SHARED_VOLUME_GROUP, CLUS_CHAR_PLACEMENT_DATA, CLUS_CHAR_MONITOR_DETACH,
    CLUS_CHAR_MONITOR_REATTACH, CLUS_CHAR_OPERATION_CONTEXT, CLUS_CHAR_CLONES,
    CLUS_CHAR_NOT_PREEMPTABLE, CLUS_CHAR_NOTIFY_NEW_OWNER, CLUS_CHAR_SUPPORTS_UNMONITORED_STATE,
    CLUS_CHAR_INFRASTRUCTURE, CLUS_CHAR_VETO_DRAIN, CLUS_CHAR_DRAIN_LOCAL_OFFLINE,
));

check!(flags: Flags(u32), "CLUS_FLAG_", name, sdk!(u32; CLUS_FLAG_CORE));

check!(network_role: NetworkRole(u32), "ClusterNetworkRole", name, sdk!(u32;
    ClusterNetworkRoleNone, ClusterNetworkRoleInternalUse, ClusterNetworkRoleClientAccess,
    ClusterNetworkRoleInternalAndClient,
));

check!(network_state: NetworkState(u32), "ClusterNetwork", name, sdk!(u32;
    ClusterNetworkStateUnknown, ClusterNetworkUnavailable, ClusterNetworkDown,
    ClusterNetworkPartitioned, ClusterNetworkUp,
));

check!(netinterface_state: NetInterfaceState(u32), "ClusterNetInterface", name, sdk!(u32;
    ClusterNetInterfaceStateUnknown, ClusterNetInterfaceUnavailable, ClusterNetInterfaceFailed,
    ClusterNetInterfaceUnreachable, ClusterNetInterfaceUp,
));

check!(node_state: NodeState(u32), "ClusterNode", name, sdk!(u32;
    ClusterNodeStateUnknown, ClusterNodeUp, ClusterNodeDown, ClusterNodePaused, ClusterNodeJoining,
));

check!(group_state: GroupState(u32), "ClusterGroup", name, sdk!(u32;
    ClusterGroupStateUnknown, ClusterGroupOnline, ClusterGroupOffline, ClusterGroupFailed,
    ClusterGroupPartialOnline, ClusterGroupPending,
));

check!(resource_state: ResourceState(u32), "ClusterResource", name, sdk!(u32;
    ClusterResourceStateUnknown, ClusterResourceInherited, ClusterResourceInitializing,
    ClusterResourceOnline, ClusterResourceOffline, ClusterResourceFailed, ClusterResourcePending,
    ClusterResourceOnlinePending, ClusterResourceOfflinePending,
));

check!(maintenance_mode_type: MaintenanceModeType(u32), "MaintenanceModeType", name, sdk!(u32;
    MaintenanceModeTypeDisableIsAliveCheck, MaintenanceModeTypeOfflineResource,
    MaintenanceModeTypeUnclusterResource,
));

#[test]
fn rust_names_parse_too() {
    assert_eq!("INTERNAL_USE".parse(), Ok(NetworkRole::INTERNAL_USE));
    assert_eq!(
        "internal_and_client".parse(),
        Ok(NetworkRole::INTERNAL_AND_CLIENT)
    );
    assert_eq!("unknown".parse(), Ok(NetworkState::UNKNOWN));
    assert_eq!("StateUnknown".parse(), Ok(NetInterfaceState::UNKNOWN));
    assert_eq!("network".parse(), Ok(Object::NETWORK));
    assert_eq!("read".parse(), Ok(Access::READ));
}

#[test]
fn unnamed_values_parse_from_numbers_and_from_their_display() {
    assert_eq!("4294967295".parse(), Ok(NetworkRole(u32::MAX)));
    assert_eq!("0x8001".parse(), Ok(Type(0x8001)));
    assert_eq!("0x0001000d".parse(), Ok(Syntax::LIST_VALUE_VALUE_LIST));
    assert_eq!("3".parse(), Ok(Access::READ_WRITE));
    // Where the display of an unnamed value is its number, it reads back.
    for value in [0x0Au8, 0x42, 0xFF] {
        assert_eq!(Object(value).to_string().parse(), Ok(Object(value)));
    }
    assert_eq!(Clctl(0x0012_3456).to_string(), "0x00123456");
    assert_eq!("0x00123456".parse(), Ok(Clctl(0x0012_3456)));
}

#[test]
fn bit_sets_parse_what_they_display() {
    let c: Characteristics = "CLUS_CHAR_QUORUM | 0x10".parse().unwrap();
    assert_eq!(c, Characteristics(0x11));
    assert_eq!(
        c.to_string(),
        "CLUS_CHAR_QUORUM | CLUS_CHAR_REQUIRES_STATE_CHANGE_REASON"
    );
    assert_eq!(
        "quorum|veto_drain".parse(),
        Ok(Characteristics(0x0004_0001))
    );
    for value in [0, 1, 0x11, 0x0010_0000, 0xFFFF_FFFF, 0x8000_0003] {
        let c = Characteristics(value);
        assert_eq!(c.to_string().parse(), Ok(c), "{c}");
        let f = Flags(value);
        assert_eq!(f.to_string().parse(), Ok(f), "{f}");
    }
    assert_eq!(Characteristics::default(), Characteristics(0));
    for bad in ["", "QUORUM |", "QUORUM | BOGUS", "0x1_0000_0000", "CORE"] {
        let err = bad.parse::<Characteristics>().unwrap_err();
        assert_eq!((err.type_name(), err.text()), ("Characteristics", bad));
    }
}

#[test]
fn text_that_names_no_value_is_an_error() {
    for bad in [
        "",
        "  ",
        "QWORD",
        "CLUSPROP_FORMAT_",
        "CLUSPROP_TYPE_DWORD",
        "0x",
        "0xZZ",
        "0x+5",
        "+5",
        "-1",
        "1.5",
        "0x10000",
        "65536",
        "DWORD_",
    ] {
        let err = bad.parse::<Format>().unwrap_err();
        assert_eq!(err.type_name(), "Format", "{bad:?}");
        assert_eq!(err.text(), bad);
    }
    let err = "heartbeat".parse::<NetworkRole>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "\"heartbeat\" is not a NetworkRole: expected a ClusterNetworkRole* name (the prefix may \
         be left out) or a number (decimal, or hexadecimal after 0x)"
    );
    assert_eq!("256".parse::<Object>().unwrap_err().type_name(), "Object");
    let too_big = "0x100000000".parse::<NetworkState>().unwrap_err();
    assert_eq!(
        (too_big.type_name(), too_big.text()),
        ("NetworkState", "0x100000000")
    );
    // ControlCode keeps its own error type.
    assert_eq!(
        "GET_NAME".parse::<ControlCode>(),
        Err(UnknownControlName("GET_NAME".to_owned()))
    );
    let _: fn(&str) -> Result<Format, UnknownConstant> = str::parse;
}

#[test]
fn from_name_keeps_its_exact_semantics() {
    assert_eq!(
        Syntax::from_name("LIST_VALUE_DWORD"),
        Some(Syntax::LIST_VALUE_DWORD)
    );
    assert_eq!(
        Syntax::from_name("0x0001000b"),
        Some(Syntax::LIST_VALUE_WORD)
    );
    assert_eq!(Format::from_name("CLUSPROP_FORMAT_SZ"), Some(Format::SZ));
    assert_eq!(Type::from_name("USER"), Some(Type::USER));
    // Case matters, and numbers are hexadecimal with 0x only.
    assert_eq!(Syntax::from_name("list_value_dword"), None);
    assert_eq!(Syntax::from_name("65538"), None);
}
