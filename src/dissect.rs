//! A dissector's view of a buffer: every entry with its byte offset, syntax, `cbLength`, padding
//! and decoded value, and for a malformed buffer every entry before the error, then the error.
//!
//! [`dissect_property_list`], [`dissect_value_list`], [`dissect_value_lists`] and
//! [`dissect_control_output`] walk a buffer with **the parser's own checks**: the same code as
//! [`PropertyList::parse_with`](crate::PropertyList::parse_with) and
//! [`ValueList::parse_with`](crate::ValueList::parse_with) runs, and hands out each entry as it
//! passes them. So the dissection agrees with the parser by construction:
//!
//! * [`Dissection::error`] is exactly the [`ParseError`] that `parse_with` returns for the same
//!   bytes and mode (same variant, same offset, same values), and `None` when it succeeds;
//! * the entries at depth 0 follow each other without a gap from offset 0: each starts where the
//!   previous one ended. For a buffer that parses, the last ends at the buffer's end; for one that
//!   does not, the entries are those that passed every check, and the error's offset is at or
//!   after their end (it points into the entry that broke a rule, or just after the last one);
//! * a list nested in a VALUE_LIST or PROPERTY_LIST value (recognised as the parser recognises
//!   it) follows its value's entry, one level deeper ([`Entry::depth`]), its entries filling the
//!   value's data exactly.
//!
//! | entry ([`EntryKind`]) | where | bytes |
//! |---|---|---|
//! | [`Count`](EntryKind::Count) | the start of a property list | 4 |
//! | [`Name`](EntryKind::Name) | a property's name entry | header (8), data, padding |
//! | [`Value`](EntryKind::Value) | a value entry | header (8), data, padding |
//! | [`EndMark`](EntryKind::EndMark) | after a property's values, at the end of a value list | 4 |
//! | [`TrailingEndMark`](EntryKind::TrailingEndMark) | the list-level end mark after a property list's properties | 4 |
//! | [`TrailingBytes`](EntryKind::TrailingBytes) | what lenient mode accepts after a list | the rest |
//! | [`Output`](EntryKind::Output) | a control's output that is not a list (a DWORD, a string, …) | the whole buffer |
//!
//! ```
//! use clusprop::dissect::{dissect_property_list, EntryKind};
//! use clusprop::{Mode, PropertyList, PropertyListBuilder};
//!
//! let bytes = PropertyListBuilder::new().property("Role").dword(3).trailing_end_mark(true).finish()?;
//! let dissection = dissect_property_list(&bytes, Mode::Strict);
//! assert!(dissection.error.is_none());
//! let lines: Vec<String> = dissection.entries.iter().map(|e| e.to_string()).collect();
//! assert_eq!(lines, [
//!     "00000000  count  1",
//!     "00000004  name  NAME  cbLength=10  padding=0000  \"Role\"",
//!     "00000018  value  LIST_VALUE_DWORD  cbLength=4  3",
//!     "00000024  end_mark",
//!     "00000028  trailing_end_mark",
//! ]);
//! assert!(matches!(dissection.entries[2].kind, EntryKind::Value(v) if v.as_u32() == Some(3)));
//!
//! // Cut inside the value: the entries before it, then the parser's own error.
//! let cut = dissect_property_list(&bytes[..34], Mode::Strict);
//! assert_eq!(cut.entries.len(), 2);
//! assert_eq!(cut.error, PropertyList::parse(&bytes[..34]).err());
//! assert_eq!(cut.to_string(), "\
//! 00000000  count  1
//! 00000004  name  NAME  cbLength=10  padding=0000  \"Role\"
//! error: value data length 4 at offset 28 runs past the end of the buffer: 2 bytes available
//! 00000010  6c 00 65 00 00 00 00 00 02 00 01 00 04 00 00 00
//!                                               ^^
//! ");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Text
//!
//! An [`Entry`] displays as one line: the offset (8 lowercase hex digits), two spaces a level of
//! nesting, the kind, then what applies of: the syntax by its `clusapi.h` name without
//! `CLUSPROP_SYNTAX_` (`0x` and 8 hex digits for an unnamed one), `cbLength=N`, `padding=HEX` with
//! ` (non-zero!)` when a padding byte is not zero, and the value (strings quoted and escaped,
//! numbers in decimal, a FILETIME with its UTC time, bytes in hex, at most 32 of them). A
//! [`Dissection`] displays as its entries' lines, then, after an error, `error: ` and the error's
//! message (which says `at offset N`), the 16-byte row of the buffer that holds offset N, and
//! `^^` under the byte at N.
//!
//! # JSON
//!
//! With the `serde` feature a [`Dissection`] serializes as
//! `{"entries": [ENTRY, ...], "error": null | ERROR}`. Each entry is an object with, in order:
//!
//! | key | present | holds |
//! |---|---|---|
//! | `offset` | always | the entry's offset |
//! | `depth` | always | its nesting depth |
//! | `kind` | always | `count`, `name`, `value`, `end_mark`, `trailing_end_mark`, `trailing_bytes` or `output` |
//! | `length` | always | its size in bytes (header, data and padding) |
//! | `syntax`, `syntax_name` | name, value and end-mark entries | `0x` and 8 lowercase hex digits, as the canonical JSON writes it; the `clusapi.h` name or `null` |
//! | `cb_length` | name and value entries | `cbLength` |
//! | `data_offset` | always | where its data starts |
//! | `padding`, `padding_nonzero` | name and value entries | the padding bytes in lowercase hex (`""` for none); whether one is not zero |
//! | `value` | all but end marks | a count: the number; a name: the string; a value: the `value` of the [canonical JSON](crate::json) (a nested list's whole object); trailing bytes: hex; an output: a DWORD's number, a string, an array of strings, a class info's object, a FILETIME's integer, other shapes' bytes in hex |
//!
//! `ERROR` is `{"rule": "truncated", "offset": 28, "message": "…"}`: the [`ParseError`]
//! variant's name in snake case, its offset and its message.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use clusprop::dissect::dissect_property_list;
//! use clusprop::{Mode, PropertyListBuilder};
//!
//! let bytes = PropertyListBuilder::new().property("Role").dword(3).finish()?;
//! let json = serde_json::to_value(dissect_property_list(&bytes[..34], Mode::Strict))?;
//! assert_eq!(json, serde_json::json!({
//!     "entries": [
//!         {"offset": 0, "depth": 0, "kind": "count", "length": 4, "data_offset": 0, "value": 1},
//!         {"offset": 4, "depth": 0, "kind": "name", "length": 20,
//!          "syntax": "0x00040003", "syntax_name": "CLUSPROP_SYNTAX_NAME", "cb_length": 10,
//!          "data_offset": 12, "padding": "0000", "padding_nonzero": false, "value": "Role"},
//!     ],
//!     "error": {
//!         "rule": "length_out_of_bounds",
//!         "offset": 28,
//!         "message": "value data length 4 at offset 28 runs past the end of the buffer: 2 bytes available",
//!     },
//! }));
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::control::{ControlCode, ControlOutput, OutputError, OutputKind};
use crate::error::ParseError;
use crate::read::rules::{self, Ctx, Mode};
use crate::read::visit::Walk;
use crate::read::wire::{split_entry, COUNT_LEN, HEADER_LEN, SYNTAX_LEN};
use crate::read::{Decoded, FileTime, MultiSz, Utf16Str, Value};
use crate::syntax::Syntax;
use alloc::vec::Vec;
use core::fmt;
use core::ops::Range;

