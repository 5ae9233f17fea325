//! The property-list serde data format: Rust structs to and from property lists, the way
//! Windows' ResUtil property tables map C structs (feature `serde`).
//!
//! [`from_property_list`] reads any `#[derive(Deserialize)]` struct from a
//! [`PropertyList`](crate::PropertyList) view, one field per property; [`to_property_list`] writes
//! any `#[derive(Serialize)]` struct as a canonical property list (no trailing end mark, fields in
//! declaration order).
//!
//! | Rust type | property format |
//! |---|---|
//! | `u32` | DWORD |
//! | `i32` | LONG |
//! | `u16` | WORD |
//! | `u64` | ULARGE_INTEGER |
//! | `i64` | LARGE_INTEGER |
//! | `bool` | DWORD 0 or 1 (other values are an error) |
//! | `String`, [`Utf16Str`] (borrowed, read only) | SZ (EXPAND_SZ and EXPANDED_SZ read too) |
//! | [`ExpandSz`] | EXPAND_SZ |
//! | `Vec<String>` | MULTI_SZ |
//! | bytes (`serde_bytes`, `&[u8]`), `Vec<u8>` | BINARY (SECURITY_DESCRIPTOR reads too) |
//! | [`SecurityDescriptor`] | SECURITY_DESCRIPTOR (BINARY reads too, as Windows sends it) |
//! | [`FileTime`] | FILETIME |
//! | a nested struct or map | PROPERTY_LIST |
//! | `Option::None`, `()` (JSON `null`) | the property is absent |
//! | a newtype (`struct Metric(u32)`) | as its inner type |
//!
//! Field names are property names (`#[serde(rename = "AutoMetric")]` and
//! `#[serde(rename_all = "PascalCase")]` work) and are matched ignoring case as Windows compares
//! property names ([`names_eq`](crate::names_eq)). A property with several values is read through its first value.
//! Unknown properties are ignored unless the struct says `#[serde(deny_unknown_fields)]`. Errors
//! name the property and the expected and found syntax ([`PropertyError`](crate::PropertyError)).
//!
//! ```
//! use clusprop::{from_property_list, to_property_list, ExpandSz, PropertyList};
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Serialize, Deserialize, Debug, PartialEq)]
//! #[serde(rename_all = "PascalCase")]
//! struct Service {
//!     service_name: String,
//!     start_parameters: Option<ExpandSz>,
//!     use_network_name: bool,
//!     #[serde(rename = "RestartThreshold")]
//!     restarts: u32,
//! }
//!
//! let service = Service {
//!     service_name: "Spooler".into(),
//!     start_parameters: Some(ExpandSz("%SystemRoot%\\x".into())),
//!     use_network_name: true,
//!     restarts: 3,
//! };
//! let bytes = to_property_list(&service)?;
//! let list = PropertyList::parse(&bytes)?;
//! assert_eq!(list.get("UseNetworkName").unwrap().value().unwrap().as_u32(), Some(1));
//! assert_eq!(from_property_list::<Service>(&list)?, service);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod de;
mod ser;

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
pub use de::from_property_list;
pub(crate) use ser::properties_of;
pub use ser::to_property_list;

use crate::read::utf16::Utf16Str;
use crate::read::value::FileTime;
use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Serialize, Serializer};

/// Newtype names the property-list format recognizes; other formats see plain newtypes.
pub(crate) const EXPAND_SZ: &str = "$clusprop::ExpandSz";
pub(crate) const SECURITY_DESCRIPTOR: &str = "$clusprop::SecurityDescriptor";
pub(crate) const FILETIME: &str = "$clusprop::FileTime";
pub(crate) const UTF16: &str = "$clusprop::Utf16Str";

