//! Typed value-list entries (spec section 17): zero-copy views of the structures that the
//! resource and storage controls return in value lists, and their size rules.
//!
//! | syntax | data | view |
//! |---|---|---|
//! | RESCLASS 0x00020002 | `CLUS_RESOURCE_CLASS_INFO`, 8 bytes (or the class alone, 4) | [`ResourceClassInfo`] |
//! | DISK_SIGNATURE 0x00050002 | DWORD | `u32` |
//! | SCSI_ADDRESS 0x00060002 | `CLUS_SCSI_ADDRESS`, 4 bytes | [`ScsiAddress`] |
//! | DISK_NUMBER 0x00070002 | DWORD | `u32` |
//! | PARTITION_INFO 0x00080001 | `CLUS_PARTITION_INFO`, 1 120 bytes | [`PartitionInfo`] |
//! | FTSET_INFO 0x00090001 | `CLUS_FTSET_INFO`, 8 bytes | [`FtSetInfo`] |
//! | DISK_SERIALNUMBER 0x000A0003 | string | [`Utf16Str`] |
//! | DISK_GUID 0x000B0003 | string | [`Utf16Str`] |
//! | DISK_SIZE 0x000C0006 | ULARGE_INTEGER | `u64` |
//! | PARTITION_INFO_EX 0x000D0001 | `CLUS_PARTITION_INFO_EX`, 1 160 bytes | [`PartitionInfoEx`] |
//! | PARTITION_INFO_EX2 0x000E0001 | `CLUS_PARTITION_INFO_EX2`, 540 bytes | [`PartitionInfoEx2`] |
//! | STORAGE_DEVICE_ID_DESCRIPTOR 0x000F0001 | `STORAGE_DEVICE_ID_DESCRIPTOR`, variable | [`StorageDeviceIdDescriptor`] |
//!
//! The views are reached through [`Value::decoded`](crate::Value::decoded) (one
//! [`Decoded`](crate::Decoded) variant per syntax) when the data has the structure's size. Fixed
//! `WCHAR` arrays read up to their first NUL (all of the array when it has none); the exact bytes
//! stay available through `as_bytes`. The `u64` fields are only 4-aligned on the wire and are read
//! as unaligned little-endian values.

use crate::read::rules::before_nul;
use crate::read::utf16::Utf16Str;
use crate::read::wire;
use crate::syntax::Syntax;
use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

/// Size of `CLUS_RESOURCE_CLASS_INFO`.
pub const RESOURCE_CLASS_INFO_LEN: usize = 8;
/// Size of the class-only form of a RESCLASS value (`CLUSPROP_RESOURCE_CLASS`: one DWORD).
pub const RESOURCE_CLASS_LEN: usize = 4;
/// Size of `CLUS_SCSI_ADDRESS`.
pub const SCSI_ADDRESS_LEN: usize = 4;
/// Size of `CLUS_FTSET_INFO`.
pub const FTSET_INFO_LEN: usize = 8;
/// Size of `CLUS_PARTITION_INFO`.
pub const PARTITION_INFO_LEN: usize = 1120;
/// Size of `CLUS_PARTITION_INFO_EX`.
pub const PARTITION_INFO_EX_LEN: usize = 1160;
/// Size of `CLUS_PARTITION_INFO_EX2`.
pub const PARTITION_INFO_EX2_LEN: usize = 540;
/// Code units of `MAX_PATH` `WCHAR` arrays (device name, volume label, partition name).
pub const MAX_PATH_UNITS: usize = 260;
/// Code units of `szFileSystem`.
pub const FILE_SYSTEM_UNITS: usize = 32;

