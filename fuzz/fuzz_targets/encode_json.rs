//! The write side from JSON (what `clusprop encode` does): arbitrary text read as the canonical
//! JSON of a property list and of a value list; whatever reads and encodes must be bytes the
//! strict parser accepts, with the same content. A refusal (bad JSON, a value the format cannot
//! hold) is fine; writing what the parser rejects is the bug this target looks for.
#![no_main]

use clusprop::{OwnedPropertyList, OwnedValueList, PropertyList, ValueList};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = core::str::from_utf8(data) else {
        return;
    };
    if let Ok(list) = serde_json::from_str::<OwnedPropertyList>(text) {
        if let Ok(bytes) = list.to_bytes() {
            let parsed = PropertyList::parse(&bytes).unwrap_or_else(|e| {
                panic!("encoded a property list the parser rejects: {e}\n{text}")
            });
            assert_eq!(parsed.into_owned(), list, "the content changed: {text}");
        }
    }
    if let Ok(list) = serde_json::from_str::<OwnedValueList>(text) {
        if let Ok(bytes) = list.to_bytes() {
            let parsed = ValueList::parse(&bytes)
                .unwrap_or_else(|e| panic!("encoded a value list the parser rejects: {e}\n{text}"));
            assert_eq!(parsed.into_owned(), list, "the content changed: {text}");
        }
    }
});
