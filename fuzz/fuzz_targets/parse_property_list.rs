//! Arbitrary bytes as a property list, strict and lenient, through every invariant of
//! `tests/fuzzing/invariants.rs`: the crate and the reference decoder agree (content or error and
//! offset); errors stay inside the buffer and name their offset; everything is walked (every
//! value's decoded form, nested lists, lookups); what strict mode accepts, lenient mode accepts with
//! the same content; a strict list rebuilds and reads back the same, canonical ones to the same
//! bytes; the JSON (sampled) is the same for the view and the owned copy and reads back losslessly.
#![no_main]

#[path = "../../tests/fuzzing/mod.rs"]
mod fuzzing;
#[path = "../../tests/reference/mod.rs"]
mod reference;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| fuzzing::invariants::property_list_bytes(data));
