//! Small-string and small-bytes storage for the owned model: [`Name`] and [`Data`].
//!
//! Both keep up to [`INLINE_CAPACITY`] bytes in place (inside the struct that holds them, so in
//! the parent's allocation) and only longer contents on the heap. Property names Windows defines
//! and most value data (DWORDs, short strings) fit, so decoding a typical property allocates
//! nothing for them.
//!
//! The representation is an implementation detail: equality, ordering and hashing are those of
//! the content (`str` for [`Name`], `[u8]` for [`Data`]), so both work as keys looked up by
//! `&str` / `&[u8]`.

use crate::read::scan::is_ascii;
use crate::read::utf16::Utf16Str;
use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;
use zerocopy::{Immutable, IntoBytes, KnownLayout, TryFromBytes};

/// How many bytes a [`Name`] or a [`Data`] keeps inline, without allocating.
///
/// The value keeps [`Name`] and [`Data`] at 24 bytes each (the size of a `String`), and an
/// [`OwnedValue`](crate::OwnedValue) at 32. It holds every fixed-width value, and a string value
/// of up to 10 UTF-16 code units (with its NUL).
///
/// ```
/// use clusprop::owned::{Data, Name, INLINE_CAPACITY};
///
/// assert_eq!(INLINE_CAPACITY, 22);
/// assert_eq!(std::mem::size_of::<Name>(), 24);
/// assert_eq!(std::mem::size_of::<Data>(), 24);
/// ```
pub const INLINE_CAPACITY: usize = 22;

/// Inline bytes: the first `len` bytes of `bytes` (the rest are zero).
///
/// Three words (`align(8)`, the length in the last byte, whose unused values give `Name` and
/// `Data` their niche). It is built from two registers ([`Inline::from_words`]), so a move of it
/// (16 + 8 bytes) reads back what was written 16 + 8 bytes at a time. Built through a buffer
/// written a few bytes at a time, every later move of it stalled (store-to-load forwarding
/// fails), which made decoding to the owned model three times slower than cloning it.
#[derive(Clone, Copy, TryFromBytes, IntoBytes, KnownLayout, Immutable)]
#[repr(C, align(8))]
struct Inline {
    /// The content, then zeros (the last byte is always zero).
    bytes: [u8; INLINE_CAPACITY + 1],
    len: Len,
}

