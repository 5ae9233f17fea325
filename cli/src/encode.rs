//! `clusprop encode`.

use crate::decode::mode;
use crate::input::{read_input, Text as InputText};
use crate::output::Sink;
use crate::{EncodeArgs, Failure, SchemaKind};
use clusprop::objects::netinterface::NETINTERFACE;
use clusprop::objects::network::NETWORK;
use clusprop::{BuildError, Mode, OwnedPropertyList, OwnedValueList};
use serde::de::IgnoredAny;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Reads `T` from JSON text; an error names the JSON path where it broke. The text must be UTF-8
/// throughout (an invalid byte is reported with its position, wherever it is).
fn from_json<T: serde::de::DeserializeOwned>(name: &str, text: &[u8]) -> Result<T, Failure> {
    let text = utf8(name, text)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let at = where_(e.path());
        let inner = e.into_inner().to_string();
        // A value read before its syntax was buffered: the library puts the rest of its path in
        // the message ("at value.properties[1]: …"); splice it onto the path.
        let (at, inner) = match inner.strip_prefix("at value") {
            Some(rest) => match rest.split_once(": ") {
                Some((tail, message)) if at == "." => (format!("value{tail}"), message.to_owned()),
                Some((tail, message)) => (format!("{at}.value{tail}"), message.to_owned()),
                None => (at, inner),
            },
            None => (at, inner),
        };
        Failure::input(name, format!("invalid JSON at {at}: {inner}"))
    })?;
    de.end()
        .map_err(|e| Failure::input(name, format!("invalid JSON after the value: {e}")))?;
    Ok(value)
}

/// The text as UTF-8, or an error naming the first invalid byte's offset, line and column.
fn utf8<'a>(name: &str, text: &'a [u8]) -> Result<&'a str, Failure> {
    std::str::from_utf8(text).map_err(|e| {
        let at = e.valid_up_to();
        let before = text.get(..at).unwrap_or_default();
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = at
            - before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1)
            + 1;
        Failure::Input {
            file: name.to_owned(),
            message: format!(
                "invalid JSON: invalid UTF-8 at byte {at} (line {line} column {column})"
            ),
            offset: Some(at),
        }
    })
}

/// Where a JSON error is: the path, `.` for the top level, or "a key of PATH" when the error is in
/// a key (which serde_path_to_error shows as `?`).
fn where_(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let segments: Vec<&Segment> = path.iter().collect();
    let render = |segments: &[&Segment]| {
        let mut out = String::new();
        for segment in segments {
            match segment {
                Segment::Seq { index } => out.push_str(&format!("[{index}]")),
                Segment::Map { key } | Segment::Enum { variant: key } => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Segment::Unknown => out.push('?'),
            }
        }
        out
    };
    match segments.split_last() {
        Some((Segment::Unknown, [])) => "a key of the top-level object".into(),
        Some((Segment::Unknown, parent)) => format!("a key of {}", render(parent)),
        _ if segments.is_empty() => ".".into(),
        _ => render(&segments),
    }
}

/// A schema payload's JSON checked as a `serde_json::Value` would read it, except that a
/// repeated top-level key is an error (`serde_json::Value` keeps the last one), holding nothing
/// but the top-level keys while it is read, and at most [`MAX_KEYS`] of them: the schema's input
/// is then read from the text one top-level value at a time ([`Update`]). Values are only
/// checked to be JSON: a property's value is never an object (the schema refuses one, with its
/// path), so the keys of nested objects are not held.
struct Checked;

impl<'de> serde::Deserialize<'de> for Checked {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(CheckedVisitor)
            .map(|()| Checked)
    }
}

/// The most top-level keys a payload may have: more than any object kind has properties (a
/// payload sets each property at most once), so that memory stays bounded whatever the input.
pub(crate) const MAX_KEYS: usize = 64;

struct CheckedVisitor;

/// Fails with ``duplicate key "KEY"`` from inside the repeated key's value (so the path names it).
struct Duplicate<'a>(&'a str);

impl<'de> serde::de::DeserializeSeed<'de> for Duplicate<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
        Err(serde::de::Error::custom(format_args!(
            "duplicate key {:?}",
            self.0
        )))
    }
}

impl<'de> serde::de::Visitor<'de> for CheckedVisitor {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut keys = std::collections::BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if keys.contains(&key) {
                map.next_value_seed(Duplicate(&key))?;
            }
            if keys.len() == MAX_KEYS {
                map.next_value_seed(TooManyKeys)?;
            }
            map.next_value::<IgnoredAny>()?;
            keys.insert(key);
        }
        Ok(())
    }
}

