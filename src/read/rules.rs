//! The rules of the format (spec sections 3 to 6), checked once when a buffer is parsed.
//!
//! The views in [`crate::read::list`] and [`crate::read::value`] only read buffers that passed these checks,
//! so their accessors and iterators cannot fail.
//!
//! An entry takes one of two ways through the checks. The quick path (`quick_name`, `quick_value`)
//! says only "accepted": one bounds check covers the data and the padding, one vector pass checks
//! a string and its NUL, nothing is kept for an error. Whatever it does not accept (a malformed
//! entry, a nested list, a name with wide code units) goes to the precise checks (`name_entry`,
//! `value_entry`), which run the rules one by one in the order errors are reported and decide.
//! The quick path accepts nothing the precise checks refuse; a test holds it to that, and every
//! fuzz input is parsed against the reference decoder.

use super::scan;
use super::utf16::{MultiSz, Utf16Str};
use crate::error::{Item, ParseError};
use crate::read::typed::{typed_len, typed_len_ok};
use crate::read::value::Value;
use crate::read::visit::Walk;
use crate::read::wire::{
    padding_len, split_data, split_entry_in, split_header, u32_at, Entry, COUNT_LEN, HEADER_LEN,
    MIN_PROPERTY_LEN, SYNTAX_LEN,
};
use crate::syntax::{Format, Syntax, Type};

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
/// # Standalone value lists: every type, typed sizes
///
/// A standalone value list (and a list nested in a VALUE_LIST value) holds entries of every
/// `CLUSPROP_TYPE_*`, NAME included: `CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES` returns RESCLASS
/// and NAME entries (MS-CMRP 3.1.4.3.1.5), the storage controls disk and partition entries (spec
/// section 17). A NAME entry there is a string (the SZ rules). The typed structures have their own
/// sizes, which take precedence over their format's, in both modes: a wrong size is
/// [`ParseError::WrongLength`](crate::ParseError::WrongLength) at the `cbLength` field, with the
/// structure's size as `expected`:
///
/// | syntax | size |
/// |---|---|
/// | RESCLASS 0x00020002 | 8 (`CLUS_RESOURCE_CLASS_INFO`), or 4 |
/// | FTSET_INFO 0x00090001 | 8 |
/// | PARTITION_INFO 0x00080001 | 1 120 |
/// | PARTITION_INFO_EX 0x000D0001 | 1 160 |
/// | PARTITION_INFO_EX2 0x000E0001 | 540 |
///
/// SCSI_ADDRESS, DISK_SIGNATURE and DISK_NUMBER (4 bytes), DISK_SIZE (8) and DISK_GUID /
/// DISK_SERIALNUMBER (strings) have the sizes of their formats already; STORAGE_DEVICE_ID_DESCRIPTOR
/// is variable binary.
///
/// A RESCLASS of 4 bytes is accepted too: MS-CMRP 3.1.4.3.1.5 and clusapi.h's
/// `CLUSPROP_RESOURCE_CLASS_INFO` say Windows writes the 8-byte `CLUS_RESOURCE_CLASS_INFO`, but
/// clusapi.h also declares `CLUSPROP_RESOURCE_CLASS` (the RESCLASS entry with one
/// `CLUSTER_RESOURCE_CLASS` DWORD, the size its DWORD format gives), which
/// `CLUSPROP_REQUIRED_DEPENDENCY` and `CLUSPROP_BUFFER_HELPER` use. The 4-byte form decodes as its
/// format, a DWORD (the class); the 8-byte form as a
/// [`ResourceClassInfo`](crate::read::ResourceClassInfo).
///
/// Property lists keep their rules: a NAME among a property's values is a missing end mark in
/// both modes, and the typed sizes do not apply there (lenient mode reads a typed value by its
/// format's rules; [`Value::decoded`](crate::Value::decoded) gives the structure when the size
/// is right).
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
///   string is the code units before the first NUL, and the exact bytes stay available (through
///   [`Property::name_bytes`](crate::Property::name_bytes) and the JSON `name_bytes` key for names,
///   [`Value::bytes`](crate::Value::bytes) and the JSON `raw` key for values);
/// * names that are not valid UTF-16 (an unpaired surrogate), as windows_exporter's Go parser
///   (built against real clusters) reads them: [`Property::name`](crate::Property::name) has the
///   code units as they are, its text ([`Utf16Str::to_string_lossy`](crate::read::Utf16Str::to_string_lossy),
///   the JSON `name`) has U+FFFD for each unpaired surrogate, and the exact bytes stay available;
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
/// wrong width, a count the buffer cannot hold, nesting beyond
/// [`MAX_NESTING_DEPTH`].
#[non_exhaustive]
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
    pub(crate) depth: u8,
}

impl Ctx {
    pub(crate) fn top(mode: Mode) -> Ctx {
        Ctx {
            base: 0,
            mode,
            depth: 0,
        }
    }

    /// Absolute offset of a position in this list.
    #[inline]
    pub(crate) fn at(&self, local: usize) -> usize {
        self.base.saturating_add(local)
    }

    #[inline]
    pub(crate) fn strict(&self) -> bool {
        self.mode == Mode::Strict
    }

