//! Differential testing: the crate's parser and the reference decoder of `tests/reference` (simple,
//! slow, written from the specification independently of the parser) read the same inputs, in
//! strict and lenient mode, as property lists and as value lists, and must give identical
//! results: the same content (names, name bytes, syntaxes, data, padding, decoded values, nested
//! lists, trailing end mark and bytes, canonical or not, offsets) or the same error, variant,
//! offset and values.
//!
//! Inputs: the captures, every sample, generated lists, systematic mutations of all of them
//! (every truncation, every byte set to extreme values, every DWORD set to interesting values),
//! and one hand-written buffer per error class, whose expected fault is also checked, so the
//! reference is itself tested against what the documentation says.

mod common;
mod fuzzing;
mod reference;

use clusprop::Mode;
use fuzzing::mutate::{self, Rng};
use reference::compare::{property_list_agrees, value_list_agrees};
use reference::{Fault, Part};
use std::collections::BTreeSet;

const MODES: [Mode; 2] = [Mode::Strict, Mode::Lenient];

/// The name of a fault's class, to count which classes the inputs reached.
fn class(fault: &Fault) -> &'static str {
    match fault {
        Fault::Truncated { .. } => "Truncated",
        Fault::ImpossibleCount { .. } => "CountTooLarge",
        Fault::LengthPastEnd { .. } => "LengthOutOfBounds",
        Fault::NotAName { .. } => "ExpectedName",
        Fault::OddLength { .. } => "OddLength",
        Fault::Unterminated { .. } => "NotTerminated",
        Fault::NulInside { .. } => "InteriorNul",
        Fault::BadNameUtf16 { .. } => "InvalidName",
        Fault::BadWidth { .. } => "WrongLength",
        Fault::NoValues => "NoValues",
        Fault::ForeignValueType { .. } => "UnexpectedValueType",
        Fault::NoEndMark { .. } => "MissingEndMark",
        Fault::TooFewProperties { .. } => "MissingProperties",
        Fault::TooManyProperties { .. } => "ExtraProperty",
        Fault::Leftover { .. } => "TrailingBytes",
        Fault::TooDeep { .. } => "NestingTooDeep",
    }
}

/// Both decoders, both modes, both list kinds; panics on any difference. Returns the classes of
/// the errors met.
fn agree(data: &[u8], classes: &mut BTreeSet<&'static str>, accepted: &mut usize) {
    for mode in MODES {
        match property_list_agrees(data, mode).unwrap_or_else(|m| panic!("{m}")) {
            Ok(_) => *accepted += 1,
            Err(e) => {
                classes.insert(class(&reference::compare::error(&e).fault));
            }
        }
        match value_list_agrees(data, mode).unwrap_or_else(|m| panic!("{m}")) {
            Ok(_) => *accepted += 1,
            Err(e) => {
                classes.insert(class(&reference::compare::error(&e).fault));
            }
        }
    }
}

fn all_inputs() -> Vec<(String, Vec<u8>)> {
    let mut inputs = Vec::new();
    for dir in [".", "samples", "regressions"] {
        let mut files: Vec<_> = std::fs::read_dir(common::data_path(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "bin"))
            .collect();
        files.sort();
        for path in files {
            let name = format!("{dir}/{}", path.file_name().unwrap().to_string_lossy());
            inputs.push((name, std::fs::read(&path).unwrap()));
        }
    }
    inputs
}

#[test]
fn the_reference_uses_the_crates_nesting_limit() {
    assert_eq!(reference::MAX_DEPTH, clusprop::read::MAX_NESTING_DEPTH);
}

