//! Object kinds as data: the `object!` macro turns one declaration per property
//! (name, syntax, access, range, typed field) into an object's [`Schema`](super::Schema), its
//! typed common properties and its typed SET_COMMON_PROPERTIES update. An object kind is one file
//! under `src/objects/` holding one such declaration.

use alloc::string::String;
#[cfg(feature = "serde")]
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

/// A value given as text that is kept parsed when it parses (an address, a prefix length), and
/// as the text otherwise: nothing Windows sends is dropped.
///
/// ```
/// use clusprop::schema::Parsed;
/// use std::net::Ipv4Addr;
///
/// assert_eq!(Parsed::<Ipv4Addr>::parse("10.0.0.1".into()).value(), Some(&Ipv4Addr::new(10, 0, 0, 1)));
/// assert_eq!(Parsed::<Ipv4Addr>::parse("fe80::1".into()), Parsed::Text("fe80::1".into()));
/// ```
#[non_exhaustive]
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
#[cfg(feature = "serde")]
impl<T: fmt::Display> serde::Serialize for Parsed<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// From a string, parsed where it parses.
#[cfg(feature = "serde")]
impl<'de, T: FromStr> serde::Deserialize<'de> for Parsed<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Parsed::parse)
    }
}

/// A typed property field: `Option<T>` for a single value, `Vec<T>` for a MULTI_SZ of items.
#[cfg(feature = "serde")]
pub(crate) trait Field {
    /// Whether the field holds nothing (the property was absent).
    fn is_absent(&self) -> bool;
    /// Takes `later` where it holds something (the later list of the same object wins).
    fn merge(&mut self, later: Self);
}

#[cfg(feature = "serde")]
impl<T> Field for Option<T> {
    fn is_absent(&self) -> bool {
        self.is_none()
    }
    fn merge(&mut self, later: Self) {
        if later.is_some() {
            *self = later;
        }
    }
}

#[cfg(feature = "serde")]
impl<T> Field for Vec<T> {
    fn is_absent(&self) -> bool {
        self.is_empty()
    }
    fn merge(&mut self, later: Self) {
        if !later.is_empty() {
            *self = later;
        }
    }
}

/// The syntax each property format has in a property list, by its format's name: what an
/// object declaration writes after `=`.
pub(crate) mod syntax {
    use crate::syntax::Syntax;

    pub(crate) const SZ: Syntax = Syntax::LIST_VALUE_SZ;
    pub(crate) const MULTI_SZ: Syntax = Syntax::LIST_VALUE_MULTI_SZ;
    pub(crate) const DWORD: Syntax = Syntax::LIST_VALUE_DWORD;
}

