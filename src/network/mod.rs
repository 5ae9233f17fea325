//! Networks and network interfaces: roles, states, characteristics and flags, the state rule,
//! typed common properties, and validated SET_COMMON_PROPERTIES payloads.
//!
//! ```
//! use clusprop::control::ControlCode;
//! use clusprop::network::{NetworkCommonProperties, NetworkRole, NetworkUpdate};
//!
//! // Decode what CLUSCTL_NETWORK_GET_COMMON_PROPERTIES returned …
//! let buffer = NetworkUpdate { role: Some(NetworkRole::INTERNAL_USE), ..Default::default() }.to_bytes()?;
//! let output = ControlCode::NETWORK_GET_COMMON_PROPERTIES.decode_output(&buffer)?;
//! assert_eq!(output.role(), Some(NetworkRole::INTERNAL_USE));
//! let props = NetworkCommonProperties::from_list(&output.property_list().unwrap())?;
//! assert_eq!(props.role, Some(NetworkRole::INTERNAL_USE));
//!
//! // … and build a validated payload that changes only what differs.
//! let update = NetworkUpdate { role: Some(NetworkRole::INTERNAL_USE), metric: Some(1000), ..Default::default() };
//! let payload = update.changed_from(&output.property_list().unwrap())?.unwrap();
//! assert_eq!(payload, NetworkUpdate { metric: Some(1000), ..Default::default() }.to_bytes()?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod enums;
#[cfg(feature = "serde")]
mod properties;
mod schema;

pub use crate::error::PropertyError;
pub use enums::{Characteristics, Flags, NetInterfaceState, NetworkRole, NetworkState};
#[cfg(feature = "serde")]
pub use properties::{NetInterfaceCommonProperties, NetworkCommonProperties, Parsed};
#[cfg(feature = "serde")]
pub use schema::{NetInterfaceUpdate, NetworkUpdate};
pub use schema::{PropertySpec, Schema, NETINTERFACE, NETWORK};
