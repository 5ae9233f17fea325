//! Arbitrary bytes dissected (`clusprop::dissect`) as a property list, a value list and value
//! lists, strict and lenient: the dissection's error is exactly the parser's, its entries follow
//! each other from offset 0 (to the end of a buffer that parses, to at most the error's offset of
//! one that does not), they are the parsed list's entries, and nested lists fill their values'
//! data (`check_dissections` in tests/common). The first byte also picks a control code whose
//! output the rest is: its dissection agrees with `decode_output_with`. The JSON always
//! serializes.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use clusprop::control::{ControlCode, OutputError};
use clusprop::dissect::{dissect_control_output, dissect_property_list};
use clusprop::Mode;
use libfuzzer_sys::fuzz_target;

/// A code of each output shape.
const CODES: &[ControlCode] = &[
    ControlCode::NETWORK_GET_COMMON_PROPERTIES,
    ControlCode::RESOURCE_GET_REQUIRED_DEPENDENCIES,
    ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS,
    ControlCode::NETWORK_GET_FLAGS,
    ControlCode::NETWORK_GET_NAME,
    ControlCode::NETWORK_ENUM_COMMON_PROPERTIES,
    ControlCode::RESOURCE_GET_CLASS_INFO,
    ControlCode::RESOURCE_GET_STATE_CHANGE_TIME,
    ControlCode::RESOURCE_QUERY_MAINTENANCE_MODE,
    ControlCode::NETWORK_SET_COMMON_PROPERTIES,
    ControlCode::CLUSTER_GET_CLUSDB_TIMESTAMP,
];

fuzz_target!(|data: &[u8]| {
    for mode in [Mode::Strict, Mode::Lenient] {
        common::check_dissections(data, mode);
        serde_json::to_string(&dissect_property_list(data, mode)).expect("the JSON serializes");
    }
    let Some((&pick, output)) = data.split_first() else {
        return;
    };
    let code = CODES[usize::from(pick) % CODES.len()];
    for mode in [Mode::Strict, Mode::Lenient] {
        match (
            code.decode_output_with(output, mode),
            dissect_control_output(code, output, mode),
        ) {
            (Ok(_), Ok(d)) => assert!(d.is_ok() && d.end() == output.len(), "{code}"),
            (Err(OutputError::Parse { error, .. }), Ok(d)) => {
                assert_eq!(d.error, Some(error), "{code}");
            }
            (Err(e), Err(d)) => assert_eq!(e, d),
            (decoded, dissected) => panic!("{code}: {decoded:?} / {dissected:?}"),
        }
    }
});
