//! The crate's results in the reference decoder's terms, and the differential check: both
//! decoders on the same bytes must give the same content, or the same fault at the same offset.

use super::{Fault, Part, RDecoded, RList, RProperty, RValue, RValueList, RefError};
use clusprop::error::Item;
use clusprop::{Decoded, Mode, ParseError, PropertyList, Value, ValueList};

/// The reference's mode for the crate's.
pub fn mode(mode: Mode) -> super::Mode {
    match mode {
        Mode::Strict => super::Mode::Strict,
        _ => super::Mode::Lenient,
    }
}

fn part(item: Item) -> Part {
    match item {
        Item::PropertyCount => Part::Count,
        Item::NameHeader => Part::NameHeader,
        Item::Name => Part::Name,
        Item::ValueHeader => Part::ValueHeader,
        Item::Value => Part::Value,
        Item::ValueOrEndMark => Part::SyntaxWord,
        Item::Padding => Part::Padding,
        other => panic!("a list error about {other:?}"),
    }
}

/// A `ParseError` as a reference fault.
pub fn error(e: &ParseError) -> RefError {
    let fault = match *e {
        ParseError::Truncated {
            item,
            needed,
            available,
            ..
        } => Fault::Truncated {
            part: part(item),
            needed,
            available,
        },
        ParseError::CountTooLarge {
            count,
            max,
            available,
            ..
        } => Fault::ImpossibleCount {
            count,
            max,
            available,
        },
        ParseError::LengthOutOfBounds {
            item,
            length,
            available,
            ..
        } => Fault::LengthPastEnd {
            part: part(item),
            length,
            available,
        },
        ParseError::ExpectedName { found, .. } => Fault::NotAName { found: found.0 },
        ParseError::OddLength { item, length, .. } => Fault::OddLength {
            part: part(item),
            length,
        },
        ParseError::NotTerminated { item, found, .. } => Fault::Unterminated {
            part: part(item),
            found,
        },
        ParseError::InteriorNul { item, .. } => Fault::NulInside { part: part(item) },
        ParseError::InvalidName { unit, .. } => Fault::BadNameUtf16 { unit },
        ParseError::WrongLength {
            syntax,
            expected,
            found,
            ..
        } => Fault::BadWidth {
            syntax: syntax.0,
            expected,
            found,
        },
        ParseError::NoValues { .. } => Fault::NoValues,
        ParseError::UnexpectedValueType { syntax, .. } => {
            Fault::ForeignValueType { syntax: syntax.0 }
        }
        ParseError::MissingEndMark { found, .. } => Fault::NoEndMark { found: found.0 },
        ParseError::MissingProperties {
            declared, found, ..
        } => Fault::TooFewProperties { declared, found },
        ParseError::ExtraProperty { declared, .. } => Fault::TooManyProperties { declared },
        ParseError::TrailingBytes { length, .. } => Fault::Leftover { length },
        ParseError::NestingTooDeep { limit, .. } => Fault::TooDeep { limit },
        ref other => panic!("a ParseError variant the reference does not know: {other:?}"),
    };
    RefError {
        fault,
        at: e.offset(),
    }
}

/// A checked property list as reference content.
pub fn list(list: &PropertyList<'_>) -> RList {
    RList {
        properties: list
            .properties()
            .map(|p| RProperty {
                offset: p.offset(),
                name: p.name().code_units().collect(),
                name_bytes: p.name_bytes().to_vec(),
                values: p.values().map(|v| value(&v)).collect(),
            })
            .collect(),
        trailing_end_mark: list.has_trailing_end_mark(),
        trailing: list.trailing_bytes().to_vec(),
        canonical: list.is_canonical(),
    }
}

/// A checked value list as reference content.
pub fn value_list(list: &ValueList<'_>) -> RValueList {
    RValueList {
        values: list.values().map(|v| value(&v)).collect(),
        trailing: list.trailing_bytes().to_vec(),
        canonical: list.is_canonical(),
    }
}

