//! Malformed buffers on demand: a valid list broken in one precise, named way, with the error
//! the parser gives for it, predicted.
//!
//! Fuzzing a consumer of property lists (a cluster service, a resource DLL, another decoder)
//! needs buffers that are valid, almost valid, or broken in one known way. This module takes a
//! valid list and one of its entries (the *target*), and breaks that entry (or the list around
//! it) as a [`Class`] says. The result, [`Malformed`], has the bytes and their labels: the exact
//! [`ParseError`] strict parsing gives (variant, offset and every field) and what lenient parsing
//! gives (`None` where lenient mode accepts the bytes).
//!
//! **The labels are predicted, not measured.** They are computed from the list's structure (the
//! entries' offsets and lengths) and the rules of the format in the order the parser reports
//! them (documented on [`Mode`] and [`ParseError`]); the parser is never run on the malformed
//! bytes here. The crate's tests run it on every class, every target and every test buffer and
//! compare, so a label cannot drift from the parser unnoticed, and the parser's own error tests
//! take their cases from this module.
//!
//! ```
//! use clusprop::malform::{self, Class};
//! use clusprop::error::Item;
//! use clusprop::{ParseError, PropertyList, PropertyListBuilder};
//!
//! let bytes = PropertyListBuilder::new().property("Role").dword(3).finish()?;
//! let list = PropertyList::parse(&bytes)?;
//!
//! // The entries a class applies to: count 0, name 1, value 2, end mark 3.
//! let targets: Vec<usize> = malform::property_list_targets(&list, Class::FixedLengthShort).collect();
//! assert_eq!(targets, [2]);
//!
//! let broken = malform::malform_property_list(&list, Class::FixedLengthShort, 2)?;
//! assert_eq!(broken.target.offset, 24);
//! let expected = ParseError::WrongLength {
//!     offset: 28,
//!     syntax: clusprop::Syntax::LIST_VALUE_DWORD,
//!     expected: 4,
//!     found: 3,
//! };
//! assert_eq!(broken.strict, Some(expected.clone()));
//! assert_eq!(broken.lenient, Some(expected.clone()), "lenient mode checks widths too");
//! assert_eq!(PropertyList::parse(&broken.bytes).err(), broken.strict);
//!
//! // A lenient-only case: strict parsing refuses it, lenient parsing reads it.
//! let nul = malform::malform_property_list(&list, Class::NameNotTerminated, 1)?;
//! assert_eq!(
//!     nul.strict,
//!     Some(ParseError::NotTerminated { item: Item::Name, offset: 20, found: 0x41 })
//! );
//! assert_eq!(nul.lenient, None);
//! assert!(PropertyList::parse_lenient(&nul.bytes).is_ok());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! An [`OwnedPropertyList`](crate::OwnedPropertyList) or
//! [`OwnedValueList`](crate::OwnedValueList) is malformed through its bytes: parse
//! `owned.to_bytes()?` and pass the view. The functions taking bytes ([`malform`](fn@malform),
//! [`targets`], [`choose`]) take a [`ListKind`] instead of a view.
//!
//! # Targets
//!
//! A list's entries at depth 0, in buffer order, are numbered from 0 as
//! [`dissect`] lists them: a property list's count, then per property its name,
//! its values and its end mark, then the list-level end mark if there is one; a value list's
//! values, then its end mark. Entries of nested lists are not targets (their values are).
//! [`targets`] lists the entries a class applies to; any other entry is
//! [`NotApplicable`].
//!
//! # Classes
//!
//! `C` is the declared count, `e` the target's offset (its syntax word), `L` its `cbLength`,
//! `d = e + 8` where its data starts, `p` its padding, `N` the new buffer's length. "Lenient"
//! says what lenient mode gives: the same error, another one, or nothing (lenient-only cases).
//!
//! | class | applies to | what is done | strict error | lenient |
//! |---|---|---|---|---|
//! | `truncated_count` | a property list's count | cut to 2 bytes | `Truncated { PropertyCount, 0, 4, 2 }` | same |
//! | `truncated_name_header` | a name | cut 6 bytes into it | `Truncated { NameHeader, e, 8, 6 }` | same |
//! | `truncated_name_data` | a name | cut inside its data | `LengthOutOfBounds { Name, e + 4, L, L / 2 }` | same |
//! | `truncated_name_padding` | a name with padding | cut one byte short of its end | `Truncated { Padding, d + L, p, p - 1 }` | same |
//! | `truncated_value_header` | a value | cut 6 bytes into it | `Truncated { ValueHeader, e, 8, 6 }` | same |
//! | `truncated_value_data` | a value with data | cut inside its data | `LengthOutOfBounds { Value, e + 4, L, L / 2 }` | same |
//! | `truncated_value_padding` | a value with padding | cut one byte short of its end | `Truncated { Padding, d + L, p, p - 1 }` | same |
//! | `truncated_end_mark` | an end mark | cut 2 bytes into it | `Truncated { ValueOrEndMark, e, 4, 2 }`; the list-level end mark: `TrailingBytes { e, 2 }` | same; the list-level end mark: accepted |
//! | `count_too_high` | a property list's count | count + 1 | `MissingProperties` where the next property belongs | same |
//! | `count_too_low` | a property list's count (C ≥ 1) | count − 1 | `ExtraProperty` at the last property | accepted |
//! | `count_impossible` | a property list's count | count 0xFFFFFFFF | `CountTooLarge` | same |
//! | `name_length_past_end` | a name | `cbLength` one past the buffer | `LengthOutOfBounds { Name, e + 4, .. }` | same |
//! | `value_length_past_end` | a value | `cbLength` one past the buffer | `LengthOutOfBounds { Value, e + 4, .. }` | same |
//! | `fixed_length_short` | a fixed-width value (DWORD, LONG, WORD, the 8-byte formats; in a value list RESCLASS, FTSET_INFO, PARTITION_INFO, _EX, _EX2) | `cbLength` − 1 | `WrongLength { e + 4, .. }` | same |
//! | `fixed_length_long` | the same | `cbLength` + 4 | `WrongLength { e + 4, .. }` | same |
//! | `string_length_short` | a string value (SZ, EXPAND_SZ, EXPANDED_SZ) with `L` a multiple of 4 | `cbLength` − 2: the NUL falls out | `NotTerminated { Value, d + L - 4, last unit }` | accepted |
//! | `string_not_terminated` | a string value | last unit `A` | `NotTerminated { Value, d + L - 2, 0x41 }` | accepted |
//! | `string_interior_nul` | a string value of one character or more | first unit NUL | `InteriorNul { Value, d }` | accepted |
//! | `string_odd_length` | a string or MULTI_SZ value | `cbLength` − 1 | `OddLength { Value, e + 4, L - 1 }` | accepted |
//! | `multi_sz_not_terminated` | a MULTI_SZ value | last unit `A` | `NotTerminated { Value, d + L - 2, 0x41 }` | accepted |
//! | `name_syntax_wrong` | a name | syntax LIST_VALUE_SZ | `ExpectedName { e, LIST_VALUE_SZ }` | same |
//! | `name_odd_length` | a name | `cbLength` − 1 | `OddLength { Name, e + 4, L - 1 }` | accepted |
//! | `name_not_terminated` | a name | last unit `A` | `NotTerminated { Name, d + L - 2, 0x41 }` | accepted |
//! | `name_interior_nul` | a name of one character or more | first unit NUL | `InteriorNul { Name, d }` | accepted |
//! | `name_invalid_utf16` | a name of one character or more | first unit 0xDC00 (unpaired) | `InvalidName { d, 0xDC00 }` | accepted |
//! | `no_values` | a name | its property's values removed | `NoValues` at its end mark | accepted |
//! | `end_mark_missing` | an end mark followed by a name or by nothing | removed | `MissingEndMark { e, NAME }`, or `Truncated { ValueOrEndMark, e, 4, 0 }` | same |
//! | `end_mark_nonzero` | an end mark of a property list | syntax RESCLASS (0x00020002) | `UnexpectedValueType { e, RESCLASS }`; the list-level end mark: `TrailingBytes { e, 4 }` | read as a RESCLASS value: `Truncated`, `LengthOutOfBounds` or `WrongLength` (computed); the list-level end mark: accepted |
//! | `unexpected_value_type` | a value of a property list | type RESCLASS (0x0002), format kept | `UnexpectedValueType { e, .. }` | accepted |
//! | `name_among_values` | a value of a property list | syntax NAME | `MissingEndMark { e, NAME }` | same |
//! | `trailing_end_mark_doubled` | the last entry | one end mark too many after the list | `TrailingBytes { .., 4 }` | accepted |
//! | `trailing_garbage` | the last entry | 5 bytes 0xEE after the list | `TrailingBytes { .., 5 }` | accepted |
//! | `extra_property` | a name | a copy of its property after the last one | `ExtraProperty` | accepted |
//! | `nesting_too_deep` | a value or an end mark (not the list-level one) | a VALUE_LIST value nesting 17 lists inserted before it | `NestingTooDeep { e + 136, 16 }` | same |
//! | `name_padding_nonzero` | a name with padding | padding bytes 0xAA | accepted (padding MUST be ignored) | accepted |
//! | `value_padding_nonzero` | a value with padding | padding bytes 0xAA | accepted (padding MUST be ignored) | accepted |
//!
//! A property list's count is checked before anything else: where a change leaves the buffer too
//! short for the declared count (a cut, removed values), the label is the
//! [`CountTooLarge`](ParseError::CountTooLarge) (or, under 4 bytes, the truncated count) that
//! strict and lenient parsing then report, whatever the class.

