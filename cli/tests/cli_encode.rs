//! `clusprop encode`: canonical JSON to bytes, plain JSON updates to validated payloads.

mod common;

use std::process::Output;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    common::run_cli(args, Some(stdin))
}

fn ok(out: Output) -> Vec<u8> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn failure(out: Output) -> String {
    common::failure_line(1, "", &out)
}

#[test]
fn decode_then_encode_gives_every_capture_back() {
    for (file, _) in common::CAPTURES {
        let path = format!("tests/data/{file}");
        let json = ok(run(&["decode", &path], b""));
        assert_eq!(ok(run(&["encode"], &json)), common::data(file), "{file}");
        assert_eq!(
            ok(run(&["encode", "-"], &json)),
            common::data(file),
            "{file}"
        );
    }
}

#[test]
fn hex_output_and_output_file() {
    let json = br#"{"properties":[{"name":"Role","values":[{"syntax":"0x00010002","value":1}]}],"trailing_end_mark":false}"#;
    let hex = String::from_utf8(ok(run(&["encode", "--hex"], json))).unwrap();
    assert_eq!(
        hex,
        "01000000030004000a00000052006f006c0065000000000002000100040000000100000000000000\n"
    );
    let path = std::env::temp_dir().join(format!("clusprop-encode-{}.bin", std::process::id()));
    assert!(ok(run(&["encode", "-o", path.to_str().unwrap()], json)).is_empty());
    let written = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).ok();
    assert_eq!(written.len(), 40);
    let values = br#"{"values":[{"syntax":"0x00010002","value":7}]}"#;
    assert_eq!(
        ok(run(&["encode", "--value-list"], values)),
        [2, 0, 1, 0, 4, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0]
    );
}

