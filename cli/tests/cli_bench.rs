//! `clusprop bench`: the output's format and the errors. (Only the format: speed is measured with
//! benchmarks, never with timed tests.)

mod common;

use std::process::Output;

fn run(args: &[&str]) -> Output {
    common::run_cli(args, None)
}

fn failure(out: Output) -> String {
    common::failure_line(1, "", &out)
}

/// Checks the five lines `OPERATION<TAB>NS_PER_OP<TAB>MB_PER_S`, in order, numbers positive.
fn check_output(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(text.ends_with('\n'));
    let lines: Vec<&str> = text.lines().collect();
    let operations = ["parse", "decode", "encode", "json", "json_read"];
    assert_eq!(lines.len(), operations.len(), "{text}");
    for (line, operation) in lines.iter().zip(operations) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "{line:?}");
        assert_eq!(fields[0], operation);
        for field in &fields[1..] {
            let number: f64 = field
                .parse()
                .unwrap_or_else(|e| panic!("{field:?} in {line:?}: {e}"));
            assert!(number.is_finite() && number > 0.0, "{line:?}");
        }
    }
}

#[test]
fn five_tab_separated_lines_with_positive_numbers() {
    for file in [
        "tests/data/samples/network_common.listend.bin",
        "tests/data/samples/network_common.bin",
        "tests/data/wexp-cluster-common-74.bin",
        "tests/data/samples/multi_value.bin",
    ] {
        check_output(&run(&["bench", "--iterations", "50", file]));
    }
}

#[test]
fn iterations_is_optional_and_the_file_can_be_standard_input() {
    let bytes = common::data("samples/single_dword.listend.bin");
    check_output(&common::run_cli(
        &["bench", "--iterations", "3", "-"],
        Some(&bytes),
    ));
    // Without --iterations each operation is calibrated to about a second: about five seconds.
    check_output(&run(&[
        "bench",
        "tests/data/samples/single_dword.listend.bin",
    ]));
}

#[test]
fn malformed_input_is_one_line_naming_the_rule_and_the_offset() {
    let err = failure(run(&[
        "bench",
        "--iterations",
        "10",
        "tests/data/samples/count_high.bin",
    ]));
    assert_eq!(
        err,
        "clusprop: tests/data/samples/count_high.bin: missing property at offset 156: the list \
         declares 4 properties but only 3 are present"
    );
    let err = failure(run(&["bench", "tests/data/samples/truncated.bin"]));
    assert!(
        err.starts_with("clusprop: tests/data/samples/truncated.bin: ")
            && err.contains("at offset"),
        "{err}"
    );
}

#[test]
fn a_missing_file_and_bad_arguments_fail() {
    let err = common::failure_line(
        3,
        "missing file",
        &run(&["bench", "tests/data/no-such-file.bin"]),
    );
    assert!(
        err.starts_with("clusprop: tests/data/no-such-file.bin: "),
        "{err}"
    );
    for args in [
        &["bench"][..],
        &["bench", "--iterations", "0", "tests/data/samples/empty.bin"],
        &["bench", "--iterations", "x", "tests/data/samples/empty.bin"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: clap's usage error");
        assert!(out.stdout.is_empty());
    }
}
