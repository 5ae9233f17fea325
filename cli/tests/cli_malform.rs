//! `clusprop malform`: labelled malformed buffers from a real sample. Each written file fails
//! strict decoding (the library's and `clusprop decode`'s) exactly as its manifest line says;
//! the same seed gives the same files, another seed another selection; `--class` filters;
//! usage and input errors have their exit statuses.

mod common;

use clusprop::{Mode, PropertyList, ValueList};
use common::{failure_line, run_cli};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const NETWORK: &str = "tests/data/samples/network_common.listend.bin";

/// A fresh directory under the system's temporary directory, unique to this process and test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("malform-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Runs `clusprop malform ARGS -o DIR FILE`; returns the manifest's lines as column maps.
fn run(dir: &Path, file: &str, args: &[&str]) -> Vec<BTreeMap<String, String>> {
    let dir_text = dir.to_str().unwrap();
    let mut all = vec!["malform"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", dir_text, file]);
    let out = run_cli(&all, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    manifest(dir)
}

fn manifest(dir: &Path) -> Vec<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(dir.join("MANIFEST.tsv")).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), header.len(), "{line}");
            header
                .iter()
                .zip(fields)
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The files of a directory and their bytes.
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_buffer_fails_as_its_manifest_line_says() {
    let dir = scratch("labels");
    let lines = run(&dir, NETWORK, &["--count", "40", "--seed", "7"]);
    assert_eq!(lines.len(), 40);
    let header = std::fs::read_to_string(dir.join("MANIFEST.tsv")).unwrap();
    assert_eq!(
        header.lines().next().unwrap(),
        "file\tclass\tentry\tpart\tentry_offset\trule\toffset\terror\tlenient\tlenient_offset\tbytes"
    );
    for line in &lines {
        let bytes = std::fs::read(dir.join(&line["file"])).unwrap();
        assert_eq!(bytes.len().to_string(), line["bytes"]);
        assert!(line["file"].ends_with(&format!("-{}.bin", line["class"])));
        for (mode, rule, offset, message) in [
            (Mode::Strict, "rule", "offset", Some("error")),
            (Mode::Lenient, "lenient", "lenient_offset", None),
        ] {
            match PropertyList::parse_with(&bytes, mode) {
                Ok(_) => assert_eq!(
                    (&*line[rule], &*line[offset]),
                    ("accepted", "-"),
                    "{line:?}"
                ),
                Err(e) => {
                    assert_eq!(line[rule], e.rule(), "{line:?}");
                    assert_eq!(line[offset], e.offset().to_string(), "{line:?}");
                    if let Some(message) = message {
                        assert_eq!(line[message], e.to_string());
                    }
                }
            }
        }
    }
    // And `clusprop decode --error-format json` says the same of a few of them.
    for line in lines.iter().filter(|l| l["rule"] != "accepted").take(5) {
        let path = dir.join(&line["file"]);
        let out = run_cli(
            &["decode", "--error-format", "json", path.to_str().unwrap()],
            None,
        );
        let error: serde_json::Value =
            serde_json::from_str(&failure_line(1, &line["file"], &out)).unwrap();
        assert_eq!(error["rule"], line["rule"].as_str());
        assert_eq!(error["offset"].to_string(), line["offset"]);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_another_selection() {
    let (a, b, c) = (scratch("seed-a"), scratch("seed-b"), scratch("seed-c"));
    run(&a, NETWORK, &["--count", "12", "--seed", "42"]);
    run(&b, NETWORK, &["--count", "12", "--seed", "42"]);
    run(&c, NETWORK, &["--count", "12", "--seed", "43"]);
    assert_eq!(contents(&a), contents(&b));
    let selection = |dir: &Path| -> Vec<(String, String)> {
        manifest(dir)
            .into_iter()
            .map(|l| (l["class"].clone(), l["entry"].clone()))
            .collect()
    };
    assert_ne!(selection(&a), selection(&c));
    for dir in [a, b, c] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn class_filters_and_skips_what_does_not_apply() {
    let dir = scratch("class");
    let dir_text = dir.to_str().unwrap();
    let out = run_cli(
        &[
            "malform",
            "--class",
            "name_odd_length",
            "--class",
            "fixed_length_short",
            "--class",
            "nesting_too_deep",
            "--count",
            "1000",
            "-o",
            dir_text,
            "tests/data/samples/single_dword.bin",
        ],
        None,
    );
    assert!(out.status.success());
    let lines = manifest(&dir);
    // single_dword: one name, one DWORD value, one end mark (nesting: before the value or the
    // end mark).
    let mut classes: Vec<&str> = lines.iter().map(|l| l["class"].as_str()).collect();
    classes.sort_unstable();
    assert_eq!(
        classes,
        [
            "fixed_length_short",
            "name_odd_length",
            "nesting_too_deep",
            "nesting_too_deep"
        ]
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("only 4 (class, entry) pairs"), "{stderr}");

    // A class that does not apply: a note, and nothing to write is an invalid input.
    let out = run_cli(
        &[
            "malform",
            "--class",
            "multi_sz_not_terminated",
            "-o",
            dir_text,
            "tests/data/samples/single_dword.bin",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("note: skipped, not applicable to tests/data/samples/single_dword.bin: multi_sz_not_terminated"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn value_lists_too() {
    let dir = scratch("value-list");
    let input = scratch("value-list-input");
    std::fs::create_dir_all(&input).unwrap();
    let file = input.join("list.bin");
    let bytes = common::Raw::new()
        .entry(0x0002_0002, &[1, 0, 0, 0, 2, 0, 0, 0])
        .entry(common::SZ, &common::utf16z("Disk"))
        .end()
        .build();
    std::fs::write(&file, &bytes).unwrap();
    let lines = run(
        &dir,
        file.to_str().unwrap(),
        &["--value-list", "--count", "100"],
    );
    assert!(lines.len() > 10);
    for line in &lines {
        let bytes = std::fs::read(dir.join(&line["file"])).unwrap();
        match ValueList::parse(&bytes) {
            Ok(_) => assert_eq!(line["rule"], "accepted"),
            Err(e) => assert_eq!(
                (&*line["rule"], &*line["offset"]),
                (e.rule(), &*e.offset().to_string())
            ),
        }
    }
    // As a property list, the same bytes are no valid input.
    let out = run_cli(
        &[
            "malform",
            "-o",
            dir.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        None,
    );
    let line = failure_line(1, "a value list as a property list", &out);
    assert!(line.contains("impossible property count"), "{line}");
    for d in [dir, input] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn an_unknown_class_is_a_usage_error() {
    let dir = scratch("unknown");
    let out = run_cli(
        &[
            "malform",
            "--class",
            "nope",
            "-o",
            dir.to_str().unwrap(),
            NETWORK,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("invalid value 'nope'"), "{stderr}");
    assert!(
        stderr.contains("name_invalid_utf16"),
        "the names are listed: {stderr}"
    );
    assert!(!dir.exists());
}

#[test]
fn an_invalid_input_is_refused_with_its_parse_error() {
    let dir = scratch("invalid");
    let out = run_cli(
        &[
            "malform",
            "-o",
            dir.to_str().unwrap(),
            "tests/data/samples/count_high.bin",
        ],
        None,
    );
    let line = failure_line(1, "count_high", &out);
    assert_eq!(
        line,
        "clusprop: tests/data/samples/count_high.bin: missing property at offset 156: the list \
         declares 4 properties but only 3 are present"
    );
    assert!(!dir.exists());
}
