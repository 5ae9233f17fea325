//! What each control takes and returns, and the decoding of its output by its code.
//!
//! The kinds come from MS-CMRP section 3.1.4.3 (one subsection per control: 3.1.4.3.1 resources,
//! 3.1.4.3.2 resource types, 3.1.4.3.3 groups, 3.1.4.3.4 nodes, 3.1.4.3.5 networks, 3.1.4.3.6
//! network interfaces, 3.1.4.3.7 the cluster), and for codes MS-CMRP leaves out (the internal
//! ones, STORAGE_IS_PATH_VALID, the storage-replica and file-server codes) from the
//! `mscs` reference pages on learn.microsoft.com. A generic code has the same shape on every
//! object it is defined for; [`KINDS`] lists the 115 generic codes (of 192; 228 of the 310 object
//! codes) whose output Microsoft documents, and every other named code is
//! [`OutputKind::Undocumented`] (its output is handed back as bytes).

use super::maintenance::MaintenanceModeInfo;
use super::{Characteristics, Clctl, ControlCode, Flags};
use crate::error::ParseError;
use crate::read::list::PropertyList;
use crate::read::rules::Mode;
use crate::read::utf16::{MultiSz, Utf16Str};
use crate::read::{FileTime, ResourceClassInfo, ValueList, ValueLists};

/// What a control returns in its output buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputKind {
    /// Nothing: "the server SHOULD NOT write any data" or "output buffer not used" (UNKNOWN,
    /// SET_* (SET_MAINTENANCE_MODE, SET_CSV_MAINTENANCE_MODE, SET_SHARED_VOLUME_BACKUP_MODE,
    /// STORAGE_SET_DRIVELETTER, NETNAME_SET_PWD_INFO too), STORAGE_REMAP_DRIVELETTER,
    /// VALIDATE_* (VALIDATE_DIRECTORY too), the registry and crypto checkpoint additions and
    /// deletions, the NETNAME VCO controls, NETNAME_REGISTER_DNS_RECORDS, IPADDRESS_RENEW_LEASE
    /// and _RELEASE_LEASE, STORAGE_IS_PATH_VALID, STORAGE_IS_CSV_FILE, RESOURCE_UPGRADE_DLL,
    /// SHUTDOWN, the internal notifications: DELETE, ADD_ / REMOVE_DEPENDENCY, ADD_ /
    /// REMOVE_OWNER, INSTALL_NODE, EVICT_NODE, SET_NAME, CLUSTER_NAME_CHANGED,
    /// CLUSTER_VERSION_CHANGED, FIXUP_ON_UPGRADE, STARTING_PHASE1 and 2, NOTIFY_OWNER_CHANGE, the
    /// upgrade notifications, FORCE_QUORUM, NOTIFY_QUORUM_STATUS).
    Nothing,
    /// A raw DWORD (GET_CHARACTERISTICS, GET_FLAGS, GET_ARB_TIMEOUT, the drive-letter bitmask of
    /// STORAGE_GET_DRIVELETTERS, and the `CLUSTER_QUORUM_VALUE` of CHECK_VOTER_EVICT and
    /// CHECK_VOTER_DOWN).
    Dword,
    /// One NUL-terminated UTF-16 string (GET_NAME, GET_ID, GET_NODE, GET_NETWORK,
    /// GET_RESOURCE_TYPE, GET_FQDN, GET_NETWORK_NAME, GET_DNS_NAME, GET_SHARED_VOLUME_ID,
    /// STORAGE_GET_RESOURCEID, GET_CLUSTER_SERVICE_ACCOUNT_NAME).
    String,
    /// A bare MULTI_SZ (ENUM_*_PROPERTIES, GET_REGISTRY_CHECKPOINTS, GET_CRYPTO_CHECKPOINTS,
    /// STORAGE_GET_MOUNTPOINTS).
    Strings,
    /// A property list (GET_*_PROPERTIES, the *_PROPERTY_FMTS lists).
    PropertyList,
    /// A value list (GET_REQUIRED_DEPENDENCIES, STORAGE_GET_DISK_INFO(_EX, _EX2),
    /// STORAGE_GET_SHARED_VOLUME_INFO).
    ValueList,
    /// Value lists one after another, one per disk (STORAGE_GET_AVAILABLE_DISKS(_EX, _EX2_INT):
    /// "zero or more sets of the value lists", MS-CMRP 3.1.4.3.2.21).
    ValueLists,
    /// A bare `CLUS_RESOURCE_CLASS_INFO`: two DWORDs, class and subclass (GET_CLASS_INFO,
    /// MS-CMRP 3.1.4.3.1.4).
    ClassInfo,
    /// A FILETIME (MS-DTYP 2.3.3): 8 bytes, a little-endian count of 100-nanosecond intervals
    /// since 1601-01-01 UTC (GET_STATE_CHANGE_TIME, MS-CMRP 3.1.4.3.1.60, 3.1.4.3.3.17).
    FileTime,
    /// A `CLUS_MAINTENANCE_MODE_INFO` (4 bytes) or `CLUS_MAINTENANCE_MODE_INFOEX` (16 bytes),
    /// by the output's size (QUERY_MAINTENANCE_MODE, MS-CMRP 3.1.4.3.1.42).
    MaintenanceMode,
    /// Nobody documents the output: neither MS-CMRP nor the mscs reference pages give its layout
    /// (about 30 codes have no page at all: the GEM, GUM, scale-out, SOFS-buffer, drain and
    /// CLUSBFLT codes, the witness voter checks, ENUM_AFFINITY_RULE_NAMES; others have a page
    /// that describes nothing, or a pre-release code: the group-set "collection" pages give other
    /// function numbers than clusapi.h), the sources disagree (STORAGE_IS_CLUSTERABLE,
    /// STORAGE_GET_DISK_NUMBER_INFO: a value list on its page, `CLUS_DISK_NUMBER_INFO` in
    /// MS-CMRP; GROUP_GET_LAST_MOVE_TIME: a value list on its page, a 32-byte
    /// `CLUSCTL_GROUP_GET_LAST_MOVE_TIME_OUTPUT` in clusapi.h), or it is a layout this crate does
    /// not model (the virtual server token's `HANDLE`, `CLUSDSK_DISKID`, `FILESHARE_CHANGE_LIST`,
    /// the GUM lock owner and stuck-nodes structures, the DWORD array of STORAGE_GET_DIRTY).
    /// Decoded as the bytes themselves.
    Undocumented,
}

