//! Borrowed values: [`Value`], its decoded form [`Decoded`], standalone [`ValueList`]s.

use crate::error::ParseError;
use crate::read::list::PropertyList;
use crate::read::rules::{self, Ctx, Mode};
use crate::read::scan;
use crate::read::typed::{
    FtSetInfo, PartitionInfo, PartitionInfoEx, PartitionInfoEx2, ResourceClassInfo, ScsiAddress,
    StorageDeviceIdDescriptor,
};
use crate::read::utf16::{MultiSz, Utf16Str};
use crate::read::visit::Visit;
use crate::read::wire::{split_entry, SYNTAX_LEN};
use crate::syntax::{Format, Syntax, Type};
use alloc::string::{String, ToString};
use core::fmt;
use core::iter::FusedIterator;
#[cfg(feature = "std")]
use core::time::Duration;
#[cfg(feature = "std")]
use std::time::SystemTime;

/// One value entry: a syntax, exact data bytes (no padding) and its decoded form.
///
/// ```
/// use clusprop::{Decoded, PropertyListBuilder, PropertyList, Syntax};
///
/// let bytes = PropertyListBuilder::new()
///     .property("Path").expand_sz("%SystemRoot%\\x").expanded_sz("C:\\Windows\\x")
///     .finish()?;
/// let list = PropertyList::parse(&bytes)?;
/// let path = list.get("Path").unwrap();
/// let mut values = path.values();
/// let raw = values.next().unwrap();
/// assert_eq!(raw.syntax(), Syntax::LIST_VALUE_EXPAND_SZ);
/// assert_eq!(raw.as_str().unwrap(), "%SystemRoot%\\x");
/// match values.next().unwrap().decoded() {
///     Decoded::ExpandedSz(s) => assert_eq!(s, "C:\\Windows\\x"),
///     other => panic!("unexpected {other:?}"),
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub struct Value<'a> {
    syntax: Syntax,
    data: &'a [u8],
    padding: &'a [u8],
    offset: usize,
    ctx: Ctx,
    /// Whether the value may have a typed syntax, to decode to its structure: false only where
    /// the parse guarantees it has none (a strict property list refuses them), so that the walk
    /// of a strict property list does not test the type of its values (a constant where a parse
    /// creates the value).
    typed: bool,
}

/// A FILETIME: 100-nanosecond intervals since 1601-01-01 UTC, as one `u64`
/// (`dwLowDateTime | dwHighDateTime << 32`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileTime(pub u64);

/// Seconds from 1601-01-01 to 1970-01-01.
#[cfg(feature = "std")]
const FILETIME_UNIX_EPOCH_SECS: u64 = 11_644_473_600;

impl FileTime {
    /// From the two DWORDs of the Win32 struct.
    #[must_use]
    pub const fn from_parts(low: u32, high: u32) -> FileTime {
        FileTime(((high as u64) << 32) | low as u64)
    }

    /// `dwLowDateTime`.
    #[must_use]
    pub const fn low(self) -> u32 {
        (self.0 & 0xFFFF_FFFF) as u32
    }

    /// `dwHighDateTime`.
    #[must_use]
    pub const fn high(self) -> u32 {
        (self.0 >> 32) as u32
    }

    /// The instant, if `SystemTime` can represent it. Only with the `std` feature (on by
    /// default).
    ///
    /// ```
    /// use clusprop::FileTime;
    /// use std::time::{Duration, UNIX_EPOCH};
    ///
    /// let t = FileTime(134_361_186_894_390_000).to_system_time().unwrap();
    /// assert_eq!(t, UNIX_EPOCH + Duration::from_millis(1_791_645_089_439));
    /// ```
    #[cfg(feature = "std")]
    #[must_use]
    pub fn to_system_time(self) -> Option<SystemTime> {
        let secs = self.0.checked_div(10_000_000)?;
        let nanos = self.0.checked_rem(10_000_000)?.checked_mul(100)?;
        let since_1601 = Duration::new(secs, u32::try_from(nanos).ok()?);
        let epoch_1601 =
            SystemTime::UNIX_EPOCH.checked_sub(Duration::from_secs(FILETIME_UNIX_EPOCH_SECS))?;
        epoch_1601.checked_add(since_1601)
    }

    /// The FILETIME of an instant, if it lies in the range a FILETIME can hold. Only with the
    /// `std` feature (on by default).
    #[cfg(feature = "std")]
    #[must_use]
    pub fn from_system_time(time: SystemTime) -> Option<FileTime> {
        let epoch_1601 =
            SystemTime::UNIX_EPOCH.checked_sub(Duration::from_secs(FILETIME_UNIX_EPOCH_SECS))?;
        let since = time.duration_since(epoch_1601).ok()?;
        let ticks = since.as_nanos() / 100;
        u64::try_from(ticks).ok().map(FileTime)
    }

    /// The instant in UTC as ISO 8601 text with the FILETIME's full precision (7 fractional
    /// digits of 100 ns), `YYYY-MM-DDTHH:MM:SS.fffffffZ`, for the FILETIMEs that Windows'
    /// `FileTimeToSystemTime` converts: up to `0x7FFFFFFFFFFFFFFF`
    /// (`30828-09-14T02:48:05.4775807Z`, the only years of 5 digits); `None` above it.
    /// Proleptic Gregorian calendar, no leap seconds, as Windows counts. This is the `"utc"` key
    /// of a FILETIME in the canonical JSON.
    ///
    /// ```
    /// use clusprop::FileTime;
    ///
    /// let t = FileTime(134_361_186_894_390_000);
    /// assert_eq!(t.to_utc_string().unwrap(), "2026-10-10T15:11:29.4390000Z");
    /// assert_eq!(FileTime(0).to_utc_string().unwrap(), "1601-01-01T00:00:00.0000000Z");
    /// assert_eq!(FileTime(u64::MAX).to_utc_string(), None);
    /// ```
    #[must_use]
    pub fn to_utc_string(self) -> Option<String> {
        self.utc().map(|utc| utc.to_string())
    }

