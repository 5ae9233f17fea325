//! `clusprop decode`.

use crate::input::{parse_code, read_bytes};
use crate::{DecodeArgs, Failure};
use clusprop::control::{Characteristics, Clctl, ControlOutput, Flags};
use clusprop::{Mode, PropertyList, ValueList};
use std::io::{self, Write};

pub(crate) fn decode(args: &DecodeArgs) -> Result<(), Failure> {
    let code = args.control.as_deref().map(parse_code).transpose()?;
    let (name, bytes) = read_bytes(args.file.as_ref(), &args.encoding)?;
    let mode = if args.lenient {
        Mode::Lenient
    } else {
        Mode::Strict
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = if let Some(code) = code {
        let output = code
            .decode_output_with(&bytes, mode)
            .map_err(|e| Failure::Output(name, e))?;
        // Each shape is written straight to the output: no `serde_json::Value` of the whole
        // buffer in between (which took 60 times the input for a large list).
        match output {
            ControlOutput::PropertyList(list) => write_canonical(&mut out, &list, args.compact),
            ControlOutput::ValueList(list) => write_canonical(&mut out, &list, args.compact),
            ControlOutput::ValueLists(lists) => write_value_lists(&mut out, &lists, args.compact),
            ControlOutput::ClassInfo(info) => write_json(&mut out, &info, args.compact),
            ControlOutput::String(s) => write_json(&mut out, &Tagged("string", s), args.compact),
            ControlOutput::Strings(m) => write_json(&mut out, &Tagged("strings", m), args.compact),
            ControlOutput::Dword(v) => {
                let json = match code.clctl() {
                    // The named bits, as clusapi.h names them (CLUS_CHAR_*, CLUS_FLAG_*).
                    Clctl::GET_CHARACTERISTICS => serde_json::json!({
                        "dword": v,
                        "names": Characteristics(v).names().collect::<Vec<_>>(),
                    }),
                    Clctl::GET_FLAGS => serde_json::json!({
                        "dword": v,
                        "names": Flags(v).names().collect::<Vec<_>>(),
                    }),
                    _ => serde_json::json!({ "dword": v }),
                };
                write_json(&mut out, &json, args.compact)
            }
            // As the canonical JSON writes a FILETIME: a decimal string beyond 2^53, and the
            // UTC text when Windows can convert it.
            ControlOutput::FileTime(t) => {
                let json = match t.to_utc_string() {
                    Some(utc) => serde_json::json!({ "filetime": safe_u64(t.0), "utc": utc }),
                    None => serde_json::json!({ "filetime": safe_u64(t.0) }),
                };
                write_json(&mut out, &json, args.compact)
            }
            ControlOutput::MaintenanceMode(info) => {
                let json = match info.extended {
                    None => serde_json::json!({ "in_maintenance": info.in_maintenance }),
                    Some(ex) => serde_json::json!({
                        "in_maintenance": info.in_maintenance,
                        "mode_type": ex.mode_type.0,
                        "mode_type_name": ex.mode_type.name(),
                        "internal_state": ex.internal_state,
                        "signature": ex.signature,
                    }),
                };
                write_json(&mut out, &Tagged("maintenance_mode", json), args.compact)
            }
            ControlOutput::Nothing => write_json(&mut out, &serde_json::json!({}), args.compact),
            ControlOutput::Bytes(b) => write_json(&mut out, &Tagged("bytes", hex(b)), args.compact),
            // A shape this CLI does not know yet: the bytes, so that nothing is lost.
            _ => write_json(&mut out, &Tagged("bytes", hex(&bytes)), args.compact),
        }
    } else if args.value_list {
        let list = ValueList::parse_with(&bytes, mode).map_err(|e| Failure::Parse(name, e))?;
        write_canonical(&mut out, &list, args.compact)
    } else {
        let list = PropertyList::parse_with(&bytes, mode).map_err(|e| Failure::Parse(name, e))?;
        write_canonical(&mut out, &list, args.compact)
    };
    written
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Io("standard output".into(), e))
}