// Field offsets, from the SDK's struct layouts (spec section 17.2).
const PI_FLAGS: usize = 0;
const PI_DEVICE_NAME: usize = 4;
const PI_VOLUME_LABEL: usize = 524;
const PI_SERIAL_NUMBER: usize = 1044;
const PI_MAX_COMPONENT_LENGTH: usize = 1048;
const PI_FILE_SYSTEM_FLAGS: usize = 1052;
const PI_FILE_SYSTEM: usize = 1056;
const PIX_TOTAL_SIZE: usize = 1120;
const PIX_FREE_SIZE: usize = 1128;
const PIX_DEVICE_NUMBER: usize = 1136;
const PIX_PARTITION_NUMBER: usize = 1140;
const PIX_VOLUME_GUID: usize = 1144;
const PIX2_GPT_PARTITION_ID: usize = 0;
const PIX2_PARTITION_NAME: usize = 16;
const PIX2_ENCRYPTION_FLAGS: usize = 536;

/// The data size a typed syntax requires, where it differs from (or adds to) its format's rule:
/// `None` for every other syntax. A RESCLASS value may also be 4 bytes ([`RESOURCE_CLASS_LEN`]).
/// Only standalone value lists apply these rules; property lists keep their own.
#[must_use]
pub(crate) const fn typed_len(syntax: Syntax) -> Option<usize> {
    match syntax {
        Syntax::RESCLASS => Some(RESOURCE_CLASS_INFO_LEN),
        Syntax::FTSET_INFO => Some(FTSET_INFO_LEN),
        Syntax::PARTITION_INFO => Some(PARTITION_INFO_LEN),
        Syntax::PARTITION_INFO_EX => Some(PARTITION_INFO_EX_LEN),
        Syntax::PARTITION_INFO_EX2 => Some(PARTITION_INFO_EX2_LEN),
        _ => None,
    }
}

/// Whether `len` data bytes are a valid size for the typed `syntax` (see [`typed_len`]).
#[must_use]
pub(crate) const fn typed_len_ok(syntax: Syntax, expected: usize, len: usize) -> bool {
    len == expected || (syntax.0 == Syntax::RESCLASS.0 && len == RESOURCE_CLASS_LEN)
}

/// The little-endian `u32` at `at` (0 if out of bounds, which a checked view never is).
fn u32_at(data: &[u8], at: usize) -> u32 {
    wire::u32_at(data, at).unwrap_or_default()
}

/// The little-endian `u64` at `at`, read unaligned (0 if out of bounds).
fn u64_at(data: &[u8], at: usize) -> u64 {
    wire::u64_at(data, at).unwrap_or_default()
}

/// The `units` code units at `at`, a `WCHAR` array.
fn array_at(data: &[u8], at: usize, units: usize) -> &[u8] {
    data.get(at..at.saturating_add(units.saturating_mul(2)))
        .unwrap_or_default()
}

/// The `WCHAR` array of `units` code units at `at`, up to its first NUL.
fn wchar_at(data: &[u8], at: usize, units: usize) -> Utf16Str<'_> {
    before_nul(array_at(data, at, units))
}

/// Whether the `WCHAR` array at `at` is exactly what its string, written back, gives: the string,
/// then zeros to the end of the array (no bytes after the NUL, valid UTF-16).
fn wchar_is_canonical(data: &[u8], at: usize, units: usize) -> bool {
    let array = array_at(data, at, units);
    let text = before_nul(array);
    text.is_valid()
        && array
            .get(text.as_bytes().len()..)
            .is_some_and(|rest| rest.iter().all(|&b| b == 0))
}

/// A GUID in Windows' mixed-endian layout: `Data1` a little-endian `u32`, `Data2` and `Data3`
/// little-endian `u16`s, `Data4` 8 bytes as they are.
///
/// `Display` writes the registry form, with braces and uppercase hex digits, as
/// `StringFromGUID2` does; `FromStr` reads it with or without braces, in any case.
///
/// ```
/// use clusprop::read::Guid;
///
/// let bytes = [
///     0x67, 0xE9, 0x36, 0x4D, 0x25, 0xE3, 0xCE, 0x11, 0xBF, 0xC1, 0x08, 0x00, 0x2B, 0xE1, 0x03,
///     0x18,
/// ];
/// let guid = Guid::from_le_bytes(bytes);
/// assert_eq!(guid.data1, 0x4D36_E967);
/// assert_eq!(guid.to_string(), "{4D36E967-E325-11CE-BFC1-08002BE10318}");
/// assert_eq!("4d36e967-e325-11ce-bfc1-08002be10318".parse::<Guid>()?, guid);
/// assert_eq!(guid.to_le_bytes(), bytes);
/// # Ok::<(), clusprop::read::InvalidGuid>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Guid {
    /// `Data1`.
    pub data1: u32,
    /// `Data2`.
    pub data2: u16,
    /// `Data3`.
    pub data3: u16,
    /// `Data4`.
    pub data4: [u8; 8],
}

