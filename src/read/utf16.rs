//! Borrowed UTF-16LE strings: [`Utf16Str`] and the MULTI_SZ iterator [`MultiSz`].
//!
//! Strings on the wire are UTF-16LE and need not be valid UTF-16 (an unpaired surrogate is kept
//! exactly). These views read the code units in place; nothing is decoded or allocated until you
//! ask for a `String`.

use super::scan::{is_ascii, scan};
use core::fmt;
use core::iter::FusedIterator;

/// A borrowed UTF-16LE string: the code units before the terminating NUL, read in place.
///
/// It compares with `&str` without allocating, iterates `char`s, and converts to a `String` on
/// request ([`to_string_lossy`](Self::to_string_lossy) or [`try_to_string`](Self::try_to_string)).
///
/// ```
/// use clusprop::Utf16Str;
///
/// let units = Utf16Str::from_le_bytes(&[0x52, 0, 0x6f, 0, 0x6c, 0, 0x65, 0]);
/// assert_eq!(units, "Role");
/// assert!(units.eq_ignore_case("ROLE"));
/// assert_eq!(units.len(), 4);
/// assert_eq!(units.chars().filter(char::is_ascii_lowercase).collect::<String>(), "ole");
/// assert_eq!(units.try_to_string().unwrap(), "Role");
/// ```
#[derive(Clone, Copy, Default)]
pub struct Utf16Str<'a> {
    /// Always an even number of bytes.
    bytes: &'a [u8],
}

/// A code unit that is not part of a valid UTF-16 sequence (an unpaired surrogate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unpaired surrogate {unit:#06x} at UTF-16 index {index}")]
pub struct InvalidUtf16 {
    /// Index of the code unit.
    pub index: usize,
    /// The code unit.
    pub unit: u16,
}

impl<'a> Utf16Str<'a> {
    /// A view of little-endian code units. A trailing odd byte is not part of any code unit and
    /// is left out.
    #[must_use]
    pub fn from_le_bytes(bytes: &'a [u8]) -> Self {
        let even = bytes.len() & !1;
        Utf16Str {
            bytes: bytes.get(..even).unwrap_or_default(),
        }
    }

    /// The string's bytes (UTF-16LE, no NUL).
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// Length in UTF-16 code units.
    #[must_use]
    pub fn len(&self) -> usize {
        self.bytes.len() / 2
    }

    /// Whether the string has no code units.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The UTF-16 code units.
    pub fn code_units(&self) -> CodeUnits<'a> {
        CodeUnits {
            chunks: self.bytes.chunks_exact(2),
        }
    }

    /// The characters, decoded with `char::decode_utf16`: an unpaired surrogate is an `Err`.
    pub fn decode(&self) -> core::char::DecodeUtf16<CodeUnits<'a>> {
        core::char::decode_utf16(self.code_units())
    }

    /// The characters, with U+FFFD REPLACEMENT CHARACTER for each unpaired surrogate.
    pub fn chars(&self) -> Chars<'a> {
        Chars {
            inner: self.decode(),
        }
    }

    /// Whether every code unit is part of a valid UTF-16 sequence.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        // Only surrogates can be invalid: decode only when there is one.
        scan(self.bytes).first_surrogate.is_none() || self.first_invalid().is_none()
    }

    /// The first unpaired surrogate, if any.
    #[must_use]
    pub fn first_invalid(&self) -> Option<InvalidUtf16> {
        let mut index = 0usize;
        for c in self.decode() {
            match c {
                Ok(c) => index = index.saturating_add(c.len_utf16()),
                Err(e) => {
                    return Some(InvalidUtf16 {
                        index,
                        unit: e.unpaired_surrogate(),
                    })
                }
            }
        }
        None
    }

    /// The string as a `String`, or the first unpaired surrogate.
    pub fn try_to_string(&self) -> Result<String, InvalidUtf16> {
        match self.first_invalid() {
            Some(e) => Err(e),
            None => Ok(self.to_string_lossy()),
        }
    }

    /// The string as a `String`, with U+FFFD for each unpaired surrogate.
    #[must_use]
    pub fn to_string_lossy(&self) -> String {
        // ASCII (every property name Windows defines): the low bytes are the UTF-8.
        if is_ascii(self.bytes) {
            let ascii: Vec<u8> = self
                .bytes
                .chunks_exact(2)
                .map(|u| u.first().copied().unwrap_or(0))
                .collect();
            if let Ok(s) = String::from_utf8(ascii) {
                return s;
            }
        }
        let mut s = String::with_capacity(self.len());
        s.extend(self.chars());
        s
    }

    /// Case-insensitive comparison, the way Windows compares property names: character by
    /// character under the Unicode simple uppercase mapping (a character whose uppercase form is
    /// several characters, such as `ß`, is compared as itself). Does not allocate.
    #[must_use]
    pub fn eq_ignore_case(&self, other: &str) -> bool {
        // Fast path when both sides are ASCII: equal lengths are necessary and the comparison
        // is per byte. (Only then: some non-ASCII characters uppercase to ASCII, `ſ` to `S`.)
        if other.is_ascii() {
            // Only ASCII letters and `ſ` / `ı` (one code unit each) match ASCII ignoring case,
            // so an ASCII name matches only names of as many code units.
            if self.len() != other.len() {
                return false;
            }
        }
        if other.is_ascii() && is_ascii(self.bytes) {
            return self.len() == other.len()
                && self
                    .code_units()
                    .zip(other.bytes())
                    .all(|(u, b)| u8::try_from(u).is_ok_and(|a| a.eq_ignore_ascii_case(&b)));
        }
        chars_eq_ignore_case(self.chars(), other.chars())
    }
}

