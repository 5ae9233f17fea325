//! A MULTI_SZ with an empty string: Windows reads a MULTI_SZ up to its first empty string (a lone
//! NUL reads as the terminator), so no encoder writes one from strings, while the exact bytes of
//! a buffer that holds one still go through the JSON and back unchanged.

mod common;

use clusprop::{
    BuildError, OwnedPropertyList, OwnedValue, OwnedValueList, PropertyList, PropertyListBuilder,
    ValueListBuilder,
};
use common::Raw;

const MULTI_SZ: u32 = 0x0001_0005;

const MESSAGE_1: &str = "MULTI_SZ string 1 is empty: Windows would stop reading the list there \
                         (an empty string reads as the terminator)";

/// UTF-16LE code units.
fn units(units: &[u16]) -> Vec<u8> {
    units.iter().flat_map(|u| u.to_le_bytes()).collect()
}

fn property_list_error(items: &[&str]) -> BuildError {
    PropertyListBuilder::new()
        .property("Names")
        .multi_sz(items.iter().copied())
        .finish()
        .unwrap_err()
}

fn value_list_error(items: &[&str]) -> BuildError {
    ValueListBuilder::new()
        .multi_sz(items.iter().copied())
        .finish()
        .unwrap_err()
}

#[test]
fn builders_refuse_an_empty_string_anywhere_in_a_multi_sz() {
    for (items, index) in [
        (&["a", "", "b"][..], 1),
        (&["", "a"][..], 0),
        (&["a", ""][..], 1),
        (&[""][..], 0),
        (&["a", "b", "", "", "c"][..], 2),
    ] {
        let expected = BuildError::EmptyString { index };
        assert_eq!(property_list_error(items), expected, "{items:?}");
        assert_eq!(value_list_error(items), expected, "{items:?}");
        assert_eq!(
            OwnedValue::multi_sz(items).unwrap_err(),
            expected,
            "{items:?}"
        );
    }
    assert_eq!(property_list_error(&["a", "", "b"]).to_string(), MESSAGE_1);
    // A NUL inside a string is still reported as such, before any empty string after it.
    assert_eq!(
        OwnedValue::multi_sz(["a\0", ""]).unwrap_err(),
        BuildError::Nul {
            what: "MULTI_SZ string",
            index: 1
        }
    );
    // The empty list is not an empty string.
    assert_eq!(
        OwnedValue::multi_sz([""; 0]).unwrap().data.as_slice(),
        [0, 0, 0, 0]
    );
}

#[test]
fn serde_bridge_refuses_an_empty_string_in_a_multi_sz() {
    #[derive(serde::Serialize)]
    struct Update {
        #[serde(rename = "Names")]
        names: Vec<String>,
    }
    let err = clusprop::to_property_list(&Update {
        names: vec!["a".into(), String::new(), "b".into()],
    })
    .unwrap_err();
    assert!(err.to_string().contains(MESSAGE_1), "{err}");
}

#[test]
fn json_refuses_an_empty_string_in_a_multi_sz_without_raw() {
    let json = r#"{"properties":[{"name":"Names","values":[
        {"syntax":"0x00010005","value":["a","","b"]}]}]}"#;
    let err = serde_json::from_str::<OwnedPropertyList>(json).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("at value: {MESSAGE_1}")),
        "{err}"
    );
    // The value before its syntax: the same error.
    let json = r#"{"values":[{"value":["", "a"],"syntax":"0x00010005"}]}"#;
    let err = serde_json::from_str::<OwnedValueList>(json).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("at value: MULTI_SZ string 0 is empty"),
        "{err}"
    );
}

/// A property list holding one MULTI_SZ with `data` (raw bytes, as a peer may send them).
fn list_with_multi_sz(data: &[u8]) -> Vec<u8> {
    Raw::new()
        .u32(1)
        .name("Names")
        .entry(MULTI_SZ, data)
        .end()
        .build()
}

#[test]
fn decoded_empty_middle_string_keeps_its_exact_bytes_through_json() {
    // "a\0\0b\0\0": Windows reads ["a"]; the bytes say ["a", "", "b"].
    let empty_middle = units(&[0x61, 0, 0, 0x62, 0, 0]);
    // "\0a\0\0": an empty first string.
    let empty_first = units(&[0, 0x61, 0, 0]);
    for (data, strings, raw) in [
        (
            &empty_middle,
            &["a", "", "b"][..],
            "610000000000620000000000",
        ),
        (&empty_first, &["", "a"][..], "0000610000000000"),
    ] {
        let buffer = list_with_multi_sz(data);
        let list = PropertyList::parse(&buffer).unwrap();
        let value = list.get("Names").unwrap().value().unwrap();
        assert!(!value.is_canonical());
        let read: Vec<String> = value
            .as_multi_sz()
            .unwrap()
            .iter()
            .map(|s| s.to_string_lossy())
            .collect();
        assert_eq!(read, strings);

        let json = serde_json::to_value(list).unwrap();
        let value_json = &json["properties"][0]["values"][0];
        assert_eq!(value_json["value"], serde_json::json!(strings));
        assert_eq!(value_json["raw"], raw);

        let back: OwnedPropertyList = serde_json::from_value(json).unwrap();
        assert_eq!(back.to_bytes().unwrap(), buffer);
    }
}

#[test]
fn json_raw_with_a_value_that_ends_with_an_empty_string_is_a_mismatch() {
    const MISMATCH: &str = "\"value\" is not what \"raw\" decodes to: change both, or drop \"raw\"";
    // "a\0\0\0" (a trailing extra NUL, as Windows may send) decodes to ["a"], not ["a", ""].
    let json = r#"{"values":[{"syntax":"0x00010005","value":["a",""],"raw":"6100000000000000"}]}"#;
    let err = serde_json::from_str::<OwnedValueList>(json).unwrap_err();
    assert!(err.to_string().starts_with(MISMATCH), "{err}");
    // The empty list's 4 zero bytes are [], not [""].
    let json = r#"{"values":[{"syntax":"0x00010005","value":[""],"raw":"00000000"}]}"#;
    let err = serde_json::from_str::<OwnedValueList>(json).unwrap_err();
    assert!(err.to_string().starts_with(MISMATCH), "{err}");
    // The value that raw decodes to is taken, whatever the order of the keys.
    let json = r#"{"values":[{"raw":"610000000000630000000000","syntax":"0x00010005","value":["a","","b"]}]}"#;
    let err = serde_json::from_str::<OwnedValueList>(json).unwrap_err();
    assert!(err.to_string().starts_with(MISMATCH), "{err}");
    let json = r#"{"values":[{"raw":"610000000000620000000000","syntax":"0x00010005","value":["a","","b"]}]}"#;
    let list: OwnedValueList = serde_json::from_str(json).unwrap();
    assert_eq!(
        list.to_bytes().unwrap(),
        Raw::new()
            .entry(MULTI_SZ, &units(&[0x61, 0, 0, 0x62, 0, 0]))
            .end()
            .build()
    );
}