impl Guid {
    /// From the 16 bytes of the wire layout.
    #[must_use]
    pub fn from_le_bytes(bytes: [u8; 16]) -> Guid {
        let [a0, a1, a2, a3, b0, b1, c0, c1, d @ ..] = bytes;
        Guid {
            data1: u32::from_le_bytes([a0, a1, a2, a3]),
            data2: u16::from_le_bytes([b0, b1]),
            data3: u16::from_le_bytes([c0, c1]),
            data4: d,
        }
    }

    /// The 16 bytes of the wire layout.
    #[must_use]
    pub fn to_le_bytes(self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let parts: [&[u8]; 4] = [
            &self.data1.to_le_bytes(),
            &self.data2.to_le_bytes(),
            &self.data3.to_le_bytes(),
            &self.data4,
        ];
        for (slot, byte) in out.iter_mut().zip(parts.into_iter().flatten()) {
            *slot = *byte;
        }
        out
    }

    /// The GUID at `at` in `data` (all zeros if out of bounds).
    fn at(data: &[u8], at: usize) -> Guid {
        data.get(at..)
            .and_then(|rest| rest.first_chunk::<16>())
            .map_or_else(Guid::default, |b| Guid::from_le_bytes(*b))
    }
}

/// `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`.
impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [d0, d1, d2, d3, d4, d5, d6, d7] = self.data4;
        write!(
            f,
            "{{{:08X}-{:04X}-{:04X}-{d0:02X}{d1:02X}-{d2:02X}{d3:02X}{d4:02X}{d5:02X}{d6:02X}{d7:02X}}}",
            self.data1, self.data2, self.data3
        )
    }
}

/// A text that is not a GUID in registry form.
///
/// ```
/// use clusprop::read::{Guid, InvalidGuid};
///
/// let err = "4D36E967-E325".parse::<Guid>().unwrap_err();
/// assert_eq!(err, InvalidGuid("4D36E967-E325".to_owned()));
/// assert!(err.to_string().starts_with("\"4D36E967-E325\" is not a GUID"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a GUID: expected {{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}, braces optional")]
pub struct InvalidGuid(pub String);

impl FromStr for Guid {
    type Err = InvalidGuid;

    fn from_str(s: &str) -> Result<Guid, InvalidGuid> {
        let bad = || InvalidGuid(s.to_owned());
        let inner = s
            .strip_prefix('{')
            .and_then(|t| t.strip_suffix('}'))
            .unwrap_or(s);
        let groups: Vec<&str> = inner.split('-').collect();
        let lens = [8, 4, 4, 4, 12];
        if groups.len() != lens.len()
            || groups
                .iter()
                .zip(lens)
                .any(|(g, n)| g.len() != n || !g.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Err(bad());
        }
        let hex: String = groups.concat();
        let mut bytes = [0u8; 16];
        for (slot, pair) in bytes.iter_mut().zip(hex.as_bytes().chunks(2)) {
            let text = core::str::from_utf8(pair).map_err(|_| bad())?;
            *slot = u8::from_str_radix(text, 16).map_err(|_| bad())?;
        }
        // The text is big-endian throughout: the first three fields are numbers.
        let [a0, a1, a2, a3, b0, b1, c0, c1, d @ ..] = bytes;
        Ok(Guid {
            data1: u32::from_be_bytes([a0, a1, a2, a3]),
            data2: u16::from_be_bytes([b0, b1]),
            data3: u16::from_be_bytes([c0, c1]),
            data4: d,
        })
    }
}

