//! The byte layout, in one place: header structs, sizes and the padding rule.
//!
//! Every reader in this module is panic-free: it returns `None` when the bytes are not there.

use zerocopy::little_endian::{U32, U64};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// The header of a value or name entry (`CLUSPROP_VALUE`): syntax word, then `cbLength`.
///
/// Little-endian and alignment 1: buffers are only 4-aligned relative to their own start and may
/// begin at any address.
#[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug)]
#[repr(C)]
pub(crate) struct EntryHeader {
    pub(crate) syntax: U32,
    pub(crate) length: U32,
}

/// Size of the property count that opens a property list.
pub(crate) const COUNT_LEN: usize = 4;
/// Size of a syntax word, and of an end mark (which is a bare syntax word).
pub(crate) const SYNTAX_LEN: usize = 4;
/// Size of an entry header (syntax word and `cbLength`).
pub(crate) const HEADER_LEN: usize = 8;
/// The smallest property any mode accepts: a name entry with no data (lenient) and the end mark.
/// A count larger than the buffer can hold at this size is rejected before anything else is read.
/// (Strict properties take at least 24 bytes; using the common bound lets strict mode report the
/// precise rule a short list breaks.)
pub(crate) const MIN_PROPERTY_LEN: usize = 12;

/// Bytes of zero padding after `len` data bytes, up to the next 4-byte boundary
/// (`ALIGN_CLUSPROP(len) - len`).
#[inline]
pub(crate) const fn padding_len(len: usize) -> usize {
    len.wrapping_neg() & 3
}

/// Reads the little-endian DWORD at `at`.
#[inline]
pub(crate) fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let rest = bytes.get(at..)?;
    U32::read_from_prefix(rest).ok().map(|(v, _)| v.get())
}

/// The little-endian `u64` at `at` (only 4-aligned on the wire: read unaligned), if the bytes
/// are there.
pub(crate) fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    let rest = bytes.get(at..)?;
    U64::read_from_prefix(rest).ok().map(|(v, _)| v.get())
}

/// Splits the entry header (syntax and `cbLength`) off the start of `rest`: the syntax, the
/// length and the bytes after the header.
#[inline(always)]
pub(crate) fn split_header(rest: &[u8]) -> Option<(u32, u32, &[u8])> {
    let (header, tail) = EntryHeader::ref_from_prefix(rest).ok()?;
    Some((header.syntax.get(), header.length.get(), tail))
}

/// Splits `length` data bytes off the start of `tail` (what follows an entry header): the data
/// and the bytes after it.
#[inline(always)]
pub(crate) fn split_data(tail: &[u8], length: u32) -> Option<(&[u8], &[u8])> {
    tail.split_at_checked(usize::try_from(length).ok()?)
}

/// One entry whose bounds have been checked: its syntax, data and padding.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry<'a> {
    pub(crate) syntax: u32,
    pub(crate) data: &'a [u8],
    pub(crate) padding: &'a [u8],
}

/// Splits the entry (header, data, padding) off the start of `rest`: the entry, and the bytes
/// after its padding. `None` if any of it is out of bounds.
#[inline(always)]
pub(crate) fn split_entry(rest: &[u8]) -> Option<(Entry<'_>, &[u8])> {
    split_entry_in(rest).map(|(entry, _, after)| (entry, after))
}

/// [`split_entry`], and also the bytes after the header (the data and all that follows it in
/// the buffer, which the string checks read in whole vectors). One bounds check covers the data
/// and the padding.
#[inline(always)]
pub(crate) fn split_entry_in(rest: &[u8]) -> Option<(Entry<'_>, &[u8], &[u8])> {
    let (header, tail) = rest.split_first_chunk::<HEADER_LEN>()?;
    let header = u64::from_le_bytes(*header);
    // The low DWORD is the syntax, the high one `cbLength` (little-endian).
    #[allow(clippy::cast_possible_truncation)]
    let (syntax, length) = (header as u32, (header >> 32) as u32);
    let len = usize::try_from(length).ok()?;
    let padded = usize::try_from(u64::from(length).wrapping_add(3) & !3).ok()?;
    let (body, after) = tail.split_at_checked(padded)?;
    let (data, padding) = body.split_at_checked(len)?;
    Some((
        Entry {
            syntax,
            data,
            padding,
        },
        tail,
        after,
    ))
}

