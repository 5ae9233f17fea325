//! Borrowed UTF-16LE strings: [`Utf16Str`] and the MULTI_SZ iterator [`MultiSz`].
//!
//! Strings on the wire are UTF-16LE and need not be valid UTF-16 (an unpaired surrogate is kept
//! exactly). These views read the code units in place; nothing is decoded or allocated until you
//! ask for a `String`.

use super::scan::{is_ascii, scan};
use alloc::string::String;
use alloc::vec::Vec;
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

    /// Whether this name equals `other` ignoring case, the way Windows compares property names
    /// (see [`names_eq`](crate::names_eq): code unit by code unit under the simple uppercase
    /// mapping, as `CompareStringOrdinal(.., TRUE)` does). Does not allocate.
    #[must_use]
    pub fn eq_ignore_case(&self, other: &str) -> bool {
        names_eq(self.code_units(), other.encode_utf16())
    }
}

/// Whether two property names are equal the way Windows compares them: ordinally, ignoring
/// case, one UTF-16 code unit at a time.
///
/// This is the one comparison every name lookup in this crate makes ([`PropertyList::get`],
/// [`OwnedPropertyList::get`], [`Utf16Str::eq_ignore_case`], the schemas' lookups and their
/// duplicate checks, the serde field matching). It is what `CompareStringOrdinal(a, -1, b, -1,
/// TRUE)` and `RtlEqualUnicodeString(a, b, TRUE)` compute:
///
/// * The names are equal when they have as many UTF-16 code units and each pair of code units
///   has the same uppercase form. There is no normalisation and no linguistic rule: `ß` is not
///   `SS`, `é` (one code unit) is not `e` + U+0301.
/// * The uppercase form of a code unit is its Unicode *simple* uppercase mapping when that is
///   one BMP code unit, and the code unit itself otherwise. So `ς`, `σ` and `Σ` are equal, `ǅ`,
///   `ǆ` and `Ǆ` are equal, `ᾀ` (U+1F80) equals `ᾈ` (U+1F88), and `ß`, `ΐ` and `İ` only equal
///   themselves.
/// * Surrogates are code units like any other and uppercase to themselves: letters outside the
///   BMP are not case-folded (`𐐀` U+10400 and `𐐨` U+10428 differ), and an unpaired surrogate
///   equals only the same unpaired surrogate.
/// * Windows' uppercase table keeps `ı` (U+0131) and `ſ` (U+017F) as they are (Unicode maps
///   them to `I` and `S`), so `autometrıc` is not `AutoMetric` and `Deſcription` is not
///   `Description`. .NET, whose ordinal comparison reproduces Windows', makes the same two
///   exceptions.
///
/// Where Rust's tables and Windows' can differ: Rust follows the Unicode version of the
/// toolchain; Windows' uppercase table (the NLS data `RtlUpcaseUnicodeChar` reads) follows the
/// Unicode version of the Windows release. Letters given a case mapping by a recent Unicode
/// version (Cherokee small letters U+AB70–U+ABBF and U+13F8–U+13FD since Unicode 8.0, Georgian
/// Mkhedruli to Mtavruli since 11.0, and letters added since) fold here and may not fold on an
/// older Windows. Plain ASCII names, every name Windows itself defines, compare the same
/// everywhere.
///
/// # Sources, and what is assumed
///
/// * Microsoft's reference for the property-list functions ([`ResUtilFindSzProperty`] and the
///   other `ResUtilFind*Property`, [`ResUtilVerifyPropertyTable`],
///   `ResUtilGetPropertiesToParameterBlock`) and for property lists says names are
///   null-terminated Unicode strings, but not how two names compare.
/// * No open implementation exists to read: Wine's `clusapi.dll` implements one unrelated
///   function and its `resutils.dll` has no source (stubs only); windows_exporter's Go parser
///   keys a map by the exact, case-sensitive name.
/// * Properties live in the [cluster database], a registry hive, as values named after the
///   property, and registry names compare ordinally ignoring case.
/// * The ordinal comparison is specified in [MS-UCODEREF 3.1.5.5.1] (uppercase both strings,
///   then compare code units); its uppercase table keeps `ı` and `ſ`, as .NET's ordinal
///   casing, made to match Windows, does (`GlobalizationNative_InitOrdinalCasingPage` in
///   dotnet/runtime, `src/native/libs/System.Globalization.Native/pal_casing.c`).
///
/// That `clusapi` and ResUtil use this comparison, and not `lstrcmpiW` (linguistic, so it
/// depends on the user's locale) or `_wcsicmp` (ASCII letters only in the C locale), is an
/// **assumption**: the public sources above do not name the function. It is the choice that
/// is deterministic, matches how the cluster database stores the names, and agrees with the
/// other two on ASCII names, which are every name Windows defines.
///
/// [`ResUtilFindSzProperty`]: https://learn.microsoft.com/en-us/windows/win32/api/resapi/nf-resapi-resutilfindszproperty
/// [`ResUtilVerifyPropertyTable`]: https://learn.microsoft.com/en-us/windows/win32/api/resapi/nf-resapi-resutilverifypropertytable
/// [cluster database]: https://learn.microsoft.com/en-us/previous-versions/windows/desktop/mscs/cluster-database
/// [MS-UCODEREF 3.1.5.5.1]: https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-ucoderef/ba172a49-1971-4448-855e-448f8804127e
///
/// ```
/// use clusprop::names_eq;
///
/// let eq = |a: &str, b: &str| names_eq(a.encode_utf16(), b.encode_utf16());
/// assert!(eq("AutoMetric", "AUTOMETRIC"));
/// assert!(eq("Σίσυφος", "ΣΊΣΥΦΟΣ"));
/// assert!(!eq("Straße", "STRASSE"));
/// assert!(!eq("autometr\u{131}c", "AutoMetric"));
/// assert!(!eq("\u{10428}", "\u{10400}"));
/// ```
///
/// [`PropertyList::get`]: crate::PropertyList::get
/// [`OwnedPropertyList::get`]: crate::owned::OwnedPropertyList::get
#[must_use]
pub fn names_eq(a: impl IntoIterator<Item = u16>, b: impl IntoIterator<Item = u16>) -> bool {
    let mut b = b.into_iter();
    for x in a {
        match b.next() {
            Some(y) if x == y || upcase_unit(x) == upcase_unit(y) => {}
            _ => return false,
        }
    }
    b.next().is_none()
}

