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
use super::kind::{
    ClusterKind, GroupKind, NetInterfaceKind, NetworkKind, NodeKind, OpenKind, ResourceKind,
    ResourceTypeKind,
};
use super::object::{self, failure, RawCall, RawObject};
use crate::control::{Clctl, ControlCode};
use crate::objects::network::NetworkRole;
use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;
use core::ffi::c_void;
use core::fmt;
use core::marker::PhantomData;
use windows::core::{PCWSTR, PWSTR};
use windows::Win32::Foundation::{GetLastError, SetLastError, WIN32_ERROR};
use windows::Win32::Networking::Clustering::{
    CloseCluster, CloseClusterGroup, CloseClusterNetInterface, CloseClusterNetwork,
    CloseClusterNode, CloseClusterResource, ClusterCloseEnum, ClusterControl, ClusterEnum,
    ClusterGroupCloseEnum, ClusterGroupControl, ClusterGroupEnum, ClusterGroupOpenEnum,
    ClusterNetInterfaceCloseEnum, ClusterNetInterfaceControl, ClusterNetInterfaceEnum,
    ClusterNetInterfaceOpenEnum, ClusterNetworkCloseEnum, ClusterNetworkControl,
    ClusterNetworkEnum, ClusterNetworkOpenEnum, ClusterNodeCloseEnum, ClusterNodeControl,
    ClusterNodeEnum, ClusterNodeOpenEnum, ClusterOpenEnum, ClusterRegCloseKey,
    ClusterResourceControl, ClusterResourceTypeControl, GetClusterGroupKey, GetClusterGroupState,
    GetClusterNetInterface, GetClusterNetInterfaceKey, GetClusterNetInterfaceState,
    GetClusterNetworkId, GetClusterNetworkKey, GetClusterNetworkState, GetClusterNodeId,
    GetClusterNodeKey, GetClusterNodeState, GetClusterResourceKey, GetClusterResourceState,
    OpenCluster, OpenClusterGroup, OpenClusterGroupEx, OpenClusterNetInterface,
    OpenClusterNetInterfaceEx, OpenClusterNetwork, OpenClusterNetworkEx, OpenClusterNode,
    OpenClusterNodeEx, OpenClusterResource, OpenClusterResourceEx, SetClusterNetworkName,
    CLUSTER_ENUM, CLUSTER_ENUM_GROUP, CLUSTER_ENUM_NETINTERFACE, CLUSTER_ENUM_NETWORK,
    CLUSTER_ENUM_NODE, CLUSTER_ENUM_RESOURCE, CLUSTER_ENUM_RESTYPE, CLUSTER_GROUP_ENUM_CONTAINS,
    CLUSTER_GROUP_ENUM_NODES, CLUSTER_GROUP_STATE, CLUSTER_NETINTERFACE_STATE,
    CLUSTER_NETWORK_ENUM_NETINTERFACES, CLUSTER_NETWORK_STATE, CLUSTER_NODE_ENUM_GROUPS,
    CLUSTER_NODE_ENUM_NETINTERFACES, CLUSTER_NODE_STATE, CLUSTER_RESOURCE_STATE, HCLUSTER, HGROUP,
    HNETINTERFACE, HNETWORK, HNODE, HRESOURCE,
};
use windows::Win32::System::Registry::HKEY;

/// The calling thread's last-error code. Call it right after the failing call.
fn last_error() -> u32 {
    // SAFETY: GetLastError has no preconditions; it reads the calling thread's last-error value.
    unsafe { GetLastError() }.0
}

