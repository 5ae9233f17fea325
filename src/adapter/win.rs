//! The Windows layer: owned clusapi handles, each call forwarded to the platform-independent
//! loops of the parent module. Only this file contains `unsafe`.
//!
//! Objects have one handle type, [`Handle<'c, K>`](Handle), generic over the object kind; a kind
//! supplies its clusapi functions through [`Clusapi`] (the `clusapi!` line of each kind), and
//! every call through them is written once, here.
//!
//! # Threads
//!
//! [`Cluster`] is `Send`: clusapi handles have no thread affinity (they are RPC context handles,
//! not tied to the thread that opened them, and Microsoft documents cluster API calls as safe from
//! worker threads, for example in the remarks of `ClusterGroupEnum`), so a cluster connection may
//! move to another thread. It is not `Sync`: Microsoft does not document concurrent calls on one
//! connection as safe. Object handles ([`Handle`]: [`Network`], [`NetInterface`]) borrow their
//! `Cluster` (closing a cluster handle invalidates every handle obtained from it, so the borrow
//! keeps the cluster open), which makes them neither `Send` nor `Sync`: a cluster and its objects
//! are used from one thread at a time. For parallel work, open one `Cluster` per thread.

#![allow(unsafe_code)]
#![deny(
    clippy::undocumented_unsafe_blocks,
    clippy::multiple_unsafe_ops_per_block
)]

use super::error::{AdapterError, Call, Win32Error};
use super::growth::{enumerate, len_u32, read_name, Growth};
use super::kind::{NetInterfaceKind, NetworkKind, ObjectKind};
use super::object::{self, OwnedOutput, RawCall, RawObject};
use crate::control::{Characteristics, Clctl, ControlCode, Flags};
use crate::objects::network::NetworkRole;
use crate::owned::OwnedPropertyList;
use core::cell::Cell;
use core::ffi::c_void;
use core::fmt;
use core::marker::PhantomData;
use windows::core::{PCWSTR, PWSTR};
use windows::Win32::Foundation::GetLastError;
use windows::Win32::Networking::Clustering::{
    CloseCluster, CloseClusterNetInterface, CloseClusterNetwork, CloseClusterNode,
    ClusterCloseEnum, ClusterEnum, ClusterNetInterfaceControl, ClusterNetworkCloseEnum,
    ClusterNetworkControl, ClusterNetworkEnum, ClusterNetworkOpenEnum, ClusterNodeCloseEnum,
    ClusterNodeEnum, ClusterNodeOpenEnum, ClusterOpenEnum, GetClusterNetInterface,
    GetClusterNetInterfaceState, GetClusterNetworkId, GetClusterNetworkState, OpenCluster,
    OpenClusterNetInterface, OpenClusterNetwork, OpenClusterNode, CLUSTER_ENUM,
    CLUSTER_ENUM_NETINTERFACE, CLUSTER_ENUM_NETWORK, CLUSTER_ENUM_NODE, CLUSTER_NETINTERFACE_STATE,
    CLUSTER_NETWORK_ENUM_NETINTERFACES, CLUSTER_NETWORK_STATE, CLUSTER_NODE_ENUM_NETINTERFACES,
    HCLUSTER, HNETINTERFACE, HNETWORK, HNODE,
};

/// The calling thread's last-error code. Call it right after the failing call.
fn last_error() -> u32 {
    // SAFETY: GetLastError has no preconditions; it reads the calling thread's last-error value.
    unsafe { GetLastError() }.0
}

/// An `int` enum value as the `DWORD` the enumeration functions take.
fn dword(value: i32) -> u32 {
    u32::from_ne_bytes(value.to_ne_bytes())
}

/// A NUL-terminated copy of `name` and a `PCWSTR` to it; the pointer is valid while the `Vec`
/// lives.
fn pcwstr(name: &str) -> Result<(Vec<u16>, PCWSTR), AdapterError> {
    let wide = object::wide(name)?;
    let pointer = PCWSTR(wide.as_ptr());
    Ok((wide, pointer))
}

/// The input buffer of a control: none when empty.
fn in_buffer(input: &[u8]) -> (Option<*const c_void>, u32) {
    if input.is_empty() {
        (None, 0)
    } else {
        (Some(input.as_ptr().cast()), len_u32(input.len()))
    }
}