    /// The context of a list nested in a value whose data starts at absolute offset `data_at`.
    pub(crate) fn nested(&self, data_at: usize) -> Result<Ctx, ParseError> {
        let depth = self.depth.saturating_add(1);
        if usize::from(depth) > MAX_NESTING_DEPTH {
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

/// Checks a whole property list, handing each property and value to `visitor` once checked.
pub(crate) fn property_list<'a, V: Walk<'a> + ?Sized>(
    bytes: &'a [u8],
    ctx: Ctx,
    visitor: &mut V,
) -> Result<ListShape, ParseError> {
    // One copy of the loop per mode: the mode's tests vanish from the hot path.
    match ctx.mode {
        Mode::Strict => property_list_as::<true, V>(bytes, ctx, visitor),
        Mode::Lenient => property_list_as::<false, V>(bytes, ctx, visitor),
    }
}

/// [`property_list`] in strict mode (`STRICT`) or lenient mode (`ctx.mode` agrees).
///
/// The checks walk a cursor, `rest`, the unread suffix of `bytes`: one bounds check per read, and
/// positions are only computed for errors ([`local`]).
fn property_list_as<'a, const STRICT: bool, V: Walk<'a> + ?Sized>(
    bytes: &'a [u8],
    ctx: Ctx,
    visitor: &mut V,
) -> Result<ListShape, ParseError> {
    let len = bytes.len();
    let Some((count, mut rest)) = bytes.split_first_chunk::<COUNT_LEN>() else {
        return Err(ParseError::Truncated {
            item: Item::PropertyCount,
            offset: ctx.at(0),
            needed: COUNT_LEN,
            available: len,
        });
    };
    let count = u32::from_le_bytes(*count);
    let available = rest.len();
    let max = available.checked_div(MIN_PROPERTY_LEN).unwrap_or(0);
    if usize::try_from(count).map_or(true, |c| c > max) {
        return Err(ParseError::CountTooLarge {
            offset: ctx.at(0),
            count,
            max,
            available,
        });
    }
    visitor.count(ctx.at(0), count);

    let mut remaining = count;
    while remaining != 0 {
        let (name, after) = match quick_name::<STRICT>(rest) {
            Some(accepted) => accepted,
            None => name_entry::<STRICT>(bytes, rest, ctx, count, count.wrapping_sub(remaining))?,
        };
        visitor.property(name, ctx.at(local(bytes, rest)));
        rest = after;
        let (after, values) = value_run::<STRICT, true, V>(bytes, rest, ctx, visitor)?;
        if values == 0 && STRICT {
            return Err(ParseError::NoValues {
                offset: ctx.at(local(bytes, rest)),
            });
        }
        // The end mark is the 4 bytes before `after` (after the check above, which points at it).
        visitor.end_mark(ctx.at(local(bytes, after).wrapping_sub(SYNTAX_LEN)));
        rest = after;
        remaining = remaining.wrapping_sub(1);
    }

    let pos = local(bytes, rest);
    let first = rest
        .first_chunk::<SYNTAX_LEN>()
        .map(|w| u32::from_le_bytes(*w));
    let trailing_end_mark = first == Some(0);
    let extra = rest.len();
    if trailing_end_mark {
        visitor.trailing_end_mark(ctx.at(pos));
    }
    if STRICT && extra != 0 && !(extra == SYNTAX_LEN && trailing_end_mark) {
        return Err(if first == Some(Syntax::NAME.0) {
            ParseError::ExtraProperty {
                offset: ctx.at(pos),
                declared: count,
            }
        } else if trailing_end_mark {
            ParseError::TrailingBytes {
                offset: ctx.at(pos.saturating_add(SYNTAX_LEN)),
                length: extra.saturating_sub(SYNTAX_LEN),
            }
        } else {
            ParseError::TrailingBytes {
                offset: ctx.at(pos),
                length: extra,
            }
        });
    }
    let after_mark = if trailing_end_mark {
        pos.saturating_add(SYNTAX_LEN)
    } else {
        pos
    };
    if let Some(tail) = bytes.get(after_mark..).filter(|tail| !tail.is_empty()) {
        visitor.trailing_bytes(ctx.at(after_mark), tail);
    }
    Ok(ListShape {
        count,
        props_end: pos,
        trailing_end_mark,
    })
}

/// The local offset of `rest`, a suffix of `bytes`.
#[inline(always)]
fn local(bytes: &[u8], rest: &[u8]) -> usize {
    bytes.len().wrapping_sub(rest.len())
}

/// Checks a standalone value list, handing each value to `visitor` once checked; returns the
/// local offset just past its end mark and the number of values.
pub(crate) fn value_list<'a, V: Walk<'a> + ?Sized>(
    bytes: &'a [u8],
    ctx: Ctx,
    visitor: &mut V,
) -> Result<(usize, u32), ParseError> {
    let (end, count) = value_list_prefix(bytes, ctx, visitor)?;
    let rest = bytes.len().saturating_sub(end);
    if ctx.strict() && rest != 0 {
        return Err(ParseError::TrailingBytes {
            offset: ctx.at(end),
            length: rest,
        });
    }
    if let Some(tail) = bytes.get(end..).filter(|tail| !tail.is_empty()) {
        visitor.trailing_bytes(ctx.at(end), tail);
    }
    Ok((end, count))
}

/// The value list at the start of `bytes`: the local offset just past its end mark, and its
/// number of values. What follows the end mark is the caller's.
pub(crate) fn value_list_prefix<'a, V: Walk<'a> + ?Sized>(
    bytes: &'a [u8],
    ctx: Ctx,
    visitor: &mut V,
) -> Result<(usize, u32), ParseError> {
    let (after, count) = match ctx.mode {
        Mode::Strict => value_run::<true, false, V>(bytes, bytes, ctx, visitor)?,
        Mode::Lenient => value_run::<false, false, V>(bytes, bytes, ctx, visitor)?,
    };
    let end = local(bytes, after);
    visitor.end_mark(ctx.at(end.wrapping_sub(SYNTAX_LEN)));
    Ok((end, count))
}

/// Checks value lists one after another filling `bytes` (none when empty), handing each value
/// to `visitor` once checked; returns their number. Each list's offsets count from the start of
/// `bytes`.
pub(crate) fn value_lists<'a, V: Walk<'a> + ?Sized>(
    bytes: &'a [u8],
    mode: Mode,
    visitor: &mut V,
) -> Result<usize, ParseError> {
    let mut count = 0usize;
    let mut rest = bytes;
    while !rest.is_empty() {
        let ctx = Ctx {
            base: local(bytes, rest),
            ..Ctx::top(mode)
        };
        let (end, _) = value_list_prefix(rest, ctx, visitor)?;
        rest = rest.get(end..).unwrap_or_default();
        count = count.saturating_add(1);
    }
    Ok(count)
}

/// The error for a `cbLength` (at `pos + 4`) that runs past the end of `bytes`.
#[cold]
#[inline(never)]
fn length_out_of_bounds(bytes: &[u8], pos: usize, length: u32, item: Item, ctx: Ctx) -> ParseError {
    ParseError::LengthOutOfBounds {
        item,
        offset: ctx.at(pos.saturating_add(SYNTAX_LEN)),
        length,
        available: bytes.len().saturating_sub(pos.saturating_add(HEADER_LEN)),
    }
}

/// What follows the padding after `len` data bytes, `tail` being what follows the data; or the
/// error if the buffer ends inside the padding.
#[inline(always)]
fn skip_padding<'a>(
    bytes: &[u8],
    tail: &'a [u8],
    len: usize,
    ctx: Ctx,
) -> Result<&'a [u8], ParseError> {
    match tail.get(padding_len(len)..) {
        Some(after) => Ok(after),
        None => Err(truncated_padding(bytes, local(bytes, tail), len, ctx)),
    }
}

#[cold]
#[inline(never)]
fn truncated_padding(bytes: &[u8], end: usize, len: usize, ctx: Ctx) -> ParseError {
    ParseError::Truncated {
        item: Item::Padding,
        offset: ctx.at(end),
        needed: padding_len(len),
        available: bytes.len().saturating_sub(end),
    }
}

/// The name entry at the start of `rest` and what follows its padding, if it passes every check
/// ([`name_entry`] says why not when it does not, and decides the rare cases).
///
/// The checks of [`name_entry`] with nothing kept for an error: one bounds check for the data and
/// the padding, one pass over the string.
#[inline(always)]
fn quick_name<const STRICT: bool>(rest: &[u8]) -> Option<(Utf16Str<'_>, &[u8])> {
    let (entry, tail, after) = split_entry_in(rest)?;
    if entry.syntax != Syntax::NAME.0 {
        return None;
    }
    let name = if STRICT {
        // Units of 0x8000 and more (surrogates among them) are rare in names: the precise path
        // checks those names.
        if !scan::terminated::<true>(tail, entry.data.len()) {
            return None;
        }
        // The NUL's 2 bytes are there: `terminated` said so.
        let (text, _) = entry.data.split_at(entry.data.len().saturating_sub(2));
        Utf16Str::from_le_bytes(text)
    } else {
        // Lenient mode reads a name with unpaired surrogates as it is (item 6 of the encode
        // issue: as the Go peer does); the text before the NUL is the name.
        text_before_nul(entry.data).0
    };
    Some((name, after))
}

/// Checks the name entry at the start of `rest` (the property `found` of `declared`); returns
/// the name and what follows its padding. The precise checks, in the order errors are reported:
/// run when [`quick_name`] does not accept the entry.
#[cold]
#[inline(never)]
fn name_entry<'a, const STRICT: bool>(
    bytes: &[u8],
    rest: &'a [u8],
    ctx: Ctx,
    declared: u32,
    found: u32,
) -> Result<(Utf16Str<'a>, &'a [u8]), ParseError> {
    let pos = local(bytes, rest);
    let Some((syntax, length, wide)) = split_header(rest) else {
        return Err(short_name(bytes, pos, ctx, declared, found));
    };
    if syntax != Syntax::NAME.0 {
        return Err(ParseError::ExpectedName {
            offset: ctx.at(pos),
            found: Syntax(syntax),
        });
    }
    let Some((data, tail)) = split_data(wide, length) else {
        return Err(length_out_of_bounds(bytes, pos, length, Item::Name, ctx));
    };
    let name = name_rules::<STRICT>(data, pos, ctx)?;
    let after = skip_padding(bytes, tail, data.len(), ctx)?;
    Ok((name, after))
}

