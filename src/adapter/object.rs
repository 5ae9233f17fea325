//! Controls of one open object of any [`ObjectKind`], written once against the raw call
//! ([`RawObject`]) so that everything above the FFI (codes, growth, decoding, typed
//! conveniences, state mapping) runs and is tested on every platform.

use super::error::{AdapterError, Call, Win32Error};
use super::growth::{read_output, Growth};
#[cfg(feature = "serde")]
use super::kind::sealed::Sealed;
use super::kind::{ObjectKind, OpenKind};
use crate::control::{Characteristics, Clctl, ControlCode, ControlOutput, Flags, OutputError};
use crate::objects::network::NetworkRole;
use crate::owned::OwnedPropertyList;
use crate::read::list::PropertyList;
use crate::read::rules::Mode;
use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;

/// A control's output bytes, owned, with the code that produced them: decode them (as many times
/// as you like) into the borrowed [`ControlOutput`] with [`decode`](Self::decode).
///
/// The adapter returns the bytes rather than a decoded value because the decoded views borrow
/// the buffer; keeping both in one owned value would make it self-referential. Decoding is one
/// pass over the buffer and allocates nothing.
///
/// ```
/// use clusprop::adapter::OwnedOutput;
/// use clusprop::control::{ControlCode, ControlOutput};
///
/// let output = OwnedOutput::new(ControlCode::NETWORK_GET_FLAGS, vec![1, 0, 0, 0]);
/// assert!(matches!(output.decode()?, ControlOutput::Dword(1)));
/// assert_eq!(output.decode()?.flags().map(|f| f.0), Some(1));
/// # Ok::<(), clusprop::control::OutputError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OwnedOutput {
    code: ControlCode,
    bytes: Vec<u8>,
}

impl OwnedOutput {
    /// The output `bytes` of the control `code`.
    #[must_use]
    pub fn new(code: ControlCode, bytes: Vec<u8>) -> OwnedOutput {
        OwnedOutput { code, bytes }
    }

    /// The control code.
    #[must_use]
    pub fn code(&self) -> ControlCode {
        self.code
    }

    /// The raw output, exactly as Windows returned it.
    #[must_use]
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The raw output, owned.
    #[must_use]
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// The output decoded by its code ([`ControlCode::decode_output`], strict mode).
    pub fn decode(&self) -> Result<ControlOutput<'_>, OutputError> {
        self.code.decode_output(&self.bytes)
    }

    /// The output decoded by its code, property lists in `mode`.
    pub fn decode_with(&self, mode: Mode) -> Result<ControlOutput<'_>, OutputError> {
        self.code.decode_output_with(&self.bytes, mode)
    }
}

/// What the Windows layer provides for an object that takes controls: its kind, the name it
/// was opened by, and one raw `Cluster*Control` call. Public in a private module: the sealed
/// supertrait of [`ClusterObject`].
pub trait RawObject {
    /// The object's kind: picks the control codes and the typed results.
    type Kind: ObjectKind;
    /// The raw host-node handle (`HNODE` on Windows).
    type Host: Copy;
    /// The Win32 control function, for errors.
    const FUNCTION: &'static str;

    /// The name the object was opened by, for errors.
    fn opened_as(&self) -> &str;

    /// One call of the control function. Returns the Win32 status.
    fn raw_control(&self, call: RawCall<'_, Self::Host>) -> u32;
}

/// The arguments of one raw `Cluster*Control` call.
#[derive(Debug)]
pub struct RawCall<'b, H> {
    /// `hHostNode`: the node that runs the control, or none (the node that hosts the object).
    pub(crate) host: Option<H>,
    /// The control code.
    pub(crate) code: ControlCode,
    /// The input buffer (its length fits in a `DWORD`; empty means no input buffer).
    pub(crate) input: &'b [u8],
    /// The output buffer (its length fits in a `DWORD`).
    pub(crate) output: &'b mut [u8],
    /// `lpBytesReturned`.
    pub(crate) returned: &'b mut u32,
}

fn call_of<O: RawObject + ?Sized>(object: &O, code: ControlCode) -> Call {
    Call::new(O::FUNCTION)
        .with_control(code)
        .with_object(object.opened_as())
}

fn code_of<O: RawObject + ?Sized>(clctl: Clctl) -> ControlCode {
    ControlCode::new(<O::Kind as ObjectKind>::OBJECT, clctl)
}