/// The entries of a buffer, and the error that ended the walk, if any (see the
/// [module documentation](self)).
#[non_exhaustive]
#[derive(Clone, Debug)]
pub struct Dissection<'a> {
    /// The buffer that was dissected.
    pub bytes: &'a [u8],
    /// The entries, in buffer order; a nested list's entries follow their value's entry.
    pub entries: Vec<Entry<'a>>,
    /// What the parser says of the buffer: `None` when it parses.
    pub error: Option<ParseError>,
}

/// One entry of a dissected buffer.
#[non_exhaustive]
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    /// The offset of its first byte in the dissected buffer.
    pub offset: usize,
    /// How deep it is nested: 0 in the dissected list, 1 in a list held by a value of it, ….
    pub depth: usize,
    /// What it is, with what it holds.
    pub kind: EntryKind<'a>,
    /// Its syntax word: for a name, a value, and an end mark
    /// ([`Syntax::ENDMARK`]); `None` for the rest.
    pub syntax: Option<Syntax>,
    /// Its `cbLength`, for a name or a value.
    pub cb_length: Option<u32>,
    /// Where its data lies in the buffer (after the header of a name or a value; an end mark's is
    /// empty, after its syntax word).
    pub data: Range<usize>,
    /// Where its padding lies in the buffer (empty but for names and values whose data is not a
    /// multiple of 4 bytes).
    pub padding: Range<usize>,
    /// All of its bytes.
    pub bytes: &'a [u8],
}