    /// See [`FileTime::to_utc_string`]; written without allocating.
    pub(crate) fn utc(self) -> Option<Utc> {
        (self.0 <= i64::MAX.unsigned_abs()).then_some(Utc(self.0))
    }
}

/// A FILETIME's UTC text, `YYYY-MM-DDTHH:MM:SS.fffffffZ` (see [`FileTime::to_utc_string`]).
#[derive(Clone, Copy)]
pub(crate) struct Utc(u64);

impl Utc {
    /// Year, month, day, hour, minute, second and the 100 ns ticks of the second: the one place
    /// that computes the calendar, for `Display` and the JSON writer.
    pub(crate) fn fields(self) -> [u64; 7] {
        const TICKS_PER_SEC: u64 = 10_000_000;
        const SECS_PER_DAY: u64 = 86_400;
        let (secs, fraction) = (self.0 / TICKS_PER_SEC, self.0 % TICKS_PER_SEC);
        let (days, second_of_day) = (secs / SECS_PER_DAY, secs % SECS_PER_DAY);
        // Days since 1600-03-01 (a year starting in March puts the leap day last); 1601-01-01
        // is day 306 of that count. All values are small: days < 2^24.
        let z = days.wrapping_add(306);
        let (era, day_of_era) = (z / 146_097, z % 146_097);
        let year_of_era = day_of_era
            .wrapping_sub(day_of_era / 1_460)
            .wrapping_add(day_of_era / 36_524)
            .wrapping_sub(day_of_era / 146_096)
            / 365;
        let day_of_year = day_of_era.wrapping_sub(
            year_of_era
                .wrapping_mul(365)
                .wrapping_add(year_of_era / 4)
                .wrapping_sub(year_of_era / 100),
        );
        let mp = day_of_year.wrapping_mul(5).wrapping_add(2) / 153;
        let day = day_of_year
            .wrapping_sub(mp.wrapping_mul(153).wrapping_add(2) / 5)
            .wrapping_add(1);
        let month = if mp < 10 {
            mp.wrapping_add(3)
        } else {
            mp.wrapping_sub(9)
        };
        let year = era
            .wrapping_mul(400)
            .wrapping_add(year_of_era)
            .wrapping_add(1600)
            .wrapping_add(u64::from(month <= 2));
        [
            year,
            month,
            day,
            second_of_day / 3600,
            second_of_day % 3600 / 60,
            second_of_day % 60,
            fraction,
        ]
    }
}

impl fmt::Display for Utc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [year, month, day, hour, minute, second, fraction] = self.fields();
        write!(
            f,
            "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{fraction:07}Z"
        )
    }
}