impl OutputKind {
    /// `nothing`, `dword`, `string`, `strings`, `property_list`, `value_list`, `value_lists`,
    /// `class_info`, `filetime`, `maintenance_mode` or `undocumented`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            OutputKind::Nothing => "nothing",
            OutputKind::Dword => "dword",
            OutputKind::String => "string",
            OutputKind::Strings => "strings",
            OutputKind::PropertyList => "property_list",
            OutputKind::ValueList => "value_list",
            OutputKind::ValueLists => "value_lists",
            OutputKind::ClassInfo => "class_info",
            OutputKind::FileTime => "filetime",
            OutputKind::MaintenanceMode => "maintenance_mode",
            OutputKind::Undocumented => "undocumented",
        }
    }
}

/// What a control takes in its input buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputKind {
    /// Nothing (the GET_* and ENUM_* controls, SHUTDOWN, NETNAME_REGISTER_DNS_RECORDS, the
    /// IPADDRESS lease controls, the internal DELETE and CLUSTER_NAME_CHANGED).
    Nothing,
    /// One NUL-terminated UTF-16 string (ADD_ / DELETE_REGISTRY_CHECKPOINT: the key,
    /// MS-CMRP 3.1.4.3.1.21, 3.1.4.3.1.22; ADD_ / DELETE_CRYPTO_CHECKPOINT; the NETNAME VCO
    /// controls; VALIDATE_NETNAME; STORAGE_IS_PATH_VALID, STORAGE_IS_CSV_FILE,
    /// STORAGE_GET_RESOURCEID, VALIDATE_DIRECTORY, GET_SHARED_VOLUME_ID and RESOURCE_UPGRADE_DLL:
    /// a path; CHECK_VOTER_EVICT and CHECK_VOTER_DOWN: a resource or node ID).
    String,
    /// A property list (SET_* and VALIDATE_*_PROPERTIES, MS-CMRP 3.1.4.3.1.12, .13, .18, .19).
    PropertyList,
    /// Not documented, documented differently by different sources (the internal node and owner
    /// notifications), a bare DWORD (STORAGE_GET_MOUNTPOINTS: the partition number), or a
    /// structure this crate does not model: passed as bytes.
    Undocumented,
}

impl InputKind {
    /// `nothing`, `string`, `property_list` or `undocumented`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Nothing => "nothing",
            InputKind::String => "string",
            InputKind::PropertyList => "property_list",
            InputKind::Undocumented => "undocumented",
        }
    }
}

use InputKind as In;
use OutputKind as Out;

