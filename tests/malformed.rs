//! One test per malformation class: the exact error variant, offset and values, in strict mode,
//! and what lenient mode does with the same bytes. The classes of `clusprop::malform` are checked
//! here too, case by case (`every_malformation_class_on_the_role_list`): its bytes, its predicted
//! labels, the hand-written expectations and the parser agree.

mod common;

use clusprop::error::Item;
use clusprop::read::MAX_NESTING_DEPTH;
use clusprop::{
    BuildError, Decoded, Mode, OwnedPropertyList, ParseError, PropertyList, Syntax, ValueList,
};
use common::{nested_property_lists, role_list, utf16, utf16z, Raw, DWORD, NAME, SZ};

/// The strict parse's error. Every case also checks that the dissections of the bytes (as a
/// property list, a value list and value lists) report the parser's errors, in both modes.
fn strict(bytes: &[u8]) -> ParseError {
    common::check_dissections(bytes, Mode::Strict);
    common::check_dissections(bytes, Mode::Lenient);
    let err = PropertyList::parse(bytes).expect_err("strict parse must fail");
    assert_eq!(err.rule(), variant_in_snake_case(&err), "{err:?}");
    err
}

/// `TrailingBytes { .. }` → `trailing_bytes`: what [`ParseError::rule`] must say, from the
/// variant's name as `Debug` prints it.
fn variant_in_snake_case(err: &ParseError) -> String {
    let debug = format!("{err:?}");
    let variant = debug.split([' ', '{', '(']).next().unwrap_or_default();
    let mut snake = String::new();
    for c in variant.chars() {
        if c.is_ascii_uppercase() && !snake.is_empty() {
            snake.push('_');
        }
        snake.push(c.to_ascii_lowercase());
    }
    snake
}

/// The lenient parse (the dissections checked as in [`strict`]).
fn lenient(bytes: &[u8]) -> Result<PropertyList<'_>, ParseError> {
    common::check_dissections(bytes, Mode::Strict);
    common::check_dissections(bytes, Mode::Lenient);
    PropertyList::parse_lenient(bytes)
}

/// `Role` with a value entry of the given syntax and data, no trailing end mark.
fn role_with(syntax: u32, data: &[u8]) -> Vec<u8> {
    Raw::new()
        .u32(1)
        .name("Role")
        .entry(syntax, data)
        .end()
        .build()
}

#[test]
fn valid_reference_list() {
    let bytes = role_list();
    assert_eq!(bytes.len(), 40);
    let list = PropertyList::parse(&bytes).unwrap();
    assert_eq!(list.get("Role").unwrap().value().unwrap().as_u32(), Some(1));
}

#[test]
fn truncated_count() {
    for len in 0..4 {
        let bytes = vec![1u8; len];
        let expected = ParseError::Truncated {
            item: Item::PropertyCount,
            offset: 0,
            needed: 4,
            available: len,
        };
        assert_eq!(strict(&bytes), expected);
        assert_eq!(lenient(&bytes).unwrap_err(), expected);
    }
}

