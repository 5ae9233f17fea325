//! Every control code against the Windows SDK (`windows-sys`, the source of truth): the 192
//! generic `CLCTL_*` codes and the 310 object codes `CLUSCTL_*`, by name and by value, both ways;
//! that the SDK source declares no other code; and what each named control returns.

use clusprop::control::{
    Clctl, ControlCode, ControlOutput, InputKind, Object, OutputError, OutputKind,
};
use windows_sys::Win32::Networking::Clustering as sdk;

/// `(name, value)`: each value the SDK's constant (an `i32` enum) as the DWORD.
macro_rules! sdk {
    ($($name:ident,)*) => {
        &[$((stringify!($name), sdk::$name as u32)),*]
    };
}

/// `(name, value)` pairs of one SDK enum.
type Codes = &'static [(&'static str, u32)];

/// `CLCTL_CODES`.
const CLCTL: Codes = sdk!(
    CLCTL_ADD_CRYPTO_CHECKPOINT,
    CLCTL_ADD_CRYPTO_CHECKPOINT_EX,
    CLCTL_ADD_DEPENDENCY,
    CLCTL_ADD_OWNER,
    CLCTL_ADD_REGISTRY_CHECKPOINT,
    CLCTL_ADD_REGISTRY_CHECKPOINT_32BIT,
    CLCTL_ADD_REGISTRY_CHECKPOINT_64BIT,
    CLCTL_BATCH_BLOCK_KEY,
    CLCTL_BATCH_UNBLOCK_KEY,
    CLCTL_BLOCK_GEM_SEND_RECV,
    CLCTL_CHECK_DRAIN_VETO,
    CLCTL_CHECK_VOTER_DOWN,
    CLCTL_CHECK_VOTER_DOWN_WITNESS,
    CLCTL_CHECK_VOTER_EVICT,
    CLCTL_CHECK_VOTER_EVICT_WITNESS,
    CLCTL_CLEAR_NODE_CONNECTION_INFO,
    CLCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS,
    CLCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY,
    CLCTL_CLOUD_WITNESS_RESOURCE_UPDATE_KEY,
    CLCTL_CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN,
    CLCTL_CLUSTER_NAME_CHANGED,
    CLCTL_CLUSTER_VERSION_CHANGED,
    CLCTL_DELETE,
    CLCTL_DELETE_CRYPTO_CHECKPOINT,
    CLCTL_DELETE_REGISTRY_CHECKPOINT,
    CLCTL_DISABLE_SHARED_VOLUME_DIRECTIO,
    CLCTL_ENABLE_SHARED_VOLUME_DIRECTIO,
    CLCTL_ENUM_AFFINITY_RULE_NAMES,
    CLCTL_ENUM_COMMON_PROPERTIES,
    CLCTL_ENUM_PRIVATE_PROPERTIES,
    CLCTL_EVICT_NODE,
    CLCTL_FILESERVER_SHARE_ADD,
    CLCTL_FILESERVER_SHARE_DEL,
    CLCTL_FILESERVER_SHARE_MODIFY,
    CLCTL_FILESERVER_SHARE_REPORT,
    CLCTL_FIXUP_ON_UPGRADE,
    CLCTL_FORCE_DB_FLUSH,
    CLCTL_FORCE_QUORUM,
    CLCTL_FSWITNESS_GET_EPOCH_INFO,
    CLCTL_FSWITNESS_RELEASE_LOCK,
    CLCTL_FSWITNESS_SET_EPOCH_INFO,
    CLCTL_GET_ARB_TIMEOUT,
    CLCTL_GET_CHARACTERISTICS,
    CLCTL_GET_CLASS_INFO,
    CLCTL_GET_CLUSDB_TIMESTAMP,
    CLCTL_GET_CLUSTER_SERVICE_ACCOUNT_NAME,
    CLCTL_GET_COMMON_PROPERTIES,
    CLCTL_GET_COMMON_PROPERTY_FMTS,
    CLCTL_GET_COMMON_RESOURCE_PROPERTY_FMTS,
    CLCTL_GET_CRYPTO_CHECKPOINTS,
    CLCTL_GET_DNS_NAME,
    CLCTL_GET_FAILURE_INFO,
    CLCTL_GET_FLAGS,
    CLCTL_GET_FQDN,
    CLCTL_GET_GEMID_VECTOR,
    CLCTL_GET_GUM_LOCK_OWNER,
    CLCTL_GET_ID,
    CLCTL_GET_INFRASTRUCTURE_SOFS_BUFFER,
    CLCTL_GET_LOADBAL_PROCESS_LIST,
    CLCTL_GET_NAME,
    CLCTL_GET_NETWORK,
    CLCTL_GET_NETWORK_NAME,
    CLCTL_GET_NODE,
    CLCTL_GET_NODES_IN_FD,
    CLCTL_GET_OPERATION_CONTEXT,
    CLCTL_GET_PRIVATE_PROPERTIES,
    CLCTL_GET_PRIVATE_PROPERTY_FMTS,
    CLCTL_GET_PRIVATE_RESOURCE_PROPERTY_FMTS,
    CLCTL_GET_REGISTRY_CHECKPOINTS,
    CLCTL_GET_REQUIRED_DEPENDENCIES,
    CLCTL_GET_RESOURCE_TYPE,
    CLCTL_GET_RO_COMMON_PROPERTIES,
    CLCTL_GET_RO_PRIVATE_PROPERTIES,
    CLCTL_GET_SHARED_VOLUME_ID,
    CLCTL_GET_STATE_CHANGE_TIME,
    CLCTL_GET_STORAGE_CONFIGURATION,
    CLCTL_GET_STORAGE_CONFIG_ATTRIBUTES,
    CLCTL_GET_STUCK_NODES,
    CLCTL_GROUPSET_GET_GROUPS,
    CLCTL_GROUPSET_GET_PROVIDER_GROUPS,
    CLCTL_GROUPSET_GET_PROVIDER_GROUPSETS,
    CLCTL_GROUP_GET_LAST_MOVE_TIME,
    CLCTL_GROUP_GET_PROVIDER_GROUPS,
    CLCTL_GROUP_GET_PROVIDER_GROUPSETS,
    CLCTL_GROUP_SET_CCF_FROM_MASTER,
    CLCTL_HOLD_IO,
    CLCTL_INITIALIZE,
    CLCTL_INJECT_GEM_FAULT,
    CLCTL_INSTALL_NODE,
    CLCTL_INTRODUCE_GEM_REPAIR_DELAY,
    CLCTL_IPADDRESS_RELEASE_LEASE,
    CLCTL_IPADDRESS_RENEW_LEASE,
    CLCTL_IS_FEATURE_INSTALLED,
    CLCTL_IS_QUORUM_BLOCKED,
    CLCTL_IS_S2D_FEATURE_SUPPORTED,
    CLCTL_JOINING_GROUP,
    CLCTL_LEAVING_GROUP,
    CLCTL_NETNAME_CREDS_NOTIFYCAM,
    CLCTL_NETNAME_DELETE_CO,
    CLCTL_NETNAME_GET_OU_FOR_VCO,
    CLCTL_NETNAME_GET_VIRTUAL_SERVER_TOKEN,
    CLCTL_NETNAME_REGISTER_DNS_RECORDS,
    CLCTL_NETNAME_REPAIR_VCO,
    CLCTL_NETNAME_RESET_VCO,
    CLCTL_NETNAME_SET_PWD_INFO,
    CLCTL_NETNAME_SET_PWD_INFOEX,
    CLCTL_NETNAME_VALIDATE_VCO,
    CLCTL_NOTIFY_DRAIN_COMPLETE,
    CLCTL_NOTIFY_INFRASTRUCTURE_SOFS_CHANGED,
    CLCTL_NOTIFY_MONITOR_SHUTTING_DOWN,
    CLCTL_NOTIFY_OWNER_CHANGE,
    CLCTL_NOTIFY_QUORUM_STATUS,
    CLCTL_POOL_GET_DRIVE_INFO,
    CLCTL_PROVIDER_STATE_CHANGE,
    CLCTL_QUERY_DELETE,
    CLCTL_QUERY_MAINTENANCE_MODE,
    CLCTL_RELOAD_AUTOLOGGER_CONFIG,
    CLCTL_REMOVE_DEPENDENCY,
    CLCTL_REMOVE_NODE,
    CLCTL_REMOVE_OWNER,
    CLCTL_REPLICATION_ADD_REPLICATION_GROUP,
    CLCTL_REPLICATION_GET_ELIGIBLE_LOGDISKS,
    CLCTL_REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS,
    CLCTL_REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS,
    CLCTL_REPLICATION_GET_LOG_INFO,
    CLCTL_REPLICATION_GET_LOG_VOLUME,
    CLCTL_REPLICATION_GET_REPLICATED_DISKS,
    CLCTL_REPLICATION_GET_REPLICATED_PARTITION_INFO,
    CLCTL_REPLICATION_GET_REPLICA_VOLUMES,
    CLCTL_REPLICATION_GET_RESOURCE_GROUP,
    CLCTL_RESOURCE_PREPARE_UPGRADE,
    CLCTL_RESOURCE_UPGRADE_COMPLETED,
    CLCTL_RESOURCE_UPGRADE_DLL,
    CLCTL_RESUME_IO,
    CLCTL_RW_MODIFY_NOOP,
    CLCTL_SCALEOUT_COMMAND,
    CLCTL_SCALEOUT_CONTROL,
    CLCTL_SCALEOUT_GET_CLUSTERS,
    CLCTL_SEND_DUMMY_GEM_MESSAGES,
    CLCTL_SET_ACCOUNT_ACCESS,
    CLCTL_SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES,
    CLCTL_SET_CLUSTER_S2D_ENABLED,
    CLCTL_SET_COMMON_PROPERTIES,
    CLCTL_SET_CSV_MAINTENANCE_MODE,
    CLCTL_SET_DNS_DOMAIN,
    CLCTL_SET_INFRASTRUCTURE_SOFS_BUFFER,
    CLCTL_SET_MAINTENANCE_MODE,
    CLCTL_SET_NAME,
    CLCTL_SET_PRIVATE_PROPERTIES,
    CLCTL_SET_SHARED_VOLUME_BACKUP_MODE,
    CLCTL_SET_STORAGE_CONFIGURATION,
    CLCTL_SHUTDOWN,
    CLCTL_STARTING_PHASE1,
    CLCTL_STARTING_PHASE2,
    CLCTL_STATE_CHANGE_REASON,
    CLCTL_STORAGE_GET_AVAILABLE_DISKS,
    CLCTL_STORAGE_GET_AVAILABLE_DISKS_EX,
    CLCTL_STORAGE_GET_AVAILABLE_DISKS_EX2_INT,
    CLCTL_STORAGE_GET_CLUSBFLT_PATHINFO,
    CLCTL_STORAGE_GET_CLUSBFLT_PATHS,
    CLCTL_STORAGE_GET_CLUSPORT_DISK_COUNT,
    CLCTL_STORAGE_GET_DIRTY,
    CLCTL_STORAGE_GET_DISKID,
    CLCTL_STORAGE_GET_DISK_INFO,
    CLCTL_STORAGE_GET_DISK_INFO_EX,
    CLCTL_STORAGE_GET_DISK_INFO_EX2,
    CLCTL_STORAGE_GET_DISK_NUMBER_INFO,
    CLCTL_STORAGE_GET_DRIVELETTERS,
    CLCTL_STORAGE_GET_MOUNTPOINTS,
    CLCTL_STORAGE_GET_PHYSICAL_DISK_INFO,
    CLCTL_STORAGE_GET_RESOURCEID,
    CLCTL_STORAGE_GET_SHARED_VOLUME_INFO,
    CLCTL_STORAGE_GET_SHARED_VOLUME_PARTITION_NAMES,
    CLCTL_STORAGE_GET_SHARED_VOLUME_STATES,
    CLCTL_STORAGE_IS_CLUSTERABLE,
    CLCTL_STORAGE_IS_CSV_FILE,
    CLCTL_STORAGE_IS_PATH_VALID,
    CLCTL_STORAGE_IS_SHARED_VOLUME,
    CLCTL_STORAGE_REMAP_DRIVELETTER,
    CLCTL_STORAGE_REMOVE_VM_OWNERSHIP,
    CLCTL_STORAGE_RENAME_SHARED_VOLUME,
    CLCTL_STORAGE_RENAME_SHARED_VOLUME_GUID,
    CLCTL_STORAGE_SET_DRIVELETTER,
    CLCTL_STORAGE_SYNC_CLUSDISK_DB,
    CLCTL_UNDELETE,
    CLCTL_UNKNOWN,
    CLCTL_VALIDATE_CHANGE_GROUP,
    CLCTL_VALIDATE_COMMON_PROPERTIES,
    CLCTL_VALIDATE_DIRECTORY,
    CLCTL_VALIDATE_NETNAME,
    CLCTL_VALIDATE_PATH,
    CLCTL_VALIDATE_PRIVATE_PROPERTIES,
);

