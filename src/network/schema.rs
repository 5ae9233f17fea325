//! The common-property schemas of networks and network interfaces (spec section 11), the
//! validator for SET / VALIDATE_COMMON_PROPERTIES payloads (section 13), and typed updates.

#[cfg(feature = "serde")]
use super::NetworkRole;
use crate::error::PropertyError;
use crate::read::list::{Property, PropertyList};
use crate::read::utf16::chars_eq_ignore_case;
use crate::read::value::Value;
use crate::syntax::{Format, Syntax};
use crate::write::PropertyListBuilder;
use core::ops::RangeInclusive;

/// One common property of an object: its name, syntax, whether clients may set it, and the
/// allowed range of a DWORD.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertySpec {
    /// The name, as Windows spells it.
    pub name: &'static str,
    /// The syntax Windows uses for its value.
    pub syntax: Syntax,
    /// Whether SET_COMMON_PROPERTIES may change it.
    pub writable: bool,
    /// The allowed values of a DWORD property.
    pub range: Option<RangeInclusive<u32>>,
}

/// The common properties of an object, in Windows' order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schema {
    /// What the schema describes (`network`, `netinterface`).
    pub object: &'static str,
    /// The properties; the writable ones come in the order payloads list them.
    pub properties: &'static [PropertySpec],
}

const fn spec(
    name: &'static str,
    syntax: Syntax,
    writable: bool,
    range: Option<RangeInclusive<u32>>,
) -> PropertySpec {
    PropertySpec {
        name,
        syntax,
        writable,
        range,
    }
}

const SZ: Syntax = Syntax::LIST_VALUE_SZ;
const DWORD: Syntax = Syntax::LIST_VALUE_DWORD;
const MULTI_SZ: Syntax = Syntax::LIST_VALUE_MULTI_SZ;

/// The network common properties (spec section 11.1). Writable: Description, Role (0..=3),
/// Metric (1..=0x0FFFFFFF) and AutoMetric (0..=1).
pub const NETWORK: Schema = Schema {
    object: "network",
    properties: &[
        spec("Name", SZ, false, None),
        spec("Description", SZ, true, None),
        spec("Role", DWORD, true, Some(0..=3)),
        spec("Metric", DWORD, true, Some(1..=0x0FFF_FFFF)),
        spec("AutoMetric", DWORD, true, Some(0..=1)),
        spec("Address", SZ, false, None),
        spec("AddressMask", SZ, false, None),
        spec("IPv4Addresses", MULTI_SZ, false, None),
        spec("IPv4PrefixLengths", MULTI_SZ, false, None),
        spec("IPv6Addresses", MULTI_SZ, false, None),
        spec("IPv6PrefixLengths", MULTI_SZ, false, None),
    ],
};

/// The network-interface common properties (spec section 11.2). Writable: Description only.
pub const NETINTERFACE: Schema = Schema {
    object: "netinterface",
    properties: &[
        spec("Name", SZ, false, None),
        spec("Description", SZ, true, None),
        spec("Node", SZ, false, None),
        spec("Network", SZ, false, None),
        spec("Adapter", SZ, false, None),
        spec("AdapterId", SZ, false, None),
        spec("Address", SZ, false, None),
        spec("DhcpEnabled", DWORD, false, Some(0..=1)),
        spec("IPv4Addresses", MULTI_SZ, false, None),
        spec("IPv6Addresses", MULTI_SZ, false, None),
    ],
};

