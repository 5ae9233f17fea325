//! The CLI as scripts and tools use it: `decode --lines`, `--error-format json`, the exit
//! statuses, `--compact`/`--pretty`, `-o`, text saved by Windows tools (byte-order marks, UTF-16,
//! CRLF), `show --json` and its refusals, completions and the manual page.

mod common;

use clusprop::ValueListBuilder;
use serde_json::{json, Value as Json};
use std::path::PathBuf;
use std::process::Output;

const NETWORK: &str = "tests/data/samples/network_common.listend.bin";

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    common::run_cli(args, stdin)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn stdout_lines(out: &Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// What `decode --compact` prints for `bytes` (with `extra` options), without its newline.
fn decoded_alone(extra: &[&str], bytes: &[u8]) -> String {
    let mut args = vec!["decode", "--compact"];
    args.extend_from_slice(extra);
    let out = run(&args, Some(bytes));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim_end().to_owned()
}

/// UTF-16LE text with its byte-order mark, as Windows PowerShell 5's `Out-File` writes it.
fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

fn temp(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli_scripts");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn lines_decode_one_buffer_per_line_in_order_and_go_on_after_an_error() {
    let network = common::data("samples/network_common.listend.bin");
    let role = common::role_list();
    let truncated = &network[..network.len() - 5];
    let input = format!(
        "{}\n{}\n\n{}\nzz\n{}",
        hex(&network),
        hex(&role),
        hex(truncated),
        hex(&role)
    );
    let out = run(&["decode", "--lines"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1), "a line failed: exit status 1");
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 6, "one output line per input line: {lines:?}");
    assert_eq!(lines[0], decoded_alone(&[], &network));
    assert_eq!(lines[1], decoded_alone(&[], &role));
    assert_eq!(lines[5], decoded_alone(&[], &role));
    let error = |i: usize| -> Json { serde_json::from_str(&lines[i]).unwrap() };
    // An empty line is an empty buffer.
    assert_eq!(
        error(2),
        json!({
            "error": "standard input: truncated property count at offset 0: needed 4 bytes, 0 available",
            "kind": "parse", "file": "standard input", "line": 3, "rule": "truncated",
            "offset": 0,
            "message": "truncated property count at offset 0: needed 4 bytes, 0 available",
            "status": 1,
        })
    );
    // The error and offset are the library's for the same bytes.
    let parse_error = clusprop::PropertyList::parse(truncated).unwrap_err();
    assert_eq!(error(3)["line"], 4);
    assert_eq!(error(3)["rule"], parse_error.rule());
    assert_eq!(error(3)["offset"], parse_error.offset());
    assert_eq!(error(3)["message"], parse_error.to_string());
    assert_eq!(
        error(4),
        json!({
            "error": "standard input: invalid hex input: 'z' is not a hex digit, at offset 0 of the line",
            "kind": "input", "file": "standard input", "line": 5, "offset": 0,
            "message": "invalid hex input: 'z' is not a hex digit, at offset 0 of the line",
            "status": 1,
        })
    );
    // Standard error: one summary line.
    assert_eq!(
        common::failure_line_on_stderr(&out),
        "clusprop: standard input: 3 of 6 lines did not decode (their output lines hold the \
         errors)"
    );

    // All good: exit status 0, nothing on standard error; a final newline or not.
    let good = format!("{}\n{}", hex(&network), hex(&role));
    for input in [good.clone(), format!("{good}\n")] {
        let out = run(&["decode", "--lines"], Some(input.as_bytes()));
        assert_eq!(out.status.code(), Some(0));
        assert!(out.stderr.is_empty());
        assert_eq!(stdout_lines(&out).len(), 2);
    }
}

