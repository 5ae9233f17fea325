//! Schemas: how property lists map to Rust types and to the objects of a cluster.
//!
//! * [`from_property_list`] and [`to_property_list`] (feature `serde`, in [`plist`]) map any
//!   `#[derive(Deserialize, Serialize)]` struct to and from a property list, one field per
//!   property, the way Windows' ResUtil property tables map C structs.
//! * A [`Schema`] is an object kind's common properties as data ([`PropertySpec`]: name, syntax,
//!   writable, DWORD range). It validates SET / VALIDATE_COMMON_PROPERTIES payloads, builds
//!   payloads from plain values, and keeps only what changes.
//! * Object kinds ([`objects`](crate::objects)) are declared once per property with the crate's
//!   `object!` macro, which derives the schema, the typed common properties and the typed update
//!   from that one declaration.
//!
//! Every error here is a [`PropertyError`].
//!
//! ```
//! use clusprop::objects::network::NETWORK;
//! use clusprop::schema::PropertyError;
//! use clusprop::{PropertyList, PropertyListBuilder};
//!
//! let payload = PropertyListBuilder::new().property("Metric").dword(0).finish()?;
//! let err = NETWORK.validate(&PropertyList::parse(&payload)?).unwrap_err();
//! assert!(matches!(err, PropertyError::OutOfRange { value: 0, min: 1, .. }));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
pub(crate) mod object;
#[cfg(feature = "serde")]
pub mod plist;
mod spec;

pub use error::PropertyError;
pub(crate) use object::object;
pub use object::Parsed;
#[cfg(feature = "serde")]
pub use plist::{from_property_list, to_property_list, ExpandSz, SecurityDescriptor};
pub use spec::{PropertySpec, Schema};
