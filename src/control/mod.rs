//! Control codes (`CLUSCTL_*`, `CLCTL_*`) and the output each control returns.
//!
//! A control code packs an object, a function and flags into 32 bits (spec section 8):
//!
//! ```text
//!  31      24 23 22 21 20 19 ........................ 2 1  0
//! +----------+--+--+--+--+----------------------------+----+
//! |  OBJECT  |G |M |U |I |   function (18 bits)       |ACC |
//! +----------+--+--+--+--+----------------------------+----+
//! ```
//!
//! [`ControlCode`] is an open newtype: every `CLUSCTL_*` code of the Windows SDK (310, of nine
//! objects) has a named constant, declared as its object and the generic [`Clctl`] code it is
//! built from; [`Clctl`] names all 192 generic `CLCTL_*` codes by their parts (function, access,
//! modify and internal bits, as `CLCTL_EXTERNAL_CODE` / `CLCTL_INTERNAL_CODE` build them). Any
//! other code is still representable, displayed by its parts, and parsed back from text.
//! [`ControlCode::output_kind`] and [`ControlCode::input_kind`] say what each named control
//! returns and takes, where MS-CMRP (or, for the codes it leaves out, an `mscs` reference page)
//! documents it: 115 of the 192 generic codes (228 of the 310 object codes), see [`KINDS`].
//!
//! ```
//! use clusprop::control::{Access, ControlCode, Object};
//!
//! let code: ControlCode = "CLUSCTL_NETWORK_SET_COMMON_PROPERTIES".parse()?;
//! assert_eq!(code, ControlCode::NETWORK_SET_COMMON_PROPERTIES);
//! assert_eq!(code.0, 0x0540_005E);
//! assert_eq!(code.object(), Object::NETWORK);
//! assert_eq!(code.function(), 23);
//! assert_eq!(code.access(), Access::WRITE);
//! assert!(code.is_modify() && !code.is_internal() && !code.is_user() && !code.is_global());
//! assert_eq!(code.to_string(), "CLUSCTL_NETWORK_SET_COMMON_PROPERTIES");
//! assert_eq!("0x0540005e".parse::<ControlCode>()?, code);
//! assert_eq!(ControlCode(0x0500_0091).to_string(), "0x05000091 (object network, function 36, access read)");
//! # Ok::<(), clusprop::control::UnknownControlName>(())
//! ```

use alloc::borrow::ToOwned;
use alloc::string::String;
use core::fmt;

mod codes;
mod maintenance;
mod output;

pub use codes::{Clctl, ControlCode};
pub use maintenance::{MaintenanceModeEx, MaintenanceModeInfo, MaintenanceModeType};
pub use output::{ControlOutput, InputKind, OutputError, OutputKind, KINDS};

pub use crate::constants::UnknownConstant;

const ACCESS_MASK: u32 = 0x3;
const FUNCTION_SHIFT: u32 = 2;
const FUNCTION_MASK: u32 = 0x3_FFFF;
const INTERNAL_MASK: u32 = 0x0010_0000;
const USER_MASK: u32 = 0x0020_0000;
const MODIFY_MASK: u32 = 0x0040_0000;
const GLOBAL_MASK: u32 = 0x0080_0000;
const OBJECT_SHIFT: u32 = 24;

constants! {
    /// The access a control code requires (bits 0–1).
    ///
    /// ```
    /// use clusprop::control::{Access, ControlCode};
    ///
    /// assert_eq!(ControlCode::RESOURCE_GET_FLAGS.access(), Access::READ);
    /// assert_eq!(Access::READ_WRITE.to_string(), "read_write");
    /// ```
    #[derive(Default, Debug)]
    pub struct Access(pub u8);
    prefix "CLUS_ACCESS_", display custom, debug derive;
    example "clusprop::control::Access", READ = "CLUS_ACCESS_READ", "read", unnamed 3;
    /// `CLUS_ACCESS_ANY`.
    ANY = 0, "CLUS_ACCESS_ANY", "any";
    /// `CLUS_ACCESS_READ`.
    READ = 1, "CLUS_ACCESS_READ", "read";
    /// `CLUS_ACCESS_WRITE`.
    WRITE = 2, "CLUS_ACCESS_WRITE", "write";
}