/// The rules on a name entry's data (the entry at `pos`): in strict mode an even length, one
/// final NUL and none before it, valid UTF-16; lenient mode takes any bytes (the name is the text
/// before the first NUL, unpaired surrogates included). Returns the name.
#[inline(always)]
fn name_rules<const STRICT: bool>(
    data: &[u8],
    pos: usize,
    ctx: Ctx,
) -> Result<Utf16Str<'_>, ParseError> {
    if !STRICT {
        return Ok(text_before_nul(data).0);
    }
    let (name, surrogate) = terminated_string::<true>(data, Item::Name, pos, ctx)?;
    // Only a surrogate can make UTF-16 invalid: the full check runs only when there is one.
    if surrogate {
        valid_name(name, pos, ctx)?;
    }
    Ok(name)
}

/// The error for a name entry at `pos` whose 8-byte header is not all there: the list ended
/// early (nothing left, or only the list-level end mark), a syntax word that is not NAME (by the
/// same rule, in the same order, as for a full header: [`ParseError::ExpectedName`]), or the
/// header is cut short.
#[cold]
#[inline(never)]
fn short_name(bytes: &[u8], pos: usize, ctx: Ctx, declared: u32, found: u32) -> ParseError {
    let rest = bytes.len().saturating_sub(pos);
    let syntax = u32_at(bytes, pos);
    if rest == 0 || (rest == SYNTAX_LEN && syntax == Some(0)) {
        return ParseError::MissingProperties {
            offset: ctx.at(pos),
            declared,
            found,
        };
    }
    match syntax {
        Some(syntax) if syntax != Syntax::NAME.0 => ParseError::ExpectedName {
            offset: ctx.at(pos),
            found: Syntax(syntax),
        },
        _ => ParseError::Truncated {
            item: Item::NameHeader,
            offset: ctx.at(pos),
            needed: HEADER_LEN,
            available: rest,
        },
    }
}