impl Schema {
    /// The property named `name` (compared case-insensitively, as Windows does).
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&'static PropertySpec> {
        self.properties
            .iter()
            .find(|p| chars_eq_ignore_case(p.name.chars(), name.chars()))
    }

    fn spec_of(&self, property: &Property<'_>) -> Option<&'static PropertySpec> {
        self.properties
            .iter()
            .find(|p| property.name().eq_ignore_case(p.name))
    }

    /// Checks a SET / VALIDATE_COMMON_PROPERTIES payload before it is sent: not empty; every
    /// property known, writable, given once with exactly one value of the schema's syntax; DWORDs
    /// in range. The first problem is returned.
    ///
    /// ```
    /// use clusprop::network::{PropertyError, NETWORK};
    /// use clusprop::{PropertyList, PropertyListBuilder};
    ///
    /// let bytes = PropertyListBuilder::new().property("Name").sz("LAN").finish()?;
    /// let err = NETWORK.validate(&PropertyList::parse(&bytes)?).unwrap_err();
    /// assert_eq!(err, PropertyError::ReadOnly { object: "network", name: "Name".into() });
    /// assert_eq!(err.to_string(), "property \"Name\" of a network is read-only");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate(&self, list: &PropertyList<'_>) -> Result<(), PropertyError> {
        if list.is_empty() {
            return Err(PropertyError::Empty);
        }
        for (index, property) in list.properties().enumerate() {
            let spec = self
                .spec_of(&property)
                .ok_or_else(|| PropertyError::Unknown {
                    object: self.object,
                    name: property.name().to_string_lossy(),
                })?;
            // Known properties are named as the schema spells them.
            let name = || spec.name.to_owned();
            if !spec.writable {
                return Err(PropertyError::ReadOnly {
                    object: self.object,
                    name: name(),
                });
            }
            if list
                .properties()
                .take(index)
                .any(|earlier| earlier.name().eq_ignore_case(spec.name))
            {
                return Err(PropertyError::Duplicate { name: name() });
            }
            match (property.value_count(), property.value()) {
                (1, Some(value)) => check_value(spec, &value)?,
                (count, _) => {
                    return Err(PropertyError::ValueCount {
                        name: name(),
                        count,
                    })
                }
            }
        }
        Ok(())
    }

    /// Parses `bytes` strictly and [validates](Self::validate) them.
    pub fn validate_bytes(&self, bytes: &[u8]) -> Result<(), PropertyError> {
        self.validate(&PropertyList::parse(bytes)?)
    }

    /// The payload of only the properties of `update` whose value differs from `current` (a
    /// GET_COMMON_PROPERTIES output), like Microsoft's `CClusPropList` builds it, but comparing
    /// strings exactly (case-sensitively): changing only the case of a Description is a change.
    /// `None` when nothing changes. The result is validated.
    ///
    /// ```
    /// use clusprop::network::NETWORK;
    /// use clusprop::{PropertyList, PropertyListBuilder};
    ///
    /// let current = PropertyListBuilder::new()
    ///     .property("Description").sz("heartbeat")
    ///     .property("Role").dword(1)
    ///     .finish()?;
    /// let update = PropertyListBuilder::new()
    ///     .property("Description").sz("Heartbeat")
    ///     .property("Role").dword(1)
    ///     .finish()?;
    /// let current = PropertyList::parse(&current)?;
    /// let payload = NETWORK.changed_only(&PropertyList::parse(&update)?, &current)?.unwrap();
    /// let payload = PropertyList::parse(&payload)?;
    /// assert_eq!(payload.len(), 1);
    /// assert_eq!(payload.get("Description").unwrap().value().unwrap().as_str().unwrap(), "Heartbeat");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn changed_only(
        &self,
        update: &PropertyList<'_>,
        current: &PropertyList<'_>,
    ) -> Result<Option<Vec<u8>>, PropertyError> {
        let mut builder = PropertyListBuilder::new();
        for property in update.properties() {
            let unchanged = current
                .properties()
                .find(|c| chars_eq_ignore_case(c.name().chars(), property.name().chars()))
                .is_some_and(|c| match (c.value(), property.value()) {
                    (Some(a), Some(b)) => same_value(&a, &b),
                    _ => false,
                });
            if !unchanged {
                builder.property_utf16(property.name());
                for value in property.values() {
                    builder.value(value.syntax(), value.bytes());
                }
            }
        }
        if builder.is_empty() {
            return Ok(None);
        }
        let bytes = builder.finish()?;
        self.validate_bytes(&bytes)?;
        Ok(Some(bytes))
    }

    /// A SET / VALIDATE_COMMON_PROPERTIES payload from any serializable value whose fields (or
    /// map keys) are property names, the schema supplying each property's syntax: plain JSON such
    /// as `{"Role": 1, "Description": "Heartbeat"}` (a `serde_json::Value`), or a struct. Numbers
    /// and `true`/`false` become DWORDs where the schema says DWORD; `None` / `null` leaves a
    /// property out. The properties come in schema order, without a trailing end mark, and the
    /// payload is [validated](Self::validate) (read-only, unknown, duplicate, wrong type, out of
    /// range: an error naming the property).
    ///
    /// ```
    /// use clusprop::network::NETWORK;
    /// use std::collections::BTreeMap;
    ///
    /// let mut update = BTreeMap::new();
    /// update.insert("Role", 1u32);
    /// assert_eq!(NETWORK.payload(&update)?.len(), 40);
    /// # Ok::<(), clusprop::PropertyError>(())
    /// ```
    #[cfg(feature = "serde")]
    pub fn payload<T: serde::Serialize + ?Sized>(
        &self,
        update: &T,
    ) -> Result<Vec<u8>, PropertyError> {
        let mut chosen: Vec<Option<crate::OwnedValue>> = vec![None; self.properties.len()];
        for (name, value) in crate::plist::properties_of(update)? {
            let index = self
                .properties
                .iter()
                .position(|p| chars_eq_ignore_case(p.name.chars(), name.chars()))
                .ok_or_else(|| PropertyError::Unknown {
                    object: self.object,
                    name: name.clone(),
                })?;
            let spec = self.properties.get(index).ok_or(PropertyError::Empty)?;
            if !spec.writable {
                return Err(PropertyError::ReadOnly {
                    object: self.object,
                    name: spec.name.to_owned(),
                });
            }
            let slot = chosen.get_mut(index).ok_or(PropertyError::Empty)?;
            if slot.is_some() {
                return Err(PropertyError::Duplicate {
                    name: spec.name.to_owned(),
                });
            }
            *slot = Some(coerce(spec, value)?);
        }
        let mut builder = PropertyListBuilder::new();
        for (spec, value) in self.properties.iter().zip(&chosen) {
            if let Some(value) = value {
                builder.property(spec.name).value(value.syntax, &value.data);
            }
        }
        let bytes = builder.finish()?;
        self.validate_bytes(&bytes)?;
        Ok(bytes)
    }
}

