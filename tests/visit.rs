//! Single-pass parsing (`PropertyList::visit`, `ValueList::visit`): the visitor sees what walking
//! the parsed view gives, in the same order; the result is the parse's, view or error; on an error
//! the visitor has seen exactly the entries before it.

mod common;

use clusprop::{
    Decoded, Mode, ParseError, PropertyList, PropertyListBuilder, Utf16Str, Value, ValueList,
    ValueListBuilder, Visit,
};
use common::{data, CAPTURES, VALID_SAMPLES};

/// What a visitor saw, as text: `name@offset` for a property, `  value@offset` for a value.
#[derive(Default)]
struct Log(Vec<String>);

impl<'a> Visit<'a> for Log {
    fn visit_property(&mut self, name: Utf16Str<'a>, offset: usize) {
        self.0.push(format!("{name}@{offset}"));
    }

    fn visit_value(&mut self, value: &Value<'a>) {
        self.0
            .push(format!("  {:?}@{}", value.decoded(), value.offset()));
    }
}

/// The same log from the parsed view.
fn walked(list: &PropertyList<'_>) -> Vec<String> {
    let mut log = Log::default();
    for property in list.properties() {
        log.visit_property(property.name(), property.offset());
        for value in property.values() {
            log.visit_value(&value);
        }
    }
    log.0
}

fn visit(bytes: &[u8], mode: Mode) -> (Result<PropertyList<'_>, ParseError>, Vec<String>) {
    let mut log = Log::default();
    let result = PropertyList::visit(bytes, mode, &mut log);
    (result, log.0)
}

#[test]
fn the_network_list_in_one_pass() {
    let bytes = data("samples/network_common.listend.bin");
    let (list, log) = visit(&bytes, Mode::Strict);
    let list = list.expect("the network list parses");
    assert_eq!(list.len(), 11);
    assert!(list.has_trailing_end_mark());
    let names: Vec<&str> = log
        .iter()
        .filter(|e| !e.starts_with(' '))
        .map(|e| e.split('@').next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Name",
            "Description",
            "Role",
            "Address",
            "AddressMask",
            "Metric",
            "AutoMetric",
            "IPv4Addresses",
            "IPv4PrefixLengths",
            "IPv6Addresses",
            "IPv6PrefixLengths"
        ]
    );
    assert_eq!(log[0], "Name@4");
    assert_eq!(log[1], "  Sz(\"Cluster Network 1\")@24");
    assert_eq!(log, walked(&list));
}

#[test]
fn every_capture_and_sample_in_both_modes() {
    let files = CAPTURES
        .iter()
        .map(|(name, _)| *name)
        .chain(VALID_SAMPLES.iter().copied());
    for file in files {
        let bytes = data(file);
        for mode in [Mode::Strict, Mode::Lenient] {
            let parsed = PropertyList::parse_with(&bytes, mode).expect(file);
            let (visited, log) = visit(&bytes, mode);
            let visited = visited.expect(file);
            assert_eq!(log, walked(&parsed), "{file} ({mode:?})");
            assert_eq!(
                (
                    visited.len(),
                    visited.has_trailing_end_mark(),
                    visited.mode()
                ),
                (parsed.len(), parsed.has_trailing_end_mark(), mode),
                "{file}"
            );
        }
    }
}

/// Cut anywhere, the network list gives the parse's error, and the visitor has seen a prefix of
/// the whole list's entries, all of them before the error's offset.
#[test]
fn every_truncation_gives_the_parse_error_after_a_prefix() {
    let bytes = data("samples/network_common.listend.bin");
    let (_, full) = visit(&bytes, Mode::Strict);
    for end in 0..bytes.len() {
        let cut = &bytes[..end];
        for mode in [Mode::Strict, Mode::Lenient] {
            let (visited, log) = visit(cut, mode);
            let parsed = PropertyList::parse_with(cut, mode);
            match (&parsed, &visited) {
                (Err(e), Err(again)) => {
                    assert_eq!(e, again, "cut at {end} ({mode:?})");
                    for event in &log {
                        let at: usize = event.rsplit('@').next().unwrap().parse().unwrap();
                        assert!(at < e.offset(), "{event} seen before {e}");
                    }
                }
                (Ok(list), Ok(_)) => assert_eq!(log, walked(list), "cut at {end}"),
                _ => panic!("cut at {end} ({mode:?}): {parsed:?} but {visited:?}"),
            }
            assert_eq!(log[..], full[..log.len()], "cut at {end} ({mode:?})");
        }
    }
}

