//! `Arbitrary` for the owned model (feature `arbitrary`).
//!
//! Generated lists are always encodable and read back strictly to the same value: names and
//! strings have no NUL, MULTI_SZ lists hold no empty string, fixed-width formats have
//! their width, value types are LIST_VALUE or user types, and nested lists are real encoded lists
//! (at most three levels deep). So `parse(build(x)) == x` holds for every generated `x`, which is
//! what a round-trip fuzz target needs. Half the property names are names the cluster uses (the
//! object schemas' properties).
//!
//! [`Malformed`] is the other side: a generated list broken in one named way (a
//! [`malform::Class`] applied to one of its entries), with the exact errors the strict and the
//! lenient parser give, for fuzzing code that consumes property lists with labelled bad input.

use crate::malform::{self, Class, ListKind, Malformed};
use crate::objects::SCHEMAS;
use crate::owned::{OwnedProperty, OwnedPropertyList, OwnedValue, OwnedValueList};
use crate::read::value::FileTime;
use crate::syntax::{Format, Syntax, Type};
use arbitrary::{Arbitrary, Result, Unstructured};

/// How deep generated nested lists go.
const MAX_ARBITRARY_DEPTH: u32 = 3;

fn text(u: &mut Unstructured<'_>) -> Result<String> {
    let s: String = u.arbitrary()?;
    Ok(s.replace('\0', ""))
}

/// A property name: half the time one the cluster uses (from the object schemas, with its case
/// changed now and then, as Windows compares names ignoring case), otherwise any text.
fn name(u: &mut Unstructured<'_>) -> Result<String> {
    let known: Vec<&str> = SCHEMAS
        .iter()
        .flat_map(|schema| schema.properties.iter().map(|p| p.name))
        .collect();
    if known.is_empty() || !u.arbitrary::<bool>()? {
        return text(u);
    }
    let name = *u.choose(&known)?;
    Ok(if u.ratio(1u8, 8)? {
        name.to_ascii_lowercase()
    } else {
        name.to_owned()
    })
}

fn value(u: &mut Unstructured<'_>, depth: u32) -> Result<OwnedValue> {
    let ty = if u.ratio(1u8, 8)? {
        Type(u.int_in_range(0x8000..=0xFFFE)?)
    } else {
        Type::LIST_VALUE
    };
    let kinds = if depth < MAX_ARBITRARY_DEPTH { 17 } else { 15 };
    let v = match u.choose_index(kinds)? {
        0 => OwnedValue::dword(u.arbitrary()?),
        1 => OwnedValue::long(u.arbitrary()?),
        2 => OwnedValue::word(u.arbitrary()?),
        3 => OwnedValue::ularge_integer(u.arbitrary()?),
        4 => OwnedValue::large_integer(u.arbitrary()?),
        5 => OwnedValue::filetime(FileTime(u.arbitrary()?)),
        6 => OwnedValue::binary(u.arbitrary::<Vec<u8>>()?),
        7 => OwnedValue::security_descriptor(u.arbitrary::<Vec<u8>>()?),
        8 => OwnedValue::sz(&text(u)?).map_err(|_| arbitrary::Error::IncorrectFormat)?,
        9 => OwnedValue::expand_sz(&text(u)?).map_err(|_| arbitrary::Error::IncorrectFormat)?,
        10 => OwnedValue::expanded_sz(&text(u)?).map_err(|_| arbitrary::Error::IncorrectFormat)?,
        11 | 12 => {
            let mut items: Vec<String> = Vec::new();
            for _ in 0..u.int_in_range(0..=4)? {
                let item = text(u)?;
                items.push(if item.is_empty() {
                    "x".to_owned()
                } else {
                    item
                });
            }
            OwnedValue::multi_sz(&items).map_err(|_| arbitrary::Error::IncorrectFormat)?
        }
        13 => {
            // An unknown or user format: opaque bytes.
            let format = if u.arbitrary()? {
                Format(u.int_in_range(0x000F..=0x7FFF)?)
            } else {
                Format(u.int_in_range(0x8000..=0xFFFF)?)
            };
            OwnedValue::new(Syntax::new(ty, format), u.arbitrary::<Vec<u8>>()?)
        }
        14 => OwnedValue::new(Syntax::new(ty, Format::UNKNOWN), u.arbitrary::<Vec<u8>>()?),
        15 => OwnedValue::property_list(&property_list(u, depth.saturating_add(1))?)
            .map_err(|_| arbitrary::Error::IncorrectFormat)?,
        _ => OwnedValue::value_list(&value_list(u, depth.saturating_add(1))?)
            .map_err(|_| arbitrary::Error::IncorrectFormat)?,
    };
    Ok(OwnedValue::new(Syntax::new(ty, v.syntax.format()), v.data))
}

