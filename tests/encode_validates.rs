//! Nothing the crate writes is rejected by its own strict parser (the encode issue, item 1).
//!
//! One test per malformation class, for the builders, the owned model and `clusprop encode`,
//! each naming the exact error; then a generated sweep: whatever `to_bytes` accepts parses
//! strictly back to the same content, and whatever it refuses as an invalid value, the strict
//! parser refuses too when the same bytes are written by hand.

mod common;

use clusprop::error::Item;
use clusprop::mutate::SplitMix64;
use clusprop::read::{ResourceClass, ResourceClassInfo, ResourceSubclass, MAX_NESTING_DEPTH};
use clusprop::{
    BuildError, OwnedPropertyList, OwnedValue, OwnedValueList, ParseError, PropertyList,
    PropertyListBuilder, Syntax, Utf16Str, ValueList, ValueListBuilder,
};
use common::{utf16, utf16z, Raw};

/// The error for value `value` of property `property` (named `name`, when the encoder knows it).
fn invalid(
    property: Option<u32>,
    name: Option<&str>,
    value: u32,
    syntax: Syntax,
    rule: ParseError,
) -> BuildError {
    BuildError::InvalidValue {
        property,
        name: name.map(str::to_owned),
        value,
        syntax,
        rule,
    }
}

/// A property list with one property `P` holding one value, through the builder.
fn plist_builder(syntax: Syntax, data: &[u8]) -> Result<Vec<u8>, BuildError> {
    PropertyListBuilder::new()
        .property("P")
        .value(syntax, data)
        .finish()
}

/// A value list with one value, through the builder.
fn vlist_builder(syntax: Syntax, data: &[u8]) -> Result<Vec<u8>, BuildError> {
    ValueListBuilder::new().value(syntax, data).finish()
}

/// A property list with one property `P` holding one value, through the owned model.
fn plist_owned(syntax: Syntax, data: &[u8]) -> Result<Vec<u8>, BuildError> {
    let mut list = OwnedPropertyList::new();
    list.push("P", OwnedValue::new(syntax, data));
    let bytes = list.to_bytes();
    // `write_to` and `encoded_len` run the same checks.
    let mut buf = vec![0u8; 4096];
    assert_eq!(
        list.write_to(&mut buf).map(|n| buf[..n].to_vec()),
        bytes,
        "write_to"
    );
    assert_eq!(
        list.encoded_len(),
        bytes.as_ref().map(Vec::len).map_err(Clone::clone)
    );
    bytes
}

/// A value list with one value, through the owned model.
fn vlist_owned(syntax: Syntax, data: &[u8]) -> Result<Vec<u8>, BuildError> {
    let list = OwnedValueList {
        values: vec![OwnedValue::new(syntax, data)],
        ..Default::default()
    };
    let bytes = list.to_bytes();
    let mut buf = vec![0u8; 4096];
    assert_eq!(
        list.write_to(&mut buf).map(|n| buf[..n].to_vec()),
        bytes,
        "write_to"
    );
    bytes
}

/// The same one-value property list written by hand: what the strict parser says of it.
fn plist_by_hand(syntax: Syntax, data: &[u8]) -> Result<(), ParseError> {
    let bytes = Raw::new()
        .u32(1)
        .name("P")
        .entry(syntax.0, data)
        .end()
        .build();
    PropertyList::parse(&bytes).map(drop)
}

/// The same one-value value list written by hand: what the strict parser says of it.
fn vlist_by_hand(syntax: Syntax, data: &[u8]) -> Result<(), ParseError> {
    let bytes = Raw::new().entry(syntax.0, data).end().build();
    ValueList::parse(&bytes).map(drop)
}

