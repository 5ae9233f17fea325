//! The cluster's object kinds, one module each: its constants (roles, states) and its common
//! properties, declared once per property (see [`schema`](crate::schema)).
//!
//! Adding an object kind is one file here and one line below (two when it declares a schema:
//! [`SCHEMAS`] lists them).

pub mod group;
pub mod netinterface;
pub mod network;
pub mod node;
pub mod resource;

use crate::schema::Schema;

/// The schema of every object kind that declares its common properties: every property name
/// (and syntax) the crate knows, in one place (what [`mutate`](crate::mutate)'s
/// [`RealName`](crate::mutate::Edit::RealName) edit draws from).
///
/// ```
/// use clusprop::objects::SCHEMAS;
///
/// assert!(SCHEMAS.iter().any(|s| s.get("Metric").is_some()));
/// ```
pub const SCHEMAS: &[Schema] = &[network::NETWORK, netinterface::NETINTERFACE];
