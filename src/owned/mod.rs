//! The owned model: [`OwnedPropertyList`], [`OwnedProperty`], [`OwnedValue`], [`OwnedValueList`].
//!
//! It mirrors the views: a value is its syntax and its exact data bytes, so converting a view to
//! the owned model loses nothing, and the typed reading of a value is the view's
//! ([`OwnedValue::view`]). Encoding goes through the builders, so the owned model writes the same
//! canonical bytes.
//!
//! Any syntax and any bytes can be held ([`OwnedValue::new`]), but only what the strict parser
//! accepts is written: `to_bytes`, `write_to` and `encoded_len` check every value by the parser's
//! own rules for the kind of list (see [`crate::write`]) and refuse the rest with
//! [`BuildError::InvalidValue`], naming the property (its index and name), the value's index,
//! its syntax and the rule broken. So whatever `to_bytes` returns parses strictly back to the
//! same list.
//!
//! ```
//! use clusprop::{BuildError, OwnedPropertyList, OwnedValue, ParseError, Syntax};
//!
//! let mut list = OwnedPropertyList::new();
//! list.push("Role", OwnedValue::new(Syntax::LIST_VALUE_DWORD, [1]));
//! assert!(matches!(
//!     list.to_bytes(),
//!     Err(BuildError::InvalidValue {
//!         property: Some(0),
//!         rule: ParseError::WrongLength { expected: 4, found: 1, .. },
//!         ..
//!     })
//! ));
//! ```
//!
//! The storage is sized for what Windows sends: a property's [`Name`] and a value's [`Data`] keep
//! up to [`INLINE_CAPACITY`] bytes in place, and a property's [`OwnedValues`] keeps its first
//! value in place. A typical property (a name such as `IPv4PrefixLengths`, one DWORD or short
//! string) is thus one element of the list's `Vec` and allocates nothing of its own; longer names
//! and data, and further values, go to the heap. All three dereference to what they hold (`str`,
//! `[u8]`, `[OwnedValue]`) and compare and hash as it.
//!
//! ```
//! use clusprop::{OwnedPropertyList, OwnedValue};
//!
//! let mut list = OwnedPropertyList::new();
//! list.push("Role", OwnedValue::dword(3));
//! let property = &mut list.properties[0];
//! assert_eq!(property.name, "Role");
//! assert_eq!(property.values[0].data, [3, 0, 0, 0]);
//! property.name = "Metric".into();
//! property.values[0] = OwnedValue::dword(39840);
//! assert_eq!(list.get("metric").unwrap().values[0].view().as_u32(), Some(39840));
//! ```

/// The impls of a type that stands for its content `$target` (`str`, `[u8]`, `[OwnedValue]`),
/// which `$as` returns: `Default` (its `new`), `Deref` and `AsRef` to the content, and `Debug`,
/// `PartialEq`, `Eq` and `Hash` exactly as the content's, whatever the representation. Optional:
/// `mut $as_mut` (`DerefMut`, `AsMut`), then `+ Borrow` (hashing as the content is what it
/// requires), `+ Ord` (with `PartialOrd`).
macro_rules! content_impls {
    (@Borrow $ty:ident, $target:ty, $as:ident) => {
        impl core::borrow::Borrow<$target> for $ty {
            fn borrow(&self) -> &$target {
                self
            }
        }
    };
    (@Ord $ty:ident, $target:ty, $as:ident) => {
        impl PartialOrd for $ty {
            fn partial_cmp(&self, other: &$ty) -> Option<core::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $ty {
            fn cmp(&self, other: &$ty) -> core::cmp::Ordering {
                self.$as().cmp(other.$as())
            }
        }
    };
    ($ty:ident => $target:ty, $as:ident $(, mut $as_mut:ident)? $(+ $flag:ident)*) => {
        impl Default for $ty {
            fn default() -> Self {
                Self::new()
            }
        }

        impl core::ops::Deref for $ty {
            type Target = $target;

            #[inline]
            fn deref(&self) -> &$target {
                self.$as()
            }
        }

        impl AsRef<$target> for $ty {
            fn as_ref(&self) -> &$target {
                self
            }
        }

        $(
            impl core::ops::DerefMut for $ty {
                #[inline]
                fn deref_mut(&mut self) -> &mut $target {
                    self.$as_mut()
                }
            }

            impl AsMut<$target> for $ty {
                fn as_mut(&mut self) -> &mut $target {
                    self
                }
            }
        )?

        impl core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                core::fmt::Debug::fmt(self.$as(), f)
            }
        }

        impl PartialEq for $ty {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                self.$as() == other.$as()
            }
        }

        impl Eq for $ty {}

        impl core::hash::Hash for $ty {
            fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
                core::hash::Hash::hash(self.$as(), state);
            }
        }

        $(content_impls!(@$flag $ty, $target, $as);)*
    };
}

/// `PartialEq` both ways between `$ty` (its content, which `$as` returns) and each `$other`
/// (whose content is `other[..]`), with the generic parameters in brackets.
macro_rules! content_eq {
    ($ty:ident, $as:ident: $([$($generics:tt)*] $other:ty),* $(,)?) => {$(
        impl<$($generics)*> PartialEq<$other> for $ty {
            #[inline]
            fn eq(&self, other: &$other) -> bool {
                self.$as() == &other[..]
            }
        }

        impl<$($generics)*> PartialEq<$ty> for $other {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                &self[..] == other.$as()
            }
        }
    )*};
}

mod exact;
mod inline;
mod values;

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::vec::Vec;
pub use exact::{Padding, RawName};
pub use inline::{Data, Name, INLINE_CAPACITY};
pub use values::{OwnedValues, OwnedValuesIntoIter};

