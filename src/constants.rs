//! One way to declare the crate's *open* constant types, in the manner of gimli's `dw!` macro.
//!
//! An open constant type is a `#[repr(transparent)]` newtype over an integer (`Format(u16)`,
//! `ControlCode(u32)`, `NetworkRole(u32)`, …): every value Microsoft names is an associated
//! constant, and every other value is still representable, comparable and written back unchanged.
//! `constants!` declares one from a list of `NAME = value, "MicrosoftName", "display text";`
//! lines and gives it:
//!
//! * the newtype with the attributes written on it, and each named value as an associated
//!   constant with its doc;
//! * `ALL`, every named value with Microsoft's name, in declaration order, and a name accessor
//!   (`name()` unless the declaration picks another name for it);
//! * `description()`, the text `Display` writes for a named value (Microsoft's name unless the line
//!   gives one), and a `Display` falling back to a per-type format for the other values (or none,
//!   `display custom`, when the type writes its own);
//! * a `Debug` (`debug name`: `Type(NAME)` or `Type(0x…)`; `debug display`: `Type(<Display>)`;
//!   `debug value`: `Type(<number> = <Display>)`; `debug derive`: none, the type derives it);
//! * `FromStr`, accepting Microsoft's name, the name without the type's common prefix or the
//!   constant's Rust name (all ignoring ASCII case), or a number, decimal or hexadecimal after
//!   `0x`, surrounding whitespace ignored; its error is [`UnknownConstant`] unless the declaration
//!   names a type that converts from it;
//! * `From<inner>` and `From<Type> for inner`.
//!
//! The `bits` form declares a bit set instead: the same items (and `Default`, the empty set), plus
//! `contains`, `names` and `unknown_bits`; `Display` joins the set bits' names with ` | `, and
//! `FromStr` reads that back.

use alloc::borrow::ToOwned;
use alloc::string::String;

/// The integer inside an open constant type.
pub(crate) trait Inner: Copy {
    /// The width of `{:#0WIDTH$x}` for this integer: `0x` and two digits per byte.
    const HEX_WIDTH: usize;
    /// The integer, if `value` fits.
    fn from_u64(value: u64) -> Option<Self>;
    /// The integer, widened.
    fn to_u64(self) -> u64;
}

macro_rules! inner {
    ($($int:ty => $width:literal),*) => {$(
        impl Inner for $int {
            const HEX_WIDTH: usize = $width;
            fn from_u64(value: u64) -> Option<Self> {
                <$int>::try_from(value).ok()
            }
            fn to_u64(self) -> u64 {
                u64::from(self)
            }
        }
    )*};
}

inner!(u8 => 4, u16 => 6, u32 => 10);

/// What the generic parsers need to know of a type `constants!` declared.
pub(crate) trait Constant: Copy + PartialEq + 'static {
    /// The integer inside.
    type Inner: Inner;
    /// The type's name, for errors.
    const TYPE_NAME: &'static str;
    /// The prefix every Microsoft name of the type shares (`CLUSPROP_FORMAT_`, …).
    const PREFIX: &'static str;
    /// The type's `ALL`: every named value with Microsoft's name.
    const NAMED: &'static [(Self, &'static str)];
    /// The Rust names of the constants, in the order of `NAMED`.
    const IDENTS: &'static [&'static str];
    /// The value holding `inner`.
    fn from_inner(inner: Self::Inner) -> Self;
    /// The integer inside.
    fn to_inner(self) -> Self::Inner;
}

/// A text that names no value of an open constant type: not one of its names, and not a number
/// that fits it.
///
/// ```
/// use clusprop::syntax::{Format, UnknownConstant};
///
/// let err: UnknownConstant = "QWORD".parse::<Format>().unwrap_err();
/// assert_eq!(err.type_name(), "Format");
/// assert_eq!(err.text(), "QWORD");
/// assert_eq!(
///     err.to_string(),
///     "\"QWORD\" is not a Format: expected a CLUSPROP_FORMAT_* name (the prefix may be left out) \
///      or a number (decimal, or hexadecimal after 0x)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{text:?} is not a {type_name}: expected a {prefix}* name (the prefix may be left out) or a \
     number (decimal, or hexadecimal after 0x)"
)]
pub struct UnknownConstant {
    type_name: &'static str,
    prefix: &'static str,
    text: String,
}

