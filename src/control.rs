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
//! [`ControlCode`] is an open newtype: every network and network-interface code has a named
//! constant with Microsoft's value, and any other code is still representable, displayed by its
//! parts, and parsed back from text.
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

use crate::error::ParseError;
use crate::read::list::PropertyList;
use crate::read::rules::Mode;
use crate::read::utf16::{MultiSz, Utf16Str};
use core::fmt;

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
    #[derive(Default, Debug)]
    pub struct Access(pub u8);
    prefix "CLUS_ACCESS_", display custom, debug derive;
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
    #[derive(Default, Debug)]
    pub struct Object(pub u8);
    prefix "CLUS_OBJECT_", display "{:#04x}", debug derive, name_fn clusapi_name;
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
    #[must_use]
    pub fn name(self) -> Option<&'static str> {
        self.description()
    }
}

/// `CLCTL_EXTERNAL_CODE(function, access, modify)`.
const fn external(function: u32, access: Access, modify: bool) -> u32 {
    (access.0 as u32) | (function << FUNCTION_SHIFT) | if modify { MODIFY_MASK } else { 0 }
}

/// Declares the `CLUSCTL_<OBJECT>_*` codes, each a generic code on an object.
macro_rules! codes {
    ( $( $object:ident { $( $name:ident = $clctl:ident, )* } )* ) => {
        constants! {
            /// A cluster control code (`CLUSCTL_*`): object, function, access and flags in one
            /// DWORD.
            #[derive(Default)]
            pub struct ControlCode(pub u32);
            prefix "CLUSCTL_", display custom, debug name, error UnknownControlName;
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
    /// Function 0, any access: does nothing.
    UNKNOWN = external(0, Access::ANY, false);
    /// Function 1: the object's characteristics (a DWORD).
    GET_CHARACTERISTICS = external(1, Access::READ, false);
    /// Function 2: the object's flags (a DWORD).
    GET_FLAGS = external(2, Access::READ, false);
    /// Function 3: a resource's class information.
    GET_CLASS_INFO = external(3, Access::READ, false);
    /// Function 4: a resource's required dependencies.
    GET_REQUIRED_DEPENDENCIES = external(4, Access::READ, false);
    /// Function 5: a resource's arbitration timeout.
    GET_ARB_TIMEOUT = external(5, Access::READ, false);
    /// Function 6: a resource's failure information.
    GET_FAILURE_INFO = external(6, Access::READ, false);
    /// Function 10: the object's name (a string).
    GET_NAME = external(10, Access::READ, false);
    /// Function 11: a resource's type.
    GET_RESOURCE_TYPE = external(11, Access::READ, false);
    /// Function 12: the owning node's name (a string).
    GET_NODE = external(12, Access::READ, false);
    /// Function 13: the network's name (a string).
    GET_NETWORK = external(13, Access::READ, false);
    /// Function 14: the object's ID (a string).
    GET_ID = external(14, Access::READ, false);
    /// Function 15: the fully qualified domain name.
    GET_FQDN = external(15, Access::READ, false);
    /// Function 20: the names of the writable common properties (a MULTI_SZ).
    ENUM_COMMON_PROPERTIES = external(20, Access::READ, false);
    /// Function 21: the read-only common properties (a property list).
    GET_RO_COMMON_PROPERTIES = external(21, Access::READ, false);
    /// Function 22: the read/write common properties (a property list).
    GET_COMMON_PROPERTIES = external(22, Access::READ, false);
    /// Function 23: sets common properties from a property list.
    SET_COMMON_PROPERTIES = external(23, Access::WRITE, true);
    /// Function 24: validates a property list of common properties.
    VALIDATE_COMMON_PROPERTIES = external(24, Access::READ, false);
    /// Function 25: the formats of the common properties (a property list).
    GET_COMMON_PROPERTY_FMTS = external(25, Access::READ, false);
    /// Function 26: the formats of a resource's common properties.
    GET_COMMON_RESOURCE_PROPERTY_FMTS = external(26, Access::READ, false);
    /// Function 30: the names of the private properties (a MULTI_SZ).
    ENUM_PRIVATE_PROPERTIES = external(30, Access::READ, false);
    /// Function 31: the read-only private properties (a property list).
    GET_RO_PRIVATE_PROPERTIES = external(31, Access::READ, false);
    /// Function 32: the private properties (a property list).
    GET_PRIVATE_PROPERTIES = external(32, Access::READ, false);
    /// Function 33: sets private properties from a property list.
    SET_PRIVATE_PROPERTIES = external(33, Access::WRITE, true);
    /// Function 34: validates a property list of private properties.
    VALIDATE_PRIVATE_PROPERTIES = external(34, Access::READ, false);
    /// Function 35: the formats of the private properties (a property list).
    GET_PRIVATE_PROPERTY_FMTS = external(35, Access::READ, false);
    /// Function 36: the formats of a resource's private properties.
    GET_PRIVATE_RESOURCE_PROPERTY_FMTS = external(36, Access::READ, false);
}

codes! {
    NETWORK {
        NETWORK_UNKNOWN = UNKNOWN,
        NETWORK_GET_CHARACTERISTICS = GET_CHARACTERISTICS,
        NETWORK_GET_FLAGS = GET_FLAGS,
        NETWORK_GET_NAME = GET_NAME,
        NETWORK_GET_ID = GET_ID,
        NETWORK_ENUM_COMMON_PROPERTIES = ENUM_COMMON_PROPERTIES,
        NETWORK_GET_RO_COMMON_PROPERTIES = GET_RO_COMMON_PROPERTIES,
        NETWORK_GET_COMMON_PROPERTIES = GET_COMMON_PROPERTIES,
        NETWORK_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
        NETWORK_VALIDATE_COMMON_PROPERTIES = VALIDATE_COMMON_PROPERTIES,
        NETWORK_GET_COMMON_PROPERTY_FMTS = GET_COMMON_PROPERTY_FMTS,
        NETWORK_ENUM_PRIVATE_PROPERTIES = ENUM_PRIVATE_PROPERTIES,
        NETWORK_GET_RO_PRIVATE_PROPERTIES = GET_RO_PRIVATE_PROPERTIES,
        NETWORK_GET_PRIVATE_PROPERTIES = GET_PRIVATE_PROPERTIES,
        NETWORK_SET_PRIVATE_PROPERTIES = SET_PRIVATE_PROPERTIES,
        NETWORK_VALIDATE_PRIVATE_PROPERTIES = VALIDATE_PRIVATE_PROPERTIES,
        NETWORK_GET_PRIVATE_PROPERTY_FMTS = GET_PRIVATE_PROPERTY_FMTS,
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
        NETINTERFACE_SET_COMMON_PROPERTIES = SET_COMMON_PROPERTIES,
        NETINTERFACE_VALIDATE_COMMON_PROPERTIES = VALIDATE_COMMON_PROPERTIES,
        NETINTERFACE_GET_COMMON_PROPERTY_FMTS = GET_COMMON_PROPERTY_FMTS,
        NETINTERFACE_ENUM_PRIVATE_PROPERTIES = ENUM_PRIVATE_PROPERTIES,
        NETINTERFACE_GET_RO_PRIVATE_PROPERTIES = GET_RO_PRIVATE_PROPERTIES,
        NETINTERFACE_GET_PRIVATE_PROPERTIES = GET_PRIVATE_PROPERTIES,
        NETINTERFACE_SET_PRIVATE_PROPERTIES = SET_PRIVATE_PROPERTIES,
        NETINTERFACE_VALIDATE_PRIVATE_PROPERTIES = VALIDATE_PRIVATE_PROPERTIES,
        NETINTERFACE_GET_PRIVATE_PROPERTY_FMTS = GET_PRIVATE_PROPERTY_FMTS,
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

/// What a control returns in its output buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutputKind {
    /// Nothing (SET, VALIDATE, UNKNOWN).
    Nothing,
    /// A raw DWORD (GET_CHARACTERISTICS, GET_FLAGS).
    Dword,
    /// One NUL-terminated UTF-16 string (GET_NAME, GET_ID, GET_NODE, GET_NETWORK).
    String,
    /// A bare MULTI_SZ of names (ENUM_*_PROPERTIES).
    Strings,
    /// A property list (GET_*_PROPERTIES, the *_PROPERTY_FMTS lists).
    PropertyList,
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

    /// What the control returns, decided by its generic function code (the same for every
    /// object), or `None` for a code whose output this crate does not know (user, internal and
    /// object-specific codes).
    #[must_use]
    pub fn output_kind(self) -> Option<OutputKind> {
        Some(match self.clctl() {
            Clctl::UNKNOWN
            | Clctl::SET_COMMON_PROPERTIES
            | Clctl::VALIDATE_COMMON_PROPERTIES
            | Clctl::SET_PRIVATE_PROPERTIES
            | Clctl::VALIDATE_PRIVATE_PROPERTIES => OutputKind::Nothing,
            Clctl::GET_CHARACTERISTICS | Clctl::GET_FLAGS => OutputKind::Dword,
            Clctl::GET_NAME | Clctl::GET_ID | Clctl::GET_NODE | Clctl::GET_NETWORK => {
                OutputKind::String
            }
            Clctl::ENUM_COMMON_PROPERTIES | Clctl::ENUM_PRIVATE_PROPERTIES => OutputKind::Strings,
            Clctl::GET_RO_COMMON_PROPERTIES
            | Clctl::GET_COMMON_PROPERTIES
            | Clctl::GET_RO_PRIVATE_PROPERTIES
            | Clctl::GET_PRIVATE_PROPERTIES
            | Clctl::GET_COMMON_PROPERTY_FMTS
            | Clctl::GET_PRIVATE_PROPERTY_FMTS => OutputKind::PropertyList,
            _ => return None,
        })
    }

    /// Whether the control takes a property list as its input buffer (SET_* and VALIDATE_*).
    #[must_use]
    pub fn takes_property_list(self) -> bool {
        matches!(
            self.clctl(),
            Clctl::SET_COMMON_PROPERTIES
                | Clctl::VALIDATE_COMMON_PROPERTIES
                | Clctl::SET_PRIVATE_PROPERTIES
                | Clctl::VALIDATE_PRIVATE_PROPERTIES
        )
    }

    /// Decodes a control's output buffer according to the code, in strict mode.
    ///
    /// ```
    /// use clusprop::control::{ControlCode, ControlOutput};
    ///
    /// let out = ControlCode::NETWORK_GET_FLAGS.decode_output(&[1, 0, 0, 0])?;
    /// assert!(matches!(out, ControlOutput::Dword(1)));
    /// let name = [b'L', 0, b'A', 0, b'N', 0, 0, 0];
    /// let out = ControlCode::NETWORK_GET_NAME.decode_output(&name)?;
    /// assert_eq!(out.name().unwrap(), "LAN");
    /// # Ok::<(), clusprop::control::OutputError>(())
    /// ```
    pub fn decode_output(self, bytes: &[u8]) -> Result<ControlOutput<'_>, OutputError> {
        self.decode_output_with(bytes, Mode::Strict)
    }

    /// Decodes a control's output buffer according to the code; property lists in `mode`.
    pub fn decode_output_with(
        self,
        bytes: &[u8],
        mode: Mode,
    ) -> Result<ControlOutput<'_>, OutputError> {
        let kind = self
            .output_kind()
            .ok_or(OutputError::UnknownControl { code: self })?;
        let parse = |source| OutputError::Parse { code: self, source };
        match kind {
            OutputKind::Nothing if bytes.is_empty() => Ok(ControlOutput::Nothing),
            OutputKind::Nothing => Err(OutputError::UnexpectedOutput {
                code: self,
                length: bytes.len(),
            }),
            OutputKind::Dword => match <[u8; 4]>::try_from(bytes) {
                Ok(b) => Ok(ControlOutput::Dword(u32::from_le_bytes(b))),
                Err(_) => Err(OutputError::WrongLength {
                    code: self,
                    expected: 4,
                    found: bytes.len(),
                }),
            },
            OutputKind::String => crate::read::rules::bare_string(bytes)
                .map(ControlOutput::String)
                .map_err(parse),
            OutputKind::Strings => crate::read::rules::bare_multi_sz(bytes)
                .map(ControlOutput::Strings)
                .map_err(parse),
            OutputKind::PropertyList => PropertyList::parse_with(bytes, mode)
                .map(ControlOutput::PropertyList)
                .map_err(parse),
        }
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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown control code {0:?}: expected a CLUSCTL_NETWORK_* or CLUSCTL_NETINTERFACE_* name, or a \
     number such as 0x0540005E or 88080478"
)]
pub struct UnknownControlName(pub String);

impl From<UnknownConstant> for UnknownControlName {
    fn from(error: UnknownConstant) -> Self {
        UnknownControlName(error.text().to_owned())
    }
}

/// A control's output, decoded by its code ([`ControlCode::decode_output`]).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum ControlOutput<'a> {
    /// The control returns nothing, and the buffer was empty.
    Nothing,
    /// A DWORD (GET_CHARACTERISTICS, GET_FLAGS).
    Dword(u32),
    /// A string (GET_NAME, GET_ID, GET_NODE, GET_NETWORK), without its NUL.
    String(Utf16Str<'a>),
    /// A list of names (ENUM_*_PROPERTIES).
    Strings(MultiSz<'a>),
    /// A property list (GET_*_PROPERTIES).
    PropertyList(PropertyList<'a>),
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
    /// 0x1: a core object.
    CORE = 0x0000_0001;
}

/// A control output buffer that does not have the shape its control code says.
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
    /// A fixed-size output of the wrong size.
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
    #[error("{code}: {source}")]
    Parse {
        /// The code.
        code: ControlCode,
        /// What broke, and where.
        source: ParseError,
    },
}
