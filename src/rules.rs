//! The rules of the format (spec sections 3 to 6), checked once when a buffer is parsed.
//!
//! The views in [`crate::list`] and [`crate::value`] only read buffers that passed these checks,
//! so their accessors and iterators cannot fail.

use crate::error::{Item, ParseError};
use crate::syntax::{Format, Syntax, Type};
use crate::utf16::{self, MultiSz, Utf16Str};
use crate::wire::{
    header_at, padding_len, u32_at, COUNT_LEN, HEADER_LEN, MIN_PROPERTY_LEN, SYNTAX_LEN,
};

/// How much a parser accepts.
///
/// # Strict (the default)
///
/// Every rule of the format holds: NAME syntax first; every `cbLength` fits; names and string
/// values have an even length, end with a NUL and have no NUL before it; names are valid UTF-16;
/// DWORD and LONG are 4 bytes, WORD 2, ULARGE_INTEGER, LARGE_INTEGER and FILETIME 8; MULTI_SZ data
/// has an even length and ends with a NUL; every property has at least one value; every value of a
/// property list has the LIST_VALUE type (0x0001) or a user type (0x8000 to 0xFFFE; 0xFFFF is
/// `CLUSPROP_TYPE_UNKNOWN`); each property's
/// values end with a 4-byte end mark; after the declared number of properties comes either the end
/// of the buffer or exactly one list-level end mark (`00 00 00 00`), and nothing else. A standalone
/// value list ends with its end mark and nothing follows it.
///
/// What strict mode accepts because Windows itself sends it: any padding contents (the spec says
/// they MUST be ignored); string values that are not valid UTF-16 (kept exactly); an empty
/// MULTI_SZ of 2 bytes (one NUL); a MULTI_SZ with extra trailing NULs; a security descriptor sent
/// with the BINARY syntax; several values per property (EXPAND_SZ then EXPANDED_SZ); any type in a
/// standalone value list.
///
/// # Lenient
///
/// Everything strict mode accepts, and also what sloppy producers send:
///
/// * names and SZ / EXPAND_SZ / EXPANDED_SZ values that are not NUL-terminated, hold bytes after
///   their first NUL (a `cbLength` that counts padding, for example), or have an odd length: the
///   string is the code units before the first NUL, and the exact bytes stay available (for values
///   through [`Value::bytes`](crate::Value::bytes) and the JSON `raw` key);
/// * MULTI_SZ data that is not NUL-terminated or has an odd length;
/// * properties without values;
/// * values of any type in a property list (RESCLASS, a disk type, `CLUSPROP_TYPE_UNKNOWN`
///   0xFFFF, …), except NAME;
/// * anything after the declared properties: extra end marks, another property when the count is
///   too low, garbage. [`PropertyList::has_trailing_end_mark`](crate::PropertyList::has_trailing_end_mark)
///   still says whether the first 4 bytes were an end mark, and
///   [`trailing_bytes`](crate::PropertyList::trailing_bytes) returns the rest. The same holds for
///   bytes after a value list's end mark.
///
/// Lists nested in VALUE_LIST / PROPERTY_LIST values are recognised by the strict rules in both
/// modes (their layout is undocumented; only well-formed ones are read as lists, the rest are
/// bytes), so lenient mode accepts everything strict mode accepts.
///
/// Lenient mode still rejects what it could not read without guessing: a truncated entry, a
/// `cbLength` past the end, a missing NAME syntax, a missing end mark, a fixed-width value of the
/// wrong width, a name that is not valid UTF-16, a count the buffer cannot hold, nesting beyond
/// [`MAX_NESTING_DEPTH`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// Enforce every rule of the format (the default).
    #[default]
    Strict,
    /// Also accept what sloppy producers send (see the type's documentation).
    Lenient,
}

/// How deep lists may nest inside VALUE_LIST / PROPERTY_LIST values.
///
/// The list given to `parse` is at depth 0; a list held by one of its values is at depth 1. A
/// VALUE_LIST or PROPERTY_LIST value inside a list at depth `MAX_NESTING_DEPTH` is an error
/// ([`ParseError::NestingTooDeep`]), whatever its bytes, so hostile input cannot exhaust the stack.
pub const MAX_NESTING_DEPTH: usize = 16;

/// Where a list sits: its offset in the outermost buffer, the mode, and its nesting depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Ctx {
    pub(crate) base: usize,
    pub(crate) mode: Mode,
    pub(crate) depth: usize,
    /// Whether the bytes passed the checks of `mode` (false for a value that was not parsed).
    pub(crate) checked: bool,
}

