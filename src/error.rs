//! Errors: [`ParseError`] for malformed buffers, [`BuildError`] for what cannot be encoded.
//!
//! # Offsets
//!
//! Every [`ParseError`] carries the byte offset where the rule broke, counted from the start of
//! the buffer given to `parse` (nested lists report offsets in that same outer buffer):
//!
//! * a problem with a syntax word (wrong syntax, missing end mark) points at that syntax word;
//! * a problem with a length (`cbLength` too large, odd, wrong for the format) points at the
//!   `cbLength` field, four bytes after the entry's start;
//! * a problem inside string data (no terminating NUL, an interior NUL, invalid UTF-16) points at
//!   the offending UTF-16 code unit;
//! * a truncation points where the truncated item starts, and says how many bytes it needed and
//!   how many were left;
//! * list-level problems (count, trailing bytes) point where the unexpected thing starts.

use crate::syntax::Syntax;
use alloc::string::String;
use core::fmt;

/// The item of the wire format an error is about.
///
/// ```
/// use clusprop::error::Item;
/// use clusprop::{ParseError, PropertyList};
///
/// let err = PropertyList::parse(&[1, 0]).unwrap_err();
/// assert!(matches!(err, ParseError::Truncated { item: Item::PropertyCount, .. }));
/// assert_eq!(Item::PropertyCount.to_string(), "property count");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    /// The property count that opens a property list.
    PropertyCount,
    /// The header (syntax word and `cbLength`) of a property's name entry.
    NameHeader,
    /// The data of a property's name entry.
    Name,
    /// The header (syntax word and `cbLength`) of a value entry.
    ValueHeader,
    /// The data of a value entry.
    Value,
    /// The syntax word after a name or a value: another value, or the end mark.
    ValueOrEndMark,
    /// The padding after a name or a value.
    Padding,
    /// A string or MULTI_SZ that is a control's whole output (GET_NAME, ENUM_*_PROPERTIES).
    String,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Item::PropertyCount => "property count",
            Item::NameHeader => "name entry header",
            Item::Name => "property name",
            Item::ValueHeader => "value entry header",
            Item::Value => "value data",
            Item::ValueOrEndMark => "value or end mark",
            Item::Padding => "padding",
            Item::String => "output string",
        })
    }
}

