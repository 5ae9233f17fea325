//! The fuzzing harness shared by `tests/deterministic_fuzz.rs`, `tests/fuzz_regressions.rs`,
//! `tests/differential.rs` and the cargo-fuzz targets in `fuzz/` (which include this folder by
//! path), so that every engine checks exactly the same invariants:
//!
//! * [`invariants`]: what must hold for any input (never a panic, errors inside the buffer and
//!   named in their message, strict ⇒ lenient with the same content, strict ⇒ the rebuilt list
//!   reads back the same, canonical ⇒ the same bytes, the view and the owned model agree, the JSON
//!   is lossless, and the crate agrees with the reference decoder in `tests/reference`);
//! * [`json_back`]: the canonical JSON read back into the owned model;
//! * [`mutate`]: structure-aware mutations and a seeded generator for the deterministic fuzzer.
//!
//! The including crate must also declare the reference decoder as `mod reference` at its root.
#![allow(dead_code)]

pub mod invariants;
pub mod json_back;
pub mod mutate;