/// The parser's error for a value entry, made relative to the entry (as `BuildError` reports it):
/// the entry starts at 24 in `plist_by_hand`'s list (count 4, name entry 12 + 4 padding... the
/// name "P" takes 4 bytes of data), at 0 in `vlist_by_hand`'s.
fn shifted(e: ParseError, by: usize) -> ParseError {
    match e {
        ParseError::WrongLength {
            offset,
            syntax,
            expected,
            found,
        } => ParseError::WrongLength {
            offset: offset - by,
            syntax,
            expected,
            found,
        },
        ParseError::OddLength {
            item,
            offset,
            length,
        } => ParseError::OddLength {
            item,
            offset: offset - by,
            length,
        },
        ParseError::NotTerminated {
            item,
            offset,
            found,
        } => ParseError::NotTerminated {
            item,
            offset: offset - by,
            found,
        },
        ParseError::InteriorNul { item, offset } => ParseError::InteriorNul {
            item,
            offset: offset - by,
        },
        ParseError::UnexpectedValueType { offset, syntax } => ParseError::UnexpectedValueType {
            offset: offset - by,
            syntax,
        },
        ParseError::NestingTooDeep { offset, limit } => ParseError::NestingTooDeep {
            offset: offset - by,
            limit,
        },
        other => other,
    }
}

/// Where the value entry starts in `plist_by_hand`'s list: count (4), the name entry of "P"
/// (header 8, data 4).
const PLIST_VALUE_AT: usize = 16;

/// Checks one malformed property-list value everywhere: the builder and the owned model refuse it
/// with `rule` (offsets from the entry's start), which is what the strict parser says of the same
/// entry written by hand.
fn refused_in_property_list(syntax: Syntax, data: &[u8], rule: ParseError) {
    let parsed = plist_by_hand(syntax, data).expect_err("the parser refuses it");
    assert_eq!(
        shifted(parsed, PLIST_VALUE_AT),
        rule,
        "{syntax} {data:02x?}"
    );
    assert_eq!(
        plist_builder(syntax, data),
        Err(invalid(Some(0), None, 0, syntax, rule.clone()))
    );
    assert_eq!(
        plist_owned(syntax, data),
        Err(invalid(Some(0), Some("P"), 0, syntax, rule))
    );
}

/// [`refused_in_property_list`] for a value list.
fn refused_in_value_list(syntax: Syntax, data: &[u8], rule: ParseError) {
    let parsed = vlist_by_hand(syntax, data).expect_err("the parser refuses it");
    assert_eq!(parsed, rule, "{syntax} {data:02x?}");
    assert_eq!(
        vlist_builder(syntax, data),
        Err(invalid(None, None, 0, syntax, rule.clone()))
    );
    assert_eq!(
        vlist_owned(syntax, data),
        Err(invalid(None, None, 0, syntax, rule))
    );
}

/// Accepted everywhere, and read back to the same value.
fn accepted(syntax: Syntax, data: &[u8], in_property_list: bool) {
    if in_property_list {
        let bytes = plist_builder(syntax, data).unwrap();
        assert_eq!(plist_owned(syntax, data).unwrap(), bytes);
        let list = PropertyList::parse(&bytes).unwrap();
        let value = list.properties().next().unwrap().value().unwrap();
        assert_eq!((value.syntax(), value.bytes()), (syntax, data));
    } else {
        let bytes = vlist_builder(syntax, data).unwrap();
        assert_eq!(vlist_owned(syntax, data).unwrap(), bytes);
        let list = ValueList::parse(&bytes).unwrap();
        let value = list.values().next().unwrap();
        assert_eq!((value.syntax(), value.bytes()), (syntax, data));
    }
}

const FIXED: [(Syntax, u32); 6] = [
    (Syntax::LIST_VALUE_DWORD, 4),
    (Syntax::LIST_VALUE_LONG, 4),
    (Syntax::LIST_VALUE_WORD, 2),
    (Syntax::LIST_VALUE_ULARGE_INTEGER, 8),
    (Syntax::LIST_VALUE_LARGE_INTEGER, 8),
    (Syntax::LIST_VALUE_FILETIME, 8),
];