/// The output buffer of a control: none when empty.
fn out_buffer(output: &mut [u8]) -> (Option<*mut c_void>, u32) {
    if output.is_empty() {
        (None, 0)
    } else {
        (Some(output.as_mut_ptr().cast()), len_u32(output.len()))
    }
}

/// A connection to a cluster (`HCLUSTER`), closed when dropped.
///
/// ```no_run
/// use clusprop::adapter::Cluster;
///
/// let cluster = Cluster::open_local()?;
/// for name in cluster.networks()? {
///     let network = cluster.network(&name)?;
///     println!("{name}: {} ({})", network.role()?, network.state()?);
/// }
/// # Ok::<(), clusprop::adapter::AdapterError>(())
/// ```
pub struct Cluster {
    handle: HCLUSTER,
    name: Option<String>,
    /// `Send` but not `Sync` (see the module documentation).
    _not_sync: PhantomData<Cell<()>>,
}

impl Cluster {
    /// Opens the cluster this machine is a node of (`OpenCluster(NULL)`).
    pub fn open_local() -> Result<Cluster, AdapterError> {
        Cluster::open_with(None)
    }

    /// Opens the cluster named `name` (a cluster name or a node name, as `OpenCluster` takes).
    pub fn open(name: &str) -> Result<Cluster, AdapterError> {
        Cluster::open_with(Some(name))
    }

    fn open_with(name: Option<&str>) -> Result<Cluster, AdapterError> {
        let wide = name.map(pcwstr).transpose()?;
        let pointer = wide.as_ref().map_or(PCWSTR::null(), |(_, p)| *p);
        // SAFETY: `pointer` is NULL (the local cluster) or points to a NUL-terminated UTF-16
        // string owned by `wide`, which lives until the end of this function.
        let handle = unsafe { OpenCluster(pointer) };
        if handle.0 == 0 {
            let error = Win32Error(last_error());
            let mut call = Call::new("OpenCluster");
            if let Some(name) = name {
                call = call.with_object(name);
            }
            return Err(AdapterError::Win32 { call, error });
        }
        Ok(Cluster {
            handle,
            name: name.map(str::to_owned),
            _not_sync: PhantomData,
        })
    }

    /// The name the cluster was opened by (`None` for the local cluster).
    #[must_use]
    pub fn opened_as(&self) -> Option<&str> {
        self.name.as_deref()
    }

    fn call(&self, function: &'static str) -> Call {
        match &self.name {
            Some(name) => Call::new(function).with_object(name.clone()),
            None => Call::new(function),
        }
    }

    /// The names of the objects of one type (`ClusterOpenEnum` / `ClusterEnum`).
    fn objects(&self, kind: CLUSTER_ENUM) -> Result<Vec<String>, AdapterError> {
        // SAFETY: `self.handle` is an open cluster handle (closed only on drop).
        let handle = unsafe { ClusterOpenEnum(self.handle, dword(kind.0)) };
        if handle.0 == 0 {
            let error = Win32Error(last_error());
            let call = self.call("ClusterOpenEnum");
            return Err(AdapterError::Win32 { call, error });
        }
        let guard = Closing(handle, ClusterCloseEnum);
        let items = enumerate(
            &Growth::NAMES,
            &self.call("ClusterEnum"),
            |index, kind, buffer, count| {
                // SAFETY: `guard.0` is an open enumeration handle (closed when `guard` drops,
                // after the loop); `kind` and `count` point to live `u32`s; `buffer` is valid
                // for writes of `*count` UTF-16 units, as `enumerate` sets `*count` to
                // `buffer.len()` before each call.
                unsafe { ClusterEnum(guard.0, index, kind, PWSTR(buffer.as_mut_ptr()), count) }
            },
        )?;
        Ok(items.into_iter().map(|item| item.name).collect())
    }

    /// The names of the cluster's networks (`CLUSTER_ENUM_NETWORK`).
    pub fn networks(&self) -> Result<Vec<String>, AdapterError> {
        self.objects(CLUSTER_ENUM_NETWORK)
    }

    /// The names of the cluster's nodes (`CLUSTER_ENUM_NODE`).
    pub fn nodes(&self) -> Result<Vec<String>, AdapterError> {
        self.objects(CLUSTER_ENUM_NODE)
    }