/// Case-insensitive comparison of two character sequences under the simple uppercase mapping.
pub(crate) fn chars_eq_ignore_case(
    mut a: impl Iterator<Item = char>,
    mut b: impl Iterator<Item = char>,
) -> bool {
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || simple_upper(x) == simple_upper(y) => {}
            _ => return false,
        }
    }
}

/// The Unicode simple uppercase mapping of `c` (itself when the full mapping is not one char).
fn simple_upper(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

impl PartialEq<str> for Utf16Str<'_> {
    fn eq(&self, other: &str) -> bool {
        let mut units = self.code_units();
        for expected in other.encode_utf16() {
            if units.next() != Some(expected) {
                return false;
            }
        }
        units.next().is_none()
    }
}

impl PartialEq<&str> for Utf16Str<'_> {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl PartialEq<String> for Utf16Str<'_> {
    fn eq(&self, other: &String) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Utf16Str<'_>> for str {
    fn eq(&self, other: &Utf16Str<'_>) -> bool {
        other == self
    }
}

impl PartialEq<Utf16Str<'_>> for &str {
    fn eq(&self, other: &Utf16Str<'_>) -> bool {
        other == *self
    }
}

impl PartialEq for Utf16Str<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes
    }
}

impl Eq for Utf16Str<'_> {}

impl core::hash::Hash for Utf16Str<'_> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.bytes.hash(state);
    }
}

/// Writes the characters, with U+FFFD for unpaired surrogates.
impl fmt::Display for Utf16Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        for c in self.chars() {
            f.write_char(c)?;
        }
        Ok(())
    }
}

/// A quoted, escaped string; unpaired surrogates are shown as `\u{d800}`.
impl fmt::Debug for Utf16Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        f.write_char('"')?;
        for c in self.decode() {
            match c {
                Ok(c) => {
                    for e in c.escape_debug() {
                        f.write_char(e)?;
                    }
                }
                Err(e) => write!(f, "\\u{{{:x}}}", e.unpaired_surrogate())?,
            }
        }
        f.write_char('"')
    }
}

/// Iterator over the code units of a [`Utf16Str`].
#[derive(Clone, Debug)]
pub struct CodeUnits<'a> {
    chunks: core::slice::ChunksExact<'a, u8>,
}