/// `CLUSCTL_AFFINITYRULE_CODES`.
const AFFINITYRULE_CODES: Codes = sdk!(
    CLUSCTL_AFFINITYRULE_GET_COMMON_PROPERTIES,
    CLUSCTL_AFFINITYRULE_GET_GROUPNAMES,
    CLUSCTL_AFFINITYRULE_GET_ID,
    CLUSCTL_AFFINITYRULE_GET_RO_COMMON_PROPERTIES,
    CLUSCTL_AFFINITYRULE_SET_COMMON_PROPERTIES,
);

/// `CLUSCTL_RESOURCE_TYPE_CODES`.
const RESOURCE_TYPE_CODES: Codes = sdk!(
    CLUSCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS,
    CLUSCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY,
    CLUSCTL_RESOURCE_TYPE_CHECK_DRAIN_VETO,
    CLUSCTL_RESOURCE_TYPE_CLUSTER_VERSION_CHANGED,
    CLUSCTL_RESOURCE_TYPE_ENUM_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_ENUM_PRIVATE_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_EVICT_NODE,
    CLUSCTL_RESOURCE_TYPE_FIXUP_ON_UPGRADE,
    CLUSCTL_RESOURCE_TYPE_GEN_APP_VALIDATE_DIRECTORY,
    CLUSCTL_RESOURCE_TYPE_GEN_APP_VALIDATE_PATH,
    CLUSCTL_RESOURCE_TYPE_GEN_SCRIPT_VALIDATE_PATH,
    CLUSCTL_RESOURCE_TYPE_GET_ARB_TIMEOUT,
    CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS,
    CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO,
    CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTY_FMTS,
    CLUSCTL_RESOURCE_TYPE_GET_COMMON_RESOURCE_PROPERTY_FMTS,
    CLUSCTL_RESOURCE_TYPE_GET_CRYPTO_CHECKPOINTS,
    CLUSCTL_RESOURCE_TYPE_GET_FLAGS,
    CLUSCTL_RESOURCE_TYPE_GET_PRIVATE_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_GET_PRIVATE_PROPERTY_FMTS,
    CLUSCTL_RESOURCE_TYPE_GET_PRIVATE_RESOURCE_PROPERTY_FMTS,
    CLUSCTL_RESOURCE_TYPE_GET_REGISTRY_CHECKPOINTS,
    CLUSCTL_RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES,
    CLUSCTL_RESOURCE_TYPE_GET_RO_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_GET_RO_PRIVATE_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_HOLD_IO,
    CLUSCTL_RESOURCE_TYPE_INSTALL_NODE,
    CLUSCTL_RESOURCE_TYPE_NETNAME_GET_OU_FOR_VCO,
    CLUSCTL_RESOURCE_TYPE_NETNAME_VALIDATE_NETNAME,
    CLUSCTL_RESOURCE_TYPE_NOTIFY_DRAIN_COMPLETE,
    CLUSCTL_RESOURCE_TYPE_NOTIFY_MONITOR_SHUTTING_DOWN,
    CLUSCTL_RESOURCE_TYPE_PREPARE_UPGRADE,
    CLUSCTL_RESOURCE_TYPE_QUERY_DELETE,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_ADD_REPLICATION_GROUP,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_LOGDISKS,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_LOG_INFO,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_LOG_VOLUME,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_REPLICATED_DISKS,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_REPLICATED_PARTITION_INFO,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_REPLICA_VOLUMES,
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_RESOURCE_GROUP,
    CLUSCTL_RESOURCE_TYPE_RESUME_IO,
    CLUSCTL_RESOURCE_TYPE_SET_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_SET_PRIVATE_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_STARTING_PHASE1,
    CLUSCTL_RESOURCE_TYPE_STARTING_PHASE2,
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS,
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX,
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_INT,
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_DISKID,
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_DRIVELETTERS,
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_RESOURCEID,
    CLUSCTL_RESOURCE_TYPE_STORAGE_IS_CLUSTERABLE,
    CLUSCTL_RESOURCE_TYPE_STORAGE_IS_CSV_FILE,
    CLUSCTL_RESOURCE_TYPE_STORAGE_REMAP_DRIVELETTER,
    CLUSCTL_RESOURCE_TYPE_STORAGE_REMOVE_VM_OWNERSHIP,
    CLUSCTL_RESOURCE_TYPE_STORAGE_SYNC_CLUSDISK_DB,
    CLUSCTL_RESOURCE_TYPE_UNKNOWN,
    CLUSCTL_RESOURCE_TYPE_UPGRADE_COMPLETED,
    CLUSCTL_RESOURCE_TYPE_VALIDATE_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_VALIDATE_PRIVATE_PROPERTIES,
    CLUSCTL_RESOURCE_TYPE_WITNESS_VALIDATE_PATH,
);