/// Declares an object kind's common properties once, and derives from that declaration:
///
/// * the [`Schema`](crate::schema::Schema) constant (name, syntax, writable, DWORD range of each
///   property, in declaration order: Windows' order);
/// * with the `serde` feature, the typed common properties (one field per property, `Option<T>`
///   or `Vec<T>`, plus `other` for the properties the schema does not know) with `from_list` and
///   `merge_list`;
/// * with the `serde` feature, the typed update (the writable fields only) with `to_bytes` and
///   `changed_from`, validated against the schema.
///
/// Each property is `ACCESS "Name" field: Type = FORMAT[, RANGE];` where `ACCESS` is `rw`
/// (writable by SET_COMMON_PROPERTIES) or `ro`, `FORMAT` one of the names in
/// `schema::object::syntax`, and `RANGE` the allowed values of a DWORD. `module` is the public
/// path of the declaring module, for the examples on the generated methods (they use the
/// writable `Description` and the read-only `Name`, which every object kind has).
macro_rules! object {
    (
        object: $object:literal;
        module: $module:literal;
        $(#[$schema_meta:meta])*
        schema: $schema:ident;
        $(#[$props_meta:meta])*
        properties: $props:ident;
        $(#[$update_meta:meta])*
        update: $update:ident;
        $(
            $(#[$doc:meta])*
            $access:ident $name:literal $field:ident: $ty:ty = $format:ident $(, $range:expr)?;
        )*
    ) => {
        $(#[$schema_meta])*
        pub const $schema: $crate::schema::Schema = $crate::schema::Schema {
            object: $object,
            properties: &[$(
                $crate::schema::PropertySpec {
                    name: $name,
                    syntax: $crate::schema::object::syntax::$format,
                    writable: $crate::schema::object!(@writable $access),
                    range: $crate::schema::object!(@range $($range)?),
                },
            )*],
        };

        $(#[$props_meta])*
        #[cfg(feature = "serde")]
        #[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
        #[non_exhaustive]
        pub struct $props {
            $(
                $(#[$doc])*
                #[serde(rename = $name, default)]
                pub $field: $ty,
            )*
            /// Every property the schema does not know, as it came.
            #[serde(skip)]
            pub other: Vec<$crate::owned::OwnedProperty>,
        }

        #[cfg(feature = "serde")]
        impl $props {
            #[doc = concat!("Reads the properties of one list (GET_COMMON_PROPERTIES or GET_RO_COMMON_PROPERTIES of a ", $object, ").")]
            /// Unknown properties go to [`other`](Self::other); a known property with the wrong
            /// syntax (or a flag other than 0 or 1) is an error naming it.
            ///
            /// ```
            #[doc = concat!("use ", $module, "::", stringify!($props), ";")]
            /// use clusprop::{PropertyList, PropertyListBuilder};
            ///
            /// let bytes = PropertyListBuilder::new()
            ///     .property("Description").sz("backup")
            ///     .property("Vendor").dword(7)
            ///     .finish()?;
            #[doc = concat!("let props = ", stringify!($props),
                            "::from_list(&PropertyList::parse(&bytes)?)?;")]
            /// assert_eq!(props.description.as_deref(), Some("backup"));
            /// assert_eq!(props.other[0].name, "Vendor", "unknown properties are kept");
            ///
            /// let wrong = PropertyListBuilder::new().property("Description").dword(1).finish()?;
            #[doc = concat!("assert!(", stringify!($props),
                            "::from_list(&PropertyList::parse(&wrong)?).is_err());")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn from_list(
                list: &$crate::PropertyList<'_>,
            ) -> Result<Self, $crate::schema::PropertyError> {
                let mut this: Self = $crate::schema::from_property_list(list)?;
                this.other = $schema.unknown(list);
                Ok(this)
            }

            /// Reads another list into `self` (the read/write and the read-only lists of the
            /// same object); what the new list has replaces what `self` had.
            ///
            /// ```
            #[doc = concat!("use ", $module, "::", stringify!($props), ";")]
            /// use clusprop::{PropertyList, PropertyListBuilder};
            ///
            /// let read_write = PropertyListBuilder::new().property("Description").sz("backup").finish()?;
            /// let read_only = PropertyListBuilder::new().property("Name").sz("first").finish()?;
            #[doc = concat!("let mut props = ", stringify!($props),
                            "::from_list(&PropertyList::parse(&read_write)?)?;")]
            /// props.merge_list(&PropertyList::parse(&read_only)?)?;
            /// assert_eq!(props.description.as_deref(), Some("backup"));
            /// assert_eq!(props.name.as_deref(), Some("first"));
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn merge_list(
                &mut self,
                list: &$crate::PropertyList<'_>,
            ) -> Result<(), $crate::schema::PropertyError> {
                self.merge(Self::from_list(list)?);
                Ok(())
            }

            /// Takes what `later` (read from a later list of the same object) holds: each field
            /// it has replaces `self`'s, its [`other`](Self::other) properties are appended.
            ///
            /// ```
            #[doc = concat!("use ", $module, "::", stringify!($props), ";")]
            ///
            #[doc = concat!("let mut props = ", stringify!($props), "::default();")]
            /// props.name = Some("first".to_owned());
            /// props.description = Some("old".to_owned());
            #[doc = concat!("let mut later = ", stringify!($props), "::default();")]
            /// later.description = Some("new".to_owned());
            /// props.merge(later);
            /// assert_eq!(props.name.as_deref(), Some("first"), "kept: `later` has no name");
            /// assert_eq!(props.description.as_deref(), Some("new"));
            /// ```
            pub fn merge(&mut self, later: Self) {
                $( $crate::schema::object::Field::merge(&mut self.$field, later.$field); )*
                self.other.extend(later.other);
            }
        }

        $crate::schema::object!(@update [$(#[$update_meta])*] $update [] $(
            $access [$(#[$doc])*] $name $field: $ty;
        )*);

        #[cfg(feature = "serde")]
        impl $update {
            #[doc = concat!("The input buffer of SET_COMMON_PROPERTIES (or VALIDATE) for a ", $object, ":")]
            /// the set properties in schema order, no trailing end mark, validated against the
            /// schema.
            ///
            /// ```
            #[doc = concat!("use ", $module, "::", stringify!($update), ";")]
            /// use clusprop::PropertyList;
            ///
            #[doc = concat!("let update = ", stringify!($update),
                            " { description: Some(\"backup\".to_owned()), ..Default::default() };")]
            /// let bytes = update.to_bytes()?;
            /// let list = PropertyList::parse(&bytes)?;
            /// assert_eq!(list.properties().len(), 1);
            /// let description = list.get("Description").and_then(|p| p.value());
            /// assert_eq!(description.and_then(|v| v.to_string_lossy()).as_deref(), Some("backup"));
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn to_bytes(&self) -> Result<Vec<u8>, $crate::schema::PropertyError> {
                $schema.payload(self)
            }

            /// The payload of only the properties that differ from `current` (see
            /// [`Schema::changed_only`](crate::schema::Schema::changed_only)); `None` when
            /// nothing changes.
            ///
            /// ```
            #[doc = concat!("use ", $module, "::", stringify!($update), ";")]
            /// use clusprop::{PropertyList, PropertyListBuilder};
            ///
            /// let bytes = PropertyListBuilder::new().property("Description").sz("backup").finish()?;
            /// let current = PropertyList::parse(&bytes)?;
            #[doc = concat!("let same = ", stringify!($update),
                            " { description: Some(\"backup\".to_owned()), ..Default::default() };")]
            /// assert_eq!(same.changed_from(&current)?, None);
            #[doc = concat!("let other = ", stringify!($update),
                            " { description: Some(\"primary\".to_owned()), ..Default::default() };")]
            /// assert_eq!(other.changed_from(&current)?, Some(other.to_bytes()?));
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn changed_from(
                &self,
                current: &$crate::PropertyList<'_>,
            ) -> Result<Option<Vec<u8>>, $crate::schema::PropertyError> {
                let bytes = self.to_bytes()?;
                $schema.changed_only(&$crate::PropertyList::parse(&bytes)?, current)
            }
        }
    };

    (@writable rw) => { true };
    (@writable ro) => { false };
    (@range) => { None };
    (@range $range:expr) => { Some($range) };

    // The update struct: the writable properties only, collected one by one.
    (@update [$($meta:tt)*] $update:ident [$($done:tt)*]) => {
        $($meta)*
        #[cfg(feature = "serde")]
        #[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $update { $($done)* }
    };
    (@update $meta:tt $update:ident [$($done:tt)*]
        rw [$($doc:tt)*] $name:literal $field:ident: $ty:ty; $($rest:tt)*) => {
        $crate::schema::object!(@update $meta $update [
            $($done)*
            $($doc)*
            #[serde(rename = $name, default, skip_serializing_if = "crate::schema::object::Field::is_absent")]
            pub $field: $ty,
        ] $($rest)*);
    };
    (@update $meta:tt $update:ident [$($done:tt)*]
        ro [$($doc:tt)*] $name:literal $field:ident: $ty:ty; $($rest:tt)*) => {
        $crate::schema::object!(@update $meta $update [$($done)*] $($rest)*);
    };
}

pub(crate) use object;
