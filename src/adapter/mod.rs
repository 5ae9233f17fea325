//! The Windows adapter: open a cluster, enumerate its networks, interfaces and nodes, read their
//! states, and run controls whose outputs are grown, decoded and typed by this crate.
//!
//! On Windows (`cfg(windows)`) this module has owned handles on the `windows` crate: `Cluster`
//! (open the local cluster or one by name; enumerate networks, nodes and interfaces) and one
//! generic object handle, `Handle<'c, K>`, for every [`ObjectKind`] `K`: `Network<'c>` and
//! `NetInterface<'c>` are its aliases. Every object handle has the state and name getters,
//! `control(code, input)`, and the typed conveniences `characteristics()`, `flags()`,
//! `common_properties()`, `private_properties()`, `set_common_properties(&update)` and
//! `validate_common_properties(&update)`, in its kind's types; each kind adds its own (`role()`,
//! `id()` and `net_interfaces()` for networks; `id()`, `node()` and `network()` for interfaces).
//! Every handle is closed when dropped. See those types' documentation (built for a Windows
//! target) for thread safety.
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
//! * [`ObjectKind`] ([`NetworkKind`], [`NetInterfaceKind`]): what differs between the kinds of
//!   object, so that the controls and typed conveniences of an object are written once.
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
