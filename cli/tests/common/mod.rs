//! Helpers of the CLI's integration tests: the library's (`tests/common/mod.rs` at the
//! repository's root: test data, the raw-byte writer) and what runs the `clusprop` binary.
#![allow(dead_code, unused_imports)]

#[path = "../../../tests/common/mod.rs"]
mod library;

pub use library::*;

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

/// Starts `command`. Under Wine, `CreateProcess` now and then fails with `ERROR_INTERNAL_ERROR`
/// (1359) while the tests start processes in parallel (seen once in CI, in a test that had
/// passed hundreds of times): Wine's, not the program's; such a start is tried again, up to five
/// times. Any other error fails the test.
pub fn spawn(command: &mut Command) -> Child {
    const ERROR_INTERNAL_ERROR: i32 = 1359;
    let mut tries = 0;
    loop {
        match command.spawn() {
            Ok(child) => return child,
            Err(e)
                if cfg!(windows) && e.raw_os_error() == Some(ERROR_INTERNAL_ERROR) && tries < 5 =>
            {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(100 * tries));
            }
            Err(e) => panic!("cannot start {command:?}: {e}"),
        }
    }
}

/// Runs the `clusprop` binary in the repository's root (where the tests' `tests/data/...` paths
/// lead) with `args`, feeding `stdin` (or nothing: standard input is then closed, so a command
/// that wrongly reads it cannot hang). Fails the test if it panicked.
pub fn run_cli(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = spawn(
        Command::new(env!("CARGO_BIN_EXE_clusprop"))
            .args(args)
            .current_dir(root())
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    );
    let writer = stdin.map(|input| {
        let mut pipe = child.stdin.take().expect("stdin pipe");
        // Writing in a thread: the child may exit (or fill stdout) before reading it all.
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = pipe.write_all(&input);
        })
    });
    let output = child.wait_with_output().expect("wait for clusprop");
    if let Some(writer) = writer {
        writer.join().expect("stdin writer");
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("panicked"),
        "clusprop {args:?} panicked: {stderr}"
    );
    output
}

/// The JSON a successful CLI run printed (fails the test, with its standard error, otherwise).
pub fn cli_json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A failed run: exit `status`, nothing on stdout, exactly one line on stderr (ending with a
/// newline); returns that line without its newline.
pub fn failure_line(status: i32, what: &str, output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(status),
        "{what}: expected exit status {status}, stdout {:?}, stderr {stderr:?}",
        String::from_utf8_lossy(&output.stdout),
    );
    assert!(
        output.stdout.is_empty(),
        "{what}: printed on stdout: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(stderr.ends_with('\n'), "{what}: stderr {stderr:?}");
    assert_eq!(
        stderr.lines().count(),
        1,
        "{what}: stderr is not one line: {stderr:?}"
    );
    stderr.trim_end().to_owned()
}

/// The one line a run printed on stderr (it must be exactly one, ending with a newline), without
/// its newline; stdout and the status are the caller's to check.
pub fn failure_line_on_stderr(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.ends_with('\n'), "stderr {stderr:?}");
    assert_eq!(
        stderr.lines().count(),
        1,
        "stderr is not one line: {stderr:?}"
    );
    stderr.trim_end().to_owned()
}