/// The schema's syntax and range rules for one value.
fn check_value(spec: &PropertySpec, value: &Value<'_>) -> Result<(), PropertyError> {
    if value.syntax() != spec.syntax {
        return Err(PropertyError::WrongSyntax {
            name: spec.name.to_owned(),
            expected: spec.syntax,
            found: value.syntax(),
        });
    }
    if let (Some(range), Some(v)) = (&spec.range, value.as_u32()) {
        if !range.contains(&v) {
            return Err(PropertyError::OutOfRange {
                name: spec.name.to_owned(),
                value: i64::from(v),
                min: *range.start(),
                max: *range.end(),
            });
        }
    }
    Ok(())
}

/// A mapped value in the schema's syntax: any integer (or bool) in `u32` range for a DWORD.
#[cfg(feature = "serde")]
fn coerce(
    spec: &PropertySpec,
    value: crate::OwnedValue,
) -> Result<crate::OwnedValue, PropertyError> {
    if value.syntax == spec.syntax {
        return Ok(value);
    }
    let view = value.view();
    let integer = view
        .as_u32()
        .map(i128::from)
        .or_else(|| view.as_i32().map(i128::from))
        .or_else(|| view.as_u16().map(i128::from))
        .or_else(|| view.as_u64().map(i128::from))
        .or_else(|| view.as_i64().map(i128::from));
    match integer {
        Some(n) if spec.syntax == Syntax::LIST_VALUE_DWORD => match u32::try_from(n) {
            Ok(v) => Ok(crate::OwnedValue::dword(v)),
            Err(_) => {
                let (min, max) = spec
                    .range
                    .clone()
                    .map_or((0, u32::MAX), |r| (*r.start(), *r.end()));
                Err(PropertyError::OutOfRange {
                    name: spec.name.to_owned(),
                    value: i64::try_from(n).unwrap_or(if n < 0 { i64::MIN } else { i64::MAX }),
                    min,
                    max,
                })
            }
        },
        _ => Err(PropertyError::WrongSyntax {
            name: spec.name.to_owned(),
            expected: spec.syntax,
            found: value.syntax,
        }),
    }
}

