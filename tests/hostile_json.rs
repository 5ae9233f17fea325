//! Hostile JSON for `clusprop encode`: the JSON of every buffer in `tests/data`, edited at random
//! the way an adversarial user would (extreme and mistyped values, other syntaxes, reserved and
//! typed syntaxes in property lists, padding / name bytes / trailing bytes of any size, keys
//! dropped or repeated, nesting past the limit). Every document is either refused cleanly (when
//! read, or when written) or encoded into bytes that the parser of the same mode reads back to the
//! same content: in strict mode (`encode`) and in lenient mode (`encode --lenient`). None may
//! encode into bytes its parser rejects. Run with `--nocapture` for the figures.

mod common;

use clusprop::mutate::SplitMix64;
use clusprop::{Mode, OwnedPropertyList, OwnedValueList, PropertyList, ValueList};
use common::buffers;
use serde_json::{json, Value as Json};

/// Syntaxes worth trying: every format under LIST_VALUE, a user type, the typed value-list
/// syntaxes, NAME, the end mark, `CLUSPROP_TYPE_UNKNOWN`, and a random one.
fn syntax(rng: &mut SplitMix64) -> String {
    const SOME: &[u32] = &[
        0x0001_0001,
        0x0001_0002,
        0x0001_0003,
        0x0001_0004,
        0x0001_0005,
        0x0001_0006,
        0x0001_0007,
        0x0001_0008,
        0x0001_0009,
        0x0001_000A,
        0x0001_000B,
        0x0001_000C,
        0x0001_000D,
        0x0001_000E,
        0x8000_0002,
        0x0002_0002,
        0x0006_0002,
        0x0008_0001,
        0x0009_0001,
        0x000D_0001,
        0x000E_0001,
        0x0004_0003,
        0,
        0xFFFF_0002,
    ];
    let s = if rng.below(8) == 0 {
        rng.next_u64() as u32
    } else {
        SOME[rng.below(SOME.len())]
    };
    format!("0x{s:08x}")
}

fn hex(rng: &mut SplitMix64, max: usize) -> String {
    let n = rng.below(max + 1);
    rng.bytes(n).iter().map(|b| format!("{b:02x}")).collect()
}

/// A hostile replacement for a JSON value.
fn replacement(rng: &mut SplitMix64) -> Json {
    match rng.below(14) {
        0 => json!(rng.next_u64()),
        1 => json!(-(rng.below(1 << 20) as i64) - 1),
        2 => json!(u64::MAX.to_string()),
        3 => json!("18446744073709551616"),
        4 => json!(hex(rng, 12)),
        5 => json!("abc"),
        6 => json!("a\u{0}b"),
        7 => json!(["", "x"]),
        8 => json!(["x", ""]),
        9 => json!(["a", "b\u{0}"]),
        10 => json!({"values": []}),
        11 => json!(null),
        12 => json!(1.5),
        _ => json!("\u{d7ff}\u{ffff}😀"),
    }
}

/// The number of objects in the document (the list, properties, values, nested lists).
fn count_objects(json: &Json) -> usize {
    let inner: usize = match json {
        Json::Object(map) => map.values().map(count_objects).sum(),
        Json::Array(items) => items.iter().map(count_objects).sum(),
        _ => 0,
    };
    inner + usize::from(json.is_object())
}

/// The object number `k` (depth first) of the document.
fn nth_object<'a>(json: &'a mut Json, k: &mut usize) -> Option<&'a mut Json> {
    if json.is_object() {
        if *k == 0 {
            return Some(json);
        }
        *k -= 1;
    }
    match json {
        Json::Object(map) => map.values_mut().find_map(|v| nth_object(v, k)),
        Json::Array(items) => items.iter_mut().find_map(|v| nth_object(v, k)),
        _ => None,
    }
}

/// One random edit of `doc`.
fn edit(doc: &mut Json, rng: &mut SplitMix64) {
    let mut k = rng.below(count_objects(doc).max(1));
    let Some(object) = nth_object(doc, &mut k) else {
        return;
    };
    let Json::Object(map) = object else { return };
    let key: String = match rng.below(12) {
        0 => "syntax".into(),
        1 => "value".into(),
        2 => "raw".into(),
        3 => "padding".into(),
        4 => "name".into(),
        5 => "name_bytes".into(),
        6 => "name_padding".into(),
        7 => "trailing_bytes".into(),
        8 => "trailing_end_mark".into(),
        9 => "values".into(),
        10 => "properties".into(),
        _ => {
            // Drop a key.
            if let Some(k) = map.keys().nth(rng.below(map.len().max(1))).cloned() {
                map.remove(&k);
            }
            return;
        }
    };
    let value = match key.as_str() {
        "syntax" => json!(syntax(rng)),
        "raw" => json!(hex(rng, 12)),
        "padding" | "name_padding" => json!(hex(rng, 4)),
        "name_bytes" => json!(hex(rng, 10)),
        "trailing_bytes" => json!(hex(rng, 9)),
        "trailing_end_mark" => json!(rng.below(2) == 0),
        "values" => json!([]),
        _ => replacement(rng),
    };
    map.insert(key, value);
}

