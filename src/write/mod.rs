//! Builders that write canonical bytes: [`PropertyListBuilder`] and [`ValueListBuilder`].
//!
//! Canonical means: `cbLength` exact, zero padding to 4 bytes, strings with exactly one NUL,
//! MULTI_SZ with one extra NUL (an empty MULTI_SZ is two NULs, 4 bytes), a 4-byte end mark after
//! each property's values, and the list-level end mark only when asked for. What the builder
//! writes, [`PropertyList::parse`](crate::PropertyList::parse) reads back to the same content, and
//! for every canonical buffer `b`, building `parse(b)` gives `b` again.
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
pub(crate) use strings::{multi_sz_len, put_multi_sz, put_sz, sz_len};
pub use typed::{PartitionInfoEx2Fields, PartitionInfoExFields, PartitionInfoFields};