/// A value's data decoded according to its syntax.
///
/// The twelve typed syntaxes of spec section 17 (RESCLASS, the disk and partition entries of
/// the storage controls) decode to their structures ([`crate::read::typed`]) when the data has
/// the structure's size, wherever they appear (a strict property list refuses them; a lenient
/// one and a value list keep them); every other value decodes according to its format (the
/// syntax's low WORD): Microsoft advises to interpret the data by its format when the type is
/// not understood, and user types carry standard formats.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decoded<'a> {
    /// BINARY: raw bytes.
    Binary(&'a [u8]),
    /// DWORD.
    Dword(u32),
    /// SZ: the code units before the first NUL.
    Sz(Utf16Str<'a>),
    /// EXPAND_SZ (unexpanded `%VARIABLES%`).
    ExpandSz(Utf16Str<'a>),
    /// MULTI_SZ.
    MultiSz(MultiSz<'a>),
    /// ULARGE_INTEGER.
    ULargeInteger(u64),
    /// LONG.
    Long(i32),
    /// EXPANDED_SZ (variables expanded by the server).
    ExpandedSz(Utf16Str<'a>),
    /// SECURITY_DESCRIPTOR: the self-relative descriptor's bytes.
    SecurityDescriptor(&'a [u8]),
    /// LARGE_INTEGER.
    LargeInteger(i64),
    /// WORD.
    Word(u16),
    /// FILETIME.
    FileTime(FileTime),
    /// VALUE_LIST whose data forms a value list.
    ValueList(ValueList<'a>),
    /// PROPERTY_LIST whose data forms a property list.
    PropertyList(PropertyList<'a>),
    /// Any other data: formats without a decoded form (UNKNOWN, user formats, unknown formats),
    /// and VALUE_LIST / PROPERTY_LIST data that does not form a list.
    Bytes(&'a [u8]),
    /// RESCLASS (0x00020002) of 8 bytes: a `CLUS_RESOURCE_CLASS_INFO`. (The 4-byte form, the
    /// class alone, decodes as its format: [`Decoded::Dword`].)
    ResourceClass(ResourceClassInfo),
    /// DISK_SIGNATURE (0x00050002): an MBR disk signature.
    DiskSignature(u32),
    /// SCSI_ADDRESS (0x00060002): a `CLUS_SCSI_ADDRESS`.
    ScsiAddress(ScsiAddress),
    /// DISK_NUMBER (0x00070002): a disk number.
    DiskNumber(u32),
    /// PARTITION_INFO (0x00080001): a `CLUS_PARTITION_INFO`.
    PartitionInfo(PartitionInfo<'a>),
    /// FTSET_INFO (0x00090001): a `CLUS_FTSET_INFO`.
    FtSetInfo(FtSetInfo),
    /// DISK_SERIALNUMBER (0x000A0003): a disk serial number (the code units before the NUL).
    DiskSerialNumber(Utf16Str<'a>),
    /// DISK_GUID (0x000B0003): a GPT disk's GUID as a string (the code units before the NUL).
    DiskGuid(Utf16Str<'a>),
    /// DISK_SIZE (0x000C0006): a disk's size in bytes.
    DiskSize(u64),
    /// PARTITION_INFO_EX (0x000D0001): a `CLUS_PARTITION_INFO_EX`.
    PartitionInfoEx(PartitionInfoEx<'a>),
    /// PARTITION_INFO_EX2 (0x000E0001): a `CLUS_PARTITION_INFO_EX2`.
    PartitionInfoEx2(PartitionInfoEx2<'a>),
    /// STORAGE_DEVICE_ID_DESCRIPTOR (0x000F0001): a `STORAGE_DEVICE_ID_DESCRIPTOR`.
    StorageDeviceIdDescriptor(StorageDeviceIdDescriptor<'a>),
}

impl<'a> Value<'a> {
    pub(crate) fn from_parts(
        syntax: Syntax,
        data: &'a [u8],
        padding: &'a [u8],
        offset: usize,
        ctx: Ctx,
        typed: bool,
    ) -> Self {
        Value {
            syntax,
            data,
            padding,
            offset,
            ctx,
            typed,
        }
    }

    /// A view of a value's syntax and exact data bytes that were not parsed from a list (an owned
    /// value's, for example). Nested lists in it are parsed in strict mode.
    #[must_use]
    pub fn new(syntax: Syntax, data: &'a [u8]) -> Self {
        // Lenient: its strings were not checked, so they are read up to their first NUL.
        Value::from_parts(syntax, data, &[], 0, Ctx::top(Mode::Lenient), true)
    }

    /// This view with `padding` after its data (an owned value's padding).
    pub(crate) fn with_padding(mut self, padding: &'a [u8]) -> Self {
        self.padding = padding;
        self
    }

    /// The syntax word.
    #[must_use]
    pub fn syntax(&self) -> Syntax {
        self.syntax
    }

    /// The format half of the syntax.
    #[must_use]
    pub fn format(&self) -> Format {
        self.syntax.format()
    }

    /// The type half of the syntax.
    #[must_use]
    pub fn ty(&self) -> Type {
        self.syntax.ty()
    }

    /// The exact data bytes: `cbLength` of them, padding excluded.
    #[must_use]
    pub fn bytes(&self) -> &'a [u8] {
        self.data
    }

    /// `cbLength`.
    #[must_use]
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Whether `cbLength` is 0.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The padding bytes after the data (0 to 3; their contents are ignored by the parser).
    #[must_use]
    pub fn padding(&self) -> &'a [u8] {
        self.padding
    }

    /// Offset of the value's entry (its syntax word) in the outermost parsed buffer.
    #[must_use]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The data decoded according to the format.
    #[must_use]
    #[inline(always)]
    pub fn decoded(&self) -> Decoded<'a> {
        let data = self.data;
        // The typed syntaxes (value lists only) have DWORD, BINARY, string and ULARGE_INTEGER
        // formats: only those arms ask for the type, so the other formats pay nothing.
        let syntax = self.syntax;
        let typed = || {
            if !self.typed || syntax.ty() == Type::LIST_VALUE {
                None
            } else {
                typed_decoded(syntax, data)
            }
        };
        match syntax.format() {
            Format::BINARY => typed().unwrap_or(Decoded::Binary(data)),
            Format::DWORD => {
                typed().unwrap_or_else(|| or_bytes(data, |b| Decoded::Dword(u32::from_le_bytes(b))))
            }
            Format::LONG => or_bytes(data, |b| Decoded::Long(i32::from_le_bytes(b))),
            Format::WORD => or_bytes(data, |b| Decoded::Word(u16::from_le_bytes(b))),
            Format::ULARGE_INTEGER => typed().unwrap_or_else(|| {
                or_bytes(data, |b| Decoded::ULargeInteger(u64::from_le_bytes(b)))
            }),
            Format::LARGE_INTEGER => {
                or_bytes(data, |b| Decoded::LargeInteger(i64::from_le_bytes(b)))
            }
            Format::FILETIME => {
                or_bytes(data, |b| Decoded::FileTime(FileTime(u64::from_le_bytes(b))))
            }
            Format::SZ => typed().unwrap_or_else(|| Decoded::Sz(self.text())),
            Format::EXPAND_SZ => Decoded::ExpandSz(self.text()),
            Format::EXPANDED_SZ => Decoded::ExpandedSz(self.text()),
            Format::MULTI_SZ => Decoded::MultiSz(MultiSz::from_le_bytes(data)),
            Format::SECURITY_DESCRIPTOR => Decoded::SecurityDescriptor(data),
            Format::PROPERTY_LIST | Format::VALUE_LIST => {
                nested(syntax.format(), data, self.offset, self.ctx.depth)
            }
            _ => Decoded::Bytes(data),
        }
    }

    /// A string value's code units before the first NUL. A strict parse has checked that the
    /// only NUL is the last code unit, so there is nothing to scan.
    #[inline]
    fn text(&self) -> Utf16Str<'a> {
        if self.ctx.mode == Mode::Strict {
            let end = self.data.len().saturating_sub(2);
            return Utf16Str::from_le_bytes(self.data.get(..end).unwrap_or_default());
        }
        rules::before_nul(self.data)
    }

    /// A DWORD value (a disk signature and a disk number included).
    #[must_use]
    pub fn as_u32(&self) -> Option<u32> {
        match self.decoded() {
            Decoded::Dword(v) | Decoded::DiskSignature(v) | Decoded::DiskNumber(v) => Some(v),
            _ => None,
        }
    }

    /// A LONG value.
    #[must_use]
    pub fn as_i32(&self) -> Option<i32> {
        match self.decoded() {
            Decoded::Long(v) => Some(v),
            _ => None,
        }
    }

    /// A WORD value.
    #[must_use]
    pub fn as_u16(&self) -> Option<u16> {
        match self.decoded() {
            Decoded::Word(v) => Some(v),
            _ => None,
        }
    }

    /// A ULARGE_INTEGER value (a disk size included).
    #[must_use]
    pub fn as_u64(&self) -> Option<u64> {
        match self.decoded() {
            Decoded::ULargeInteger(v) | Decoded::DiskSize(v) => Some(v),
            _ => None,
        }
    }

    /// A LARGE_INTEGER value.
    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        match self.decoded() {
            Decoded::LargeInteger(v) => Some(v),
            _ => None,
        }
    }

    /// A FILETIME value.
    #[must_use]
    pub fn as_filetime(&self) -> Option<FileTime> {
        match self.decoded() {
            Decoded::FileTime(v) => Some(v),
            _ => None,
        }
    }

    /// An SZ, EXPAND_SZ or EXPANDED_SZ value's text as Rust text, unpaired surrogates replaced
    /// by U+FFFD (a strict parse has none); `None` for other values. [`Value::as_utf16`] borrows
    /// the code units instead.
    ///
    /// ```
    /// use clusprop::{PropertyList, PropertyListBuilder};
    ///
    /// let bytes = PropertyListBuilder::new().property("Name").sz("Cluster Network 1").finish()?;
    /// let list = PropertyList::parse(&bytes)?;
    /// let value = list.get("Name").and_then(|p| p.value()).unwrap();
    /// assert_eq!(value.to_string_lossy().as_deref(), Some("Cluster Network 1"));
    /// assert_eq!(value.as_u32(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_string_lossy(&self) -> Option<String> {
        self.as_str().map(|s| s.to_string())
    }

    /// An SZ, EXPAND_SZ or EXPANDED_SZ value (a NAME, a disk GUID and a disk serial number
    /// included) as its UTF-16 code units, without copying: the same as [`Value::as_str`], under
    /// a name that says what it returns.
    ///
    /// ```
    /// use clusprop::{PropertyList, PropertyListBuilder};
    ///
    /// let bytes = PropertyListBuilder::new().property("Name").sz("n1").finish()?;
    /// let list = PropertyList::parse(&bytes)?;
    /// let name = list.get("Name").and_then(|p| p.value()).and_then(|v| v.as_utf16()).unwrap();
    /// assert_eq!(name, "n1");
    /// assert_eq!(name.code_units().collect::<Vec<u16>>(), [u16::from(b'n'), u16::from(b'1')]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_utf16(&self) -> Option<Utf16Str<'a>> {
        self.as_str()
    }

    /// An SZ, EXPAND_SZ or EXPANDED_SZ value (a NAME, a disk GUID and a disk serial number
    /// included). It returns UTF-16 ([`Utf16Str`], which compares with `&str` and displays as
    /// text), not a `&str`: [`Value::as_utf16`] is the same under a clearer name, and
    /// [`Value::to_string_lossy`] gives a `String`.
    #[must_use]
    pub fn as_str(&self) -> Option<Utf16Str<'a>> {
        match self.decoded() {
            Decoded::Sz(s)
            | Decoded::ExpandSz(s)
            | Decoded::ExpandedSz(s)
            | Decoded::DiskGuid(s)
            | Decoded::DiskSerialNumber(s) => Some(s),
            _ => None,
        }
    }

    /// A MULTI_SZ value.
    #[must_use]
    pub fn as_multi_sz(&self) -> Option<MultiSz<'a>> {
        match self.decoded() {
            Decoded::MultiSz(v) => Some(v),
            _ => None,
        }
    }

    /// A PROPERTY_LIST value whose data forms a property list.
    #[must_use]
    pub fn as_property_list(&self) -> Option<PropertyList<'a>> {
        match self.decoded() {
            Decoded::PropertyList(v) => Some(v),
            _ => None,
        }
    }

    /// A VALUE_LIST value whose data forms a value list.
    #[must_use]
    pub fn as_value_list(&self) -> Option<ValueList<'a>> {
        match self.decoded() {
            Decoded::ValueList(v) => Some(v),
            _ => None,
        }
    }

    /// Whether the data bytes are exactly the canonical encoding of the decoded value, i.e. what
    /// the builder writes for it:
    ///
    /// * strings: valid UTF-16, one NUL at the end and none before it;
    /// * MULTI_SZ: valid UTF-16, each string followed by a NUL, then one more NUL, no string
    ///   empty (the builders refuse one: Windows reads a MULTI_SZ up to its first empty string,
    ///   so `a\0\0b\0\0` is read as `a` there); an empty list is 4 zero bytes (Windows' 2-byte
    ///   empty list is not canonical);
    /// * nested lists: canonical lists ([`PropertyList::is_canonical`]);
    /// * the partition structures: every `WCHAR` array valid UTF-16 and zero after its NUL;
    /// * every other format: always (fixed widths are checked by the parser, bytes are bytes).
    ///
    /// The canonical JSON carries a `raw` key for a value that is not canonical.
    #[must_use]
    pub fn is_canonical(&self) -> bool {
        match self.decoded() {
            Decoded::PropertyList(list) => list.is_canonical(),
            Decoded::ValueList(list) => list.is_canonical(),
            _ => self.data_is_canonical(),
        }
    }

    /// Whether the typed structure's fields, written back, give the exact data (the `WCHAR`
    /// arrays of the partition structures: zero after their NUL, valid UTF-16); `true` for
    /// everything else.
    fn typed_is_canonical(decoded: &Decoded<'_>) -> bool {
        match decoded {
            Decoded::PartitionInfo(p) => p.is_canonical(),
            Decoded::PartitionInfoEx(p) => p.is_canonical(),
            Decoded::PartitionInfoEx2(p) => p.is_canonical(),
            _ => true,
        }
    }

    /// Whether the canonical JSON of this value (without `raw`) rebuilds its exact data. A nested
    /// list's JSON always does: it is read strictly, and its values carry their own `raw` and
    /// `padding`, its names their `name_padding`. `decoded` is this value's
    /// [`decoded`](Self::decoded), which the caller has at hand.
    pub(crate) fn json_is_exact(&self, decoded: &Decoded<'_>) -> bool {
        match decoded {
            // A nested list is read strictly, and its JSON carries its padding: exact.
            Decoded::PropertyList(_) | Decoded::ValueList(_) => true,
            _ => self.data_is_canonical(),
        }
    }

    fn data_is_canonical(&self) -> bool {
        let data = self.data;
        if self.syntax.ty() != Type::LIST_VALUE && !Self::typed_is_canonical(&self.decoded()) {
            return false;
        }
        let units = Utf16Str::from_le_bytes(data);
        let format = self.syntax.format();
        if format.is_string() {
            // An even length ending with the only NUL, valid UTF-16 before it: one scan.
            let Some(text) = data.len().checked_sub(2).and_then(|n| data.get(..n)) else {
                return false;
            };
            if data.len() % 2 != 0 || data.get(text.len()..) != Some(&[0, 0][..]) {
                return false;
            }
            let found = scan::scan(text);
            found.first_nul.is_none()
                && (found.first_surrogate.is_none()
                    || Utf16Str::from_le_bytes(text).first_invalid().is_none())
        } else if format == Format::MULTI_SZ {
            if data == [0, 0, 0, 0] {
                return true;
            }
            let mut back = units.code_units().rev();
            data.len() % 2 == 0
                && back.next() == Some(0)
                && back.next() == Some(0)
                && back.next().is_some_and(|u| u != 0)
                && MultiSz::from_le_bytes(data).iter().all(|s| !s.is_empty())
                && units.is_valid()
        } else {
            true
        }
    }
}

/// [`Value::decoded`] for a VALUE_LIST or PROPERTY_LIST value (`format`) whose entry is at
/// `offset` in a list at nesting depth `depth`: the list its data forms, parsed again. Out of
/// line and given only scalars and the data, so that the rest of `decoded` stays a few
/// instructions (passing the value or its context kept the value in memory).
#[inline(never)]
fn nested(format: Format, data: &[u8], offset: usize, depth: u8) -> Decoded<'_> {
    let ctx = Ctx {
        depth,
        ..Ctx::top(Mode::Strict)
    };
    let Ok(ctx) = ctx.nested(offset.saturating_add(crate::read::wire::HEADER_LEN)) else {
        return Decoded::Bytes(data);
    };
    if format == Format::PROPERTY_LIST {
        PropertyList::parse_in(data, ctx, &mut ())
            .map_or(Decoded::Bytes(data), Decoded::PropertyList)
    } else {
        ValueList::parse_in(data, ctx, &mut ()).map_or(Decoded::Bytes(data), Decoded::ValueList)
    }
}

/// [`Value::decoded`] for the typed syntaxes of spec section 17, when the data has the size of
/// their structure; `None` for every other value. Out of line and cold: property lists hold
/// none, and the walk of an ordinary list must not pay for them.
#[cold]
#[inline(never)]
fn typed_decoded(syntax: Syntax, data: &[u8]) -> Option<Decoded<'_>> {
    let dword = || fixed(data).map(u32::from_le_bytes);
    Some(match syntax {
        Syntax::RESCLASS => Decoded::ResourceClass(ResourceClassInfo::from_bytes(data)?),
        Syntax::DISK_SIGNATURE => Decoded::DiskSignature(dword()?),
        Syntax::SCSI_ADDRESS => Decoded::ScsiAddress(ScsiAddress::from_bytes(data)?),
        Syntax::DISK_NUMBER => Decoded::DiskNumber(dword()?),
        Syntax::PARTITION_INFO => Decoded::PartitionInfo(PartitionInfo::from_bytes(data)?),
        Syntax::FTSET_INFO => Decoded::FtSetInfo(FtSetInfo::from_bytes(data)?),
        Syntax::DISK_SERIALNUMBER => Decoded::DiskSerialNumber(rules::before_nul(data)),
        Syntax::DISK_GUID => Decoded::DiskGuid(rules::before_nul(data)),
        Syntax::DISK_SIZE => Decoded::DiskSize(fixed(data).map(u64::from_le_bytes)?),
        Syntax::PARTITION_INFO_EX => Decoded::PartitionInfoEx(PartitionInfoEx::from_bytes(data)?),
        Syntax::PARTITION_INFO_EX2 => {
            Decoded::PartitionInfoEx2(PartitionInfoEx2::from_bytes(data)?)
        }
        Syntax::STORAGE_DEVICE_ID_DESCRIPTOR => {
            Decoded::StorageDeviceIdDescriptor(StorageDeviceIdDescriptor::new(data))
        }
        _ => return None,
    })
}

/// `decode` of the data as a fixed-size array when it has exactly that size, else the bytes.
#[inline(always)]
fn or_bytes<'a, const N: usize>(
    data: &'a [u8],
    decode: impl FnOnce([u8; N]) -> Decoded<'a>,
) -> Decoded<'a> {
    fixed(data).map_or(Decoded::Bytes(data), decode)
}