#[test]
fn captures_and_samples_agree() {
    let mut classes = BTreeSet::new();
    let mut accepted = 0;
    // Under Miri, the small ones only.
    let limit = if cfg!(miri) { 160 } else { usize::MAX };
    for (_, bytes) in all_inputs().into_iter().filter(|(_, b)| b.len() <= limit) {
        agree(&bytes, &mut classes, &mut accepted);
    }
    // Every capture parses, in both modes, with the content the reference reads.
    for (file, count) in common::CAPTURES.iter().filter(|_| !cfg!(miri)) {
        let bytes = common::data(file);
        let list = reference::property_list(&bytes, reference::Mode::Strict).unwrap();
        assert_eq!(list.properties.len(), *count, "{file}");
        assert!(list.trailing_end_mark, "{file}");
        // The cluster capture holds Windows' 2-byte empty MULTI_SZ and a triple-NUL one.
        assert_eq!(list.canonical, !file.contains("cluster-common"), "{file}");
    }
    assert!(accepted > if cfg!(miri) { 4 } else { 40 }, "{accepted}");
}

#[test]
fn generated_lists_agree() {
    let mut rng = Rng::new(0xD1FF);
    let mut classes = BTreeSet::new();
    let mut accepted = 0;
    let (runs, depth) = if cfg!(miri) { (4, 1) } else { (2_000, 3) };
    for _ in 0..runs {
        let list = mutate::list(&mut rng, depth);
        let bytes = list.to_bytes().unwrap();
        agree(&bytes, &mut classes, &mut accepted);
        let r = reference::property_list(&bytes, reference::Mode::Strict).unwrap();
        assert!(r.canonical, "the builder writes canonical lists");
        let values = mutate::value_list(&mut rng, depth);
        agree(&values.to_bytes().unwrap(), &mut classes, &mut accepted);
    }
    assert!(accepted >= 4 * runs);
}

#[cfg(feature = "arbitrary")]
#[test]
#[cfg_attr(miri, ignore)]
fn arbitrary_models_agree() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut rng = Rng::new(0xA4B1);
    let mut classes = BTreeSet::new();
    let mut accepted = 0;
    for _ in 0..2_000 {
        let n = 16 + rng.below(256);
        let raw = rng.bytes(n);
        if let Ok(list) = clusprop::OwnedPropertyList::arbitrary(&mut Unstructured::new(&raw)) {
            agree(&list.to_bytes().unwrap(), &mut classes, &mut accepted);
        }
    }
    assert!(accepted > 2_000);
}

/// Every truncation, every byte set to 0x00, 0xFF, 0x80 and 0xD8 (a surrogate half), every
/// 4-aligned DWORD set to interesting values, for every input up to 1 KiB; every error class is
/// reached.
#[test]
#[cfg_attr(miri, ignore)]
fn systematic_mutations_agree() {
    let mut classes = BTreeSet::new();
    let mut accepted = 0;
    let mut n = 0;
    for (_, base) in all_inputs().into_iter().filter(|(_, b)| b.len() <= 1024) {
        for cut in 0..base.len() {
            agree(&base[..cut], &mut classes, &mut accepted);
            n += 1;
        }
        for i in 0..base.len() {
            for v in [0x00, 0xFF, 0x80, 0xD8] {
                if base[i] != v {
                    let mut m = base.clone();
                    m[i] = v;
                    agree(&m, &mut classes, &mut accepted);
                    n += 1;
                }
            }
        }
        for at in (0..base.len().saturating_sub(3)).step_by(4) {
            let room = (base.len() - at) as u32;
            for v in [
                0,
                1,
                2,
                3,
                0x0004_0003,
                0xFFFF_FFFF,
                room,
                room - 3,
                0x0001_000E,
            ] {
                let mut m = base.clone();
                m[at..at + 4].copy_from_slice(&u32::to_le_bytes(v));
                agree(&m, &mut classes, &mut accepted);
                n += 1;
            }
        }
    }
    let all: BTreeSet<&str> = [
        "Truncated",
        "CountTooLarge",
        "LengthOutOfBounds",
        "ExpectedName",
        "OddLength",
        "NotTerminated",
        "InteriorNul",
        "InvalidName",
        "WrongLength",
        "NoValues",
        "UnexpectedValueType",
        "MissingEndMark",
        "MissingProperties",
        "ExtraProperty",
        "TrailingBytes",
        "NestingTooDeep",
    ]
    .into_iter()
    .collect();
    let missing: Vec<_> = all.difference(&classes).collect();
    assert!(missing.is_empty(), "classes never reached: {missing:?}");
    eprintln!("systematic_mutations_agree: {n} inputs, each in 2 modes as 2 kinds of list");
    assert!(n > 50_000, "{n}");
    assert!(accepted > 1_000, "{accepted}");
}

