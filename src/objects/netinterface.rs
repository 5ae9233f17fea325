//! Network interfaces (`CLUSTER_OBJECT_TYPE_NETWORK_INTERFACE`): states (spec section 12) and
//! the common properties (section 11.2), declared once: the [`NETINTERFACE`] schema, the typed
//! [`NetInterfaceCommonProperties`] and the validated [`NetInterfaceUpdate`] come from that
//! declaration.

use crate::schema::object;
#[cfg(feature = "serde")]
use crate::schema::Parsed;
#[cfg(feature = "serde")]
use alloc::string::String;
#[cfg(feature = "serde")]
use alloc::vec::Vec;
#[cfg(feature = "serde")]
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

object! {
    object: "netinterface";
    /// The network-interface common properties (spec section 11.2). Writable: Description only.
    schema: NETINTERFACE;
    /// The common properties of a network interface (spec section 11.2).
    properties: NetInterfaceCommonProperties;
    /// A validated SET_COMMON_PROPERTIES payload for a network interface (only Description is
    /// writable; feature `serde`).
    update: NetInterfaceUpdate;

    /// `Name` (cluster-generated).
    ro "Name" name: Option<String> = SZ;
    /// `Description`, the only writable one.
    rw "Description" description: Option<String> = SZ;
    /// `Node`: the owning node.
    ro "Node" node: Option<String> = SZ;
    /// `Network`: the network's name.
    ro "Network" network: Option<String> = SZ;
    /// `Adapter`: the adapter's name.
    ro "Adapter" adapter: Option<String> = SZ;
    /// `AdapterId`: the adapter's GUID as text, without braces.
    ro "AdapterId" adapter_id: Option<String> = SZ;
    /// `Address`: the primary address.
    ro "Address" address: Option<Parsed<IpAddr>> = SZ;
    /// `DhcpEnabled`.
    ro "DhcpEnabled" dhcp_enabled: Option<bool> = DWORD, 0..=1;
    /// `IPv4Addresses`.
    ro "IPv4Addresses" ipv4_addresses: Vec<Parsed<Ipv4Addr>> = MULTI_SZ;
    /// `IPv6Addresses`.
    ro "IPv6Addresses" ipv6_addresses: Vec<Parsed<Ipv6Addr>> = MULTI_SZ;
}

constants! {
    /// `CLUSTER_NETINTERFACE_STATE` in the numbering of the Windows SDK, which is what
    /// `GetClusterNetInterfaceState` returns to Win32 programs (and what WMI's
    /// `MSCluster_NetworkInterface.State` uses): Unavailable 0, Failed 1, Unreachable 2, Up 3.
    ///
    /// MS-CMRP (and Samba's IDL, which copies it) numbers the same states differently on the
    /// RPC wire: Failed 0, Unreachable 1, Unavailable 2, Up 3. Which numbering the RPC wire really
    /// carries is unverified; convert explicitly with [`from_ms_cmrp`](Self::from_ms_cmrp) and
    /// [`to_ms_cmrp`](Self::to_ms_cmrp) when you read MS-CMRP messages.
    ///
    /// ```
    /// use clusprop::objects::netinterface::NetInterfaceState;
    ///
    /// assert_eq!(NetInterfaceState(1), NetInterfaceState::FAILED);
    /// assert_eq!(NetInterfaceState::from_ms_cmrp(0), NetInterfaceState::FAILED);
    /// assert_eq!(NetInterfaceState::UNAVAILABLE.to_ms_cmrp(), 2);
    /// ```
    pub struct NetInterfaceState(pub u32);
    prefix "ClusterNetInterface", display "unknown state {}", debug display,
        serde transparent;
    /// `ClusterNetInterfaceStateUnknown` (-1).
    UNKNOWN = u32::MAX, "ClusterNetInterfaceStateUnknown", "unknown";
    /// `ClusterNetInterfaceUnavailable` (0): the owning node is not up or paused.
    UNAVAILABLE = 0, "ClusterNetInterfaceUnavailable", "unavailable";
    /// `ClusterNetInterfaceFailed` (1): cannot talk to any other interface.
    FAILED = 1, "ClusterNetInterfaceFailed", "failed";
    /// `ClusterNetInterfaceUnreachable` (2): cannot talk to at least one interface that is not
    /// failed or unavailable.
    UNREACHABLE = 2, "ClusterNetInterfaceUnreachable", "unreachable";
    /// `ClusterNetInterfaceUp` (3): can talk to every interface that is not failed or unavailable.
    UP = 3, "ClusterNetInterfaceUp", "up";
}

impl NetInterfaceState {
    /// From MS-CMRP's numbering (Failed 0, Unreachable 1, Unavailable 2, Up 3, Unknown -1); other
    /// values are kept unchanged.
    #[must_use]
    pub const fn from_ms_cmrp(value: u32) -> NetInterfaceState {
        match value {
            0 => NetInterfaceState::FAILED,
            1 => NetInterfaceState::UNREACHABLE,
            2 => NetInterfaceState::UNAVAILABLE,
            other => NetInterfaceState(other),
        }
    }

    /// To MS-CMRP's numbering; the inverse of [`from_ms_cmrp`](Self::from_ms_cmrp).
    #[must_use]
    pub const fn to_ms_cmrp(self) -> u32 {
        match self {
            NetInterfaceState::FAILED => 0,
            NetInterfaceState::UNREACHABLE => 1,
            NetInterfaceState::UNAVAILABLE => 2,
            NetInterfaceState(other) => other,
        }
    }
}
