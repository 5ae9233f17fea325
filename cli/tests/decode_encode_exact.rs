//! `clusprop decode | clusprop encode` gives back the exact bytes of every buffer in `tests/data`
//! that decodes, as a property list or as a value list, strictly or leniently (`--lenient` on
//! both sides): the JSON is lossless (padding, lenient names' bytes, bytes after the list), and the
//! encoder writes what the matching decoder read. The library's own round trip (view → JSON →
//! owned → bytes) is held to the same.

mod common;

use clusprop::{Mode, OwnedPropertyList, OwnedValueList, PropertyList, ValueList};
use common::run_cli;

use common::buffers;

/// The decode arguments under which a buffer decodes, each with its encode arguments.
fn readings(bytes: &[u8]) -> Vec<(&'static [&'static str], &'static [&'static str])> {
    let mut out: Vec<(&'static [&'static str], &'static [&'static str])> = Vec::new();
    if PropertyList::parse(bytes).is_ok() {
        out.push((&[], &[]));
    }
    if PropertyList::parse_lenient(bytes).is_ok() {
        out.push((&["--lenient"], &["--lenient"]));
    }
    if ValueList::parse(bytes).is_ok() {
        out.push((&["--value-list"], &["--value-list"]));
    }
    if ValueList::parse_lenient(bytes).is_ok() {
        out.push((
            &["--value-list", "--lenient"],
            &["--value-list", "--lenient"],
        ));
    }
    out
}

#[test]
#[cfg_attr(miri, ignore)] // runs the CLI
fn decode_then_encode_gives_back_every_buffer() {
    let (mut files, mut decoded, mut lenient_only) = (0, 0, 0);
    for path in buffers() {
        let bytes = std::fs::read(&path).expect("a test buffer");
        let shown = path.strip_prefix(common::data_path("")).unwrap_or(&path);
        let readings = readings(&bytes);
        files += 1;
        for (decode_args, encode_args) in readings {
            let mut args = vec!["decode", "--compact"];
            args.extend_from_slice(decode_args);
            args.push(path.to_str().expect("UTF-8 path"));
            let json = run_cli(&args, None);
            assert_eq!(json.status.code(), Some(0), "{shown:?} {args:?}");
            let mut args = vec!["encode"];
            args.extend_from_slice(encode_args);
            let back = run_cli(&args, Some(&json.stdout));
            assert_eq!(
                back.status.code(),
                Some(0),
                "{shown:?} encode {encode_args:?}: {}",
                String::from_utf8_lossy(&back.stderr)
            );
            assert!(
                back.stdout == bytes,
                "{shown:?} {decode_args:?}: decode | encode gave other bytes\n  JSON: {}",
                String::from_utf8_lossy(&json.stdout)
            );
            decoded += 1;
            lenient_only += usize::from(
                decode_args.contains(&"--lenient")
                    && !readings_contain_strict(&bytes, decode_args.contains(&"--value-list")),
            );
        }
    }
    eprintln!(
        "decode | encode: {decoded} readings of {files} buffers exact ({lenient_only} lenient-only)"
    );
    // The count at the time of writing (59 buffers: 77 readings, 19 of them lenient-only): a
    // guard that the walk did find the buffers, not a target.
    assert!(
        files >= 59 && decoded >= 77 && lenient_only >= 19,
        "{decoded} {lenient_only}"
    );
}

fn readings_contain_strict(bytes: &[u8], value_list: bool) -> bool {
    if value_list {
        ValueList::parse(bytes).is_ok()
    } else {
        PropertyList::parse(bytes).is_ok()
    }
}

/// The same through the library: view → JSON → `Deserialize` → `to_bytes_with(mode)`.
#[test]
#[cfg_attr(miri, ignore)] // every file
fn the_library_round_trip_is_exact_for_every_buffer() {
    for path in buffers() {
        let bytes = std::fs::read(&path).expect("a test buffer");
        for mode in [Mode::Strict, Mode::Lenient] {
            if let Ok(list) = PropertyList::parse_with(&bytes, mode) {
                let json = serde_json::to_string(&list).expect("views serialize");
                let owned: OwnedPropertyList = serde_json::from_str(&json).expect("reads back");
                assert_eq!(owned, list.into_owned(), "{path:?} {mode:?}");
                assert_eq!(owned.to_bytes_with(mode), Ok(bytes.clone()), "{path:?}");
            }
            if let Ok(list) = ValueList::parse_with(&bytes, mode) {
                let json = serde_json::to_string(&list).expect("views serialize");
                let owned: OwnedValueList = serde_json::from_str(&json).expect("reads back");
                assert_eq!(owned, list.into_owned(), "{path:?} {mode:?}");
                assert_eq!(owned.to_bytes_with(mode), Ok(bytes.clone()), "{path:?}");
            }
        }
    }
}

/// Strict encoding refuses what only lenient decoding read, saying so, and names where.
#[test]
#[cfg_attr(miri, ignore)] // runs the CLI
fn strict_encode_refuses_lenient_only_json_with_a_hint() {
    for (file, at) in [
        ("samples/count_low.bin", "at trailing_bytes: "),
        ("samples/name_bad_utf16.bin", "at properties[0]: "),
    ] {
        let path = common::data_path(file);
        let path = path.to_str().expect("UTF-8 path");
        let json = run_cli(&["decode", "--lenient", path], None);
        assert_eq!(json.status.code(), Some(0), "{file}");
        let refused = run_cli(&["encode"], Some(&json.stdout));
        assert_eq!(refused.status.code(), Some(1), "{file}");
        let message = String::from_utf8_lossy(&refused.stderr);
        assert!(message.contains(at), "{file}: {message}");
        assert!(
            message.contains("`encode --lenient` writes it"),
            "{file}: {message}"
        );
    }
}
