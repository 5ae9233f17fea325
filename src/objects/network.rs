//! Networks (`CLUSTER_OBJECT_TYPE_NETWORK`): roles, states and the state rule (spec section 12),
//! and the common properties (section 11.1), declared once: the [`NETWORK`] schema, the typed
//! [`NetworkCommonProperties`] and the validated [`NetworkUpdate`] come from that declaration.
//!
//! ```
//! use clusprop::control::ControlCode;
//! use clusprop::objects::network::{NetworkCommonProperties, NetworkRole, NetworkUpdate};
//!
//! // Decode what CLUSCTL_NETWORK_GET_COMMON_PROPERTIES returned …
//! let buffer = NetworkUpdate { role: Some(NetworkRole::INTERNAL_USE), ..Default::default() }.to_bytes()?;
//! let output = ControlCode::NETWORK_GET_COMMON_PROPERTIES.decode_output(&buffer)?;
//! assert_eq!(output.role(), Some(NetworkRole::INTERNAL_USE));
//! let props = NetworkCommonProperties::from_list(&output.property_list().unwrap())?;
//! assert_eq!(props.role, Some(NetworkRole::INTERNAL_USE));
//!
//! // … and build a validated payload that changes only what differs.
//! let update = NetworkUpdate { role: Some(NetworkRole::INTERNAL_USE), metric: Some(1000), ..Default::default() };
//! let payload = update.changed_from(&output.property_list().unwrap())?.unwrap();
//! assert_eq!(payload, NetworkUpdate { metric: Some(1000), ..Default::default() }.to_bytes()?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::netinterface::NetInterfaceState;
use crate::control::ControlOutput;
use crate::schema::object;
#[cfg(feature = "serde")]
use crate::schema::Parsed;
#[cfg(feature = "serde")]
use alloc::string::String;
#[cfg(feature = "serde")]
use alloc::vec::Vec;
#[cfg(feature = "serde")]
use core::net::{Ipv4Addr, Ipv6Addr};

object! {
    object: "network";
    module: "clusprop::objects::network";
    /// The network common properties (spec section 11.1). Writable: Description, Role (0..=3),
    /// Metric (1..=0x0FFFFFFF) and AutoMetric (0..=1).
    schema: NETWORK;
    /// The common properties of a network (spec section 11.1): the union of what
    /// `CLUSCTL_NETWORK_GET_COMMON_PROPERTIES` (read/write) and `…_GET_RO_COMMON_PROPERTIES`
    /// (read-only) return. A property absent from the lists read is `None` (or empty).
    ///
    /// ```
    /// use clusprop::objects::network::{NetworkCommonProperties, NetworkRole};
    /// use clusprop::{PropertyList, PropertyListBuilder};
    ///
    /// let bytes = PropertyListBuilder::new()
    ///     .property("Name").sz("Cluster Network 1")
    ///     .property("Role").dword(3)
    ///     .property("IPv4Addresses").multi_sz(["10.0.0.0"])
    ///     .property("IPv4PrefixLengths").multi_sz(["24"])
    ///     .property("LinkSpeed").ularge_integer(10_000_000_000)
    ///     .finish()?;
    /// let network = NetworkCommonProperties::from_list(&PropertyList::parse(&bytes)?)?;
    /// assert_eq!(network.name.as_deref(), Some("Cluster Network 1"));
    /// assert_eq!(network.role, Some(NetworkRole::INTERNAL_AND_CLIENT));
    /// assert_eq!(network.ipv4_prefixes(), vec![("10.0.0.0".parse()?, 24)]);
    /// assert_eq!(network.other[0].name, "LinkSpeed", "unknown properties are kept");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    properties: NetworkCommonProperties;
    /// A validated SET_COMMON_PROPERTIES payload for a network: the properties to change
    /// (feature `serde`: it maps through [`Schema::payload`](crate::schema::Schema::payload)).
    ///
    /// ```
    /// use clusprop::objects::network::{NetworkRole, NetworkUpdate};
    ///
    /// // Spec section 14.4 (a): Role = internal use, exactly 40 bytes.
    /// let update = NetworkUpdate { role: Some(NetworkRole::INTERNAL_USE), ..Default::default() };
    /// assert_eq!(update.to_bytes()?.len(), 40);
    ///
    /// let bad = NetworkUpdate { metric: Some(0), ..Default::default() };
    /// assert_eq!(bad.to_bytes().unwrap_err().to_string(), "property \"Metric\" is 0, outside 1..=268435455");
    /// # Ok::<(), clusprop::schema::PropertyError>(())
    /// ```
    update: NetworkUpdate;