/// Lowercase hexadecimal, two digits a byte, nothing between.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len().saturating_mul(2));
    for &b in bytes {
        text.push(char::from(DIGITS[usize::from(b >> 4)]));
        text.push(char::from(DIGITS[usize::from(b & 0xF)]));
    }
    text
}

/// A `u64` as the canonical JSON writes it: a number up to 2^53 - 1, a decimal string beyond.
fn safe_u64(v: u64) -> serde_json::Value {
    if v <= clusprop::json::MAX_SAFE_INTEGER {
        serde_json::json!(v)
    } else {
        serde_json::json!(v.to_string())
    }
}

/// `{KEY: VALUE}`, serialized as it is written.
struct Tagged<T>(&'static str, T);

impl<T: serde::Serialize> serde::Serialize for Tagged<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.0, &self.1)?;
        map.end()
    }
}

/// A list the library writes the canonical JSON of (its `write_json_to` and
/// `write_json_pretty_to`, and into a buffer `write_json` and `write_json_pretty`).
pub(crate) trait Canonical {
    fn write(&self, out: &mut Vec<u8>, compact: bool);
    fn write_to(&self, out: &mut dyn Write, compact: bool) -> io::Result<()>;
}

macro_rules! canonical {
    ($($ty:ty),+) => {$(
        impl Canonical for $ty {
            fn write(&self, out: &mut Vec<u8>, compact: bool) {
                if compact {
                    self.write_json(out);
                } else {
                    self.write_json_pretty(out);
                }
            }
            fn write_to(&self, out: &mut dyn Write, compact: bool) -> io::Result<()> {
                if compact {
                    self.write_json_to(out)
                } else {
                    self.write_json_pretty_to(out)
                }
            }
        }
    )+};
}

canonical!(PropertyList<'_>, ValueList<'_>);

/// Writes a list's canonical JSON (pretty unless `compact`) and a newline: what
/// `serde_json::to_writer(_pretty)` writes of it, by the library's writer (several times
/// faster), streamed: the memory it takes does not grow with the list.
fn write_canonical<W: Write>(out: &mut W, list: &impl Canonical, compact: bool) -> io::Result<()> {
    list.write_to(out, compact)?;
    out.write_all(b"\n")
}

/// The value lists of a STORAGE_GET_AVAILABLE_DISKS output: `{"value_lists": [LIST, ...]}`,
/// written list by list, each by the library's writer. Pretty, each list's lines are indented
/// two levels deeper (a JSON text has newlines only between tokens, never in a string), as
/// serde_json's pretty printer nests them.
fn write_value_lists<W: Write>(
    out: &mut W,
    lists: &clusprop::read::ValueLists<'_>,
    compact: bool,
) -> io::Result<()> {
    let (open, separator, close): (&[u8], &[u8], &[u8]) = match (compact, lists.is_empty()) {
        (true, _) => (b"{\"value_lists\":[", b",", b"]}\n"),
        (false, true) => (b"{\n  \"value_lists\": [", b"", b"]\n}\n"),
        (false, false) => (b"{\n  \"value_lists\": [\n    ", b",\n    ", b"\n  ]\n}\n"),
    };
    out.write_all(open)?;
    let mut json = Vec::new();
    for (i, list) in lists.iter().enumerate() {
        if i > 0 {
            out.write_all(separator)?;
        }
        json.clear();
        list.write(&mut json, compact);
        if compact {
            out.write_all(&json)?;
        } else {
            for (j, line) in json.split(|&b| b == b'\n').enumerate() {
                if j > 0 {
                    out.write_all(b"\n    ")?;
                }
                out.write_all(line)?;
            }
        }
    }
    out.write_all(close)
}

/// Writes `value` as JSON (pretty unless `compact`) and a newline.
pub(crate) fn write_json<W: Write, T: serde::Serialize>(
    out: &mut W,
    value: &T,
    compact: bool,
) -> io::Result<()> {
    if compact {
        serde_json::to_writer(&mut *out, value)?;
    } else {
        serde_json::to_writer_pretty(&mut *out, value)?;
    }
    out.write_all(b"\n")
}
