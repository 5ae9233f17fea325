//! A MULTI_SZ with an empty string through the CLI (the library's side:
//! `tests/multi_sz_empty.rs` at the repository's root): `encode` refuses one built from strings
//! and names its JSON path; the exact bytes of a buffer that holds one go through `decode` and
//! `encode` unchanged.

mod common;

use common::Raw;

const MULTI_SZ: u32 = 0x0001_0005;

const MESSAGE_1: &str = "MULTI_SZ string 1 is empty: Windows would stop reading the list there \
                         (an empty string reads as the terminator)";

/// UTF-16LE code units.
fn units(units: &[u16]) -> Vec<u8> {
    units.iter().flat_map(|u| u.to_le_bytes()).collect()
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
fn cli_encode_names_the_path_of_an_empty_multi_sz_string() {
    let json = br#"{"properties":[{"name":"Names","values":[
        {"syntax":"0x00010005","value":["a","","b"]}]}]}"#;
    let out = common::run_cli(&["encode", "--hex"], Some(json));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "clusprop: standard input: invalid JSON at properties[0].values[0].value: {MESSAGE_1} \
             at line 2 column 52\n"
        )
    );
}

#[test]
fn cli_decode_then_encode_keeps_an_empty_middle_string() {
    let buffer = list_with_multi_sz(&units(&[0x61, 0, 0, 0x62, 0, 0]));
    let decoded = common::run_cli(&["decode", "-"], Some(&buffer));
    let json = common::cli_json(&decoded);
    assert_eq!(
        json["properties"][0]["values"][0]["raw"],
        "610000000000620000000000"
    );
    let encoded = common::run_cli(&["encode"], Some(&decoded.stdout));
    assert!(
        encoded.status.success(),
        "{}",
        String::from_utf8_lossy(&encoded.stderr)
    );
    assert_eq!(encoded.stdout, buffer);
}