/// Between `min` and 3 values, into a `Vec` or an [`OwnedValues`](crate::owned::OwnedValues).
fn values<C: FromIterator<OwnedValue>>(
    u: &mut Unstructured<'_>,
    depth: u32,
    min: usize,
) -> Result<C> {
    let n = u.int_in_range(min..=3)?;
    (0..n).map(|_| value(u, depth)).collect()
}

fn property_list(u: &mut Unstructured<'_>, depth: u32) -> Result<OwnedPropertyList> {
    let mut properties = Vec::new();
    u.arbitrary_loop(Some(0), Some(16), |u| {
        properties.push(OwnedProperty {
            name: name(u)?.into(),
            values: values(u, depth, 1)?,
            raw_name: None,
        });
        Ok(core::ops::ControlFlow::Continue(()))
    })?;
    Ok(OwnedPropertyList {
        properties,
        trailing_end_mark: u.arbitrary()?,
        trailing_bytes: Vec::new(),
    })
}

fn value_list(u: &mut Unstructured<'_>, depth: u32) -> Result<OwnedValueList> {
    Ok(OwnedValueList {
        values: values(u, depth, 0)?,
        trailing_bytes: Vec::new(),
    })
}

impl<'a> Arbitrary<'a> for OwnedPropertyList {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        property_list(u, 0)
    }
}

impl<'a> Arbitrary<'a> for OwnedValueList {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        value_list(u, 0)
    }
}

impl<'a> Arbitrary<'a> for OwnedProperty {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(OwnedProperty {
            name: name(u)?.into(),
            values: values(u, 0, 1)?,
            raw_name: None,
        })
    }
}

impl<'a> Arbitrary<'a> for OwnedValue {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        value(u, 0)
    }
}

/// A generated property list (three times in four) or value list, broken by one malformation
/// class (any of [`Class::ALL`] that applies to it) at one of its entries, with its labels.
///
/// ```
/// use arbitrary::{Arbitrary, Unstructured};
/// use clusprop::malform::{ListKind, Malformed};
/// use clusprop::{Mode, PropertyList, ValueList};
///
/// let entropy: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
/// let mut u = Unstructured::new(&entropy);
/// let malformed = Malformed::arbitrary(&mut u)?;
/// let strict = match malformed.kind {
///     ListKind::PropertyList => PropertyList::parse_with(&malformed.bytes, Mode::Strict).err(),
///     _ => ValueList::parse_with(&malformed.bytes, Mode::Strict).err(),
/// };
/// assert_eq!(strict, malformed.strict, "{}", malformed.class);
/// # Ok::<(), arbitrary::Error>(())
/// ```
impl<'a> Arbitrary<'a> for Malformed {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let (kind, bytes) = if u.ratio(3u8, 4)? {
            let list = property_list(u, 0)?;
            (ListKind::PropertyList, list.to_bytes())
        } else {
            let list = value_list(u, 0)?;
            (ListKind::ValueList, list.to_bytes())
        };
        let bytes = bytes.map_err(|_| arbitrary::Error::IncorrectFormat)?;
        // The class first (every class as likely, where it applies), then the entry.
        let class = *u.choose(Class::ALL)?;
        let targets = malform::targets(kind, &bytes, class);
        let picked = if targets.is_empty() {
            malform::choose(kind, &bytes, Class::ALL, u.arbitrary()?)
        } else {
            malform::malform(kind, &bytes, class, *u.choose(&targets)?).ok()
        };
        picked.ok_or(arbitrary::Error::IncorrectFormat)
    }
}