/// Checks the values at the start of `rest` up to and including their end mark, handing each to
/// `visitor` once checked. Returns what follows the end mark and the number of values.
#[inline(always)]
fn value_run<'a, const STRICT: bool, const IN_PROPERTY_LIST: bool, V: Walk<'a> + ?Sized>(
    bytes: &'a [u8],
    mut rest: &'a [u8],
    ctx: Ctx,
    visitor: &mut V,
) -> Result<(&'a [u8], u32), ParseError> {
    let mut count = 0u32;
    loop {
        // A whole header's worth first (the end mark is its first word): one bounds check.
        let Some((header, _)) = rest.split_first_chunk::<HEADER_LEN>() else {
            // Fewer than 8 bytes left: the list's last end mark, or an error.
            return match rest.split_first_chunk::<SYNTAX_LEN>() {
                Some((mark, after_mark)) if u32::from_ne_bytes(*mark) == Syntax::ENDMARK.0 => {
                    Ok((after_mark, count))
                }
                _ => Err(short_value(
                    bytes,
                    local(bytes, rest),
                    ctx,
                    IN_PROPERTY_LIST,
                )),
            };
        };
        if header[..SYNTAX_LEN] == [0; SYNTAX_LEN] {
            return Ok((rest.get(SYNTAX_LEN..).unwrap_or_default(), count));
        }
        let (entry, after) = match quick_value::<STRICT, IN_PROPERTY_LIST>(rest) {
            Some(accepted) => accepted,
            None => value_entry::<STRICT, IN_PROPERTY_LIST>(bytes, rest, ctx)?,
        };
        visitor.value(&Value::from_parts(
            Syntax(entry.syntax),
            entry.data,
            entry.padding,
            ctx.at(local(bytes, rest)),
            ctx,
            // A strict property list has no typed syntax (the check above refuses them).
            !(STRICT && IN_PROPERTY_LIST),
        ));
        rest = after;
        // Each value takes at least 8 bytes of a buffer shorter than `usize::MAX`.
        count = count.wrapping_add(1);
    }
}

/// The value entry at the start of `rest` (not an end mark) and what follows its padding, if it
/// passes every check ([`value_entry`] says why not when it does not, and decides the rare cases:
/// nested lists among them).
#[inline(always)]
fn quick_value<const STRICT: bool, const IN_PROPERTY_LIST: bool>(
    rest: &[u8],
) -> Option<(Entry<'_>, &[u8])> {
    let (entry, tail, after) = split_entry_in(rest)?;
    let syntax = Syntax(entry.syntax);
    if STRICT && IN_PROPERTY_LIST {
        // NAME (type 0x0004) fails this too.
        let ty = syntax.ty();
        if ty != Type::LIST_VALUE && !ty.is_user() {
            return None;
        }
    } else if IN_PROPERTY_LIST {
        if syntax == Syntax::NAME {
            return None;
        }
    } else if typed_len(syntax).is_some() {
        // The typed structures of a value list are read by the precise path.
        return None;
    }
    // The rules of `value_data`, as yes or no.
    let (format, len) = (syntax.format(), entry.data.len());
    let ok = if let Some(fixed) = format.fixed_len() {
        len == fixed as usize
    } else if format.is_string() {
        !STRICT || scan::terminated::<false>(tail, len)
    } else if format == Format::MULTI_SZ {
        !STRICT || scan::ends_with_nul(entry.data).is_some()
    } else {
        // Nested lists are read by the precise path.
        !format.is_nested_list()
    };
    ok.then_some((entry, after))
}

/// Checks the value entry at the start of `rest` (not an end mark); returns it and what follows
/// its padding. The precise checks, in the order errors are reported: run when [`quick_value`]
/// does not accept the entry.
#[cold]
#[inline(never)]
fn value_entry<'a, const STRICT: bool, const IN_PROPERTY_LIST: bool>(
    bytes: &'a [u8],
    rest: &'a [u8],
    ctx: Ctx,
) -> Result<(Entry<'a>, &'a [u8]), ParseError> {
    let pos = local(bytes, rest);
    let Some((syntax, length, tail)) = split_header(rest) else {
        return Err(short_value(bytes, pos, ctx, IN_PROPERTY_LIST));
    };
    let syntax = Syntax(syntax);
    value_syntax(
        syntax,
        pos,
        ctx,
        IN_PROPERTY_LIST,
        STRICT && IN_PROPERTY_LIST,
    )?;
    let Some((data, after_data)) = split_data(tail, length) else {
        return Err(length_out_of_bounds(bytes, pos, length, Item::Value, ctx));
    };
    data_rules::<STRICT, IN_PROPERTY_LIST>(syntax, data, pos, ctx)?;
    let after = skip_padding(bytes, after_data, data.len(), ctx)?;
    // `after` is a suffix of `after_data`: the padding is what lies between them.
    let padding = after_data
        .get(..after_data.len().wrapping_sub(after.len()))
        .unwrap_or_default();
    let entry = Entry {
        syntax: syntax.0,
        data,
        padding,
    };
    Ok((entry, after))
}

/// The rules on the data of the value entry at `pos` once its syntax passed [`value_syntax`]: in
/// a value list, a typed structure's size ([`typed_data`]); otherwise its format's rules
/// ([`value_data`]).
#[inline(always)]
fn data_rules<const STRICT: bool, const IN_PROPERTY_LIST: bool>(
    syntax: Syntax,
    data: &[u8],
    pos: usize,
    ctx: Ctx,
) -> Result<(), ParseError> {
    match typed_len(syntax) {
        Some(expected) if !IN_PROPERTY_LIST => typed_data(syntax, expected, data, pos, ctx),
        _ => value_data::<STRICT>(syntax, data, pos, ctx),
    }
}

