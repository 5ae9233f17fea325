//! An arbitrary control code and output buffer through the per-control decoder, strict and
//! lenient: never a panic; every decoded form is walked; property-list outputs are the lists the
//! plain parser reads; typed network properties either read or name the property.
#![no_main]

#[path = "../../tests/fuzzing/mod.rs"]
mod fuzzing;
#[path = "../../tests/reference/mod.rs"]
mod reference;

use clusprop::control::ControlCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u32, bool, &[u8])| {
    let (raw, pick_named, data) = input;
    // Half the time a named network / interface code, so that the decoders are reached often.
    let code = if pick_named {
        let all = ControlCode::ALL;
        all[raw as usize % all.len()].0
    } else {
        ControlCode(raw)
    };
    fuzzing::invariants::control_output(code, data);
});