/// `CLUSCTL_RESOURCE_CODES`.
const RESOURCE_CODES: Codes = sdk!(
    CLUSCTL_CLOUD_WITNESS_RESOURCE_UPDATE_KEY,
    CLUSCTL_CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN,
    CLUSCTL_RESOURCE_ADD_CRYPTO_CHECKPOINT,
    CLUSCTL_RESOURCE_ADD_CRYPTO_CHECKPOINT_EX,
    CLUSCTL_RESOURCE_ADD_DEPENDENCY,
    CLUSCTL_RESOURCE_ADD_OWNER,
    CLUSCTL_RESOURCE_ADD_REGISTRY_CHECKPOINT,
    CLUSCTL_RESOURCE_ADD_REGISTRY_CHECKPOINT_32BIT,
    CLUSCTL_RESOURCE_ADD_REGISTRY_CHECKPOINT_64BIT,
    CLUSCTL_RESOURCE_CHECK_DRAIN_VETO,
    CLUSCTL_RESOURCE_CLUSTER_NAME_CHANGED,
    CLUSCTL_RESOURCE_CLUSTER_VERSION_CHANGED,
    CLUSCTL_RESOURCE_DELETE,
    CLUSCTL_RESOURCE_DELETE_CRYPTO_CHECKPOINT,
    CLUSCTL_RESOURCE_DELETE_REGISTRY_CHECKPOINT,
    CLUSCTL_RESOURCE_DISABLE_SHARED_VOLUME_DIRECTIO,
    CLUSCTL_RESOURCE_ENABLE_SHARED_VOLUME_DIRECTIO,
    CLUSCTL_RESOURCE_ENUM_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES,
    CLUSCTL_RESOURCE_EVICT_NODE,
    CLUSCTL_RESOURCE_FORCE_QUORUM,
    CLUSCTL_RESOURCE_FSWITNESS_GET_EPOCH_INFO,
    CLUSCTL_RESOURCE_FSWITNESS_RELEASE_LOCK,
    CLUSCTL_RESOURCE_FSWITNESS_SET_EPOCH_INFO,
    CLUSCTL_RESOURCE_GET_CHARACTERISTICS,
    CLUSCTL_RESOURCE_GET_CLASS_INFO,
    CLUSCTL_RESOURCE_GET_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_GET_COMMON_PROPERTY_FMTS,
    CLUSCTL_RESOURCE_GET_CRYPTO_CHECKPOINTS,
    CLUSCTL_RESOURCE_GET_DNS_NAME,
    CLUSCTL_RESOURCE_GET_FAILURE_INFO,
    CLUSCTL_RESOURCE_GET_FLAGS,
    CLUSCTL_RESOURCE_GET_ID,
    CLUSCTL_RESOURCE_GET_INFRASTRUCTURE_SOFS_BUFFER,
    CLUSCTL_RESOURCE_GET_LOADBAL_PROCESS_LIST,
    CLUSCTL_RESOURCE_GET_NAME,
    CLUSCTL_RESOURCE_GET_NETWORK_NAME,
    CLUSCTL_RESOURCE_GET_NODES_IN_FD,
    CLUSCTL_RESOURCE_GET_OPERATION_CONTEXT,
    CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES,
    CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTY_FMTS,
    CLUSCTL_RESOURCE_GET_REGISTRY_CHECKPOINTS,
    CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES,
    CLUSCTL_RESOURCE_GET_RESOURCE_TYPE,
    CLUSCTL_RESOURCE_GET_RO_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES,
    CLUSCTL_RESOURCE_GET_STATE_CHANGE_TIME,
    CLUSCTL_RESOURCE_INITIALIZE,
    CLUSCTL_RESOURCE_INSTALL_NODE,
    CLUSCTL_RESOURCE_IPADDRESS_RELEASE_LEASE,
    CLUSCTL_RESOURCE_IPADDRESS_RENEW_LEASE,
    CLUSCTL_RESOURCE_IS_QUORUM_BLOCKED,
    CLUSCTL_RESOURCE_JOINING_GROUP,
    CLUSCTL_RESOURCE_LEAVING_GROUP,
    CLUSCTL_RESOURCE_NETNAME_CREDS_NOTIFYCAM,
    CLUSCTL_RESOURCE_NETNAME_DELETE_CO,
    CLUSCTL_RESOURCE_NETNAME_GET_VIRTUAL_SERVER_TOKEN,
    CLUSCTL_RESOURCE_NETNAME_REGISTER_DNS_RECORDS,
    CLUSCTL_RESOURCE_NETNAME_REPAIR_VCO,
    CLUSCTL_RESOURCE_NETNAME_RESET_VCO,
    CLUSCTL_RESOURCE_NETNAME_SET_PWD_INFO,
    CLUSCTL_RESOURCE_NETNAME_SET_PWD_INFOEX,
    CLUSCTL_RESOURCE_NETNAME_VALIDATE_VCO,
    CLUSCTL_RESOURCE_NOTIFY_DRAIN_COMPLETE,
    CLUSCTL_RESOURCE_NOTIFY_OWNER_CHANGE,
    CLUSCTL_RESOURCE_NOTIFY_QUORUM_STATUS,
    CLUSCTL_RESOURCE_POOL_GET_DRIVE_INFO,
    CLUSCTL_RESOURCE_PREPARE_UPGRADE,
    CLUSCTL_RESOURCE_PROVIDER_STATE_CHANGE,
    CLUSCTL_RESOURCE_QUERY_DELETE,
    CLUSCTL_RESOURCE_QUERY_MAINTENANCE_MODE,
    CLUSCTL_RESOURCE_REMOVE_DEPENDENCY,
    CLUSCTL_RESOURCE_REMOVE_OWNER,
    CLUSCTL_RESOURCE_RLUA_GET_VIRTUAL_SERVER_TOKEN,
    CLUSCTL_RESOURCE_RLUA_SET_PWD_INFO,
    CLUSCTL_RESOURCE_RLUA_SET_PWD_INFOEX,
    CLUSCTL_RESOURCE_RW_MODIFY_NOOP,
    CLUSCTL_RESOURCE_SCALEOUT_COMMAND,
    CLUSCTL_RESOURCE_SCALEOUT_CONTROL,
    CLUSCTL_RESOURCE_SCALEOUT_GET_CLUSTERS,
    CLUSCTL_RESOURCE_SET_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_SET_CSV_MAINTENANCE_MODE,
    CLUSCTL_RESOURCE_SET_INFRASTRUCTURE_SOFS_BUFFER,
    CLUSCTL_RESOURCE_SET_MAINTENANCE_MODE,
    CLUSCTL_RESOURCE_SET_NAME,
    CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES,
    CLUSCTL_RESOURCE_SET_SHARED_VOLUME_BACKUP_MODE,
    CLUSCTL_RESOURCE_STATE_CHANGE_REASON,
    CLUSCTL_RESOURCE_STORAGE_GET_DIRTY,
    CLUSCTL_RESOURCE_STORAGE_GET_DISKID,
    CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO,
    CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO_EX,
    CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO_EX2,
    CLUSCTL_RESOURCE_STORAGE_GET_DISK_NUMBER_INFO,
    CLUSCTL_RESOURCE_STORAGE_GET_MOUNTPOINTS,
    CLUSCTL_RESOURCE_STORAGE_GET_SHARED_VOLUME_INFO,
    CLUSCTL_RESOURCE_STORAGE_GET_SHARED_VOLUME_PARTITION_NAMES,
    CLUSCTL_RESOURCE_STORAGE_GET_SHARED_VOLUME_STATES,
    CLUSCTL_RESOURCE_STORAGE_IS_PATH_VALID,
    CLUSCTL_RESOURCE_STORAGE_IS_SHARED_VOLUME,
    CLUSCTL_RESOURCE_STORAGE_RENAME_SHARED_VOLUME,
    CLUSCTL_RESOURCE_STORAGE_RENAME_SHARED_VOLUME_GUID,
    CLUSCTL_RESOURCE_STORAGE_SET_DRIVELETTER,
    CLUSCTL_RESOURCE_UNDELETE,
    CLUSCTL_RESOURCE_UNKNOWN,
    CLUSCTL_RESOURCE_UPGRADE_COMPLETED,
    CLUSCTL_RESOURCE_UPGRADE_DLL,
    CLUSCTL_RESOURCE_VALIDATE_CHANGE_GROUP,
    CLUSCTL_RESOURCE_VALIDATE_COMMON_PROPERTIES,
    CLUSCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES,
);

