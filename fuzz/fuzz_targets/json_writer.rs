//! Arbitrary bytes read as a property list and as a value list, strictly and leniently: for each
//! reading, and for its owned list, the library's JSON writer (`write_json`,
//! `write_json_pretty`) writes byte for byte what serde_json writes of the `Serialize` impls
//! (`to_vec`, `to_vec_pretty`).
#![no_main]

use clusprop::{Mode, PropertyList, ValueList};
use libfuzzer_sys::fuzz_target;

/// Asserts the writer's compact and pretty JSON of `$list` are serde_json's.
macro_rules! same {
    ($list:expr, $what:literal) => {{
        let list = &$list;
        let mut compact = Vec::new();
        list.write_json(&mut compact);
        assert_eq!(
            compact,
            serde_json::to_vec(list).expect("serializes"),
            "{} (compact)",
            $what
        );
        let mut pretty = Vec::new();
        list.write_json_pretty(&mut pretty);
        assert_eq!(
            pretty,
            serde_json::to_vec_pretty(list).expect("serializes"),
            "{} (pretty)",
            $what
        );
    }};
}

fuzz_target!(|data: &[u8]| {
    for mode in [Mode::Strict, Mode::Lenient] {
        if let Ok(list) = PropertyList::parse_with(data, mode) {
            same!(list, "property list");
            same!(list.into_owned(), "owned property list");
        }
        if let Ok(list) = ValueList::parse_with(data, mode) {
            same!(list, "value list");
            same!(list.into_owned(), "owned value list");
        }
    }
});
