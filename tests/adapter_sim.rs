//! The Windows adapter against the simulated cluster of `tests/wine/` (a `clusapi.dll` built with
//! mingw-w64): every public method of every handle, the growth paths, the error paths, the SET
//! and VALIDATE payloads as the DLL receives them, and the handle balance after each test.
//!
//! Windows only, and only meaningful with the simulation loaded: `tests/wine/runner.sh` puts it
//! next to the test executable and runs it under Wine (`.ci/wine`, or the one command in the
//! README). Without it, the first test fails: the simulation's hooks are looked up in the
//! `clusapi.dll` the process loaded, and Windows' own (or Wine's) has none.
#![cfg(windows)]

use clusprop::adapter::{AdapterError, Cluster, ClusterObject, Win32Error};
use clusprop::control::{ControlCode, ControlOutput};
use clusprop::objects::group::GroupState;
use clusprop::objects::netinterface::{NetInterfaceState, NetInterfaceUpdate};
use clusprop::objects::network::{NetworkRole, NetworkState, NetworkUpdate};
use clusprop::objects::node::NodeState;
use clusprop::objects::resource::ResourceState;
use clusprop::read::ResourceClass;
use clusprop::{Decoded, OwnedPropertyList, Syntax};
use std::sync::{Mutex, MutexGuard, OnceLock};
use windows::core::{s, w};
use windows::Win32::System::LibraryLoader::{GetModuleHandleW, GetProcAddress};

/// What `GetProcAddress` returns.
type Proc = unsafe extern "system" fn() -> isize;
type Count = unsafe extern "system" fn() -> u32;
type LastInput = unsafe extern "system" fn(isize, *mut u8, u32, *mut u32) -> u32;
type LastHostNode = unsafe extern "system" fn(isize) -> u32;
type LastViolation = unsafe extern "system" fn(*mut u16, u32) -> u32;

/// The simulation's test hooks, found in the loaded clusapi.dll.
struct Hooks {
    open_handles: Count,
    violations: Count,
    last_violation: LastViolation,
    last_input: LastInput,
    last_host_node: LastHostNode,
}

fn hooks() -> &'static Hooks {
    static HOOKS: OnceLock<Hooks> = OnceLock::new();
    HOOKS.get_or_init(|| {
        // SAFETY: GetModuleHandleW with a NUL-terminated literal; the module stays loaded (the
        // test executable imports it).
        let module = unsafe { GetModuleHandleW(w!("clusapi.dll")) }
            .expect("clusapi.dll is not loaded: run the tests with tests/wine/runner.sh");
        let find = |name| {
            // SAFETY: a loaded module and a NUL-terminated literal.
            unsafe { GetProcAddress(module, name) }.unwrap_or_else(|| {
                panic!("the clusapi.dll loaded is not the simulation of tests/wine (no Sim* hook)")
            })
        };
        // SAFETY: the hooks have the signatures of tests/wine/README.md ("Test hooks").
        unsafe {
            Hooks {
                open_handles: core::mem::transmute::<Proc, Count>(find(s!("SimOpenHandles"))),
                violations: core::mem::transmute::<Proc, Count>(find(s!("SimViolations"))),
                last_violation: core::mem::transmute::<Proc, LastViolation>(find(s!(
                    "SimLastViolation"
                ))),
                last_input: core::mem::transmute::<Proc, LastInput>(find(s!("SimLastInput"))),
                last_host_node: core::mem::transmute::<Proc, LastHostNode>(find(s!(
                    "SimLastHostNode"
                ))),
            }
        }
    })
}

