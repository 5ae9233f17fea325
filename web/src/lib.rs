//! The decoder page's WebAssembly module: what `web/static/app.js` calls, over the `clusprop`
//! library (see the README's "Decoder page").
//!
//! Four functions cross into JavaScript, each taking and giving plain values (strings, bytes) so
//! that the page needs no glue beyond wasm-bindgen's:
//!
//! * [`text_to_bytes`]: the pasted text (hex or base64) as bytes, or an error with its offset;
//! * [`decode`]: a buffer decoded as a property list, a value list or a control's output, as one
//!   JSON document ([`Decoded`] describes it): the dissection's entries (as `clusprop inspect
//!   --json` gives them, each with its text line and range), the error, the canonical JSON (what
//!   `clusprop decode` prints) and, for a control's output that is not a list, its typed
//!   structure;
//! * [`controls`]: every control code's name and output, for the page's list;
//! * [`version`]: the library's version, shown in the page's header.
//!
//! They are plain Rust functions as well, tested natively (`cargo test -p clusprop-web`); the
//! browser test (`tests/browser.rs`) runs the built page in headless Chromium.

use base64::Engine as _;
use clusprop::control::{ControlCode, OutputKind};
use clusprop::dissect::{self, Entry, EntryKind};
use clusprop::json::ControlJson;
use clusprop::read::Decoded as Value;
use clusprop::{Mode, PropertyList, ValueList};
use serde::Serialize;
use serde_json::{json, Value as Json};
use wasm_bindgen::prelude::wasm_bindgen;

/// Decodes pasted text into bytes. `encoding` is `hex`, `base64` or `auto` (hex when every
/// character but ASCII whitespace is a hex digit, base64 otherwise). ASCII whitespace is ignored
/// anywhere, as the CLI's `--hex` and `--base64` ignore it.
///
/// The error is a JSON object `{"message": "...", "offset": N}` (the offset of the offending
/// character in the text, counted in UTF-16 code units as JavaScript counts them, or `null`).
#[wasm_bindgen]
pub fn text_to_bytes(text: &str, encoding: &str) -> Result<Vec<u8>, String> {
    let base64 = match encoding {
        "hex" => false,
        "base64" => true,
        _ => !text
            .bytes()
            .all(|c| c.is_ascii_hexdigit() || c.is_ascii_whitespace()),
    };
    let result = if base64 {
        from_base64(text)
    } else {
        from_hex(text)
    };
    result.map_err(|(message, offset)| {
        let offset = offset.map(|byte| utf16_offset(text, byte));
        json!({ "message": message, "offset": offset }).to_string()
    })
}

/// A text error: the message, and the byte offset in the text.
type TextError = (String, Option<usize>);

fn from_hex(text: &str) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut high: Option<(usize, u8)> = None;
    for (offset, c) in text.char_indices() {
        if c.is_ascii_whitespace() {
            continue;
        }
        let digit = c
            .to_digit(16)
            .ok_or_else(|| (format!("{c:?} is not a hex digit"), Some(offset)))?;
        let digit = u8::try_from(digit).unwrap_or_default();
        match high.take() {
            None => high = Some((offset, digit)),
            Some((_, h)) => out.push(h << 4 | digit),
        }
    }
    match high {
        Some((offset, _)) => Err((
            "odd number of hex digits, the last one".to_owned(),
            Some(offset),
        )),
        None => Ok(out),
    }
}