constants! {
    /// A resource class (`CLUSTER_RESOURCE_CLASS`), the first DWORD of `CLUS_RESOURCE_CLASS_INFO`.
    ///
    /// ```
    /// use clusprop::read::ResourceClass;
    ///
    /// assert_eq!(ResourceClass::STORAGE.name(), Some("CLUS_RESCLASS_STORAGE"));
    /// assert_eq!("network".parse::<ResourceClass>().unwrap(), ResourceClass(2));
    /// ```
    #[derive(Default)]
    pub struct ResourceClass(pub u32);
    prefix "CLUS_RESCLASS_", display "{:#x}", debug name;
    example "clusprop::read::ResourceClass", STORAGE = "CLUS_RESCLASS_STORAGE", "CLUS_RESCLASS_STORAGE",
        unnamed 0x7777;
    /// 0: unknown.
    UNKNOWN = 0;
    /// 1: storage.
    STORAGE = 1;
    /// 2: network.
    NETWORK = 2;
    /// 0x8000: the start of user classes.
    USER = 0x8000;
}

constants! {
    bits
    /// A resource subclass (`CLUS_RESSUBCLASS*`), the second DWORD of
    /// `CLUS_RESOURCE_CLASS_INFO`. The bits mean different things for different classes (0x80000000
    /// is `SHARED`, `STORAGE_SHARED_BUS` and `NETWORK_INTERNET_PROTOCOL`):
    /// [`ResourceClassInfo::subclass_names`] names them for the class at hand.
    pub struct ResourceSubclass(pub u32);
    prefix "CLUS_RESSUBCLASS_";
    example "clusprop::read::ResourceSubclass", STORAGE_DISK = "CLUS_RESSUBCLASS_STORAGE_DISK",
        unnamed 0x0000_0001;
    /// 0x80000000: shared (any class).
    SHARED = 0x8000_0000;
    /// 0x80000000: storage on a shared bus.
    STORAGE_SHARED_BUS = 0x8000_0000;
    /// 0x40000000: a disk.
    STORAGE_DISK = 0x4000_0000;
    /// 0x10000000: replicated storage.
    STORAGE_REPLICATION = 0x1000_0000;
    /// 0x80000000: an IP address resource.
    NETWORK_INTERNET_PROTOCOL = 0x8000_0000;
}

constants! {
    bits
    /// `CLUSPROP_PIFLAG_*`: the flags of a partition (`dwFlags` of `CLUS_PARTITION_INFO`).
    ///
    /// ```
    /// use clusprop::read::PartitionFlags;
    ///
    /// let flags = PartitionFlags(0x5);
    /// assert_eq!(flags.to_string(), "CLUSPROP_PIFLAG_STICKY | CLUSPROP_PIFLAG_USABLE");
    /// ```
    pub struct PartitionFlags(pub u32);
    prefix "CLUSPROP_PIFLAG_";
    example "clusprop::read::PartitionFlags", STICKY = "CLUSPROP_PIFLAG_STICKY", unnamed 0x4000_0000;
    /// 0x1: the drive letter stays assigned.
    STICKY = 0x1;
    /// 0x2: removable media.
    REMOVABLE = 0x2;
    /// 0x4: usable by the cluster.
    USABLE = 0x4;
    /// 0x8: the default quorum partition.
    DEFAULT_QUORUM = 0x8;
    /// 0x10: usable for Cluster Shared Volumes.
    USABLE_FOR_CSV = 0x10;
    /// 0x20: encryption is enabled.
    ENCRYPTION_ENABLED = 0x20;
    /// 0x40: a raw partition.
    RAW = 0x40;
    /// 0x80000000: unknown.
    UNKNOWN = 0x8000_0000;
}

