//! `clusprop encode`.

use crate::input::read_input;
use crate::{EncodeArgs, Failure, SchemaKind};
use clusprop::objects::netinterface::NETINTERFACE;
use clusprop::objects::network::NETWORK;
use clusprop::{BuildError, Mode, OwnedPropertyList, OwnedValueList};
use std::io::{self, IsTerminal, Write};

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
        Failure::Input(format!("{name}: invalid JSON at {at}: {inner}"))
    })?;
    de.end()
        .map_err(|e| Failure::Input(format!("{name}: invalid JSON after the value: {e}")))?;
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
        Failure::Input(format!(
            "{name}: invalid JSON: invalid UTF-8 at byte {at} (line {line} column {column})"
        ))
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

/// A JSON document read as `serde_json::Value`, except that an object with a repeated key is an
/// error (`serde_json::Value` keeps the last one).
struct Strict(serde_json::Value);

impl<'de> serde::Deserialize<'de> for Strict {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

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

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, Into::into))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(items.into())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                map.next_value_seed(Duplicate(&key))?;
            }
            let Strict(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(object.into())
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
    Failure::Input(format!("{name}: {at}{e}{hint}"))
}

/// What the JSON input holds, read.
enum Input {
    Update(SchemaKind, serde_json::Value),
    ValueList(OwnedValueList),
    PropertyList(OwnedPropertyList),
}

pub(crate) fn encode(args: &EncodeArgs) -> Result<(), Failure> {
    let (name, text) = read_input(args.file.as_ref())?;
    let mode = if args.lenient {
        Mode::Lenient
    } else {
        Mode::Strict
    };
    let input = match args.schema {
        Some(kind) => {
            let Strict(update) = from_json(&name, &text)?;
            Input::Update(kind, update)
        }
        None if args.value_list => Input::ValueList(from_json(&name, &text)?),
        None => Input::PropertyList(from_json(&name, &text)?),
    };
    // Memory: the text is not needed any more. At most the list read from it and its encoding
    // are held at once; hex is written as it is made.
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
    let stdout = io::stdout();
    let hex = args.hex || (args.output.is_none() && stdout.is_terminal());
    let write = |out: &mut dyn Write| {
        if hex {
            write_hex(out, &bytes)?;
        } else {
            out.write_all(&bytes)?;
        }
        out.flush()
    };
    match &args.output {
        Some(path) => std::fs::File::create(path)
            .and_then(|file| write(&mut io::BufWriter::new(file)))
            .map_err(|e| Failure::Io(path.display().to_string(), e)),
        None => write(&mut io::BufWriter::new(stdout.lock()))
            .map_err(|e| Failure::Io("standard output".into(), e)),
    }
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
