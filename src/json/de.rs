//! `Deserialize` for the owned model, from the canonical JSON (or the same structure in any
//! self-describing serde format).

use super::content::{Content, ContentDeserializer, Path};
use super::int::deserialize as int;
use crate::owned::{
    Data, Name, OwnedProperty, OwnedPropertyList, OwnedValue, OwnedValueList, Padding, RawName,
};
use crate::read::rules::before_nul;
use crate::read::value::Value;
use crate::read::wire::padding_len;
use crate::syntax::{Format, Syntax};
use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

/// Lowercase or uppercase hex, no separators: pairs of ASCII hex digits only (no sign, no
/// whitespace).
pub(super) fn from_hex<E: de::Error>(text: &str) -> Result<Vec<u8>, E> {
    if text.len() % 2 != 0 {
        return Err(E::custom(format!(
            "odd number of hex digits ({})",
            text.len()
        )));
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .all(u8::is_ascii_hexdigit)
                .then(|| core::str::from_utf8(pair).ok())
                .flatten()
                .and_then(|p| u8::from_str_radix(p, 16).ok())
                .ok_or_else(|| {
                    E::custom(format!(
                        "{:?} is not a hex byte",
                        String::from_utf8_lossy(pair)
                    ))
                })
        })
        .collect()
}

/// The keys of one object seen so far: a key seen twice is refused (by [`Keys::check`], from
/// inside the repeated key's value, so that a path-tracking deserializer names the key).
#[derive(Default)]
struct Keys(Vec<String>);

impl Keys {
    /// Records `key`; `Err` if it was seen before in this object. The value of a repeated key is
    /// not read: the error is raised through `map.next_value_seed`, which puts the key on the
    /// path (serde_path_to_error gives `….values[0].syntax`).
    fn check<'de, A: MapAccess<'de>>(&mut self, map: &mut A, key: &str) -> Result<(), A::Error> {
        if self.0.iter().any(|k| k == key) {
            return map.next_value_seed(Duplicate(key));
        }
        self.0.push(key.to_owned());
        Ok(())
    }
}

/// Fails with ``duplicate key "KEY"`` without reading the value.
struct Duplicate<'a>(&'a str);

impl<'de> DeserializeSeed<'de> for Duplicate<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
        Err(de::Error::custom(format_args!(
            "duplicate key {:?}",
            self.0
        )))
    }
}

/// A `$Struct` read from `$map`'s entries: each field from the key of its name, read as its
/// type or through a seed (`field: Seed`), required unless it has a default (`field = default`);
/// other keys are ignored, but no key may come twice.
macro_rules! fields {
    ($map:ident => $Struct:ident { $($field:ident $(: $seed:ident)? $(= $default:expr)?),+ }) => {{
        $(let mut $field = None;)+
        let mut keys = Keys::default();
        while let Some(key) = $map.next_key::<String>()? {
            keys.check(&mut $map, &key)?;
            match key.as_str() {
                $(stringify!($field) => $field = Some(fields!(@read $map $($seed)?)),)+
                _ => drop($map.next_value::<IgnoredAny>()?),
            }
        }
        Ok($Struct { $($field: fields!(@get $field $($default)?),)+ })
    }};
    (@read $map:ident) => { $map.next_value()? };
    (@read $map:ident $seed:ident) => { $map.next_value_seed($seed)?.into() };
    (@get $field:ident) => { $field.ok_or_else(|| de::Error::missing_field(stringify!($field)))? };
    (@get $field:ident $default:expr) => { $field.unwrap_or($default) };
}

/// `{"properties": [...], "trailing_end_mark": bool, "trailing_bytes": "hex"}`; a missing
/// `trailing_end_mark` is `false`, missing `trailing_bytes` none. Other keys are ignored; a
/// repeated key is an error.
impl<'de> Deserialize<'de> for OwnedPropertyList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        visit!(deserializer.deserialize_map() as OwnedPropertyList,
            r#"a property list: {"properties": [...], "trailing_end_mark": bool}"# {
            visit_map(mut map) => fields!(map => OwnedPropertyList {
                properties,
                trailing_end_mark = false,
                trailing_bytes: HexText = Vec::new()
            }),
        })
    }
}