#[test]
fn lines_take_base64_value_lists_lenient_lists_and_control_outputs() {
    let values = ValueListBuilder::new().dword(7).sz("x").finish().unwrap();
    let input = format!("{}\n{}\n", base64(&values), base64(&values));
    let out = run(
        &["decode", "--lines", "--base64", "--value-list"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    let expected = decoded_alone(&["--value-list"], &values);
    assert_eq!(stdout_lines(&out), [expected.clone(), expected]);

    // Lenient: a name without its NUL is read; strict refuses it on the same line.
    let sloppy = common::data("samples/name_no_nul.bin");
    let input = format!("{}\n", hex(&sloppy));
    let out = run(&["decode", "--lines", "--lenient"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_lines(&out), [decoded_alone(&["--lenient"], &sloppy)]);
    let out = run(&["decode", "--lines"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let line: Json = serde_json::from_str(&stdout_lines(&out)[0]).unwrap();
    assert_eq!(
        (&line["rule"], &line["offset"]),
        (&json!("not_terminated"), &json!(18))
    );

    // A control's output: a DWORD, then one of the wrong size.
    let input = "01000000\n0100\n";
    let out = run(
        &["decode", "--lines", "--control", "NETWORK_GET_FLAGS"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = stdout_lines(&out);
    assert_eq!(lines[0], r#"{"dword":1,"names":["CLUS_FLAG_CORE"]}"#);
    let line: Json = serde_json::from_str(&lines[1]).unwrap();
    assert_eq!(line["kind"], "output");
    assert_eq!(line["rule"], "wrong_output_length");
    assert_eq!(line["offset"], 0);
    assert_eq!(line["line"], 2);
}

#[test]
fn lines_accept_crlf_and_byte_order_marks() {
    let network = common::data("samples/network_common.listend.bin");
    let expected = decoded_alone(&[], &network);
    let crlf = format!("{0}\r\n{0}\r\n", hex(&network));
    let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
    utf8_bom.extend_from_slice(crlf.as_bytes());
    for (what, input) in [
        ("CRLF", crlf.as_bytes().to_vec()),
        ("UTF-8 BOM", utf8_bom),
        ("UTF-16LE BOM", utf16le_with_bom(&crlf)),
    ] {
        let out = run(&["decode", "--lines"], Some(&input));
        assert_eq!(out.status.code(), Some(0), "{what}: {out:?}");
        assert_eq!(stdout_lines(&out), [expected.as_str(), &expected], "{what}");
    }
    // An offset in a line counts the byte-order mark, as the text was given.
    let mut input = vec![0xEF, 0xBB, 0xBF];
    input.extend_from_slice(b"01 x");
    let out = run(&["decode", "--lines"], Some(&input));
    let line: Json = serde_json::from_str(&stdout_lines(&out)[0]).unwrap();
    assert_eq!(line["offset"], 6);
}

#[test]
fn lines_with_pretty_is_a_usage_error() {
    let out = run(&["decode", "--lines", "--pretty"], Some(b""));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn error_format_json_prints_one_object_with_the_rule_and_offset() {
    let json_error = |out: &Output| -> Json {
        let line = common::failure_line_on_stderr(out);
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"))
    };
    // A buffer that does not parse: status 1.
    let out = run(
        &[
            "--error-format",
            "json",
            "decode",
            "tests/data/samples/count_high.bin",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        json_error(&out),
        json!({
            "error": "tests/data/samples/count_high.bin: missing property at offset 156: the list \
                      declares 4 properties but only 3 are present",
            "kind": "parse",
            "file": "tests/data/samples/count_high.bin",
            "rule": "missing_properties",
            "offset": 156,
            "message": "missing property at offset 156: the list declares 4 properties but only 3 \
                        are present",
            "status": 1,
        })
    );
    // After the command too; invalid text: the offset in the text.
    let out = run(&["decode", "--hex", "--error-format=json"], Some(b"01\n0g"));
    assert_eq!(out.status.code(), Some(1));
    let error = json_error(&out);
    assert_eq!(
        (&error["kind"], &error["offset"]),
        (&json!("input"), &json!(4))
    );
    // I/O: status 3.
    let out = run(
        &[
            "decode",
            "--error-format",
            "json",
            "tests/data/no-such-file.bin",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(3));
    let error = json_error(&out);
    assert_eq!(error["kind"], "io");
    assert_eq!(error["file"], "tests/data/no-such-file.bin");
    assert_eq!(error["status"], 3);
    // Usage: an unknown control name, and what clap refuses; status 2.
    for args in [
        &[
            "--error-format",
            "json",
            "decode",
            "--control",
            "NOPE",
            NETWORK,
        ][..],
        &["--error-format", "json", "decode", "--bogus", NETWORK][..],
        &["--error-format", "json", "frobnicate"][..],
    ] {
        let out = run(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let error = json_error(&out);
        assert_eq!(error["kind"], "usage", "{args:?}");
        assert_eq!(error["status"], 2, "{args:?}");
        assert!(error.get("file").is_none(), "{args:?}");
    }
    // Text stays the default; --help and --version print and succeed.
    let out = run(&["decode", "tests/data/samples/count_high.bin"], None);
    assert!(common::failure_line_on_stderr(&out).starts_with("clusprop: tests/data/"));
    for flag in ["--help", "--version"] {
        let out = run(&["--error-format", "json", flag], None);
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert!(!out.stdout.is_empty(), "{flag}");
    }
}

#[test]
fn help_lists_the_exit_statuses() {
    let out = run(&["--help"], None);
    let help = String::from_utf8(out.stdout).unwrap();
    for line in [
        "Exit status:",
        "  0  success",
        "  1  malformed or invalid input",
        "  2  usage",
        "  3  I/O",
    ] {
        assert!(help.contains(line), "{line:?} missing from:\n{help}");
    }
}

#[test]
fn compact_and_pretty_on_every_command_that_prints_json() {
    for args in [
        &["decode", NETWORK][..],
        &["control", "--json", "NETWORK_GET_FLAGS"][..],
        &["show", "network", "--json", NETWORK][..],
        &["inspect", "--json", NETWORK][..],
    ] {
        let lines = |extra: Option<&str>| {
            let mut all = args.to_vec();
            all.extend(extra);
            let out = run(&all, None);
            assert!(out.status.success(), "{all:?}: {out:?}");
            let json: Json = serde_json::from_slice(&out.stdout).unwrap();
            (json, out.stdout.iter().filter(|&&b| b == b'\n').count())
        };
        let (default, default_lines) = lines(None);
        let (compact, compact_lines) = lines(Some("--compact"));
        let (pretty, pretty_lines) = lines(Some("--pretty"));
        // Not a terminal: compact by default.
        assert_eq!((default_lines, compact_lines), (1, 1), "{args:?}");
        assert!(pretty_lines > 3, "{args:?}: --pretty is not indented");
        assert_eq!(default, compact, "{args:?}");
        assert_eq!(default, pretty, "{args:?}");
        let both = [args, &["--compact", "--pretty"]].concat();
        assert_eq!(run(&both, None).status.code(), Some(2), "{both:?}");
    }
}

#[test]
fn decode_writes_to_a_file_with_o_and_creates_none_on_failure() {
    let path = temp("decoded.json");
    let _ = std::fs::remove_file(&path);
    let out = run(&["decode", "-o", path.to_str().unwrap(), NETWORK], None);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.is_empty());
    let written = std::fs::read(&path).unwrap();
    assert_eq!(
        String::from_utf8(written).unwrap().trim_end(),
        decoded_alone(&[], &common::data("samples/network_common.listend.bin"))
    );

    let failed = temp("not-created.json");
    let _ = std::fs::remove_file(&failed);
    let out = run(
        &[
            "decode",
            "--output",
            failed.to_str().unwrap(),
            "tests/data/samples/truncated.bin",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(!failed.exists(), "a failed decode created its output");

    // An output that cannot be created: an I/O failure naming it.
    let out = run(
        &["decode", "-o", "tests/data/no-such-dir/x.json", NETWORK],
        None,
    );
    let line = common::failure_line(3, "unwritable output", &out);
    assert!(line.contains("tests/data/no-such-dir/x.json"), "{line}");
}

#[test]
fn text_inputs_accept_byte_order_marks_crlf_and_utf16() {
    let network = common::data("samples/network_common.listend.bin");
    let expected = decoded_alone(&[], &network);
    // Hex and base64, as Windows tools save them.
    let wrapped_hex = hex(&network)
        .as_bytes()
        .chunks(32)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n");
    let wrapped_base64 = base64(&network);
    for (flag, text) in [("--hex", &wrapped_hex), ("--base64", &wrapped_base64)] {
        let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
        utf8_bom.extend_from_slice(text.as_bytes());
        let mut utf16be = vec![0xFE, 0xFF];
        utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        for (what, input) in [
            ("plain", text.as_bytes().to_vec()),
            ("UTF-8 BOM", utf8_bom),
            ("UTF-16LE", utf16le_with_bom(text)),
            ("UTF-16BE", utf16be),
        ] {
            let out = run(&["decode", "--compact", flag], Some(&input));
            assert!(out.status.success(), "{flag} {what}: {out:?}");
            assert_eq!(
                String::from_utf8(out.stdout).unwrap().trim_end(),
                expected,
                "{flag} {what}"
            );
        }
    }
    // Offsets are in the text as given: after a UTF-16 mark, two bytes a character.
    let out = run(&["decode", "--hex"], Some(&utf16le_with_bom("01 0z")));
    assert_eq!(
        common::failure_line(1, "UTF-16 hex", &out),
        "clusprop: standard input: invalid hex input: 'z' is not a hex digit, at offset 10 of \
         the text"
    );
    let mut odd = utf16le_with_bom("01");
    odd.push(b'0');
    let out = run(&["decode", "--hex"], Some(&odd));
    assert_eq!(
        common::failure_line(1, "odd UTF-16", &out),
        "clusprop: standard input: invalid UTF-16 text: an odd number of bytes, the last one at \
         offset 6 of the text"
    );

    // JSON for `encode`: with a UTF-8 mark, in UTF-16LE, with CRLF line ends.
    let json = String::from_utf8(run(&["decode", "--pretty", NETWORK], None).stdout)
        .unwrap()
        .replace('\n', "\r\n");
    let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
    utf8_bom.extend_from_slice(json.as_bytes());
    for (what, input) in [
        ("UTF-8 BOM", utf8_bom),
        ("UTF-16LE", utf16le_with_bom(&json)),
    ] {
        let out = run(&["encode"], Some(&input));
        assert!(out.status.success(), "encode {what}: {out:?}");
        assert_eq!(out.stdout, network, "encode {what}");
    }
}

#[test]
fn show_json_holds_the_typed_properties_and_the_rows() {
    let out = run(
        &["show", "network", "--json", "--state", "3", NETWORK],
        None,
    );
    assert!(out.status.success(), "{out:?}");
    let json: Json = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json,
        json!({
            "object": "network",
            "title": "Network \"Cluster Network 1\"",
            "properties": {
                "Name": "Cluster Network 1",
                "Description": "",
                "Role": 3,
                "Metric": 39840,
                "AutoMetric": 1,
                "Address": "10.0.0.0",
                "AddressMask": "255.255.255.0",
                "IPv4Addresses": ["10.0.0.0"],
                "IPv4PrefixLengths": ["24"],
            },
            "display": {
                "Description": "(empty)",
                "Role": "internal and client access (3)",
                "Metric": "39840 (set automatically)",
                "Address": "10.0.0.0 mask 255.255.255.0",
                "IPv4 subnets": "10.0.0.0/24",
                "IPv6 prefixes": "(none)",
                "State": "up (3)",
            },
            "state": 3,
            "unknown": [],
        })
    );
    // The rows keep the text view's order.
    let text = String::from_utf8(out.stdout).unwrap();
    let display = text.find("\"display\"").unwrap();
    let at = |key: &str| display + text[display..].find(&format!("\"{key}\":\"")).unwrap();
    assert!(at("Role") < at("Metric") && at("Metric") < at("Address"));
}

#[test]
fn show_refuses_a_list_of_another_object() {
    let resource = "tests/data/wexp-resource-common-generic-service-15.bin";
    let out = run(&["show", "network", resource], None);
    assert_eq!(
        common::failure_line(1, "a resource's list", &out),
        "clusprop: tests/data/wexp-resource-common-generic-service-15.bin: not the common \
         properties of a network: none of Role, Metric, AutoMetric, Address, AddressMask, \
         IPv4Addresses, IPv4PrefixLengths, IPv6Addresses, IPv6PrefixLengths is there (it holds \
         DeadlockTimeout, Description, IsAlivePollInterval, LooksAlivePollInterval, \
         PendingTimeout, PersistentState, …)"
    );
    let out = run(&["show", "netinterface", "--json", resource], None);
    let line = common::failure_line(1, "a resource's list", &out);
    assert!(line.contains("none of Node, Network, Adapter"), "{line}");
    // An empty list holds nothing at all.
    let out = run(&["show", "network", "-"], Some(&[0, 0, 0, 0]));
    let line = common::failure_line(1, "an empty list", &out);
    assert!(line.ends_with("(it holds no property at all)"), "{line}");
}

#[test]
fn completions_and_the_manual_page_come_from_the_options() {
    let commands = [
        "decode",
        "encode",
        "control",
        "show",
        "bench",
        "completions",
        "man",
    ];
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = run(&["completions", shell], None);
        assert!(out.status.success(), "{shell}: {out:?}");
        let script = String::from_utf8(out.stdout).unwrap();
        for word in commands.iter().chain(&["lines", "error-format", "pretty"]) {
            assert!(script.contains(word), "{shell}: {word} missing");
        }
    }
    // The bash script is valid bash.
    let bash = run(&["completions", "bash"], None).stdout;
    let path = temp("clusprop.bash");
    std::fs::write(&path, &bash).unwrap();
    if let Ok(status) = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .status()
    {
        assert!(status.success(), "bash -n refuses the completion script");
    }
    assert_eq!(run(&["completions", "tcsh"], None).status.code(), Some(2));

    let out = run(&["man"], None);
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH clusprop 1"),
        "{page}"
    );
    assert!(page.contains(".TH clusprop 1"), "{page}");
    for word in ["decode", "encode", "show", "Exit status", "error\\-format"] {
        assert!(page.contains(word), "{word} missing from the manual page");
    }
}

/// Run on a terminal without input, the CLI says what it waits for (instead of hanging
/// silently); on a pipe it says nothing (the other tests check stderr holds one line).
#[cfg(target_os = "linux")]
#[test]
#[cfg_attr(miri, ignore)] // runs the binary
fn a_terminal_on_standard_input_gets_a_hint() {
    use std::io::Write;
    use std::os::fd::{FromRawFd, OwnedFd};
    use std::process::{Command, Stdio};

    for args in [&["decode"][..], &["decode", "--lines"], &["encode"]] {
        let (mut master, mut slave) = (-1, -1);
        // SAFETY: the out-pointers are to live locals; the name, termios and winsize pointers may
        // be null (openpty(3)).
        let opened = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(opened, 0, "openpty: {}", std::io::Error::last_os_error());
        // SAFETY: openpty succeeded: both are open descriptors that nothing else owns.
        let (master, slave) =
            unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let child = Command::new(env!("CARGO_BIN_EXE_clusprop"))
            .args(args)
            .stdin(Stdio::from(slave))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The terminal's end-of-file character (Ctrl-D) ends the input.
        std::fs::File::from(master).write_all(b"\x04").unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with(
                "clusprop: reading standard input from the terminal (end it with Ctrl-D; give a \
                 FILE to read one, or --help)\n"
            ),
            "{args:?}: {stderr:?}"
        );
    }
}

/// A tool that keeps `decode --lines` running writes a line and reads its answer before sending
/// the next: each answer comes as soon as its line is decoded, not when the input ends.
#[test]
#[cfg_attr(miri, ignore)] // runs the binary
fn lines_answer_each_line_while_the_input_stays_open() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::Duration;

    let mut child = Command::new(env!("CARGO_BIN_EXE_clusprop"))
        .args(["decode", "--lines"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let role = common::role_list();
    for round in 0..3 {
        writeln!(stdin, "{}", hex(&role)).unwrap();
        stdin.flush().unwrap();
        let answer = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|e| panic!("round {round}: no answer while the input is open: {e}"));
        assert_eq!(answer, decoded_alone(&[], &role), "round {round}");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

/// Every `$ clusprop …` (or `$ echo '…' | clusprop …`) example of README.md prints what the README
/// shows: standard output, then standard error (a `...` line stands for lines left out); a
/// following `$ echo $?` line gives the status.
#[test]
fn the_readme_examples_are_real() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let mut examples = 0;
    let lines: Vec<&str> = readme.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let Some(command) = lines[i].strip_prefix("$ ") else {
            i += 1;
            continue;
        };
        i += 1;
        let mut expected = Vec::new();
        while i < lines.len() && !lines[i].starts_with("$ ") && lines[i] != "```" {
            expected.push(lines[i]);
            i += 1;
        }
        let (stdin, command) = match command.split_once(" | ") {
            Some((echo, rest)) => {
                let text = echo
                    .strip_prefix("echo '")
                    .and_then(|t| t.strip_suffix('\''))
                    .unwrap_or_else(|| panic!("unsupported example input: {echo}"));
                (Some(format!("{text}\n")), rest)
            }
            None => (None, command),
        };
        let Some(args) = command.strip_prefix("clusprop ") else {
            continue;
        };
        let args: Vec<&str> = args.split_whitespace().collect();
        let out = run(&args, stdin.as_deref().map(str::as_bytes));
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let printed: Vec<&str> = printed.lines().collect();
        match expected.iter().position(|line| *line == "...") {
            None => assert_eq!(printed, expected, "README example: $ {command}"),
            Some(gap) => {
                let (head, tail) = (&expected[..gap], &expected[gap + 1..]);
                assert!(
                    printed.len() > head.len() + tail.len()
                        && printed.starts_with(head)
                        && printed.ends_with(tail),
                    "README example: $ {command}\nprinted:\n{}",
                    printed.join("\n")
                );
            }
        }
        if lines.get(i) == Some(&"$ echo $?") {
            let status = lines[i + 1];
            assert_eq!(
                out.status.code().map(|c| c.to_string()).as_deref(),
                Some(status),
                "README example: $ {command}"
            );
            i += 2;
        }
        examples += 1;
    }
    assert!(examples >= 6, "only {examples} README examples found");
}