/// The generic codes whose output Microsoft documents, with the MS-CMRP section of the resource
/// control (3.1.4.3.1.N; the same control on the other objects has its own subsection of the same
/// shape) or of the one object that has it, or, for a code MS-CMRP leaves out, the `mscs`
/// reference page (`"mscs clusctl-resource-delete"`, under
/// learn.microsoft.com/previous-versions/windows/desktop/mscs/). An input that is not documented,
/// or not the same for every object, is [`InputKind::Undocumented`].
#[rustfmt::skip]
pub const KINDS: &[(Clctl, InputKind, OutputKind, &str)] = &[
    (Clctl::UNKNOWN, In::Nothing, Out::Nothing, "3.1.4.3.1.1"),
    (Clctl::GET_CHARACTERISTICS, In::Nothing, Out::Dword, "3.1.4.3.1.2"),
    (Clctl::GET_FLAGS, In::Nothing, Out::Dword, "3.1.4.3.1.3"),
    (Clctl::GET_CLASS_INFO, In::Nothing, Out::ClassInfo, "3.1.4.3.1.4"),
    (Clctl::GET_REQUIRED_DEPENDENCIES, In::Nothing, Out::ValueList, "3.1.4.3.1.5"),
    (Clctl::GET_NAME, In::Nothing, Out::String, "3.1.4.3.1.6"),
    (Clctl::GET_ID, In::Nothing, Out::String, "3.1.4.3.1.7"),
    (Clctl::GET_RESOURCE_TYPE, In::Nothing, Out::String, "3.1.4.3.1.8"),
    (Clctl::ENUM_COMMON_PROPERTIES, In::Nothing, Out::Strings, "3.1.4.3.1.9"),
    (Clctl::GET_RO_COMMON_PROPERTIES, In::Nothing, Out::PropertyList, "3.1.4.3.1.10"),
    (Clctl::GET_COMMON_PROPERTIES, In::Nothing, Out::PropertyList, "3.1.4.3.1.11"),
    (Clctl::SET_COMMON_PROPERTIES, In::PropertyList, Out::Nothing, "3.1.4.3.1.12"),
    (Clctl::VALIDATE_COMMON_PROPERTIES, In::PropertyList, Out::Nothing, "3.1.4.3.1.13"),
    (Clctl::GET_COMMON_PROPERTY_FMTS, In::Nothing, Out::PropertyList, "3.1.4.3.1.14"),
    (Clctl::ENUM_PRIVATE_PROPERTIES, In::Nothing, Out::Strings, "3.1.4.3.1.15"),
    (Clctl::GET_RO_PRIVATE_PROPERTIES, In::Nothing, Out::PropertyList, "3.1.4.3.1.16"),
    (Clctl::GET_PRIVATE_PROPERTIES, In::Nothing, Out::PropertyList, "3.1.4.3.1.17"),
    (Clctl::SET_PRIVATE_PROPERTIES, In::PropertyList, Out::Nothing, "3.1.4.3.1.18"),
    (Clctl::VALIDATE_PRIVATE_PROPERTIES, In::PropertyList, Out::Nothing, "3.1.4.3.1.19"),
    (Clctl::GET_PRIVATE_PROPERTY_FMTS, In::Nothing, Out::PropertyList, "3.1.4.3.1.20"),
    (Clctl::ADD_REGISTRY_CHECKPOINT, In::String, Out::Nothing, "3.1.4.3.1.21"),
    (Clctl::DELETE_REGISTRY_CHECKPOINT, In::String, Out::Nothing, "3.1.4.3.1.22"),
    (Clctl::GET_REGISTRY_CHECKPOINTS, In::Nothing, Out::Strings, "3.1.4.3.1.23"),
    (Clctl::GET_NETWORK_NAME, In::Nothing, Out::String, "3.1.4.3.1.30"),
    (Clctl::GET_DNS_NAME, In::Nothing, Out::String, "3.1.4.3.1.32"),
    (Clctl::STORAGE_GET_DISK_INFO, In::Nothing, Out::ValueList, "3.1.4.3.1.38"),
    (Clctl::STORAGE_GET_DISK_INFO_EX, In::Nothing, Out::ValueList, "3.1.4.3.1.45"),
    (Clctl::STORAGE_GET_DISK_INFO_EX2, In::Nothing, Out::ValueList, "3.1.4.3.1.61"),
    (Clctl::GET_ARB_TIMEOUT, In::Nothing, Out::Dword, "3.1.4.3.2.6"),
    (Clctl::GET_COMMON_RESOURCE_PROPERTY_FMTS, In::Nothing, Out::PropertyList, "3.1.4.3.2.13"),
    (Clctl::GET_PRIVATE_RESOURCE_PROPERTY_FMTS, In::Nothing, Out::PropertyList, "3.1.4.3.2.20"),
    (Clctl::STORAGE_GET_AVAILABLE_DISKS, In::Nothing, Out::ValueLists, "3.1.4.3.2.21"),
    (Clctl::STORAGE_GET_AVAILABLE_DISKS_EX, In::Nothing, Out::ValueLists, "3.1.4.3.2"),
    // Its input is a `CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_INPUT` (clusapi.h).
    (Clctl::STORAGE_GET_AVAILABLE_DISKS_EX2_INT, In::Undocumented, Out::ValueLists, "3.1.4.3.2"),
    (Clctl::GET_NODE, In::Nothing, Out::String, "3.1.4.3.6.5"),
    (Clctl::GET_NETWORK, In::Nothing, Out::String, "3.1.4.3.6.6"),
    (Clctl::GET_FQDN, In::Nothing, Out::String, "3.1.4.3.7"),
    // The location of the keys, a string (3.1.1.1.1.1); nothing written back.
    (Clctl::ADD_CRYPTO_CHECKPOINT, In::String, Out::Nothing, "3.1.4.3.1.24"),
    // The objectGUID of the computer object, a string; nothing written back.
    (Clctl::NETNAME_DELETE_CO, In::String, Out::Nothing, "3.1.4.3.1.34"),
    // The security principal's name, a string; nothing written back.
    (Clctl::NETNAME_VALIDATE_VCO, In::String, Out::Nothing, "3.1.4.3.1.35"),
    // The alternate computer name, a string; nothing written back.
    (Clctl::NETNAME_RESET_VCO, In::String, Out::Nothing, "3.1.4.3.1.36"),
    // Input: a `CLUS_MAINTENANCE_MODE_INFO` or `_EX` (MS-CMRP 2.2.3.14, 2.2.3.15), not modelled;
    // the output buffer is not used (mscs `clusctl-resource-set-maintenance-mode`).
    (Clctl::SET_MAINTENANCE_MODE, In::Undocumented, Out::Nothing, "3.1.4.3.1.43"),
    // The input buffer is not used (mscs `clusctl-resource-query-maintenance-mode`); the output
    // is one of the two structures, by the size of lpOutBuffer.
    (Clctl::QUERY_MAINTENANCE_MODE, In::Nothing, Out::MaintenanceMode, "3.1.4.3.1.42"),
    // A value list of LIST_VALUE_BINARY entries, one `CLUS_CSV_VOLUME_INFO` (2.2.3.18) each; the
    // input is not described.
    (Clctl::STORAGE_GET_SHARED_VOLUME_INFO, In::Undocumented, Out::ValueList, "3.1.4.3.1.48"),
    // Resources 3.1.4.3.1.60 (and groups, 3.1.4.3.3.17, which the SDK gives no constant): the
    // input is ignored, the output a FILETIME.
    (Clctl::GET_STATE_CHANGE_TIME, In::Nothing, Out::FileTime, "3.1.4.3.1.60"),
    // Not in MS-CMRP: mscs `clusctl-resource-storage-is-path-valid` (the path, a string; the
    // output buffer is not used).
    (Clctl::STORAGE_IS_PATH_VALID, In::String, Out::Nothing, "mscs clusctl-resource-storage-is-path-valid"),
    // A DNS label or NetBIOS name, a string; nothing written back.
    (Clctl::VALIDATE_NETNAME, In::String, Out::Nothing, "3.1.4.3.2.22"),
    // A path as a string, but a property list (`SharePath`) for the File Share Witness type;
    // nothing written back.
    (Clctl::VALIDATE_PATH, In::Undocumented, Out::Nothing, "3.1.4.3.2.23"),
    // A resource or node ID, a string; a CLUSTER_QUORUM_VALUE DWORD back.
    (Clctl::CHECK_VOTER_EVICT, In::String, Out::Dword, "3.1.4.3.7.3"),
    (Clctl::CHECK_VOTER_DOWN, In::String, Out::Dword, "3.1.4.3.7.4"),
    // The input is ignored (the client sends none); nothing written back.
    (Clctl::SHUTDOWN, In::Nothing, Out::Nothing, "3.1.4.3.7.5"),
    // A file path, a string; the volume ID (`RESOURCE-ID:PARTITIONOFFSET`), a string, back.
    (Clctl::GET_SHARED_VOLUME_ID, In::String, Out::String, "3.1.4.3.7.17"),
    // Internal codes (sent by the cluster to resource DLLs), not in MS-CMRP: the mscs pages say
    // "does not return a value". DELETE takes nothing (mscs; the 1998 SDK: "Input: None"); the
    // others' input is not settled (mscs says "no parameters", the 1998 SDK says the dependency's
    // name for ADD_ / REMOVE_DEPENDENCY, and FORCE_QUORUM has `CLUS_FORCE_QUORUM_INFO`).
    (Clctl::DELETE, In::Nothing, Out::Nothing, "mscs clusctl-resource-delete"),
    (Clctl::ADD_DEPENDENCY, In::Undocumented, Out::Nothing, "mscs clusctl-resource-add-dependency"),
    (Clctl::REMOVE_DEPENDENCY, In::Undocumented, Out::Nothing, "mscs clusctl-resource-remove-dependency"),
    (Clctl::REMOVE_OWNER, In::Undocumented, Out::Nothing, "mscs clusctl-resource-remove-owner"),
    (Clctl::FORCE_QUORUM, In::Undocumented, Out::Nothing, "mscs clusctl-resource-force-quorum"),
    (Clctl::NOTIFY_QUORUM_STATUS, In::Undocumented, Out::Nothing, "mscs clusctl-resource-notify-quorum-status"),
    // The location of the keys, a string (3.1.1.1.1.1); nothing written back.
    (Clctl::DELETE_CRYPTO_CHECKPOINT, In::String, Out::Nothing, "3.1.4.3.1.25"),
    // Zero or more key locations as a MULTI_SZ; no input (mscs: lpInBuffer not used).
    (Clctl::GET_CRYPTO_CHECKPOINTS, In::Nothing, Out::Strings, "3.1.4.3.1.26"),
    // Re-register the DNS host records: no input (mscs), nothing written back.
    (Clctl::NETNAME_REGISTER_DNS_RECORDS, In::Nothing, Out::Nothing, "3.1.4.3.1.31"),
    // DHCP leases of an IP address resource: no input (mscs), nothing written back.
    (Clctl::IPADDRESS_RENEW_LEASE, In::Nothing, Out::Nothing, "3.1.4.3.1.40"),
    (Clctl::IPADDRESS_RELEASE_LEASE, In::Nothing, Out::Nothing, "3.1.4.3.1.41"),
    // Input: the partition number, a 32-bit value (no input kind for a bare DWORD); output: the
    // volume's path names, "a series of null-terminated strings terminated by an additional null
    // character".
    (Clctl::STORAGE_GET_MOUNTPOINTS, In::Undocumented, Out::Strings, "3.1.4.3.1.47"),
    // A directory path, a string; nothing written back.
    (Clctl::VALIDATE_DIRECTORY, In::String, Out::Nothing, "3.1.4.3.2.24"),
    // A 32-bit bitmask of drive letters (`CLUS_STORAGE_GET_AVAILABLE_DRIVELETTERS`, one DWORD);
    // the input is "not used, but required" (mscs), MS-CMRP does not describe it.
    (Clctl::STORAGE_GET_DRIVELETTERS, In::Undocumented, Out::Dword, "3.1.4.3.2.25"),
    // The path to a file, a string; success or ERROR_CLUSTER_NOT_SHARED_VOLUME, and the output
    // buffer is not used (mscs `clusctl-resource-type-storage-is-csv-file`).
    (Clctl::STORAGE_IS_CSV_FILE, In::String, Out::Nothing, "3.1.4.3.2.31"),
    // Not in MS-CMRP: a path on the storage, a string; the resource ID, a string, back.
    (Clctl::STORAGE_GET_RESOURCEID, In::String, Out::String, "mscs clusctl-resource-type-storage-get-resourceid"),
    // Not in MS-CMRP: the path and file name of the new DLL, a string; "does not return a
    // value" (the output buffer is not used).
    (Clctl::RESOURCE_UPGRADE_DLL, In::String, Out::Nothing, "mscs clusctl-resource-upgrade-dll"),
    // Internal: sent to the core Network Name resource. mscs "does not return a value", and the
    // 1998 SDK agrees: "Input: None, Output: None".
    (Clctl::CLUSTER_NAME_CHANGED, In::Nothing, Out::Nothing, "mscs clusctl-resource-cluster-name-changed"),
    // Internal notifications: the mscs pages say "does not return a value". Their input is not
    // settled: mscs says "no parameters", but the 1998 SDK gives INSTALL_NODE and EVICT_NODE
    // "Input: Null-terminated Unicode string" (the node's name), so none of them is typed.
    (Clctl::INSTALL_NODE, In::Undocumented, Out::Nothing, "mscs clusctl-resource-install-node"),
    (Clctl::EVICT_NODE, In::Undocumented, Out::Nothing, "mscs clusctl-resource-evict-node"),
    (Clctl::ADD_OWNER, In::Undocumented, Out::Nothing, "mscs clusctl-resource-add-owner"),
    (Clctl::SET_NAME, In::Undocumented, Out::Nothing, "mscs clusctl-resource-set-name"),
    (Clctl::CLUSTER_VERSION_CHANGED, In::Undocumented, Out::Nothing, "mscs clusctl-resource-cluster-version-changed"),
    (Clctl::FIXUP_ON_UPGRADE, In::Undocumented, Out::Nothing, "mscs clusctl-resource-type-fixup-on-upgrade"),
    (Clctl::STARTING_PHASE1, In::Undocumented, Out::Nothing, "mscs clusctl-resource-type-starting-phase1"),
    (Clctl::STARTING_PHASE2, In::Undocumented, Out::Nothing, "mscs clusctl-resource-type-starting-phase2"),
    (Clctl::NOTIFY_OWNER_CHANGE, In::Undocumented, Out::Nothing, "mscs clusctl-resource-notify-owner-change"),
    (Clctl::RESOURCE_PREPARE_UPGRADE, In::Undocumented, Out::Nothing, "mscs clusctl-resource-prepare-upgrade"),
    (Clctl::RESOURCE_UPGRADE_COMPLETED, In::Undocumented, Out::Nothing, "mscs clusctl-resource-upgrade-completed"),
    // The name of the security principal the cluster service runs as, a string; no input (mscs:
    // not used).
    (Clctl::GET_CLUSTER_SERVICE_ACCOUNT_NAME, In::Nothing, Out::String, "3.1.4.3.4.6"),
    // Input: a `CLUS_NETNAME_PWD_INFO` (2.2.3.13), not modelled; nothing written back.
    (Clctl::NETNAME_SET_PWD_INFO, In::Undocumented, Out::Nothing, "3.1.4.3.1.33"),
    // Input: a `CLUS_STORAGE_SET_DRIVELETTER` (2.2.3.16), not modelled; nothing written back.
    (Clctl::STORAGE_SET_DRIVELETTER, In::Undocumented, Out::Nothing, "3.1.4.3.1.44"),
    // Input: a `CLUS_SHARED_VOLUME_BACKUP_MODE` (2.2.3.20), not modelled; the output buffer is
    // not used (mscs `clusctl-resource-set-shared-volume-backup-mode`).
    (Clctl::SET_SHARED_VOLUME_BACKUP_MODE, In::Undocumented, Out::Nothing, "3.1.4.3.1.54"),
    // Input: a `CLUS_STORAGE_REMAP_DRIVELETTER` (2.2.3.12), not modelled; nothing written back.
    (Clctl::STORAGE_REMAP_DRIVELETTER, In::Undocumented, Out::Nothing, "3.1.4.3.2.27"),
    // Not found in MS-CMRP: input a `CLUS_CSV_MAINTENANCE_MODE_INFO`, not modelled; the output
    // buffer is not used.
    (Clctl::SET_CSV_MAINTENANCE_MODE, In::Undocumented, Out::Nothing, "mscs clusctl-resource-set-csv-maintenance-mode"),
    // Not in MS-CMRP; from the mscs reference pages (their lpInBuffer / lpOutBuffer text, where
    // it contradicts the page's prototype comment). A registry key relative to HKLM in the
    // 32-bit or 64-bit view, a string; nothing written back.
    (Clctl::ADD_REGISTRY_CHECKPOINT_32BIT, In::String, Out::Nothing, "mscs clusctl-resource-add-registry-checkpoint-32bit"),
    (Clctl::ADD_REGISTRY_CHECKPOINT_64BIT, In::String, Out::Nothing, "mscs clusctl-resource-add-registry-checkpoint-64bit"),
    // "a property list that contains the shared access signature (SAS) of the token"; the input
    // is not described.
    (Clctl::CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN, In::Undocumented, Out::PropertyList, "mscs clusctl-cloud-witness-resource-update-token"),
    // The shared volume's name, a string; the volume GUID path, a string, back.
    (Clctl::ENABLE_SHARED_VOLUME_DIRECTIO, In::String, Out::String, "mscs clusctl-resource-enable-shared-volume-directio"),
    (Clctl::DISABLE_SHARED_VOLUME_DIRECTIO, In::String, Out::String, "mscs clusctl-resource-disable-shared-volume-directio"),
    // A property list of the share's properties (or the share's name, a string, to delete it);
    // the output is not used.
    (Clctl::FILESERVER_SHARE_ADD, In::PropertyList, Out::Nothing, "mscs clusctl-resource-fileserver-share-add"),
    (Clctl::FILESERVER_SHARE_MODIFY, In::PropertyList, Out::Nothing, "mscs clusctl-resource-fileserver-share-modify"),
    (Clctl::FILESERVER_SHARE_DEL, In::String, Out::Nothing, "mscs clusctl-resource-fileserver-share-del"),
    // The cluster's storage configuration and its attributes, property lists; no input.
    (Clctl::GET_STORAGE_CONFIGURATION, In::Nothing, Out::PropertyList, "mscs clusctl-cluster-get-storage-configuration"),
    (Clctl::GET_STORAGE_CONFIG_ATTRIBUTES, In::Nothing, Out::PropertyList, "mscs clusctl-cluster-get-storage-config-attributes"),
    // Internal: "This control code has no parameters" and "does not return a value".
    (Clctl::INITIALIZE, In::Nothing, Out::Nothing, "mscs clusctl-resource-initialize"),
    (Clctl::PROVIDER_STATE_CHANGE, In::Nothing, Out::Nothing, "mscs clusctl-resource-provider-state-change"),
    (Clctl::RW_MODIFY_NOOP, In::Nothing, Out::Nothing, "mscs clusctl-resource-rw-modify-noop"),
    (Clctl::VALIDATE_CHANGE_GROUP, In::Nothing, Out::Nothing, "mscs clusctl-resource-validate-change-group"),
    // Internal: the name of the group the resource joins or leaves; the output is not used.
    (Clctl::JOINING_GROUP, In::String, Out::Nothing, "mscs clusctl-resource-joining-group"),
    (Clctl::LEAVING_GROUP, In::String, Out::Nothing, "mscs clusctl-resource-leaving-group"),
    // Storage Replica: "a value list that contains" the SR_RESOURCE_TYPE_* result structures
    // (as BINARY values, which this crate hands back as bytes); the input is not described.
    (Clctl::REPLICATION_GET_ELIGIBLE_LOGDISKS, In::Undocumented, Out::ValueList, "mscs clusctl-resource-type-replication-get-eligible-logdisks"),
    (Clctl::REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS, In::Undocumented, Out::ValueList, "mscs clusctl-resource-type-replication-get-eligible-source-datadisks"),
    (Clctl::REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS, In::Undocumented, Out::ValueList, "mscs clusctl-resource-type-replication-get-eligible-target-datadisks"),
    (Clctl::REPLICATION_GET_LOG_VOLUME, In::Undocumented, Out::ValueList, "mscs clusctl-resource-type-replication-get-log-volume"),
    (Clctl::REPLICATION_GET_REPLICATED_DISKS, In::Undocumented, Out::ValueList, "mscs clusctl-resource-type-replication-get-replicated-disks"),
    (Clctl::REPLICATION_GET_REPLICATED_PARTITION_INFO, In::Undocumented, Out::ValueList, "mscs clusctl-resource-type-replication-get-replicated-partition-info"),
    (Clctl::REPLICATION_GET_REPLICA_VOLUMES, In::Undocumented, Out::ValueList, "mscs clusctl-resource-type-replication-get-replica-volumes"),
    (Clctl::REPLICATION_GET_RESOURCE_GROUP, In::Undocumented, Out::ValueList, "mscs clusctl-resource-type-replication-get-resource-group"),
    // A property list of settings; the output is not used.
    (Clctl::SET_ACCOUNT_ACCESS, In::PropertyList, Out::Nothing, "mscs clusctl-cluster-set-account-access"),
    (Clctl::SET_CLUSTER_S2D_ENABLED, In::PropertyList, Out::Nothing, "mscs clusctl-cluster-set-cluster-das-mode-enabled"),
    // Input: a ULARGE_INTEGER (no input kind for a bare 8-byte value); the output is not used.
    (Clctl::SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES, In::Undocumented, Out::Nothing, "mscs clusctl-cluster-set-cluster-s2d-cache-metadata-reserve-bytes"),
    // Internal: input a `CLUSCTL_RESOURCE_STATE_CHANGE_REASON_STRUCT` (the page also says "no
    // parameters"), not modelled; "does not return a value".
    (Clctl::STATE_CHANGE_REASON, In::Undocumented, Out::Nothing, "mscs clusctl-resource-state-change-reason"),
];

