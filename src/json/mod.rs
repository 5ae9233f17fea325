//! The canonical JSON, both ways (feature `serde`): `Serialize` for views and owned lists,
//! `Deserialize` for the owned model, which the builder turns back into bytes.
//!
//! ```text
//! {"properties": [{"name": "Role", "values": [{"syntax": "0x00010002", "value": 3}]}],
//!  "trailing_end_mark": true}
//! ```
//!
//! A standalone value list is `{"values": [VALUE, ...]}`. `syntax` is `0x` and 8 lowercase hex
//! digits. `value` follows the format: a string for SZ, EXPAND_SZ and EXPANDED_SZ (the code units
//! before the NUL; unpaired surrogates become U+FFFD); an array of strings for MULTI_SZ; unsigned
//! integers for DWORD, WORD, ULARGE_INTEGER and FILETIME; signed integers for LONG and
//! LARGE_INTEGER (see [Integers](#integers)); the nested object for a nested list; lowercase hex
//! of the data bytes for everything else. A FILETIME's object also carries `"utc"` (see
//! [FILETIME](#filetime)). When the canonical encoding of `value` would not give back the exact
//! data bytes ([`Value::is_canonical`](crate::Value::is_canonical)), the value object also
//! carries `"raw"`: lowercase hex of the exact data bytes. The keys come in the order `syntax`,
//! `value`, `utc`, `raw`, `padding` (see [Exact layout](#exact-layout)).
//!
//! # Exact layout
//!
//! The JSON is lossless for every buffer that parses, strictly or leniently: besides `raw`, four
//! keys, each present only when needed, carry what a canonical encoding would not give back:
//!
//! | key | in | when | holds |
//! |---|---|---|---|
//! | `padding` | a value | its padding is not all zero (the format says padding MUST be ignored; the strict parser accepts any) | lowercase hex of the padding bytes, as many as the data's length calls for (1 to 3) |
//! | `name_padding` | a property | its name entry's padding is not all zero | the same, for the name entry |
//! | `name_bytes` | a property | the name entry's data is not the name's UTF-16 and one NUL: a lenient list's name without its NUL, with bytes after it, of an odd length, or with an unpaired surrogate | lowercase hex of the name entry's data (`cbLength` bytes); `name` is then the text before the first NUL, U+FFFD for each unpaired surrogate |
//! | `trailing_bytes` | a property list or value list | a lenient list has bytes after it (after the trailing end mark, if any; after a value list's end mark) | lowercase hex of those bytes |
//!
//! ```text
//! {"name": "Role", "name_padding": "cccc", "values": [{"syntax": "0x00010003", "value": "x", "padding": "ab"}]}
//! {"name": "R\u{FFFD}le", "name_bytes": "520000d86c0065000000", "values": [...]}
//! ```
//!
//! Reading them back ([`OwnedPropertyList`]'s `Deserialize`) fills the owned model's
//! [`Padding`](crate::owned::Padding), [`RawName`] and `trailing_bytes`:
//! a `padding` of another length than the data calls for is an error, and so is a `name` that is
//! not what `name_bytes` reads as (so that an edited name is never silently dropped). Whatever
//! the strict parser accepts, `to_bytes` then writes back byte for byte; what only the lenient
//! parser reads (`name_bytes` that are not a strict name, a property without values, a value a
//! strict list refuses, `trailing_bytes`) only
//! [`to_bytes_with(Mode::Lenient)`](OwnedPropertyList::to_bytes_with) writes (`clusprop encode
//! --lenient`): for every buffer `b` that parses in mode `m`,
//! `from_json(to_json(parse(b, m))).to_bytes_with(m) == b`.
//!
//! # Integers
//!
//! The JSON is safe for every consumer, including those that hold numbers as doubles
//! (JavaScript, jq 1.6), which round integers beyond 2^53. The rule is **per value**: an integer
//! whose magnitude is at most [`MAX_SAFE_INTEGER`] (2^53 − 1 = 9007199254740991) is a JSON
//! number, a larger one is a decimal string. Only 64-bit integers can be strings: ULARGE_INTEGER,
//! LARGE_INTEGER, FILETIME and DISK_SIZE values, a PARTITION_INFO_EX's `total_size` and
//! `free_size`, wherever they are (nested lists included).
//!
//! ```text
//! {"syntax": "0x00010006", "value": 9007199254740991}
//! {"syntax": "0x00010006", "value": "9007199254740992"}
//! {"syntax": "0x0001000a", "value": "-9223372036854775808"}
//! {"syntax": "0x000c0006", "value": "10000000000000000"}        (DISK_SIZE)
//! ```
//!
//! Reading accepts **either form for every integer field** (the formats' values, the typed
//! structures' fields, a 4-byte RESCLASS): a JSON number, or strict decimal text: ASCII digits,
//! no leading zero unless the number is `0`, a leading `-` only where the field is signed (LONG,
//! LARGE_INTEGER) and never on `0`; no `+`, no spaces, no exponent or fraction. A string that is
//! not of that form is refused with what was expected
//! (`invalid value: string "+1", expected u64 as a number or a decimal string: …`); a number or
//! string outside the field's range with serde's message (`invalid value: string
//! "18446744073709551616", expected u64`). Like every error, these are raised inside the value, so
//! their path is complete.
//!
//! # FILETIME
//!
//! A FILETIME value (format `0x000c`, 8 bytes) has, after `value`, `"utc"`: its instant as
//! `YYYY-MM-DDTHH:MM:SS.fffffffZ`, in UTC with the FILETIME's full 100 ns precision
//! ([`FileTime::to_utc_string`](crate::FileTime::to_utc_string), computed without any date
//! library; proleptic Gregorian calendar, no leap seconds, as Windows counts):
//!
//! ```text
//! {"syntax": "0x0001000c", "value": "134361186894390000", "utc": "2026-10-10T15:11:29.4390000Z"}
//! {"syntax": "0x0001000c", "value": 0, "utc": "1601-01-01T00:00:00.0000000Z"}
//! ```
//!
//! FILETIMEs above `0x7FFFFFFFFFFFFFFF` (after 30828-09-14T02:48:05.4775807Z, which Windows'
//! `FileTimeToSystemTime` refuses) have no `utc`; the years from 10000 to 30828 have 5 digits. A
//! FILETIME entry whose data is not 8 bytes is hex like any other, without `utc`.
//!
//! Reading **ignores `utc`**: `value` (or `raw`) decides the bytes, so that a timestamp that a
//! tool reformatted or dropped never changes them. To change the time, change `value`.
//!
//! # Strict input
//!
//! Reading the JSON back is strict about its text:
//!
//! * **No key twice.** A key repeated in any object of the property list, a property, a value
//!   list, a value or a nested list is an error, ``duplicate key "syntax"``, raised from inside
//!   the repeated key's value so that a path-tracking deserializer (serde_path_to_error, as
//!   `clusprop encode` uses) reports it at that key: `properties[0].values[0].syntax`. Unknown
//!   keys are ignored, but not twice either. In the typed structures' objects (below) a repeated
//!   field is serde's ``duplicate field `port` ``; a repeated unknown key there is ignored.
//! * **Syntax text** is `0x` and exactly 8 hex digits (either case; the writer emits lowercase),
//!   or a `CLUSPROP_SYNTAX_*` name with or without the prefix (exact case). `"0x1"`, nine digits,
//!   a sign and `0X` are refused. ([`Syntax::from_name`] and `FromStr` stay laxer.)
//! * **Hex data** (the `value` of a binary format, `raw`) is pairs of ASCII hex digits, either
//!   case, nothing else: no sign, no whitespace, no `0x`.
//! * **Paths.** Errors are raised inside the value they are about, so their path is complete,
//!   with two exceptions, raised after the tracker has left the `value`: a `value` that comes
//!   before its `syntax` is buffered and read once the syntax is known, and a MULTI_SZ `value`
//!   with an empty string is refused once the object holds no `raw` (see below). Such an error
//!   is reported at the value object, and its message starts with the rest of the path: `at
//!   value: …` or `at value.properties[0].values[1].value: …` (`clusprop encode` splices it onto
//!   the path).
//!   Errors about the object as a whole (a missing key, `value` and `raw` that disagree) are at
//!   the object.
//! * **UTF-8** is the JSON parser's business: serde_json refuses invalid UTF-8 anywhere (with a
//!   line and column). `clusprop encode` checks the whole input first and reports the first
//!   invalid byte's offset, line and column, in a key as in a string.
//!
//! What the lists encode to is checked when they are written (`to_bytes`), not while reading;
//! those errors name the property or value by index, not by JSON path.
//!
//! # Typed value-list entries
//!
//! The typed entries of spec section 17 (resource classes, disks, partitions) that decode to a
//! structure ([`Decoded`]) have these `value`s; the others keep their format's JSON:
//!
//! | syntax | `value` |
//! |---|---|
//! | RESCLASS, 8 bytes | `{"class": 1, "class_name": "CLUS_RESCLASS_STORAGE", "subclass": 1073741824, "subclass_names": ["CLUS_RESSUBCLASS_STORAGE_DISK"]}` (`class_name` is `null` for an unnamed class) |
//! | RESCLASS, 4 bytes (class only) | the class, a number (its DWORD format) |
//! | SCSI_ADDRESS | `{"port": 1, "path_id": 0, "target_id": 2, "lun": 3}` |
//! | DISK_SIGNATURE, DISK_NUMBER | a number |
//! | DISK_SIZE | an integer (a decimal string beyond 2^53 − 1) |
//! | DISK_GUID, DISK_SERIALNUMBER, NAME | a string |
//! | FTSET_INFO | `{"root_signature": n, "ft_type": n}` |
//! | PARTITION_INFO | `{"flags": n, "flag_names": ["CLUSPROP_PIFLAG_…"], "device_name": "…", "volume_label": "…", "serial_number": n, "maximum_component_length": n, "file_system_flags": n, "file_system": "NTFS"}` |
//! | PARTITION_INFO_EX | the PARTITION_INFO keys, then `"total_size"`, `"free_size"` (integers: decimal strings beyond 2^53 − 1), `"device_number"`, `"partition_number"`, `"volume_guid": "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}"` |
//! | PARTITION_INFO_EX2 | `{"gpt_partition_id": "{…}", "partition_name": "…", "encryption_flags": n}` |
//! | STORAGE_DEVICE_ID_DESCRIPTOR | lowercase hex of the bytes |
//!
//! GUIDs are in registry form with braces and uppercase digits (reading accepts them without
//! braces, in any case). `class_name`, `subclass_names` and `flag_names` are for people: reading
//! ignores them, the numbers decide. A `WCHAR` array reads up to its NUL; when the bytes after it
//! are not all zero (or the string is not valid UTF-16), the value carries `raw`, as for any
//! value whose fields do not give back its bytes. A structure of another size than its own (in a
//! lenient property list) keeps its format's JSON.
//!
//! The same structure comes out in any serde format.
//!
//! Reading it back ([`OwnedPropertyList`]'s `Deserialize`) encodes each `value` canonically for
//! its syntax's format, or takes `raw` when present, so that for every buffer `b` the strict
//! parser accepts, `encode(from_json(to_json(decode(b)))) == b`, Windows' non-canonical quirks
//! included:
//!
//! ```
//! use clusprop::{OwnedPropertyList, PropertyList};
//!
//! // Windows' empty MULTI_SZ of 2 bytes is not canonical; "raw" keeps it.
//! let bytes = [
//!     1, 0, 0, 0, 3, 0, 4, 0, 4, 0, 0, 0, b'M', 0, 0, 0, 5, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0,
//!     0, 0, 0, 0,
//! ];
//! let json = serde_json::to_string(&PropertyList::parse(&bytes)?)?;
//! assert!(json.contains(r#""value":[],"raw":"0000""#));
//! let back: OwnedPropertyList = serde_json::from_str(&json)?;
//! assert_eq!(back.to_bytes()?, bytes);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A MULTI_SZ `value` with an empty string (`["a", "", "b"]`) is refused
//! ([`BuildError::EmptyString`](crate::BuildError::EmptyString), the message starting with `at
//! value: `), as the builders refuse it: Windows reads a MULTI_SZ up to its first empty string
//! and would see only `["a"]`. Such data does occur in buffers, so its JSON carries `raw`, and a
//! `value` with an empty string is taken together with a `raw` that decodes to it (the bytes are
//! then `raw`'s).

