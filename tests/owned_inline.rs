//! The owned model's inline storage seen from outside: `into_owned` gives the same names as
//! `Utf16Str::to_string_lossy` and the same bytes as `Value::bytes`, inline exactly up to the
//! capacity, and the three storage types behave as what they hold.

mod common;

use clusprop::owned::{Data, Name, OwnedValues, INLINE_CAPACITY};
use clusprop::{
    OwnedProperty, OwnedPropertyList, OwnedValue, PropertyList, PropertyListBuilder, Syntax,
    Utf16Str, ValueList,
};
use common::{data, CAPTURES, VALID_SAMPLES};
use std::collections::{BTreeMap, HashMap};

/// Checks every name and value of `list` against its owned copy.
fn check_into_owned(list: PropertyList<'_>) {
    let owned = list.into_owned();
    assert_eq!(owned.properties.len(), list.len());
    assert_eq!(owned.trailing_end_mark, list.has_trailing_end_mark());
    for (view, property) in list.properties().zip(&owned.properties) {
        let expected = view.name().to_string_lossy();
        assert_eq!(property.name, expected);
        assert_eq!(property.name.is_inline(), expected.len() <= INLINE_CAPACITY);
        assert_eq!(property.values.len(), view.value_count());
        for (value, owned) in view.values().zip(&property.values) {
            assert_eq!(owned.syntax, value.syntax());
            assert_eq!(owned.data, value.bytes());
            assert_eq!(owned.data.is_inline(), value.len() <= INLINE_CAPACITY);
        }
    }
}

#[test]
fn names_are_to_string_lossy_and_data_the_exact_bytes() {
    let edge = "x".repeat(INLINE_CAPACITY);
    let over = "x".repeat(INLINE_CAPACITY + 1);
    let edge_2 = "é".repeat(INLINE_CAPACITY / 2);
    let over_2 = format!("{edge_2}x");
    let straddle = format!("{}€", "x".repeat(INLINE_CAPACITY - 2));
    let names = [
        "",
        "Role",
        "IPv4PrefixLengths",
        edge.as_str(),
        over.as_str(),
        edge_2.as_str(),
        over_2.as_str(),
        straddle.as_str(),
        "€",
        "😀😀😀😀😀",
        "😀😀😀😀😀😀",
        "ſ ß ı",
    ];
    let mut builder = PropertyListBuilder::new();
    for (i, name) in names.iter().enumerate() {
        let data = vec![i as u8; i * 3]; // 0 to 33 bytes, across the capacity
        builder.property(name).binary(&data);
        if i % 3 == 0 {
            builder.dword(i as u32);
        }
    }
    let bytes = builder.trailing_end_mark(true).finish().unwrap();
    let list = PropertyList::parse(&bytes).unwrap();
    check_into_owned(list);
    let owned = list.into_owned();
    for (property, name) in owned.properties.iter().zip(names) {
        assert_eq!(property.name, name);
    }
    // And back to the same bytes.
    assert_eq!(owned.to_bytes().unwrap(), bytes);
    assert_eq!(PropertyList::parse(&bytes).unwrap().into_owned(), owned);
}

#[test]
fn every_capture_and_sample() {
    let files = CAPTURES
        .iter()
        .map(|(f, _)| *f)
        .chain(VALID_SAMPLES.iter().copied());
    for file in files {
        let bytes = data(file);
        if let Ok(list) = PropertyList::parse(&bytes) {
            check_into_owned(list);
            assert_eq!(list.into_owned().to_bytes().unwrap(), bytes, "{file}");
        } else {
            let list = ValueList::parse(&bytes).unwrap();
            let owned = list.into_owned();
            for (value, owned) in list.values().zip(&owned.values) {
                assert_eq!(owned.data, value.bytes());
            }
        }
    }
}

#[test]
fn unpaired_surrogates_become_replacement_characters() {
    // Parsing refuses such names, so `into_owned` never meets one; `Name::from_utf16_lossy`
    // does, and agrees with `to_string_lossy`.
    for units in [
        &[0xD800u16][..],
        &[0x41, 0xDC00, 0x42],
        &[0xD83D, 0xD83D, 0xDE00],
        &[0xDFFF; 12],
    ] {
        let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
        let view = Utf16Str::from_le_bytes(&bytes);
        assert_eq!(Name::from_utf16_lossy(view), view.to_string_lossy());
        assert!(Name::from_utf16_lossy(view).contains('\u{FFFD}'));
    }
}