/// What an [`Entry`] is, and what it holds.
#[non_exhaustive]
#[derive(Clone, Copy, Debug)]
pub enum EntryKind<'a> {
    /// The property count that opens a property list.
    Count(u32),
    /// A property's name entry: the name (as [`Property::name`](crate::Property::name) reads it).
    Name(Utf16Str<'a>),
    /// A value entry, read as the parsed list reads it.
    Value(Value<'a>),
    /// The end mark after a property's values, or at the end of a value list.
    EndMark,
    /// The list-level end mark after a property list's properties.
    TrailingEndMark,
    /// Bytes after a list, which lenient mode accepts.
    TrailingBytes,
    /// A control's output that is not a list: a DWORD, a string, a MULTI_SZ, a class info, a
    /// FILETIME, a maintenance mode, or undocumented bytes.
    Output(ControlOutput<'a>),
}

impl EntryKind<'_> {
    /// `count`, `name`, `value`, `end_mark`, `trailing_end_mark`, `trailing_bytes` or `output`.
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        match self {
            EntryKind::Count(_) => "count",
            EntryKind::Name(_) => "name",
            EntryKind::Value(_) => "value",
            EntryKind::EndMark => "end_mark",
            EntryKind::TrailingEndMark => "trailing_end_mark",
            EntryKind::TrailingBytes => "trailing_bytes",
            EntryKind::Output(_) => "output",
        }
    }
}

/// Dissects a property list in `mode` (see the [module documentation](self)).
#[must_use]
pub fn dissect_property_list(bytes: &[u8], mode: Mode) -> Dissection<'_> {
    let mut dissector = Dissector::new(bytes);
    let error = rules::property_list(bytes, Ctx::top(mode), &mut dissector).err();
    dissector.finish(error)
}

/// Dissects a standalone value list in `mode`.
#[must_use]
pub fn dissect_value_list(bytes: &[u8], mode: Mode) -> Dissection<'_> {
    let mut dissector = Dissector::new(bytes);
    let error = rules::value_list(bytes, Ctx::top(mode), &mut dissector).err();
    dissector.finish(error)
}

/// Dissects value lists one after another (the output of the STORAGE_GET_AVAILABLE_DISKS
/// controls), as [`ValueLists::parse_with`](crate::read::ValueLists::parse_with) reads them:
/// each list's values and end mark, at depth 0.
#[must_use]
pub fn dissect_value_lists(bytes: &[u8], mode: Mode) -> Dissection<'_> {
    let mut dissector = Dissector::new(bytes);
    let error = rules::value_lists(bytes, mode, &mut dissector).err();
    dissector.finish(error)
}