impl Access {
    /// Read and write (both bits). `clusapi.h` has no name for it.
    pub const READ_WRITE: Access = Access(3);

    /// `any`, `read`, `write` or `read_write`, by the two access bits.
    ///
    /// ```
    /// use clusprop::control::Access;
    ///
    /// assert_eq!(Access::WRITE.as_str(), "write");
    /// assert_eq!(Access::READ_WRITE.as_str(), "read_write");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        Access(self.0 & 3).description().unwrap_or("read_write")
    }
}

impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

constants! {
    /// The object a control code addresses (`CLUSTER_CONTROL_OBJECT`, bits 24–31).
    ///
    /// ```
    /// use clusprop::control::{ControlCode, Object};
    ///
    /// assert_eq!(ControlCode::NETWORK_GET_FLAGS.object(), Object::NETWORK);
    /// assert_eq!(Object::NETWORK.to_string(), "network");
    /// assert_eq!(Object(0x77).to_string(), "0x77");
    /// ```
    #[derive(Default, Debug)]
    pub struct Object(pub u8);
    prefix "CLUS_OBJECT_", display "{:#04x}", debug derive, name_fn clusapi_name;
    example "clusprop::control::Object", RESOURCE = "CLUS_OBJECT_RESOURCE", "resource", unnamed 0x77;
    /// `CLUS_OBJECT_INVALID`.
    INVALID = 0, "CLUS_OBJECT_INVALID", "invalid";
    /// `CLUS_OBJECT_RESOURCE`.
    RESOURCE = 1, "CLUS_OBJECT_RESOURCE", "resource";
    /// `CLUS_OBJECT_RESOURCE_TYPE`.
    RESOURCE_TYPE = 2, "CLUS_OBJECT_RESOURCE_TYPE", "resource_type";
    /// `CLUS_OBJECT_GROUP`.
    GROUP = 3, "CLUS_OBJECT_GROUP", "group";
    /// `CLUS_OBJECT_NODE`.
    NODE = 4, "CLUS_OBJECT_NODE", "node";
    /// `CLUS_OBJECT_NETWORK`.
    NETWORK = 5, "CLUS_OBJECT_NETWORK", "network";
    /// `CLUS_OBJECT_NETINTERFACE`.
    NETINTERFACE = 6, "CLUS_OBJECT_NETINTERFACE", "netinterface";
    /// `CLUS_OBJECT_CLUSTER`.
    CLUSTER = 7, "CLUS_OBJECT_CLUSTER", "cluster";
    /// `CLUS_OBJECT_GROUPSET`.
    GROUPSET = 8, "CLUS_OBJECT_GROUPSET", "groupset";
    /// `CLUS_OBJECT_AFFINITYRULE`.
    AFFINITYRULE = 9, "CLUS_OBJECT_AFFINITYRULE", "affinityrule";
    /// `CLUS_OBJECT_USER`.
    USER = 0x80, "CLUS_OBJECT_USER", "user";
}

impl Object {
    /// The lowercase name (`network`, `netinterface`, …), or `None` for an unnamed object;
    /// [`clusapi_name`](Self::clusapi_name) gives Microsoft's.
    ///
    /// ```
    /// use clusprop::control::Object;
    ///
    /// assert_eq!(Object::NETINTERFACE.name(), Some("netinterface"));
    /// assert_eq!(Object::NETINTERFACE.clusapi_name(), Some("CLUS_OBJECT_NETINTERFACE"));
    /// assert_eq!(Object(0x77).name(), None);
    /// ```
    #[must_use]
    pub fn name(self) -> Option<&'static str> {
        self.description()
    }
}

