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
    module: "clusprop::objects::netinterface";
    /// The network-interface common properties (spec section 11.2). Writable: Description only.
    schema: NETINTERFACE;
    /// The common properties of a network interface (spec section 11.2).
    ///
    /// ```
    /// use clusprop::objects::netinterface::NetInterfaceCommonProperties;
    /// use clusprop::{PropertyList, PropertyListBuilder};
    ///
    /// let bytes = PropertyListBuilder::new()
    ///     .property("Name").sz("node1 - Ethernet")
    ///     .property("Address").sz("10.0.0.5")
    ///     .property("DhcpEnabled").dword(0)
    ///     .finish()?;
    /// let nic = NetInterfaceCommonProperties::from_list(&PropertyList::parse(&bytes)?)?;
    /// assert_eq!(nic.name.as_deref(), Some("node1 - Ethernet"));
    /// assert_eq!(nic.address.as_ref().and_then(|a| a.value()), Some(&"10.0.0.5".parse()?));
    /// assert_eq!(nic.dhcp_enabled, Some(false));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    properties: NetInterfaceCommonProperties;
    /// A validated SET_COMMON_PROPERTIES payload for a network interface (only Description is
    /// writable; feature `serde`).
    ///
    /// ```
    /// use clusprop::objects::netinterface::NetInterfaceUpdate;
    /// use clusprop::PropertyList;
    ///
    /// let update = NetInterfaceUpdate { description: Some("heartbeat".to_owned()) };
    /// let bytes = update.to_bytes()?;
    /// assert_eq!(PropertyList::parse(&bytes)?.properties().len(), 1);
    /// assert!(NetInterfaceUpdate::default().to_bytes().is_err(), "a payload sets something");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    example "clusprop::objects::netinterface::NetInterfaceState", UP = "ClusterNetInterfaceUp", "up", unnamed 7;
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
    ///
    /// ```
    /// use clusprop::objects::netinterface::NetInterfaceState;
    ///
    /// assert_eq!(NetInterfaceState::from_ms_cmrp(0), NetInterfaceState::FAILED);
    /// assert_eq!(NetInterfaceState::from_ms_cmrp(3), NetInterfaceState::UP);
    /// assert_eq!(NetInterfaceState::from_ms_cmrp(u32::MAX), NetInterfaceState::UNKNOWN);
    /// ```
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
    ///
    /// ```
    /// use clusprop::objects::netinterface::NetInterfaceState;
    ///
    /// assert_eq!(NetInterfaceState::FAILED.to_ms_cmrp(), 0);
    /// assert_eq!(NetInterfaceState::UNAVAILABLE.to_ms_cmrp(), 2);
    /// for value in 0..4 {
    ///     assert_eq!(NetInterfaceState::from_ms_cmrp(value).to_ms_cmrp(), value);
    /// }
    /// ```
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
