//! The canonical JSON, both ways: written by the lists' own writer ([`PropertyList::write_json`],
//! [`write_json_pretty`](PropertyList::write_json_pretty) and
//! [`to_json_string`](PropertyList::to_json_string), on [`ValueList`], [`OwnedPropertyList`] and
//! [`OwnedValueList`] too; no feature needed, `no_std` + `alloc` included), or by serde (feature
//! `serde`): `Serialize` for views and owned lists, byte for byte the writer's text through
//! serde_json, and `Deserialize` for the owned model, which the builder turns back into bytes.
//! The writer is the fast path (several times faster than `serde_json::to_writer` of the same
//! view, see BENCHMARKS.md); `Serialize` is there for other serde formats and for serde users.
//! A decoded control output has its JSON too, both ways alike: [`ControlJson`].
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
//! [`Padding`](crate::owned::Padding), [`RawName`](crate::owned::RawName) and `trailing_bytes`:
//! a `padding` of another length than the data calls for is an error, and so is a `name` that is
//! not what `name_bytes` reads as (so that an edited name is never silently dropped). Whatever
//! the strict parser accepts, `to_bytes` then writes back byte for byte; what only the lenient
//! parser reads (`name_bytes` that are not a strict name, a property without values, a value a
//! strict list refuses, `trailing_bytes`) only
//! [`to_bytes_with(Mode::Lenient)`](crate::OwnedPropertyList::to_bytes_with) writes (`clusprop encode
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
//!   a sign and `0X` are refused. ([`Syntax::from_name`](crate::Syntax::from_name) and `FromStr` stay laxer.)
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
//! structure ([`Decoded`](crate::Decoded)) have these `value`s; the others keep their format's JSON:
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

mod control;
mod keys;
mod write;

#[allow(unused_imports)] // The links of the documentation above.
use crate::{OwnedPropertyList, OwnedValueList, PropertyList, ValueList};

#[cfg(feature = "serde")]
mod content;
#[cfg(feature = "serde")]
mod de;
#[cfg(feature = "serde")]
mod dissect;
#[cfg(feature = "serde")]
mod int;
#[cfg(feature = "serde")]
#[macro_use]
mod ser;
#[cfg(feature = "serde")]
mod typed;

pub use control::ControlJson;
pub use keys::MAX_SAFE_INTEGER;
pub use write::{property_list_json, value_list_json};
