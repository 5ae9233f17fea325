//! The CLI's peak memory is proportional to its input: at most 4 times the input plus a constant,
//! for `decode`, `decode --control`, `show` and `encode` (and `encode --hex`), over large inputs
//! of several shapes (one huge SZ, ASCII and not; one huge MULTI_SZ of one-character items; one
//! huge BINARY; hundreds of thousands of small properties; small properties 16 lists deep), for
//! `show` of huge address lists, and for `encode --schema` over large JSON documents.
//!
//! The binary runs as a child and its peak resident set (`ru_maxrss`) is read from `wait4`. On
//! Linux a child's `ru_maxrss` also counts what its parent had resident when it was spawned
//! (`exec` keeps the high-water mark of the address space it replaces), so the inputs are
//! written to files as they are generated, never held here, and the constant is measured: the
//! peak of a run of the same binary on a tiny input, just before.
#![cfg(target_os = "linux")]

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// The bound: peak resident memory at most this many times the input ...
const TIMES: u64 = 4;
/// ... plus the peak of the same binary on a tiny input and this much.
const SLACK: u64 = 4 << 20;
/// The size of each generated input. The bound's constant is a few MiB: the inputs are large
/// enough that a command holding one more copy of its input than it should breaks it.
const SIZE: usize = 12 << 20;

const NAME: u32 = 0x0004_0003;
const BINARY: u32 = 0x0001_0001;
const DWORD: u32 = 0x0001_0002;
const SZ: u32 = 0x0001_0003;
const MULTI_SZ: u32 = 0x0001_0005;
const PROPERTY_LIST: u32 = 0x0001_000E;

/// Writes an entry (syntax, cbLength, data, zero padding) whose data `write` produces.
fn entry(
    out: &mut impl Write,
    syntax: u32,
    len: usize,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    out.write_all(&syntax.to_le_bytes())?;
    out.write_all(&(len as u32).to_le_bytes())?;
    write(out)?;
    out.write_all(&[0; 3][..(4 - len % 4) % 4])
}

fn utf16z(text: &str) -> Vec<u8> {
    text.encode_utf16()
        .chain([0])
        .flat_map(u16::to_le_bytes)
        .collect()
}

fn name(out: &mut impl Write, name: &str) -> std::io::Result<()> {
    let data = utf16z(name);
    entry(out, NAME, data.len(), |o| o.write_all(&data))
}

/// Writes `count` times `unit` (in chunks, never all of it at once).
fn repeated(out: &mut dyn Write, unit: &[u8], count: usize) -> std::io::Result<()> {
    let chunk = unit.repeat(65_536 / unit.len().max(1));
    let per_chunk = chunk.len() / unit.len();
    let mut left = count;
    while left > 0 {
        let n = left.min(per_chunk);
        out.write_all(&chunk[..n * unit.len()])?;
        left -= n;
    }
    Ok(())
}

/// One property holding one value of `len` data bytes made of `unit` repeated, then `tail`.
fn one_value(
    out: &mut impl Write,
    property: &str,
    syntax: u32,
    unit: &[u8],
    count: usize,
    tail: &[u8],
) -> std::io::Result<()> {
    out.write_all(&1u32.to_le_bytes())?;
    name(out, property)?;
    entry(out, syntax, unit.len() * count + tail.len(), |o| {
        repeated(o, unit, count)?;
        o.write_all(tail)
    })?;
    out.write_all(&[0; 4])?; // the property's end mark
    out.write_all(&[0; 4]) // the list's
}

/// Many small properties ("P0000000": one DWORD, 44 bytes each), `bytes` in all, without the
/// list-level end mark.
fn many(out: &mut impl Write, bytes: usize) -> std::io::Result<()> {
    let n = bytes / 44;
    out.write_all(&(n as u32).to_le_bytes())?;
    for i in 0..n {
        name(out, &format!("P{i:07}"))?;
        entry(out, DWORD, 4, |o| o.write_all(&7u32.to_le_bytes()))?;
        out.write_all(&[0; 4])?;
    }
    Ok(())
}

