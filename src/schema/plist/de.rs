//! Property list → Rust value.

use super::{EXPAND_SZ, FILETIME, SECURITY_DESCRIPTOR, UTF16};
use crate::read::list::{Properties, Property, PropertyList};
use crate::read::value::Value;
use crate::schema::PropertyError;
use crate::syntax::{Format, Syntax};
use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::{String, ToString};
use serde::de::value::{SeqDeserializer, StringDeserializer};
use serde::de::{self, Deserialize, DeserializeSeed, MapAccess, Visitor};
use serde::forward_to_deserialize_any;

/// Reads a `T` from a property list: each field from the property of that name (see the
/// [module documentation](crate::schema::plist) for the mapping).
pub fn from_property_list<'de, T: Deserialize<'de>>(
    list: &PropertyList<'de>,
) -> Result<T, PropertyError> {
    T::deserialize(ListDeserializer { list: *list })
}

impl de::Error for PropertyError {
    fn custom<T: core::fmt::Display>(msg: T) -> Self {
        PropertyError::Custom(msg.to_string())
    }
}

/// A whole list: a struct or a map.
struct ListDeserializer<'de> {
    list: PropertyList<'de>,
}

impl<'de> ListDeserializer<'de> {
    /// The list's properties (see `map_or_struct!`).
    fn fields(
        &self,
        fields: &'static [&'static str],
    ) -> Result<PropertiesAccess<'de>, PropertyError> {
        Ok(PropertiesAccess {
            properties: self.list.properties(),
            fields,
            pending: None,
        })
    }
}

/// `deserialize_map` and `deserialize_struct`, handing the visitor `self.fields(…)`: the
/// properties matched against the struct's field names (none for a map).
macro_rules! map_or_struct {
    () => {
        fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
            visitor.visit_map(self.fields(&[])?)
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, PropertyError> {
            visitor.visit_map(self.fields(fields)?)
        }
    };
}

impl<'de> de::Deserializer<'de> for ListDeserializer<'de> {
    type Error = PropertyError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        self.deserialize_map(visitor)
    }

    map_or_struct!();

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, PropertyError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        visitor.visit_some(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct seq tuple tuple_struct enum identifier ignored_any
    }
}

/// The properties of a list as map entries: key = name, value = the property.
struct PropertiesAccess<'de> {
    properties: Properties<'de>,
    /// The struct's field names: a property whose name matches one ignoring case is handed over
    /// with the field's spelling ([`names_eq`](crate::names_eq), as Windows compares names).
    fields: &'static [&'static str],
    pending: Option<(String, Property<'de>)>,
}

impl<'de> MapAccess<'de> for PropertiesAccess<'de> {
    type Error = PropertyError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, PropertyError> {
        let Some(property) = self.properties.next() else {
            return Ok(None);
        };
        let key = match self
            .fields
            .iter()
            .find(|f| property.name().eq_ignore_case(f))
        {
            Some(field) => (*field).to_owned(),
            None => property.name().to_string_lossy(),
        };
        let value = seed.deserialize(StringDeserializer::<PropertyError>::new(key.clone()))?;
        self.pending = Some((key, property));
        Ok(Some(value))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, PropertyError> {
        let (name, property) = self
            .pending
            .take()
            .ok_or_else(|| PropertyError::Custom("a value was asked for before its key".into()))?;
        let value = property.value().ok_or_else(|| PropertyError::Mapping {
            name: name.clone(),
            message: "the property has no value".into(),
        })?;
        seed.deserialize(ValueDeserializer { name, value })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.properties.len())
    }
}

/// One property's (first) value, read as the type the visitor asks for.
struct ValueDeserializer<'de> {
    name: String,
    value: Value<'de>,
}

impl<'de> ValueDeserializer<'de> {
    fn wrong(&self, expected: Syntax) -> PropertyError {
        PropertyError::WrongSyntax {
            name: self.name.clone(),
            expected,
            found: self.value.syntax(),
        }
    }

    fn unsupported(&self, what: &str) -> PropertyError {
        PropertyError::Mapping {
            name: self.name.clone(),
            message: format!(
                "{what} has no property format; use u32 (DWORD), i32 (LONG), u16 (WORD), u64 \
                 (ULARGE_INTEGER), i64 (LARGE_INTEGER), bool, String, Vec<String>, bytes or a struct"
            ),
        }
    }

