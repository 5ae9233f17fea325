//! Typed common properties of networks and network interfaces, read from property lists through
//! the property-list serde format ([`from_property_list`](crate::from_property_list)): the
//! struct's fields are the mapping, as in a ResUtil property table.

use super::schema::{Schema, NETINTERFACE, NETWORK};
use super::NetworkRole;
use crate::error::PropertyError;
use crate::owned::OwnedProperty;
use crate::plist::from_property_list;
use crate::read::list::PropertyList;
use core::fmt;
use core::str::FromStr;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// A value given as text that is kept parsed when it parses (an address, a prefix length), and
/// as the text otherwise: nothing Windows sends is dropped.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Parsed<T> {
    /// The text parsed.
    Value(T),
    /// The text did not parse; here it is.
    Text(String),
}

impl<T: FromStr> Parsed<T> {
    /// Parses `text`, keeping it when it does not parse.
    #[must_use]
    pub fn parse(text: String) -> Self {
        match text.parse() {
            Ok(v) => Parsed::Value(v),
            Err(_) => Parsed::Text(text),
        }
    }
}

impl<T> Parsed<T> {
    /// The parsed value, if the text parsed.
    #[must_use]
    pub fn value(&self) -> Option<&T> {
        match self {
            Parsed::Value(v) => Some(v),
            Parsed::Text(_) => None,
        }
    }
}

impl<T: fmt::Display> fmt::Display for Parsed<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Parsed::Value(v) => v.fmt(f),
            Parsed::Text(t) => f.write_str(t),
        }
    }
}

/// As the text.
impl<T: fmt::Display> Serialize for Parsed<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// From a string, parsed where it parses.
impl<'de, T: FromStr> Deserialize<'de> for Parsed<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Parsed::parse)
    }
}

/// The common properties of a network (spec section 11.1): the union of what
/// `CLUSCTL_NETWORK_GET_COMMON_PROPERTIES` (read/write) and `…_GET_RO_COMMON_PROPERTIES`
/// (read-only) return. A property absent from the lists read is `None` (or empty).
///
/// ```
/// use clusprop::network::{NetworkCommonProperties, NetworkRole};
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
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct NetworkCommonProperties {
    /// `Name` (read-only; renamed with SetClusterNetworkName).
    pub name: Option<String>,
    /// `Description`.
    pub description: Option<String>,
    /// `Role`.
    pub role: Option<NetworkRole>,
    /// `Metric`: lower is preferred.
    pub metric: Option<u32>,
    /// `AutoMetric`: whether the cluster sets Metric itself.
    pub auto_metric: Option<bool>,
    /// `Address`: the subnet address.
    pub address: Option<Parsed<Ipv4Addr>>,
    /// `AddressMask`: the subnet mask.
    pub address_mask: Option<Parsed<Ipv4Addr>>,
    /// `IPv4Addresses`: IPv4 subnet addresses.
    #[serde(rename = "IPv4Addresses", default)]
    pub ipv4_addresses: Vec<Parsed<Ipv4Addr>>,
    /// `IPv4PrefixLengths`, one per IPv4 address.
    #[serde(rename = "IPv4PrefixLengths", default)]
    pub ipv4_prefix_lengths: Vec<Parsed<u8>>,
    /// `IPv6Addresses`: IPv6 prefixes.
    #[serde(rename = "IPv6Addresses", default)]
    pub ipv6_addresses: Vec<Parsed<Ipv6Addr>>,
    /// `IPv6PrefixLengths`, one per IPv6 address.
    #[serde(rename = "IPv6PrefixLengths", default)]
    pub ipv6_prefix_lengths: Vec<Parsed<u8>>,
    /// Every property the schema does not know (LinkSpeed, RdmaCapable, …), as it came.
    #[serde(skip)]
    pub other: Vec<OwnedProperty>,
}

/// The common properties of a network interface (spec section 11.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct NetInterfaceCommonProperties {
    /// `Name` (cluster-generated).
    pub name: Option<String>,
    /// `Description`, the only writable one.
    pub description: Option<String>,
    /// `Node`: the owning node.
    pub node: Option<String>,
    /// `Network`: the network's name.
    pub network: Option<String>,
    /// `Adapter`: the adapter's name.
    pub adapter: Option<String>,
    /// `AdapterId`: the adapter's GUID as text, without braces.
    pub adapter_id: Option<String>,
    /// `Address`: the primary address.
    pub address: Option<Parsed<IpAddr>>,
    /// `DhcpEnabled`.
    pub dhcp_enabled: Option<bool>,
    /// `IPv4Addresses`.
    #[serde(rename = "IPv4Addresses", default)]
    pub ipv4_addresses: Vec<Parsed<Ipv4Addr>>,
    /// `IPv6Addresses`.
    #[serde(rename = "IPv6Addresses", default)]
    pub ipv6_addresses: Vec<Parsed<Ipv6Addr>>,
    /// Every property the schema does not know, as it came.
    #[serde(skip)]
    pub other: Vec<OwnedProperty>,
}