/// The controls of every object the adapter opens (`Network`, `NetInterface`, `Node`, `Group`,
/// `Resource`, `ResourceType` and the `Cluster` itself on Windows), written once for every
/// [`ObjectKind`]: the codes are the kind's (`CLUSCTL_NETWORK_GET_FLAGS` for a network's
/// [`flags`](Self::flags)), and the typed results are the kind's types.
///
/// Sealed: implemented by the adapter's handles only. Bring it into scope to call its methods
/// (`use clusprop::adapter::ClusterObject;`).
pub trait ClusterObject: RawObject {
    /// Runs a control (`ClusterNetworkControl`, `ClusterResourceTypeControl`, …) with `input`
    /// (empty for none) on the node that hosts the object, and returns its output, grown as
    /// [`read_output`](super::read_output) describes; decode it with [`OwnedOutput::decode`].
    /// Any code is accepted, including ones this crate cannot decode; a code of another object
    /// is passed on as it is (the cluster refuses it).
    fn control(&self, code: ControlCode, input: &[u8]) -> Result<OwnedOutput, AdapterError> {
        control(self, None, code, input)
    }

    /// `CLUSCTL_*_GET_CHARACTERISTICS` (0 for networks and interfaces).
    fn characteristics(&self) -> Result<Characteristics, AdapterError> {
        characteristics(self)
    }

    /// `CLUSCTL_*_GET_FLAGS`.
    fn flags(&self) -> Result<Flags, AdapterError> {
        flags(self)
    }

    /// The common properties: `CLUSCTL_*_GET_COMMON_PROPERTIES` and
    /// `…_GET_RO_COMMON_PROPERTIES`, merged (typed for networks and interfaces, an owned
    /// property list for the other kinds).
    #[cfg(feature = "serde")]
    fn common_properties(
        &self,
    ) -> Result<<Self::Kind as ObjectKind>::CommonProperties, AdapterError> {
        common_properties(self)
    }

    /// The private properties: `CLUSCTL_*_GET_PRIVATE_PROPERTIES` followed by those of
    /// `…_GET_RO_PRIVATE_PROPERTIES` (left out when the object answers that control with
    /// `ERROR_INVALID_FUNCTION`).
    fn private_properties(&self) -> Result<OwnedPropertyList, AdapterError> {
        private_properties(self)
    }

    /// Sets common properties (`CLUSCTL_*_SET_COMMON_PROPERTIES`). The payload is validated here
    /// first (a typed update's `to_bytes`: for an interface, only Description is writable; for
    /// the kinds without a typed declaration, the list's encoding); what the cluster rejects
    /// comes back as [`AdapterError::Win32`] with its code
    /// (`ERROR_CLUSTER_LAST_INTERNAL_NETWORK`, …). No output buffer is passed.
    #[cfg(feature = "serde")]
    fn set_common_properties(
        &self,
        update: &<Self::Kind as ObjectKind>::Update,
    ) -> Result<(), AdapterError> {
        let payload = update_payload::<Self::Kind>(update)?;
        send(self, Clctl::SET_COMMON_PROPERTIES, &payload)
    }

    /// Asks the cluster whether [`set_common_properties`](Self::set_common_properties) would
    /// succeed (`CLUSCTL_*_VALIDATE_COMMON_PROPERTIES`), after validating here first.
    #[cfg(feature = "serde")]
    fn validate_common_properties(
        &self,
        update: &<Self::Kind as ObjectKind>::Update,
    ) -> Result<(), AdapterError> {
        let payload = update_payload::<Self::Kind>(update)?;
        send(self, Clctl::VALIDATE_COMMON_PROPERTIES, &payload)
    }
}

impl<T: RawObject + ?Sized> ClusterObject for T {}

/// Runs a control with the growth loop of [`read_output`] and [`Growth::OUTPUT`], on `host` (or
/// the node that hosts the object).
pub(crate) fn control<O: RawObject + ?Sized>(
    object: &O,
    host: Option<O::Host>,
    code: ControlCode,
    input: &[u8],
) -> Result<OwnedOutput, AdapterError> {
    let call = call_of(object, code);
    if u32::try_from(input.len()).is_err() {
        return Err(AdapterError::InputTooLarge {
            call,
            length: input.len(),
        });
    }
    let bytes = read_output(&Growth::OUTPUT, &call, |output, returned| {
        object.raw_control(RawCall {
            host,
            code,
            input,
            output,
            returned,
        })
    })?;
    Ok(OwnedOutput::new(code, bytes))
}

