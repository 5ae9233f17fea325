//! [`Schema`]: an object's common properties as data, and what is built on them: the validator
//! for SET / VALIDATE_COMMON_PROPERTIES payloads (spec section 13), changed-only payloads, and
//! payloads from any serializable value.

use super::PropertyError;
use crate::read::list::{Property, PropertyList};
use crate::read::utf16::names_eq;
use crate::read::value::Value;
use crate::syntax::{Format, Syntax};
use crate::write::PropertyListBuilder;
use alloc::borrow::ToOwned;
#[cfg(feature = "serde")]
use alloc::vec;
use alloc::vec::Vec;
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

impl Schema {
    /// The property named `name`, compared as Windows compares names ([`names_eq`]).
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&'static PropertySpec> {
        self.properties
            .iter()
            .find(|p| names_eq(p.name.encode_utf16(), name.encode_utf16()))
    }

    /// Whether the object has this property (names compare case-insensitively, as Windows
    /// compares them).
    ///
    /// ```
    /// use clusprop::objects::network::NETWORK;
    /// use clusprop::{PropertyList, PropertyListBuilder};
    ///
    /// let bytes = PropertyListBuilder::new()
    ///     .property("role")
    ///     .dword(1)
    ///     .property("Weight")
    ///     .dword(2)
    ///     .finish()?;
    /// let list = PropertyList::parse(&bytes)?;
    /// let found: Vec<bool> = list.properties().map(|p| NETWORK.has(&p)).collect();
    /// assert_eq!(found, [true, false]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn has(&self, property: &Property<'_>) -> bool {
        self.spec_of(property).is_some()
    }

    fn spec_of(&self, property: &Property<'_>) -> Option<&'static PropertySpec> {
        self.properties
            .iter()
            .find(|p| property.name().eq_ignore_case(p.name))
    }

    /// The properties of `list` that this schema does not know, as they came (what the typed
    /// structs keep in their `other` field).
    #[must_use]
    pub fn unknown(&self, list: &PropertyList<'_>) -> Vec<crate::owned::OwnedProperty> {
        self.unknown_properties(list)
            .map(|p| p.into_owned())
            .collect()
    }

    /// The same properties as [`unknown`](Self::unknown), borrowed from the buffer: nothing is
    /// copied (what `clusprop show` prints them from).
    pub fn unknown_properties<'s, 'a: 's>(
        &'s self,
        list: &PropertyList<'a>,
    ) -> impl Iterator<Item = Property<'a>> + 's {
        list.properties().filter(|p| self.spec_of(p).is_none())
    }

    /// Checks a SET / VALIDATE_COMMON_PROPERTIES payload before it is sent: not empty; every
    /// property known, writable, given once with exactly one value of the schema's syntax; DWORDs
    /// in range. The first problem is returned.
    ///
    /// ```
    /// use clusprop::objects::network::NETWORK;
    /// use clusprop::schema::PropertyError;
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
    /// use clusprop::objects::network::NETWORK;
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
                .find(|c| names_eq(c.name().code_units(), property.name().code_units()))
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
    /// use clusprop::objects::network::NETWORK;
    /// use std::collections::BTreeMap;
    ///
    /// let mut update = BTreeMap::new();
    /// update.insert("Role", 1u32);
    /// assert_eq!(NETWORK.payload(&update)?.len(), 40);
    /// # Ok::<(), clusprop::schema::PropertyError>(())
    /// ```
    #[cfg(feature = "serde")]
    pub fn payload<T: serde::Serialize + ?Sized>(
        &self,
        update: &T,
    ) -> Result<Vec<u8>, PropertyError> {
        let mut chosen: Vec<Option<crate::owned::OwnedValue>> = vec![None; self.properties.len()];
        for (name, value) in super::plist::properties_of(update)? {
            let index = self
                .properties
                .iter()
                .position(|p| names_eq(p.name.encode_utf16(), name.encode_utf16()))
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
    value: crate::owned::OwnedValue,
) -> Result<crate::owned::OwnedValue, PropertyError> {
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
            Ok(v) => Ok(crate::owned::OwnedValue::dword(v)),
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