/// Declares [`Len`], the lengths `0..=INLINE_CAPACITY` as an enum: one byte whose other values
/// are a niche.
macro_rules! lengths {
    ($($variant:ident = $n:literal),* $(,)?) => {
        /// An inline length, `0..=INLINE_CAPACITY`.
        #[derive(Clone, Copy, PartialEq, Eq, TryFromBytes, IntoBytes, KnownLayout, Immutable)]
        #[repr(u8)]
        enum Len {
            $($variant = $n),*
        }

        impl Len {
            /// `n` as a length, if it fits inline.
            #[inline(always)]
            const fn new(n: usize) -> Option<Len> {
                match n {
                    $($n => Some(Len::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

lengths!(
    L0 = 0,
    L1 = 1,
    L2 = 2,
    L3 = 3,
    L4 = 4,
    L5 = 5,
    L6 = 6,
    L7 = 7,
    L8 = 8,
    L9 = 9,
    L10 = 10,
    L11 = 11,
    L12 = 12,
    L13 = 13,
    L14 = 14,
    L15 = 15,
    L16 = 16,
    L17 = 17,
    L18 = 18,
    L19 = 19,
    L20 = 20,
    L21 = 21,
    L22 = 22,
);

impl Len {
    #[inline(always)]
    fn get(self) -> usize {
        self as usize
    }
}

impl Inline {
    const EMPTY: Inline = Inline {
        bytes: [0; INLINE_CAPACITY + 1],
        len: Len::L0,
    };

    /// A copy of `bytes`, if they fit. (Always inlined: at each call the copy is a few moves,
    /// and a call costs more than it.)
    #[inline(always)]
    fn new(bytes: &[u8]) -> Option<Inline> {
        let len = Len::new(bytes.len())?;
        let (lo, hi) = words(bytes);
        Some(Inline::from_words(lo, hi, len))
    }

    /// The first `len` bytes of `buf`, which must be at most the capacity.
    #[inline]
    fn from_prefix(buf: [u8; INLINE_CAPACITY], len: usize) -> Option<Inline> {
        Inline::new(buf.get(..len)?)
    }

    /// Bytes 0 to 15 from `lo` and 16 to 21 from `hi` (both little-endian; the bytes past
    /// `len` must be zero), as three whole words with the length in the last byte: the value is
    /// built in registers, not a few bytes at a time in memory.
    #[inline(always)]
    fn from_words(lo: u128, hi: u64, len: Len) -> Inline {
        const CONTENT: u64 = (1 << 48) - 1;
        let words: [u64; 3] = [
            (lo as u64).to_le(),
            ((lo >> 64) as u64).to_le(),
            ((hi & CONTENT) | (u64::from(len as u8) << 56)).to_le(),
        ];
        // Always valid: the last byte is `len`.
        zerocopy::try_transmute!(words).unwrap_or(Inline::EMPTY)
    }

    #[inline]
    fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..self.len.get()).unwrap_or_default()
    }

    #[inline]
    fn as_mut_bytes(&mut self) -> &mut [u8] {
        self.bytes.get_mut(..self.len.get()).unwrap_or_default()
    }
}

/// Up to [`INLINE_CAPACITY`] bytes as two little-endian words (bytes 0 to 15, bytes 16 to 23),
/// zero past the end: two overlapping reads from each end, shifted into place.
#[inline(always)]
fn words(src: &[u8]) -> (u128, u64) {
    let n = src.len();
    let u64_at = |at: usize| {
        src.get(at..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, |c| u64::from_le_bytes(*c))
    };
    let u32_at = |at: usize| {
        src.get(at..)
            .and_then(<[u8]>::first_chunk::<4>)
            .map_or(0, |c| u64::from(u32::from_le_bytes(*c)))
    };
    // Shifting out the bytes the first read already has (`n` is at most 22, so the arithmetic
    // stays small; a shift by the full width gives 0).
    let drop_bytes = |x: u64, bytes: usize| {
        x.checked_shr(u32::try_from(bytes.wrapping_mul(8)).unwrap_or(64))
            .unwrap_or(0)
    };
    match n {
        16.. => {
            let lo = src
                .first_chunk::<16>()
                .map_or(0, |c| u128::from_le_bytes(*c));
            (
                lo,
                drop_bytes(u64_at(n.wrapping_sub(8)), 24usize.wrapping_sub(n)),
            )
        }
        8.. => {
            let hi = drop_bytes(u64_at(n.wrapping_sub(8)), 16usize.wrapping_sub(n));
            (u128::from(u64_at(0)) | (u128::from(hi) << 64), 0)
        }
        4.. => {
            let hi = drop_bytes(u32_at(n.wrapping_sub(4)), 8usize.wrapping_sub(n));
            (u128::from(u32_at(0) | (hi << 32)), 0)
        }
        _ => (
            src.iter()
                .rev()
                .fold(0u128, |acc, &b| (acc << 8) | u128::from(b)),
            0,
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Name
// ---------------------------------------------------------------------------------------------

/// A property name: a UTF-8 string kept inline up to [`INLINE_CAPACITY`] bytes, on the heap
/// beyond.
///
/// It dereferences to `str` and compares, orders and hashes exactly as its `str` (so a
/// `HashMap<Name, _>` is looked up by `&str`). It converts from and to `String`.
///
/// ```
/// use clusprop::owned::Name;
///
/// let name = Name::from("IPv4PrefixLengths");
/// assert!(name.is_inline()); // 17 bytes: no allocation
/// assert_eq!(name, "IPv4PrefixLengths");
/// assert!(name.starts_with("IPv4"));
/// assert_eq!(name.len(), 17);
/// assert_eq!(format!("{name} {name:?}"), r#"IPv4PrefixLengths "IPv4PrefixLengths""#);
///
/// let long = Name::from("A name longer than the inline capacity".to_owned());
/// assert!(!long.is_inline());
/// assert_eq!(String::from(long), "A name longer than the inline capacity");
///
/// let mut map = std::collections::HashMap::new();
/// map.insert(name, 24);
/// assert_eq!(map.get("IPv4PrefixLengths"), Some(&24));
/// ```
#[derive(Clone)]
pub struct Name(NameRepr);

/// What [`Name`] and [`Data`] share about their storage: `INLINE_CAPACITY`, `new` (empty,
/// inline) and `is_inline`, with their docs and examples.
macro_rules! inline_storage {
    (
        $ty:ident($repr:ident), $capacity_doc:literal, $new_example:literal,
        $inline_doc:literal, $inline_example:literal
    ) => {
        #[doc = concat!($capacity_doc, " ([`INLINE_CAPACITY`]).")]
        pub const INLINE_CAPACITY: usize = INLINE_CAPACITY;

        #[doc = concat!("The empty value.\n\n```\n", $new_example, "\n```")]
        #[must_use]
        pub const fn new() -> Self {
            $ty($repr::Inline(Inline::EMPTY))
        }

        #[doc = concat!("Whether ", $inline_doc, " [`INLINE_CAPACITY`] bytes).")]
        #[doc = ""]
        #[doc = concat!("```\n", $inline_example, "\n```")]
        #[must_use]
        pub fn is_inline(&self) -> bool {
            matches!(self.0, $repr::Inline(_))
        }
    };
}

#[derive(Clone)]
enum NameRepr {
    /// Valid UTF-8 (copied from a `str` or encoded from `char`s).
    Inline(Inline),
    Heap(Box<str>),
}

impl Name {
    inline_storage!(
        Name(NameRepr),
        "How many bytes of UTF-8 are kept inline",
        "assert_eq!(clusprop::owned::Name::new(), \"\");",
        "the name is stored inline (it is exactly when it has at most",
        "use clusprop::owned::Name;\n\n\
         assert!(Name::from(\"x\".repeat(Name::INLINE_CAPACITY)).is_inline());\n\
         assert!(!Name::from(\"x\".repeat(Name::INLINE_CAPACITY + 1)).is_inline());"
    );

    /// The name as a `str`.
    ///
    /// ```
    /// let name = clusprop::owned::Name::from("Role");
    /// let s: &str = name.as_str();
    /// assert_eq!(s, "Role");
    /// ```
    #[inline]
    #[must_use]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Always valid: inline bytes are copied from a `str` or encoded from `char`s.
            NameRepr::Inline(inline) => core::str::from_utf8(inline.as_bytes()).unwrap_or_default(),
            NameRepr::Heap(s) => s,
        }
    }

    /// The name's UTF-8 bytes, read without the validation that [`as_str`](Self::as_str) repeats.
    #[inline]
    pub(crate) fn utf8_bytes(&self) -> &[u8] {
        match &self.0 {
            NameRepr::Inline(inline) => inline.as_bytes(),
            NameRepr::Heap(s) => s.as_bytes(),
        }
    }

    /// The name as a `String` (allocates only when it is inline).
    ///
    /// ```
    /// assert_eq!(clusprop::owned::Name::from("Role").into_string(), "Role");
    /// ```
    #[must_use]
    pub fn into_string(self) -> String {
        match self.0 {
            NameRepr::Inline(_) => String::from(self.as_str()),
            NameRepr::Heap(s) => String::from(s),
        }
    }

    /// Decodes UTF-16 code units, with U+FFFD REPLACEMENT CHARACTER for each unpaired surrogate
    /// (the same string as [`Utf16Str::to_string_lossy`], without the intermediate `String`).
    ///
    /// ```
    /// use clusprop::{owned::Name, Utf16Str};
    ///
    /// let units = Utf16Str::from_le_bytes(&[0x52, 0, 0x6f, 0, 0x00, 0xD8, 0x65, 0]);
    /// let name = Name::from_utf16_lossy(units);
    /// assert_eq!(name, "Ro\u{FFFD}e");
    /// assert_eq!(name, units.to_string_lossy());
    /// ```
    #[must_use]
    #[inline]
    pub fn from_utf16_lossy(units: Utf16Str<'_>) -> Self {
        // ASCII (every name Windows defines): the UTF-8 is the low byte of each code unit.
        match ascii_inline(units.as_bytes()) {
            Some(inline) => Name(NameRepr::Inline(inline)),
            None => Name::from_utf16_lossy_slow(units),
        }
    }

    /// [`from_utf16_lossy`](Self::from_utf16_lossy) for what is not short ASCII.
    #[inline(never)]
    fn from_utf16_lossy_slow(units: Utf16Str<'_>) -> Self {
        let bytes = units.as_bytes();
        if is_ascii(bytes) {
            // Too long to keep inline.
            return Name(NameRepr::Heap(units.to_string_lossy().into_boxed_str()));
        }
        let len = units
            .chars()
            .fold(0usize, |n, c| n.saturating_add(c.len_utf8()));
        if len <= INLINE_CAPACITY {
            let mut buf = [0; INLINE_CAPACITY];
            let mut at = 0usize;
            for c in units.chars() {
                let end = at.saturating_add(c.len_utf8());
                if let Some(slot) = buf.get_mut(at..end) {
                    c.encode_utf8(slot);
                }
                at = end;
            }
            if let Some(inline) = Inline::from_prefix(buf, len) {
                return Name(NameRepr::Inline(inline));
            }
        }
        let mut s = String::with_capacity(len);
        s.extend(units.chars());
        Name(NameRepr::Heap(s.into_boxed_str()))
    }
}

/// The low bytes of UTF-16LE code units that are all ASCII, inline; `None` if one is not ASCII
/// or they do not fit.
///
/// Four code units at a time, each group read whole (the last one read with the units before it
/// and shifted down) and packed into its fixed place in two registers.
#[inline]
fn ascii_inline(bytes: &[u8]) -> Option<Inline> {
    const NOT_ASCII: u64 = 0xFF80_FF80_FF80_FF80;
    let units = bytes.len() / 2;
    let len = Len::new(units)?;
    if units < 4 {
        let mut buf = [0; INLINE_CAPACITY];
        for (slot, unit) in buf.iter_mut().zip(bytes.chunks_exact(2)) {
            match unit {
                [low @ 0..=0x7F, 0] => *slot = *low,
                _ => return None,
            }
        }
        return Inline::from_prefix(buf, units);
    }
    let u64_at = |at: usize| {
        bytes
            .get(at..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, |c| u64::from_le_bytes(*c))
    };
    // The four units from unit `k`, zero past the end. `units` is between 4 and 22, so the
    // arithmetic stays small and the shift is 16, 32 or 48.
    let group = |k: usize| -> u64 {
        if k.wrapping_add(4) <= units {
            u64_at(k.wrapping_mul(2))
        } else if k < units {
            let missing = k.wrapping_add(4).wrapping_sub(units);
            u64_at(units.wrapping_sub(4).wrapping_mul(2)) >> missing.wrapping_mul(16)
        } else {
            0
        }
    };
    let groups = [
        group(0),
        group(4),
        group(8),
        group(12),
        group(16),
        group(20),
    ];
    if groups.iter().fold(0, |seen, &x| seen | x) & NOT_ASCII != 0 {
        return None;
    }
    // 0a0b0c0d (as bytes, low first) becomes abcd.
    let [p0, p1, p2, p3, p4, p5] = groups.map(|x| {
        let x = (x | (x >> 8)) & 0x0000_FFFF_0000_FFFF;
        (x | (x >> 16)) & 0xFFFF_FFFF
    });
    let lo = u128::from(p0 | (p1 << 32)) | (u128::from(p2 | (p3 << 32)) << 64);
    Some(Inline::from_words(lo, p4 | (p5 << 32), len))
}

content_impls!(Name => str, as_str + Borrow + Ord);

impl AsRef<[u8]> for Name {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl From<&str> for Name {
    #[inline]
    fn from(s: &str) -> Self {
        match Inline::new(s.as_bytes()) {
            Some(inline) => Name(NameRepr::Inline(inline)),
            None => Name(NameRepr::Heap(Box::from(s))),
        }
    }
}

impl From<&mut str> for Name {
    fn from(s: &mut str) -> Self {
        Name::from(&*s)
    }
}

impl From<&String> for Name {
    fn from(s: &String) -> Self {
        Name::from(s.as_str())
    }
}

/// Keeps the string's allocation when it is longer than [`INLINE_CAPACITY`] (shrunk to fit).
impl From<String> for Name {
    fn from(s: String) -> Self {
        match Inline::new(s.as_bytes()) {
            Some(inline) => Name(NameRepr::Inline(inline)),
            None => Name(NameRepr::Heap(s.into_boxed_str())),
        }
    }
}

impl From<Box<str>> for Name {
    fn from(s: Box<str>) -> Self {
        match Inline::new(s.as_bytes()) {
            Some(inline) => Name(NameRepr::Inline(inline)),
            None => Name(NameRepr::Heap(s)),
        }
    }
}

impl From<Cow<'_, str>> for Name {
    fn from(s: Cow<'_, str>) -> Self {
        match s {
            Cow::Borrowed(s) => Name::from(s),
            Cow::Owned(s) => Name::from(s),
        }
    }
}

impl From<Name> for String {
    fn from(name: Name) -> Self {
        name.into_string()
    }
}

impl From<Name> for Box<str> {
    fn from(name: Name) -> Self {
        match name.0 {
            NameRepr::Inline(_) => Box::from(name.as_str()),
            NameRepr::Heap(s) => s,
        }
    }
}

impl FromStr for Name {
    type Err = core::convert::Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Name::from(s))
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

content_eq!(Name, as_str: [] str, [] &str, [] String, [] Cow<'_, str>, [] Box<str>);

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

/// A value's data bytes: kept inline up to [`INLINE_CAPACITY`] bytes, on the heap beyond.
///
/// It dereferences to `[u8]` (mutably too: bytes can be edited in place, the length is fixed;
/// to change the length, go through [`into_vec`](Self::into_vec) and back). It compares, orders
/// and hashes exactly as its `[u8]`.
///
/// ```
/// use clusprop::owned::Data;
///
/// let dword = Data::from(7u32.to_le_bytes());
/// assert!(dword.is_inline()); // no allocation
/// assert_eq!(dword, [7, 0, 0, 0]);
/// assert_eq!(format!("{dword:?}"), "[7, 0, 0, 0]");
///
/// let mut long = Data::from(vec![0u8; 64]);
/// assert!(!long.is_inline());
/// long[0] = 1;
/// assert_eq!(long.len(), 64);
/// assert_eq!(long.into_vec()[..2], [1, 0]);
/// ```
#[derive(Clone)]
pub struct Data(DataRepr);

#[derive(Clone)]
enum DataRepr {
    Inline(Inline),
    Heap(Box<[u8]>),
}

impl Data {
    inline_storage!(
        Data(DataRepr),
        "How many bytes are kept inline",
        "assert!(clusprop::owned::Data::new().is_empty());",
        "the bytes are stored inline (they are exactly when there are at most",
        "use clusprop::owned::Data;\n\n\
         assert!(Data::from(vec![0; Data::INLINE_CAPACITY]).is_inline());\n\
         assert!(!Data::from(vec![0; Data::INLINE_CAPACITY + 1]).is_inline());"
    );

    /// The bytes.
    ///
    /// ```
    /// assert_eq!(clusprop::owned::Data::from(&b"ab"[..]).as_slice(), b"ab");
    /// ```
    #[inline]
    #[must_use]
    pub fn as_slice(&self) -> &[u8] {
        match &self.0 {
            DataRepr::Inline(inline) => inline.as_bytes(),
            DataRepr::Heap(bytes) => bytes,
        }
    }

    /// The bytes, to edit in place.
    ///
    /// ```
    /// let mut data = clusprop::owned::Data::from([1, 2]);
    /// data.as_mut_slice().reverse();
    /// assert_eq!(data, [2, 1]);
    /// ```
    #[inline]
    #[must_use]
    pub fn as_mut_slice(&mut self) -> &mut [u8] {
        match &mut self.0 {
            DataRepr::Inline(inline) => inline.as_mut_bytes(),
            DataRepr::Heap(bytes) => bytes,
        }
    }

    /// The bytes as a `Vec` (allocates only when they are inline).
    ///
    /// ```
    /// assert_eq!(clusprop::owned::Data::from([1, 2]).into_vec(), vec![1, 2]);
    /// ```
    #[must_use]
    pub fn into_vec(self) -> Vec<u8> {
        match self.0 {
            DataRepr::Inline(inline) => inline.as_bytes().to_vec(),
            DataRepr::Heap(bytes) => bytes.into_vec(),
        }
    }
}

content_impls!(Data => [u8], as_slice, mut as_mut_slice + Borrow + Ord);

impl From<&[u8]> for Data {
    #[inline]
    fn from(bytes: &[u8]) -> Self {
        match Inline::new(bytes) {
            Some(inline) => Data(DataRepr::Inline(inline)),
            None => Data(DataRepr::Heap(Box::from(bytes))),
        }
    }
}

impl From<&mut [u8]> for Data {
    fn from(bytes: &mut [u8]) -> Self {
        Data::from(&*bytes)
    }
}

impl From<&Vec<u8>> for Data {
    fn from(bytes: &Vec<u8>) -> Self {
        Data::from(bytes.as_slice())
    }
}

impl<const N: usize> From<[u8; N]> for Data {
    #[inline]
    fn from(bytes: [u8; N]) -> Self {
        Data::from(&bytes[..])
    }
}

impl<const N: usize> From<&[u8; N]> for Data {
    fn from(bytes: &[u8; N]) -> Self {
        Data::from(&bytes[..])
    }
}

/// Keeps the vector's allocation when it is longer than [`INLINE_CAPACITY`] (shrunk to fit).
impl From<Vec<u8>> for Data {
    fn from(bytes: Vec<u8>) -> Self {
        match Inline::new(&bytes) {
            Some(inline) => Data(DataRepr::Inline(inline)),
            None => Data(DataRepr::Heap(bytes.into_boxed_slice())),
        }
    }
}

impl From<Box<[u8]>> for Data {
    fn from(bytes: Box<[u8]>) -> Self {
        match Inline::new(&bytes) {
            Some(inline) => Data(DataRepr::Inline(inline)),
            None => Data(DataRepr::Heap(bytes)),
        }
    }
}

impl From<Cow<'_, [u8]>> for Data {
    fn from(bytes: Cow<'_, [u8]>) -> Self {
        match bytes {
            Cow::Borrowed(bytes) => Data::from(bytes),
            Cow::Owned(bytes) => Data::from(bytes),
        }
    }
}

impl From<Data> for Vec<u8> {
    fn from(data: Data) -> Self {
        data.into_vec()
    }
}

impl From<Data> for Box<[u8]> {
    fn from(data: Data) -> Self {
        match data.0 {
            DataRepr::Inline(inline) => Box::from(inline.as_bytes()),
            DataRepr::Heap(bytes) => bytes,
        }
    }
}

content_eq!(
    Data, as_slice:
    [] [u8],
    [] &[u8],
    [] Vec<u8>,
    [] Box<[u8]>,
    [] Cow<'_, [u8]>,
    [const N: usize] [u8; N],
    [const N: usize] &[u8; N],
);

// ---------------------------------------------------------------------------------------------
// serde
// ---------------------------------------------------------------------------------------------

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Data, Name};
    use alloc::string::String;
    use serde::de::{Deserialize, Deserializer};
    use serde::ser::{Serialize, Serializer};

    /// A string.
    impl Serialize for Name {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self)
        }
    }

    /// A string.
    impl<'de> Deserialize<'de> for Name {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            visit!(deserializer.deserialize_str() as Name, "a string" {
                visit_str(v: &str) => Ok(Name::from(v)),
                visit_string(v: String) => Ok(Name::from(v)),
            })
        }
    }

    /// Bytes (`serialize_bytes`).
    impl Serialize for Data {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_bytes(self)
        }
    }

    /// Bytes, or a sequence of byte values.
    impl<'de> Deserialize<'de> for Data {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            visit_bytes!(deserializer.deserialize_bytes() as Data, "bytes")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::owned::tests::hash;
    use crate::read::utf16::tests::utf16;
    use core::cmp::Ordering;
    use std::collections::{BTreeSet, HashSet};

    #[test]
    fn sizes() {
        assert_eq!(size_of::<Name>(), 24);
        assert_eq!(size_of::<Data>(), 24);
        assert_eq!(size_of::<Option<Name>>(), 24);
    }

    #[test]
    fn name_inline_boundary() {
        let at = "n".repeat(INLINE_CAPACITY);
        let over = "n".repeat(INLINE_CAPACITY + 1);
        for (s, inline) in [("", true), (at.as_str(), true), (over.as_str(), false)] {
            for name in [
                Name::from(s),
                Name::from(s.to_owned()),
                Name::from(Box::<str>::from(s)),
                Name::from(Cow::Borrowed(s)),
                s.parse().unwrap(),
                Name::from_utf16_lossy(Utf16Str::from_le_bytes(&utf16(s))),
            ] {
                assert_eq!(name.is_inline(), inline, "{s:?}");
                assert_eq!(name, s);
                assert_eq!(name.len(), s.len());
                assert_eq!(String::from(name.clone()), s);
                assert_eq!(Box::<str>::from(name), Box::from(s));
            }
        }
        // A non-ASCII name at the boundary: 11 two-byte characters, then one more.
        let at = "é".repeat(INLINE_CAPACITY / 2);
        let over = format!("{at}e");
        assert!(Name::from(at.as_str()).is_inline());
        assert!(!Name::from(over.as_str()).is_inline());
        assert!(Name::from_utf16_lossy(Utf16Str::from_le_bytes(&utf16(&at))).is_inline());
        assert!(!Name::from_utf16_lossy(Utf16Str::from_le_bytes(&utf16(&over))).is_inline());
        // A character that would straddle the boundary goes to the heap as a whole.
        let straddle = format!("{}€", "x".repeat(INLINE_CAPACITY - 2));
        let name = Name::from_utf16_lossy(Utf16Str::from_le_bytes(&utf16(&straddle)));
        assert!(!name.is_inline());
        assert_eq!(name, straddle);
    }

    #[test]
    fn name_equality_and_hashing_ignore_the_representation() {
        for s in ["", "Role", "IPv4PrefixLengths", "ß€😀"] {
            let inline = Name::from(s);
            assert!(inline.is_inline());
            let heap = Name(NameRepr::Heap(Box::from(s)));
            assert_eq!(inline, heap);
            assert_eq!(hash(&inline), hash(&heap));
            assert_eq!(hash(&inline), hash(s));
            assert_eq!(hash(&heap), hash(&String::from(s)));
            assert_eq!(inline.cmp(&heap), Ordering::Equal);
            assert_eq!(format!("{inline:?}"), format!("{s:?}"));
            assert_eq!(format!("{heap:?}"), format!("{s:?}"));
            assert_eq!(format!("{inline:>8}"), format!("{s:>8}"));
            let set: HashSet<Name> = [heap.clone()].into_iter().collect();
            assert!(set.contains(s));
            assert!(set.contains(&inline));
            let tree: BTreeSet<Name> = [heap].into_iter().collect();
            assert!(tree.contains(s));
        }
        let (a, b, c) = (
            Name::from("a"),
            Name::from("b"),
            Name(NameRepr::Heap(Box::from("c"))),
        );
        assert!(a < b && b < c);
        assert_eq!(Name::default(), Name::new());
        assert_eq!(Name::new(), "");
    }

    #[test]
    fn name_compares_with_strings_both_ways() {
        let name = Name::from("Role");
        let s = String::from("Role");
        assert!(name == *"Role");
        assert!(*"Role" == name);
        assert!(name == "Role");
        assert!("Role" == name);
        assert!(name == s);
        assert!(s == name);
        assert!(name == Cow::Borrowed("Role"));
        assert!(Cow::Borrowed("Role") == name);
        assert!(name != "role");
        let as_ref: &str = name.as_ref();
        let as_bytes: &[u8] = name.as_ref();
        assert_eq!((as_ref, as_bytes), ("Role", &b"Role"[..]));
    }

    #[test]
    fn from_utf16_lossy_is_to_string_lossy() {
        let cases: Vec<Vec<u16>> = vec![
            vec![],
            vec![0x52, 0x6f, 0x6c, 0x65],
            vec![0xD800],
            vec![0xDC00, 0x41],
            vec![0x41, 0xD83D, 0xDE00, 0x42],
            vec![0xD83D, 0xD83D, 0xDE00],
            vec![0xDE00; 7],
            vec![0xDE00; 8],
            vec![0x20AC; 7],
            vec![0x20AC; 8],
            "x".repeat(21).encode_utf16().chain([0xD800]).collect(),
            "😀".repeat(5).encode_utf16().collect(),
            "😀".repeat(6).encode_utf16().collect(),
            "ASCII but longer than the inline capacity"
                .encode_utf16()
                .collect(),
            (0..300u16).collect::<Vec<_>>()[1..].to_vec(),
        ];
        for units in cases {
            let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
            let view = Utf16Str::from_le_bytes(&bytes);
            let name = Name::from_utf16_lossy(view);
            let expected = view.to_string_lossy();
            assert_eq!(name, expected, "{units:x?}");
            assert_eq!(name.is_inline(), expected.len() <= INLINE_CAPACITY);
        }
    }

    #[test]
    fn ascii_fast_path_at_every_length_and_position() {
        for len in 0..=INLINE_CAPACITY + 2 {
            let ascii: Vec<u16> = (0..len as u16).map(|i| 0x21 + i).collect();
            let bytes: Vec<u8> = ascii.iter().flat_map(|u| u.to_le_bytes()).collect();
            let name = Name::from_utf16_lossy(Utf16Str::from_le_bytes(&bytes));
            assert_eq!(name, String::from_utf16(&ascii).unwrap());
            assert_eq!(name.is_inline(), len <= INLINE_CAPACITY);
            assert_eq!(ascii_inline(&bytes).is_some(), len <= INLINE_CAPACITY);
            // One code unit that is not ASCII, by its low byte or its high byte, anywhere.
            for at in 0..len {
                for unit in [0x0080, 0x0141, 0x7F00, 0xFF7F] {
                    let mut units = ascii.clone();
                    units[at] = unit;
                    let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
                    assert!(ascii_inline(&bytes).is_none(), "{len} {at} {unit:#x}");
                    let view = Utf16Str::from_le_bytes(&bytes);
                    assert_eq!(Name::from_utf16_lossy(view), view.to_string_lossy());
                }
            }
        }
    }

    #[test]
    fn data_at_every_length_and_alignment() {
        let source: Vec<u8> = (1..=40).collect();
        for n in 0..=INLINE_CAPACITY + 2 {
            for start in 0..8 {
                let bytes = &source[start..start + n];
                let mut data = Data::from(bytes);
                assert_eq!(data, bytes, "{n} bytes from {start}");
                assert_eq!(data.is_inline(), n <= INLINE_CAPACITY);
                data.as_mut_slice().reverse();
                let reversed: Vec<u8> = bytes.iter().rev().copied().collect();
                assert_eq!(data, reversed[..]);
                assert_eq!(
                    Name::from(std::str::from_utf8(&[b'x'; 40][..n]).unwrap()).len(),
                    n
                );
            }
        }
    }

    #[test]
    fn data_inline_boundary() {
        let at = [7u8; INLINE_CAPACITY];
        let over = [7u8; INLINE_CAPACITY + 1];
        for (bytes, inline) in [(&[][..], true), (&at[..], true), (&over[..], false)] {
            for data in [
                Data::from(bytes),
                Data::from(bytes.to_vec()),
                Data::from(Box::<[u8]>::from(bytes)),
                Data::from(Cow::Borrowed(bytes)),
            ] {
                assert_eq!(data.is_inline(), inline, "{}", bytes.len());
                assert_eq!(data, bytes);
                assert_eq!(data.len(), bytes.len());
                assert_eq!(data.clone().into_vec(), bytes);
                assert_eq!(Vec::from(data.clone()), bytes);
                assert_eq!(Box::<[u8]>::from(data), Box::from(bytes));
            }
        }
        assert!(Data::from([0u8; INLINE_CAPACITY]).is_inline());
        assert!(!Data::from([0u8; INLINE_CAPACITY + 1]).is_inline());
        assert!(Data::from(&[0u8; 4]).is_inline());
    }

    #[test]
    fn data_equality_and_hashing_ignore_the_representation() {
        for bytes in [&b""[..], b"\x07\0\0\0", b"R\0o\0l\0e\0\0\0"] {
            let inline = Data::from(bytes);
            let heap = Data(DataRepr::Heap(Box::from(bytes)));
            assert!(inline.is_inline() && !heap.is_inline());
            assert_eq!(inline, heap);
            assert_eq!(hash(&inline), hash(&heap));
            assert_eq!(hash(&inline), hash(bytes));
            assert_eq!(hash(&heap), hash(&bytes.to_vec()));
            assert_eq!(inline.cmp(&heap), Ordering::Equal);
            assert_eq!(format!("{inline:?}"), format!("{bytes:?}"));
            assert_eq!(format!("{heap:?}"), format!("{bytes:?}"));
            let set: HashSet<Data> = [heap].into_iter().collect();
            assert!(set.contains(bytes));
        }
        // Edited in place, an inline and a heap copy stay equal.
        let mut inline = Data::from([1, 2, 3]);
        let mut heap = Data(DataRepr::Heap(Box::from(&[1, 2, 3][..])));
        inline[0] = 9;
        heap.as_mut_slice()[0] = 9;
        assert_eq!(inline, heap);
        assert_eq!(hash(&inline), hash(&heap));
        assert_eq!(inline, [9, 2, 3]);
        assert_eq!(Data::default(), Data::new());
        let (one, two) = (Data::from([1]), Data(DataRepr::Heap(Box::from(&[2][..]))));
        assert!(one < two);
    }

    #[test]
    #[allow(clippy::op_ref)] // the comparisons with references are what is tested
    fn data_compares_with_bytes_both_ways() {
        let data = Data::from([1u8, 2]);
        let v = vec![1u8, 2];
        assert!(data == v);
        assert!(v == data);
        assert!(data == [1, 2]);
        assert!([1, 2] == data);
        assert!(data == &[1, 2]);
        assert!(&[1, 2] == data);
        assert!(data == v[..]);
        assert!(v[..] == data);
        assert!(data == &v[..]);
        assert!(&v[..] == data);
        assert!(data != [1, 2, 3]);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde() {
        let name = Name::from("Role");
        assert_eq!(serde_json::to_string(&name).unwrap(), r#""Role""#);
        assert_eq!(serde_json::from_str::<Name>(r#""Role""#).unwrap(), name);
        let data = Data::from([1, 2]);
        assert_eq!(serde_json::to_string(&data).unwrap(), "[1,2]");
        assert_eq!(serde_json::from_str::<Data>("[1,2]").unwrap(), data);
    }
}