use crate::error::BuildError;
use crate::read::list::{Property, PropertyList};
use crate::read::rules::{before_nul, Mode};
use crate::read::typed::{FtSetInfo, ResourceClassInfo, ScsiAddress};
use crate::read::value::{FileTime, Value, ValueList};
use crate::syntax::Syntax;
use crate::write::{
    multi_sz_len, put_multi_sz, put_sz, sz_len, PartitionInfoEx2Fields, PartitionInfoExFields,
    PartitionInfoFields, PropertyListBuilder, Sink, SliceSink, ValueListBuilder,
};

/// `encoded_len`, `write_to` and `to_bytes` of an owned list, each through its `build` with a
/// `$builder`: a measuring one, one into the caller's slice, and the `Vec` one given (with the
/// documentation of `to_bytes`). The `example` lines declare a `list` for the examples (with the
/// `use` lines they need, `Mode` included).
macro_rules! encoders {
    (
        $builder:ident, example [$($example:literal),* $(,)?],
        $(#[$to_bytes:meta])* |$self:ident| $vec_builder:expr
    ) => {
        /// The exact length of [`to_bytes`](Self::to_bytes), or the error encoding would give.
        ///
        /// ```
        $( #[doc = $example] )*
        /// assert_eq!(list.encoded_len()?, list.to_bytes()?.len());
        /// # Ok::<(), clusprop::BuildError>(())
        /// ```
        pub fn encoded_len(&self) -> Result<usize, BuildError> {
            self.encoded_len_with(Mode::Strict)
        }

        /// Encodes into `buf`; returns the number of bytes written. A buffer that is too small
        /// gives [`BuildError::BufferTooSmall`] with the exact length needed.
        ///
        /// ```
        $( #[doc = $example] )*
        /// use clusprop::BuildError;
        ///
        /// let mut buf = [0u8; 256];
        /// let written = list.write_to(&mut buf)?;
        /// assert_eq!(buf[..written], list.to_bytes()?[..]);
        ///
        /// let needed = list.encoded_len()?;
        /// assert_eq!(
        ///     list.write_to(&mut [0u8; 4]),
        ///     Err(BuildError::BufferTooSmall { needed, available: 4 })
        /// );
        /// # Ok::<(), clusprop::BuildError>(())
        /// ```
        pub fn write_to(&self, buf: &mut [u8]) -> Result<usize, BuildError> {
            self.write_to_with(buf, Mode::Strict)
        }

        $(#[$to_bytes])*
        pub fn to_bytes(&$self) -> Result<Vec<u8>, BuildError> {
            $self.to_bytes_with(Mode::Strict)
        }

        /// The exact length of [`to_bytes_with`](Self::to_bytes_with)`(mode)`.
        ///
        /// ```
        $( #[doc = $example] )*
        /// list.trailing_bytes = vec![0xAA, 0xBB, 0xCC, 0xDD];
        /// assert!(list.encoded_len_with(Mode::Strict).is_err(), "strict lists end at their end");
        /// assert_eq!(list.encoded_len_with(Mode::Lenient)?, list.to_bytes_with(Mode::Lenient)?.len());
        /// # Ok::<(), clusprop::BuildError>(())
        /// ```
        pub fn encoded_len_with(&self, mode: Mode) -> Result<usize, BuildError> {
            self.build(&mut $builder::measure(), mode)
        }

        /// [`write_to`](Self::write_to), checked by the rules of `mode`.
        ///
        /// ```
        $( #[doc = $example] )*
        /// list.trailing_bytes = vec![0xAA, 0xBB, 0xCC, 0xDD];
        /// let mut buf = [0u8; 256];
        /// assert!(list.write_to_with(&mut buf, Mode::Strict).is_err());
        /// let written = list.write_to_with(&mut buf, Mode::Lenient)?;
        /// assert_eq!(buf[written - 4..written], [0xAA, 0xBB, 0xCC, 0xDD]);
        /// # Ok::<(), clusprop::BuildError>(())
        /// ```
        pub fn write_to_with(&self, buf: &mut [u8], mode: Mode) -> Result<usize, BuildError> {
            self.build(&mut $builder::in_slice(buf), mode)
        }

        /// Encodes what the parser in `mode` reads back to this list. [`Mode::Strict`] is
        /// [`to_bytes`](Self::to_bytes). [`Mode::Lenient`] also writes what only lenient parsing
        /// reads (see [`Mode`]): raw names that are not NUL-terminated, hold bytes after their
        /// NUL, have an odd length or unpaired surrogates; properties without values; values of
        /// any type but NAME in a property list; strings and MULTI_SZ data by the lenient rules;
        /// bytes after the list. It is the explicit way to reproduce a buffer that only
        /// [`parse_lenient`](crate::PropertyList::parse_lenient) accepts; nothing else writes such
        /// bytes.
        ///
        /// ```
        $( #[doc = $example] )*
        /// assert_eq!(list.to_bytes_with(Mode::Strict)?, list.to_bytes()?);
        ///
        /// list.trailing_bytes = vec![0xAA, 0xBB, 0xCC, 0xDD];
        /// assert!(list.to_bytes_with(Mode::Strict).is_err());
        /// assert!(list.to_bytes_with(Mode::Lenient)?.ends_with(&[0xAA, 0xBB, 0xCC, 0xDD]));
        /// # Ok::<(), clusprop::BuildError>(())
        /// ```
        pub fn to_bytes_with(&$self, mode: Mode) -> Result<Vec<u8>, BuildError> {
            $self.build(&mut $vec_builder, mode)
        }
    };
}

/// The constructors of integer values: `name(value: type) SYNTAX;`, the data being the
/// little-endian bytes of the value.
macro_rules! integers {
    ($($(#[$doc:meta])* $name:ident(value: $ty:ty) $syntax:ident;)*) => {$(
        $(#[$doc])*
        #[must_use]
        pub fn $name(value: $ty) -> Self {
            Self::new(Syntax::$syntax, value.to_le_bytes())
        }
    )*};
}

/// An owned property list.
///
/// ```
/// use clusprop::{OwnedPropertyList, OwnedValue, PropertyList};
///
/// let mut list = OwnedPropertyList::new();
/// list.push("Role", OwnedValue::dword(1));
/// list.push("Description", OwnedValue::sz("Heartbeat")?);
/// let bytes = list.to_bytes()?;
/// assert_eq!(bytes.len(), list.encoded_len()?);
/// assert_eq!(PropertyList::parse(&bytes)?.into_owned(), list);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct OwnedPropertyList {
    /// The properties, in order.
    pub properties: Vec<OwnedProperty>,
    /// Whether the encoding ends with the list-level end mark.
    pub trailing_end_mark: bool,
    /// Bytes after the list (and its trailing end mark), as a lenient parse read them
    /// ([`PropertyList::trailing_bytes`]); empty otherwise. Only
    /// [`to_bytes_with`](Self::to_bytes_with)`(Mode::Lenient)` writes them.
    pub trailing_bytes: Vec<u8>,
}

/// An owned property: a name and its values.
///
/// A name of up to [`INLINE_CAPACITY`] bytes of UTF-8 and a first value are stored in place: such
/// a property allocates nothing of its own.
///
/// ```
/// use clusprop::{OwnedProperty, OwnedValue};
///
/// let property = OwnedProperty {
///     name: "Address".into(),
///     values: OwnedValue::sz("10.0.0.0")?.into(),
///     raw_name: None,
/// };
/// assert_eq!(property.name, "Address");
/// assert_eq!(property.values.len(), 1);
/// assert_eq!(property.values[0].view().as_str().unwrap(), "10.0.0.0");
/// # Ok::<(), clusprop::BuildError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct OwnedProperty {
    /// The name (without NUL): a small string that dereferences to `str`.
    pub name: Name,
    /// The values (at least one, for a list that encodes strictly): the first inline,
    /// dereferences to `[OwnedValue]`.
    pub values: OwnedValues,
    /// The name entry's exact bytes, when they are not what `name` encodes to ([`RawName`]: a
    /// lenient list's name, non-zero padding); `None` for a canonical name entry.
    pub raw_name: Option<Box<RawName>>,
}

/// An owned value: a syntax, the exact data bytes, and the padding after them.
///
/// 32 bytes; data of up to [`INLINE_CAPACITY`] bytes are stored in place (every fixed-width
/// format, and strings of up to 10 UTF-16 code units), so the fixed-width constructors never
/// allocate.
///
/// ```
/// use clusprop::{OwnedValue, Syntax};
///
/// let value = OwnedValue::dword(3);
/// assert_eq!(value.syntax, Syntax::LIST_VALUE_DWORD);
/// assert_eq!(value.data, 3u32.to_le_bytes());
/// assert!(value.data.is_inline());
/// assert_eq!(value.view().as_u32(), Some(3));
/// assert!(std::mem::size_of::<OwnedValue>() <= 32);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct OwnedValue {
    /// The syntax word.
    pub syntax: Syntax,
    /// The exact data bytes: small bytes that dereference to `[u8]`.
    pub data: Data,
    /// The padding after the data: [`Padding::ZERO`] (what the constructors give), or the
    /// non-zero padding a parsed buffer held, written back as it was.
    pub padding: Padding,
}

/// An owned standalone value list.
///
/// ```
/// use clusprop::{OwnedValue, OwnedValueList, ValueList};
///
/// let mut list = OwnedValueList::new();
/// list.values.push(OwnedValue::name("Physical Disk")?);
/// list.values.push(OwnedValue::disk_number(2));
/// let bytes = list.to_bytes()?;
/// assert_eq!(ValueList::parse(&bytes)?.into_owned(), list);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct OwnedValueList {
    /// The values, in order.
    pub values: Vec<OwnedValue>,
    /// Bytes after the list's end mark, as a lenient parse read them
    /// ([`ValueList::trailing_bytes`]); empty otherwise. Only
    /// [`to_bytes_with`](Self::to_bytes_with)`(Mode::Lenient)` writes them.
    pub trailing_bytes: Vec<u8>,
}

impl OwnedPropertyList {
    /// An empty list (no trailing end mark).
    ///
    /// ```
    /// use clusprop::OwnedPropertyList;
    ///
    /// let list = OwnedPropertyList::new();
    /// assert!(list.properties.is_empty());
    /// assert!(!list.trailing_end_mark);
    /// assert_eq!(list.to_bytes()?, [0, 0, 0, 0], "a property count of 0");
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a property with one value.
    ///
    /// ```
    /// use clusprop::{OwnedPropertyList, OwnedValue};
    ///
    /// let mut list = OwnedPropertyList::new();
    /// list.push("Metric", OwnedValue::dword(1000));
    /// assert_eq!(list.properties.len(), 1);
    /// assert_eq!(list.properties[0].name, "Metric");
    /// assert_eq!(list.properties[0].values[0].view().as_u32(), Some(1000));
    /// ```
    pub fn push(&mut self, name: impl Into<Name>, value: OwnedValue) {
        self.properties.push(OwnedProperty {
            name: name.into(),
            values: OwnedValues::from(value),
            raw_name: None,
        });
    }

    /// The first property whose name equals `name` as Windows compares names (ordinally,
    /// ignoring case: [`names_eq`](crate::names_eq)), as [`PropertyList::get`] does.
    ///
    /// ```
    /// use clusprop::{OwnedPropertyList, OwnedValue};
    ///
    /// let mut list = OwnedPropertyList::new();
    /// list.push("AutoMetric", OwnedValue::dword(1));
    /// assert_eq!(list.get("automETRIC").map(|p| p.name.as_str()), Some("AutoMetric"));
    /// assert!(list.get("Metric").is_none());
    /// ```
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&OwnedProperty> {
        self.properties
            .iter()
            .find(|p| crate::names_eq(p.name.as_str().encode_utf16(), name.encode_utf16()))
    }

    fn build<S: Sink>(
        &self,
        builder: &mut PropertyListBuilder<S>,
        mode: Mode,
    ) -> Result<S::Output, BuildError> {
        builder.set_mode(mode);
        builder.trailing_end_mark(self.trailing_end_mark);
        for (index, property) in self.properties.iter().enumerate() {
            if let Some(raw) = &property.raw_name {
                if let Err(e) = property.raw_name_matches(raw, index) {
                    builder.fail(e);
                }
                builder.raw_property(&raw.bytes, raw.padding.as_bytes());
            } else {
                let name = property.name.utf8_bytes();
                if name.is_ascii() {
                    builder.ascii_property(name);
                } else {
                    builder.property(property.name.as_str());
                }
            }
            for value in &property.values {
                builder.exact_value(value.syntax, &value.data, value.padding.as_bytes());
            }
        }
        builder.finish_with(&self.trailing_bytes).map_err(|e| {
            e.with_name(|index| {
                let property = self.properties.get(usize::try_from(index).ok()?)?;
                Some(property.name.as_str().to_owned())
            })
        })
    }

    encoders!(
        PropertyListBuilder,
        example [
            "use clusprop::{Mode, OwnedPropertyList, OwnedValue};",
            "",
            "let mut list = OwnedPropertyList::new();",
            "list.push(\"Role\", OwnedValue::dword(1));",
        ],
        /// Encodes into a new `Vec<u8>`, allocated once.
        ///
        /// ```
        /// use clusprop::{OwnedPropertyList, OwnedValue, PropertyList};
        ///
        /// let mut list = OwnedPropertyList::new();
        /// list.push("Role", OwnedValue::dword(1));
        /// let bytes = list.to_bytes()?;
        /// let read = PropertyList::parse(&bytes)?;
        /// assert_eq!(read.get("role").and_then(|p| p.value()?.as_u32()), Some(1));
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        |self| PropertyListBuilder::with_capacity(self.capacity_hint())
    );

    /// An upper bound of the encoded length, without encoding (a name takes at most two bytes
    /// of UTF-16 per byte of UTF-8).
    fn capacity_hint(&self) -> usize {
        let entry = |len: usize| len.saturating_add(11);
        self.properties.iter().fold(8usize, |total, p| {
            let values = p
                .values
                .iter()
                .fold(4usize, |sum, v| sum.saturating_add(entry(v.data.len())));
            total
                .saturating_add(entry(
                    p.name
                        .utf8_bytes()
                        .len()
                        .saturating_mul(2)
                        .saturating_add(2),
                ))
                .saturating_add(values)
        })
    }
}

impl OwnedProperty {
    /// Whether `raw` (this property's raw name, the property at `index`) reads as its `name`.
    fn raw_name_matches(&self, raw: &RawName, index: usize) -> Result<(), BuildError> {
        let read = Name::from_utf16_lossy(before_nul(&raw.bytes));
        if read == self.name {
            return Ok(());
        }
        Err(BuildError::RawNameMismatch {
            property: u32::try_from(index).unwrap_or(u32::MAX),
            name: self.name.as_str().to_owned(),
            read: read.as_str().to_owned(),
        })
    }
}

impl OwnedValueList {
    /// An empty list.
    ///
    /// ```
    /// use clusprop::OwnedValueList;
    ///
    /// let list = OwnedValueList::new();
    /// assert!(list.values.is_empty());
    /// assert_eq!(list.to_bytes()?, [0, 0, 0, 0], "just the end mark");
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    fn build<S: Sink>(
        &self,
        builder: &mut ValueListBuilder<S>,
        mode: Mode,
    ) -> Result<S::Output, BuildError> {
        builder.set_mode(mode);
        for value in &self.values {
            builder.exact_value(value.syntax, &value.data, value.padding.as_bytes());
        }
        builder.finish_with(&self.trailing_bytes)
    }

    encoders!(
        ValueListBuilder,
        example [
            "use clusprop::{Mode, OwnedValue, OwnedValueList};",
            "",
            "let mut list = OwnedValueList::new();",
            "list.values.push(OwnedValue::dword(1));",
        ],
        /// Encodes into a new `Vec<u8>`.
        ///
        /// ```
        /// use clusprop::{OwnedValue, OwnedValueList, ValueList};
        ///
        /// let mut list = OwnedValueList::new();
        /// list.values.push(OwnedValue::dword(7));
        /// let bytes = list.to_bytes()?;
        /// let read = ValueList::parse(&bytes)?;
        /// assert_eq!(read.values().next().and_then(|v| v.as_u32()), Some(7));
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        |self| ValueListBuilder::new()
    );
}

impl OwnedValue {
    /// A value with any syntax and exact data bytes (anything that converts into [`Data`]: a
    /// `Vec<u8>`, a `&[u8]`, a `[u8; N]`…). Nothing is checked here; encoding a list checks
    /// the value by the strict parser's rules ([`BuildError::InvalidValue`]).
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::new(Syntax::LIST_VALUE_BINARY, [0xAB, 0xCD]);
    /// assert_eq!(value.data, [0xAB, 0xCD]);
    /// assert_eq!(value, OwnedValue::binary(vec![0xAB, 0xCD]));
    /// ```
    #[must_use]
    pub fn new(syntax: Syntax, data: impl Into<Data>) -> Self {
        OwnedValue {
            syntax,
            data: data.into(),
            padding: Padding::ZERO,
        }
    }

    /// A view of this value, for its decoded form and typed getters.
    ///
    /// ```
    /// use clusprop::{Format, OwnedValue};
    ///
    /// let value = OwnedValue::ularge_integer(1 << 40);
    /// let view = value.view();
    /// assert_eq!(view.format(), Format::ULARGE_INTEGER);
    /// assert_eq!(view.as_u64(), Some(1 << 40));
    /// assert_eq!(view.bytes(), &value.data[..]);
    /// ```
    #[must_use]
    pub fn view(&self) -> Value<'_> {
        Value::new(self.syntax, &self.data).with_padding(self.padding.as_bytes())
    }

    integers! {
        /// A DWORD.
        ///
        /// ```
        /// use clusprop::{OwnedValue, Syntax};
        ///
        /// let value = OwnedValue::dword(0x0102_0304);
        /// assert_eq!(value.syntax, Syntax::LIST_VALUE_DWORD);
        /// assert_eq!(value.data, [4, 3, 2, 1]);
        /// ```
        dword(value: u32) LIST_VALUE_DWORD;
        /// A LONG.
        ///
        /// ```
        /// use clusprop::{OwnedValue, Syntax};
        ///
        /// let value = OwnedValue::long(-1);
        /// assert_eq!(value.syntax, Syntax::LIST_VALUE_LONG);
        /// assert_eq!(value.view().as_i32(), Some(-1));
        /// ```
        long(value: i32) LIST_VALUE_LONG;
        /// A WORD.
        ///
        /// ```
        /// use clusprop::{OwnedValue, Syntax};
        ///
        /// let value = OwnedValue::word(7);
        /// assert_eq!(value.syntax, Syntax::LIST_VALUE_WORD);
        /// assert_eq!(value.data, [7, 0]);
        /// ```
        word(value: u16) LIST_VALUE_WORD;
        /// A ULARGE_INTEGER.
        ///
        /// ```
        /// use clusprop::{OwnedValue, Syntax};
        ///
        /// let value = OwnedValue::ularge_integer(u64::MAX);
        /// assert_eq!(value.syntax, Syntax::LIST_VALUE_ULARGE_INTEGER);
        /// assert_eq!(value.view().as_u64(), Some(u64::MAX));
        /// ```
        ularge_integer(value: u64) LIST_VALUE_ULARGE_INTEGER;
        /// A LARGE_INTEGER.
        ///
        /// ```
        /// use clusprop::{OwnedValue, Syntax};
        ///
        /// let value = OwnedValue::large_integer(-2);
        /// assert_eq!(value.syntax, Syntax::LIST_VALUE_LARGE_INTEGER);
        /// assert_eq!(value.view().as_i64(), Some(-2));
        /// ```
        large_integer(value: i64) LIST_VALUE_LARGE_INTEGER;
    }

    /// A FILETIME.
    ///
    /// ```
    /// use clusprop::{FileTime, OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::filetime(FileTime(133_000_000_000_000_000));
    /// assert_eq!(value.syntax, Syntax::LIST_VALUE_FILETIME);
    /// assert_eq!(value.view().as_filetime(), Some(FileTime(133_000_000_000_000_000)));
    /// ```
    #[must_use]
    pub fn filetime(value: FileTime) -> Self {
        Self::new(Syntax::LIST_VALUE_FILETIME, value.0.to_le_bytes())
    }

    /// A BINARY value.
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::binary(vec![0xDE, 0xAD]);
    /// assert_eq!(value.syntax, Syntax::LIST_VALUE_BINARY);
    /// assert_eq!(value.view().bytes(), [0xDE, 0xAD]);
    /// ```
    #[must_use]
    pub fn binary(data: impl Into<Data>) -> Self {
        Self::new(Syntax::LIST_VALUE_BINARY, data.into())
    }

    /// A SECURITY_DESCRIPTOR value.
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::security_descriptor([1, 0, 4, 0x80]);
    /// assert_eq!(value.syntax, Syntax::LIST_VALUE_SECURITY_DESCRIPTOR);
    /// assert_eq!(value.data, [1, 0, 4, 0x80]);
    /// ```
    #[must_use]
    pub fn security_descriptor(data: impl Into<Data>) -> Self {
        Self::new(Syntax::LIST_VALUE_SECURITY_DESCRIPTOR, data.into())
    }

    /// A string value with the given syntax, canonically encoded (one NUL).
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::string(Syntax::DISK_GUID, "ab")?;
    /// assert_eq!(value.syntax, Syntax::DISK_GUID);
    /// assert_eq!(value.data, [b'a', 0, b'b', 0, 0, 0], "UTF-16LE and one NUL");
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn string(syntax: Syntax, value: &str) -> Result<Self, BuildError> {
        let len = usize::try_from(sz_len("string value", value)?).unwrap_or(usize::MAX);
        if len <= INLINE_CAPACITY {
            let mut buf = [0; INLINE_CAPACITY];
            put_sz(&mut SliceSink::new(&mut buf), value);
            return Ok(Self::new(syntax, buf.get(..len).unwrap_or_default()));
        }
        let mut data = Vec::with_capacity(len);
        put_sz(&mut data, value);
        Ok(Self::new(syntax, data))
    }

    /// An SZ value; a string containing NUL is an error.
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::sz("Heartbeat")?;
    /// assert_eq!(value.syntax, Syntax::LIST_VALUE_SZ);
    /// assert_eq!(value.view().to_string_lossy().as_deref(), Some("Heartbeat"));
    /// assert!(OwnedValue::sz("a\0b").is_err());
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn sz(value: &str) -> Result<Self, BuildError> {
        Self::string(Syntax::LIST_VALUE_SZ, value)
    }

    /// An EXPAND_SZ value.
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::expand_sz("%SystemRoot%")?;
    /// assert_eq!(value.syntax, Syntax::LIST_VALUE_EXPAND_SZ);
    /// assert_eq!(value.view().to_string_lossy().as_deref(), Some("%SystemRoot%"));
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn expand_sz(value: &str) -> Result<Self, BuildError> {
        Self::string(Syntax::LIST_VALUE_EXPAND_SZ, value)
    }

    /// An EXPANDED_SZ value.
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::expanded_sz("C:\\Windows")?;
    /// assert_eq!(value.syntax, Syntax::LIST_VALUE_EXPANDED_SZ);
    /// assert_eq!(value.view().to_string_lossy().as_deref(), Some("C:\\Windows"));
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn expanded_sz(value: &str) -> Result<Self, BuildError> {
        Self::string(Syntax::LIST_VALUE_EXPANDED_SZ, value)
    }

    /// A MULTI_SZ value, canonically encoded. A string containing NUL is an error
    /// ([`BuildError::Nul`]), and so is an empty string anywhere in the list
    /// ([`BuildError::EmptyString`]): Windows reads a MULTI_SZ up to its first empty string.
    ///
    /// ```
    /// use clusprop::{BuildError, OwnedValue};
    ///
    /// let value = OwnedValue::multi_sz(["a", "b"])?;
    /// assert_eq!(value.data, [b'a', 0, 0, 0, b'b', 0, 0, 0, 0, 0]);
    /// let strings: Vec<String> = value.view().as_multi_sz().unwrap().iter().map(|s| s.to_string_lossy()).collect();
    /// assert_eq!(strings, ["a", "b"]);
    /// assert!(matches!(OwnedValue::multi_sz(["", "b"]), Err(BuildError::EmptyString { index: 0 })));
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn multi_sz<I>(values: I) -> Result<Self, BuildError>
    where
        I: IntoIterator,
        I::IntoIter: Clone,
        I::Item: AsRef<str>,
    {
        let values = values.into_iter();
        let len = multi_sz_len(values.clone())?;
        Ok(Self::multi_sz_of_len(values, len))
    }

    /// A MULTI_SZ value whose empty strings are written as they are (a lone NUL each): for the
    /// JSON reader, which takes such a list only as the exact bytes of a `raw` it matches.
    #[cfg(feature = "serde")]
    pub(crate) fn multi_sz_keeping_empty<I>(values: I) -> Result<Self, BuildError>
    where
        I: IntoIterator,
        I::IntoIter: Clone,
        I::Item: AsRef<str>,
    {
        let values = values.into_iter();
        let len = crate::write::multi_sz_len_keeping_empty(values.clone())?;
        Ok(Self::multi_sz_of_len(values, len))
    }

    /// A MULTI_SZ value of `values`, measured as `len` bytes.
    fn multi_sz_of_len<I>(values: I, len: u32) -> Self
    where
        I: Iterator,
        I::Item: AsRef<str>,
    {
        let len = usize::try_from(len).unwrap_or(usize::MAX);
        if len <= INLINE_CAPACITY {
            let mut buf = [0; INLINE_CAPACITY];
            put_multi_sz(&mut SliceSink::new(&mut buf), values);
            return Self::new(
                Syntax::LIST_VALUE_MULTI_SZ,
                buf.get(..len).unwrap_or_default(),
            );
        }
        let mut data = Vec::with_capacity(len);
        put_multi_sz(&mut data, values);
        Self::new(Syntax::LIST_VALUE_MULTI_SZ, data)
    }

    /// A PROPERTY_LIST value holding `list`, canonically encoded.
    ///
    /// ```
    /// use clusprop::{OwnedPropertyList, OwnedValue, Syntax};
    ///
    /// let mut inner = OwnedPropertyList::new();
    /// inner.push("Metric", OwnedValue::dword(1));
    /// let value = OwnedValue::property_list(&inner)?;
    /// assert_eq!(value.syntax, Syntax::LIST_VALUE_PROPERTY_LIST);
    /// assert_eq!(value.view().as_property_list().unwrap().into_owned(), inner);
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn property_list(list: &OwnedPropertyList) -> Result<Self, BuildError> {
        Ok(Self::new(
            Syntax::LIST_VALUE_PROPERTY_LIST,
            list.to_bytes()?,
        ))
    }

    /// A VALUE_LIST value holding `list`, canonically encoded.
    ///
    /// ```
    /// use clusprop::{OwnedValue, OwnedValueList, Syntax};
    ///
    /// let mut inner = OwnedValueList::new();
    /// inner.values.push(OwnedValue::dword(1));
    /// let value = OwnedValue::value_list(&inner)?;
    /// assert_eq!(value.syntax, Syntax::LIST_VALUE_VALUE_LIST);
    /// assert_eq!(value.data, inner.to_bytes()?);
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn value_list(list: &OwnedValueList) -> Result<Self, BuildError> {
        Ok(Self::new(Syntax::LIST_VALUE_VALUE_LIST, list.to_bytes()?))
    }

    /// A NAME entry of a value list (a resource type name).
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::name("Physical Disk")?;
    /// assert_eq!(value.syntax, Syntax::NAME);
    /// assert_eq!(value.view().to_string_lossy().as_deref(), Some("Physical Disk"));
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn name(value: &str) -> Result<Self, BuildError> {
        Self::string(Syntax::NAME, value)
    }

    /// A RESCLASS entry: a `CLUS_RESOURCE_CLASS_INFO` (8 bytes).
    ///
    /// ```
    /// use clusprop::read::{ResourceClass, ResourceClassInfo, ResourceSubclass};
    /// use clusprop::{Decoded, OwnedValue};
    ///
    /// let info = ResourceClassInfo {
    ///     class: ResourceClass::STORAGE,
    ///     subclass: ResourceSubclass::STORAGE_DISK,
    /// };
    /// let value = OwnedValue::resource_class(info);
    /// assert_eq!(value.data, [1, 0, 0, 0, 0, 0, 0, 0x40]);
    /// assert!(matches!(value.view().decoded(), Decoded::ResourceClass(i) if i == info));
    /// ```
    #[must_use]
    pub fn resource_class(info: ResourceClassInfo) -> Self {
        Self::new(Syntax::RESCLASS, info.to_bytes())
    }

    integers! {
        /// A DISK_SIGNATURE entry.
        ///
        /// ```
        /// use clusprop::{OwnedValue, Syntax};
        ///
        /// let value = OwnedValue::disk_signature(0xDEAD_BEEF);
        /// assert_eq!(value.syntax, Syntax::DISK_SIGNATURE);
        /// assert_eq!(value.view().as_u32(), Some(0xDEAD_BEEF));
        /// ```
        disk_signature(value: u32) DISK_SIGNATURE;
        /// A DISK_NUMBER entry.
        ///
        /// ```
        /// use clusprop::{OwnedValue, Syntax};
        ///
        /// let value = OwnedValue::disk_number(3);
        /// assert_eq!(value.syntax, Syntax::DISK_NUMBER);
        /// assert_eq!(value.data, [3, 0, 0, 0]);
        /// ```
        disk_number(value: u32) DISK_NUMBER;
        /// A DISK_SIZE entry (bytes).
        ///
        /// ```
        /// use clusprop::{OwnedValue, Syntax};
        ///
        /// let value = OwnedValue::disk_size(1 << 40);
        /// assert_eq!(value.syntax, Syntax::DISK_SIZE);
        /// assert_eq!(value.view().as_u64(), Some(1 << 40));
        /// ```
        disk_size(value: u64) DISK_SIZE;
    }

    /// A SCSI_ADDRESS entry.
    ///
    /// ```
    /// use clusprop::read::ScsiAddress;
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let address = ScsiAddress { port: 1, path_id: 0, target_id: 2, lun: 3 };
    /// let value = OwnedValue::scsi_address(address);
    /// assert_eq!(value.syntax, Syntax::SCSI_ADDRESS);
    /// assert_eq!(value.data, [1, 0, 2, 3]);
    /// ```
    #[must_use]
    pub fn scsi_address(address: ScsiAddress) -> Self {
        Self::new(Syntax::SCSI_ADDRESS, address.to_bytes())
    }

    /// A FTSET_INFO entry.
    ///
    /// ```
    /// use clusprop::read::FtSetInfo;
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let info = FtSetInfo { root_signature: 0x1234_5678, ft_type: 1 };
    /// let value = OwnedValue::ftset_info(info);
    /// assert_eq!(value.syntax, Syntax::FTSET_INFO);
    /// assert_eq!(FtSetInfo::from_bytes(&value.data), Some(info));
    /// ```
    #[must_use]
    pub fn ftset_info(info: FtSetInfo) -> Self {
        Self::new(Syntax::FTSET_INFO, info.to_bytes())
    }

    /// A PARTITION_INFO entry (1 120 bytes); a string with a NUL or too long for its array is
    /// an error.
    ///
    /// ```
    /// use clusprop::read::{PartitionInfo, PARTITION_INFO_LEN};
    /// use clusprop::write::PartitionInfoFields;
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let fields = PartitionInfoFields { device_name: "C:".into(), ..Default::default() };
    /// let value = OwnedValue::partition_info(&fields)?;
    /// assert_eq!(value.syntax, Syntax::PARTITION_INFO);
    /// assert_eq!(value.data.len(), PARTITION_INFO_LEN);
    /// assert_eq!(PartitionInfo::from_bytes(&value.data).unwrap().device_name(), "C:");
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn partition_info(info: &PartitionInfoFields) -> Result<Self, BuildError> {
        Ok(Self::new(Syntax::PARTITION_INFO, info.to_bytes()?))
    }

    /// A PARTITION_INFO_EX entry (1 160 bytes).
    ///
    /// ```
    /// use clusprop::read::{PartitionInfoEx, PARTITION_INFO_EX_LEN};
    /// use clusprop::write::PartitionInfoExFields;
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let fields = PartitionInfoExFields { total_size: 1 << 30, ..Default::default() };
    /// let value = OwnedValue::partition_info_ex(&fields)?;
    /// assert_eq!(value.syntax, Syntax::PARTITION_INFO_EX);
    /// assert_eq!(value.data.len(), PARTITION_INFO_EX_LEN);
    /// assert_eq!(PartitionInfoEx::from_bytes(&value.data).unwrap().total_size(), 1 << 30);
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn partition_info_ex(info: &PartitionInfoExFields) -> Result<Self, BuildError> {
        Ok(Self::new(Syntax::PARTITION_INFO_EX, info.to_bytes()?))
    }

    /// A PARTITION_INFO_EX2 entry (540 bytes).
    ///
    /// ```
    /// use clusprop::read::{PartitionInfoEx2, PARTITION_INFO_EX2_LEN};
    /// use clusprop::write::PartitionInfoEx2Fields;
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let fields = PartitionInfoEx2Fields { encryption_flags: 1, ..Default::default() };
    /// let value = OwnedValue::partition_info_ex2(&fields)?;
    /// assert_eq!(value.syntax, Syntax::PARTITION_INFO_EX2);
    /// assert_eq!(value.data.len(), PARTITION_INFO_EX2_LEN);
    /// assert_eq!(PartitionInfoEx2::from_bytes(&value.data).unwrap().encryption_flags(), 1);
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn partition_info_ex2(info: &PartitionInfoEx2Fields) -> Result<Self, BuildError> {
        Ok(Self::new(Syntax::PARTITION_INFO_EX2, info.to_bytes()?))
    }

    /// A DISK_GUID entry (a string).
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::disk_guid("{4D36E967-E325-11CE-BFC1-08002BE10318}")?;
    /// assert_eq!(value.syntax, Syntax::DISK_GUID);
    /// assert_eq!(value.view().to_string_lossy().as_deref(), Some("{4D36E967-E325-11CE-BFC1-08002BE10318}"));
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn disk_guid(value: &str) -> Result<Self, BuildError> {
        Self::string(Syntax::DISK_GUID, value)
    }

    /// A DISK_SERIALNUMBER entry (a string).
    ///
    /// ```
    /// use clusprop::{OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::disk_serial_number("S3Z9NB0K")?;
    /// assert_eq!(value.syntax, Syntax::DISK_SERIALNUMBER);
    /// assert_eq!(value.view().to_string_lossy().as_deref(), Some("S3Z9NB0K"));
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn disk_serial_number(value: &str) -> Result<Self, BuildError> {
        Self::string(Syntax::DISK_SERIALNUMBER, value)
    }

    /// A STORAGE_DEVICE_ID_DESCRIPTOR entry (the descriptor's bytes).
    ///
    /// ```
    /// use clusprop::{Decoded, OwnedValue, Syntax};
    ///
    /// let value = OwnedValue::storage_device_id_descriptor(vec![1, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0]);
    /// assert_eq!(value.syntax, Syntax::STORAGE_DEVICE_ID_DESCRIPTOR);
    /// assert!(matches!(value.view().decoded(), Decoded::StorageDeviceIdDescriptor(d) if d.version() == Some(1)));
    /// ```
    #[must_use]
    pub fn storage_device_id_descriptor(data: impl Into<Data>) -> Self {
        Self::new(Syntax::STORAGE_DEVICE_ID_DESCRIPTOR, data.into())
    }
}

impl PropertyList<'_> {
    /// Copies the list into the owned model: names as [`Name`]s (UTF-8, with U+FFFD for an
    /// unpaired surrogate, as [`Utf16Str::to_string_lossy`](crate::Utf16Str::to_string_lossy)),
    /// values' exact data bytes. Short names and data are kept inline: a typical property
    /// allocates nothing besides its place in the list's `Vec`.
    #[must_use]
    pub fn into_owned(self) -> OwnedPropertyList {
        // A loop that pushes what `Property::into_owned` builds (inlined): each property is
        // written straight into the vector. Collecting the mapped iterator built each one in a
        // temporary first, and reading back what was just written stalls the processor.
        let mut properties = Vec::with_capacity(self.len());
        for property in self.properties() {
            properties.push(property.into_owned());
        }
        OwnedPropertyList {
            properties,
            trailing_end_mark: self.has_trailing_end_mark(),
            trailing_bytes: self.trailing_bytes().to_vec(),
        }
    }
}

impl Property<'_> {
    /// Copies the property into the owned model.
    #[must_use]
    #[inline]
    pub fn into_owned(self) -> OwnedProperty {
        let mut values = self.values();
        // One value, the usual case: no iteration to find that there is no second one.
        let values = match (self.value_count(), values.next()) {
            (1, Some(value)) => OwnedValues::from(value.into_owned()),
            (_, first) => first
                .into_iter()
                .chain(values)
                .map(Value::into_owned)
                .collect(),
        };
        OwnedProperty {
            name: Name::from_utf16_lossy(self.name()),
            values,
            raw_name: if self.name_entry_is_canonical() {
                None
            } else {
                Some(self.raw_name())
            },
        }
    }

    /// The name entry's exact data and padding.
    #[cold]
    #[inline(never)]
    fn raw_name(&self) -> Box<RawName> {
        Box::new(RawName {
            bytes: Data::from(self.name_bytes()),
            padding: Padding::new(self.name_padding()).unwrap_or_default(),
        })
    }
}

impl Value<'_> {
    /// Copies the value into the owned model (syntax, exact data bytes and padding).
    #[must_use]
    #[inline(always)]
    pub fn into_owned(self) -> OwnedValue {
        OwnedValue {
            syntax: self.syntax(),
            data: Data::from(self.bytes()),
            padding: Padding::new(self.padding()).unwrap_or_default(),
        }
    }
}

impl ValueList<'_> {
    /// Copies the list into the owned model.
    #[must_use]
    pub fn into_owned(self) -> OwnedValueList {
        OwnedValueList {
            values: self.values().map(Value::into_owned).collect(),
            trailing_bytes: self.trailing_bytes().to_vec(),
        }
    }
}

impl From<PropertyList<'_>> for OwnedPropertyList {
    fn from(list: PropertyList<'_>) -> Self {
        list.into_owned()
    }
}

impl From<ValueList<'_>> for OwnedValueList {
    fn from(list: ValueList<'_>) -> Self {
        list.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use core::hash::{Hash, Hasher};
    use std::collections::hash_map::DefaultHasher;

    /// The `DefaultHasher` hash of `value`: what the tests of `Name`, `Data` and `OwnedValues`
    /// compare with the hash of their content.
    pub(super) fn hash<T: Hash + ?Sized>(value: &T) -> u64 {
        let mut h = DefaultHasher::new();
        value.hash(&mut h);
        h.finish()
    }
}