/// A string written as EXPAND_SZ (unexpanded `%VARIABLES%`). Other serde formats see a string.
///
/// ```
/// use clusprop::{to_property_list, ExpandSz, PropertyList, Syntax};
/// use std::collections::BTreeMap;
///
/// let map = BTreeMap::from([("Path", ExpandSz("%SystemRoot%\\Temp".to_owned()))]);
/// let bytes = to_property_list(&map)?;
/// let value = PropertyList::parse(&bytes)?.get("Path").and_then(|p| p.value()).unwrap();
/// assert_eq!(value.syntax(), Syntax::LIST_VALUE_EXPAND_SZ);
/// assert_eq!(value.to_string_lossy().as_deref(), Some("%SystemRoot%\\Temp"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ExpandSz(pub String);

/// Self-relative security descriptor bytes, written as SECURITY_DESCRIPTOR and read from
/// SECURITY_DESCRIPTOR or BINARY (Windows Server 2022 sends security descriptors as BINARY).
/// Other serde formats see bytes.
///
/// ```
/// use clusprop::{from_property_list, to_property_list, PropertyList, SecurityDescriptor, Syntax};
/// use std::collections::BTreeMap;
///
/// let map = BTreeMap::from([("Security", SecurityDescriptor(vec![1, 0, 4, 0x80]))]);
/// let bytes = to_property_list(&map)?;
/// let list = PropertyList::parse(&bytes)?;
/// let value = list.get("Security").and_then(|p| p.value()).unwrap();
/// assert_eq!(value.syntax(), Syntax::LIST_VALUE_SECURITY_DESCRIPTOR);
/// assert_eq!(from_property_list::<BTreeMap<String, SecurityDescriptor>>(&list)?, map
///     .into_iter()
///     .map(|(k, v)| (k.to_owned(), v))
///     .collect());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct SecurityDescriptor(pub Vec<u8>);

impl Serialize for ExpandSz {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(EXPAND_SZ, &self.0)
    }
}

impl<'de> Deserialize<'de> for ExpandSz {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        visit!(deserializer.deserialize_newtype_struct(EXPAND_SZ) as ExpandSz,
            "an EXPAND_SZ string" {
            visit_newtype_struct(d) => String::deserialize(d).map(ExpandSz),
            visit_str(v: &str) => Ok(ExpandSz(v.to_owned())),
            visit_string(v: String) => Ok(ExpandSz(v)),
        })
    }
}

/// Serializes bytes with `serialize_bytes`.
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

impl Serialize for SecurityDescriptor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(SECURITY_DESCRIPTOR, &Bytes(&self.0))
    }
}

impl<'de> Deserialize<'de> for SecurityDescriptor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        visit!(deserializer.deserialize_newtype_struct(SECURITY_DESCRIPTOR) as SecurityDescriptor,
            "security descriptor bytes" {
            visit_newtype_struct(d) => {
                visit_bytes!(d.deserialize_byte_buf() as Vec<u8>, "bytes").map(SecurityDescriptor)
            },
        })
    }
}

/// FILETIME in the property-list format; a `u64` of 100-ns ticks elsewhere.
impl Serialize for FileTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(FILETIME, &self.0)
    }
}

impl<'de> Deserialize<'de> for FileTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        visit!(deserializer.deserialize_newtype_struct(FILETIME) as FileTime, "a FILETIME" {
            visit_newtype_struct(d) => u64::deserialize(d).map(FileTime),
            visit_u64(v: u64) => Ok(FileTime(v)),
        })
    }
}

/// Borrows the UTF-16 string of an SZ property in place (only from a property list: other
/// formats have no UTF-16 to borrow).
impl<'de: 'a, 'a> Deserialize<'de> for Utf16Str<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        visit!(deserializer.deserialize_newtype_struct(UTF16) as Utf16Str<'de>,
            "a UTF-16 string borrowed from a property list" {
            visit_borrowed_bytes(v: &'de [u8]) => Ok(Utf16Str::from_le_bytes(v)),
            visit_newtype_struct(_) => Err(D::Error::custom(
                "a borrowed UTF-16 string can only be read from a property list",
            )),
        })
    }
}
