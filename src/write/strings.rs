//! String encoders: the `cbLength` of an SZ or a MULTI_SZ (measured before anything is written)
//! and their UTF-16LE data, ASCII written byte by byte.

use super::sink::Sink;
use crate::error::BuildError;

/// The data length of a value, as a `cbLength`.
pub(crate) fn cb(what: &'static str, length: usize) -> Result<u32, BuildError> {
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
/// An empty string is an error ([`BuildError::EmptyString`], the first one): Windows reads a
/// MULTI_SZ up to its first empty string.
pub(crate) fn multi_sz_len<I>(items: I) -> Result<u32, BuildError>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let (length, empty) = measure_multi_sz(items)?;
    match empty {
        Some(index) => Err(BuildError::EmptyString { index }),
        None => Ok(length),
    }
}

/// The `cbLength` of a MULTI_SZ whose empty strings are written as they are (a lone NUL each):
/// for the JSON reader only, which compares such a list with the exact bytes of its `raw`.
#[cfg(feature = "serde")]
pub(crate) fn multi_sz_len_keeping_empty<I>(items: I) -> Result<u32, BuildError>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    measure_multi_sz(items).map(|(length, _)| length)
}

/// The code units of one MULTI_SZ string, after checking it has no NUL (the error
/// [`multi_sz_len`] gives for it): for writers that encode a MULTI_SZ one string at a time.
#[cfg(feature = "serde")]
pub(crate) fn multi_sz_item_units(s: &str) -> Result<usize, BuildError> {
    utf16_units("MULTI_SZ string", s)
}

/// The `cbLength` of a MULTI_SZ and the index of its first empty string.
fn measure_multi_sz<I>(items: I) -> Result<(u32, Option<usize>), BuildError>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let mut units = 0usize;
    let mut first_empty = None;
    for (index, item) in items.into_iter().enumerate() {
        let n = utf16_units("MULTI_SZ string", item.as_ref())?;
        if n == 0 && first_empty.is_none() {
            first_empty = Some(index);
        }
        units = units.saturating_add(n).saturating_add(1);
    }
    let total = units.saturating_add(1).max(2);
    Ok((cb("MULTI_SZ", total.saturating_mul(2))?, first_empty))
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