/// The kind of list an encoder writes a value into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ListKind {
    /// A property list: LIST_VALUE or user types, the format rules.
    Property,
    /// A standalone value list: every type, the typed sizes.
    Value,
}

/// Whether the parser in `mode` accepts one value entry with this syntax and data (the end mark
/// excepted) in a list of `kind` at the top of a buffer: the rules of [`value_entry`]
/// ([`value_syntax`], then [`data_rules`]), run by the encoders on what they write. A nested list
/// in the data is checked down to [`MAX_NESTING_DEPTH`] counted from this list. Offsets in the
/// error are counted from the start of the entry (its syntax word at 0, its data at 8).
pub(crate) fn written_value(
    kind: ListKind,
    mode: Mode,
    syntax: Syntax,
    data: &[u8],
) -> Result<(), ParseError> {
    let ctx = Ctx::top(mode);
    match (kind, mode) {
        (ListKind::Property, Mode::Strict) => {
            value_syntax(syntax, 0, ctx, true, true)?;
            data_rules::<true, true>(syntax, data, 0, ctx)
        }
        (ListKind::Property, Mode::Lenient) => {
            value_syntax(syntax, 0, ctx, true, false)?;
            data_rules::<false, true>(syntax, data, 0, ctx)
        }
        (ListKind::Value, Mode::Strict) => {
            value_syntax(syntax, 0, ctx, false, false)?;
            data_rules::<true, false>(syntax, data, 0, ctx)
        }
        (ListKind::Value, Mode::Lenient) => {
            value_syntax(syntax, 0, ctx, false, false)?;
            data_rules::<false, false>(syntax, data, 0, ctx)
        }
    }
}

/// Whether the parser in `mode` accepts a name entry with this exact data (the rules of
/// [`name_entry`] after its syntax: [`name_rules`]). Offsets in the error are counted from the
/// start of the name entry (its data at 8).
pub(crate) fn written_name_bytes(data: &[u8], mode: Mode) -> Result<(), ParseError> {
    let ctx = Ctx::top(mode);
    match mode {
        Mode::Strict => name_rules::<true>(data, 0, ctx).map(drop),
        Mode::Lenient => name_rules::<false>(data, 0, ctx).map(drop),
    }
}

/// [`written_value`]'s rule on the syntax alone, for an encoder whose data is a canonical
/// string (even, one final NUL, none before it) and whose syntax has a string format, which the
/// data rules of [`value_data`] accept, outside the typed structures (see [`written_string_ok`]).
pub(crate) fn written_syntax(kind: ListKind, syntax: Syntax) -> Result<(), ParseError> {
    let in_property_list = kind == ListKind::Property;
    value_syntax(
        syntax,
        0,
        Ctx::top(Mode::Strict),
        in_property_list,
        in_property_list,
    )
}

/// Whether canonical string data (even, one final NUL, none before it) under `syntax` passes
/// [`data_rules`] whatever the string: a string format, and no typed size in a value list.
pub(crate) fn written_string_ok(kind: ListKind, syntax: Syntax) -> bool {
    syntax.format().is_string() && (kind == ListKind::Property || typed_len(syntax).is_none())
}

/// Whether the strict parser accepts a property name with these code units (the NUL the encoder
/// appends excepted): no NUL among them, valid UTF-16 (the rules of [`name_entry`]). Offsets in
/// the error are counted from the start of the name entry (its data at 8).
pub(crate) fn written_name(name: Utf16Str<'_>) -> Result<(), ParseError> {
    let ctx = Ctx::top(Mode::Strict);
    let (nul, surrogate) = scan::flags(name.as_bytes());
    if nul {
        return Err(interior_nul(name, Item::Name, 0, ctx));
    }
    if surrogate {
        valid_name(name, 0, ctx)?;
    }
    Ok(())
}

/// The UTF-16 rule on a strict name's code units, for the name entry at `pos`: no unpaired
/// surrogate.
fn valid_name(name: Utf16Str<'_>, pos: usize, ctx: Ctx) -> Result<(), ParseError> {
    if let Some(bad) = name.first_invalid() {
        let data_at = pos.saturating_add(HEADER_LEN);
        return Err(ParseError::InvalidName {
            offset: ctx.at(data_at.saturating_add(bad.index.saturating_mul(2))),
            unit: bad.unit,
        });
    }
    Ok(())
}

/// The size rule of a typed structure (RESCLASS, FTSET_INFO, the partition structures) in a
/// value list, which takes precedence over its format's: exactly `expected` bytes (or 4 for a
/// RESCLASS, the class alone), in both modes.
#[cold]
#[inline(never)]
fn typed_data(
    syntax: Syntax,
    expected: usize,
    data: &[u8],
    pos: usize,
    ctx: Ctx,
) -> Result<(), ParseError> {
    if typed_len_ok(syntax, expected, data.len()) {
        return Ok(());
    }
    Err(ParseError::WrongLength {
        offset: ctx.at(pos.saturating_add(SYNTAX_LEN)),
        syntax,
        expected: u32::try_from(expected).unwrap_or(u32::MAX),
        found: u32::try_from(data.len()).unwrap_or(u32::MAX),
    })
}

/// The rules on the syntax of a value entry at `pos` (the end mark excepted): not NAME in a
/// property list (`in_property_list`: there a NAME means the end mark is missing), and when
/// `typed` (a value of a strict property list), the LIST_VALUE type or a user type.
#[inline(always)]
fn value_syntax(
    syntax: Syntax,
    pos: usize,
    ctx: Ctx,
    in_property_list: bool,
    typed: bool,
) -> Result<(), ParseError> {
    if in_property_list && syntax == Syntax::NAME {
        return Err(ParseError::MissingEndMark {
            offset: ctx.at(pos),
            found: syntax,
        });
    }
    if typed && syntax.ty() != Type::LIST_VALUE && !syntax.ty().is_user() {
        return Err(ParseError::UnexpectedValueType {
            offset: ctx.at(pos),
            syntax,
        });
    }
    Ok(())
}

