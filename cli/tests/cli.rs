//! Integration tests for the `clusprop` command-line tool.
//!
//! The expected decodes of the captures live in `tests/data/expected/` (copies of the reviewed
//! JSON), so these tests need nothing outside the repository.

mod common;

use clusprop::{FileTime, PropertyListBuilder, ValueListBuilder};
use serde_json::{json, Value as Json};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The captured buffers, by basename (without `.bin`).
const CAPTURES: [&str; 6] = [
    "samba-cluster-ro-common-6",
    "samba-node-ro-common-12",
    "wexp-cluster-common-74",
    "wexp-resource-common-generic-service-15",
    "wexp-resource-ro-common-generic-service-6",
    "wexp-resource-ro-private-ip-address-5",
];

fn data_dir() -> PathBuf {
    common::data_path("")
}

fn capture_path(name: &str) -> PathBuf {
    data_dir().join(format!("{name}.bin"))
}

fn sample_path(name: &str) -> PathBuf {
    data_dir().join("samples").join(name)
}

fn expected_json(name: &str) -> Json {
    let path = data_dir().join("expected").join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    common::run_cli(args, stdin)
}

fn run_path(args: &[&str], path: &Path) -> Output {
    let path = path.to_str().expect("UTF-8 path");
    let mut all = args.to_vec();
    all.push(path);
    run(&all, None)
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Exit 0, empty stderr, stdout a JSON document; returns it.
fn success_json(args: &[&str], output: &Output) -> Json {
    assert_eq!(
        output.status.code(),
        Some(0),
        "clusprop {args:?} failed: {}",
        stderr_of(output)
    );
    assert!(
        output.stderr.is_empty(),
        "clusprop {args:?} wrote to stderr: {}",
        stderr_of(output)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "clusprop {args:?} printed invalid JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// Exit 1, nothing on stdout, exactly one line on stderr; returns that line.
fn failure_line(what: &str, output: &Output) -> String {
    common::failure_line(1, what, output)
}

/// The decimal N of the first `at offset N` in `line`.
fn offset_in(line: &str) -> Option<usize> {
    let (_, rest) = line.split_once("at offset ")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Exit 1 with one stderr line that says `at offset {offset}`.
fn assert_fails_at(what: &str, output: &Output, offset: usize) {
    let line = failure_line(what, output);
    assert_eq!(
        offset_in(&line),
        Some(offset),
        "{what}: wrong or missing offset in {line:?}"
    );
}

/// A file under the temporary directory with a name unique to this process and call; removed on
/// drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(tag: &str, contents: &[u8]) -> TempFile {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "clusprop-cli-test-{}-{n}-{tag}.bin",
            std::process::id()
        ));
        std::fs::write(&path, contents)
            .unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        TempFile(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Standard base64 with padding.
fn to_base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Inserts a newline every `width` characters (and one at the end).
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i > 0 && i % width == 0 {
            out.push('\n');
        }
        out.push(c);
    }
    out.push('\n');
    out
}

fn all_sample_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir().join("samples"))
        .expect("tests/data/samples")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect();
    files.sort();
    assert!(files.len() > 40, "samples missing: {files:?}");
    files
}

#[test]
fn decode_captures_matches_expected_json() {
    for name in CAPTURES {
        let args = ["decode"];
        let output = run_path(&args, &capture_path(name));
        let got = success_json(&args, &output);
        assert_eq!(got, expected_json(name), "decode of {name}");
        assert!(
            output.stdout.ends_with(b"\n"),
            "{name}: output does not end with a newline"
        );
        // Not a terminal: compact by default.
        assert_eq!(
            output.stdout.iter().filter(|&&b| b == b'\n').count(),
            1,
            "{name}: the default output to a pipe is not one line"
        );
    }
}

#[test]
fn decode_captures_lenient_matches_expected_json() {
    for name in CAPTURES {
        let args = ["decode", "--lenient"];
        let output = run_path(&args, &capture_path(name));
        assert_eq!(
            success_json(&args, &output),
            expected_json(name),
            "lenient decode of {name}"
        );
    }
}

