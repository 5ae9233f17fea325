//! Round trips both ways (build → parse → same content; parse → build → same bytes), the
//! builder's exact bytes and errors, and the truncation sweep.

mod common;

use clusprop::mutate::SplitMix64;
use clusprop::owned::Padding;
use clusprop::{
    BuildError, Decoded, FileTime, OwnedPropertyList, OwnedValue, OwnedValueList, PropertyList,
    PropertyListBuilder, Syntax, ValueList, ValueListBuilder,
};
use common::{data, utf16z, CAPTURES, VALID_SAMPLES};

fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text
        .split_whitespace()
        .filter(|w| w.len() == 2)
        .map(|w| u8::from_str_radix(w, 16).unwrap())
        .collect();
    digits
}

#[test]
fn spec_14_4_a_role_is_40_bytes() {
    let expected = hex("01 00 00 00 03 00 04 00 0a 00 00 00 52 00 6f 00
         6c 00 65 00 00 00 00 00 02 00 01 00 04 00 00 00
         01 00 00 00 00 00 00 00");
    let built = PropertyListBuilder::new()
        .property("Role")
        .dword(1)
        .finish()
        .unwrap();
    assert_eq!(built, expected);
    assert_eq!(built.len(), 40);
}

#[test]
fn spec_14_4_b_description_metric_autometric_is_156_bytes() {
    let expected = hex("03 00 00 00 03 00 04 00 18 00 00 00 44 00 65 00
         73 00 63 00 72 00 69 00 70 00 74 00 69 00 6f 00
         6e 00 00 00 03 00 01 00 14 00 00 00 48 00 65 00
         61 00 72 00 74 00 62 00 65 00 61 00 74 00 00 00
         00 00 00 00 03 00 04 00 0e 00 00 00 4d 00 65 00
         74 00 72 00 69 00 63 00 00 00 00 00 02 00 01 00
         04 00 00 00 e8 03 00 00 00 00 00 00 03 00 04 00
         16 00 00 00 41 00 75 00 74 00 6f 00 4d 00 65 00
         74 00 72 00 69 00 63 00 00 00 00 00 02 00 01 00
         04 00 00 00 00 00 00 00 00 00 00 00");
    let built = PropertyListBuilder::new()
        .property("Description")
        .sz("Heartbeat")
        .property("Metric")
        .dword(1000)
        .property("AutoMetric")
        .dword(0)
        .finish()
        .unwrap();
    assert_eq!(built, expected);
    assert_eq!(built.len(), 156);
}

#[test]
fn spec_14_4_c_multi_sz_with_trailing_end_mark() {
    let expected = hex("02 00 00 00 03 00 04 00 1c 00 00 00 49 00 50 00
         76 00 34 00 41 00 64 00 64 00 72 00 65 00 73 00
         73 00 65 00 73 00 00 00 05 00 01 00 14 00 00 00
         31 00 30 00 2e 00 30 00 2e 00 30 00 2e 00 30 00
         00 00 00 00 00 00 00 00 03 00 04 00 24 00 00 00
         49 00 50 00 76 00 34 00 50 00 72 00 65 00 66 00
         69 00 78 00 4c 00 65 00 6e 00 67 00 74 00 68 00
         73 00 00 00 05 00 01 00 08 00 00 00 32 00 34 00
         00 00 00 00 00 00 00 00 00 00 00 00");
    let built = PropertyListBuilder::new()
        .property("IPv4Addresses")
        .multi_sz(["10.0.0.0"])
        .property("IPv4PrefixLengths")
        .multi_sz(["24"])
        .trailing_end_mark(true)
        .finish()
        .unwrap();
    assert_eq!(built, expected);
    let list = PropertyList::parse(&built).unwrap();
    assert!(list.has_trailing_end_mark());
    assert!(list.is_canonical());
}

/// Every typed adder, read back through its typed getter.
#[test]
fn every_format_round_trips() {
    let inner = PropertyListBuilder::new()
        .property("X")
        .word(5)
        .finish()
        .unwrap();
    let inner_values = ValueListBuilder::new().long(-5).finish().unwrap();
    let bytes = PropertyListBuilder::new()
        .property("Binary")
        .binary(&[1, 2, 3])
        .property("Dword")
        .dword(0xFFFF_FFFF)
        .property("Sz")
        .sz("héllo 😀")
        .property("ExpandSz")
        .expand_sz("%TEMP%")
        .expanded_sz("C:\\Temp")
        .property("MultiSz")
        .multi_sz(["a", "b"])
        .property("EmptyMultiSz")
        .multi_sz(Vec::<String>::new())
        .property("ULarge")
        .ularge_integer(u64::MAX)
        .property("Long")
        .long(i32::MIN)
        .property("Sd")
        .security_descriptor(&[1, 0, 4, 0x80])
        .property("Large")
        .large_integer(i64::MIN)
        .property("Word")
        .word(0xBEEF)
        .property("FileTime")
        .filetime(FileTime(134_361_186_894_390_000))
        .property("Nested")
        .property_list(&inner)
        .property("NestedValues")
        .value_list(&inner_values)
        .property("User")
        .value(Syntax(0x8001_8123), &[9; 5])
        .finish()
        .unwrap();
    let list = PropertyList::parse(&bytes).unwrap();
    assert!(list.is_canonical());
    let v = |name: &str| list.get(name).unwrap().value().unwrap();
    assert!(matches!(v("Binary").decoded(), Decoded::Binary([1, 2, 3])));
    assert_eq!(v("Dword").as_u32(), Some(0xFFFF_FFFF));
    assert_eq!(v("Sz").as_str().unwrap(), "héllo 😀");
    let expand: Vec<String> = list
        .get("ExpandSz")
        .unwrap()
        .values()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(expand, ["%TEMP%", "C:\\Temp"]);
    let multi: Vec<String> = v("MultiSz")
        .as_multi_sz()
        .unwrap()
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(multi, ["a", "b"]);
    assert_eq!(v("EmptyMultiSz").bytes(), [0, 0, 0, 0]);
    assert!(v("EmptyMultiSz").as_multi_sz().unwrap().is_empty());
    assert_eq!(v("ULarge").as_u64(), Some(u64::MAX));
    assert_eq!(v("Long").as_i32(), Some(i32::MIN));
    assert!(matches!(
        v("Sd").decoded(),
        Decoded::SecurityDescriptor([1, 0, 4, 0x80])
    ));
    assert_eq!(v("Large").as_i64(), Some(i64::MIN));
    assert_eq!(v("Word").as_u16(), Some(0xBEEF));
    assert_eq!(v("Word").padding(), [0, 0]);
    assert_eq!(
        v("FileTime").as_filetime(),
        Some(FileTime(134_361_186_894_390_000))
    );
    let nested = v("Nested").as_property_list().unwrap();
    assert_eq!(nested.get("x").unwrap().value().unwrap().as_u16(), Some(5));
    assert_eq!(nested.offset(), v("Nested").offset() + 8);
    let nested_values = v("NestedValues").as_value_list().unwrap();
    assert_eq!(nested_values.values().next().unwrap().as_i32(), Some(-5));
    assert!(matches!(
        v("User").decoded(),
        Decoded::Bytes([9, 9, 9, 9, 9])
    ));
    assert_eq!(v("User").syntax().ty(), clusprop::Type(0x8001));

    // And the owned copy rebuilds the same bytes.
    assert_eq!(list.into_owned().to_bytes().unwrap(), bytes);
}

#[test]
fn builder_refuses_what_cannot_be_encoded() {
    let err = |r: Result<Vec<u8>, BuildError>| r.unwrap_err();
    assert_eq!(
        err(PropertyListBuilder::new()
            .property("Ro\0le")
            .dword(1)
            .finish()),
        BuildError::Nul {
            what: "property name",
            index: 2
        }
    );
    assert_eq!(
        err(PropertyListBuilder::new()
            .property("Role")
            .sz("a😀\0")
            .finish()),
        BuildError::Nul {
            what: "string value",
            index: 3
        }
    );
    assert_eq!(
        err(PropertyListBuilder::new()
            .property("Role")
            .multi_sz(["a", ""])
            .finish()),
        BuildError::EmptyString { index: 1 }
    );
    assert_eq!(
        err(PropertyListBuilder::new()
            .property("Role")
            .multi_sz(["a\0b"])
            .finish()),
        BuildError::Nul {
            what: "MULTI_SZ string",
            index: 1
        }
    );
    assert_eq!(
        err(PropertyListBuilder::new().dword(1).finish()),
        BuildError::ValueWithoutProperty
    );
    assert_eq!(
        err(PropertyListBuilder::new()
            .property("A")
            .property("B")
            .dword(1)
            .finish()),
        BuildError::PropertyWithoutValues { index: 0 }
    );
    assert_eq!(
        err(PropertyListBuilder::new()
            .property("A")
            .dword(1)
            .property("B")
            .finish()),
        BuildError::PropertyWithoutValues { index: 1 }
    );
    assert_eq!(
        err(PropertyListBuilder::new()
            .property("A")
            .value(Syntax::ENDMARK, &[])
            .finish()),
        BuildError::ReservedSyntax {
            syntax: Syntax::ENDMARK
        }
    );
    assert_eq!(
        err(PropertyListBuilder::new()
            .property("A")
            .value(Syntax::NAME, &[0, 0])
            .finish()),
        BuildError::ReservedSyntax {
            syntax: Syntax::NAME
        }
    );
    // A value list takes NAME entries (resource type names).
    assert!(ValueListBuilder::new()
        .value(Syntax::NAME, &[0, 0])
        .finish()
        .is_ok());
    // The error is sticky: later calls change nothing, and the builder is reusable afterwards.
    let mut builder = PropertyListBuilder::new();
    builder.property("A\0").dword(1).property("B").dword(2);
    assert!(builder.finish().is_err());
    assert_eq!(
        builder.property("Role").dword(1).finish().unwrap().len(),
        40
    );
    // An empty list is just the count.
    assert_eq!(PropertyListBuilder::new().finish().unwrap(), [0, 0, 0, 0]);
    assert_eq!(
        PropertyListBuilder::new()
            .trailing_end_mark(true)
            .finish()
            .unwrap(),
        [0; 8]
    );
}

#[test]
fn slice_and_measure_agree_with_vec() {
    let build = |b: &mut PropertyListBuilder<_>| {
        b.property("Description")
            .sz("Heartbeat")
            .property("Metric")
            .dword(1000);
    };
    let mut v = PropertyListBuilder::new();
    build(&mut v);
    let bytes = v.finish().unwrap();
    let mut m = PropertyListBuilder::measure();
    m.property("Description")
        .sz("Heartbeat")
        .property("Metric")
        .dword(1000);
    assert_eq!(m.finish().unwrap(), bytes.len());
    let mut buf = vec![0xAA; bytes.len() + 3];
    let n = PropertyListBuilder::in_slice(&mut buf)
        .property("Description")
        .sz("Heartbeat")
        .property("Metric")
        .dword(1000)
        .finish()
        .unwrap();
    assert_eq!(&buf[..n], &bytes[..]);
    assert_eq!(&buf[n..], [0xAA; 3], "nothing written past the list");
    let mut short = vec![0u8; bytes.len() - 1];
    assert_eq!(
        PropertyListBuilder::in_slice(&mut short)
            .property("Description")
            .sz("Heartbeat")
            .property("Metric")
            .dword(1000)
            .finish(),
        Err(BuildError::BufferTooSmall {
            needed: bytes.len(),
            available: bytes.len() - 1
        })
    );
    // The owned model measures and writes through the same builders.
    let owned = PropertyList::parse(&bytes).unwrap().into_owned();
    assert_eq!(owned.encoded_len().unwrap(), bytes.len());
    let mut exact = vec![0u8; bytes.len()];
    assert_eq!(owned.write_to(&mut exact).unwrap(), bytes.len());
    assert_eq!(exact, bytes);
    assert!(
        matches!(owned.write_to(&mut [0u8; 8]), Err(BuildError::BufferTooSmall { needed, available: 8 }) if needed == bytes.len())
    );
}

#[test]
fn value_lists_round_trip() {
    let bytes = ValueListBuilder::new()
        .dword(1)
        .sz("x")
        .multi_sz(["a", "b"])
        .finish()
        .unwrap();
    let list = ValueList::parse(&bytes).unwrap();
    assert_eq!(list.len(), 3);
    assert!(list.is_canonical());
    let owned = list.into_owned();
    assert_eq!(owned.to_bytes().unwrap(), bytes);
    assert_eq!(owned.encoded_len().unwrap(), bytes.len());
    assert_eq!(OwnedValueList::new().to_bytes().unwrap(), [0, 0, 0, 0]);
    let mut buf = [0u8; 4];
    assert_eq!(ValueListBuilder::in_slice(&mut buf).finish().unwrap(), 4);
    assert_eq!(ValueListBuilder::measure().word(1).finish().unwrap(), 16);
}

#[test]
fn owned_values_match_the_builder() {
    let mut list = OwnedPropertyList::new();
    list.push("A", OwnedValue::sz("x").unwrap());
    list.push("B", OwnedValue::multi_sz(["p", "q"]).unwrap());
    list.push("C", OwnedValue::expand_sz("%x%").unwrap());
    list.push("D", OwnedValue::word(3));
    let built = PropertyListBuilder::new()
        .property("A")
        .sz("x")
        .property("B")
        .multi_sz(["p", "q"])
        .property("C")
        .expand_sz("%x%")
        .property("D")
        .word(3)
        .finish()
        .unwrap();
    assert_eq!(list.to_bytes().unwrap(), built);
    assert_eq!(
        list.get("b").unwrap().values[0]
            .view()
            .as_multi_sz()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        OwnedValue::sz("a\0"),
        Err(BuildError::Nul {
            what: "string value",
            index: 1
        })
    );
}

/// Every buffer the tests know to be valid: captures, samples, and generated lists.
fn valid_buffers() -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<(String, Vec<u8>)> = CAPTURES
        .iter()
        .map(|(f, _)| (f.to_string(), data(f)))
        .collect();
    all.extend(VALID_SAMPLES.iter().map(|f| (f.to_string(), data(f))));
    all
}

#[test]
#[cfg_attr(miri, ignore)] // heavy under Miri: every capture
fn parse_then_build_gives_the_bytes_back() {
    for (name, bytes) in valid_buffers() {
        let list = PropertyList::parse(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let owned = list.into_owned();
        let rebuilt = owned.to_bytes().unwrap();
        assert_eq!(rebuilt, bytes, "{name}");
        assert_eq!(
            PropertyList::parse(&rebuilt).unwrap().into_owned(),
            owned,
            "{name}"
        );
    }
}

#[test]
fn lenient_lists_that_cannot_be_rebuilt_are_not_canonical() {
    let bytes = data("samples/zero_values.bin");
    let list = PropertyList::parse_lenient(&bytes).unwrap();
    assert!(!list.is_canonical());
    assert_eq!(
        list.into_owned().to_bytes(),
        Err(BuildError::PropertyWithoutValues { index: 0 })
    );
}

#[test]
fn non_zero_padding_is_kept_and_rebuilt_exactly() {
    for file in [
        "samples/name_pad_nonzero.bin",
        "samples/value_pad_nonzero.listend.bin",
    ] {
        let bytes = data(file);
        let list = PropertyList::parse(&bytes).unwrap();
        assert!(!list.is_canonical(), "{file}");
        let mut owned = list.into_owned();
        assert_eq!(owned.to_bytes().unwrap(), bytes, "{file}");
        // Through the JSON (its `padding` / `name_padding` keys) as well.
        let json = serde_json::to_string(&list).unwrap();
        assert!(json.contains("padding\":\""), "{file}: {json}");
        let back: OwnedPropertyList = serde_json::from_str(&json).unwrap();
        assert_eq!(back.to_bytes().unwrap(), bytes, "{file}");
        // Zero padding, asked for, gives the canonical buffer of the same length.
        for property in &mut owned.properties {
            property.raw_name = None;
            for value in property.values.iter_mut() {
                value.padding = Padding::ZERO;
            }
        }
        let rebuilt = owned.to_bytes().unwrap();
        assert_eq!(rebuilt.len(), bytes.len());
        assert_ne!(rebuilt, bytes);
        assert!(PropertyList::parse(&rebuilt).unwrap().is_canonical());
    }
}

/// Every prefix of every valid buffer parses to an error or to a valid list, in both modes,
/// without panicking; a strict prefix shorter than the list without its trailing end mark is
/// always an error (windows_exporter asserts this of its captures).
#[test]
#[cfg_attr(miri, ignore)] // heavy under Miri: every capture
fn truncation_sweep() {
    for (name, bytes) in valid_buffers() {
        if bytes.len() > 10_000 {
            continue;
        }
        let full = PropertyList::parse(&bytes).unwrap();
        let without_trailer = if full.has_trailing_end_mark() {
            bytes.len() - 4
        } else {
            bytes.len()
        };
        for end in 0..bytes.len() {
            let prefix = &bytes[..end];
            match PropertyList::parse(prefix) {
                Ok(list) => {
                    assert_eq!(end, without_trailer, "{name}: prefix of {end} bytes parsed");
                    assert_eq!(list.into_owned().properties, full.into_owned().properties);
                }
                Err(e) => assert!(
                    e.offset() <= end,
                    "{name}: offset {} past prefix {end}",
                    e.offset()
                ),
            }
            if let Ok(list) = PropertyList::parse_lenient(prefix) {
                for p in list.properties() {
                    for v in p.values() {
                        let _ = (v.decoded(), v.is_canonical());
                    }
                }
            }
            let _ = ValueList::parse_lenient(prefix);
        }
    }
}

/// Build from arbitrary owned lists, parse back: the same list. (Feature `arbitrary`.)
#[cfg(feature = "arbitrary")]
#[test]
#[cfg_attr(miri, ignore)] // heavy under Miri: 3000 lists
fn generated_lists_round_trip() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut rng = SplitMix64::new(0x0000_C105_07E2);
    let mut non_empty = 0;
    for i in 0..3000 {
        let len = 16 + rng.below(2048);
        let seed = rng.bytes(len);
        let mut u = Unstructured::new(&seed);
        let Ok(list) = OwnedPropertyList::arbitrary(&mut u) else {
            continue;
        };
        let bytes = list.to_bytes().unwrap_or_else(|e| panic!("case {i}: {e}"));
        assert_eq!(list.encoded_len().unwrap(), bytes.len());
        let parsed = PropertyList::parse(&bytes).unwrap_or_else(|e| panic!("case {i}: {e}"));
        assert!(parsed.is_canonical(), "case {i}");
        assert_eq!(parsed.into_owned(), list, "case {i}");
        let _ = serde_json::to_string(&parsed).unwrap();
        non_empty += usize::from(!list.properties.is_empty());
    }
    assert!(
        non_empty > 1000,
        "the generator must produce real lists ({non_empty})"
    );
}

#[test]
fn json_carries_raw_exactly_when_needed() {
    let ms = Syntax::LIST_VALUE_MULTI_SZ.0;
    let cases: Vec<(Vec<u8>, serde_json::Value)> = vec![
        (
            vec![0, 0],
            serde_json::json!({"syntax": "0x00010005", "value": [], "raw": "0000"}),
        ),
        (
            vec![0, 0, 0, 0],
            serde_json::json!({"syntax": "0x00010005", "value": []}),
        ),
        (
            [utf16z("a"), vec![0, 0, 0, 0]].concat(),
            serde_json::json!({"syntax": "0x00010005", "value": ["a"], "raw": "6100000000000000"}),
        ),
        (
            [utf16z("a"), vec![0, 0]].concat(),
            serde_json::json!({"syntax": "0x00010005", "value": ["a"]}),
        ),
    ];
    for (data, expected) in cases {
        let bytes = common::Raw::new()
            .u32(1)
            .name("M")
            .entry(ms, &data)
            .end()
            .build();
        let list = PropertyList::parse(&bytes).unwrap();
        let value = serde_json::to_value(list.get("M").unwrap().value().unwrap()).unwrap();
        assert_eq!(value, expected);
    }
    // Invalid UTF-16 is replaced in "value" and kept in "raw".
    let bytes = common::Raw::new()
        .u32(1)
        .name("S")
        .entry(0x0001_0003, &[0x00, 0xD8, 0, 0])
        .end()
        .build();
    let list = PropertyList::parse(&bytes).unwrap();
    let value = serde_json::to_value(list.get("S").unwrap().value().unwrap()).unwrap();
    assert_eq!(
        value,
        serde_json::json!({"syntax": "0x00010003", "value": "\u{FFFD}", "raw": "00d80000"})
    );
    // Lenient bytes after the NUL.
    let bytes = common::Raw::new()
        .u32(1)
        .name("S")
        .entry(0x0001_0003, &[b'a', 0, 0, 0, b'b', 0])
        .end()
        .build();
    let list = PropertyList::parse_lenient(&bytes).unwrap();
    let value = serde_json::to_value(list.get("S").unwrap().value().unwrap()).unwrap();
    assert_eq!(
        value,
        serde_json::json!({"syntax": "0x00010003", "value": "a", "raw": "610000006200"})
    );
}

#[test]
fn json_of_every_format() {
    let inner = PropertyListBuilder::new()
        .property("X")
        .word(5)
        .finish()
        .unwrap();
    let bytes = PropertyListBuilder::new()
        .property("B")
        .binary(&[0xAB, 0x01])
        .property("L")
        .long(-2)
        .property("Q")
        .large_integer(-3)
        .property("U")
        .ularge_integer(u64::MAX)
        .property("F")
        .filetime(FileTime(7))
        .property("N")
        .property_list(&inner)
        .property("V")
        .value_list(&[0, 0, 0, 0])
        .property("P")
        .property_list(&[1, 2, 3])
        .trailing_end_mark(true)
        .finish()
        .unwrap();
    let json = serde_json::to_value(PropertyList::parse(&bytes).unwrap()).unwrap();
    let expected = serde_json::json!({"properties": [
        {"name": "B", "values": [{"syntax": "0x00010001", "value": "ab01"}]},
        {"name": "L", "values": [{"syntax": "0x00010007", "value": -2}]},
        {"name": "Q", "values": [{"syntax": "0x0001000a", "value": -3}]},
        // Beyond 2^53: a decimal string. A FILETIME has its UTC text.
        {"name": "U", "values": [{"syntax": "0x00010006", "value": "18446744073709551615"}]},
        {"name": "F", "values": [{"syntax": "0x0001000c", "value": 7, "utc": "1601-01-01T00:00:00.0000007Z"}]},
        {"name": "N", "values": [{"syntax": "0x0001000e", "value": {"properties": [
            {"name": "X", "values": [{"syntax": "0x0001000b", "value": 5}]}], "trailing_end_mark": false}}]},
        {"name": "V", "values": [{"syntax": "0x0001000d", "value": {"values": []}}]},
        {"name": "P", "values": [{"syntax": "0x0001000e", "value": "010203"}]}
    ], "trailing_end_mark": true});
    assert_eq!(json, expected);
    // The owned model serializes to the same JSON.
    let owned = PropertyList::parse(&bytes).unwrap().into_owned();
    assert_eq!(serde_json::to_value(&owned).unwrap(), expected);
}

#[test]
fn lookup_is_case_insensitive_and_returns_the_first() {
    let bytes = PropertyListBuilder::new()
        .property("Größe")
        .dword(1)
        .property("größe")
        .dword(2)
        .property("AutoMetric")
        .dword(3)
        .finish()
        .unwrap();
    let list = PropertyList::parse(&bytes).unwrap();
    assert_eq!(
        list.get("GRÖßE").unwrap().value().unwrap().as_u32(),
        Some(1)
    );
    assert_eq!(
        list.get("autometric").unwrap().value().unwrap().as_u32(),
        Some(3)
    );
    assert!(list.get("AutoMetri").is_none());
    assert!(list.get("").is_none());
}
