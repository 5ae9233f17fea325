//! Win32 error codes with their names, and [`AdapterError`]: what the adapter's calls return.

use crate::control::{ControlCode, OutputError};
use crate::read::utf16::InvalidUtf16;
use crate::schema::PropertyError;
use alloc::string::String;
use core::fmt;

constants! {
    /// A Win32 error code (a `DWORD` system error code, as the cluster API returns it), with its
    /// `winerror.h` name when this crate knows it.
    ///
    /// An open newtype like the crate's other codes: the codes the cluster calls return (spec
    /// section 10) and the common system and RPC codes have named constants; any other code is kept
    /// as it is and displayed as a number.
    ///
    /// ```
    /// use clusprop::adapter::Win32Error;
    ///
    /// let e = Win32Error(5045);
    /// assert_eq!(e, Win32Error::CLUSTER_NETWORK_NOT_FOUND);
    /// assert_eq!(e.name(), Some("ERROR_CLUSTER_NETWORK_NOT_FOUND"));
    /// assert_eq!(e.to_string(), "ERROR_CLUSTER_NETWORK_NOT_FOUND (5045, 0x13B5): the cluster network was not found");
    /// assert_eq!(Win32Error(4242).to_string(), "Win32 error 4242 (0x1092)");
    /// // Spec section 10: malformed input is ERROR_INVALID_DATA or ERROR_INVALID_PARAMETER, alike.
    /// assert!(Win32Error::INVALID_DATA.is_invalid_input() && Win32Error::INVALID_PARAMETER.is_invalid_input());
    /// ```
    #[derive(Default)]
    pub struct Win32Error(pub u32);
    prefix "ERROR_", display custom, debug derive, name_fn name;
    example "clusprop::adapter::Win32Error", SUCCESS = "ERROR_SUCCESS",
        "the operation completed successfully", unnamed 0x7777_7777;
    /// `ERROR_SUCCESS` (0): the operation completed successfully.
    SUCCESS = 0, "ERROR_SUCCESS", "the operation completed successfully";
    /// `ERROR_INVALID_FUNCTION` (1): incorrect function: the object does not support this control.
    ///
    /// A control code the object does not support (for example the `*_PROPERTY_FMTS` codes on
    /// networks).
    INVALID_FUNCTION = 1, "ERROR_INVALID_FUNCTION", "incorrect function: the object does not support this control";
    /// `ERROR_FILE_NOT_FOUND` (2): the system cannot find the file specified.
    FILE_NOT_FOUND = 2, "ERROR_FILE_NOT_FOUND", "the system cannot find the file specified";
    /// `ERROR_ACCESS_DENIED` (5): access is denied.
    ACCESS_DENIED = 5, "ERROR_ACCESS_DENIED", "access is denied";
    /// `ERROR_INVALID_HANDLE` (6): the handle is invalid.
    ///
    /// A handle that is not (or no longer) valid; MS-CMRP returns it from the state calls.
    INVALID_HANDLE = 6, "ERROR_INVALID_HANDLE", "the handle is invalid";
    /// `ERROR_NOT_ENOUGH_MEMORY` (8): not enough memory to complete the operation.
    NOT_ENOUGH_MEMORY = 8, "ERROR_NOT_ENOUGH_MEMORY", "not enough memory to complete the operation";
    /// `ERROR_INVALID_DATA` (13): the data is invalid.
    ///
    /// A malformed property list or a value out of range; treat it like
    /// [`INVALID_PARAMETER`](Self::INVALID_PARAMETER) ([`is_invalid_input`](Self::is_invalid_input)).
    INVALID_DATA = 13, "ERROR_INVALID_DATA", "the data is invalid";
    /// `ERROR_OUTOFMEMORY` (14): not enough memory to complete the operation.
    OUTOFMEMORY = 14, "ERROR_OUTOFMEMORY", "not enough memory to complete the operation";
    /// `ERROR_NOT_SUPPORTED` (50): the request is not supported.
    NOT_SUPPORTED = 50, "ERROR_NOT_SUPPORTED", "the request is not supported";
    /// `ERROR_INVALID_PARAMETER` (87): the parameter is incorrect.
    ///
    /// A malformed property list or an unknown property name.
    INVALID_PARAMETER = 87, "ERROR_INVALID_PARAMETER", "the parameter is incorrect";
    /// `ERROR_INSUFFICIENT_BUFFER` (122): the data area passed is too small.
    ///
    /// The input property list (as parsed) runs past `cbInBufferSize`.
    INSUFFICIENT_BUFFER = 122, "ERROR_INSUFFICIENT_BUFFER", "the data area passed is too small";
    /// `ERROR_INVALID_NAME` (123): the name syntax is incorrect.
    INVALID_NAME = 123, "ERROR_INVALID_NAME", "the name syntax is incorrect";
    /// `ERROR_MORE_DATA` (234): more data is available.
    ///
    /// The output buffer is too small; the size needed is in `lpBytesReturned` (or the
    /// character count). The adapter's growth loops handle it.
    MORE_DATA = 234, "ERROR_MORE_DATA", "more data is available";
    /// `ERROR_NO_MORE_ITEMS` (259): no more data is available.
    ///
    /// The end of an enumeration.
    NO_MORE_ITEMS = 259, "ERROR_NO_MORE_ITEMS", "no more data is available";
    /// `ERROR_SERVICE_DOES_NOT_EXIST` (1060): the specified service does not exist.
    ///
    /// From `OpenCluster` on a machine without the cluster service.
    SERVICE_DOES_NOT_EXIST = 1060, "ERROR_SERVICE_DOES_NOT_EXIST", "the specified service does not exist";
    /// `ERROR_SERVICE_NOT_ACTIVE` (1062): the service has not been started.
    SERVICE_NOT_ACTIVE = 1062, "ERROR_SERVICE_NOT_ACTIVE", "the service has not been started";
    /// `ERROR_NOT_FOUND` (1168): element not found.
    NOT_FOUND = 1168, "ERROR_NOT_FOUND", "element not found";
    /// `RPC_S_SERVER_UNAVAILABLE` (1722): the RPC server is unavailable.
    RPC_S_SERVER_UNAVAILABLE = 1722, "RPC_S_SERVER_UNAVAILABLE", "the RPC server is unavailable";
    /// `RPC_S_CALL_FAILED` (1726): the remote procedure call failed.
    RPC_S_CALL_FAILED = 1726, "RPC_S_CALL_FAILED", "the remote procedure call failed";
    /// `EPT_S_NOT_REGISTERED` (1753): no endpoints are available from the endpoint mapper.
    EPT_S_NOT_REGISTERED = 1753, "EPT_S_NOT_REGISTERED", "no endpoints are available from the endpoint mapper";
    /// `RPC_X_BAD_STUB_DATA` (1783): the stub received bad data.
    ///
    /// A SET or VALIDATE control called without an input buffer.
    RPC_X_BAD_STUB_DATA = 1783, "RPC_X_BAD_STUB_DATA", "the stub received bad data";
    /// `ERROR_DEPENDENT_RESOURCE_EXISTS` (5001): the operation cannot be completed because other resources depend on this one.
    DEPENDENT_RESOURCE_EXISTS = 5001, "ERROR_DEPENDENT_RESOURCE_EXISTS", "the operation cannot be completed because other resources depend on this one";
    /// `ERROR_RESOURCE_PROPERTIES_STORED` (5024): the properties were stored but not all changes take effect until the resource is next brought online.
    ///
    /// Resources only: the properties are stored but take effect only when the resource is next
    /// brought online.
    RESOURCE_PROPERTIES_STORED = 5024, "ERROR_RESOURCE_PROPERTIES_STORED", "the properties were stored but not all changes take effect until the resource is next brought online";
    /// `ERROR_NODE_NOT_AVAILABLE` (5036): the cluster node is not available for this operation.
    NODE_NOT_AVAILABLE = 5036, "ERROR_NODE_NOT_AVAILABLE", "the cluster node is not available for this operation";
    /// `ERROR_CLUSTER_NODE_NOT_FOUND` (5042): the cluster node was not found.
    CLUSTER_NODE_NOT_FOUND = 5042, "ERROR_CLUSTER_NODE_NOT_FOUND", "the cluster node was not found";
    /// `ERROR_CLUSTER_NETWORK_EXISTS` (5044): the cluster network already exists.
    CLUSTER_NETWORK_EXISTS = 5044, "ERROR_CLUSTER_NETWORK_EXISTS", "the cluster network already exists";
    /// `ERROR_CLUSTER_NETWORK_NOT_FOUND` (5045): the cluster network was not found.
    ///
    /// Opening a network by a name that does not exist.
    CLUSTER_NETWORK_NOT_FOUND = 5045, "ERROR_CLUSTER_NETWORK_NOT_FOUND", "the cluster network was not found";
    /// `ERROR_CLUSTER_NETINTERFACE_EXISTS` (5046): the cluster network interface already exists.
    CLUSTER_NETINTERFACE_EXISTS = 5046, "ERROR_CLUSTER_NETINTERFACE_EXISTS", "the cluster network interface already exists";
    /// `ERROR_CLUSTER_NETINTERFACE_NOT_FOUND` (5047): the cluster network interface was not found.
    ///
    /// Opening an interface by a name that does not exist; `GetClusterNetInterface` for a node
    /// without an interface on the network.
    CLUSTER_NETINTERFACE_NOT_FOUND = 5047, "ERROR_CLUSTER_NETINTERFACE_NOT_FOUND", "the cluster network interface was not found";
    /// `ERROR_CLUSTER_INVALID_REQUEST` (5048): the cluster request is not valid for this object.
    CLUSTER_INVALID_REQUEST = 5048, "ERROR_CLUSTER_INVALID_REQUEST", "the cluster request is not valid for this object";
    /// `ERROR_CLUSTER_NODE_DOWN` (5050): the cluster node is down.
    CLUSTER_NODE_DOWN = 5050, "ERROR_CLUSTER_NODE_DOWN", "the cluster node is down";
    /// `ERROR_CLUSTER_NODE_UNREACHABLE` (5051): the cluster node is not reachable.
    CLUSTER_NODE_UNREACHABLE = 5051, "ERROR_CLUSTER_NODE_UNREACHABLE", "the cluster node is not reachable";
    /// `ERROR_CLUSTER_NODE_NOT_MEMBER` (5052): the cluster node is not a member of the cluster.
    CLUSTER_NODE_NOT_MEMBER = 5052, "ERROR_CLUSTER_NODE_NOT_MEMBER", "the cluster node is not a member of the cluster";
    /// `ERROR_CLUSTER_INVALID_NETWORK` (5054): the cluster network is not valid.
    CLUSTER_INVALID_NETWORK = 5054, "ERROR_CLUSTER_INVALID_NETWORK", "the cluster network is not valid";
    /// `ERROR_CLUSTER_NETWORK_NOT_INTERNAL` (5060): the cluster network is not configured for internal cluster communication.
    CLUSTER_NETWORK_NOT_INTERNAL = 5060, "ERROR_CLUSTER_NETWORK_NOT_INTERNAL", "the cluster network is not configured for internal cluster communication";
    /// `ERROR_CLUSTER_LAST_INTERNAL_NETWORK` (5066): the cluster network is the only one configured for internal cluster communication.
    ///
    /// Taking internal use away from the only network that has it (the Role rule).
    CLUSTER_LAST_INTERNAL_NETWORK = 5066, "ERROR_CLUSTER_LAST_INTERNAL_NETWORK", "the cluster network is the only one configured for internal cluster communication";
    /// `ERROR_CLUSTER_NETWORK_HAS_DEPENDENTS` (5067): IP address resources depend on the cluster network for client access.
    ///
    /// Taking client access away from a network that IP address resources depend on (the Role
    /// rule).
    CLUSTER_NETWORK_HAS_DEPENDENTS = 5067, "ERROR_CLUSTER_NETWORK_HAS_DEPENDENTS", "IP address resources depend on the cluster network for client access";
    /// `ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH` (5895): the property's data type does not match the expected type.
    ///
    /// A property whose type differs from the one expected.
    CLUSTER_PROPERTY_DATA_TYPE_MISMATCH = 5895, "ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH", "the property's data type does not match the expected type";
}

