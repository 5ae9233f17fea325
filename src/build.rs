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

use crate::error::BuildError;
use crate::syntax::Syntax;
use crate::utf16::Utf16Str;
use crate::value::FileTime;
use crate::wire::{header_bytes, padding_len, COUNT_LEN};

mod sealed {
    pub trait Sealed {}
}

/// Where a builder writes: `Vec<u8>`, [`SliceSink`] or [`Counter`]. Sealed.
pub trait Sink: sealed::Sealed {
    /// What [`finish`](PropertyListBuilder::finish) returns.
    type Output;
    #[doc(hidden)]
    fn position(&self) -> usize;
    #[doc(hidden)]
    fn put(&mut self, bytes: &[u8]);
    #[doc(hidden)]
    fn patch(&mut self, at: usize, bytes: [u8; 4]);
    #[doc(hidden)]
    fn take(&mut self) -> Result<Self::Output, BuildError>;
    /// Writes ASCII bytes as UTF-16LE code units (each byte, then a zero byte).
    #[doc(hidden)]
    fn put_ascii(&mut self, ascii: &[u8]) {
        let mut chunk = [0u8; 64];
        for part in ascii.chunks(32) {
            for (slot, &b) in chunk.chunks_exact_mut(2).zip(part) {
                slot.copy_from_slice(&[b, 0]);
            }
            self.put(
                chunk
                    .get(..part.len().saturating_mul(2))
                    .unwrap_or_default(),
            );
        }
    }
}

impl sealed::Sealed for Vec<u8> {}

/// Grows as needed; `finish` returns the bytes.
impl Sink for Vec<u8> {
    type Output = Vec<u8>;

    #[inline]
    fn position(&self) -> usize {
        self.len()
    }

    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }

    #[inline]
    fn put_ascii(&mut self, ascii: &[u8]) {
        self.extend(ascii.iter().flat_map(|&b| [b, 0]));
    }

    fn patch(&mut self, at: usize, bytes: [u8; 4]) {
        if let Some(slot) = at.checked_add(4).and_then(|end| self.get_mut(at..end)) {
            slot.copy_from_slice(&bytes);
        }
    }

    fn take(&mut self) -> Result<Vec<u8>, BuildError> {
        Ok(core::mem::take(self))
    }
}

/// A caller's buffer. Writing past its end is not an error until `finish`, which then reports
/// the exact length the whole encoding needs ([`BuildError::BufferTooSmall`]). After an error the
/// buffer's contents are unspecified.
#[derive(Debug)]
pub struct SliceSink<'b> {
    buf: &'b mut [u8],
    pos: usize,
}

impl<'b> SliceSink<'b> {
    /// A sink writing `buf` from its start.
    pub(crate) fn new(buf: &'b mut [u8]) -> Self {
        SliceSink { buf, pos: 0 }
    }
}

impl sealed::Sealed for SliceSink<'_> {}

/// `finish` returns the number of bytes written.
impl Sink for SliceSink<'_> {
    type Output = usize;

    #[inline]
    fn position(&self) -> usize {
        self.pos
    }

    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        let end = self.pos.saturating_add(bytes.len());
        if let Some(slot) = self.buf.get_mut(self.pos..end) {
            slot.copy_from_slice(bytes);
        }
        self.pos = end;
    }

    #[inline]
    fn put_ascii(&mut self, ascii: &[u8]) {
        let end = self.pos.saturating_add(ascii.len().saturating_mul(2));
        if let Some(slot) = self.buf.get_mut(self.pos..end) {
            for (unit, &b) in slot.chunks_exact_mut(2).zip(ascii) {
                unit.copy_from_slice(&[b, 0]);
            }
        }
        self.pos = end;
    }

    fn patch(&mut self, at: usize, bytes: [u8; 4]) {
        if let Some(slot) = at.checked_add(4).and_then(|end| self.buf.get_mut(at..end)) {
            slot.copy_from_slice(&bytes);
        }
    }

    fn take(&mut self) -> Result<usize, BuildError> {
        let written = core::mem::take(&mut self.pos);
        if written > self.buf.len() {
            return Err(BuildError::BufferTooSmall {
                needed: written,
                available: self.buf.len(),
            });
        }
        Ok(written)
    }
}