/// `CLUS_RESOURCE_CLASS_INFO`: a resource class and subclass (the data of a RESCLASS entry).
///
/// ```
/// use clusprop::read::{ResourceClass, ResourceClassInfo, ResourceSubclass};
///
/// let info = ResourceClassInfo::from_bytes(&[1, 0, 0, 0, 0, 0, 0, 0x40]).unwrap();
/// assert_eq!(info.class, ResourceClass::STORAGE);
/// assert_eq!(info.subclass, ResourceSubclass::STORAGE_DISK);
/// assert_eq!(info.subclass_names().collect::<Vec<_>>(), ["CLUS_RESSUBCLASS_STORAGE_DISK"]);
/// assert_eq!(info.to_bytes(), [1, 0, 0, 0, 0, 0, 0, 0x40]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ResourceClassInfo {
    /// `rc`.
    pub class: ResourceClass,
    /// `SubClass`.
    pub subclass: ResourceSubclass,
}

impl ResourceClassInfo {
    /// From exactly 8 bytes.
    #[must_use]
    pub fn from_bytes(data: &[u8]) -> Option<ResourceClassInfo> {
        let bytes: [u8; 8] = data.try_into().ok()?;
        Some(ResourceClassInfo {
            class: ResourceClass(u32_at(&bytes, 0)),
            subclass: ResourceSubclass(u32_at(&bytes, 4)),
        })
    }

    /// The 8 bytes of the wire layout.
    #[must_use]
    pub fn to_bytes(self) -> [u8; 8] {
        let [a, b, c, d] = self.class.0.to_le_bytes();
        let [e, f, g, h] = self.subclass.0.to_le_bytes();
        [a, b, c, d, e, f, g, h]
    }

    /// Microsoft's names of the subclass bits that are set, as the class reads them: the
    /// `STORAGE_*` bits for storage, the `NETWORK_*` bits for networks, `SHARED` otherwise.
    pub fn subclass_names(self) -> impl Iterator<Item = &'static str> {
        let prefix = match self.class {
            ResourceClass::STORAGE => "CLUS_RESSUBCLASS_STORAGE_",
            ResourceClass::NETWORK => "CLUS_RESSUBCLASS_NETWORK_",
            _ => "CLUS_RESSUBCLASS_SHARED",
        };
        self.subclass
            .names()
            .filter(move |name| name.starts_with(prefix))
    }
}

/// `CLUS_SCSI_ADDRESS`: where a disk sits on its SCSI bus (4 bytes).
///
/// ```
/// use clusprop::read::ScsiAddress;
///
/// let address = ScsiAddress::from_bytes(&[1, 2, 3, 4]).unwrap();
/// assert_eq!((address.port, address.path_id, address.target_id, address.lun), (1, 2, 3, 4));
/// assert_eq!(address.to_bytes(), [1, 2, 3, 4]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ScsiAddress {
    /// `PortNumber`.
    pub port: u8,
    /// `PathId`.
    pub path_id: u8,
    /// `TargetId`.
    pub target_id: u8,
    /// `Lun`.
    pub lun: u8,
}

impl ScsiAddress {
    /// From exactly 4 bytes.
    #[must_use]
    pub fn from_bytes(data: &[u8]) -> Option<ScsiAddress> {
        let [port, path_id, target_id, lun]: [u8; 4] = data.try_into().ok()?;
        Some(ScsiAddress {
            port,
            path_id,
            target_id,
            lun,
        })
    }

    /// The 4 bytes of the wire layout.
    #[must_use]
    pub fn to_bytes(self) -> [u8; 4] {
        [self.port, self.path_id, self.target_id, self.lun]
    }
}

/// `CLUS_FTSET_INFO`: a fault-tolerant set (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FtSetInfo {
    /// `dwRootSignature`.
    pub root_signature: u32,
    /// `dwFtType`.
    pub ft_type: u32,
}

impl FtSetInfo {
    /// From exactly 8 bytes.
    #[must_use]
    pub fn from_bytes(data: &[u8]) -> Option<FtSetInfo> {
        let bytes: [u8; 8] = data.try_into().ok()?;
        Some(FtSetInfo {
            root_signature: u32_at(&bytes, 0),
            ft_type: u32_at(&bytes, 4),
        })
    }

