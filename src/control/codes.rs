//! The tables: every generic `CLCTL_*` code by its parts, and every `CLUSCTL_*` code as an object
//! and the generic code it is built from. Names and parts only; `tests/control_codes.rs` checks
//! every value against the Windows SDK (`windows-sys`).

use super::{Access, Object, UnknownControlName, FUNCTION_SHIFT, INTERNAL_MASK, MODIFY_MASK};

/// `CLCTL_EXTERNAL_CODE(function, access, modify)`.
const fn external(function: u32, access: Access, modify: bool) -> u32 {
    (access.0 as u32) | (function << FUNCTION_SHIFT) | if modify { MODIFY_MASK } else { 0 }
}

/// `CLCTL_INTERNAL_CODE(function, access, modify)`: the external code with the internal bit.
const fn internal(function: u32, access: Access, modify: bool) -> u32 {
    external(function, access, modify) | INTERNAL_MASK
}

/// Declares the `CLUSCTL_<OBJECT>_*` codes, each a generic code on an object
/// (`CLUSCTL_<OBJECT>_CODE(CLCTL_…)`). Most names are `CLUSCTL_` + object + the `CLCTL_` name
/// without its prefix; the lines marked "irregular" are not, and say so.
macro_rules! codes {
    ( $( $object:ident { $( $name:ident = $clctl:ident, )* } )* ) => {
        constants! {
            /// A cluster control code (`CLUSCTL_*`): object, function, access and flags in one
            /// DWORD.
            #[derive(Default)]
            pub struct ControlCode(pub u32);
            prefix "CLUSCTL_", display custom, debug name, error UnknownControlName;
            example "clusprop::control::ControlCode", RESOURCE_GET_FLAGS = "CLUSCTL_RESOURCE_GET_FLAGS",
                "CLUSCTL_RESOURCE_GET_FLAGS", unnamed 0x7777_7777;
            $( $(
                #[doc = concat!("`CLUSCTL_", stringify!($name), "`: [`Clctl::", stringify!($clctl),
                                "`] on [`Object::", stringify!($object), "`].")]
                $name = ControlCode::new(Object::$object, Clctl::$clctl).0;
            )* )*
        }
    };
}

