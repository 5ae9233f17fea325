//! `clusprop::malform` against the parser: for every valid buffer the tests know (the captures
//! and samples under `tests/data`, hand-built value lists with the typed structures, generated
//! lists), every class and every target it applies to, the predicted labels are exactly what
//! the strict and lenient parsers, the dissector and the independent reference decoder
//! (`tests/reference`) say of the malformed bytes.

mod common;
mod reference;

use clusprop::dissect::{dissect_property_list, dissect_value_list};
use clusprop::malform::{self, Class, ListKind, Malformed};
use clusprop::mutate::SplitMix64;
use clusprop::read::{PARTITION_INFO_EX2_LEN, PARTITION_INFO_EX_LEN, PARTITION_INFO_LEN};
use clusprop::{Mode, ParseError, PropertyList, Syntax, ValueList};
use common::{buffers, utf16z, Raw};
use std::collections::{BTreeMap, BTreeSet};

/// What the crate's parser, its dissector and the reference decoder say of `bytes` in `mode`.
fn observed(kind: ListKind, bytes: &[u8], mode: Mode) -> [Option<ParseError>; 2] {
    match kind {
        ListKind::PropertyList => [
            PropertyList::parse_with(bytes, mode).err(),
            dissect_property_list(bytes, mode).error,
        ],
        _ => [
            ValueList::parse_with(bytes, mode).err(),
            dissect_value_list(bytes, mode).error,
        ],
    }
}

fn reference_result(kind: ListKind, bytes: &[u8], mode: Mode) -> Option<reference::RefError> {
    let mode = reference::compare::mode(mode);
    match kind {
        ListKind::PropertyList => reference::property_list(bytes, mode).err(),
        _ => reference::value_list(bytes, mode).err(),
    }
}

/// The labels of `m` are what every decoder says of its bytes, in both modes.
fn check(m: &Malformed, source: &str) {
    let what = || {
        format!(
            "{source}: {} at entry {} ({:?} at {})\n{:02x?}",
            m.class, m.target.index, m.target.part, m.target.offset, m.bytes
        )
    };
    for mode in [Mode::Strict, Mode::Lenient] {
        let label = m.expected(mode).cloned();
        for found in observed(m.kind, &m.bytes, mode) {
            assert_eq!(found, label, "{mode}: {}", what());
        }
        let reference = reference_result(m.kind, &m.bytes, mode);
        assert_eq!(
            reference,
            label.as_ref().map(reference::compare::error),
            "reference decoder, {mode}: {}",
            what()
        );
    }
    if let Some(error) = &m.strict {
        assert_eq!(m.class.name().parse::<Class>(), Ok(m.class));
        assert!(error
            .to_string()
            .contains(&format!("at offset {}", error.offset())));
    }
}

/// Value lists with every typed structure (both RESCLASS sizes), a NAME entry, strings, a
/// MULTI_SZ, fixed widths and a nested list: what the value-list rules of the classes meet.
fn typed_value_lists() -> Vec<(String, Vec<u8>)> {
    let nested = Raw::new()
        .entry(0x0001_0002, &7u32.to_le_bytes())
        .end()
        .build();
    let all = Raw::new()
        .entry(Syntax::RESCLASS.0, &1u32.to_le_bytes())
        .entry(Syntax::RESCLASS.0, &[1, 0, 0, 0, 2, 0, 0, 0])
        .entry(Syntax::NAME.0, &utf16z("Disk 1"))
        .entry(Syntax::FTSET_INFO.0, &[0; 8])
        .entry(Syntax::PARTITION_INFO.0, &vec![0; PARTITION_INFO_LEN])
        .entry(Syntax::PARTITION_INFO_EX.0, &vec![0; PARTITION_INFO_EX_LEN])
        .entry(
            Syntax::PARTITION_INFO_EX2.0,
            &vec![0; PARTITION_INFO_EX2_LEN],
        )
        .entry(
            Syntax::DISK_GUID.0,
            &utf16z("{00000000-0000-0000-0000-000000000000}"),
        )
        .entry(Syntax::DISK_SIZE.0, &1u64.to_le_bytes())
        .entry(Syntax::LIST_VALUE_WORD.0, &5u16.to_le_bytes())
        .entry(Syntax::LIST_VALUE_MULTI_SZ.0, &[b'a', 0, 0, 0, 0, 0])
        .entry(Syntax::LIST_VALUE_SZ.0, &utf16z("abc"))
        .entry(Syntax::LIST_VALUE_VALUE_LIST.0, &nested)
        .entry(Syntax::LIST_VALUE_BINARY.0, &[1, 2, 3])
        .end()
        .build();
    vec![
        ("typed value list".into(), all),
        ("empty value list".into(), Raw::new().end().build()),
    ]
}