/// The data as a fixed-size array, when it has exactly that size.
fn fixed<const N: usize>(data: &[u8]) -> Option<[u8; N]> {
    data.try_into().ok()
}

impl fmt::Debug for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Value")
            .field("syntax", &self.syntax)
            .field("value", &self.decoded())
            .finish()
    }
}

/// Iterator over the values of a [`Property`](crate::Property) or a [`ValueList`].
#[derive(Clone, Debug)]
pub struct Values<'a> {
    /// The value entries not yet read, end mark excluded.
    rest: &'a [u8],
    /// The absolute offset of `rest`.
    offset: usize,
    remaining: u32,
    ctx: Ctx,
    /// Whether they may have typed syntaxes (see [`Value`]'s field).
    typed: bool,
}

impl<'a> Values<'a> {
    /// The `count` value entries `bytes`, at absolute offset `offset`; `typed` unless they are a
    /// strict property list's.
    pub(crate) fn new(bytes: &'a [u8], offset: usize, count: u32, ctx: Ctx, typed: bool) -> Self {
        Values {
            rest: bytes,
            offset,
            remaining: count,
            ctx,
            typed,
        }
    }
}

impl<'a> Iterator for Values<'a> {
    type Item = Value<'a>;

    #[inline]
    fn next(&mut self) -> Option<Value<'a>> {
        if self.remaining == 0 {
            return None;
        }
        let Some((entry, after)) = split_entry(self.rest) else {
            // Unreachable for a checked list; ends the iteration rather than panicking.
            self.remaining = 0;
            return None;
        };
        let value = Value::from_parts(
            Syntax(entry.syntax),
            entry.data,
            entry.padding,
            self.offset,
            self.ctx,
            self.typed,
        );
        // `after` is a suffix of `rest`, and offsets within one buffer cannot wrap.
        let read = self.rest.len().wrapping_sub(after.len());
        self.offset = self.offset.wrapping_add(read);
        self.rest = after;
        self.remaining = self.remaining.wrapping_sub(1);
        Some(value)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::try_from(self.remaining).unwrap_or(usize::MAX);
        (n, Some(n))
    }
}

