//! The JSON of a [`Dissection`] (described in [`crate::dissect`]).

use super::int::U64;
use super::ser::{Hex, Str, SyntaxHex};
use crate::control::ControlOutput;
use crate::dissect::{Dissection, Entry, EntryKind};
use crate::error::ParseError;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// `{"entries": [...], "error": null | {"rule": ..., "offset": ..., "message": ...}}`.
impl Serialize for Dissection<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("entries", &self.entries)?;
        map.serialize_entry("error", &self.error.as_ref().map(Error))?;
        map.end()
    }
}

/// One entry's object: the keys that apply to its kind.
impl Serialize for Entry<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let header = matches!(self.kind, EntryKind::Name(_) | EntryKind::Value(_));
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("offset", &self.offset)?;
        map.serialize_entry("depth", &self.depth)?;
        map.serialize_entry("kind", self.kind.as_str())?;
        map.serialize_entry("length", &self.bytes.len())?;
        if let Some(syntax) = self.syntax {
            map.serialize_entry("syntax", &Str(SyntaxHex(syntax)))?;
            map.serialize_entry("syntax_name", &syntax.name())?;
        }
        if let Some(length) = self.cb_length {
            map.serialize_entry("cb_length", &length)?;
        }
        map.serialize_entry("data_offset", &self.data.start)?;
        if header {
            map.serialize_entry("padding", &Str(Hex(self.padding_bytes())))?;
            map.serialize_entry("padding_nonzero", &!self.padding_is_zero())?;
        }
        match self.kind {
            EntryKind::Count(count) => map.serialize_entry("value", &count)?,
            EntryKind::Name(name) => map.serialize_entry("value", &name)?,
            EntryKind::Value(value) => map.serialize_entry("value", &value.decoded())?,
            EntryKind::TrailingBytes => {
                map.serialize_entry("value", &Str(Hex(self.data_bytes())))?;
            }
            EntryKind::Output(output) => match output {
                ControlOutput::Dword(v) => map.serialize_entry("value", &v)?,
                ControlOutput::String(s) => map.serialize_entry("value", &s)?,
                ControlOutput::Strings(m) => map.serialize_entry("value", &m)?,
                ControlOutput::ClassInfo(info) => map.serialize_entry("value", &info)?,
                ControlOutput::FileTime(t) => map.serialize_entry("value", &U64(t.0))?,
                _ => map.serialize_entry("value", &Str(Hex(self.data_bytes())))?,
            },
            _ => {}
        }
        map.end()
    }
}

/// A parse error's object.
struct Error<'e>(&'e ParseError);

impl Serialize for Error<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("rule", self.0.rule())?;
        map.serialize_entry("offset", &self.0.offset())?;
        map.serialize_entry("message", &Str(self.0))?;
        map.end()
    }
}