/// The error for what starts at `pos` in a value run when it is not an end mark and fewer than
/// 8 bytes are left: by the same rules, in the same order, as for a full entry.
#[cold]
#[inline(never)]
fn short_value(bytes: &[u8], pos: usize, ctx: Ctx, in_property_list: bool) -> ParseError {
    let rest = bytes.len().saturating_sub(pos);
    let Some(syntax) = u32_at(bytes, pos) else {
        return ParseError::Truncated {
            item: Item::ValueOrEndMark,
            offset: ctx.at(pos),
            needed: SYNTAX_LEN,
            available: rest,
        };
    };
    if let Err(e) = value_syntax(
        Syntax(syntax),
        pos,
        ctx,
        in_property_list,
        in_property_list && ctx.strict(),
    ) {
        return e;
    }
    ParseError::Truncated {
        item: Item::ValueHeader,
        offset: ctx.at(pos),
        needed: HEADER_LEN,
        available: rest,
    }
}

/// The format-specific rules for the data of the value entry at `pos`.
#[inline(always)]
fn value_data<const STRICT: bool>(
    syntax: Syntax,
    data: &[u8],
    pos: usize,
    ctx: Ctx,
) -> Result<(), ParseError> {
    let format = syntax.format();
    if let Some(expected) = format.fixed_len() {
        if data.len() != expected as usize {
            return Err(ParseError::WrongLength {
                offset: ctx.at(pos.saturating_add(SYNTAX_LEN)),
                syntax,
                expected,
                found: u32::try_from(data.len()).unwrap_or(u32::MAX),
            });
        }
    } else if format.is_string() {
        if STRICT {
            terminated_string::<false>(data, Item::Value, pos, ctx)?;
        }
    } else if format == Format::MULTI_SZ {
        if STRICT {
            even_and_terminated(data, Item::Value, pos, ctx)?;
        }
    } else if format.is_nested_list() {
        nested_list(format, data, pos, ctx)?;
    }
    Ok(())
}

/// A VALUE_LIST or PROPERTY_LIST value's data, read as a list if it forms one.
fn nested_list(format: Format, data: &[u8], pos: usize, ctx: Ctx) -> Result<(), ParseError> {
    let inner = ctx.nested(ctx.at(pos.saturating_add(HEADER_LEN)))?;
    let result = if format == Format::PROPERTY_LIST {
        property_list(data, inner, &mut ()).map(drop)
    } else {
        value_list(data, inner, &mut ()).map(drop)
    };
    // The inner layout is undocumented: data that is not a list is plain bytes. Only the
    // nesting limit is an error, so that hostile input cannot nest without bound.
    if let Err(e @ ParseError::NestingTooDeep { .. }) = result {
        return Err(e);
    }
    Ok(())
}

/// Even length and a final NUL code unit, for the data of the entry at `pos` (the whole buffer
/// for a bare string, `pos` 0 and no header: see [`bare_string`]); returns the code units before
/// that NUL.
#[inline(always)]
fn even_and_terminated<'a>(
    data: &'a [u8],
    item: Item,
    pos: usize,
    ctx: Ctx,
) -> Result<Utf16Str<'a>, ParseError> {
    match scan::ends_with_nul(data) {
        Some(text) => Ok(Utf16Str::from_le_bytes(text)),
        None => Err(unterminated(data, item, pos, ctx)),
    }
}

/// Where the data of the entry at `pos` starts, as an absolute offset ([`Item::String`] is a bare
/// string: the data is the whole buffer).
fn data_offset(item: Item, pos: usize, ctx: Ctx) -> usize {
    if item == Item::String {
        ctx.at(pos)
    } else {
        ctx.at(pos.saturating_add(HEADER_LEN))
    }
}

/// The error for data that is not an even number of bytes ending with a NUL code unit.
#[cold]
#[inline(never)]
fn unterminated(data: &[u8], item: Item, pos: usize, ctx: Ctx) -> ParseError {
    let length = u32::try_from(data.len()).unwrap_or(u32::MAX);
    if data.len() % 2 != 0 {
        return ParseError::OddLength {
            item,
            offset: if item == Item::String {
                ctx.at(pos)
            } else {
                ctx.at(pos.saturating_add(SYNTAX_LEN))
            },
            length,
        };
    }
    let text_len = data.len().saturating_sub(2);
    ParseError::NotTerminated {
        item,
        offset: data_offset(item, pos, ctx).saturating_add(text_len),
        // 0 for empty data: a final 0 would have been the NUL.
        found: match data.get(text_len..) {
            Some(&[lo, hi]) => u16::from_le_bytes([lo, hi]),
            _ => 0,
        },
    }
}

/// Even length, a final NUL and no NUL before it; returns the code units before the NUL and, when
/// `SURROGATES` (for a name), whether they hold a surrogate.
#[inline(always)]
fn terminated_string<'a, const SURROGATES: bool>(
    data: &'a [u8],
    item: Item,
    pos: usize,
    ctx: Ctx,
) -> Result<(Utf16Str<'a>, bool), ParseError> {
    let text = even_and_terminated(data, item, pos, ctx)?;
    let (nul, surrogate) = if SURROGATES {
        scan::flags(text.as_bytes())
    } else {
        (scan::has_nul(text.as_bytes()), false)
    };
    if nul {
        return Err(interior_nul(text, item, pos, ctx));
    }
    Ok((text, surrogate))
}