/// The row of [`KINDS`] for `clctl`.
fn row(clctl: Clctl) -> Option<&'static (Clctl, InputKind, OutputKind, &'static str)> {
    KINDS.iter().find(|(c, ..)| *c == clctl)
}

impl Clctl {
    /// What the control returns on any object: its row of [`KINDS`], or
    /// [`OutputKind::Undocumented`].
    #[must_use]
    pub fn output_kind(self) -> OutputKind {
        row(self).map_or(OutputKind::Undocumented, |r| r.2)
    }

    /// What the control takes on any object: its row of [`KINDS`], or
    /// [`InputKind::Undocumented`].
    #[must_use]
    pub fn input_kind(self) -> InputKind {
        row(self).map_or(InputKind::Undocumented, |r| r.1)
    }

    /// The MS-CMRP section that documents the control (`"3.1.4.3.1.11"`), or the `mscs` page
    /// (`"mscs clusctl-resource-delete"`) for a code MS-CMRP leaves out, if any.
    #[must_use]
    pub fn ms_cmrp_section(self) -> Option<&'static str> {
        row(self).map(|r| r.3)
    }
}

impl ControlCode {
    /// What the control returns, decided by its generic function code (the same for every
    /// object), or `None` for a code without a `clusapi.h` name (user, internal and unnamed
    /// codes): their output is not known.
    #[must_use]
    pub fn output_kind(self) -> Option<OutputKind> {
        self.name().map(|_| self.clctl().output_kind())
    }