/// Measures without writing; `finish` returns the exact encoded length.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counter {
    pos: usize,
}

impl sealed::Sealed for Counter {}

impl Sink for Counter {
    type Output = usize;

    #[inline]
    fn position(&self) -> usize {
        self.pos
    }

    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.pos = self.pos.saturating_add(bytes.len());
    }

    #[inline]
    fn put_ascii(&mut self, ascii: &[u8]) {
        self.pos = self.pos.saturating_add(ascii.len().saturating_mul(2));
    }

    fn patch(&mut self, _at: usize, _bytes: [u8; 4]) {}

    fn take(&mut self) -> Result<usize, BuildError> {
        Ok(core::mem::take(&mut self.pos))
    }
}

const ZEROS: [u8; 4] = [0; 4];

/// The data length of a value, as a `cbLength`.
fn cb(what: &'static str, length: usize) -> Result<u32, BuildError> {
    u32::try_from(length).map_err(|_| BuildError::TooLong {
        what,
        length,
        max: u32::MAX,
    })
}

/// UTF-16 code units of a string, after checking it has no NUL.
fn utf16_units(what: &'static str, s: &str) -> Result<usize, BuildError> {
    if s.as_bytes().contains(&0) {
        return Err(nul_error(what, s));
    }
    Ok(if s.is_ascii() {
        s.len()
    } else {
        s.encode_utf16().count()
    })
}

/// The error for a string holding a NUL: the NUL's index in UTF-16 code units.
#[cold]
#[inline(never)]
fn nul_error(what: &'static str, s: &str) -> BuildError {
    let i = s.bytes().position(|b| b == 0).unwrap_or(0);
    let index = s.get(..i).map_or(0, |head| head.encode_utf16().count());
    BuildError::Nul { what, index }
}

/// The `cbLength` of an SZ: the code units and one NUL.
pub(crate) fn sz_len(what: &'static str, s: &str) -> Result<u32, BuildError> {
    let units = utf16_units(what, s)?;
    let bytes = units
        .checked_add(1)
        .and_then(|n| n.checked_mul(2))
        .unwrap_or(usize::MAX);
    cb(what, bytes)
}

/// The `cbLength` of a MULTI_SZ: each string and its NUL, then one more NUL (two NULs when empty).
pub(crate) fn multi_sz_len<I>(items: I) -> Result<u32, BuildError>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let mut units = 0usize;
    let mut last_empty = None;
    for (index, item) in items.into_iter().enumerate() {
        let s = item.as_ref();
        let n = utf16_units("MULTI_SZ string", s)?;
        last_empty = (n == 0).then_some(index);
        units = units.saturating_add(n).saturating_add(1);
    }
    if let Some(index) = last_empty {
        return Err(BuildError::EmptyLastString { index });
    }
    let total = units.saturating_add(1).max(2);
    cb("MULTI_SZ", total.saturating_mul(2))
}

/// Writes code units as little-endian bytes, in stack-sized chunks.
fn put_units<S: Sink>(sink: &mut S, units: impl Iterator<Item = u16>) {
    let mut chunk = [0u8; 128];
    let mut n = 0usize;
    for unit in units {
        if let Some(slot) = chunk.get_mut(n..n.saturating_add(2)) {
            slot.copy_from_slice(&unit.to_le_bytes());
            n = n.saturating_add(2);
        }
        if n == chunk.len() {
            sink.put(&chunk);
            n = 0;
        }
    }
    sink.put(chunk.get(..n).unwrap_or_default());
}

/// Writes an SZ's data (the caller has measured it): code units, then one NUL.
pub(crate) fn put_sz<S: Sink>(sink: &mut S, s: &str) {
    if s.is_ascii() {
        sink.put_ascii(s.as_bytes());
    } else {
        put_units(sink, s.encode_utf16());
    }
    sink.put(&[0, 0]);
}

/// Writes a MULTI_SZ's data (the caller has measured it).
pub(crate) fn put_multi_sz<S: Sink, I>(sink: &mut S, items: I)
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let mut any = false;
    for item in items {
        put_sz(sink, item.as_ref());
        any = true;
    }
    sink.put(if any { &[0, 0] } else { &[0, 0, 0, 0] });
}

