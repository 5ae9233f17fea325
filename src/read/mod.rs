//! Reading: a buffer is checked once against every rule of the format, then read in place
//! through borrowed views.
//!
//! * [`PropertyList::parse`] and [`ValueList::parse`] check a buffer (strictly, or as [`Mode`]
//!   says) and return views; [`PropertyList::visit`] and [`ValueList::visit`] run the same checks
//!   and hand each name and value to a [`Visit`] in the same pass.
//! * [`Property`], [`Value`] and [`Decoded`] read entries in place; [`Utf16Str`] and [`MultiSz`]
//!   read strings as the UTF-16LE code units they are.
//!
//! Where each rule lives: the byte layout (header struct, sizes, padding) in `wire`, every rule
//! the parser checks in `rules` (a quick path per entry, the precise checks that name errors),
//! and the scanning of UTF-16 code units (SIMD and word-at-a-time, the crate's one `unsafe` call
//! outside the Windows adapter) in `scan`. Nothing here depends on [`write`](crate::write) or
//! [`owned`](crate::owned).

/// `len` and `is_empty` (documented by the two strings) of a type that keeps its number of
/// items in `count: u32`: the lists and their builders.
macro_rules! count_len {
    ($len:literal, $is_empty:literal) => {
        #[doc = $len]
        #[must_use]
        pub fn len(&self) -> usize {
            usize::try_from(self.count).unwrap_or(usize::MAX)
        }

        #[doc = $is_empty]
        #[must_use]
        pub fn is_empty(&self) -> bool {
            self.count == 0
        }
    };
}

pub(crate) use count_len;

/// The parse entries of a list type (`$list`, "a property list" or "a value list"), each through
/// its `parse_in` (`$handed` says what `visit` hands to the visitor), and what the view keeps of
/// the parse: `as_bytes` (its `bytes`) and `mode` (its `ctx.mode`).
macro_rules! parse_entries {
    (
        $list:literal, $handed:literal,
        parse_in($bytes:ident, $ctx:ident, $visitor:ident) $parse_in:block
    ) => {
        /// [`visit`](Self::visit) for a list at `ctx` (nested lists: their offset and depth).
        #[inline]
        pub(crate) fn parse_in<V: crate::read::visit::Walk<'a> + ?Sized>(
            $bytes: &'a [u8],
            $ctx: Ctx,
            $visitor: &mut V,
        ) -> Result<Self, ParseError> $parse_in

        #[doc = concat!("Parses ", $list, " in [strict](Mode::Strict) mode.")]
        pub fn parse(bytes: &'a [u8]) -> Result<Self, ParseError> {
            Self::parse_with(bytes, Mode::Strict)
        }

        #[doc = concat!("Parses ", $list, " in [lenient](Mode::Lenient) mode.")]
        pub fn parse_lenient(bytes: &'a [u8]) -> Result<Self, ParseError> {
            Self::parse_with(bytes, Mode::Lenient)
        }

        #[doc = concat!("Parses ", $list, " in the given mode.")]
        pub fn parse_with(bytes: &'a [u8], mode: Mode) -> Result<Self, ParseError> {
            Self::visit(bytes, mode, &mut ())
        }

        #[doc = concat!(
            "Parses ", $list, " in the given mode in one pass, handing ", $handed, " to `visitor` \
             as soon as it has passed the checks (see [`Visit`] for what that implies when the \
             buffer turns out to be malformed further on). Returns the same view as \
             [`parse_with`](Self::parse_with), or the same error."
        )]
        pub fn visit<V: Visit<'a> + ?Sized>(
            bytes: &'a [u8],
            mode: Mode,
            visitor: &mut V,
        ) -> Result<Self, ParseError> {
            Self::parse_in(bytes, Ctx::top(mode), visitor)
        }

        /// The whole buffer that was parsed.
        #[must_use]
        pub fn as_bytes(&self) -> &'a [u8] {
            self.bytes
        }

        /// The mode the list was parsed in.
        #[must_use]
        pub fn mode(&self) -> Mode {
            self.ctx.mode
        }

        /// Where the list was parsed: its offset, mode and nesting depth (to walk it again).
        pub(crate) fn ctx(&self) -> Ctx {
            self.ctx
        }
    };
}

pub(crate) mod list;
pub(crate) mod rules;
pub(crate) mod scan;
pub mod typed;
pub(crate) mod utf16;
pub(crate) mod value;
pub(crate) mod visit;
pub(crate) mod wire;

pub use list::{Properties, Property, PropertyList};
pub use rules::{Mode, MAX_NESTING_DEPTH};
pub use typed::{
    FtSetInfo, Guid, InvalidGuid, PartitionFlags, PartitionInfo, PartitionInfoEx, PartitionInfoEx2,
    ResourceClass, ResourceClassInfo, ResourceSubclass, ScsiAddress, StorageDeviceIdDescriptor,
    FILE_SYSTEM_UNITS, MAX_PATH_UNITS, PARTITION_INFO_EX2_LEN, PARTITION_INFO_EX_LEN,
    PARTITION_INFO_LEN,
};
pub use utf16::{names_eq, Chars, CodeUnits, InvalidUtf16, MultiSz, MultiSzIter, Utf16Str};
pub use value::{Decoded, FileTime, Value, ValueList, ValueLists, Values};
pub use visit::Visit;
