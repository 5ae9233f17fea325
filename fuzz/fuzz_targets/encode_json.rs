//! The write side from JSON (what `clusprop encode` does): arbitrary text read as the canonical
//! JSON of a property list and of a value list; whatever reads and encodes must be bytes the
//! parser of the same mode (strict for `to_bytes`, lenient for `to_bytes_with(Mode::Lenient)`)
//! accepts, with the same content. A refusal (bad JSON, a value the format cannot
//! hold) is fine; writing what the parser rejects is the bug this target looks for.
#![no_main]

use clusprop::{Mode, OwnedPropertyList, OwnedValueList, PropertyList, ValueList};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = core::str::from_utf8(data) else {
        return;
    };
    // Strict (`encode`) and lenient (`encode --lenient`): what each writes, the parser of the
    // same mode reads back to the same list.
    for mode in [Mode::Strict, Mode::Lenient] {
        if let Ok(list) = serde_json::from_str::<OwnedPropertyList>(text) {
            if let Ok(bytes) = list.to_bytes_with(mode) {
                assert_eq!(list.encoded_len_with(mode), Ok(bytes.len()));
                let parsed = PropertyList::parse_with(&bytes, mode).unwrap_or_else(|e| {
                    panic!("{mode:?}: encoded a property list the parser rejects: {e}\n{text}")
                });
                assert_eq!(parsed.into_owned(), list, "{mode:?}: the content changed: {text}");
            }
        }
        if let Ok(list) = serde_json::from_str::<OwnedValueList>(text) {
            if let Ok(bytes) = list.to_bytes_with(mode) {
                let parsed = ValueList::parse_with(&bytes, mode).unwrap_or_else(|e| {
                    panic!("{mode:?}: encoded a value list the parser rejects: {e}\n{text}")
                });
                assert_eq!(parsed.into_owned(), list, "{mode:?}: the content changed: {text}");
            }
        }
    }
});