#[test]
fn fixed_width_data_of_the_wrong_width_is_refused() {
    for (syntax, width) in FIXED {
        for found in [0u32, 1, width - 1, width + 1, 16] {
            let data = vec![0xA5; found as usize];
            let rule = ParseError::WrongLength {
                offset: 4,
                syntax,
                expected: width,
                found,
            };
            refused_in_property_list(syntax, &data, rule.clone());
            refused_in_value_list(syntax, &data, rule);
        }
        accepted(syntax, &vec![0xA5; width as usize], true);
        accepted(syntax, &vec![0xA5; width as usize], false);
    }
    // The message names the property, the value, the syntax and the rule.
    let e = plist_owned(Syntax::LIST_VALUE_DWORD, &[1]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "property 0 (\"P\"): value 0 (0x00010002 (CLUSPROP_SYNTAX_LIST_VALUE_DWORD)) would not parse back: wrong \
         length for 0x00010002 (CLUSPROP_SYNTAX_LIST_VALUE_DWORD) at offset 4: expected 4 bytes, found 1 (offsets \
         counted from the entry's start)"
    );
}

const STRINGS: [Syntax; 3] = [
    Syntax::LIST_VALUE_SZ,
    Syntax::LIST_VALUE_EXPAND_SZ,
    Syntax::LIST_VALUE_EXPANDED_SZ,
];

#[test]
fn unterminated_odd_or_interior_nul_strings_are_refused() {
    for syntax in STRINGS {
        let cases = [
            // Unterminated: the last code unit is 'A'.
            (
                utf16("A"),
                ParseError::NotTerminated {
                    item: Item::Value,
                    offset: 8,
                    found: 0x41,
                },
            ),
            // Empty: no code unit at all.
            (
                Vec::new(),
                ParseError::NotTerminated {
                    item: Item::Value,
                    offset: 8,
                    found: 0,
                },
            ),
            // Odd length.
            (
                vec![0x41, 0, 0],
                ParseError::OddLength {
                    item: Item::Value,
                    offset: 4,
                    length: 3,
                },
            ),
            // A NUL before the final one.
            (
                [utf16z("A"), utf16z("B")].concat(),
                ParseError::InteriorNul {
                    item: Item::Value,
                    offset: 10,
                },
            ),
        ];
        for (data, rule) in cases {
            refused_in_property_list(syntax, &data, rule.clone());
            refused_in_value_list(syntax, &data, rule);
        }
        accepted(syntax, &utf16z("A"), true);
        accepted(syntax, &utf16z(""), false);
    }
}

#[test]
fn multi_sz_is_held_to_the_parsers_rule_even_and_ending_with_a_nul() {
    let syntax = Syntax::LIST_VALUE_MULTI_SZ;
    let cases = [
        (
            utf16("A"),
            ParseError::NotTerminated {
                item: Item::Value,
                offset: 8,
                found: 0x41,
            },
        ),
        (
            Vec::new(),
            ParseError::NotTerminated {
                item: Item::Value,
                offset: 8,
                found: 0,
            },
        ),
        (
            vec![0, 0, 0],
            ParseError::OddLength {
                item: Item::Value,
                offset: 4,
                length: 3,
            },
        ),
    ];
    for (data, rule) in cases {
        refused_in_property_list(syntax, &data, rule.clone());
        refused_in_value_list(syntax, &data, rule);
    }
    // The strict parser asks for an even length and a final NUL, not for the double NUL: Windows
    // sends an empty MULTI_SZ as one NUL, and a single item with one NUL reads as that item. The
    // encoders take what the parser takes.
    for data in [utf16z(""), utf16z("A"), [utf16z("A"), utf16z("")].concat()] {
        accepted(syntax, &data, true);
        accepted(syntax, &data, false);
    }
}