#[test]
fn compact_prints_one_line() {
    for name in CAPTURES {
        let args = ["decode", "--compact"];
        let output = run_path(&args, &capture_path(name));
        let got = success_json(&args, &output);
        assert_eq!(got, expected_json(name), "compact decode of {name}");
        let text = String::from_utf8(output.stdout).expect("UTF-8 output");
        assert!(text.ends_with('\n'), "{name}: {text:?}");
        assert_eq!(text.lines().count(), 1, "{name}: not one line: {text:?}");
        let pretty = run_path(&["decode", "--pretty"], &capture_path(name));
        assert_eq!(success_json(&args, &pretty), got, "{name}: --pretty");
        assert!(
            text.len() < pretty.stdout.len() && pretty.stdout.split(|&b| b == b'\n').count() > 3,
            "{name}: --pretty output is not indented"
        );
    }
}

#[test]
fn reads_standard_input_with_dash_and_without_file() {
    for name in CAPTURES {
        let bytes = read(&capture_path(name));
        for args in [&["decode", "-"][..], &["decode"][..]] {
            let output = run(args, Some(&bytes));
            assert_eq!(
                success_json(args, &output),
                expected_json(name),
                "{name} through stdin with {args:?}"
            );
        }
    }
}

#[test]
fn hex_input_gives_the_same_json() {
    for name in CAPTURES {
        let bytes = read(&capture_path(name));
        let hex = to_hex(&bytes);
        // Whitespace of every kind, line breaks every 32 digits, a mixed-case run.
        let mut spaced = String::new();
        for (i, pair) in hex.as_bytes().chunks(2).enumerate() {
            spaced.push_str(std::str::from_utf8(pair).expect("ASCII"));
            spaced.push(match i % 16 {
                15 => '\n',
                7 => '\t',
                _ => ' ',
            });
        }
        let upper = format!("  {}\r\n", hex.to_uppercase());
        for text in [hex.clone(), spaced, upper] {
            let args = ["decode", "--hex"];
            let output = run(&args, Some(text.as_bytes()));
            assert_eq!(
                success_json(&args, &output),
                expected_json(name),
                "{name} as hex {text:?}"
            );
        }
        // From a file, too.
        let file = TempFile::new("hex", wrap(&hex, 64).as_bytes());
        let args = ["decode", "--hex", "--compact"];
        let output = run_path(&args, file.path());
        assert_eq!(success_json(&args, &output), expected_json(name));
    }
}

#[test]
fn base64_input_gives_the_same_json() {
    for name in CAPTURES {
        let bytes = read(&capture_path(name));
        let b64 = to_base64(&bytes);
        let unpadded = b64.trim_end_matches('=').to_owned();
        for text in [b64.clone(), wrap(&b64, 76), unpadded] {
            let args = ["decode", "--base64"];
            let output = run(&args, Some(text.as_bytes()));
            assert_eq!(
                success_json(&args, &output),
                expected_json(name),
                "{name} as base64 {text:?}"
            );
        }
        let file = TempFile::new("b64", wrap(&b64, 64).as_bytes());
        let args = ["decode", "--base64", "--compact"];
        let output = run_path(&args, file.path());
        assert_eq!(success_json(&args, &output), expected_json(name));
    }
}

#[test]
fn invalid_base64_fails_with_one_line() {
    for text in ["!!!!", "QUJD$"] {
        let output = run(&["decode", "--base64"], Some(text.as_bytes()));
        let line = failure_line(&format!("base64 {text:?}"), &output);
        assert!(line.contains("base64"), "{line}");
    }
}

