//! JSON safe for every consumer (the encode issue, item 3): integers beyond 2^53 − 1 as decimal
//! strings, FILETIMEs with their UTC text, and both forms read back into the same bytes, also
//! after a reader of doubles (JavaScript, jq 1.6) has been through the JSON.

#![cfg(feature = "serde")]

mod common;

use clusprop::json::MAX_SAFE_INTEGER;
use clusprop::read::{Guid, PartitionFlags};
use clusprop::write::{PartitionInfoExFields, PartitionInfoFields};
use clusprop::{
    FileTime, OwnedPropertyList, OwnedValueList, PropertyList, PropertyListBuilder, Syntax,
    ValueList, ValueListBuilder,
};
use serde::de::DeserializeOwned;
use serde_json::{json, Value as Json};

const TWO_53: u64 = 1 << 53;

/// A partition of `total` bytes with `free` free.
fn partition(total: u64, free: u64) -> PartitionInfoExFields {
    PartitionInfoExFields {
        info: PartitionInfoFields {
            flags: PartitionFlags(0x15),
            device_name: "\\\\?\\GLOBALROOT\\Device\\Harddisk1\\Partition2".into(),
            volume_label: "Big".into(),
            serial_number: 0xA1B2_C3D4,
            maximum_component_length: 255,
            file_system_flags: 0x03E7_02FF,
            file_system: "NTFS".into(),
        },
        total_size: total,
        free_size: free,
        device_number: 3,
        partition_number: 2,
        volume_guid: "{4D36E967-E325-11CE-BFC1-08002BE10318}"
            .parse::<Guid>()
            .unwrap(),
    }
}

/// A value list with the integers at and around every boundary, a FILETIME, a DISK_SIZE and a
/// partition above 2^53.
fn big_value_list() -> Vec<u8> {
    ValueListBuilder::new()
        .ularge_integer(MAX_SAFE_INTEGER)
        .ularge_integer(TWO_53)
        .ularge_integer(TWO_53 + 1)
        .ularge_integer(u64::MAX)
        .large_integer(-(MAX_SAFE_INTEGER as i64))
        .large_integer(-(TWO_53 as i64))
        .large_integer(i64::MIN)
        .large_integer(i64::MAX)
        .filetime(FileTime(134_361_186_894_390_000))
        .filetime(FileTime(0))
        .filetime(FileTime(u64::MAX))
        .value(Syntax::DISK_SIZE, &(1u64 << 60).to_le_bytes())
        .value(Syntax::DISK_SIZE, &1_000_204_886_016u64.to_le_bytes())
        .partition_info_ex(&partition(TWO_53 + 1, 4_000_787_030_016))
        .dword(u32::MAX)
        .long(i32::MIN)
        .finish()
        .unwrap()
}

/// The documented JSON of [`big_value_list`] (the partition's other keys left out).
fn big_value_list_json() -> Vec<Json> {
    vec![
        json!({"syntax": "0x00010006", "value": 9_007_199_254_740_991u64}),
        json!({"syntax": "0x00010006", "value": "9007199254740992"}),
        json!({"syntax": "0x00010006", "value": "9007199254740993"}),
        json!({"syntax": "0x00010006", "value": "18446744073709551615"}),
        json!({"syntax": "0x0001000a", "value": -9_007_199_254_740_991i64}),
        json!({"syntax": "0x0001000a", "value": "-9007199254740992"}),
        json!({"syntax": "0x0001000a", "value": "-9223372036854775808"}),
        json!({"syntax": "0x0001000a", "value": "9223372036854775807"}),
        json!({"syntax": "0x0001000c", "value": "134361186894390000",
               "utc": "2026-10-10T15:11:29.4390000Z"}),
        json!({"syntax": "0x0001000c", "value": 0, "utc": "1601-01-01T00:00:00.0000000Z"}),
        // Beyond what Windows converts: no timestamp.
        json!({"syntax": "0x0001000c", "value": "18446744073709551615"}),
        json!({"syntax": "0x000c0006", "value": "1152921504606846976"}),
        json!({"syntax": "0x000c0006", "value": 1_000_204_886_016u64}),
    ]
}

