//! `clusprop decode`.

use crate::input::{parse_code, read_bytes, InputArgs};
use crate::output::{write_json, Sink};
use crate::{DecodeArgs, Failure};
use clusprop::control::{Characteristics, Clctl, ControlCode, ControlOutput, Flags};
use clusprop::{Mode, PropertyList, ValueList};
use std::io::{self, Write};

/// What the buffers are.
#[derive(Clone, Copy)]
pub(crate) enum Target {
    PropertyList,
    ValueList,
    Control(ControlCode),
}

impl Target {
    /// What `--control` or `--value-list` says the input is (a property list without either).
    pub(crate) fn of(input: &InputArgs) -> Result<Target, Failure> {
        Ok(match &input.control {
            Some(code) => Target::Control(parse_code(code)?),
            None if input.value_list => Target::ValueList,
            None => Target::PropertyList,
        })
    }
}

/// A decoded buffer, ready to be written.
pub(crate) enum Doc<'a> {
    Properties(PropertyList<'a>),
    Values(ValueList<'a>),
    Control(ControlCode, ControlOutput<'a>, &'a [u8]),
}

/// Decodes one buffer; an error is about `name`.
pub(crate) fn decode_buffer<'a>(
    bytes: &'a [u8],
    target: Target,
    mode: Mode,
    name: &str,
) -> Result<Doc<'a>, Failure> {
    match target {
        Target::PropertyList => PropertyList::parse_with(bytes, mode)
            .map(Doc::Properties)
            .map_err(|e| Failure::Parse(name.to_owned(), e)),
        Target::ValueList => ValueList::parse_with(bytes, mode)
            .map(Doc::Values)
            .map_err(|e| Failure::Parse(name.to_owned(), e)),
        Target::Control(code) => code
            .decode_output_with(bytes, mode)
            .map(|output| Doc::Control(code, output, bytes))
            .map_err(|e| Failure::Output(name.to_owned(), e)),
    }
}

pub(crate) fn decode(args: &DecodeArgs) -> Result<(), Failure> {
    let target = Target::of(&args.input)?;
    let mode = mode(args.input.lenient);
    if args.lines {
        return crate::lines::decode_lines(args, target, mode);
    }
    let (name, bytes) = read_bytes(args.input.file.as_ref(), &args.input.encoding)?;
    let doc = decode_buffer(&bytes, target, mode, &name)?;
    // The output is opened once the input has decoded: a failure leaves no empty file.
    let mut sink = Sink::open_option(args.output.as_ref())?;
    let pretty = args.style.pretty(&sink);
    sink.write(|out| write_doc(out, &doc, pretty))
}

/// Strict, or lenient with `--lenient`.
pub(crate) fn mode(lenient: bool) -> Mode {
    if lenient {
        Mode::Lenient
    } else {
        Mode::Strict
    }
}

/// Writes a decoded buffer as JSON and a newline.
///
/// Each shape is written straight to the output: no `serde_json::Value` of the whole buffer in
/// between (which took 60 times the input for a large list).
pub(crate) fn write_doc(out: &mut dyn Write, doc: &Doc<'_>, pretty: bool) -> io::Result<()> {
    let (code, output, bytes) = match doc {
        Doc::Properties(list) => return write_canonical(out, list, pretty),
        Doc::Values(list) => return write_canonical(out, list, pretty),
        Doc::Control(code, output, bytes) => (code, output, bytes),
    };
    match output {
        ControlOutput::PropertyList(list) => write_canonical(out, list, pretty),
        ControlOutput::ValueList(list) => write_canonical(out, list, pretty),
        ControlOutput::ValueLists(lists) => write_value_lists(out, lists, pretty),
        ControlOutput::ClassInfo(info) => write_json(out, info, pretty),
        ControlOutput::String(s) => write_json(out, &Tagged("string", s), pretty),
        ControlOutput::Strings(m) => write_json(out, &Tagged("strings", m), pretty),
        ControlOutput::Dword(v) => {
            let json = match code.clctl() {
                // The named bits, as clusapi.h names them (CLUS_CHAR_*, CLUS_FLAG_*).
                Clctl::GET_CHARACTERISTICS => serde_json::json!({
                    "dword": v,
                    "names": Characteristics(*v).names().collect::<Vec<_>>(),
                }),
                Clctl::GET_FLAGS => serde_json::json!({
                    "dword": v,
                    "names": Flags(*v).names().collect::<Vec<_>>(),
                }),
                _ => serde_json::json!({ "dword": v }),
            };
            write_json(out, &json, pretty)
        }
        // As the canonical JSON writes a FILETIME: a decimal string beyond 2^53, and the
        // UTC text when Windows can convert it.
        ControlOutput::FileTime(t) => {
            let json = match t.to_utc_string() {
                Some(utc) => serde_json::json!({ "filetime": safe_u64(t.0), "utc": utc }),
                None => serde_json::json!({ "filetime": safe_u64(t.0) }),
            };
            write_json(out, &json, pretty)
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
            write_json(out, &Tagged("maintenance_mode", json), pretty)
        }
        ControlOutput::Nothing => write_json(out, &serde_json::json!({}), pretty),
        ControlOutput::Bytes(b) => write_json(out, &Tagged("bytes", hex(b)), pretty),
        // A shape this CLI does not know yet: the bytes, so that nothing is lost.
        _ => write_json(out, &Tagged("bytes", hex(bytes)), pretty),
    }
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
    fn write(&self, out: &mut Vec<u8>, pretty: bool);
    fn write_to(&self, out: &mut dyn Write, pretty: bool) -> io::Result<()>;
}

macro_rules! canonical {
    ($($ty:ty),+) => {$(
        impl Canonical for $ty {
            fn write(&self, out: &mut Vec<u8>, pretty: bool) {
                if pretty {
                    self.write_json_pretty(out);
                } else {
                    self.write_json(out);
                }
            }
            fn write_to(&self, out: &mut dyn Write, pretty: bool) -> io::Result<()> {
                if pretty {
                    self.write_json_pretty_to(out)
                } else {
                    self.write_json_to(out)
                }
            }
        }
    )+};
}

canonical!(PropertyList<'_>, ValueList<'_>);

/// Writes a list's canonical JSON (indented when `pretty`) and a newline: what
/// `serde_json::to_writer(_pretty)` writes of it, by the library's writer (several times
/// faster), streamed: the memory it takes does not grow with the list.
fn write_canonical(out: &mut dyn Write, list: &impl Canonical, pretty: bool) -> io::Result<()> {
    list.write_to(out, pretty)?;
    out.write_all(b"\n")
}

/// The value lists of a STORAGE_GET_AVAILABLE_DISKS output: `{"value_lists": [LIST, ...]}`,
/// written list by list, each by the library's writer. Pretty, each list's lines are indented
/// two levels deeper (a JSON text has newlines only between tokens, never in a string), as
/// serde_json's pretty printer nests them.
fn write_value_lists(
    out: &mut dyn Write,
    lists: &clusprop::read::ValueLists<'_>,
    pretty: bool,
) -> io::Result<()> {
    let (open, separator, close): (&[u8], &[u8], &[u8]) = match (!pretty, lists.is_empty()) {
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
        list.write(&mut json, pretty);
        if !pretty {
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