/// A malformed value in the sixth property: the visitor has seen five properties with their
/// values and the sixth name, then the parse's error.
#[test]
fn a_malformed_value_stops_the_visit_with_the_parse_error() {
    let mut bytes = data("samples/network_common.listend.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    let metric = list.get("Metric").unwrap().value().unwrap().offset();
    // Metric's DWORD says it is 3 bytes long.
    bytes[metric + 4] = 3;
    let (visited, log) = visit(&bytes, Mode::Strict);
    let error = visited.unwrap_err();
    assert_eq!(Some(&error), PropertyList::parse(&bytes).err().as_ref());
    assert!(
        matches!(
            error,
            ParseError::WrongLength { offset, expected: 4, found: 3, .. } if offset == metric + 4
        ),
        "{error:?}"
    );
    assert_eq!(log.len(), 11, "{log:#?}");
    assert!(log[10].starts_with("Metric@"));
}

/// A list nested in a value is one value to the visitor; its own entries are not visited.
#[test]
fn nested_lists_are_values() {
    let inner = PropertyListBuilder::new()
        .property("Inner")
        .dword(1)
        .finish()
        .unwrap();
    let outer = PropertyListBuilder::new()
        .property("Outer")
        .property_list(&inner)
        .property("Last")
        .sz("x")
        .finish()
        .unwrap();
    let mut log = Log::default();
    let list = PropertyList::visit(&outer, Mode::Strict, &mut log).unwrap();
    assert_eq!(log.0.len(), 4, "{:#?}", log.0);
    assert!(log.0[1].starts_with("  PropertyList("), "{}", log.0[1]);
    assert_eq!(log.0, walked(&list));
}

#[test]
fn value_lists_in_one_pass() {
    let bytes = ValueListBuilder::new()
        .dword(7)
        .sz("seven")
        .multi_sz(["a", "b"])
        .finish()
        .unwrap();
    let mut log = Log::default();
    let list = ValueList::visit(&bytes, Mode::Strict, &mut log).unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(
        log.0,
        [
            "  Dword(7)@0",
            "  Sz(\"seven\")@12",
            "  MultiSz([\"a\", \"b\"])@32"
        ]
    );
    // Cut before the end mark: the parse's error, after the three values.
    let mut log = Log::default();
    let error = ValueList::visit(&bytes[..bytes.len() - 4], Mode::Strict, &mut log).unwrap_err();
    assert_eq!(
        Some(error),
        ValueList::parse(&bytes[..bytes.len() - 4]).err()
    );
    assert_eq!(log.0.len(), 3);
}

/// Any visitor: a trait object, a `&mut` of one, or `()` (a plain parse).
#[test]
fn trait_objects_references_and_unit() {
    let bytes = data("samples/network_common.listend.bin");
    let mut log = Log::default();
    let visitor: &mut dyn Visit<'_> = &mut log;
    PropertyList::visit(&bytes, Mode::Strict, visitor).unwrap();
    let mut again = Log::default();
    PropertyList::visit(&bytes, Mode::Strict, &mut &mut again).unwrap();
    assert_eq!(log.0, again.0);
    let plain = PropertyList::visit(&bytes, Mode::Lenient, &mut ()).unwrap();
    assert_eq!(plain.mode(), Mode::Lenient);
    assert_eq!(plain.len(), 11);

    /// Counts the DWORD values: only what it needs.
    struct Dwords(u32);
    impl<'a> Visit<'a> for Dwords {
        fn visit_value(&mut self, value: &Value<'a>) {
            if let Decoded::Dword(_) = value.decoded() {
                self.0 += 1;
            }
        }
    }
    let mut dwords = Dwords(0);
    PropertyList::visit(&bytes, Mode::Strict, &mut dwords).unwrap();
    assert_eq!(dwords.0, 3);
}
