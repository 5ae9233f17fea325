//! The hand-written JSON writer (`write_json`, `write_json_pretty`, `to_json_string`) against
//! serde_json of the `Serialize` impls: byte for byte, compact and pretty, views and owned lists,
//! over every buffer of `tests/data` read strictly and leniently, mutated buffers, generated
//! lists, and strings made to hit every escaping and UTF-16 case; and `write_json_to` /
//! `write_json_pretty_to` (streamed through a buffer of 64 KiB) write the same, lists larger
//! than their buffer included (`large_2000`, 166 kB of JSON).

mod common;

use clusprop::mutate::SplitMix64;
use clusprop::{
    Mode, OwnedPropertyList, OwnedValue, OwnedValueList, PropertyList, PropertyListBuilder, Syntax,
    ValueList,
};
use common::buffers;

/// What the writer gives for a view or an owned list: (compact, pretty).
trait Written: serde::Serialize {
    fn written(&self) -> (Vec<u8>, Vec<u8>);
    fn streamed(&self) -> (Vec<u8>, Vec<u8>);
    fn string(&self) -> String;
}

macro_rules! written {
    ($($ty:ty),+) => {$(
        impl Written for $ty {
            fn written(&self) -> (Vec<u8>, Vec<u8>) {
                // Appends: start from something already there.
                let (mut compact, mut pretty) = (b"x".to_vec(), b"y".to_vec());
                self.write_json(&mut compact);
                self.write_json_pretty(&mut pretty);
                (compact.split_off(1), pretty.split_off(1))
            }
            fn streamed(&self) -> (Vec<u8>, Vec<u8>) {
                let (mut compact, mut pretty) = (Vec::new(), Vec::new());
                self.write_json_to(&mut compact).unwrap();
                self.write_json_pretty_to(&mut pretty).unwrap();
                (compact, pretty)
            }
            fn string(&self) -> String {
                self.to_json_string()
            }
        }
    )+};
}

written!(
    PropertyList<'_>,
    ValueList<'_>,
    OwnedPropertyList,
    OwnedValueList
);

/// Fails unless the writer's compact and pretty JSON of `list` are serde_json's.
fn check<T: Written>(list: &T, what: &str) {
    let (compact, pretty) = list.written();
    let expected = serde_json::to_vec(list).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&compact),
        String::from_utf8_lossy(&expected),
        "{what}: compact"
    );
    assert_eq!(compact, expected, "{what}: compact bytes");
    assert_eq!(list.string().as_bytes(), expected, "{what}: to_json_string");
    let expected = serde_json::to_vec_pretty(list).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&pretty),
        String::from_utf8_lossy(&expected),
        "{what}: pretty"
    );
    assert_eq!(pretty, expected, "{what}: pretty bytes");
    let streamed = list.streamed();
    assert!(
        streamed.0 == compact && streamed.1 == pretty,
        "{what}: streamed"
    );
}

/// `json::property_list_json` and `json::value_list_json` (parse and JSON in one pass) give what
/// a parse then `write_json` give, or the parse's error leaving the output as it was.
fn one_pass_agrees(bytes: &[u8], mode: Mode, what: &str) {
    let prefix = b"prefix".to_vec();
    let mut out = prefix.clone();
    match (
        PropertyList::parse_with(bytes, mode),
        clusprop::json::property_list_json(bytes, mode, &mut out),
    ) {
        (Ok(list), Ok(one)) => {
            assert_eq!(list, one, "{what}: {mode:?} property list view");
            let mut expected = prefix.clone();
            list.write_json(&mut expected);
            assert_eq!(
                out, expected,
                "{what}: {mode:?} property list JSON in one pass"
            );
        }
        (Err(e), Err(one)) => {
            assert_eq!(e, one, "{what}: {mode:?} property list error");
            assert_eq!(out, prefix, "{what}: output altered on error");
        }
        (parsed, one) => panic!("{what}: {mode:?}: parse {parsed:?}, one pass {one:?}"),
    }
    let mut out = prefix.clone();
    match (
        ValueList::parse_with(bytes, mode),
        clusprop::json::value_list_json(bytes, mode, &mut out),
    ) {
        (Ok(list), Ok(one)) => {
            assert_eq!(list, one, "{what}: {mode:?} value list view");
            let mut expected = prefix.clone();
            list.write_json(&mut expected);
            assert_eq!(
                out, expected,
                "{what}: {mode:?} value list JSON in one pass"
            );
        }
        (Err(e), Err(one)) => {
            assert_eq!(e, one, "{what}: {mode:?} value list error");
            assert_eq!(out, prefix, "{what}: output altered on error");
        }
        (parsed, one) => panic!("{what}: {mode:?}: parse {parsed:?}, one pass {one:?}"),
    }
}