#[test]
fn value_list_prints_values() {
    let bytes = ValueListBuilder::new()
        .dword(7)
        .sz("seven")
        .multi_sz(["a", "b"])
        .word(3)
        .long(-2)
        .ularge_integer(u64::MAX)
        .large_integer(i64::MIN)
        .filetime(FileTime(134_361_186_894_390_000))
        .binary(&[0xde, 0xad, 0xbe, 0xef])
        .finish()
        .expect("build value list");
    let expected = json!({"values": [
        {"syntax": "0x00010002", "value": 7},
        {"syntax": "0x00010003", "value": "seven"},
        {"syntax": "0x00010005", "value": ["a", "b"]},
        {"syntax": "0x0001000b", "value": 3},
        {"syntax": "0x00010007", "value": -2},
        // Beyond 2^53: decimal strings (and a FILETIME's UTC text).
        {"syntax": "0x00010006", "value": "18446744073709551615"},
        {"syntax": "0x0001000a", "value": "-9223372036854775808"},
        {"syntax": "0x0001000c", "value": "134361186894390000",
         "utc": "2026-10-10T15:11:29.4390000Z"},
        {"syntax": "0x00010001", "value": "deadbeef"},
    ]});
    let file = TempFile::new("value-list", &bytes);
    for args in [
        &["decode", "--value-list"][..],
        &["decode", "--value-list", "--lenient"][..],
        &["decode", "--value-list", "--compact"][..],
    ] {
        let output = run_path(args, file.path());
        assert_eq!(success_json(args, &output), expected, "{args:?}");
    }

    // The empty value list is just its end mark.
    let empty = ValueListBuilder::new().finish().expect("empty value list");
    let file = TempFile::new("value-list-empty", &empty);
    let args = ["decode", "--value-list"];
    let output = run_path(&args, file.path());
    assert_eq!(success_json(&args, &output), json!({"values": []}));

    // Bytes after the end mark: strict points at them, lenient accepts them.
    let mut trailing = bytes.clone();
    trailing.extend_from_slice(b"JUNK");
    let file = TempFile::new("value-list-trailing", &trailing);
    assert_fails_at(
        "value list with trailing bytes",
        &run_path(&["decode", "--value-list"], file.path()),
        bytes.len(),
    );
    let args = ["decode", "--value-list", "--lenient"];
    let mut with_trailing = expected.clone();
    with_trailing["trailing_bytes"] = json!("4a554e4b");
    assert_eq!(
        success_json(&args, &run_path(&args, file.path())),
        with_trailing
    );

    // A value list without its end mark is truncated where the end mark belongs.
    let file = TempFile::new("value-list-no-end", &bytes[..bytes.len() - 4]);
    assert_fails_at(
        "value list without end mark",
        &run_path(&["decode", "--value-list"], file.path()),
        bytes.len() - 4,
    );
}

#[test]
fn nested_lists_decode_to_nested_objects() {
    let inner = PropertyListBuilder::new()
        .property("Inner")
        .dword(1)
        .finish()
        .expect("inner list");
    let values = ValueListBuilder::new().sz("x").finish().expect("values");
    let outer = PropertyListBuilder::new()
        .property("Nested")
        .property_list(&inner)
        .property("Values")
        .value_list(&values)
        .trailing_end_mark(true)
        .finish()
        .expect("outer list");
    let file = TempFile::new("nested", &outer);
    let args = ["decode", "--compact"];
    let got = success_json(&args, &run_path(&args, file.path()));
    let expected = json!({
        "properties": [
            {"name": "Nested", "values": [{"syntax": "0x0001000e", "value": {
                "properties": [{"name": "Inner", "values": [{"syntax": "0x00010002", "value": 1}]}],
                "trailing_end_mark": false,
            }}]},
            {"name": "Values", "values": [{"syntax": "0x0001000d", "value": {
                "values": [{"syntax": "0x00010003", "value": "x"}],
            }}]},
        ],
        "trailing_end_mark": true,
    });
    assert_eq!(got, expected);
}

