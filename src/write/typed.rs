//! Encoding the typed structures of spec section 17 from their fields: the partition
//! structures, whose `WCHAR` arrays are written as the string, a NUL (unless the string fills the
//! array) and zeros to the end of the array.

use crate::error::BuildError;
use crate::read::typed::{
    Guid, PartitionFlags, PartitionInfo, PartitionInfoEx, PartitionInfoEx2, FILE_SYSTEM_UNITS,
    MAX_PATH_UNITS, PARTITION_INFO_EX2_LEN, PARTITION_INFO_EX_LEN,
};
use alloc::string::String;
use alloc::vec::Vec;

/// Writes `text` as a `WCHAR` array of `units` code units: a NUL inside is an error, and so is a
/// string longer than the array. A string of exactly `units` code units fills the array without
/// a NUL (what the read side gives back for an array without one).
fn put_wchar(
    out: &mut Vec<u8>,
    what: &'static str,
    text: &str,
    units: usize,
) -> Result<(), BuildError> {
    let start = out.len();
    for (index, unit) in text.encode_utf16().enumerate() {
        if unit == 0 {
            return Err(BuildError::Nul { what, index });
        }
        if index >= units {
            return Err(BuildError::TooLong {
                what,
                length: text.encode_utf16().count().saturating_mul(2),
                max: u32::try_from(units.saturating_mul(2)).unwrap_or(u32::MAX),
            });
        }
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out.resize(start.saturating_add(units.saturating_mul(2)), 0);
    Ok(())
}

/// The fields of a `CLUS_PARTITION_INFO`, owned: what [`PartitionInfo`] reads, to be written
/// back ([`to_bytes`](Self::to_bytes), `ValueListBuilder::partition_info`).
///
/// ```
/// use clusprop::read::{PartitionFlags, PartitionInfo};
/// use clusprop::write::PartitionInfoFields;
///
/// let fields = PartitionInfoFields {
///     flags: PartitionFlags::USABLE,
///     device_name: "\\\\?\\GLOBALROOT\\Device\\Harddisk1\\Partition1".into(),
///     volume_label: "Data".into(),
///     serial_number: 0x1234_5678,
///     maximum_component_length: 255,
///     file_system_flags: 0x03E7_00FF,
///     file_system: "NTFS".into(),
/// };
/// let bytes = fields.to_bytes()?;
/// assert_eq!(bytes.len(), 1120);
/// let view = PartitionInfo::from_bytes(&bytes).unwrap();
/// assert_eq!(view.volume_label(), "Data");
/// assert_eq!(PartitionInfoFields::from(view), fields);
/// # Ok::<(), clusprop::BuildError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct PartitionInfoFields {
    /// `dwFlags`.
    pub flags: PartitionFlags,
    /// `szDeviceName` (at most 260 code units).
    pub device_name: String,
    /// `szVolumeLabel` (at most 260 code units).
    pub volume_label: String,
    /// `dwSerialNumber`.
    pub serial_number: u32,
    /// `rgdwMaximumComponentLength`.
    pub maximum_component_length: u32,
    /// `dwFileSystemFlags`.
    pub file_system_flags: u32,
    /// `szFileSystem` (at most 32 code units).
    pub file_system: String,
}

impl PartitionInfoFields {
    /// The 1 120 bytes; a string with a NUL or longer than its array is an error.
    pub fn to_bytes(&self) -> Result<Vec<u8>, BuildError> {
        let mut out = Vec::with_capacity(PARTITION_INFO_EX_LEN);
        self.put(&mut out)?;
        Ok(out)
    }

    fn put(&self, out: &mut Vec<u8>) -> Result<(), BuildError> {
        out.extend_from_slice(&self.flags.0.to_le_bytes());
        put_wchar(out, "device name", &self.device_name, MAX_PATH_UNITS)?;
        put_wchar(out, "volume label", &self.volume_label, MAX_PATH_UNITS)?;
        out.extend_from_slice(&self.serial_number.to_le_bytes());
        out.extend_from_slice(&self.maximum_component_length.to_le_bytes());
        out.extend_from_slice(&self.file_system_flags.to_le_bytes());
        put_wchar(out, "file system", &self.file_system, FILE_SYSTEM_UNITS)?;
        Ok(())
    }
}

/// The fields of the view; strings converted lossily (unpaired surrogates become U+FFFD).
impl From<PartitionInfo<'_>> for PartitionInfoFields {
    fn from(view: PartitionInfo<'_>) -> Self {
        PartitionInfoFields {
            flags: view.flags(),
            device_name: view.device_name().to_string_lossy(),
            volume_label: view.volume_label().to_string_lossy(),
            serial_number: view.serial_number(),
            maximum_component_length: view.maximum_component_length(),
            file_system_flags: view.file_system_flags(),
            file_system: view.file_system().to_string_lossy(),
        }
    }
}

/// The fields of a `CLUS_PARTITION_INFO_EX`, owned.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct PartitionInfoExFields {
    /// The `CLUS_PARTITION_INFO` part.
    pub info: PartitionInfoFields,
    /// `TotalSizeInBytes`.
    pub total_size: u64,
    /// `FreeSizeInBytes`.
    pub free_size: u64,
    /// `DeviceNumber`.
    pub device_number: u32,
    /// `PartitionNumber`.
    pub partition_number: u32,
    /// `VolumeGuid`.
    pub volume_guid: Guid,
}

impl PartitionInfoExFields {
    /// The 1 160 bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, BuildError> {
        let mut out = Vec::with_capacity(PARTITION_INFO_EX_LEN);
        self.info.put(&mut out)?;
        out.extend_from_slice(&self.total_size.to_le_bytes());
        out.extend_from_slice(&self.free_size.to_le_bytes());
        out.extend_from_slice(&self.device_number.to_le_bytes());
        out.extend_from_slice(&self.partition_number.to_le_bytes());
        out.extend_from_slice(&self.volume_guid.to_le_bytes());
        Ok(out)
    }
}

/// The fields of the view; strings converted lossily.
impl From<PartitionInfoEx<'_>> for PartitionInfoExFields {
    fn from(view: PartitionInfoEx<'_>) -> Self {
        PartitionInfoExFields {
            info: view.info().into(),
            total_size: view.total_size(),
            free_size: view.free_size(),
            device_number: view.device_number(),
            partition_number: view.partition_number(),
            volume_guid: view.volume_guid(),
        }
    }
}

/// The fields of a `CLUS_PARTITION_INFO_EX2`, owned.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct PartitionInfoEx2Fields {
    /// `GptPartitionId`.
    pub gpt_partition_id: Guid,
    /// `szPartitionName` (at most 260 code units).
    pub partition_name: String,
    /// `EncryptionFlags`.
    pub encryption_flags: u32,
}

impl PartitionInfoEx2Fields {
    /// The 540 bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, BuildError> {
        let mut out = Vec::with_capacity(PARTITION_INFO_EX2_LEN);
        out.extend_from_slice(&self.gpt_partition_id.to_le_bytes());
        put_wchar(
            &mut out,
            "partition name",
            &self.partition_name,
            MAX_PATH_UNITS,
        )?;
        out.extend_from_slice(&self.encryption_flags.to_le_bytes());
        Ok(out)
    }
}

/// The fields of the view; the name converted lossily.
impl From<PartitionInfoEx2<'_>> for PartitionInfoEx2Fields {
    fn from(view: PartitionInfoEx2<'_>) -> Self {
        PartitionInfoEx2Fields {
            gpt_partition_id: view.gpt_partition_id(),
            partition_name: view.partition_name().to_string_lossy(),
            encryption_flags: view.encryption_flags(),
        }
    }
}
