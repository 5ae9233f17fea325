//! Borrowed property lists: [`PropertyList`], its [`Property`] items and their iterators.

use crate::error::ParseError;
use crate::read::rules::{self, before_nul, Ctx, Mode};
use crate::read::utf16::Utf16Str;
use crate::read::value::Values;
use crate::read::visit::Visit;
use crate::read::wire::{split_entry, split_values, Entry, COUNT_LEN, HEADER_LEN, SYNTAX_LEN};
use core::fmt;
use core::iter::FusedIterator;

/// A checked, borrowed view of a property list (`CLUSPROP_LIST`).
///
/// [`parse`](Self::parse) checks the whole buffer once; after that, walking properties and values,
/// reading names and decoding values cannot fail and allocates nothing.
///
/// ```
/// use clusprop::PropertyList;
///
/// // Role = 1 (DWORD), as built by Microsoft's documentation (no trailing end mark).
/// let bytes = [
///     0x01, 0, 0, 0, 0x03, 0, 0x04, 0, 0x0a, 0, 0, 0, b'R', 0, b'o', 0,
///     b'l', 0, b'e', 0, 0, 0, 0, 0, 0x02, 0, 0x01, 0, 0x04, 0, 0, 0,
///     0x01, 0, 0, 0, 0, 0, 0, 0,
/// ];
/// let list = PropertyList::parse(&bytes)?;
/// assert_eq!(list.len(), 1);
/// assert!(!list.has_trailing_end_mark());
/// let role = list.get("role").expect("lookup is case-insensitive");
/// assert_eq!(role.name(), "Role");
/// assert_eq!(role.value().and_then(|v| v.as_u32()), Some(1));
/// # Ok::<(), clusprop::ParseError>(())
/// ```
#[derive(Clone, Copy)]
pub struct PropertyList<'a> {
    bytes: &'a [u8],
    count: u32,
    props_end: usize,
    trailing_end_mark: bool,
    ctx: Ctx,
}

impl<'a> PropertyList<'a> {
    parse_entries!("a property list", "each property and value", parse_in(bytes, ctx, visitor) {
        let shape = rules::property_list(bytes, ctx, visitor)?;
        Ok(PropertyList {
            bytes,
            count: shape.count,
            props_end: shape.props_end,
            trailing_end_mark: shape.trailing_end_mark,
            ctx,
        })
    });

    count_len!(
        "The number of properties (the list's count).",
        "Whether the list has no properties."
    );

    /// The properties, in buffer order.
    #[must_use]
    pub fn properties(&self) -> Properties<'a> {
        Properties {
            rest: self.bytes.get(COUNT_LEN..).unwrap_or_default(),
            offset: self.ctx.at(COUNT_LEN),
            remaining: self.count,
            ctx: self.ctx,
        }
    }

    /// The first property whose name equals `name` as Windows compares names: ordinally,
    /// ignoring case, code unit by code unit ([`names_eq`](crate::names_eq)). Does not allocate.
    /// (A lenient list's name with an unpaired surrogate equals no `&str`.)
    #[must_use]
    pub fn get(&self, name: &str) -> Option<Property<'a>> {
        self.properties().find(|p| p.name().eq_ignore_case(name))
    }

    /// Whether the list-level end mark (`00 00 00 00` after the last property) is present.
    ///
    /// Windows' own output carries it; Microsoft's documented examples omit it. Both are valid.
    #[must_use]
    pub fn has_trailing_end_mark(&self) -> bool {
        self.trailing_end_mark
    }

    /// Bytes after the properties and the trailing end mark. Always empty in strict mode; in
    /// lenient mode, whatever followed.
    #[must_use]
    pub fn trailing_bytes(&self) -> &'a [u8] {
        let skip = if self.trailing_end_mark {
            SYNTAX_LEN
        } else {
            0
        };
        self.bytes
            .get(self.props_end.saturating_add(skip)..)
            .unwrap_or_default()
    }

    /// Whether the buffer is exactly what the builder writes for this content: zero padding,
    /// names of exactly their characters plus one NUL, every value canonical
    /// ([`Value::is_canonical`](crate::Value::is_canonical)), and nothing after the optional
    /// trailing end mark. For such a buffer `b`, `parse(b)` → owned → build gives `b` back.
    #[must_use]
    pub fn is_canonical(&self) -> bool {
        self.layout_is_canonical()
            && self
                .properties()
                .all(|p| p.values().all(|v| v.is_canonical()))
    }

    /// The canonical-layout part of [`is_canonical`](Self::is_canonical), values' data excluded.
    pub(crate) fn layout_is_canonical(&self) -> bool {
        self.trailing_bytes().is_empty() && self.properties().all(|p| p.layout_is_canonical())
    }

    /// The list's size in bytes (what was parsed, trailing bytes included).
    pub(crate) fn byte_len(&self) -> usize {
        self.bytes.len()
    }

    /// The absolute offset of this list in the outermost parsed buffer.
    #[must_use]
    pub fn offset(&self) -> usize {
        self.ctx.base
    }
}