/// `CLUSCTL_CLUSTER_CODES`.
const CLUSTER_CODES: Codes = sdk!(
    CLUSCTL_CLUSTER_BATCH_BLOCK_KEY,
    CLUSCTL_CLUSTER_BATCH_UNBLOCK_KEY,
    CLUSCTL_CLUSTER_CHECK_VOTER_DOWN,
    CLUSCTL_CLUSTER_CHECK_VOTER_DOWN_WITNESS,
    CLUSCTL_CLUSTER_CHECK_VOTER_EVICT,
    CLUSCTL_CLUSTER_CHECK_VOTER_EVICT_WITNESS,
    CLUSCTL_CLUSTER_CLEAR_NODE_CONNECTION_INFO,
    CLUSCTL_CLUSTER_ENUM_AFFINITY_RULE_NAMES,
    CLUSCTL_CLUSTER_ENUM_COMMON_PROPERTIES,
    CLUSCTL_CLUSTER_ENUM_PRIVATE_PROPERTIES,
    CLUSCTL_CLUSTER_FORCE_FLUSH_DB,
    CLUSCTL_CLUSTER_GET_CLMUSR_TOKEN,
    CLUSCTL_CLUSTER_GET_CLUSDB_TIMESTAMP,
    CLUSCTL_CLUSTER_GET_COMMON_PROPERTIES,
    CLUSCTL_CLUSTER_GET_COMMON_PROPERTY_FMTS,
    CLUSCTL_CLUSTER_GET_FQDN,
    CLUSCTL_CLUSTER_GET_GUM_LOCK_OWNER,
    CLUSCTL_CLUSTER_GET_NODES_IN_FD,
    CLUSCTL_CLUSTER_GET_PRIVATE_PROPERTIES,
    CLUSCTL_CLUSTER_GET_PRIVATE_PROPERTY_FMTS,
    CLUSCTL_CLUSTER_GET_RO_COMMON_PROPERTIES,
    CLUSCTL_CLUSTER_GET_RO_PRIVATE_PROPERTIES,
    CLUSCTL_CLUSTER_GET_SHARED_VOLUME_ID,
    CLUSCTL_CLUSTER_GET_STORAGE_CONFIGURATION,
    CLUSCTL_CLUSTER_GET_STORAGE_CONFIG_ATTRIBUTES,
    CLUSCTL_CLUSTER_RELOAD_AUTOLOGGER_CONFIG,
    CLUSCTL_CLUSTER_REMOVE_NODE,
    CLUSCTL_CLUSTER_SET_ACCOUNT_ACCESS,
    CLUSCTL_CLUSTER_SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES,
    CLUSCTL_CLUSTER_SET_CLUSTER_S2D_ENABLED,
    CLUSCTL_CLUSTER_SET_COMMON_PROPERTIES,
    CLUSCTL_CLUSTER_SET_DNS_DOMAIN,
    CLUSCTL_CLUSTER_SET_PRIVATE_PROPERTIES,
    CLUSCTL_CLUSTER_SET_STORAGE_CONFIGURATION,
    CLUSCTL_CLUSTER_SHUTDOWN,
    CLUSCTL_CLUSTER_STORAGE_RENAME_SHARED_VOLUME,
    CLUSCTL_CLUSTER_STORAGE_RENAME_SHARED_VOLUME_GUID,
    CLUSCTL_CLUSTER_UNKNOWN,
    CLUSCTL_CLUSTER_VALIDATE_COMMON_PROPERTIES,
    CLUSCTL_CLUSTER_VALIDATE_PRIVATE_PROPERTIES,
);

/// `CLUSCTL_GROUPSET_CODES`.
const GROUPSET_CODES: Codes = sdk!(
    CLUSCTL_GROUPSET_GET_COMMON_PROPERTIES,
    CLUSCTL_GROUPSET_GET_GROUPS,
    CLUSCTL_GROUPSET_GET_ID,
    CLUSCTL_GROUPSET_GET_PROVIDER_GROUPS,
    CLUSCTL_GROUPSET_GET_PROVIDER_GROUPSETS,
    CLUSCTL_GROUPSET_GET_RO_COMMON_PROPERTIES,
    CLUSCTL_GROUPSET_SET_COMMON_PROPERTIES,
    CLUSCTL_GROUP_GET_PROVIDER_GROUPS,
    CLUSCTL_GROUP_GET_PROVIDER_GROUPSETS,
);

/// `CLUSCTL_GROUP_CODES`.
const GROUP_CODES: Codes = sdk!(
    CLUSCTL_GROUP_ENUM_COMMON_PROPERTIES,
    CLUSCTL_GROUP_ENUM_PRIVATE_PROPERTIES,
    CLUSCTL_GROUP_GET_CHARACTERISTICS,
    CLUSCTL_GROUP_GET_COMMON_PROPERTIES,
    CLUSCTL_GROUP_GET_COMMON_PROPERTY_FMTS,
    CLUSCTL_GROUP_GET_FAILURE_INFO,
    CLUSCTL_GROUP_GET_FLAGS,
    CLUSCTL_GROUP_GET_ID,
    CLUSCTL_GROUP_GET_LAST_MOVE_TIME,
    CLUSCTL_GROUP_GET_NAME,
    CLUSCTL_GROUP_GET_PRIVATE_PROPERTIES,
    CLUSCTL_GROUP_GET_PRIVATE_PROPERTY_FMTS,
    CLUSCTL_GROUP_GET_RO_COMMON_PROPERTIES,
    CLUSCTL_GROUP_GET_RO_PRIVATE_PROPERTIES,
    CLUSCTL_GROUP_QUERY_DELETE,
    CLUSCTL_GROUP_SET_CCF_FROM_MASTER,
    CLUSCTL_GROUP_SET_COMMON_PROPERTIES,
    CLUSCTL_GROUP_SET_PRIVATE_PROPERTIES,
    CLUSCTL_GROUP_UNKNOWN,
    CLUSCTL_GROUP_VALIDATE_COMMON_PROPERTIES,
    CLUSCTL_GROUP_VALIDATE_PRIVATE_PROPERTIES,
);

/// `CLUSCTL_NETINTERFACE_CODES`.
const NETINTERFACE_CODES: Codes = sdk!(
    CLUSCTL_NETINTERFACE_ENUM_COMMON_PROPERTIES,
    CLUSCTL_NETINTERFACE_ENUM_PRIVATE_PROPERTIES,
    CLUSCTL_NETINTERFACE_GET_CHARACTERISTICS,
    CLUSCTL_NETINTERFACE_GET_COMMON_PROPERTIES,
    CLUSCTL_NETINTERFACE_GET_COMMON_PROPERTY_FMTS,
    CLUSCTL_NETINTERFACE_GET_FLAGS,
    CLUSCTL_NETINTERFACE_GET_ID,
    CLUSCTL_NETINTERFACE_GET_NAME,
    CLUSCTL_NETINTERFACE_GET_NETWORK,
    CLUSCTL_NETINTERFACE_GET_NODE,
    CLUSCTL_NETINTERFACE_GET_PRIVATE_PROPERTIES,
    CLUSCTL_NETINTERFACE_GET_PRIVATE_PROPERTY_FMTS,
    CLUSCTL_NETINTERFACE_GET_RO_COMMON_PROPERTIES,
    CLUSCTL_NETINTERFACE_GET_RO_PRIVATE_PROPERTIES,
    CLUSCTL_NETINTERFACE_SET_COMMON_PROPERTIES,
    CLUSCTL_NETINTERFACE_SET_PRIVATE_PROPERTIES,
    CLUSCTL_NETINTERFACE_UNKNOWN,
    CLUSCTL_NETINTERFACE_VALIDATE_COMMON_PROPERTIES,
    CLUSCTL_NETINTERFACE_VALIDATE_PRIVATE_PROPERTIES,
);

/// `CLUSCTL_NETWORK_CODES`.
const NETWORK_CODES: Codes = sdk!(
    CLUSCTL_NETWORK_ENUM_COMMON_PROPERTIES,
    CLUSCTL_NETWORK_ENUM_PRIVATE_PROPERTIES,
    CLUSCTL_NETWORK_GET_CHARACTERISTICS,
    CLUSCTL_NETWORK_GET_COMMON_PROPERTIES,
    CLUSCTL_NETWORK_GET_COMMON_PROPERTY_FMTS,
    CLUSCTL_NETWORK_GET_FLAGS,
    CLUSCTL_NETWORK_GET_ID,
    CLUSCTL_NETWORK_GET_NAME,
    CLUSCTL_NETWORK_GET_PRIVATE_PROPERTIES,
    CLUSCTL_NETWORK_GET_PRIVATE_PROPERTY_FMTS,
    CLUSCTL_NETWORK_GET_RO_COMMON_PROPERTIES,
    CLUSCTL_NETWORK_GET_RO_PRIVATE_PROPERTIES,
    CLUSCTL_NETWORK_SET_COMMON_PROPERTIES,
    CLUSCTL_NETWORK_SET_PRIVATE_PROPERTIES,
    CLUSCTL_NETWORK_UNKNOWN,
    CLUSCTL_NETWORK_VALIDATE_COMMON_PROPERTIES,
    CLUSCTL_NETWORK_VALIDATE_PRIVATE_PROPERTIES,
);

/// `CLUSCTL_NODE_CODES`.
const NODE_CODES: Codes = sdk!(
    CLUSCTL_NODE_BLOCK_GEM_SEND_RECV,
    CLUSCTL_NODE_ENUM_COMMON_PROPERTIES,
    CLUSCTL_NODE_ENUM_PRIVATE_PROPERTIES,
    CLUSCTL_NODE_GET_CHARACTERISTICS,
    CLUSCTL_NODE_GET_CLUSTER_SERVICE_ACCOUNT_NAME,
    CLUSCTL_NODE_GET_COMMON_PROPERTIES,
    CLUSCTL_NODE_GET_COMMON_PROPERTY_FMTS,
    CLUSCTL_NODE_GET_FLAGS,
    CLUSCTL_NODE_GET_GEMID_VECTOR,
    CLUSCTL_NODE_GET_ID,
    CLUSCTL_NODE_GET_NAME,
    CLUSCTL_NODE_GET_PRIVATE_PROPERTIES,
    CLUSCTL_NODE_GET_PRIVATE_PROPERTY_FMTS,
    CLUSCTL_NODE_GET_RO_COMMON_PROPERTIES,
    CLUSCTL_NODE_GET_RO_PRIVATE_PROPERTIES,
    CLUSCTL_NODE_GET_STUCK_NODES,
    CLUSCTL_NODE_INJECT_GEM_FAULT,
    CLUSCTL_NODE_INTRODUCE_GEM_REPAIR_DELAY,
    CLUSCTL_NODE_SEND_DUMMY_GEM_MESSAGES,
    CLUSCTL_NODE_SET_COMMON_PROPERTIES,
    CLUSCTL_NODE_SET_PRIVATE_PROPERTIES,
    CLUSCTL_NODE_UNKNOWN,
    CLUSCTL_NODE_VALIDATE_COMMON_PROPERTIES,
    CLUSCTL_NODE_VALIDATE_PRIVATE_PROPERTIES,
);

