//! A fixed number of runs of one operation, for instruction counts under `valgrind --tool=callgrind`
//! (which counts instructions, not seconds: the same figure on a busy machine as on an idle one).
//! No warm-up by time and no timing loop, so the count is exactly repeatable.
//!
//! ```sh
//! cargo bench --bench instructions --no-run        # prints the executable's path
//! valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \
//!     target/release/deps/instructions-HASH walk tests/data/samples/network_common.listend.bin 10000
//! ```
//!
//! Divide callgrind's `Collected` by the number of runs (the program's own start-up adds about
//! 0.3 million instructions in all). Operations: `parse` (strict), `walk` (strict parse + every name
//! and every value decoded, as the criterion `parse_walk`), `owned` (strict parse + `into_owned`,
//! dropped), `encode` (`write_to` a preallocated buffer), `json` (strict parse + canonical JSON by
//! `serde_json::to_writer`, the baseline) and `json_write` (strict parse + the same JSON by the
//! library's writer, `PropertyList::write_json`) and `json_one_pass` (parse and JSON in one
//! pass, `json::property_list_json`).
//! Without arguments (as `cargo bench` runs it) it runs each operation 1 000 times on the network
//! list and prints nothing but a checksum.

mod common;
mod naive;

use clusprop::{Mode, PropertyList};
use common::{visit_walk, walk};
use std::hint::black_box;

fn run(op: &str, bytes: &[u8], runs: u64) -> Result<u64, String> {
    let list = PropertyList::parse(bytes).map_err(|e| e.to_string())?;
    let owned = list.into_owned();
    let mut out = vec![0u8; owned.encoded_len().map_err(|e| e.to_string())?];
    let mut json = Vec::new();
    let mut sum = 0u64;
    for _ in 0..runs {
        sum = sum.wrapping_add(match op {
            "parse" => PropertyList::parse(black_box(bytes)).map_or(0, |l| l.len() as u64),
            "walk" => PropertyList::parse(black_box(bytes)).map_or(0, |l| {
                walk(&l);
                1
            }),
            "visit" => visit_walk(black_box(bytes)).map_or(0, |l| l.len() as u64),
            "owned" => PropertyList::parse(black_box(bytes))
                .map_or(0, |l| black_box(l.into_owned()).properties.len() as u64),
            "encode" => black_box(&owned).write_to(&mut out).unwrap_or(0) as u64,
            "json" => {
                json.clear();
                PropertyList::parse(black_box(bytes)).map_or(0, |l| {
                    serde_json::to_writer(&mut json, &l).map_or(0, |()| json.len() as u64)
                })
            }
            "json_write" => {
                json.clear();
                PropertyList::parse(black_box(bytes)).map_or(0, |l| {
                    l.write_json(&mut json);
                    json.len() as u64
                })
            }
            "json_one_pass" => {
                json.clear();
                clusprop::json::property_list_json(black_box(bytes), Mode::Strict, &mut json)
                    .map_or(0, |_| json.len() as u64)
            }
            other => return Err(format!("unknown operation {other:?}")),
        });
    }
    Ok(sum)
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    if let [op, file, runs] = args.as_slice() {
        let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
        let runs = runs.parse().map_err(|e| format!("{runs}: {e}"))?;
        println!("{}", run(op, &bytes, runs)?);
        return Ok(());
    }
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/samples/network_common.listend.bin"
    );
    let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
    let mut sum = 0u64;
    for op in [
        "parse",
        "walk",
        "owned",
        "encode",
        "json",
        "json_write",
        "json_one_pass",
    ] {
        sum = sum.wrapping_add(run(op, &bytes, 1000)?);
    }
    println!("instructions: checksum {sum} (usage: OPERATION FILE RUNS, see the source)");
    Ok(())
}