/// The uppercase form of one UTF-16 code unit, as `RtlUpcaseUnicodeChar` gives it: the simple
/// uppercase mapping when it is one BMP code unit, the code unit itself otherwise.
pub(crate) fn upcase_unit(unit: u16) -> u16 {
    if let Ok(ascii) = u8::try_from(unit) {
        if ascii.is_ascii() {
            return u16::from(ascii.to_ascii_uppercase());
        }
    }
    match unit {
        // Windows keeps these two (Unicode maps them to ASCII `I` and `S`).
        0x0131 | 0x017F => unit,
        // Greek with ypogegrammeni: the full mapping is two characters (`ἈΙ`), the simple one
        // the letter with prosgegrammeni, which `char::to_uppercase` does not give.
        // (Bit 3 is clear in these three ranges, so `| 8` adds 8.)
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => unit | 8,
        0x1FB3 | 0x1FC3 | 0x1FF3 => unit.wrapping_add(9),
        _ => {
            let Some(c) = char::from_u32(u32::from(unit)) else {
                return unit; // a surrogate
            };
            let mut upper = c.to_uppercase();
            match (upper.next(), upper.next()) {
                (Some(u), None) => u16::try_from(u32::from(u)).unwrap_or(unit),
                _ => unit,
            }
        }
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
/// others (`a\0\0b\0\0`) is kept, because the bytes say it is there (Windows stops reading at
/// it and sees `a` alone; no encoder of this crate writes one, and such a value is not
/// [canonical](crate::Value::is_canonical): its JSON carries `raw`).
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
        // Windows' uppercase table keeps ſ and ı (Unicode maps them to S and I), both ways.
        let long_s = utf16("\u{17f}");
        assert!(!Utf16Str::from_le_bytes(&long_s).eq_ignore_case("s"));
        assert!(!Utf16Str::from_le_bytes(&utf16("s")).eq_ignore_case("\u{17f}"));
        assert!(!Utf16Str::from_le_bytes(&utf16("\u{131}")).eq_ignore_case("I"));
        assert!(Utf16Str::from_le_bytes(&long_s).eq_ignore_case("\u{17f}"));
        assert!(Utf16Str::from_le_bytes(&utf16("Ab")).eq_ignore_case("aB"));
        // Simple mapping, one code unit at a time: ᾀ is ᾈ; astral letters are not folded.
        assert!(Utf16Str::from_le_bytes(&utf16("\u{1F80}")).eq_ignore_case("\u{1F88}"));
        assert!(!Utf16Str::from_le_bytes(&utf16("\u{10428}")).eq_ignore_case("\u{10400}"));
    }

    #[test]
    #[cfg_attr(miri, ignore)] // 65 536 code units: minutes under Miri; the spot checks below run
    fn upcase_unit_sweep_is_an_equivalence() {
        // Every code unit maps to one code unit, and uppercasing twice changes nothing more
        // (so equality of uppercase forms is an equivalence).
        for unit in 0..=u16::MAX {
            let up = upcase_unit(unit);
            assert_eq!(upcase_unit(up), up, "{unit:#06x}");
            if (0xD800..=0xDFFF).contains(&unit) {
                assert_eq!(up, unit, "surrogates are not folded");
            }
            if let Some(c) = char::from_u32(u32::from(unit)) {
                if c.is_uppercase() {
                    assert_eq!(up, unit, "{c:?} is already uppercase");
                }
            }
        }
    }

    #[test]
    fn upcase_unit_is_a_simple_one_unit_mapping() {
        assert_eq!(upcase_unit(0x00DF), 0x00DF, "ß");
        assert_eq!(upcase_unit(0x0131), 0x0131, "ı");
        assert_eq!(upcase_unit(0x017F), 0x017F, "ſ");
        assert_eq!(upcase_unit(0x0130), 0x0130, "İ");
        assert_eq!(upcase_unit(0x01C5), 0x01C4, "ǅ");
        assert_eq!(upcase_unit(0x01C6), 0x01C4, "ǆ");
        assert_eq!(upcase_unit(0x03C2), 0x03A3, "ς");
        assert_eq!(upcase_unit(0x0390), 0x0390, "ΐ");
        assert_eq!(upcase_unit(0x1F00), 0x1F08, "ἀ");
        assert_eq!(upcase_unit(0x1F88), 0x1F88, "ᾈ (titlecase) is itself");
        assert_eq!(upcase_unit(0x1FB2), 0x1FB2, "ᾲ has no simple uppercase");
        assert_eq!(upcase_unit(0xAB70), 0x13A0, "Cherokee small a");
        assert_eq!(upcase_unit(u16::from(b'z')), u16::from(b'Z'));
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