/// The object enums with the count the spec (17.3) gives each.
const OBJECT_ENUMS: &[(&str, Codes, usize)] = &[
    ("CLUSCTL_AFFINITYRULE_CODES", AFFINITYRULE_CODES, 5),
    ("CLUSCTL_RESOURCE_TYPE_CODES", RESOURCE_TYPE_CODES, 65),
    ("CLUSCTL_RESOURCE_CODES", RESOURCE_CODES, 110),
    ("CLUSCTL_CLUSTER_CODES", CLUSTER_CODES, 40),
    ("CLUSCTL_GROUPSET_CODES", GROUPSET_CODES, 9),
    ("CLUSCTL_GROUP_CODES", GROUP_CODES, 21),
    ("CLUSCTL_NETINTERFACE_CODES", NETINTERFACE_CODES, 19),
    ("CLUSCTL_NETWORK_CODES", NETWORK_CODES, 17),
    ("CLUSCTL_NODE_CODES", NODE_CODES, 24),
];

/// Every `CLUSCTL_*` code of the SDK, of all nine enums.
fn object_codes() -> Vec<(&'static str, u32)> {
    OBJECT_ENUMS
        .iter()
        .flat_map(|(_, codes, _)| codes.iter().copied())
        .collect()
}

#[test]
fn counts_are_192_and_310() {
    assert_eq!(CLCTL.len(), 192);
    for (ty, codes, count) in OBJECT_ENUMS {
        assert_eq!(codes.len(), *count, "{ty}");
    }
    assert_eq!(object_codes().len(), 310);
    assert_eq!(Clctl::ALL.len(), 192);
    assert_eq!(ControlCode::ALL.len(), 310);
    assert_eq!(CLCTL.len() + object_codes().len(), 502);
}

#[test]
fn every_clctl_code_by_name_and_by_value() {
    for &(name, value) in CLCTL {
        let Some(&(code, _)) = Clctl::ALL.iter().find(|(_, n)| *n == name) else {
            panic!("{name} is not in Clctl::ALL");
        };
        assert_eq!(code.0, value, "{name}");
        assert_eq!(code.name(), Some(name));
        assert_eq!(code.to_string(), name);
        let short = name.strip_prefix("CLCTL_").unwrap();
        for text in [
            name,
            short,
            &name.to_ascii_lowercase(),
            &value.to_string(),
            &format!("{value:#x}"),
        ] {
            assert_eq!(text.parse::<Clctl>(), Ok(code), "{text}");
        }
        // The parts, as CLCTL_EXTERNAL_CODE / CLCTL_INTERNAL_CODE build them: no object, user or
        // global bit in any generic code.
        let on_none = ControlCode::new(Object::INVALID, code);
        assert_eq!(on_none.0, value);
        assert!(!on_none.is_user() && !on_none.is_global(), "{name}");
    }
    for &(code, name) in Clctl::ALL {
        assert!(
            CLCTL.contains(&(name, code.0)),
            "{name} = {:#x} is not the SDK's",
            code.0
        );
    }
}

#[test]
fn every_object_code_by_name_and_by_value() {
    let sdk = object_codes();
    for &(name, value) in &sdk {
        let Some(&(code, _)) = ControlCode::ALL.iter().find(|(_, n)| *n == name) else {
            panic!("{name} is not in ControlCode::ALL");
        };
        assert_eq!(code.0, value, "{name}");
        let short = name.strip_prefix("CLUSCTL_").unwrap();
        for text in [
            name,
            short,
            &name.to_ascii_lowercase(),
            &value.to_string(),
            &format!("{value:#010X}"),
        ] {
            assert_eq!(text.parse::<ControlCode>(), Ok(code), "{text}");
        }
        // A value with two or three SDK names displays as the first declared; every other value
        // as its own name.
        let first = ControlCode::ALL
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, n)| *n);
        assert_eq!(code.name(), first);
        assert_eq!(code.to_string(), first.unwrap());
        let aliases = sdk.iter().filter(|(_, v)| *v == value).count();
        if aliases == 1 {
            assert_eq!(code.name(), Some(name));
        }
        // The generic code it is built from is named, and the object is the one in its bits.
        assert!(code.clctl().name().is_some(), "{name}");
        assert_eq!(ControlCode::new(code.object(), code.clctl()), code);
    }
    for &(code, name) in ControlCode::ALL {
        assert!(
            sdk.contains(&(name, code.0)),
            "{name} = {:#x} is not the SDK's",
            code.0
        );
    }
}

#[test]
fn the_aliases_are_the_sdks() {
    let mut values: Vec<u32> = ControlCode::ALL.iter().map(|(c, _)| c.0).collect();
    values.sort_unstable();
    values.dedup();
    // GEN_APP / GEN_SCRIPT / WITNESS_VALIDATE_PATH share one value, and each NETNAME_ code of
    // the virtual server token and the password its RLUA_ twin.
    assert_eq!(values.len(), 310 - 5);
    assert_eq!(
        ControlCode::RESOURCE_TYPE_WITNESS_VALIDATE_PATH.to_string(),
        "CLUSCTL_RESOURCE_TYPE_GEN_APP_VALIDATE_PATH"
    );
    // clusapi.h builds CLUSCTL_RESOURCE_TYPE_STORAGE_IS_CSV_FILE on the resource object.
    assert_eq!(
        ControlCode::RESOURCE_TYPE_STORAGE_IS_CSV_FILE.object(),
        Object::RESOURCE
    );
    assert_eq!(
        ControlCode::RESOURCE_TYPE_STORAGE_IS_CSV_FILE.clctl(),
        Clctl::STORAGE_IS_CSV_FILE
    );
}

/// The `pub const` names of a code type in the SDK source (`CLCTL_CODES`, `CLUSCTL_*_CODES`).
fn sdk_source_code_names() -> Vec<String> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cargo")))
        .expect("CARGO_HOME or HOME");
    let registry = home.join("registry").join("src");
    let mut sources = Vec::new();
    for index in std::fs::read_dir(&registry).expect("the cargo registry") {
        let index = index.unwrap().path();
        for krate in std::fs::read_dir(&index).into_iter().flatten() {
            let krate = krate.unwrap().path();
            let dir = krate.file_name().unwrap().to_string_lossy().into_owned();
            if dir.starts_with("windows-sys-0.61.") {
                let file = krate.join("src/Windows/Win32/Networking/Clustering/mod.rs");
                if file.is_file() {
                    sources.push(file);
                }
            }
        }
    }
    let source = sources
        .last()
        .expect("the windows-sys 0.61 source in the cargo registry");
    let text = std::fs::read_to_string(source).unwrap();
    text.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("pub const ")?;
            let (name, rest) = rest.split_once(": ")?;
            let ty = rest.split(' ').next()?;
            let code_type =
                ty == "CLCTL_CODES" || (ty.starts_with("CLUSCTL_") && ty.ends_with("_CODES"));
            (code_type && (name.starts_with("CLCTL_") || name.starts_with("CLUSCTL_")))
                .then(|| name.to_owned())
        })
        .collect()
}

#[test]
fn the_sdk_source_declares_no_other_code() {
    let names = sdk_source_code_names();
    assert_eq!(names.len(), 502);
    for name in &names {
        let known = Clctl::ALL.iter().any(|(_, n)| n == name)
            || ControlCode::ALL.iter().any(|(_, n)| n == name);
        assert!(known, "{name} is in windows-sys but not in the crate");
    }
}