/// Serializes the tests (the handle count is process-wide) and, when the test is done, checks
/// that every handle was closed and that the simulation saw no caller error.
struct Balanced(#[allow(dead_code)] MutexGuard<'static, ()>);

fn balanced() -> Balanced {
    static LOCK: Mutex<()> = Mutex::new(());
    let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: the hooks take no arguments.
    assert_eq!(
        unsafe { (hooks().open_handles)() },
        0,
        "handles open before the test"
    );
    Balanced(guard)
}

impl Drop for Balanced {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let hooks = hooks();
        // SAFETY: the hooks take no arguments, or a buffer and its size in WCHARs.
        let (open, violations, text) = unsafe {
            let mut buffer = [0u16; 512];
            let len = (hooks.last_violation)(buffer.as_mut_ptr(), buffer.len() as u32) as usize;
            (
                (hooks.open_handles)(),
                (hooks.violations)(),
                String::from_utf16_lossy(&buffer[..len.min(buffer.len() - 1)]),
            )
        };
        assert_eq!(open, 0, "handles left open");
        assert_eq!(
            violations, 0,
            "the simulation saw caller errors; the last: {text}"
        );
    }
}

/// The input of the last SET/VALIDATE sent to the raw handle.
fn last_input(handle: isize) -> Vec<u8> {
    let hooks = hooks();
    let mut needed = 0u32;
    // SAFETY: a NULL buffer of size 0 and a live `u32`.
    let status = unsafe { (hooks.last_input)(handle, core::ptr::null_mut(), 0, &mut needed) };
    assert_eq!(status, 234, "SimLastInput: no input recorded");
    let mut buffer = vec![0u8; needed as usize];
    // SAFETY: a buffer of `needed` bytes and a live `u32`.
    let status = unsafe { (hooks.last_input)(handle, buffer.as_mut_ptr(), needed, &mut needed) };
    assert_eq!(status, 0);
    buffer.truncate(needed as usize);
    buffer
}

fn local() -> Cluster {
    Cluster::open_local().expect("the simulated cluster opens")
}

fn faulty(mode: &str) -> Cluster {
    Cluster::open(&format!("SIMCLUSTER?fault={mode}")).expect("a faulty cluster opens")
}

#[test]
fn the_cluster_enumerates_every_kind() {
    let _b = balanced();
    let cluster = local();
    assert_eq!(cluster.opened_as(), None);
    assert_eq!(cluster.nodes().unwrap(), ["NODE1", "NODE2"]);
    assert_eq!(
        cluster.networks().unwrap(),
        ["Cluster Network 1", "Cluster Network 2"]
    );
    assert_eq!(
        cluster.net_interfaces().unwrap(),
        [
            "NODE1 - Ethernet",
            "NODE1 - Ethernet 2",
            "NODE2 - Ethernet",
            "NODE2 - Ethernet 2"
        ]
    );
    assert_eq!(
        cluster.groups().unwrap(),
        ["Cluster Group", "Available Storage"]
    );
    assert_eq!(
        cluster.resources().unwrap(),
        ["Cluster Name", "Cluster IP Address", "Cluster Disk 1"]
    );
    assert_eq!(
        cluster.resource_types().unwrap(),
        ["Network Name", "IP Address", "Physical Disk"]
    );
    // The cluster's own controls.
    let fqdn = cluster.control(ControlCode::CLUSTER_GET_FQDN, &[]).unwrap();
    assert_eq!(
        fqdn.decode().unwrap().name().unwrap(),
        "SIMCLUSTER.sim.example"
    );
    let props: OwnedPropertyList = cluster.common_properties().unwrap();
    assert!(!props.properties.is_empty());
    assert!(Cluster::open("SIMCLUSTER").unwrap().networks().is_ok());
}