#[test]
fn schema_payloads_from_plain_json() {
    let a = ok(run(
        &["encode", "--schema", "network-update"],
        br#"{"Role": 1}"#,
    ));
    assert_eq!(a.len(), 40);
    let b = ok(run(
        &["encode", "--schema", "network-update"],
        br#"{"Description": "Heartbeat", "Metric": 1000, "AutoMetric": false}"#,
    ));
    assert_eq!(b.len(), 156);
    let nic = ok(run(
        &["encode", "--schema", "netinterface-update", "--hex"],
        br#"{"Description": ""}"#,
    ));
    assert!(nic.starts_with(b"01000000"));
    for (input, needle) in [
        (
            &br#"{"Name": "x"}"#[..],
            "property \"Name\" of a network is read-only",
        ),
        (br#"{"Bogus": 1}"#, "unknown property \"Bogus\""),
        (
            br#"{"Metric": 0}"#,
            "property \"Metric\" is 0, outside 1..=268435455",
        ),
        (br#"{"Role": "one"}"#, "property \"Role\" has syntax"),
        (br#"{}"#, "the payload sets no property"),
        (br#"{"Role": 1"#, "invalid JSON"),
    ] {
        let err = failure(run(&["encode", "--schema", "network-update"], input));
        assert!(err.contains(needle), "{err}");
    }
    let err = failure(run(
        &["encode", "--schema", "netinterface-update"],
        br#"{"Node": "n"}"#,
    ));
    assert!(err.contains("read-only"), "{err}");
}

#[test]
fn json_errors_point_to_the_path() {
    let json = br#"{"properties":[
        {"name":"A","values":[{"syntax":"0x00010002","value":1}]},
        {"name":"B","values":[{"syntax":"0x00010002","value":1}]},
        {"name":"C","values":[{"syntax":"0x00010002","value":1}]},
        {"name":"D","values":[{"syntax":"0x00010002","value":-7}]}]}"#;
    let err = failure(run(&["encode"], json));
    assert!(err.contains("properties[3].values[0].value"), "{err}");
    let err = failure(run(
        &["encode"],
        br#"{"properties":[{"name":"A","values":[{"syntax":"0x00010003","value":5}]}]}"#,
    ));
    assert!(err.contains("properties[0].values[0].value"), "{err}");
    let err = failure(run(&["encode"], br#"{"properties":[{"values":[]}]}"#));
    assert!(
        err.contains("properties[0]") && err.contains("missing field `name`"),
        "{err}"
    );
    let err = failure(run(
        &["encode"],
        br#"{"properties":[{"name":"A","values":[]}]}"#,
    ));
    assert!(err.contains("property 0 has no values"), "{err}");
    let err = failure(run(&["encode"], br#"{"properties":[]} trailing"#));
    assert!(err.contains("invalid JSON"), "{err}");
}

/// The one line `clusprop encode ARGS` prints for `input`, with serde_json's position removed.
fn encode_error(args: &[&str], input: &[u8]) -> String {
    let mut all = vec!["encode"];
    all.extend_from_slice(args);
    let err = failure(run(&all, input));
    let err = err.trim_end();
    match err.rfind(" at line ") {
        Some(at) => err[..at].to_owned(),
        None => err.to_owned(),
    }
}

#[test]
fn strict_json_repeated_keys() {
    assert_eq!(
        encode_error(
            &[],
            br#"{"properties":[{"name":"A","values":[{"syntax":"0x00010003","value":"x","syntax":"0x00010002"}]}]}"#
        ),
        r#"clusprop: standard input: invalid JSON at properties[0].values[0].syntax: duplicate key "syntax""#
    );
    assert_eq!(
        encode_error(
            &[],
            br#"{"properties":[{"name":"A","name":"B","values":[]}]}"#
        ),
        r#"clusprop: standard input: invalid JSON at properties[0].name: duplicate key "name""#
    );
    assert_eq!(
        encode_error(&["--value-list"], br#"{"values":[],"values":[]}"#),
        r#"clusprop: standard input: invalid JSON at values: duplicate key "values""#
    );
    // Schema mode: the update's object (serde_json::Value alone would keep the last "Role").
    assert_eq!(
        encode_error(
            &["--schema", "network-update"],
            br#"{"Role": 1, "Role": 2}"#
        ),
        r#"clusprop: standard input: invalid JSON at Role: duplicate key "Role""#
    );
    assert_eq!(
        encode_error(
            &["--schema", "network-update"],
            br#"{"Description": "a", "Role": 1, "Description": "b"}"#
        ),
        r#"clusprop: standard input: invalid JSON at Description: duplicate key "Description""#
    );
    // The same name in another case is the same property (as Windows compares names).
    assert_eq!(
        encode_error(
            &["--schema", "network-update"],
            br#"{"Role": 1, "role": 2}"#
        ),
        r#"clusprop: standard input: property "Role" appears more than once"#
    );
}

#[test]
fn strict_json_syntax_and_hex_text() {
    for bad in ["0x1", "0x000010002", "0x+0010002", "0X00010002"] {
        let json = format!(
            r#"{{"properties":[{{"name":"A","values":[{{"syntax":"{bad}","value":1}}]}}]}}"#
        );
        assert_eq!(
            encode_error(&[], json.as_bytes()),
            format!(
                "clusprop: standard input: invalid JSON at properties[0].values[0].syntax: \
                 {bad:?} is not a syntax: expected 0x and 8 hex digits or a CLUSPROP_SYNTAX_* name"
            )
        );
    }
    assert_eq!(
        encode_error(
            &["--value-list"],
            br#"{"values":[{"syntax":"0x00010001","value":"+a"}]}"#
        ),
        r#"clusprop: standard input: invalid JSON at values[0].value: "+a" is not a hex byte"#
    );
    assert_eq!(
        encode_error(
            &["--value-list"],
            br#"{"values":[{"syntax":"0x00010001","raw":"0a+b"}]}"#
        ),
        r#"clusprop: standard input: invalid JSON at values[0].raw: "+b" is not a hex byte"#
    );
}

#[test]
fn strict_json_paths_of_a_value_before_its_syntax() {
    assert_eq!(
        encode_error(
            &[],
            br#"{"properties":[{"name":"A","values":[{"value":5,"syntax":"0x00010003"}]}]}"#
        ),
        "clusprop: standard input: invalid JSON at properties[0].values[0].value: \
         invalid type: integer `5`, expected a string"
    );
    assert_eq!(
        encode_error(
            &[],
            br#"{"properties":[{"name":"A","values":[{"value":{"properties":[{"name":"B","values":[{"syntax":"0x00010002","value":-1}]}]},"syntax":"0x0001000e"}]}]}"#
        ),
        "clusprop: standard input: invalid JSON at \
         properties[0].values[0].value.properties[0].values[0].value: \
         invalid value: integer `-1`, expected u32"
    );
}

#[test]
fn strict_json_invalid_utf8_anywhere() {
    // In a key, in a string value, in the schema mode's object: the byte's offset, line and
    // column (a key's error used to be reported at "?").
    assert_eq!(
        encode_error(
            &[],
            b"{\"properties\":[{\"na\xffme\":\"A\",\"values\":[]}]}"
        ),
        "clusprop: standard input: invalid JSON: invalid UTF-8 at byte 19 (line 1 column 20)"
    );
    assert_eq!(
        encode_error(
            &[],
            b"{\"properties\":[\n{\"name\":\"A\xc3\",\"values\":[]}]}"
        ),
        "clusprop: standard input: invalid JSON: invalid UTF-8 at byte 26 (line 2 column 11)"
    );
    assert_eq!(
        encode_error(
            &["--schema", "network-update"],
            b"{\"Description\": \"\xed\xa0\x80\"}"
        ),
        "clusprop: standard input: invalid JSON: invalid UTF-8 at byte 17 (line 1 column 18)"
    );
    // A key that fails for another reason is placed in its object, not at "?".
    assert_eq!(
        encode_error(&[], br#"{"properties":[{"na\udc00me":"A","values":[]}]}"#),
        "clusprop: standard input: invalid JSON at a key of properties[0]: \
         lone leading surrogate in hex escape"
    );
    assert_eq!(
        encode_error(&[], br#"{"\ud800":1}"#),
        "clusprop: standard input: invalid JSON at a key of the top-level object: \
         unexpected end of hex escape"
    );
}

/// Every number of `json` through an `f64`, as jq 1.6 or JavaScript reads and writes it again.
fn through_doubles(json: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value as Json;
    match json {
        Json::Number(n) => {
            let f = n.as_f64().unwrap();
            if f < 0.0 {
                serde_json::json!(f as i64)
            } else {
                serde_json::json!(f as u64)
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

#[test]
fn big_integers_survive_a_reader_of_doubles() {
    // ULARGE_INTEGER u64::MAX, 2^53, LARGE_INTEGER i64::MIN, a FILETIME, a DISK_SIZE above 2^53.
    let bytes = clusprop::ValueListBuilder::new()
        .ularge_integer(u64::MAX)
        .ularge_integer(1 << 53)
        .ularge_integer((1 << 53) - 1)
        .large_integer(i64::MIN)
        .filetime(clusprop::FileTime(134_361_186_894_390_000))
        .value(clusprop::Syntax::DISK_SIZE, &(1u64 << 60).to_le_bytes())
        .finish()
        .unwrap();
    let out = ok(run(&["decode", "--value-list", "--compact", "-"], &bytes));
    let text = String::from_utf8(out).unwrap();
    assert_eq!(
        text,
        concat!(
            r#"{"values":[{"syntax":"0x00010006","value":"18446744073709551615"},"#,
            r#"{"syntax":"0x00010006","value":"9007199254740992"},"#,
            r#"{"syntax":"0x00010006","value":9007199254740991},"#,
            r#"{"syntax":"0x0001000a","value":"-9223372036854775808"},"#,
            r#"{"syntax":"0x0001000c","value":"134361186894390000","utc":"2026-10-10T15:11:29.4390000Z"},"#,
            r#"{"syntax":"0x000c0006","value":"1152921504606846976"}]}"#,
            "\n"
        )
    );
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let jq = serde_json::to_vec(&through_doubles(&json)).unwrap();
    assert_eq!(ok(run(&["encode", "--value-list"], &jq)), bytes);
    // The pretty output too.
    let pretty = ok(run(&["decode", "--value-list", "-"], &bytes));
    assert_eq!(ok(run(&["encode", "--value-list"], &pretty)), bytes);
}

#[test]
fn encode_takes_decimal_strings_strictly() {
    let numbers =
        br#"{"values":[{"syntax":"0x00010006","value":5},{"syntax":"0x00010002","value":7}]}"#;
    let strings =
        br#"{"values":[{"syntax":"0x00010006","value":"5"},{"syntax":"0x00010002","value":"7"}]}"#;
    assert_eq!(
        ok(run(&["encode", "--value-list"], strings)),
        ok(run(&["encode", "--value-list"], numbers))
    );
    assert_eq!(
        encode_error(
            &["--value-list"],
            br#"{"values":[{"syntax":"0x00010006","value":"+5"}]}"#
        ),
        "clusprop: standard input: invalid JSON at values[0].value: invalid value: string \"+5\", \
         expected u64 as a number or a decimal string: ASCII digits, no \"+\", spaces or leading \
         zeros"
    );
    assert_eq!(
        encode_error(
            &[],
            br#"{"properties":[{"name":"A","values":[{"syntax":"0x0001000a","value":"-9223372036854775809"}]}]}"#
        ),
        "clusprop: standard input: invalid JSON at properties[0].values[0].value: \
         invalid value: string \"-9223372036854775809\", expected i64"
    );
}

/// A schema payload sets each property at most once, so it has at most as many top-level keys as
/// its object has properties: more than `MAX_KEYS` (64, above every object's count) is refused at
/// the key that makes one too many, and the keys held stay bounded whatever the input.
#[test]
fn schema_payload_with_more_keys_than_any_object_has_properties_is_refused() {
    use clusprop::objects::{netinterface::NETINTERFACE, network::NETWORK};
    for schema in [&NETWORK, &NETINTERFACE] {
        assert!(schema.properties.len() <= 64, "{}", schema.properties.len());
    }
    let keys: Vec<String> = (0..65).map(|i| format!("\"K{i}\": 1")).collect();
    let json = format!("{{{}}}", keys.join(", "));
    let output = common::run_cli(
        &["encode", "--schema", "network-update"],
        Some(json.as_bytes()),
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("at K64: more than 64 properties"),
        "{stderr}"
    );
    // 64 keys are read, and refused by the schema for what they are.
    let json = format!("{{{}}}", keys[..64].join(", "));
    let output = common::run_cli(
        &["encode", "--schema", "network-update"],
        Some(json.as_bytes()),
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown property \"K0\""), "{stderr}");
}

/// An object as a property's value (or in one) is refused for its syntax, whatever it holds: no
/// property of an update payload takes a property list, and `encode --schema` does not read the
/// object's entries (so that millions of them cost nothing).
#[test]
fn object_values_are_refused_for_their_syntax() {
    use clusprop::objects::{netinterface::NETINTERFACE, network::NETWORK};
    use clusprop::syntax::Format;
    for schema in [&NETWORK, &NETINTERFACE] {
        for spec in schema.properties {
            let format = spec.syntax.format();
            assert!(
                format != Format::PROPERTY_LIST && format != Format::VALUE_LIST,
                "{} takes a nested list",
                spec.name
            );
        }
    }
    for json in [
        r#"{"Role": {"a": 1}}"#,
        r#"{"Role": {}}"#,
        r#"{"Role": {"a": {"b": [1, "x"]}, "a": 2}}"#,
    ] {
        let output = common::run_cli(
            &["encode", "--schema", "network-update"],
            Some(json.as_bytes()),
        );
        assert_eq!(output.status.code(), Some(1), "{json}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("property \"Role\" has syntax 0x0001000e"),
            "{json}: {stderr}"
        );
    }
}