    fn dword(&self) -> Result<u32, PropertyError> {
        self.value
            .as_u32()
            .ok_or_else(|| self.wrong(Syntax::LIST_VALUE_DWORD))
    }

    fn string(&self) -> Result<String, PropertyError> {
        let text = self
            .value
            .as_str()
            .ok_or_else(|| self.wrong(Syntax::LIST_VALUE_SZ))?;
        text.try_to_string().map_err(|e| PropertyError::Mapping {
            name: self.name.clone(),
            message: format!("the string is not valid UTF-16 ({e})"),
        })
    }

    fn bytes(&self) -> Result<&'de [u8], PropertyError> {
        match self.value.format() {
            Format::BINARY | Format::SECURITY_DESCRIPTOR => Ok(self.value.bytes()),
            _ => Err(self.wrong(Syntax::LIST_VALUE_BINARY)),
        }
    }

    /// The MULTI_SZ's strings, each made a `String` only when it is asked for (memory: one item
    /// at a time), after all of them were checked for unpaired surrogates and for empty strings
    /// (the first one is the error, before any item is handed over).
    fn strings(&self) -> Result<impl Iterator<Item = String> + 'de, PropertyError> {
        let list = self
            .value
            .as_multi_sz()
            .ok_or_else(|| self.wrong(Syntax::LIST_VALUE_MULTI_SZ))?;
        if let Some(e) = list.iter().find_map(|s| {
            if s.is_valid() {
                None
            } else {
                s.first_invalid()
            }
        }) {
            return Err(PropertyError::Mapping {
                name: self.name.clone(),
                message: format!("a MULTI_SZ string is not valid UTF-16 ({e})"),
            });
        }
        // An empty string before the last one: Windows stops reading there, and no encoder
        // writes it (`BuildError::EmptyString`), so what is read could not be written back.
        if let Some(index) = list.iter().position(|s| s.is_empty()) {
            return Err(PropertyError::Mapping {
                name: self.name.clone(),
                message: crate::BuildError::EmptyString { index }.to_string(),
            });
        }
        Ok(list.iter().map(|s| s.to_string_lossy()))
    }

    /// The nested list's properties (see `map_or_struct!`).
    fn fields(
        &self,
        fields: &'static [&'static str],
    ) -> Result<PropertiesAccess<'de>, PropertyError> {
        let list = self
            .value
            .as_property_list()
            .ok_or_else(|| self.wrong(Syntax::LIST_VALUE_PROPERTY_LIST))?;
        ListDeserializer { list }.fields(fields)
    }
}

/// `deserialize_*` methods of fixed-width numbers: `method getter visit_method SYNTAX;`, the
/// number read by the value's `getter`, `SYNTAX` expected when it is `None`.
macro_rules! number {
    ($($method:ident $getter:ident $visit:ident $syntax:ident;)*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
            let v = self
                .value
                .$getter()
                .ok_or_else(|| self.wrong(Syntax::$syntax))?;
            visitor.$visit(v)
        })*
    };
}

/// `deserialize_*` methods of types without a property format: `method(arguments) = what;`
/// (the visitor comes last), each failing with [`ValueDeserializer::unsupported`]`(what)`.
macro_rules! unsupported {
    ($($method:ident($($arg:tt: $ty:ty),*) = $what:expr;)*) => {
        $(fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* _: V) -> Result<V::Value, PropertyError> {
            Err(self.unsupported($what))
        })*
    };
}

/// Hands the items to `visitor` as a sequence, which must take them all.
fn visit_seq<'de, I, V>(items: I, visitor: V) -> Result<V::Value, PropertyError>
where
    I: Iterator,
    I::Item: de::IntoDeserializer<'de, PropertyError>,
    V: Visitor<'de>,
{
    let mut seq = SeqDeserializer::<_, PropertyError>::new(items);
    let v = visitor.visit_seq(&mut seq)?;
    seq.end()?;
    Ok(v)
}

