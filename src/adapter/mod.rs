//! The Windows adapter: open a cluster, enumerate its objects, read their states, and run
//! controls whose outputs are grown, decoded and typed by this crate.
//!
//! On Windows (`cfg(windows)`) this module has owned handles on the `windows` crate: `Cluster`
//! (open the local cluster or one by name; enumerate nodes, networks, interfaces, groups,
//! resources and resource types) and one generic object handle, `Handle<'c, K>`, for every
//! [`OpenKind`] `K`: `Node<'c>`, `Group<'c>`, `Resource<'c>`, `Network<'c>` and
//! `NetInterface<'c>` are its aliases, with states, names, keys (`ClusterKey`),
//! `open_with_access` and `control_on(node, …)`; `ResourceType<'c>` is a cluster handle and a
//! type name. Every one of them, and the `Cluster`, takes controls through [`ClusterObject`]:
//! `control(code, input)`, `characteristics()`, `flags()`, `common_properties()`,
//! `private_properties()`, `set_common_properties(&update)` and
//! `validate_common_properties(&update)`, in its kind's types; each kind adds its own (`role()`,
//! `id()`, `rename()` and `net_interfaces()` for networks; `id()`, `node()` and `network()` for
//! interfaces; `id()`, `net_interfaces()` and `groups()` for nodes; `resources()` and
//! `preferred_nodes()` for groups). Every handle is closed when dropped; `as_raw` and
//! `unsafe fn from_raw` hand handles to and from code that uses the `windows` crate directly,
//! and `interop` converts codes, roles and states. See those types' documentation (built for a
//! Windows target) for thread safety. `tests/wine/` simulates a cluster to run all of it under
//! Wine (`.ci/wine`).
//!
//! Everything above the raw Win32 calls is platform-independent, compiled and tested on every
//! platform:
//!
//! * [`read_output`]: the buffer-growth loop of the `Cluster*Control` calls (`ERROR_MORE_DATA`,
//!   sizes that keep growing, sizes beyond a cap, success with zero bytes, sizes that lie), and
//!   [`read_name`] / [`enumerate`], the loops of the string getters and enumerations, each
//!   written against a closure for the raw call and configured by a [`Growth`];
//! * [`Win32Error`]: Win32 error codes with their `winerror.h` names, and [`AdapterError`],
//!   which names the failed [`Call`] and maps the crate's decoding and validation errors;
//! * [`OwnedOutput`]: a control's owned output bytes, decoded on demand by its code;
//! * [`ObjectKind`] (and [`OpenKind`] for the kinds with a handle of their own): what differs
//!   between the kinds of object, so that the controls ([`ClusterObject`]) and typed
//!   conveniences of an object are written once.
//!
//! ```no_run
//! # #[cfg(windows)]
//! # fn main() -> Result<(), clusprop::adapter::AdapterError> {
//! use clusprop::adapter::Cluster;
//!
//! let cluster = Cluster::open_local()?;
//! for name in cluster.networks()? {
//!     let network = cluster.network(&name)?;
//!     println!("{name}: role {}, state {}", network.role()?, network.state()?);
//!     for interface in network.net_interfaces()? {
//!         let interface = cluster.net_interface(&interface)?;
//!         println!("  {} on {}: {}", interface.opened_as(), interface.node()?, interface.state()?);
//!     }
//! }
//! # Ok(())
//! # }
//! # #[cfg(not(windows))]
//! # fn main() {}
//! ```
//!
//! `examples/networks.rs` is the same listing as a program.

mod error;
mod growth;
#[cfg(windows)]
pub mod interop;
mod kind;
// Used by the Windows layer; compiled and unit-tested on every platform.
#[cfg_attr(not(windows), allow(dead_code))]
mod object;
#[cfg(windows)]
mod win;

pub use error::{AdapterError, Call, Unit, Win32Error};
pub use growth::{enumerate, read_name, read_output, EnumItem, Growth, MAX_BUFFER_SIZE, MAX_ITEMS};
pub use kind::{
    ClusterKind, GroupKind, NetInterfaceKind, NetworkKind, NodeKind, ObjectKind, OpenKind,
    ResourceKind, ResourceTypeKind,
};
pub use object::{ClusterObject, OwnedOutput};
#[cfg(windows)]
pub use win::Cluster;
#[cfg(windows)]
pub use win::{ClusterKey, Group, Handle, NetInterface, Network, Node, Resource, ResourceType};
