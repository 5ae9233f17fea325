//! Builders that write canonical bytes: [`PropertyListBuilder`] and [`ValueListBuilder`].
//!
//! Canonical means: `cbLength` exact, zero padding to 4 bytes, strings with exactly one NUL,
//! MULTI_SZ with one extra NUL (an empty MULTI_SZ is two NULs, 4 bytes), a 4-byte end mark after
//! each property's values, and the list-level end mark only when asked for. What the builder
//! writes, [`PropertyList::parse`](crate::PropertyList::parse) reads back to the same content, and
//! for every canonical buffer `b`, building `parse(b)` gives `b` again.
//!
//! # What a builder writes, the strict parser reads
//!
//! Every entry is checked, when it is added, by the rules the strict parser runs (the same
//! functions, in `read::rules`), for the kind of list being built: fixed widths, the string and
//! MULTI_SZ rules, the value types a property list allows (LIST_VALUE or a user type), the sizes
//! of the typed structures in a value list, the nesting limit
//! ([`MAX_NESTING_DEPTH`](crate::read::MAX_NESTING_DEPTH)) of a nested list's bytes, valid UTF-16
//! in names. What the parser would refuse is
//! [`BuildError::InvalidValue`](crate::BuildError::InvalidValue) (with the property's and the
//! value's index, the syntax, and the [`ParseError`](crate::ParseError) the parser gives) or
//! [`BuildError::InvalidName`](crate::BuildError::InvalidName); nothing is written that
//! [`PropertyList::parse`](crate::PropertyList::parse) or
//! [`ValueList::parse`](crate::ValueList::parse) rejects. There is no unchecked mode. (The owned
//! model's `to_bytes_with(Mode::Lenient)` is the one explicit way to write what only lenient
//! parsing reads, to reproduce such a buffer; it is checked by the lenient rules.)
//!
//! A builder writes into a [`Sink`]: a `Vec<u8>` that grows ([`PropertyListBuilder::new`]), a
//! caller's `&mut [u8]` ([`PropertyListBuilder::in_slice`]) or a counter that only measures
//! ([`PropertyListBuilder::measure`]). All three run the same code, so the measured length is
//! exactly what is written.
//!
//! Errors are sticky, as in `http::request::Builder`: the first thing that cannot be encoded is
//! remembered, later calls do nothing, and [`finish`](PropertyListBuilder::finish) returns it.

mod builder;
mod sink;
mod strings;
mod typed;

pub use builder::{PropertyListBuilder, ValueListBuilder};
pub use sink::{Counter, Sink, SliceSink};
#[cfg(feature = "serde")]
pub(crate) use strings::{cb, multi_sz_item_units, multi_sz_len_keeping_empty};
pub(crate) use strings::{multi_sz_len, put_multi_sz, put_sz, sz_len};
pub use typed::{PartitionInfoEx2Fields, PartitionInfoExFields, PartitionInfoFields};
