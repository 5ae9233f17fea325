//! `clusprop::mutate`: the structure-aware mutator for cargo-fuzz targets. Deterministic for a
//! seed, within `max_size`, no panic over every buffer of `tests/data` and generated lists; each
//! edit makes its change; the cross-over mixes both inputs.

mod common;

use clusprop::dissect::{dissect_property_list, EntryKind};
use clusprop::mutate::{crossover, mutate, Edit, Mutator};
use clusprop::objects::SCHEMAS;
use clusprop::{Format, Mode, OwnedPropertyList, OwnedValue, PropertyList, PropertyListBuilder};

/// Every buffer under `tests/data` of at most 16 KiB.
fn corpus() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = common::buffers()
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .filter(|b| b.len() <= 16 * 1024)
        .collect();
    let mut generator = Mutator::new(99);
    for depth in 0..3 {
        for _ in 0..20 {
            out.push(generator.property_list(depth).to_bytes().unwrap());
            out.push(generator.value_list(depth).to_bytes().unwrap());
        }
    }
    assert!(out.len() > 100, "{}", out.len());
    out
}

fn lenient(bytes: &[u8]) -> OwnedPropertyList {
    PropertyList::parse_with(bytes, Mode::Lenient)
        .unwrap_or_else(|e| panic!("{e}: {bytes:02x?}"))
        .into_owned()
}

/// Three properties, the second with two values; no nesting.
fn three() -> Vec<u8> {
    PropertyListBuilder::new()
        .property("Alpha")
        .dword(1)
        .property("Beta")
        .sz("two")
        .dword(2)
        .property("Gamma")
        .binary(&[3, 3, 3])
        .trailing_end_mark(true)
        .finish()
        .unwrap()
}

/// `Outer` holding a nested property list with `Inner`, and a VALUE_LIST value.
fn nested() -> Vec<u8> {
    let inner = PropertyListBuilder::new()
        .property("Inner")
        .dword(7)
        .finish()
        .unwrap();
    let mut list = OwnedPropertyList::new();
    list.push(
        "Outer",
        OwnedValue::new(clusprop::Syntax::LIST_VALUE_PROPERTY_LIST, inner),
    );
    list.push("Plain", OwnedValue::dword(5));
    list.to_bytes().unwrap()
}

fn names(list: &OwnedPropertyList) -> Vec<String> {
    list.properties.iter().map(|p| p.name.to_string()).collect()
}

#[test]
fn the_same_seed_gives_the_same_mutant() {
    for input in corpus().iter().take(80) {
        for seed in [0, 1, 7, u32::MAX] {
            let run = || {
                let mut data = input.clone();
                data.resize(input.len() + 256, 0xAA);
                let n = mutate(&mut data, input.len(), input.len() + 256, seed);
                data.truncate(n);
                data
            };
            assert_eq!(run(), run(), "seed {seed}");
            let mut a = Mutator::new(u64::from(seed));
            let mut b = Mutator::new(u64::from(seed));
            for _ in 0..8 {
                assert_eq!(a.mutate(input, 4096), b.mutate(input, 4096));
            }
        }
    }
    // Different seeds give different mutants.
    let input = three();
    let distinct: std::collections::HashSet<Vec<u8>> = (0..64)
        .map(|s| Mutator::new(s).mutate(&input, 4096))
        .collect();
    assert!(distinct.len() > 40, "{}", distinct.len());
}

#[test]
fn the_mutant_fits_max_size_and_the_buffer() {
    let inputs = [three(), nested(), vec![], vec![1, 2, 3], vec![0; 64]];
    for input in &inputs {
        for max in [0, 1, 3, 4, 5, 8, 12, 20, 33, 64, 100, 1000] {
            for seed in 0..64 {
                // Growing (max_size >= size) and shrinking (max_size < size): libFuzzer gives a
                // buffer of the larger of the two.
                let mut data = input.clone();
                data.resize(max.max(input.len()), 0);
                let n = mutate(&mut data, input.len(), max, seed);
                assert!(n <= max, "{n} > {max}");
                assert!(n <= data.len());
                let n = Mutator::new(seed.into()).mutate(input, max).len();
                assert!(n <= max);
            }
        }
    }
    // A size larger than the buffer is read as the buffer.
    let mut data = three();
    let n = mutate(&mut data, 10_000, 10_000, 3);
    assert!(n <= data.len());
    let mut out = [0u8; 7];
    assert!(crossover(&three(), &nested(), &mut out, 1) <= 7);
    assert_eq!(crossover(&three(), &nested(), &mut [], 1), 0);
}