/// Whether two values are the same: same format, and the same string (exactly, code unit by code
/// unit) or the same data bytes.
fn same_value(a: &Value<'_>, b: &Value<'_>) -> bool {
    if a.format() != b.format() {
        return false;
    }
    match (a.as_str(), b.as_str()) {
        (Some(x), Some(y)) => x == y,
        _ if a.format() == Format::MULTI_SZ => match (a.as_multi_sz(), b.as_multi_sz()) {
            (Some(x), Some(y)) => x.iter().eq(y.iter()),
            _ => false,
        },
        _ => a.bytes() == b.bytes(),
    }
}

/// A validated SET_COMMON_PROPERTIES payload for a network: the properties to change
/// (feature `serde`: it maps through [`Schema::payload`]).
///
/// ```
/// use clusprop::network::{NetworkRole, NetworkUpdate};
///
/// // Spec section 14.4 (a): Role = internal use, exactly 40 bytes.
/// let update = NetworkUpdate { role: Some(NetworkRole::INTERNAL_USE), ..Default::default() };
/// assert_eq!(update.to_bytes()?.len(), 40);
///
/// let bad = NetworkUpdate { metric: Some(0), ..Default::default() };
/// assert_eq!(bad.to_bytes().unwrap_err().to_string(), "property \"Metric\" is 0, outside 1..=268435455");
/// # Ok::<(), clusprop::network::PropertyError>(())
/// ```
#[cfg(feature = "serde")]
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct NetworkUpdate {
    /// `Description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `Role` (0..=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<NetworkRole>,
    /// `Metric` (1..=0x0FFFFFFF). Windows sets AutoMetric to 0 when Metric is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<u32>,
    /// `AutoMetric`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_metric: Option<bool>,
}

#[cfg(feature = "serde")]
impl NetworkUpdate {
    /// The input buffer of `CLUSCTL_NETWORK_SET_COMMON_PROPERTIES` (or VALIDATE): the set
    /// properties in schema order (Description, Role, Metric, AutoMetric), no trailing end mark,
    /// validated against [`NETWORK`].
    pub fn to_bytes(&self) -> Result<Vec<u8>, PropertyError> {
        NETWORK.payload(self)
    }

    /// The payload of only the properties that differ from `current` (see
    /// [`Schema::changed_only`]); `None` when nothing changes.
    pub fn changed_from(
        &self,
        current: &PropertyList<'_>,
    ) -> Result<Option<Vec<u8>>, PropertyError> {
        let bytes = self.to_bytes()?;
        NETWORK.changed_only(&PropertyList::parse(&bytes)?, current)
    }
}

/// A validated SET_COMMON_PROPERTIES payload for a network interface (only Description is
/// writable; feature `serde`).
#[cfg(feature = "serde")]
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct NetInterfaceUpdate {
    /// `Description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[cfg(feature = "serde")]
impl NetInterfaceUpdate {
    /// The input buffer of `CLUSCTL_NETINTERFACE_SET_COMMON_PROPERTIES`, validated against
    /// [`NETINTERFACE`].
    pub fn to_bytes(&self) -> Result<Vec<u8>, PropertyError> {
        NETINTERFACE.payload(self)
    }

    /// The payload of only the properties that differ from `current`; `None` when nothing
    /// changes.
    pub fn changed_from(
        &self,
        current: &PropertyList<'_>,
    ) -> Result<Option<Vec<u8>>, PropertyError> {
        let bytes = self.to_bytes()?;
        NETINTERFACE.changed_only(&PropertyList::parse(&bytes)?, current)
    }
}