/// `many` nested 16 lists deep (the parser's limit), each level one property "N".
fn nested(out: &mut impl Write, bytes: usize) -> std::io::Result<()> {
    const LEVEL: usize = 4 + 8 + 4 + 8; // count, name "N", the PROPERTY_LIST header
    let depth = clusprop::read::MAX_NESTING_DEPTH;
    let inner_len = |level: usize| -> usize {
        // The data of the PROPERTY_LIST at `level` (0 outermost): the levels below and the leaf.
        let leaf = 4 + bytes / 44 * 44;
        leaf + (depth - level - 1) * (LEVEL + 4)
    };
    for level in 0..depth {
        out.write_all(&1u32.to_le_bytes())?;
        name(out, "N")?;
        out.write_all(&PROPERTY_LIST.to_le_bytes())?;
        out.write_all(&(inner_len(level) as u32).to_le_bytes())?;
    }
    many(out, bytes)?;
    for _ in 0..depth {
        out.write_all(&[0; 4])?; // each level's property end mark
    }
    out.write_all(&[0; 4]) // the list's
}

/// The inputs, written once: (shape, property list file, its canonical JSON file).
fn shapes() -> &'static [(&'static str, PathBuf, PathBuf)] {
    static SHAPES: OnceLock<Vec<(&'static str, PathBuf, PathBuf)>> = OnceLock::new();
    SHAPES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli_memory");
        std::fs::create_dir_all(&dir).unwrap();
        type Make = fn(&mut BufWriter<File>) -> std::io::Result<()>;
        let makers: [(&str, Make); 6] = [
            ("sz", |o| {
                one_value(o, "Description", SZ, b"x\0", SIZE / 2, &[0, 0])
            }),
            ("sz-nonascii", |o| {
                one_value(o, "Description", SZ, &utf16z("€")[..2], SIZE / 2, &[0, 0])
            }),
            ("multi-sz", |o| {
                one_value(o, "Items", MULTI_SZ, b"x\0\0\0", SIZE / 4, &[0, 0])
            }),
            ("binary", |o| {
                let unit: Vec<u8> = (0..=255).collect();
                one_value(o, "Blob", BINARY, &unit, SIZE / 256, &[])
            }),
            ("many", |o| {
                many(o, SIZE)?;
                o.write_all(&[0; 4])
            }),
            ("nested", |o| nested(o, SIZE)),
        ];
        let mut out = Vec::new();
        for (shape, make) in makers {
            let bin = dir.join(format!("{shape}.bin"));
            let json = dir.join(format!("{shape}.json"));
            let mut file = BufWriter::new(File::create(&bin).unwrap());
            make(&mut file).unwrap();
            file.into_inner().unwrap().sync_all().unwrap();
            // The JSON is what `decode --compact` writes.
            let status = Command::new(env!("CARGO_BIN_EXE_clusprop"))
                .args(["decode", "--compact"])
                .arg(&bin)
                .stdout(File::create(&json).unwrap())
                .status()
                .unwrap();
            assert!(status.success(), "{shape}: decode failed");
            out.push((shape, bin, json));
        }
        out
    })
}

/// Runs the CLI with `args` (output to /dev/null); its exit status and peak resident bytes.
fn peak(args: &[&str], input: &Path) -> (i32, u64) {
    // Reaped by `wait4` below, which also gives the rusage: `Child::wait` would not.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(env!("CARGO_BIN_EXE_clusprop"))
        .args(args)
        .arg(input)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our child, not waited for yet (`Child` never waits unless asked); the
    // pointers are to live locals.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4: {}", std::io::Error::last_os_error());
    assert!(libc::WIFEXITED(status), "{args:?} {input:?}: killed");
    // Linux reports kibibytes.
    (libc::WEXITSTATUS(status), usage.ru_maxrss as u64 * 1024)
}

/// The constant: the same binary's peak on a tiny input (and whatever it inherits from here).
fn baseline() -> u64 {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli_memory");
    std::fs::create_dir_all(&dir).unwrap();
    let tiny = dir.join("tiny.bin");
    std::fs::write(&tiny, [0u8; 8]).unwrap();
    (0..3).map(|_| peak(&["decode"], &tiny).1).max().unwrap()
}

