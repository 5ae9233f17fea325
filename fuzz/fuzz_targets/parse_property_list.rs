//! Arbitrary bytes as a property list, strict and lenient: walk everything, and check that what
//! parses strictly rebuilds to the same content (and to the same bytes when canonical).
#![no_main]

mod common;

use clusprop::{Mode, PropertyList};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let strict = PropertyList::parse(data);
    let lenient = PropertyList::parse_lenient(data);
    assert_eq!(
        PropertyList::parse_with(data, Mode::Strict).is_ok(),
        strict.is_ok()
    );

    if let Ok(list) = &lenient {
        common::walk_property_list(list);
        let owned = list.into_owned();
        common::rebuild_property_list(&owned, Mode::Lenient);
    }

    match strict {
        Ok(list) => {
            common::walk_property_list(&list);
            let owned = list.into_owned();
            let bytes =
                common::rebuild_property_list(&owned, Mode::Strict).expect("a strict list encodes");
            if list.is_canonical() {
                assert_eq!(bytes, data, "a canonical list rebuilt to other bytes");
            }
            // Whatever strict mode accepts, lenient mode accepts, with the same content.
            let lenient = lenient
                .as_ref()
                .expect("lenient accepts what strict accepts");
            assert_eq!(lenient.into_owned(), owned);
            assert_eq!(
                lenient.has_trailing_end_mark(),
                list.has_trailing_end_mark()
            );
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