impl Ctx {
    pub(crate) fn top(mode: Mode) -> Ctx {
        Ctx {
            base: 0,
            mode,
            depth: 0,
            checked: true,
        }
    }

    /// Absolute offset of a position in this list.
    #[inline]
    pub(crate) fn at(&self, local: usize) -> usize {
        self.base.saturating_add(local)
    }

    #[inline]
    fn strict(&self) -> bool {
        self.mode == Mode::Strict
    }

    /// The context of a list nested in a value whose data starts at absolute offset `data_at`.
    pub(crate) fn nested(&self, data_at: usize) -> Result<Ctx, ParseError> {
        let depth = self.depth.saturating_add(1);
        if depth > MAX_NESTING_DEPTH {
            return Err(ParseError::NestingTooDeep {
                offset: data_at,
                limit: MAX_NESTING_DEPTH,
            });
        }
        // Nested lists are recognised by the strict rules in both modes: whether a value's bytes
        // form a list must not depend on the mode, or lenient mode could refuse (by nesting
        // deeper) what strict mode accepts as plain bytes.
        Ok(Ctx {
            base: data_at,
            mode: Mode::Strict,
            depth,
            checked: true,
        })
    }
}

/// What checking a property list learned about its shape.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ListShape {
    pub(crate) count: u32,
    /// Local offset just past the last property.
    pub(crate) props_end: usize,
    pub(crate) trailing_end_mark: bool,
}

/// Checks a whole property list.
pub(crate) fn property_list(bytes: &[u8], ctx: Ctx) -> Result<ListShape, ParseError> {
    let len = bytes.len();
    let Some(count) = u32_at(bytes, 0) else {
        return Err(ParseError::Truncated {
            item: Item::PropertyCount,
            offset: ctx.at(0),
            needed: COUNT_LEN,
            available: len,
        });
    };
    let available = len.saturating_sub(COUNT_LEN);
    let max = available.checked_div(MIN_PROPERTY_LEN).unwrap_or(0);
    if usize::try_from(count).map_or(true, |c| c > max) {
        return Err(ParseError::CountTooLarge {
            offset: ctx.at(0),
            count,
            max,
            available,
        });
    }

    let mut pos = COUNT_LEN;
    for found in 0..count {
        let rest = len.saturating_sub(pos);
        if rest == 0 || (rest == SYNTAX_LEN && u32_at(bytes, pos) == Some(0)) {
            return Err(ParseError::MissingProperties {
                offset: ctx.at(pos),
                declared: count,
                found,
            });
        }
        pos = name_entry(bytes, pos, ctx)?;
        let (next, values) = value_run(bytes, pos, ctx, true)?;
        if values == 0 && ctx.strict() {
            return Err(ParseError::NoValues {
                offset: ctx.at(pos),
            });
        }
        pos = next;
    }

    let rest = len.saturating_sub(pos);
    let first = u32_at(bytes, pos);
    let trailing_end_mark = first == Some(0);
    if ctx.strict() && rest != 0 && !(rest == SYNTAX_LEN && trailing_end_mark) {
        return Err(if first == Some(Syntax::NAME.0) {
            ParseError::ExtraProperty {
                offset: ctx.at(pos),
                declared: count,
            }
        } else if trailing_end_mark {
            ParseError::TrailingBytes {
                offset: ctx.at(pos.saturating_add(SYNTAX_LEN)),
                length: rest.saturating_sub(SYNTAX_LEN),
            }
        } else {
            ParseError::TrailingBytes {
                offset: ctx.at(pos),
                length: rest,
            }
        });
    }
    Ok(ListShape {
        count,
        props_end: pos,
        trailing_end_mark,
    })
}

/// Checks a standalone value list; returns the local offset just past its end mark and the number
/// of values.
pub(crate) fn value_list(bytes: &[u8], ctx: Ctx) -> Result<(usize, u32), ParseError> {
    let (end, count) = value_run(bytes, 0, ctx, false)?;
    let rest = bytes.len().saturating_sub(end);
    if ctx.strict() && rest != 0 {
        return Err(ParseError::TrailingBytes {
            offset: ctx.at(end),
            length: rest,
        });
    }
    Ok((end, count))
}

