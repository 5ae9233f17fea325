//! Strict JSON input (the encode issue, item 4): repeated keys, syntax text, hex data and the
//! paths of errors, read by the owned model's `Deserialize` as serde_json and
//! serde_path_to_error report them.

#![cfg(feature = "serde")]

use clusprop::{OwnedPropertyList, OwnedValueList, Syntax};
use serde::de::DeserializeOwned;

/// The path and the message (without serde_json's position) of the error reading `text` as `T`.
fn error<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> (String, String) {
    let mut de = serde_json::Deserializer::from_str(text);
    let e = serde_path_to_error::deserialize::<_, T>(&mut de).unwrap_err();
    let path = e.path().to_string();
    let message = e.into_inner().to_string();
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    };
    (path, message)
}

fn list_error(text: &str) -> (String, String) {
    error::<OwnedPropertyList>(text)
}

/// A property list of one property "A" with the value object `value`.
fn one(value: &str) -> String {
    format!(r#"{{"properties":[{{"name":"A","values":[{value}]}}]}}"#)
}

fn pair(path: &str, message: &str) -> (String, String) {
    (path.to_owned(), message.to_owned())
}

#[test]
fn a_repeated_syntax_is_refused_not_retagged() {
    // Used to give a DWORD of 120 ("x" re-tagged).
    let text = one(r#"{"syntax":"0x00010003","value":"x","syntax":"0x00010002"}"#);
    assert_eq!(
        list_error(&text),
        pair(
            "properties[0].values[0].syntax",
            r#"duplicate key "syntax""#
        )
    );
    let e = serde_json::from_str::<OwnedPropertyList>(&text).unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"duplicate key "syntax" at line 1 column 81"#
    );
}

#[test]
fn every_object_refuses_a_repeated_key() {
    for (text, path, key) in [
        (
            one(r#"{"syntax":"0x00010002","value":1,"value":2}"#),
            "properties[0].values[0].value",
            "value",
        ),
        (
            one(r#"{"value":1,"value":2,"syntax":"0x00010002"}"#),
            "properties[0].values[0].value",
            "value",
        ),
        (
            one(r#"{"syntax":"0x00010001","raw":"00","raw":"01"}"#),
            "properties[0].values[0].raw",
            "raw",
        ),
        (
            one(r#"{"syntax":"0x00010002","value":1,"note":1,"note":2}"#),
            "properties[0].values[0].note",
            "note",
        ),
        (
            r#"{"properties":[{"name":"A","name":"B","values":[]}]}"#.into(),
            "properties[0].name",
            "name",
        ),
        (
            r#"{"properties":[{"name":"A","values":[],"values":[]}]}"#.into(),
            "properties[0].values",
            "values",
        ),
        (
            r#"{"properties":[],"properties":[]}"#.into(),
            "properties",
            "properties",
        ),
        (
            r#"{"properties":[],"trailing_end_mark":true,"trailing_end_mark":false}"#.into(),
            "trailing_end_mark",
            "trailing_end_mark",
        ),
        (r#"{"properties":[],"x":1,"x":1}"#.into(), "x", "x"),
        // A nested list, read from its object.
        (
            one(r#"{"syntax":"0x0001000e","value":{"properties":[],"properties":[]}}"#),
            "properties[0].values[0].value.properties",
            "properties",
        ),
    ] {
        assert_eq!(
            list_error(&text),
            pair(path, &format!("duplicate key {key:?}")),
            "{text}"
        );
    }
    assert_eq!(
        error::<OwnedValueList>(r#"{"values":[],"values":[]}"#),
        pair("values", r#"duplicate key "values""#)
    );
    assert_eq!(
        error::<OwnedValueList>(
            r#"{"values":[{"syntax":"0x00010002","syntax":"0x00010002","value":1}]}"#
        ),
        pair("values[0].syntax", r#"duplicate key "syntax""#)
    );
}

#[test]
fn typed_objects_refuse_a_repeated_field() {
    for (syntax, value, field) in [
        (
            "0x00060002",
            r#"{"port":1,"port":2,"path_id":0,"target_id":0,"lun":0}"#,
            "port",
        ),
        (
            "0x00090001",
            r#"{"root_signature":1,"ft_type":2,"ft_type":3}"#,
            "ft_type",
        ),
        // RESCLASS is buffered (a number or an object) before it is read.
        (
            "0x00020002",
            r#"{"class":1,"subclass":0,"class":2}"#,
            "class",
        ),
        (
            "0x000d0001",
            r#"{"flags":0,"device_name":"C:","volume_label":"","serial_number":0,"maximum_component_length":255,"file_system_flags":0,"file_system":"NTFS","file_system":"FAT","total_size":0,"free_size":0,"device_number":0,"partition_number":0,"volume_guid":"{00000000-0000-0000-0000-000000000000}"}"#,
            "file_system",
        ),
    ] {
        let text = format!(r#"{{"values":[{{"syntax":"{syntax}","value":{value}}}]}}"#);
        let (path, message) = error::<OwnedValueList>(&text);
        assert_eq!(message, format!("duplicate field `{field}`"), "{text}");
        assert!(path.starts_with("values[0].value"), "{path}");
    }
}

#[test]
fn syntax_is_0x_and_exactly_8_hex_digits_or_a_name() {
    for bad in [
        "0x1",
        "0x000010002",
        "0x+0010002",
        "0x0001000",
        "0X00010002",
        "0x 0010002",
        "00010002",
        "0x-0010002",
        "65538",
    ] {
        let text = one(&format!(r#"{{"syntax":"{bad}","value":1}}"#));
        assert_eq!(
            list_error(&text),
            pair(
                "properties[0].values[0].syntax",
                &format!("{bad:?} is not a syntax: expected 0x and 8 hex digits or a CLUSPROP_SYNTAX_* name")
            ),
            "{bad}"
        );
    }
    for good in [
        "0x00010002",
        "0x0001000A",
        "0x0001000a",
        "CLUSPROP_SYNTAX_LIST_VALUE_DWORD",
        "LIST_VALUE_DWORD",
    ] {
        let text = one(&format!(r#"{{"syntax":"{good}","value":1}}"#));
        let list: OwnedPropertyList = serde_json::from_str(&text).unwrap();
        let syntax = list.properties[0].values[0].syntax;
        assert!(
            syntax == Syntax::LIST_VALUE_DWORD || syntax == Syntax(0x0001_000a),
            "{good}"
        );
    }
    // The general parser keeps its lax numbers.
    assert_eq!(Syntax::from_name("0x10002"), Some(Syntax::LIST_VALUE_DWORD));
}

#[test]
fn hex_data_is_pairs_of_hex_digits_only() {
    for (bad, pair_text) in [
        ("+a", "+a"),
        ("0a+b", "+b"),
        ("-1", "-1"),
        (" a", " a"),
        ("0g", "0g"),
    ] {
        for key in ["value", "raw"] {
            let text = one(&format!(r#"{{"syntax":"0x00010001","{key}":"{bad}"}}"#));
            assert_eq!(
                list_error(&text),
                pair(
                    &format!("properties[0].values[0].{key}"),
                    &format!("{pair_text:?} is not a hex byte")
                ),
                "{text}"
            );
        }
    }
    let text = one(r#"{"syntax":"0x00010001","value":"0A0b"}"#);
    let list: OwnedPropertyList = serde_json::from_str(&text).unwrap();
    assert_eq!(&list.properties[0].values[0].data[..], [0x0a, 0x0b]);
}

#[test]
fn a_value_before_its_syntax_keeps_its_path_in_the_message() {
    assert_eq!(
        list_error(&one(r#"{"value":5,"syntax":"0x00010003"}"#)),
        pair(
            "properties[0].values[0]",
            "at value: invalid type: integer `5`, expected a string"
        )
    );
    let nested = r#"{"value":{"properties":[{"name":"B","values":[{"syntax":"0x00010002","value":1},{"syntax":"0x00010002","value":-1}]}]},"syntax":"0x0001000e"}"#;
    assert_eq!(
        list_error(&one(nested)),
        pair(
            "properties[0].values[0]",
            "at value.properties[0].values[1].value: invalid value: integer `-1`, expected u32"
        )
    );
    // Syntax first: the path tracker has it all.
    let nested = r#"{"syntax":"0x0001000e","value":{"properties":[{"name":"B","values":[{"syntax":"0x00010002","value":-1}]}]}}"#;
    assert_eq!(
        list_error(&one(nested)),
        pair(
            "properties[0].values[0].value.properties[0].values[0].value",
            "invalid value: integer `-1`, expected u32"
        )
    );
    // Buffered twice: one path.
    let nested = r#"{"value":{"properties":[{"name":"B","values":[{"value":"x","syntax":"0x00010002"}]}]},"syntax":"0x0001000e"}"#;
    assert_eq!(
        list_error(&one(nested)),
        pair(
            "properties[0].values[0]",
            "at value.properties[0].values[0].value: invalid value: string \"x\", expected u32 \
             as a number or a decimal string: ASCII digits, no \"+\", spaces or leading zeros"
        )
    );
    // A repeated key in buffered content.
    let nested =
        r#"{"value":{"properties":[{"name":"B","name":"C","values":[]}]},"syntax":"0x0001000e"}"#;
    assert_eq!(
        list_error(&one(nested)),
        pair(
            "properties[0].values[0]",
            r#"at value.properties[0].name: duplicate key "name""#
        )
    );
}
