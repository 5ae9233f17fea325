//! Every input a fuzzer (cargo-fuzz, the deterministic fuzzer, the differential test) ever found
//! to break something, with its bytes in `tests/data/regressions/` and a named test saying what
//! broke and what must hold now. All of them also go through every invariant of
//! `tests/fuzzing/invariants.rs`, and they seed both fuzzers.
//!
//! To add one: save the crashing input as `tests/data/regressions/<what-it-is>.bin`, add a test
//! below named after what broke, and copy the file into `fuzz/seeds/<target>/`.

mod common;
mod fuzzing;
mod reference;

use clusprop::{Mode, ParseError, PropertyList, Syntax, ValueList};
use fuzzing::invariants;

fn regression(name: &str) -> Vec<u8> {
    common::data(&format!("regressions/{name}.bin"))
}

/// Every file in `tests/data/regressions/`, as a property list and as a value list.
#[test]
fn every_regression_input_holds_every_invariant() {
    let dir = common::data_path("regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "bin") {
            let bytes = std::fs::read(&path).unwrap();
            invariants::property_list_bytes_with(&bytes, true);
            invariants::value_list_bytes_with(&bytes, true);
            n += 1;
        }
    }
    assert!(n > 0);
}

/// Found by the differential test (the reference decoder followed the rules as `Mode` documented
/// them). A value of type 0xFFFF (`CLUSPROP_TYPE_UNKNOWN`) in a property list: strict mode refuses
/// it, consistently with `Type::is_user` (which excludes 0xFFFF), but the `Mode` documentation
/// and the error's own message said the type must be "LIST_VALUE (0x0001) or a user type (0x8000
/// and up)" — which 0xFFFF is: the message contradicted itself. Fixed in the wording ("0x8000 to
/// 0xFFFE"); the behaviour is pinned here, and lenient mode reads the value.
#[test]
fn unknown_type_value_in_a_strict_list_is_refused() {
    let bytes = regression("unknown-type-value-in-strict-list");
    let e = PropertyList::parse(&bytes).unwrap_err();
    assert_eq!(
        e,
        ParseError::UnexpectedValueType {
            offset: 24,
            syntax: Syntax(0xFFFF_0002),
        }
    );
    let list = PropertyList::parse_with(&bytes, Mode::Lenient).unwrap();
    assert_eq!(list.get("Role").unwrap().value().unwrap().as_u32(), Some(1));
}

/// The same input: the message does not say that a type of 0x8000 and up is allowed while it
/// refuses 0xFFFF.
#[test]
fn unknown_type_message_does_not_contradict_itself() {
    let bytes = regression("unknown-type-value-in-strict-list");
    let message = PropertyList::parse(&bytes).unwrap_err().to_string();
    assert!(
        !message.contains("0x8000 and up"),
        "0xFFFF is refused, yet: {message}"
    );
}

/// Found by the deterministic fuzzer (`mutated_captures_and_samples`, input #55891, a capture
/// wrapped in nested lists with a type swapped), minimized by hand. Strict mode accepted the list,
/// lenient mode refused it — against the `Mode` documentation ("Lenient: everything strict mode
/// accepts, and also …").
///
/// The outer list (depth 0) holds a PROPERTY_LIST value whose data, list L1 at depth 1, only
/// lenient mode reads (its first name has no NUL). Strictly, L1 is not a list, so the value is
/// plain bytes and the buffer is fine. Leniently, L1 was read as a list, and its second property
/// nests 16 more levels: the innermost list sat at depth 17, and the whole buffer failed with
/// `NestingTooDeep` at offset 436. Whether a nested list was an error or bytes depended on the mode
/// at an inner level. Fixed by reading nested lists by the strict rules in both modes.
#[test]
fn lenient_accepts_what_strict_accepts_despite_deep_nesting() {
    let bytes = regression("lenient-refuses-nesting-strict-accepts");
    let strict = PropertyList::parse(&bytes).expect("strict mode accepts it");
    let lenient = PropertyList::parse_lenient(&bytes).expect("so lenient mode must accept it");
    assert_eq!(lenient.into_owned(), strict.into_owned());

    let bytes = regression("lenient-refuses-value-list-nesting-strict-accepts");
    let strict = ValueList::parse(&bytes).expect("strict mode accepts it");
    let lenient = ValueList::parse_lenient(&bytes).expect("so lenient mode must accept it");
    assert_eq!(lenient.into_owned(), strict.into_owned());
}

/// The same input: strictly, L1 is bytes, and so it is leniently (nested lists are read by the
/// strict rules in both modes).
#[test]
fn deep_nesting_behind_a_lenient_only_list_is_bytes_in_both_modes() {
    let bytes = regression("lenient-refuses-nesting-strict-accepts");
    for list in [
        PropertyList::parse(&bytes).unwrap(),
        PropertyList::parse_lenient(&bytes).unwrap(),
    ] {
        assert_eq!(list.len(), 1);
        let value = list.get("N").unwrap().value().unwrap();
        assert!(value.as_property_list().is_none(), "L1 is bytes");
    }
}

/// cargo-fuzz (parse_property_list, CI of session 6): a lenient property list whose one value has
/// the typed syntax SCSI_ADDRESS (0x00060002). For a while the walk of a property list decoded it
/// by its format (a DWORD) while its owned copy decoded it as the structure, so the JSON of the
/// view and of the owned copy differed. Typed syntaxes decode to their structures wherever a
/// parse lets them through.
#[test]
fn a_typed_syntax_in_a_lenient_property_list_has_one_json() {
    let bytes = regression("typed-syntax-in-lenient-property-list");
    assert!(
        PropertyList::parse(&bytes).is_err(),
        "strict mode refuses it"
    );
    let list = PropertyList::parse_lenient(&bytes).unwrap();
    let value = list.properties().next().unwrap().value().unwrap();
    assert_eq!(value.syntax(), Syntax::SCSI_ADDRESS);
    assert_eq!(
        serde_json::to_value(list).unwrap(),
        serde_json::to_value(list.into_owned()).unwrap()
    );
    invariants::property_list_bytes_with(&bytes, true);
}

/// Found by the `serde_struct` fuzz target in CI: a network list whose `IPv4Addresses` MULTI_SZ
/// holds empty strings before its last one (`"10", "", "", …`). The typed struct read them, and
/// writing it back failed, since no encoder writes an empty string there (Windows stops reading
/// at it: `BuildError::EmptyString`). Reading refuses it now, with the writer's message, so that
/// what reads always writes back.
#[test]
#[cfg(feature = "serde")]
fn typed_read_refuses_a_multi_sz_with_an_empty_string_before_the_last() {
    use clusprop::objects::network::NetworkCommonProperties;
    let bytes = regression("multi-sz-empty-item-in-typed-network");
    // (A later name has an interior NUL: only lenient mode reads the list.)
    let list = PropertyList::parse_with(&bytes, Mode::Lenient).unwrap();
    let e = NetworkCommonProperties::from_list(&list).unwrap_err();
    assert_eq!(
        e.to_string(),
        "property \"IPv4Addresses\": MULTI_SZ string 1 is empty: Windows would stop reading the \
         list there (an empty string reads as the terminator)"
    );
}
