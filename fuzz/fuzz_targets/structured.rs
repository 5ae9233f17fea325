//! `parse_property_list`'s invariants (every check of `tests/fuzzing/invariants.rs`, as a
//! property list) with the crate's structure-aware mutator in place of libFuzzer's byte
//! mutations: the example of `clusprop::mutate` in a cargo-fuzz target (FUZZING.md, "A
//! structure-aware mutator for your fuzz targets", which also measures what it buys).
//!
//! Three mutations in four are `clusprop::mutate::mutate` (structural edits of the list, or raw
//! edits of its counts, lengths and syntax words; byte mutations when the input reads as no
//! list); the fourth is libFuzzer's own (`fuzzer_mutate`), which keeps the dictionary and
//! libFuzzer's comparison tracing at work. Cross-over mixes the properties of two inputs
//! (`clusprop::mutate::crossover`).
#![no_main]

#[path = "../../tests/fuzzing/mod.rs"]
mod fuzzing;
#[path = "../../tests/reference/mod.rs"]
mod reference;

use libfuzzer_sys::{fuzz_crossover, fuzz_mutator, fuzz_target, fuzzer_mutate};

fuzz_target!(|data: &[u8]| fuzzing::invariants::property_list_bytes(data));

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    if seed % 4 == 0 {
        fuzzer_mutate(data, size, max_size)
    } else {
        clusprop::mutate::mutate(data, size, max_size, seed)
    }
});

fuzz_crossover!(|a: &[u8], b: &[u8], out: &mut [u8], seed: u32| {
    clusprop::mutate::crossover(a, b, out, seed)
});
