//! Rust value → property list.

use super::{EXPAND_SZ, FILETIME, SECURITY_DESCRIPTOR, UTF16};
use crate::owned::OwnedValue;
use crate::schema::PropertyError;
use crate::syntax::{Format, Syntax};
use crate::write::PropertyListBuilder;
use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use serde::ser::{self, Impossible, Serialize};

/// Writes a `T` (a struct or a map) as a canonical property list: one property per field that
/// is not `None`, in declaration order, no trailing end mark (see the
/// [module documentation](crate::schema::plist) for the mapping).
pub fn to_property_list<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, PropertyError> {
    Ok(encode(&properties_of(value)?)?)
}

/// `(name, value)` pairs: the properties of a list.
type Pairs = Vec<(String, OwnedValue)>;

/// The properties a struct or map maps to, in order, `None` fields left out.
pub(crate) fn properties_of<T: Serialize + ?Sized>(value: &T) -> Result<Pairs, PropertyError> {
    value.serialize(ListSerializer)
}

/// The canonical list of `properties`, no trailing end mark.
fn encode(properties: &[(String, OwnedValue)]) -> Result<Vec<u8>, crate::BuildError> {
    let mut builder = PropertyListBuilder::new();
    for (name, value) in properties {
        builder.property(name).value(value.syntax, &value.data);
    }
    builder.finish().map_err(|e| {
        e.with_name(|index| {
            let (name, _) = properties.get(usize::try_from(index).ok()?)?;
            Some(name.clone())
        })
    })
}

/// The property value a Rust value maps to (`None` for `Option::None`: the property is absent).
fn value_from_serialize<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
) -> Result<Option<OwnedValue>, PropertyError> {
    value.serialize(ValueSerializer { name })
}

impl ser::Error for PropertyError {
    fn custom<T: core::fmt::Display>(msg: T) -> Self {
        PropertyError::Custom(msg.to_string())
    }
}

fn top_level(what: &str) -> PropertyError {
    PropertyError::Custom(format!(
        "a property list is written from a struct or a map, not {what}"
    ))
}

/// A whole list: a struct or a map, collecting `(name, value)` pairs.
struct ListSerializer;

/// Serializer methods that only fail. After `|self, what| error;`, one line a group of methods
/// with one `what`: `name<T>(arguments) -> Assoc, … = what;` (the generic, the return type,
/// which is `Self::Ok` when left out, and `= what` are optional); each returns `Err(error)` with
/// `what` bound, and each `Assoc` a compound method returns is declared `Impossible`.
macro_rules! reject {
    (|$self:ident, $what:tt| $error:expr;
     $($($method:ident $(<$T:ident>)? ($($arg:tt: $ty:ty),*) $(-> $ret:ident)?),+
       $(= $what_is:expr)?;)*) => {
        $(reject!(@group [$self $what $error] [$($what_is)?]
            $($method $(<$T>)? ($($arg: $ty),*) $(-> $ret)?),+);)*
    };
    (@group $bound:tt [] $($methods:tt)*) => { reject!(@group $bound [()] $($methods)*); };
    (@group [$self:ident $what:tt $error:expr] [$what_is:expr]
     $($method:ident $(<$T:ident>)? ($($arg:tt: $ty:ty),*) $(-> $ret:ident)?),+) => {
        $($(type $ret = Impossible<Self::Ok, PropertyError>;)?)+
        $(fn $method $(<$T: Serialize + ?Sized>)? ($self, $($arg: $ty),*)
            -> Result<reject!(@ret $($ret)?), PropertyError> {
            let $what = $what_is;
            Err($error)
        })+
    };
    (@ret) => { Self::Ok };
    (@ret $ret:ident) => { Self::$ret };
}

/// `serialize_some` and `serialize_newtype_struct`: the inner value, serialized with `self`.
macro_rules! transparent {
    () => {
        fn serialize_some<T: Serialize + ?Sized>(
            self,
            value: &T,
        ) -> Result<Self::Ok, PropertyError> {
            value.serialize(self)
        }

        fn serialize_newtype_struct<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            value: &T,
        ) -> Result<Self::Ok, PropertyError> {
            value.serialize(self)
        }
    };
}

impl ser::Serializer for ListSerializer {
    type Ok = Pairs;
    type Error = PropertyError;
    type SerializeMap = Fields<Whole>;
    type SerializeStruct = Fields<Whole>;

