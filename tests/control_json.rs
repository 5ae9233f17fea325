//! The JSON of decoded control outputs (`clusprop::json::ControlJson`), one test per
//! `ControlOutput` variant with the exact text: serde_json of its `Serialize` and the library's
//! writer (`write_json`, `write_json_pretty`, `write_json_to`, `to_json_string`) give the same
//! bytes, compact and pretty. This is what `clusprop decode --control` prints.

#![cfg(feature = "serde")]

mod common;

use clusprop::control::{ControlCode, ControlOutput};
use clusprop::json::ControlJson;
use clusprop::{PropertyListBuilder, ValueListBuilder};
use common::utf16z;

/// The JSON of `bytes` as `code`'s output, compact, after checking that every way of writing it
/// agrees (compact and pretty).
fn json(code: ControlCode, bytes: &[u8]) -> String {
    let output = code.decode_output(bytes).expect("decodes");
    let json = ControlJson::new(code, output);
    assert_eq!(json.code(), code);
    let compact = serde_json::to_string(&json).unwrap();
    let pretty = serde_json::to_string_pretty(&json).unwrap();
    assert_eq!(json.to_json_string(), compact);
    // `write_json` appends.
    let (mut written, mut written_pretty) = (b"x".to_vec(), b"y".to_vec());
    json.write_json(&mut written);
    json.write_json_pretty(&mut written_pretty);
    assert_eq!(&written[1..], compact.as_bytes());
    assert_eq!(&written_pretty[1..], pretty.as_bytes());
    let (mut streamed, mut streamed_pretty) = (Vec::new(), Vec::new());
    json.write_json_to(&mut streamed).unwrap();
    json.write_json_pretty_to(&mut streamed_pretty).unwrap();
    assert_eq!(streamed, compact.as_bytes());
    assert_eq!(streamed_pretty, pretty.as_bytes());
    compact
}

/// The pretty JSON, as serde_json and the writer give it (checked equal by [`json`]).
fn pretty(code: ControlCode, bytes: &[u8]) -> String {
    json(code, bytes);
    let json = ControlJson::new(code, code.decode_output(bytes).unwrap());
    serde_json::to_string_pretty(&json).unwrap()
}

#[test]
fn nothing() {
    let code = ControlCode::RESOURCE_SET_COMMON_PROPERTIES;
    assert!(matches!(
        code.decode_output(&[]).unwrap(),
        ControlOutput::Nothing
    ));
    assert_eq!(json(code, &[]), "{}");
    assert_eq!(pretty(code, &[]), "{}");
}

#[test]
fn dword_with_names() {
    assert_eq!(
        json(ControlCode::RESOURCE_GET_CHARACTERISTICS, &[5, 0, 0, 0]),
        r#"{"dword":5,"names":["CLUS_CHAR_QUORUM","CLUS_CHAR_LOCAL_QUORUM"]}"#
    );
    assert_eq!(
        json(ControlCode::RESOURCE_GET_CHARACTERISTICS, &[0; 4]),
        r#"{"dword":0,"names":[]}"#
    );
    assert_eq!(
        json(ControlCode::NETWORK_GET_FLAGS, &[1, 0, 0, 0]),
        r#"{"dword":1,"names":["CLUS_FLAG_CORE"]}"#
    );
    assert_eq!(
        json(ControlCode::RESOURCE_GET_FLAGS, &[0xFF; 4]),
        r#"{"dword":4294967295,"names":["CLUS_FLAG_CORE"]}"#
    );
    assert_eq!(
        pretty(ControlCode::RESOURCE_GET_CHARACTERISTICS, &[1, 0, 0, 0]),
        "{\n  \"dword\": 1,\n  \"names\": [\n    \"CLUS_CHAR_QUORUM\"\n  ]\n}"
    );
}

#[test]
fn dword_without_names() {
    assert_eq!(
        json(ControlCode::RESOURCE_TYPE_GET_ARB_TIMEOUT, &[60, 0, 0, 0]),
        r#"{"dword":60}"#
    );
    assert_eq!(
        json(
            ControlCode::RESOURCE_TYPE_STORAGE_GET_DRIVELETTERS,
            &[0xFF; 4]
        ),
        r#"{"dword":4294967295}"#
    );
}