/// The one-bit accessors of a control code: `self.0 & MASK != 0` each.
macro_rules! flag_bits {
    ($( $(#[$doc:meta])* $name:ident = $mask:ident; )*) => {$(
        $(#[$doc])*
        #[must_use]
        pub const fn $name(self) -> bool {
            self.0 & $mask != 0
        }
    )*};
}

impl ControlCode {
    /// The code for `clctl` on `object`: `(object << 24) | clctl` (`CLUSCTL_*_CODE`).
    #[must_use]
    pub const fn new(object: Object, clctl: Clctl) -> ControlCode {
        ControlCode(((object.0 as u32) << OBJECT_SHIFT) | clctl.0)
    }

    /// A code from its parts. `function` is truncated to its 18 bits.
    #[must_use]
    pub const fn from_parts(
        object: Object,
        function: u32,
        access: Access,
        internal: bool,
        user: bool,
        modify: bool,
        global: bool,
    ) -> ControlCode {
        let mut code = ((object.0 as u32) << OBJECT_SHIFT)
            | ((function & FUNCTION_MASK) << FUNCTION_SHIFT)
            | (access.0 as u32 & ACCESS_MASK);
        if internal {
            code |= INTERNAL_MASK;
        }
        if user {
            code |= USER_MASK;
        }
        if modify {
            code |= MODIFY_MASK;
        }
        if global {
            code |= GLOBAL_MASK;
        }
        ControlCode(code)
    }

    /// The object (bits 24–31, `CLUSCTL_GET_CONTROL_OBJECT`).
    #[must_use]
    pub const fn object(self) -> Object {
        Object((self.0 >> OBJECT_SHIFT) as u8)
    }

    /// The function number (bits 2–19).
    #[must_use]
    pub const fn function(self) -> u32 {
        (self.0 >> FUNCTION_SHIFT) & FUNCTION_MASK
    }

    /// The access mode (bits 0–1, `CLUSCTL_GET_ACCESS_MODE`).
    #[must_use]
    pub const fn access(self) -> Access {
        Access((self.0 & ACCESS_MASK) as u8)
    }

    flag_bits! {
        /// The internal bit (20).
        is_internal = INTERNAL_MASK;
        /// The user bit (21): a user-defined function.
        is_user = USER_MASK;
        /// The modify bit (22): the control changes the object (needs "All" access in MS-CMRP v3).
        is_modify = MODIFY_MASK;
        /// The global bit (23).
        is_global = GLOBAL_MASK;
    }

    /// The generic code without the object (`CLCTL_*`).
    #[must_use]
    pub const fn clctl(self) -> Clctl {
        Clctl(self.0 & 0x00FF_FFFF)
    }
}

/// The `clusapi.h` name where one exists, else the hex value and the parts.
impl fmt::Display for ControlCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(name) = self.name() {
            return f.write_str(name);
        }
        write!(
            f,
            "{:#010x} (object {}, function {}, access {}",
            self.0,
            self.object(),
            self.function(),
            self.access()
        )?;
        for (set, flag) in [
            (self.is_internal(), "internal"),
            (self.is_user(), "user"),
            (self.is_modify(), "modify"),
            (self.is_global(), "global"),
        ] {
            if set {
                write!(f, ", {flag}")?;
            }
        }
        f.write_str(")")
    }
}

/// A control code name or number that could not be read.
///
/// ```
/// use clusprop::control::{ControlCode, UnknownControlName};
///
/// assert_eq!("network_get_flags".parse::<ControlCode>(), Ok(ControlCode::NETWORK_GET_FLAGS));
/// let err = "NETWORK_GET_EVERYTHING".parse::<ControlCode>().unwrap_err();
/// assert_eq!(err, UnknownControlName("NETWORK_GET_EVERYTHING".to_owned()));
/// assert!(err.to_string().starts_with("unknown control code \"NETWORK_GET_EVERYTHING\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown control code {0:?}: expected a CLUSCTL_* name (the prefix may be left out), or a number \
     such as 0x0540005E or 88080478"
)]
pub struct UnknownControlName(pub String);

impl From<UnknownConstant> for UnknownControlName {
    fn from(error: UnknownConstant) -> Self {
        UnknownControlName(error.text().to_owned())
    }
}