    /// The names of every network interface of the cluster (`CLUSTER_ENUM_NETINTERFACE`).
    pub fn net_interfaces(&self) -> Result<Vec<String>, AdapterError> {
        self.objects(CLUSTER_ENUM_NETINTERFACE)
    }

    /// Opens the network named `name`; [`Handle::open`].
    pub fn network(&self, name: &str) -> Result<Network<'_>, AdapterError> {
        Handle::open(self, name)
    }

    /// Opens the network interface named `name`; [`Handle::open`].
    pub fn net_interface(&self, name: &str) -> Result<NetInterface<'_>, AdapterError> {
        Handle::open(self, name)
    }

    /// The name of `node`'s interface on `network` (`GetClusterNetInterface`). A node without
    /// an interface on that network is an error (`ERROR_CLUSTER_NETINTERFACE_NOT_FOUND`).
    pub fn net_interface_name(&self, node: &str, network: &str) -> Result<String, AdapterError> {
        let (_node, node_name) = pcwstr(node)?;
        let (_network, network_name) = pcwstr(network)?;
        let call = Call::new("GetClusterNetInterface").with_object(format!("{node}/{network}"));
        read_name(&Growth::NAMES, &call, |buffer, count| {
            // SAFETY: `self.handle` is an open cluster handle; `node_name` and `network_name`
            // point to NUL-terminated strings owned by `_node` and `_network`, which outlive the
            // loop; `buffer` is valid for writes of `*count` UTF-16 units (`read_name` sets
            // `*count` to `buffer.len()`), and `count` points to a live `u32`.
            unsafe {
                GetClusterNetInterface(
                    self.handle,
                    node_name,
                    network_name,
                    PWSTR(buffer.as_mut_ptr()),
                    count,
                )
            }
        })
    }

    /// The names of `node`'s network interfaces (`ClusterNodeOpenEnum` with
    /// `CLUSTER_NODE_ENUM_NETINTERFACES`), or, given a `network`, of its interface on that
    /// network (none or one, from [`net_interface_name`](Self::net_interface_name): a node has
    /// at most one interface per network).
    pub fn node_net_interfaces(
        &self,
        node: &str,
        network: Option<&str>,
    ) -> Result<Vec<String>, AdapterError> {
        if let Some(network) = network {
            return match self.net_interface_name(node, network) {
                Ok(name) => Ok(vec![name]),
                Err(e) if e.win32() == Some(Win32Error::CLUSTER_NETINTERFACE_NOT_FOUND) => {
                    Ok(Vec::new())
                }
                Err(e) => Err(e),
            };
        }
        let (_node, node_name) = pcwstr(node)?;
        // SAFETY: `self.handle` is an open cluster handle; `node_name` points to a
        // NUL-terminated string owned by `_node`, which lives until the end of this function.
        let handle = unsafe { OpenClusterNode(self.handle, node_name) };
        if handle.0 == 0 {
            let error = Win32Error(last_error());
            let call = Call::new("OpenClusterNode").with_object(node);
            return Err(AdapterError::Win32 { call, error });
        }
        let node_guard = Closing(handle, CloseClusterNode);
        // SAFETY: `node_guard.0` is an open node handle (closed when the guard drops).
        let handle =
            unsafe { ClusterNodeOpenEnum(node_guard.0, dword(CLUSTER_NODE_ENUM_NETINTERFACES.0)) };
        if handle.0 == 0 {
            let error = Win32Error(last_error());
            let call = Call::new("ClusterNodeOpenEnum").with_object(node);
            return Err(AdapterError::Win32 { call, error });
        }
        let guard = Closing(handle, ClusterNodeCloseEnum);
        let call = Call::new("ClusterNodeEnum").with_object(node);
        let items = enumerate(&Growth::NAMES, &call, |index, kind, buffer, count| {
            // SAFETY: `guard.0` is an open node enumeration handle (closed when `guard` drops,
            // before `node_guard`); `kind` and `count` point to live `u32`s; `buffer` is valid
            // for writes of `*count` UTF-16 units, as `enumerate` guarantees.
            unsafe { ClusterNodeEnum(guard.0, index, kind, PWSTR(buffer.as_mut_ptr()), count) }
        })?;
        drop(guard);
        drop(node_guard);
        Ok(items.into_iter().map(|item| item.name).collect())
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        // SAFETY: `self.handle` came from OpenCluster, is not NULL and is closed only here; every
        // handle obtained from it borrows `self` and has been dropped already.
        let _ = unsafe { CloseCluster(self.handle) };
    }
}