constants! {
    /// A generic control function code (`CLCTL_*`): a control code without its object.
    #[derive(Default, Debug)]
    pub struct Clctl(pub u32);
    prefix "CLCTL_", display "{:#010x}", debug derive;
    example "clusprop::control::Clctl", GET_FLAGS = "CLCTL_GET_FLAGS", "CLCTL_GET_FLAGS", unnamed 0x7777_7777;
    /// Function 0, any access: does nothing.
    UNKNOWN = external(0, Access::ANY, false);
    /// `CLCTL_DELETE`: Function 1, write access, modifies, internal (sent by the cluster to resource DLLs).
    DELETE = internal(1, Access::WRITE, true);
    /// Function 1: the object's characteristics (a DWORD).
    GET_CHARACTERISTICS = external(1, Access::READ, false);
    /// Function 2: the object's flags (a DWORD).
    GET_FLAGS = external(2, Access::READ, false);
    /// `CLCTL_INSTALL_NODE`: Function 2, write access, modifies, internal (sent by the cluster to resource DLLs).
    INSTALL_NODE = internal(2, Access::WRITE, true);
    /// `CLCTL_EVICT_NODE`: Function 3, write access, modifies, internal (sent by the cluster to resource DLLs).
    EVICT_NODE = internal(3, Access::WRITE, true);
    /// Function 3: a resource's class information.
    GET_CLASS_INFO = external(3, Access::READ, false);
    /// `CLCTL_ADD_DEPENDENCY`: Function 4, write access, modifies, internal (sent by the cluster to resource DLLs).
    ADD_DEPENDENCY = internal(4, Access::WRITE, true);
    /// Function 4: a resource's required dependencies.
    GET_REQUIRED_DEPENDENCIES = external(4, Access::READ, false);
    /// Function 5: a resource's arbitration timeout.
    GET_ARB_TIMEOUT = external(5, Access::READ, false);
    /// `CLCTL_REMOVE_DEPENDENCY`: Function 5, write access, modifies, internal (sent by the cluster to resource DLLs).
    REMOVE_DEPENDENCY = internal(5, Access::WRITE, true);
    /// `CLCTL_ADD_OWNER`: Function 6, write access, modifies, internal (sent by the cluster to resource DLLs).
    ADD_OWNER = internal(6, Access::WRITE, true);
    /// Function 6: a resource's failure information.
    GET_FAILURE_INFO = external(6, Access::READ, false);
    /// `CLCTL_REMOVE_OWNER`: Function 7, write access, modifies, internal (sent by the cluster to resource DLLs).
    REMOVE_OWNER = internal(7, Access::WRITE, true);
    /// `CLCTL_SET_NAME`: Function 9, write access, modifies, internal (sent by the cluster to resource DLLs).
    SET_NAME = internal(9, Access::WRITE, true);
    /// `CLCTL_CLUSTER_NAME_CHANGED`: Function 10, write access, modifies, internal (sent by the cluster to resource DLLs).
    CLUSTER_NAME_CHANGED = internal(10, Access::WRITE, true);
    /// Function 10: the object's name (a string).
    GET_NAME = external(10, Access::READ, false);
    /// `CLCTL_CLUSTER_VERSION_CHANGED`: Function 11, write access, modifies, internal (sent by the cluster to resource DLLs).
    CLUSTER_VERSION_CHANGED = internal(11, Access::WRITE, true);
    /// Function 11: a resource's type.
    GET_RESOURCE_TYPE = external(11, Access::READ, false);
    /// `CLCTL_FIXUP_ON_UPGRADE`: Function 12, write access, modifies, internal (sent by the cluster to resource DLLs).
    FIXUP_ON_UPGRADE = internal(12, Access::WRITE, true);
    /// Function 12: the owning node's name (a string).
    GET_NODE = external(12, Access::READ, false);
    /// Function 13: the network's name (a string).
    GET_NETWORK = external(13, Access::READ, false);
    /// `CLCTL_STARTING_PHASE1`: Function 13, write access, modifies, internal (sent by the cluster to resource DLLs).
    STARTING_PHASE1 = internal(13, Access::WRITE, true);
    /// Function 14: the object's ID (a string).
    GET_ID = external(14, Access::READ, false);
    /// `CLCTL_STARTING_PHASE2`: Function 14, write access, modifies, internal (sent by the cluster to resource DLLs).
    STARTING_PHASE2 = internal(14, Access::WRITE, true);
    /// Function 15: the fully qualified domain name.
    GET_FQDN = external(15, Access::READ, false);
    /// `CLCTL_HOLD_IO`: Function 15, write access, modifies, internal (sent by the cluster to resource DLLs).
    HOLD_IO = internal(15, Access::WRITE, true);
    /// `CLCTL_GET_CLUSTER_SERVICE_ACCOUNT_NAME`: Function 16, read access.
    GET_CLUSTER_SERVICE_ACCOUNT_NAME = external(16, Access::READ, false);
    /// `CLCTL_RESUME_IO`: Function 16, write access, modifies, internal (sent by the cluster to resource DLLs).
    RESUME_IO = internal(16, Access::WRITE, true);
    /// `CLCTL_CHECK_VOTER_EVICT`: Function 17, read access.
    CHECK_VOTER_EVICT = external(17, Access::READ, false);
    /// `CLCTL_FORCE_QUORUM`: Function 17, write access, modifies, internal (sent by the cluster to resource DLLs).
    FORCE_QUORUM = internal(17, Access::WRITE, true);
    /// `CLCTL_CHECK_VOTER_DOWN`: Function 18, read access.
    CHECK_VOTER_DOWN = external(18, Access::READ, false);
    /// `CLCTL_INITIALIZE`: Function 18, write access, modifies, internal (sent by the cluster to resource DLLs).
    INITIALIZE = internal(18, Access::WRITE, true);
    /// `CLCTL_SHUTDOWN`: Function 19, read access.
    SHUTDOWN = external(19, Access::READ, false);
    /// `CLCTL_STATE_CHANGE_REASON`: Function 19, write access, modifies, internal (sent by the cluster to resource DLLs).
    STATE_CHANGE_REASON = internal(19, Access::WRITE, true);
    /// Function 20: the names of the writable common properties (a MULTI_SZ).
    ENUM_COMMON_PROPERTIES = external(20, Access::READ, false);
    /// `CLCTL_PROVIDER_STATE_CHANGE`: Function 20, write access, modifies, internal (sent by the cluster to resource DLLs).
    PROVIDER_STATE_CHANGE = internal(20, Access::WRITE, true);
    /// Function 21: the read-only common properties (a property list).
    GET_RO_COMMON_PROPERTIES = external(21, Access::READ, false);
    /// `CLCTL_LEAVING_GROUP`: Function 21, write access, modifies, internal (sent by the cluster to resource DLLs).
    LEAVING_GROUP = internal(21, Access::WRITE, true);
    /// Function 22: the read/write common properties (a property list).
    GET_COMMON_PROPERTIES = external(22, Access::READ, false);
    /// `CLCTL_JOINING_GROUP`: Function 22, write access, modifies, internal (sent by the cluster to resource DLLs).
    JOINING_GROUP = internal(22, Access::WRITE, true);
    /// `CLCTL_FSWITNESS_GET_EPOCH_INFO`: Function 23, read access, internal (sent by the cluster to resource DLLs).
    FSWITNESS_GET_EPOCH_INFO = internal(23, Access::READ, false);
    /// Function 23: sets common properties from a property list.
    SET_COMMON_PROPERTIES = external(23, Access::WRITE, true);
    /// `CLCTL_FSWITNESS_SET_EPOCH_INFO`: Function 24, write access, modifies, internal (sent by the cluster to resource DLLs).
    FSWITNESS_SET_EPOCH_INFO = internal(24, Access::WRITE, true);
    /// Function 24: validates a property list of common properties.
    VALIDATE_COMMON_PROPERTIES = external(24, Access::READ, false);
    /// `CLCTL_FSWITNESS_RELEASE_LOCK`: Function 25, write access, modifies, internal (sent by the cluster to resource DLLs).
    FSWITNESS_RELEASE_LOCK = internal(25, Access::WRITE, true);
    /// Function 25: the formats of the common properties (a property list).
    GET_COMMON_PROPERTY_FMTS = external(25, Access::READ, false);
    /// Function 26: the formats of a resource's common properties.
    GET_COMMON_RESOURCE_PROPERTY_FMTS = external(26, Access::READ, false);
    /// `CLCTL_NETNAME_CREDS_NOTIFYCAM`: Function 26, write access, modifies, internal (sent by the cluster to resource DLLs).
    NETNAME_CREDS_NOTIFYCAM = internal(26, Access::WRITE, true);
    /// `CLCTL_CHECK_VOTER_EVICT_WITNESS`: Function 27, read access.
    CHECK_VOTER_EVICT_WITNESS = external(27, Access::READ, false);
    /// `CLCTL_CHECK_VOTER_DOWN_WITNESS`: Function 28, read access.
    CHECK_VOTER_DOWN_WITNESS = external(28, Access::READ, false);
    /// Function 30: the names of the private properties (a MULTI_SZ).
    ENUM_PRIVATE_PROPERTIES = external(30, Access::READ, false);
    /// Function 31: the read-only private properties (a property list).
    GET_RO_PRIVATE_PROPERTIES = external(31, Access::READ, false);
    /// `CLCTL_NOTIFY_QUORUM_STATUS`: Function 31, write access, modifies, internal (sent by the cluster to resource DLLs).
    NOTIFY_QUORUM_STATUS = internal(31, Access::WRITE, true);
    /// Function 32: the private properties (a property list).
    GET_PRIVATE_PROPERTIES = external(32, Access::READ, false);
    /// `CLCTL_NOTIFY_MONITOR_SHUTTING_DOWN`: Function 32, read access, internal (sent by the cluster to resource DLLs).
    NOTIFY_MONITOR_SHUTTING_DOWN = internal(32, Access::READ, false);
    /// Function 33: sets private properties from a property list.
    SET_PRIVATE_PROPERTIES = external(33, Access::WRITE, true);
    /// `CLCTL_UNDELETE`: Function 33, write access, modifies, internal (sent by the cluster to resource DLLs).
    UNDELETE = internal(33, Access::WRITE, true);
    /// Function 34: validates a property list of private properties.
    VALIDATE_PRIVATE_PROPERTIES = external(34, Access::READ, false);
    /// Function 35: the formats of the private properties (a property list).
    GET_PRIVATE_PROPERTY_FMTS = external(35, Access::READ, false);
    /// Function 36: the formats of a resource's private properties.
    GET_PRIVATE_RESOURCE_PROPERTY_FMTS = external(36, Access::READ, false);
    /// `CLCTL_ADD_REGISTRY_CHECKPOINT`: Function 40, write access, modifies.
    ADD_REGISTRY_CHECKPOINT = external(40, Access::WRITE, true);
    /// `CLCTL_DELETE_REGISTRY_CHECKPOINT`: Function 41, write access, modifies.
    DELETE_REGISTRY_CHECKPOINT = external(41, Access::WRITE, true);
    /// `CLCTL_GET_REGISTRY_CHECKPOINTS`: Function 42, read access.
    GET_REGISTRY_CHECKPOINTS = external(42, Access::READ, false);
    /// `CLCTL_ADD_CRYPTO_CHECKPOINT`: Function 43, write access, modifies.
    ADD_CRYPTO_CHECKPOINT = external(43, Access::WRITE, true);
    /// `CLCTL_DELETE_CRYPTO_CHECKPOINT`: Function 44, write access, modifies.
    DELETE_CRYPTO_CHECKPOINT = external(44, Access::WRITE, true);
    /// `CLCTL_GET_CRYPTO_CHECKPOINTS`: Function 45, read access.
    GET_CRYPTO_CHECKPOINTS = external(45, Access::READ, false);
    /// `CLCTL_RESOURCE_UPGRADE_DLL`: Function 46, write access, modifies.
    RESOURCE_UPGRADE_DLL = external(46, Access::WRITE, true);
    /// `CLCTL_ADD_REGISTRY_CHECKPOINT_64BIT`: Function 47, write access, modifies.
    ADD_REGISTRY_CHECKPOINT_64BIT = external(47, Access::WRITE, true);
    /// `CLCTL_ADD_REGISTRY_CHECKPOINT_32BIT`: Function 48, write access, modifies.
    ADD_REGISTRY_CHECKPOINT_32BIT = external(48, Access::WRITE, true);
    /// `CLCTL_GET_LOADBAL_PROCESS_LIST`: Function 50, read access.
    GET_LOADBAL_PROCESS_LIST = external(50, Access::READ, false);
    /// `CLCTL_SET_ACCOUNT_ACCESS`: Function 60, write access, modifies.
    SET_ACCOUNT_ACCESS = external(60, Access::WRITE, true);
    /// `CLCTL_GET_NETWORK_NAME`: Function 90, read access.
    GET_NETWORK_NAME = external(90, Access::READ, false);
    /// `CLCTL_NETNAME_GET_VIRTUAL_SERVER_TOKEN`: Function 91, read access.
    NETNAME_GET_VIRTUAL_SERVER_TOKEN = external(91, Access::READ, false);
    /// `CLCTL_NETNAME_REGISTER_DNS_RECORDS`: Function 92, write access.
    NETNAME_REGISTER_DNS_RECORDS = external(92, Access::WRITE, false);
    /// `CLCTL_GET_DNS_NAME`: Function 93, read access.
    GET_DNS_NAME = external(93, Access::READ, false);
    /// `CLCTL_NETNAME_SET_PWD_INFO`: Function 94, write access.
    NETNAME_SET_PWD_INFO = external(94, Access::WRITE, false);
    /// `CLCTL_NETNAME_DELETE_CO`: Function 95, write access.
    NETNAME_DELETE_CO = external(95, Access::WRITE, false);
    /// `CLCTL_NETNAME_VALIDATE_VCO`: Function 96, read access.
    NETNAME_VALIDATE_VCO = external(96, Access::READ, false);
    /// `CLCTL_NETNAME_RESET_VCO`: Function 97, read access.
    NETNAME_RESET_VCO = external(97, Access::READ, false);
    /// `CLCTL_NETNAME_REPAIR_VCO`: Function 99, read access.
    NETNAME_REPAIR_VCO = external(99, Access::READ, false);
    /// `CLCTL_STORAGE_GET_DISK_INFO`: Function 100, read access.
    STORAGE_GET_DISK_INFO = external(100, Access::READ, false);
    /// `CLCTL_STORAGE_GET_AVAILABLE_DISKS`: Function 101, read access.
    STORAGE_GET_AVAILABLE_DISKS = external(101, Access::READ, false);
    /// `CLCTL_STORAGE_IS_PATH_VALID`: Function 102, read access.
    STORAGE_IS_PATH_VALID = external(102, Access::READ, false);
    /// `CLCTL_STORAGE_SYNC_CLUSDISK_DB`: Function 103, write access, modifies.
    STORAGE_SYNC_CLUSDISK_DB = external(103, Access::WRITE, true);
    /// `CLCTL_STORAGE_GET_DISK_NUMBER_INFO`: Function 104, read access.
    STORAGE_GET_DISK_NUMBER_INFO = external(104, Access::READ, false);
    /// `CLCTL_QUERY_DELETE`: Function 110, read access.
    QUERY_DELETE = external(110, Access::READ, false);
    /// `CLCTL_IPADDRESS_RENEW_LEASE`: Function 111, write access, modifies.
    IPADDRESS_RENEW_LEASE = external(111, Access::WRITE, true);
    /// `CLCTL_IPADDRESS_RELEASE_LEASE`: Function 112, write access, modifies.
    IPADDRESS_RELEASE_LEASE = external(112, Access::WRITE, true);
    /// `CLCTL_QUERY_MAINTENANCE_MODE`: Function 120, read access.
    QUERY_MAINTENANCE_MODE = external(120, Access::READ, false);
    /// `CLCTL_SET_MAINTENANCE_MODE`: Function 121, write access, modifies.
    SET_MAINTENANCE_MODE = external(121, Access::WRITE, true);
    /// `CLCTL_STORAGE_SET_DRIVELETTER`: Function 122, write access, modifies.
    STORAGE_SET_DRIVELETTER = external(122, Access::WRITE, true);
    /// `CLCTL_STORAGE_GET_DRIVELETTERS`: Function 123, read access.
    STORAGE_GET_DRIVELETTERS = external(123, Access::READ, false);
    /// `CLCTL_STORAGE_GET_DISK_INFO_EX`: Function 124, read access.
    STORAGE_GET_DISK_INFO_EX = external(124, Access::READ, false);
    /// `CLCTL_STORAGE_GET_AVAILABLE_DISKS_EX`: Function 125, read access.
    STORAGE_GET_AVAILABLE_DISKS_EX = external(125, Access::READ, false);
    /// `CLCTL_STORAGE_GET_DISK_INFO_EX2`: Function 126, read access.
    STORAGE_GET_DISK_INFO_EX2 = external(126, Access::READ, false);
    /// `CLCTL_STORAGE_GET_CLUSPORT_DISK_COUNT`: Function 127, read access.
    STORAGE_GET_CLUSPORT_DISK_COUNT = external(127, Access::READ, false);
    /// `CLCTL_STORAGE_REMAP_DRIVELETTER`: Function 128, read access.
    STORAGE_REMAP_DRIVELETTER = external(128, Access::READ, false);
    /// `CLCTL_STORAGE_GET_DISKID`: Function 129, read access.
    STORAGE_GET_DISKID = external(129, Access::READ, false);
    /// `CLCTL_STORAGE_IS_CLUSTERABLE`: Function 130, read access.
    STORAGE_IS_CLUSTERABLE = external(130, Access::READ, false);
    /// `CLCTL_STORAGE_REMOVE_VM_OWNERSHIP`: Function 131, write access, modifies.
    STORAGE_REMOVE_VM_OWNERSHIP = external(131, Access::WRITE, true);
    /// `CLCTL_STORAGE_GET_MOUNTPOINTS`: Function 132, read access.
    STORAGE_GET_MOUNTPOINTS = external(132, Access::READ, false);
    /// `CLCTL_STORAGE_GET_DIRTY`: Function 134, read access.
    STORAGE_GET_DIRTY = external(134, Access::READ, false);
    /// `CLCTL_STORAGE_GET_SHARED_VOLUME_INFO`: Function 137, read access.
    STORAGE_GET_SHARED_VOLUME_INFO = external(137, Access::READ, false);
    /// `CLCTL_STORAGE_IS_CSV_FILE`: Function 138, read access.
    STORAGE_IS_CSV_FILE = external(138, Access::READ, false);
    /// `CLCTL_STORAGE_GET_RESOURCEID`: Function 139, read access.
    STORAGE_GET_RESOURCEID = external(139, Access::READ, false);
    /// `CLCTL_VALIDATE_PATH`: Function 140, read access.
    VALIDATE_PATH = external(140, Access::READ, false);
    /// `CLCTL_VALIDATE_NETNAME`: Function 141, read access.
    VALIDATE_NETNAME = external(141, Access::READ, false);
    /// `CLCTL_VALIDATE_DIRECTORY`: Function 142, read access.
    VALIDATE_DIRECTORY = external(142, Access::READ, false);
    /// `CLCTL_BATCH_BLOCK_KEY`: Function 143, write access.
    BATCH_BLOCK_KEY = external(143, Access::WRITE, false);
    /// `CLCTL_BATCH_UNBLOCK_KEY`: Function 144, read access.
    BATCH_UNBLOCK_KEY = external(144, Access::READ, false);
    /// `CLCTL_FILESERVER_SHARE_ADD`: Function 145, write access, modifies.
    FILESERVER_SHARE_ADD = external(145, Access::WRITE, true);
    /// `CLCTL_FILESERVER_SHARE_DEL`: Function 146, write access, modifies.
    FILESERVER_SHARE_DEL = external(146, Access::WRITE, true);
    /// `CLCTL_FILESERVER_SHARE_MODIFY`: Function 147, write access, modifies.
    FILESERVER_SHARE_MODIFY = external(147, Access::WRITE, true);
    /// `CLCTL_FILESERVER_SHARE_REPORT`: Function 148, read access.
    FILESERVER_SHARE_REPORT = external(148, Access::READ, false);
    /// `CLCTL_NETNAME_GET_OU_FOR_VCO`: Function 155, write access, modifies.
    NETNAME_GET_OU_FOR_VCO = external(155, Access::WRITE, true);
    /// `CLCTL_ENABLE_SHARED_VOLUME_DIRECTIO`: Function 162, write access, modifies.
    ENABLE_SHARED_VOLUME_DIRECTIO = external(162, Access::WRITE, true);
    /// `CLCTL_DISABLE_SHARED_VOLUME_DIRECTIO`: Function 163, write access, modifies.
    DISABLE_SHARED_VOLUME_DIRECTIO = external(163, Access::WRITE, true);
    /// `CLCTL_GET_SHARED_VOLUME_ID`: Function 164, read access.
    GET_SHARED_VOLUME_ID = external(164, Access::READ, false);
    /// `CLCTL_SET_CSV_MAINTENANCE_MODE`: Function 165, write access, modifies.
    SET_CSV_MAINTENANCE_MODE = external(165, Access::WRITE, true);
    /// `CLCTL_SET_SHARED_VOLUME_BACKUP_MODE`: Function 166, write access, modifies.
    SET_SHARED_VOLUME_BACKUP_MODE = external(166, Access::WRITE, true);
    /// `CLCTL_STORAGE_GET_SHARED_VOLUME_PARTITION_NAMES`: Function 167, read access.
    STORAGE_GET_SHARED_VOLUME_PARTITION_NAMES = external(167, Access::READ, false);
    /// `CLCTL_STORAGE_GET_SHARED_VOLUME_STATES`: Function 168, write access, modifies.
    STORAGE_GET_SHARED_VOLUME_STATES = external(168, Access::WRITE, true);
    /// `CLCTL_STORAGE_IS_SHARED_VOLUME`: Function 169, read access.
    STORAGE_IS_SHARED_VOLUME = external(169, Access::READ, false);
    /// `CLCTL_GET_CLUSDB_TIMESTAMP`: Function 170, read access.
    GET_CLUSDB_TIMESTAMP = external(170, Access::READ, false);
    /// `CLCTL_RW_MODIFY_NOOP`: Function 171, write access, modifies.
    RW_MODIFY_NOOP = external(171, Access::WRITE, true);
    /// `CLCTL_IS_QUORUM_BLOCKED`: Function 172, read access.
    IS_QUORUM_BLOCKED = external(172, Access::READ, false);
    /// `CLCTL_POOL_GET_DRIVE_INFO`: Function 173, read access.
    POOL_GET_DRIVE_INFO = external(173, Access::READ, false);
    /// `CLCTL_GET_GUM_LOCK_OWNER`: Function 174, read access.
    GET_GUM_LOCK_OWNER = external(174, Access::READ, false);
    /// `CLCTL_GET_STUCK_NODES`: Function 175, read access.
    GET_STUCK_NODES = external(175, Access::READ, false);
    /// `CLCTL_INJECT_GEM_FAULT`: Function 176, read access.
    INJECT_GEM_FAULT = external(176, Access::READ, false);
    /// `CLCTL_INTRODUCE_GEM_REPAIR_DELAY`: Function 177, read access.
    INTRODUCE_GEM_REPAIR_DELAY = external(177, Access::READ, false);
    /// `CLCTL_SEND_DUMMY_GEM_MESSAGES`: Function 178, read access.
    SEND_DUMMY_GEM_MESSAGES = external(178, Access::READ, false);
    /// `CLCTL_BLOCK_GEM_SEND_RECV`: Function 179, read access.
    BLOCK_GEM_SEND_RECV = external(179, Access::READ, false);
    /// `CLCTL_GET_GEMID_VECTOR`: Function 180, read access.
    GET_GEMID_VECTOR = external(180, Access::READ, false);
    /// `CLCTL_ADD_CRYPTO_CHECKPOINT_EX`: Function 181, write access, modifies.
    ADD_CRYPTO_CHECKPOINT_EX = external(181, Access::WRITE, true);
    /// `CLCTL_GROUP_GET_LAST_MOVE_TIME`: Function 182, read access.
    GROUP_GET_LAST_MOVE_TIME = external(182, Access::READ, false);
    /// `CLCTL_SET_STORAGE_CONFIGURATION`: Function 184, write access, modifies.
    SET_STORAGE_CONFIGURATION = external(184, Access::WRITE, true);
    /// `CLCTL_GET_STORAGE_CONFIGURATION`: Function 185, read access.
    GET_STORAGE_CONFIGURATION = external(185, Access::READ, false);
    /// `CLCTL_GET_STORAGE_CONFIG_ATTRIBUTES`: Function 186, read access.
    GET_STORAGE_CONFIG_ATTRIBUTES = external(186, Access::READ, false);
    /// `CLCTL_REMOVE_NODE`: Function 187, write access, modifies.
    REMOVE_NODE = external(187, Access::WRITE, true);
    /// `CLCTL_IS_FEATURE_INSTALLED`: Function 188, read access.
    IS_FEATURE_INSTALLED = external(188, Access::READ, false);
    /// `CLCTL_IS_S2D_FEATURE_SUPPORTED`: Function 189, read access.
    IS_S2D_FEATURE_SUPPORTED = external(189, Access::READ, false);
    /// `CLCTL_STORAGE_GET_PHYSICAL_DISK_INFO`: Function 190, read access.
    STORAGE_GET_PHYSICAL_DISK_INFO = external(190, Access::READ, false);
    /// `CLCTL_STORAGE_GET_CLUSBFLT_PATHS`: Function 191, read access.
    STORAGE_GET_CLUSBFLT_PATHS = external(191, Access::READ, false);
    /// `CLCTL_STORAGE_GET_CLUSBFLT_PATHINFO`: Function 192, read access.
    STORAGE_GET_CLUSBFLT_PATHINFO = external(192, Access::READ, false);
    /// `CLCTL_CLEAR_NODE_CONNECTION_INFO`: Function 193, write access, modifies.
    CLEAR_NODE_CONNECTION_INFO = external(193, Access::WRITE, true);
    /// `CLCTL_SET_DNS_DOMAIN`: Function 194, write access, modifies.
    SET_DNS_DOMAIN = external(194, Access::WRITE, true);
    /// `CLCTL_NETNAME_SET_PWD_INFOEX`: Function 198, write access.
    NETNAME_SET_PWD_INFOEX = external(198, Access::WRITE, false);
    /// `CLCTL_STORAGE_GET_AVAILABLE_DISKS_EX2_INT`: Function 2040, read access.
    STORAGE_GET_AVAILABLE_DISKS_EX2_INT = external(2040, Access::READ, false);
    /// `CLCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS`: Function 2104, read access.
    CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS = external(2104, Access::READ, false);
    /// `CLCTL_CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN`: Function 2105, write access, modifies.
    CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN = external(2105, Access::WRITE, true);
    /// `CLCTL_GET_OPERATION_CONTEXT`: Function 2106, read access, internal (sent by the cluster to resource DLLs).
    GET_OPERATION_CONTEXT = internal(2106, Access::READ, false);
    /// `CLCTL_RESOURCE_PREPARE_UPGRADE`: Function 2106, write access, modifies.
    RESOURCE_PREPARE_UPGRADE = external(2106, Access::WRITE, true);
    /// `CLCTL_RESOURCE_UPGRADE_COMPLETED`: Function 2107, write access, modifies.
    RESOURCE_UPGRADE_COMPLETED = external(2107, Access::WRITE, true);
    /// `CLCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY`: Function 2108, read access.
    CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY = external(2108, Access::READ, false);
    /// `CLCTL_CLOUD_WITNESS_RESOURCE_UPDATE_KEY`: Function 2109, write access, modifies.
    CLOUD_WITNESS_RESOURCE_UPDATE_KEY = external(2109, Access::WRITE, true);
    /// `CLCTL_NOTIFY_OWNER_CHANGE`: Function 2120, write access, modifies, internal (sent by the cluster to resource DLLs).
    NOTIFY_OWNER_CHANGE = internal(2120, Access::WRITE, true);
    /// `CLCTL_VALIDATE_CHANGE_GROUP`: Function 2121, read access, internal (sent by the cluster to resource DLLs).
    VALIDATE_CHANGE_GROUP = internal(2121, Access::READ, false);
    /// `CLCTL_CHECK_DRAIN_VETO`: Function 2123, read access, internal (sent by the cluster to resource DLLs).
    CHECK_DRAIN_VETO = internal(2123, Access::READ, false);
    /// `CLCTL_NOTIFY_DRAIN_COMPLETE`: Function 2124, read access, internal (sent by the cluster to resource DLLs).
    NOTIFY_DRAIN_COMPLETE = internal(2124, Access::READ, false);
    /// `CLCTL_REPLICATION_ADD_REPLICATION_GROUP`: Function 2128, write access.
    REPLICATION_ADD_REPLICATION_GROUP = external(2128, Access::WRITE, false);
    /// `CLCTL_REPLICATION_GET_LOG_INFO`: Function 2129, read access.
    REPLICATION_GET_LOG_INFO = external(2129, Access::READ, false);
    /// `CLCTL_REPLICATION_GET_ELIGIBLE_LOGDISKS`: Function 2130, read access.
    REPLICATION_GET_ELIGIBLE_LOGDISKS = external(2130, Access::READ, false);
    /// `CLCTL_REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS`: Function 2131, read access.
    REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS = external(2131, Access::READ, false);
    /// `CLCTL_REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS`: Function 2132, read access.
    REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS = external(2132, Access::READ, false);
    /// `CLCTL_REPLICATION_GET_REPLICATED_DISKS`: Function 2133, read access.
    REPLICATION_GET_REPLICATED_DISKS = external(2133, Access::READ, false);
    /// `CLCTL_REPLICATION_GET_REPLICA_VOLUMES`: Function 2134, read access.
    REPLICATION_GET_REPLICA_VOLUMES = external(2134, Access::READ, false);
    /// `CLCTL_REPLICATION_GET_LOG_VOLUME`: Function 2135, read access.
    REPLICATION_GET_LOG_VOLUME = external(2135, Access::READ, false);
    /// `CLCTL_REPLICATION_GET_RESOURCE_GROUP`: Function 2136, read access.
    REPLICATION_GET_RESOURCE_GROUP = external(2136, Access::READ, false);
    /// `CLCTL_REPLICATION_GET_REPLICATED_PARTITION_INFO`: Function 2137, read access.
    REPLICATION_GET_REPLICATED_PARTITION_INFO = external(2137, Access::READ, false);
    /// `CLCTL_GET_STATE_CHANGE_TIME`: Function 2903, read access.
    GET_STATE_CHANGE_TIME = external(2903, Access::READ, false);
    /// `CLCTL_SET_CLUSTER_S2D_ENABLED`: Function 2904, write access, modifies.
    SET_CLUSTER_S2D_ENABLED = external(2904, Access::WRITE, true);
    /// `CLCTL_SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES`: Function 2907, write access, modifies.
    SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES = external(2907, Access::WRITE, true);
    /// `CLCTL_GROUPSET_GET_GROUPS`: Function 2908, read access.
    GROUPSET_GET_GROUPS = external(2908, Access::READ, false);
    /// `CLCTL_GROUPSET_GET_PROVIDER_GROUPS`: Function 2909, read access.
    GROUPSET_GET_PROVIDER_GROUPS = external(2909, Access::READ, false);
    /// `CLCTL_GROUPSET_GET_PROVIDER_GROUPSETS`: Function 2910, read access.
    GROUPSET_GET_PROVIDER_GROUPSETS = external(2910, Access::READ, false);
    /// `CLCTL_GROUP_GET_PROVIDER_GROUPS`: Function 2911, read access.
    GROUP_GET_PROVIDER_GROUPS = external(2911, Access::READ, false);
    /// `CLCTL_GROUP_GET_PROVIDER_GROUPSETS`: Function 2912, read access.
    GROUP_GET_PROVIDER_GROUPSETS = external(2912, Access::READ, false);
    /// `CLCTL_GROUP_SET_CCF_FROM_MASTER`: Function 2913, write access, modifies.
    GROUP_SET_CCF_FROM_MASTER = external(2913, Access::WRITE, true);
    /// `CLCTL_GET_INFRASTRUCTURE_SOFS_BUFFER`: Function 2914, read access.
    GET_INFRASTRUCTURE_SOFS_BUFFER = external(2914, Access::READ, false);
    /// `CLCTL_SET_INFRASTRUCTURE_SOFS_BUFFER`: Function 2915, write access, modifies.
    SET_INFRASTRUCTURE_SOFS_BUFFER = external(2915, Access::WRITE, true);
    /// `CLCTL_NOTIFY_INFRASTRUCTURE_SOFS_CHANGED`: Function 2916, write access, modifies.
    NOTIFY_INFRASTRUCTURE_SOFS_CHANGED = external(2916, Access::WRITE, true);
    /// `CLCTL_SCALEOUT_COMMAND`: Function 2917, write access, modifies.
    SCALEOUT_COMMAND = external(2917, Access::WRITE, true);
    /// `CLCTL_SCALEOUT_CONTROL`: Function 2918, write access, modifies.
    SCALEOUT_CONTROL = external(2918, Access::WRITE, true);
    /// `CLCTL_SCALEOUT_GET_CLUSTERS`: Function 2919, read access, modifies.
    SCALEOUT_GET_CLUSTERS = external(2919, Access::READ, true);
    /// `CLCTL_RELOAD_AUTOLOGGER_CONFIG`: Function 2932, write access.
    RELOAD_AUTOLOGGER_CONFIG = external(2932, Access::WRITE, false);
    /// `CLCTL_STORAGE_RENAME_SHARED_VOLUME`: Function 2933, write access.
    STORAGE_RENAME_SHARED_VOLUME = external(2933, Access::WRITE, false);
    /// `CLCTL_STORAGE_RENAME_SHARED_VOLUME_GUID`: Function 2934, write access.
    STORAGE_RENAME_SHARED_VOLUME_GUID = external(2934, Access::WRITE, false);
    /// `CLCTL_ENUM_AFFINITY_RULE_NAMES`: Function 2935, read access.
    ENUM_AFFINITY_RULE_NAMES = external(2935, Access::READ, false);
    /// `CLCTL_GET_NODES_IN_FD`: Function 2936, read access.
    GET_NODES_IN_FD = external(2936, Access::READ, false);
    /// `CLCTL_FORCE_DB_FLUSH`: Function 2937, write access, modifies.
    FORCE_DB_FLUSH = external(2937, Access::WRITE, true);
}