/// An output decoded by its code, or the error naming the call.
fn decode<'a, O: RawObject + ?Sized>(
    object: &O,
    output: &'a OwnedOutput,
) -> Result<ControlOutput<'a>, AdapterError> {
    output.decode().map_err(|source| AdapterError::Output {
        call: call_of(object, output.code()),
        source,
    })
}

/// Runs the control `clctl` without input and hands its decoded output to `read`.
fn decoded<O, T>(
    object: &O,
    clctl: Clctl,
    what: &'static str,
    read: impl FnOnce(&ControlOutput<'_>) -> Option<T>,
) -> Result<T, AdapterError>
where
    O: RawObject + ?Sized,
{
    let code = code_of::<O>(clctl);
    let output = control(object, None, code, &[])?;
    read(&decode(object, &output)?).ok_or_else(|| AdapterError::Missing {
        call: call_of(object, code),
        what,
    })
}

/// A string control (GET_NAME, GET_ID, GET_NODE, GET_NETWORK) as a `String`.
pub(crate) fn string<O: RawObject + ?Sized>(
    object: &O,
    clctl: Clctl,
) -> Result<String, AdapterError> {
    let code = code_of::<O>(clctl);
    let units = decoded(object, clctl, "string", |out| match out {
        ControlOutput::String(s) => Some(s.try_to_string()),
        _ => None,
    })?;
    units.map_err(|error| AdapterError::InvalidName {
        call: call_of(object, code),
        error,
    })
}

/// The `Role` of GET_COMMON_PROPERTIES.
pub(crate) fn role<O: RawObject + ?Sized>(object: &O) -> Result<NetworkRole, AdapterError> {
    decoded(
        object,
        Clctl::GET_COMMON_PROPERTIES,
        "DWORD \"Role\" property",
        |out| out.role(),
    )
}

/// GET_CHARACTERISTICS.
pub(crate) fn characteristics<O: RawObject + ?Sized>(
    object: &O,
) -> Result<Characteristics, AdapterError> {
    decoded(object, Clctl::GET_CHARACTERISTICS, "DWORD", |out| {
        out.characteristics()
    })
}

/// GET_FLAGS.
pub(crate) fn flags<O: RawObject + ?Sized>(object: &O) -> Result<Flags, AdapterError> {
    decoded(object, Clctl::GET_FLAGS, "DWORD", |out| out.flags())
}

/// An output's property list, or the error saying why it is not one.
fn list_of<'a, O: RawObject + ?Sized>(
    object: &O,
    output: &'a OwnedOutput,
) -> Result<PropertyList<'a>, AdapterError> {
    decode(object, output)?
        .property_list()
        .ok_or_else(|| AdapterError::Missing {
            call: call_of(object, output.code()),
            what: "property list",
        })
}

/// GET_COMMON_PROPERTIES and GET_RO_COMMON_PROPERTIES, merged into the kind's typed common
/// properties. Both controls run before either list is read.
#[cfg(feature = "serde")]
pub(crate) fn common_properties<O: RawObject + ?Sized>(
    object: &O,
) -> Result<<O::Kind as ObjectKind>::CommonProperties, AdapterError> {
    let rw = control(
        object,
        None,
        code_of::<O>(Clctl::GET_COMMON_PROPERTIES),
        &[],
    )?;
    let ro = control(
        object,
        None,
        code_of::<O>(Clctl::GET_RO_COMMON_PROPERTIES),
        &[],
    )?;
    let mut properties = <O::Kind as Sealed>::from_list(&list_of(object, &rw)?)?;
    <O::Kind as Sealed>::merge_list(&mut properties, &list_of(object, &ro)?)?;
    Ok(properties)
}

/// GET_PRIVATE_PROPERTIES followed by the properties of GET_RO_PRIVATE_PROPERTIES (skipped when
/// the object answers that control with `ERROR_INVALID_FUNCTION`), owned.
pub(crate) fn private_properties<O: RawObject + ?Sized>(
    object: &O,
) -> Result<OwnedPropertyList, AdapterError> {
    let rw = control(
        object,
        None,
        code_of::<O>(Clctl::GET_PRIVATE_PROPERTIES),
        &[],
    )?;
    let mut list = list_of(object, &rw)?.into_owned();
    match control(
        object,
        None,
        code_of::<O>(Clctl::GET_RO_PRIVATE_PROPERTIES),
        &[],
    ) {
        Ok(ro) => list
            .properties
            .extend(list_of(object, &ro)?.into_owned().properties),
        Err(e) if e.win32() == Some(Win32Error::INVALID_FUNCTION) => {}
        Err(e) => return Err(e),
    }
    Ok(list)
}