/// `doc` nested `levels` times as the PROPERTY_LIST value of a property.
fn nest(doc: Json, levels: usize) -> Json {
    (0..levels).fold(doc, |inner, _| {
        json!({"properties": [{"name": "N", "values": [{"syntax": "0x0001000e", "value": inner}]}]})
    })
}

#[derive(Default, Debug)]
struct Tally {
    documents: usize,
    refused_reading: usize,
    refused_writing: [usize; 2],
    encoded: [usize; 2],
}

/// Reads `text` as `L` and encodes it in both modes; anything encoded must parse back, in that
/// mode, to the same list.
fn check<L, P>(
    text: &str,
    tally: &mut Tally,
    encode: impl Fn(&L, Mode) -> Option<Vec<u8>>,
    parse: P,
) where
    L: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    P: Fn(&[u8], Mode) -> Result<L, clusprop::ParseError>,
{
    tally.documents += 1;
    let Ok(list) = serde_json::from_str::<L>(text) else {
        tally.refused_reading += 1;
        return;
    };
    for (i, mode) in [Mode::Strict, Mode::Lenient].into_iter().enumerate() {
        match encode(&list, mode) {
            None => tally.refused_writing[i] += 1,
            Some(bytes) => {
                tally.encoded[i] += 1;
                let back = parse(&bytes, mode).unwrap_or_else(|e| {
                    panic!("{mode:?}: encoded bytes the parser rejects: {e}\n  {text}")
                });
                assert_eq!(back, list, "{mode:?}: the content changed\n  {text}");
            }
        }
    }
}

#[test]
#[cfg_attr(miri, ignore)] // tens of thousands of documents
fn hostile_json_is_refused_or_encoded_into_bytes_that_parse_back() {
    let mut rng = SplitMix64::new(0x5EED_0000_0000_0016);
    let (mut plists, mut vlists) = (Tally::default(), Tally::default());
    let mut seeds = Vec::new();
    for path in buffers() {
        let bytes = std::fs::read(&path).expect("a test buffer");
        for mode in [Mode::Strict, Mode::Lenient] {
            if let Ok(list) = PropertyList::parse_with(&bytes, mode) {
                seeds.push((true, serde_json::to_value(list).expect("views serialize")));
            }
            if let Ok(list) = ValueList::parse_with(&bytes, mode) {
                seeds.push((false, serde_json::to_value(list).expect("views serialize")));
            }
        }
    }
    let rounds = 400;
    for _ in 0..rounds {
        for (is_plist, seed) in &seeds {
            let mut doc = seed.clone();
            for _ in 0..1 + rng.below(3) {
                edit(&mut doc, &mut rng);
            }
            if rng.below(16) == 0 {
                doc = nest(doc, 14 + rng.below(6));
            }
            let mut text = doc.to_string();
            if rng.below(16) == 0 {
                // A repeated key, which `serde_json::Value` cannot hold: in the text.
                text = text.replacen("{\"syntax\":", "{\"syntax\":\"0x00010002\",\"syntax\":", 1);
            }
            if *is_plist {
                check::<OwnedPropertyList, _>(
                    &text,
                    &mut plists,
                    |l, m| l.to_bytes_with(m).ok(),
                    |b, m| PropertyList::parse_with(b, m).map(PropertyList::into_owned),
                );
            } else {
                check::<OwnedValueList, _>(
                    &text,
                    &mut vlists,
                    |l, m| l.to_bytes_with(m).ok(),
                    |b, m| ValueList::parse_with(b, m).map(ValueList::into_owned),
                );
            }
        }
    }
    eprintln!("property lists: {plists:?}\nvalue lists: {vlists:?}");
    let total = plists.documents + vlists.documents;
    assert!(total >= 30_000, "{total}");
    // Each outcome is reached: the edits are not all refused when read.
    for t in [&plists, &vlists] {
        assert!(
            t.refused_reading > 0 && t.refused_writing[0] > 0 && t.encoded[0] > 0,
            "{t:?}"
        );
        assert!(t.encoded[1] >= t.encoded[0], "{t:?}");
    }
}