mod content;
mod de;
mod dissect;
mod int;

pub use int::MAX_SAFE_INTEGER;

use crate::owned::{OwnedProperty, OwnedPropertyList, OwnedValue, OwnedValueList, RawName};
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

mod typed;

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
struct SyntaxHex(Syntax);

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
    let mut map = serializer.serialize_map(Some(
        2_usize.saturating_add(usize::from(!trailing.is_empty())),
    ))?;
    map.serialize_entry("properties", properties)?;
    map.serialize_entry("trailing_end_mark", &trailing_end_mark)?;
    if !trailing.is_empty() {
        map.serialize_entry("trailing_bytes", &Str(Hex(trailing)))?;
    }
    map.end()
}

/// `{"name": "...", ["name_bytes": "hex"], ["name_padding": "hex"], "values": [...]}`.
impl Serialize for Property<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes = (!self.name_is_canonical()).then(|| self.name_bytes());
        let padding = self.name_padding();
        let padding = padding.iter().any(|&b| b != 0).then_some(padding);
        property(
            serializer,
            &self.name(),
            bytes,
            padding,
            &Seq(self.values()),
        )
    }
}

/// A property's object: `name_bytes` and `name_padding` only when given.
fn property<S: Serializer, N: Serialize + ?Sized, V: Serialize + ?Sized>(
    serializer: S,
    name: &N,
    bytes: Option<&[u8]>,
    padding: Option<&[u8]>,
    values: &V,
) -> Result<S::Ok, S::Error> {
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
    if trailing.is_empty() {
        return map!(serializer, ("values", values));
    }
    map!(
        serializer,
        ("values", values),
        ("trailing_bytes", &Str(Hex(trailing)))
    )
}