    reject! {
        |self, what| top_level(what);
        serialize_bool(_: bool) = "a bool";
        serialize_i8(_: i8), serialize_i16(_: i16), serialize_i32(_: i32), serialize_i64(_: i64),
            serialize_u8(_: u8), serialize_u16(_: u16), serialize_u32(_: u32),
            serialize_u64(_: u64), serialize_f32(_: f32), serialize_f64(_: f64) = "a number";
        serialize_char(_: char) = "a char";
        serialize_str(_: &str) = "a string";
        serialize_bytes(_: &[u8]) = "bytes";
        serialize_none() = "None";
        serialize_unit() = "()";
        serialize_unit_struct(_: &'static str) = "a unit struct";
        serialize_seq(_: Option<usize>) -> SerializeSeq = "a sequence";
        serialize_tuple(_: usize) -> SerializeTuple = "a tuple";
        serialize_tuple_struct(_: &'static str, _: usize)
            -> SerializeTupleStruct = "a tuple struct";
        serialize_unit_variant(_: &'static str, _: u32, _: &'static str),
            serialize_newtype_variant<T>(_: &'static str, _: u32, _: &'static str, _: &T),
            serialize_tuple_variant(_: &'static str, _: u32, _: &'static str, _: usize)
                -> SerializeTupleVariant,
            serialize_struct_variant(_: &'static str, _: u32, _: &'static str, _: usize)
                -> SerializeStructVariant = "an enum";
    }

    transparent!();

    fn serialize_map(self, _: Option<usize>) -> Result<Fields<Whole>, PropertyError> {
        Ok(Fields::new(Whole))
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<Whole>, PropertyError> {
        self.serialize_map(None)
    }
}

/// The fields of a struct or the entries of a map, as `(name, value)` pairs; `E` says what they
/// make.
struct Fields<E> {
    properties: Pairs,
    key: Option<String>,
    end: E,
}

/// What the fields of a struct or map make: the whole list's pairs, or a nested list's value.
trait End {
    type Ok;
    fn end(self, properties: Pairs) -> Result<Self::Ok, PropertyError>;
}

/// The whole list: its pairs.
struct Whole;

impl End for Whole {
    type Ok = Pairs;

    fn end(self, properties: Pairs) -> Result<Pairs, PropertyError> {
        Ok(properties)
    }
}

/// A nested struct or map: the PROPERTY_LIST value of the property it is named by.
struct NestedIn<'n>(&'n str);

impl End for NestedIn<'_> {
    type Ok = Out;

    fn end(self, properties: Pairs) -> Result<Out, PropertyError> {
        let bytes = encode(&properties).map_err(|e| PropertyError::Mapping {
            name: self.0.to_owned(),
            message: e.to_string(),
        })?;
        Ok(Some(OwnedValue::new(
            Syntax::LIST_VALUE_PROPERTY_LIST,
            bytes,
        )))
    }
}

impl<E> Fields<E> {
    fn new(end: E) -> Self {
        Fields {
            properties: Vec::new(),
            key: None,
            end,
        }
    }

    fn field<T: Serialize + ?Sized>(
        &mut self,
        name: String,
        value: &T,
    ) -> Result<(), PropertyError> {
        if let Some(value) = value_from_serialize(&name, value)? {
            self.properties.push((name, value));
        }
        Ok(())
    }
}

impl<E: End> ser::SerializeStruct for Fields<E> {
    type Ok = E::Ok;
    type Error = PropertyError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), PropertyError> {
        self.field(key.to_owned(), value)
    }

    fn end(self) -> Result<E::Ok, PropertyError> {
        self.end.end(self.properties)
    }
}

impl<E: End> ser::SerializeMap for Fields<E> {
    type Ok = E::Ok;
    type Error = PropertyError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), PropertyError> {
        let name = key.serialize(ValueSerializer {
            name: "(a map key)",
        })?;
        let text = name
            .as_ref()
            .filter(|v| v.syntax.format() == Format::SZ)
            .and_then(|v| v.view().as_str())
            .and_then(|s| s.try_to_string().ok())
            .ok_or_else(|| {
                PropertyError::Custom("property names (map keys) must be strings".into())
            })?;
        self.key = Some(text);
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), PropertyError> {
        let name = self
            .key
            .take()
            .ok_or_else(|| PropertyError::Custom("a map value came before its key".into()))?;
        self.field(name, value)
    }

    fn end(self) -> Result<E::Ok, PropertyError> {
        self.end.end(self.properties)
    }
}

/// One property's value.
struct ValueSerializer<'n> {
    name: &'n str,
}

impl ValueSerializer<'_> {
    fn mapping(&self, message: impl Into<String>) -> PropertyError {
        PropertyError::Mapping {
            name: self.name.to_owned(),
            message: message.into(),
        }
    }

    fn unsupported(&self, what: &str) -> PropertyError {
        self.mapping(format!(
            "{what} has no property format; use u32 (DWORD), i32 (LONG), u16 (WORD), u64 \
             (ULARGE_INTEGER), i64 (LARGE_INTEGER), bool, String, Vec<String>, bytes or a struct"
        ))
    }

    fn encoded<E: Into<crate::BuildError>>(
        &self,
        r: Result<OwnedValue, E>,
    ) -> Result<Option<OwnedValue>, PropertyError> {
        r.map(Some).map_err(|e| self.mapping(e.into().to_string()))
    }
}