fn from_base64(text: &str) -> Result<Vec<u8>, TextError> {
    let compact: Vec<u8> = text.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    engine.decode(&compact).map_err(|e| {
        use base64::DecodeError;
        // An index counts characters without whitespace: back to the text's byte offset.
        let offset_of = |index: usize| {
            text.bytes()
                .enumerate()
                .filter(|(_, c)| !c.is_ascii_whitespace())
                .nth(index)
                .map_or(text.len(), |(offset, _)| offset)
        };
        let char_at = |offset: usize| text.get(offset..).and_then(|rest| rest.chars().next());
        let (message, offset) = match e {
            DecodeError::InvalidByte(index, b'=') => (
                "padding '=' out of place (one or two may end the text)".to_owned(),
                Some(offset_of(index)),
            ),
            DecodeError::InvalidByte(index, _) => {
                let offset = offset_of(index);
                let c = char_at(offset).unwrap_or(char::REPLACEMENT_CHARACTER);
                (format!("{c:?} is not a base64 character"), Some(offset))
            }
            DecodeError::InvalidLastSymbol(index, _) => {
                let offset = offset_of(index);
                let c = char_at(offset).unwrap_or(char::REPLACEMENT_CHARACTER);
                (
                    format!(
                        "the last character {c:?} has bits set that no byte uses (truncated or \
                         altered text?)"
                    ),
                    Some(offset),
                )
            }
            DecodeError::InvalidLength(symbols) => (
                format!(
                    "{symbols} base64 characters: the last one is alone in its group of 4 and \
                     makes no byte (truncated text?)"
                ),
                Some(offset_of(symbols.saturating_sub(1))),
            ),
            DecodeError::InvalidPadding => ("invalid padding".to_owned(), None),
        };
        (message, offset)
    })
}

/// The offset in UTF-16 code units (JavaScript's string indices) of the byte offset `byte` of
/// `text`.
fn utf16_offset(text: &str, byte: usize) -> usize {
    text.get(..byte)
        .map_or(0, |before| before.chars().map(char::len_utf16).sum())
}

/// Decodes `bytes` and returns the JSON document the page shows (see [`Decoded`]).
///
/// `target` is `property_list`, `value_list` or `control`; with `control`, `control` names the
/// control code as the CLI's `--control` takes it (a `CLUSCTL_*` name, with or without the
/// prefix, or a number). `lenient` chooses [`Mode::Lenient`] over [`Mode::Strict`].
#[wasm_bindgen]
pub fn decode(bytes: &[u8], target: &str, lenient: bool, control: &str) -> String {
    let mode = if lenient { Mode::Lenient } else { Mode::Strict };
    serde_json::to_string(&Decoded::new(bytes, target, mode, control)).unwrap_or_default()
}

/// Every named control code, as a JSON array of `[name, "0x…" code, output kind]`, in the
/// library's order (by object, then function).
#[wasm_bindgen]
pub fn controls() -> String {
    let rows: Vec<Json> = ControlCode::ALL
        .iter()
        .map(|&(code, name)| {
            json!([
                name,
                format!("{:#010x}", code.0),
                code.output_kind().map(OutputKind::as_str),
            ])
        })
        .collect();
    Json::Array(rows).to_string()
}

/// The library's version, shown on the page.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The document [`decode`] returns, an object with:
///
/// | key | holds |
/// |---|---|
/// | `length` | the buffer's length |
/// | `target` | `property_list`, `value_list` or `control` |
/// | `control` | `null` (also for a control name that is not known), or `{"name", "code", "output"}`: the control's name (or `null`), its code in hex, its output kind (or `null`) |
/// | `ok` | whether the buffer decodes |
/// | `error` | `null`, or `{"rule", "offset", "message"}`: the parser's error, the control decoder's (whose offset may be `null`), or, for a control name that is not known, the rule `unknown_control` with the offset `null` |
/// | `entries` | the dissection's entries (as in [`clusprop::dissect`]'s JSON, but without the `value` of a value that holds a nested list, whose entries follow it), each with `end` (its end offset), `line` (its text line, as `clusprop inspect` prints it) and `text` (its value as text) |
/// | `json` | `null`, or the canonical JSON, pretty (what `clusprop decode --pretty` prints) |
/// | `output` | `null`, or for a control's output that is not a list, the typed structure as JSON (`{"dword": …}`, `{"string": …}`, a class info, …) |
#[derive(Serialize)]
pub struct Decoded<'a> {
    length: usize,
    target: &'static str,
    control: Option<Control>,
    ok: bool,
    error: Option<Error>,
    entries: Vec<EntryJson<'a>>,
    json: Option<String>,
    output: Option<Json>,
}

/// The control code of a [`Decoded`].
#[derive(Serialize)]
struct Control {
    name: Option<&'static str>,
    code: String,
    output: Option<&'static str>,
}

/// The error of a [`Decoded`].
#[derive(Serialize)]
struct Error {
    rule: &'static str,
    offset: Option<usize>,
    message: String,
}