#[test]
fn every_named_code_has_an_output_kind_and_decodes_by_it() {
    let dword = [7, 0, 0, 0];
    let string = [b'x', 0, 0, 0];
    let strings = [b'x', 0, 0, 0, 0, 0];
    let list = [0, 0, 0, 0];
    let value_list = [0, 0, 0, 0];
    let two_value_lists = [0; 8];
    let class = [2, 0, 0, 0, 0, 0, 0, 0x80];
    for &(code, name) in ControlCode::ALL {
        let kind = code.output_kind().unwrap_or_else(|| panic!("{name}"));
        assert_eq!(kind, code.clctl().output_kind());
        assert!(code.input_kind().is_some(), "{name}");
        let out = match kind {
            OutputKind::Nothing => code.decode_output(&[]),
            OutputKind::Dword => code.decode_output(&dword),
            OutputKind::String => code.decode_output(&string),
            OutputKind::Strings => code.decode_output(&strings),
            OutputKind::PropertyList => code.decode_output(&list),
            OutputKind::ValueList => code.decode_output(&value_list),
            OutputKind::ValueLists => code.decode_output(&two_value_lists),
            OutputKind::ClassInfo => code.decode_output(&class),
            OutputKind::FileTime => code.decode_output(&[7, 0, 0, 0, 0, 0, 0, 0]),
            OutputKind::MaintenanceMode => code.decode_output(&dword),
            OutputKind::Undocumented => code.decode_output(&[1, 2, 3]),
            _ => panic!("{name}: {kind:?}"),
        };
        let out = out.unwrap_or_else(|e| panic!("{name}: {e}"));
        let matches = match (kind, out) {
            (OutputKind::Nothing, ControlOutput::Nothing) => true,
            (OutputKind::Dword, ControlOutput::Dword(7)) => true,
            (OutputKind::String, ControlOutput::String(s)) => s == "x",
            (OutputKind::Strings, ControlOutput::Strings(m)) => m.into_iter().count() == 1,
            (OutputKind::PropertyList, ControlOutput::PropertyList(l)) => l.is_empty(),
            (OutputKind::ValueList, ControlOutput::ValueList(l)) => l.values().count() == 0,
            (OutputKind::ValueLists, ControlOutput::ValueLists(l)) => l.len() == 2,
            (OutputKind::ClassInfo, ControlOutput::ClassInfo(info)) => {
                (info.class.0, info.subclass.0) == (2, 0x8000_0000)
            }
            (OutputKind::FileTime, ControlOutput::FileTime(t)) => t.0 == 7,
            (OutputKind::MaintenanceMode, ControlOutput::MaintenanceMode(m)) => {
                m.in_maintenance == 7 && m.extended.is_none()
            }
            (OutputKind::Undocumented, ControlOutput::Bytes(b)) => b == [1, 2, 3],
            _ => false,
        };
        assert!(matches, "{name}: {kind:?} decoded as {out:?}");
    }
}

#[test]
fn output_kinds_of_the_documented_codes() {
    use OutputKind::*;
    for (code, kind) in [
        (ControlCode::RESOURCE_GET_CLASS_INFO, ClassInfo),
        (ControlCode::RESOURCE_TYPE_GET_CLASS_INFO, ClassInfo),
        (ControlCode::RESOURCE_GET_REQUIRED_DEPENDENCIES, ValueList),
        (
            ControlCode::RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES,
            ValueList,
        ),
        (ControlCode::RESOURCE_STORAGE_GET_DISK_INFO, ValueList),
        (ControlCode::RESOURCE_STORAGE_GET_DISK_INFO_EX, ValueList),
        (ControlCode::RESOURCE_STORAGE_GET_DISK_INFO_EX2, ValueList),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS,
            ValueLists,
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX,
            ValueLists,
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_INT,
            ValueLists,
        ),
        (ControlCode::RESOURCE_TYPE_GET_ARB_TIMEOUT, Dword),
        (ControlCode::RESOURCE_GET_RESOURCE_TYPE, String),
        (ControlCode::CLUSTER_GET_FQDN, String),
        (ControlCode::NODE_GET_NAME, String),
        (ControlCode::GROUP_GET_ID, String),
        (ControlCode::RESOURCE_GET_REGISTRY_CHECKPOINTS, Strings),
        (
            ControlCode::RESOURCE_TYPE_GET_COMMON_RESOURCE_PROPERTY_FMTS,
            PropertyList,
        ),
        (ControlCode::GROUPSET_GET_COMMON_PROPERTIES, PropertyList),
        (ControlCode::AFFINITYRULE_SET_COMMON_PROPERTIES, Nothing),
        (ControlCode::CLUSTER_GET_CLUSDB_TIMESTAMP, Undocumented),
    ] {
        assert_eq!(code.output_kind(), Some(kind), "{code}");
    }
    assert_eq!(
        ControlCode::RESOURCE_ADD_REGISTRY_CHECKPOINT.input_kind(),
        Some(InputKind::String)
    );
    assert_eq!(
        ControlCode::GROUP_SET_COMMON_PROPERTIES.input_kind(),
        Some(InputKind::PropertyList)
    );
    assert_eq!(
        ControlCode::NODE_GET_ID.input_kind(),
        Some(InputKind::Nothing)
    );
    assert_eq!(Clctl::GET_CLASS_INFO.ms_cmrp_section(), Some("3.1.4.3.1.4"));
}

#[test]
fn class_info_is_eight_bytes() {
    let code = ControlCode::RESOURCE_GET_CLASS_INFO;
    for len in [0usize, 4, 7, 9, 16] {
        assert_eq!(
            code.decode_output(&vec![0; len]).unwrap_err(),
            OutputError::WrongLength {
                code,
                expected: 8,
                found: len
            },
            "{len}"
        );
    }
}