#[cold]
#[inline(never)]
fn interior_nul(text: Utf16Str<'_>, item: Item, pos: usize, ctx: Ctx) -> ParseError {
    let index = scan::scan(text.as_bytes()).first_nul.unwrap_or(0);
    ParseError::InteriorNul {
        item,
        offset: data_offset(item, pos, ctx).saturating_add(index.saturating_mul(2)),
    }
}

/// The code units before the first NUL (all of them when there is none); a trailing odd byte is
/// left out.
pub(crate) fn before_nul(data: &[u8]) -> Utf16Str<'_> {
    text_before_nul(data).0
}

/// [`before_nul`], and whether those code units hold a surrogate, in one pass.
#[inline]
fn text_before_nul(data: &[u8]) -> (Utf16Str<'_>, bool) {
    // The usual shape first (the strict one): an even length and only a final NUL.
    if let Some(text) = scan::ends_with_nul(data) {
        let (nul, surrogate) = scan::flags(text);
        if !nul {
            return (Utf16Str::from_le_bytes(text), surrogate);
        }
    }
    let scan = scan::scan(data);
    let end = scan.first_nul.unwrap_or(data.len() / 2);
    let surrogate = scan.first_surrogate.is_some_and(|i| i < end);
    let text = data.get(..end.saturating_mul(2)).unwrap_or_default();
    (Utf16Str::from_le_bytes(text), surrogate)
}

/// A bare NUL-terminated UTF-16 string filling a whole buffer (the output of GET_NAME and its
/// kind): even length, a final NUL, no NUL before it. Returns the code units before the NUL.
pub(crate) fn bare_string(bytes: &[u8]) -> Result<Utf16Str<'_>, ParseError> {
    terminated_string::<false>(bytes, Item::String, 0, Ctx::top(Mode::Strict)).map(|(text, _)| text)
}

/// A bare MULTI_SZ filling a whole buffer (the output of ENUM_*_PROPERTIES): empty, or an even
/// length ending with a NUL.
pub(crate) fn bare_multi_sz(bytes: &[u8]) -> Result<MultiSz<'_>, ParseError> {
    if !bytes.is_empty() {
        even_and_terminated(bytes, Item::String, 0, Ctx::top(Mode::Strict))?;
    }
    Ok(MultiSz::from_le_bytes(bytes))
}