type Out = Option<OwnedValue>;

impl<'n> ser::Serializer for ValueSerializer<'n> {
    type Ok = Out;
    type Error = PropertyError;
    type SerializeSeq = Items<'n>;
    type SerializeMap = Fields<NestedIn<'n>>;
    type SerializeStruct = Fields<NestedIn<'n>>;

    fn serialize_bool(self, v: bool) -> Result<Out, PropertyError> {
        Ok(Some(OwnedValue::dword(u32::from(v))))
    }

    fn serialize_u32(self, v: u32) -> Result<Out, PropertyError> {
        Ok(Some(OwnedValue::dword(v)))
    }

    fn serialize_i32(self, v: i32) -> Result<Out, PropertyError> {
        Ok(Some(OwnedValue::long(v)))
    }

    fn serialize_u16(self, v: u16) -> Result<Out, PropertyError> {
        Ok(Some(OwnedValue::word(v)))
    }

    fn serialize_u64(self, v: u64) -> Result<Out, PropertyError> {
        Ok(Some(OwnedValue::ularge_integer(v)))
    }

    fn serialize_i64(self, v: i64) -> Result<Out, PropertyError> {
        Ok(Some(OwnedValue::large_integer(v)))
    }

    reject! {
        |self, what| self.unsupported(what);
        serialize_u8(_: u8) = "u8";
        serialize_i8(_: i8) = "i8";
        serialize_i16(_: i16) = "i16";
        serialize_f32(_: f32) = "f32";
        serialize_f64(_: f64) = "f64";
        serialize_char(_: char) = "char";
        serialize_tuple(_: usize) -> SerializeTuple = "a tuple";
        serialize_unit_struct(name: &'static str),
            serialize_unit_variant(name: &'static str, _: u32, _: &'static str),
            serialize_newtype_variant<T>(name: &'static str, _: u32, _: &'static str, _: &T),
            serialize_tuple_struct(name: &'static str, _: usize) -> SerializeTupleStruct,
            serialize_tuple_variant(name: &'static str, _: u32, _: &'static str, _: usize)
                -> SerializeTupleVariant,
            serialize_struct_variant(name: &'static str, _: u32, _: &'static str, _: usize)
                -> SerializeStructVariant = name;
    }

    fn serialize_str(self, v: &str) -> Result<Out, PropertyError> {
        self.encoded(OwnedValue::sz(v))
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<Out, PropertyError> {
        Ok(Some(OwnedValue::binary(v)))
    }

    fn serialize_none(self) -> Result<Out, PropertyError> {
        Ok(None)
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Out, PropertyError> {
        value.serialize(self)
    }

    /// `()` and JSON `null`, like `None`: the property is absent.
    fn serialize_unit(self) -> Result<Out, PropertyError> {
        Ok(None)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        marker: &'static str,
        value: &T,
    ) -> Result<Out, PropertyError> {
        let name = self.name;
        let inner = value.serialize(ValueSerializer { name })?;
        // The marker types re-tag their inner value's syntax.
        let (from, to) = match marker {
            EXPAND_SZ => (Format::SZ, Syntax::LIST_VALUE_EXPAND_SZ),
            FILETIME => (Format::ULARGE_INTEGER, Syntax::LIST_VALUE_FILETIME),
            SECURITY_DESCRIPTOR => (Format::BINARY, Syntax::LIST_VALUE_SECURITY_DESCRIPTOR),
            UTF16 => (Format::SZ, Syntax::LIST_VALUE_SZ),
            _ => return Ok(inner),
        };
        match inner {
            Some(v) if v.syntax.format() == from => Ok(Some(OwnedValue::new(to, v.data))),
            _ => Err(PropertyError::Mapping {
                name: name.to_owned(),
                message: format!("{marker} wraps a value of the wrong type"),
            }),
        }
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'n>, PropertyError> {
        Ok(Items {
            name: self.name,
            data: Vec::new(),
            strings: 0,
            length: 0,
            nul: None,
            first_empty: None,
            bytes: Vec::new(),
        })
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Fields<NestedIn<'n>>, PropertyError> {
        Ok(Fields::new(NestedIn(self.name)))
    }

    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Fields<NestedIn<'n>>, PropertyError> {
        self.serialize_map(None)
    }
}

/// A sequence: strings make a MULTI_SZ, `u8`s (a `Vec<u8>` without serde_bytes) make BINARY.
/// An empty sequence is an empty MULTI_SZ. The strings are encoded as they come (memory: the
/// MULTI_SZ's data, not a `String` per item); the errors are those of
/// [`OwnedValue::multi_sz`] over all of them, given at the end as it gives them.
struct Items<'n> {
    name: &'n str,
    /// The MULTI_SZ's data so far: each string and its NUL.
    data: Vec<u8>,
    /// The strings seen.
    strings: usize,
    /// The `cbLength` the strings make so far (they stop being written past `u32::MAX`).
    length: usize,
    /// The first string with a NUL (the error `OwnedValue::multi_sz` gives first).
    nul: Option<crate::BuildError>,
    /// The index of the first empty string.
    first_empty: Option<usize>,
    bytes: Vec<u8>,
}

impl Items<'_> {
    fn push_str(&mut self, s: &str) {
        let index = self.strings;
        self.strings = self.strings.saturating_add(1);
        if self.nul.is_some() {
            return;
        }
        match crate::write::multi_sz_item_units(s) {
            Err(e) => self.nul = Some(e),
            Ok(units) => {
                if units == 0 && self.first_empty.is_none() {
                    self.first_empty = Some(index);
                }
                self.length = self
                    .length
                    .saturating_add(units.saturating_add(1).saturating_mul(2));
                if u32::try_from(self.length).is_ok() {
                    crate::write::put_sz(&mut self.data, s);
                }
            }
        }
    }

    fn mapping(&self, e: &crate::BuildError) -> PropertyError {
        PropertyError::Mapping {
            name: self.name.to_owned(),
            message: e.to_string(),
        }
    }
}

impl ser::SerializeSeq for Items<'_> {
    type Ok = Out;
    type Error = PropertyError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), PropertyError> {
        let item = value.serialize(ItemSerializer)?;
        match item {
            Item::Str(s) if self.bytes.is_empty() => self.push_str(&s),
            Item::Byte(b) if self.strings == 0 => self.bytes.push(b),
            _ => {
                return Err(PropertyError::Mapping {
                    name: self.name.to_owned(),
                    message: "a sequence must hold only strings (MULTI_SZ) or only u8 (BINARY)"
                        .into(),
                })
            }
        }
        Ok(())
    }

    fn end(mut self) -> Result<Out, PropertyError> {
        if !self.bytes.is_empty() {
            return Ok(Some(OwnedValue::binary(self.bytes)));
        }
        if let Some(e) = &self.nul {
            return Err(self.mapping(e));
        }
        // The terminating NUL, two when there is no string.
        let end: &[u8] = if self.strings == 0 { &[0; 4] } else { &[0; 2] };
        let total = self.length.saturating_add(end.len());
        crate::write::cb("MULTI_SZ", total).map_err(|e| self.mapping(&e))?;
        if let Some(index) = self.first_empty {
            return Err(self.mapping(&crate::BuildError::EmptyString { index }));
        }
        self.data.extend_from_slice(end);
        Ok(Some(OwnedValue::new(
            Syntax::LIST_VALUE_MULTI_SZ,
            self.data,
        )))
    }
}