impl ExactSizeIterator for Values<'_> {}
impl FusedIterator for Values<'_> {}

/// A checked, borrowed view of a standalone value list: value entries, then a 4-byte end mark.
///
/// ```
/// use clusprop::{ValueList, ValueListBuilder};
///
/// let bytes = ValueListBuilder::new().dword(7).sz("seven").finish()?;
/// let list = ValueList::parse(&bytes)?;
/// let values: Vec<_> = list.values().collect();
/// assert_eq!(values[0].as_u32(), Some(7));
/// assert_eq!(values[1].as_str().unwrap(), "seven");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub struct ValueList<'a> {
    bytes: &'a [u8],
    /// Local offset just past the end mark.
    end: usize,
    count: u32,
    ctx: Ctx,
}

impl<'a> ValueList<'a> {
    parse_entries!("a value list", "each value", parse_in(bytes, ctx, visitor) {
        let (end, count) = rules::value_list(bytes, ctx, visitor)?;
        Ok(ValueList {
            bytes,
            end,
            count,
            ctx,
        })
    });

    /// The values.
    #[must_use]
    pub fn values(&self) -> Values<'a> {
        let entries = self
            .bytes
            .get(..self.end.saturating_sub(SYNTAX_LEN))
            .unwrap_or_default();
        Values::new(entries, self.ctx.base, self.count, self.ctx, true)
    }

    count_len!(
        "The number of values.",
        "Whether the list is just its end mark."
    );

    /// Bytes after the end mark: always empty in strict mode.
    #[must_use]
    pub fn trailing_bytes(&self) -> &'a [u8] {
        self.bytes.get(self.end..).unwrap_or_default()
    }

    /// The list's size in bytes (what was parsed, trailing bytes included).
    pub(crate) fn byte_len(&self) -> usize {
        self.bytes.len()
    }

    /// Offset of this list in the outermost parsed buffer.
    #[must_use]
    pub fn offset(&self) -> usize {
        self.ctx.base
    }

    /// Whether the buffer is exactly what the builder writes for this content (zero padding,
    /// canonical values, nothing after the end mark).
    #[must_use]
    pub fn is_canonical(&self) -> bool {
        self.layout_is_canonical() && self.values().all(|v| v.is_canonical())
    }

    pub(crate) fn layout_is_canonical(&self) -> bool {
        self.trailing_bytes().is_empty()
            && self.values().all(|v| v.padding().iter().all(|&b| b == 0))
    }
}