/// Dissects a control's output buffer according to its code, as
/// [`ControlCode::decode_output_with`] reads it.
///
/// A property list, a value list or value lists dissect as such. Any other output is one
/// [`EntryKind::Output`] entry covering the whole buffer (none for an empty output of a control
/// that returns nothing); a string or MULTI_SZ output that does not parse has no entry and the
/// parse error. Agreement with the decoder: where `decode_output_with` fails with
/// [`OutputError::Parse`], the dissection has that parse error; where it fails otherwise (an
/// unknown control, a wrong size, output where none belongs), this returns the same error.
///
/// ```
/// use clusprop::control::ControlCode;
/// use clusprop::dissect::dissect_control_output;
/// use clusprop::Mode;
///
/// let flags = dissect_control_output(ControlCode::NETWORK_GET_FLAGS, &[1, 0, 0, 0], Mode::Strict)?;
/// assert_eq!(flags.to_string(), "00000000  output  1\n");
/// let err = dissect_control_output(ControlCode::NETWORK_GET_FLAGS, &[1, 0], Mode::Strict);
/// assert_eq!(err.unwrap_err(), ControlCode::NETWORK_GET_FLAGS.decode_output(&[1, 0]).unwrap_err());
/// # Ok::<(), clusprop::control::OutputError>(())
/// ```
pub fn dissect_control_output(
    code: ControlCode,
    bytes: &[u8],
    mode: Mode,
) -> Result<Dissection<'_>, OutputError> {
    match code.output_kind() {
        Some(OutputKind::PropertyList) => return Ok(dissect_property_list(bytes, mode)),
        Some(OutputKind::ValueList) => return Ok(dissect_value_list(bytes, mode)),
        Some(OutputKind::ValueLists) => return Ok(dissect_value_lists(bytes, mode)),
        _ => {}
    }
    let mut dissector = Dissector::new(bytes);
    match code.decode_output_with(bytes, mode) {
        Ok(ControlOutput::Nothing) => Ok(dissector.finish(None)),
        Ok(output) => {
            dissector.push(0, bytes.len(), EntryKind::Output(output), None, None, 0);
            Ok(dissector.finish(None))
        }
        Err(OutputError::Parse { error, .. }) => Ok(dissector.finish(Some(error))),
        Err(error) => Err(error),
    }
}

impl Dissection<'_> {
    /// Whether the buffer parses (no error).
    #[must_use]
    pub fn is_ok(&self) -> bool {
        self.error.is_none()
    }

    /// Where the entries at depth 0 end: the buffer's length when it parses.
    #[must_use]
    pub fn end(&self) -> usize {
        self.entries
            .iter()
            .rev()
            .find(|e| e.depth == 0)
            .map_or(0, Entry::end)
    }

    /// The error's context, for a malformed buffer: the 16-byte row of the buffer that holds the
    /// error's offset, and a line with `^^` under that byte (see the
    /// [module documentation](self#text)).
    #[must_use]
    pub fn error_context(&self) -> Option<ErrorContext<'_>> {
        self.error.as_ref().map(|e| ErrorContext {
            bytes: self.bytes,
            offset: e.offset(),
        })
    }
}

/// The entries' lines, then the error's (see the [module documentation](self#text)).
impl fmt::Display for Dissection<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for entry in &self.entries {
            writeln!(f, "{entry}")?;
        }
        if let (Some(error), Some(context)) = (&self.error, self.error_context()) {
            writeln!(f, "error: {error}")?;
            write!(f, "{context}")?;
        }
        Ok(())
    }
}

/// A row of a buffer and a marker under one of its bytes (see [`Dissection::error_context`]):
/// two lines, each ending with a newline.
#[derive(Clone, Copy, Debug)]
pub struct ErrorContext<'a> {
    bytes: &'a [u8],
    offset: usize,
}

impl<'a> ErrorContext<'a> {
    /// The marked offset.
    #[must_use]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The row's offset (a multiple of 16) and bytes: the row that holds the offset, or the last
    /// row when the offset is at the end of the buffer.
    #[must_use]
    pub fn row(&self) -> (usize, &'a [u8]) {
        let len = self.bytes.len();
        let at = if self.offset >= len {
            len.saturating_sub(1)
        } else {
            self.offset
        };
        let start = at & !15;
        let row = self
            .bytes
            .get(start..len.min(start.saturating_add(16)))
            .unwrap_or_default();
        (start, row)
    }