    /// What the control takes, or `None` for a code without a `clusapi.h` name.
    #[must_use]
    pub fn input_kind(self) -> Option<InputKind> {
        self.name().map(|_| self.clctl().input_kind())
    }

    /// Whether the control takes a property list as its input buffer (SET_* and VALIDATE_*),
    /// by its generic code.
    #[must_use]
    pub fn takes_property_list(self) -> bool {
        self.clctl().input_kind() == InputKind::PropertyList
    }

    /// Decodes a control's output buffer according to the code, in strict mode.
    ///
    /// ```
    /// use clusprop::control::{ControlCode, ControlOutput};
    /// use clusprop::read::ResourceClass;
    ///
    /// let out = ControlCode::NETWORK_GET_FLAGS.decode_output(&[1, 0, 0, 0])?;
    /// assert!(matches!(out, ControlOutput::Dword(1)));
    /// let name = [b'L', 0, b'A', 0, b'N', 0, 0, 0];
    /// let out = ControlCode::NETWORK_GET_NAME.decode_output(&name)?;
    /// assert_eq!(out.name().unwrap(), "LAN");
    /// let class = [1, 0, 0, 0, 0, 0, 0, 0xC0];
    /// let out = ControlCode::RESOURCE_GET_CLASS_INFO.decode_output(&class)?;
    /// let ControlOutput::ClassInfo(info) = out else { panic!("{out:?}") };
    /// assert_eq!(info.class, ResourceClass::STORAGE);
    /// assert_eq!(info.subclass.0, 0xC000_0000);
    /// let out = ControlCode::CLUSTER_GET_CLUSDB_TIMESTAMP.decode_output(&[1, 2, 3])?;
    /// assert!(matches!(out, ControlOutput::Bytes(&[1, 2, 3])));
    /// # Ok::<(), clusprop::control::OutputError>(())
    /// ```
    pub fn decode_output(self, bytes: &[u8]) -> Result<ControlOutput<'_>, OutputError> {
        self.decode_output_with(bytes, Mode::Strict)
    }

    /// Decodes a control's output buffer according to the code; property lists and value lists
    /// in `mode`.
    pub fn decode_output_with(
        self,
        bytes: &[u8],
        mode: Mode,
    ) -> Result<ControlOutput<'_>, OutputError> {
        let kind = self
            .output_kind()
            .ok_or(OutputError::UnknownControl { code: self })?;
        let parse = |error| OutputError::Parse { code: self, error };
        let wrong_length = |expected| OutputError::WrongLength {
            code: self,
            expected,
            found: bytes.len(),
        };
        match kind {
            OutputKind::Nothing if bytes.is_empty() => Ok(ControlOutput::Nothing),
            OutputKind::Nothing => Err(OutputError::UnexpectedOutput {
                code: self,
                length: bytes.len(),
            }),
            OutputKind::Dword => <[u8; 4]>::try_from(bytes)
                .map(|b| ControlOutput::Dword(u32::from_le_bytes(b)))
                .map_err(|_| wrong_length(4)),
            OutputKind::String => crate::read::rules::bare_string(bytes)
                .map(ControlOutput::String)
                .map_err(parse),
            OutputKind::Strings => crate::read::rules::bare_multi_sz(bytes)
                .map(ControlOutput::Strings)
                .map_err(parse),
            OutputKind::PropertyList => PropertyList::parse_with(bytes, mode)
                .map(ControlOutput::PropertyList)
                .map_err(parse),
            OutputKind::ValueList => ValueList::parse_with(bytes, mode)
                .map(ControlOutput::ValueList)
                .map_err(parse),
            OutputKind::ValueLists => ValueLists::parse_with(bytes, mode)
                .map(ControlOutput::ValueLists)
                .map_err(parse),
            OutputKind::ClassInfo => ResourceClassInfo::from_bytes(bytes)
                .map(ControlOutput::ClassInfo)
                .ok_or_else(|| wrong_length(8)),
            OutputKind::FileTime => <[u8; 8]>::try_from(bytes)
                .map(|b| ControlOutput::FileTime(FileTime(u64::from_le_bytes(b))))
                .map_err(|_| wrong_length(8)),
            OutputKind::MaintenanceMode => MaintenanceModeInfo::from_bytes(bytes)
                .map(ControlOutput::MaintenanceMode)
                .ok_or_else(|| wrong_length(MaintenanceModeInfo::SIZE_EX)),
            OutputKind::Undocumented => Ok(ControlOutput::Bytes(bytes)),
        }
    }
}