impl Win32Error {
    /// Whether this is `ERROR_INVALID_DATA` or `ERROR_INVALID_PARAMETER`: both mean "the input
    /// is malformed or a value is invalid", and MS-CMRP tells clients to treat them alike.
    #[must_use]
    pub const fn is_invalid_input(self) -> bool {
        matches!(self.0, 13 | 87)
    }
}

/// `NAME (decimal, 0xHEX): description` for a named code, `Win32 error N (0xHEX)` otherwise.
impl fmt::Display for Win32Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name().zip(self.description()) {
            Some((name, text)) => write!(f, "{name} ({}, {:#X}): {text}", self.0, self.0),
            None => write!(f, "Win32 error {} ({:#X})", self.0, self.0),
        }
    }
}

impl fmt::Debug for Win32Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "Win32Error({name} = {})", self.0),
            None => write!(f, "Win32Error({})", self.0),
        }
    }
}

impl core::error::Error for Win32Error {}

/// The unit of a size in an [`AdapterError`]: bytes for control buffers, characters (UTF-16 code
/// units, `WCHAR`s) for the names of enumerations and getters.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Bytes (`lpBytesReturned`).
    Bytes,
    /// UTF-16 code units (`lpcchName`).
    Chars,
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Unit::Bytes => "bytes",
            Unit::Chars => "characters",
        })
    }
}