use crate::dissect::{self, EntryKind};
use crate::error::{Item, ParseError};
use crate::read::rules::MAX_NESTING_DEPTH;
use crate::read::typed::{typed_len, typed_len_ok};
use crate::read::wire::{COUNT_LEN, HEADER_LEN, MIN_PROPERTY_LEN, SYNTAX_LEN};
use crate::read::{Mode, PropertyList, ValueList};
use crate::syntax::{Format, Syntax, Type};
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

/// Which kind of list a buffer is.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// A property list (a count, then properties).
    PropertyList,
    /// A standalone value list (values, then an end mark).
    ValueList,
}

macro_rules! classes {
    ($( $variant:ident = $name:literal, $desc:literal; )*) => {
        /// A way to break a valid list: see the [module documentation](self) for the table of
        /// classes, what each does and the errors that result.
        ///
        /// ```
        /// use clusprop::malform::Class;
        ///
        /// assert_eq!(Class::NameInvalidUtf16.name(), "name_invalid_utf16");
        /// assert_eq!("name_invalid_utf16".parse::<Class>(), Ok(Class::NameInvalidUtf16));
        /// assert!(Class::ALL.len() >= 20);
        /// ```
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Class {
            $( #[doc = $desc] $variant, )*
        }

        impl Class {
            /// Every class, in the order of the module documentation's table.
            pub const ALL: &'static [Class] = &[$(Class::$variant),*];

            /// Its stable `snake_case` name (the CLI's `--class`, the manifests' `class`).
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Class::$variant => $name,)*
                }
            }

            /// What it does and the error that results, in one line (its documentation).
            #[must_use]
            pub const fn description(self) -> &'static str {
                match self {
                    $(Class::$variant => $desc,)*
                }
            }
        }
    };
}