#[test]
fn networks_every_method() {
    let _b = balanced();
    let cluster = local();
    let network = cluster.network("Cluster Network 1").unwrap();
    assert_eq!(network.opened_as(), "Cluster Network 1");
    assert_eq!(network.state().unwrap(), NetworkState::UP);
    assert_eq!(network.role().unwrap(), NetworkRole::INTERNAL_AND_CLIENT);
    assert_eq!(network.name().unwrap(), "Cluster Network 1");
    let id = network.id().unwrap();
    assert_eq!(id.len(), 36, "a GUID: {id}");
    assert_eq!(
        network.net_interfaces().unwrap(),
        ["NODE1 - Ethernet", "NODE2 - Ethernet"]
    );
    let props = network.common_properties().unwrap();
    assert_eq!(props.role, Some(NetworkRole::INTERNAL_AND_CLIENT));
    assert_eq!(props.metric, Some(39840));
    assert_eq!(network.characteristics().unwrap().0, 0);
    let _ = network.flags().unwrap();
    assert!(network.private_properties().unwrap().properties.is_empty());
    let out = network
        .control(ControlCode::NETWORK_ENUM_COMMON_PROPERTIES, &[])
        .unwrap();
    let ControlOutput::Strings(names) = out.decode().unwrap() else {
        panic!("not a name list");
    };
    assert!(names.into_iter().any(|n| n == "Role"));
    // The cluster database key, closed on drop.
    let key = network.key(0x2_0019).unwrap();
    assert!(!key.as_raw().is_invalid());
    drop(key);
    // Opened with an access mask: the granted access comes back.
    let (read_only, granted) =
        clusprop::adapter::Network::open_with_access(&cluster, "Cluster Network 2", 0x8000_0000)
            .unwrap();
    assert_eq!(granted, 0x8000_0000);
    assert_eq!(read_only.state().unwrap(), NetworkState::UP);
}

#[test]
fn set_and_validate_send_exactly_the_encoded_update() {
    let _b = balanced();
    let cluster = local();
    let network = cluster.network("Cluster Network 2").unwrap();
    let update = NetworkUpdate {
        role: Some(NetworkRole::INTERNAL_USE),
        metric: Some(1000),
        ..Default::default()
    };
    network.validate_common_properties(&update).unwrap();
    assert_eq!(last_input(network.as_raw().0), update.to_bytes().unwrap());
    network.set_common_properties(&update).unwrap();
    assert_eq!(last_input(network.as_raw().0), update.to_bytes().unwrap());
    let interface = cluster.net_interface("NODE2 - Ethernet").unwrap();
    let update = NetInterfaceUpdate {
        description: Some("heartbeat".into()),
    };
    interface.set_common_properties(&update).unwrap();
    assert_eq!(last_input(interface.as_raw().0), update.to_bytes().unwrap());
    // An update that does not validate is not sent.
    let bad = NetworkUpdate {
        metric: Some(0),
        ..Default::default()
    };
    assert!(matches!(
        network.set_common_properties(&bad),
        Err(AdapterError::Property(_))
    ));
    // Kinds without a typed declaration send their list's bytes.
    let group = cluster.group("Cluster Group").unwrap();
    let mut list = OwnedPropertyList::default();
    list.push("Description", clusprop::OwnedValue::sz("core").unwrap());
    group.set_common_properties(&list).unwrap();
    assert_eq!(last_input(group.as_raw().0), list.to_bytes().unwrap());
}

#[test]
fn a_network_is_renamed_and_back() {
    let _b = balanced();
    let cluster = local();
    {
        let network = cluster.network("Cluster Network 2").unwrap();
        network.rename("Heartbeat").unwrap();
        assert_eq!(network.name().unwrap(), "Heartbeat");
    }
    let renamed = cluster.network("Heartbeat").unwrap();
    renamed.rename("Cluster Network 2").unwrap();
    assert_eq!(
        renamed.rename("").unwrap_err().win32(),
        Some(Win32Error::INVALID_PARAMETER)
    );
    drop(renamed);
    assert!(cluster.network("Cluster Network 2").is_ok());
}

#[test]
fn interfaces_every_method() {
    let _b = balanced();
    let cluster = local();
    let interface = cluster.net_interface("NODE1 - Ethernet 2").unwrap();
    assert_eq!(interface.state().unwrap(), NetInterfaceState::UP);
    assert_eq!(interface.node().unwrap(), "NODE1");
    assert_eq!(interface.network().unwrap(), "Cluster Network 2");
    assert!(!interface.id().unwrap().is_empty());
    assert_eq!(interface.name().unwrap(), "NODE1 - Ethernet 2");
    assert!(interface.common_properties().unwrap().description.is_some());
    drop(interface.key(0x2_0019).unwrap());
    assert_eq!(
        cluster
            .net_interface_name("NODE2", "Cluster Network 1")
            .unwrap(),
        "NODE2 - Ethernet"
    );
    assert_eq!(
        cluster.net_interfaces_of(Some("NODE1"), None).unwrap(),
        ["NODE1 - Ethernet", "NODE1 - Ethernet 2"]
    );
    assert_eq!(
        cluster
            .net_interfaces_of(None, Some("Cluster Network 2"))
            .unwrap(),
        ["NODE1 - Ethernet 2", "NODE2 - Ethernet 2"]
    );
    assert_eq!(
        cluster
            .node_net_interfaces("NODE2", Some("Cluster Network 2"))
            .unwrap(),
        ["NODE2 - Ethernet 2"]
    );
    assert_eq!(cluster.net_interfaces_of(None, None).unwrap().len(), 4);
}