constants! {
    bits
    /// `CLUS_CHARACTERISTICS`, the output of GET_CHARACTERISTICS. Networks and interfaces have
    /// none (the value is 0, `CLUS_CHAR_UNKNOWN`); the bits are those of resources and resource
    /// types.
    ///
    /// ```
    /// use clusprop::control::Characteristics;
    ///
    /// let c = Characteristics(0x0000_0011);
    /// assert!(c.contains(Characteristics::QUORUM));
    /// assert_eq!(c.to_string(), "CLUS_CHAR_QUORUM | CLUS_CHAR_REQUIRES_STATE_CHANGE_REASON");
    /// assert_eq!(Characteristics(0).to_string(), "0");
    /// ```
    pub struct Characteristics(pub u32);
    prefix "CLUS_CHAR_", serde transparent;
    example "clusprop::control::Characteristics", QUORUM = "CLUS_CHAR_QUORUM", unnamed 0x4000_0000;
    /// 0: no characteristics.
    UNKNOWN = 0x0000_0000;
    /// 0x1: the resource can be the quorum resource.
    QUORUM = 0x0000_0001;
    /// 0x2: deleting requires all nodes.
    DELETE_REQUIRES_ALL_NODES = 0x0000_0002;
    /// 0x4: local quorum (deprecated).
    LOCAL_QUORUM = 0x0000_0004;
    /// 0x8: local quorum for debugging (deprecated).
    LOCAL_QUORUM_DEBUG = 0x0000_0008;
    /// 0x10: state changes need a reason.
    REQUIRES_STATE_CHANGE_REASON = 0x0000_0010;
    /// 0x20: deletion is broadcast.
    BROADCAST_DELETE = 0x0000_0020;
    /// 0x40: one instance per cluster.
    SINGLE_CLUSTER_INSTANCE = 0x0000_0040;
    /// 0x80: one instance per group.
    SINGLE_GROUP_INSTANCE = 0x0000_0080;
    /// 0x100: may coexist in a shared-volume group.
    COEXIST_IN_SHARED_VOLUME_GROUP = 0x0000_0100;
    /// 0x200: placement data (MS-CMRP: reserved).
    PLACEMENT_DATA = 0x0000_0200;
    /// 0x400: monitor detach.
    MONITOR_DETACH = 0x0000_0400;
    /// 0x800: monitor reattach (MS-CMRP: reserved).
    MONITOR_REATTACH = 0x0000_0800;
    /// 0x1000: operation context (MS-CMRP: reserved).
    OPERATION_CONTEXT = 0x0000_1000;
    /// 0x2000: clones (MS-CMRP: reserved).
    CLONES = 0x0000_2000;
    /// 0x4000: not preemptable.
    NOT_PREEMPTABLE = 0x0000_4000;
    /// 0x8000: notify the new owner.
    NOTIFY_NEW_OWNER = 0x0000_8000;
    /// 0x10000: supports the unmonitored state.
    SUPPORTS_UNMONITORED_STATE = 0x0001_0000;
    /// 0x20000: infrastructure.
    INFRASTRUCTURE = 0x0002_0000;
    /// 0x40000: vetoes drain.
    VETO_DRAIN = 0x0004_0000;
    /// 0x80000: drain local offline.
    DRAIN_LOCAL_OFFLINE = 0x0008_0000;
}

constants! {
    bits
    /// `CLUS_FLAGS`, the output of GET_FLAGS. No flag is defined for networks or interfaces:
    /// they store and return flags without interpreting them.
    ///
    /// ```
    /// use clusprop::control::Flags;
    ///
    /// assert_eq!(Flags(1).to_string(), "CLUS_FLAG_CORE");
    /// assert_eq!(Flags(0x10).to_string(), "0x10");
    /// ```
    pub struct Flags(pub u32);
    prefix "CLUS_FLAG_", serde transparent;
    example "clusprop::control::Flags", CORE = "CLUS_FLAG_CORE", unnamed 0x4000_0000;
    /// 0x1: a core object.
    CORE = 0x0000_0001;
}