/// A malformed property list or value list: which rule broke, where, and the values involved.
///
/// Every variant has an `offset` (see the [module documentation](self) for what it points at),
/// also available through [`ParseError::offset`]. The `Display` text names the rule and contains
/// the words `at offset N`.
///
/// ```
/// use clusprop::{ParseError, PropertyList};
///
/// // A property count of 1, then nothing.
/// let err = PropertyList::parse(&[1, 0, 0, 0]).unwrap_err();
/// assert_eq!(err, ParseError::CountTooLarge { offset: 0, count: 1, max: 0, available: 0 });
/// assert_eq!(err.offset(), 0);
/// assert_eq!(
///     err.to_string(),
///     "impossible property count 1 at offset 0: the 0 bytes that follow can hold at most 0 properties"
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum ParseError {
    /// The buffer ends inside an item. An entry header cut short whose 4-byte syntax word is
    /// there is first judged by the rules on the syntax, as a whole header would be: a syntax
    /// other than NAME where a property starts is [`ExpectedName`](Self::ExpectedName), a NAME
    /// among a property's values [`MissingEndMark`](Self::MissingEndMark), a value type a strict
    /// property list refuses [`UnexpectedValueType`](Self::UnexpectedValueType).
    #[error("truncated {item} at offset {offset}: needed {needed} bytes, {available} available")]
    Truncated {
        /// What was being read.
        item: Item,
        /// Where it starts.
        offset: usize,
        /// Bytes it needs.
        needed: usize,
        /// Bytes left in the buffer.
        available: usize,
    },
    /// The property count cannot fit in the buffer, even with the smallest possible properties.
    /// Reported before anything else is read.
    #[error(
        "impossible property count {count} at offset {offset}: the {available} bytes that follow \
         can hold at most {max} properties"
    )]
    CountTooLarge {
        /// Offset of the count.
        offset: usize,
        /// The count found.
        count: u32,
        /// The most properties the rest of the buffer can hold.
        max: usize,
        /// Bytes after the count.
        available: usize,
    },
    /// An entry's `cbLength` runs past the end of the buffer.
    #[error(
        "{item} length {length} at offset {offset} runs past the end of the buffer: \
         {available} bytes available"
    )]
    LengthOutOfBounds {
        /// The name or the value.
        item: Item,
        /// Offset of the `cbLength` field.
        offset: usize,
        /// The `cbLength` found.
        length: u32,
        /// Bytes left after the header.
        available: usize,
    },
    /// A property does not start with the NAME syntax 0x00040003 (also when the buffer ends
    /// before the name entry's `cbLength`: the syntax word alone decides; an end mark with 1 to 3
    /// bytes after it, where a property belongs, is the syntax 0 here too).
    #[error("expected the NAME syntax 0x00040003 at offset {offset}, found {found}")]
    ExpectedName {
        /// Offset of the syntax word.
        offset: usize,
        /// The syntax found.
        found: Syntax,
    },
    /// A name or string value has an odd byte length: UTF-16 needs an even one.
    #[error("odd {item} length {length} at offset {offset}: UTF-16 data needs an even length")]
    OddLength {
        /// The name or the value.
        item: Item,
        /// Offset of the `cbLength` field.
        offset: usize,
        /// The `cbLength` found.
        length: u32,
    },
    /// A name or string value does not end with a NUL code unit (or has none at all: its data
    /// is empty).
    #[error("{item} not NUL-terminated at offset {offset}: {}", LastUnit(*found))]
    NotTerminated {
        /// The name or the value.
        item: Item,
        /// Offset of the last code unit (or of the empty data).
        offset: usize,
        /// The last code unit; 0 for empty data, which has none (a last code unit of 0 would be
        /// the NUL, so 0 never means a unit found).
        found: u16,
    },
    /// A name or string value has a NUL before its end.
    #[error("interior NUL in {item} at offset {offset}")]
    InteriorNul {
        /// The name or the value.
        item: Item,
        /// Offset of the first NUL code unit.
        offset: usize,
    },
    /// A property name is not valid UTF-16 (an unpaired surrogate).
    #[error("invalid UTF-16 in property name at offset {offset}: unpaired surrogate {unit:#06x}")]
    InvalidName {
        /// Offset of the unpaired surrogate.
        offset: usize,
        /// The code unit.
        unit: u16,
    },
    /// A fixed-width value (DWORD, LONG, WORD, the 8-byte formats) has the wrong `cbLength`.
    #[error(
        "wrong length for {syntax} at offset {offset}: expected {expected} bytes, found {found}"
    )]
    WrongLength {
        /// Offset of the `cbLength` field.
        offset: usize,
        /// The value's syntax.
        syntax: Syntax,
        /// The width its format requires.
        expected: u32,
        /// The `cbLength` found.
        found: u32,
    },
    /// A property's end mark follows its name directly: it has no values.
    #[error("property without values: end mark right after the name at offset {offset}")]
    NoValues {
        /// Offset of the end mark.
        offset: usize,
    },
    /// A value in a property list has a type other than LIST_VALUE or a user type.
    #[error(
        "value syntax {syntax} at offset {offset} is not allowed in a property list: its type \
         must be LIST_VALUE (0x0001) or a user type (0x8000 to 0xFFFE)"
    )]
    UnexpectedValueType {
        /// Offset of the syntax word.
        offset: usize,
        /// The syntax found.
        syntax: Syntax,
    },
    /// A NAME syntax where a value or an end mark belongs: the end mark is missing.
    #[error(
        "missing end mark at offset {offset}: found {found} where a value or the end mark belongs"
    )]
    MissingEndMark {
        /// Offset of the syntax word.
        offset: usize,
        /// The syntax found.
        found: Syntax,
    },
    /// The buffer ends (or only the list-level end mark is left) before `count` properties.
    #[error(
        "missing property at offset {offset}: the list declares {declared} properties but only \
         {found} are present"
    )]
    MissingProperties {
        /// Where the next property should start.
        offset: usize,
        /// The declared count.
        declared: u32,
        /// Properties present.
        found: u32,
    },
    /// Another property follows the `count` declared ones.
    #[error(
        "extra property at offset {offset}: the list declares {declared} properties but another \
         one follows"
    )]
    ExtraProperty {
        /// Offset of the extra property's name entry.
        offset: usize,
        /// The declared count.
        declared: u32,
    },
    /// Bytes follow the end of the list (after the trailing end mark, if any).
    #[error("{length} unexpected bytes at offset {offset} after the end of the list")]
    TrailingBytes {
        /// Offset of the first unexpected byte.
        offset: usize,
        /// How many bytes follow.
        length: usize,
    },
    /// A nested list value is nested deeper than [`MAX_NESTING_DEPTH`](crate::read::MAX_NESTING_DEPTH).
    #[error("nested list at offset {offset} is nested deeper than the limit of {limit}")]
    NestingTooDeep {
        /// Offset of the nested value's data.
        offset: usize,
        /// The limit.
        limit: usize,
    },
}