/// Entry writing shared by both builders.
#[derive(Debug)]
struct Entries<S: Sink> {
    sink: S,
    error: Option<BuildError>,
}

impl<S: Sink> Entries<S> {
    /// Runs `f` unless an error is pending; remembers its error.
    fn attempt(&mut self, f: impl FnOnce(&mut S) -> Result<(), BuildError>) {
        if self.error.is_none() {
            if let Err(e) = f(&mut self.sink) {
                self.error = Some(e);
            }
        }
    }

    /// Header, data (written by `data`, which must write exactly `length` bytes), zero padding.
    fn entry<S2: Sink>(sink: &mut S2, syntax: Syntax, length: u32, data: impl FnOnce(&mut S2)) {
        sink.put(&header_bytes(syntax.0, length));
        data(sink);
        let pad = usize::try_from(length).map_or(0, padding_len);
        // One constant-size write per case: a zero-filling copy of a variable 0 to 3 bytes
        // compiles to a call to `memset`, which costs more than the rest of a small entry.
        match pad {
            1 => sink.put(&[0]),
            2 => sink.put(&[0; 2]),
            3 => sink.put(&[0; 3]),
            _ => {}
        }
    }
}

/// The typed value adders, shared by both builders. Each requires `fn value_entry`.
macro_rules! value_adders {
    () => {
        /// Adds a value with any syntax and exact data bytes: the escape hatch for syntaxes
        /// without a typed adder. The data is written as given (it is not checked against the
        /// format). The end mark (0) and the NAME syntax are refused, as their entries would not
        /// parse back as values.
        pub fn value(&mut self, syntax: Syntax, data: &[u8]) -> &mut Self {
            self.value_entry(|sink| {
                if syntax == Syntax::ENDMARK || syntax == Syntax::NAME {
                    return Err(BuildError::ReservedSyntax { syntax });
                }
                let length = cb("value data", data.len())?;
                Entries::<S>::entry(sink, syntax, length, |s| s.put(data));
                Ok(())
            })
        }

        /// Adds a BINARY value.
        pub fn binary(&mut self, data: &[u8]) -> &mut Self {
            self.value(Syntax::LIST_VALUE_BINARY, data)
        }

        /// Adds a SECURITY_DESCRIPTOR value (self-relative descriptor bytes).
        pub fn security_descriptor(&mut self, data: &[u8]) -> &mut Self {
            self.value(Syntax::LIST_VALUE_SECURITY_DESCRIPTOR, data)
        }

        /// Adds a DWORD value.
        pub fn dword(&mut self, value: u32) -> &mut Self {
            self.value(Syntax::LIST_VALUE_DWORD, &value.to_le_bytes())
        }

        /// Adds a LONG value.
        pub fn long(&mut self, value: i32) -> &mut Self {
            self.value(Syntax::LIST_VALUE_LONG, &value.to_le_bytes())
        }

        /// Adds a WORD value (2 bytes, then 2 bytes of padding).
        pub fn word(&mut self, value: u16) -> &mut Self {
            self.value(Syntax::LIST_VALUE_WORD, &value.to_le_bytes())
        }

        /// Adds a ULARGE_INTEGER value.
        pub fn ularge_integer(&mut self, value: u64) -> &mut Self {
            self.value(Syntax::LIST_VALUE_ULARGE_INTEGER, &value.to_le_bytes())
        }

        /// Adds a LARGE_INTEGER value.
        pub fn large_integer(&mut self, value: i64) -> &mut Self {
            self.value(Syntax::LIST_VALUE_LARGE_INTEGER, &value.to_le_bytes())
        }

        /// Adds a FILETIME value.
        pub fn filetime(&mut self, value: FileTime) -> &mut Self {
            self.value(Syntax::LIST_VALUE_FILETIME, &value.0.to_le_bytes())
        }

        /// Adds an SZ value. A string containing NUL is an error ([`BuildError::Nul`]).
        pub fn sz(&mut self, value: &str) -> &mut Self {
            self.string(Syntax::LIST_VALUE_SZ, value)
        }

        /// Adds an EXPAND_SZ value (unexpanded `%VARIABLES%`).
        pub fn expand_sz(&mut self, value: &str) -> &mut Self {
            self.string(Syntax::LIST_VALUE_EXPAND_SZ, value)
        }

        /// Adds an EXPANDED_SZ value. Windows sends these; clients must not (MS-CMRP 2.2.2.3).
        pub fn expanded_sz(&mut self, value: &str) -> &mut Self {
            self.string(Syntax::LIST_VALUE_EXPANDED_SZ, value)
        }

        /// Adds a string value with any syntax (for user types with a string format).
        pub fn string(&mut self, syntax: Syntax, value: &str) -> &mut Self {
            self.value_entry(|sink| {
                let length = sz_len("string value", value)?;
                Entries::<S>::entry(sink, syntax, length, |s| put_sz(s, value));
                Ok(())
            })
        }

        /// Adds a MULTI_SZ value. A string containing NUL, or an empty last string (which would
        /// merge with the terminator), is an error.
        pub fn multi_sz<I>(&mut self, values: I) -> &mut Self
        where
            I: IntoIterator,
            I::IntoIter: Clone,
            I::Item: AsRef<str>,
        {
            let values = values.into_iter();
            self.value_entry(|sink| {
                let length = multi_sz_len(values.clone())?;
                Entries::<S>::entry(sink, Syntax::LIST_VALUE_MULTI_SZ, length, |s| {
                    put_multi_sz(s, values)
                });
                Ok(())
            })
        }

        /// Adds a PROPERTY_LIST value holding an encoded property list (for example the output of
        /// another [`PropertyListBuilder`]).
        pub fn property_list(&mut self, encoded: &[u8]) -> &mut Self {
            self.value(Syntax::LIST_VALUE_PROPERTY_LIST, encoded)
        }

        /// Adds a VALUE_LIST value holding an encoded value list (for example the output of
        /// another [`ValueListBuilder`]).
        pub fn value_list(&mut self, encoded: &[u8]) -> &mut Self {
            self.value(Syntax::LIST_VALUE_VALUE_LIST, encoded)
        }
    };
}