/// Sends a SET or VALIDATE payload in one call without an output buffer (these controls return
/// nothing, and a second call would send the payload twice); output the control asks room for
/// is [`OutputError::UnexpectedOutput`].
#[cfg(feature = "serde")]
pub(crate) fn send<O: RawObject + ?Sized>(
    object: &O,
    clctl: Clctl,
    payload: &[u8],
) -> Result<(), AdapterError> {
    let code = code_of::<O>(clctl);
    let call = call_of(object, code);
    if u32::try_from(payload.len()).is_err() {
        return Err(AdapterError::InputTooLarge {
            call,
            length: payload.len(),
        });
    }
    let mut returned = 0u32;
    let status = Win32Error(object.raw_control(RawCall {
        host: None,
        code,
        input: payload,
        output: &mut [],
        returned: &mut returned,
    }));
    match status {
        Win32Error::SUCCESS if returned == 0 => Ok(()),
        Win32Error::SUCCESS | Win32Error::MORE_DATA => Err(AdapterError::Output {
            call,
            source: OutputError::UnexpectedOutput {
                code,
                length: usize::try_from(returned).unwrap_or(usize::MAX),
            },
        }),
        error => Err(AdapterError::Win32 { call, error }),
    }
}

/// The payload of an update of a `K` object, validated locally (the update's `to_bytes`).
#[cfg(feature = "serde")]
pub(crate) fn update_payload<K: ObjectKind>(update: &K::Update) -> Result<Vec<u8>, AdapterError> {
    Ok(K::payload(update)?)
}

/// What `GetCluster*State` returned for a `K` object (a `CLUSTER_*_STATE`, an `int` enum): the
/// state, or, for the unknown state (-1, in every such enum), the error `last_error` reports (and
/// the unknown state if it reports none). The states keep their bits: -1 becomes `u32::MAX`.
pub(crate) fn state<K: OpenKind>(
    raw: i32,
    last_error: impl FnOnce() -> u32,
    call: impl FnOnce() -> Call,
) -> Result<K::State, AdapterError> {
    let state = <K as super::kind::sealed::Open>::state(u32::from_ne_bytes(raw.to_ne_bytes()));
    if raw != -1 {
        return Ok(state);
    }
    match Win32Error(last_error()) {
        Win32Error::SUCCESS => Ok(state),
        error => Err(AdapterError::Win32 {
            call: call(),
            error,
        }),
    }
}

/// The error of a failed call (an open that returned NULL, …) from what `GetLastError` said
/// right after it: [`AdapterError::Win32`], or [`AdapterError::NoErrorCode`] when it said
/// `ERROR_SUCCESS` (rather than reporting a failure as "the operation completed successfully").
pub(crate) fn failure(call: Call, last_error: u32) -> AdapterError {
    match Win32Error(last_error) {
        Win32Error::SUCCESS => AdapterError::NoErrorCode { call },
        error => AdapterError::Win32 { call, error },
    }
}

