//! `clusprop inspect`: the dissector view, its text (golden), its errors (the entries before
//! the error, the error, a marker under the byte, exit status 1), its JSON and its colours.

mod common;

use clusprop::dissect::dissect_property_list;
use clusprop::{Mode, PropertyList};
use common::{data, run_cli};
use std::process::{Command, Stdio};

const NETWORK: &str = "tests/data/samples/network_common.listend.bin";

/// The whole text for a real sample, line for line.
const NETWORK_TEXT: &str = r#"00000000  count  11
00000004  name  NAME  cbLength=10  padding=0000  "Name"
00000018  value  LIST_VALUE_SZ  cbLength=36  "Cluster Network 1"
00000044  end_mark
00000048  name  NAME  cbLength=24  "Description"
00000068  value  LIST_VALUE_SZ  cbLength=2  padding=0000  ""
00000074  end_mark
00000078  name  NAME  cbLength=10  padding=0000  "Role"
0000008c  value  LIST_VALUE_DWORD  cbLength=4  3
00000098  end_mark
0000009c  name  NAME  cbLength=16  "Address"
000000b4  value  LIST_VALUE_SZ  cbLength=18  padding=0000  "10.0.0.0"
000000d0  end_mark
000000d4  name  NAME  cbLength=24  "AddressMask"
000000f4  value  LIST_VALUE_SZ  cbLength=28  "255.255.255.0"
00000118  end_mark
0000011c  name  NAME  cbLength=14  padding=0000  "Metric"
00000134  value  LIST_VALUE_DWORD  cbLength=4  39840
00000140  end_mark
00000144  name  NAME  cbLength=22  padding=0000  "AutoMetric"
00000164  value  LIST_VALUE_DWORD  cbLength=4  1
00000170  end_mark
00000174  name  NAME  cbLength=28  "IPv4Addresses"
00000198  value  LIST_VALUE_MULTI_SZ  cbLength=20  ["10.0.0.0"]
000001b4  end_mark
000001b8  name  NAME  cbLength=36  "IPv4PrefixLengths"
000001e4  value  LIST_VALUE_MULTI_SZ  cbLength=8  ["24"]
000001f4  end_mark
000001f8  name  NAME  cbLength=28  "IPv6Addresses"
0000021c  value  LIST_VALUE_MULTI_SZ  cbLength=2  padding=0000  []
00000228  end_mark
0000022c  name  NAME  cbLength=36  "IPv6PrefixLengths"
00000258  value  LIST_VALUE_MULTI_SZ  cbLength=2  padding=0000  []
00000264  end_mark
00000268  trailing_end_mark
"#;

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

#[test]
#[cfg_attr(miri, ignore)] // runs the CLI
fn a_real_sample_dissects_line_by_line() {
    let out = run_cli(&["inspect", NETWORK], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), NETWORK_TEXT);
    assert!(out.stderr.is_empty());
    // The library's text, which the CLI prints without colours.
    let bytes = data("samples/network_common.listend.bin");
    assert_eq!(
        dissect_property_list(&bytes, Mode::Strict).to_string(),
        NETWORK_TEXT
    );
    // The same from standard input as hex, and as the output of a GET_COMMON_PROPERTIES.
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let out = run_cli(&["inspect", "--hex", "-"], Some(hex.as_bytes()));
    assert_eq!(stdout(&out), NETWORK_TEXT);
    let out = run_cli(
        &[
            "inspect",
            "--control",
            "NETWORK_GET_COMMON_PROPERTIES",
            NETWORK,
        ],
        None,
    );
    assert_eq!(stdout(&out), NETWORK_TEXT);
}

#[test]
#[cfg_attr(miri, ignore)] // runs the CLI
fn a_malformed_buffer_shows_the_entries_before_the_error_and_a_marker() {
    let file = "tests/data/samples/value_cb_overflow.bin";
    let out = run_cli(&["inspect", file], None);
    assert_eq!(out.status.code(), Some(1));
    let message = "value data length 256 at offset 28 runs past the end of the buffer: 8 bytes \
                   available";
    assert_eq!(
        stdout(&out),
        format!(
            "\
00000000  count  1
00000004  name  NAME  cbLength=10  padding=0000  \"Role\"
error: {message}
00000010  6c 00 65 00 00 00 00 00 02 00 01 00 00 01 00 00
                                              ^^
"
        )
    );
    // The marker is under byte 28: the 13th of the row at 0x10 (`00`, the cbLength's low byte).
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let column = lines[4].find("^^").unwrap();
    assert_eq!(&lines[3][column..column + 2], "00");
    assert_eq!(column, 10 + 3 * (28 - 16));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("clusprop: {file}: {message}\n")
    );
    // The parser's own error.
    let bytes = data("samples/value_cb_overflow.bin");
    assert_eq!(
        PropertyList::parse(&bytes).unwrap_err().to_string(),
        message
    );
}