/// Builds a property list: a count, then per property a name entry, values and an end mark.
///
/// ```
/// use clusprop::PropertyListBuilder;
///
/// // Spec section 14.4 (a): SET_COMMON_PROPERTIES input for Role = 1, exactly 40 bytes.
/// let bytes = PropertyListBuilder::new().property("Role").dword(1).finish()?;
/// assert_eq!(bytes.len(), 40);
/// assert_eq!(&bytes[..8], &[1, 0, 0, 0, 3, 0, 4, 0]);
///
/// // Into a caller's buffer, after measuring.
/// let needed = PropertyListBuilder::measure().property("Role").dword(1).finish()?;
/// let mut buf = vec![0u8; needed];
/// let written = PropertyListBuilder::in_slice(&mut buf).property("Role").dword(1).finish()?;
/// assert_eq!((written, &buf[..]), (40, &bytes[..]));
/// # Ok::<(), clusprop::BuildError>(())
/// ```
#[derive(Debug)]
pub struct PropertyListBuilder<S: Sink = Vec<u8>> {
    entries: Entries<S>,
    /// Where the list (its count) starts in the sink, once the count's placeholder is written.
    start: Option<usize>,
    count: u32,
    /// Values in the open property, if one is open.
    open: Option<u32>,
    trailing_end_mark: bool,
}

impl PropertyListBuilder<Vec<u8>> {
    /// A builder that writes into a new `Vec<u8>`.
    #[must_use]
    pub fn new() -> Self {
        Self::with_sink(Vec::new())
    }

    /// A builder whose `Vec<u8>` starts with `capacity` bytes reserved.
    #[must_use]
    pub fn with_capacity(capacity: usize) -> Self {
        Self::with_sink(Vec::with_capacity(capacity))
    }
}