impl UnknownConstant {
    fn new<T: Constant>(text: &str) -> UnknownConstant {
        UnknownConstant {
            type_name: T::TYPE_NAME,
            prefix: T::PREFIX,
            text: text.to_owned(),
        }
    }

    /// The type the text was read as (`"Format"`, `"NetworkRole"`, …).
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The text that could not be read, as given.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// A decimal number, or a hexadecimal one after `0x`/`0X`: digits only (no sign, no `_`), and
/// only if it fits `I`.
fn number<I: Inner>(text: &str) -> Option<I> {
    let (digits, radix) = match text.get(..2) {
        Some("0x" | "0X") => (text.get(2..)?, 16),
        _ => (text, 10),
    };
    let valid = |b: u8| {
        if radix == 16 {
            b.is_ascii_hexdigit()
        } else {
            b.is_ascii_digit()
        }
    };
    if digits.is_empty() || !digits.bytes().all(valid) {
        return None;
    }
    u64::from_str_radix(digits, radix)
        .ok()
        .and_then(I::from_u64)
}

/// The named value whose Microsoft name, Microsoft name without the prefix, or Rust name is
/// `text`, ignoring ASCII case.
fn named<T: Constant>(text: &str) -> Option<T> {
    T::NAMED
        .iter()
        .zip(T::IDENTS)
        .find(|((_, name), ident)| {
            name.eq_ignore_ascii_case(text)
                || ident.eq_ignore_ascii_case(text)
                || without_prefix::<T>(name).is_some_and(|short| short.eq_ignore_ascii_case(text))
        })
        .map(|((value, _), _)| *value)
}

/// `name` without the type's prefix (in any ASCII case), if it starts with it.
fn without_prefix<T: Constant>(name: &str) -> Option<&str> {
    let prefix = name.get(..T::PREFIX.len())?;
    prefix
        .eq_ignore_ascii_case(T::PREFIX)
        .then(|| name.get(T::PREFIX.len()..))
        .flatten()
        .filter(|short| !short.is_empty())
}

/// One value: a number or a name, surrounding whitespace ignored.
fn one<T: Constant>(text: &str) -> Option<T> {
    let text = text.trim();
    number::<T::Inner>(text)
        .map(T::from_inner)
        .or_else(|| named(text))
}

/// `FromStr` of the plain form of [`constants!`].
pub(crate) fn parse<T: Constant, E: From<UnknownConstant>>(text: &str) -> Result<T, E> {
    one(text).ok_or_else(|| E::from(UnknownConstant::new::<T>(text)))
}

/// `FromStr` of the `bits` form: values (numbers or names) joined by `|`, or'ed together.
pub(crate) fn parse_bits<T: Constant>(text: &str) -> Result<T, UnknownConstant> {
    let bits = text.split('|').try_fold(0u64, |bits, part| {
        one::<T>(part).map(|value| bits | value.to_inner().to_u64())
    });
    bits.and_then(T::Inner::from_u64)
        .map(T::from_inner)
        .ok_or_else(|| UnknownConstant::new::<T>(text))
}

/// The `from_name` some types keep: the exact Microsoft name with or without the prefix, or a
/// hexadecimal number after `0x`/`0X`.
pub(crate) fn from_name<T: Constant>(name: &str) -> Option<T> {
    if let Some(hex) = name.strip_prefix("0x").or_else(|| name.strip_prefix("0X")) {
        return u64::from_str_radix(hex, 16)
            .ok()
            .and_then(T::Inner::from_u64)
            .map(T::from_inner);
    }
    let short = name.strip_prefix(T::PREFIX).unwrap_or(name);
    T::NAMED
        .iter()
        .find(|(_, n)| n.strip_prefix(T::PREFIX) == Some(short))
        .map(|(value, _)| *value)
}

/// Declares an open constant type; see the module documentation.
///
/// ```text
/// constants! {
///     /// Docs of the type.
///     #[derive(Default)]
///     pub struct NetworkRole(pub u32);
///     prefix "ClusterNetworkRole", display "unknown role {}", debug value, serde transparent;
///     example "clusprop::objects::network::NetworkRole", INTERNAL_USE = "ClusterNetworkRoleInternalUse",
///         "internal use", unnamed 7;
///     /// Docs of the constant.
///     INTERNAL_USE = 1, "ClusterNetworkRoleInternalUse", "internal use";
///     …
/// }
/// ```
///
/// The type always derives `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash`, `PartialOrd` and `Ord` and
/// is `#[repr(transparent)]`; further derives are written on it. After `debug …` come optionally
/// `, name_fn IDENT` (the name accessor's name when `name` is taken), `, error TYPE` (`FromStr`'s
/// error, a `From<UnknownConstant>`), `, from_name IDENT` (keep a `from_name` of the old, exact
/// semantics) and `, serde transparent` (with feature `serde`, derive `Serialize` and
/// `Deserialize` as the integer). A line without a Microsoft name takes the
/// prefix and the constant's name (`DWORD` in `Format` is `CLUSPROP_FORMAT_DWORD`); a line
/// without a display text displays Microsoft's name.
///
/// The `example` line gives what the examples on the generated methods use: the type's public
/// path, one named constant with its Microsoft name (and, except for `bits`, its display text),
/// and a value without a name (`bits`: an unnamed bit).
///
/// `constants! { bits /// Docs … pub struct Flags(pub u32); prefix "CLUS_FLAG_", serde
/// transparent; example "clusprop::control::Flags", CORE = "CLUS_FLAG_CORE", unnamed 0x4000_0000;
/// CORE = 1; }` declares a bit set.
macro_rules! constants {
    // The first of two token lists: the given one if not empty, else the default.
    (@or [] $($default:tt)*) => { $($default)* };
    (@or [$($given:tt)+] $($default:tt)*) => { $($given)+ };

    (@display $ty:ident custom) => {};
    (@display $ty:ident $fallback:literal) => {
        impl core::fmt::Display for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                match self.description() {
                    Some(text) => f.write_str(text),
                    None => write!(f, $fallback, self.0),
                }
            }
        }
    };

    (@debug $ty:ident($inner:ty) derive) => {};
    (@debug $ty:ident($inner:ty) name) => {
        impl core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                match Self::ALL.iter().find(|(value, _)| value == self) {
                    Some((_, name)) => write!(f, concat!(stringify!($ty), "({})"), name),
                    None => write!(
                        f,
                        concat!(stringify!($ty), "({:#0width$x})"),
                        self.0,
                        width = <$inner as crate::constants::Inner>::HEX_WIDTH
                    ),
                }
            }
        }
    };
    (@debug $ty:ident($inner:ty) display) => {
        impl core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, concat!(stringify!($ty), "({})"), self)
            }
        }
    };
    (@debug $ty:ident($inner:ty) value) => {
        impl core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, concat!(stringify!($ty), "({} = {})"), self.0, self)
            }
        }
    };

    // What both forms share: the type, its constants, `ALL`, the name, the conversions.
    (@common
        $(#[$meta:meta])* $ty:ident($inner:ty), $prefix:literal, [$name_fn:ident $($unused:ident)?],
        [$($serde:ident)?], [$path:literal, $ex:ident, $ex_ms:literal, $unnamed:expr];
        $( $(#[$doc:meta])* $name:ident = $value:expr, $ms:expr; )*
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $(
            #[cfg_attr(
                feature = "serde",
                derive(serde::Serialize, serde::Deserialize),
                serde($serde)
            )]
        )?
        #[repr(transparent)]
        pub struct $ty(pub $inner);

        impl $ty {
            $( $(#[$doc])* pub const $name: $ty = $ty($value); )*

            /// Every named value with Microsoft's name for it, in declaration order.
            pub const ALL: &'static [($ty, &'static str)] = &[ $( ($ty::$name, $ms), )* ];

            #[doc = concat!("Microsoft's name for this value (`", $prefix, "…`), or `None` for a \
                             value without one.")]
            ///
            /// ```
            #[doc = concat!("use ", $path, ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($ty), "::", stringify!($ex), ".",
                            stringify!($name_fn), "(), Some(\"", $ex_ms, "\"));")]
            #[doc = concat!("assert_eq!(", stringify!($ty), "(", stringify!($unnamed), ").",
                            stringify!($name_fn), "(), None);")]
            /// ```
            #[must_use]
            pub fn $name_fn(self) -> Option<&'static str> {
                Self::ALL.iter().find(|(value, _)| *value == self).map(|(_, name)| *name)
            }
        }

        impl From<$inner> for $ty {
            fn from(value: $inner) -> Self {
                $ty(value)
            }
        }

        impl From<$ty> for $inner {
            fn from(value: $ty) -> Self {
                value.0
            }
        }

        impl crate::constants::Constant for $ty {
            type Inner = $inner;
            const TYPE_NAME: &'static str = stringify!($ty);
            const PREFIX: &'static str = $prefix;
            const NAMED: &'static [($ty, &'static str)] = $ty::ALL;
            const IDENTS: &'static [&'static str] = &[ $( stringify!($name), )* ];
            fn from_inner(inner: $inner) -> Self {
                $ty(inner)
            }
            fn to_inner(self) -> $inner {
                self.0
            }
        }
    };

    // A bit set.
    (
        bits
        $(#[$meta:meta])* pub struct $ty:ident(pub $inner:ty);
        prefix $prefix:literal $(, serde $serde:ident)?;
        example $path:literal, $ex:ident = $ex_ms:literal, unnamed $unnamed:expr;
        $( $(#[$doc:meta])* $name:ident = $value:expr; )*
    ) => {
        constants!(@common
            $(#[$meta])* #[derive(Default)] $ty($inner), $prefix, [name], [$($serde)?],
            [$path, $ex, $ex_ms, $unnamed];
            $( $(#[$doc])* $name = $value, concat!($prefix, stringify!($name)); )*
        );

        impl $ty {
            /// Whether every bit of `other` is set.
            ///
            /// ```
            #[doc = concat!("use ", $path, ";")]
            ///
            #[doc = concat!("let set = ", stringify!($ty), "(", stringify!($ty), "::",
                            stringify!($ex), ".0 | ", stringify!($unnamed), ");")]
            #[doc = concat!("assert!(set.contains(", stringify!($ty), "::", stringify!($ex), "));")]
            #[doc = concat!("assert!(set.contains(", stringify!($ty), "(", stringify!($unnamed),
                            ")));")]
            #[doc = concat!("assert!(!", stringify!($ty), "::default().contains(", stringify!($ty),
                            "::", stringify!($ex), "));")]
            /// ```
            #[must_use]
            pub const fn contains(self, other: $ty) -> bool {
                self.0 & other.0 == other.0
            }

            /// Microsoft's names of the named bits that are set.
            ///
            /// ```
            #[doc = concat!("use ", $path, ";")]
            ///
            #[doc = concat!("let set = ", stringify!($ty), "(", stringify!($ty), "::",
                            stringify!($ex), ".0 | ", stringify!($unnamed), ");")]
            #[doc = concat!("assert_eq!(set.names().collect::<Vec<_>>(), [\"", $ex_ms, "\"]);")]
            #[doc = concat!("assert_eq!(", stringify!($ty), "::default().names().count(), 0);")]
            /// ```
            pub fn names(self) -> impl Iterator<Item = &'static str> {
                Self::ALL
                    .iter()
                    .filter(move |(bit, _)| bit.0 != 0 && self.contains(*bit))
                    .map(|(_, name)| *name)
            }

            /// The set bits without a name.
            ///
            /// ```
            #[doc = concat!("use ", $path, ";")]
            ///
            #[doc = concat!("let set = ", stringify!($ty), "(", stringify!($ty), "::",
                            stringify!($ex), ".0 | ", stringify!($unnamed), ");")]
            #[doc = concat!("assert_eq!(set.unknown_bits(), ", stringify!($unnamed), ");")]
            #[doc = concat!("assert_eq!(", stringify!($ty), "::", stringify!($ex),
                            ".unknown_bits(), 0);")]
            /// ```
            #[must_use]
            pub fn unknown_bits(self) -> $inner {
                Self::ALL.iter().fold(self.0, |rest, (bit, _)| rest & !bit.0)
            }
        }

        /// The names of the set bits joined by ` | `, unnamed bits in hex; `0` when empty.
        impl core::fmt::Display for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                let mut first = true;
                let mut sep = |f: &mut core::fmt::Formatter<'_>| {
                    let s = if first { "" } else { " | " };
                    first = false;
                    f.write_str(s)
                };
                for name in self.names() {
                    sep(f)?;
                    f.write_str(name)?;
                }
                let rest = self.unknown_bits();
                if rest != 0 {
                    sep(f)?;
                    write!(f, "{rest:#x}")?;
                }
                if self.0 == 0 {
                    f.write_str("0")?;
                }
                Ok(())
            }
        }

        impl core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, concat!(stringify!($ty), "({:#x} = {})"), self.0, self)
            }
        }

        /// Values joined by `|` (what `Display` writes), each a name (with or without the
        /// prefix, ignoring ASCII case) or a number, decimal or hexadecimal after `0x`.
        impl core::str::FromStr for $ty {
            type Err = crate::constants::UnknownConstant;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                crate::constants::parse_bits(s)
            }
        }
    };

    // A plain open constant type.
    (
        $(#[$meta:meta])* pub struct $ty:ident(pub $inner:ty);
        prefix $prefix:literal, display $display:tt, debug $debug:ident
            $(, name_fn $name_fn:ident)? $(, error $err:ty)? $(, from_name $from_name:ident)?
            $(, serde $serde:ident)?;
        example $path:literal, $ex:ident = $ex_ms:literal, $ex_text:literal, unnamed $unnamed:expr;
        $( $(#[$doc:meta])* $name:ident = $value:expr $(, $ms:literal $(, $text:literal)?)?; )*
    ) => {
        constants!(@common
            $(#[$meta])* $ty($inner), $prefix, [$($name_fn)? name], [$($serde)?],
            [$path, $ex, $ex_ms, $unnamed];
            $(
                $(#[$doc])* $name = $value,
                constants!(@or [$($ms)?] concat!($prefix, stringify!($name)));
            )*
        );

        impl $ty {
            /// The text `Display` writes for a named value (Microsoft's name unless the type
            /// describes its values in words), or `None` for a value without a name.
            ///
            /// ```
            #[doc = concat!("use ", $path, ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($ty), "::", stringify!($ex),
                            ".description(), Some(\"", $ex_text, "\"));")]
            #[doc = concat!("assert_eq!(", stringify!($ty), "(", stringify!($unnamed),
                            ").description(), None);")]
            /// ```
            #[must_use]
            pub fn description(self) -> Option<&'static str> {
                const TEXTS: &[&str] = &[$(
                    constants!(@or [$($($text)?)?]
                        constants!(@or [$($ms)?] concat!($prefix, stringify!($name)))),
                )*];
                Self::ALL
                    .iter()
                    .zip(TEXTS)
                    .find(|((value, _), _)| *value == self)
                    .map(|(_, text)| *text)
            }

            $(
                #[doc = concat!("The value with this name: the full name or the name without \
                                 its `", $prefix, "` prefix (exactly), or a hexadecimal number \
                                 (`0x…`). [`FromStr`](core::str::FromStr) is more lenient.")]
                ///
                /// ```
                #[doc = concat!("use ", $path, ";")]
                ///
                #[doc = concat!("let value = ", stringify!($ty), "::", stringify!($ex), ";")]
                #[doc = concat!("assert_eq!(", stringify!($ty), "::", stringify!($from_name),
                                "(\"", $ex_ms, "\"), Some(value));")]
                #[doc = concat!("assert_eq!(", stringify!($ty), "::", stringify!($from_name),
                                "(&format!(\"{:#x}\", value.0)), Some(value));")]
                #[doc = concat!("assert_eq!(", stringify!($ty), "::", stringify!($from_name),
                                "(\"not a name\"), None);")]
                /// ```
                #[must_use]
                pub fn $from_name(name: &str) -> Option<Self> {
                    crate::constants::from_name(name)
                }
            )?
        }

        constants!(@display $ty $display);
        constants!(@debug $ty($inner) $debug);

        #[doc = concat!("Microsoft's name (`", $prefix, "…`), the name without that prefix, or \
                         the constant's name, ignoring ASCII case; or a number, decimal or \
                         hexadecimal after `0x`.")]
        impl core::str::FromStr for $ty {
            type Err = constants!(@or [$($err)?] crate::constants::UnknownConstant);

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                crate::constants::parse(s)
            }
        }
    };
}