/// Sets the calling thread's last-error code to `ERROR_SUCCESS`, before a call that may fail
/// without setting it (the state getters), so that a stale code is not reported.
fn clear_last_error() {
    // SAFETY: SetLastError has no preconditions; it writes the calling thread's last-error value.
    unsafe { SetLastError(WIN32_ERROR(0)) }
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

/// The names an enumeration handle yields: `opened` is what its open function returned (`None`
/// for NULL, reported with `open_call` and `GetLastError`); `next` is one call of its enum
/// function; the handle is closed with `close` when done, on every path.
fn names<H: Copy, R>(
    opened: Option<H>,
    open_call: impl FnOnce() -> Call,
    close: unsafe fn(H) -> R,
    call: &Call,
    mut next: impl FnMut(H, u32, &mut u32, &mut [u16], &mut u32) -> u32,
) -> Result<Vec<String>, AdapterError> {
    let Some(handle) = opened else {
        return Err(failure(open_call(), last_error()));
    };
    let guard = Closing(handle, close);
    let items = enumerate(&Growth::NAMES, call, |index, kind, buffer, count| {
        next(guard.0, index, kind, buffer, count)
    })?;
    Ok(items.into_iter().map(|item| item.name).collect())
}

/// `Some(handle)` unless it is the NULL handle a failed open returns.
fn non_null<H: Copy + PartialEq + Default>(handle: H) -> Option<H> {
    (handle != H::default()).then_some(handle)
}

/// A connection to a cluster (`HCLUSTER`), closed when dropped. It takes the cluster's own
/// controls ([`ClusterObject`](super::ClusterObject), `ClusterControl`), enumerates its
/// objects, and opens them.
///
/// ```no_run
/// use clusprop::adapter::{Cluster, ClusterObject};
///
/// let cluster = Cluster::open_local()?;
/// for name in cluster.networks()? {
///     let network = cluster.network(&name)?;
///     println!("{name}: {} ({})", network.role()?, network.state()?);
/// }
/// let fqdn = cluster.control(clusprop::control::ControlCode::CLUSTER_GET_FQDN, &[])?;
/// println!("{:?}", fqdn.decode()?.name());
/// # Ok::<(), Box<dyn std::error::Error>>(())
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
        clear_last_error();
        // SAFETY: `pointer` is NULL (the local cluster) or points to a NUL-terminated UTF-16
        // string owned by `wide`, which lives until the end of this function.
        let handle = unsafe { OpenCluster(pointer) };
        if handle.0 == 0 {
            let mut call = Call::new("OpenCluster");
            if let Some(name) = name {
                call = call.with_object(name);
            }
            return Err(failure(call, last_error()));
        }
        Ok(Cluster {
            handle,
            name: name.map(str::to_owned),
            _not_sync: PhantomData,
        })
    }

    /// Takes ownership of a raw cluster handle: it is closed when the `Cluster` drops.
    ///
    /// # Safety
    ///
    /// `handle` must be an open, non-NULL `HCLUSTER` (from `OpenCluster` or `OpenClusterEx`)
    /// that nothing else closes or uses after this call.
    #[must_use]
    pub unsafe fn from_raw(handle: HCLUSTER, name: Option<String>) -> Cluster {
        Cluster {
            handle,
            name,
            _not_sync: PhantomData,
        }
    }

    /// The raw handle, for calls this crate does not wrap; it stays owned by `self`.
    #[must_use]
    pub fn as_raw(&self) -> HCLUSTER {
        self.handle
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
        let opened = non_null(unsafe { ClusterOpenEnum(self.handle, dword(kind.0)) });
        names(
            opened,
            || self.call("ClusterOpenEnum"),
            ClusterCloseEnum,
            &self.call("ClusterEnum"),
            |handle, index, kind, buffer, count| {
                // SAFETY: `handle` is the open enumeration handle (closed after the loop);
                // `kind` and `count` point to live `u32`s; `buffer` is valid for writes of
                // `*count` UTF-16 units, as `enumerate` sets `*count` to `buffer.len()`.
                unsafe { ClusterEnum(handle, index, kind, PWSTR(buffer.as_mut_ptr()), count) }
            },
        )
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

    /// The names of the cluster's groups (`CLUSTER_ENUM_GROUP`).
    pub fn groups(&self) -> Result<Vec<String>, AdapterError> {
        self.objects(CLUSTER_ENUM_GROUP)
    }

    /// The names of the cluster's resources (`CLUSTER_ENUM_RESOURCE`).
    pub fn resources(&self) -> Result<Vec<String>, AdapterError> {
        self.objects(CLUSTER_ENUM_RESOURCE)
    }

    /// The names of the cluster's resource types (`CLUSTER_ENUM_RESTYPE`).
    pub fn resource_types(&self) -> Result<Vec<String>, AdapterError> {
        self.objects(CLUSTER_ENUM_RESTYPE)
    }

    /// Opens the network named `name`; [`Handle::open`].
    pub fn network(&self, name: &str) -> Result<Network<'_>, AdapterError> {
        Handle::open(self, name)
    }

    /// Opens the network interface named `name`; [`Handle::open`].
    pub fn net_interface(&self, name: &str) -> Result<NetInterface<'_>, AdapterError> {
        Handle::open(self, name)
    }

    /// Opens the node named `name`; [`Handle::open`].
    pub fn node(&self, name: &str) -> Result<Node<'_>, AdapterError> {
        Handle::open(self, name)
    }

    /// Opens the group named `name`; [`Handle::open`].
    pub fn group(&self, name: &str) -> Result<Group<'_>, AdapterError> {
        Handle::open(self, name)
    }

    /// Opens the resource named `name`; [`Handle::open`].
    pub fn resource(&self, name: &str) -> Result<Resource<'_>, AdapterError> {
        Handle::open(self, name)
    }

    /// The resource type named `name`, for its controls (`ClusterResourceTypeControl` takes the
    /// cluster handle and the type's name: nothing is opened, and an unknown name is reported by
    /// the first control, `ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND`).
    pub fn resource_type(&self, name: &str) -> Result<ResourceType<'_>, AdapterError> {
        let (wide, _) = pcwstr(name)?;
        Ok(ResourceType {
            cluster: self,
            name: name.to_owned(),
            wide,
        })
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

    /// The names of the interfaces of `node` on `network`, either or both left open
    /// (`ClusterNetInterfaceOpenEnum(hCluster, node, network)`, NULL for "any").
    pub fn net_interfaces_of(
        &self,
        node: Option<&str>,
        network: Option<&str>,
    ) -> Result<Vec<String>, AdapterError> {
        let node_name = node.map(pcwstr).transpose()?;
        let network_name = network.map(pcwstr).transpose()?;
        let node_pointer = node_name.as_ref().map_or(PCWSTR::null(), |(_, p)| *p);
        let network_pointer = network_name.as_ref().map_or(PCWSTR::null(), |(_, p)| *p);
        let object = format!("{}/{}", node.unwrap_or("*"), network.unwrap_or("*"));
        // SAFETY: `self.handle` is an open cluster handle; each pointer is NULL or points to a
        // NUL-terminated string owned by `node_name` / `network_name`, which live until the end
        // of this function.
        let opened = non_null(unsafe {
            ClusterNetInterfaceOpenEnum(self.handle, node_pointer, network_pointer)
        });
        names(
            opened,
            || Call::new("ClusterNetInterfaceOpenEnum").with_object(object.clone()),
            ClusterNetInterfaceCloseEnum,
            &Call::new("ClusterNetInterfaceEnum").with_object(object.clone()),
            |handle, index, _kind, buffer, count| {
                // SAFETY: `handle` is the open interface enumeration handle (closed after the
                // loop); `buffer` is valid for writes of `*count` UTF-16 units and `count`
                // points to a live `u32`, as `enumerate` guarantees. This function has no type
                // out-parameter.
                unsafe { ClusterNetInterfaceEnum(handle, index, PWSTR(buffer.as_mut_ptr()), count) }
            },
        )
    }

    /// The names of `node`'s network interfaces, or, given a `network`, of its interface on
    /// that network (none or one): [`net_interfaces_of`](Self::net_interfaces_of).
    pub fn node_net_interfaces(
        &self,
        node: &str,
        network: Option<&str>,
    ) -> Result<Vec<String>, AdapterError> {
        self.net_interfaces_of(Some(node), network)
    }
}