/// Runs `args` on every shape (the property list, or its JSON with `json`) and checks the bound.
fn check(args: &[&str], json: bool) {
    let shapes = shapes();
    let base = baseline();
    let mut report = String::new();
    let mut over = Vec::new();
    for (shape, bin, json_file) in shapes {
        let input = if json { json_file } else { bin };
        let size = std::fs::metadata(input).unwrap().len();
        let (code, peak) = peak(args, input);
        assert_eq!(code, 0, "clusprop {args:?} {shape}: exit status {code}");
        let bound = TIMES * size + base + SLACK;
        report += &format!(
            "  {shape:<12} input {:>6.1} MiB  peak {:>6.1} MiB  {:.2}x  (bound {:.1} MiB)\n",
            size as f64 / 1048576.0,
            peak as f64 / 1048576.0,
            peak as f64 / size as f64,
            bound as f64 / 1048576.0,
        );
        if peak > bound {
            over.push(*shape);
        }
    }
    eprintln!(
        "clusprop {}: baseline {:.1} MiB\n{report}",
        args.join(" "),
        base as f64 / 1048576.0
    );
    assert!(
        over.is_empty(),
        "clusprop {args:?} peaked over {TIMES}x the input + {:.1} MiB on {over:?}:\n{report}",
        (base + SLACK) as f64 / 1048576.0
    );
}

#[test]
#[cfg_attr(miri, ignore)] // runs the binary
fn decode_peaks_at_four_times_its_input() {
    check(&["decode"], false);
}

#[test]
#[cfg_attr(miri, ignore)]
fn decode_control_peaks_at_four_times_its_input() {
    check(
        &["decode", "--control", "NETWORK_GET_COMMON_PROPERTIES"],
        false,
    );
}

#[test]
#[cfg_attr(miri, ignore)]
fn show_peaks_at_four_times_its_input() {
    // `show` refuses a list without any of the object's own properties: a tiny list with a
    // network's Role and an interface's Node comes first, and each shape's properties are printed
    // as unknown ones.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli_memory");
    std::fs::create_dir_all(&dir).unwrap();
    let name = dir.join("own.bin");
    let list = clusprop::PropertyListBuilder::new()
        .property("Role")
        .dword(1)
        .property("Node")
        .sz("node1")
        .finish()
        .unwrap();
    std::fs::write(&name, list).unwrap();
    let name = name.to_str().unwrap();
    check(&["show", "network", name], false);
    check(&["show", "netinterface", name], false);
}

#[test]
#[cfg_attr(miri, ignore)]
fn encode_peaks_at_four_times_its_input() {
    check(&["encode"], true);
    check(&["encode", "--hex"], true);
}

