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
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    err
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