#[test]
fn string() {
    assert_eq!(
        json(
            ControlCode::RESOURCE_GET_NAME,
            &utf16z("A\"B\tC\\\n\u{1f}é€😀")
        ),
        r#"{"string":"A\"B\tC\\\n\u001fé€😀"}"#
    );
    assert_eq!(
        json(ControlCode::RESOURCE_GET_NAME, &[0, 0]),
        r#"{"string":""}"#
    );
    // An unpaired surrogate is U+FFFD.
    assert_eq!(
        json(ControlCode::RESOURCE_GET_NAME, &[0x00, 0xD8, b'A', 0, 0, 0]),
        "{\"string\":\"\u{FFFD}A\"}"
    );
    assert_eq!(
        pretty(ControlCode::CLUSTER_GET_FQDN, &utf16z("clu1")),
        "{\n  \"string\": \"clu1\"\n}"
    );
}

#[test]
fn strings() {
    let mut names = utf16z("Role");
    names.extend(utf16z("Metric"));
    names.extend_from_slice(&[0, 0]);
    let code = ControlCode::NETWORK_ENUM_COMMON_PROPERTIES;
    assert_eq!(json(code, &names), r#"{"strings":["Role","Metric"]}"#);
    assert_eq!(
        pretty(code, &names),
        "{\n  \"strings\": [\n    \"Role\",\n    \"Metric\"\n  ]\n}"
    );
    assert_eq!(json(code, &[0, 0]), r#"{"strings":[]}"#);
    assert_eq!(json(code, &[]), r#"{"strings":[]}"#);
    assert_eq!(pretty(code, &[]), "{\n  \"strings\": []\n}");
}

#[test]
fn property_list() {
    let bytes = PropertyListBuilder::new()
        .trailing_end_mark(true)
        .property("Role")
        .dword(3)
        .finish()
        .unwrap();
    let code = ControlCode::NETWORK_GET_COMMON_PROPERTIES;
    let expected = r#"{"properties":[{"name":"Role","values":[{"syntax":"0x00010002","value":3}]}],"trailing_end_mark":true}"#;
    assert_eq!(json(code, &bytes), expected);
    // The list's own canonical JSON, unwrapped.
    let list = code.decode_output(&bytes).unwrap().property_list().unwrap();
    assert_eq!(list.to_json_string(), expected);
}

#[test]
fn value_list() {
    let bytes = ValueListBuilder::new()
        .dword(7)
        .sz("C:\\")
        .finish()
        .unwrap();
    assert_eq!(
        json(ControlCode::RESOURCE_GET_REQUIRED_DEPENDENCIES, &bytes),
        r#"{"values":[{"syntax":"0x00010002","value":7},{"syntax":"0x00010003","value":"C:\\"}]}"#
    );
}

/// STORAGE_GET_AVAILABLE_DISKS: a list with a DWORD, an empty list, a list with a DWORD.
fn disks() -> Vec<u8> {
    let mut bytes = ValueListBuilder::new().dword(7).finish().unwrap();
    bytes.extend_from_slice(&[0; 4]);
    bytes.extend(ValueListBuilder::new().dword(8).finish().unwrap());
    bytes
}

#[test]
fn value_lists() {
    let code = ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS;
    assert_eq!(
        json(code, &disks()),
        r#"{"value_lists":[{"values":[{"syntax":"0x00010002","value":7}]},{"values":[]},{"values":[{"syntax":"0x00010002","value":8}]}]}"#
    );
    assert_eq!(json(code, &[0; 4]), r#"{"value_lists":[{"values":[]}]}"#);
}

#[test]
fn value_lists_empty() {
    let code = ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS;
    assert_eq!(json(code, &[]), r#"{"value_lists":[]}"#);
    assert_eq!(pretty(code, &[]), "{\n  \"value_lists\": []\n}");
}

#[test]
fn value_lists_pretty() {
    let code = ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS;
    assert_eq!(
        pretty(code, &disks()),
        r#"{
  "value_lists": [
    {
      "values": [
        {
          "syntax": "0x00010002",
          "value": 7
        }
      ]
    },
    {
      "values": []
    },
    {
      "values": [
        {
          "syntax": "0x00010002",
          "value": 8
        }
      ]
    }
  ]
}"#
    );
}

#[test]
fn class_info() {
    let code = ControlCode::RESOURCE_GET_CLASS_INFO;
    assert_eq!(
        json(code, &[1, 0, 0, 0, 0, 0, 0, 0x40]),
        r#"{"class":1,"class_name":"CLUS_RESCLASS_STORAGE","subclass":1073741824,"subclass_names":["CLUS_RESSUBCLASS_STORAGE_DISK"]}"#
    );
    assert_eq!(
        json(code, &[9, 0, 0, 0, 0, 0, 0, 0]),
        r#"{"class":9,"class_name":null,"subclass":0,"subclass_names":[]}"#
    );
}

#[test]
fn filetime() {
    let code = ControlCode::RESOURCE_GET_STATE_CHANGE_TIME;
    let at = |t: u64| json(code, &t.to_le_bytes());
    assert_eq!(
        at(0),
        r#"{"filetime":0,"utc":"1601-01-01T00:00:00.0000000Z"}"#
    );
    // 2^53 - 1 is the last number; beyond it, a decimal string.
    assert_eq!(
        at((1 << 53) - 1),
        r#"{"filetime":9007199254740991,"utc":"1629-07-17T23:58:45.4740991Z"}"#
    );
    assert_eq!(
        at(1 << 53),
        r#"{"filetime":"9007199254740992","utc":"1629-07-17T23:58:45.4740992Z"}"#
    );
    assert_eq!(
        at(134_383_943_952_553_200),
        r#"{"filetime":"134383943952553200","utc":"2026-11-05T23:19:55.2553200Z"}"#
    );
    assert_eq!(
        at(i64::MAX as u64),
        r#"{"filetime":"9223372036854775807","utc":"30828-09-14T02:48:05.4775807Z"}"#
    );
    assert_eq!(
        pretty(code, &0u64.to_le_bytes()),
        "{\n  \"filetime\": 0,\n  \"utc\": \"1601-01-01T00:00:00.0000000Z\"\n}"
    );
}

#[test]
fn filetime_without_utc() {
    let code = ControlCode::RESOURCE_GET_STATE_CHANGE_TIME;
    assert_eq!(
        json(code, &(1u64 << 63).to_le_bytes()),
        r#"{"filetime":"9223372036854775808"}"#
    );
    assert_eq!(
        json(code, &u64::MAX.to_le_bytes()),
        r#"{"filetime":"18446744073709551615"}"#
    );
}

#[test]
fn maintenance_mode() {
    let code = ControlCode::RESOURCE_QUERY_MAINTENANCE_MODE;
    assert_eq!(
        json(code, &[1, 0, 0, 0]),
        r#"{"maintenance_mode":{"in_maintenance":1}}"#
    );
    let ex = [1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0x0F, 0xF0, 0xBA, 0xAB];
    assert_eq!(
        json(code, &ex),
        r#"{"maintenance_mode":{"in_maintenance":1,"internal_state":2,"mode_type":1,"mode_type_name":"MaintenanceModeTypeDisableIsAliveCheck","signature":2881155087}}"#
    );
    // An unnamed type, an unknown state (-1), no signature.
    let odd = [0, 0, 0, 0, 7, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0];
    assert_eq!(
        json(code, &odd),
        r#"{"maintenance_mode":{"in_maintenance":0,"internal_state":-1,"mode_type":7,"mode_type_name":null,"signature":0}}"#
    );
    assert_eq!(
        pretty(code, &[1, 0, 0, 0]),
        "{\n  \"maintenance_mode\": {\n    \"in_maintenance\": 1\n  }\n}"
    );
}

#[test]
fn bytes() {
    let code = ControlCode::CLUSTER_GET_CLUSDB_TIMESTAMP;
    assert_eq!(
        json(code, &[0x00, 0x0f, 0xa5, 0xff]),
        r#"{"bytes":"000fa5ff"}"#
    );
    assert_eq!(json(code, &[]), r#"{"bytes":""}"#);
    assert_eq!(pretty(code, &[0xAB]), "{\n  \"bytes\": \"ab\"\n}");
}

#[test]
fn a_long_output_streams_whole() {
    // More JSON than the writer's 64 KiB buffer: `write_json_to` hands it on in pieces.
    let mut bytes = Vec::new();
    for i in 0..3000u32 {
        bytes.extend(
            ValueListBuilder::new()
                .dword(i)
                .sz("disk")
                .finish()
                .unwrap(),
        );
    }
    let code = ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS;
    assert!(json(code, &bytes).len() > 1 << 16);
}
