//! `clusprop encode` refuses what would not parse back, as the library's builder does
//! (`tests/encode_validates.rs` at the repository's root): one line on standard error that names
//! the JSON path and the broken rule, exit status 1.

mod common;

fn refused(args: &[&str], json: &str) -> String {
    let out = common::run_cli(args, Some(json.as_bytes()));
    assert_eq!(out.status.code(), Some(1), "{json}");
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

fn plist(syntax: &str, value: &str) -> String {
    format!(
        r#"{{"properties":[{{"name":"Ok","values":[{{"syntax":"0x00010002","value":1}}]}},{{"name":"Bad","values":[{{"syntax":"0x00010002","value":2}},{{"syntax":"{syntax}",{value}}}]}}],"trailing_end_mark":false}}"#
    )
}

fn vlist(syntax: &str, value: &str) -> String {
    format!(r#"{{"values":[{{"syntax":"0x00010002","value":1}},{{"syntax":"{syntax}",{value}}}]}}"#)
}

#[test]
fn encode_refuses_a_dword_of_one_byte() {
    let err = refused(&["encode"], &plist("0x00010002", r#""raw":"01""#));
    assert_eq!(
        err,
        "clusprop: standard input: at properties[1].values[1]: property 1 (\"Bad\"): value 1 \
         (0x00010002 (CLUSPROP_SYNTAX_LIST_VALUE_DWORD)) would not parse back: wrong length for 0x00010002 \
         (CLUSPROP_SYNTAX_LIST_VALUE_DWORD) at offset 4: expected 4 bytes, found 1 (offsets counted from the \
         entry's start)\n"
    );
    for (syntax, raw) in [
        ("0x00010007", "01"),
        ("0x0001000b", "010203"),
        ("0x00010006", "00"),
        ("0x0001000a", "00"),
        ("0x0001000c", "00"),
    ] {
        let err = refused(&["encode"], &plist(syntax, &format!(r#""raw":"{raw}""#)));
        assert!(err.contains("wrong length"), "{err}");
        let err = refused(
            &["encode", "--value-list"],
            &vlist(syntax, &format!(r#""raw":"{raw}""#)),
        );
        assert!(err.contains("at values[1]: value list: value 1"), "{err}");
    }
}

#[test]
fn encode_refuses_malformed_strings() {
    for (raw, rule) in [
        (
            "4100",
            "value data not NUL-terminated at offset 8: found 0x0041",
        ),
        ("410000", "odd value data length 3 at offset 4"),
        ("410000004200000000", "odd value data length 9"),
        (
            "4100000042000000",
            "interior NUL in value data at offset 10",
        ),
    ] {
        for syntax in ["0x00010003", "0x00010004", "0x00010008"] {
            let err = refused(&["encode"], &plist(syntax, &format!(r#""raw":"{raw}""#)));
            assert!(err.contains("at properties[1].values[1]"), "{err}");
            assert!(err.contains(rule), "{err}");
        }
    }
    let err = refused(&["encode"], &plist("0x00010005", r#""raw":"4100""#));
    assert!(
        err.contains("value data not NUL-terminated at offset 8"),
        "{err}"
    );
}

#[test]
fn encode_refuses_value_types_a_property_list_forbids() {
    for syntax in ["0x00020002", "0xffff0002"] {
        let err = refused(&["encode"], &plist(syntax, r#""raw":"01000000""#));
        assert!(
            err.contains("is not allowed in a property list"),
            "{syntax}: {err}"
        );
    }
    let err = refused(&["encode"], &plist("0x00040003", r#""value":"x""#));
    assert!(err.contains("cannot be used for a value"), "{err}");
    // A value list takes them.
    let out = common::run_cli(
        &["encode", "--value-list"],
        Some(vlist("0x00020002", r#""raw":"0100000000000000""#).as_bytes()),
    );
    assert!(out.status.success());
}

#[test]
fn encode_refuses_typed_entries_of_the_wrong_size() {
    for (syntax, raw, expected) in [
        ("0x00020002", "01000000000000", 8),
        ("0x00090001", "0100000000", 8),
        ("0x00080001", "00", 1120),
        ("0x000d0001", "00", 1160),
        ("0x000e0001", "00", 540),
    ] {
        let err = refused(
            &["encode", "--value-list"],
            &vlist(syntax, &format!(r#""raw":"{raw}""#)),
        );
        assert!(err.contains("at values[1]"), "{err}");
        assert!(
            err.contains(&format!("expected {expected} bytes")),
            "{syntax}: {err}"
        );
    }
}

#[test]
fn encode_refuses_a_name_with_an_unpaired_surrogate() {
    // JSON text cannot carry an unpaired surrogate into a Rust string: refused on reading.
    let json = r#"{"properties":[{"name":"A\ud800","values":[{"syntax":"0x00010002","value":1}]}],"trailing_end_mark":false}"#;
    let err = refused(&["encode"], json);
    assert!(err.contains("invalid JSON at properties[0].name"), "{err}");
}

#[test]
fn encode_refuses_nesting_deeper_than_the_limit() {
    let leaf = r#"{"properties":[{"name":"Leaf","values":[{"syntax":"0x00010002","value":1}]}],"trailing_end_mark":false}"#;
    let wrap = |inner: &str| {
        format!(
            r#"{{"properties":[{{"name":"Nest","values":[{{"syntax":"0x0001000e","value":{inner}}}]}}],"trailing_end_mark":false}}"#
        )
    };
    let mut json = leaf.to_owned();
    for depth in 2..=24 {
        json = wrap(&json);
        let out = common::run_cli(&["encode"], Some(json.as_bytes()));
        if depth <= 17 {
            assert!(
                out.status.success(),
                "{depth}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let decoded = common::run_cli(&["decode", "-"], Some(&out.stdout));
            assert!(decoded.status.success(), "{depth}");
        } else {
            let err = refused(&["encode"], &json);
            assert!(
                err.contains("nested deeper than the limit of 16"),
                "{depth}: {err}"
            );
        }
    }
}
