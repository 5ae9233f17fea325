//! The cluster's object kinds, one module each: its constants (roles, states) and its common
//! properties, declared once per property (see [`schema`](crate::schema)).
//!
//! Adding an object kind is one file here and one line below.

pub mod group;
pub mod netinterface;
pub mod network;
pub mod node;
pub mod resource;