/// Value lists one after another, each ending with its end mark: the output of the
/// `STORAGE_GET_AVAILABLE_DISKS` controls of resource types, "zero or more sets of the value
/// lists" (MS-CMRP 3.1.4.3.2.21), one list per disk. Each list is checked as
/// [`ValueList::parse_with`] checks one; an error's offset counts from the start of the whole
/// buffer.
///
/// ```
/// use clusprop::read::ValueLists;
/// use clusprop::{Mode, ValueListBuilder};
///
/// let mut bytes = ValueListBuilder::new().disk_signature(1).disk_number(0).finish()?;
/// bytes.extend(ValueListBuilder::new().disk_signature(2).disk_number(1).finish()?);
/// let disks = ValueLists::parse_with(&bytes, Mode::Strict)?;
/// assert_eq!(disks.len(), 2);
/// let numbers: Vec<u32> = disks.iter().map(|d| d.values().nth(1).unwrap().as_u32().unwrap()).collect();
/// assert_eq!(numbers, [0, 1]);
/// assert!(ValueLists::parse_with(&bytes[..bytes.len() - 4], Mode::Strict).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ValueLists<'a> {
    bytes: &'a [u8],
    count: usize,
    mode: Mode,
}

impl<'a> ValueLists<'a> {
    /// Checks `bytes` as value lists one after another (none when empty).
    pub fn parse_with(bytes: &'a [u8], mode: Mode) -> Result<Self, ParseError> {
        let count = rules::value_lists(bytes, mode, &mut ())?;
        Ok(ValueLists { bytes, count, mode })
    }