/// Checks every reading of `bytes` (property list and value list, strict and lenient, views and
/// their owned lists); the number of readings.
fn check_readings(bytes: &[u8], what: &str) -> usize {
    let mut readings = 0;
    for mode in [Mode::Strict, Mode::Lenient] {
        one_pass_agrees(bytes, mode, what);
        if let Ok(list) = PropertyList::parse_with(bytes, mode) {
            check(&list, &format!("{what} as a {mode:?} property list"));
            check(
                &list.into_owned(),
                &format!("{what} as a {mode:?} owned property list"),
            );
            readings += 1;
        }
        if let Ok(list) = ValueList::parse_with(bytes, mode) {
            check(&list, &format!("{what} as a {mode:?} value list"));
            check(
                &list.into_owned(),
                &format!("{what} as a {mode:?} owned value list"),
            );
            readings += 1;
        }
    }
    readings
}

#[test]
fn the_writer_is_serde_json_for_every_buffer_in_tests_data() {
    let (mut files, mut readings) = (0, 0);
    for path in buffers() {
        let bytes = std::fs::read(&path).unwrap();
        readings += check_readings(&bytes, &path.display().to_string());
        files += 1;
    }
    println!("{readings} readings of {files} buffers");
    // A guard that the walk found the buffers (59 files, 80 readings when written).
    assert!(
        files >= 50 && readings >= 70,
        "{files} files, {readings} readings"
    );
}

#[test]
fn the_writer_is_serde_json_for_mutated_buffers() {
    // Lenient readings of damaged buffers: names without NUL or with surrogates, non-zero
    // padding, trailing bytes, values of odd sizes.
    let mut rng = SplitMix64::new(0x6a73_6f6e);
    let sources: Vec<Vec<u8>> = buffers()
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .filter(|b| !b.is_empty())
        .collect();
    let mut readings = 0;
    for round in 0..4000 {
        let mut bytes = sources[rng.below(sources.len())].clone();
        for _ in 0..=rng.below(4) {
            let at = rng.below(bytes.len());
            bytes[at] = match rng.below(4) {
                0 => 0,
                1 => 0xD8 | rng.below(8) as u8,
                2 => rng.below(0x22) as u8,
                _ => rng.next_u64() as u8,
            };
        }
        if rng.below(4) == 0 {
            let n = rng.below(7);
            bytes.extend(rng.bytes(n));
        }
        readings += check_readings(&bytes, &format!("mutation {round}"));
    }
    assert!(readings > 1000, "{readings} readings");
}

/// A string value's data: the code units and a NUL.
fn units_z(units: &[u16]) -> Vec<u8> {
    units
        .iter()
        .chain(&[0])
        .flat_map(|u| u.to_le_bytes())
        .collect()
}

#[test]
fn every_escape_and_every_utf16_case_is_serde_jsons() {
    // Every ASCII unit, alone and among plain ones (so that the four-at-a-time path meets it
    // at every position), surrogates paired and not, and characters of 2 and 3 bytes.
    let mut cases: Vec<Vec<u16>> = Vec::new();
    for unit in 0u16..0x80 {
        for at in 0..6 {
            let mut units = vec![u16::from(b'a'); 9];
            units[at] = unit;
            cases.push(units);
        }
        cases.push(vec![unit]);
    }
    for special in [
        0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0xFEFF,
    ] {
        cases.push(vec![0x41, special, 0x42, 0x43, 0x44, special]);
    }
    cases.extend([
        vec![0xD83D, 0xDE00],                         // a pair: U+1F600
        vec![0x61, 0x62, 0x63, 0xD83D, 0xDE00, 0x64], // a pair across four-unit chunks
        vec![0xD83D],                                 // a high surrogate at the end
        vec![0xD83D, 0x41, 0x42, 0x43, 0x44],         // a high surrogate before ASCII
        vec![0xDE00, 0xD83D],                         // low then high
        vec![0xD83D, 0xD83D, 0xDE00],                 // two highs, then a low
        vec![0xDBFF, 0xDFFF],                         // U+10FFFF
        vec![0xDC00; 5],
        "\u{e9}t\u{e9} \u{2603} \"q\" \\ / \u{8}\u{c}\n\r\t"
            .encode_utf16()
            .collect(),
    ]);
    let mut rng = SplitMix64::new(7);
    for _ in 0..2000 {
        let len = rng.below(24);
        cases.push(
            (0..len)
                .map(|_| match rng.below(6) {
                    0 => 0xD800 | rng.below(0x800) as u16,
                    1 => rng.below(0x40) as u16,
                    2 => [0x22, 0x5C, 0x7F][rng.below(3)],
                    3 => rng.next_u64() as u16,
                    _ => 0x20 + rng.below(0x60) as u16,
                })
                .filter(|&u| u != 0)
                .collect(),
        );
    }
    for (i, units) in cases.iter().enumerate() {
        let data = units_z(units);
        // As a name (lenient: unpaired surrogates become name_bytes), an SZ, a MULTI_SZ item,
        // and in a value list.
        let mut bytes = PropertyListBuilder::new();
        bytes
            .property_utf16(clusprop::Utf16Str::from_le_bytes(&data[..data.len() - 2]))
            .value(Syntax::LIST_VALUE_SZ, &data);
        let mut multi = data.clone();
        multi.extend([0, 0]);
        bytes
            .property("M")
            .value(Syntax::LIST_VALUE_MULTI_SZ, &multi);
        if let Ok(bytes) = bytes.finish() {
            assert!(check_readings(&bytes, &format!("case {i}: {units:04x?}")) > 0);
        }
        let raw = common::Raw::new()
            .u32(1)
            .entry(common::NAME, &data)
            .entry(common::SZ, &data)
            .u32(0);
        check_readings(&raw.0, &format!("raw case {i}: {units:04x?}"));
        let mut values = common::Raw::new().entry(0x0001_0004, &data).u32(0).0;
        assert!(check_readings(&values, &format!("value case {i}")) > 0);
        values.extend(&data);
        check_readings(&values, &format!("value case {i} and trailing bytes"));
    }
}