/// `{"name": "...", "name_bytes": "hex", "name_padding": "hex", "values": [...]}`: the name
/// entry's exact data and padding when given (`name` must be what `name_bytes` reads as).
impl<'de> Deserialize<'de> for OwnedProperty {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        visit!(deserializer.deserialize_map() as OwnedProperty,
            r#"a property: {"name": "...", "values": [...]}"# {
            visit_map(map) => property(map),
        })
    }
}

/// The property object's entries (see `OwnedProperty`'s `Deserialize`).
fn property<'de, A: MapAccess<'de>>(mut map: A) -> Result<OwnedProperty, A::Error> {
    let (mut name, mut values, mut bytes, mut padding) = (None, None, None, None);
    let mut keys = Keys::default();
    while let Some(key) = map.next_key::<String>()? {
        keys.check(&mut map, &key)?;
        match key.as_str() {
            "name" => name = Some(map.next_value::<Name>()?),
            "values" => values = Some(map.next_value()?),
            "name_bytes" => bytes = Some(map.next_value_seed(HexText)?),
            "name_padding" => padding = Some(map.next_value_seed(PaddingText)?),
            _ => drop(map.next_value::<IgnoredAny>()?),
        }
    }
    let name = name.ok_or_else(|| de::Error::missing_field("name"))?;
    let values = values.ok_or_else(|| de::Error::missing_field("values"))?;
    let raw_name = match (bytes, padding.unwrap_or_default()) {
        (None, padding) if padding.is_zero() => None,
        (None, padding) => Some(RawName {
            bytes: RawName::canonical(&name),
            padding,
        }),
        (Some(bytes), padding) => {
            let read = Name::from_utf16_lossy(before_nul(&bytes));
            if read != name {
                return Err(de::Error::custom(format_args!(
                    "\"name\" {:?} is not what \"name_bytes\" reads as ({:?}): change both, or \
                     drop \"name_bytes\"",
                    name.as_str(),
                    read.as_str()
                )));
            }
            (!RawName::encodes(&bytes, &name) || !padding.is_zero())
                .then_some(RawName { bytes, padding })
        }
    };
    Ok(OwnedProperty {
        name,
        values,
        raw_name: raw_name.map(Box::new),
    })
}

/// `{"values": [...], "trailing_bytes": "hex"}`.
impl<'de> Deserialize<'de> for OwnedValueList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        visit!(deserializer.deserialize_map() as OwnedValueList,
            r#"a value list: {"values": [...]}"# {
            visit_map(mut map) => fields!(map => OwnedValueList {
                values,
                trailing_bytes: HexText = Vec::new()
            }),
        })
    }
}

/// `{"syntax": "0x........", "value": ..., "raw": "hex"}`: the data is the canonical encoding of
/// `value` for the syntax's format, or `raw` when it is given (then `value`, if present too, must
/// be what `raw` decodes to, so that an edited `value` is never silently ignored). `syntax` also
/// accepts a `clusapi.h` name. The keys may come in any order; none may come twice.
impl<'de> Deserialize<'de> for OwnedValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        visit!(deserializer.deserialize_map() as OwnedValue,
            r#"a value: {"syntax": "0x........", "value": ...}"# {
            visit_map(map) => value(map),
        })
    }
}

