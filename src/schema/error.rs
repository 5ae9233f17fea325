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
    #[error("malformed payload: {0}")]
    Parse(#[from] ParseError),
    /// The payload cannot be encoded.
    #[error("cannot encode the payload: {0}")]
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