#[test]
fn value_types_a_property_list_forbids_are_refused() {
    let resclass = ResourceClassInfo {
        class: ResourceClass::STORAGE,
        subclass: ResourceSubclass(0),
    }
    .to_bytes();
    let cases: [(Syntax, &[u8]); 5] = [
        (Syntax::RESCLASS, &resclass),
        (Syntax(0xFFFF_0002), &[1, 0, 0, 0]),
        (Syntax(0x0000_0002), &[1, 0, 0, 0]),
        (Syntax::DISK_SIGNATURE, &[1, 0, 0, 0]),
        (Syntax::PARTITION_INFO, &[0; 8]),
    ];
    for (syntax, data) in cases {
        refused_in_property_list(
            syntax,
            data,
            ParseError::UnexpectedValueType { offset: 0, syntax },
        );
    }
    // A value list takes them.
    accepted(Syntax::RESCLASS, &resclass, false);
    accepted(Syntax(0xFFFF_0002), &[1, 0, 0, 0], false);
    // NAME is a reserved syntax in a property list (its entry would start a property), the end
    // mark everywhere.
    assert_eq!(
        plist_builder(Syntax::NAME, &utf16z("x")),
        Err(BuildError::ReservedSyntax {
            syntax: Syntax::NAME
        })
    );
    let mut list = OwnedPropertyList::new();
    list.push("P", OwnedValue::name("x").unwrap());
    assert_eq!(
        list.to_bytes(),
        Err(BuildError::ReservedSyntax {
            syntax: Syntax::NAME
        })
    );
    assert_eq!(
        vlist_builder(Syntax::ENDMARK, &[]),
        Err(BuildError::ReservedSyntax {
            syntax: Syntax::ENDMARK
        })
    );
    // The typed adders of a property list are held to the same rule.
    assert_eq!(
        PropertyListBuilder::new()
            .property("P")
            .string(Syntax(0xFFFF_0003), "x")
            .finish(),
        Err(invalid(
            Some(0),
            None,
            0,
            Syntax(0xFFFF_0003),
            ParseError::UnexpectedValueType {
                offset: 0,
                syntax: Syntax(0xFFFF_0003)
            }
        ))
    );
    // User types are allowed.
    accepted(Syntax(0x8000_0002), &[1, 0, 0, 0], true);
    accepted(Syntax(0xFFFE_0003), &utf16z("x"), true);
}

#[test]
fn typed_value_list_entries_of_the_wrong_size_are_refused() {
    let cases: [(Syntax, u32, &[u32], &[u32]); 5] = [
        (Syntax::RESCLASS, 8, &[0, 1, 5, 12], &[4, 8]),
        (Syntax::FTSET_INFO, 8, &[0, 4, 12], &[8]),
        (Syntax::PARTITION_INFO, 1120, &[0, 4, 1119, 1160], &[1120]),
        (Syntax::PARTITION_INFO_EX, 1160, &[0, 1120, 1164], &[1160]),
        (Syntax::PARTITION_INFO_EX2, 540, &[0, 4, 544], &[540]),
    ];
    for (syntax, expected, wrong, right) in cases {
        for &found in wrong {
            let data = vec![0u8; found as usize];
            refused_in_value_list(
                syntax,
                &data,
                ParseError::WrongLength {
                    offset: 4,
                    syntax,
                    expected,
                    found,
                },
            );
        }
        for &size in right {
            accepted(syntax, &vec![0u8; size as usize], false);
        }
    }
    // A string adder on a typed syntax is held to the typed size too.
    assert_eq!(
        ValueListBuilder::new()
            .dword(1)
            .string(Syntax::FTSET_INFO, "x")
            .finish(),
        Err(invalid(
            None,
            None,
            1,
            Syntax::FTSET_INFO,
            ParseError::WrongLength {
                offset: 4,
                syntax: Syntax::FTSET_INFO,
                expected: 8,
                found: 4
            }
        ))
    );
}