classes! {
    TruncatedCount = "truncated_count",
        "The buffer cut to 2 bytes: the count is truncated (`Truncated`, `PropertyCount`).";
    TruncatedNameHeader = "truncated_name_header",
        "Cut 6 bytes into a name entry: its header is truncated (`Truncated`, `NameHeader`).";
    TruncatedNameData = "truncated_name_data",
        "Cut inside a name's data: its `cbLength` runs past the end (`LengthOutOfBounds`).";
    TruncatedNamePadding = "truncated_name_padding",
        "Cut inside a name's padding (`Truncated`, `Padding`).";
    TruncatedValueHeader = "truncated_value_header",
        "Cut 6 bytes into a value entry (`Truncated`, `ValueHeader`).";
    TruncatedValueData = "truncated_value_data",
        "Cut inside a value's data: its `cbLength` runs past the end (`LengthOutOfBounds`).";
    TruncatedValuePadding = "truncated_value_padding",
        "Cut inside a value's padding (`Truncated`, `Padding`).";
    TruncatedEndMark = "truncated_end_mark",
        "Cut 2 bytes into an end mark (`Truncated`, `ValueOrEndMark`; the list-level end mark: `TrailingBytes`, lenient-only).";
    CountTooHigh = "count_too_high",
        "The count one higher than the properties present (`MissingProperties`).";
    CountTooLow = "count_too_low",
        "The count one lower than the properties present (`ExtraProperty`; lenient-only).";
    CountImpossible = "count_impossible",
        "The count 0xFFFFFFFF, which no buffer can hold (`CountTooLarge`).";
    NameLengthPastEnd = "name_length_past_end",
        "A name's `cbLength` one byte past the end of the buffer (`LengthOutOfBounds`).";
    ValueLengthPastEnd = "value_length_past_end",
        "A value's `cbLength` one byte past the end of the buffer (`LengthOutOfBounds`).";
    FixedLengthShort = "fixed_length_short",
        "A fixed-width value's `cbLength` one byte short (`WrongLength`).";
    FixedLengthLong = "fixed_length_long",
        "A fixed-width value's `cbLength` 4 bytes too long (`WrongLength`).";
    StringLengthShort = "string_length_short",
        "A string value's `cbLength` 2 bytes short, leaving its NUL out (`NotTerminated`; lenient-only).";
    StringNotTerminated = "string_not_terminated",
        "A string value's NUL replaced by `A` (`NotTerminated`; lenient-only).";
    StringInteriorNul = "string_interior_nul",
        "A string value's first code unit made NUL (`InteriorNul`; lenient-only).";
    StringOddLength = "string_odd_length",
        "A string or MULTI_SZ value's `cbLength` made odd (`OddLength`; lenient-only).";
    MultiSzNotTerminated = "multi_sz_not_terminated",
        "A MULTI_SZ value's final NUL replaced by `A` (`NotTerminated`; lenient-only).";
    NameSyntaxWrong = "name_syntax_wrong",
        "A name entry's syntax made LIST_VALUE_SZ (`ExpectedName`).";
    NameOddLength = "name_odd_length",
        "A name's `cbLength` made odd (`OddLength`; lenient-only).";
    NameNotTerminated = "name_not_terminated",
        "A name's NUL replaced by `A` (`NotTerminated`; lenient-only).";
    NameInteriorNul = "name_interior_nul",
        "A name's first code unit made NUL (`InteriorNul`; lenient-only).";
    NameInvalidUtf16 = "name_invalid_utf16",
        "A name's first code unit made an unpaired surrogate 0xDC00 (`InvalidName`; lenient-only).";
    NoValues = "no_values",
        "A property's values removed, its end mark right after its name (`NoValues`; lenient-only).";
    EndMarkMissing = "end_mark_missing",
        "An end mark removed (`MissingEndMark` when a name follows, `Truncated` at the end).";
    EndMarkNonzero = "end_mark_nonzero",
        "A property list's end mark made the RESCLASS syntax (`UnexpectedValueType`; the list-level end mark: `TrailingBytes`, lenient-only).";
    UnexpectedValueType = "unexpected_value_type",
        "A property list value's type made RESCLASS (`UnexpectedValueType`; lenient-only).";
    NameAmongValues = "name_among_values",
        "A property list value's syntax made NAME (`MissingEndMark`).";
    TrailingEndMarkDoubled = "trailing_end_mark_doubled",
        "One end mark too many after the list (`TrailingBytes`; lenient-only).";
    TrailingGarbage = "trailing_garbage",
        "Five bytes of garbage after the list (`TrailingBytes`; lenient-only).";
    ExtraProperty = "extra_property",
        "A copy of a property after the declared ones (`ExtraProperty`; lenient-only).";
    NestingTooDeep = "nesting_too_deep",
        "A VALUE_LIST value nesting lists one level deeper than the limit inserted (`NestingTooDeep`).";
    NamePaddingNonzero = "name_padding_nonzero",
        "A name's padding bytes made non-zero: accepted by both modes (padding MUST be ignored).";
    ValuePaddingNonzero = "value_padding_nonzero",
        "A value's padding bytes made non-zero: accepted by both modes (padding MUST be ignored).";
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A class name that is not one of [`Class::ALL`]'s.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown malformation class {0:?}")]
pub struct UnknownClass(pub alloc::string::String);

impl FromStr for Class {
    type Err = UnknownClass;

    fn from_str(s: &str) -> Result<Class, UnknownClass> {
        Class::ALL
            .iter()
            .copied()
            .find(|c| c.name() == s)
            .ok_or_else(|| UnknownClass(s.into()))
    }
}

/// What a target entry is.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// A property list's count.
    Count,
    /// A property's name entry.
    Name,
    /// A value entry.
    Value,
    /// The end mark after a property's values, or at the end of a value list.
    EndMark,
    /// A property list's list-level end mark.
    TrailingEndMark,
}