/// The value object's entries (see `OwnedValue`'s `Deserialize`).
fn value<'de, A: MapAccess<'de>>(mut map: A) -> Result<OwnedValue, A::Error> {
    let (mut syntax, mut data, mut pending, mut raw) = (None, None, None, None);
    let mut padding = None;
    let mut keys = Keys::default();
    while let Some(key) = map.next_key::<String>()? {
        keys.check(&mut map, &key)?;
        match key.as_str() {
            "syntax" => syntax = Some(map.next_value_seed(SyntaxText)?),
            "value" => match syntax {
                Some(s) => data = Some(map.next_value_seed(ValueData(s))?),
                None => pending = Some(map.next_value::<Content>()?),
            },
            "raw" => raw = Some(map.next_value_seed(HexText)?),
            "padding" => padding = Some(map.next_value_seed(PaddingText)?),
            _ => drop(map.next_value::<IgnoredAny>()?),
        }
    }
    let syntax = syntax.ok_or_else(|| de::Error::missing_field("syntax"))?;
    if let Some(content) = pending {
        // The buffered value is read after the map's own path tracking has moved on: its path,
        // from "value" down, goes into the message.
        let path = core::cell::RefCell::new(Vec::new());
        let replay = ContentDeserializer::<A::Error>::tracked(content, &path);
        data = Some(ValueData(syntax).deserialize(replay).map_err(|e| {
            let path = Path(&path.borrow()).to_string();
            let message = e.to_string();
            // A value nested in this one that also came before its syntax: one path.
            match message.strip_prefix("at value") {
                Some(rest) => de::Error::custom(format_args!("at value{path}.value{rest}")),
                None => de::Error::custom(format_args!("at value{path}: {message}")),
            }
        })?);
    }
    let data = match (data, raw) {
        (Some(read), Some(raw)) => {
            // `raw` never decodes to a MULTI_SZ ending with an empty string.
            let last_empty = read.empty.is_some_and(|e| e.last);
            if last_empty || canonical(syntax, &raw).as_deref() != Some(&read.data[..]) {
                return Err(de::Error::custom(
                    "\"value\" is not what \"raw\" decodes to: change both, or drop \"raw\"",
                ));
            }
            raw
        }
        (None, Some(raw)) => raw,
        (Some(read), None) => match read.empty {
            // Raised after the value's own path was left: the message carries its last step,
            // as for a buffered value.
            Some(empty) => {
                let e = crate::BuildError::EmptyString { index: empty.index };
                return Err(de::Error::custom(format_args!("at value: {e}")));
            }
            None => read.data,
        },
        (None, None) => return Err(de::Error::missing_field("value")),
    };
    let mut value = OwnedValue::new(syntax, data);
    if let Some(padding) = padding {
        let expected = padding_len(value.data.len());
        let found = padding.as_bytes().len();
        if !padding.is_zero() && found != expected {
            return Err(de::Error::custom(format_args!(
                "\"padding\" has {found} bytes, but data of {} bytes takes {expected}",
                value.data.len()
            )));
        }
        value.padding = padding;
    }
    Ok(value)
}

/// A syntax from its JSON text: `0x` and exactly 8 hex digits (either case), or a
/// `CLUSPROP_SYNTAX_*` name (with or without the prefix, exact case). The general
/// [`Syntax::from_name`] is laxer with numbers (`0x1`, `0X…`, any number of digits).
pub(super) fn syntax_from_text(text: &str) -> Option<Syntax> {
    if let Some(digits) = text.strip_prefix("0x") {
        return (digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(digits, 16).ok())
            .flatten()
            .map(Syntax);
    }
    if text.starts_with("0X") {
        return None;
    }
    Syntax::from_name(text)
}

/// Reads a `syntax` string (see [`syntax_from_text`]).
struct SyntaxText;

impl<'de> DeserializeSeed<'de> for SyntaxText {
    type Value = Syntax;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Syntax, D::Error> {
        let text = String::deserialize(deserializer)?;
        syntax_from_text(&text).ok_or_else(|| {
            de::Error::custom(format_args!(
                "{text:?} is not a syntax: expected 0x and 8 hex digits or a CLUSPROP_SYNTAX_* name"
            ))
        })
    }
}