impl fmt::Debug for Cluster {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cluster")
            .field("name", &self.name)
            .field("handle", &self.handle.0)
            .finish()
    }
}

/// A handle that its close function closes when the guard drops: the enumeration and node
/// handles a method opens for itself (`Closing(handle, ClusterCloseEnum)`, …).
struct Closing<H: Copy, R>(H, unsafe fn(H) -> R);

impl<H: Copy, R> Drop for Closing<H, R> {
    fn drop(&mut self) {
        // SAFETY: the guard holds a non-NULL handle from an open function and the close function
        // for handles of its type (each clusapi handle type has one: `ClusterCloseEnum` for
        // `HCLUSENUM`, …); the handle is closed only here.
        let _ = unsafe { (self.1)(self.0) };
    }
}

/// A clusapi function with its name, for errors.
#[derive(Debug)]
pub struct Function<F> {
    /// The Win32 name (`OpenClusterNetwork`, …).
    pub name: &'static str,
    /// The function.
    pub call: F,
}

/// The signature of the `Cluster*Control` functions for the handle type `H`.
pub type ControlFn<H> = unsafe fn(
    H,
    Option<HNODE>,
    u32,
    Option<*const c_void>,
    u32,
    Option<*mut c_void>,
    u32,
    Option<*mut u32>,
) -> u32;

/// The clusapi functions of an object kind: the Windows half of [`ObjectKind`] (a supertrait of
/// it, sealed). Each constant is the clusapi.dll function its documentation names, typed by the
/// kind's handle type, so that [`Handle`] calls them without knowing the kind.
pub trait Clusapi {
    /// The handle type (`HNETWORK`, …); its `Default` is the NULL handle a failed open returns.
    type Raw: Copy + PartialEq + Default;
    /// What the state function returns (`CLUSTER_NETWORK_STATE`, …).
    type RawState;

    /// `OpenCluster*(hCluster, lpszName)`: opens an object by name; NULL on failure.
    const OPEN: Function<unsafe fn(HCLUSTER, PCWSTR) -> Self::Raw>;
    /// `CloseCluster*(handle)`.
    const CLOSE: unsafe fn(Self::Raw) -> windows::core::Result<()>;
    /// `GetCluster*State(handle)`.
    const STATE: Function<unsafe fn(Self::Raw) -> Self::RawState>;
    /// `Cluster*Control(handle, hHostNode, …)`.
    const CONTROL: Function<ControlFn<Self::Raw>>;

    /// The handle's value, for `Debug`.
    fn value(raw: Self::Raw) -> isize;
    /// The state's `int` value.
    fn state_value(state: Self::RawState) -> i32;
}

/// Implements [`Clusapi`] for a kind from its handle type, state type and functions.
macro_rules! clusapi {
    ($kind:ty: $raw:ident, $state:ident, $open:ident, $close:ident, $get_state:ident, $control:ident) => {
        impl Clusapi for $kind {
            type Raw = $raw;
            type RawState = $state;

            const OPEN: Function<unsafe fn(HCLUSTER, PCWSTR) -> $raw> = Function {
                name: stringify!($open),
                call: $open::<PCWSTR>,
            };
            const CLOSE: unsafe fn($raw) -> windows::core::Result<()> = $close;
            const STATE: Function<unsafe fn($raw) -> $state> = Function {
                name: stringify!($get_state),
                call: $get_state,
            };
            const CONTROL: Function<ControlFn<$raw>> = Function {
                name: stringify!($control),
                call: $control,
            };

            fn value(raw: $raw) -> isize {
                raw.0
            }

            fn state_value(state: $state) -> i32 {
                state.0
            }
        }
    };
}

clusapi!(
    NetworkKind: HNETWORK,
    CLUSTER_NETWORK_STATE,
    OpenClusterNetwork,
    CloseClusterNetwork,
    GetClusterNetworkState,
    ClusterNetworkControl
);
clusapi!(
    NetInterfaceKind: HNETINTERFACE,
    CLUSTER_NETINTERFACE_STATE,
    OpenClusterNetInterface,
    CloseClusterNetInterface,
    GetClusterNetInterfaceState,
    ClusterNetInterfaceControl
);