/// The properties of `list` that `schema` does not know.
fn unknown(schema: &Schema, list: &PropertyList<'_>) -> Vec<OwnedProperty> {
    list.properties()
        .filter(|p| {
            !schema
                .properties
                .iter()
                .any(|s| p.name().eq_ignore_case(s.name))
        })
        .map(|p| p.into_owned())
        .collect()
}

/// `later` wins where it has a value.
fn merge_option<T>(earlier: &mut Option<T>, later: Option<T>) {
    if later.is_some() {
        *earlier = later;
    }
}

fn merge_vec<T>(earlier: &mut Vec<T>, later: Vec<T>) {
    if !later.is_empty() {
        *earlier = later;
    }
}

impl NetworkCommonProperties {
    /// Reads the properties of one list (GET_COMMON_PROPERTIES or GET_RO_COMMON_PROPERTIES).
    /// Unknown properties go to [`other`](Self::other); a known property with the wrong syntax
    /// (or a flag other than 0 or 1) is an error naming it.
    pub fn from_list(list: &PropertyList<'_>) -> Result<Self, PropertyError> {
        let mut this: Self = from_property_list(list)?;
        this.other = unknown(&NETWORK, list);
        Ok(this)
    }

    /// Reads another list into `self` (the read/write and the read-only lists of the same
    /// network); what the new list has replaces what `self` had.
    pub fn merge_list(&mut self, list: &PropertyList<'_>) -> Result<(), PropertyError> {
        let new = Self::from_list(list)?;
        merge_option(&mut self.name, new.name);
        merge_option(&mut self.description, new.description);
        merge_option(&mut self.role, new.role);
        merge_option(&mut self.metric, new.metric);
        merge_option(&mut self.auto_metric, new.auto_metric);
        merge_option(&mut self.address, new.address);
        merge_option(&mut self.address_mask, new.address_mask);
        merge_vec(&mut self.ipv4_addresses, new.ipv4_addresses);
        merge_vec(&mut self.ipv4_prefix_lengths, new.ipv4_prefix_lengths);
        merge_vec(&mut self.ipv6_addresses, new.ipv6_addresses);
        merge_vec(&mut self.ipv6_prefix_lengths, new.ipv6_prefix_lengths);
        self.other.extend(new.other);
        Ok(())
    }

    /// The IPv4 subnets as (address, prefix length) pairs, where both parsed.
    #[must_use]
    pub fn ipv4_prefixes(&self) -> Vec<(Ipv4Addr, u8)> {
        pairs(&self.ipv4_addresses, &self.ipv4_prefix_lengths)
    }

    /// The IPv6 prefixes as (address, prefix length) pairs, where both parsed.
    #[must_use]
    pub fn ipv6_prefixes(&self) -> Vec<(Ipv6Addr, u8)> {
        pairs(&self.ipv6_addresses, &self.ipv6_prefix_lengths)
    }
}

fn pairs<A: Copy>(addresses: &[Parsed<A>], lengths: &[Parsed<u8>]) -> Vec<(A, u8)> {
    addresses
        .iter()
        .zip(lengths)
        .filter_map(|(a, l)| Some((*a.value()?, *l.value()?)))
        .collect()
}

impl NetInterfaceCommonProperties {
    /// Reads the properties of one list; see [`NetworkCommonProperties::from_list`].
    pub fn from_list(list: &PropertyList<'_>) -> Result<Self, PropertyError> {
        let mut this: Self = from_property_list(list)?;
        this.other = unknown(&NETINTERFACE, list);
        Ok(this)
    }

    /// Reads another list into `self`; what the new list has replaces what `self` had.
    pub fn merge_list(&mut self, list: &PropertyList<'_>) -> Result<(), PropertyError> {
        let new = Self::from_list(list)?;
        merge_option(&mut self.name, new.name);
        merge_option(&mut self.description, new.description);
        merge_option(&mut self.node, new.node);
        merge_option(&mut self.network, new.network);
        merge_option(&mut self.adapter, new.adapter);
        merge_option(&mut self.adapter_id, new.adapter_id);
        merge_option(&mut self.address, new.address);
        merge_option(&mut self.dhcp_enabled, new.dhcp_enabled);
        merge_vec(&mut self.ipv4_addresses, new.ipv4_addresses);
        merge_vec(&mut self.ipv6_addresses, new.ipv6_addresses);
        self.other.extend(new.other);
        Ok(())
    }
}