/// Generated lists (feature `arbitrary`): property lists and value lists.
#[cfg(feature = "arbitrary")]
fn generated(kind: ListKind, n: usize) -> Vec<(String, Vec<u8>)> {
    use arbitrary::{Arbitrary, Unstructured};
    use clusprop::{OwnedPropertyList, OwnedValueList};
    let mut rng = SplitMix64::new(0x0A1F_0A4D);
    let mut out = Vec::new();
    for i in 0..n * 4 {
        if out.len() == n {
            break;
        }
        let len = 16 + rng.below(1024);
        let seed = rng.bytes(len);
        let mut u = Unstructured::new(&seed);
        let bytes = match kind {
            ListKind::PropertyList => OwnedPropertyList::arbitrary(&mut u)
                .ok()
                .and_then(|l| l.to_bytes().ok()),
            _ => OwnedValueList::arbitrary(&mut u)
                .ok()
                .and_then(|l| l.to_bytes().ok()),
        };
        if let Some(bytes) = bytes {
            out.push((format!("generated {kind:?} {i}"), bytes));
        }
    }
    out
}

#[cfg(not(feature = "arbitrary"))]
fn generated(_: ListKind, _: usize) -> Vec<(String, Vec<u8>)> {
    let _ = SplitMix64::new(0);
    Vec::new()
}

/// Every valid buffer of the corpus, with its kind.
fn corpus() -> Vec<(ListKind, String, Vec<u8>)> {
    let mut out = Vec::new();
    for path in buffers() {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.display().to_string();
        if PropertyList::parse(&bytes).is_ok() {
            out.push((ListKind::PropertyList, name.clone(), bytes.clone()));
        }
        if ValueList::parse(&bytes).is_ok() {
            out.push((ListKind::ValueList, name, bytes));
        }
    }
    for (name, bytes) in typed_value_lists() {
        out.push((ListKind::ValueList, name, bytes));
    }
    let n = if cfg!(miri) { 2 } else { 150 };
    for kind in [ListKind::PropertyList, ListKind::ValueList] {
        for (name, bytes) in generated(kind, n) {
            out.push((kind, name, bytes));
        }
    }
    out
}

/// Every class, every target of every valid buffer: the labels are exact. Also counts what
/// was produced, for the coverage tests below.
fn sweep() -> (BTreeSet<&'static str>, BTreeMap<&'static str, usize>, usize) {
    let mut rules = BTreeSet::new();
    let mut classes: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut lenient_only = 0;
    for (kind, name, bytes) in corpus() {
        for &class in Class::ALL {
            let mut targets = malform::targets(kind, &bytes, class);
            // A large buffer (2000 properties): its first and last targets.
            if targets.len() > 60 {
                targets.drain(30..targets.len() - 30);
            }
            for target in targets {
                let m = malform::malform(kind, &bytes, class, target)
                    .unwrap_or_else(|e| panic!("{name}: {class} {target}: {e}"));
                check(&m, &name);
                if let Some(e) = &m.strict {
                    rules.insert(e.rule());
                }
                lenient_only += usize::from(m.lenient_only());
                *classes.entry(class.name()).or_default() += 1;
            }
        }
    }
    (rules, classes, lenient_only)
}

#[test]
#[cfg_attr(miri, ignore)] // every class on every buffer: heavy under Miri
fn every_label_is_what_the_parsers_say() {
    let (rules, classes, lenient_only) = sweep();
    // All 16 variants of ParseError are produced.
    let all = [
        "truncated",
        "count_too_large",
        "length_out_of_bounds",
        "expected_name",
        "odd_length",
        "not_terminated",
        "interior_nul",
        "invalid_name",
        "wrong_length",
        "no_values",
        "unexpected_value_type",
        "missing_end_mark",
        "missing_properties",
        "extra_property",
        "trailing_bytes",
        "nesting_too_deep",
    ];
    assert_eq!(rules, all.into_iter().collect(), "the variants produced");
    // Every class applies somewhere in the corpus.
    let unused: Vec<_> = Class::ALL
        .iter()
        .filter(|c| !classes.contains_key(c.name()))
        .collect();
    assert!(unused.is_empty(), "classes never applied: {unused:?}");
    assert!(lenient_only > 0);
}

#[test]
fn there_are_at_least_20_classes_with_unique_names() {
    assert!(Class::ALL.len() >= 20, "{}", Class::ALL.len());
    let names: BTreeSet<_> = Class::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(names.len(), Class::ALL.len());
    for class in Class::ALL {
        assert_eq!(class.to_string().parse::<Class>(), Ok(*class));
        assert!(
            class
                .name()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit()),
            "{class}"
        );
        assert!(!class.description().is_empty());
    }
}

/// The module documentation's table lists every class, in `Class::ALL`'s order.
#[test]
fn the_documented_table_lists_every_class() {
    let source = include_str!("../src/malform.rs");
    let rows: Vec<&str> = source
        .lines()
        .filter_map(|l| l.strip_prefix("//! | `"))
        .filter_map(|l| l.split('`').next())
        .collect();
    let names: Vec<&str> = Class::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(rows, names);
}