/// One element of a sequence.
enum Item {
    Str(String),
    Byte(u8),
}

struct ItemSerializer;

impl ser::Serializer for ItemSerializer {
    type Ok = Item;
    type Error = PropertyError;

    fn serialize_str(self, v: &str) -> Result<Item, PropertyError> {
        Ok(Item::Str(v.to_owned()))
    }

    fn serialize_u8(self, v: u8) -> Result<Item, PropertyError> {
        Ok(Item::Byte(v))
    }

    transparent!();

    reject! {
        |self, _| not_an_item();
        serialize_bool(_: bool), serialize_i8(_: i8), serialize_i16(_: i16), serialize_i32(_: i32),
            serialize_i64(_: i64), serialize_u16(_: u16), serialize_u32(_: u32),
            serialize_u64(_: u64), serialize_f32(_: f32), serialize_f64(_: f64),
            serialize_char(_: char), serialize_bytes(_: &[u8]), serialize_none(), serialize_unit(),
            serialize_unit_struct(_: &'static str),
            serialize_unit_variant(_: &'static str, _: u32, _: &'static str),
            serialize_newtype_variant<T>(_: &'static str, _: u32, _: &'static str, _: &T),
            serialize_seq(_: Option<usize>) -> SerializeSeq,
            serialize_tuple(_: usize) -> SerializeTuple,
            serialize_tuple_struct(_: &'static str, _: usize) -> SerializeTupleStruct,
            serialize_tuple_variant(_: &'static str, _: u32, _: &'static str, _: usize)
                -> SerializeTupleVariant,
            serialize_map(_: Option<usize>) -> SerializeMap,
            serialize_struct(_: &'static str, _: usize) -> SerializeStruct,
            serialize_struct_variant(_: &'static str, _: u32, _: &'static str, _: usize)
                -> SerializeStructVariant;
    }
}

fn not_an_item() -> PropertyError {
    PropertyError::Custom("a sequence must hold only strings (MULTI_SZ) or only u8 (BINARY)".into())
}