    /// The 8 bytes of the wire layout.
    #[must_use]
    pub fn to_bytes(self) -> [u8; 8] {
        let [a, b, c, d] = self.root_signature.to_le_bytes();
        let [e, f, g, h] = self.ft_type.to_le_bytes();
        [a, b, c, d, e, f, g, h]
    }
}

/// The items of a view over a fixed-size structure's bytes: `from_bytes` (exactly `$len`
/// bytes), `as_bytes`, one accessor per field (each reads the data with its closure), and a
/// `Debug` listing the fields. The examples on `from_bytes` and `as_bytes` name the type and its
/// length by their public paths in `clusprop::read`.
macro_rules! view {
    ($ty:ident, $len:ident; $( $(#[$doc:meta])* $field:ident: $ret:ty = $read:expr; )*) => {
        impl<'a> $ty<'a> {
            #[doc = concat!("A view of exactly [`", stringify!($len), "`] bytes.")]
            ///
            /// ```
            #[doc = concat!("use clusprop::read::{", stringify!($ty), ", ", stringify!($len), "};")]
            ///
            #[doc = concat!("let data = vec![0u8; ", stringify!($len), " + 1];")]
            #[doc = concat!("assert!(", stringify!($ty), "::from_bytes(&data[..", stringify!($len),
                            "]).is_some());")]
            #[doc = concat!("assert!(", stringify!($ty), "::from_bytes(&data).is_none(), \"one byte too many\");")]
            /// ```
            #[must_use]
            pub fn from_bytes(data: &'a [u8]) -> Option<Self> {
                (data.len() == $len).then_some($ty { data })
            }

            /// The exact bytes.
            ///
            /// ```
            #[doc = concat!("use clusprop::read::{", stringify!($ty), ", ", stringify!($len), "};")]
            ///
            #[doc = concat!("let mut data = vec![0u8; ", stringify!($len), "];")]
            /// data[0] = 0x5A;
            #[doc = concat!("let view = ", stringify!($ty), "::from_bytes(&data).unwrap();")]
            /// assert_eq!(view.as_bytes(), &data[..]);
            /// ```
            #[must_use]
            pub fn as_bytes(&self) -> &'a [u8] {
                self.data
            }

            $(
                $(#[$doc])*
                #[must_use]
                pub fn $field(&self) -> $ret {
                    let read = $read;
                    read(self.data)
                }
            )*
        }

        impl fmt::Debug for $ty<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($ty))
                    $(.field(stringify!($field), &self.$field()))*
                    .finish()
            }
        }

        /// Equal when the bytes are.
        impl PartialEq for $ty<'_> {
            fn eq(&self, other: &Self) -> bool {
                self.data == other.data
            }
        }

        impl Eq for $ty<'_> {}
    };
}

/// `CLUS_PARTITION_INFO` (1 120 bytes), read in place.
///
/// ```
/// use clusprop::read::{PartitionFlags, PartitionInfo, PARTITION_INFO_LEN};
///
/// let mut data = vec![0u8; PARTITION_INFO_LEN];
/// data[0] = 0x05; // STICKY | USABLE
/// for (i, unit) in "C:".encode_utf16().enumerate() {
///     data[4 + 2 * i..6 + 2 * i].copy_from_slice(&unit.to_le_bytes());
/// }
/// data[1044..1048].copy_from_slice(&0xDEAD_BEEFu32.to_le_bytes());
/// let info = PartitionInfo::from_bytes(&data).unwrap();
/// assert_eq!(info.flags(), PartitionFlags(0x05));
/// assert!(info.flags().contains(PartitionFlags::USABLE));
/// assert_eq!(info.device_name(), "C:");
/// assert_eq!(info.volume_label(), "");
/// assert_eq!(info.serial_number(), 0xDEAD_BEEF);
/// assert!(info.is_canonical());
/// ```
#[derive(Clone, Copy)]
pub struct PartitionInfo<'a> {
    data: &'a [u8],
}

