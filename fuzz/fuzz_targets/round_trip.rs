//! Generated owned lists (the crate's `Arbitrary` models): encode, measure, write into a slice
//! (exact and one byte short), parse strictly back to the same list, canonical; through the JSON
//! and back to the same list; then the encoded bytes through every parse invariant.
#![no_main]

#[path = "../../tests/fuzzing/mod.rs"]
mod fuzzing;
#[path = "../../tests/reference/mod.rs"]
mod reference;

use clusprop::{OwnedPropertyList, OwnedValueList};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (OwnedPropertyList, OwnedValueList)| {
    fuzzing::invariants::owned_round_trip(&input.0);
    fuzzing::invariants::owned_value_list_round_trip(&input.1);
});
