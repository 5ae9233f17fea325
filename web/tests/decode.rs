//! What the page's WebAssembly module returns, tested natively: the same functions, called as
//! app.js calls them.

use clusprop::control::ControlCode;
use clusprop::dissect::{dissect_control_output, dissect_property_list, dissect_value_list, Entry};
use clusprop::{Mode, PropertyList, PropertyListBuilder, ValueList, ValueListBuilder};
use clusprop_web::{controls, decode, text_to_bytes};
use serde_json::{json, Value};

fn sample(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data/samples")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn decoded(bytes: &[u8], target: &str, lenient: bool, control: &str) -> Value {
    serde_json::from_str(&decode(bytes, target, lenient, control)).expect("decode gives JSON")
}

/// What the module gives for a dissection entry: the library's JSON of it, and the three keys
/// the page adds (`end`, `line`, `text`).
fn entry_json(entry: &Entry<'_>) -> Value {
    let mut json = serde_json::to_value(entry).expect("an entry's JSON");
    let map = json.as_object_mut().expect("an object");
    map.insert("end".into(), json!(entry.end()));
    map.insert("line".into(), json!(entry.to_string()));
    map.insert("text".into(), json!(entry.value_text().to_string()));
    json
}

fn text_error(text: &str, encoding: &str) -> Value {
    let error = text_to_bytes(text, encoding).expect_err("not a buffer");
    serde_json::from_str(&error).expect("the error is JSON")
}

#[test]
fn hex_and_base64_text_become_bytes() {
    assert_eq!(
        text_to_bytes("0b 00\n0A\tff", "hex"),
        Ok(vec![0x0b, 0, 0x0a, 0xff])
    );
    assert_eq!(
        text_to_bytes("0b000aff", "auto"),
        Ok(vec![0x0b, 0, 0x0a, 0xff])
    );
    assert_eq!(
        text_to_bytes("CwAK/w==", "auto"),
        Ok(vec![0x0b, 0, 0x0a, 0xff])
    );
    assert_eq!(
        text_to_bytes("CwAK/w", "base64"),
        Ok(vec![0x0b, 0, 0x0a, 0xff])
    );
    assert_eq!(
        text_to_bytes("Cw AK\n/w==", "base64"),
        Ok(vec![0x0b, 0, 0x0a, 0xff])
    );
    // Hex digits only, but base64 was asked for.
    assert_eq!(text_to_bytes("0b00", "base64"), Ok(vec![0xd1, 0xbd, 0x34]));
    assert_eq!(text_to_bytes("", "auto"), Ok(vec![]));
}

#[test]
fn text_errors_give_the_offending_characters_offset_in_javascripts_units() {
    assert_eq!(
        text_error("0b 0g", "hex"),
        json!({"message": "'g' is not a hex digit", "offset": 4})
    );
    assert_eq!(
        text_error("0b 0", "hex"),
        json!({"message": "odd number of hex digits, the last one", "offset": 3})
    );
    // "é" is one UTF-16 unit (two UTF-8 bytes), "𝄞" two (four): offsets count UTF-16 units.
    assert_eq!(
        text_error("é𝄞zz", "hex"),
        json!({"message": "'é' is not a hex digit", "offset": 0})
    );
    assert_eq!(
        text_error("00é", "hex"),
        json!({"message": "'é' is not a hex digit", "offset": 2})
    );
    assert_eq!(text_error("𝄞 0x", "hex")["offset"], json!(0));
    assert_eq!(text_error("00 𝄞", "hex")["offset"], json!(3));
    assert_eq!(
        text_error("ab\ncd*e", "base64"),
        json!({"message": "'*' is not a base64 character", "offset": 5})
    );
    assert_eq!(
        text_error("Cw=A", "base64"),
        json!({"message": "padding '=' out of place (one or two may end the text)", "offset": 2})
    );
    assert_eq!(
        text_error("CwAK/", "base64"),
        json!({"message": "5 base64 characters: the last one is alone in its group of 4 and makes no byte (truncated text?)", "offset": 4})
    );
}