view! {
    PartitionInfo, PARTITION_INFO_LEN;
    /// `dwFlags`.
    flags: PartitionFlags = |d| PartitionFlags(u32_at(d, PI_FLAGS));
    /// `szDeviceName` up to its NUL.
    device_name: Utf16Str<'a> = |d| wchar_at(d, PI_DEVICE_NAME, MAX_PATH_UNITS);
    /// `szVolumeLabel` up to its NUL.
    volume_label: Utf16Str<'a> = |d| wchar_at(d, PI_VOLUME_LABEL, MAX_PATH_UNITS);
    /// `dwSerialNumber`.
    serial_number: u32 = |d| u32_at(d, PI_SERIAL_NUMBER);
    /// `rgdwMaximumComponentLength`.
    maximum_component_length: u32 = |d| u32_at(d, PI_MAX_COMPONENT_LENGTH);
    /// `dwFileSystemFlags`.
    file_system_flags: u32 = |d| u32_at(d, PI_FILE_SYSTEM_FLAGS);
    /// `szFileSystem` up to its NUL.
    file_system: Utf16Str<'a> = |d| wchar_at(d, PI_FILE_SYSTEM, FILE_SYSTEM_UNITS);
}

impl PartitionInfo<'_> {
    /// Whether the fields, written back, give the exact bytes: each `WCHAR` array valid UTF-16
    /// and zero after its NUL.
    #[must_use]
    pub fn is_canonical(&self) -> bool {
        wchar_is_canonical(self.data, PI_DEVICE_NAME, MAX_PATH_UNITS)
            && wchar_is_canonical(self.data, PI_VOLUME_LABEL, MAX_PATH_UNITS)
            && wchar_is_canonical(self.data, PI_FILE_SYSTEM, FILE_SYSTEM_UNITS)
    }
}

/// `CLUS_PARTITION_INFO_EX` (1 160 bytes): [`PartitionInfo`], then sizes, numbers and the volume
/// GUID.
///
/// ```
/// use clusprop::read::{Guid, PartitionInfoEx, PARTITION_INFO_EX_LEN};
///
/// let mut data = vec![0u8; PARTITION_INFO_EX_LEN];
/// data[1120..1128].copy_from_slice(&(1u64 << 40).to_le_bytes());
/// data[1136..1140].copy_from_slice(&3u32.to_le_bytes());
/// data[1144] = 0x11;
/// let info = PartitionInfoEx::from_bytes(&data).unwrap();
/// assert_eq!(info.total_size(), 1 << 40);
/// assert_eq!(info.device_number(), 3);
/// assert_eq!(info.volume_guid().data1, 0x11);
/// assert_eq!(info.info().device_name(), "");
/// ```
#[derive(Clone, Copy)]
pub struct PartitionInfoEx<'a> {
    data: &'a [u8],
}

view! {
    PartitionInfoEx, PARTITION_INFO_EX_LEN;
    /// The first 1 120 bytes, a `CLUS_PARTITION_INFO`.
    info: PartitionInfo<'a> = |d: &'a [u8]| PartitionInfo {
        data: d.get(..PARTITION_INFO_LEN).unwrap_or_default(),
    };
    /// `TotalSizeInBytes`.
    total_size: u64 = |d| u64_at(d, PIX_TOTAL_SIZE);
    /// `FreeSizeInBytes`.
    free_size: u64 = |d| u64_at(d, PIX_FREE_SIZE);
    /// `DeviceNumber`.
    device_number: u32 = |d| u32_at(d, PIX_DEVICE_NUMBER);
    /// `PartitionNumber`.
    partition_number: u32 = |d| u32_at(d, PIX_PARTITION_NUMBER);
    /// `VolumeGuid`.
    volume_guid: Guid = |d| Guid::at(d, PIX_VOLUME_GUID);
}