/// A control's output, decoded by its code ([`ControlCode::decode_output`]).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum ControlOutput<'a> {
    /// The control returns nothing, and the buffer was empty.
    Nothing,
    /// A DWORD (GET_CHARACTERISTICS, GET_FLAGS, GET_ARB_TIMEOUT, STORAGE_GET_DRIVELETTERS, …).
    Dword(u32),
    /// A string (GET_NAME, GET_ID, GET_NODE, GET_NETWORK, …), without its NUL.
    String(Utf16Str<'a>),
    /// A list of strings (ENUM_*_PROPERTIES, the GET_*_CHECKPOINTS, STORAGE_GET_MOUNTPOINTS).
    Strings(MultiSz<'a>),
    /// A property list (GET_*_PROPERTIES).
    PropertyList(PropertyList<'a>),
    /// A value list (GET_REQUIRED_DEPENDENCIES, the STORAGE_GET_DISK_INFO controls).
    ValueList(ValueList<'a>),
    /// Value lists one after another (the STORAGE_GET_AVAILABLE_DISKS controls: one per disk).
    ValueLists(ValueLists<'a>),
    /// A `CLUS_RESOURCE_CLASS_INFO` (GET_CLASS_INFO, MS-CMRP 3.1.4.3.1.4): the resource class
    /// (`CLUS_RESCLASS_*`) and subclass (`CLUS_RESSUBCLASS_*`), the same typed view a RESCLASS
    /// entry of a value list decodes to.
    ClassInfo(ResourceClassInfo),
    /// A FILETIME (GET_STATE_CHANGE_TIME): 100-nanosecond intervals since 1601-01-01 UTC.
    FileTime(FileTime),
    /// A resource's maintenance mode (QUERY_MAINTENANCE_MODE).
    MaintenanceMode(MaintenanceModeInfo),
    /// The output of a control whose output Microsoft does not document
    /// ([`OutputKind::Undocumented`]): the bytes as they came.
    Bytes(&'a [u8]),
}

impl<'a> ControlOutput<'a> {
    /// The property list, for the GET_*_PROPERTIES controls.
    #[must_use]
    pub fn property_list(&self) -> Option<PropertyList<'a>> {
        match self {
            ControlOutput::PropertyList(list) => Some(*list),
            _ => None,
        }
    }

    /// The name: the string a GET_NAME returns, or the `Name` property of a property list.
    #[must_use]
    pub fn name(&self) -> Option<Utf16Str<'a>> {
        match self {
            ControlOutput::String(s) => Some(*s),
            ControlOutput::PropertyList(list) => list.get("Name")?.value()?.as_str(),
            _ => None,
        }
    }

    /// The characteristics a GET_CHARACTERISTICS returns.
    #[must_use]
    pub fn characteristics(&self) -> Option<Characteristics> {
        match self {
            ControlOutput::Dword(v) => Some(Characteristics(*v)),
            _ => None,
        }
    }

    /// The flags a GET_FLAGS returns.
    #[must_use]
    pub fn flags(&self) -> Option<Flags> {
        match self {
            ControlOutput::Dword(v) => Some(Flags(*v)),
            _ => None,
        }
    }
}

/// A control output buffer that does not have the shape its control code says.
///
/// ```
/// use clusprop::control::{ControlCode, OutputError};
///
/// let err = ControlCode::NETWORK_GET_FLAGS.decode_output(&[1, 0]).unwrap_err();
/// assert!(matches!(err, OutputError::WrongLength { expected: 4, found: 2, .. }), "{err:?}");
/// assert!(err.to_string().contains("returns 4 bytes, but the buffer holds 2"), "{err}");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutputError {
    /// This crate does not know what the control returns.
    #[error("{code}: unknown control, its output shape is not known")]
    UnknownControl {
        /// The code.
        code: ControlCode,
    },
    /// The control returns nothing, but the buffer holds bytes.
    #[error("{code} returns no output, but the buffer holds {length} bytes (at offset 0)")]
    UnexpectedOutput {
        /// The code.
        code: ControlCode,
        /// The buffer's length.
        length: usize,
    },
    /// A fixed-size output of the wrong size (for QUERY_MAINTENANCE_MODE, which returns 4 or
    /// 16 bytes, `expected` is 16).
    #[error("{code} returns {expected} bytes, but the buffer holds {found} (at offset 0)")]
    WrongLength {
        /// The code.
        code: ControlCode,
        /// The size the control returns.
        expected: usize,
        /// The buffer's length.
        found: usize,
    },
    /// A string, name list or property list that does not parse.
    ///
    /// The message is the code and the [`ParseError`]'s own; like a `transparent` wrapper, this
    /// variant ends the error chain (its `source()` is the parse error's, `None`), so that a
    /// report of the whole chain (anyhow's `{:?}`) prints the parse error once.
    #[error("{code}: {error}")]
    Parse {
        /// The code.
        code: ControlCode,
        /// What broke, and where.
        error: ParseError,
    },
}

impl OutputError {
    /// The rule that broke, as a stable `snake_case` name: `"unknown_control"`,
    /// `"unexpected_output"`, `"wrong_output_length"`, or for a buffer that does not parse, the
    /// [`ParseError::rule`].
    ///
    /// ```
    /// use clusprop::control::ControlCode;
    ///
    /// let err = ControlCode::NETWORK_GET_FLAGS.decode_output(&[1, 0]).unwrap_err();
    /// assert_eq!((err.rule(), err.offset()), ("wrong_output_length", Some(0)));
    /// ```
    #[must_use]
    pub fn rule(&self) -> &'static str {
        match self {
            OutputError::UnknownControl { .. } => "unknown_control",
            OutputError::UnexpectedOutput { .. } => "unexpected_output",
            OutputError::WrongLength { .. } => "wrong_output_length",
            OutputError::Parse { error, .. } => error.rule(),
        }
    }

    /// Where the buffer broke the rule: the [`ParseError::offset`], or 0 for an output of the
    /// wrong shape or size as a whole (an unknown control has no offset: `None`).
    #[must_use]
    pub fn offset(&self) -> Option<usize> {
        match self {
            OutputError::UnknownControl { .. } => None,
            OutputError::UnexpectedOutput { .. } | OutputError::WrongLength { .. } => Some(0),
            OutputError::Parse { error, .. } => Some(error.offset()),
        }
    }
}