#[test]
fn nodes_groups_resources_and_types() {
    let _b = balanced();
    let cluster = local();
    let node = cluster.node("NODE1").unwrap();
    assert_eq!(node.state().unwrap(), NodeState::UP);
    assert_eq!(node.id().unwrap(), "1");
    assert_eq!(
        node.net_interfaces().unwrap(),
        ["NODE1 - Ethernet", "NODE1 - Ethernet 2"]
    );
    assert_eq!(node.groups().unwrap(), ["Cluster Group"]);
    drop(node.key(0x2_0019).unwrap());

    let group = cluster.group("Available Storage").unwrap();
    assert_eq!(group.state().unwrap(), GroupState::ONLINE);
    assert_eq!(group.resources().unwrap(), ["Cluster Disk 1"]);
    let props = group.common_properties().unwrap();
    assert!(props.get("Name").is_some(), "{props:?}");
    // A control run on a chosen node.
    let flags = group
        .control_on(&node, ControlCode::GROUP_GET_FLAGS, &[])
        .unwrap();
    assert!(matches!(flags.decode().unwrap(), ControlOutput::Dword(_)));
    // SAFETY: a hook taking a raw handle.
    assert_eq!(unsafe { (hooks().last_host_node)(group.as_raw().0) }, 1);
    let _ = group.flags().unwrap();
    // SAFETY: as above.
    assert_eq!(unsafe { (hooks().last_host_node)(group.as_raw().0) }, 2);

    let disk = cluster.resource("Cluster Disk 1").unwrap();
    assert_eq!(disk.state().unwrap(), ResourceState::ONLINE);
    let class = disk
        .control(ControlCode::RESOURCE_GET_CLASS_INFO, &[])
        .unwrap();
    let ControlOutput::ClassInfo(info) = class.decode().unwrap() else {
        panic!("not a class info");
    };
    assert_eq!(info.class, ResourceClass::STORAGE);
    let info = disk
        .control(ControlCode::RESOURCE_STORAGE_GET_DISK_INFO_EX, &[])
        .unwrap();
    let ControlOutput::ValueList(list) = info.decode().unwrap() else {
        panic!("not a value list");
    };
    let syntaxes: Vec<Syntax> = list.values().map(|v| v.syntax()).collect();
    assert_eq!(syntaxes[0], Syntax::DISK_SIGNATURE);
    assert!(list
        .values()
        .any(|v| matches!(v.decoded(), Decoded::ScsiAddress(_))));

    let name = cluster.resource("Cluster Name").unwrap();
    let deps = name
        .control(ControlCode::RESOURCE_GET_REQUIRED_DEPENDENCIES, &[])
        .unwrap();
    let ControlOutput::ValueList(list) = deps.decode().unwrap() else {
        panic!("not a value list");
    };
    let values: Vec<_> = list.values().collect();
    assert!(matches!(values[0].decoded(), Decoded::ResourceClass(_)));
    assert_eq!(values[1].syntax(), Syntax::NAME);

    let kind = cluster.resource_type("Network Name").unwrap();
    assert_eq!(kind.name(), "Network Name");
    let deps = kind
        .control(ControlCode::RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES, &[])
        .unwrap();
    assert!(matches!(
        deps.decode().unwrap(),
        ControlOutput::ValueList(_)
    ));
    let _ = kind.characteristics().unwrap();
    let _ = kind
        .control_on(&node, ControlCode::RESOURCE_TYPE_GET_FLAGS, &[])
        .unwrap();
}