/// A sample of the codes typed from MS-CMRP 3.1.4.3 and the mscs pages: each decodes a buffer of
/// its shape to its variant and refuses one of the wrong shape.
#[test]
fn newly_typed_codes_decode_their_shape_and_refuse_others() {
    use OutputKind::*;
    let dword = [1u8, 0, 0, 0];
    let string = [b'x', 0, 0, 0];
    let filetime = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let value_list = [0u8, 0, 0, 0];
    let strings = [b'x', 0, 0, 0, 0, 0];
    let cases: &[(ControlCode, OutputKind, &str)] = &[
        (
            ControlCode::RESOURCE_ADD_CRYPTO_CHECKPOINT,
            Nothing,
            "3.1.4.3.1.24",
        ),
        (
            ControlCode::RESOURCE_NETNAME_DELETE_CO,
            Nothing,
            "3.1.4.3.1.34",
        ),
        (
            ControlCode::RESOURCE_NETNAME_VALIDATE_VCO,
            Nothing,
            "3.1.4.3.1.35",
        ),
        (
            ControlCode::RESOURCE_NETNAME_RESET_VCO,
            Nothing,
            "3.1.4.3.1.36",
        ),
        (
            ControlCode::RESOURCE_SET_MAINTENANCE_MODE,
            Nothing,
            "3.1.4.3.1.43",
        ),
        (
            ControlCode::RESOURCE_STORAGE_GET_SHARED_VOLUME_INFO,
            ValueList,
            "3.1.4.3.1.48",
        ),
        (
            ControlCode::RESOURCE_GET_STATE_CHANGE_TIME,
            FileTime,
            "3.1.4.3.1.60",
        ),
        (
            ControlCode::RESOURCE_TYPE_GEN_SCRIPT_VALIDATE_PATH,
            Nothing,
            "3.1.4.3.2.23",
        ),
        (
            ControlCode::RESOURCE_STORAGE_IS_PATH_VALID,
            Nothing,
            "mscs clusctl-resource-storage-is-path-valid",
        ),
        (
            ControlCode::RESOURCE_TYPE_NETNAME_VALIDATE_NETNAME,
            Nothing,
            "3.1.4.3.2.22",
        ),
        (
            ControlCode::RESOURCE_TYPE_GEN_APP_VALIDATE_PATH,
            Nothing,
            "3.1.4.3.2.23",
        ),
        (
            ControlCode::RESOURCE_TYPE_WITNESS_VALIDATE_PATH,
            Nothing,
            "3.1.4.3.2.23",
        ),
        (ControlCode::CLUSTER_CHECK_VOTER_EVICT, Dword, "3.1.4.3.7.3"),
        (ControlCode::CLUSTER_CHECK_VOTER_DOWN, Dword, "3.1.4.3.7.4"),
        (ControlCode::CLUSTER_SHUTDOWN, Nothing, "3.1.4.3.7.5"),
        (
            ControlCode::CLUSTER_GET_SHARED_VOLUME_ID,
            String,
            "3.1.4.3.7.17",
        ),
        (
            ControlCode::RESOURCE_DELETE,
            Nothing,
            "mscs clusctl-resource-delete",
        ),
        (
            ControlCode::RESOURCE_ADD_DEPENDENCY,
            Nothing,
            "mscs clusctl-resource-add-dependency",
        ),
        (
            ControlCode::RESOURCE_REMOVE_DEPENDENCY,
            Nothing,
            "mscs clusctl-resource-remove-dependency",
        ),
        (
            ControlCode::RESOURCE_REMOVE_OWNER,
            Nothing,
            "mscs clusctl-resource-remove-owner",
        ),
        (
            ControlCode::RESOURCE_FORCE_QUORUM,
            Nothing,
            "mscs clusctl-resource-force-quorum",
        ),
        (
            ControlCode::RESOURCE_NOTIFY_QUORUM_STATUS,
            Nothing,
            "mscs clusctl-resource-notify-quorum-status",
        ),
        (
            ControlCode::RESOURCE_GET_NETWORK_NAME,
            String,
            "3.1.4.3.1.30",
        ),
        (ControlCode::RESOURCE_GET_DNS_NAME, String, "3.1.4.3.1.32"),
        (
            ControlCode::RESOURCE_DELETE_CRYPTO_CHECKPOINT,
            Nothing,
            "3.1.4.3.1.25",
        ),
        (
            ControlCode::RESOURCE_GET_CRYPTO_CHECKPOINTS,
            Strings,
            "3.1.4.3.1.26",
        ),
        (
            ControlCode::RESOURCE_TYPE_GET_CRYPTO_CHECKPOINTS,
            Strings,
            "3.1.4.3.1.26",
        ),
        (
            ControlCode::RESOURCE_NETNAME_REGISTER_DNS_RECORDS,
            Nothing,
            "3.1.4.3.1.31",
        ),
        (
            ControlCode::RESOURCE_IPADDRESS_RENEW_LEASE,
            Nothing,
            "3.1.4.3.1.40",
        ),
        (
            ControlCode::RESOURCE_IPADDRESS_RELEASE_LEASE,
            Nothing,
            "3.1.4.3.1.41",
        ),
        (
            ControlCode::RESOURCE_STORAGE_GET_MOUNTPOINTS,
            Strings,
            "3.1.4.3.1.47",
        ),
        (
            ControlCode::RESOURCE_TYPE_GEN_APP_VALIDATE_DIRECTORY,
            Nothing,
            "3.1.4.3.2.24",
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_GET_DRIVELETTERS,
            Dword,
            "3.1.4.3.2.25",
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_IS_CSV_FILE,
            Nothing,
            "3.1.4.3.2.31",
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_GET_RESOURCEID,
            String,
            "mscs clusctl-resource-type-storage-get-resourceid",
        ),
        (
            ControlCode::RESOURCE_UPGRADE_DLL,
            Nothing,
            "mscs clusctl-resource-upgrade-dll",
        ),
        (
            ControlCode::RESOURCE_CLUSTER_NAME_CHANGED,
            Nothing,
            "mscs clusctl-resource-cluster-name-changed",
        ),
        (
            ControlCode::RESOURCE_INSTALL_NODE,
            Nothing,
            "mscs clusctl-resource-install-node",
        ),
        (
            ControlCode::RESOURCE_TYPE_INSTALL_NODE,
            Nothing,
            "mscs clusctl-resource-install-node",
        ),
        (
            ControlCode::RESOURCE_EVICT_NODE,
            Nothing,
            "mscs clusctl-resource-evict-node",
        ),
        (
            ControlCode::RESOURCE_TYPE_EVICT_NODE,
            Nothing,
            "mscs clusctl-resource-evict-node",
        ),
        (
            ControlCode::RESOURCE_ADD_OWNER,
            Nothing,
            "mscs clusctl-resource-add-owner",
        ),
        (
            ControlCode::RESOURCE_SET_NAME,
            Nothing,
            "mscs clusctl-resource-set-name",
        ),
        (
            ControlCode::RESOURCE_CLUSTER_VERSION_CHANGED,
            Nothing,
            "mscs clusctl-resource-cluster-version-changed",
        ),
        (
            ControlCode::RESOURCE_TYPE_CLUSTER_VERSION_CHANGED,
            Nothing,
            "mscs clusctl-resource-cluster-version-changed",
        ),
        (
            ControlCode::RESOURCE_TYPE_FIXUP_ON_UPGRADE,
            Nothing,
            "mscs clusctl-resource-type-fixup-on-upgrade",
        ),
        (
            ControlCode::RESOURCE_TYPE_STARTING_PHASE1,
            Nothing,
            "mscs clusctl-resource-type-starting-phase1",
        ),
        (
            ControlCode::RESOURCE_TYPE_STARTING_PHASE2,
            Nothing,
            "mscs clusctl-resource-type-starting-phase2",
        ),
        (
            ControlCode::RESOURCE_NOTIFY_OWNER_CHANGE,
            Nothing,
            "mscs clusctl-resource-notify-owner-change",
        ),
        (
            ControlCode::RESOURCE_PREPARE_UPGRADE,
            Nothing,
            "mscs clusctl-resource-prepare-upgrade",
        ),
        (
            ControlCode::RESOURCE_TYPE_PREPARE_UPGRADE,
            Nothing,
            "mscs clusctl-resource-prepare-upgrade",
        ),
        (
            ControlCode::RESOURCE_UPGRADE_COMPLETED,
            Nothing,
            "mscs clusctl-resource-upgrade-completed",
        ),
        (
            ControlCode::NODE_GET_CLUSTER_SERVICE_ACCOUNT_NAME,
            String,
            "3.1.4.3.4.6",
        ),
        (
            ControlCode::RESOURCE_NETNAME_SET_PWD_INFO,
            Nothing,
            "3.1.4.3.1.33",
        ),
        (
            ControlCode::RESOURCE_RLUA_SET_PWD_INFO,
            Nothing,
            "3.1.4.3.1.33",
        ),
        (
            ControlCode::RESOURCE_STORAGE_SET_DRIVELETTER,
            Nothing,
            "3.1.4.3.1.44",
        ),
        (
            ControlCode::RESOURCE_SET_SHARED_VOLUME_BACKUP_MODE,
            Nothing,
            "3.1.4.3.1.54",
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_REMAP_DRIVELETTER,
            Nothing,
            "3.1.4.3.2.27",
        ),
        (
            ControlCode::RESOURCE_SET_CSV_MAINTENANCE_MODE,
            Nothing,
            "mscs clusctl-resource-set-csv-maintenance-mode",
        ),
        (
            ControlCode::RESOURCE_TYPE_UPGRADE_COMPLETED,
            Nothing,
            "mscs clusctl-resource-upgrade-completed",
        ),
    ];
    assert!(cases.len() >= 50);
    for &(code, kind, section) in cases {
        assert_eq!(code.output_kind(), Some(kind), "{code}");
        assert_eq!(code.clctl().ms_cmrp_section(), Some(section), "{code}");
        let (good, bad): (&[u8], &[u8]) = match kind {
            Nothing => (&[], &[0, 0, 0, 0]),
            Dword => (&dword, &[1, 0, 0]),
            String => (&string, &[b'x', 0]),
            FileTime => (&filetime, &[1, 2, 3, 4]),
            ValueList => (&value_list, &[1, 2]),
            Strings => (&strings, &[b'x', 0, 0]),
            _ => panic!("{code}: {kind:?}"),
        };
        let out = code
            .decode_output(good)
            .unwrap_or_else(|e| panic!("{code}: {e}"));
        let right = match (kind, out) {
            (Nothing, ControlOutput::Nothing) => true,
            (Dword, ControlOutput::Dword(1)) => true,
            (String, ControlOutput::String(s)) => s == "x",
            (FileTime, ControlOutput::FileTime(t)) => t.0 == 0x0807_0605_0403_0201,
            (ValueList, ControlOutput::ValueList(l)) => l.values().count() == 0,
            (Strings, ControlOutput::Strings(m)) => m.into_iter().count() == 1,
            _ => false,
        };
        assert!(right, "{code}: {kind:?} decoded as {out:?}");
        let err = code.decode_output(bad).unwrap_err();
        let expected = match kind {
            Nothing => matches!(err, OutputError::UnexpectedOutput { length: 4, .. }),
            Dword => matches!(
                err,
                OutputError::WrongLength {
                    expected: 4,
                    found: 3,
                    ..
                }
            ),
            FileTime => matches!(
                err,
                OutputError::WrongLength {
                    expected: 8,
                    found: 4,
                    ..
                }
            ),
            String | Strings | ValueList => matches!(err, OutputError::Parse { .. }),
            _ => false,
        };
        assert!(expected, "{code}: {err:?}");
    }
}

/// The inputs the new rows document.
#[test]
fn newly_typed_codes_inputs() {
    for (code, kind) in [
        (ControlCode::CLUSTER_CHECK_VOTER_EVICT, InputKind::String),
        (ControlCode::CLUSTER_GET_SHARED_VOLUME_ID, InputKind::String),
        (
            ControlCode::RESOURCE_NETNAME_VALIDATE_VCO,
            InputKind::String,
        ),
        (
            ControlCode::RESOURCE_STORAGE_IS_PATH_VALID,
            InputKind::String,
        ),
        (ControlCode::CLUSTER_SHUTDOWN, InputKind::Nothing),
        (
            ControlCode::RESOURCE_GET_STATE_CHANGE_TIME,
            InputKind::Nothing,
        ),
        (ControlCode::RESOURCE_DELETE, InputKind::Nothing),
        (
            ControlCode::RESOURCE_SET_MAINTENANCE_MODE,
            InputKind::Undocumented,
        ),
        (
            ControlCode::RESOURCE_TYPE_WITNESS_VALIDATE_PATH,
            InputKind::Undocumented,
        ),
        (
            ControlCode::RESOURCE_ADD_DEPENDENCY,
            InputKind::Undocumented,
        ),
        (
            ControlCode::RESOURCE_DELETE_CRYPTO_CHECKPOINT,
            InputKind::String,
        ),
        (
            ControlCode::RESOURCE_GET_CRYPTO_CHECKPOINTS,
            InputKind::Nothing,
        ),
        (
            ControlCode::RESOURCE_NETNAME_REGISTER_DNS_RECORDS,
            InputKind::Nothing,
        ),
        (
            ControlCode::RESOURCE_IPADDRESS_RENEW_LEASE,
            InputKind::Nothing,
        ),
        (
            ControlCode::RESOURCE_IPADDRESS_RELEASE_LEASE,
            InputKind::Nothing,
        ),
        (
            ControlCode::RESOURCE_STORAGE_GET_MOUNTPOINTS,
            InputKind::Undocumented,
        ),
        (
            ControlCode::RESOURCE_TYPE_GEN_APP_VALIDATE_DIRECTORY,
            InputKind::String,
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_GET_DRIVELETTERS,
            InputKind::Undocumented,
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_IS_CSV_FILE,
            InputKind::String,
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_GET_RESOURCEID,
            InputKind::String,
        ),
        (ControlCode::RESOURCE_UPGRADE_DLL, InputKind::String),
        (
            ControlCode::NODE_GET_CLUSTER_SERVICE_ACCOUNT_NAME,
            InputKind::Nothing,
        ),
        (
            ControlCode::RESOURCE_STORAGE_SET_DRIVELETTER,
            InputKind::Undocumented,
        ),
        (
            ControlCode::RESOURCE_CLUSTER_NAME_CHANGED,
            InputKind::Nothing,
        ),
        (ControlCode::RESOURCE_INSTALL_NODE, InputKind::Undocumented),
        (
            ControlCode::RESOURCE_TYPE_EVICT_NODE,
            InputKind::Undocumented,
        ),
        (ControlCode::RESOURCE_SET_NAME, InputKind::Undocumented),
    ] {
        assert_eq!(code.input_kind(), Some(kind), "{code}");
    }
}