/// Reads hex text as data (an error is raised inside the value, where its path is tracked).
struct HexText;

impl<'de> DeserializeSeed<'de> for HexText {
    type Value = Data;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Data, D::Error> {
        from_hex(&String::deserialize(deserializer)?).map(Data::from)
    }
}

/// Reads hex text as an entry's padding: at most 3 bytes (all zero is [`Padding::ZERO`]).
struct PaddingText;

impl<'de> DeserializeSeed<'de> for PaddingText {
    type Value = Padding;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Padding, D::Error> {
        let bytes = from_hex(&String::deserialize(deserializer)?)?;
        Padding::new(&bytes).ok_or_else(|| {
            de::Error::custom(format_args!(
                "padding of {} bytes: an entry has at most 3",
                bytes.len()
            ))
        })
    }
}

/// The canonical encoding of what `raw` decodes to under `syntax` (what a `value` consistent
/// with it encodes to).
fn canonical(syntax: Syntax, raw: &[u8]) -> Option<Data> {
    if let Some(data) = super::typed::canonical(syntax, raw) {
        return data;
    }
    let view = Value::new(syntax, raw);
    let format = syntax.format();
    if format.is_string() {
        let text = view.as_str()?.to_string_lossy();
        return OwnedValue::string(syntax, &text).ok().map(|v| v.data);
    }
    if format == Format::MULTI_SZ {
        let items: Vec<String> = view
            .as_multi_sz()?
            .iter()
            .map(|s| s.to_string_lossy())
            .collect();
        return OwnedValue::multi_sz_keeping_empty(&items)
            .ok()
            .map(|v| v.data);
    }
    if let Some(list) = view.as_property_list() {
        return list.into_owned().to_bytes().ok().map(Data::from);
    }
    if let Some(list) = view.as_value_list() {
        return list.into_owned().to_bytes().ok().map(Data::from);
    }
    Some(Data::from(raw))
}

/// A `value` read for its syntax: its canonical encoding, or, for a MULTI_SZ holding an empty
/// string, the strings written as they are and where the first empty one is. Such a list is
/// taken only with a `raw` it matches (the exact bytes of a buffer that holds one); without one
/// it is refused as the builders refuse it ([`BuildError::EmptyString`](crate::BuildError)),
/// because Windows reads a MULTI_SZ up to its first empty string.
struct ValueRead {
    data: Data,
    empty: Option<EmptyItem>,
}

/// The first empty string of a MULTI_SZ `value`, and whether the list's last string is empty.
#[derive(Clone, Copy)]
struct EmptyItem {
    index: usize,
    last: bool,
}

impl From<Data> for ValueRead {
    fn from(data: Data) -> Self {
        ValueRead { data, empty: None }
    }
}

/// Reads a `value` as the data of `syntax`'s format (see [`ValueRead`]).
struct ValueData(Syntax);

impl<'de> DeserializeSeed<'de> for ValueData {
    type Value = ValueRead;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<ValueRead, D::Error> {
        let syntax = self.0;
        let built =
            |r: Result<OwnedValue, crate::BuildError>| r.map(|v| v.data).map_err(de::Error::custom);
        if super::typed::has_own_json(syntax) {
            return super::typed::deserialize(syntax, deserializer).map(ValueRead::from);
        }
        let format = syntax.format();
        if format == Format::MULTI_SZ {
            let items = deserializer.deserialize_seq(MultiSzItems)?;
            let data = built(items.encode())?;
            return Ok(ValueRead {
                data,
                empty: items.empty(),
            });
        }
        let data: Data = match format {
            Format::DWORD => int::<_, u32>(deserializer)?.to_le_bytes().into(),
            Format::LONG => int::<_, i32>(deserializer)?.to_le_bytes().into(),
            Format::WORD => int::<_, u16>(deserializer)?.to_le_bytes().into(),
            Format::ULARGE_INTEGER | Format::FILETIME => {
                int::<_, u64>(deserializer)?.to_le_bytes().into()
            }
            Format::LARGE_INTEGER => int::<_, i64>(deserializer)?.to_le_bytes().into(),
            Format::SZ | Format::EXPAND_SZ | Format::EXPANDED_SZ => built(
                deserializer
                    .deserialize_str(WithStr(|text: &str| OwnedValue::string(syntax, text)))?,
            )?,
            Format::PROPERTY_LIST | Format::VALUE_LIST => {
                deserializer.deserialize_any(Nested(format))?
            }
            _ => from_hex(&String::deserialize(deserializer)?)?.into(),
        };
        Ok(data.into())
    }
}