impl Default for PropertyListBuilder<Vec<u8>> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'b> PropertyListBuilder<SliceSink<'b>> {
    /// A builder that writes into `buf`. If it is too small, `finish` fails with
    /// [`BuildError::BufferTooSmall`] and the exact length needed.
    #[must_use]
    pub fn in_slice(buf: &'b mut [u8]) -> Self {
        Self::with_sink(SliceSink::new(buf))
    }
}

impl PropertyListBuilder<Counter> {
    /// A builder that writes nothing and whose `finish` returns the exact encoded length.
    #[must_use]
    pub fn measure() -> Self {
        Self::with_sink(Counter::default())
    }
}

impl<S: Sink> PropertyListBuilder<S> {
    fn with_sink(sink: S) -> Self {
        PropertyListBuilder {
            entries: Entries { sink, error: None },
            start: None,
            count: 0,
            open: None,
            trailing_end_mark: false,
        }
    }

    /// Whether to end the list with the list-level end mark, as Windows' own output does. Off by
    /// default, like the lists Microsoft's documentation builds for SET/VALIDATE input.
    pub fn trailing_end_mark(&mut self, present: bool) -> &mut Self {
        self.trailing_end_mark = present;
        self
    }

    /// Starts a property (closing the previous one). Add its values next.
    pub fn property(&mut self, name: &str) -> &mut Self {
        if name.is_ascii() {
            return self.ascii_property(name.as_bytes());
        }
        self.start_property(|sink| {
            let length = sz_len("property name", name)?;
            Entries::<S>::entry(sink, Syntax::NAME, length, |s| put_sz(s, name));
            Ok(())
        })
    }

    /// [`property`](Self::property) for an owned model's name: an ASCII name (every name Windows
    /// defines) is written from its bytes, without the validation that going through `&str`
    /// repeats for an inline name.
    pub(crate) fn property_name(&mut self, name: &crate::owned::Name) -> &mut Self {
        let bytes = name.utf8_bytes();
        if bytes.is_ascii() {
            self.ascii_property(bytes)
        } else {
            self.property(name.as_str())
        }
    }

    /// Starts a property whose name is ASCII: each byte is a code unit.
    #[inline]
    fn ascii_property(&mut self, ascii: &[u8]) -> &mut Self {
        self.start_property(|sink| {
            if let Some(index) = ascii.iter().position(|&b| b == 0) {
                return Err(BuildError::Nul {
                    what: "property name",
                    index,
                });
            }
            let length = cb(
                "property name",
                ascii.len().saturating_mul(2).saturating_add(2),
            )?;
            Entries::<S>::entry(sink, Syntax::NAME, length, |s| {
                s.put_ascii(ascii);
                s.put(&[0, 0]);
            });
            Ok(())
        })
    }

    /// Starts a property whose name is given as UTF-16 (copied from a parsed list, say). An
    /// unpaired surrogate is written as it is; a NUL is an error.
    pub fn property_utf16(&mut self, name: Utf16Str<'_>) -> &mut Self {
        self.start_property(|sink| {
            if let Some(index) = name.code_units().position(|u| u == 0) {
                return Err(BuildError::Nul {
                    what: "property name",
                    index,
                });
            }
            let length = cb("property name", name.as_bytes().len().saturating_add(2))?;
            Entries::<S>::entry(sink, Syntax::NAME, length, |s| {
                s.put(name.as_bytes());
                s.put(&[0, 0]);
            });
            Ok(())
        })
    }

    /// Writes the count's placeholder, once per list.
    fn begin(&mut self) -> usize {
        match self.start {
            Some(start) => start,
            None => {
                let start = self.entries.sink.position();
                self.entries.sink.put(&ZEROS[..COUNT_LEN]);
                self.start = Some(start);
                start
            }
        }
    }

    fn start_property(&mut self, name: impl FnOnce(&mut S) -> Result<(), BuildError>) -> &mut Self {
        self.begin();
        self.close_property();
        let count = self.count;
        self.entries.attempt(|sink| {
            count
                .checked_add(1)
                .ok_or(BuildError::TooManyProperties { max: u32::MAX })?;
            name(sink)
        });
        if self.entries.error.is_none() {
            self.count = self.count.saturating_add(1);
            self.open = Some(0);
        }
        self
    }

