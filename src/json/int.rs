//! Integers safe for every JSON reader, both ways.
//!
//! An integer is written as a JSON number when a double holds it exactly (|n| ≤ 2^53 − 1, see
//! [`MAX_SAFE_INTEGER`](super::MAX_SAFE_INTEGER)) and as a decimal string otherwise. Reading takes either form for every
//! integer field, the string in strict decimal only. Which form an integer takes is
//! [`super::keys`]' decision.

use super::keys::{i64_is_number, u64_is_number};
use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

/// A `u64` as a JSON number when it is at most [`MAX_SAFE_INTEGER`](super::MAX_SAFE_INTEGER), a decimal string otherwise.
#[derive(Clone, Copy)]
pub(crate) struct U64(pub(crate) u64);

impl Serialize for U64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if u64_is_number(self.0) {
            serializer.serialize_u64(self.0)
        } else {
            serializer.collect_str(&self.0)
        }
    }
}

/// An `i64` as a JSON number when its magnitude is at most
/// [`MAX_SAFE_INTEGER`](super::MAX_SAFE_INTEGER), a decimal string
/// otherwise.
#[derive(Clone, Copy)]
pub(crate) struct I64(pub(crate) i64);

impl Serialize for I64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if i64_is_number(self.0) {
            serializer.serialize_i64(self.0)
        } else {
            serializer.collect_str(&self.0)
        }
    }
}

/// An integer type an integer field of the JSON reads into.
pub(crate) trait Integer: Sized + TryFrom<u64> + TryFrom<i64> {
    /// The type's name, as serde's messages give it (`u32`).
    const NAME: &'static str;
    /// Whether a `-` may lead its decimal text.
    const SIGNED: bool;
}

macro_rules! integer {
    ($($ty:ident $signed:literal),+) => {
        $(impl Integer for $ty {
            const NAME: &'static str = stringify!($ty);
            const SIGNED: bool = $signed;
        })+
    };
}

integer!(u8 false, u16 false, u32 false, u64 false, i32 true, i64 true);

/// Reads an integer field: a JSON number, or its strict decimal text (see [`parse`]). For
/// `#[serde(deserialize_with = "…")]` and the value formats.
pub(crate) fn deserialize<'de, D: Deserializer<'de>, T: Integer>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_any(IntVisitor(PhantomData))
}

struct IntVisitor<T>(PhantomData<T>);

impl<T: Integer> IntVisitor<T> {
    fn unsigned<E: de::Error>(v: u64, unexpected: Unexpected<'_>) -> Result<T, E> {
        T::try_from(v).map_err(|_| E::invalid_value(unexpected, &T::NAME))
    }
    fn signed<E: de::Error>(v: i64, unexpected: Unexpected<'_>) -> Result<T, E> {
        T::try_from(v).map_err(|_| E::invalid_value(unexpected, &T::NAME))
    }
}

impl<T: Integer> Visitor<'_> for IntVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (a number or a decimal string)", T::NAME)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        Self::unsigned(v, Unexpected::Unsigned(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        Self::signed(v, Unexpected::Signed(v))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        match parse(text, T::SIGNED) {
            Some(Decimal::Unsigned(v)) => Self::unsigned(v, Unexpected::Str(text)),
            Some(Decimal::Signed(v)) => Self::signed(v, Unexpected::Str(text)),
            Some(Decimal::OutOfRange) => Err(E::invalid_value(Unexpected::Str(text), &T::NAME)),
            None => Err(E::invalid_value(
                Unexpected::Str(text),
                &StrictDecimal(T::NAME, T::SIGNED),
            )),
        }
    }
}

/// What a strict decimal string was expected to be.
struct StrictDecimal(&'static str, bool);

impl de::Expected for StrictDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} as a number or a decimal string: ASCII digits",
            self.0
        )?;
        if self.1 {
            f.write_str(" after an optional \"-\"")?;
        }
        f.write_str(", no \"+\", spaces or leading zeros")
    }
}

/// A strict decimal text's number.
#[derive(Debug, PartialEq)]
pub(crate) enum Decimal {
    Unsigned(u64),
    Signed(i64),
    /// Well formed, but beyond `u64` (or below `i64::MIN`).
    OutOfRange,
}

/// Strict decimal text: ASCII digits, no leading zero unless the number is `0`, with a leading
/// `-` when `signed` allows it (then not `-0`); no `+`, no spaces, nothing else. `None` when the
/// text is not of that form.
pub(crate) fn parse(text: &str, signed: bool) -> Option<Decimal> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let well_formed = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && !(negative && digits == "0");
    if !well_formed {
        return None;
    }
    if negative && !signed {
        // Well formed, and out of an unsigned type's range.
        return Some(Decimal::OutOfRange);
    }
    let Ok(magnitude) = digits.parse::<u64>() else {
        return Some(Decimal::OutOfRange);
    };
    if !negative {
        return Some(Decimal::Unsigned(magnitude));
    }
    Some(
        0i64.checked_sub_unsigned(magnitude)
            .map_or(Decimal::OutOfRange, Decimal::Signed),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_decimal() {
        assert_eq!(parse("0", false), Some(Decimal::Unsigned(0)));
        assert_eq!(
            parse("18446744073709551615", false),
            Some(Decimal::Unsigned(u64::MAX))
        );
        assert_eq!(
            parse("18446744073709551616", false),
            Some(Decimal::OutOfRange)
        );
        assert_eq!(
            parse("-9223372036854775808", true),
            Some(Decimal::Signed(i64::MIN))
        );
        assert_eq!(
            parse("-9223372036854775809", true),
            Some(Decimal::OutOfRange)
        );
        assert_eq!(parse("-1", false), Some(Decimal::OutOfRange));
        for bad in [
            "", "-", "+1", " 1", "1 ", "01", "-0", "00", "1e3", "1.0", "0x1", "--1",
        ] {
            assert_eq!(parse(bad, true), None, "{bad:?}");
            assert_eq!(parse(bad, false), None, "{bad:?}");
        }
    }
}