/// An open cluster object of the kind `K` (`HNETWORK`, `HNETINTERFACE`, …), closed when dropped.
/// It borrows its [`Cluster`], which must stay open while it is used.
///
/// Use it by its aliases, [`Network`] and [`NetInterface`]. The methods here are common to every
/// kind, in the kind's types: [`state`](Self::state) returns a
/// [`NetworkState`](crate::objects::network::NetworkState) for a network,
/// [`common_properties`](Self::common_properties) a
/// [`NetInterfaceCommonProperties`](crate::objects::netinterface::NetInterfaceCommonProperties)
/// for an interface, and so on; the control codes are the kind's (`CLUSCTL_NETWORK_GET_FLAGS`
/// for a network's [`flags`](Self::flags)). Each alias adds its own methods.
pub struct Handle<'c, K: ObjectKind> {
    raw: K::Raw,
    name: String,
    cluster: &'c Cluster,
}

/// An open cluster network (`HNETWORK`), closed when dropped; see [`Handle`] for the methods
/// common to every kind. It borrows its [`Cluster`], which must stay open while it is used.
///
/// ```no_run
/// use clusprop::adapter::Cluster;
/// use clusprop::objects::network::{NetworkRole, NetworkUpdate};
///
/// let cluster = Cluster::open_local()?;
/// let network = cluster.network("Cluster Network 2")?;
/// let props = network.common_properties()?;
/// println!("{:?} metric {:?}", props.role, props.metric);
/// // Heartbeat only; validated here, then by the cluster, then set.
/// let update = NetworkUpdate { role: Some(NetworkRole::INTERNAL_USE), ..Default::default() };
/// network.validate_common_properties(&update)?;
/// network.set_common_properties(&update)?;
/// # Ok::<(), clusprop::adapter::AdapterError>(())
/// ```
pub type Network<'c> = Handle<'c, NetworkKind>;

/// An open cluster network interface (`HNETINTERFACE`), closed when dropped; see [`Handle`] for
/// the methods common to every kind. It borrows its [`Cluster`], which must stay open while it
/// is used.
///
/// ```no_run
/// use clusprop::adapter::Cluster;
///
/// let cluster = Cluster::open_local()?;
/// for name in cluster.node_net_interfaces("NODE1", None)? {
///     let interface = cluster.net_interface(&name)?;
///     println!("{name}: {} on {}", interface.state()?, interface.network()?);
/// }
/// # Ok::<(), clusprop::adapter::AdapterError>(())
/// ```
pub type NetInterface<'c> = Handle<'c, NetInterfaceKind>;

impl<'c, K: ObjectKind> Handle<'c, K> {
    /// Opens the object named `name` (`OpenClusterNetwork`, `OpenClusterNetInterface`, …); an
    /// unknown name is the kind's not-found error (`ERROR_CLUSTER_NETWORK_NOT_FOUND`,
    /// `ERROR_CLUSTER_NETINTERFACE_NOT_FOUND`, …).
    pub fn open(cluster: &'c Cluster, name: &str) -> Result<Handle<'c, K>, AdapterError> {
        let (_wide, pointer) = pcwstr(name)?;
        // SAFETY: `K::OPEN` is the kind's `OpenCluster*` function (the `Clusapi` contract);
        // `cluster.handle` is an open cluster handle; `pointer` points to a NUL-terminated string
        // owned by `_wide`, which lives until the end of this function.
        let raw = unsafe { (K::OPEN.call)(cluster.handle, pointer) };
        if raw == K::Raw::default() {
            let error = Win32Error(last_error());
            let call = Call::new(K::OPEN.name).with_object(name);
            return Err(AdapterError::Win32 { call, error });
        }
        Ok(Handle {
            raw,
            name: name.to_owned(),
            cluster,
        })
    }

    /// The name the object was opened by.
    #[must_use]
    pub fn opened_as(&self) -> &str {
        &self.name
    }

    /// The cluster the object belongs to.
    #[must_use]
    pub fn cluster(&self) -> &'c Cluster {
        self.cluster
    }