/// `{"syntax": "0x........", "value": ..., ["utc": "..."], ["raw": "..."]}`.
impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let exact = self.json_is_exact();
        let decoded = self.decoded();
        let utc = match decoded {
            Decoded::FileTime(time) => time.utc(),
            _ => None,
        };
        let padding = self.padding();
        let padded = padding.iter().any(|&b| b != 0);
        let len = 2_usize
            .saturating_add(usize::from(!exact))
            .saturating_add(usize::from(utc.is_some()))
            .saturating_add(usize::from(padded));
        let mut map = serializer.serialize_map(Some(len))?;
        map.serialize_entry("syntax", &Str(SyntaxHex(self.syntax())))?;
        map.serialize_entry("value", &decoded)?;
        if let Some(utc) = utc {
            map.serialize_entry("utc", &Str(utc))?;
        }
        if !exact {
            map.serialize_entry("raw", &Str(Hex(self.bytes())))?;
        }
        if padded {
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
        let raw = self.raw_name.as_deref();
        // What the view writes: the bytes unless they are what the name encodes to.
        let bytes = raw
            .map(|r| &r.bytes[..])
            .filter(|&bytes| !RawName::encodes(bytes, &self.name));
        let padding = raw.map(|r| r.padding.as_bytes()).filter(|p| !p.is_empty());
        property(serializer, &self.name, bytes, padding, &self.values)
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
struct Str<T>(T);

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