impl RawObject for Cluster {
    type Kind = ClusterKind;
    type Host = HNODE;
    const FUNCTION: &'static str = "ClusterControl";

    fn opened_as(&self) -> &str {
        self.name.as_deref().unwrap_or("")
    }

    fn raw_control(&self, call: RawCall<'_, HNODE>) -> u32 {
        let (input_pointer, input_size) = in_buffer(call.input);
        let (output_pointer, output_size) = out_buffer(call.output);
        // SAFETY: `self.handle` is an open cluster handle; the host is NULL or an open node
        // handle borrowed by the caller for the call; the input pointer is NULL (size 0) or
        // valid for reads of `input_size` ≤ `call.input.len()` bytes, the output pointer is NULL
        // (size 0) or valid for writes of `output_size` ≤ `call.output.len()` bytes, both
        // borrowed for the duration of the call; `call.returned` points to a live `u32`.
        unsafe {
            ClusterControl(
                self.handle,
                call.host,
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

/// A handle that its close function closes when the guard drops: the enumeration handles a
/// method opens for itself (`Closing(handle, ClusterCloseEnum)`, …).
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

/// The signature of the `OpenCluster*Ex` functions for the handle type `H`.
pub type OpenExFn<H> = unsafe fn(HCLUSTER, PCWSTR, u32, Option<*mut u32>) -> H;

/// The signature of the `GetCluster*Key` functions for the handle type `H`.
pub type KeyFn<H> = unsafe fn(H, u32) -> windows::core::Result<HKEY>;

/// The clusapi functions of a kind opened by name: the Windows half of [`OpenKind`] (a
/// supertrait of it, sealed). Each constant is the clusapi.dll function its documentation names,
/// typed by the kind's handle type, so that [`Handle`] calls them without knowing the kind.
pub trait Clusapi {
    /// The handle type (`HNETWORK`, …); its `Default` is the NULL handle a failed open returns.
    type Raw: Copy + PartialEq + Default;
    /// What the state function returns (`CLUSTER_NETWORK_STATE`, …).
    type RawState;

    /// `OpenCluster*(hCluster, lpszName)`: opens an object by name; NULL on failure.
    const OPEN: Function<unsafe fn(HCLUSTER, PCWSTR) -> Self::Raw>;
    /// `OpenCluster*Ex(hCluster, lpszName, dwDesiredAccess, lpdwGrantedAccess)`.
    const OPEN_EX: Function<OpenExFn<Self::Raw>>;
    /// `CloseCluster*(handle)`.
    const CLOSE: unsafe fn(Self::Raw) -> windows::core::Result<()>;
    /// `GetCluster*State(handle)` (the node and group names it may also return not asked).
    const STATE: Function<unsafe fn(Self::Raw) -> Self::RawState>;
    /// `Cluster*Control(handle, hHostNode, …)`.
    const CONTROL: Function<ControlFn<Self::Raw>>;
    /// `GetCluster*Key(handle, samDesired)`.
    const KEY: Function<KeyFn<Self::Raw>>;

    /// The handle's value, for `Debug`.
    fn value(raw: Self::Raw) -> isize;
    /// The state's `int` value.
    fn state_value(state: Self::RawState) -> i32;
}

/// `GetClusterGroupState` without the owner node's name.
unsafe fn group_state(handle: HGROUP) -> CLUSTER_GROUP_STATE {
    // SAFETY: the caller passes an open group handle; the optional out-parameters are NULL.
    unsafe { GetClusterGroupState(handle, None, None) }
}

/// `GetClusterResourceState` without the owner node's and group's names.
unsafe fn resource_state(handle: HRESOURCE) -> CLUSTER_RESOURCE_STATE {
    // SAFETY: the caller passes an open resource handle; the optional out-parameters are NULL.
    unsafe { GetClusterResourceState(handle, None, None, None, None) }
}

/// Implements [`Clusapi`] for a kind from its handle type, state type and functions.
macro_rules! clusapi {
    ($kind:ty: $raw:ident, $state:ident, $open:ident, $open_ex:ident, $close:ident,
     $get_state:ident, $control:ident, $key:ident) => {
        impl Clusapi for $kind {
            type Raw = $raw;
            type RawState = $state;

            const OPEN: Function<unsafe fn(HCLUSTER, PCWSTR) -> $raw> = Function {
                name: stringify!($open),
                call: $open::<PCWSTR>,
            };
            const OPEN_EX: Function<OpenExFn<$raw>> = Function {
                name: stringify!($open_ex),
                call: $open_ex::<PCWSTR>,
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
            const KEY: Function<KeyFn<$raw>> = Function {
                name: stringify!($key),
                call: $key,
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

clusapi!(NetworkKind: HNETWORK, CLUSTER_NETWORK_STATE, OpenClusterNetwork, OpenClusterNetworkEx,
    CloseClusterNetwork, GetClusterNetworkState, ClusterNetworkControl, GetClusterNetworkKey);
clusapi!(NetInterfaceKind: HNETINTERFACE, CLUSTER_NETINTERFACE_STATE, OpenClusterNetInterface,
    OpenClusterNetInterfaceEx, CloseClusterNetInterface, GetClusterNetInterfaceState,
    ClusterNetInterfaceControl, GetClusterNetInterfaceKey);
clusapi!(NodeKind: HNODE, CLUSTER_NODE_STATE, OpenClusterNode, OpenClusterNodeEx,
    CloseClusterNode, GetClusterNodeState, ClusterNodeControl, GetClusterNodeKey);
clusapi!(GroupKind: HGROUP, CLUSTER_GROUP_STATE, OpenClusterGroup, OpenClusterGroupEx,
    CloseClusterGroup, group_state, ClusterGroupControl, GetClusterGroupKey);
clusapi!(ResourceKind: HRESOURCE, CLUSTER_RESOURCE_STATE, OpenClusterResource,
    OpenClusterResourceEx, CloseClusterResource, resource_state, ClusterResourceControl,
    GetClusterResourceKey);

/// An open cluster object of the kind `K` (`HNETWORK`, `HNODE`, …), closed when dropped. It
/// borrows its [`Cluster`], which must stay open while it is used.
///
/// Use it by its aliases: [`Network`], [`NetInterface`], [`Node`], [`Group`], [`Resource`].
/// The methods here are common to every kind, in the kind's types: [`state`](Self::state)
/// returns a [`NetworkState`](crate::objects::network::NetworkState) for a network, a
/// [`NodeState`](crate::objects::node::NodeState) for a node, and so on. Its controls are those
/// of [`ClusterObject`](super::ClusterObject), with the kind's codes; each alias adds its own
/// methods.
pub struct Handle<'c, K: OpenKind> {
    raw: K::Raw,
    name: String,
    cluster: &'c Cluster,
}

/// An open cluster network (`HNETWORK`), closed when dropped; see [`Handle`] for the methods
/// common to every kind. It borrows its [`Cluster`], which must stay open while it is used.
///
/// ```no_run
/// use clusprop::adapter::{Cluster, ClusterObject};
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
/// for name in cluster.net_interfaces_of(Some("NODE1"), None)? {
///     let interface = cluster.net_interface(&name)?;
///     println!("{name}: {} on {}", interface.state()?, interface.network()?);
/// }
/// # Ok::<(), clusprop::adapter::AdapterError>(())
/// ```
pub type NetInterface<'c> = Handle<'c, NetInterfaceKind>;

/// An open cluster node (`HNODE`), closed when dropped; see [`Handle`]. A node is also the host
/// of [`control_on`](Handle::control_on).
pub type Node<'c> = Handle<'c, NodeKind>;

/// An open cluster group (`HGROUP`), closed when dropped; see [`Handle`].
pub type Group<'c> = Handle<'c, GroupKind>;

/// An open cluster resource (`HRESOURCE`), closed when dropped; see [`Handle`].
///
/// ```no_run
/// use clusprop::adapter::{Cluster, ClusterObject};
/// use clusprop::control::{ControlCode, ControlOutput};
///
/// let cluster = Cluster::open_local()?;
/// let disk = cluster.resource("Cluster Disk 1")?;
/// let info = disk.control(ControlCode::RESOURCE_STORAGE_GET_DISK_INFO_EX, &[])?;
/// if let ControlOutput::ValueList(list) = info.decode()? {
///     for value in list.values() {
///         println!("{}: {:?}", value.syntax(), value.decoded());
///     }
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub type Resource<'c> = Handle<'c, ResourceKind>;

impl<'c, K: OpenKind> Handle<'c, K> {
    /// Opens the object named `name` (`OpenClusterNetwork`, `OpenClusterNode`, …); an unknown
    /// name is the kind's not-found error (`ERROR_CLUSTER_NETWORK_NOT_FOUND`,
    /// `ERROR_CLUSTER_NODE_NOT_FOUND`, `ERROR_GROUP_NOT_FOUND`, …).
    pub fn open(cluster: &'c Cluster, name: &str) -> Result<Handle<'c, K>, AdapterError> {
        let (_wide, pointer) = pcwstr(name)?;
        clear_last_error();
        // SAFETY: `K::OPEN` is the kind's `OpenCluster*` function (the `Clusapi` contract);
        // `cluster.handle` is an open cluster handle; `pointer` points to a NUL-terminated string
        // owned by `_wide`, which lives until the end of this function.
        let raw = unsafe { (K::OPEN.call)(cluster.handle, pointer) };
        Handle::opened(cluster, name, raw, K::OPEN.name)
    }

    /// Opens the object named `name` asking for `desired_access` (`OpenClusterNetworkEx`, …:
    /// `GENERIC_READ` 0x80000000, `GENERIC_ALL` 0x10000000, `MAXIMUM_ALLOWED` 0x02000000, or
    /// `CLUSAPI_*` rights) and returns it with the access the cluster granted.
    pub fn open_with_access(
        cluster: &'c Cluster,
        name: &str,
        desired_access: u32,
    ) -> Result<(Handle<'c, K>, u32), AdapterError> {
        let (_wide, pointer) = pcwstr(name)?;
        let mut granted = 0u32;
        clear_last_error();
        // SAFETY: `K::OPEN_EX` is the kind's `OpenCluster*Ex` function (the `Clusapi` contract);
        // `cluster.handle` is an open cluster handle; `pointer` points to a NUL-terminated string
        // owned by `_wide`, which lives until the end of this function; `granted` is a live `u32`.
        let raw = unsafe {
            (K::OPEN_EX.call)(
                cluster.handle,
                pointer,
                desired_access,
                Some(core::ptr::from_mut(&mut granted)),
            )
        };
        let handle = Handle::opened(cluster, name, raw, K::OPEN_EX.name)?;
        Ok((handle, granted))
    }

    fn opened(
        cluster: &'c Cluster,
        name: &str,
        raw: K::Raw,
        function: &'static str,
    ) -> Result<Handle<'c, K>, AdapterError> {
        if raw == K::Raw::default() {
            return Err(failure(Call::new(function).with_object(name), last_error()));
        }
        Ok(Handle {
            raw,
            name: name.to_owned(),
            cluster,
        })
    }

    /// Takes ownership of a raw handle of the kind: it is closed when the `Handle` drops.
    ///
    /// # Safety
    ///
    /// `raw` must be an open, non-NULL handle of this kind (`HNETWORK` for a network, …)
    /// obtained from `cluster`'s `HCLUSTER`, which must stay open while the handle lives (the
    /// borrow ensures that), and nothing else may close it or use it after this call. `name` is
    /// only used in errors and `Debug`.
    #[must_use]
    pub unsafe fn from_raw(cluster: &'c Cluster, raw: K::Raw, name: &str) -> Handle<'c, K> {
        Handle {
            raw,
            name: name.to_owned(),
            cluster,
        }
    }

    /// The raw handle, for calls this crate does not wrap; it stays owned by `self`.
    #[must_use]
    pub fn as_raw(&self) -> K::Raw {
        self.raw
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

    /// The object's state (`GetClusterNetworkState`, `GetClusterNodeState`, …, in the kind's
    /// state type); the unknown state (-1) comes back as the error `GetLastError` reports (or as
    /// the state's `UNKNOWN` if it reports none: the last-error code is cleared before the call,
    /// so a stale one is never reported).
    pub fn state(&self) -> Result<K::State, AdapterError> {
        clear_last_error();
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

    /// Runs a control on the node `host` rather than on the node that hosts the object
    /// (`hHostNode`); otherwise as [`control`](super::ClusterObject::control).
    pub fn control_on(
        &self,
        host: &Node<'_>,
        code: ControlCode,
        input: &[u8],
    ) -> Result<super::OwnedOutput, AdapterError> {
        object::control(self, Some(host.raw), code, input)
    }

    /// The object's cluster database key (`GetCluster*Key`) opened with `sam_desired`
    /// (`KEY_READ` 0x20019, …), closed when the [`ClusterKey`] drops.
    pub fn key(&self, sam_desired: u32) -> Result<ClusterKey<'_>, AdapterError> {
        clear_last_error();
        // SAFETY: `K::KEY` is the kind's `GetCluster*Key` function (the `Clusapi` contract);
        // `self.raw` is an open handle of the kind.
        match unsafe { (K::KEY.call)(self.raw, sam_desired) } {
            Ok(key) if !key.is_invalid() => Ok(ClusterKey {
                key,
                _object: PhantomData,
            }),
            Ok(_) => Err(failure(
                Call::new(K::KEY.name).with_object(self.name.clone()),
                last_error(),
            )),
            Err(error) => Err(failure(
                Call::new(K::KEY.name).with_object(self.name.clone()),
                dword(error.code().0 & 0xFFFF),
            )),
        }
    }
}

/// A key of the cluster database (`HKEY` from `GetClusterNetworkKey`, …), closed with
/// `ClusterRegCloseKey` when dropped. It borrows the object it came from.
pub struct ClusterKey<'o> {
    key: HKEY,
    _object: PhantomData<&'o ()>,
}

impl ClusterKey<'_> {
    /// The raw `HKEY`, for the `ClusterReg*` functions; it stays owned by `self`.
    #[must_use]
    pub fn as_raw(&self) -> HKEY {
        self.key
    }
}

impl Drop for ClusterKey<'_> {
    fn drop(&mut self) {
        // SAFETY: `self.key` came from a `GetCluster*Key` call, is valid and is closed only here.
        let _ = unsafe { ClusterRegCloseKey(self.key) };
    }
}

impl fmt::Debug for ClusterKey<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ClusterKey").field(&self.key.0).finish()
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
        let opened = non_null(unsafe {
            ClusterNetworkOpenEnum(self.raw, dword(CLUSTER_NETWORK_ENUM_NETINTERFACES.0))
        });
        names(
            opened,
            || Call::new("ClusterNetworkOpenEnum").with_object(self.name.clone()),
            ClusterNetworkCloseEnum,
            &Call::new("ClusterNetworkEnum").with_object(self.name.clone()),
            |handle, index, kind, buffer, count| {
                // SAFETY: `handle` is the open network enumeration handle (closed after the
                // loop); `kind` and `count` point to live `u32`s; `buffer` is valid for writes of
                // `*count` UTF-16 units, as `enumerate` guarantees.
                unsafe {
                    ClusterNetworkEnum(handle, index, kind, PWSTR(buffer.as_mut_ptr()), count)
                }
            },
        )
    }

    /// The network's role: the `Role` of `CLUSCTL_NETWORK_GET_COMMON_PROPERTIES`.
    pub fn role(&self) -> Result<NetworkRole, AdapterError> {
        object::role(self)
    }

    /// Renames the network (`SetClusterNetworkName`). `Name` is read-only in SET payloads: this
    /// is the way to change it. The handle keeps the name it was opened by for its errors.
    pub fn rename(&self, new_name: &str) -> Result<(), AdapterError> {
        let (_wide, pointer) = pcwstr(new_name)?;
        // SAFETY: `self.raw` is an open network handle; `pointer` points to a NUL-terminated
        // string owned by `_wide`, which lives until the end of this function.
        let status = unsafe { SetClusterNetworkName(self.raw, pointer) };
        match Win32Error(status) {
            Win32Error::SUCCESS => Ok(()),
            error => Err(AdapterError::Win32 {
                call: Call::new("SetClusterNetworkName").with_object(self.name.clone()),
                error,
            }),
        }
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

/// The methods of nodes only.
impl Handle<'_, NodeKind> {
    /// The node's ID (`GetClusterNodeId`).
    pub fn id(&self) -> Result<String, AdapterError> {
        let call = Call::new("GetClusterNodeId").with_object(self.name.clone());
        read_name(&Growth::NAMES, &call, |buffer, count| {
            // SAFETY: `self.raw` is an open node handle; `buffer` is valid for writes of
            // `*count` UTF-16 units (`read_name` sets `*count` to `buffer.len()`), and `count`
            // points to a live `u32`.
            unsafe { GetClusterNodeId(Some(self.raw), PWSTR(buffer.as_mut_ptr()), count) }
        })
    }

    fn enumerate(&self, kind: i32) -> Result<Vec<String>, AdapterError> {
        // SAFETY: `self.raw` is an open node handle.
        let opened = non_null(unsafe { ClusterNodeOpenEnum(self.raw, dword(kind)) });
        names(
            opened,
            || Call::new("ClusterNodeOpenEnum").with_object(self.name.clone()),
            ClusterNodeCloseEnum,
            &Call::new("ClusterNodeEnum").with_object(self.name.clone()),
            |handle, index, kind, buffer, count| {
                // SAFETY: `handle` is the open node enumeration handle (closed after the loop);
                // `kind` and `count` point to live `u32`s; `buffer` is valid for writes of
                // `*count` UTF-16 units, as `enumerate` guarantees.
                unsafe { ClusterNodeEnum(handle, index, kind, PWSTR(buffer.as_mut_ptr()), count) }
            },
        )
    }

    /// The names of the node's network interfaces (`CLUSTER_NODE_ENUM_NETINTERFACES`).
    pub fn net_interfaces(&self) -> Result<Vec<String>, AdapterError> {
        self.enumerate(CLUSTER_NODE_ENUM_NETINTERFACES.0)
    }

    /// The names of the groups the node owns (`CLUSTER_NODE_ENUM_GROUPS`).
    pub fn groups(&self) -> Result<Vec<String>, AdapterError> {
        self.enumerate(CLUSTER_NODE_ENUM_GROUPS.0)
    }
}

/// The methods of groups only.
impl Handle<'_, GroupKind> {
    fn enumerate(&self, kind: i32) -> Result<Vec<String>, AdapterError> {
        // SAFETY: `self.raw` is an open group handle.
        let opened = non_null(unsafe { ClusterGroupOpenEnum(self.raw, dword(kind)) });
        names(
            opened,
            || Call::new("ClusterGroupOpenEnum").with_object(self.name.clone()),
            ClusterGroupCloseEnum,
            &Call::new("ClusterGroupEnum").with_object(self.name.clone()),
            |handle, index, kind, buffer, count| {
                // SAFETY: `handle` is the open group enumeration handle (closed after the loop);
                // `kind` and `count` point to live `u32`s; `buffer` is valid for writes of
                // `*count` UTF-16 units, as `enumerate` guarantees.
                unsafe { ClusterGroupEnum(handle, index, kind, PWSTR(buffer.as_mut_ptr()), count) }
            },
        )
    }

    /// The names of the group's resources (`CLUSTER_GROUP_ENUM_CONTAINS`).
    pub fn resources(&self) -> Result<Vec<String>, AdapterError> {
        self.enumerate(CLUSTER_GROUP_ENUM_CONTAINS.0)
    }

    /// The names of the group's preferred owner nodes, in order (`CLUSTER_GROUP_ENUM_NODES`).
    pub fn preferred_nodes(&self) -> Result<Vec<String>, AdapterError> {
        self.enumerate(CLUSTER_GROUP_ENUM_NODES.0)
    }
}

impl<K: OpenKind> RawObject for Handle<'_, K> {
    type Kind = K;
    type Host = HNODE;
    const FUNCTION: &'static str = K::CONTROL.name;

    fn opened_as(&self) -> &str {
        &self.name
    }

    fn raw_control(&self, call: RawCall<'_, HNODE>) -> u32 {
        let (input_pointer, input_size) = in_buffer(call.input);
        let (output_pointer, output_size) = out_buffer(call.output);
        // SAFETY: `K::CONTROL` is the kind's `Cluster*Control` function (the `Clusapi`
        // contract); `self.raw` is an open handle of the kind; the host is NULL or an open node
        // handle borrowed by the caller for the call; the input pointer is NULL (size 0) or valid
        // for reads of `input_size` ≤ `call.input.len()` bytes, the output pointer is NULL (size
        // 0) or valid for writes of `output_size` ≤ `call.output.len()` bytes, both borrowed for
        // the duration of the call; `call.returned` points to a live `u32`.
        unsafe {
            (K::CONTROL.call)(
                self.raw,
                call.host,
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

impl<K: OpenKind> Drop for Handle<'_, K> {
    fn drop(&mut self) {
        // SAFETY: `K::CLOSE` is the kind's `CloseCluster*` function (the `Clusapi` contract);
        // `self.raw` came from `K::OPEN` (or `from_raw`'s contract), is not NULL and is closed
        // only here; the cluster handle it came from is still open (borrowed for `'c`).
        let _ = unsafe { (K::CLOSE)(self.raw) };
    }
}

impl<K: OpenKind> fmt::Debug for Handle<'_, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct(<K as super::kind::sealed::Sealed>::NAME)
            .field("name", &self.name)
            .field("handle", &K::value(self.raw))
            .finish()
    }
}

/// A resource type of a cluster, for its controls (`ClusterResourceTypeControl`, which takes the
/// cluster handle and the type's name): see [`Cluster::resource_type`]. Nothing is open, so
/// nothing is closed.
///
/// ```no_run
/// use clusprop::adapter::{Cluster, ClusterObject};
/// use clusprop::control::ControlCode;
///
/// let cluster = Cluster::open_local()?;
/// let disks = cluster.resource_type("Physical Disk")?;
/// let deps = disks.control(ControlCode::RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES, &[])?;
/// println!("{:?}", deps.decode()?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct ResourceType<'c> {
    cluster: &'c Cluster,
    name: String,
    /// The name, NUL-terminated, for every call.
    wide: Vec<u16>,
}

impl<'c> ResourceType<'c> {
    /// The type's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The cluster the type belongs to.
    #[must_use]
    pub fn cluster(&self) -> &'c Cluster {
        self.cluster
    }

    /// Runs a control on the node `host` (`hHostNode`); otherwise as
    /// [`control`](super::ClusterObject::control).
    pub fn control_on(
        &self,
        host: &Node<'_>,
        code: ControlCode,
        input: &[u8],
    ) -> Result<super::OwnedOutput, AdapterError> {
        object::control(self, Some(host.raw), code, input)
    }
}

impl RawObject for ResourceType<'_> {
    type Kind = ResourceTypeKind;
    type Host = HNODE;
    const FUNCTION: &'static str = "ClusterResourceTypeControl";

    fn opened_as(&self) -> &str {
        &self.name
    }

    fn raw_control(&self, call: RawCall<'_, HNODE>) -> u32 {
        let (input_pointer, input_size) = in_buffer(call.input);
        let (output_pointer, output_size) = out_buffer(call.output);
        // SAFETY: `self.cluster.handle` is an open cluster handle (borrowed); `self.wide` is the
        // type's NUL-terminated name, owned by `self`; the host is NULL or an open node handle
        // borrowed by the caller; the buffers are as in `Handle::raw_control`: NULL with size 0
        // or valid for `input_size` reads / `output_size` writes for the duration of the call;
        // `call.returned` points to a live `u32`.
        unsafe {
            ClusterResourceTypeControl(
                self.cluster.handle,
                PCWSTR(self.wide.as_ptr()),
                call.host,
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

impl fmt::Debug for ResourceType<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResourceType")
            .field("name", &self.name)
            .finish()
    }
}

/// Compile-time checks of the thread-safety claims in the module documentation.
const _: () = {
    const fn send<T: Send>() {}
    send::<Cluster>();
};