/// A name as a NUL-terminated UTF-16 string for a `PCWSTR` parameter.
pub(crate) fn wide(name: &str) -> Result<Vec<u16>, AdapterError> {
    let mut units: Vec<u16> = name.encode_utf16().collect();
    if units.contains(&0) {
        return Err(AdapterError::NameWithNul {
            name: name.to_owned(),
        });
    }
    units.push(0);
    Ok(units)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapter::kind::{NetInterfaceKind, NetworkKind};
    use crate::objects::netinterface::NetInterfaceState;
    use crate::objects::network::NetworkState;
    #[cfg(feature = "serde")]
    use crate::objects::{netinterface::NetInterfaceUpdate, network::NetworkUpdate};
    use crate::write::PropertyListBuilder;
    use core::marker::PhantomData;
    use std::cell::RefCell;
    use std::collections::HashMap;

    /// A fake network or interface: canned answers by code (bytes, or an error code), and a
    /// record of every call (code, input, buffer size).
    struct Fake<K> {
        answers: HashMap<ControlCode, Result<Vec<u8>, u32>>,
        calls: RefCell<Vec<(ControlCode, Vec<u8>, usize)>>,
        kind: PhantomData<K>,
    }

    type FakeNetwork = Fake<NetworkKind>;
    type FakeInterface = Fake<NetInterfaceKind>;

    impl<K> Fake<K> {
        fn new() -> Self {
            Fake {
                answers: HashMap::new(),
                calls: RefCell::new(Vec::new()),
                kind: PhantomData,
            }
        }

        fn answer(mut self, code: ControlCode, answer: Result<Vec<u8>, u32>) -> Self {
            self.answers.insert(code, answer);
            self
        }

        fn codes(&self) -> Vec<ControlCode> {
            self.calls.borrow().iter().map(|c| c.0).collect()
        }
    }

    impl<K: ObjectKind> RawObject for Fake<K> {
        type Kind = K;
        type Host = ();
        const FUNCTION: &'static str = "FakeControl";

        fn opened_as(&self) -> &str {
            "Cluster Network 1"
        }

        fn raw_control(&self, call: RawCall<'_, ()>) -> u32 {
            let RawCall {
                host: _,
                code,
                input,
                output,
                returned,
            } = call;
            assert_eq!(code.object(), K::OBJECT);
            self.calls
                .borrow_mut()
                .push((code, input.to_vec(), output.len()));
            match self.answers.get(&code) {
                None => 1, // ERROR_INVALID_FUNCTION
                Some(Err(e)) => *e,
                Some(Ok(bytes)) => {
                    *returned = bytes.len() as u32;
                    match output.get_mut(..bytes.len()) {
                        Some(dst) => {
                            dst.copy_from_slice(bytes);
                            0
                        }
                        None => 234,
                    }
                }
            }
        }
    }

    fn utf16z(s: &str) -> Vec<u8> {
        s.encode_utf16()
            .chain([0])
            .flat_map(u16::to_le_bytes)
            .collect()
    }

    fn network_rw() -> Vec<u8> {
        PropertyListBuilder::new()
            .property("Description")
            .sz("")
            .property("Role")
            .dword(3)
            .property("Metric")
            .dword(39840)
            .property("AutoMetric")
            .dword(1)
            .trailing_end_mark(true)
            .finish()
            .unwrap()
    }

    fn network_ro() -> Vec<u8> {
        PropertyListBuilder::new()
            .property("Name")
            .sz("Cluster Network 1")
            .property("Address")
            .sz("10.0.0.0")
            .property("AddressMask")
            .sz("255.255.255.0")
            .property("IPv4Addresses")
            .multi_sz(["10.0.0.0"])
            .property("IPv4PrefixLengths")
            .multi_sz(["24"])
            .property("LinkSpeed")
            .ularge_integer(10_000_000_000)
            .trailing_end_mark(true)
            .finish()
            .unwrap()
    }

    fn network() -> FakeNetwork {
        FakeNetwork::new()
            .answer(ControlCode::NETWORK_GET_COMMON_PROPERTIES, Ok(network_rw()))
            .answer(
                ControlCode::NETWORK_GET_RO_COMMON_PROPERTIES,
                Ok(network_ro()),
            )
            .answer(
                ControlCode::NETWORK_GET_NAME,
                Ok(utf16z("Cluster Network 1")),
            )
            .answer(ControlCode::NETWORK_GET_FLAGS, Ok(vec![0, 0, 0, 0]))
            .answer(
                ControlCode::NETWORK_GET_CHARACTERISTICS,
                Ok(vec![0x11, 0, 0, 0]),
            )
            .answer(ControlCode::NETWORK_SET_COMMON_PROPERTIES, Ok(vec![]))
            .answer(ControlCode::NETWORK_VALIDATE_COMMON_PROPERTIES, Ok(vec![]))
    }

    #[test]
    fn control_returns_the_owned_output_and_decodes_it_by_its_code() {
        let net = network();
        let out = net
            .control(ControlCode::NETWORK_GET_COMMON_PROPERTIES, &[])
            .unwrap();
        assert_eq!(out.code(), ControlCode::NETWORK_GET_COMMON_PROPERTIES);
        assert_eq!(out.bytes(), network_rw());
        assert_eq!(out.decode().unwrap().role(), Some(NetworkRole(3)));
        assert_eq!(
            *net.calls.borrow(),
            [(ControlCode::NETWORK_GET_COMMON_PROPERTIES, vec![], 4096)]
        );
        // A code the crate does not know still runs; only decoding says it is unknown.
        let user = ControlCode(0x0520_0001);
        let net = FakeNetwork::new().answer(user, Ok(vec![1, 2, 3]));
        let out = net.control(user, &[9]).unwrap();
        assert_eq!(out.clone().into_bytes(), [1, 2, 3]);
        assert!(matches!(
            out.decode(),
            Err(OutputError::UnknownControl { .. })
        ));
        assert_eq!(net.calls.borrow()[0].1, [9]);
    }

    #[test]
    fn typed_getters() {
        let net = network();
        assert_eq!(role(&net).unwrap(), NetworkRole::INTERNAL_AND_CLIENT);
        assert_eq!(string(&net, Clctl::GET_NAME).unwrap(), "Cluster Network 1");
        assert_eq!(flags(&net).unwrap(), Flags(0));
        assert_eq!(characteristics(&net).unwrap(), Characteristics(0x11));
        assert_eq!(
            net.codes(),
            [
                ControlCode::NETWORK_GET_COMMON_PROPERTIES,
                ControlCode::NETWORK_GET_NAME,
                ControlCode::NETWORK_GET_FLAGS,
                ControlCode::NETWORK_GET_CHARACTERISTICS
            ]
        );
    }

    #[test]
    fn interface_codes_follow_the_object() {
        let iface = FakeInterface::new()
            .answer(ControlCode::NETINTERFACE_GET_NODE, Ok(utf16z("NODE1")))
            .answer(ControlCode::NETINTERFACE_GET_FLAGS, Ok(vec![0, 0, 0, 0]));
        assert_eq!(string(&iface, Clctl::GET_NODE).unwrap(), "NODE1");
        assert_eq!(flags(&iface).unwrap(), Flags(0));
        assert_eq!(
            iface.codes(),
            [
                ControlCode::NETINTERFACE_GET_NODE,
                ControlCode::NETINTERFACE_GET_FLAGS
            ]
        );
    }

    /// The bytes of the list `build` writes.
    fn list(build: impl FnOnce(&mut PropertyListBuilder) -> &mut PropertyListBuilder) -> Vec<u8> {
        let mut builder = PropertyListBuilder::new();
        build(&mut builder);
        builder.finish().unwrap()
    }

    #[test]
    #[cfg(feature = "serde")]
    fn common_properties_merge_both_lists() {
        let net = network();
        let props = common_properties(&net).unwrap();
        assert_eq!(props.name.as_deref(), Some("Cluster Network 1"));
        assert_eq!(props.role, Some(NetworkRole(3)));
        assert_eq!((props.metric, props.auto_metric), (Some(39840), Some(true)));
        assert_eq!(
            props.ipv4_prefixes(),
            vec![("10.0.0.0".parse().unwrap(), 24)]
        );
        assert_eq!(props.other.len(), 1, "LinkSpeed is kept");
        assert_eq!(
            net.codes(),
            [
                ControlCode::NETWORK_GET_COMMON_PROPERTIES,
                ControlCode::NETWORK_GET_RO_COMMON_PROPERTIES
            ]
        );

        let rw = list(|b| b.property("Description").sz("NIC"));
        let ro = list(|b| {
            b.property("Name").sz("NODE1 - Ethernet");
            b.property("Node").sz("NODE1");
            b.property("Network").sz("Cluster Network 1");
            b.property("DhcpEnabled").dword(0)
        });
        let iface = FakeInterface::new()
            .answer(ControlCode::NETINTERFACE_GET_COMMON_PROPERTIES, Ok(rw))
            .answer(ControlCode::NETINTERFACE_GET_RO_COMMON_PROPERTIES, Ok(ro));
        let props = common_properties(&iface).unwrap();
        assert_eq!(props.description.as_deref(), Some("NIC"));
        assert_eq!(props.node.as_deref(), Some("NODE1"));
        assert_eq!(props.network.as_deref(), Some("Cluster Network 1"));
        assert_eq!(props.dhcp_enabled, Some(false));
    }

    #[test]
    #[cfg(feature = "serde")]
    fn common_properties_report_typed_errors() {
        // AutoMetric = 2 is not a flag.
        let rw = PropertyListBuilder::new()
            .property("AutoMetric")
            .dword(2)
            .finish()
            .unwrap();
        let net = network().answer(ControlCode::NETWORK_GET_COMMON_PROPERTIES, Ok(rw));
        let err = common_properties(&net).unwrap_err();
        assert!(matches!(
            err,
            AdapterError::Property(crate::schema::PropertyError::OutOfRange { .. })
        ));
        // A malformed list names the call; its source, the code and the offset.
        let net = network().answer(
            ControlCode::NETWORK_GET_RO_COMMON_PROPERTIES,
            Ok(vec![1, 0]),
        );
        let err = common_properties(&net).unwrap_err();
        assert_eq!(
            err.to_string(),
            "FakeControl(CLUSCTL_NETWORK_GET_RO_COMMON_PROPERTIES) for \"Cluster Network 1\": \
             the output does not have the shape its control code says"
        );
        let source = std::error::Error::source(&err).map(ToString::to_string);
        assert_eq!(
            source.as_deref(),
            Some(
                "CLUSCTL_NETWORK_GET_RO_COMMON_PROPERTIES: truncated property count at offset 0: \
                 needed 4 bytes, 2 available"
            )
        );
    }

    #[test]
    fn missing_role_and_bad_outputs() {
        let net = network().answer(
            ControlCode::NETWORK_GET_COMMON_PROPERTIES,
            Ok(PropertyListBuilder::new()
                .property("Metric")
                .dword(1)
                .finish()
                .unwrap()),
        );
        let err = role(&net).unwrap_err();
        assert_eq!(
            err.to_string(),
            "FakeControl(CLUSCTL_NETWORK_GET_COMMON_PROPERTIES) for \"Cluster Network 1\": the \
             output has no DWORD \"Role\" property"
        );
        let net = network().answer(ControlCode::NETWORK_GET_FLAGS, Ok(vec![0, 0]));
        assert!(matches!(
            flags(&net).unwrap_err(),
            AdapterError::Output {
                source: OutputError::WrongLength {
                    expected: 4,
                    found: 2,
                    ..
                },
                ..
            }
        ));
        // A name with an unpaired surrogate.
        let net = network().answer(
            ControlCode::NETWORK_GET_NAME,
            Ok(vec![b'A', 0, 0x00, 0xDC, 0, 0]),
        );
        assert!(matches!(
            string(&net, Clctl::GET_NAME).unwrap_err(),
            AdapterError::InvalidName { .. }
        ));
        // Unsupported control.
        let err = characteristics(&FakeNetwork::new()).unwrap_err();
        assert_eq!(err.win32(), Some(Win32Error::INVALID_FUNCTION));
    }

    #[test]
    fn outputs_larger_than_the_first_buffer_are_read_whole() {
        let big = PropertyListBuilder::new()
            .property("Description")
            .sz(&"x".repeat(5000))
            .property("Role")
            .dword(1)
            .finish()
            .unwrap();
        let net = network().answer(ControlCode::NETWORK_GET_COMMON_PROPERTIES, Ok(big.clone()));
        assert_eq!(role(&net).unwrap(), NetworkRole(1));
        let sizes: Vec<usize> = net.calls.borrow().iter().map(|c| c.2).collect();
        assert_eq!(sizes, [4096, big.len()]);
    }

    #[test]
    fn private_properties_merge_and_skip_an_unsupported_ro_list() {
        let rw = list(|b| b.property("A").dword(1).trailing_end_mark(true));
        let ro = list(|b| b.property("B").sz("b"));
        let net = FakeNetwork::new()
            .answer(ControlCode::NETWORK_GET_PRIVATE_PROPERTIES, Ok(rw.clone()))
            .answer(ControlCode::NETWORK_GET_RO_PRIVATE_PROPERTIES, Ok(ro));
        let list = private_properties(&net).unwrap();
        let names: Vec<&str> = list.properties.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["A", "B"]);
        assert!(list.trailing_end_mark);

        let net = FakeNetwork::new().answer(ControlCode::NETWORK_GET_PRIVATE_PROPERTIES, Ok(rw));
        let list = private_properties(&net).unwrap();
        assert_eq!(list.properties.len(), 1);

        let net = FakeNetwork::new()
            .answer(
                ControlCode::NETWORK_GET_PRIVATE_PROPERTIES,
                Ok(vec![0, 0, 0, 0]),
            )
            .answer(ControlCode::NETWORK_GET_RO_PRIVATE_PROPERTIES, Err(5));
        assert_eq!(
            private_properties(&net).unwrap_err().win32(),
            Some(Win32Error::ACCESS_DENIED)
        );
    }

    #[test]
    #[cfg(feature = "serde")]
    fn updates_are_validated_before_they_are_sent() {
        let net = network();
        let bad = NetworkUpdate {
            metric: Some(0),
            ..Default::default()
        };
        let err = update_payload::<NetworkKind>(&bad)
            .and_then(|p| send(&net, Clctl::SET_COMMON_PROPERTIES, &p))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "property \"Metric\" is 0, outside 1..=268435455"
        );
        assert!(net.calls.borrow().is_empty(), "nothing was sent");

        let update = NetworkUpdate {
            role: Some(NetworkRole::INTERNAL_USE),
            ..Default::default()
        };
        let payload = update_payload::<NetworkKind>(&update).unwrap();
        send(&net, Clctl::VALIDATE_COMMON_PROPERTIES, &payload).unwrap();
        send(&net, Clctl::SET_COMMON_PROPERTIES, &payload).unwrap();
        let calls = net.calls.borrow();
        assert_eq!(calls[0].0, ControlCode::NETWORK_VALIDATE_COMMON_PROPERTIES);
        assert_eq!(calls[1].0, ControlCode::NETWORK_SET_COMMON_PROPERTIES);
        assert_eq!(calls[1].1, payload);
        assert_eq!(payload.len(), 40);
        // One call each, without an output buffer.
        assert_eq!(calls.len(), 2);
        assert!(calls.iter().all(|call| call.2 == 0), "{calls:?}");
    }

    #[test]
    #[cfg(feature = "serde")]
    fn set_errors_carry_the_code_and_its_name() {
        let net = network().answer(ControlCode::NETWORK_SET_COMMON_PROPERTIES, Err(5066));
        let payload = update_payload::<NetworkKind>(&NetworkUpdate {
            role: Some(NetworkRole::NONE),
            ..Default::default()
        })
        .unwrap();
        let err = send(&net, Clctl::SET_COMMON_PROPERTIES, &payload).unwrap_err();
        assert_eq!(err.win32(), Some(Win32Error::CLUSTER_LAST_INTERNAL_NETWORK));
        assert!(err
            .to_string()
            .contains("ERROR_CLUSTER_LAST_INTERNAL_NETWORK (5066, 0x13CA)"));
        // A SET that returns bytes is reported, not ignored.
        let net = network().answer(ControlCode::NETWORK_SET_COMMON_PROPERTIES, Ok(vec![1]));
        assert!(matches!(
            send(&net, Clctl::SET_COMMON_PROPERTIES, &payload).unwrap_err(),
            AdapterError::Output {
                source: OutputError::UnexpectedOutput { length: 1, .. },
                ..
            }
        ));
        // Interfaces: only Description is writable, checked locally.
        let payload = update_payload::<NetInterfaceKind>(&NetInterfaceUpdate {
            description: Some("NIC".into()),
        })
        .unwrap();
        let iface = FakeInterface::new()
            .answer(ControlCode::NETINTERFACE_SET_COMMON_PROPERTIES, Ok(vec![]));
        send(&iface, Clctl::SET_COMMON_PROPERTIES, &payload).unwrap();
    }

    #[test]
    fn states() {
        // (raw state, GetLastError's answer if it is asked) -> the typed state, or the Win32 error.
        type Case = (i32, Option<u32>, Result<u32, Win32Error>);
        fn check<K: OpenKind>(call: &'static str, cases: &[Case])
        where
            K::State: Into<u32>,
        {
            for &(raw, last_error, expected) in cases {
                let last_error = || last_error.expect("GetLastError is asked only after -1");
                let got = state::<K>(raw, last_error, || Call::new(call))
                    .map(Into::into)
                    .map_err(|e| e.win32().unwrap());
                assert_eq!(got, expected, "{call}: {raw}");
            }
        }
        let unknown = Ok(u32::MAX);
        check::<NetworkKind>(
            "GetClusterNetworkState",
            &[
                (3, None, Ok(NetworkState::UP.0)),
                (7, None, Ok(7)),
                (-1, Some(6), Err(Win32Error::INVALID_HANDLE)),
                (-1, Some(0), unknown),
            ],
        );
        check::<NetInterfaceKind>(
            "GetClusterNetInterfaceState",
            &[
                (0, None, Ok(NetInterfaceState::UNAVAILABLE.0)),
                (2, None, Ok(NetInterfaceState::UNREACHABLE.0)),
                (-1, Some(1722), Err(Win32Error::RPC_S_SERVER_UNAVAILABLE)),
            ],
        );
    }

    #[test]
    fn a_failure_without_an_error_code_says_so() {
        let call = || Call::new("OpenCluster").with_object("C1");
        assert_eq!(
            failure(call(), 0),
            AdapterError::NoErrorCode { call: call() }
        );
        assert_eq!(
            failure(call(), 5),
            AdapterError::Win32 {
                call: call(),
                error: Win32Error::ACCESS_DENIED
            }
        );
        assert_eq!(
            failure(call(), 0).to_string(),
            "OpenCluster for \"C1\" failed without an error code"
        );
    }

    #[test]
    fn wide_names() {
        assert_eq!(wide("LAN").unwrap(), [76, 65, 78, 0]);
        assert_eq!(wide("").unwrap(), [0]);
        assert_eq!(
            wide("a\0b").unwrap_err(),
            AdapterError::NameWithNul {
                name: "a\0b".into()
            }
        );
    }
}