#[test]
fn truncated_name_header() {
    // Two properties declared; the second one's header is cut after 6 bytes.
    let mut bytes = role_list();
    bytes[0] = 2;
    bytes.extend_from_slice(&role_list()[4..10]);
    let expected = ParseError::Truncated {
        item: Item::NameHeader,
        offset: 40,
        needed: 8,
        available: 6,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(lenient(&bytes).unwrap_err(), expected);
    // With one property declared, 6 bytes cannot hold it: the count check answers first.
    assert_eq!(
        strict(&role_list()[..10]),
        ParseError::CountTooLarge {
            offset: 0,
            count: 1,
            max: 0,
            available: 6,
        }
    );
}

#[test]
fn short_name_header_with_a_wrong_syntax_is_expected_name() {
    // Two properties declared; after the first, 6 bytes whose syntax word is a DWORD's: the
    // syntax is judged first, as in a full header (it used to be a truncated name header).
    let mut bytes = role_list();
    bytes[0] = 2;
    bytes.extend_from_slice(&[2, 0, 1, 0, 4, 0]);
    let expected = ParseError::ExpectedName {
        offset: 40,
        found: Syntax::LIST_VALUE_DWORD,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(lenient(&bytes).unwrap_err(), expected);
    assert_eq!(
        expected.to_string(),
        "expected the NAME syntax 0x00040003 at offset 40, found 0x00010002 \
         (CLUSPROP_SYNTAX_LIST_VALUE_DWORD)"
    );
    // The same syntax with its whole header: the same error.
    let mut full = role_list();
    full[0] = 2;
    full.extend_from_slice(&[2, 0, 1, 0, 4, 0, 0, 0]);
    assert_eq!(strict(&full), expected);

    // An end mark and 1 to 3 more bytes is not the list-level end mark alone: a syntax word of
    // 0 where a name belongs, as a full header of syntax 0 would report.
    for extra in 1..=3 {
        let mut bytes = role_list();
        bytes[0] = 2;
        bytes.extend_from_slice(&[0, 0, 0, 0]);
        bytes.extend(std::iter::repeat_n(0xAA, extra));
        let expected = ParseError::ExpectedName {
            offset: 40,
            found: Syntax::ENDMARK,
        };
        assert_eq!(strict(&bytes), expected, "{extra}");
        assert_eq!(lenient(&bytes).unwrap_err(), expected, "{extra}");
    }
    // The end mark alone: the declared properties are missing.
    let mut bytes = role_list();
    bytes[0] = 2;
    bytes.extend_from_slice(&[0, 0, 0, 0]);
    assert_eq!(
        strict(&bytes),
        ParseError::MissingProperties {
            offset: 40,
            declared: 2,
            found: 1,
        }
    );
    // Fewer than 4 bytes: no syntax to judge, the header is cut short.
    let mut bytes = role_list();
    bytes[0] = 2;
    bytes.extend_from_slice(&[2, 0, 1]);
    assert_eq!(
        strict(&bytes),
        ParseError::Truncated {
            item: Item::NameHeader,
            offset: 40,
            needed: 8,
            available: 3,
        }
    );
}

#[test]
fn short_value_header_is_judged_by_its_syntax_first() {
    // A property list's value cut after its syntax word: the syntax rules come first, as for a
    // full header.
    let cut = |syntax: u32| {
        let mut bytes = Raw::new().u32(1).name("Role").u32(syntax).build();
        bytes.extend_from_slice(&[4, 0]);
        bytes
    };
    let expected = ParseError::MissingEndMark {
        offset: 24,
        found: Syntax::NAME,
    };
    assert_eq!(strict(&cut(NAME)), expected);
    assert_eq!(lenient(&cut(NAME)).unwrap_err(), expected);
    assert_eq!(
        strict(&cut(0x0002_0002)),
        ParseError::UnexpectedValueType {
            offset: 24,
            syntax: Syntax(0x0002_0002),
        }
    );
    // A syntax that passes: the header is cut short (lenient takes any type).
    let truncated = ParseError::Truncated {
        item: Item::ValueHeader,
        offset: 24,
        needed: 8,
        available: 6,
    };
    assert_eq!(strict(&cut(DWORD)), truncated);
    assert_eq!(lenient(&cut(0x0002_0002)).unwrap_err(), truncated);
}

#[test]
fn truncated_value_header() {
    let bytes = &role_list()[..30];
    assert_eq!(
        strict(bytes),
        ParseError::Truncated {
            item: Item::ValueHeader,
            offset: 24,
            needed: 8,
            available: 6,
        }
    );
}

#[test]
fn truncated_padding() {
    let bytes = &role_list()[..22];
    assert_eq!(
        strict(bytes),
        ParseError::Truncated {
            item: Item::Padding,
            offset: 22,
            needed: 2,
            available: 0,
        }
    );
}

#[test]
fn truncated_end_mark() {
    let bytes = &role_list()[..36];
    let expected = ParseError::Truncated {
        item: Item::ValueOrEndMark,
        offset: 36,
        needed: 4,
        available: 0,
    };
    assert_eq!(strict(bytes), expected);
    assert_eq!(lenient(bytes).unwrap_err(), expected);
}

#[test]
fn name_length_past_the_end() {
    let mut bytes = role_list();
    bytes[8] = 100;
    let expected = ParseError::LengthOutOfBounds {
        item: Item::Name,
        offset: 8,
        length: 100,
        available: 28,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(lenient(&bytes).unwrap_err(), expected);
}

#[test]
fn value_length_past_the_end() {
    let mut bytes = role_list();
    bytes[28..32].copy_from_slice(&u32::MAX.to_le_bytes());
    let expected = ParseError::LengthOutOfBounds {
        item: Item::Value,
        offset: 28,
        length: u32::MAX,
        available: 8,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(lenient(&bytes).unwrap_err(), expected);
}

#[test]
fn missing_name_syntax() {
    let bytes = Raw::new()
        .u32(1)
        .entry(SZ, &utf16z("Role"))
        .entry(DWORD, &[1, 0, 0, 0])
        .end()
        .build();
    let expected = ParseError::ExpectedName {
        offset: 4,
        found: Syntax::LIST_VALUE_SZ,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(lenient(&bytes).unwrap_err(), expected);
}

#[test]
fn odd_name_length() {
    let bytes = Raw::new()
        .u32(1)
        .u32(NAME)
        .u32(9)
        .bytes(&utf16z("Role")[..9])
        .pad()
        .entry(DWORD, &[1, 0, 0, 0])
        .end()
        .build();
    assert_eq!(
        strict(&bytes),
        ParseError::OddLength {
            item: Item::Name,
            offset: 8,
            length: 9,
        }
    );
    // Lenient: the name is the code units before the NUL; the odd byte is left out.
    let list = lenient(&bytes).unwrap();
    assert_eq!(list.properties().next().unwrap().name(), "Role");
}

#[test]
fn name_without_nul() {
    let bytes = Raw::new()
        .u32(1)
        .entry(NAME, &utf16("Role"))
        .entry(DWORD, &[1, 0, 0, 0])
        .end()
        .build();
    assert_eq!(
        strict(&bytes),
        ParseError::NotTerminated {
            item: Item::Name,
            offset: 18,
            found: u16::from(b'e'),
        }
    );
    assert_eq!(
        strict(&bytes).to_string(),
        "property name not NUL-terminated at offset 18: found 0x0065 where the NUL belongs"
    );
    let list = lenient(&bytes).unwrap();
    let role = list.get("Role").unwrap();
    assert_eq!(role.name_bytes(), utf16("Role"));
    assert_eq!(role.value().unwrap().as_u32(), Some(1));
}

#[test]
fn empty_name_data_is_not_terminated() {
    let bytes = Raw::new()
        .u32(1)
        .entry(NAME, &[])
        .entry(DWORD, &[1, 0, 0, 0])
        .end()
        .build();
    // `found` is 0 for empty data (it was 0xFFFF, which a real last code unit can be), and the
    // message says the data is empty instead of naming a unit that is not there.
    assert_eq!(
        strict(&bytes),
        ParseError::NotTerminated {
            item: Item::Name,
            offset: 12,
            found: 0,
        }
    );
    assert_eq!(
        strict(&bytes).to_string(),
        "property name not NUL-terminated at offset 12: the data is empty, without even the NUL"
    );
    // A last code unit of 0xFFFF is a unit found, not empty data.
    let last_unit_ffff = role_with(SZ, &[0x61, 0, 0xFF, 0xFF]);
    assert_eq!(
        strict(&last_unit_ffff).to_string(),
        "value data not NUL-terminated at offset 34: found 0xffff where the NUL belongs"
    );
    assert_eq!(
        lenient(&bytes).unwrap().properties().next().unwrap().name(),
        ""
    );
}

#[test]
fn interior_nul_in_name() {
    let bytes = Raw::new()
        .u32(1)
        .entry(NAME, &utf16z("Ro\0e"))
        .entry(DWORD, &[1, 0, 0, 0])
        .end()
        .build();
    assert_eq!(
        strict(&bytes),
        ParseError::InteriorNul {
            item: Item::Name,
            offset: 16,
        }
    );
    // Lenient: a cbLength that counts bytes after the NUL (Samba's name_cb_large probe).
    assert_eq!(
        lenient(&bytes).unwrap().properties().next().unwrap().name(),
        "Ro"
    );
}

#[test]
fn invalid_utf16_name() {
    let mut name = utf16("R");
    name.extend_from_slice(&0xD800u16.to_le_bytes());
    name.extend_from_slice(&utf16z("le"));
    let bytes = Raw::new()
        .u32(1)
        .entry(NAME, &name)
        .entry(DWORD, &[1, 0, 0, 0])
        .end()
        .build();
    let expected = ParseError::InvalidName {
        offset: 14,
        unit: 0xD800,
    };
    assert_eq!(strict(&bytes), expected);
    // Lenient mode reads it as windows_exporter's Go parser does: the code units as they are,
    // lossy text (U+FFFD for the surrogate), the exact bytes kept.
    let list = lenient(&bytes).expect("lenient mode reads a name with an unpaired surrogate");
    let property = list.properties().next().unwrap();
    assert!(!property.name().is_valid());
    assert_eq!(property.name().to_string_lossy(), "R\u{FFFD}le");
    assert_eq!(property.name_bytes(), &name[..]);
    assert!(!property.name_is_canonical());
    assert_eq!(property.value().and_then(|v| v.as_u32()), Some(1));
    // The owned model and the JSON keep the bytes; only lenient encoding writes them back.
    let owned = list.into_owned();
    assert_eq!(owned.properties[0].name, "R\u{FFFD}le");
    assert_eq!(owned.to_bytes_with(Mode::Lenient).unwrap(), bytes);
    assert!(matches!(
        owned.to_bytes(),
        Err(BuildError::InvalidName {
            property: 0,
            rule: ParseError::InvalidName {
                offset: 10,
                unit: 0xD800
            },
        })
    ));
    let json = serde_json::to_string(&list).unwrap();
    assert!(
        json.contains("\"name\":\"R\u{FFFD}le\",\"name_bytes\":\"520000d86c0065000000\""),
        "{json}"
    );
    let back: OwnedPropertyList = serde_json::from_str(&json).unwrap();
    assert_eq!(back, owned);
}

#[test]
fn dword_of_2_bytes() {
    let bytes = role_with(DWORD, &[1, 0]);
    let expected = ParseError::WrongLength {
        offset: 28,
        syntax: Syntax::LIST_VALUE_DWORD,
        expected: 4,
        found: 2,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(
        lenient(&bytes).unwrap_err(),
        expected,
        "a wrong width cannot be read in any mode"
    );
}

#[test]
fn long_of_8_bytes() {
    let bytes = role_with(Syntax::LIST_VALUE_LONG.0, &[0; 8]);
    assert_eq!(
        strict(&bytes),
        ParseError::WrongLength {
            offset: 28,
            syntax: Syntax::LIST_VALUE_LONG,
            expected: 4,
            found: 8,
        }
    );
}

#[test]
fn word_of_4_bytes() {
    let bytes = role_with(Syntax::LIST_VALUE_WORD.0, &[1, 0, 0, 0]);
    assert_eq!(
        strict(&bytes),
        ParseError::WrongLength {
            offset: 28,
            syntax: Syntax::LIST_VALUE_WORD,
            expected: 2,
            found: 4,
        }
    );
}

#[test]
fn eight_byte_values_of_4_bytes() {
    for syntax in [
        Syntax::LIST_VALUE_ULARGE_INTEGER,
        Syntax::LIST_VALUE_LARGE_INTEGER,
        Syntax::LIST_VALUE_FILETIME,
    ] {
        let bytes = role_with(syntax.0, &[1, 0, 0, 0]);
        assert_eq!(
            strict(&bytes),
            ParseError::WrongLength {
                offset: 28,
                syntax,
                expected: 8,
                found: 4,
            }
        );
    }
}

#[test]
fn property_without_values() {
    // A property whose end mark follows its name, then a valid one.
    let bytes = Raw::new()
        .u32(2)
        .name("Role")
        .end()
        .name("Role")
        .entry(DWORD, &[1, 0, 0, 0])
        .end()
        .build();
    assert_eq!(strict(&bytes), ParseError::NoValues { offset: 24 });
    let list = lenient(&bytes).unwrap();
    let counts: Vec<usize> = list.properties().map(|p| p.value_count()).collect();
    assert_eq!(counts, [0, 1]);
    assert!(list.properties().next().unwrap().value().is_none());
}

#[test]
fn single_property_without_values() {
    let bytes = Raw::new().u32(1).name("Role").end().build();
    assert_eq!(strict(&bytes), ParseError::NoValues { offset: 24 });
}

#[test]
fn missing_end_mark() {
    // The first property's values run straight into the next property's NAME entry.
    let bytes = Raw::new()
        .u32(2)
        .name("Role")
        .entry(DWORD, &[1, 0, 0, 0])
        .name("Role")
        .entry(DWORD, &[1, 0, 0, 0])
        .end()
        .build();
    let expected = ParseError::MissingEndMark {
        offset: 36,
        found: Syntax::NAME,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(lenient(&bytes).unwrap_err(), expected);
}

#[test]
fn value_type_not_list_value() {
    let bytes = role_with(Syntax::RESCLASS.0, &[1, 0, 0, 0]);
    assert_eq!(
        strict(&bytes),
        ParseError::UnexpectedValueType {
            offset: 24,
            syntax: Syntax::RESCLASS,
        }
    );
    assert_eq!(
        lenient(&bytes)
            .unwrap()
            .get("Role")
            .unwrap()
            .value()
            .unwrap()
            .syntax(),
        Syntax::RESCLASS
    );
    // A corrupted end mark reads as a value of type 0 (Samba's endmark_nonzero probe).
    let mut bytes = role_list();
    bytes[36] = 7;
    assert_eq!(
        strict(&bytes),
        ParseError::UnexpectedValueType {
            offset: 36,
            syntax: Syntax(7),
        }
    );
    // User types are allowed in strict mode.
    let bytes = role_with(0x8001_0002, &[1, 0, 0, 0]);
    assert_eq!(
        PropertyList::parse(&bytes)
            .unwrap()
            .get("role")
            .unwrap()
            .value()
            .unwrap()
            .as_u32(),
        Some(1)
    );
}

#[test]
fn count_higher_than_properties_present() {
    let mut bytes = role_list();
    bytes[0] = 2;
    let expected = ParseError::MissingProperties {
        offset: 40,
        declared: 2,
        found: 1,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(lenient(&bytes).unwrap_err(), expected);
    // The same with the list-level end mark where the second property should be.
    bytes.extend_from_slice(&[0; 4]);
    assert_eq!(strict(&bytes), expected);
}

#[test]
fn count_lower_than_properties_present() {
    let one = role_list();
    let mut bytes = one.clone();
    bytes.extend_from_slice(&one[4..]);
    assert_eq!(
        strict(&bytes),
        ParseError::ExtraProperty {
            offset: 40,
            declared: 1,
        }
    );
    let list = lenient(&bytes).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list.trailing_bytes(), &one[4..]);
    assert!(!list.has_trailing_end_mark());
}

#[test]
fn garbage_after_trailing_end_mark() {
    let mut bytes = role_list();
    bytes.extend_from_slice(&[0, 0, 0, 0, 0xde, 0xad, 0xbe, 0xef]);
    assert_eq!(
        strict(&bytes),
        ParseError::TrailingBytes {
            offset: 44,
            length: 4
        }
    );
    let list = lenient(&bytes).unwrap();
    assert!(list.has_trailing_end_mark());
    assert_eq!(list.trailing_bytes(), [0xde, 0xad, 0xbe, 0xef]);
}

#[test]
fn two_trailing_end_marks() {
    let mut bytes = role_list();
    bytes.extend_from_slice(&[0; 8]);
    assert_eq!(
        strict(&bytes),
        ParseError::TrailingBytes {
            offset: 44,
            length: 4
        }
    );
    assert_eq!(lenient(&bytes).unwrap().trailing_bytes(), [0; 4]);
}

#[test]
fn garbage_instead_of_trailing_end_mark() {
    let mut bytes = role_list();
    bytes.extend_from_slice(&[0xff, 0xff, 0xff, 0xff]);
    assert_eq!(
        strict(&bytes),
        ParseError::TrailingBytes {
            offset: 40,
            length: 4
        }
    );
    let mut short = role_list();
    short.extend_from_slice(&[0, 0]);
    assert_eq!(
        strict(&short),
        ParseError::TrailingBytes {
            offset: 40,
            length: 2
        }
    );
    let list = lenient(&short).unwrap();
    assert!(!list.has_trailing_end_mark());
    assert_eq!(list.trailing_bytes(), [0, 0]);
}

#[test]
fn huge_count_in_small_buffer_fails_at_once() {
    let mut bytes = vec![0xff; 4];
    bytes.extend_from_slice(&[0; 8]);
    let expected = ParseError::CountTooLarge {
        offset: 0,
        count: u32::MAX,
        max: 0,
        available: 8,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(lenient(&bytes).unwrap_err(), expected);
    let mut bytes = role_list();
    bytes[0..4].copy_from_slice(&4u32.to_le_bytes());
    assert_eq!(
        strict(&bytes),
        ParseError::CountTooLarge {
            offset: 0,
            count: 4,
            max: 3,
            available: 36,
        }
    );
}

#[test]
fn string_values_in_strict_and_lenient() {
    // Not terminated.
    let bytes = role_with(SZ, &utf16("ab"));
    assert_eq!(
        strict(&bytes),
        ParseError::NotTerminated {
            item: Item::Value,
            offset: 34,
            found: u16::from(b'b'),
        }
    );
    let list = lenient(&bytes).unwrap();
    assert_eq!(
        list.get("Role").unwrap().value().unwrap().as_str().unwrap(),
        "ab"
    );
    // Interior NUL, e.g. a cbLength that counts padding.
    let bytes = role_with(SZ, &utf16z("a\0"));
    assert_eq!(
        strict(&bytes),
        ParseError::InteriorNul {
            item: Item::Value,
            offset: 34,
        }
    );
    let list = lenient(&bytes).unwrap();
    let value = list.get("Role").unwrap().value().unwrap();
    assert_eq!(value.as_str().unwrap(), "a");
    assert_eq!(value.bytes(), utf16z("a\0"));
    assert!(!value.is_canonical());
    // Odd length.
    let bytes = role_with(Syntax::LIST_VALUE_EXPAND_SZ.0, &[b'a', 0, 0, 0, 0]);
    assert_eq!(
        strict(&bytes),
        ParseError::OddLength {
            item: Item::Value,
            offset: 28,
            length: 5,
        }
    );
    assert_eq!(
        lenient(&bytes)
            .unwrap()
            .get("Role")
            .unwrap()
            .value()
            .unwrap()
            .as_str()
            .unwrap(),
        "a"
    );
    // Empty data.
    let bytes = role_with(Syntax::LIST_VALUE_EXPANDED_SZ.0, &[]);
    assert_eq!(
        strict(&bytes),
        ParseError::NotTerminated {
            item: Item::Value,
            offset: 32,
            found: 0,
        }
    );
}

#[test]
fn invalid_utf16_in_a_value_is_kept() {
    let mut data = 0xDC00u16.to_le_bytes().to_vec();
    data.extend_from_slice(&[0, 0]);
    let bytes = role_with(SZ, &data);
    let list = PropertyList::parse(&bytes).unwrap();
    let value = list.get("Role").unwrap().value().unwrap();
    assert_eq!(value.bytes(), data);
    assert!(!value.as_str().unwrap().is_valid());
    assert!(!value.is_canonical());
}

#[test]
fn multi_sz_rules() {
    let ms = Syntax::LIST_VALUE_MULTI_SZ.0;
    // Windows' quirks are valid in strict mode.
    for (data, items) in [
        (vec![0u8, 0], vec![]),
        (vec![0, 0, 0, 0], vec![]),
        ([utf16z("a"), utf16z(""), vec![0, 0]].concat(), vec!["a"]),
    ] {
        let bytes = role_with(ms, &data);
        let list = PropertyList::parse(&bytes).unwrap();
        let got: Vec<String> = list
            .get("Role")
            .unwrap()
            .value()
            .unwrap()
            .as_multi_sz()
            .unwrap()
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(got, items);
    }
    let bytes = role_with(ms, &utf16("a"));
    assert_eq!(
        strict(&bytes),
        ParseError::NotTerminated {
            item: Item::Value,
            offset: 32,
            found: u16::from(b'a'),
        }
    );
    assert!(lenient(&bytes).is_ok());
    let bytes = role_with(ms, &[b'a', 0, 0]);
    assert_eq!(
        strict(&bytes),
        ParseError::OddLength {
            item: Item::Value,
            offset: 28,
            length: 3,
        }
    );
    assert!(lenient(&bytes).is_ok());
}

#[test]
fn nesting_up_to_the_limit_decodes() {
    let bytes = nested_property_lists(MAX_NESTING_DEPTH, false);
    let mut list = PropertyList::parse(&bytes).unwrap();
    for _ in 0..MAX_NESTING_DEPTH {
        list = list
            .get("N")
            .unwrap()
            .value()
            .unwrap()
            .as_property_list()
            .expect("nested list");
    }
    assert_eq!(list.get("D").unwrap().value().unwrap().as_u32(), Some(7));
    // Each level adds 24 bytes before the nested data (count, name entry "N", value header).
    assert_eq!(list.offset(), 24 * MAX_NESTING_DEPTH);
}

#[test]
fn nesting_beyond_the_limit() {
    let bytes = nested_property_lists(MAX_NESTING_DEPTH + 1, false);
    let expected = ParseError::NestingTooDeep {
        offset: 24 * (MAX_NESTING_DEPTH + 1),
        limit: MAX_NESTING_DEPTH,
    };
    assert_eq!(strict(&bytes), expected);
    assert_eq!(lenient(&bytes).unwrap_err(), expected);
}

#[test]
fn nested_value_lists_beyond_the_limit() {
    // Written by hand: the builders refuse to nest deeper than the parser reads.
    let mut inner = Raw::new().entry(DWORD, &1u32.to_le_bytes()).end().build();
    for _ in 0..=MAX_NESTING_DEPTH {
        inner = Raw::new()
            .entry(Syntax::LIST_VALUE_VALUE_LIST.0, &inner)
            .end()
            .build();
    }
    assert_eq!(
        ValueList::parse(&inner).unwrap_err(),
        ParseError::NestingTooDeep {
            offset: 8 * (MAX_NESTING_DEPTH + 1),
            limit: MAX_NESTING_DEPTH,
        }
    );
}

#[test]
fn nested_format_with_other_bytes_is_bytes() {
    let bytes = role_with(Syntax::LIST_VALUE_PROPERTY_LIST.0, &[1, 2, 3]);
    let list = PropertyList::parse(&bytes).unwrap();
    let value = list.get("Role").unwrap().value().unwrap();
    assert!(matches!(value.decoded(), Decoded::Bytes([1, 2, 3])));
    assert!(value.as_property_list().is_none());
}

#[test]
fn value_list_errors() {
    assert_eq!(
        ValueList::parse(&[]).unwrap_err(),
        ParseError::Truncated {
            item: Item::ValueOrEndMark,
            offset: 0,
            needed: 4,
            available: 0,
        }
    );
    let bytes = Raw::new().entry(DWORD, &[1, 0, 0, 0]).end().u32(9).build();
    assert_eq!(
        ValueList::parse(&bytes).unwrap_err(),
        ParseError::TrailingBytes {
            offset: 16,
            length: 4
        }
    );
    assert_eq!(
        ValueList::parse_lenient(&bytes).unwrap().trailing_bytes(),
        [9, 0, 0, 0]
    );
    // A NAME entry is a value of a standalone value list (resource type names, MS-CMRP
    // 3.1.4.3.1.5); in a property list it still means a missing end mark.
    let bytes = Raw::new()
        .entry(DWORD, &[1, 0, 0, 0])
        .name("x")
        .end()
        .build();
    let list = ValueList::parse(&bytes).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list.values().nth(1).unwrap().as_str().unwrap(), "x");
    // Any type is fine in a standalone value list (a resource class, a disk signature, ...).
    let bytes = Raw::new()
        .entry(Syntax::RESCLASS.0, &[1, 0, 0, 0])
        .entry(Syntax::DISK_SIGNATURE.0, &[2, 0, 0, 0])
        .end()
        .build();
    let list = ValueList::parse(&bytes).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        list.values()
            .map(|v| v.as_u32().unwrap())
            .collect::<Vec<_>>(),
        [1, 2]
    );
    assert!(ValueList::parse(&[0, 0, 0, 0]).unwrap().is_empty());
}

#[test]
fn errors_name_rule_and_offset() {
    let cases: Vec<Vec<u8>> = vec![
        vec![1],
        role_list()[..10].to_vec(),
        role_with(DWORD, &[1, 0]),
        Raw::new()
            .u32(1)
            .entry(NAME, &utf16("Role"))
            .entry(DWORD, &[1, 0, 0, 0])
            .end()
            .build(),
    ];
    for bytes in cases {
        let e = strict(&bytes);
        let text = e.to_string();
        assert!(
            text.contains(&format!("at offset {}", e.offset())),
            "{text}"
        );
        assert!(!text.contains('\n'));
    }
}

#[test]
fn modes_are_explicit() {
    let bytes = role_list();
    assert_eq!(
        PropertyList::parse_with(&bytes, Mode::Lenient)
            .unwrap()
            .mode(),
        Mode::Lenient
    );
    assert_eq!(PropertyList::parse(&bytes).unwrap().mode(), Mode::Strict);
    assert_eq!(Mode::default(), Mode::Strict);
}

/// Every class of `clusprop::malform`, on the spec's 40-byte `Role` list (count 0, name 4, value
/// 24, end mark 36) and on the same property with a string or MULTI_SZ value: the malformed
/// bytes come from the library, and their labels are checked three ways: the hand-written
/// expectation below (the exact fields), the label `clusprop::malform` predicts, and what the
/// parser (and the dissections, through [`strict`] and [`lenient`]) says, in both modes.
#[test]
fn every_malformation_class_on_the_role_list() {
    use clusprop::malform::{self, Class, ListKind};
    use ParseError as E;
    let role = role_list();
    // "abc" + NUL: 8 bytes, no padding; "ab" + NUL: 6 bytes and 2 of padding; data at 32.
    let abc = role_with(SZ, &utf16z("abc"));
    let ab = role_with(SZ, &utf16z("ab"));
    let multi = role_with(0x0001_0005, &[b'a', 0, 0, 0, 0, 0]);
    let resclass = Syntax::RESCLASS;
    #[allow(clippy::type_complexity)]
    let cases: Vec<(&[u8], Class, usize, Option<E>, Option<Option<E>>)> = vec![
        (
            &role,
            Class::TruncatedCount,
            0,
            Some(E::Truncated {
                item: Item::PropertyCount,
                offset: 0,
                needed: 4,
                available: 2,
            }),
            None,
        ),
        // Cut at 10: the count check answers first.
        (
            &role,
            Class::TruncatedNameHeader,
            1,
            Some(E::CountTooLarge {
                offset: 0,
                count: 1,
                max: 0,
                available: 6,
            }),
            None,
        ),
        (
            &role,
            Class::TruncatedNameData,
            1,
            Some(E::LengthOutOfBounds {
                item: Item::Name,
                offset: 8,
                length: 10,
                available: 5,
            }),
            None,
        ),
        (
            &role,
            Class::TruncatedNamePadding,
            1,
            Some(E::Truncated {
                item: Item::Padding,
                offset: 22,
                needed: 2,
                available: 1,
            }),
            None,
        ),
        (
            &role,
            Class::TruncatedValueHeader,
            2,
            Some(E::Truncated {
                item: Item::ValueHeader,
                offset: 24,
                needed: 8,
                available: 6,
            }),
            None,
        ),
        (
            &role,
            Class::TruncatedValueData,
            2,
            Some(E::LengthOutOfBounds {
                item: Item::Value,
                offset: 28,
                length: 4,
                available: 2,
            }),
            None,
        ),
        (
            &ab,
            Class::TruncatedValuePadding,
            2,
            Some(E::Truncated {
                item: Item::Padding,
                offset: 38,
                needed: 2,
                available: 1,
            }),
            None,
        ),
        (
            &role,
            Class::TruncatedEndMark,
            3,
            Some(E::Truncated {
                item: Item::ValueOrEndMark,
                offset: 36,
                needed: 4,
                available: 2,
            }),
            None,
        ),
        (
            &role,
            Class::CountTooHigh,
            0,
            Some(E::MissingProperties {
                offset: 40,
                declared: 2,
                found: 1,
            }),
            None,
        ),
        (
            &role,
            Class::CountTooLow,
            0,
            Some(E::ExtraProperty {
                offset: 4,
                declared: 0,
            }),
            Some(None),
        ),
        (
            &role,
            Class::CountImpossible,
            0,
            Some(E::CountTooLarge {
                offset: 0,
                count: u32::MAX,
                max: 3,
                available: 36,
            }),
            None,
        ),
        (
            &role,
            Class::NameLengthPastEnd,
            1,
            Some(E::LengthOutOfBounds {
                item: Item::Name,
                offset: 8,
                length: 29,
                available: 28,
            }),
            None,
        ),
        (
            &role,
            Class::ValueLengthPastEnd,
            2,
            Some(E::LengthOutOfBounds {
                item: Item::Value,
                offset: 28,
                length: 9,
                available: 8,
            }),
            None,
        ),
        (
            &role,
            Class::FixedLengthShort,
            2,
            Some(E::WrongLength {
                offset: 28,
                syntax: Syntax::LIST_VALUE_DWORD,
                expected: 4,
                found: 3,
            }),
            None,
        ),
        (
            &role,
            Class::FixedLengthLong,
            2,
            Some(E::WrongLength {
                offset: 28,
                syntax: Syntax::LIST_VALUE_DWORD,
                expected: 4,
                found: 8,
            }),
            None,
        ),
        (
            &abc,
            Class::StringLengthShort,
            2,
            Some(E::NotTerminated {
                item: Item::Value,
                offset: 36,
                found: u16::from(b'c'),
            }),
            Some(None),
        ),
        (
            &abc,
            Class::StringNotTerminated,
            2,
            Some(E::NotTerminated {
                item: Item::Value,
                offset: 38,
                found: 0x41,
            }),
            Some(None),
        ),
        (
            &abc,
            Class::StringInteriorNul,
            2,
            Some(E::InteriorNul {
                item: Item::Value,
                offset: 32,
            }),
            Some(None),
        ),
        (
            &abc,
            Class::StringOddLength,
            2,
            Some(E::OddLength {
                item: Item::Value,
                offset: 28,
                length: 7,
            }),
            Some(None),
        ),
        (
            &multi,
            Class::MultiSzNotTerminated,
            2,
            Some(E::NotTerminated {
                item: Item::Value,
                offset: 36,
                found: 0x41,
            }),
            Some(None),
        ),
        (
            &role,
            Class::NameSyntaxWrong,
            1,
            Some(E::ExpectedName {
                offset: 4,
                found: Syntax::LIST_VALUE_SZ,
            }),
            None,
        ),
        (
            &role,
            Class::NameOddLength,
            1,
            Some(E::OddLength {
                item: Item::Name,
                offset: 8,
                length: 9,
            }),
            Some(None),
        ),
        (
            &role,
            Class::NameNotTerminated,
            1,
            Some(E::NotTerminated {
                item: Item::Name,
                offset: 20,
                found: 0x41,
            }),
            Some(None),
        ),
        (
            &role,
            Class::NameInteriorNul,
            1,
            Some(E::InteriorNul {
                item: Item::Name,
                offset: 12,
            }),
            Some(None),
        ),
        (
            &role,
            Class::NameInvalidUtf16,
            1,
            Some(E::InvalidName {
                offset: 12,
                unit: 0xDC00,
            }),
            Some(None),
        ),
        (
            &role,
            Class::NoValues,
            1,
            Some(E::NoValues { offset: 24 }),
            Some(None),
        ),
        (
            &role,
            Class::EndMarkMissing,
            3,
            Some(E::Truncated {
                item: Item::ValueOrEndMark,
                offset: 36,
                needed: 4,
                available: 0,
            }),
            None,
        ),
        // Lenient mode reads a RESCLASS value with 4 bytes left: a truncated header.
        (
            &role,
            Class::EndMarkNonzero,
            3,
            Some(E::UnexpectedValueType {
                offset: 36,
                syntax: resclass,
            }),
            Some(Some(E::Truncated {
                item: Item::ValueHeader,
                offset: 36,
                needed: 8,
                available: 4,
            })),
        ),
        (
            &role,
            Class::UnexpectedValueType,
            2,
            Some(E::UnexpectedValueType {
                offset: 24,
                syntax: resclass,
            }),
            Some(None),
        ),
        (
            &role,
            Class::NameAmongValues,
            2,
            Some(E::MissingEndMark {
                offset: 24,
                found: Syntax::NAME,
            }),
            None,
        ),
        (
            &role,
            Class::TrailingEndMarkDoubled,
            3,
            Some(E::TrailingBytes {
                offset: 44,
                length: 4,
            }),
            Some(None),
        ),
        (
            &role,
            Class::TrailingGarbage,
            3,
            Some(E::TrailingBytes {
                offset: 40,
                length: 5,
            }),
            Some(None),
        ),
        (
            &role,
            Class::ExtraProperty,
            1,
            Some(E::ExtraProperty {
                offset: 40,
                declared: 1,
            }),
            Some(None),
        ),
        (
            &role,
            Class::NestingTooDeep,
            2,
            Some(E::NestingTooDeep {
                offset: 24 + 8 * (MAX_NESTING_DEPTH + 1),
                limit: MAX_NESTING_DEPTH,
            }),
            None,
        ),
        (&role, Class::NamePaddingNonzero, 1, None, Some(None)),
        (&ab, Class::ValuePaddingNonzero, 2, None, Some(None)),
    ];
    let mut covered: Vec<Class> = cases.iter().map(|c| c.1).collect();
    covered.sort();
    assert_eq!(
        covered,
        Class::ALL,
        "one case per class, in the table's order"
    );
    for (bytes, class, target, expected, lenient_expected) in cases {
        let m = malform::malform(ListKind::PropertyList, bytes, class, target)
            .unwrap_or_else(|e| panic!("{class}: {e}"));
        // `None` for the lenient expectation: the same as strict.
        let lenient_expected = lenient_expected.unwrap_or_else(|| expected.clone());
        assert_eq!(m.strict, expected, "{class}: the prediction");
        assert_eq!(
            m.lenient, lenient_expected,
            "{class}: the lenient prediction"
        );
        match &expected {
            Some(e) => assert_eq!(&strict(&m.bytes), e, "{class}: the parser"),
            None => assert!(PropertyList::parse(&m.bytes).is_ok(), "{class}"),
        }
        assert_eq!(
            lenient(&m.bytes).err(),
            lenient_expected,
            "{class}: lenient parser"
        );
    }
}