/// Which call an [`AdapterError`] is about: the Win32 function, the control code for a control,
/// and the object's name where there is one.
///
/// ```
/// use clusprop::adapter::Call;
/// use clusprop::control::ControlCode;
///
/// let call = Call::new("ClusterNetworkControl")
///     .with_control(ControlCode::NETWORK_GET_FLAGS)
///     .with_object("Cluster Network 1");
/// assert_eq!(call.to_string(), "ClusterNetworkControl(CLUSCTL_NETWORK_GET_FLAGS) for \"Cluster Network 1\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Call {
    /// The Win32 function (`ClusterNetworkControl`, `OpenClusterNetwork`, …).
    pub function: &'static str,
    /// The control code, for the `Cluster*Control` functions.
    pub control: Option<ControlCode>,
    /// The name of the object the call is about (as it was opened), if any.
    pub object: Option<String>,
}

impl Call {
    /// A call of `function`, without a control code or an object.
    #[must_use]
    pub fn new(function: &'static str) -> Call {
        Call {
            function,
            control: None,
            object: None,
        }
    }

    /// The same call with a control code.
    #[must_use]
    pub fn with_control(mut self, code: ControlCode) -> Call {
        self.control = Some(code);
        self
    }

    /// The same call about the object named `name`.
    #[must_use]
    pub fn with_object(mut self, name: impl Into<String>) -> Call {
        self.object = Some(name.into());
        self
    }
}