/// In a checked list: the value entries at the start of `values` (their end mark excluded), their
/// number, and what follows the end mark. `None` if the entries run past the end (impossible in a
/// checked list). Reads two words per entry and nothing else.
#[inline(always)]
pub(crate) fn split_values(values: &[u8]) -> Option<(&[u8], u32, &[u8])> {
    let mut at = 0usize;
    let mut count = 0u32;
    loop {
        let (syntax, tail) = values.get(at..)?.split_first_chunk::<SYNTAX_LEN>()?;
        if u32::from_ne_bytes(*syntax) == 0 {
            return Some((values.get(..at)?, count, tail));
        }
        let length = u32::from_le_bytes(*tail.first_chunk::<4>()?);
        let len = usize::try_from(length).ok()?;
        // Wrapping: a wrong sum (from a list that was not checked) only ends in `None`.
        at = at
            .wrapping_add(HEADER_LEN)
            .wrapping_add(len)
            .wrapping_add(padding_len(len));
        count = count.wrapping_add(1);
    }
}

/// Encodes an entry header.
#[inline]
pub(crate) fn header_bytes(syntax: u32, length: u32) -> [u8; HEADER_LEN] {
    let header = EntryHeader {
        syntax: U32::new(syntax),
        length: U32::new(length),
    };
    let mut out = [0u8; HEADER_LEN];
    out.copy_from_slice(header.as_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_rounds_up_to_four() {
        let expected = [0, 3, 2, 1, 0, 3, 2, 1, 0];
        for (len, pad) in expected.iter().enumerate() {
            assert_eq!(padding_len(len), *pad, "len {len}");
        }
        assert_eq!(padding_len(usize::MAX), 1);
    }

    #[test]
    fn readers_never_read_out_of_bounds() {
        let bytes = [3, 0, 4, 0, 10, 0, 0, 0, 1, 2];
        assert_eq!(split_header(&bytes), Some((0x0004_0003, 10, &[1, 2][..])));
        assert_eq!(split_header(&bytes[3..]), None);
        assert_eq!(split_data(&[1, 2, 3], 2), Some((&[1, 2][..], &[3][..])));
        assert_eq!(split_data(&[1, 2, 3], 4), None);
        assert_eq!(u32_at(&bytes, 6), Some(0x0201_0000));
        assert_eq!(u32_at(&bytes, 7), None);
        assert_eq!(u32_at(&bytes, usize::MAX), None);
        assert!(
            split_entry(&bytes).is_none(),
            "cbLength 10 runs past the end"
        );
        let ok = [1, 0, 1, 0, 1, 0, 0, 0, 0xAB, 0, 0, 0, 0, 0, 0, 0];
        let (e, after) = split_entry(&ok).unwrap();
        assert_eq!(
            (e.syntax, e.data, e.padding, after),
            (0x0001_0001, &[0xAB][..], &[0, 0, 0][..], &[0, 0, 0, 0][..])
        );
        assert!(split_entry(&ok[..10]).is_none(), "padding cut short");
        // One DWORD value, its end mark, then two more bytes.
        let run = [2, 0, 1, 0, 4, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0xEE, 0xFF];
        assert_eq!(split_values(&run), Some((&run[..12], 1, &[0xEE, 0xFF][..])));
        assert_eq!(split_values(&[0, 0, 0, 0]), Some((&[][..], 0, &[][..])));
        assert_eq!(split_values(&run[..14]), None, "end mark cut short");
        assert_eq!(split_values(&ok[..10]), None, "no end mark");
        assert_eq!(header_bytes(0x0001_0002, 4), [2, 0, 1, 0, 4, 0, 0, 0]);
    }
}
