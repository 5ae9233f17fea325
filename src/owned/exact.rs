//! What the owned model keeps of an entry's exact layout beyond its content: [`Padding`] and
//! [`RawName`], so that a parsed list converts to the owned model and back to the same bytes.

use crate::owned::Data;
#[cfg(feature = "serde")]
use alloc::vec::Vec;
use core::fmt;

/// The padding bytes after an entry's data, as read: the 0 to 3 bytes that bring the entry to a
/// multiple of 4.
///
/// The format says padding "MUST be ignored" and the builders write zeros, but a buffer's padding
/// may hold anything, and the strict parser accepts it. The owned model keeps non-zero padding so
/// that converting a parsed list to the owned model and encoding it gives back its exact bytes.
/// Zero padding of any length is [`Padding::ZERO`]: it is written as the zeros the data's length
/// calls for. Non-zero padding is written as it is, and must have exactly that length
/// ([`BuildError::PaddingLength`](crate::BuildError::PaddingLength) otherwise).
///
/// ```
/// use clusprop::owned::Padding;
///
/// assert_eq!(Padding::new(&[0, 0]), Some(Padding::ZERO));
/// let padding = Padding::new(&[0xCC, 0xCC]).unwrap();
/// assert_eq!(padding.as_bytes(), [0xCC, 0xCC]);
/// assert!(!padding.is_zero());
/// assert_eq!(Padding::new(&[1, 2, 3, 4]), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Padding {
    /// The bytes, then zeros.
    bytes: [u8; 3],
    /// The number of bytes, 0 for zero padding.
    len: u8,
}

impl Padding {
    /// Zero padding: the zeros the data's length calls for.
    pub const ZERO: Padding = Padding {
        bytes: [0; 3],
        len: 0,
    };

    /// Padding of these bytes (at most 3; all zero gives [`Padding::ZERO`]).
    #[must_use]
    #[inline(always)]
    pub fn new(bytes: &[u8]) -> Option<Padding> {
        match *bytes {
            [] | [0] | [0, 0] | [0, 0, 0] => Some(Padding::ZERO),
            [a] => Some(Padding::of([a, 0, 0], 1)),
            [a, b] => Some(Padding::of([a, b, 0], 2)),
            [a, b, c] => Some(Padding::of([a, b, c], 3)),
            _ => None,
        }
    }

    const fn of(bytes: [u8; 3], len: u8) -> Padding {
        Padding { bytes, len }
    }

    /// The bytes (empty for [`Padding::ZERO`]).
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or_default()
    }

    /// Whether this is zero padding.
    #[must_use]
    pub fn is_zero(&self) -> bool {
        self.len == 0
    }
}

impl fmt::Debug for Padding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_zero() {
            f.write_str("Padding::ZERO")
        } else {
            write!(f, "Padding({:02x?})", self.as_bytes())
        }
    }
}

/// A name entry whose bytes are not what the property's name encodes to: the exact data
/// (`cbLength` bytes) and padding, as read.
///
/// A canonical name entry holds the name's UTF-16 code units and one NUL, then zero padding; for
/// it, [`OwnedProperty::raw_name`](crate::OwnedProperty::raw_name) is `None`. A strict list's
/// names are canonical but for their padding. A lenient list may also hold names without their
/// NUL, with bytes after it, of an odd length or with unpaired surrogates; the property's `name`
/// is then the text before the first NUL (unpaired surrogates as U+FFFD), and `RawName` keeps
/// the bytes.
///
/// When a property has a `RawName`, its bytes are what is written, once checked: by the strict
/// name rules (the default) or by the lenient ones (`to_bytes_with(Mode::Lenient)`), and they must
/// still read as the property's `name`
/// ([`BuildError::RawNameMismatch`](crate::BuildError::RawNameMismatch) otherwise, so that a
/// renamed property is not written under its old name).
///
/// ```
/// use clusprop::read::Mode;
/// use clusprop::PropertyList;
///
/// // "Ab" without its NUL (lenient only), then a DWORD.
/// let bytes = [
///     1, 0, 0, 0, 3, 0, 4, 0, 4, 0, 0, 0, b'A', 0, b'b', 0, 2, 0, 1, 0, 4, 0, 0, 0, 7, 0, 0, 0,
///     0, 0, 0, 0,
/// ];
/// let owned = PropertyList::parse_lenient(&bytes)?.into_owned();
/// let property = &owned.properties[0];
/// assert_eq!(property.name, "Ab");
/// assert_eq!(property.raw_name.as_ref().unwrap().bytes, [b'A', 0, b'b', 0]);
/// assert_eq!(owned.to_bytes_with(Mode::Lenient)?, bytes);
/// assert!(owned.to_bytes().is_err()); // the strict parser needs the NUL
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct RawName {
    /// The name entry's data: `cbLength` bytes.
    pub bytes: Data,
    /// The padding after them.
    pub padding: Padding,
}

/// What a name encodes to in a name entry, for the JSON's `name_bytes` rule
/// ([`crate::json`]: written only when the bytes are not what the name encodes to).
impl RawName {
    /// What `name` encodes to in a name entry: its UTF-16 code units and one NUL.
    #[cfg(feature = "serde")]
    pub(crate) fn canonical(name: &str) -> Data {
        let mut bytes: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        bytes.extend_from_slice(&[0, 0]);
        Data::from(bytes)
    }

    /// Whether `bytes` are what `name` encodes to: its UTF-16 code units and one NUL.
    pub(crate) fn encodes(bytes: &[u8], name: &str) -> bool {
        let Some(text) = bytes.strip_suffix(&[0, 0]) else {
            return false;
        };
        let units = text.chunks_exact(2);
        units.remainder().is_empty()
            && units
                .map(|pair| <[u8; 2]>::try_from(pair).ok().map(u16::from_le_bytes))
                .eq(name.encode_utf16().map(Some))
    }
}