    /// The object's state (`GetClusterNetworkState`, `GetClusterNetInterfaceState`, …, in the
    /// kind's state type); the unknown state (-1) comes back as the error `GetLastError` reports
    /// (or as the state's `UNKNOWN` if it reports none).
    pub fn state(&self) -> Result<K::State, AdapterError> {
        // SAFETY: `K::STATE` is the kind's `GetCluster*State` function (the `Clusapi` contract);
        // `self.raw` is an open handle of the kind (closed only on drop).
        let raw = unsafe { (K::STATE.call)(self.raw) };
        object::state::<K>(K::state_value(raw), last_error, || {
            Call::new(K::STATE.name).with_object(self.name.clone())
        })
    }

    /// The object's current name (`CLUSCTL_*_GET_NAME`).
    pub fn name(&self) -> Result<String, AdapterError> {
        object::string(self, Clctl::GET_NAME)
    }

    /// Runs a control (`ClusterNetworkControl`, `ClusterNetInterfaceControl`, …) with `input`
    /// (empty for none) and returns its output, grown as [`read_output`](super::read_output)
    /// describes; decode it with [`OwnedOutput::decode`]. Any code is accepted, including ones
    /// this crate cannot decode.
    pub fn control(&self, code: ControlCode, input: &[u8]) -> Result<OwnedOutput, AdapterError> {
        object::control(self, code, input)
    }

    /// `CLUSCTL_*_GET_CHARACTERISTICS` (0 for networks and interfaces).
    pub fn characteristics(&self) -> Result<Characteristics, AdapterError> {
        object::characteristics(self)
    }

    /// `CLUSCTL_*_GET_FLAGS`.
    pub fn flags(&self) -> Result<Flags, AdapterError> {
        object::flags(self)
    }

    /// The common properties: `CLUSCTL_*_GET_COMMON_PROPERTIES` and
    /// `…_GET_RO_COMMON_PROPERTIES`, merged.
    #[cfg(feature = "serde")]
    pub fn common_properties(&self) -> Result<K::CommonProperties, AdapterError> {
        object::common_properties(self)
    }

    /// The private properties: `CLUSCTL_*_GET_PRIVATE_PROPERTIES` followed by those of
    /// `…_GET_RO_PRIVATE_PROPERTIES` (left out when the object answers that control with
    /// `ERROR_INVALID_FUNCTION`).
    pub fn private_properties(&self) -> Result<OwnedPropertyList, AdapterError> {
        object::private_properties(self)
    }

    /// Sets common properties (`CLUSCTL_*_SET_COMMON_PROPERTIES`). The payload is validated here
    /// first (the update's `to_bytes`: for an interface, only Description is writable); what the
    /// cluster rejects comes back as [`AdapterError::Win32`] with its code
    /// (`ERROR_CLUSTER_LAST_INTERNAL_NETWORK`, …).
    #[cfg(feature = "serde")]
    pub fn set_common_properties(&self, update: &K::Update) -> Result<(), AdapterError> {
        let payload = object::update_payload::<K>(update)?;
        object::send(self, Clctl::SET_COMMON_PROPERTIES, &payload)
    }

    /// Asks the cluster whether [`set_common_properties`](Self::set_common_properties) would
    /// succeed (`CLUSCTL_*_VALIDATE_COMMON_PROPERTIES`), after validating here first.
    #[cfg(feature = "serde")]
    pub fn validate_common_properties(&self, update: &K::Update) -> Result<(), AdapterError> {
        let payload = object::update_payload::<K>(update)?;
        object::send(self, Clctl::VALIDATE_COMMON_PROPERTIES, &payload)
    }
}