/// Checks the name entry at `pos`; returns the offset of what follows its padding.
fn name_entry(bytes: &[u8], pos: usize, ctx: Ctx) -> Result<usize, ParseError> {
    let rest = bytes.len().saturating_sub(pos);
    let Some((syntax, length)) = header_at(bytes, pos) else {
        return Err(ParseError::Truncated {
            item: Item::NameHeader,
            offset: ctx.at(pos),
            needed: HEADER_LEN,
            available: rest,
        });
    };
    if syntax != Syntax::NAME.0 {
        return Err(ParseError::ExpectedName {
            offset: ctx.at(pos),
            found: Syntax(syntax),
        });
    }
    let length_at = ctx.at(pos.saturating_add(SYNTAX_LEN));
    let data_at = pos.saturating_add(HEADER_LEN);
    let data = entry_data(bytes, data_at, length, Item::Name, length_at)?;
    let (name, scan) = if ctx.strict() {
        terminated_string(data, Item::Name, ctx.at(data_at), length_at)?
    } else {
        let scan = utf16::scan(data);
        let end = scan.first_nul.map_or(data.len(), |i| i.saturating_mul(2));
        (
            Utf16Str::from_le_bytes(data.get(..end).unwrap_or_default()),
            scan,
        )
    };
    // Only a surrogate can make UTF-16 invalid: the full check runs only when there is one.
    if scan.first_surrogate.is_some_and(|i| i < name.len()) {
        if let Some(bad) = name.first_invalid() {
            return Err(ParseError::InvalidName {
                offset: ctx.at(data_at.saturating_add(bad.index.saturating_mul(2))),
                unit: bad.unit,
            });
        }
    }
    skip_padding(bytes, data_at, data.len(), ctx)
}

/// Checks the values at `pos` up to and including their end mark. Returns the offset past the end
/// mark and the number of values.
fn value_run(
    bytes: &[u8],
    mut pos: usize,
    ctx: Ctx,
    in_property_list: bool,
) -> Result<(usize, u32), ParseError> {
    let mut count = 0u32;
    loop {
        let rest = bytes.len().saturating_sub(pos);
        let Some(syntax) = u32_at(bytes, pos) else {
            return Err(ParseError::Truncated {
                item: Item::ValueOrEndMark,
                offset: ctx.at(pos),
                needed: SYNTAX_LEN,
                available: rest,
            });
        };
        if syntax == Syntax::ENDMARK.0 {
            return Ok((pos.saturating_add(SYNTAX_LEN), count));
        }
        let syntax = Syntax(syntax);
        if syntax == Syntax::NAME {
            return Err(ParseError::MissingEndMark {
                offset: ctx.at(pos),
                found: syntax,
            });
        }
        if in_property_list
            && ctx.strict()
            && syntax.ty() != Type::LIST_VALUE
            && !syntax.ty().is_user()
        {
            return Err(ParseError::UnexpectedValueType {
                offset: ctx.at(pos),
                syntax,
            });
        }
        let Some((_, length)) = header_at(bytes, pos) else {
            return Err(ParseError::Truncated {
                item: Item::ValueHeader,
                offset: ctx.at(pos),
                needed: HEADER_LEN,
                available: rest,
            });
        };
        let length_at = ctx.at(pos.saturating_add(SYNTAX_LEN));
        let data_at = pos.saturating_add(HEADER_LEN);
        let data = entry_data(bytes, data_at, length, Item::Value, length_at)?;
        value_data(syntax, data, ctx.at(data_at), length_at, ctx)?;
        pos = skip_padding(bytes, data_at, data.len(), ctx)?;
        // Each value takes at least 8 bytes of a buffer shorter than `usize::MAX`.
        count = count.saturating_add(1);
    }
}

/// The `length` data bytes at `data_at`, or the error for a `cbLength` past the end.
fn entry_data(
    bytes: &[u8],
    data_at: usize,
    length: u32,
    item: Item,
    length_at: usize,
) -> Result<&[u8], ParseError> {
    let available = bytes.len().saturating_sub(data_at);
    usize::try_from(length)
        .ok()
        .and_then(|len| data_at.checked_add(len))
        .and_then(|end| bytes.get(data_at..end))
        .ok_or(ParseError::LengthOutOfBounds {
            item,
            offset: length_at,
            length,
            available,
        })
}