codes! {
    RESOURCE {
        RESOURCE_UNKNOWN = UNKNOWN,
        RESOURCE_GET_CHARACTERISTICS = GET_CHARACTERISTICS,
        RESOURCE_GET_FLAGS = GET_FLAGS,
        RESOURCE_GET_CLASS_INFO = GET_CLASS_INFO,
        RESOURCE_GET_REQUIRED_DEPENDENCIES = GET_REQUIRED_DEPENDENCIES,
        RESOURCE_GET_FAILURE_INFO = GET_FAILURE_INFO,
        RESOURCE_GET_NAME = GET_NAME,
        RESOURCE_GET_RESOURCE_TYPE = GET_RESOURCE_TYPE,
        RESOURCE_GET_ID = GET_ID,
        RESOURCE_ENUM_COMMON_PROPERTIES = ENUM_COMMON_PROPERTIES,
        RESOURCE_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        RESOURCE_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        RESOURCE_VALIDATE_COMMON_PROPERTIES = VALIDATE_COMMON_PROPERTIES,
        RESOURCE_GET_COMMON_PROPERTY_FMTS = GET_COMMON_PROPERTY_FMTS,
        RESOURCE_ENUM_PRIVATE_PROPERTIES = ENUM_PRIVATE_PROPERTIES,
        RESOURCE_GET_RO_PRIVATE_PROPERTIES = GET_RO_PRIVATE_PROPERTIES,
        RESOURCE_GET_PRIVATE_PROPERTIES = GET_PRIVATE_PROPERTIES,
        RESOURCE_VALIDATE_PRIVATE_PROPERTIES = VALIDATE_PRIVATE_PROPERTIES,
        RESOURCE_GET_PRIVATE_PROPERTY_FMTS = GET_PRIVATE_PROPERTY_FMTS,
        RESOURCE_GET_REGISTRY_CHECKPOINTS = GET_REGISTRY_CHECKPOINTS,
        RESOURCE_GET_CRYPTO_CHECKPOINTS = GET_CRYPTO_CHECKPOINTS,
        RESOURCE_GET_LOADBAL_PROCESS_LIST = GET_LOADBAL_PROCESS_LIST,
        RESOURCE_GET_NETWORK_NAME = GET_NETWORK_NAME,
        RESOURCE_NETNAME_GET_VIRTUAL_SERVER_TOKEN = NETNAME_GET_VIRTUAL_SERVER_TOKEN,
        // Irregular name.
        RESOURCE_RLUA_GET_VIRTUAL_SERVER_TOKEN = NETNAME_GET_VIRTUAL_SERVER_TOKEN,
        RESOURCE_NETNAME_REGISTER_DNS_RECORDS = NETNAME_REGISTER_DNS_RECORDS,
        RESOURCE_GET_DNS_NAME = GET_DNS_NAME,
        RESOURCE_NETNAME_SET_PWD_INFO = NETNAME_SET_PWD_INFO,
        // Irregular name.
        RESOURCE_RLUA_SET_PWD_INFO = NETNAME_SET_PWD_INFO,
        RESOURCE_NETNAME_DELETE_CO = NETNAME_DELETE_CO,
        RESOURCE_NETNAME_VALIDATE_VCO = NETNAME_VALIDATE_VCO,
        RESOURCE_NETNAME_RESET_VCO = NETNAME_RESET_VCO,
        RESOURCE_NETNAME_REPAIR_VCO = NETNAME_REPAIR_VCO,
        RESOURCE_STORAGE_GET_DISK_INFO = STORAGE_GET_DISK_INFO,
        RESOURCE_STORAGE_IS_PATH_VALID = STORAGE_IS_PATH_VALID,
        RESOURCE_STORAGE_GET_DISK_NUMBER_INFO = STORAGE_GET_DISK_NUMBER_INFO,
        RESOURCE_QUERY_DELETE = QUERY_DELETE,
        RESOURCE_QUERY_MAINTENANCE_MODE = QUERY_MAINTENANCE_MODE,
        RESOURCE_STORAGE_GET_DISK_INFO_EX = STORAGE_GET_DISK_INFO_EX,
        RESOURCE_STORAGE_GET_DISK_INFO_EX2 = STORAGE_GET_DISK_INFO_EX2,
        RESOURCE_STORAGE_GET_DISKID = STORAGE_GET_DISKID,
        RESOURCE_STORAGE_GET_MOUNTPOINTS = STORAGE_GET_MOUNTPOINTS,
        RESOURCE_STORAGE_GET_DIRTY = STORAGE_GET_DIRTY,
        RESOURCE_STORAGE_GET_SHARED_VOLUME_INFO = STORAGE_GET_SHARED_VOLUME_INFO,
        // Irregular name (in `CLUSCTL_RESOURCE_TYPE_CODES`, but built with `CLUSCTL_RESOURCE_CODE`).
        RESOURCE_TYPE_STORAGE_IS_CSV_FILE = STORAGE_IS_CSV_FILE,
        RESOURCE_STORAGE_GET_SHARED_VOLUME_PARTITION_NAMES = STORAGE_GET_SHARED_VOLUME_PARTITION_NAMES,
        RESOURCE_STORAGE_IS_SHARED_VOLUME = STORAGE_IS_SHARED_VOLUME,
        RESOURCE_IS_QUORUM_BLOCKED = IS_QUORUM_BLOCKED,
        RESOURCE_POOL_GET_DRIVE_INFO = POOL_GET_DRIVE_INFO,
        RESOURCE_NETNAME_SET_PWD_INFOEX = NETNAME_SET_PWD_INFOEX,
        // Irregular name.
        RESOURCE_RLUA_SET_PWD_INFOEX = NETNAME_SET_PWD_INFOEX,
        RESOURCE_GET_STATE_CHANGE_TIME = GET_STATE_CHANGE_TIME,
        RESOURCE_GET_INFRASTRUCTURE_SOFS_BUFFER = GET_INFRASTRUCTURE_SOFS_BUFFER,
        RESOURCE_STORAGE_RENAME_SHARED_VOLUME = STORAGE_RENAME_SHARED_VOLUME,
        RESOURCE_STORAGE_RENAME_SHARED_VOLUME_GUID = STORAGE_RENAME_SHARED_VOLUME_GUID,
        RESOURCE_GET_NODES_IN_FD = GET_NODES_IN_FD,
        RESOURCE_FSWITNESS_GET_EPOCH_INFO = FSWITNESS_GET_EPOCH_INFO,
        RESOURCE_GET_OPERATION_CONTEXT = GET_OPERATION_CONTEXT,
        RESOURCE_VALIDATE_CHANGE_GROUP = VALIDATE_CHANGE_GROUP,
        RESOURCE_CHECK_DRAIN_VETO = CHECK_DRAIN_VETO,
        RESOURCE_NOTIFY_DRAIN_COMPLETE = NOTIFY_DRAIN_COMPLETE,
        RESOURCE_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
        RESOURCE_SET_PRIVATE_PROPERTIES = SET_PRIVATE_PROPERTIES,
        RESOURCE_ADD_REGISTRY_CHECKPOINT = ADD_REGISTRY_CHECKPOINT,
        RESOURCE_DELETE_REGISTRY_CHECKPOINT = DELETE_REGISTRY_CHECKPOINT,
        RESOURCE_ADD_CRYPTO_CHECKPOINT = ADD_CRYPTO_CHECKPOINT,
        RESOURCE_DELETE_CRYPTO_CHECKPOINT = DELETE_CRYPTO_CHECKPOINT,
        // Irregular name.
        RESOURCE_UPGRADE_DLL = RESOURCE_UPGRADE_DLL,
        RESOURCE_ADD_REGISTRY_CHECKPOINT_64BIT = ADD_REGISTRY_CHECKPOINT_64BIT,
        RESOURCE_ADD_REGISTRY_CHECKPOINT_32BIT = ADD_REGISTRY_CHECKPOINT_32BIT,
        RESOURCE_IPADDRESS_RENEW_LEASE = IPADDRESS_RENEW_LEASE,
        RESOURCE_IPADDRESS_RELEASE_LEASE = IPADDRESS_RELEASE_LEASE,
        RESOURCE_SET_MAINTENANCE_MODE = SET_MAINTENANCE_MODE,
        RESOURCE_STORAGE_SET_DRIVELETTER = STORAGE_SET_DRIVELETTER,
        RESOURCE_ENABLE_SHARED_VOLUME_DIRECTIO = ENABLE_SHARED_VOLUME_DIRECTIO,
        RESOURCE_DISABLE_SHARED_VOLUME_DIRECTIO = DISABLE_SHARED_VOLUME_DIRECTIO,
        RESOURCE_SET_CSV_MAINTENANCE_MODE = SET_CSV_MAINTENANCE_MODE,
        RESOURCE_SET_SHARED_VOLUME_BACKUP_MODE = SET_SHARED_VOLUME_BACKUP_MODE,
        RESOURCE_STORAGE_GET_SHARED_VOLUME_STATES = STORAGE_GET_SHARED_VOLUME_STATES,
        RESOURCE_RW_MODIFY_NOOP = RW_MODIFY_NOOP,
        RESOURCE_ADD_CRYPTO_CHECKPOINT_EX = ADD_CRYPTO_CHECKPOINT_EX,
        // Irregular name.
        CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN = CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN,
        // Irregular name.
        RESOURCE_PREPARE_UPGRADE = RESOURCE_PREPARE_UPGRADE,
        // Irregular name.
        RESOURCE_UPGRADE_COMPLETED = RESOURCE_UPGRADE_COMPLETED,
        // Irregular name.
        CLOUD_WITNESS_RESOURCE_UPDATE_KEY = CLOUD_WITNESS_RESOURCE_UPDATE_KEY,
        RESOURCE_SET_INFRASTRUCTURE_SOFS_BUFFER = SET_INFRASTRUCTURE_SOFS_BUFFER,
        RESOURCE_SCALEOUT_COMMAND = SCALEOUT_COMMAND,
        RESOURCE_SCALEOUT_CONTROL = SCALEOUT_CONTROL,
        RESOURCE_SCALEOUT_GET_CLUSTERS = SCALEOUT_GET_CLUSTERS,
        RESOURCE_DELETE = DELETE,
        RESOURCE_INSTALL_NODE = INSTALL_NODE,
        RESOURCE_EVICT_NODE = EVICT_NODE,
        RESOURCE_ADD_DEPENDENCY = ADD_DEPENDENCY,
        RESOURCE_REMOVE_DEPENDENCY = REMOVE_DEPENDENCY,
        RESOURCE_ADD_OWNER = ADD_OWNER,
        RESOURCE_REMOVE_OWNER = REMOVE_OWNER,
        RESOURCE_SET_NAME = SET_NAME,
        RESOURCE_CLUSTER_NAME_CHANGED = CLUSTER_NAME_CHANGED,
        RESOURCE_CLUSTER_VERSION_CHANGED = CLUSTER_VERSION_CHANGED,
        RESOURCE_FORCE_QUORUM = FORCE_QUORUM,
        RESOURCE_INITIALIZE = INITIALIZE,
        RESOURCE_STATE_CHANGE_REASON = STATE_CHANGE_REASON,
        RESOURCE_PROVIDER_STATE_CHANGE = PROVIDER_STATE_CHANGE,
        RESOURCE_LEAVING_GROUP = LEAVING_GROUP,
        RESOURCE_JOINING_GROUP = JOINING_GROUP,
        RESOURCE_FSWITNESS_SET_EPOCH_INFO = FSWITNESS_SET_EPOCH_INFO,
        RESOURCE_FSWITNESS_RELEASE_LOCK = FSWITNESS_RELEASE_LOCK,
        RESOURCE_NETNAME_CREDS_NOTIFYCAM = NETNAME_CREDS_NOTIFYCAM,
        RESOURCE_NOTIFY_QUORUM_STATUS = NOTIFY_QUORUM_STATUS,
        RESOURCE_UNDELETE = UNDELETE,
        RESOURCE_NOTIFY_OWNER_CHANGE = NOTIFY_OWNER_CHANGE,
    }
    RESOURCE_TYPE {
        RESOURCE_TYPE_UNKNOWN = UNKNOWN,
        RESOURCE_TYPE_GET_CHARACTERISTICS = GET_CHARACTERISTICS,
        RESOURCE_TYPE_GET_FLAGS = GET_FLAGS,
        RESOURCE_TYPE_GET_CLASS_INFO = GET_CLASS_INFO,
        RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES = GET_REQUIRED_DEPENDENCIES,
        RESOURCE_TYPE_GET_ARB_TIMEOUT = GET_ARB_TIMEOUT,
        RESOURCE_TYPE_ENUM_COMMON_PROPERTIES = ENUM_COMMON_PROPERTIES,
        RESOURCE_TYPE_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        RESOURCE_TYPE_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        RESOURCE_TYPE_VALIDATE_COMMON_PROPERTIES = VALIDATE_COMMON_PROPERTIES,
        RESOURCE_TYPE_GET_COMMON_PROPERTY_FMTS = GET_COMMON_PROPERTY_FMTS,
        RESOURCE_TYPE_GET_COMMON_RESOURCE_PROPERTY_FMTS = GET_COMMON_RESOURCE_PROPERTY_FMTS,
        RESOURCE_TYPE_ENUM_PRIVATE_PROPERTIES = ENUM_PRIVATE_PROPERTIES,
        RESOURCE_TYPE_GET_RO_PRIVATE_PROPERTIES = GET_RO_PRIVATE_PROPERTIES,
        RESOURCE_TYPE_GET_PRIVATE_PROPERTIES = GET_PRIVATE_PROPERTIES,
        RESOURCE_TYPE_VALIDATE_PRIVATE_PROPERTIES = VALIDATE_PRIVATE_PROPERTIES,
        RESOURCE_TYPE_GET_PRIVATE_PROPERTY_FMTS = GET_PRIVATE_PROPERTY_FMTS,
        RESOURCE_TYPE_GET_PRIVATE_RESOURCE_PROPERTY_FMTS = GET_PRIVATE_RESOURCE_PROPERTY_FMTS,
        RESOURCE_TYPE_GET_REGISTRY_CHECKPOINTS = GET_REGISTRY_CHECKPOINTS,
        RESOURCE_TYPE_GET_CRYPTO_CHECKPOINTS = GET_CRYPTO_CHECKPOINTS,
        RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS = STORAGE_GET_AVAILABLE_DISKS,
        RESOURCE_TYPE_QUERY_DELETE = QUERY_DELETE,
        RESOURCE_TYPE_STORAGE_GET_DRIVELETTERS = STORAGE_GET_DRIVELETTERS,
        RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX = STORAGE_GET_AVAILABLE_DISKS_EX,
        RESOURCE_TYPE_STORAGE_REMAP_DRIVELETTER = STORAGE_REMAP_DRIVELETTER,
        RESOURCE_TYPE_STORAGE_GET_DISKID = STORAGE_GET_DISKID,
        RESOURCE_TYPE_STORAGE_IS_CLUSTERABLE = STORAGE_IS_CLUSTERABLE,
        RESOURCE_TYPE_STORAGE_GET_RESOURCEID = STORAGE_GET_RESOURCEID,
        // Irregular name.
        RESOURCE_TYPE_GEN_APP_VALIDATE_PATH = VALIDATE_PATH,
        // Irregular name.
        RESOURCE_TYPE_GEN_SCRIPT_VALIDATE_PATH = VALIDATE_PATH,
        // Irregular name.
        RESOURCE_TYPE_WITNESS_VALIDATE_PATH = VALIDATE_PATH,
        // Irregular name.
        RESOURCE_TYPE_NETNAME_VALIDATE_NETNAME = VALIDATE_NETNAME,
        // Irregular name.
        RESOURCE_TYPE_GEN_APP_VALIDATE_DIRECTORY = VALIDATE_DIRECTORY,
        RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_INT = STORAGE_GET_AVAILABLE_DISKS_EX2_INT,
        // Irregular name.
        CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS = CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS,
        // Irregular name.
        CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY = CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY,
        RESOURCE_TYPE_REPLICATION_ADD_REPLICATION_GROUP = REPLICATION_ADD_REPLICATION_GROUP,
        RESOURCE_TYPE_REPLICATION_GET_LOG_INFO = REPLICATION_GET_LOG_INFO,
        RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_LOGDISKS = REPLICATION_GET_ELIGIBLE_LOGDISKS,
        RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS = REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS,
        RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS = REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS,
        RESOURCE_TYPE_REPLICATION_GET_REPLICATED_DISKS = REPLICATION_GET_REPLICATED_DISKS,
        RESOURCE_TYPE_REPLICATION_GET_REPLICA_VOLUMES = REPLICATION_GET_REPLICA_VOLUMES,
        RESOURCE_TYPE_REPLICATION_GET_LOG_VOLUME = REPLICATION_GET_LOG_VOLUME,
        RESOURCE_TYPE_REPLICATION_GET_RESOURCE_GROUP = REPLICATION_GET_RESOURCE_GROUP,
        RESOURCE_TYPE_REPLICATION_GET_REPLICATED_PARTITION_INFO = REPLICATION_GET_REPLICATED_PARTITION_INFO,
        RESOURCE_TYPE_NOTIFY_MONITOR_SHUTTING_DOWN = NOTIFY_MONITOR_SHUTTING_DOWN,
        RESOURCE_TYPE_CHECK_DRAIN_VETO = CHECK_DRAIN_VETO,
        RESOURCE_TYPE_NOTIFY_DRAIN_COMPLETE = NOTIFY_DRAIN_COMPLETE,
        RESOURCE_TYPE_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
        RESOURCE_TYPE_SET_PRIVATE_PROPERTIES = SET_PRIVATE_PROPERTIES,
        RESOURCE_TYPE_STORAGE_SYNC_CLUSDISK_DB = STORAGE_SYNC_CLUSDISK_DB,
        RESOURCE_TYPE_STORAGE_REMOVE_VM_OWNERSHIP = STORAGE_REMOVE_VM_OWNERSHIP,
        RESOURCE_TYPE_NETNAME_GET_OU_FOR_VCO = NETNAME_GET_OU_FOR_VCO,
        // Irregular name.
        RESOURCE_TYPE_PREPARE_UPGRADE = RESOURCE_PREPARE_UPGRADE,
        // Irregular name.
        RESOURCE_TYPE_UPGRADE_COMPLETED = RESOURCE_UPGRADE_COMPLETED,
        RESOURCE_TYPE_INSTALL_NODE = INSTALL_NODE,
        RESOURCE_TYPE_EVICT_NODE = EVICT_NODE,
        RESOURCE_TYPE_CLUSTER_VERSION_CHANGED = CLUSTER_VERSION_CHANGED,
        RESOURCE_TYPE_FIXUP_ON_UPGRADE = FIXUP_ON_UPGRADE,
        RESOURCE_TYPE_STARTING_PHASE1 = STARTING_PHASE1,
        RESOURCE_TYPE_STARTING_PHASE2 = STARTING_PHASE2,
        RESOURCE_TYPE_HOLD_IO = HOLD_IO,
        RESOURCE_TYPE_RESUME_IO = RESUME_IO,
    }
    GROUP {
        GROUP_UNKNOWN = UNKNOWN,
        GROUP_GET_CHARACTERISTICS = GET_CHARACTERISTICS,
        GROUP_GET_FLAGS = GET_FLAGS,
        GROUP_GET_FAILURE_INFO = GET_FAILURE_INFO,
        GROUP_GET_NAME = GET_NAME,
        GROUP_GET_ID = GET_ID,
        GROUP_ENUM_COMMON_PROPERTIES = ENUM_COMMON_PROPERTIES,
        GROUP_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        GROUP_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        GROUP_VALIDATE_COMMON_PROPERTIES = VALIDATE_COMMON_PROPERTIES,
        GROUP_GET_COMMON_PROPERTY_FMTS = GET_COMMON_PROPERTY_FMTS,
        GROUP_ENUM_PRIVATE_PROPERTIES = ENUM_PRIVATE_PROPERTIES,
        GROUP_GET_RO_PRIVATE_PROPERTIES = GET_RO_PRIVATE_PROPERTIES,
        GROUP_GET_PRIVATE_PROPERTIES = GET_PRIVATE_PROPERTIES,
        GROUP_VALIDATE_PRIVATE_PROPERTIES = VALIDATE_PRIVATE_PROPERTIES,
        GROUP_GET_PRIVATE_PROPERTY_FMTS = GET_PRIVATE_PROPERTY_FMTS,
        GROUP_QUERY_DELETE = QUERY_DELETE,
        // Irregular name.
        GROUP_GET_LAST_MOVE_TIME = GROUP_GET_LAST_MOVE_TIME,
        GROUP_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
        GROUP_SET_PRIVATE_PROPERTIES = SET_PRIVATE_PROPERTIES,
        // Irregular name.
        GROUP_SET_CCF_FROM_MASTER = GROUP_SET_CCF_FROM_MASTER,
    }
    NODE {
        NODE_UNKNOWN = UNKNOWN,
        NODE_GET_CHARACTERISTICS = GET_CHARACTERISTICS,
        NODE_GET_FLAGS = GET_FLAGS,
        NODE_GET_NAME = GET_NAME,
        NODE_GET_ID = GET_ID,
        NODE_GET_CLUSTER_SERVICE_ACCOUNT_NAME = GET_CLUSTER_SERVICE_ACCOUNT_NAME,
        NODE_ENUM_COMMON_PROPERTIES = ENUM_COMMON_PROPERTIES,
        NODE_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        NODE_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        NODE_VALIDATE_COMMON_PROPERTIES = VALIDATE_COMMON_PROPERTIES,
        NODE_GET_COMMON_PROPERTY_FMTS = GET_COMMON_PROPERTY_FMTS,
        NODE_ENUM_PRIVATE_PROPERTIES = ENUM_PRIVATE_PROPERTIES,
        NODE_GET_RO_PRIVATE_PROPERTIES = GET_RO_PRIVATE_PROPERTIES,
        NODE_GET_PRIVATE_PROPERTIES = GET_PRIVATE_PROPERTIES,
        NODE_VALIDATE_PRIVATE_PROPERTIES = VALIDATE_PRIVATE_PROPERTIES,
        NODE_GET_PRIVATE_PROPERTY_FMTS = GET_PRIVATE_PROPERTY_FMTS,
        NODE_GET_STUCK_NODES = GET_STUCK_NODES,
        NODE_INJECT_GEM_FAULT = INJECT_GEM_FAULT,
        NODE_INTRODUCE_GEM_REPAIR_DELAY = INTRODUCE_GEM_REPAIR_DELAY,
        NODE_SEND_DUMMY_GEM_MESSAGES = SEND_DUMMY_GEM_MESSAGES,
        NODE_BLOCK_GEM_SEND_RECV = BLOCK_GEM_SEND_RECV,
        NODE_GET_GEMID_VECTOR = GET_GEMID_VECTOR,
        NODE_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
        NODE_SET_PRIVATE_PROPERTIES = SET_PRIVATE_PROPERTIES,
    }
    NETWORK {
        NETWORK_UNKNOWN = UNKNOWN,
        NETWORK_GET_CHARACTERISTICS = GET_CHARACTERISTICS,
        NETWORK_GET_FLAGS = GET_FLAGS,
        NETWORK_GET_NAME = GET_NAME,
        NETWORK_GET_ID = GET_ID,
        NETWORK_ENUM_COMMON_PROPERTIES = ENUM_COMMON_PROPERTIES,
        NETWORK_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        NETWORK_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        NETWORK_VALIDATE_COMMON_PROPERTIES = VALIDATE_COMMON_PROPERTIES,
        NETWORK_GET_COMMON_PROPERTY_FMTS = GET_COMMON_PROPERTY_FMTS,
        NETWORK_ENUM_PRIVATE_PROPERTIES = ENUM_PRIVATE_PROPERTIES,
        NETWORK_GET_RO_PRIVATE_PROPERTIES = GET_RO_PRIVATE_PROPERTIES,
        NETWORK_GET_PRIVATE_PROPERTIES = GET_PRIVATE_PROPERTIES,
        NETWORK_VALIDATE_PRIVATE_PROPERTIES = VALIDATE_PRIVATE_PROPERTIES,
        NETWORK_GET_PRIVATE_PROPERTY_FMTS = GET_PRIVATE_PROPERTY_FMTS,
        NETWORK_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
        NETWORK_SET_PRIVATE_PROPERTIES = SET_PRIVATE_PROPERTIES,
    }
    NETINTERFACE {
        NETINTERFACE_UNKNOWN = UNKNOWN,
        NETINTERFACE_GET_CHARACTERISTICS = GET_CHARACTERISTICS,
        NETINTERFACE_GET_FLAGS = GET_FLAGS,
        NETINTERFACE_GET_NAME = GET_NAME,
        NETINTERFACE_GET_NODE = GET_NODE,
        NETINTERFACE_GET_NETWORK = GET_NETWORK,
        NETINTERFACE_GET_ID = GET_ID,
        NETINTERFACE_ENUM_COMMON_PROPERTIES = ENUM_COMMON_PROPERTIES,
        NETINTERFACE_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        NETINTERFACE_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        NETINTERFACE_VALIDATE_COMMON_PROPERTIES = VALIDATE_COMMON_PROPERTIES,
        NETINTERFACE_GET_COMMON_PROPERTY_FMTS = GET_COMMON_PROPERTY_FMTS,
        NETINTERFACE_ENUM_PRIVATE_PROPERTIES = ENUM_PRIVATE_PROPERTIES,
        NETINTERFACE_GET_RO_PRIVATE_PROPERTIES = GET_RO_PRIVATE_PROPERTIES,
        NETINTERFACE_GET_PRIVATE_PROPERTIES = GET_PRIVATE_PROPERTIES,
        NETINTERFACE_VALIDATE_PRIVATE_PROPERTIES = VALIDATE_PRIVATE_PROPERTIES,
        NETINTERFACE_GET_PRIVATE_PROPERTY_FMTS = GET_PRIVATE_PROPERTY_FMTS,
        NETINTERFACE_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
        NETINTERFACE_SET_PRIVATE_PROPERTIES = SET_PRIVATE_PROPERTIES,
    }
    CLUSTER {
        CLUSTER_UNKNOWN = UNKNOWN,
        CLUSTER_GET_FQDN = GET_FQDN,
        CLUSTER_CHECK_VOTER_EVICT = CHECK_VOTER_EVICT,
        CLUSTER_CHECK_VOTER_DOWN = CHECK_VOTER_DOWN,
        CLUSTER_SHUTDOWN = SHUTDOWN,
        CLUSTER_ENUM_COMMON_PROPERTIES = ENUM_COMMON_PROPERTIES,
        CLUSTER_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        CLUSTER_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        CLUSTER_VALIDATE_COMMON_PROPERTIES = VALIDATE_COMMON_PROPERTIES,
        CLUSTER_GET_COMMON_PROPERTY_FMTS = GET_COMMON_PROPERTY_FMTS,
        CLUSTER_CHECK_VOTER_EVICT_WITNESS = CHECK_VOTER_EVICT_WITNESS,
        CLUSTER_CHECK_VOTER_DOWN_WITNESS = CHECK_VOTER_DOWN_WITNESS,
        CLUSTER_ENUM_PRIVATE_PROPERTIES = ENUM_PRIVATE_PROPERTIES,
        CLUSTER_GET_RO_PRIVATE_PROPERTIES = GET_RO_PRIVATE_PROPERTIES,
        CLUSTER_GET_PRIVATE_PROPERTIES = GET_PRIVATE_PROPERTIES,
        CLUSTER_VALIDATE_PRIVATE_PROPERTIES = VALIDATE_PRIVATE_PROPERTIES,
        CLUSTER_GET_PRIVATE_PROPERTY_FMTS = GET_PRIVATE_PROPERTY_FMTS,
        // Irregular name.
        CLUSTER_GET_CLMUSR_TOKEN = NETNAME_GET_VIRTUAL_SERVER_TOKEN,
        CLUSTER_BATCH_BLOCK_KEY = BATCH_BLOCK_KEY,
        CLUSTER_BATCH_UNBLOCK_KEY = BATCH_UNBLOCK_KEY,
        CLUSTER_GET_SHARED_VOLUME_ID = GET_SHARED_VOLUME_ID,
        CLUSTER_GET_CLUSDB_TIMESTAMP = GET_CLUSDB_TIMESTAMP,
        CLUSTER_GET_GUM_LOCK_OWNER = GET_GUM_LOCK_OWNER,
        CLUSTER_GET_STORAGE_CONFIGURATION = GET_STORAGE_CONFIGURATION,
        CLUSTER_GET_STORAGE_CONFIG_ATTRIBUTES = GET_STORAGE_CONFIG_ATTRIBUTES,
        CLUSTER_RELOAD_AUTOLOGGER_CONFIG = RELOAD_AUTOLOGGER_CONFIG,
        CLUSTER_STORAGE_RENAME_SHARED_VOLUME = STORAGE_RENAME_SHARED_VOLUME,
        CLUSTER_STORAGE_RENAME_SHARED_VOLUME_GUID = STORAGE_RENAME_SHARED_VOLUME_GUID,
        CLUSTER_ENUM_AFFINITY_RULE_NAMES = ENUM_AFFINITY_RULE_NAMES,
        CLUSTER_GET_NODES_IN_FD = GET_NODES_IN_FD,
        CLUSTER_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
        CLUSTER_SET_PRIVATE_PROPERTIES = SET_PRIVATE_PROPERTIES,
        CLUSTER_SET_ACCOUNT_ACCESS = SET_ACCOUNT_ACCESS,
        CLUSTER_SET_STORAGE_CONFIGURATION = SET_STORAGE_CONFIGURATION,
        CLUSTER_REMOVE_NODE = REMOVE_NODE,
        CLUSTER_CLEAR_NODE_CONNECTION_INFO = CLEAR_NODE_CONNECTION_INFO,
        CLUSTER_SET_DNS_DOMAIN = SET_DNS_DOMAIN,
        CLUSTER_SET_CLUSTER_S2D_ENABLED = SET_CLUSTER_S2D_ENABLED,
        CLUSTER_SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES = SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES,
        // Irregular name.
        CLUSTER_FORCE_FLUSH_DB = FORCE_DB_FLUSH,
    }
    GROUPSET {
        GROUPSET_GET_ID = GET_ID,
        GROUPSET_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        GROUPSET_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        // Irregular name.
        GROUPSET_GET_GROUPS = GROUPSET_GET_GROUPS,
        // Irregular name.
        GROUPSET_GET_PROVIDER_GROUPS = GROUPSET_GET_PROVIDER_GROUPS,
        // Irregular name.
        GROUPSET_GET_PROVIDER_GROUPSETS = GROUPSET_GET_PROVIDER_GROUPSETS,
        // Irregular name.
        GROUP_GET_PROVIDER_GROUPS = GROUP_GET_PROVIDER_GROUPS,
        // Irregular name.
        GROUP_GET_PROVIDER_GROUPSETS = GROUP_GET_PROVIDER_GROUPSETS,
        GROUPSET_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
    }
    AFFINITYRULE {
        AFFINITYRULE_GET_ID = GET_ID,
        AFFINITYRULE_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        AFFINITYRULE_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        // Irregular name.
        AFFINITYRULE_GET_GROUPNAMES = GROUPSET_GET_GROUPS,
        AFFINITYRULE_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
    }
}