/// The methods of networks only.
impl Handle<'_, NetworkKind> {
    /// The network's ID, a GUID as text (`GetClusterNetworkId`).
    pub fn id(&self) -> Result<String, AdapterError> {
        let call = Call::new("GetClusterNetworkId").with_object(self.name.clone());
        read_name(&Growth::NAMES, &call, |buffer, count| {
            // SAFETY: `self.raw` is an open network handle; `buffer` is valid for writes of
            // `*count` UTF-16 units (`read_name` sets `*count` to `buffer.len()`), and `count`
            // points to a live `u32`.
            unsafe { GetClusterNetworkId(self.raw, PWSTR(buffer.as_mut_ptr()), count) }
        })
    }

    /// The names of the network's interfaces (`ClusterNetworkOpenEnum` with
    /// `CLUSTER_NETWORK_ENUM_NETINTERFACES`).
    pub fn net_interfaces(&self) -> Result<Vec<String>, AdapterError> {
        // SAFETY: `self.raw` is an open network handle.
        let handle = unsafe {
            ClusterNetworkOpenEnum(self.raw, dword(CLUSTER_NETWORK_ENUM_NETINTERFACES.0))
        };
        if handle.0 == 0 {
            let error = Win32Error(last_error());
            let call = Call::new("ClusterNetworkOpenEnum").with_object(self.name.clone());
            return Err(AdapterError::Win32 { call, error });
        }
        let guard = Closing(handle, ClusterNetworkCloseEnum);
        let call = Call::new("ClusterNetworkEnum").with_object(self.name.clone());
        let items = enumerate(&Growth::NAMES, &call, |index, kind, buffer, count| {
            // SAFETY: `guard.0` is an open network enumeration handle (closed when `guard`
            // drops, after the loop); `kind` and `count` point to live `u32`s; `buffer` is valid
            // for writes of `*count` UTF-16 units, as `enumerate` guarantees.
            unsafe { ClusterNetworkEnum(guard.0, index, kind, PWSTR(buffer.as_mut_ptr()), count) }
        })?;
        Ok(items.into_iter().map(|item| item.name).collect())
    }

    /// The network's role: the `Role` of `CLUSCTL_NETWORK_GET_COMMON_PROPERTIES`.
    pub fn role(&self) -> Result<NetworkRole, AdapterError> {
        object::role(self)
    }
}

/// The methods of network interfaces only.
impl Handle<'_, NetInterfaceKind> {
    /// The interface's ID (`CLUSCTL_NETINTERFACE_GET_ID`).
    pub fn id(&self) -> Result<String, AdapterError> {
        object::string(self, Clctl::GET_ID)
    }

    /// The name of the interface's node (`CLUSCTL_NETINTERFACE_GET_NODE`).
    pub fn node(&self) -> Result<String, AdapterError> {
        object::string(self, Clctl::GET_NODE)
    }

    /// The name of the interface's network (`CLUSCTL_NETINTERFACE_GET_NETWORK`).
    pub fn network(&self) -> Result<String, AdapterError> {
        object::string(self, Clctl::GET_NETWORK)
    }
}

impl<K: ObjectKind> RawObject for Handle<'_, K> {
    type Kind = K;
    const FUNCTION: &'static str = K::CONTROL.name;

    fn opened_as(&self) -> &str {
        &self.name
    }

    fn raw_control(&self, call: RawCall<'_>) -> u32 {
        let (input_pointer, input_size) = in_buffer(call.input);
        let (output_pointer, output_size) = out_buffer(call.output);
        // SAFETY: `K::CONTROL` is the kind's `Cluster*Control` function (the `Clusapi`
        // contract); `self.raw` is an open handle of the kind; the input pointer is NULL (size 0)
        // or valid for reads of `input_size` ≤ `call.input.len()` bytes, the output pointer is NULL
        // (size 0) or valid for writes of `output_size` ≤ `call.output.len()` bytes, both borrowed
        // for the duration of the call; `call.returned` points to a live `u32`. No host node.
        unsafe {
            (K::CONTROL.call)(
                self.raw,
                None,
                call.code.0,
                input_pointer,
                input_size,
                output_pointer,
                output_size,
                Some(core::ptr::from_mut(call.returned)),
            )
        }
    }
}

impl<K: ObjectKind> Drop for Handle<'_, K> {
    fn drop(&mut self) {
        // SAFETY: `K::CLOSE` is the kind's `CloseCluster*` function (the `Clusapi` contract);
        // `self.raw` came from `K::OPEN`, is not NULL and is closed only here; the cluster handle
        // it came from is still open (borrowed for `'c`).
        let _ = unsafe { (K::CLOSE)(self.raw) };
    }
}

impl<K: ObjectKind> fmt::Debug for Handle<'_, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct(K::NAME)
            .field("name", &self.name)
            .field("handle", &K::value(self.raw))
            .finish()
    }
}

/// Compile-time checks of the thread-safety claims in the module documentation.
const _: () = {
    const fn send<T: Send>() {}
    send::<Cluster>();
};