/// `Function(CONTROL) for "object"`, each part only when known.
impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.function)?;
        if let Some(code) = self.control {
            write!(f, "({code})")?;
        }
        if let Some(object) = &self.object {
            write!(f, " for {object:?}")?;
        }
        Ok(())
    }
}

/// What can go wrong talking to the cluster: a Win32 error (with its code and name), a size
/// answer the growth loops refuse to follow, an output that does not decode, or properties that
/// do not validate.
///
/// Every variant that comes from a call carries the [`Call`]. The growth variants say what the
/// loop refused and why; see [`read_output`](super::read_output) for the policy.
///
/// ```
/// use clusprop::adapter::{AdapterError, Call, Win32Error};
/// use clusprop::control::ControlCode;
///
/// let call = Call::new("ClusterNetworkControl").with_control(ControlCode::NETWORK_GET_FLAGS);
/// let err = AdapterError::Win32 { call: call.clone(), error: Win32Error::INVALID_FUNCTION };
/// assert_eq!(err.win32(), Some(Win32Error::INVALID_FUNCTION));
/// assert_eq!(err.call(), Some(&call));
/// assert!(err.to_string().starts_with("ClusterNetworkControl(CLUSCTL_NETWORK_GET_FLAGS) failed: "));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AdapterError {
    /// A Win32 call returned (or, for the calls that return a handle, left in `GetLastError`) an
    /// error code.
    #[error("{call} failed: {error}")]
    Win32 {
        /// The call.
        call: Call,
        /// The error code.
        error: Win32Error,
    },
    /// `ERROR_MORE_DATA` asked for more than the growth limit: nothing was allocated.
    #[error("{call} asks for {requested} {unit}, more than the limit of {limit}")]
    TooLarge {
        /// The call.
        call: Call,
        /// The size asked for.
        requested: u32,
        /// The limit ([`Growth::limit`](super::Growth::limit)).
        limit: usize,
        /// Bytes or characters.
        unit: Unit,
    },
    /// Still `ERROR_MORE_DATA` after the last attempt: the size kept growing between calls.
    #[error(
        "{call} still answers ERROR_MORE_DATA after {attempts} calls (it last asked for \
         {requested} {unit})"
    )]
    KeepsGrowing {
        /// The call.
        call: Call,
        /// Calls made ([`Growth::attempts`](super::Growth::attempts)).
        attempts: u32,
        /// The size the last answer asked for.
        requested: u32,
        /// Bytes or characters.
        unit: Unit,
    },
    /// `ERROR_MORE_DATA` with a size that the buffer already had: following it would repeat the
    /// same call.
    #[error(
        "{call} answers ERROR_MORE_DATA but asks for {requested} {unit}, no more than the \
         {capacity} it was given"
    )]
    NoGrowth {
        /// The call.
        call: Call,
        /// The size asked for.
        requested: u32,
        /// The buffer's size.
        capacity: usize,
        /// Bytes or characters.
        unit: Unit,
    },
    /// Success, with a returned size larger than the buffer (a name's length that leaves no room
    /// for its NUL counts as larger): the data cannot be in the buffer.
    #[error("{call} reports success with {returned} {unit} in a buffer of {capacity}")]
    Overrun {
        /// The call.
        call: Call,
        /// The size returned.
        returned: u32,
        /// The buffer's size.
        capacity: usize,
        /// Bytes or characters.
        unit: Unit,
    },
    /// The buffer could not be allocated.
    #[error("cannot allocate {size} {unit} for {call}")]
    OutOfMemory {
        /// The call.
        call: Call,
        /// The size.
        size: usize,
        /// Bytes or characters.
        unit: Unit,
    },
    /// An enumeration that does not end (no `ERROR_NO_MORE_ITEMS` after this many items).
    #[error("{call} enumerates more than {limit} items")]
    TooManyItems {
        /// The call.
        call: Call,
        /// The limit ([`MAX_ITEMS`](super::MAX_ITEMS)).
        limit: u32,
    },
    /// A name Windows returned is not valid UTF-16.
    #[error("{call} returned a name that is not valid UTF-16: {error}")]
    InvalidName {
        /// The call.
        call: Call,
        /// The unpaired surrogate.
        error: InvalidUtf16,
    },
    /// A call failed (an open returned NULL) but `GetLastError` reported no error code.
    #[error("{call} failed without an error code")]
    NoErrorCode {
        /// The call.
        call: Call,
    },
    /// A name given to the adapter contains a NUL character, which would end it early.
    #[error("name {name:?} contains a NUL character")]
    NameWithNul {
        /// The name.
        name: String,
    },
    /// An input buffer longer than a `DWORD` can describe.
    #[error("{call}: the input is {length} bytes, more than a DWORD can describe")]
    InputTooLarge {
        /// The call.
        call: Call,
        /// The input's length.
        length: usize,
    },
    /// A control's output lacks what a convenience getter reads (the `Role` property of
    /// GET_COMMON_PROPERTIES, …).
    #[error("{call}: the output has no {what}")]
    Missing {
        /// The call.
        call: Call,
        /// What is missing.
        what: &'static str,
    },
    /// A control's output does not have the shape its code says. The message names the call;
    /// the [`OutputError`] is the `source()`.
    #[error("{call}: the output does not have the shape its control code says")]
    Output {
        /// The call.
        call: Call,
        /// What is wrong with the output.
        source: OutputError,
    },
    /// Properties that do not validate: a SET or VALIDATE payload rejected before it is sent,
    /// or output properties that do not have their schema's types.
    #[error(transparent)]
    Property(#[from] PropertyError),
}