/// Only the classes that break a rule lenient mode keeps (or none: padding) are lenient-only,
/// and the padding classes are accepted by both modes, as the format says padding MUST be
/// ignored.
#[test]
fn padding_is_accepted_by_both_modes() {
    let bytes = common::data("samples/network_common.bin");
    for class in [Class::NamePaddingNonzero, Class::ValuePaddingNonzero] {
        let targets = malform::targets(ListKind::PropertyList, &bytes, class);
        assert!(!targets.is_empty(), "{class}");
        for target in targets {
            let m = malform::malform(ListKind::PropertyList, &bytes, class, target).unwrap();
            assert_eq!((m.strict.as_ref(), m.lenient.as_ref()), (None, None));
            assert_ne!(m.bytes, bytes);
            check(&m, "network_common");
        }
    }
}

#[test]
fn what_does_not_apply_says_why() {
    let bytes = common::role_list();
    let list = PropertyList::parse(&bytes).unwrap();
    assert_eq!(
        malform::malform_property_list(&list, Class::TruncatedCount, 9),
        Err(malform::NotApplicable::NoEntry {
            index: 9,
            entries: 4
        })
    );
    let err = malform::malform_property_list(&list, Class::NameOddLength, 2).unwrap_err();
    assert_eq!(
        err.to_string(),
        "name_odd_length does not apply to entry 2 (a value)"
    );
    let broken = malform::malform(
        ListKind::PropertyList,
        &bytes[..10],
        Class::TruncatedCount,
        0,
    );
    assert!(matches!(broken, Err(malform::NotApplicable::Invalid(_))));
    assert!(
        malform::targets(ListKind::PropertyList, &bytes[..10], Class::TruncatedCount).is_empty()
    );
}

/// `choose` is a function of the seed, and different seeds spread over the pairs.
#[test]
fn choose_depends_only_on_the_seed() {
    let bytes = common::data("samples/network_common.bin");
    let pairs = malform::pairs(ListKind::PropertyList, &bytes, Class::ALL);
    let mut seen = BTreeSet::new();
    for seed in 0..200u64 {
        let a = malform::choose(ListKind::PropertyList, &bytes, Class::ALL, seed).unwrap();
        let b = malform::choose(ListKind::PropertyList, &bytes, Class::ALL, seed).unwrap();
        assert_eq!(a, b);
        seen.insert((a.class, a.target.index));
    }
    assert!(seen.len() > 100 && seen.len() <= pairs.len());
    assert!(malform::choose(ListKind::PropertyList, &bytes, &[], 1).is_none());
}

/// `Malformed: Arbitrary` (feature `arbitrary`): generated lists broken in a named way, each
/// labelled with what every decoder says; every class comes up.
#[cfg(feature = "arbitrary")]
#[test]
fn arbitrary_malformed_lists_carry_exact_labels() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut rng = SplitMix64::new(0x5EED_0019);
    let mut classes = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    let mut generated = 0;
    for i in 0..3000 {
        let len = 64 + rng.below(2048);
        let entropy = rng.bytes(len);
        let Ok(m) = Malformed::arbitrary(&mut Unstructured::new(&entropy)) else {
            continue;
        };
        check(&m, &format!("arbitrary #{i}"));
        classes.insert(m.class.name());
        kinds.insert(format!("{:?}", m.kind));
        generated += 1;
    }
    assert!(generated > 2500, "only {generated} of 3000 generated");
    let missing: Vec<&str> = Class::ALL
        .iter()
        .map(|c| c.name())
        .filter(|n| !classes.contains(n))
        .collect();
    assert!(missing.is_empty(), "classes never generated: {missing:?}");
    assert_eq!(kinds.len(), 2, "{kinds:?}");
}

/// Half the generated property names are the cluster's own (the Arbitrary lists of an earlier
/// round held none: no fuzz input reached the typed networks' code).
#[cfg(feature = "arbitrary")]
#[test]
fn arbitrary_lists_use_real_property_names() {
    use arbitrary::{Arbitrary, Unstructured};
    use clusprop::objects::SCHEMAS;
    let mut rng = SplitMix64::new(50);
    let (mut names, mut real) = (0, 0);
    for _ in 0..200 {
        let entropy = rng.bytes(512);
        let Ok(list) = clusprop::OwnedPropertyList::arbitrary(&mut Unstructured::new(&entropy))
        else {
            continue;
        };
        for p in &list.properties {
            names += 1;
            let known = SCHEMAS.iter().any(|s| {
                s.properties
                    .iter()
                    .any(|k| k.name.eq_ignore_ascii_case(&p.name))
            });
            real += usize::from(known);
        }
    }
    assert!(names > 200, "{names} names");
    assert!(real * 4 > names, "{real} of {names} names are real ones");
}
