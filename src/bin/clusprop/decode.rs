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
        let json = match output {
            ControlOutput::PropertyList(list) => serde_json::to_value(list),
            ControlOutput::Dword(v) => Ok(match code.clctl() {
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
            }),
            ControlOutput::String(s) => Ok(serde_json::json!({ "string": s })),
            ControlOutput::Strings(m) => Ok(serde_json::json!({ "strings": m })),
            ControlOutput::ValueList(list) => serde_json::to_value(list),
            ControlOutput::ValueLists(lists) => lists
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<Vec<_>, _>>()
                .map(|lists| serde_json::json!({ "value_lists": lists })),
            ControlOutput::ClassInfo(info) => serde_json::to_value(info),
            // As the canonical JSON writes a FILETIME: a decimal string beyond 2^53, and the
            // UTC text when Windows can convert it.
            ControlOutput::FileTime(t) => Ok(match t.to_utc_string() {
                Some(utc) => serde_json::json!({ "filetime": safe_u64(t.0), "utc": utc }),
                None => serde_json::json!({ "filetime": safe_u64(t.0) }),
            }),
            ControlOutput::MaintenanceMode(info) => Ok(serde_json::json!({
                "maintenance_mode": match info.extended {
                    None => serde_json::json!({ "in_maintenance": info.in_maintenance }),
                    Some(ex) => serde_json::json!({
                        "in_maintenance": info.in_maintenance,
                        "mode_type": ex.mode_type.0,
                        "mode_type_name": ex.mode_type.name(),
                        "internal_state": ex.internal_state,
                        "signature": ex.signature,
                    }),
                }
            })),
            ControlOutput::Nothing => Ok(serde_json::json!({})),
            ControlOutput::Bytes(b) => Ok(serde_json::json!({ "bytes": hex(b) })),
            // A shape this CLI does not know yet: the bytes, so that nothing is lost.
            _ => Ok(serde_json::json!({ "bytes": hex(&bytes) })),
        };
        let json = json.map_err(|e| Failure::Input(format!("cannot serialize the output: {e}")))?;
        write_json(&mut out, &json, args.compact)
    } else if args.value_list {
        let list = ValueList::parse_with(&bytes, mode).map_err(|e| Failure::Parse(name, e))?;
        write_json(&mut out, &list, args.compact)
    } else {
        let list = PropertyList::parse_with(&bytes, mode).map_err(|e| Failure::Parse(name, e))?;
        write_json(&mut out, &list, args.compact)
    };
    written
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Io("standard output".into(), e))
}

/// Lowercase hexadecimal, two digits a byte, nothing between.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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

/// A `u64` as the canonical JSON writes it: a number up to 2^53 − 1
/// ([`clusprop::json::MAX_SAFE_INTEGER`]), a decimal string above.
fn safe_u64(v: u64) -> serde_json::Value {
    if v <= clusprop::json::MAX_SAFE_INTEGER {
        serde_json::json!(v)
    } else {
        serde_json::json!(v.to_string())
    }
}