/// A dissection entry's JSON, with its end, its line and its value's text.
#[derive(Serialize)]
#[serde(untagged)]
// Built once each into the document's vector, then written: the variants' sizes do not matter.
#[allow(clippy::large_enum_variant)]
enum EntryJson<'a> {
    Flat {
        #[serde(flatten)]
        entry: Entry<'a>,
        end: usize,
        line: String,
        text: String,
    },
    /// A value that holds a nested list, without its `value`: the list's own entries follow
    /// it, and a list nested sixteen deep would otherwise repeat the buffer sixteen times.
    Nested(Json),
}

impl<'a> EntryJson<'a> {
    fn new(entry: Entry<'a>) -> EntryJson<'a> {
        let end = entry.end();
        let text = entry.value_text().to_string();
        let nested = matches!(
            entry.kind,
            EntryKind::Value(value)
                if matches!(value.decoded(), Value::PropertyList(_) | Value::ValueList(_))
        );
        if nested {
            let mut json = serde_json::to_value(&entry).unwrap_or_default();
            if let Json::Object(map) = &mut json {
                map.remove("value");
                map.insert("end".into(), end.into());
                map.insert("line".into(), entry.to_string().into());
                map.insert("text".into(), text.into());
            }
            return EntryJson::Nested(json);
        }
        EntryJson::Flat {
            end,
            text,
            line: entry.to_string(),
            entry,
        }
    }
}

impl<'a> Decoded<'a> {
    /// Decodes `bytes` as [`decode`] does.
    #[must_use]
    pub fn new(bytes: &'a [u8], target: &str, mode: Mode, control: &str) -> Decoded<'a> {
        let mut doc = Decoded {
            length: bytes.len(),
            target: "property_list",
            control: None,
            ok: false,
            error: None,
            entries: Vec::new(),
            json: None,
            output: None,
        };
        let dissection = match target {
            "value_list" => {
                doc.target = "value_list";
                if let Ok(list) = ValueList::parse_with(bytes, mode) {
                    let mut text = Vec::new();
                    list.write_json_pretty(&mut text);
                    doc.json = Some(String::from_utf8_lossy(&text).into_owned());
                }
                dissect::dissect_value_list(bytes, mode)
            }
            "control" => {
                doc.target = "control";
                let code = match control.trim().parse::<ControlCode>() {
                    Ok(code) => code,
                    Err(e) => return doc.failed("unknown_control", None, e.to_string()),
                };
                doc.control = Some(Control {
                    name: code.name(),
                    code: format!("{:#010x}", code.0),
                    output: code.output_kind().map(OutputKind::as_str),
                });
                if let Ok(output) = code.decode_output_with(bytes, mode) {
                    let typed = ControlJson::new(code, output);
                    let mut text = Vec::new();
                    typed.write_json_pretty(&mut text);
                    doc.json = Some(String::from_utf8_lossy(&text).into_owned());
                    if !is_list(code) {
                        doc.output = serde_json::to_value(typed).ok();
                    }
                }
                match dissect::dissect_control_output(code, bytes, mode) {
                    Ok(dissection) => dissection,
                    Err(e) => return doc.failed(e.rule(), e.offset(), e.to_string()),
                }
            }
            _ => {
                if let Ok(list) = PropertyList::parse_with(bytes, mode) {
                    let mut text = Vec::new();
                    list.write_json_pretty(&mut text);
                    doc.json = Some(String::from_utf8_lossy(&text).into_owned());
                }
                dissect::dissect_property_list(bytes, mode)
            }
        };
        doc.entries = dissection.entries.into_iter().map(EntryJson::new).collect();
        match dissection.error {
            None => {
                doc.ok = true;
                doc
            }
            Some(error) => doc.failed(error.rule(), Some(error.offset()), error.to_string()),
        }
    }

    fn failed(mut self, rule: &'static str, offset: Option<usize>, message: String) -> Decoded<'a> {
        self.ok = false;
        self.json = None;
        self.output = None;
        self.error = Some(Error {
            rule,
            offset,
            message,
        });
        self
    }
}

/// Whether a control's output is a list (dissected entry by entry, not shown as a structure).
fn is_list(code: ControlCode) -> bool {
    matches!(
        code.output_kind(),
        Some(OutputKind::PropertyList | OutputKind::ValueList | OutputKind::ValueLists)
    )
}
