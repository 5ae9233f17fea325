//! Cost per property from 10 to 100 000 properties, measured *interleaved*: every round times
//! every operation on every size of the generated series (`common::generated`), and each figure
//! is the fastest round. Noise from other work on the machine only ever adds time, and
//! interleaving spreads it over all sizes alike, so this is the figure to judge flatness by on a
//! shared machine (criterion's suites measure one benchmark after another, minutes apart).
//!
//! ```text
//! cargo bench --bench flatness              # about half a minute
//! cargo bench --bench flatness -- 31        # more rounds (default 15)
//! cargo bench -- flatness                   # this suite only (other filters skip it)
//! ```
//!
//! Prints a Markdown table: nanoseconds per property for each operation and size, and the spread
//! (slowest ÷ fastest − 1) from 10 to 100 000 properties, which the target wants within 25 %.

mod common;
mod naive;

use clusprop::{OwnedPropertyList, PropertyList};
use std::hint::black_box;
use std::time::{Duration, Instant};

const SIZES: &[usize] = &[10, 100, 1_000, 10_000, 100_000];
/// Each timed batch runs at least this long.
const BATCH: Duration = Duration::from_millis(4);

/// An input and what the operations need besides its bytes.
struct Case {
    bytes: Vec<u8>,
    owned: OwnedPropertyList,
    last: String,
}

type Op = fn(&Case, &mut Vec<u8>);

const OPS: &[(&str, Op)] = &[
    ("copy", |case, out| {
        out[..case.bytes.len()].copy_from_slice(black_box(&case.bytes));
        black_box(&mut *out);
    }),
    ("naive", |case, _| {
        black_box(naive::decode(black_box(&case.bytes)).expect("naive decode"));
    }),
    ("parse_walk", |case, _| {
        common::walk(&PropertyList::parse(black_box(&case.bytes)).expect("strict parse"));
    }),
    ("visit_walk", |case, _| {
        black_box(common::visit_walk(black_box(&case.bytes)).expect("strict parse"));
    }),
    ("strict", |case, _| {
        black_box(PropertyList::parse(black_box(&case.bytes)).expect("strict parse"));
    }),
    ("lenient", |case, _| {
        black_box(PropertyList::parse_lenient(black_box(&case.bytes)).expect("lenient parse"));
    }),
    ("get", |case, _| {
        // Parsing is part of it here (a lookup in a list just received): subtract `strict`.
        let list = PropertyList::parse(black_box(&case.bytes)).expect("strict parse");
        black_box(list.get(black_box(&case.last)).map(|p| p.offset()));
    }),
    ("owned", |case, _| {
        black_box(
            PropertyList::parse(black_box(&case.bytes))
                .expect("strict parse")
                .into_owned(),
        );
    }),
    ("build_slice", |case, out| {
        black_box(black_box(&case.owned).write_to(out).expect("encode"));
    }),
    ("json", |case, out| {
        out.clear();
        let list = PropertyList::parse(black_box(&case.bytes)).expect("strict parse");
        serde_json::to_writer(&mut *out, &list).expect("JSON");
        black_box(out.len());
    }),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `cargo test --benches` runs this without `--bench`, in a debug build: only a smoke test.
    let smoke = !args.iter().any(|arg| arg == "--bench");
    let sizes = if smoke { &SIZES[..2] } else { SIZES };
    let rounds: usize = if smoke {
        1
    } else {
        args.iter().find_map(|arg| arg.parse().ok()).unwrap_or(15)
    };
    // `cargo bench -- FILTER` passes FILTER to every suite: run only if it names this one.
    let filters: Vec<&String> = args
        .iter()
        .filter(|arg| !arg.starts_with('-') && arg.parse::<usize>().is_err())
        .collect();
    if !filters.is_empty() && !filters.iter().any(|f| "flatness".contains(f.as_str())) {
        return;
    }
    let inputs: Vec<Case> = sizes
        .iter()
        .map(|&n| {
            let bytes = common::generated(n);
            let owned = PropertyList::parse(&bytes)
                .expect("strict parse")
                .into_owned();
            let last = owned.properties.last().map(|p| p.name.to_string());
            Case {
                bytes,
                owned,
                last: last.unwrap_or_default(),
            }
        })
        .collect();
    let largest = inputs
        .iter()
        .map(|case| case.bytes.len())
        .max()
        .unwrap_or(0);
    let mut out = vec![0u8; largest * 4];

    // Calibration: iterations per batch for each (operation, size).
    let iterations: Vec<Vec<u64>> = OPS
        .iter()
        .map(|(_, op)| {
            inputs
                .iter()
                .map(|case| {
                    let start = Instant::now();
                    let mut n = 0u64;
                    while start.elapsed() < BATCH {
                        op(case, &mut out);
                        n += 1;
                    }
                    n
                })
                .collect()
        })
        .collect();

    // Interleaved rounds; the fastest batch per (operation, size).
    let mut best = vec![vec![f64::INFINITY; sizes.len()]; OPS.len()];
    for _ in 0..rounds {
        for (o, (_, op)) in OPS.iter().enumerate() {
            for (s, case) in inputs.iter().enumerate() {
                let n = iterations[o][s];
                let start = Instant::now();
                for _ in 0..n {
                    op(case, &mut out);
                }
                let per_property = start.elapsed().as_nanos() as f64 / n as f64 / sizes[s] as f64;
                best[o][s] = best[o][s].min(per_property);
            }
        }
    }

    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "Nanoseconds per property, fastest of {rounds} interleaved rounds (load average: {}).\n",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    print!("| operation |");
    for n in sizes {
        print!(" {n} |");
    }
    println!(" spread | within 25 %? |");
    println!("|---|{}--:|:-:|", "--:|".repeat(sizes.len()));
    for ((name, _), row) in OPS.iter().zip(&best) {
        let (min, max) = row
            .iter()
            .fold((f64::INFINITY, 0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        let spread = max / min - 1.0;
        print!("| `{name}` |");
        for x in row {
            print!(" {x:.1} |");
        }
        let verdict = if spread <= 0.25 { "yes" } else { "**no**" };
        println!(" {:.0} % | {verdict} |", spread * 100.0);
    }
    let at_largest = |name: &str| {
        OPS.iter()
            .position(|(n, _)| *n == name)
            .and_then(|o| best[o].last().copied())
            .unwrap_or(f64::NAN)
    };
    let copy = at_largest("copy");
    println!(
        "\nAt {} properties ({largest} bytes), time ÷ copy: strict {:.2}×, lenient {:.2}×, \
         parse_walk {:.2}× (the target wants strict within 3×).",
        sizes[sizes.len() - 1],
        at_largest("strict") / copy,
        at_largest("lenient") / copy,
        at_largest("parse_walk") / copy,
    );
    println!(
        "Bytes per property: {}.",
        sizes
            .iter()
            .zip(&inputs)
            .map(|(n, case)| format!("{:.1}", case.bytes.len() as f64 / *n as f64))
            .collect::<Vec<_>>()
            .join(", ")
    );
}
