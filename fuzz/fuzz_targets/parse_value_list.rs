//! Arbitrary bytes as a standalone value list, strict and lenient, through every invariant of
//! `tests/fuzzing/invariants.rs` (differential against the reference decoder, errors, walk,
//! strict ⇒ lenient, rebuild, canonical bytes, sampled JSON round trip).
#![no_main]

#[path = "../../tests/fuzzing/mod.rs"]
mod fuzzing;
#[path = "../../tests/reference/mod.rs"]
mod reference;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| fuzzing::invariants::value_list_bytes(data));
