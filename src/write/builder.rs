//! The two builders, [`PropertyListBuilder`] and [`ValueListBuilder`], over one entry writer.

use super::sink::{Counter, Sink, SliceSink};
use super::strings::{cb, multi_sz_len, put_multi_sz, put_sz, sz_len};
use crate::error::{BuildError, ParseError};
use crate::read::count_len;
use crate::read::rules::{
    written_name, written_name_bytes, written_string_ok, written_syntax, written_value, ListKind,
    Mode,
};
use crate::read::typed::{
    FtSetInfo, ResourceClass, ResourceClassInfo, ResourceSubclass, ScsiAddress,
};
use crate::read::utf16::Utf16Str;
use crate::read::value::FileTime;
use crate::read::wire::{header_bytes, padding_len, COUNT_LEN};
use crate::syntax::Syntax;
use crate::write::typed::{PartitionInfoEx2Fields, PartitionInfoExFields, PartitionInfoFields};
use alloc::vec::Vec;

const ZEROS: [u8; 4] = [0; 4];

/// Entry writing shared by both builders.
#[derive(Debug)]
struct Entries<S: Sink> {
    sink: S,
    error: Option<BuildError>,
    /// The rules entries are checked by: strict, unless the owned model writes a lenient list
    /// (`to_bytes_with(Mode::Lenient)`).
    mode: Mode,
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

    /// An entry with exact data and the padding given (empty: [`entry`](Self::entry)'s zeros):
    /// the owned model's exact layout. Padding of another length than the data calls for is
    /// [`BuildError::PaddingLength`], made by `at` from the length expected.
    fn exact<S2: Sink>(
        sink: &mut S2,
        syntax: Syntax,
        data: &[u8],
        padding: &[u8],
        at: impl FnOnce(usize) -> BuildError,
    ) -> Result<(), BuildError> {
        let length = cb("entry data", data.len())?;
        if padding.is_empty() {
            Entries::<S2>::entry(sink, syntax, length, |s| s.put(data));
            return Ok(());
        }
        let expected = padding_len(data.len());
        if padding.len() != expected {
            return Err(at(expected));
        }
        sink.put(&header_bytes(syntax.0, length));
        sink.put(data);
        sink.put(padding);
        Ok(())
    }
}

/// Where the next value goes: the property's index (in a property list) and the value's index.
#[derive(Debug, Clone, Copy)]
struct ValueAt {
    property: Option<u32>,
    value: u32,
}

impl ValueAt {
    /// The error for a value at this place whose padding has `found` bytes, not `expected`.
    #[cold]
    fn padding(self, expected: usize, found: usize) -> BuildError {
        BuildError::PaddingLength {
            property: self.property,
            value: Some(self.value),
            expected,
            found,
        }
    }

    /// The error for a value at this place that breaks `rule`.
    #[cold]
    fn invalid(self, syntax: Syntax, rule: ParseError) -> BuildError {
        BuildError::InvalidValue {
            property: self.property,
            name: None,
            value: self.value,
            syntax,
            rule,
        }
    }
}