impl Part {
    /// `count`, `name`, `value`, `end_mark` or `trailing_end_mark` (as the dissection says).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Part::Count => "count",
            Part::Name => "name",
            Part::Value => "value",
            Part::EndMark => "end_mark",
            Part::TrailingEndMark => "trailing_end_mark",
        }
    }
}

/// The entry a malformation was aimed at, in the valid list.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    /// Its index among the list's entries at depth 0 (see the [module documentation](self#targets)).
    pub index: usize,
    /// Its offset in the valid list.
    pub offset: usize,
    /// What it is.
    pub part: Part,
}

/// A malformed buffer and its labels.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    /// How the list was broken.
    pub class: Class,
    /// Which entry of the valid list.
    pub target: Target,
    /// The kind of list.
    pub kind: ListKind,
    /// The malformed bytes.
    pub bytes: Vec<u8>,
    /// What strict parsing gives: the exact error, or `None` for the classes strict mode
    /// accepts (non-zero padding).
    pub strict: Option<ParseError>,
    /// What lenient parsing gives: the exact error, or `None` where lenient mode accepts the
    /// bytes (lenient-only cases).
    pub lenient: Option<ParseError>,
}

impl Malformed {
    /// Whether only strict parsing refuses the bytes.
    #[must_use]
    pub fn lenient_only(&self) -> bool {
        self.strict.is_some() && self.lenient.is_none()
    }

    /// The label's result in `mode`.
    #[must_use]
    pub fn expected(&self, mode: Mode) -> Option<&ParseError> {
        match mode {
            Mode::Lenient => self.lenient.as_ref(),
            _ => self.strict.as_ref(),
        }
    }
}

/// Why a class cannot be applied to a list's entry.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotApplicable {
    /// The list given does not parse strictly: only valid lists are malformed.
    #[error("the list is not valid: {0}")]
    Invalid(ParseError),
    /// The list has no entry with that index.
    #[error("no entry {index}: the list has {entries} entries")]
    NoEntry {
        /// The index asked for.
        index: usize,
        /// The number of entries at depth 0.
        entries: usize,
    },
    /// The class does not apply to that entry (see [`targets`]).
    #[error("{class} does not apply to entry {index} (a {part})", part = part.as_str())]
    Target {
        /// The class.
        class: Class,
        /// The entry's index.
        index: usize,
        /// What the entry is.
        part: Part,
    },
}

/// Breaks the entry `target` of a valid property list as `class` says (see the
/// [module documentation](self)).
///
/// # Errors
///
/// [`NotApplicable`] when the list is not strictly valid, has no such entry, or the class does
/// not apply to it.
pub fn malform_property_list(
    list: &PropertyList<'_>,
    class: Class,
    target: usize,
) -> Result<Malformed, NotApplicable> {
    malform(ListKind::PropertyList, list.as_bytes(), class, target)
}

/// Breaks the entry `target` of a valid value list as `class` says.
///
/// # Errors
///
/// As [`malform_property_list`].
pub fn malform_value_list(
    list: &ValueList<'_>,
    class: Class,
    target: usize,
) -> Result<Malformed, NotApplicable> {
    malform(ListKind::ValueList, list.as_bytes(), class, target)
}

/// The entries of a property list that `class` applies to, by index.
pub fn property_list_targets(list: &PropertyList<'_>, class: Class) -> impl Iterator<Item = usize> {
    targets(ListKind::PropertyList, list.as_bytes(), class).into_iter()
}

/// The entries of a value list that `class` applies to, by index.
pub fn value_list_targets(list: &ValueList<'_>, class: Class) -> impl Iterator<Item = usize> {
    targets(ListKind::ValueList, list.as_bytes(), class).into_iter()
}

/// The entries of the list in `bytes` that `class` applies to, by index (none when the list is
/// not strictly valid).
#[must_use]
pub fn targets(kind: ListKind, bytes: &[u8], class: Class) -> Vec<usize> {
    let Ok(layout) = Layout::new(kind, bytes) else {
        return Vec::new();
    };
    (0..layout.spots.len())
        .filter(|&index| layout.applies(class, index))
        .collect()
}

/// [`malform_property_list`] and [`malform_value_list`] on the bytes of a list of `kind`.
///
/// # Errors
///
/// As [`malform_property_list`].
pub fn malform(
    kind: ListKind,
    bytes: &[u8],
    class: Class,
    target: usize,
) -> Result<Malformed, NotApplicable> {
    Layout::new(kind, bytes)?.apply(class, target)
}

/// Every (class, target) pair of `classes` that applies to the list in `bytes`, in class order
/// then target order.
#[must_use]
pub fn pairs(kind: ListKind, bytes: &[u8], classes: &[Class]) -> Vec<(Class, usize)> {
    let Ok(layout) = Layout::new(kind, bytes) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for &class in classes {
        for index in 0..layout.spots.len() {
            if layout.applies(class, index) {
                out.push((class, index));
            }
        }
    }
    out
}

/// One malformation of the list in `bytes` chosen by `seed` among the (class, target) pairs of
/// `classes` that apply ([`pairs`]): the same seed gives the same choice. `None` when no pair
/// applies (or the list is not valid).
///
/// ```
/// use clusprop::malform::{choose, Class, ListKind};
/// use clusprop::PropertyListBuilder;
///
/// let bytes = PropertyListBuilder::new().property("Role").dword(3).finish()?;
/// let a = choose(ListKind::PropertyList, &bytes, Class::ALL, 7).unwrap();
/// assert_eq!(Some(a), choose(ListKind::PropertyList, &bytes, Class::ALL, 7));
/// # Ok::<(), clusprop::BuildError>(())
/// ```
#[must_use]
pub fn choose(kind: ListKind, bytes: &[u8], classes: &[Class], seed: u64) -> Option<Malformed> {
    let pairs = pairs(kind, bytes, classes);
    let len = u64::try_from(pairs.len()).ok().filter(|&n| n != 0)?;
    let pick = usize::try_from(seed.checked_rem(len)?).ok()?;
    let &(class, target) = pairs.get(pick)?;
    malform(kind, bytes, class, target).ok()
}

