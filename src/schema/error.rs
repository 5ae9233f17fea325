//! [`PropertyError`]: what goes wrong between property lists, schemas and Rust values.

use crate::error::{BuildError, ParseError};
use crate::syntax::Syntax;
use alloc::string::String;

/// A property list that does not fit an object's schema, or a property that cannot be mapped to
/// or from a Rust value (the error of [`Schema`](super::Schema) validation and
/// of the property-list serde format, [`from_property_list`](super::from_property_list) and
/// [`to_property_list`](super::to_property_list)).
///
/// A property the schema knows is named as the schema spells it (`Role`, even if the list said
/// `ROLE`); an unknown property is named as the list spelled it.
///
/// ```
/// use clusprop::objects::network::NETWORK;
/// use clusprop::{PropertyError, PropertyList, PropertyListBuilder};
///
/// // A SET payload with a Metric out of range.
/// let bytes = PropertyListBuilder::new().property("Metric").dword(0).finish()?;
/// let err = NETWORK.validate_bytes(&bytes).unwrap_err();
/// assert!(matches!(err, PropertyError::OutOfRange { .. }));
/// assert_eq!(err.to_string(), "property \"Metric\" is 0, outside 1..=268435455");
///
/// // A read-only property.
/// let bytes = PropertyListBuilder::new().property("Name").sz("Cluster Network 1").finish()?;
/// assert!(matches!(NETWORK.validate_bytes(&bytes), Err(PropertyError::ReadOnly { .. })));
///
/// // Wrapped parse errors keep their own text.
/// let parse = PropertyList::parse(&[1, 0]).unwrap_err();
/// assert_eq!(PropertyError::from(parse.clone()).to_string(), parse.to_string());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PropertyError {
    /// A SET payload names a read-only property.
    #[error("property {name:?} of a {object} is read-only")]
    ReadOnly {
        /// The object.
        object: &'static str,
        /// The property.
        name: String,
    },
    /// A SET payload names a property the object does not have.
    #[error("unknown property {name:?}: a {object} has no such common property")]
    Unknown {
        /// The object.
        object: &'static str,
        /// The property.
        name: String,
    },
    /// A property has a syntax other than the schema's.
    #[error("property {name:?} has syntax {found}, expected {expected}")]
    WrongSyntax {
        /// The property.
        name: String,
        /// The schema's syntax.
        expected: Syntax,
        /// The syntax found.
        found: Syntax,
    },
    /// A DWORD outside the property's range.
    #[error("property {name:?} is {value}, outside {min}..={max}")]
    OutOfRange {
        /// The property.
        name: String,
        /// The value found.
        value: i64,
        /// The smallest allowed value.
        min: u32,
        /// The largest allowed value.
        max: u32,
    },
    /// A SET payload gives a property other than exactly one value.
    #[error("property {name:?} has {count} values; a SET payload gives exactly one")]
    ValueCount {
        /// The property.
        name: String,
        /// The number of values.
        count: usize,
    },
    /// A property appears twice (names compare case-insensitively).
    #[error("property {name:?} appears more than once")]
    Duplicate {
        /// The property.
        name: String,
    },
    /// A SET payload without properties.
    #[error("the payload sets no property")]
    Empty,
    /// The payload is not a well-formed property list.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// The payload cannot be encoded.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// A value of a property cannot be read as, or written from, the Rust type asked for.
    #[error("property {name:?}: {message}")]
    Mapping {
        /// The property.
        name: String,
        /// What went wrong.
        message: String,
    },
    /// Any other error of the serde mapping (a missing field, a custom error of a type).
    #[error("{0}")]
    Custom(String),
}