#[test]
#[cfg_attr(miri, ignore)]
fn no_panic_over_the_corpus() {
    let corpus = corpus();
    let mut total = 0;
    for (i, input) in corpus.iter().enumerate() {
        let mut mutator = Mutator::new(i as u64);
        mutator.add_donor(&corpus[(i + 1) % corpus.len()]);
        for _ in 0..24 {
            let out = mutator.mutate(input, 8192);
            assert!(out.len() <= 8192);
            total += 1;
        }
        for &edit in Edit::ALL {
            let _ = mutator.apply(edit, input);
        }
        let other = &corpus[(i * 7 + 3) % corpus.len()];
        for seed in 0..4 {
            let mut out = vec![0; 4096];
            let n = crossover(input, other, &mut out, seed);
            assert!(n <= 4096);
        }
    }
    assert!(total > 2_000, "{total}");
}

#[test]
fn structural_edits_keep_a_list_readable() {
    let corpus: Vec<Vec<u8>> = corpus()
        .into_iter()
        .filter(|b| PropertyList::parse_with(b, Mode::Lenient).is_ok())
        .collect();
    assert!(corpus.len() > 50);
    let mut applied = std::collections::HashMap::new();
    for (i, input) in corpus.iter().enumerate() {
        let mut mutator = Mutator::new(i as u64);
        for &edit in Edit::ALL.iter().filter(|e| e.is_structural()) {
            for _ in 0..4 {
                if let Some(out) = mutator.apply(edit, input) {
                    *applied.entry(edit).or_insert(0) += 1;
                    assert!(
                        PropertyList::parse_with(&out, Mode::Lenient).is_ok(),
                        "{edit:?} of {input:02x?} gave {out:02x?}"
                    );
                }
            }
        }
    }
    for &edit in Edit::ALL.iter().filter(|e| e.is_structural()) {
        assert!(
            applied.get(&edit).copied().unwrap_or(0) > 10,
            "{edit:?}: {applied:?}"
        );
    }
}

#[test]
fn insert_remove_and_duplicate_change_the_property_count() {
    let input = three();
    for seed in 0..32 {
        let mut m = Mutator::new(seed);
        let count = |b: &[u8]| lenient(b).properties.len();
        let inserted = m.apply(Edit::InsertProperty, &input).unwrap();
        let removed = m.apply(Edit::RemoveProperty, &input).unwrap();
        let duplicated = m.apply(Edit::DuplicateProperty, &input).unwrap();
        // A nested list may take the edit instead; this input has none.
        assert_eq!(count(&inserted), 4);
        assert_eq!(count(&removed), 2);
        assert_eq!(count(&duplicated), 4);
        let mut before = names(&lenient(&input));
        let mut after = names(&lenient(&duplicated));
        after.sort();
        after.dedup();
        before.sort();
        assert_eq!(before, after, "a duplicate adds no new name");
    }
    let empty = PropertyListBuilder::new().finish().unwrap();
    assert_eq!(Mutator::new(0).apply(Edit::RemoveProperty, &empty), None);
}

#[test]
fn reorder_keeps_the_properties() {
    let input = three();
    let mut changed = 0;
    for seed in 0..32 {
        let out = Mutator::new(seed)
            .apply(Edit::ReorderProperties, &input)
            .unwrap();
        let mut a = names(&lenient(&input));
        let mut b = names(&lenient(&out));
        if a != b {
            changed += 1;
        }
        a.sort();
        b.sort();
        assert_eq!(a, b);
    }
    assert!(changed >= 28, "{changed}");
}

#[test]
fn value_edits_change_the_value_count() {
    let input = three();
    let values = |b: &[u8]| -> usize { lenient(b).properties.iter().map(|p| p.values.len()).sum() };
    for seed in 0..32 {
        let mut m = Mutator::new(seed);
        assert_eq!(values(&m.apply(Edit::InsertValue, &input).unwrap()), 5);
        assert_eq!(values(&m.apply(Edit::RemoveValue, &input).unwrap()), 3);
        assert_eq!(values(&m.apply(Edit::DuplicateValue, &input).unwrap()), 5);
    }
}

#[test]
fn real_name_gives_a_name_from_the_schemas() {
    let known: Vec<String> = SCHEMAS
        .iter()
        .flat_map(|s| s.properties.iter().map(|p| p.name.to_ascii_lowercase()))
        .collect();
    assert!(known.iter().any(|n| n == "metric"));
    let input = PropertyListBuilder::new()
        .property("zzz-not-a-property")
        .dword(1)
        .finish()
        .unwrap();
    let mut seen = std::collections::HashSet::new();
    for seed in 0..200 {
        let out = Mutator::new(seed).apply(Edit::RealName, &input).unwrap();
        let list = lenient(&out);
        let name = list.properties[0].name.to_ascii_lowercase();
        assert!(known.contains(&name), "{name}");
        seen.insert(name);
    }
    assert!(seen.len() > 10, "{seen:?}");
}

