//! The canonical JSON as serde `Serialize` impls (feature `serde`), for views and owned lists
//! alike: the same text as the writer ([`super::write`]) for any serde format, and serde_json
//! gives byte for byte what the writer does. Which keys an object carries is decided in
//! [`super::keys`], for both.

use super::keys::{self, PropertyKeys, ValueKeys};
use super::{int, typed};
use crate::owned::{OwnedProperty, OwnedPropertyList, OwnedValue, OwnedValueList};
use crate::read::list::{Property, PropertyList};
use crate::read::utf16::{MultiSz, Utf16Str};
use crate::read::value::{Decoded, Value, ValueList};
use crate::syntax::Syntax;
use core::fmt;
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// `$serializer`'s map of the entries `(key, &value)`, in order.
macro_rules! map {
    ($serializer:ident, $(($key:literal, $value:expr)),+) => {{
        let mut map = $serializer.serialize_map(Some([$($key),+].len()))?;
        $(map.serialize_entry($key, $value)?;)+
        map.end()
    }};
}

/// Lowercase hex of bytes, written without allocating.
pub(crate) struct Hex<'a>(pub(crate) &'a [u8]);

impl fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut buf = [0u8; 128];
        for part in self.0.chunks(64) {
            for (pair, &b) in buf.chunks_exact_mut(2).zip(part) {
                let hi = DIGITS.get(usize::from(b >> 4)).copied().unwrap_or(b'0');
                let lo = DIGITS.get(usize::from(b & 0xF)).copied().unwrap_or(b'0');
                pair.copy_from_slice(&[hi, lo]);
            }
            let text = buf.get(..part.len().saturating_mul(2)).unwrap_or_default();
            f.write_str(core::str::from_utf8(text).unwrap_or_default())?;
        }
        Ok(())
    }
}

/// `0x` and 8 lowercase hex digits.
pub(crate) struct SyntaxHex(pub(crate) Syntax);

impl fmt::Display for SyntaxHex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08x}", self.0 .0)
    }
}

/// A string; unpaired surrogates become U+FFFD.
impl Serialize for Utf16Str<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string_lossy())
    }
}

/// An array of strings.
impl Serialize for MultiSz<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// `{"properties": [...], "trailing_end_mark": bool, ["trailing_bytes": "hex"]}`.
impl Serialize for PropertyList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        property_list(
            serializer,
            &Seq(self.properties()),
            self.has_trailing_end_mark(),
            self.trailing_bytes(),
        )
    }
}

/// A property list's object: its properties, its trailing end mark, and the bytes after it if
/// any.
fn property_list<S: Serializer, P: Serialize + ?Sized>(
    serializer: S,
    properties: &P,
    trailing_end_mark: bool,
    trailing: &[u8],
) -> Result<S::Ok, S::Error> {
    let trailing = keys::trailing(trailing);
    let mut map = serializer.serialize_map(Some(
        2_usize.saturating_add(usize::from(trailing.is_some())),
    ))?;
    map.serialize_entry("properties", properties)?;
    map.serialize_entry("trailing_end_mark", &trailing_end_mark)?;
    if let Some(trailing) = trailing {
        map.serialize_entry("trailing_bytes", &Str(Hex(trailing)))?;
    }
    map.end()
}

/// `{"name": "...", ["name_bytes": "hex"], ["name_padding": "hex"], "values": [...]}`.
impl Serialize for Property<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        property(
            serializer,
            &self.name(),
            PropertyKeys::of(self),
            &Seq(self.values()),
        )
    }
}

/// A property's object: `name_bytes` and `name_padding` only when given.
fn property<S: Serializer, N: Serialize + ?Sized, V: Serialize + ?Sized>(
    serializer: S,
    name: &N,
    keys: PropertyKeys<'_>,
    values: &V,
) -> Result<S::Ok, S::Error> {
    let PropertyKeys {
        name_bytes: bytes,
        name_padding: padding,
    } = keys;
    let len = 2_usize
        .saturating_add(usize::from(bytes.is_some()))
        .saturating_add(usize::from(padding.is_some()));
    let mut map = serializer.serialize_map(Some(len))?;
    map.serialize_entry("name", name)?;
    if let Some(bytes) = bytes {
        map.serialize_entry("name_bytes", &Str(Hex(bytes)))?;
    }
    if let Some(padding) = padding {
        map.serialize_entry("name_padding", &Str(Hex(padding)))?;
    }
    map.serialize_entry("values", values)?;
    map.end()
}

