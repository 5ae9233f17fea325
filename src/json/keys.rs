//! What the canonical JSON's objects hold besides their fixed keys, decided in one place for the
//! serde `Serialize` impls ([`super::ser`], feature `serde`) and the writer ([`super::write`])
//! alike: `raw`, `utc` and `padding` of a value, `name_bytes` and `name_padding` of a property,
//! `trailing_bytes` of a list, and whether an integer is a JSON number or a decimal string.

use crate::owned::{OwnedProperty, RawName};
use crate::read::list::{name_is_canonical, Property};
use crate::read::utf16::Utf16Str;
use crate::read::value::{Decoded, Utc, Value};

/// The largest integer that a double holds exactly together with every integer below it,
/// 2^53 − 1 (JavaScript's `Number.MAX_SAFE_INTEGER`): the canonical JSON writes an integer of
/// greater magnitude as a decimal string, so that readers of doubles (JavaScript, jq 1.6) do not
/// round it.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Whether the canonical JSON writes `v` as a number (else as a decimal string).
#[inline]
pub(crate) fn u64_is_number(v: u64) -> bool {
    v <= MAX_SAFE_INTEGER
}

/// Whether the canonical JSON writes `v` as a number (else as a decimal string).
#[inline]
pub(crate) fn i64_is_number(v: i64) -> bool {
    v.unsigned_abs() <= MAX_SAFE_INTEGER
}

/// A value's object: its decoded `value`, and the keys it carries only when needed.
pub(crate) struct ValueKeys<'a> {
    /// What `value` holds.
    pub(crate) decoded: Decoded<'a>,
    /// `utc`: a FILETIME's instant, when Windows can convert it.
    pub(crate) utc: Option<Utc>,
    /// `raw`: the exact data, when `value` would not give it back.
    pub(crate) raw: Option<&'a [u8]>,
    /// `padding`: the padding, when it is not all zero.
    pub(crate) padding: Option<&'a [u8]>,
}

impl<'a> ValueKeys<'a> {
    /// The keys of `value`'s object (an owned value's through its view). Always inlined: the
    /// `Decoded` it returns then stays in registers (returned through memory, it was a
    /// store-forwarding stall, an eighth of the JSON writer's time).
    #[inline(always)]
    pub(crate) fn of(value: &Value<'a>) -> Self {
        let decoded = value.decoded();
        let utc = match decoded {
            Decoded::FileTime(time) => time.utc(),
            _ => None,
        };
        let raw = (!value.json_is_exact(&decoded)).then(|| value.bytes());
        ValueKeys {
            decoded,
            utc,
            raw,
            padding: nonzero(value.padding()),
        }
    }
}

/// A property's optional keys.
pub(crate) struct PropertyKeys<'a> {
    /// `name_bytes`: the name entry's data, when it is not what `name` encodes to.
    pub(crate) name_bytes: Option<&'a [u8]>,
    /// `name_padding`: the name entry's padding, when it is not all zero.
    pub(crate) name_padding: Option<&'a [u8]>,
}

impl<'a> PropertyKeys<'a> {
    /// A view's.
    #[inline]
    pub(crate) fn of(property: &Property<'a>) -> Self {
        let (bytes, padding) = property.name_bytes_and_padding();
        PropertyKeys {
            name_bytes: (!property.name_is_canonical_for(bytes)).then_some(bytes),
            name_padding: nonzero(padding),
        }
    }

    /// A name entry's, as a parse in `strict` mode or not read `name` from its data `bytes`.
    #[inline]
    pub(crate) fn of_entry(
        name: Utf16Str<'_>,
        bytes: &'a [u8],
        padding: &'a [u8],
        strict: bool,
    ) -> Self {
        PropertyKeys {
            name_bytes: (!name_is_canonical(name, bytes, strict)).then_some(bytes),
            name_padding: nonzero(padding),
        }
    }

    /// An owned property's: what its view writes (the bytes unless they are what the name
    /// encodes to; an owned padding is empty when it is zero).
    #[inline]
    pub(crate) fn of_owned(property: &'a OwnedProperty) -> Self {
        let raw = property.raw_name.as_deref();
        PropertyKeys {
            name_bytes: raw
                .map(|r| &r.bytes[..])
                .filter(|&bytes| !RawName::encodes(bytes, &property.name)),
            name_padding: raw.and_then(|r| nonzero(r.padding.as_bytes())),
        }
    }
}

/// `padding` and `name_padding`: the bytes when one is not zero.
#[inline]
pub(crate) fn nonzero(padding: &[u8]) -> Option<&[u8]> {
    padding.iter().any(|&b| b != 0).then_some(padding)
}

/// `trailing_bytes`: the bytes after a list, when there are any.
#[inline]
pub(crate) fn trailing(bytes: &[u8]) -> Option<&[u8]> {
    (!bytes.is_empty()).then_some(bytes)
}