    /// `Name` (read-only; renamed with SetClusterNetworkName).
    ro "Name" name: Option<String> = SZ;
    /// `Description`.
    rw "Description" description: Option<String> = SZ;
    /// `Role` (0..=3).
    rw "Role" role: Option<NetworkRole> = DWORD, 0..=3;
    /// `Metric` (1..=0x0FFFFFFF): lower is preferred. Windows sets AutoMetric to 0 when Metric
    /// is set.
    rw "Metric" metric: Option<u32> = DWORD, 1..=0x0FFF_FFFF;
    /// `AutoMetric`: whether the cluster sets Metric itself.
    rw "AutoMetric" auto_metric: Option<bool> = DWORD, 0..=1;
    /// `Address`: the subnet address.
    ro "Address" address: Option<Parsed<Ipv4Addr>> = SZ;
    /// `AddressMask`: the subnet mask.
    ro "AddressMask" address_mask: Option<Parsed<Ipv4Addr>> = SZ;
    /// `IPv4Addresses`: IPv4 subnet addresses.
    ro "IPv4Addresses" ipv4_addresses: Vec<Parsed<Ipv4Addr>> = MULTI_SZ;
    /// `IPv4PrefixLengths`, one per IPv4 address.
    ro "IPv4PrefixLengths" ipv4_prefix_lengths: Vec<Parsed<u8>> = MULTI_SZ;
    /// `IPv6Addresses`: IPv6 prefixes.
    ro "IPv6Addresses" ipv6_addresses: Vec<Parsed<Ipv6Addr>> = MULTI_SZ;
    /// `IPv6PrefixLengths`, one per IPv6 address.
    ro "IPv6PrefixLengths" ipv6_prefix_lengths: Vec<Parsed<u8>> = MULTI_SZ;
}

#[cfg(feature = "serde")]
impl NetworkCommonProperties {
    /// The IPv4 subnets as (address, prefix length) pairs, where both parsed.
    ///
    /// ```
    /// use clusprop::objects::network::NetworkCommonProperties;
    /// use clusprop::{PropertyList, PropertyListBuilder};
    /// use std::net::Ipv4Addr;
    ///
    /// let bytes = PropertyListBuilder::new()
    ///     .property("IPv4Addresses").multi_sz(["10.0.0.0", "not an address"])
    ///     .property("IPv4PrefixLengths").multi_sz(["24", "16"])
    ///     .finish()?;
    /// let network = NetworkCommonProperties::from_list(&PropertyList::parse(&bytes)?)?;
    /// assert_eq!(network.ipv4_prefixes(), [(Ipv4Addr::new(10, 0, 0, 0), 24)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ipv4_prefixes(&self) -> Vec<(Ipv4Addr, u8)> {
        pairs(&self.ipv4_addresses, &self.ipv4_prefix_lengths)
    }

    /// The IPv6 prefixes as (address, prefix length) pairs, where both parsed.
    ///
    /// ```
    /// use clusprop::objects::network::NetworkCommonProperties;
    /// use clusprop::{PropertyList, PropertyListBuilder};
    ///
    /// let bytes = PropertyListBuilder::new()
    ///     .property("IPv6Addresses").multi_sz(["fd00::"])
    ///     .property("IPv6PrefixLengths").multi_sz(["64"])
    ///     .finish()?;
    /// let network = NetworkCommonProperties::from_list(&PropertyList::parse(&bytes)?)?;
    /// assert_eq!(network.ipv6_prefixes(), [("fd00::".parse()?, 64)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ipv6_prefixes(&self) -> Vec<(Ipv6Addr, u8)> {
        pairs(&self.ipv6_addresses, &self.ipv6_prefix_lengths)
    }
}

#[cfg(feature = "serde")]
fn pairs<A: Copy>(addresses: &[Parsed<A>], lengths: &[Parsed<u8>]) -> Vec<(A, u8)> {
    addresses
        .iter()
        .zip(lengths)
        .filter_map(|(a, l)| Some((*a.value()?, *l.value()?)))
        .collect()
}