/// An entry at depth 0 of the valid list.
#[derive(Debug, Clone, Copy)]
struct Spot {
    part: Part,
    offset: usize,
    end: usize,
    syntax: Syntax,
    /// `cbLength` (names and values; 0 for the rest).
    len: usize,
    /// Where the data starts.
    data: usize,
    /// Padding bytes.
    pad: usize,
}

/// A valid list's entries at depth 0.
struct Layout<'a> {
    kind: ListKind,
    bytes: &'a [u8],
    spots: Vec<Spot>,
}

/// What a class does: the bytes, the strict label, the lenient label.
type Outcome = (Splice, Option<ParseError>, Option<ParseError>);

/// The error for both modes.
fn both(bytes: Splice, error: ParseError) -> Outcome {
    (bytes, Some(error.clone()), Some(error))
}

/// An error strict mode reports and lenient mode does not.
fn strict_only(bytes: Splice, error: ParseError) -> Outcome {
    (bytes, Some(error), None)
}

fn u32_of(n: usize) -> Option<u32> {
    u32::try_from(n).ok()
}

/// What a class does to the valid bytes: `remove` bytes at `at` replaced by `insert` (a cut
/// removes everything from `at`). Kept as an edit so that listing targets copies no buffer.
#[derive(Debug, Clone)]
struct Splice {
    at: usize,
    remove: usize,
    insert: Vec<u8>,
}

impl Splice {
    /// The edited copy of `bytes` (whose bounds [`Layout::splice`] checked).
    fn apply(&self, bytes: &[u8]) -> Vec<u8> {
        let head = bytes.get(..self.at).unwrap_or_default();
        let tail = bytes
            .get(self.at.saturating_add(self.remove)..)
            .unwrap_or_default();
        let mut out = Vec::with_capacity(
            head.len()
                .saturating_add(self.insert.len())
                .saturating_add(tail.len()),
        );
        out.extend_from_slice(head);
        out.extend_from_slice(&self.insert);
        out.extend_from_slice(tail);
        out
    }
}

/// A VALUE_LIST value whose data nests value lists, each holding one VALUE_LIST value, down to a
/// value one level past [`MAX_NESTING_DEPTH`]: the value at depth `MAX_NESTING_DEPTH` is the
/// error, its data `8 × (MAX_NESTING_DEPTH + 1)` bytes after the outer value's start.
fn deep_nest() -> Vec<u8> {
    let syntax = Syntax::LIST_VALUE_VALUE_LIST.0.to_le_bytes();
    // The innermost value: no data.
    let mut value: Vec<u8> = [syntax, [0; 4]].concat();
    for _ in 0..MAX_NESTING_DEPTH {
        // The list holding `value`, and the value holding that list.
        let mut list = value;
        list.extend_from_slice(&[0; SYNTAX_LEN]);
        let len = u32::try_from(list.len()).unwrap_or(u32::MAX);
        value = [syntax, len.to_le_bytes()].concat();
        value.extend_from_slice(&list);
    }
    value
}

/// Where the innermost value's data starts, counted from the nest's start.
const NEST_ERROR_AT: usize = HEADER_LEN * (MAX_NESTING_DEPTH + 1);