impl<'de> de::Deserializer<'de> for ValueDeserializer<'de> {
    type Error = PropertyError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        match self.value.format() {
            Format::DWORD => self.deserialize_u32(visitor),
            Format::LONG => self.deserialize_i32(visitor),
            Format::WORD => self.deserialize_u16(visitor),
            Format::ULARGE_INTEGER => self.deserialize_u64(visitor),
            Format::LARGE_INTEGER => self.deserialize_i64(visitor),
            Format::FILETIME => visitor.visit_u64(self.value.as_filetime().map_or(0, |t| t.0)),
            Format::SZ | Format::EXPAND_SZ | Format::EXPANDED_SZ => {
                self.deserialize_string(visitor)
            }
            Format::MULTI_SZ => self.deserialize_seq(visitor),
            Format::PROPERTY_LIST if self.value.as_property_list().is_some() => {
                self.deserialize_map(visitor)
            }
            _ => visitor.visit_borrowed_bytes(self.value.bytes()),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        match self.dword()? {
            0 => visitor.visit_bool(false),
            1 => visitor.visit_bool(true),
            value => Err(PropertyError::OutOfRange {
                name: self.name,
                value: i64::from(value),
                min: 0,
                max: 1,
            }),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        visitor.visit_u32(self.dword()?)
    }

    number! {
        deserialize_i32 as_i32 visit_i32 LIST_VALUE_LONG;
        deserialize_u16 as_u16 visit_u16 LIST_VALUE_WORD;
        deserialize_u64 as_u64 visit_u64 LIST_VALUE_ULARGE_INTEGER;
        deserialize_i64 as_i64 visit_i64 LIST_VALUE_LARGE_INTEGER;
    }

    unsupported! {
        deserialize_u8() = "u8";
        deserialize_i8() = "i8";
        deserialize_i16() = "i16";
        deserialize_i128() = "i128";
        deserialize_u128() = "u128";
        deserialize_f32() = "f32";
        deserialize_f64() = "f64";
        deserialize_char() = "char";
        deserialize_unit() = "()";
        deserialize_unit_struct(name: &'static str) = name;
        deserialize_tuple(_: usize) = "a tuple";
        deserialize_tuple_struct(name: &'static str, _: usize) = name;
        deserialize_enum(name: &'static str, _: &'static [&'static str]) = name;
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        visitor.visit_string(self.string()?)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        visitor.visit_borrowed_bytes(self.bytes()?)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, PropertyError> {
        let format = self.value.format();
        match name {
            EXPAND_SZ if format == Format::EXPAND_SZ => visitor.visit_newtype_struct(self),
            EXPAND_SZ => Err(self.wrong(Syntax::LIST_VALUE_EXPAND_SZ)),
            FILETIME => {
                let t = self
                    .value
                    .as_filetime()
                    .ok_or_else(|| self.wrong(Syntax::LIST_VALUE_FILETIME))?;
                visitor.visit_u64(t.0)
            }
            SECURITY_DESCRIPTOR => {
                let bytes = match format {
                    Format::BINARY | Format::SECURITY_DESCRIPTOR => self.value.bytes(),
                    _ => return Err(self.wrong(Syntax::LIST_VALUE_SECURITY_DESCRIPTOR)),
                };
                visitor.visit_newtype_struct(BytesDeserializer(bytes))
            }
            UTF16 => {
                let text = self
                    .value
                    .as_str()
                    .ok_or_else(|| self.wrong(Syntax::LIST_VALUE_SZ))?;
                visitor.visit_borrowed_bytes(text.as_bytes())
            }
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        match self.value.format() {
            // `Vec<u8>` without serde_bytes asks for a sequence.
            Format::BINARY | Format::SECURITY_DESCRIPTOR => {
                visit_seq(self.value.bytes().iter().copied(), visitor)
            }
            _ => visit_seq(self.strings()?, visitor),
        }
    }

    map_or_struct!();

    fn deserialize_identifier<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, PropertyError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, PropertyError> {
        visitor.visit_unit()
    }
}

/// Borrowed bytes for the inside of a marker newtype.
struct BytesDeserializer<'de>(&'de [u8]);

impl<'de> de::Deserializer<'de> for BytesDeserializer<'de> {
    type Error = PropertyError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, PropertyError> {
        visitor.visit_borrowed_bytes(self.0)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}