impl ParseError {
    /// The byte offset where the rule broke, counted from the start of the parsed buffer.
    ///
    /// ```
    /// use clusprop::PropertyList;
    ///
    /// let bytes = [0u8, 0, 0, 0, 0xAA];
    /// assert_eq!(PropertyList::parse(&bytes).unwrap_err().offset(), 4, "the byte after the list");
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        match *self {
            ParseError::Truncated { offset, .. }
            | ParseError::CountTooLarge { offset, .. }
            | ParseError::LengthOutOfBounds { offset, .. }
            | ParseError::ExpectedName { offset, .. }
            | ParseError::OddLength { offset, .. }
            | ParseError::NotTerminated { offset, .. }
            | ParseError::InteriorNul { offset, .. }
            | ParseError::InvalidName { offset, .. }
            | ParseError::WrongLength { offset, .. }
            | ParseError::NoValues { offset }
            | ParseError::UnexpectedValueType { offset, .. }
            | ParseError::MissingEndMark { offset, .. }
            | ParseError::MissingProperties { offset, .. }
            | ParseError::ExtraProperty { offset, .. }
            | ParseError::TrailingBytes { offset, .. }
            | ParseError::NestingTooDeep { offset, .. } => offset,
        }
    }
}

impl ParseError {
    /// The rule that broke, as a stable `snake_case` name: the variant's name (`"truncated"`,
    /// `"count_too_large"`, `"length_out_of_bounds"`, `"expected_name"`, `"odd_length"`,
    /// `"not_terminated"`, `"interior_nul"`, `"invalid_name"`, `"wrong_length"`, `"no_values"`,
    /// `"unexpected_value_type"`, `"missing_end_mark"`, `"missing_properties"`,
    /// `"extra_property"`, `"trailing_bytes"`, `"nesting_too_deep"`). Tools match on it rather
    /// than on the message, which may be reworded; `clusprop decode --lines` and
    /// `--error-format json` print it as `"rule"`.
    ///
    /// ```
    /// use clusprop::PropertyList;
    ///
    /// let err = PropertyList::parse(&[0u8, 0, 0, 0, 0xAA]).unwrap_err();
    /// assert_eq!((err.rule(), err.offset()), ("trailing_bytes", 4));
    /// ```
    #[must_use]
    pub fn rule(&self) -> &'static str {
        match self {
            ParseError::Truncated { .. } => "truncated",
            ParseError::CountTooLarge { .. } => "count_too_large",
            ParseError::LengthOutOfBounds { .. } => "length_out_of_bounds",
            ParseError::ExpectedName { .. } => "expected_name",
            ParseError::OddLength { .. } => "odd_length",
            ParseError::NotTerminated { .. } => "not_terminated",
            ParseError::InteriorNul { .. } => "interior_nul",
            ParseError::InvalidName { .. } => "invalid_name",
            ParseError::WrongLength { .. } => "wrong_length",
            ParseError::NoValues { .. } => "no_values",
            ParseError::UnexpectedValueType { .. } => "unexpected_value_type",
            ParseError::MissingEndMark { .. } => "missing_end_mark",
            ParseError::MissingProperties { .. } => "missing_properties",
            ParseError::ExtraProperty { .. } => "extra_property",
            ParseError::TrailingBytes { .. } => "trailing_bytes",
            ParseError::NestingTooDeep { .. } => "nesting_too_deep",
        }
    }
}