/// Fails, from inside the value of the key that makes one too many (so the path names it).
struct TooManyKeys;

impl<'de> serde::de::DeserializeSeed<'de> for TooManyKeys {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
        Err(serde::de::Error::custom(format_args!(
            "more than {MAX_KEYS} properties: a payload sets each property of its object at most \
             once"
        )))
    }
}

/// The schema's input, read from checked JSON text: what `Schema::payload` reads, serialized as
/// the `serde_json::Value` of the text would serialize (the same calls in the same order: an
/// object's entries sorted by key), without ever holding that `Value`. A top-level object is held
/// as its entries' raw JSON text (about the size of the text, which can then be dropped), and each
/// entry's text is dropped once it is serialized; a string is read in place, an array streamed
/// element by element, an object inside it as an empty one (see [`Json`]), other values
/// (numbers, `true`, `null`) read as `Value`s.
enum Update {
    /// The top-level object's entries, sorted by key; taken when serialized.
    Object(RefCell<Vec<(String, Box<RawValue>)>>),
    /// Any other document (which the schema refuses).
    Other(Box<RawValue>),
}

impl Update {
    /// Reads checked JSON text (the [`Checked`] pass accepted it).
    fn read(text: &str) -> serde_json::Result<Update> {
        if text.trim_start().starts_with('{') {
            let entries: BTreeMap<String, Box<RawValue>> = serde_json::from_str(text)?;
            Ok(Update::Object(RefCell::new(entries.into_iter().collect())))
        } else {
            serde_json::from_str(text).map(Update::Other)
        }
    }
}

impl serde::Serialize for Update {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Update::Object(entries) => {
                let entries = entries.take();
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (key, raw) in entries {
                    map.serialize_entry(&key, &Json(&raw))?;
                }
                map.end()
            }
            Update::Other(raw) => Json(raw).serialize(serializer),
        }
    }
}

/// One JSON value's raw text, serialized as its `serde_json::Value` would be.
struct Json<'a>(&'a RawValue);

impl serde::Serialize for Json<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeMap};
        let text = self.0.get();
        let read = |e: serde_json::Error| S::Error::custom(format_args!("reading the JSON: {e}"));
        match text.trim_start().as_bytes().first() {
            // An object inside the payload (a property's value, or in one): the serde format
            // makes it a PROPERTY_LIST value, which no property of an update payload takes
            // (`object_values_are_refused_for_their_syntax` in cli/tests/cli_encode.rs holds the
            // schemas to that), so the schema refuses it for its syntax whatever it holds. Its
            // entries are not read: an object of millions of keys costs nothing.
            Some(b'{') => serializer.serialize_map(Some(0))?.end(),
            Some(b'[') => {
                let mut failed = None;
                let mut de = serde_json::Deserializer::from_str(text);
                let done = serde::Deserializer::deserialize_seq(
                    &mut de,
                    Elements {
                        serializer,
                        failed: &mut failed,
                    },
                );
                match (done, failed) {
                    (_, Some(e)) => Err(e),
                    (Ok(ok), None) => Ok(ok),
                    (Err(e), None) => Err(read(e)),
                }
            }
            Some(b'"') => {
                let Text(s) = serde_json::from_str(text).map_err(read)?;
                serializer.serialize_str(&s)
            }
            _ => serde_json::from_str::<serde_json::Value>(text)
                .map_err(read)?
                .serialize(serializer),
        }
    }
}

/// A JSON string: borrowed from the text when it has no escapes, unescaped into a `String`
/// otherwise.
struct Text<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Text<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
        }
        deserializer.deserialize_str(V)
    }
}

/// An array's elements handed to a serializer's sequence as they are read; the serializer's
/// error, if it fails, is put in `failed` (the deserializer then stops with an error of its own).
struct Elements<'f, S: serde::Serializer> {
    serializer: S,
    failed: &'f mut Option<S::Error>,
}

impl<'de, S: serde::Serializer> serde::de::Visitor<'de> for Elements<'_, S> {
    type Value = S::Ok;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON array")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<S::Ok, A::Error> {
        use serde::ser::SerializeSeq;
        let stop = |failed: &mut Option<S::Error>, e: S::Error| {
            *failed = Some(e);
            serde::de::Error::custom("the serializer failed")
        };
        let mut out = match self.serializer.serialize_seq(None) {
            Ok(out) => out,
            Err(e) => return Err(stop(self.failed, e)),
        };
        while let Some(raw) = seq.next_element::<&RawValue>()? {
            if let Err(e) = out.serialize_element(&Json(raw)) {
                return Err(stop(self.failed, e));
            }
        }
        out.end().map_err(|e| stop(self.failed, e))
    }
}