impl ControlOutput<'_> {
    /// The network role: the `Role` property of a property list (a network's
    /// GET_COMMON_PROPERTIES output).
    #[must_use]
    pub fn role(&self) -> Option<NetworkRole> {
        let value = self.property_list()?.get("Role")?.value()?.as_u32()?;
        Some(NetworkRole(value))
    }
}

constants! {
    /// `CLUSTER_NETWORK_ROLE`: what the cluster uses a network for. A bit set: bit 0 internal
    /// (heartbeat) traffic, bit 1 client access.
    ///
    /// ```
    /// use clusprop::objects::network::NetworkRole;
    ///
    /// let role = NetworkRole(3);
    /// assert_eq!(role, NetworkRole::INTERNAL_AND_CLIENT);
    /// assert!(role.internal_use() && role.client_access());
    /// assert_eq!(role.to_string(), "internal and client access");
    /// assert_eq!(NetworkRole(8).to_string(), "unknown role 8");
    ///
    /// // Microsoft's names, with or without the prefix, and numbers parse back.
    /// assert_eq!(role.name(), Some("ClusterNetworkRoleInternalAndClient"));
    /// let internal = NetworkRole::INTERNAL_USE;
    /// assert_eq!("ClusterNetworkRoleInternalUse".parse::<NetworkRole>()?, internal);
    /// assert_eq!("InternalUse".parse::<NetworkRole>()?, internal);
    /// assert_eq!("0x2".parse::<NetworkRole>()?, NetworkRole::CLIENT_ACCESS);
    /// assert_eq!("8".parse::<NetworkRole>()?, NetworkRole(8));
    /// let err = "heartbeat".parse::<NetworkRole>().unwrap_err();
    /// assert_eq!((err.type_name(), err.text()), ("NetworkRole", "heartbeat"));
    /// # Ok::<(), clusprop::syntax::UnknownConstant>(())
    /// ```
    #[derive(Default)]
    pub struct NetworkRole(pub u32);
    prefix "ClusterNetworkRole", display "unknown role {}", debug value, serde transparent;
    example "clusprop::objects::network::NetworkRole", INTERNAL_USE = "ClusterNetworkRoleInternalUse", "internal use", unnamed 7;
    /// `ClusterNetworkRoleNone` (0): not used by the cluster.
    NONE = 0, "ClusterNetworkRoleNone", "none";
    /// `ClusterNetworkRoleInternalUse` (1): internal (heartbeat) traffic only.
    INTERNAL_USE = 1, "ClusterNetworkRoleInternalUse", "internal use";
    /// `ClusterNetworkRoleClientAccess` (2): client access only. Microsoft now documents it as
    /// "not supported" for setting.
    CLIENT_ACCESS = 2, "ClusterNetworkRoleClientAccess", "client access";
    /// `ClusterNetworkRoleInternalAndClient` (3): both; the default.
    INTERNAL_AND_CLIENT = 3, "ClusterNetworkRoleInternalAndClient", "internal and client access";
}

impl NetworkRole {
    /// Bit 0: the cluster sends internal traffic over the network.
    ///
    /// ```
    /// use clusprop::objects::network::NetworkRole;
    ///
    /// assert!(NetworkRole::INTERNAL_AND_CLIENT.internal_use());
    /// assert!(!NetworkRole::CLIENT_ACCESS.internal_use());
    /// ```
    #[must_use]
    pub const fn internal_use(self) -> bool {
        self.0 & 1 != 0
    }

    /// Bit 1: clients reach the cluster over the network.
    ///
    /// ```
    /// use clusprop::objects::network::NetworkRole;
    ///
    /// assert!(NetworkRole::CLIENT_ACCESS.client_access());
    /// assert!(!NetworkRole::INTERNAL_USE.client_access());
    /// ```
    #[must_use]
    pub const fn client_access(self) -> bool {
        self.0 & 2 != 0
    }

    /// Whether this is one of the four defined values.
    ///
    /// ```
    /// use clusprop::objects::network::NetworkRole;
    ///
    /// assert!(NetworkRole::NONE.is_known());
    /// assert!(!NetworkRole(4).is_known());
    /// ```
    #[must_use]
    pub const fn is_known(self) -> bool {
        self.0 <= 3
    }
}