#[test]
#[cfg_attr(miri, ignore)] // runs the CLI
fn json_has_the_entries_and_the_error() {
    let out = run_cli(&["inspect", "--json", NETWORK], None);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 35);
    assert_eq!(json["error"], serde_json::Value::Null);
    assert_eq!(
        entries[0],
        serde_json::json!({"offset": 0, "depth": 0, "kind": "count", "length": 4,
                           "data_offset": 0, "value": 11})
    );
    assert_eq!(
        entries[2],
        serde_json::json!({"offset": 24, "depth": 0, "kind": "value", "length": 44,
                           "syntax": "0x00010003", "syntax_name": "CLUSPROP_SYNTAX_LIST_VALUE_SZ",
                           "cb_length": 36, "data_offset": 32, "padding": "",
                           "padding_nonzero": false, "value": "Cluster Network 1"})
    );
    assert_eq!(entries[34]["kind"], "trailing_end_mark");
    assert_eq!(entries[34]["offset"], 0x268);
    // Each entry starts where the previous one ended, and the last ends at the buffer's end.
    let mut at = 0;
    for entry in entries {
        assert_eq!(entry["offset"], at);
        at += entry["length"].as_u64().unwrap();
    }
    assert_eq!(at, 620);

    let out = run_cli(
        &[
            "inspect",
            "--json",
            "tests/data/samples/value_cb_overflow.bin",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["entries"].as_array().unwrap().len(), 2);
    assert_eq!(json["error"]["rule"], "length_out_of_bounds");
    assert_eq!(json["error"]["offset"], 28);
    assert!(json["error"]["message"]
        .as_str()
        .unwrap()
        .contains("at offset 28"));
}

/// Runs `clusprop inspect ARGS` with `NO_COLOR` set to `no_color` (or unset).
fn inspect_env(args: &[&str], no_color: Option<&str>) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_clusprop"));
    command
        .arg("inspect")
        .args(args)
        .current_dir(common::root())
        .stdin(Stdio::null())
        .env_remove("NO_COLOR");
    if let Some(value) = no_color {
        command.env("NO_COLOR", value);
    }
    let out = common::spawn(command.stdout(Stdio::piped()).stderr(Stdio::piped()))
        .wait_with_output()
        .expect("run clusprop");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The text without its ANSI escapes (`ESC [ ... m`).
fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
#[cfg_attr(miri, ignore)] // runs the CLI
fn colours_only_on_a_terminal_or_when_asked() {
    let malformed = "tests/data/samples/value_cb_overflow.bin";
    let padded = "tests/data/samples/value_pad_nonzero.bin";
    for file in [NETWORK, malformed, padded] {
        // Not a terminal (a pipe): no escapes, with NO_COLOR or without, and with --color never.
        let plain = inspect_env(&[file], None);
        assert!(!plain.contains('\x1b'), "{plain}");
        assert_eq!(inspect_env(&[file], Some("1")), plain);
        assert_eq!(inspect_env(&["--color", "never", file], None), plain);
        assert_eq!(inspect_env(&["--color", "auto", file], Some("")), plain);
        // --color always: escapes, even with NO_COLOR (an explicit flag wins), and the same text
        // under them.
        let coloured = inspect_env(&["--color", "always", file], Some("1"));
        assert!(coloured.contains("\x1b[1m"), "{coloured}");
        assert_eq!(strip_ansi(&coloured), plain);
    }
    let coloured = inspect_env(&["--color", "always", padded], None);
    assert!(
        coloured.contains("\x1b[1;31mpadding=cd (non-zero!)\x1b[0m"),
        "{coloured}"
    );
    let coloured = inspect_env(&["--color", "always", malformed], None);
    assert!(coloured.contains("\x1b[1;31merror:\x1b[0m value data length 256"));
    assert!(coloured.contains("\x1b[1;31m^^\x1b[0m"));
    // JSON is never coloured.
    let json = inspect_env(&["--json", "--color", "always", NETWORK], None);
    assert!(!json.contains('\x1b'));
}

#[test]
#[cfg_attr(miri, ignore)] // runs the CLI
fn control_outputs_and_value_lists() {
    let out = run_cli(
        &["inspect", "--hex", "--control", "NETWORK_GET_FLAGS", "-"],
        Some(b"01000000"),
    );
    assert_eq!(stdout(&out), "00000000  output  1\n");
    let out = run_cli(
        &["inspect", "--hex", "--control", "NETWORK_GET_NAME", "-"],
        Some(b"4c0041004e000000"),
    );
    assert_eq!(stdout(&out), "00000000  output  \"LAN\"\n");
    // A DWORD output of the wrong size: no dissection, the decoder's error.
    let out = run_cli(
        &["inspect", "--hex", "--control", "NETWORK_GET_FLAGS", "-"],
        Some(b"0100"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("returns 4 bytes, but the buffer holds 2")
    );
    // A value list: a DWORD, its end mark; lenient bytes after it.
    let out = run_cli(
        &["inspect", "--hex", "--value-list", "--lenient", "-"],
        Some(b"02000100 04000000 07000000 00000000 aabb"),
    );
    assert_eq!(
        stdout(&out),
        "\
00000000  value  LIST_VALUE_DWORD  cbLength=4  7
0000000c  end_mark
00000010  trailing_bytes  aabb
"
    );
    let out = run_cli(
        &["inspect", "--hex", "--value-list", "-"],
        Some(b"02000100 04000000 07000000 00000000 aabb"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("error: 2 unexpected bytes at offset 16 after the end of the list")
    );
}

/// The README's `inspect` examples are what the binary prints.
#[test]
#[cfg_attr(miri, ignore)] // runs the CLI
fn the_readme_shows_real_output() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let file = "tests/data/samples/count_high.bin";
    let out = run_cli(&["inspect", file], None);
    let shown = format!(
        "$ clusprop inspect {file}\n{}{}```",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(readme.contains(&shown), "README.md should show:\n{shown}");
    let head: String = NETWORK_TEXT
        .lines()
        .take(12)
        .map(|l| format!("{l}\n"))
        .collect();
    let tail: Vec<&str> = NETWORK_TEXT.lines().rev().take(5).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    let shown = format!(
        "$ clusprop inspect {NETWORK}\n{head}...\n{}\n",
        tail.join("\n")
    );
    assert!(readme.contains(&shown), "README.md should show:\n{shown}");
}