/// What [`ParseError::NotTerminated`] found where the NUL belongs: the last code unit, or nothing
/// (`0`: empty data).
struct LastUnit(u16);

impl fmt::Display for LastUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            0 => f.write_str("the data is empty, without even the NUL"),
            unit => write!(f, "found {unit:#06x} where the NUL belongs"),
        }
    }
}

/// Something the builder cannot encode. Encoding never truncates or alters a value silently.
///
/// ```
/// use clusprop::{BuildError, OwnedValue};
///
/// let err = OwnedValue::sz("a\0b").unwrap_err();
/// assert!(matches!(err, BuildError::Nul { index: 1, .. }));
/// assert!(err.to_string().contains("contains a NUL character at UTF-16 index 1"), "{err}");
/// assert!(matches!(OwnedValue::multi_sz(["a", ""]), Err(BuildError::EmptyString { index: 1 })));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum BuildError {
    /// A name or string contains a NUL character, which would end it early on the wire.
    #[error("{what} contains a NUL character at UTF-16 index {index}")]
    Nul {
        /// What was being encoded.
        what: &'static str,
        /// Index of the NUL, in UTF-16 code units.
        index: usize,
    },
    /// A string of a MULTI_SZ is empty. On the wire an empty string is a lone NUL, which reads as
    /// the list's terminator: Windows would stop reading the list there (an empty last string
    /// would merge with the terminator, an empty first or middle one would hide the strings
    /// after it). The first empty string is reported.
    #[error(
        "MULTI_SZ string {index} is empty: Windows would stop reading the list there (an empty \
         string reads as the terminator)"
    )]
    EmptyString {
        /// Index of the empty string.
        index: usize,
    },
    /// Data longer than `cbLength` (a `u32`) can describe.
    #[error("{what} is {length} bytes long, more than the {max} a cbLength can describe")]
    TooLong {
        /// What was being encoded.
        what: &'static str,
        /// Its length in bytes.
        length: usize,
        /// The largest length allowed.
        max: u32,
    },
    /// More properties than the `u32` count can describe.
    #[error("more than {max} properties")]
    TooManyProperties {
        /// The largest count.
        max: u32,
    },
    /// A value was added before any property was started.
    #[error("value added before any property: call `property` first")]
    ValueWithoutProperty,
    /// A property was closed without any value.
    #[error("property {index} has no values")]
    PropertyWithoutValues {
        /// Index of the property.
        index: u32,
    },
    /// The end mark or NAME syntax was used for a value: the result could not be parsed back.
    #[error("syntax {syntax} cannot be used for a value")]
    ReservedSyntax {
        /// The syntax.
        syntax: Syntax,
    },
    /// A value the strict parser would refuse: `rule` is the [`ParseError`] that parsing the
    /// written entry would give, its offsets counted from the start of the entry (the syntax
    /// word at 0, the `cbLength` at 4, the data at 8). Every encoder checks each value it writes
    /// by the parser's own rules (`read::rules`): the fixed widths, the string and MULTI_SZ
    /// rules, the value types a property list allows, the typed sizes of a value list, the
    /// nesting limit of a nested list.
    #[error(
        "{} value {value} ({syntax}) would not parse back: {rule} (offsets counted from the \
         entry's start)",
        Where(*property, name.as_deref())
    )]
    InvalidValue {
        /// In a property list, the index of the property; `None` in a value list.
        property: Option<u32>,
        /// The property's name, when the encoder knows it (the owned model and the serde bridge
        /// do; a builder reports the index only).
        name: Option<String>,
        /// The index of the value: among its property's values, or in the value list.
        value: u32,
        /// The value's syntax.
        syntax: Syntax,
        /// The rule broken, as the strict parser reports it.
        rule: ParseError,
    },
    /// A property name the strict parser would refuse (an unpaired surrogate): `rule` is the
    /// [`ParseError`] parsing it would give, its offset counted from the start of the name entry
    /// (the name's first code unit at 8).
    #[error(
        "property {property} has a name that would not parse back: {rule} (offsets counted from \
         the entry's start)"
    )]
    InvalidName {
        /// The index of the property.
        property: u32,
        /// The rule broken, as the strict parser reports it.
        rule: ParseError,
    },
    /// Non-zero padding ([`Padding`](crate::owned::Padding)) of another length than the entry's
    /// data calls for (0 to 3 bytes, to the next multiple of 4): it would shift every entry after
    /// it.
    #[error(
        "{} {found} bytes of padding given, the data's length calls for {expected}",
        PaddingOf(*property, *value)
    )]
    PaddingLength {
        /// In a property list, the index of the property; `None` in a value list.
        property: Option<u32>,
        /// The index of the value; `None` for the property's name entry.
        value: Option<u32>,
        /// The length the data calls for.
        expected: usize,
        /// The length given.
        found: usize,
    },
    /// A property's [`RawName`](crate::owned::RawName) bytes do not read as its `name` (the
    /// property was renamed, say): writing them would write another name.
    #[error("property {property}: its raw name bytes read as {read:?}, not as its name {name:?}")]
    RawNameMismatch {
        /// The index of the property.
        property: u32,
        /// The property's name.
        name: String,
        /// What the raw name bytes read as (the text before their first NUL).
        read: String,
    },
    /// Bytes to write after a list that the parser would not read back as such.
    #[error("{length} bytes after the list cannot be written: {reason}")]
    TrailingBytes {
        /// How many.
        length: usize,
        /// Why not.
        reason: &'static str,
    },
    /// The caller's buffer is too small; `needed` is the exact length of the whole encoding.
    #[error("buffer too small: needed {needed} bytes, {available} available")]
    BufferTooSmall {
        /// The exact encoded length.
        needed: usize,
        /// The buffer's length.
        available: usize,
    },
}