impl AdapterError {
    /// The Win32 error code, for [`AdapterError::Win32`].
    ///
    /// ```
    /// use clusprop::adapter::{AdapterError, Call, Win32Error};
    ///
    /// let e = AdapterError::Win32 { call: Call::new("OpenClusterNetwork"), error: Win32Error(5045) };
    /// assert_eq!(e.win32(), Some(Win32Error::CLUSTER_NETWORK_NOT_FOUND));
    /// assert_eq!(
    ///     e.to_string(),
    ///     "OpenClusterNetwork failed: ERROR_CLUSTER_NETWORK_NOT_FOUND (5045, 0x13B5): the cluster network was not found"
    /// );
    /// ```
    #[must_use]
    pub fn win32(&self) -> Option<Win32Error> {
        match self {
            AdapterError::Win32 { error, .. } => Some(*error),
            _ => None,
        }
    }

    /// The call the error is about, if it comes from one.
    #[must_use]
    pub fn call(&self) -> Option<&Call> {
        match self {
            AdapterError::Win32 { call, .. }
            | AdapterError::TooLarge { call, .. }
            | AdapterError::KeepsGrowing { call, .. }
            | AdapterError::NoGrowth { call, .. }
            | AdapterError::Overrun { call, .. }
            | AdapterError::OutOfMemory { call, .. }
            | AdapterError::TooManyItems { call, .. }
            | AdapterError::InvalidName { call, .. }
            | AdapterError::InputTooLarge { call, .. }
            | AdapterError::NoErrorCode { call }
            | AdapterError::Missing { call, .. }
            | AdapterError::Output { call, .. } => Some(call),
            AdapterError::NameWithNul { .. } | AdapterError::Property(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Win32Error;
    use windows_sys::Win32::Foundation::*;
    use windows_sys::Win32::System::Rpc::{
        EPT_S_NOT_REGISTERED, RPC_S_CALL_FAILED, RPC_S_SERVER_UNAVAILABLE,
    };

    /// Every named code has the Windows SDK's value for its name (windows-sys), and parses back
    /// from its name and its number.
    #[test]
    fn named_codes_are_the_sdks() {
        macro_rules! sdk {
            ($($name:ident,)*) => { [$((stringify!($name), $name as u32)),*] };
        }
        let sdk = sdk!(
            ERROR_SUCCESS,
            ERROR_INVALID_FUNCTION,
            ERROR_FILE_NOT_FOUND,
            ERROR_ACCESS_DENIED,
            ERROR_INVALID_HANDLE,
            ERROR_NOT_ENOUGH_MEMORY,
            ERROR_INVALID_DATA,
            ERROR_OUTOFMEMORY,
            ERROR_NOT_SUPPORTED,
            ERROR_INVALID_PARAMETER,
            ERROR_INSUFFICIENT_BUFFER,
            ERROR_INVALID_NAME,
            ERROR_MORE_DATA,
            ERROR_NO_MORE_ITEMS,
            ERROR_SERVICE_DOES_NOT_EXIST,
            ERROR_SERVICE_NOT_ACTIVE,
            ERROR_NOT_FOUND,
            RPC_S_SERVER_UNAVAILABLE,
            RPC_S_CALL_FAILED,
            EPT_S_NOT_REGISTERED,
            RPC_X_BAD_STUB_DATA,
            ERROR_DEPENDENT_RESOURCE_EXISTS,
            ERROR_RESOURCE_PROPERTIES_STORED,
            ERROR_NODE_NOT_AVAILABLE,
            ERROR_CLUSTER_NODE_NOT_FOUND,
            ERROR_CLUSTER_NETWORK_EXISTS,
            ERROR_CLUSTER_NETWORK_NOT_FOUND,
            ERROR_CLUSTER_NETINTERFACE_EXISTS,
            ERROR_CLUSTER_NETINTERFACE_NOT_FOUND,
            ERROR_CLUSTER_INVALID_REQUEST,
            ERROR_CLUSTER_NODE_DOWN,
            ERROR_CLUSTER_NODE_UNREACHABLE,
            ERROR_CLUSTER_NODE_NOT_MEMBER,
            ERROR_CLUSTER_INVALID_NETWORK,
            ERROR_CLUSTER_NETWORK_NOT_INTERNAL,
            ERROR_CLUSTER_LAST_INTERNAL_NETWORK,
            ERROR_CLUSTER_NETWORK_HAS_DEPENDENTS,
            ERROR_CLUSTER_PROPERTY_DATA_TYPE_MISMATCH,
        );
        assert_eq!(Win32Error::ALL.len(), sdk.len());
        for (&(code, name), (sdk_name, value)) in Win32Error::ALL.iter().zip(sdk) {
            assert_eq!((name, code.0), (sdk_name, value));
            assert_eq!(name.parse::<Win32Error>(), Ok(code));
            assert_eq!(code.0.to_string().parse::<Win32Error>(), Ok(code));
        }
        assert!("ERROR_NO_SUCH_THING".parse::<Win32Error>().is_err());
    }
}
