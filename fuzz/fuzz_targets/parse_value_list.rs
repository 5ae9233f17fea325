//! Arbitrary bytes as a standalone value list, strict and lenient: walk everything, and check that
//! what parses strictly rebuilds to the same content (and to the same bytes when canonical).
#![no_main]

mod common;

use clusprop::{Mode, ValueList};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let strict = ValueList::parse(data);
    let lenient = ValueList::parse_lenient(data);
    assert_eq!(
        ValueList::parse_with(data, Mode::Strict).is_ok(),
        strict.is_ok()
    );

    if let Ok(list) = &lenient {
        common::walk_value_list(list);
        common::rebuild_value_list(&list.into_owned(), Mode::Lenient);
    }

    match strict {
        Ok(list) => {
            common::walk_value_list(&list);
            let owned = list.into_owned();
            let bytes = common::rebuild_value_list(&owned, Mode::Strict);
            if list.is_canonical() {
                assert_eq!(bytes, data, "a canonical list rebuilt to other bytes");
            }
            let lenient = lenient
                .as_ref()
                .expect("lenient accepts what strict accepts");
            assert_eq!(lenient.into_owned(), owned);
        }
        Err(e) => {
            assert!(e.offset() <= data.len(), "{e}: offset past the end");
            let message = e.to_string();
            assert!(
                message.contains(&format!("at offset {}", e.offset())),
                "{message}"
            );
        }
    }
    if let Err(e) = &lenient {
        assert!(e.offset() <= data.len(), "{e}: offset past the end");
    }
});