/// Skips the padding after `len` data bytes at `data_at`; returns the offset after it.
fn skip_padding(bytes: &[u8], data_at: usize, len: usize, ctx: Ctx) -> Result<usize, ParseError> {
    let end = data_at.saturating_add(len);
    let pad = padding_len(len);
    let available = bytes.len().saturating_sub(end);
    if pad > available {
        return Err(ParseError::Truncated {
            item: Item::Padding,
            offset: ctx.at(end),
            needed: pad,
            available,
        });
    }
    Ok(end.saturating_add(pad))
}

/// The format-specific rules for a value's data.
pub(crate) fn value_data(
    syntax: Syntax,
    data: &[u8],
    data_at: usize,
    length_at: usize,
    ctx: Ctx,
) -> Result<(), ParseError> {
    let format = syntax.format();
    let found = u32::try_from(data.len()).unwrap_or(u32::MAX);
    if let Some(expected) = format.fixed_len() {
        if found != expected {
            return Err(ParseError::WrongLength {
                offset: length_at,
                syntax,
                expected,
                found,
            });
        }
    } else if format.is_string() {
        if ctx.strict() {
            terminated_string(data, Item::Value, data_at, length_at)?;
        }
    } else if format == Format::MULTI_SZ {
        if ctx.strict() {
            even_and_terminated(data, Item::Value, data_at, length_at)?;
        }
    } else if format.is_nested_list() {
        let inner = ctx.nested(data_at)?;
        let result = if format == Format::PROPERTY_LIST {
            property_list(data, inner).map(drop)
        } else {
            value_list(data, inner).map(drop)
        };
        // The inner layout is undocumented: data that is not a list is plain bytes. Only the
        // nesting limit is an error, so that hostile input cannot nest without bound.
        if let Err(e @ ParseError::NestingTooDeep { .. }) = result {
            return Err(e);
        }
    }
    Ok(())
}

/// Even length and a final NUL code unit; returns the code units before that NUL.
fn even_and_terminated<'a>(
    data: &'a [u8],
    item: Item,
    data_at: usize,
    length_at: usize,
) -> Result<Utf16Str<'a>, ParseError> {
    if data.len() % 2 != 0 {
        return Err(ParseError::OddLength {
            item,
            offset: length_at,
            length: u32::try_from(data.len()).unwrap_or(u32::MAX),
        });
    }
    let text_len = data.len().saturating_sub(2);
    match data.get(text_len..) {
        Some([0, 0]) => Ok(Utf16Str::from_le_bytes(
            data.get(..text_len).unwrap_or_default(),
        )),
        last => Err(ParseError::NotTerminated {
            item,
            offset: data_at.saturating_add(text_len),
            found: match last {
                Some(&[lo, hi]) => u16::from_le_bytes([lo, hi]),
                _ => 0xFFFF,
            },
        }),
    }
}

/// Even length, a final NUL and no NUL before it; returns the code units before the NUL and
/// what scanning them found.
fn terminated_string<'a>(
    data: &'a [u8],
    item: Item,
    data_at: usize,
    length_at: usize,
) -> Result<(Utf16Str<'a>, utf16::Scan), ParseError> {
    let text = even_and_terminated(data, item, data_at, length_at)?;
    let scan = utf16::scan(text.as_bytes());
    if let Some(i) = scan.first_nul {
        return Err(ParseError::InteriorNul {
            item,
            offset: data_at.saturating_add(i.saturating_mul(2)),
        });
    }
    Ok((text, scan))
}

/// The code units before the first NUL (all of them when there is none); a trailing odd byte is
/// left out.
pub(crate) fn before_nul(data: &[u8]) -> Utf16Str<'_> {
    let end = utf16::scan(data)
        .first_nul
        .map_or(data.len(), |i| i.saturating_mul(2));
    Utf16Str::from_le_bytes(data.get(..end).unwrap_or_default())
}

/// A bare NUL-terminated UTF-16 string filling a whole buffer (the output of GET_NAME and its
/// kind): even length, a final NUL, no NUL before it. Returns the code units before the NUL.
pub(crate) fn bare_string(bytes: &[u8]) -> Result<Utf16Str<'_>, ParseError> {
    terminated_string(bytes, Item::String, 0, 0).map(|(text, _)| text)
}

/// A bare MULTI_SZ filling a whole buffer (the output of ENUM_*_PROPERTIES): empty, or an even
/// length ending with a NUL.
pub(crate) fn bare_multi_sz(bytes: &[u8]) -> Result<MultiSz<'_>, ParseError> {
    if !bytes.is_empty() {
        even_and_terminated(bytes, Item::String, 0, 0)?;
    }
    Ok(MultiSz::from_le_bytes(bytes))
}