    /// The number of value lists.
    #[must_use]
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether there is no value list (an empty buffer).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The value lists, in order.
    pub fn iter(&self) -> impl Iterator<Item = ValueList<'a>> + 'a {
        let (bytes, mode) = (self.bytes, self.mode);
        let mut rest = bytes;
        core::iter::from_fn(move || {
            if rest.is_empty() {
                return None;
            }
            let ctx = Ctx {
                base: bytes.len().saturating_sub(rest.len()),
                ..Ctx::top(mode)
            };
            // Checked by `parse_with`: this cannot fail.
            let (end, count) = rules::value_list_prefix(rest, ctx, &mut ()).ok()?;
            let list = ValueList {
                bytes: rest.get(..end).unwrap_or_default(),
                end,
                count,
                ctx,
            };
            rest = rest.get(end..).unwrap_or_default();
            Some(list)
        })
    }
}

impl fmt::Debug for ValueLists<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl fmt::Debug for ValueList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.values()).finish()
    }
}

impl<'a> IntoIterator for ValueList<'a> {
    type Item = Value<'a>;
    type IntoIter = Values<'a>;

    fn into_iter(self) -> Values<'a> {
        self.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16z(s: &str) -> Vec<u8> {
        s.encode_utf16()
            .chain([0])
            .flat_map(u16::to_le_bytes)
            .collect()
    }

    #[test]
    fn a_value_not_parsed_from_a_list_is_read_leniently() {
        // Nothing checked these bytes: the string is what precedes the first NUL, whatever
        // follows it, and a missing terminator is no error.
        let mut data = utf16z("ab");
        data.extend(utf16z("cd"));
        let value = Value::new(Syntax::LIST_VALUE_SZ, &data);
        assert_eq!(value.as_str().unwrap(), "ab");
        assert!(!value.is_canonical());
        let unterminated: Vec<u8> = "xy".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let value = Value::new(Syntax::LIST_VALUE_EXPAND_SZ, &unterminated);
        assert_eq!(value.as_str().unwrap(), "xy");

        // The same bytes checked by a strict parse are one canonical string.
        let canonical = utf16z("ab");
        let value = Value::new(Syntax::LIST_VALUE_SZ, &canonical);
        assert_eq!(value.as_str().unwrap(), "ab");
        assert!(value.is_canonical());
    }

    #[test]
    fn a_nested_list_in_an_unparsed_value_is_read_strictly() {
        // A DWORD 7 (syntax 0x00010002, cbLength 4), then the end mark.
        let inner: Vec<u8> = [0x0001_0002u32, 4, 7, 0]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect();
        let value = Value::new(Syntax::LIST_VALUE_VALUE_LIST, &inner);
        let list = value.as_value_list().expect("a well-formed value list");
        assert_eq!(list.mode(), Mode::Strict);
        assert_eq!(list.values().next().unwrap().as_u32(), Some(7));
        // Bytes after the end mark: not a strict value list, so plain bytes.
        let mut trailing = inner.clone();
        trailing.extend([1, 2, 3, 4]);
        let value = Value::new(Syntax::LIST_VALUE_VALUE_LIST, &trailing);
        assert!(matches!(value.decoded(), Decoded::Bytes(b) if b == &trailing[..]));
    }
}

#[cfg(test)]
mod utc_tests {
    use super::FileTime;