#[test]
fn base64_errors_name_the_character_even_beyond_ascii() {
    assert_eq!(
        text_error("AAAA é", "base64"),
        json!({"message": "'é' is not a base64 character", "offset": 5})
    );
    // "CwB=": the last character before the padding has bits no byte uses.
    assert_eq!(
        text_error("CwB=", "base64"),
        json!({"message": "the last character 'B' has bits set that no byte uses (truncated or altered text?)", "offset": 2})
    );
}

#[test]
fn a_property_list_gives_the_librarys_dissection_and_canonical_json() {
    let bytes = sample("network_common.listend.bin");
    let doc = decoded(&bytes, "property_list", false, "");
    assert_eq!(doc["ok"], json!(true));
    assert_eq!(doc["error"], Value::Null);
    assert_eq!(doc["length"], json!(bytes.len()));
    assert_eq!(doc["target"], json!("property_list"));
    let dissection = dissect_property_list(&bytes, Mode::Strict);
    let entries = doc["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), dissection.entries.len());
    for (json, entry) in entries.iter().zip(&dissection.entries) {
        assert_eq!(json, &entry_json(entry));
    }
    let mut canonical = Vec::new();
    PropertyList::parse(&bytes)
        .expect("the sample parses")
        .write_json_pretty(&mut canonical);
    assert_eq!(
        doc["json"],
        json!(String::from_utf8(canonical).expect("UTF-8"))
    );
    assert_eq!(doc["output"], Value::Null);
}

#[test]
fn a_malformed_list_gives_the_entries_before_the_error_and_the_error() {
    let bytes = sample("network_common.listend.bin");
    let cut = &bytes[..150];
    let expected = PropertyList::parse(cut).expect_err("cut short");
    let doc = decoded(cut, "property_list", false, "");
    assert_eq!(doc["ok"], json!(false));
    assert_eq!(
        doc["error"],
        json!({"rule": expected.rule(), "offset": expected.offset(), "message": expected.to_string()})
    );
    let lines: Vec<&str> = doc["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["line"].as_str().expect("a line"))
        .collect();
    let library: Vec<String> = dissect_property_list(cut, Mode::Strict)
        .entries
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(lines, library);
    assert!(!lines.is_empty());
    assert_eq!(doc["json"], Value::Null);
}

#[test]
fn lenient_mode_and_value_lists() {
    let mut bytes = PropertyListBuilder::new()
        .property("Role")
        .dword(1)
        .finish()
        .expect("a list");
    bytes.push(0xEE);
    assert_eq!(
        decoded(&bytes, "property_list", false, "")["error"]["rule"],
        json!("trailing_bytes")
    );
    let lenient = decoded(&bytes, "property_list", true, "");
    assert_eq!(lenient["ok"], json!(true));
    assert_eq!(
        lenient["entries"]
            .as_array()
            .and_then(|e| e.last())
            .map(|e| &e["kind"]),
        Some(&json!("trailing_bytes"))
    );

    let values = ValueListBuilder::new()
        .sz("a")
        .dword(2)
        .finish()
        .expect("a value list");
    let doc = decoded(&values, "value_list", false, "");
    assert_eq!(doc["ok"], json!(true));
    assert_eq!(doc["target"], json!("value_list"));
    assert_eq!(
        doc["entries"].as_array().map(Vec::len),
        Some(dissect_value_list(&values, Mode::Strict).entries.len())
    );
    let mut canonical = Vec::new();
    ValueList::parse(&values)
        .expect("parses")
        .write_json_pretty(&mut canonical);
    assert_eq!(
        doc["json"],
        json!(String::from_utf8(canonical).expect("UTF-8"))
    );
}

#[test]
fn a_controls_output_is_decoded_by_its_code() {
    // GET_FLAGS: a DWORD, shown as its typed structure.
    let doc = decoded(&[1, 0, 0, 0], "control", false, "NETWORK_GET_FLAGS");
    assert_eq!(doc["ok"], json!(true));
    let code = ControlCode::NETWORK_GET_FLAGS;
    assert_eq!(
        doc["control"],
        json!({"name": "CLUSCTL_NETWORK_GET_FLAGS", "code": format!("{:#010x}", code.0), "output": "dword"})
    );
    assert_eq!(doc["output"]["dword"], json!(1));
    let dissection = dissect_control_output(code, &[1, 0, 0, 0], Mode::Strict).expect("a DWORD");
    assert_eq!(
        doc["entries"][0]["line"],
        json!(dissection.entries[0].to_string())
    );

    // A property list output: dissected as a list, no structure besides.
    let bytes = sample("network_common.listend.bin");
    let doc = decoded(
        &bytes,
        "control",
        false,
        "CLUSCTL_NETWORK_GET_COMMON_PROPERTIES",
    );
    assert_eq!(doc["ok"], json!(true));
    assert_eq!(doc["output"], Value::Null);
    assert_eq!(doc["control"]["output"], json!("property_list"));
    assert_eq!(
        doc["entries"].as_array().map(Vec::len),
        Some(dissect_property_list(&bytes, Mode::Strict).entries.len())
    );

    // The wrong size for a DWORD: the control decoder's own error.
    let expected = code.decode_output(&[1, 0]).expect_err("two bytes");
    let doc = decoded(&[1, 0], "control", false, "NETWORK_GET_FLAGS");
    assert_eq!(
        doc["error"],
        json!({"rule": expected.rule(), "offset": expected.offset(), "message": expected.to_string()})
    );
}

#[test]
fn an_unknown_control_name_is_an_error_not_a_guess() {
    let doc = decoded(&[], "control", false, "NETWORK_GET_NOTHING");
    assert_eq!(doc["ok"], json!(false));
    assert_eq!(doc["error"]["rule"], json!("unknown_control"));
    assert_eq!(doc["error"]["offset"], Value::Null);
    let message = "NETWORK_GET_NOTHING"
        .parse::<ControlCode>()
        .expect_err("unknown");
    assert_eq!(doc["error"]["message"], json!(message.to_string()));
}

#[test]
fn the_control_list_holds_every_named_code() {
    let list: Vec<Value> = serde_json::from_str(&controls()).expect("JSON");
    assert_eq!(list.len(), ControlCode::ALL.len());
    let flags = list
        .iter()
        .find(|row| row[0] == json!("CLUSCTL_NETWORK_GET_FLAGS"))
        .expect("GET_FLAGS");
    assert_eq!(
        flags,
        &json!([
            "CLUSCTL_NETWORK_GET_FLAGS",
            format!("{:#010x}", ControlCode::NETWORK_GET_FLAGS.0),
            "dword"
        ])
    );
}

#[test]
fn a_value_that_holds_a_list_leaves_its_value_to_the_lists_entries() {
    let inner = PropertyListBuilder::new()
        .property("Inner")
        .dword(5)
        .finish()
        .expect("a list");
    let outer = PropertyListBuilder::new()
        .property("Outer")
        .value(clusprop::Syntax::LIST_VALUE_PROPERTY_LIST, &inner)
        .finish()
        .expect("a list");
    let doc = decoded(&outer, "property_list", false, "");
    assert_eq!(doc["ok"], json!(true));
    let entries = doc["entries"].as_array().expect("entries");
    let dissection = dissect_property_list(&outer, Mode::Strict);
    assert_eq!(entries.len(), dissection.entries.len());
    for (json, entry) in entries.iter().zip(&dissection.entries) {
        let mut expected = entry_json(entry);
        if entry.depth == 0 && entry.kind.as_str() == "value" {
            // The nested list's whole JSON is not repeated: its entries follow at depth 1.
            let map = expected.as_object_mut().expect("an object");
            assert!(map.remove("value").is_some());
            assert!(json.get("value").is_none(), "{json}");
        }
        assert_eq!(json, &expected);
    }
    assert!(entries
        .iter()
        .any(|e| e["depth"] == json!(1) && e["value"] == json!("Inner")));
}