/// Every number in `json` as a reader of doubles sees it (each number through `f64`), in a new
/// document: what `jq .` (1.6) or `JSON.stringify(JSON.parse(…))` gives back.
fn through_doubles(json: &Json) -> Json {
    match json {
        Json::Number(n) => {
            let f = n.as_f64().unwrap();
            if f.fract() == 0.0 && f.abs() < 1e19 {
                if f < 0.0 {
                    json!(f as i64)
                } else {
                    json!(f as u64)
                }
            } else {
                json!(f)
            }
        }
        Json::Array(items) => Json::Array(items.iter().map(through_doubles).collect()),
        Json::Object(map) => Json::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), through_doubles(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Checks that no number in `json` is beyond what a double holds exactly, and returns how many
/// integers there were.
fn assert_all_numbers_safe(json: &Json, at: &str) -> usize {
    match json {
        Json::Number(n) => {
            let exact = n
                .as_u64()
                .map(|u| u <= MAX_SAFE_INTEGER && (u as f64) as u64 == u)
                .or_else(|| {
                    n.as_i64()
                        .map(|i| i.unsigned_abs() <= MAX_SAFE_INTEGER && (i as f64) as i64 == i)
                })
                .unwrap_or(false);
            assert!(exact, "{at}: {n} is not exact as a double");
            1
        }
        Json::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| assert_all_numbers_safe(v, &format!("{at}[{i}]")))
            .sum(),
        Json::Object(map) => map
            .iter()
            .map(|(k, v)| assert_all_numbers_safe(v, &format!("{at}.{k}")))
            .sum(),
        _ => 0,
    }
}

#[test]
fn big_integers_are_strings_exactly_as_documented() {
    let bytes = big_value_list();
    let json = serde_json::to_value(ValueList::parse(&bytes).unwrap()).unwrap();
    let values = json["values"].as_array().unwrap();
    let expected = big_value_list_json();
    assert_eq!(&values[..expected.len()], &expected[..]);
    let partition = &values[expected.len()];
    assert_eq!(partition["syntax"], "0x000d0001");
    assert_eq!(partition["value"]["total_size"], "9007199254740993");
    assert_eq!(partition["value"]["free_size"], 4_000_787_030_016u64);
    assert_eq!(partition["value"]["device_number"], 3);
    assert_eq!(
        values[expected.len() + 1],
        json!({"syntax": "0x00010002", "value": 4_294_967_295u32})
    );
    assert_eq!(
        values[expected.len() + 2],
        json!({"syntax": "0x00010007", "value": -2_147_483_648i32})
    );
    // The exact text, as a reader sees it.
    let text = serde_json::to_string(&ValueList::parse(&bytes).unwrap()).unwrap();
    assert!(text.contains(r#"{"syntax":"0x00010006","value":9007199254740991}"#));
    assert!(text.contains(r#"{"syntax":"0x00010006","value":"9007199254740992"}"#));
    assert!(text.contains(
        r#"{"syntax":"0x0001000c","value":"134361186894390000","utc":"2026-10-10T15:11:29.4390000Z"}"#
    ));
    // The owned model writes the same JSON.
    let owned = ValueList::parse(&bytes).unwrap().into_owned();
    assert_eq!(serde_json::to_value(&owned).unwrap(), json);
}

#[test]
fn big_integers_round_trip_to_the_same_bytes() {
    let bytes = big_value_list();
    let text = serde_json::to_string(&ValueList::parse(&bytes).unwrap()).unwrap();
    let back: OwnedValueList = serde_json::from_str(&text).unwrap();
    assert_eq!(back.to_bytes().unwrap(), bytes);
}

#[test]
fn a_reader_of_doubles_changes_nothing() {
    let bytes = big_value_list();
    let json = serde_json::to_value(ValueList::parse(&bytes).unwrap()).unwrap();
    assert!(assert_all_numbers_safe(&json, "") > 10);
    let doubled = through_doubles(&json);
    assert_eq!(doubled, json);
    let back: OwnedValueList = serde_json::from_value(doubled).unwrap();
    assert_eq!(back.to_bytes().unwrap(), bytes);
}

#[test]
fn nested_lists_carry_strings_too() {
    let inner_values = big_value_list();
    let inner_list = PropertyListBuilder::new()
        .property("Size")
        .ularge_integer(u64::MAX - 1)
        .property("When")
        .filetime(FileTime(i64::MAX as u64))
        .finish()
        .unwrap();
    let bytes = PropertyListBuilder::new()
        .property("Values")
        .value(Syntax::LIST_VALUE_VALUE_LIST, &inner_values)
        .property("List")
        .value(Syntax::LIST_VALUE_PROPERTY_LIST, &inner_list)
        .finish()
        .unwrap();
    let json = serde_json::to_value(PropertyList::parse(&bytes).unwrap()).unwrap();
    let nested = &json["properties"][0]["values"][0]["value"]["values"];
    assert_eq!(
        &nested.as_array().unwrap()[..big_value_list_json().len()],
        &big_value_list_json()[..]
    );
    let list = &json["properties"][1]["values"][0]["value"]["properties"];
    assert_eq!(
        list[0]["values"][0],
        json!({"syntax": "0x00010006", "value": "18446744073709551614"})
    );
    assert_eq!(
        list[1]["values"][0],
        json!({"syntax": "0x0001000c", "value": "9223372036854775807",
               "utc": "30828-09-14T02:48:05.4775807Z"})
    );
    assert_all_numbers_safe(&json, "");
    let back: OwnedPropertyList = serde_json::from_value(through_doubles(&json)).unwrap();
    assert_eq!(back.to_bytes().unwrap(), bytes);
}

#[test]
fn every_capture_survives_a_reader_of_doubles() {
    for (file, _) in common::CAPTURES {
        let bytes = common::data(file);
        let json = serde_json::to_value(PropertyList::parse(&bytes).unwrap()).unwrap();
        assert_all_numbers_safe(&json, file);
        let back: OwnedPropertyList = serde_json::from_value(through_doubles(&json)).unwrap();
        assert_eq!(back.to_bytes().unwrap(), bytes, "{file}");
    }
}

/// The value list of the one value object `value`, encoded.
fn encode_value(value: Json) -> Vec<u8> {
    serde_json::from_value::<OwnedValueList>(json!({ "values": [value] }))
        .unwrap()
        .to_bytes()
        .unwrap()
}

#[test]
fn every_integer_field_takes_a_number_or_a_decimal_string() {
    let pairs = [
        (
            json!({"syntax": "0x00010002", "value": 7}),
            json!({"syntax": "0x00010002", "value": "7"}),
        ),
        (
            json!({"syntax": "0x00010002", "value": 0}),
            json!({"syntax": "0x00010002", "value": "0"}),
        ),
        (
            json!({"syntax": "0x00010007", "value": -2}),
            json!({"syntax": "0x00010007", "value": "-2"}),
        ),
        (
            json!({"syntax": "0x0001000b", "value": 65535}),
            json!({"syntax": "0x0001000b", "value": "65535"}),
        ),
        (
            json!({"syntax": "0x00010006", "value": 5}),
            json!({"syntax": "0x00010006", "value": "5"}),
        ),
        (
            json!({"syntax": "0x0001000a", "value": -5}),
            json!({"syntax": "0x0001000a", "value": "-5"}),
        ),
        (
            json!({"syntax": "0x0001000c", "value": 9}),
            json!({"syntax": "0x0001000c", "value": "9"}),
        ),
        (
            json!({"syntax": "0x000c0006", "value": 1}),
            json!({"syntax": "0x000c0006", "value": "1"}),
        ),
        (
            json!({"syntax": "0x00070002", "value": 9}),
            json!({"syntax": "0x00070002", "value": "9"}),
        ),
        (
            json!({"syntax": "0x00020002", "value": {"class": 1, "subclass": 1_073_741_824u32}}),
            json!({"syntax": "0x00020002", "value": {"class": "1", "subclass": "1073741824"}}),
        ),
        (
            json!({"syntax": "0x00020002", "value": 1}),
            json!({"syntax": "0x00020002", "value": "1"}),
        ),
        (
            json!({"syntax": "0x00060002", "value": {"port": 1, "path_id": 0, "target_id": 2, "lun": 255}}),
            json!({"syntax": "0x00060002", "value": {"port": "1", "path_id": "0", "target_id": "2", "lun": "255"}}),
        ),
        (
            json!({"syntax": "0x00090001", "value": {"root_signature": 7, "ft_type": 2}}),
            json!({"syntax": "0x00090001", "value": {"root_signature": "7", "ft_type": "2"}}),
        ),
    ];
    for (number, string) in pairs {
        assert_eq!(
            encode_value(number.clone()),
            encode_value(string),
            "{number}"
        );
    }
    // A partition's fields, all as strings.
    let bytes = ValueListBuilder::new()
        .partition_info_ex(&partition(u64::MAX, 1))
        .finish()
        .unwrap();
    let mut json = serde_json::to_value(ValueList::parse(&bytes).unwrap()).unwrap();
    let value = json["values"][0]["value"].as_object_mut().unwrap();
    for key in [
        "flags",
        "serial_number",
        "maximum_component_length",
        "file_system_flags",
        "total_size",
        "free_size",
        "device_number",
        "partition_number",
    ] {
        let text = value[key].to_string().trim_matches('"').to_owned();
        value.insert(key.to_owned(), json!(text));
    }
    assert_eq!(value["free_size"], "1");
    let back: OwnedValueList = serde_json::from_value(json).unwrap();
    assert_eq!(back.to_bytes().unwrap(), bytes);
}

#[test]
fn utc_is_ignored_when_reading() {
    let bytes = ValueListBuilder::new()
        .filetime(FileTime(134_361_186_894_390_000))
        .finish()
        .unwrap();
    for utc in [
        json!("2026-10-10T15:11:29.4390000Z"),
        json!("1999-01-01T00:00:00Z"),
        json!("not a time"),
        json!(12),
        json!(null),
    ] {
        let value = json!({"syntax": "0x0001000c", "value": "134361186894390000", "utc": utc});
        assert_eq!(encode_value(value), bytes, "{utc}");
    }
    // utc before value, and before syntax: still ignored.
    let value = json!({"utc": "x", "value": 134_361_186_894_390_000u64, "syntax": "0x0001000c"});
    assert_eq!(encode_value(value), bytes);
    // Without utc: the same bytes.
    let value = json!({"syntax": "0x0001000c", "value": "134361186894390000"});
    assert_eq!(encode_value(value), bytes);
    // utc alone does not make a value.
    let err = serde_json::from_value::<OwnedValueList>(
        json!({"values": [{"syntax": "0x0001000c", "utc": "2026-10-10T15:11:29.4390000Z"}]}),
    )
    .unwrap_err();
    assert!(err.to_string().contains("missing field `value`"), "{err}");
    // Twice, like any key: refused.
    let text = r#"{"values":[{"syntax":"0x0001000c","value":1,"utc":"a","utc":"b"}]}"#;
    assert_eq!(
        error::<OwnedValueList>(text),
        (
            "values[0].utc".to_owned(),
            "duplicate key \"utc\"".to_owned()
        )
    );
}

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

const UNSIGNED: &str = "as a number or a decimal string: ASCII digits, no \"+\", spaces or \
                        leading zeros";
const SIGNED: &str = "as a number or a decimal string: ASCII digits after an optional \"-\", \
                      no \"+\", spaces or leading zeros";

#[test]
fn decimal_strings_are_strict_and_errors_name_their_path() {
    let one = |syntax: &str, value: &str| {
        error::<OwnedPropertyList>(&format!(
            r#"{{"properties":[{{"name":"A","values":[{{"syntax":"{syntax}","value":{value}}}]}}]}}"#
        ))
    };
    let at = "properties[0].values[0].value";
    for bad in [
        "+1", " 1", "1 ", "01", "00", "-0", "1e3", "1.0", "0x10", "", "-", "1_000", "١",
    ] {
        let text = serde_json::to_string(bad).unwrap();
        assert_eq!(
            one("0x00010006", &text),
            (
                at.to_owned(),
                format!("invalid value: string {text}, expected u64 {UNSIGNED}")
            ),
            "{bad:?}"
        );
        assert_eq!(
            one("0x0001000a", &text),
            (
                at.to_owned(),
                format!("invalid value: string {text}, expected i64 {SIGNED}")
            ),
            "{bad:?}"
        );
    }
    // Well formed, out of range: serde's words.
    for (syntax, value, ty) in [
        ("0x00010006", "18446744073709551616", "u64"),
        ("0x00010006", "-1", "u64"),
        ("0x0001000c", "99999999999999999999999", "u64"),
        ("0x0001000a", "9223372036854775808", "i64"),
        ("0x0001000a", "-9223372036854775809", "i64"),
        ("0x00010002", "4294967296", "u32"),
        ("0x00010002", "-1", "u32"),
        ("0x00010007", "2147483648", "i32"),
        ("0x0001000b", "65536", "u16"),
    ] {
        assert_eq!(
            one(syntax, &format!("\"{value}\"")),
            (
                at.to_owned(),
                format!("invalid value: string \"{value}\", expected {ty}")
            )
        );
    }
    // Numbers are as before.
    assert_eq!(
        one("0x00010002", "-1"),
        (
            at.to_owned(),
            "invalid value: integer `-1`, expected u32".to_owned()
        )
    );
    assert_eq!(
        one("0x00010006", "1.5"),
        (
            at.to_owned(),
            "invalid type: floating point `1.5`, expected u64 (a number or a decimal string)"
                .to_owned()
        )
    );
    assert_eq!(
        one("0x00010006", "true"),
        (
            at.to_owned(),
            "invalid type: boolean `true`, expected u64 (a number or a decimal string)".to_owned()
        )
    );
    // A typed structure's field: its path.
    let scsi = r#"{"values":[{"syntax":"0x00060002","value":{"port":"+1","path_id":0,"target_id":0,"lun":0}}]}"#;
    assert_eq!(
        error::<OwnedValueList>(scsi),
        (
            "values[0].value.port".to_owned(),
            format!("invalid value: string \"+1\", expected u8 {UNSIGNED}")
        )
    );
    let scsi = r#"{"values":[{"syntax":"0x00060002","value":{"port":"256","path_id":0,"target_id":0,"lun":0}}]}"#;
    assert_eq!(
        error::<OwnedValueList>(scsi).1,
        "invalid value: string \"256\", expected u8"
    );
    // A nested list's value, read before its syntax: the path in the message.
    let nested = r#"{"properties":[{"name":"A","values":[{"value":{"values":[{"syntax":"0x00010006","value":"007"}]},"syntax":"0x0001000d"}]}]}"#;
    assert_eq!(
        error::<OwnedPropertyList>(nested),
        (
            "properties[0].values[0]".to_owned(),
            format!(
                "at value.values[0].value: invalid value: string \"007\", expected u64 {UNSIGNED}"
            )
        )
    );
}