    #[test]
    fn timestamps() {
        let text = |t: u64| FileTime(t).to_utc_string();
        assert_eq!(text(0).unwrap(), "1601-01-01T00:00:00.0000000Z");
        assert_eq!(
            text(134_361_186_894_390_000).unwrap(),
            "2026-10-10T15:11:29.4390000Z"
        );
        assert_eq!(
            text(116_444_736_000_000_000).unwrap(),
            "1970-01-01T00:00:00.0000000Z"
        );
        assert_eq!(
            text(i64::MAX as u64).unwrap(),
            "30828-09-14T02:48:05.4775807Z"
        );
        assert_eq!(text(i64::MAX as u64 + 1), None);
        // Leap days: 2000 is a leap year, 1900 and 2100 are not.
        let day =
            |y: i64, m: i64, d: i64| (days_from_civil(y, m, d) + 134_774) as u64 * 864_000_000_000;
        assert_eq!(
            text(day(2000, 2, 29)).unwrap(),
            "2000-02-29T00:00:00.0000000Z"
        );
        assert_eq!(
            text(day(1900, 2, 28) + 864_000_000_000).unwrap(),
            "1900-03-01T00:00:00.0000000Z"
        );
        assert_eq!(
            text(day(2100, 2, 28) + 864_000_000_000).unwrap(),
            "2100-03-01T00:00:00.0000000Z"
        );
        assert_eq!(
            text(day(2024, 12, 31) + 863_999_999_999).unwrap(),
            "2024-12-31T23:59:59.9999999Z"
        );
        // Every 7th day from 1601 to 2400: the date's day count (by the inverse algorithm,
        // written independently) is the FILETIME's.
        for day in (0..292_000u64).step_by(7) {
            let ticks = day * 864_000_000_000 + 1;
            let s = text(ticks).unwrap();
            let (y, m, d) = (&s[0..4], &s[5..7], &s[8..10]);
            let (y, m, d): (i64, i64, i64) =
                (y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap());
            assert_eq!(days_from_civil(y, m, d), day as i64 - 134_774, "{s}");
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm), to check against.
    fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// The instant in UTC (`2026-10-10T15:11:29.4390000Z`, as
/// [`to_utc_string`](FileTime::to_utc_string)), or the raw count (`FILETIME(…)`) beyond what
/// that can show.
///
/// ```
/// use clusprop::FileTime;
///
/// assert_eq!(FileTime(0).to_string(), "1601-01-01T00:00:00.0000000Z");
/// assert_eq!(FileTime(u64::MAX).to_string(), "FILETIME(18446744073709551615)");
/// ```
impl fmt::Display for FileTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.utc() {
            Some(utc) => utc.fmt(f),
            None => write!(f, "FILETIME({})", self.0),
        }
    }
}

/// Two values are equal when they have the same syntax and the same data bytes (their padding and
/// their place in the buffer aside).
///
/// ```
/// use clusprop::{PropertyList, PropertyListBuilder};
///
/// let a = PropertyListBuilder::new().property("A").dword(1).property("B").dword(1).finish()?;
/// let list = PropertyList::parse(&a)?;
/// let (x, y) = (list.get("A").unwrap().value().unwrap(), list.get("B").unwrap().value().unwrap());
/// assert_eq!(x, y);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl PartialEq for Value<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.syntax == other.syntax && self.data == other.data
    }
}

impl Eq for Value<'_> {}

/// Two value lists are equal when they hold equal values in the same order (see `Value`'s
/// `PartialEq`).
impl PartialEq for ValueList<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.values().eq(other.values())
    }
}

impl Eq for ValueList<'_> {}

/// The value as text: numbers in decimal, strings as they are (unpaired surrogates as U+FFFD),
/// a MULTI_SZ's strings in brackets, bytes in hex, a FILETIME in UTC; lists and typed structures
/// as their `Debug`.
///
/// ```
/// use clusprop::{PropertyList, PropertyListBuilder};
///
/// let bytes = PropertyListBuilder::new()
///     .property("Role").dword(3)
///     .property("IPv4Addresses").multi_sz(["10.0.0.0", "10.1.0.0"])
///     .property("Blob").binary(&[0xde, 0xad])
///     .finish()?;
/// let list = PropertyList::parse(&bytes)?;
/// let text = |name| list.get(name).unwrap().value().unwrap().to_string();
/// assert_eq!(text("Role"), "3");
/// assert_eq!(text("IPv4Addresses"), r#"["10.0.0.0", "10.1.0.0"]"#);
/// assert_eq!(text("Blob"), "dead");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl fmt::Display for Decoded<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hex = |f: &mut fmt::Formatter<'_>, bytes: &[u8]| {
            bytes.iter().try_for_each(|b| write!(f, "{b:02x}"))
        };
        match self {
            Decoded::Dword(v) | Decoded::DiskSignature(v) | Decoded::DiskNumber(v) => v.fmt(f),
            Decoded::ULargeInteger(v) | Decoded::DiskSize(v) => v.fmt(f),
            Decoded::Long(v) => v.fmt(f),
            Decoded::LargeInteger(v) => v.fmt(f),
            Decoded::Word(v) => v.fmt(f),
            Decoded::Sz(s)
            | Decoded::ExpandSz(s)
            | Decoded::ExpandedSz(s)
            | Decoded::DiskSerialNumber(s)
            | Decoded::DiskGuid(s) => s.fmt(f),
            Decoded::MultiSz(strings) => f.debug_list().entries(strings.iter()).finish(),
            Decoded::Binary(bytes) | Decoded::SecurityDescriptor(bytes) | Decoded::Bytes(bytes) => {
                hex(f, bytes)
            }
            Decoded::FileTime(t) => t.fmt(f),
            other => fmt::Debug::fmt(other, f),
        }
    }
}

/// The decoded value as text (see [`Decoded`]'s `Display`).
///
/// ```
/// use clusprop::{PropertyList, PropertyListBuilder};
///
/// let bytes = PropertyListBuilder::new().property("Name").sz("Cluster Network 1").finish()?;
/// let list = PropertyList::parse(&bytes)?;
/// assert_eq!(list.get("Name").unwrap().value().unwrap().to_string(), "Cluster Network 1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.decoded().fmt(f)
    }
}