#[test]
fn unknown_names_are_the_kinds_not_found_errors() {
    let _b = balanced();
    let cluster = local();
    let code = |e: AdapterError| e.win32().map(|w| w.0);
    assert_eq!(code(cluster.network("nope").unwrap_err()), Some(5045));
    assert_eq!(code(cluster.net_interface("nope").unwrap_err()), Some(5047));
    assert_eq!(code(cluster.node("nope").unwrap_err()), Some(5042));
    assert_eq!(code(cluster.group("nope").unwrap_err()), Some(5013));
    assert_eq!(code(cluster.resource("nope").unwrap_err()), Some(5007));
    let kind = cluster.resource_type("nope").unwrap();
    assert_eq!(code(kind.flags().unwrap_err()), Some(5078));
    // An unknown control is the object's answer, with the call named.
    let network = cluster.network("Cluster Network 1").unwrap();
    let err = network
        .control(ControlCode::NETWORK_GET_COMMON_PROPERTY_FMTS, &[])
        .unwrap_err();
    assert_eq!(err.win32(), Some(Win32Error::INVALID_FUNCTION));
    assert!(err.to_string().contains("ClusterNetworkControl"), "{err}");
    // A name with a NUL never reaches the DLL.
    assert!(matches!(
        cluster.network("a\0b").unwrap_err(),
        AdapterError::NameWithNul { .. }
    ));
}

#[test]
fn sizes_that_keep_growing_are_refused() {
    let _b = balanced();
    let cluster = faulty("grow");
    let network = cluster.network("Cluster Network 1").unwrap();
    let err = network.flags().unwrap_err();
    assert!(
        matches!(
            err,
            AdapterError::KeepsGrowing { .. } | AdapterError::NoGrowth { .. }
        ),
        "{err:?}"
    );
}

#[test]
fn shrinking_and_lying_sizes_still_read_the_output() {
    let _b = balanced();
    for mode in ["shrink", "lie"] {
        let cluster = faulty(mode);
        let network = cluster.network("Cluster Network 1").unwrap();
        assert_eq!(
            network.role().unwrap(),
            NetworkRole::INTERNAL_AND_CLIENT,
            "{mode}"
        );
        assert_eq!(network.name().unwrap(), "Cluster Network 1", "{mode}");
        let resource = cluster.resource("Cluster Name").unwrap();
        assert!(resource
            .control(ControlCode::RESOURCE_GET_REQUIRED_DEPENDENCIES, &[])
            .is_ok());
    }
}

#[test]
fn rpc_errors_mid_enumeration_and_in_controls() {
    let _b = balanced();
    let cluster = faulty("rpc");
    let err = cluster.networks().unwrap_err();
    assert_eq!(err.win32(), Some(Win32Error(1726)), "{err}");
    let network = cluster.network("Cluster Network 1").unwrap();
    assert_eq!(network.flags().unwrap_err().win32(), Some(Win32Error(1726)));
    assert_eq!(
        network.net_interfaces().unwrap_err().win32(),
        Some(Win32Error(1726))
    );
}

#[test]
fn empty_outputs_are_decoding_errors() {
    let _b = balanced();
    let cluster = faulty("empty");
    let network = cluster.network("Cluster Network 1").unwrap();
    assert!(matches!(
        network.flags().unwrap_err(),
        AdapterError::Output { .. }
    ));
    assert!(network.common_properties().is_err());
}

#[test]
fn names_longer_than_the_first_buffer() {
    let _b = balanced();
    let cluster = faulty("longnames");
    let networks = cluster.networks().unwrap();
    assert_eq!(networks.len(), 2);
    assert!(
        networks.iter().all(|n| n.chars().count() == 300),
        "{networks:?}"
    );
    let network = cluster.network(&networks[0]).unwrap();
    assert_eq!(network.name().unwrap(), networks[0]);
    assert!(network.id().unwrap().chars().count() >= 36);
    let node = cluster.node(&cluster.nodes().unwrap()[0]).unwrap();
    assert_eq!(node.id().unwrap().chars().count(), 300);
}

