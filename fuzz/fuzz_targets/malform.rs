//! Any bytes that parse strictly (as a property list, and as a value list) malformed by every
//! class of `clusprop::malform` at every target it applies to: the predicted labels are exactly
//! what the strict and lenient parsers say of the malformed bytes, so no label drifts from the
//! parser on any valid list the fuzzer reaches. Large lists are sampled: at most 64 targets per
//! class.
#![no_main]

use clusprop::malform::{self, Class, ListKind};
use clusprop::{Mode, PropertyList, ValueList};
use libfuzzer_sys::fuzz_target;

fn check(kind: ListKind, bytes: &[u8]) {
    for &class in Class::ALL {
        for target in malform::targets(kind, bytes, class).into_iter().take(64) {
            let m = malform::malform(kind, bytes, class, target).expect("a target applies");
            for mode in [Mode::Strict, Mode::Lenient] {
                let found = match kind {
                    ListKind::PropertyList => PropertyList::parse_with(&m.bytes, mode).err(),
                    _ => ValueList::parse_with(&m.bytes, mode).err(),
                };
                assert_eq!(
                    found.as_ref(),
                    m.expected(mode),
                    "{class} at entry {target}, {mode}: {bytes:02x?}"
                );
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if PropertyList::parse(data).is_ok() {
        check(ListKind::PropertyList, data);
    }
    if ValueList::parse(data).is_ok() {
        check(ListKind::ValueList, data);
    }
});