/// A nested list: its object, or hex bytes when the data is not a list.
struct Nested(Format);

impl<'de> Visitor<'de> for Nested {
    type Value = Data;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a nested list object, or hex bytes")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Data, E> {
        from_hex(v).map(Data::from)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Data, A::Error> {
        let nested = MapAccessDeserializer::new(map);
        let bytes = if self.0 == Format::PROPERTY_LIST {
            OwnedPropertyList::deserialize(nested)?.to_bytes()
        } else {
            OwnedValueList::deserialize(nested)?.to_bytes()
        };
        bytes.map(Data::from).map_err(de::Error::custom)
    }
}

/// Hands a string to a function without keeping a copy of it (the text is borrowed from the input
/// when it can be): a large SZ costs its UTF-16 only.
struct WithStr<F>(F);

impl<'de, T, F: FnOnce(&str) -> T> Visitor<'de> for WithStr<F> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        Ok((self.0)(v))
    }
}

/// The items of a MULTI_SZ read from a sequence of strings, kept as one `String` of the items
/// each followed by a NUL (a one-character item takes two bytes, not a `String` of its own).
/// After an item holding a NUL, the others are only checked to be strings: encoding reports
/// that item, and nothing after it.
struct MultiSzItems;

/// See [`MultiSzItems`]; `bad` is the first item holding a NUL, if one came; `count` the items
/// kept, `first_empty` the index of the first empty one, `last_empty` whether the last one is.
struct Items {
    joined: String,
    bad: Option<String>,
    count: usize,
    first_empty: Option<usize>,
    last_empty: bool,
}

impl Items {
    /// The MULTI_SZ of the items, empty ones written as they are (see [`ValueRead`]), or the
    /// error encoding them gives.
    fn encode(&self) -> Result<OwnedValue, crate::BuildError> {
        let items = self.joined.split_terminator('\0');
        OwnedValue::multi_sz_keeping_empty(items.chain(self.bad.as_deref()))
    }

    /// The first empty item, if any.
    fn empty(&self) -> Option<EmptyItem> {
        self.first_empty.map(|index| EmptyItem {
            index,
            last: self.last_empty,
        })
    }
}

impl<'de> Visitor<'de> for MultiSzItems {
    type Value = Items;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Items, A::Error> {
        let mut items = Items {
            joined: String::new(),
            bad: None,
            count: 0,
            first_empty: None,
            last_empty: false,
        };
        while seq.next_element_seed(Item(&mut items))?.is_some() {}
        Ok(items)
    }
}

/// Reads one MULTI_SZ item into the [`Items`].
struct Item<'s>(&'s mut Items);

impl<'de> DeserializeSeed<'de> for Item<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let items = self.0;
        deserializer.deserialize_str(WithStr(|text: &str| {
            if items.bad.is_some() {
                // Checked to be a string, not kept.
            } else if text.contains('\0') {
                items.bad = Some(text.to_owned());
            } else {
                if text.is_empty() && items.first_empty.is_none() {
                    items.first_empty = Some(items.count);
                }
                items.last_empty = text.is_empty();
                items.count = items.count.saturating_add(1);
                items.joined.push_str(text);
                items.joined.push('\0');
            }
        }))
    }
}
