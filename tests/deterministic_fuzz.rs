//! Deterministic fuzzing on stable, in `cargo test`: structure-aware mutations of every capture
//! and sample, generated lists (the crate's `Arbitrary` models with the `arbitrary` feature, and a
//! seeded generator of our own) and their mutations, from a fixed seed. Every input goes through
//! the crate and the reference decoder in both modes and through every invariant of
//! `tests/fuzzing/invariants.rs` (the same checks the cargo-fuzz targets run).
//!
//! More than 100 000 inputs per run, split over several tests so they run in parallel. A failing
//! input is written to `target/deterministic-fuzz-failure-*.bin` and printed in hex: add it under
//! `tests/data/regressions/` with a named test in `tests/fuzz_regressions.rs`.
//!
//! `CLUSPROP_FUZZ_SEED=<n>` runs another seed, `CLUSPROP_FUZZ_SCALE=<n>` n times the inputs.

mod common;
mod fuzzing;
mod reference;

use fuzzing::invariants;
use fuzzing::mutate::{self, Rng, Shape};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

const SEED: u64 = 0xC1A5_9509_F022_2024;

fn seed(salt: u64) -> u64 {
    let base = std::env::var("CLUSPROP_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SEED);
    base ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn scaled(n: usize) -> usize {
    let scale = std::env::var("CLUSPROP_FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    n * scale
}

/// Runs `check` on `input`; on a panic, saves the input and fails with where to find it.
fn run(label: &str, index: usize, input: &[u8], check: impl FnOnce(&[u8])) {
    if catch_unwind(AssertUnwindSafe(|| check(input))).is_err() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target");
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(format!("deterministic-fuzz-failure-{label}-{index}.bin"));
        let _ = std::fs::write(&path, input);
        panic!(
            "{label} input #{index} broke an invariant (see the panic above); saved to {}\n  hex: {}",
            path.display(),
            reference::compare::hex(input)
        );
    }
}

/// Captures, samples (the 130 KB benchmark list aside) and regressions, with their shapes.
fn bases() -> Vec<(Vec<u8>, Shape)> {
    let mut inputs: Vec<Vec<u8>> = common::CAPTURES
        .iter()
        .map(|(f, _)| common::data(f))
        .collect();
    for dir in ["samples", "regressions"] {
        let Ok(entries) = std::fs::read_dir(common::data_path(dir)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        files.sort();
        for path in files {
            if path.extension().is_some_and(|x| x == "bin") {
                let bytes = std::fs::read(&path).unwrap();
                if bytes.len() <= 16 * 1024 {
                    inputs.push(bytes);
                }
            }
        }
    }
    inputs
        .into_iter()
        .map(|b| {
            let shape = Shape::of(&b);
            (b, shape)
        })
        .collect()
}

/// Mutations of the captures and samples: each base gets its share, the smaller ones more (they
/// are cheaper and their fields are denser).
#[test]
#[cfg_attr(miri, ignore)]
fn mutated_captures_and_samples() {
    let bases = bases();
    let total = scaled(60_000);
    let mut rng = Rng::new(seed(1));
    let mut n = 0;
    while n < total {
        let (base, shape) = &bases[rng.below(bases.len())];
        // Large bases are picked less often: keep one in four of those over 1 KiB.
        if base.len() > 1024 && !rng.chance(4) {
            continue;
        }
        let input = mutate::mutate(&mut rng, base, shape, &bases);
        run("mutated", n, &input, |b| {
            invariants::property_list_bytes(b);
            if b.len() % 4 == 0 && b.len() <= 512 {
                invariants::value_list_bytes(b);
            }
        });
        n += 1;
    }
    eprintln!("mutated_captures_and_samples: {n} inputs");
    assert!(n >= 60_000);
}

/// Every truncation and every single-field edit of the smaller captures and samples, exhaustively.
#[test]
#[cfg_attr(miri, ignore)]
fn every_truncation_and_field_edit() {
    let bases = bases();
    let mut n = 0;
    for (base, shape) in bases.iter().filter(|(b, _)| b.len() <= 1024) {
        for cut in 0..base.len() {
            run(
                "truncated",
                n,
                &base[..cut],
                invariants::property_list_bytes,
            );
            n += 1;
        }
        for &(at, len) in &shape.lengths {
            let room = base.len() - at - 4;
            for v in [0, 1, 2, 3, len + 1, len.wrapping_sub(1), room, room + 1] {
                let mut m = base.clone();
                m[at..at + 4].copy_from_slice(&(v as u32).to_le_bytes());
                run("length", n, &m, invariants::property_list_bytes);
                n += 1;
            }
        }
        for &at in &shape.syntaxes {
            for &s in clusprop::mutate::SYNTAXES {
                if at + 4 > base.len() {
                    continue;
                }
                let mut m = base.clone();
                m[at..at + 4].copy_from_slice(&s.0.to_le_bytes());
                run("syntax", n, &m, invariants::property_list_bytes);
                n += 1;
            }
        }
    }
    eprintln!("every_truncation_and_field_edit: {n} inputs");
    assert!(n >= 10_000, "{n}");
}

/// Lists from the seeded generator: round trips, then mutations of their bytes.
#[test]
#[cfg_attr(miri, ignore)]
fn generated_lists_and_their_mutations() {
    let mut rng = Rng::new(seed(2));
    let donors = bases();
    let total = scaled(15_000);
    for i in 0..total {
        let list = mutate::list(&mut rng, 2);
        let bytes = list.to_bytes().expect("generated lists encode");
        run("generated", i, &bytes, |b| {
            invariants::owned_round_trip(&list);
            invariants::property_list_bytes(b);
        });
        let shape = Shape::of(&bytes);
        let input = mutate::mutate(&mut rng, &bytes, &shape, &donors);
        run(
            "generated-mutated",
            i,
            &input,
            invariants::property_list_bytes,
        );

        let values = mutate::value_list(&mut rng, 2);
        let bytes = values.to_bytes().expect("generated value lists encode");
        run("generated-values", i, &bytes, |b| {
            invariants::owned_value_list_round_trip(&values);
            invariants::value_list_bytes(b);
        });
        let shape = Shape::of(&bytes);
        let input = mutate::mutate(&mut rng, &bytes, &shape, &donors);
        run(
            "generated-values-mutated",
            i,
            &input,
            invariants::value_list_bytes,
        );
    }
    eprintln!("generated_lists_and_their_mutations: {} inputs", 4 * total);
}

/// The crate's own `Arbitrary` models from random bytes: round trips, then mutations.
#[cfg(feature = "arbitrary")]
#[test]
#[cfg_attr(miri, ignore)]
fn arbitrary_models_and_their_mutations() {
    use arbitrary::{Arbitrary, Unstructured};
    use clusprop::{OwnedPropertyList, OwnedValueList};

    let mut rng = Rng::new(seed(3));
    let donors = bases();
    let total = scaled(10_000);
    let mut n = 0;
    for i in 0..total {
        let size = 8 + rng.below(400);
        let raw = rng.bytes(size);
        let mut u = Unstructured::new(&raw);
        if let Ok(list) = OwnedPropertyList::arbitrary(&mut u) {
            let bytes = list.to_bytes().expect("generated lists encode");
            run("arbitrary", i, &bytes, |b| {
                invariants::owned_round_trip(&list);
                invariants::property_list_bytes(b);
            });
            let shape = Shape::of(&bytes);
            let input = mutate::mutate(&mut rng, &bytes, &shape, &donors);
            run(
                "arbitrary-mutated",
                i,
                &input,
                invariants::property_list_bytes,
            );
            n += 2;
        }
        let mut u = Unstructured::new(&raw);
        if let Ok(list) = OwnedValueList::arbitrary(&mut u) {
            let bytes = list.to_bytes().expect("generated value lists encode");
            run("arbitrary-values", i, &bytes, |b| {
                invariants::owned_value_list_round_trip(&list);
                invariants::value_list_bytes(b);
            });
            n += 1;
        }
    }
    eprintln!("arbitrary_models_and_their_mutations: {n} inputs");
    assert!(n >= total * 2, "{n}");
}

/// Random bytes, and random control codes with random outputs.
#[test]
#[cfg_attr(miri, ignore)]
fn random_bytes_and_control_outputs() {
    use clusprop::control::ControlCode;
    let mut rng = Rng::new(seed(4));
    let total = scaled(10_000);
    for i in 0..total {
        let n = rng.below(64);
        let mut input = rng.bytes(n);
        // Small counts and plausible syntaxes make random bytes go further.
        if input.len() >= 4 && rng.chance(2) {
            input[..4].copy_from_slice(&(rng.below(3) as u32).to_le_bytes());
        }
        run("random", i, &input, |b| {
            invariants::property_list_bytes(b);
            invariants::value_list_bytes(b);
        });
        let code = if rng.chance(2) {
            ControlCode::ALL[rng.below(ControlCode::ALL.len())].0
        } else {
            ControlCode(rng.next_u64() as u32)
        };
        run("control", i, &input, |b| {
            invariants::control_output(code, b)
        });
    }
    eprintln!("random_bytes_and_control_outputs: {} inputs", 2 * total);
}

/// Writes the seed corpora of the cargo-fuzz targets into `fuzz/seeds/<target>/`: the captures,
/// the samples (valid and malformed), the regressions and generated lists for the parse targets;
/// the same buffers behind their control codes for `control_output`; random bytes for
/// `round_trip` (whose input is read by `Arbitrary`). Run by hand after changing the generators:
/// `cargo test --all-features --test deterministic_fuzz -- --ignored write_fuzz_seeds`.
#[cfg(feature = "arbitrary")]
#[test]
#[ignore = "writes fuzz/seeds; run by hand"]
fn write_fuzz_seeds() {
    use arbitrary::{Arbitrary, Unstructured};
    use clusprop::control::ControlCode;

    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let write = |target: &str, name: &str, bytes: &[u8]| {
        let dir = root.join(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), bytes).unwrap();
    };
    let mut rng = Rng::new(seed(5));

    // Property lists: every capture, sample (the benchmark list aside) and regression, and
    // generated lists with nesting.
    let mut lists: Vec<(String, Vec<u8>)> = Vec::new();
    for dir in [".", "samples", "regressions"] {
        let Ok(entries) = std::fs::read_dir(common::data_path(dir)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".bin") && !name.starts_with("large_") {
                lists.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    for i in 0..24 {
        let list = mutate::list(&mut rng, 1 + (i % 3));
        lists.push((format!("generated-{i:02}.bin"), list.to_bytes().unwrap()));
    }
    for (name, bytes) in &lists {
        write("parse_property_list", name, bytes);
    }

    // Value lists: generated ones, nested ones.
    for i in 0..24 {
        let list = mutate::value_list(&mut rng, 1 + (i % 3));
        write(
            "parse_value_list",
            &format!("generated-{i:02}.bin"),
            &list.to_bytes().unwrap(),
        );
    }

    // Control outputs: (u32 code, bool, bytes) as `Arbitrary` reads them.
    let seed_for = |code: ControlCode, data: &[u8]| {
        let mut bytes = code.0.to_le_bytes().to_vec();
        bytes.push(0);
        bytes.extend_from_slice(data);
        let u = Unstructured::new(&bytes);
        let (raw, named, rest) = <(u32, bool, &[u8])>::arbitrary_take_rest(u).unwrap();
        assert_eq!(
            (raw, named, rest),
            (code.0, false, data),
            "Arbitrary's layout"
        );
        bytes
    };
    let name = [b'L', 0, b'A', 0, b'N', 0, 0, 0];
    let names = [
        b'R', 0, b'o', 0, b'l', 0, b'e', 0, 0, 0, b'M', 0, 0, 0, 0, 0,
    ];
    let outputs: Vec<(&str, ControlCode, Vec<u8>)> = vec![
        ("get-name", ControlCode::NETWORK_GET_NAME, name.to_vec()),
        (
            "netinterface-get-node",
            ControlCode::NETINTERFACE_GET_NODE,
            name.to_vec(),
        ),
        (
            "enum-common",
            ControlCode::NETWORK_ENUM_COMMON_PROPERTIES,
            names.to_vec(),
        ),
        (
            "get-flags",
            ControlCode::NETWORK_GET_FLAGS,
            vec![1, 0, 0, 0],
        ),
        (
            "get-characteristics",
            ControlCode::NETINTERFACE_GET_CHARACTERISTICS,
            vec![0; 4],
        ),
        (
            "set-common",
            ControlCode::NETWORK_SET_COMMON_PROPERTIES,
            vec![],
        ),
    ];
    for (label, code, data) in &outputs {
        write(
            "control_output",
            &format!("{label}.bin"),
            &seed_for(*code, data),
        );
    }
    for (name, bytes) in lists.iter().filter(|(n, _)| !n.starts_with("generated")) {
        let code = if name.contains("netinterface") {
            ControlCode::NETINTERFACE_GET_RO_COMMON_PROPERTIES
        } else {
            ControlCode::NETWORK_GET_COMMON_PROPERTIES
        };
        write("control_output", name, &seed_for(code, bytes));
    }

    // Round trip: random bytes of several sizes, each a different generated model.
    for i in 0..32 {
        let n = 16 << (i % 5);
        write("round_trip", &format!("random-{i:02}.bin"), &rng.bytes(n));
    }
}