impl Iterator for CodeUnits<'_> {
    type Item = u16;

    #[inline]
    fn next(&mut self) -> Option<u16> {
        self.chunks.next().map(|c| {
            u16::from_le_bytes([
                c.first().copied().unwrap_or(0),
                c.get(1).copied().unwrap_or(0),
            ])
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chunks.size_hint()
    }
}

impl DoubleEndedIterator for CodeUnits<'_> {
    fn next_back(&mut self) -> Option<u16> {
        self.chunks.next_back().map(|c| {
            u16::from_le_bytes([
                c.first().copied().unwrap_or(0),
                c.get(1).copied().unwrap_or(0),
            ])
        })
    }
}

impl ExactSizeIterator for CodeUnits<'_> {}
impl FusedIterator for CodeUnits<'_> {}

/// Iterator over the characters of a [`Utf16Str`], with U+FFFD for unpaired surrogates.
#[derive(Clone, Debug)]
pub struct Chars<'a> {
    inner: core::char::DecodeUtf16<CodeUnits<'a>>,
}

impl Iterator for Chars<'_> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        self.inner
            .next()
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl FusedIterator for Chars<'_> {}

/// A borrowed MULTI_SZ: NUL-terminated strings followed by one more NUL.
///
/// Iterating splits the data on NUL code units and drops the empty pieces at the end, so the
/// canonical form (`a\0b\0\0`), Windows' single-NUL empty list (`\0`) and Windows' extra
/// trailing NULs (`a\0b\0\0\0`) all read as the strings they hold. An empty string between two
/// others (`a\0\0b\0\0`) is kept, because the bytes say it is there.
///
/// ```
/// use clusprop::MultiSz;
///
/// let list = MultiSz::from_le_bytes(&[0x61, 0, 0, 0, 0x62, 0, 0, 0, 0, 0]);
/// assert_eq!(list.iter().collect::<Vec<_>>(), ["a", "b"]);
/// assert_eq!(list.len(), 2);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct MultiSz<'a> {
    /// The whole data, as it was on the wire.
    bytes: &'a [u8],
}

impl<'a> MultiSz<'a> {
    /// A view of MULTI_SZ data (little-endian code units; a trailing odd byte is ignored).
    #[must_use]
    #[inline]
    pub fn from_le_bytes(bytes: &'a [u8]) -> Self {
        MultiSz { bytes }
    }

    /// The data up to and including the last non-NUL code unit (even length): what holds the
    /// strings.
    fn content(&self) -> &'a [u8] {
        let mut content = Utf16Str::from_le_bytes(self.bytes).as_bytes();
        while let Some((rest, [0, 0])) = content.split_last_chunk::<2>() {
            content = rest;
        }
        content
    }

    /// The exact data bytes, terminators included.
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The strings.
    #[must_use]
    pub fn iter(&self) -> MultiSzIter<'a> {
        let content = self.content();
        MultiSzIter {
            rest: content,
            done: content.is_empty(),
        }
    }

    /// The number of strings (counts them; does not allocate).
    #[must_use]
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Whether there are no strings.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.content().is_empty()
    }
}

impl<'a> IntoIterator for MultiSz<'a> {
    type Item = Utf16Str<'a>;
    type IntoIter = MultiSzIter<'a>;

    fn into_iter(self) -> MultiSzIter<'a> {
        self.iter()
    }
}

impl fmt::Debug for MultiSz<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Iterator over the strings of a [`MultiSz`].
#[derive(Clone, Debug)]
pub struct MultiSzIter<'a> {
    rest: &'a [u8],
    done: bool,
}

impl<'a> Iterator for MultiSzIter<'a> {
    type Item = Utf16Str<'a>;

    fn next(&mut self) -> Option<Utf16Str<'a>> {
        if self.done {
            return None;
        }
        let units = Utf16Str::from_le_bytes(self.rest);
        match units.code_units().position(|u| u == 0) {
            Some(i) => {
                let split = i.saturating_mul(2);
                let item = self.rest.get(..split).unwrap_or_default();
                self.rest = self.rest.get(split.saturating_add(2)..).unwrap_or_default();
                Some(Utf16Str::from_le_bytes(item))
            }
            None => {
                self.done = true;
                Some(Utf16Str::from_le_bytes(self.rest))
            }
        }
    }
}

