//! Reading: a buffer is checked once against every rule of the format, then read in place
//! through borrowed views.
//!
//! * [`PropertyList::parse`] and [`ValueList::parse`] check a buffer (strictly, or as [`Mode`]
//!   says) and return views; [`PropertyList::visit`] and [`ValueList::visit`] run the same checks
//!   and hand each name and value to a [`Visit`] in the same pass.
//! * [`Property`], [`Value`] and [`Decoded`] read entries in place; [`Utf16Str`] and [`MultiSz`]
//!   read strings as the UTF-16LE code units they are.
//!
//! Where each rule lives: the byte layout (header struct, sizes, padding) in `wire`, every rule
//! the parser checks in `rules` (a quick path per entry, the precise checks that name errors),
//! and the scanning of UTF-16 code units (SIMD and word-at-a-time, the crate's one `unsafe` call
//! outside the Windows adapter) in `scan`. Nothing here depends on [`write`](crate::write) or
//! [`owned`](crate::owned).

pub(crate) mod list;
pub(crate) mod rules;
pub(crate) mod scan;
pub(crate) mod utf16;
pub(crate) mod value;
pub(crate) mod visit;
pub(crate) mod wire;

pub use list::{Properties, Property, PropertyList};
pub use rules::{Mode, MAX_NESTING_DEPTH};
pub use utf16::{Chars, CodeUnits, InvalidUtf16, MultiSz, MultiSzIter, Utf16Str};
pub use value::{Decoded, FileTime, Value, ValueList, Values};
pub use visit::Visit;