/// `strict` or `lenient`.
///
/// ```
/// use clusprop::Mode;
///
/// assert_eq!(Mode::default().to_string(), "strict");
/// assert_eq!(Mode::Lenient.to_string(), "lenient");
/// ```
impl core::fmt::Display for Mode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Mode::Strict => "strict",
            Mode::Lenient => "lenient",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::wire::header_bytes;

    /// xorshift64: a fixed sequence of entries.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// An entry (header, data, padding) and what follows it, mostly well formed: the syntax of a
    /// name, of a value of every format (nested lists, user types and `CLUSPROP_TYPE_UNKNOWN`
    /// included) or a random word; a string or random data; then, sometimes, one edit (a unit
    /// made NUL, a surrogate or a wide unit, a wrong `cbLength`, the NUL dropped, odd padding
    /// bytes). Returns the bytes and whether no edit was made.
    fn entry(rng: &mut Rng) -> (Vec<u8>, bool) {
        let syntax = match rng.below(8) {
            0 | 1 => Syntax::NAME.0,
            2 => 0x8000_0000 | (rng.next() as u32 & 0xFFFF),
            3 => 0xFFFF_0000 | rng.below(20) as u32,
            4 => rng.next() as u32,
            _ => 0x0001_0000 | rng.below(20) as u32,
        };
        let format = Syntax(syntax).format();
        let text: Vec<u8> = (0..rng.below(30))
            .flat_map(|_| (0x20 + rng.below(0x5F) as u16).to_le_bytes())
            .chain([0, 0])
            .collect();
        let mut data = match format {
            f if f.fixed_len().is_some() && rng.below(4) != 0 => {
                vec![0xA5; f.fixed_len().unwrap_or(0) as usize]
            }
            Format::MULTI_SZ => [text.clone(), vec![0, 0]].concat(),
            _ if syntax == Syntax::NAME.0 || format.is_string() || rng.below(2) == 0 => text,
            _ => (0..rng.below(40)).map(|_| rng.next() as u8).collect(),
        };
        let mut length = data.len() as u32;
        let clean = rng.below(3) == 0;
        if !clean {
            match rng.below(6) {
                0 if data.len() >= 2 => {
                    let at = rng.below(data.len() / 2) * 2;
                    let unit: u16 = [0, 0xD800, 0xDC00, 0x8000, 0xFFFF][rng.below(5)];
                    data[at..at + 2].copy_from_slice(&unit.to_le_bytes());
                }
                1 => length = length.wrapping_add(rng.below(40) as u32).wrapping_sub(20),
                2 => {
                    data.pop();
                    length = data.len() as u32;
                }
                3 => length = rng.next() as u32,
                _ => {}
            }
        }
        let mut bytes = header_bytes(syntax, length).to_vec();
        bytes.extend_from_slice(&data);
        for _ in 0..padding_len(data.len()) {
            bytes.push(if clean || rng.below(2) == 0 { 0 } else { 0xEE });
        }
        // What follows: nothing, an end mark, or an end mark and more.
        match rng.below(4) {
            0 => {}
            1 => bytes.extend_from_slice(&[0; 4]),
            _ => bytes.extend((0..4 + rng.below(40)).map(|i| if i < 4 { 0 } else { 0x41 })),
        }
        (bytes, clean)
    }

    fn span(bytes: &[u8]) -> (*const u8, usize) {
        (bytes.as_ptr(), bytes.len())
    }

    fn entry_spans(entry: &Entry<'_>, after: &[u8]) -> (u32, [(*const u8, usize); 3]) {
        (
            entry.syntax,
            [span(entry.data), span(entry.padding), span(after)],
        )
    }

    /// Checks one entry both ways in one mode; returns (quick accepted, precise accepted).
    fn agree<const STRICT: bool, const IN_PROPERTY_LIST: bool>(bytes: &[u8]) -> (bool, bool) {
        let ctx = Ctx::top(if STRICT { Mode::Strict } else { Mode::Lenient });
        if IN_PROPERTY_LIST && u32_at(bytes, 0) == Some(Syntax::NAME.0) {
            let quick = quick_name::<STRICT>(bytes);
            let precise = name_entry::<STRICT>(bytes, bytes, ctx, 1, 0);
            if let Some((name, after)) = quick {
                let (n, a) = precise
                    .as_ref()
                    .expect("the precise checks accept the name");
                assert_eq!(
                    (span(name.as_bytes()), span(after)),
                    (span(n.as_bytes()), span(a)),
                    "{bytes:02x?}"
                );
            }
            return (quick.is_some(), precise.is_ok());
        }
        if u32_at(bytes, 0) == Some(0) {
            return (false, false); // an end mark: the caller's business
        }
        let quick = quick_value::<STRICT, IN_PROPERTY_LIST>(bytes);
        let precise = value_entry::<STRICT, IN_PROPERTY_LIST>(bytes, bytes, ctx);
        if let Some((entry, after)) = quick {
            let (e, a) = precise
                .as_ref()
                .expect("the precise checks accept the value");
            assert_eq!(
                entry_spans(&entry, after),
                entry_spans(e, a),
                "{bytes:02x?}"
            );
        }
        (quick.is_some(), precise.is_ok())
    }

    /// The encoders' checks ([`written_value`], [`written_name`], [`written_name_bytes`]) say
    /// what the parser's precise checks say of the same entry at the start of a buffer, in both
    /// modes, error for error, whenever the entry's `cbLength` fits (what only a reader can get
    /// wrong).
    #[test]
    fn the_encoders_checks_agree_with_the_parser() {
        let mut rng = Rng(0x5EED_CAFE_F00D_0002);
        let (mut compared, mut refused) = (0usize, 0usize);
        let runs = if cfg!(miri) { 100 } else { 20_000 };
        for _ in 0..runs {
            let (bytes, _) = entry(&mut rng);
            let Some((syntax, length, tail)) = split_header(&bytes) else {
                continue;
            };
            let Some((data, _)) = split_data(tail, length) else {
                continue;
            };
            if syntax == Syntax::ENDMARK.0 {
                continue;
            }
            for mode in [Mode::Strict, Mode::Lenient] {
                let ctx = Ctx::top(mode);
                if syntax == Syntax::NAME.0 {
                    let parsed = match mode {
                        Mode::Strict => name_entry::<true>(&bytes, &bytes, ctx, 1, 0).map(drop),
                        Mode::Lenient => name_entry::<false>(&bytes, &bytes, ctx, 1, 0).map(drop),
                    };
                    if !matches!(parsed, Err(ParseError::Truncated { .. })) {
                        compared += 1;
                        assert_eq!(written_name_bytes(data, mode), parsed, "{bytes:02x?}");
                        if let (Mode::Strict, Some(text)) = (mode, scan::ends_with_nul(data)) {
                            assert_eq!(
                                written_name(Utf16Str::from_le_bytes(text)),
                                parsed,
                                "{bytes:02x?}"
                            );
                        }
                    }
                }
                for kind in [ListKind::Property, ListKind::Value] {
                    let parsed = match (kind, mode) {
                        (ListKind::Property, Mode::Strict) => {
                            value_entry::<true, true>(&bytes, &bytes, ctx).map(drop)
                        }
                        (ListKind::Property, Mode::Lenient) => {
                            value_entry::<false, true>(&bytes, &bytes, ctx).map(drop)
                        }
                        (ListKind::Value, Mode::Strict) => {
                            value_entry::<true, false>(&bytes, &bytes, ctx).map(drop)
                        }
                        (ListKind::Value, Mode::Lenient) => {
                            value_entry::<false, false>(&bytes, &bytes, ctx).map(drop)
                        }
                    };
                    if matches!(parsed, Err(ParseError::Truncated { .. })) {
                        continue;
                    }
                    compared += 1;
                    let written = written_value(kind, mode, Syntax(syntax), data);
                    refused += usize::from(written.is_err());
                    assert_eq!(written, parsed, "{kind:?} {mode:?} {bytes:02x?}");
                }
            }
        }
        assert!(
            compared > runs && refused > runs / 10,
            "{compared} {refused}"
        );
    }

    /// What the quick paths accept, the precise checks accept, with the same name, data, padding
    /// and rest; and the quick paths do accept the ordinary entries (or every entry would take
    /// the slow path unnoticed).
    #[test]
    fn the_quick_paths_accept_only_what_the_precise_checks_accept() {
        let mut rng = Rng(0x5EED_CAFE_F00D_0001);
        let (mut quick, mut precise, mut missed) = (0usize, 0usize, 0usize);
        let runs = if cfg!(miri) { 100 } else { 60_000 };
        for _ in 0..runs {
            let (bytes, clean) = entry(&mut rng);
            for (q, p) in [
                agree::<true, true>(&bytes),
                agree::<true, false>(&bytes),
                agree::<false, true>(&bytes),
                agree::<false, false>(&bytes),
            ] {
                quick += usize::from(q);
                precise += usize::from(p);
                // A clean entry the precise checks accept, with room after it for whole
                // vectors, not a nested list: the quick path takes it.
                let nested = Syntax(u32_at(&bytes, 0).unwrap_or(0))
                    .format()
                    .is_nested_list();
                if clean && p && !q && bytes.len() >= 64 && !nested {
                    missed += 1;
                }
            }
        }
        assert!(quick > precise / 2, "quick {quick} of {precise}");
        assert_eq!(missed, 0, "clean entries the quick path refused");
    }
}