/// Where an invalid value sits, for [`BuildError::InvalidValue`]'s message: `property 2
/// ("Name")`, `property 2`, or `value list`.
struct Where<'a>(Option<u32>, Option<&'a str>);

impl fmt::Display for Where<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Where(Some(index), Some(name)) => write!(f, "property {index} ({name:?}):"),
            Where(Some(index), None) => write!(f, "property {index}:"),
            Where(None, _) => f.write_str("value list:"),
        }
    }
}

/// Where a padding sits, for [`BuildError::PaddingLength`]'s message.
struct PaddingOf(Option<u32>, Option<u32>);

impl fmt::Display for PaddingOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PaddingOf(Some(property), Some(value)) => {
                write!(f, "property {property}, value {value}:")
            }
            PaddingOf(Some(property), None) => write!(f, "property {property}, name:"),
            PaddingOf(None, Some(value)) => write!(f, "value list, value {value}:"),
            PaddingOf(None, None) => f.write_str("value list:"),
        }
    }
}

impl BuildError {
    /// The error with the property's name filled in (for an encoder that knows the names of the
    /// properties it gave the builder).
    pub(crate) fn with_name(mut self, name_of: impl FnOnce(u32) -> Option<String>) -> Self {
        if let BuildError::InvalidValue {
            property: Some(index),
            name,
            ..
        } = &mut self
        {
            if name.is_none() {
                *name = name_of(*index);
            }
        }
        self
    }
}