impl<'a> Layout<'a> {
    fn new(kind: ListKind, bytes: &'a [u8]) -> Result<Layout<'a>, NotApplicable> {
        let dissection = match kind {
            ListKind::PropertyList => dissect::dissect_property_list(bytes, Mode::Strict),
            ListKind::ValueList => dissect::dissect_value_list(bytes, Mode::Strict),
        };
        if let Some(error) = dissection.error {
            return Err(NotApplicable::Invalid(error));
        }
        let spots = dissection
            .entries
            .iter()
            .filter(|e| e.depth == 0)
            .filter_map(|e| {
                let part = match e.kind {
                    EntryKind::Count(_) => Part::Count,
                    EntryKind::Name(_) => Part::Name,
                    EntryKind::Value(_) => Part::Value,
                    EntryKind::EndMark => Part::EndMark,
                    EntryKind::TrailingEndMark => Part::TrailingEndMark,
                    _ => return None,
                };
                Some(Spot {
                    part,
                    offset: e.offset,
                    end: e.end(),
                    syntax: e.syntax.unwrap_or_default(),
                    len: e.data.len(),
                    data: e.data.start,
                    pad: e.padding.len(),
                })
            })
            .collect();
        Ok(Layout { kind, bytes, spots })
    }

    fn count(&self) -> u32 {
        crate::read::wire::u32_at(self.bytes, 0).unwrap_or(0)
    }

    /// Where the properties end: the list-level end mark, or the end of the buffer.
    fn props_end(&self) -> usize {
        self.spots
            .iter()
            .find(|s| s.part == Part::TrailingEndMark)
            .map_or(self.bytes.len(), |s| s.offset)
    }

    /// The end mark closing the property whose name is entry `index`.
    fn end_mark_after(&self, index: usize) -> Option<&Spot> {
        self.spots
            .get(index..)?
            .iter()
            .find(|s| s.part == Part::EndMark)
    }

    /// `remove` bytes at `at` replaced by `insert`, if they are in the buffer.
    fn splice(&self, at: usize, remove: usize, insert: &[u8]) -> Option<Splice> {
        (at.checked_add(remove)? <= self.bytes.len()).then(|| Splice {
            at,
            remove,
            insert: insert.to_vec(),
        })
    }

    /// The buffer cut to `at` bytes.
    fn cut(&self, at: usize) -> Option<Splice> {
        self.splice(at, self.bytes.len().checked_sub(at)?, &[])
    }

    /// `value` written over the bytes at `at`.
    fn put(&self, at: usize, value: &[u8]) -> Option<Splice> {
        self.splice(at, value.len(), value)
    }

    /// Whether `class` applies to the entry `index` (without building the bytes).
    fn applies(&self, class: Class, index: usize) -> bool {
        self.spots
            .get(index)
            .is_some_and(|&spot| self.outcome(class, index, spot).is_some())
    }

    fn apply(&self, class: Class, index: usize) -> Result<Malformed, NotApplicable> {
        let spot = *self.spots.get(index).ok_or(NotApplicable::NoEntry {
            index,
            entries: self.spots.len(),
        })?;
        let not = NotApplicable::Target {
            class,
            index,
            part: spot.part,
        };
        let (splice, strict, lenient) = self.outcome(class, index, spot).ok_or(not)?;
        let bytes = splice.apply(self.bytes);
        let (strict, lenient) = match self.kind {
            ListKind::PropertyList => match count_rule(&bytes) {
                Some(error) => (Some(error.clone()), Some(error)),
                None => (strict, lenient),
            },
            ListKind::ValueList => (strict, lenient),
        };
        Ok(Malformed {
            class,
            target: Target {
                index,
                offset: spot.offset,
                part: spot.part,
            },
            kind: self.kind,
            bytes,
            strict,
            lenient,
        })
    }

    /// The bytes and labels of `class` at `spot` (the entry `index`), before the count rule;
    /// `None` when the class does not apply.
    #[allow(clippy::too_many_lines)]
    fn outcome(&self, class: Class, index: usize, spot: Spot) -> Option<Outcome> {
        let plist = self.kind == ListKind::PropertyList;
        let n = self.bytes.len();
        let e = spot.offset;
        let len_at = e.saturating_add(SYNTAX_LEN);
        let data_end = spot.data.saturating_add(spot.len);
        let is = |part: Part| spot.part == part;
        let format = spot.syntax.format();
        Some(match class {
            Class::TruncatedCount if plist && is(Part::Count) => both(
                self.cut(2)?,
                ParseError::Truncated {
                    item: Item::PropertyCount,
                    offset: 0,
                    needed: COUNT_LEN,
                    available: 2,
                },
            ),
            Class::TruncatedNameHeader if is(Part::Name) => both(
                self.cut(e.saturating_add(6))?,
                ParseError::Truncated {
                    item: Item::NameHeader,
                    offset: e,
                    needed: HEADER_LEN,
                    available: 6,
                },
            ),
            Class::TruncatedValueHeader if is(Part::Value) => both(
                self.cut(e.saturating_add(6))?,
                ParseError::Truncated {
                    item: Item::ValueHeader,
                    offset: e,
                    needed: HEADER_LEN,
                    available: 6,
                },
            ),
            Class::TruncatedNameData | Class::TruncatedValueData
                if spot.len != 0
                    && is(if class == Class::TruncatedNameData {
                        Part::Name
                    } else {
                        Part::Value
                    }) =>
            {
                let kept = spot.len / 2;
                both(
                    self.cut(spot.data.saturating_add(kept))?,
                    ParseError::LengthOutOfBounds {
                        item: if is(Part::Name) {
                            Item::Name
                        } else {
                            Item::Value
                        },
                        offset: len_at,
                        length: u32_of(spot.len)?,
                        available: kept,
                    },
                )
            }
            Class::TruncatedNamePadding | Class::TruncatedValuePadding
                if spot.pad != 0
                    && is(if class == Class::TruncatedNamePadding {
                        Part::Name
                    } else {
                        Part::Value
                    }) =>
            {
                let kept = spot.pad.saturating_sub(1);
                both(
                    self.cut(data_end.saturating_add(kept))?,
                    ParseError::Truncated {
                        item: Item::Padding,
                        offset: data_end,
                        needed: spot.pad,
                        available: kept,
                    },
                )
            }
            Class::TruncatedEndMark if is(Part::EndMark) => both(
                self.cut(e.saturating_add(2))?,
                ParseError::Truncated {
                    item: Item::ValueOrEndMark,
                    offset: e,
                    needed: SYNTAX_LEN,
                    available: 2,
                },
            ),
            Class::TruncatedEndMark if is(Part::TrailingEndMark) => strict_only(
                self.cut(e.saturating_add(2))?,
                ParseError::TrailingBytes {
                    offset: e,
                    length: 2,
                },
            ),
            Class::CountTooHigh if plist && is(Part::Count) => {
                let count = self.count();
                let bytes = self.put(0, &u32::to_le_bytes(count.checked_add(1)?))?;
                both(
                    bytes,
                    ParseError::MissingProperties {
                        offset: self.props_end(),
                        declared: count.saturating_add(1),
                        found: count,
                    },
                )
            }
            Class::CountTooLow if plist && is(Part::Count) => {
                let declared = self.count().checked_sub(1)?;
                let bytes = self.put(0, &u32::to_le_bytes(declared))?;
                let last = self.spots.iter().rev().find(|s| s.part == Part::Name)?;
                strict_only(
                    bytes,
                    ParseError::ExtraProperty {
                        offset: last.offset,
                        declared,
                    },
                )
            }
            Class::CountImpossible if plist && is(Part::Count) => {
                let bytes = self.put(0, &u32::to_le_bytes(u32::MAX))?;
                let available = n.saturating_sub(COUNT_LEN);
                both(
                    bytes,
                    ParseError::CountTooLarge {
                        offset: 0,
                        count: u32::MAX,
                        max: available / MIN_PROPERTY_LEN,
                        available,
                    },
                )
            }
            Class::NameLengthPastEnd | Class::ValueLengthPastEnd
                if is(if class == Class::NameLengthPastEnd {
                    Part::Name
                } else {
                    Part::Value
                }) =>
            {
                let available = n.saturating_sub(spot.data);
                let length = u32_of(available.checked_add(1)?)?;
                let bytes = self.put(len_at, &u32::to_le_bytes(length))?;
                both(
                    bytes,
                    ParseError::LengthOutOfBounds {
                        item: if is(Part::Name) {
                            Item::Name
                        } else {
                            Item::Value
                        },
                        offset: len_at,
                        length,
                        available,
                    },
                )
            }
            Class::FixedLengthShort | Class::FixedLengthLong if is(Part::Value) => {
                let typed = if plist { None } else { typed_len(spot.syntax) };
                let expected = match typed {
                    Some(expected) => expected,
                    None => usize::try_from(format.fixed_len()?).ok()?,
                };
                let found = if class == Class::FixedLengthShort {
                    spot.len.checked_sub(1)?
                } else {
                    spot.len.saturating_add(4)
                };
                if found > n.saturating_sub(spot.data)
                    || typed.is_some_and(|t| typed_len_ok(spot.syntax, t, found))
                    || (typed.is_none() && found == expected)
                {
                    return None;
                }
                let bytes = self.put(len_at, &u32::to_le_bytes(u32_of(found)?))?;
                both(
                    bytes,
                    ParseError::WrongLength {
                        offset: len_at,
                        syntax: spot.syntax,
                        expected: u32_of(expected)?,
                        found: u32_of(found)?,
                    },
                )
            }
            Class::StringLengthShort
                if is(Part::Value) && format.is_string() && spot.len >= 4 && spot.len % 4 == 0 =>
            {
                let shorter = spot.len.saturating_sub(2);
                let bytes = self.put(len_at, &u32::to_le_bytes(u32_of(shorter)?))?;
                let last = spot.data.saturating_add(shorter).saturating_sub(2);
                let found = u16::from_le_bytes(*self.bytes.get(last..)?.first_chunk::<2>()?);
                strict_only(
                    bytes,
                    ParseError::NotTerminated {
                        item: Item::Value,
                        offset: last,
                        found,
                    },
                )
            }
            Class::StringNotTerminated | Class::MultiSzNotTerminated
                if is(Part::Value)
                    && spot.len >= 2
                    && if class == Class::StringNotTerminated {
                        format.is_string()
                    } else {
                        format == Format::MULTI_SZ
                    } =>
            {
                let last = data_end.saturating_sub(2);
                let bytes = self.put(last, &u16::to_le_bytes(0x41))?;
                strict_only(
                    bytes,
                    ParseError::NotTerminated {
                        item: Item::Value,
                        offset: last,
                        found: 0x41,
                    },
                )
            }
            Class::NameNotTerminated if is(Part::Name) && spot.len >= 2 => {
                let last = data_end.saturating_sub(2);
                let bytes = self.put(last, &u16::to_le_bytes(0x41))?;
                strict_only(
                    bytes,
                    ParseError::NotTerminated {
                        item: Item::Name,
                        offset: last,
                        found: 0x41,
                    },
                )
            }
            Class::StringInteriorNul | Class::NameInteriorNul
                if spot.len >= 4
                    && if class == Class::NameInteriorNul {
                        is(Part::Name)
                    } else {
                        is(Part::Value) && format.is_string()
                    } =>
            {
                let bytes = self.put(spot.data, &u16::to_le_bytes(0))?;
                strict_only(
                    bytes,
                    ParseError::InteriorNul {
                        item: if is(Part::Name) {
                            Item::Name
                        } else {
                            Item::Value
                        },
                        offset: spot.data,
                    },
                )
            }
            Class::StringOddLength | Class::NameOddLength
                if spot.len >= 2
                    && if class == Class::NameOddLength {
                        is(Part::Name)
                    } else {
                        is(Part::Value) && (format.is_string() || format == Format::MULTI_SZ)
                    } =>
            {
                // One byte less keeps the layout: the byte joins the padding.
                let length = u32_of(spot.len.saturating_sub(1))?;
                let bytes = self.put(len_at, &u32::to_le_bytes(length))?;
                strict_only(
                    bytes,
                    ParseError::OddLength {
                        item: if is(Part::Name) {
                            Item::Name
                        } else {
                            Item::Value
                        },
                        offset: len_at,
                        length,
                    },
                )
            }
            Class::NameSyntaxWrong if is(Part::Name) => {
                let bytes = self.put(e, &u32::to_le_bytes(Syntax::LIST_VALUE_SZ.0))?;
                both(
                    bytes,
                    ParseError::ExpectedName {
                        offset: e,
                        found: Syntax::LIST_VALUE_SZ,
                    },
                )
            }
            Class::NameInvalidUtf16 if is(Part::Name) && spot.len >= 4 => {
                let bytes = self.put(spot.data, &u16::to_le_bytes(0xDC00))?;
                strict_only(
                    bytes,
                    ParseError::InvalidName {
                        offset: spot.data,
                        unit: 0xDC00,
                    },
                )
            }
            Class::NoValues if is(Part::Name) => {
                let mark = self.end_mark_after(index)?;
                strict_only(
                    self.splice(spot.end, mark.offset.checked_sub(spot.end)?, &[])?,
                    ParseError::NoValues { offset: spot.end },
                )
            }
            Class::EndMarkMissing if is(Part::EndMark) => {
                let next = self.spots.get(index.saturating_add(1)).map(|s| s.part);
                let error = match next {
                    Some(Part::Name) => ParseError::MissingEndMark {
                        offset: e,
                        found: Syntax::NAME,
                    },
                    None => ParseError::Truncated {
                        item: Item::ValueOrEndMark,
                        offset: e,
                        needed: SYNTAX_LEN,
                        available: 0,
                    },
                    // The list-level end mark would close the property: a valid list.
                    _ => return None,
                };
                both(self.splice(e, SYNTAX_LEN, &[])?, error)
            }
            Class::EndMarkNonzero if plist && is(Part::EndMark) => {
                let bytes = self.put(e, &u32::to_le_bytes(Syntax::RESCLASS.0))?;
                let strict = ParseError::UnexpectedValueType {
                    offset: e,
                    syntax: Syntax::RESCLASS,
                };
                // Lenient mode reads a RESCLASS value (a DWORD by its format) there.
                let rest = n.saturating_sub(e);
                let available = n.saturating_sub(e.saturating_add(HEADER_LEN));
                let lenient = match crate::read::wire::u32_at(self.bytes, len_at) {
                    _ if rest < HEADER_LEN => ParseError::Truncated {
                        item: Item::ValueHeader,
                        offset: e,
                        needed: HEADER_LEN,
                        available: rest,
                    },
                    Some(length) if usize::try_from(length).map_or(true, |l| l > available) => {
                        ParseError::LengthOutOfBounds {
                            item: Item::Value,
                            offset: len_at,
                            length,
                            available,
                        }
                    }
                    Some(length) if length != 4 => ParseError::WrongLength {
                        offset: len_at,
                        syntax: Syntax::RESCLASS,
                        expected: 4,
                        found: length,
                    },
                    _ => return None,
                };
                (bytes, Some(strict), Some(lenient))
            }
            Class::EndMarkNonzero if is(Part::TrailingEndMark) => {
                let bytes = self.put(e, &u32::to_le_bytes(Syntax::RESCLASS.0))?;
                strict_only(
                    bytes,
                    ParseError::TrailingBytes {
                        offset: e,
                        length: SYNTAX_LEN,
                    },
                )
            }
            Class::UnexpectedValueType if plist && is(Part::Value) => {
                let syntax = Syntax::new(Type::RESCLASS, format);
                let bytes = self.put(e, &u32::to_le_bytes(syntax.0))?;
                strict_only(bytes, ParseError::UnexpectedValueType { offset: e, syntax })
            }
            Class::NameAmongValues if plist && is(Part::Value) => {
                let bytes = self.put(e, &u32::to_le_bytes(Syntax::NAME.0))?;
                both(
                    bytes,
                    ParseError::MissingEndMark {
                        offset: e,
                        found: Syntax::NAME,
                    },
                )
            }
            Class::TrailingEndMarkDoubled | Class::TrailingGarbage
                if index.checked_add(1) == Some(self.spots.len()) =>
            {
                // A property list without its list-level end mark gets one first.
                let lacks_mark = plist && !is(Part::TrailingEndMark);
                let mut extra = Vec::new();
                if lacks_mark && class == Class::TrailingEndMarkDoubled {
                    extra.extend_from_slice(&[0; SYNTAX_LEN]);
                }
                let (offset, length) = if class == Class::TrailingEndMarkDoubled {
                    extra.extend_from_slice(&[0; SYNTAX_LEN]);
                    (
                        n.saturating_add(extra.len()).saturating_sub(SYNTAX_LEN),
                        SYNTAX_LEN,
                    )
                } else {
                    extra.extend_from_slice(&[0xEE; 5]);
                    (n, 5)
                };
                strict_only(
                    self.splice(n, 0, &extra)?,
                    ParseError::TrailingBytes { offset, length },
                )
            }
            Class::ExtraProperty if plist && is(Part::Name) => {
                let mark = self.end_mark_after(index)?;
                let property = self.bytes.get(e..mark.end)?;
                let at = self.props_end();
                strict_only(
                    self.splice(at, 0, property)?,
                    ParseError::ExtraProperty {
                        offset: at,
                        declared: self.count(),
                    },
                )
            }
            Class::NestingTooDeep if is(Part::Value) || is(Part::EndMark) => both(
                self.splice(e, 0, &deep_nest())?,
                ParseError::NestingTooDeep {
                    offset: e.saturating_add(NEST_ERROR_AT),
                    limit: MAX_NESTING_DEPTH,
                },
            ),
            Class::NamePaddingNonzero | Class::ValuePaddingNonzero
                if spot.pad != 0
                    && is(if class == Class::NamePaddingNonzero {
                        Part::Name
                    } else {
                        Part::Value
                    }) =>
            {
                (
                    self.splice(data_end, spot.pad, [0xAA; 3].get(..spot.pad)?)?,
                    None,
                    None,
                )
            }
            _ => return None,
        })
    }
}

/// The rule checked before anything else in a property list: the count is there, and the rest
/// of the buffer can hold that many properties of the smallest size.
fn count_rule(bytes: &[u8]) -> Option<ParseError> {
    let Some(count) = crate::read::wire::u32_at(bytes, 0) else {
        return Some(ParseError::Truncated {
            item: Item::PropertyCount,
            offset: 0,
            needed: COUNT_LEN,
            available: bytes.len(),
        });
    };
    let available = bytes.len().saturating_sub(COUNT_LEN);
    let max = available / MIN_PROPERTY_LEN;
    usize::try_from(count)
        .map_or(true, |c| c > max)
        .then_some(ParseError::CountTooLarge {
            offset: 0,
            count,
            max,
            available,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nest_is_as_deep_as_computed() {
        let nest = deep_nest();
        assert_eq!(nest.len(), 8 + 12 * MAX_NESTING_DEPTH);
        assert_eq!(crate::read::wire::padding_len(nest.len()), 0);
    }

    #[test]
    fn names_are_unique_and_parse_back() {
        for (i, class) in Class::ALL.iter().enumerate() {
            assert_eq!(class.name().parse::<Class>(), Ok(*class));
            assert!(Class::ALL[..i].iter().all(|c| c.name() != class.name()));
        }
        assert!("nope".parse::<Class>().is_err());
    }
}