fn value(v: &Value<'_>) -> RValue {
    let units = |s: clusprop::Utf16Str<'_>| s.code_units().collect::<Vec<u16>>();
    let decoded = match v.decoded() {
        Decoded::Binary(b) => RDecoded::Binary(b.to_vec()),
        Decoded::Dword(x) => RDecoded::Dword(x),
        Decoded::Sz(s) => RDecoded::Sz(units(s)),
        Decoded::ExpandSz(s) => RDecoded::ExpandSz(units(s)),
        Decoded::MultiSz(m) => RDecoded::MultiSz(m.iter().map(units).collect()),
        Decoded::ULargeInteger(x) => RDecoded::ULargeInteger(x),
        Decoded::Long(x) => RDecoded::Long(x),
        Decoded::ExpandedSz(s) => RDecoded::ExpandedSz(units(s)),
        Decoded::SecurityDescriptor(b) => RDecoded::SecurityDescriptor(b.to_vec()),
        Decoded::LargeInteger(x) => RDecoded::LargeInteger(x),
        Decoded::Word(x) => RDecoded::Word(x),
        Decoded::FileTime(t) => RDecoded::FileTime(t.0),
        Decoded::ValueList(l) => RDecoded::ValueList(Box::new(value_list(&l))),
        Decoded::PropertyList(l) => RDecoded::PropertyList(Box::new(list(&l))),
        Decoded::Bytes(b) => RDecoded::Bytes(b.to_vec()),
        // The typed entries of spec 17: the structures as their bytes, the rest as their
        // formats read them.
        Decoded::ResourceClass(_)
        | Decoded::ScsiAddress(_)
        | Decoded::FtSetInfo(_)
        | Decoded::PartitionInfo(_)
        | Decoded::PartitionInfoEx(_)
        | Decoded::PartitionInfoEx2(_) => RDecoded::Typed(v.bytes().to_vec()),
        Decoded::DiskSignature(x) | Decoded::DiskNumber(x) => RDecoded::Dword(x),
        Decoded::DiskSize(x) => RDecoded::ULargeInteger(x),
        Decoded::DiskGuid(s) | Decoded::DiskSerialNumber(s) => RDecoded::Sz(units(s)),
        Decoded::StorageDeviceIdDescriptor(d) => RDecoded::Binary(d.as_bytes().to_vec()),
        other => panic!("a Decoded variant the reference does not know: {other:?}"),
    };
    RValue {
        offset: v.offset(),
        syntax: v.syntax().0,
        data: v.bytes().to_vec(),
        padding: v.padding().to_vec(),
        decoded,
        canonical: v.is_canonical(),
    }
}

/// At most the first 256 bytes, in hex, for failure messages.
pub fn hex(data: &[u8]) -> String {
    let mut s: String = data.iter().take(256).map(|b| format!("{b:02x}")).collect();
    if data.len() > 256 {
        s.push_str(&format!("… ({} bytes)", data.len()));
    }
    s
}

/// Runs both decoders on `data` as a property list in `mode`; the crate's result if they agree,
/// else a description of the difference.
pub fn property_list_agrees(
    data: &[u8],
    mode: Mode,
) -> Result<Result<PropertyList<'_>, ParseError>, String> {
    let ours = PropertyList::parse_with(data, mode);
    let reference = super::property_list(data, self::mode(mode));
    match (&ours, &reference) {
        (Ok(l), Ok(r)) => {
            let got = list(l);
            if &got != r {
                return Err(format!(
                    "property list, {mode:?}: content differs\n  crate:     {got:?}\n  reference: {r:?}\n  input: {}",
                    hex(data)
                ));
            }
        }
        (Err(e), Err(r)) => {
            let got = error(e);
            if &got != r {
                return Err(format!(
                    "property list, {mode:?}: errors differ\n  crate:     {got:?} ({e})\n  reference: {r:?}\n  input: {}",
                    hex(data)
                ));
            }
        }
        (Ok(_), Err(r)) => {
            return Err(format!(
                "property list, {mode:?}: the crate accepts, the reference refuses with {r:?}\n  input: {}",
                hex(data)
            ))
        }
        (Err(e), Ok(_)) => {
            return Err(format!(
                "property list, {mode:?}: the reference accepts, the crate refuses with {e}\n  input: {}",
                hex(data)
            ))
        }
    }
    Ok(ours)
}

/// Runs both decoders on `data` as a standalone value list in `mode`.
pub fn value_list_agrees(
    data: &[u8],
    mode: Mode,
) -> Result<Result<ValueList<'_>, ParseError>, String> {
    let ours = ValueList::parse_with(data, mode);
    let reference = super::value_list(data, self::mode(mode));
    match (&ours, &reference) {
        (Ok(l), Ok(r)) => {
            let got = value_list(l);
            if &got != r {
                return Err(format!(
                    "value list, {mode:?}: content differs\n  crate:     {got:?}\n  reference: {r:?}\n  input: {}",
                    hex(data)
                ));
            }
        }
        (Err(e), Err(r)) => {
            let got = error(e);
            if &got != r {
                return Err(format!(
                    "value list, {mode:?}: errors differ\n  crate:     {got:?} ({e})\n  reference: {r:?}\n  input: {}",
                    hex(data)
                ));
            }
        }
        (Ok(_), Err(r)) => {
            return Err(format!(
                "value list, {mode:?}: the crate accepts, the reference refuses with {r:?}\n  input: {}",
                hex(data)
            ))
        }
        (Err(e), Ok(_)) => {
            return Err(format!(
                "value list, {mode:?}: the reference accepts, the crate refuses with {e}\n  input: {}",
                hex(data)
            ))
        }
    }
    Ok(ours)
}