    /// The column of the marker in the row line (the offset column and the bytes before it).
    #[must_use]
    pub fn marker_column(&self) -> usize {
        let (start, _) = self.row();
        10_usize.saturating_add(self.offset.saturating_sub(start).min(16).saturating_mul(3))
    }

    /// Whether the offset is at (or past) the end of the buffer.
    #[must_use]
    pub fn at_end(&self) -> bool {
        self.offset >= self.bytes.len()
    }
}

impl fmt::Display for ErrorContext<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (start, row) = self.row();
        write!(f, "{start:08x}  ")?;
        for (i, b) in row.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{b:02x}")?;
        }
        writeln!(f)?;
        write!(f, "{:width$}^^", "", width = self.marker_column())?;
        if self.at_end() {
            f.write_str(" (end of buffer)")?;
        }
        writeln!(f)
    }
}

impl<'a> Entry<'a> {
    /// The offset just past it.
    #[must_use]
    pub fn end(&self) -> usize {
        self.offset.saturating_add(self.bytes.len())
    }

    /// Its data bytes.
    #[must_use]
    pub fn data_bytes(&self) -> &'a [u8] {
        self.slice(&self.data)
    }

    /// Its padding bytes.
    #[must_use]
    pub fn padding_bytes(&self) -> &'a [u8] {
        self.slice(&self.padding)
    }

    /// Whether every padding byte is zero (the format says padding MUST be ignored; the
    /// canonical encoding writes zeros).
    #[must_use]
    pub fn padding_is_zero(&self) -> bool {
        self.padding_bytes().iter().all(|&b| b == 0)
    }

    fn slice(&self, range: &Range<usize>) -> &'a [u8] {
        let from = range.start.saturating_sub(self.offset);
        let to = range.end.saturating_sub(self.offset);
        self.bytes.get(from..to).unwrap_or_default()
    }

    /// The syntax as the text shows it: its `clusapi.h` name without `CLUSPROP_SYNTAX_`, or `0x`
    /// and 8 hex digits. `None` when the entry has no syntax, and for end marks (whose kind says
    /// it).
    #[must_use]
    pub fn syntax_label(&self) -> Option<SyntaxLabel> {
        match self.kind {
            EntryKind::Name(_) | EntryKind::Value(_) => self.syntax.map(SyntaxLabel),
            _ => None,
        }
    }

    /// What the entry holds as the text shows it (empty for an end mark).
    #[must_use]
    pub fn value_text(&self) -> ValueText<'_, 'a> {
        ValueText(self)
    }
}

/// One line: offset, indentation, kind, syntax, `cbLength`, padding, value (see the
/// [module documentation](self#text)).
impl fmt::Display for Entry<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:08x}  ", self.offset)?;
        for _ in 0..self.depth {
            f.write_str("  ")?;
        }
        f.write_str(self.kind.as_str())?;
        if let Some(label) = self.syntax_label() {
            write!(f, "  {label}")?;
        }
        if let Some(length) = self.cb_length {
            write!(f, "  cbLength={length}")?;
        }
        if !self.padding.is_empty() {
            write!(f, "  padding={}", Hex(self.padding_bytes(), usize::MAX))?;
            if !self.padding_is_zero() {
                f.write_str(" (non-zero!)")?;
            }
        }
        match self.kind {
            EntryKind::EndMark | EntryKind::TrailingEndMark => Ok(()),
            _ => write!(f, "  {}", self.value_text()),
        }
    }
}

/// A syntax as the text shows it (see [`Entry::syntax_label`]).
#[derive(Clone, Copy, Debug)]
pub struct SyntaxLabel(pub Syntax);

impl fmt::Display for SyntaxLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.name() {
            Some(name) => f.write_str(name.strip_prefix("CLUSPROP_SYNTAX_").unwrap_or(name)),
            None => write!(f, "{:#010x}", self.0 .0),
        }
    }
}

/// What an entry holds as the text shows it (see [`Entry::value_text`]).
#[derive(Clone, Copy, Debug)]
pub struct ValueText<'e, 'a>(&'e Entry<'a>);

/// At most this many bytes of binary data are shown.
const SHOWN_BYTES: usize = 32;