impl PartitionInfoEx<'_> {
    /// Whether the fields, written back, give the exact bytes.
    #[must_use]
    pub fn is_canonical(&self) -> bool {
        self.info().is_canonical()
    }
}

/// `CLUS_PARTITION_INFO_EX2` (540 bytes): the GPT partition id, its name and encryption flags.
///
/// ```
/// use clusprop::read::{PartitionInfoEx2, PARTITION_INFO_EX2_LEN};
///
/// let mut data = vec![0u8; PARTITION_INFO_EX2_LEN];
/// data[16] = b'D';
/// data[536] = 1;
/// let info = PartitionInfoEx2::from_bytes(&data).unwrap();
/// assert_eq!(info.partition_name(), "D");
/// assert_eq!(info.encryption_flags(), 1);
/// assert_eq!(info.gpt_partition_id().to_string(), "{00000000-0000-0000-0000-000000000000}");
/// ```
#[derive(Clone, Copy)]
pub struct PartitionInfoEx2<'a> {
    data: &'a [u8],
}

view! {
    PartitionInfoEx2, PARTITION_INFO_EX2_LEN;
    /// `GptPartitionId`.
    gpt_partition_id: Guid = |d| Guid::at(d, PIX2_GPT_PARTITION_ID);
    /// `szPartitionName` up to its NUL.
    partition_name: Utf16Str<'a> = |d| wchar_at(d, PIX2_PARTITION_NAME, MAX_PATH_UNITS);
    /// `EncryptionFlags`.
    encryption_flags: u32 = |d| u32_at(d, PIX2_ENCRYPTION_FLAGS);
}

impl PartitionInfoEx2<'_> {
    /// Whether the fields, written back, give the exact bytes.
    #[must_use]
    pub fn is_canonical(&self) -> bool {
        wchar_is_canonical(self.data, PIX2_PARTITION_NAME, MAX_PATH_UNITS)
    }
}

/// A `STORAGE_DEVICE_ID_DESCRIPTOR` (winioctl.h), variable length: `Version`, `Size`,
/// `NumberOfIdentifiers`, then the identifiers' bytes. The header fields are `None` when the data
/// is shorter than they are; nothing else is documented for cluster use, so the identifiers stay
/// bytes.
///
/// ```
/// use clusprop::read::StorageDeviceIdDescriptor;
///
/// let data = [1, 0, 0, 0, 16, 0, 0, 0, 1, 0, 0, 0, 0xAA, 0xBB, 0xCC, 0xDD];
/// let d = StorageDeviceIdDescriptor::new(&data);
/// assert_eq!((d.version(), d.size(), d.number_of_identifiers()), (Some(1), Some(16), Some(1)));
/// assert_eq!(d.identifiers(), [0xAA, 0xBB, 0xCC, 0xDD]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageDeviceIdDescriptor<'a> {
    data: &'a [u8],
}

impl<'a> StorageDeviceIdDescriptor<'a> {
    /// A view of the bytes.
    #[must_use]
    pub fn new(data: &'a [u8]) -> Self {
        StorageDeviceIdDescriptor { data }
    }

    /// The exact bytes.
    #[must_use]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.data
    }

    fn dword(&self, at: usize) -> Option<u32> {
        self.data
            .get(at..)
            .and_then(|rest| rest.first_chunk::<4>())
            .map(|b| u32::from_le_bytes(*b))
    }

    /// `Version`.
    #[must_use]
    pub fn version(&self) -> Option<u32> {
        self.dword(0)
    }

    /// `Size`.
    #[must_use]
    pub fn size(&self) -> Option<u32> {
        self.dword(4)
    }

    /// `NumberOfIdentifiers`.
    #[must_use]
    pub fn number_of_identifiers(&self) -> Option<u32> {
        self.dword(8)
    }

    /// The bytes after the 12-byte header (`Identifiers`).
    #[must_use]
    pub fn identifiers(&self) -> &'a [u8] {
        self.data.get(12..).unwrap_or_default()
    }
}