#[test]
fn names_with_unpaired_surrogates_are_refused() {
    for (units, index, unit) in [
        (vec![0x41, 0xD800], 1usize, 0xD800u16),
        (vec![0xDC00], 0, 0xDC00),
        (vec![0xD83D, 0xDE00, 0xD83D], 2, 0xD83D),
    ] {
        let bytes: Vec<u8> = units.iter().flat_map(|u: &u16| u.to_le_bytes()).collect();
        let name = Utf16Str::from_le_bytes(&bytes);
        let rule = ParseError::InvalidName {
            offset: 8 + 2 * index,
            unit,
        };
        // The parser says the same of the name written by hand (the name entry starts at 4).
        let by_hand = Raw::new()
            .u32(1)
            .entry(common::NAME, &[bytes.clone(), vec![0, 0]].concat())
            .entry(common::DWORD, &[1, 0, 0, 0])
            .end()
            .build();
        match PropertyList::parse(&by_hand).unwrap_err() {
            ParseError::InvalidName { offset, unit: u } => {
                assert_eq!((offset - 4, u), (8 + 2 * index, unit));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            PropertyListBuilder::new()
                .property("Ok")
                .dword(1)
                .property_utf16(name)
                .dword(1)
                .finish(),
            Err(BuildError::InvalidName { property: 1, rule })
        );
    }
    // A valid surrogate pair is a name like any other.
    let bytes = utf16("x😀");
    let built = PropertyListBuilder::new()
        .property_utf16(Utf16Str::from_le_bytes(&bytes))
        .dword(1)
        .finish()
        .unwrap();
    let list = PropertyList::parse(&built).unwrap();
    assert_eq!(
        list.properties().next().unwrap().name().to_string_lossy(),
        "x😀"
    );
}

/// A property list `depth` lists deep: the outermost holds a PROPERTY_LIST value holding … the
/// innermost, which holds a DWORD. Built level by level with the builder; `None` when the builder
/// refuses a level (with the level's error checked).
fn nested_builder(depth: usize) -> Result<Vec<u8>, (usize, BuildError)> {
    let mut bytes = PropertyListBuilder::new()
        .property("Leaf")
        .dword(1)
        .finish()
        .unwrap();
    for level in 1..depth {
        bytes = PropertyListBuilder::new()
            .property("Nest")
            .property_list(&bytes)
            .finish()
            .map_err(|e| (level, e))?;
    }
    Ok(bytes)
}

/// The same, written by hand, so the parser's view can be compared.
fn nested_by_hand(depth: usize) -> Vec<u8> {
    let mut bytes = Raw::new()
        .u32(1)
        .name("Leaf")
        .entry(common::DWORD, &[1, 0, 0, 0])
        .end()
        .build();
    for _ in 1..depth {
        bytes = Raw::new()
            .u32(1)
            .name("Nest")
            .entry(Syntax::LIST_VALUE_PROPERTY_LIST.0, &bytes)
            .end()
            .build();
    }
    bytes
}

#[test]
fn nesting_deeper_than_the_parsers_limit_is_refused() {
    // Lists at depths 0 to 16: the limit.
    let deepest = MAX_NESTING_DEPTH + 1;
    let bytes = nested_builder(deepest).unwrap();
    assert_eq!(bytes, nested_by_hand(deepest));
    PropertyList::parse(&bytes).unwrap();
    for depth in deepest + 1..=24 {
        PropertyList::parse(&nested_by_hand(depth)).expect_err("the parser refuses it");
        let (level, e) = nested_builder(depth).unwrap_err();
        assert_eq!(level, deepest);
        match e {
            BuildError::InvalidValue {
                property: Some(0),
                name: None,
                value: 0,
                syntax: Syntax::LIST_VALUE_PROPERTY_LIST,
                rule: ParseError::NestingTooDeep { limit: 16, .. },
            } => {}
            other => panic!("{other:?}"),
        }
    }
    // The owned model, nested with `OwnedValue::property_list`, refuses the same level.
    let mut list = OwnedPropertyList::new();
    list.push("Leaf", OwnedValue::dword(1));
    for level in 1..=24 {
        let mut outer = OwnedPropertyList::new();
        outer.push("Nest", OwnedValue::property_list(&list).unwrap());
        match outer.to_bytes() {
            Ok(bytes) => {
                assert!(level < deepest);
                assert_eq!(PropertyList::parse(&bytes).unwrap().into_owned(), outer);
            }
            Err(BuildError::InvalidValue {
                property: Some(0),
                name: Some(name),
                rule: ParseError::NestingTooDeep { limit: 16, .. },
                ..
            }) => {
                assert_eq!((level, name.as_str()), (deepest, "Nest"));
                break;
            }
            Err(other) => panic!("{other:?}"),
        }
        list = outer;
    }
    // Value lists nest the same way.
    let mut inner = ValueListBuilder::new().dword(1).finish().unwrap();
    let mut refused = None;
    for level in 1..=24 {
        match ValueListBuilder::new().value_list(&inner).finish() {
            Ok(bytes) => inner = bytes,
            Err(e) => {
                assert!(matches!(
                    e,
                    BuildError::InvalidValue {
                        property: None,
                        rule: ParseError::NestingTooDeep { .. },
                        ..
                    }
                ));
                refused = Some(level);
                break;
            }
        }
    }
    assert_eq!(refused, Some(deepest));
}

#[cfg(feature = "serde")]
#[test]
fn to_property_list_refuses_nesting_deeper_than_the_limit() {
    #[derive(serde::Serialize)]
    struct Nest {
        leaf: u32,
        inner: Option<Box<Nest>>,
    }
    fn nest(depth: usize) -> Nest {
        Nest {
            leaf: 1,
            inner: (depth > 1).then(|| Box::new(nest(depth - 1))),
        }
    }
    let deepest = MAX_NESTING_DEPTH + 1;
    let bytes = clusprop::to_property_list(&nest(deepest)).unwrap();
    PropertyList::parse(&bytes).unwrap();
    for depth in deepest + 1..=24 {
        let e = clusprop::to_property_list(&nest(depth)).unwrap_err();
        assert!(
            e.to_string().contains("nested deeper than the limit of 16"),
            "{e}"
        );
    }
}

/// One of the malformations above, or a valid value, at random.
fn random_value(rng: &mut SplitMix64) -> OwnedValue {
    let syntaxes = [
        Syntax::LIST_VALUE_DWORD,
        Syntax::LIST_VALUE_LONG,
        Syntax::LIST_VALUE_WORD,
        Syntax::LIST_VALUE_ULARGE_INTEGER,
        Syntax::LIST_VALUE_LARGE_INTEGER,
        Syntax::LIST_VALUE_FILETIME,
        Syntax::LIST_VALUE_SZ,
        Syntax::LIST_VALUE_EXPAND_SZ,
        Syntax::LIST_VALUE_EXPANDED_SZ,
        Syntax::LIST_VALUE_MULTI_SZ,
        Syntax::LIST_VALUE_BINARY,
        Syntax::RESCLASS,
        Syntax::FTSET_INFO,
        Syntax::PARTITION_INFO_EX2,
        Syntax::DISK_GUID,
        Syntax(0xFFFF_0002),
        Syntax(0x8001_0003),
        Syntax::LIST_VALUE_PROPERTY_LIST,
        Syntax::LIST_VALUE_VALUE_LIST,
    ];
    let syntax = syntaxes[rng.below(syntaxes.len())];
    let data = match rng.below(4) {
        // Mostly the right shape, sometimes with one unit made NUL or the NUL dropped.
        0 | 1 => {
            let format = syntax.format();
            let mut data = match format.fixed_len() {
                Some(n) => rng.bytes(n as usize),
                None => {
                    let mut d: Vec<u8> = (0..rng.below(6))
                        .flat_map(|_| (0x41 + rng.below(20) as u16).to_le_bytes())
                        .collect();
                    d.extend_from_slice(&[0, 0]);
                    d
                }
            };
            if syntax == Syntax::RESCLASS || syntax == Syntax::FTSET_INFO {
                data = rng.bytes(8);
            }
            if rng.below(4) == 0 && data.len() >= 4 {
                let at = rng.below(data.len() / 2) * 2;
                data[at] = 0;
                data[at + 1] = 0;
            }
            data
        }
        2 => {
            let n = rng.below(12);
            rng.bytes(n)
        }
        // A nested list, sometimes too deep.
        _ => {
            let depth = 1 + rng.below(20);
            let bytes = nested_by_hand(depth);
            return OwnedValue::new(
                if rng.below(2) == 0 {
                    Syntax::LIST_VALUE_PROPERTY_LIST
                } else {
                    syntax
                },
                bytes,
            );
        }
    };
    OwnedValue::new(syntax, data)
}

/// Whatever `to_bytes` accepts parses strictly back to the same content; whatever it refuses as
/// an invalid value, the strict parser refuses when the same entry is written by hand.
#[test]
fn what_the_owned_model_writes_parses_back_and_what_it_refuses_the_parser_refuses() {
    let mut rng = SplitMix64::new(0x00E5_C0DE_0000_0001);
    let (mut ok, mut refused) = (0usize, 0usize);
    for _ in 0..3000 {
        let mut list = OwnedPropertyList::new();
        for p in 0..1 + rng.below(3) {
            let values: Vec<OwnedValue> = (0..1 + rng.below(2))
                .map(|_| random_value(&mut rng))
                .collect();
            list.properties.push(clusprop::OwnedProperty {
                name: format!("P{p}").into(),
                values: values.into(),
                raw_name: None,
            });
        }
        list.trailing_end_mark = rng.below(2) == 0;
        match list.to_bytes() {
            Ok(bytes) => {
                ok += 1;
                let parsed = PropertyList::parse(&bytes).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(parsed.into_owned(), list);
            }
            Err(BuildError::InvalidValue {
                property: Some(p),
                name,
                value,
                syntax,
                rule,
            }) => {
                refused += 1;
                let property = &list.properties[p as usize];
                assert_eq!(name.as_deref(), Some(property.name.as_str()));
                let v = &property.values[value as usize];
                assert_eq!(v.syntax, syntax);
                let parsed = plist_by_hand(syntax, &v.data).expect_err("the parser refuses it");
                assert_eq!(shifted(parsed, PLIST_VALUE_AT), rule);
            }
            Err(e) => panic!("{e}"),
        }
        let values = OwnedValueList {
            values: (0..rng.below(3)).map(|_| random_value(&mut rng)).collect(),
            ..Default::default()
        };
        match values.to_bytes() {
            Ok(bytes) => {
                ok += 1;
                assert_eq!(ValueList::parse(&bytes).unwrap().into_owned(), values);
            }
            Err(BuildError::InvalidValue {
                property: None,
                value,
                syntax,
                rule,
                ..
            }) => {
                refused += 1;
                let v = &values.values[value as usize];
                assert_eq!(v.syntax, syntax);
                assert_eq!(vlist_by_hand(syntax, &v.data), Err(rule));
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert!(
        ok > 1000 && refused > 1000,
        "{ok} accepted, {refused} refused"
    );
}

/// Generated owned lists (the `Arbitrary` impls), their values then re-tagged or cut at random:
/// whatever `to_bytes` accepts parses strictly back to the same content.
#[cfg(feature = "arbitrary")]
#[test]
fn arbitrary_lists_edited_at_random_encode_only_to_what_parses_back() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut rng = SplitMix64::new(0x00E5_C0DE_0000_0002);
    let (mut ok, mut refused) = (0usize, 0usize);
    for _ in 0..2000 {
        let n = 64 + rng.below(512);
        let seed = rng.bytes(n);
        let Ok(mut list) = OwnedPropertyList::arbitrary(&mut Unstructured::new(&seed)) else {
            continue;
        };
        for property in &mut list.properties {
            for value in property.values.iter_mut() {
                match rng.below(6) {
                    0 => *value = random_value(&mut rng),
                    1 => value.syntax = random_value(&mut rng).syntax,
                    2 if !value.data.is_empty() => {
                        let mut data = value.data.to_vec();
                        data.pop();
                        value.data = data.into();
                    }
                    _ => {}
                }
            }
        }
        match list.to_bytes() {
            Ok(bytes) => {
                ok += 1;
                let parsed = PropertyList::parse(&bytes).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(parsed.into_owned(), list);
            }
            Err(BuildError::InvalidValue { .. } | BuildError::PropertyWithoutValues { .. }) => {
                refused += 1
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert!(
        ok > 100 && refused > 100,
        "{ok} accepted, {refused} refused"
    );
}