impl fmt::Debug for PropertyList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PropertyList")
            .field("properties", &DebugList(*self))
            .field("trailing_end_mark", &self.trailing_end_mark)
            .finish()
    }
}

struct DebugList<'a>(PropertyList<'a>);

impl fmt::Debug for DebugList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.properties()).finish()
    }
}

impl<'a> IntoIterator for PropertyList<'a> {
    type Item = Property<'a>;
    type IntoIter = Properties<'a>;

    fn into_iter(self) -> Properties<'a> {
        self.properties()
    }
}

impl<'a> IntoIterator for &PropertyList<'a> {
    type Item = Property<'a>;
    type IntoIter = Properties<'a>;

    fn into_iter(self) -> Properties<'a> {
        self.properties()
    }
}

/// Iterator over the properties of a [`PropertyList`].
#[derive(Clone, Debug)]
pub struct Properties<'a> {
    /// From the next property to the end of the list's buffer.
    rest: &'a [u8],
    /// The absolute offset of `rest`.
    offset: usize,
    remaining: u32,
    ctx: Ctx,
}

impl<'a> Iterator for Properties<'a> {
    type Item = Property<'a>;

    #[inline]
    fn next(&mut self) -> Option<Property<'a>> {
        if self.remaining == 0 {
            return None;
        }
        let item = self.read();
        match item {
            Some((property, after)) => {
                // `after` is a suffix of `rest`, and offsets within one buffer cannot wrap.
                let read = self.rest.len().wrapping_sub(after.len());
                self.offset = self.offset.wrapping_add(read);
                self.rest = after;
                self.remaining = self.remaining.wrapping_sub(1);
                Some(property)
            }
            // Unreachable for a checked list; ends the iteration rather than panicking.
            None => {
                self.remaining = 0;
                None
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::try_from(self.remaining).unwrap_or(usize::MAX);
        (n, Some(n))
    }
}

impl<'a> Properties<'a> {
    /// The property at the start of `rest` and the bytes after its end mark. The list passed its
    /// checks, so this only finds the entries' bounds again (`None` cannot happen; it ends the
    /// iteration).
    #[inline]
    fn read(&self) -> Option<(Property<'a>, &'a [u8])> {
        let rest = self.rest;
        let (name, tail) = split_entry(rest)?;
        let (values, value_count, after) = split_values(tail)?;
        let text = match self.ctx.mode {
            Mode::Strict => Utf16Str::from_le_bytes(name.data.split_last_chunk::<2>()?.0),
            Mode::Lenient => before_nul(name.data),
        };
        let property = Property {
            name: text,
            // `tail` is a suffix of `rest`.
            name_entry: rest.get(..rest.len().wrapping_sub(tail.len()))?,
            values,
            value_count,
            offset: self.offset,
            ctx: self.ctx,
        };
        Some((property, after))
    }
}

impl ExactSizeIterator for Properties<'_> {}
impl FusedIterator for Properties<'_> {}

/// One property of a [`PropertyList`]: a name and one or more values.
#[derive(Clone, Copy)]
pub struct Property<'a> {
    name: Utf16Str<'a>,
    /// The name entry: header, data and padding.
    name_entry: &'a [u8],
    /// The value entries (the end mark excluded).
    values: &'a [u8],
    value_count: u32,
    offset: usize,
    ctx: Ctx,
}

/// Whether a name entry's data is exactly what `name` (the text a parse in `strict` mode or not
/// read from it) encodes to: its code units, valid UTF-16, and one NUL.
pub(crate) fn name_is_canonical(name: Utf16Str<'_>, name_bytes: &[u8], strict: bool) -> bool {
    name_bytes.len() == name.as_bytes().len().saturating_add(2)
        && (strict || name.first_invalid().is_none())
}