    fn close_property(&mut self) {
        if let Some(values) = self.open.take() {
            let index = self.count.saturating_sub(1);
            self.entries.attempt(|sink| {
                if values == 0 {
                    return Err(BuildError::PropertyWithoutValues { index });
                }
                sink.put(&ZEROS);
                Ok(())
            });
        }
    }

    fn value_entry(&mut self, f: impl FnOnce(&mut S) -> Result<(), BuildError>) -> &mut Self {
        let open = self.open;
        self.entries.attempt(|sink| match open {
            None => Err(BuildError::ValueWithoutProperty),
            Some(_) => f(sink),
        });
        if self.entries.error.is_none() {
            self.open = self.open.map(|n| n.saturating_add(1));
        }
        self
    }

    value_adders!();

    /// The number of properties started so far.
    #[must_use]
    pub fn len(&self) -> usize {
        usize::try_from(self.count).unwrap_or(usize::MAX)
    }

    /// Whether no property has been started.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Closes the last property, writes the trailing end mark if asked, fills in the count, and
    /// returns the output (the bytes, or the length written or measured) or the first error. The
    /// builder is left empty, ready for another list.
    pub fn finish(&mut self) -> Result<S::Output, BuildError> {
        let start = self.begin();
        self.close_property();
        if self.trailing_end_mark {
            self.entries.attempt(|sink| {
                sink.put(&ZEROS);
                Ok(())
            });
        }
        let count = self.count.to_le_bytes();
        self.start = None;
        self.count = 0;
        self.open = None;
        match self.entries.error.take() {
            Some(e) => {
                let _ = self.entries.sink.take();
                Err(e)
            }
            None => {
                self.entries.sink.patch(start, count);
                self.entries.sink.take()
            }
        }
    }
}

/// Builds a standalone value list: value entries, then the end mark.
///
/// ```
/// use clusprop::{ValueList, ValueListBuilder};
///
/// let bytes = ValueListBuilder::new().word(7).finish()?;
/// assert_eq!(bytes, [0x0b, 0, 1, 0, 2, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0]);
/// assert_eq!(ValueList::parse(&bytes)?.values().next().unwrap().as_u16(), Some(7));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct ValueListBuilder<S: Sink = Vec<u8>> {
    entries: Entries<S>,
    count: u32,
}

impl ValueListBuilder<Vec<u8>> {
    /// A builder that writes into a new `Vec<u8>`.
    #[must_use]
    pub fn new() -> Self {
        Self::with_sink(Vec::new())
    }
}

impl Default for ValueListBuilder<Vec<u8>> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'b> ValueListBuilder<SliceSink<'b>> {
    /// A builder that writes into `buf` (see [`PropertyListBuilder::in_slice`]).
    #[must_use]
    pub fn in_slice(buf: &'b mut [u8]) -> Self {
        Self::with_sink(SliceSink::new(buf))
    }
}

impl ValueListBuilder<Counter> {
    /// A builder that only measures (see [`PropertyListBuilder::measure`]).
    #[must_use]
    pub fn measure() -> Self {
        Self::with_sink(Counter::default())
    }
}

impl<S: Sink> ValueListBuilder<S> {
    fn with_sink(sink: S) -> Self {
        ValueListBuilder {
            entries: Entries { sink, error: None },
            count: 0,
        }
    }

    fn value_entry(&mut self, f: impl FnOnce(&mut S) -> Result<(), BuildError>) -> &mut Self {
        self.entries.attempt(f);
        self.count = self.count.saturating_add(1);
        self
    }

    value_adders!();

    /// The number of values added so far.
    #[must_use]
    pub fn len(&self) -> usize {
        usize::try_from(self.count).unwrap_or(usize::MAX)
    }

    /// Whether no value has been added.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Writes the end mark and returns the output or the first error. The builder is left empty.
    pub fn finish(&mut self) -> Result<S::Output, BuildError> {
        self.count = 0;
        match self.entries.error.take() {
            Some(e) => {
                let _ = self.entries.sink.take();
                Err(e)
            }
            None => {
                self.entries.sink.put(&ZEROS);
                self.entries.sink.take()
            }
        }
    }
}