impl FusedIterator for MultiSzIter<'_> {}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// UTF-16LE bytes of `s` (no NUL).
    pub(crate) fn utf16(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn compares_with_str() {
        let b = utf16("Größe 😀");
        let s = Utf16Str::from_le_bytes(&b);
        assert_eq!(s, "Größe 😀");
        assert_ne!(s, "Größe");
        assert_ne!(s, "Größe 😀!");
        assert_eq!(s.len(), 8);
        assert_eq!(s.to_string(), "Größe 😀");
        assert_eq!(format!("{s:?}"), "\"Größe 😀\"");
    }

    #[test]
    fn case_insensitive_like_windows() {
        let b = utf16("AutoMetric");
        let s = Utf16Str::from_le_bytes(&b);
        assert!(s.eq_ignore_case("autometric"));
        assert!(s.eq_ignore_case("AUTOMETRIC"));
        assert!(!s.eq_ignore_case("AutoMetri"));
        assert!(!s.eq_ignore_case("AutoMetricX"));
        let b = utf16("Größe");
        let s = Utf16Str::from_le_bytes(&b);
        assert!(s.eq_ignore_case("GRÖßE"));
        assert!(!s.eq_ignore_case("GRÖSSE"), "simple mapping only");
        let b = utf16("é");
        assert!(!Utf16Str::from_le_bytes(&b).eq_ignore_case("e"));
        // Both directions agree when one side is ASCII and the other is not.
        let long_s = utf16("\u{17f}");
        assert!(Utf16Str::from_le_bytes(&long_s).eq_ignore_case("s"));
        assert!(Utf16Str::from_le_bytes(&utf16("s")).eq_ignore_case("\u{17f}"));
        assert!(Utf16Str::from_le_bytes(&utf16("Ab")).eq_ignore_case("aB"));
    }

    #[test]
    fn unpaired_surrogates_are_kept_and_reported() {
        let b = [0x41, 0, 0x00, 0xD8, 0x42, 0];
        let s = Utf16Str::from_le_bytes(&b);
        assert!(!s.is_valid());
        assert_eq!(
            s.first_invalid(),
            Some(InvalidUtf16 {
                index: 1,
                unit: 0xD800
            })
        );
        assert_eq!(
            s.try_to_string(),
            Err(InvalidUtf16 {
                index: 1,
                unit: 0xD800
            })
        );
        assert_eq!(s.to_string_lossy(), "A\u{FFFD}B");
        assert_eq!(format!("{s:?}"), "\"A\\u{d800}B\"");
        assert_eq!(s.as_bytes(), &b);
        assert_ne!(s, "A\u{FFFD}B");
    }

    #[test]
    fn odd_byte_is_left_out() {
        assert_eq!(Utf16Str::from_le_bytes(&[0x41, 0, 0x42]), "A");
        assert!(Utf16Str::from_le_bytes(&[0x41]).is_empty());
    }

    #[test]
    fn multi_sz_forms() {
        let canonical = [utf16("a\0bc\0\0")].concat();
        let m = MultiSz::from_le_bytes(&canonical);
        assert_eq!(m.iter().collect::<Vec<_>>(), ["a", "bc"]);
        assert_eq!(m.len(), 2);
        let empty_windows = [0u8, 0];
        assert!(MultiSz::from_le_bytes(&empty_windows).is_empty());
        assert_eq!(MultiSz::from_le_bytes(&[0, 0, 0, 0]).iter().count(), 0);
        assert_eq!(MultiSz::from_le_bytes(&[]).iter().count(), 0);
        let extra = utf16("x\0y\0\0\0");
        assert_eq!(
            MultiSz::from_le_bytes(&extra).iter().collect::<Vec<_>>(),
            ["x", "y"]
        );
        let inner_empty = utf16("a\0\0b\0\0");
        assert_eq!(
            MultiSz::from_le_bytes(&inner_empty)
                .iter()
                .collect::<Vec<_>>(),
            ["a", "", "b"]
        );
        let unterminated = utf16("a\0b");
        assert_eq!(
            MultiSz::from_le_bytes(&unterminated)
                .iter()
                .collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(
            format!("{:?}", MultiSz::from_le_bytes(&canonical)),
            "[\"a\", \"bc\"]"
        );
    }
}