#[test]
fn integers_at_the_edges_of_the_safe_range_are_serde_jsons() {
    let safe = (1u64 << 53) - 1;
    let mut list = OwnedPropertyList::new();
    for (i, v) in [
        0,
        1,
        9,
        10,
        99,
        100,
        safe - 1,
        safe,
        safe + 1,
        1 << 62,
        i64::MAX as u64,
        i64::MAX as u64 + 1,
        u64::MAX,
    ]
    .into_iter()
    .enumerate()
    {
        list.push(format!("U{i}"), OwnedValue::ularge_integer(v));
        list.push(
            format!("F{i}"),
            OwnedValue::new(Syntax::LIST_VALUE_FILETIME, v.to_le_bytes()),
        );
        list.push(format!("D{i}"), OwnedValue::dword(v as u32));
        list.push(format!("W{i}"), OwnedValue::word(v as u16));
    }
    let safe = safe as i64;
    for (i, v) in [
        0,
        -1,
        1,
        safe,
        -safe,
        safe + 1,
        -safe - 1,
        i64::MIN,
        i64::MAX,
    ]
    .into_iter()
    .enumerate()
    {
        list.push(format!("L{i}"), OwnedValue::large_integer(v));
        list.push(format!("I{i}"), OwnedValue::long(v as i32));
    }
    check(&list, "integers (owned)");
    let bytes = list.to_bytes().unwrap();
    check(&PropertyList::parse(&bytes).unwrap(), "integers (view)");
}

#[test]
fn empty_lists_are_serde_jsons() {
    check(&OwnedPropertyList::new(), "empty property list");
    check(&OwnedValueList::new(), "empty value list");
    let empty = [0u8; 4];
    check(&PropertyList::parse(&empty).unwrap(), "empty view");
    check(&ValueList::parse(&empty).unwrap(), "empty value list view");
}

/// Owned lists generated by the crate's `Arbitrary` impls (every format, typed syntaxes,
/// nested lists, raw names, padding, trailing bytes), written as they are and after a lenient
/// round trip through bytes.
#[cfg(feature = "arbitrary")]
#[test]
fn the_writer_is_serde_json_for_generated_lists() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut rng = SplitMix64::new(0x5eed);
    let mut encoded = 0;
    for round in 0..3000 {
        let n = 64 + rng.below(2048);
        let entropy = rng.bytes(n);
        let mut u = Unstructured::new(&entropy);
        if let Ok(list) = OwnedPropertyList::arbitrary(&mut u) {
            check(&list, &format!("generated property list {round}"));
            if let Ok(bytes) = list.to_bytes_with(Mode::Lenient) {
                encoded += check_readings(&bytes, &format!("generated {round}, encoded"));
            }
        }
        let mut u = Unstructured::new(&entropy);
        if let Ok(list) = OwnedValueList::arbitrary(&mut u) {
            check(&list, &format!("generated value list {round}"));
            if let Ok(bytes) = list.to_bytes_with(Mode::Lenient) {
                encoded += check_readings(&bytes, &format!("generated {round}, encoded"));
            }
        }
    }
    assert!(encoded > 1000, "{encoded} encoded readings");
}