impl fmt::Display for ValueText<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entry = self.0;
        match entry.kind {
            EntryKind::Count(count) => write!(f, "{count}"),
            EntryKind::Name(name) => write!(f, "{name:?}"),
            EntryKind::Value(value) => decoded(f, &value.decoded()),
            EntryKind::EndMark | EntryKind::TrailingEndMark => Ok(()),
            EntryKind::TrailingBytes => bytes(f, entry.data_bytes()),
            EntryKind::Output(output) => match output {
                ControlOutput::Dword(v) => write!(f, "{v}"),
                ControlOutput::String(s) => write!(f, "{s:?}"),
                ControlOutput::Strings(m) => strings(f, m),
                ControlOutput::FileTime(t) => filetime(f, t),
                ControlOutput::ClassInfo(info) => write!(f, "{info:?}"),
                ControlOutput::MaintenanceMode(info) => write!(f, "{info:?}"),
                _ => bytes(f, entry.data_bytes()),
            },
        }
    }
}

fn decoded(f: &mut fmt::Formatter<'_>, value: &Decoded<'_>) -> fmt::Result {
    match value {
        Decoded::Dword(v) | Decoded::DiskSignature(v) | Decoded::DiskNumber(v) => write!(f, "{v}"),
        Decoded::Long(v) => write!(f, "{v}"),
        Decoded::Word(v) => write!(f, "{v}"),
        Decoded::ULargeInteger(v) | Decoded::DiskSize(v) => write!(f, "{v}"),
        Decoded::LargeInteger(v) => write!(f, "{v}"),
        Decoded::FileTime(t) => filetime(f, *t),
        Decoded::Sz(s)
        | Decoded::ExpandSz(s)
        | Decoded::ExpandedSz(s)
        | Decoded::DiskSerialNumber(s)
        | Decoded::DiskGuid(s) => write!(f, "{s:?}"),
        Decoded::MultiSz(m) => strings(f, *m),
        Decoded::PropertyList(list) => write!(
            f,
            "property list of {}",
            Count(list.len(), "property", "properties")
        ),
        Decoded::ValueList(list) => {
            write!(f, "value list of {}", Count(list.len(), "value", "values"))
        }
        Decoded::Binary(b) | Decoded::SecurityDescriptor(b) | Decoded::Bytes(b) => bytes(f, b),
        other => write!(f, "{other:?}"),
    }
}

fn filetime(f: &mut fmt::Formatter<'_>, time: FileTime) -> fmt::Result {
    write!(f, "{}", time.0)?;
    if let Some(utc) = time.utc() {
        write!(f, " ({utc})")?;
    }
    Ok(())
}

fn strings(f: &mut fmt::Formatter<'_>, strings: MultiSz<'_>) -> fmt::Result {
    f.debug_list().entries(strings.iter()).finish()
}

/// Up to [`SHOWN_BYTES`] bytes in hex, then how many there are.
fn bytes(f: &mut fmt::Formatter<'_>, bytes: &[u8]) -> fmt::Result {
    if bytes.is_empty() {
        return f.write_str("(empty)");
    }
    write!(f, "{}", Hex(bytes, SHOWN_BYTES))?;
    if bytes.len() > SHOWN_BYTES {
        write!(f, "… ({} bytes)", bytes.len())?;
    }
    Ok(())
}

/// `n` and the noun, singular or plural.
struct Count(usize, &'static str, &'static str);

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}",
            self.0,
            if self.0 == 1 { self.1 } else { self.2 }
        )
    }
}

/// Lowercase hex of at most `.1` bytes.
struct Hex<'a>(&'a [u8], usize);

impl fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0
            .iter()
            .take(self.1)
            .try_for_each(|b| write!(f, "{b:02x}"))
    }
}

/// Collects the entries as the checks pass them (see [`Walk`]).
struct Dissector<'a> {
    /// The outermost buffer: every offset counts from its start.
    buffer: &'a [u8],
    depth: usize,
    entries: Vec<Entry<'a>>,
}