/// How many codes have a documented output: counted so that it cannot silently regress.
#[test]
fn count_of_codes_with_a_documented_output() {
    let generic = Clctl::ALL
        .iter()
        .filter(|(c, _)| c.output_kind() != OutputKind::Undocumented)
        .count();
    assert_eq!(generic, 115);
    assert_eq!(clusprop::control::KINDS.len(), 115);
    let objects = ControlCode::ALL
        .iter()
        .filter(|(c, _)| c.output_kind() != Some(OutputKind::Undocumented))
        .count();
    assert_eq!(objects, 228, "object codes with a documented output");
    let filetime = ControlCode::ALL
        .iter()
        .filter(|(c, _)| c.output_kind() == Some(OutputKind::FileTime))
        .count();
    assert_eq!(filetime, 1);
}

/// STORAGE_GET_AVAILABLE_DISKS returns one value list per disk, one after another (MS-CMRP
/// 3.1.4.3.2.21); an error in the second names its offset in the whole buffer.
#[test]
fn available_disks_are_value_lists_one_after_another() {
    use clusprop::read::ValueLists;
    use clusprop::{Mode, ParseError, ValueListBuilder};

    let first = ValueListBuilder::new()
        .disk_signature(0x1111)
        .disk_number(1)
        .finish()
        .unwrap();
    let second = ValueListBuilder::new()
        .disk_signature(0x2222)
        .disk_size(1 << 30)
        .finish()
        .unwrap();
    let both = [first.clone(), second.clone()].concat();
    for code in [
        ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS,
        ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX,
    ] {
        let ControlOutput::ValueLists(disks) = code.decode_output(&both).unwrap() else {
            panic!("{code}")
        };
        let signatures: Vec<u32> = disks
            .iter()
            .map(|d| d.values().next().unwrap().as_u32().unwrap())
            .collect();
        assert_eq!(signatures, [0x1111, 0x2222]);
        assert_eq!(disks.iter().nth(1).unwrap().offset(), first.len());
        // No disk: no list.
        let ControlOutput::ValueLists(none) = code.decode_output(&[]).unwrap() else {
            panic!()
        };
        assert!(none.is_empty());
    }
    // The second list cut before its end mark: the error is at the whole buffer's end.
    let cut = &both[..both.len() - 4];
    let err = ValueLists::parse_with(cut, Mode::Strict).unwrap_err();
    assert_eq!(err.offset(), cut.len(), "{err}");
    assert!(matches!(err, ParseError::Truncated { .. }), "{err:?}");
}

/// QUERY_MAINTENANCE_MODE returns `CLUS_MAINTENANCE_MODE_INFO` or `…_INFOEX` by size (MS-CMRP
/// 3.1.4.3.1.42); the sizes and the enumeration come from the SDK.
#[test]
fn maintenance_mode_structures() {
    use clusprop::control::{ControlOutput, MaintenanceModeInfo, MaintenanceModeType};
    use windows_sys::Win32::Networking::Clustering as sdk;

    assert_eq!(
        MaintenanceModeInfo::SIZE,
        core::mem::size_of::<sdk::CLUS_MAINTENANCE_MODE_INFO>()
    );
    assert_eq!(
        MaintenanceModeInfo::SIZE_EX,
        core::mem::size_of::<sdk::CLUS_MAINTENANCE_MODE_INFOEX>()
    );
    for (value, name) in [
        (
            sdk::MaintenanceModeTypeDisableIsAliveCheck,
            "MaintenanceModeTypeDisableIsAliveCheck",
        ),
        (
            sdk::MaintenanceModeTypeOfflineResource,
            "MaintenanceModeTypeOfflineResource",
        ),
        (
            sdk::MaintenanceModeTypeUnclusterResource,
            "MaintenanceModeTypeUnclusterResource",
        ),
    ] {
        let value = u32::try_from(value).unwrap();
        assert_eq!(MaintenanceModeType(value).name(), Some(name));
        assert_eq!(name.parse::<MaintenanceModeType>().unwrap().0, value);
    }
    assert_eq!(MaintenanceModeType::ALL.len(), 3);

    let code = ControlCode::RESOURCE_QUERY_MAINTENANCE_MODE;
    assert_eq!(code.0, sdk::CLUSCTL_RESOURCE_QUERY_MAINTENANCE_MODE as u32);
    assert_eq!(code.output_kind(), Some(OutputKind::MaintenanceMode));
    assert_eq!(code.input_kind(), Some(InputKind::Nothing));
    let ControlOutput::MaintenanceMode(basic) = code.decode_output(&[0, 0, 0, 0]).unwrap() else {
        panic!("not a maintenance mode");
    };
    assert!(!basic.is_in_maintenance() && basic.extended.is_none());
    // InMaintenance 1, OfflineResource, ClusterResourceStateUnknown (-1), the signature.
    let mut ex = Vec::new();
    for field in [1u32, 2, u32::MAX, 0xABBA_F00F] {
        ex.extend_from_slice(&field.to_le_bytes());
    }
    let ControlOutput::MaintenanceMode(info) = code.decode_output(&ex).unwrap() else {
        panic!("not a maintenance mode");
    };
    let fields = info.extended.unwrap();
    assert_eq!(fields.mode_type, MaintenanceModeType::OFFLINE_RESOURCE);
    assert_eq!(
        fields.internal_state,
        sdk::ClusterResourceStateUnknown,
        "a CLUSTER_RESOURCE_STATE"
    );
    assert!(fields.has_signature());
    assert_eq!(info.to_bytes(), ex);
    // Every other size is the wrong length, at offset 0.
    for len in (0..=20).filter(|n| *n != 4 && *n != 16) {
        assert_eq!(
            code.decode_output(&vec![0; len]).unwrap_err(),
            clusprop::control::OutputError::WrongLength {
                code,
                expected: 16,
                found: len
            }
        );
    }
}

/// Kinds taken from the `mscs` reference pages for codes MS-CMRP leaves out.
#[test]
fn output_kinds_from_the_reference_pages() {
    use OutputKind::*;
    for (code, input, output) in [
        (
            ControlCode::RESOURCE_ENABLE_SHARED_VOLUME_DIRECTIO,
            InputKind::String,
            String,
        ),
        (
            ControlCode::RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_LOGDISKS,
            InputKind::Undocumented,
            ValueList,
        ),
        (
            ControlCode::CLUSTER_GET_STORAGE_CONFIGURATION,
            InputKind::Nothing,
            PropertyList,
        ),
        (
            ControlCode::CLUSTER_SET_ACCOUNT_ACCESS,
            InputKind::PropertyList,
            Nothing,
        ),
        (
            ControlCode::RESOURCE_INITIALIZE,
            InputKind::Nothing,
            Nothing,
        ),
        (
            ControlCode::RESOURCE_JOINING_GROUP,
            InputKind::String,
            Nothing,
        ),
    ] {
        assert_eq!(code.output_kind(), Some(output), "{code}");
        assert_eq!(code.input_kind(), Some(input), "{code}");
        assert!(code
            .clctl()
            .ms_cmrp_section()
            .is_some_and(|s| s.starts_with("mscs ")));
    }
    // Still undocumented: the structures nobody models here, and the codes the sources disagree on.
    for code in [
        ControlCode::RESOURCE_STORAGE_GET_DIRTY,
        ControlCode::RESOURCE_STORAGE_GET_DISK_NUMBER_INFO,
        ControlCode::GROUP_GET_LAST_MOVE_TIME,
        ControlCode::CLUSTER_GET_GUM_LOCK_OWNER,
        ControlCode::GROUPSET_GET_GROUPS,
        ControlCode::AFFINITYRULE_GET_GROUPNAMES,
    ] {
        assert_eq!(code.output_kind(), Some(Undocumented), "{code}");
    }
}
