//! Windows Failover Cluster property lists and value lists (the CLUSPROP format), exact to the
//! byte.
//!
//! When a program calls `ClusterNetworkControl`, `ClusterNetInterfaceControl` or any other
//! `Cluster*Control`, Windows answers with a raw buffer. For the property controls that buffer is
//! a *property list*: a count, then for each property a name entry, one or more value entries and
//! an end mark, every entry padded to 4 bytes. This crate reads such buffers in place and writes
//! them canonically.
//!
//! * [`PropertyList::parse`] and [`ValueList::parse`] check a buffer once and return borrowed
//!   views; walking them, reading names and decoding values allocates nothing. Errors say which
//!   rule broke and at which byte offset ([`ParseError`]). [`Mode`] chooses strict (the default)
//!   or lenient reading.
//! * [`PropertyList::visit`] and [`ValueList::visit`] do the same checks and the walk in one
//!   pass, handing each name and value to a [`Visit`] as soon as it has passed them: the fastest
//!   way to read every value of a buffer.
//! * [`PropertyListBuilder`] and [`ValueListBuilder`] write canonical bytes into a `Vec`, a
//!   caller's slice, or only measure them.
//! * [`OwnedPropertyList`] is the owned model between the two; with the `serde` feature (on by
//!   default) views and owned lists serialize into the canonical JSON described in [`json`].
//!
//! ```
//! use clusprop::{PropertyList, PropertyListBuilder};
//!
//! let bytes = PropertyListBuilder::new()
//!     .property("Name").sz("Cluster Network 1")
//!     .property("Role").dword(3)
//!     .property("IPv4Addresses").multi_sz(["10.0.0.0"])
//!     .trailing_end_mark(true)
//!     .finish()?;
//!
//! let list = PropertyList::parse(&bytes)?;
//! assert!(list.has_trailing_end_mark());
//! for property in list.properties() {
//!     for value in property.values() {
//!         println!("{} = {:?}", property.name(), value.decoded());
//!     }
//! }
//! assert_eq!(list.get("role").and_then(|p| p.value()).and_then(|v| v.as_u32()), Some(3));
//!
//! // Symmetric: the owned copy encodes back to the same bytes.
//! assert_eq!(list.into_owned().to_bytes()?, bytes);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Modules
//!
//! Bytes are checked once by [`read`] and read through its views; [`owned`] holds a list as
//! values you can change; [`write`](mod@write) writes either canonically. On top of these: [`json`] (the
//! canonical JSON), [`schema`] (structs as property lists, schemas and SET payloads),
//! [`objects`] (each object kind's constants and common properties), [`control`] (control codes
//! and their outputs) and [`adapter`] (the cluster itself, on Windows); [`mutate`] is a
//! structure-aware mutator for the fuzz targets of code that reads lists. Dependencies run that
//! way and never back; `ARCHITECTURE.md` in the repository says where each rule of the format
//! lives.
//!
//! # Features
//!
//! Without any feature the crate parses, visits, builds and owns property lists and value lists,
//! and knows every control code, object constant and schema (its dependencies: `zerocopy` and
//! `thiserror`, and the `windows` crate on Windows).
//!
//! * `std` (default): `FileTime`'s `SystemTime` conversions, and `std` in `thiserror` and
//!   `serde`. Without it the crate is `no_std` and needs only `alloc` (it builds for targets such
//!   as `thumbv7em-none-eabihf`, with or without `serde`); the error types implement
//!   `core::error::Error` either way.
//! * `serde` (default; adds the `serde` crate): the serde bridge.
//!   - `Serialize` for the views ([`PropertyList`], [`ValueList`], [`Value`], …) and
//!     `Serialize` + `Deserialize` for the owned model ([`OwnedPropertyList`], …) and the open
//!     constants ([`Syntax`], …): the canonical JSON, described in the [`json`] module (which
//!     exists only with this feature).
//!   - Structs as property lists: [`to_property_list`], [`from_property_list`], [`ExpandSz`],
//!     [`SecurityDescriptor`] and the [`schema::plist`] module, and [`schema::Schema::payload`].
//!   - The typed common properties of an object kind and their SET payloads
//!     ([`objects::network::NetworkCommonProperties`], [`objects::network::NetworkUpdate`] and
//!     the network interface's), and the adapter's typed controls
//!     (`common_properties`, `set_common_properties`, `validate_common_properties`).
//! * `arbitrary` (adds the `arbitrary` crate): `Arbitrary` for the owned model
//!   ([`OwnedPropertyList`], [`OwnedValueList`], [`OwnedProperty`], [`OwnedValue`]), to fuzz
//!   code that consumes property lists (turns on `std`: the `arbitrary` crate needs it).
//!
//! The `clusprop` command-line tool is a package of its own (`clusprop-cli`, in the
//! repository's `cli/`): depending on this crate builds none of its dependencies.

// docs.rs (`--cfg docsrs`): label every item gated on a feature or a platform ("Available on
// crate feature `serde` only", "Available on Windows only"). Since nightly 1.92 `doc_cfg` also
// derives the labels from the `#[cfg]`s themselves (it absorbed `doc_auto_cfg`).
#![cfg_attr(docsrs, feature(doc_cfg))]
// … but not std's own cfg, on the slice methods that `Name` and `Data` inherit through `Deref`.
#![cfg_attr(docsrs, doc(auto_cfg(hide(no_global_oom_handling))))]
#![cfg_attr(not(any(feature = "std", test)), no_std)]
#![deny(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations, rust_2018_idioms)]
#![cfg_attr(
    not(test),
    warn(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

extern crate alloc;

#[macro_use]
mod visitor;
#[macro_use]
mod constants;
pub mod adapter;
pub mod control;
pub mod dissect;
pub mod error;
pub mod malform;
pub mod mutate;
pub mod objects;
pub mod owned;
pub mod read;
pub mod schema;
pub mod syntax;
pub mod write;

#[cfg(feature = "arbitrary")]
mod arbitrary;
pub mod json;

pub use error::{BuildError, ParseError};
pub use owned::{OwnedProperty, OwnedPropertyList, OwnedValue, OwnedValueList};
pub use read::{
    names_eq, Decoded, FileTime, Mode, MultiSz, Property, PropertyList, Utf16Str, Value, ValueList,
    Visit,
};
pub use syntax::{Format, Syntax, Type};
pub use write::{PropertyListBuilder, ValueListBuilder};

pub use schema::PropertyError;
#[cfg(feature = "serde")]
pub use schema::{from_property_list, to_property_list, ExpandSz, SecurityDescriptor};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
