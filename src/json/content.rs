//! A buffered self-describing value, for a `"value"` that comes before its `"syntax"`.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;
use core::fmt;
use core::marker::PhantomData;
use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess,
    Visitor,
};
use serde::forward_to_deserialize_any;

/// Any value of a self-describing format, held until it can be interpreted.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Content {
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(String),
    Bytes(Vec<u8>),
    Unit,
    Seq(Vec<Content>),
    Map(Vec<(Content, Content)>),
}

impl<'de> Deserialize<'de> for Content {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ContentVisitor)
    }
}

struct ContentVisitor;

impl<'de> Visitor<'de> for ContentVisitor {
    type Value = Content;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Content, E> {
        Ok(Content::Bool(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Content, E> {
        Ok(Content::U64(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Content, E> {
        Ok(Content::I64(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Content, E> {
        Ok(Content::F64(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Content, E> {
        Ok(Content::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Content, E> {
        Ok(Content::Str(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Content, E> {
        Ok(Content::Bytes(v.to_vec()))
    }
    fn visit_unit<E>(self) -> Result<Content, E> {
        Ok(Content::Unit)
    }
    fn visit_none<E>(self) -> Result<Content, E> {
        Ok(Content::Unit)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Content, D::Error> {
        Content::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Content, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Content::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Content, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Content::Map(entries))
    }
}

/// One step of the path to where a replayed [`Content`] failed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Segment {
    Index(usize),
    Key(String),
}

/// The segments of a path recorded by a tracked [`ContentDeserializer`] (innermost first, as
/// they are recorded while the error unwinds), displayed outermost first: `.key` and `[index]`.
pub(crate) struct Path<'a>(pub(crate) &'a [Segment]);

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for segment in self.0.iter().rev() {
            match segment {
                Segment::Index(i) => write!(f, "[{i}]")?,
                Segment::Key(k) => write!(f, ".{k}")?,
            }
        }
        Ok(())
    }
}

/// Replays a [`Content`] into a visitor. A tracked one records, in its path, the array indexes
/// and object keys down to where an error was raised.
pub(crate) struct ContentDeserializer<'p, E> {
    content: Content,
    path: Option<&'p RefCell<Vec<Segment>>>,
    error: PhantomData<E>,
}

impl<E> ContentDeserializer<'static, E> {
    pub(crate) fn new(content: Content) -> Self {
        ContentDeserializer {
            content,
            path: None,
            error: PhantomData,
        }
    }
}

impl<'p, E> ContentDeserializer<'p, E> {
    /// A replay that records where it failed in `path` (see [`Path`]).
    pub(crate) fn tracked(content: Content, path: &'p RefCell<Vec<Segment>>) -> Self {
        ContentDeserializer {
            content,
            path: Some(path),
            error: PhantomData,
        }
    }
}

impl<'de, E: de::Error> IntoDeserializer<'de, E> for Content {
    type Deserializer = ContentDeserializer<'static, E>;
    fn into_deserializer(self) -> ContentDeserializer<'static, E> {
        ContentDeserializer::new(self)
    }
}

/// The items of a replayed array, each replayed with the same tracking.
struct Items<'p, E> {
    items: alloc::vec::IntoIter<Content>,
    index: usize,
    path: Option<&'p RefCell<Vec<Segment>>>,
    error: PhantomData<E>,
}

impl<'de, E: de::Error> SeqAccess<'de> for Items<'_, E> {
    type Error = E;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, E> {
        let Some(content) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index = index.saturating_add(1);
        let de = ContentDeserializer {
            content,
            path: self.path,
            error: PhantomData,
        };
        seed.deserialize(de)
            .map(Some)
            .inspect_err(|_| record(self.path, Segment::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of a replayed object, each value replayed with the same tracking.
struct Entries<'p, E> {
    entries: alloc::vec::IntoIter<(Content, Content)>,
    value: Option<(Option<String>, Content)>,
    path: Option<&'p RefCell<Vec<Segment>>>,
    error: PhantomData<E>,
}

impl<'de, E: de::Error> MapAccess<'de> for Entries<'_, E> {
    type Error = E;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, E> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let name = match &key {
            Content::Str(s) => Some(s.clone()),
            _ => None,
        };
        self.value = Some((name, value));
        seed.deserialize(ContentDeserializer::new(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, E> {
        let (name, content) = self
            .value
            .take()
            .ok_or_else(|| E::custom("a value was asked for before its key"))?;
        let de = ContentDeserializer {
            content,
            path: self.path,
            error: PhantomData,
        };
        seed.deserialize(de).inspect_err(|_| {
            record(self.path, Segment::Key(name.unwrap_or_else(|| "?".into())));
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// Adds `segment` to a tracked path (errors unwind innermost first).
fn record(path: Option<&RefCell<Vec<Segment>>>, segment: Segment) {
    if let Some(path) = path {
        path.borrow_mut().push(segment);
    }
}

impl<'de, E: de::Error> Deserializer<'de> for ContentDeserializer<'_, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.content {
            Content::Bool(v) => visitor.visit_bool(v),
            Content::U64(v) => visitor.visit_u64(v),
            Content::I64(v) => visitor.visit_i64(v),
            Content::F64(v) => visitor.visit_f64(v),
            Content::Str(v) => visitor.visit_string(v),
            Content::Bytes(v) => visitor.visit_byte_buf(v),
            Content::Unit => visitor.visit_unit(),
            Content::Seq(v) => {
                let len = v.len();
                let mut seq = Items {
                    items: v.into_iter(),
                    index: 0,
                    path: self.path,
                    error: PhantomData,
                };
                let value = visitor.visit_seq(&mut seq)?;
                match seq.items.len() {
                    0 => Ok(value),
                    left => Err(de::Error::invalid_length(
                        len,
                        &ExpectedIn(len.saturating_sub(left), "sequence"),
                    )),
                }
            }
            Content::Map(v) => {
                let len = v.len();
                let mut map = Entries {
                    entries: v.into_iter(),
                    value: None,
                    path: self.path,
                    error: PhantomData,
                };
                let value = visitor.visit_map(&mut map)?;
                match map.entries.len() {
                    0 => Ok(value),
                    left => Err(de::Error::invalid_length(
                        len,
                        &ExpectedIn(len.saturating_sub(left), "map"),
                    )),
                }
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.content {
            Content::Unit => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// What serde's own sequence and map replays say when items are left over: how many were taken,
/// in a "sequence" or a "map".
struct ExpectedIn(usize, &'static str);

impl de::Expected for ExpectedIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            1 => write!(f, "1 element in {}", self.1),
            n => write!(f, "{n} elements in {}", self.1),
        }
    }
}