#[test]
fn change_count_changes_the_count_word() {
    let input = three();
    for seed in 0..64 {
        let out = Mutator::new(seed).apply(Edit::ChangeCount, &input).unwrap();
        assert_eq!(out.len(), input.len());
        assert_ne!(out[..4], input[..4], "seed {seed}");
        assert_eq!(out[4..], input[4..], "only the count");
    }
}

#[test]
fn change_length_changes_a_cb_length() {
    let input = three();
    let offsets: Vec<usize> = dissect_property_list(&input, Mode::Strict)
        .entries
        .iter()
        .filter(|e| e.cb_length.is_some())
        .map(|e| e.offset + 4)
        .collect();
    for seed in 0..64 {
        let out = Mutator::new(seed)
            .apply(Edit::ChangeLength, &input)
            .unwrap();
        let differing: Vec<usize> = (0..input.len()).filter(|&i| out[i] != input[i]).collect();
        assert!(!differing.is_empty());
        let at = offsets
            .iter()
            .find(|&&at| (at..at + 4).contains(&differing[0]))
            .unwrap_or_else(|| panic!("{differing:?} is no cbLength of {offsets:?}"));
        assert!(differing.iter().all(|i| (*at..at + 4).contains(i)));
    }
}

#[test]
fn change_syntax_and_format_change_a_syntax_word() {
    let input = three();
    let entries = dissect_property_list(&input, Mode::Strict).entries;
    let syntax_at: Vec<usize> = entries
        .iter()
        .filter(|e| e.syntax.is_some())
        .map(|e| e.offset)
        .collect();
    let headers: Vec<usize> = entries
        .iter()
        .filter(|e| matches!(e.kind, EntryKind::Name(_) | EntryKind::Value(_)))
        .map(|e| e.offset)
        .collect();
    for seed in 0..64 {
        let out = Mutator::new(seed)
            .apply(Edit::ChangeSyntax, &input)
            .unwrap();
        let at = *syntax_at
            .iter()
            .find(|&&at| out[at..at + 4] != input[at..at + 4])
            .expect("a syntax word changed");
        assert!((0..input.len())
            .filter(|i| !(at..at + 4).contains(i))
            .all(|i| out[i] == input[i]));

        let out = Mutator::new(seed)
            .apply(Edit::ChangeFormat, &input)
            .unwrap();
        let at = *headers
            .iter()
            .find(|&&at| out[at..at + 4] != input[at..at + 4])
            .expect("a header's syntax changed");
        assert_eq!(
            out[at + 2..at + 4],
            input[at + 2..at + 4],
            "the type is kept"
        );
    }
}

#[test]
fn truncate_cuts() {
    let input = three();
    for seed in 0..32 {
        let out = Mutator::new(seed).apply(Edit::Truncate, &input).unwrap();
        assert!(out.len() < input.len());
        assert_eq!(out[..], input[..out.len()]);
    }
    assert_eq!(Mutator::new(0).apply(Edit::Truncate, &[]), None);
}

#[test]
fn nest_produces_a_nested_list_value() {
    let input = three();
    let mut kinds = std::collections::HashSet::new();
    for seed in 0..32 {
        let out = Mutator::new(seed).apply(Edit::Nest, &input).unwrap();
        let list = lenient(&out);
        let nested: Vec<Format> = list
            .properties
            .iter()
            .flat_map(|p| p.values.iter())
            .map(|v| v.syntax.format())
            .filter(|f| f.is_nested_list())
            .collect();
        assert_eq!(nested.len(), 1, "{list:?}");
        kinds.insert(nested[0]);
    }
    assert_eq!(kinds.len(), 2, "both a VALUE_LIST and a PROPERTY_LIST");
}

#[test]
fn unnest_lifts_the_nested_list() {
    let input = nested();
    for seed in 0..16 {
        let out = Mutator::new(seed).apply(Edit::Unnest, &input).unwrap();
        let list = lenient(&out);
        assert_eq!(names(&list), ["Inner", "Plain"], "seed {seed}");
    }
    assert_eq!(Mutator::new(0).apply(Edit::Unnest, &three()), None);
}