#[test]
fn lenient_accepts_trailing_garbage_that_strict_rejects() {
    let path = sample_path("trailing_garbage.listend.bin");
    assert_fails_at(
        "strict trailing_garbage.listend.bin",
        &run_path(&["decode"], &path),
        124,
    );
    let args = ["decode", "--lenient"];
    let got = success_json(&args, &run_path(&args, &path));
    assert_eq!(got["trailing_end_mark"], json!(true), "{got}");
    let names: Vec<&str> = got["properties"]
        .as_array()
        .expect("properties")
        .iter()
        .map(|p| p["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["Name", "Description"]);
}

/// Malformed inputs and the offset each error must name (strict mode unless stated). Every offset
/// was checked by hand against the error-offset conventions of `clusprop::error`.
#[test]
fn malformed_samples_fail_at_the_exact_offset() {
    let cases: &[(&str, &[&str], usize)] = &[
        // MissingProperties: where the fourth property should start (the end of the buffer).
        ("count_high.bin", &[], 156),
        ("count_high.bin", &["--lenient"], 156),
        ("count_high.listend.bin", &[], 156),
        // CountTooLarge: the count itself.
        ("count_huge.bin", &[], 0),
        ("count_huge.bin", &["--lenient"], 0),
        ("count_huge.listend.bin", &[], 0),
        // LengthOutOfBounds: the value's cbLength field (entry at 24, + 4).
        ("value_cb_overflow.bin", &[], 28),
        ("value_cb_overflow.bin", &["--lenient"], 28),
        ("value_cb_overflow.listend.bin", &[], 28),
        // InvalidName: the unpaired surrogate, first code unit of the name data (strict only:
        // lenient mode reads it, see `lenient_reads_a_name_with_an_unpaired_surrogate`).
        ("name_bad_utf16.bin", &[], 12),
        ("name_bad_utf16.listend.bin", &[], 12),
        // Truncated padding: 2 data bytes end at 114, where the padding should start.
        ("truncated.bin", &[], 114),
        ("truncated.bin", &["--lenient"], 114),
        // ExtraProperty: the third name entry.
        ("count_low.bin", &[], 120),
        ("count_low.listend.bin", &[], 120),
        // TrailingBytes: after the list end mark at 120.
        ("trailing_garbage.listend.bin", &[], 124),
        // TrailingBytes: the would-be list end mark.
        ("list_endmark_nonzero.listend.bin", &[], 120),
        // NoValues: the end mark right after the first name.
        ("zero_values.bin", &[], 28),
        ("zero_values.listend.bin", &[], 28),
        // ExpectedName: the first name entry's syntax word.
        ("name_syntax_wrong.bin", &[], 4),
        ("name_syntax_wrong.bin", &["--lenient"], 4),
        // MissingEndMark: the NAME syntax where a value belongs.
        ("value_syntax_name.bin", &[], 24),
        ("value_syntax_name.bin", &["--lenient"], 24),
        // UnexpectedValueType: the syntax word 0x00000007 where the end mark belongs.
        ("endmark_nonzero.bin", &[], 36),
        // Lenient reads it as a value: its header is truncated (4 of 8 bytes) ...
        ("endmark_nonzero.bin", &["--lenient"], 36),
        // ... or, with 4 more bytes, a LONG of length 0: the cbLength field.
        ("endmark_nonzero.listend.bin", &["--lenient"], 40),
        // NotTerminated: the last code unit of the name data.
        ("name_cb_small.bin", &[], 14),
        ("name_no_nul.bin", &[], 18),
        // InteriorNul: the first NUL code unit inside the name data.
        ("name_cb_large.bin", &[], 20),
        ("name_cb_embedded_nul.bin", &[], 16),
    ];
    for &(file, flags, offset) in cases {
        let mut args = vec!["decode"];
        args.extend_from_slice(flags);
        let output = run_path(&args, &sample_path(file));
        assert_fails_at(&format!("{file} {flags:?}"), &output, offset);
    }
}

#[test]
fn hand_made_malformed_inputs_fail_at_the_exact_offset() {
    let cases: &[(&str, &[u8], &[&str], usize)] = &[
        // Truncated property count.
        ("empty", b"", &[], 0),
        ("empty", b"", &["--lenient"], 0),
        ("three-bytes", &[1, 0, 0], &[], 0),
        ("three-bytes", &[1, 0, 0], &["--lenient"], 0),
        // Count 0, then 3 stray bytes: trailing bytes right after the count.
        ("stray", &[0, 0, 0, 0, 1, 2, 3], &[], 4),
        // Count 1 with nothing else: the count cannot fit.
        ("count-only", &[1, 0, 0, 0], &[], 0),
        // Value list: empty input, truncated end mark.
        ("vl-empty", b"", &["--value-list"], 0),
        ("vl-short", &[0, 0], &["--value-list"], 0),
    ];
    for &(tag, bytes, flags, offset) in cases {
        let mut args = vec!["decode"];
        args.extend_from_slice(flags);
        let file = TempFile::new(tag, bytes);
        assert_fails_at(
            &format!("{tag} {flags:?} (file)"),
            &run_path(&args, file.path()),
            offset,
        );
        assert_fails_at(
            &format!("{tag} {flags:?} (stdin)"),
            &run(&args, Some(bytes)),
            offset,
        );
    }
}

#[test]
fn hex_and_base64_errors_keep_offsets_in_the_decoded_bytes() {
    // The offset of a parse error counts bytes of the decoded buffer, not of the text.
    let bytes = read(&sample_path("value_cb_overflow.bin"));
    let output = run(
        &["decode", "--hex"],
        Some(wrap(&to_hex(&bytes), 8).as_bytes()),
    );
    assert_fails_at("value_cb_overflow.bin as hex", &output, 28);
    let output = run(&["decode", "--base64"], Some(to_base64(&bytes).as_bytes()));
    assert_fails_at("value_cb_overflow.bin as base64", &output, 28);
}

#[test]
fn base64_errors_give_the_offset_in_the_text_as_given() {
    // Whitespace and newlines before the bad character count, as for hex.
    for (text, line) in [
        (
            "QUJD$",
            "clusprop: standard input: invalid base64 input: '$' is not a base64 character, at offset 4 of the text",
        ),
        (
            " QU\n  JD\r\n\t$AAA",
            "clusprop: standard input: invalid base64 input: '$' is not a base64 character, at offset 11 of the text",
        ),
        (
            "QQ\n==\nQQ",
            "clusprop: standard input: invalid base64 input: padding '=' out of place (one or two may end the \
             text), at offset 3 of the text",
        ),
        (
            "QUJD\n\nRR",
            "clusprop: standard input: invalid base64 input: the last character 'R' has bits set that no byte uses \
             (truncated or altered text?), at offset 7 of the text",
        ),
        (
            "QUJD\n  R\n",
            "clusprop: standard input: invalid base64 input: 5 base64 characters: the last one is alone in its \
             group of 4 and makes no byte (truncated text?), at offset 7 of the text",
        ),
        (
            "QUJD \u{e9}",
            "clusprop: standard input: invalid base64 input: byte 0xc3 is not a base64 character, at offset 5 of \
             the text",
        ),
    ] {
        let output = run(&["decode", "--base64"], Some(text.as_bytes()));
        assert_eq!(failure_line(&format!("base64 {text:?}"), &output), line);
    }
    // The hex decoder counts the same way.
    let output = run(&["decode", "--hex"], Some(b" 01\n 0z"));
    assert_eq!(
        failure_line("hex", &output),
        "clusprop: standard input: invalid hex input: 'z' is not a hex digit, at offset 6 of the text"
    );
}

#[test]
fn invalid_hex_fails_with_one_line() {
    for text in ["zz", "0100 00zz", "01g0"] {
        let output = run(&["decode", "--hex"], Some(text.as_bytes()));
        let line = failure_line(&format!("hex {text:?}"), &output);
        assert!(line.contains("hex"), "{line}");
    }
    for text in ["abc", "0\n", "01000 0000\n"] {
        let output = run(&["decode", "--hex"], Some(text.as_bytes()));
        let line = failure_line(&format!("odd hex {text:?}"), &output);
        assert!(line.contains("odd"), "{line}");
    }
}

#[test]
fn missing_file_fails_with_one_line() {
    let path = std::env::temp_dir().join(format!(
        "clusprop-cli-test-{}-does-not-exist.bin",
        std::process::id()
    ));
    let output = run_path(&["decode"], &path);
    // An I/O failure: exit status 3.
    let line = common::failure_line(3, "missing file", &output);
    assert!(
        line.contains(path.to_str().expect("UTF-8 path")),
        "the error does not name the file: {line}"
    );
    // A directory cannot be read either.
    let output = run_path(&["decode"], &data_dir());
    common::failure_line(3, "directory", &output);
}

#[test]
fn usage_errors_exit_2() {
    let capture = capture_path(CAPTURES[0]);
    let capture = capture.to_str().expect("UTF-8 path");
    for args in [
        &["decode", "--bogus", capture][..],
        &["decode", "--hex", "--base64", capture][..],
        &["decode", capture, capture][..],
        &["frobnicate", capture][..],
        &[][..],
    ] {
        let output = run(args, None);
        assert_eq!(
            output.status.code(),
            Some(2),
            "clusprop {args:?}: stderr {}",
            stderr_of(&output)
        );
        assert!(output.stdout.is_empty(), "clusprop {args:?} printed output");
        assert!(!output.stderr.is_empty(), "clusprop {args:?}: no message");
    }
}

#[test]
fn help_and_version_exit_0() {
    for args in [
        &["--help"][..],
        &["decode", "--help"][..],
        &["--version"][..],
    ] {
        let output = run(args, None);
        assert_eq!(output.status.code(), Some(0), "clusprop {args:?}");
        assert!(!output.stdout.is_empty(), "clusprop {args:?}");
    }
}

/// Every sample, strict and lenient: success (valid JSON, empty stderr) or failure (status 1, one
/// line naming an offset), never a panic. What strict accepts, lenient accepts with the same JSON.
#[test]
fn every_sample_decodes_or_fails_cleanly() {
    for path in all_sample_files() {
        let file = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let mut strict_json = None;
        for flags in [&[][..], &["--lenient"][..]] {
            let mut args = vec!["decode", "--compact"];
            args.extend_from_slice(flags);
            let output = run_path(&args, &path);
            match output.status.code() {
                Some(0) => {
                    let got = success_json(&args, &output);
                    if flags.is_empty() {
                        strict_json = Some(got);
                    } else if let Some(strict) = &strict_json {
                        assert_eq!(&got, strict, "{file}: lenient differs from strict");
                    }
                }
                Some(1) => {
                    let line = failure_line(&format!("{file} {flags:?}"), &output);
                    assert!(
                        offset_in(&line).is_some(),
                        "{file} {flags:?}: no offset in {line:?}"
                    );
                    assert!(
                        flags.is_empty() || strict_json.is_none(),
                        "{file}: strict accepts but lenient rejects: {line}"
                    );
                }
                other => panic!(
                    "{file} {flags:?}: exit status {other:?}, stderr {}",
                    stderr_of(&output)
                ),
            }
        }
    }
}

/// The samples the manifest calls valid decode in strict mode.
#[test]
fn valid_samples_decode_strictly() {
    let manifest = std::fs::read_to_string(data_dir().join("samples/MANIFEST.tsv"))
        .expect("tests/data/samples/MANIFEST.tsv");
    let mut checked = 0;
    for line in manifest.lines().skip(1) {
        let mut fields = line.split('\t');
        let (Some(file), Some(kind)) = (fields.next(), fields.next()) else {
            continue;
        };
        if !kind.starts_with("valid") {
            continue;
        }
        let args = ["decode", "--compact"];
        let got = success_json(&args, &run_path(&args, &sample_path(file)));
        assert_eq!(
            got["trailing_end_mark"],
            json!(kind.ends_with("+listend")),
            "{file}"
        );
        checked += 1;
    }
    assert!(
        checked >= 12,
        "only {checked} valid samples in the manifest"
    );
}