impl<'a> Dissector<'a> {
    fn new(buffer: &'a [u8]) -> Self {
        Dissector {
            buffer,
            depth: 0,
            entries: Vec::new(),
        }
    }

    fn finish(self, error: Option<ParseError>) -> Dissection<'a> {
        Dissection {
            bytes: self.buffer,
            entries: self.entries,
            error,
        }
    }

    /// Adds the entry of `len` bytes at `offset`: its header (`syntax`, `cb_length`) is
    /// `header` bytes long, its data the `data_len` bytes after the header, its padding the rest.
    fn push(
        &mut self,
        offset: usize,
        len: usize,
        kind: EntryKind<'a>,
        syntax: Option<Syntax>,
        cb_length: Option<u32>,
        header: usize,
    ) {
        let end = offset.saturating_add(len);
        let data_start = offset.saturating_add(header).min(end);
        let data_len = cb_length.map_or(end.saturating_sub(data_start), |n| {
            usize::try_from(n).unwrap_or(usize::MAX)
        });
        let data_end = data_start.saturating_add(data_len).min(end);
        self.entries.push(Entry {
            offset,
            depth: self.depth,
            kind,
            syntax,
            cb_length,
            data: data_start..data_end,
            padding: data_end..end,
            bytes: self.buffer.get(offset..end).unwrap_or_default(),
        });
    }

    /// A 4-byte entry: an end mark (its syntax word 0, no data) or the count (data).
    fn word(&mut self, offset: usize, kind: EntryKind<'a>) {
        let (syntax, header) = match kind {
            EntryKind::Count(_) => (None, 0),
            _ => (Some(Syntax::ENDMARK), SYNTAX_LEN),
        };
        self.push(offset, COUNT_LEN, kind, syntax, None, header);
    }
}

impl<'a> Walk<'a> for Dissector<'a> {
    fn property(&mut self, name: Utf16Str<'a>, offset: usize) {
        // The entry passed its checks: its header, data and padding are in the buffer.
        let Some((entry, _)) = self.buffer.get(offset..).and_then(split_entry) else {
            return;
        };
        let len = HEADER_LEN
            .saturating_add(entry.data.len())
            .saturating_add(entry.padding.len());
        let cb_length = u32::try_from(entry.data.len()).unwrap_or(u32::MAX);
        self.push(
            offset,
            len,
            EntryKind::Name(name),
            Some(Syntax(entry.syntax)),
            Some(cb_length),
            HEADER_LEN,
        );
    }

    fn value(&mut self, value: &Value<'a>) {
        let len = HEADER_LEN
            .saturating_add(value.len())
            .saturating_add(value.padding().len());
        let cb_length = u32::try_from(value.len()).unwrap_or(u32::MAX);
        self.push(
            value.offset(),
            len,
            EntryKind::Value(*value),
            Some(value.syntax()),
            Some(cb_length),
            HEADER_LEN,
        );
        if !value.format().is_nested_list() {
            return;
        }
        // A nested list, as `decoded` recognises it, walked again by the same checks one level
        // deeper (they passed once: the walk cannot fail).
        self.depth = self.depth.saturating_add(1);
        let _ = match value.decoded() {
            Decoded::PropertyList(list) => {
                rules::property_list(list.as_bytes(), list.ctx(), self).map(drop)
            }
            Decoded::ValueList(list) => {
                rules::value_list(list.as_bytes(), list.ctx(), self).map(drop)
            }
            _ => Ok(()),
        };
        self.depth = self.depth.saturating_sub(1);
    }

    fn count(&mut self, offset: usize, count: u32) {
        self.word(offset, EntryKind::Count(count));
    }

    fn end_mark(&mut self, offset: usize) {
        self.word(offset, EntryKind::EndMark);
    }

    fn trailing_end_mark(&mut self, offset: usize) {
        self.word(offset, EntryKind::TrailingEndMark);
    }

    fn trailing_bytes(&mut self, offset: usize, bytes: &'a [u8]) {
        self.push(offset, bytes.len(), EntryKind::TrailingBytes, None, None, 0);
    }
}