#[test]
fn edits_reach_into_nested_lists() {
    let input = nested();
    let mut inside = 0;
    for seed in 0..64 {
        let out = Mutator::new(seed).apply(Edit::RealName, &input).unwrap();
        let list = lenient(&out);
        if names(&list)[..] == ["Outer", "Plain"] {
            inside += 1;
            let inner = &list.properties[0].values[0].data;
            let inner = lenient(inner);
            assert_ne!(names(&inner), ["Inner"]);
        }
    }
    assert!(inside > 5 && inside < 40, "{inside}");
}

#[test]
fn splice_takes_a_donors_property() {
    let input = three();
    let donor = PropertyListBuilder::new()
        .property("FromTheDonor")
        .dword(9)
        .finish()
        .unwrap();
    let mut m = Mutator::new(5);
    m.add_donor(&donor);
    let mut from_donor = 0;
    for _ in 0..32 {
        let out = m.apply(Edit::SpliceProperty, &input).unwrap();
        let list = lenient(&out);
        assert_eq!(list.properties.len(), 4);
        if list.get("FromTheDonor").is_some() {
            from_donor += 1;
        }
    }
    assert!(from_donor > 16, "{from_donor}");
    // Without a donor, a property of the list itself, nested ones included.
    let mut m = Mutator::new(6);
    let mut inner = 0;
    for _ in 0..64 {
        let out = m.apply(Edit::SpliceProperty, &nested()).unwrap();
        if lenient(&out).get("Inner").is_some() {
            inner += 1;
        }
    }
    assert!(inner > 5, "{inner}");
}

#[test]
fn bytes_that_read_as_no_list_get_byte_mutations() {
    let garbage = [0xFFu8, 0xFF, 0xFF, 0xFF, 1, 2];
    assert!(Edit::ALL
        .iter()
        .filter(|e| e.is_structural())
        .all(|&e| Mutator::new(1).apply(e, &garbage).is_none()));
    for seed in 0..64 {
        let out = Mutator::new(seed).mutate(&garbage, 64);
        assert_ne!(out, garbage);
    }
    // Structural edits only, on garbage: still a mutant (bytes).
    let mut m = Mutator::new(2).with_weights(&[(Edit::Nest, 1)]);
    assert_ne!(m.mutate(&garbage, 64), garbage);
}

#[test]
fn crossover_mixes_properties_from_both() {
    let a = three();
    let b = PropertyListBuilder::new()
        .property("Delta")
        .dword(4)
        .property("Epsilon")
        .dword(5)
        .finish()
        .unwrap();
    let ours = ["Alpha", "Beta", "Gamma"];
    let theirs = ["Delta", "Epsilon"];
    for seed in 0..64 {
        let mut out = vec![0; 1024];
        let n = crossover(&a, &b, &mut out, seed);
        let list = lenient(&out[..n]);
        let got = names(&list);
        assert!(got.iter().any(|n| ours.contains(&n.as_str())), "{got:?}");
        assert!(got.iter().any(|n| theirs.contains(&n.as_str())), "{got:?}");
        // Each input's properties keep their order.
        let pos = |n: &str| got.iter().position(|g| g == n);
        for pair in ours.windows(2).chain(theirs.windows(2)) {
            if let (Some(x), Some(y)) = (pos(pair[0]), pos(pair[1])) {
                assert!(x < y, "{got:?}");
            }
        }
    }
    // When `b` reads as no list: `a`'s start, `b`'s end.
    let mut out = vec![0; 1024];
    let n = crossover(&[1, 2, 3], &[4, 5, 6], &mut out, 0);
    assert!(n <= 6);
}

#[test]
fn malform_applies_one_named_malformation_class() {
    use clusprop::malform::{self, Class, ListKind};
    let input = three();
    let pairs = malform::pairs(ListKind::PropertyList, &input, Class::ALL);
    let expected: Vec<malform::Malformed> = pairs
        .iter()
        .map(|&(class, target)| {
            malform::malform(ListKind::PropertyList, &input, class, target).expect("applies")
        })
        .collect();
    let mut classes = std::collections::BTreeSet::new();
    for seed in 0..200u64 {
        let out = Mutator::new(seed)
            .apply(Edit::Malform, &input)
            .expect("a valid list can be malformed");
        let found = expected
            .iter()
            .find(|m| m.bytes == out)
            .unwrap_or_else(|| panic!("seed {seed}: not one of the malformation classes' bytes"));
        // What the label says is what the parser says.
        assert_eq!(
            PropertyList::parse(&out).err(),
            found.strict,
            "seed {seed}: {}",
            found.class
        );
        classes.insert(found.class.name());
    }
    assert!(
        classes.len() >= 20,
        "only {} classes in 200 seeds",
        classes.len()
    );
    // Bytes that are no list: nothing to malform.
    assert_eq!(Mutator::new(1).apply(Edit::Malform, &[1, 2, 3]), None);
}