/// Adders that write one argument under one syntax: `le` its little-endian bytes, `bytes` the
/// slice as given, `sz` a string (with its NUL).
macro_rules! simple_adders {
    ($( $(#[$doc:meta])* $name:ident($arg:ident: $ty:ty) => $how:ident $syntax:ident; )*) => {$(
        $(#[$doc])*
        pub fn $name(&mut self, $arg: $ty) -> &mut Self {
            simple_adders!(@$how self, Syntax::$syntax, $arg)
        }
    )*};
    (@le $this:ident, $syntax:expr, $arg:ident) => { $this.value($syntax, &$arg.to_le_bytes()) };
    (@bytes $this:ident, $syntax:expr, $arg:ident) => { $this.value($syntax, $arg) };
    (@sz $this:ident, $syntax:expr, $arg:ident) => { $this.string($syntax, $arg) };
}

/// The typed value adders, shared by both builders. Each requires `fn value_entry`.
macro_rules! value_adders {
    () => {
        /// Adds a value with any syntax and exact data bytes: the escape hatch for syntaxes
        /// without a typed adder. The data is written as given, once checked by the strict
        /// parser's own rules for this kind of list: what the parser would refuse is
        /// [`BuildError::InvalidValue`] (a DWORD of 1 byte, an unterminated string, a RESCLASS
        /// in a property list, a nested list deeper than
        /// [`MAX_NESTING_DEPTH`](crate::read::MAX_NESTING_DEPTH), …; see
        /// [`Mode`](crate::read::Mode) for the rules). The end mark (0) is refused, and so is the
        /// NAME syntax in a property list ([`BuildError::ReservedSyntax`]), as their entries would
        /// not parse back as values (a value list takes NAME entries).
        pub fn value(&mut self, syntax: Syntax, data: &[u8]) -> &mut Self {
            self.exact_value(syntax, data, &[])
        }

        /// [`value`](Self::value) followed by `padding` (empty for zeros; the owned model's
        /// exact layout), checked by the builder's mode.
        pub(crate) fn exact_value(
            &mut self,
            syntax: Syntax,
            data: &[u8],
            padding: &[u8],
        ) -> &mut Self {
            let at = self.value_at();
            let mode = self.entries.mode;
            self.value_entry(|sink| {
                Self::reserved(syntax)?;
                cb("value data", data.len())?;
                written_value(Self::KIND, mode, syntax, data)
                    .map_err(|rule| at.invalid(syntax, rule))?;
                Entries::<S>::exact(sink, syntax, data, padding, |expected| {
                    at.padding(expected, padding.len())
                })
            })
        }

        /// Sets the rules entries are checked by (the owned model's `to_bytes_with`).
        pub(crate) fn set_mode(&mut self, mode: Mode) -> &mut Self {
            self.entries.mode = mode;
            self
        }

        /// The syntaxes whose entries would not parse back as values.
        fn reserved(syntax: Syntax) -> Result<(), BuildError> {
            if syntax == Syntax::ENDMARK || (syntax == Syntax::NAME && !Self::NAME_IS_VALUE) {
                return Err(BuildError::ReservedSyntax { syntax });
            }
            Ok(())
        }

        simple_adders! {
            /// Adds a BINARY value.
            binary(data: &[u8]) => bytes LIST_VALUE_BINARY;
            /// Adds a SECURITY_DESCRIPTOR value (self-relative descriptor bytes).
            security_descriptor(data: &[u8]) => bytes LIST_VALUE_SECURITY_DESCRIPTOR;
            /// Adds a DWORD value.
            dword(value: u32) => le LIST_VALUE_DWORD;
            /// Adds a LONG value.
            long(value: i32) => le LIST_VALUE_LONG;
            /// Adds a WORD value (2 bytes, then 2 bytes of padding).
            word(value: u16) => le LIST_VALUE_WORD;
            /// Adds a ULARGE_INTEGER value.
            ularge_integer(value: u64) => le LIST_VALUE_ULARGE_INTEGER;
            /// Adds a LARGE_INTEGER value.
            large_integer(value: i64) => le LIST_VALUE_LARGE_INTEGER;
        }

        /// Adds a FILETIME value.
        pub fn filetime(&mut self, value: FileTime) -> &mut Self {
            self.value(Syntax::LIST_VALUE_FILETIME, &value.0.to_le_bytes())
        }

        simple_adders! {
            /// Adds an SZ value. A string containing NUL is an error ([`BuildError::Nul`]).
            sz(value: &str) => sz LIST_VALUE_SZ;
            /// Adds an EXPAND_SZ value (unexpanded `%VARIABLES%`).
            expand_sz(value: &str) => sz LIST_VALUE_EXPAND_SZ;
            /// Adds an EXPANDED_SZ value. Windows sends these; clients must not (MS-CMRP 2.2.2.3).
            expanded_sz(value: &str) => sz LIST_VALUE_EXPANDED_SZ;
        }

        /// Adds a string value with any syntax (for user types with a string format). The
        /// syntax and the encoded string are checked as [`value`](Self::value) checks its data.
        pub fn string(&mut self, syntax: Syntax, value: &str) -> &mut Self {
            let at = self.value_at();
            let self_mode = self.entries.mode;
            self.value_entry(|sink| {
                Self::reserved(syntax)?;
                let length = sz_len("string value", value)?;
                if written_string_ok(Self::KIND, syntax) {
                    // The data is a canonical string, which a string format takes.
                    written_syntax(Self::KIND, syntax).map_err(|rule| at.invalid(syntax, rule))?;
                } else {
                    let mut data = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
                    put_sz(&mut data, value);
                    written_value(Self::KIND, self_mode, syntax, &data)
                        .map_err(|rule| at.invalid(syntax, rule))?;
                }
                Entries::<S>::entry(sink, syntax, length, |s| put_sz(s, value));
                Ok(())
            })
        }

        /// Adds a MULTI_SZ value. A string containing NUL is an error ([`BuildError::Nul`]), and
        /// so is an empty string anywhere in the list ([`BuildError::EmptyString`]): on the wire
        /// it is a lone NUL, which reads as the terminator, so Windows would read only the
        /// strings before it (an empty last one would merge with the terminator).
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

        simple_adders! {
            /// Adds a PROPERTY_LIST value holding an encoded property list (for example the output of
            /// another [`PropertyListBuilder`]).
            property_list(encoded: &[u8]) => bytes LIST_VALUE_PROPERTY_LIST;
            /// Adds a VALUE_LIST value holding an encoded value list (for example the output of
            /// another [`ValueListBuilder`]).
            value_list(encoded: &[u8]) => bytes LIST_VALUE_VALUE_LIST;
        }
    };
}

/// The constructors of a builder, one per sink (each through its `with_sink`): `new` and
/// `Default` (a `Vec<u8>`), `in_slice`, `measure`.
macro_rules! constructors {
    ($builder:ident) => {
        impl $builder<Vec<u8>> {
            /// A builder that writes into a new `Vec<u8>`.
            #[must_use]
            pub fn new() -> Self {
                Self::with_sink(Vec::new())
            }
        }

        impl Default for $builder<Vec<u8>> {
            fn default() -> Self {
                Self::new()
            }
        }

        impl<'b> $builder<SliceSink<'b>> {
            /// A builder that writes into `buf`. If it is too small, `finish` fails with
            /// [`BuildError::BufferTooSmall`] and the exact length needed.
            #[must_use]
            pub fn in_slice(buf: &'b mut [u8]) -> Self {
                Self::with_sink(SliceSink::new(buf))
            }
        }

        impl $builder<Counter> {
            /// A builder that writes nothing and whose `finish` returns the exact encoded length.
            #[must_use]
            pub fn measure() -> Self {
                Self::with_sink(Counter::default())
            }
        }
    };
}

/// Builds a property list: a count, then per property a name entry, values and an end mark.
///
/// Every value is checked, as it is added, by the strict parser's rules for a property list (see
/// the [module documentation](crate::write)): a DWORD of 1 byte, an unterminated string, a
/// RESCLASS or `CLUSPROP_TYPE_UNKNOWN` value, a nested list too deep are
/// [`BuildError::InvalidValue`], and `finish` returns only bytes that
/// [`PropertyList::parse`](crate::PropertyList::parse) accepts.
///
/// ```
/// use clusprop::{BuildError, ParseError, PropertyListBuilder, Syntax};
///
/// let refused = PropertyListBuilder::new()
///     .property("Role")
///     .value(Syntax::LIST_VALUE_DWORD, &[1])
///     .finish();
/// let rule = ParseError::WrongLength {
///     offset: 4,
///     syntax: Syntax::LIST_VALUE_DWORD,
///     expected: 4,
///     found: 1,
/// };
/// assert_eq!(
///     refused,
///     Err(BuildError::InvalidValue {
///         property: Some(0),
///         name: None,
///         value: 0,
///         syntax: Syntax::LIST_VALUE_DWORD,
///         rule,
///     })
/// );
/// ```
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

constructors!(PropertyListBuilder);

impl PropertyListBuilder<Vec<u8>> {
    /// A builder whose `Vec<u8>` starts with `capacity` bytes reserved.
    #[must_use]
    pub fn with_capacity(capacity: usize) -> Self {
        Self::with_sink(Vec::with_capacity(capacity))
    }
}

impl<S: Sink> PropertyListBuilder<S> {
    fn with_sink(sink: S) -> Self {
        PropertyListBuilder {
            entries: Entries {
                sink,
                error: None,
                mode: Mode::Strict,
            },
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

    /// Starts a property whose name is ASCII (the caller has checked): each byte is a code unit.
    /// The owned model writes its names through here, without the validation that going through
    /// `&str` repeats for an inline name.
    #[inline]
    pub(crate) fn ascii_property(&mut self, ascii: &[u8]) -> &mut Self {
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

    /// Starts a property whose name is given as UTF-16 (copied from a parsed list, say). A NUL
    /// is [`BuildError::Nul`]; an unpaired surrogate, which the strict parser refuses in a name,
    /// is [`BuildError::InvalidName`].
    pub fn property_utf16(&mut self, name: Utf16Str<'_>) -> &mut Self {
        let property = self.count;
        self.start_property(|sink| {
            if let Some(index) = name.code_units().position(|u| u == 0) {
                return Err(BuildError::Nul {
                    what: "property name",
                    index,
                });
            }
            written_name(name).map_err(|rule| BuildError::InvalidName { property, rule })?;
            let length = cb("property name", name.as_bytes().len().saturating_add(2))?;
            Entries::<S>::entry(sink, Syntax::NAME, length, |s| {
                s.put(name.as_bytes());
                s.put(&[0, 0]);
            });
            Ok(())
        })
    }

    /// Starts a property whose name entry has exactly this data and padding (empty for zeros;
    /// the owned model's exact layout), once checked by the name rules of the builder's mode:
    /// the strict ones refuse what [`property_utf16`](Self::property_utf16) refuses
    /// ([`BuildError::InvalidName`]), the lenient ones take any bytes.
    pub(crate) fn raw_property(&mut self, data: &[u8], padding: &[u8]) -> &mut Self {
        let property = self.count;
        let mode = self.entries.mode;
        self.start_property(|sink| {
            written_name_bytes(data, mode)
                .map_err(|rule| BuildError::InvalidName { property, rule })?;
            Entries::<S>::exact(sink, Syntax::NAME, data, padding, |expected| {
                BuildError::PaddingLength {
                    property: Some(property),
                    value: None,
                    expected,
                    found: padding.len(),
                }
            })
        })
    }

    /// Makes `error` the builder's error, unless one is pending (an encoder's own check).
    pub(crate) fn fail(&mut self, error: BuildError) -> &mut Self {
        self.entries.attempt(|_| Err(error));
        self
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
            let strict = self.entries.mode == Mode::Strict;
            self.entries.attempt(|sink| {
                // Lenient mode reads a property without values: its end mark follows the name.
                if values == 0 && strict {
                    return Err(BuildError::PropertyWithoutValues { index });
                }
                sink.put(&ZEROS);
                Ok(())
            });
        }
    }

    /// NAME entries start properties: they are not values.
    const NAME_IS_VALUE: bool = false;

    /// The rules values are checked by.
    const KIND: ListKind = ListKind::Property;

    /// Where the next value goes: the open property, after its values so far.
    fn value_at(&self) -> ValueAt {
        ValueAt {
            property: Some(self.count.saturating_sub(1)),
            value: self.open.unwrap_or(0),
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

    count_len!(
        "The number of properties started so far.",
        "Whether no property has been started."
    );

    /// Closes the last property, writes the trailing end mark if asked, fills in the count, and
    /// returns the output (the bytes, or the length written or measured) or the first error. The
    /// builder is left empty, ready for another list.
    pub fn finish(&mut self) -> Result<S::Output, BuildError> {
        self.finish_with(&[])
    }

    /// [`finish`](Self::finish), with `trailing` written after the list (and its trailing end
    /// mark): bytes only a lenient list holds ([`trailing_rule`]).
    pub(crate) fn finish_with(&mut self, trailing: &[u8]) -> Result<S::Output, BuildError> {
        let start = self.begin();
        self.close_property();
        let (mode, end_mark) = (self.entries.mode, self.trailing_end_mark);
        self.entries.attempt(|sink| {
            trailing_rule(mode, trailing, !end_mark)?;
            if end_mark {
                sink.put(&ZEROS);
            }
            sink.put(trailing);
            Ok(())
        });
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
/// Every entry a value list may hold has an adder: the values of property lists, NAME entries
/// ([`name`](Self::name)) and the typed structures of the resource and storage controls
/// ([`resource_class`](Self::resource_class), [`scsi_address`](Self::scsi_address),
/// [`partition_info`](Self::partition_info), …); [`value`](Self::value) takes any syntax but the
/// end mark.
///
/// Every value is checked, as it is added, by the strict parser's rules for a value list (see
/// the [module documentation](crate::write)): the formats' rules and the typed structures' sizes
/// (a RESCLASS of 5 bytes is [`BuildError::InvalidValue`]), so `finish` returns only bytes that
/// [`ValueList::parse`](crate::ValueList::parse) accepts.
///
/// ```
/// use clusprop::read::{ResourceClass, ResourceSubclass};
/// use clusprop::{Decoded, ValueList, ValueListBuilder};
///
/// // GET_REQUIRED_DEPENDENCIES: a storage class and a resource type name.
/// let bytes = ValueListBuilder::new()
///     .resource_class(ResourceClass::STORAGE, ResourceSubclass(0))
///     .name("IP Address")
///     .finish()?;
/// let list = ValueList::parse(&bytes)?;
/// let mut values = list.values();
/// match values.next().unwrap().decoded() {
///     Decoded::ResourceClass(info) => assert_eq!(info.class, ResourceClass::STORAGE),
///     other => panic!("unexpected {other:?}"),
/// }
/// assert_eq!(values.next().unwrap().as_str().unwrap(), "IP Address");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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

constructors!(ValueListBuilder);

impl<S: Sink> ValueListBuilder<S> {
    fn with_sink(sink: S) -> Self {
        ValueListBuilder {
            entries: Entries {
                sink,
                error: None,
                mode: Mode::Strict,
            },
            count: 0,
        }
    }

    /// A value list takes NAME entries (resource type names, MS-CMRP 3.1.4.3.1.5).
    const NAME_IS_VALUE: bool = true;

    /// The rules values are checked by.
    const KIND: ListKind = ListKind::Value;

    /// Where the next value goes: after the values so far.
    fn value_at(&self) -> ValueAt {
        ValueAt {
            property: None,
            value: self.count,
        }
    }

    fn value_entry(&mut self, f: impl FnOnce(&mut S) -> Result<(), BuildError>) -> &mut Self {
        self.entries.attempt(f);
        self.count = self.count.saturating_add(1);
        self
    }

    value_adders!();

    simple_adders! {
        /// Adds a NAME entry (a resource type name, as `GET_REQUIRED_DEPENDENCIES` returns).
        name(name: &str) => sz NAME;
    }

    /// Adds a RESCLASS entry: a `CLUS_RESOURCE_CLASS_INFO` (8 bytes).
    pub fn resource_class(
        &mut self,
        class: ResourceClass,
        subclass: ResourceSubclass,
    ) -> &mut Self {
        self.value(
            Syntax::RESCLASS,
            &ResourceClassInfo { class, subclass }.to_bytes(),
        )
    }

    simple_adders! {
        /// Adds a DISK_SIGNATURE entry.
        disk_signature(signature: u32) => le DISK_SIGNATURE;
    }

    /// Adds a SCSI_ADDRESS entry.
    pub fn scsi_address(&mut self, address: ScsiAddress) -> &mut Self {
        self.value(Syntax::SCSI_ADDRESS, &address.to_bytes())
    }

    simple_adders! {
        /// Adds a DISK_NUMBER entry.
        disk_number(number: u32) => le DISK_NUMBER;
    }

    /// Adds a PARTITION_INFO entry (1 120 bytes). A string with a NUL or longer than its array
    /// is an error.
    pub fn partition_info(&mut self, info: &PartitionInfoFields) -> &mut Self {
        self.typed(Syntax::PARTITION_INFO, info.to_bytes())
    }

    /// Adds a FTSET_INFO entry.
    pub fn ftset_info(&mut self, info: FtSetInfo) -> &mut Self {
        self.value(Syntax::FTSET_INFO, &info.to_bytes())
    }

    simple_adders! {
        /// Adds a DISK_SERIALNUMBER entry (a string).
        disk_serial_number(serial: &str) => sz DISK_SERIALNUMBER;
        /// Adds a DISK_GUID entry (a string, the GUID as Windows writes it).
        disk_guid(guid: &str) => sz DISK_GUID;
        /// Adds a DISK_SIZE entry.
        disk_size(size: u64) => le DISK_SIZE;
    }

    /// Adds a PARTITION_INFO_EX entry (1 160 bytes).
    pub fn partition_info_ex(&mut self, info: &PartitionInfoExFields) -> &mut Self {
        self.typed(Syntax::PARTITION_INFO_EX, info.to_bytes())
    }

    /// Adds a PARTITION_INFO_EX2 entry (540 bytes).
    pub fn partition_info_ex2(&mut self, info: &PartitionInfoEx2Fields) -> &mut Self {
        self.typed(Syntax::PARTITION_INFO_EX2, info.to_bytes())
    }

    simple_adders! {
        /// Adds a STORAGE_DEVICE_ID_DESCRIPTOR entry (the descriptor's bytes).
        storage_device_id_descriptor(descriptor: &[u8]) => bytes STORAGE_DEVICE_ID_DESCRIPTOR;
    }

    /// A structure encoded by its fields, or the error encoding them gave.
    fn typed(&mut self, syntax: Syntax, data: Result<Vec<u8>, BuildError>) -> &mut Self {
        match data {
            Ok(data) => self.value(syntax, &data),
            Err(e) => self.value_entry(|_| Err(e)),
        }
    }

    count_len!(
        "The number of values added so far.",
        "Whether no value has been added."
    );

    /// Writes the end mark and returns the output or the first error. The builder is left empty.
    pub fn finish(&mut self) -> Result<S::Output, BuildError> {
        self.finish_with(&[])
    }

    /// [`finish`](Self::finish), with `trailing` written after the end mark: bytes only a
    /// lenient list holds ([`trailing_rule`]).
    pub(crate) fn finish_with(&mut self, trailing: &[u8]) -> Result<S::Output, BuildError> {
        self.count = 0;
        let mode = self.entries.mode;
        self.entries.attempt(|sink| {
            trailing_rule(mode, trailing, false)?;
            sink.put(&ZEROS);
            sink.put(trailing);
            Ok(())
        });
        match self.entries.error.take() {
            Some(e) => {
                let _ = self.entries.sink.take();
                Err(e)
            }
            None => self.entries.sink.take(),
        }
    }
}

/// Whether bytes after a list read back as such: the strict parser refuses any; the lenient one
/// reads any, except that after a property list without its trailing end mark
/// (`after_properties`), bytes that begin with an end mark would read as that end mark.
fn trailing_rule(mode: Mode, trailing: &[u8], after_properties: bool) -> Result<(), BuildError> {
    let reason = if trailing.is_empty() {
        return Ok(());
    } else if mode == Mode::Strict {
        "the strict parser refuses bytes after a list (lenient mode reads them)"
    } else if after_properties && trailing.starts_with(&ZEROS) {
        "they begin with an end mark, which would read as the list's trailing end mark"
    } else {
        return Ok(());
    };
    Err(BuildError::TrailingBytes {
        length: trailing.len(),
        reason,
    })
}
