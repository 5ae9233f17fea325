//! Typed common properties of networks and network interfaces, read from property lists.

use super::schema::{PropertyError, PropertySpec, Schema, NETINTERFACE, NETWORK};
use super::NetworkRole;
use crate::list::{Property, PropertyList};
use crate::owned::OwnedProperty;
use crate::value::Value;
use core::fmt;
use core::str::FromStr;
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
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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
    pub ipv4_addresses: Vec<Parsed<Ipv4Addr>>,
    /// `IPv4PrefixLengths`, one per IPv4 address.
    pub ipv4_prefix_lengths: Vec<Parsed<u8>>,
    /// `IPv6Addresses`: IPv6 prefixes.
    pub ipv6_addresses: Vec<Parsed<Ipv6Addr>>,
    /// `IPv6PrefixLengths`, one per IPv6 address.
    pub ipv6_prefix_lengths: Vec<Parsed<u8>>,
    /// Every property this crate does not know (LinkSpeed, RdmaCapable, …), as it came.
    pub other: Vec<OwnedProperty>,
}

/// The common properties of a network interface (spec section 11.2).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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
    pub ipv4_addresses: Vec<Parsed<Ipv4Addr>>,
    /// `IPv6Addresses`.
    pub ipv6_addresses: Vec<Parsed<Ipv6Addr>>,
    /// Every property this crate does not know, as it came.
    pub other: Vec<OwnedProperty>,
}

/// Reads one property's first value against its spec.
struct Field<'a, 'v> {
    spec: &'static PropertySpec,
    value: &'a Value<'v>,
}

impl Field<'_, '_> {
    fn checked(&self) -> Result<(), PropertyError> {
        if self.value.format() != self.spec.syntax.format() {
            return Err(PropertyError::WrongSyntax {
                name: self.spec.name.to_owned(),
                expected: self.spec.syntax,
                found: self.value.syntax(),
            });
        }
        Ok(())
    }

    fn string(&self) -> Result<String, PropertyError> {
        self.checked()?;
        Ok(self
            .value
            .as_str()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default())
    }

    fn strings<T: FromStr>(&self) -> Result<Vec<Parsed<T>>, PropertyError> {
        self.checked()?;
        Ok(self
            .value
            .as_multi_sz()
            .map(|m| {
                m.iter()
                    .map(|s| Parsed::parse(s.to_string_lossy()))
                    .collect()
            })
            .unwrap_or_default())
    }

    fn dword(&self) -> Result<u32, PropertyError> {
        self.checked()?;
        self.value
            .as_u32()
            .ok_or_else(|| PropertyError::WrongSyntax {
                name: self.spec.name.to_owned(),
                expected: self.spec.syntax,
                found: self.value.syntax(),
            })
    }

    /// A DWORD 0/1 flag; other values are an error rather than a guess.
    fn flag(&self) -> Result<bool, PropertyError> {
        match self.dword()? {
            0 => Ok(false),
            1 => Ok(true),
            value => Err(PropertyError::OutOfRange {
                name: self.spec.name.to_owned(),
                value,
                min: 0,
                max: 1,
            }),
        }
    }
}

/// Walks a list, handing each known property with a value to `known`, and collecting the rest.
fn read_list(
    schema: &Schema,
    list: &PropertyList<'_>,
    other: &mut Vec<OwnedProperty>,
    mut known: impl FnMut(&str, Field<'_, '_>) -> Result<(), PropertyError>,
) -> Result<(), PropertyError> {
    for property in list.properties() {
        let spec = schema
            .properties
            .iter()
            .find(|s| property.name().eq_ignore_case(s.name));
        match (spec, property.value()) {
            (Some(spec), Some(value)) => known(
                spec.name,
                Field {
                    spec,
                    value: &value,
                },
            )?,
            _ => other.push(Property::into_owned(property)),
        }
    }
    Ok(())
}

impl NetworkCommonProperties {
    /// Reads the properties of one list (GET_COMMON_PROPERTIES or GET_RO_COMMON_PROPERTIES).
    /// Unknown properties go to [`other`](Self::other); a known property with the wrong syntax
    /// (or a flag other than 0 or 1) is an error naming it.
    pub fn from_list(list: &PropertyList<'_>) -> Result<Self, PropertyError> {
        let mut this = Self::default();
        this.merge_list(list)?;
        Ok(this)
    }

    /// Reads the properties of another list into `self` (for the read/write and the read-only
    /// lists of the same network).
    pub fn merge_list(&mut self, list: &PropertyList<'_>) -> Result<(), PropertyError> {
        let mut other = core::mem::take(&mut self.other);
        read_list(&NETWORK, list, &mut other, |name, field| {
            match name {
                "Name" => self.name = Some(field.string()?),
                "Description" => self.description = Some(field.string()?),
                "Role" => self.role = Some(NetworkRole(field.dword()?)),
                "Metric" => self.metric = Some(field.dword()?),
                "AutoMetric" => self.auto_metric = Some(field.flag()?),
                "Address" => self.address = Some(Parsed::parse(field.string()?)),
                "AddressMask" => self.address_mask = Some(Parsed::parse(field.string()?)),
                "IPv4Addresses" => self.ipv4_addresses = field.strings()?,
                "IPv4PrefixLengths" => self.ipv4_prefix_lengths = field.strings()?,
                "IPv6Addresses" => self.ipv6_addresses = field.strings()?,
                "IPv6PrefixLengths" => self.ipv6_prefix_lengths = field.strings()?,
                _ => {}
            }
            Ok(())
        })?;
        self.other = other;
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
        let mut this = Self::default();
        this.merge_list(list)?;
        Ok(this)
    }

    /// Reads the properties of another list into `self`.
    pub fn merge_list(&mut self, list: &PropertyList<'_>) -> Result<(), PropertyError> {
        let mut other = core::mem::take(&mut self.other);
        read_list(&NETINTERFACE, list, &mut other, |name, field| {
            match name {
                "Name" => self.name = Some(field.string()?),
                "Description" => self.description = Some(field.string()?),
                "Node" => self.node = Some(field.string()?),
                "Network" => self.network = Some(field.string()?),
                "Adapter" => self.adapter = Some(field.string()?),
                "AdapterId" => self.adapter_id = Some(field.string()?),
                "Address" => self.address = Some(Parsed::parse(field.string()?)),
                "DhcpEnabled" => self.dhcp_enabled = Some(field.flag()?),
                "IPv4Addresses" => self.ipv4_addresses = field.strings()?,
                "IPv6Addresses" => self.ipv6_addresses = field.strings()?,
                _ => {}
            }
            Ok(())
        })?;
        self.other = other;
        Ok(())
    }
}