/// `encode --schema network-update` on JSON documents of `SIZE` bytes (written as they are
/// generated): one huge Description (ASCII, `€`, and escaped `\n`: read through a copy), one huge
/// array of one-character strings under an unknown key and under a known SZ key (both refused,
/// after the array was read), and the expected exit status of each.
fn schema_shapes() -> Vec<(&'static str, PathBuf, i32)> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli_memory");
    std::fs::create_dir_all(&dir).unwrap();
    let shapes: [(&str, &str, &[u8], &str, i32); 5] = [
        ("sz", "{\"Description\": \"", b"x", "\", \"Role\": 1}", 0),
        (
            "sz-nonascii",
            "{\"Description\": \"",
            "€".as_bytes(),
            "\"}",
            0,
        ),
        ("sz-escaped", "{\"Description\": \"", b"\\n", "\"}", 0),
        (
            "unknown-array",
            "{\"Items\": [\"x\"",
            b", \"x\"",
            "], \"Role\": 1}",
            1,
        ),
        ("array", "{\"Description\": [\"x\"", b", \"x\"", "]}", 1),
    ];
    // Objects of millions of distinct keys, at the top level and nested: their keys used to be
    // held for the duplicate check (20 times the input); now at most 64 top-level keys are.
    let mut out: Vec<(&'static str, PathBuf, i32)> = Vec::new();
    for (shape, head, tail) in [
        ("many-keys", "{", "}"),
        ("nested-keys", "{\"Role\": {", "}}"),
    ] {
        let path = dir.join(format!("schema-{shape}.json"));
        let mut file = BufWriter::new(File::create(&path).unwrap());
        file.write_all(head.as_bytes()).unwrap();
        let member = 12; // "0000000":1,
        for i in 0..(SIZE - head.len() - tail.len()) / member {
            let sep = if i == 0 { "" } else { "," };
            write!(file, "{sep}\"{i:07x}\":1").unwrap();
        }
        file.write_all(tail.as_bytes()).unwrap();
        file.into_inner().unwrap().sync_all().unwrap();
        out.push((shape, path, 1));
    }
    out.extend(shapes.into_iter().map(|(shape, head, unit, tail, code)| {
        let path = dir.join(format!("schema-{shape}.json"));
        let mut file = BufWriter::new(File::create(&path).unwrap());
        file.write_all(head.as_bytes()).unwrap();
        repeated(
            &mut file,
            unit,
            (SIZE - head.len() - tail.len()) / unit.len(),
        )
        .unwrap();
        file.write_all(tail.as_bytes()).unwrap();
        file.into_inner().unwrap().sync_all().unwrap();
        (shape, path, code)
    }));
    out
}

/// `encode --schema` reads the document a top-level value at a time, never as a whole
/// `serde_json::Value` (5.3 times a huge Description, 17 times a huge array under an unknown key).
#[test]
#[cfg_attr(miri, ignore)]
fn encode_schema_peaks_at_four_times_its_input() {
    let base = baseline();
    let mut report = String::new();
    let mut over = Vec::new();
    for (shape, input, expected) in schema_shapes() {
        let size = std::fs::metadata(&input).unwrap().len();
        let (code, peak) = peak(&["encode", "--schema", "network-update"], &input);
        assert_eq!(
            code, expected,
            "encode --schema {shape}: exit status {code}"
        );
        report += &format!(
            "  {shape:<14} input {:.1} MiB, peak {:.1} MiB, {:.2}x\n",
            size as f64 / 1048576.0,
            peak as f64 / 1048576.0,
            peak as f64 / size as f64
        );
        if peak > TIMES * size + base + SLACK {
            over.push(shape);
        }
    }
    eprintln!(
        "clusprop encode --schema network-update: baseline {:.1} MiB\n{report}",
        base as f64 / 1048576.0
    );
    assert!(
        over.is_empty(),
        "over {TIMES}x the input on {over:?}:\n{report}"
    );
}

/// `show` of a huge MULTI_SZ field of the typed properties (addresses, prefix lengths) of
/// one-character items (4 bytes each): the typed structs would hold a `Parsed` (24 bytes) and a
/// `String` per item (about 21 times the input); `show` checks such lists item by item and prints
/// them from the buffer.
#[test]
#[cfg_attr(miri, ignore)]
fn show_of_a_huge_address_list_peaks_at_four_times_its_input() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli_memory");
    std::fs::create_dir_all(&dir).unwrap();
    let base = baseline();
    let mut report = String::new();
    let mut over = Vec::new();
    for (kind, property) in [
        ("network", "IPv4Addresses"),
        ("network", "IPv6PrefixLengths"),
        ("netinterface", "IPv6Addresses"),
    ] {
        let bin = dir.join(format!("{kind}-{property}.bin"));
        let mut file = BufWriter::new(File::create(&bin).unwrap());
        one_value(&mut file, property, MULTI_SZ, b"x\0\0\0", SIZE / 4, &[0, 0]).unwrap();
        file.into_inner().unwrap().sync_all().unwrap();
        let size = std::fs::metadata(&bin).unwrap().len();
        let (code, peak) = peak(&["show", kind], &bin);
        assert_eq!(code, 0, "show {kind} {property}: exit status {code}");
        report += &format!(
            "  {kind} {property}: input {:.1} MiB, peak {:.1} MiB, {:.2}x\n",
            size as f64 / 1048576.0,
            peak as f64 / 1048576.0,
            peak as f64 / size as f64
        );
        if peak > TIMES * size + base + SLACK {
            over.push(property);
        }
    }
    eprintln!(
        "clusprop show: baseline {:.1} MiB\n{report}",
        base as f64 / 1048576.0
    );
    assert!(
        over.is_empty(),
        "over {TIMES}x the input on {over:?}:\n{report}"
    );
}