/// `{"values": [...], ["trailing_bytes": "hex"]}`.
impl Serialize for ValueList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        value_list(serializer, &Seq(self.values()), self.trailing_bytes())
    }
}

/// A value list's object.
fn value_list<S: Serializer, V: Serialize + ?Sized>(
    serializer: S,
    values: &V,
    trailing: &[u8],
) -> Result<S::Ok, S::Error> {
    let Some(trailing) = keys::trailing(trailing) else {
        return map!(serializer, ("values", values));
    };
    map!(
        serializer,
        ("values", values),
        ("trailing_bytes", &Str(Hex(trailing)))
    )
}

/// `{"syntax": "0x........", "value": ..., ["utc": "..."], ["raw": "..."]}`.
impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ValueKeys {
            decoded,
            utc,
            raw,
            padding,
        } = ValueKeys::of(self);
        let len = 2_usize
            .saturating_add(usize::from(raw.is_some()))
            .saturating_add(usize::from(utc.is_some()))
            .saturating_add(usize::from(padding.is_some()));
        let mut map = serializer.serialize_map(Some(len))?;
        map.serialize_entry("syntax", &Str(SyntaxHex(self.syntax())))?;
        map.serialize_entry("value", &decoded)?;
        if let Some(utc) = utc {
            map.serialize_entry("utc", &Str(utc))?;
        }
        if let Some(raw) = raw {
            map.serialize_entry("raw", &Str(Hex(raw)))?;
        }
        if let Some(padding) = padding {
            map.serialize_entry("padding", &Str(Hex(padding)))?;
        }
        map.end()
    }
}

/// The `value` of the canonical JSON.
impl Serialize for Decoded<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Decoded::ResourceClass(_)
            | Decoded::DiskSignature(_)
            | Decoded::ScsiAddress(_)
            | Decoded::DiskNumber(_)
            | Decoded::PartitionInfo(_)
            | Decoded::FtSetInfo(_)
            | Decoded::DiskSerialNumber(_)
            | Decoded::DiskGuid(_)
            | Decoded::DiskSize(_)
            | Decoded::PartitionInfoEx(_)
            | Decoded::PartitionInfoEx2(_)
            | Decoded::StorageDeviceIdDescriptor(_) => typed::serialize(self, serializer),
            Decoded::Dword(v) => serializer.serialize_u32(*v),
            Decoded::Word(v) => serializer.serialize_u16(*v),
            Decoded::ULargeInteger(v) => int::U64(*v).serialize(serializer),
            Decoded::FileTime(v) => int::U64(v.0).serialize(serializer),
            Decoded::Long(v) => serializer.serialize_i32(*v),
            Decoded::LargeInteger(v) => int::I64(*v).serialize(serializer),
            Decoded::Sz(s) | Decoded::ExpandSz(s) | Decoded::ExpandedSz(s) => {
                s.serialize(serializer)
            }
            Decoded::MultiSz(m) => m.serialize(serializer),
            Decoded::PropertyList(l) => l.serialize(serializer),
            Decoded::ValueList(l) => l.serialize(serializer),
            Decoded::Binary(b) | Decoded::SecurityDescriptor(b) | Decoded::Bytes(b) => {
                serializer.collect_str(&Hex(b))
            }
        }
    }
}

/// The same JSON as the view of the encoded list. A list that cannot be encoded (a name with a
/// NUL, a property without values) is serialized property by property all the same.
impl Serialize for OwnedPropertyList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        property_list(
            serializer,
            &self.properties,
            self.trailing_end_mark,
            &self.trailing_bytes,
        )
    }
}

impl Serialize for OwnedProperty {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        property(
            serializer,
            &self.name,
            PropertyKeys::of_owned(self),
            &self.values,
        )
    }
}

impl Serialize for OwnedValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.view().serialize(serializer)
    }
}

impl Serialize for OwnedValueList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        value_list(serializer, &self.values, &self.trailing_bytes)
    }
}

/// Serializes a `Display` as a string.
pub(crate) struct Str<T>(pub(crate) T);

impl<T: fmt::Display> Serialize for Str<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// Serializes a cloneable iterator as a sequence, without collecting it.
struct Seq<I>(I);

impl<I> Serialize for Seq<I>
where
    I: Iterator + ExactSizeIterator + Clone,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = self.0.clone();
        let mut seq = serializer.serialize_seq(Some(items.len()))?;
        for item in items {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}