constants! {
    /// `CLUSTER_NETWORK_STATE`, as `GetClusterNetworkState` returns it.
    ///
    /// ```
    /// use clusprop::objects::network::NetworkState;
    ///
    /// assert_eq!(NetworkState::UP.to_string(), "up");
    /// assert_eq!(NetworkState(7).to_string(), "unknown state 7");
    /// assert_eq!(format!("{:?}", NetworkState::PARTITIONED), "NetworkState(partitioned)");
    /// assert_eq!("ClusterNetworkDown".parse::<NetworkState>()?, NetworkState::DOWN);
    /// # Ok::<(), clusprop::syntax::UnknownConstant>(())
    /// ```
    pub struct NetworkState(pub u32);
    prefix "ClusterNetwork", display "unknown state {}", debug display, serde transparent;
    example "clusprop::objects::network::NetworkState", UP = "ClusterNetworkUp", "up", unnamed 7;
    /// `ClusterNetworkStateUnknown` (-1): the state could not be retrieved.
    UNKNOWN = u32::MAX, "ClusterNetworkStateUnknown", "unknown";
    /// `ClusterNetworkUnavailable` (0): every interface is unavailable.
    UNAVAILABLE = 0, "ClusterNetworkUnavailable", "unavailable";
    /// `ClusterNetworkDown` (1): no node can communicate over the network.
    DOWN = 1, "ClusterNetworkDown", "down";
    /// `ClusterNetworkPartitioned` (2): operational, but some nodes cannot communicate.
    PARTITIONED = 2, "ClusterNetworkPartitioned", "partitioned";
    /// `ClusterNetworkUp` (3): every node can communicate.
    UP = 3, "ClusterNetworkUp", "up";
}

impl NetworkState {
    /// The network's state derived from its interfaces' states (MS-CMRP 3.1.4.1.83), with a
    /// policy for the combinations MS-CMRP leaves open:
    ///
    /// 1. Unavailable interfaces (their node is not up) say nothing about the network and are set
    ///    aside, and so are interfaces whose state is unknown or unrecognized. If nothing is left
    ///    (no interfaces at all, or all of them unavailable or unknown): **Unavailable**.
    /// 2. If every remaining interface is Up: **Up** (a single Up interface included).
    /// 3. If at least two are Up and some are Unreachable or Failed: **Partitioned** (some nodes
    ///    can talk to each other, others cannot).
    /// 4. Otherwise (no Up interface, or one Up with the rest Unreachable or Failed): **Down**.
    ///
    /// Where MS-CMRP's table applies, this agrees with it: all Unavailable gives Unavailable; all
    /// Failed or Unreachable gives Down; Unreachable with at least two Up gives Partitioned; all Up
    /// gives Up.
    ///
    /// ```
    /// use clusprop::objects::netinterface::NetInterfaceState as I;
    /// use clusprop::objects::network::NetworkState as N;
    ///
    /// assert_eq!(N::from_interfaces([I::UP, I::UP]), N::UP);
    /// assert_eq!(N::from_interfaces([I::UP, I::UP, I::UNREACHABLE]), N::PARTITIONED);
    /// assert_eq!(N::from_interfaces([I::UP, I::UNAVAILABLE]), N::UP);
    /// assert_eq!(N::from_interfaces([I::UP, I::FAILED]), N::DOWN);
    /// assert_eq!(N::from_interfaces([]), N::UNAVAILABLE);
    /// ```
    pub fn from_interfaces<I>(states: I) -> NetworkState
    where
        I: IntoIterator<Item = NetInterfaceState>,
    {
        let (mut up, mut impaired) = (0usize, 0usize);
        for state in states {
            match state {
                NetInterfaceState::UP => up = up.saturating_add(1),
                NetInterfaceState::FAILED | NetInterfaceState::UNREACHABLE => {
                    impaired = impaired.saturating_add(1);
                }
                _ => {}
            }
        }
        match (up, impaired) {
            (0, 0) => NetworkState::UNAVAILABLE,
            (_, 0) => NetworkState::UP,
            (2.., _) => NetworkState::PARTITIONED,
            _ => NetworkState::DOWN,
        }
    }
}