#[test]
fn unknown_states_and_opens_without_an_error_code() {
    let _b = balanced();
    let cluster = faulty("statefail");
    // The network reports unknown without setting the last error: a stale code is not reported.
    let network = cluster.network("Cluster Network 1").unwrap();
    assert_eq!(network.state().unwrap(), NetworkState::UNKNOWN);
    let node = cluster.node("NODE1").unwrap();
    assert_eq!(node.state().unwrap_err().win32(), Some(Win32Error(5072)));
    drop((network, node));
    drop(cluster);
    assert!(matches!(
        Cluster::open("SIMCLUSTER?fault=openfail").unwrap_err(),
        AdapterError::NoErrorCode { .. }
    ));
    assert_eq!(
        Cluster::open("SIMCLUSTER?fault=nonsense")
            .unwrap_err()
            .win32(),
        Some(Win32Error::INVALID_PARAMETER)
    );
}

#[test]
fn handles_move_to_another_thread_with_their_cluster() {
    let _b = balanced();
    let cluster = local();
    let names = std::thread::spawn(move || {
        let names = cluster.networks().unwrap();
        let network = cluster.network(&names[0]).unwrap();
        assert_eq!(network.state().unwrap(), NetworkState::UP);
        names
    })
    .join()
    .unwrap();
    assert_eq!(names.len(), 2);
}

#[test]
fn raw_handles_in_and_out_access_and_the_remaining_getters() {
    use clusprop::adapter::{Group, Network};
    use windows::Win32::Networking::Clustering::{OpenCluster, OpenClusterNetwork};

    let _b = balanced();
    // A cluster handle opened with the windows crate, owned from then on (closed on drop).
    // SAFETY: OpenCluster(NULL) has no preconditions.
    let raw = unsafe { OpenCluster(windows::core::PCWSTR::null()) };
    assert_ne!(raw.0, 0);
    // SAFETY: an open cluster handle nothing else uses or closes.
    let cluster = unsafe { Cluster::from_raw(raw, None) };
    assert_eq!(cluster.as_raw(), raw);
    // SAFETY: an open cluster handle and a NUL-terminated literal.
    let raw_network = unsafe { OpenClusterNetwork(cluster.as_raw(), w!("Cluster Network 1")) };
    assert_ne!(raw_network.0, 0);
    // SAFETY: an open network handle of `cluster`, owned from here on.
    let network = unsafe { Network::from_raw(&cluster, raw_network, "Cluster Network 1") };
    assert_eq!(network.as_raw(), raw_network);
    assert_eq!(network.state().unwrap(), NetworkState::UP);
    assert_eq!(network.cluster().as_raw(), raw);

    // A read-only handle: reads work, SET is refused by the cluster, VALIDATE is allowed.
    let (read_only, granted) =
        Group::open_with_access(&cluster, "Cluster Group", 0x8000_0000).unwrap();
    assert_eq!(granted, 0x8000_0000);
    assert_eq!(read_only.state().unwrap(), GroupState::ONLINE);
    let mut list = OwnedPropertyList::default();
    list.push("Description", clusprop::OwnedValue::sz("x").unwrap());
    assert_eq!(
        read_only.set_common_properties(&list).unwrap_err().win32(),
        Some(Win32Error::ACCESS_DENIED)
    );
    read_only.validate_common_properties(&list).unwrap();
    // MAXIMUM_ALLOWED is granted as GENERIC_ALL.
    let (_all, granted) =
        clusprop::adapter::Node::open_with_access(&cluster, "NODE2", 0x0200_0000).unwrap();
    assert_eq!(granted, 0x1000_0000);

    let group = cluster.group("Available Storage").unwrap();
    let preferred = group.preferred_nodes().unwrap();
    assert_eq!(preferred, ["NODE1", "NODE2"]);
    let kind = cluster.resource_type("Physical Disk").unwrap();
    assert_eq!(kind.cluster().as_raw(), raw);
    assert!(format!("{kind:?}").contains("Physical Disk"));
    assert!(format!("{network:?}").contains("Cluster Network 1"));
}