impl<'a> Property<'a> {
    /// The name: its UTF-16 code units before the terminating NUL. Valid UTF-16 in a strict
    /// list; a lenient list's name may hold unpaired surrogates (see [`Mode`]).
    #[must_use]
    pub fn name(&self) -> Utf16Str<'a> {
        self.name
    }

    /// The name entry's exact data bytes (`cbLength` of them, the NUL included).
    #[must_use]
    pub fn name_bytes(&self) -> &'a [u8] {
        self.name_entry().map_or(&[], |e| e.data)
    }

    /// The padding after the name entry's data (0 to 3 bytes, as read).
    #[must_use]
    pub fn name_padding(&self) -> &'a [u8] {
        self.name_entry().map_or(&[], |e| e.padding)
    }

    /// Whether the name entry's data is exactly what [`name`](Self::name) encodes to: its code
    /// units, valid UTF-16, and one NUL. Always true in a strict list.
    #[must_use]
    pub fn name_is_canonical(&self) -> bool {
        self.name_is_canonical_for(self.name_bytes())
    }

    /// [`name_is_canonical`](Self::name_is_canonical), given the name entry's data.
    pub(crate) fn name_is_canonical_for(&self, name_bytes: &[u8]) -> bool {
        name_is_canonical(self.name, name_bytes, self.ctx.strict())
    }

    /// [`name_bytes`](Self::name_bytes) and [`name_padding`](Self::name_padding), the entry
    /// read once.
    pub(crate) fn name_bytes_and_padding(&self) -> (&'a [u8], &'a [u8]) {
        self.name_entry()
            .map_or((&[], &[]), |e| (e.data, e.padding))
    }

    /// The name entry, read again from the start of `entry` (it passed the checks).
    fn name_entry(&self) -> Option<Entry<'a>> {
        split_entry(self.name_entry).map(|(entry, _)| entry)
    }

    /// The values, in buffer order. Windows sends two for EXPAND_SZ properties (EXPAND_SZ then
    /// EXPANDED_SZ).
    #[must_use]
    #[inline]
    pub fn values(&self) -> Values<'a> {
        Values::new(
            self.values,
            // An offset within the buffer: cannot wrap.
            self.offset.wrapping_add(self.name_entry.len()),
            self.value_count,
            self.ctx,
            // A strict parse refused every typed syntax among a property's values.
            !self.ctx.strict(),
        )
    }

    /// The first value (`None` only for a property without values, which only lenient mode
    /// accepts).
    #[must_use]
    pub fn value(&self) -> Option<crate::Value<'a>> {
        self.values().next()
    }

    /// The number of values.
    #[must_use]
    pub fn value_count(&self) -> usize {
        usize::try_from(self.value_count).unwrap_or(usize::MAX)
    }

    /// Offset of the property's name entry in the outermost parsed buffer.
    #[must_use]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Whether the name entry is what a builder writes for [`name`](Self::name): canonical
    /// bytes ([`name_is_canonical`](Self::name_is_canonical)) and zero padding. In a strict list
    /// (the usual case) one look at the bytes after the name and its NUL.
    #[inline]
    pub(crate) fn name_entry_is_canonical(&self) -> bool {
        let expected = self.name.as_bytes().len().saturating_add(2);
        let padding_is_zero = self
            .name_entry
            .get(HEADER_LEN.saturating_add(expected)..)
            .is_some_and(|tail| tail.iter().all(|&b| b == 0));
        // A strict name's data is exactly its code units and the NUL: what follows is padding.
        padding_is_zero && (self.ctx.strict() || self.name_is_canonical())
    }

    /// At least one value, a name of exactly its characters and one NUL, zero padding.
    fn layout_is_canonical(&self) -> bool {
        self.value_count > 0
            && self.name_entry_is_canonical()
            && self.values().all(|v| v.padding().iter().all(|&b| b == 0))
    }
}

impl fmt::Debug for Property<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Property")
            .field("name", &self.name)
            .field("values", &DebugValues(self.values()))
            .finish()
    }
}

struct DebugValues<'a>(Values<'a>);

impl fmt::Debug for DebugValues<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.clone()).finish()
    }
}

/// Two lists are equal when their properties are, in the same order (names by their code units,
/// exactly; values by syntax and data), and both have or both lack the trailing end mark.
///
/// ```
/// use clusprop::{Mode, PropertyList, PropertyListBuilder};
///
/// let bytes = PropertyListBuilder::new().property("Role").dword(3).finish()?;
/// let strict = PropertyList::parse(&bytes)?;
/// let lenient = PropertyList::parse_with(&bytes, Mode::Lenient)?;
/// assert_eq!(strict, lenient);
/// let other = PropertyListBuilder::new().property("Role").dword(1).finish()?;
/// assert_ne!(strict, PropertyList::parse(&other)?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl PartialEq for PropertyList<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.has_trailing_end_mark() == other.has_trailing_end_mark()
            && self.properties().eq(other.properties())
    }
}

impl Eq for PropertyList<'_> {}

/// Two properties are equal when their names have the same code units and their values are equal
/// in the same order.
impl PartialEq for Property<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.name() == other.name() && self.values().eq(other.values())
    }
}

impl Eq for Property<'_> {}