/// The failure for a list that cannot be encoded, with the JSON path of the value or property
/// the error is about (an encoding error comes after the JSON was read, so serde has no path),
/// and, in strict mode, a hint when lenient encoding would write it.
fn built(name: &str, e: &BuildError, mode: Mode, lenient_would: bool) -> Failure {
    let at = match *e {
        BuildError::InvalidValue {
            property: Some(p),
            value,
            ..
        }
        | BuildError::PaddingLength {
            property: Some(p),
            value: Some(value),
            ..
        } => format!("at properties[{p}].values[{value}]: "),
        BuildError::InvalidValue {
            property: None,
            value,
            ..
        }
        | BuildError::PaddingLength {
            property: None,
            value: Some(value),
            ..
        } => format!("at values[{value}]: "),
        BuildError::InvalidName { property, .. }
        | BuildError::RawNameMismatch { property, .. }
        | BuildError::PaddingLength {
            property: Some(property),
            value: None,
            ..
        }
        | BuildError::PropertyWithoutValues { index: property } => {
            format!("at properties[{property}]: ")
        }
        BuildError::TrailingBytes { .. } => "at trailing_bytes: ".into(),
        _ => String::new(),
    };
    let hint = if mode == Mode::Strict && lenient_would {
        " (only lenient decoding reads that: `encode --lenient` writes it)"
    } else {
        ""
    };
    Failure::input(name, format!("{at}{e}{hint}"))
}

/// What the JSON input holds, read.
enum Input {
    Update(SchemaKind, Update),
    ValueList(OwnedValueList),
    PropertyList(OwnedPropertyList),
}

pub(crate) fn encode(args: &EncodeArgs) -> Result<(), Failure> {
    let (name, input) = read_input(args.file.as_ref())?;
    // Without a byte-order mark; UTF-16 (as Windows PowerShell writes) converted to UTF-8.
    // (A copy only when there is a mark to drop: the input is usually the text as it is.)
    let converted = match InputText::new(&name, &input)?.bytes {
        Cow::Owned(utf8) => Some(utf8),
        Cow::Borrowed(rest) => (rest.len() != input.len()).then(|| rest.to_vec()),
    };
    let text = converted.unwrap_or(input);
    let mode = mode(args.lenient);
    let input = match args.schema {
        Some(kind) => {
            // Checked first (every JSON error, with its path), then read a value at a time.
            let Checked = from_json(&name, &text)?;
            let update = std::str::from_utf8(&text)
                .map_err(|e| e.to_string())
                .and_then(|text| Update::read(text).map_err(|e| e.to_string()))
                .map_err(|e| Failure::input(&name, format!("invalid JSON: {e}")))?;
            Input::Update(kind, update)
        }
        None if args.value_list => Input::ValueList(from_json(&name, &text)?),
        None => Input::PropertyList(from_json(&name, &text)?),
    };
    // Memory: the text is not needed any more. At most the list read from it (for a schema: the
    // raw text of its values, each dropped once it is read) and its encoding are held at once;
    // hex is written as it is made.
    drop(text);
    let bytes = match input {
        Input::Update(kind, update) => {
            let schema = match kind {
                SchemaKind::NetworkUpdate => &NETWORK,
                SchemaKind::NetinterfaceUpdate => &NETINTERFACE,
            };
            schema
                .payload(&update)
                .map_err(|e| Failure::Property(name.clone(), e))?
        }
        Input::ValueList(list) => list.to_bytes_with(mode).map_err(|e| {
            let lenient_would = list.encoded_len_with(Mode::Lenient).is_ok();
            built(&name, &e, mode, lenient_would)
        })?,
        Input::PropertyList(list) => list.to_bytes_with(mode).map_err(|e| {
            let lenient_would = list.encoded_len_with(Mode::Lenient).is_ok();
            built(&name, &e, mode, lenient_would)
        })?,
    };
    let mut sink = Sink::open_option(args.output.as_ref())?;
    // Hexadecimal on a terminal, which bytes would garble.
    let hex = args.hex || sink.terminal;
    sink.write(|out| {
        if hex {
            write_hex(out, &bytes)
        } else {
            out.write_all(&bytes)
        }
    })
}

/// `bytes` as lowercase hexadecimal and a newline, written a chunk at a time.
fn write_hex(out: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut chunk = [0u8; 8192];
    for part in bytes.chunks(chunk.len() / 2) {
        for (pair, &b) in chunk.chunks_exact_mut(2).zip(part) {
            pair.copy_from_slice(&[DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 0xF)]]);
        }
        out.write_all(chunk.get(..2 * part.len()).unwrap_or_default())?;
    }
    out.write_all(b"\n")
}