#[test]
fn the_model_is_easy_to_edit() {
    let bytes = data("samples/network_common.listend.bin");
    let mut owned = PropertyList::parse(&bytes).unwrap().into_owned();

    // Names are looked up, compared and replaced like strings.
    let by_name: HashMap<Name, usize> = owned
        .properties
        .iter()
        .enumerate()
        .map(|(i, p)| (p.name.clone(), i))
        .collect();
    let metric = by_name["Metric"];
    assert_eq!(owned.properties[metric].name, "Metric");
    assert_eq!(owned.properties[metric].name.to_lowercase(), "metric");
    let sorted: BTreeMap<&str, &OwnedValues> = owned
        .properties
        .iter()
        .map(|p| (p.name.as_str(), &p.values))
        .collect();
    assert_eq!(sorted.keys().next(), Some(&"Address"));

    // Values are a slice; data are bytes.
    let property = &mut owned.properties[metric];
    assert_eq!(property.values[0].view().as_u32(), Some(39840));
    property.values[0]
        .data
        .copy_from_slice(&100u32.to_le_bytes());
    property.values.push(OwnedValue::dword(1));
    assert_eq!(property.values.len(), 2);
    property.values.pop();
    property.name = Name::from("Metric");

    owned.push(
        "A property name longer than the inline capacity",
        OwnedValue::dword(1),
    );
    owned.properties.push(OwnedProperty {
        name: "Binary".into(),
        values: vec![OwnedValue::binary(vec![0xAB; 40])].into(),
        raw_name: None,
    });
    let back = PropertyList::parse(&owned.to_bytes().unwrap())
        .unwrap()
        .into_owned();
    assert_eq!(back, owned);
    assert_eq!(
        back.get("metric").unwrap().values[0].view().as_u32(),
        Some(100)
    );
    assert_eq!(
        back.get("binary").unwrap().values[0].data,
        Data::from([0xAB; 40])
    );
}

#[test]
fn constructors_keep_short_data_inline() {
    let fixed = [
        OwnedValue::dword(1),
        OwnedValue::long(-1),
        OwnedValue::word(1),
        OwnedValue::ularge_integer(1),
        OwnedValue::large_integer(-1),
        OwnedValue::filetime(clusprop::FileTime(1)),
        OwnedValue::binary([1, 2, 3]),
        OwnedValue::sz("ten chars!").unwrap(),
        OwnedValue::multi_sz(["a", "b"]).unwrap(),
    ];
    for value in &fixed {
        assert!(value.data.is_inline(), "{value:?}");
    }
    // Strings at the capacity (10 characters and the NUL: 22 bytes) and past it.
    let edge = OwnedValue::sz("0123456789").unwrap();
    assert!(edge.data.is_inline());
    assert_eq!(edge.view().as_str().unwrap(), "0123456789");
    let over = OwnedValue::sz("0123456789A").unwrap();
    assert!(!over.data.is_inline());
    assert_eq!(over.view().as_str().unwrap(), "0123456789A");
    let multi = OwnedValue::multi_sz(["0123", "45678"]).unwrap(); // 5 + 6 + 1 units: 24 bytes
    assert!(!multi.data.is_inline());
    assert_eq!(multi.data.len(), 24);
    let multi = OwnedValue::multi_sz(["0123", "4567"]).unwrap(); // 22 bytes
    assert!(multi.data.is_inline());
    let strings: Vec<String> = multi
        .view()
        .as_multi_sz()
        .unwrap()
        .iter()
        .map(|s| s.to_string_lossy())
        .collect();
    assert_eq!(strings, ["0123", "4567"]);
    assert_eq!(
        OwnedValue::new(Syntax::LIST_VALUE_BINARY, vec![1, 2, 3]),
        OwnedValue::binary(&[1u8, 2, 3][..])
    );
    assert!(OwnedPropertyList::new().properties.is_empty());
}