/// One buffer per error class, written by hand: the reference gives the fault the documentation
/// describes (offsets as `clusprop::error` defines them), the crate agrees, and lenient mode
/// accepts exactly the cases the `Mode` documentation lists.
#[test]
fn each_error_class_as_documented() {
    use common::{role_list, utf16, utf16z, Raw, DWORD, NAME, SZ};
    use reference::RefError;

    let role_with = |syntax: u32, data: &[u8]| {
        Raw::new()
            .u32(1)
            .name("Role")
            .entry(syntax, data)
            .end()
            .build()
    };
    let two = |count: u32| {
        Raw::new()
            .u32(count)
            .name("A")
            .entry(DWORD, &[0; 4])
            .end()
            .name("B")
            .entry(DWORD, &[0; 4])
            .end()
            .build()
    };
    let with_tail = |mut bytes: Vec<u8>, tail: &[u8]| {
        bytes.extend_from_slice(tail);
        bytes
    };
    let mut nested = Raw::new()
        .u32(1)
        .name("D")
        .entry(DWORD, &[7, 0, 0, 0])
        .end()
        .build();
    for _ in 0..=clusprop::read::MAX_NESTING_DEPTH {
        nested = Raw::new()
            .u32(1)
            .name("N")
            .entry(0x0001_000E, &nested)
            .end()
            .build();
    }
    let t = |part, needed, available| Fault::Truncated {
        part,
        needed,
        available,
    };

    // (buffer, strict fault, offset, whether lenient mode accepts it)
    let cases: Vec<(Vec<u8>, Fault, usize, bool)> = vec![
        (vec![1, 0], t(Part::Count, 4, 2), 0, false),
        (
            vec![2, 0, 0, 0, 0, 0, 0, 0],
            Fault::ImpossibleCount {
                count: 2,
                max: 0,
                available: 4,
            },
            0,
            false,
        ),
        (
            with_tail(role_list(), &[5, 0, 4, 0, 10, 0]),
            Fault::Leftover { length: 6 },
            40,
            true,
        ),
        (
            {
                let mut b = with_tail(role_list(), &[3, 0, 4, 0, 10, 0]);
                b[0] = 2;
                b
            },
            t(Part::NameHeader, 8, 6),
            40,
            false,
        ),
        (
            {
                let mut b = with_tail(role_list(), &[0; 12]);
                b[0] = 2;
                b
            },
            Fault::NotAName { found: 0 },
            40,
            false,
        ),
        (
            with_tail(two(3), &[0; 4]),
            Fault::TooFewProperties {
                declared: 3,
                found: 2,
            },
            60,
            false,
        ),
        (
            Raw::new().u32(1).u32(NAME).u32(400).u32(0).u32(0).build(),
            Fault::LengthPastEnd {
                part: Part::Name,
                length: 400,
                available: 8,
            },
            8,
            false,
        ),
        (
            Raw::new()
                .u32(1)
                .entry(NAME, &[b'R', 0, 0])
                .entry(DWORD, &[0; 4])
                .end()
                .build(),
            Fault::OddLength {
                part: Part::Name,
                length: 3,
            },
            8,
            true,
        ),
        (
            Raw::new()
                .u32(1)
                .entry(NAME, &utf16("Role"))
                .entry(DWORD, &[0; 4])
                .end()
                .build(),
            Fault::Unterminated {
                part: Part::Name,
                found: u16::from(b'e'),
            },
            18,
            true,
        ),
        (
            Raw::new()
                .u32(1)
                .entry(NAME, &[b'R', 0, 0, 0, b'x', 0, 0, 0])
                .entry(DWORD, &[0; 4])
                .end()
                .build(),
            Fault::NulInside { part: Part::Name },
            14,
            true,
        ),
        (
            Raw::new()
                .u32(1)
                .entry(NAME, &[0x00, 0xD8, 0, 0])
                .entry(DWORD, &[0; 4])
                .end()
                .build(),
            Fault::BadNameUtf16 { unit: 0xD800 },
            12,
            // Lenient mode reads it (lossy text, exact bytes), as windows_exporter does.
            true,
        ),
        (
            role_with(DWORD, &[1, 0]),
            Fault::BadWidth {
                syntax: DWORD,
                expected: 4,
                found: 2,
            },
            28,
            false,
        ),
        (
            role_with(0x0001_000C, &[0; 4]),
            Fault::BadWidth {
                syntax: 0x0001_000C,
                expected: 8,
                found: 4,
            },
            28,
            false,
        ),
        (
            Raw::new().u32(1).name("Role").end().build(),
            Fault::NoValues,
            24,
            true,
        ),
        (
            role_with(0x0002_0002, &[0; 4]),
            Fault::ForeignValueType {
                syntax: 0x0002_0002,
            },
            24,
            true,
        ),
        (
            Raw::new()
                .u32(2)
                .name("A")
                .entry(DWORD, &[0; 4])
                .name("B")
                .entry(DWORD, &[0; 4])
                .end()
                .build(),
            Fault::NoEndMark { found: NAME },
            28,
            false,
        ),
        (two(1), Fault::TooManyProperties { declared: 1 }, 32, true),
        (
            with_tail(role_list(), &[0, 0, 0, 0, 7]),
            Fault::Leftover { length: 1 },
            44,
            true,
        ),
        (
            with_tail(role_list(), &[9, 0, 0, 0]),
            Fault::Leftover { length: 4 },
            40,
            true,
        ),
        (
            role_with(SZ, &utf16("x")),
            Fault::Unterminated {
                part: Part::Value,
                found: u16::from(b'x'),
            },
            32,
            true,
        ),
        (
            role_with(SZ, &[]),
            Fault::Unterminated {
                part: Part::Value,
                found: 0,
            },
            32,
            true,
        ),
        (
            role_with(SZ, &utf16z("a\0b")),
            Fault::NulInside { part: Part::Value },
            34,
            true,
        ),
        (
            role_with(0x0001_0005, &utf16z("a")[..3]),
            Fault::OddLength {
                part: Part::Value,
                length: 3,
            },
            28,
            true,
        ),
        (
            role_list()[..28].to_vec(),
            t(Part::ValueHeader, 8, 4),
            24,
            false,
        ),
        (
            role_list()[..38].to_vec(),
            t(Part::SyntaxWord, 4, 2),
            36,
            false,
        ),
        (
            role_with(0x0001_0001, &[7])[..34].to_vec(),
            t(Part::Padding, 3, 1),
            33,
            false,
        ),
        (
            nested,
            Fault::TooDeep {
                limit: clusprop::read::MAX_NESTING_DEPTH,
            },
            24 * (clusprop::read::MAX_NESTING_DEPTH + 1),
            false,
        ),
    ];
    let mut classes = BTreeSet::new();
    for (i, (bytes, expected, at, lenient_accepts)) in cases.into_iter().enumerate() {
        let got = reference::property_list(&bytes, reference::Mode::Strict);
        assert_eq!(
            got,
            Err(RefError {
                fault: expected.clone(),
                at
            }),
            "case {i}: {}",
            reference::compare::hex(&bytes)
        );
        classes.insert(class(&expected));
        let lenient = reference::property_list(&bytes, reference::Mode::Lenient);
        assert_eq!(
            lenient.is_ok(),
            lenient_accepts,
            "case {i}: lenient {lenient:?}"
        );
        for mode in MODES {
            let _ = property_list_agrees(&bytes, mode).unwrap_or_else(|m| panic!("case {i}: {m}"));
        }
    }
    assert_eq!(classes.len(), 16, "one case per class: {classes:?}");
}
