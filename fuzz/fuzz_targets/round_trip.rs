//! Generated owned property lists: encode, parse strictly, and get the same list back; the
//! measured length, the slice writer and the `Vec` writer agree to the byte.
#![no_main]

mod common;

use clusprop::{BuildError, OwnedPropertyList, PropertyList};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|list: OwnedPropertyList| {
    let bytes = list.to_bytes().expect("generated lists encode");
    let len = list.encoded_len().expect("generated lists measure");
    assert_eq!(len, bytes.len(), "encoded_len differs from to_bytes");

    let parsed = PropertyList::parse(&bytes).expect("an encoded list parses strictly");
    assert_eq!(parsed.into_owned(), list, "round trip changed the list");
    assert!(
        parsed.is_canonical(),
        "the builder wrote a non-canonical list"
    );
    assert_eq!(parsed.has_trailing_end_mark(), list.trailing_end_mark);
    common::walk_property_list(&parsed);

    // Into a caller's buffer of exactly the right size: the same bytes.
    let mut exact = vec![0xAA; len];
    assert_eq!(list.write_to(&mut exact), Ok(len));
    assert_eq!(exact, bytes, "write_to differs from to_bytes");

    // One byte short: the exact length needed.
    let mut short = vec![0u8; len - 1];
    match list.write_to(&mut short) {
        Err(BuildError::BufferTooSmall { needed, available }) => {
            assert_eq!((needed, available), (len, len - 1));
        }
        other => panic!("a buffer one byte short gave {other:?}"),
    }
});
