//! `CLUS_MAINTENANCE_MODE_INFO` and `CLUS_MAINTENANCE_MODE_INFOEX`: what
//! `CLUSCTL_RESOURCE_QUERY_MAINTENANCE_MODE` returns (MS-CMRP 3.1.4.3.1.42: "either a
//! CLUS_MAINTENANCE_MODE_INFO structure (section 2.2.3.14) or a CLUS_MAINTENANCE_MODE_INFO_EX
//! structure (section 2.2.3.15) … depends upon the size of lpOutBuffer").

use crate::read::wire::u32_at;
use alloc::vec::Vec;

constants! {
    /// `MAINTENANCE_MODE_TYPE_ENUM` (MS-CMRP 2.2.2.6): the kind of maintenance a storage resource
    /// is in, the second field of `CLUS_MAINTENANCE_MODE_INFOEX` (0 when it is in none).
    ///
    /// ```
    /// use clusprop::control::MaintenanceModeType;
    ///
    /// assert_eq!(MaintenanceModeType::OFFLINE_RESOURCE.name(), Some("MaintenanceModeTypeOfflineResource"));
    /// assert_eq!("OfflineResource".parse::<MaintenanceModeType>().unwrap(), MaintenanceModeType(2));
    /// ```
    #[derive(Default)]
    pub struct MaintenanceModeType(pub u32);
    prefix "MaintenanceModeType", display "{}", debug name;
    example "clusprop::control::MaintenanceModeType", OFFLINE_RESOURCE = "MaintenanceModeTypeOfflineResource",
        "MaintenanceModeTypeOfflineResource", unnamed 7;
    /// 1: the server ignores the result of the resource's health check.
    DISABLE_IS_ALIVE_CHECK = 1, "MaintenanceModeTypeDisableIsAliveCheck";
    /// 2: the server has brought the storage offline internally, without changing the state
    /// clients see.
    OFFLINE_RESOURCE = 2, "MaintenanceModeTypeOfflineResource";
    /// 3: the server has released ownership of the storage.
    UNCLUSTER_RESOURCE = 3, "MaintenanceModeTypeUnclusterResource";
}

/// A resource's maintenance mode, as `CLUSCTL_RESOURCE_QUERY_MAINTENANCE_MODE` returns it: the
/// 4-byte `CLUS_MAINTENANCE_MODE_INFO` (`in_maintenance` alone) or the 16-byte
/// `CLUS_MAINTENANCE_MODE_INFOEX` (all fields), little-endian DWORDs.
///
/// ```
/// use clusprop::control::{MaintenanceModeInfo, MaintenanceModeType};
///
/// let basic = MaintenanceModeInfo::from_bytes(&[1, 0, 0, 0]).unwrap();
/// assert!(basic.is_in_maintenance() && basic.extended.is_none());
///
/// let bytes = [1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0x0F, 0xF0, 0xBA, 0xAB];
/// let info = MaintenanceModeInfo::from_bytes(&bytes).unwrap();
/// let ex = info.extended.unwrap();
/// assert_eq!(ex.mode_type, MaintenanceModeType::DISABLE_IS_ALIVE_CHECK);
/// assert_eq!(ex.internal_state, 2); // ClusterResourceOnline
/// assert!(ex.has_signature());
/// assert_eq!(info.to_bytes(), bytes);
/// assert!(MaintenanceModeInfo::from_bytes(&[0; 8]).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MaintenanceModeInfo {
    /// `InMaintenance`, a `BOOL`: 0 not in maintenance, 1 in maintenance (kept as sent).
    pub in_maintenance: u32,
    /// The fields `CLUS_MAINTENANCE_MODE_INFOEX` adds, when the output is that structure.
    pub extended: Option<MaintenanceModeEx>,
}

/// The fields `CLUS_MAINTENANCE_MODE_INFOEX` adds to `CLUS_MAINTENANCE_MODE_INFO`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MaintenanceModeEx {
    /// `MaintainenceModeType` (sic, in clusapi.h).
    pub mode_type: MaintenanceModeType,
    /// `InternalState`: a `CLUSTER_RESOURCE_STATE` (-1 unknown, 2 online, …), valid only when
    /// written by the server.
    pub internal_state: i32,
    /// `Signature`: MS-CMRP says it MUST be [`SIGNATURE`](MaintenanceModeEx::SIGNATURE); kept as
    /// sent.
    pub signature: u32,
}

impl MaintenanceModeEx {
    /// The `Signature` MS-CMRP 2.2.3.15 requires: 0xABBAF00F.
    pub const SIGNATURE: u32 = 0xABBA_F00F;

    /// Whether `signature` is [`SIGNATURE`](Self::SIGNATURE).
    #[must_use]
    pub fn has_signature(&self) -> bool {
        self.signature == Self::SIGNATURE
    }
}

impl MaintenanceModeInfo {
    /// The size of `CLUS_MAINTENANCE_MODE_INFO`.
    pub const SIZE: usize = 4;
    /// The size of `CLUS_MAINTENANCE_MODE_INFOEX`.
    pub const SIZE_EX: usize = 16;

    /// Reads exactly 4 bytes (`CLUS_MAINTENANCE_MODE_INFO`) or 16 (`…_INFOEX`); `None` for any
    /// other size.
    #[must_use]
    pub fn from_bytes(bytes: &[u8]) -> Option<MaintenanceModeInfo> {
        let in_maintenance = u32_at(bytes, 0)?;
        let extended = match bytes.len() {
            Self::SIZE => None,
            Self::SIZE_EX => Some(MaintenanceModeEx {
                mode_type: MaintenanceModeType(u32_at(bytes, 4)?),
                internal_state: i32::from_le_bytes(u32_at(bytes, 8)?.to_le_bytes()),
                signature: u32_at(bytes, 12)?,
            }),
            _ => return None,
        };
        Some(MaintenanceModeInfo {
            in_maintenance,
            extended,
        })
    }

    /// Whether `InMaintenance` is non-zero.
    #[must_use]
    pub fn is_in_maintenance(&self) -> bool {
        self.in_maintenance != 0
    }

    /// The structure's bytes: 4 or 16, as read.
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.in_maintenance.to_le_bytes().to_vec();
        if let Some(ex) = self.extended {
            out.extend_from_slice(&ex.mode_type.0.to_le_bytes());
            out.extend_from_slice(&ex.internal_state.to_le_bytes());
            out.extend_from_slice(&ex.signature.to_le_bytes());
        }
        out
    }
}
