//! The serde bridge: lossless JSON both ways, the property-list data format (derive round trips
//! for every supported type, every mapping error), and schema-driven SET payloads.

mod common;

use clusprop::mutate::SplitMix64;
use clusprop::objects::netinterface::{NetInterfaceUpdate, NETINTERFACE};
use clusprop::objects::network::{NetworkRole, NetworkUpdate, NETWORK};
use clusprop::{
    from_property_list, to_property_list, ExpandSz, FileTime, OwnedPropertyList, OwnedValue,
    OwnedValueList, PropertyError, PropertyList, PropertyListBuilder, SecurityDescriptor, Syntax,
    Utf16Str, ValueList, ValueListBuilder,
};
use common::{data, utf16z, Raw, CAPTURES, VALID_SAMPLES};
use serde::{Deserialize, Serialize};
use serde_json::json;

fn json_round_trip(bytes: &[u8]) -> Vec<u8> {
    let text = serde_json::to_string(&PropertyList::parse(bytes).unwrap()).unwrap();
    let owned: OwnedPropertyList = serde_json::from_str(&text).unwrap();
    owned.to_bytes().unwrap()
}

#[test]
fn every_capture_and_sample_round_trips_through_json() {
    for (name, _) in CAPTURES {
        let bytes = data(name);
        assert_eq!(json_round_trip(&bytes), bytes, "{name}");
    }
    for name in VALID_SAMPLES {
        let bytes = data(name);
        assert_eq!(json_round_trip(&bytes), bytes, "{name}");
    }
    let large = data("samples/large_2000.listend.bin");
    assert_eq!(json_round_trip(&large), large);
}

#[test]
fn windows_quirks_round_trip_through_raw() {
    // The cluster capture has a 2-byte empty MULTI_SZ and a MULTI_SZ with extra NULs.
    let bytes = data("wexp-cluster-common-74.bin");
    let text = serde_json::to_string(&PropertyList::parse(&bytes).unwrap()).unwrap();
    assert!(text.contains(r#""raw":"0000""#));
    let owned: OwnedPropertyList = serde_json::from_str(&text).unwrap();
    assert_eq!(owned.to_bytes().unwrap(), bytes);
    // Invalid UTF-16 (strict mode reads it) round-trips through `raw`.
    let with = |data: &[u8]| {
        Raw::new()
            .u32(1)
            .name("S")
            .entry(0x0001_0003, data)
            .end()
            .build()
    };
    let bytes = with(&[0x00, 0xD8, 0, 0]);
    let text = serde_json::to_string(&PropertyList::parse(&bytes).unwrap()).unwrap();
    let owned: OwnedPropertyList = serde_json::from_str(&text).unwrap();
    assert_eq!(owned.to_bytes().unwrap(), bytes);
    // Bytes after a NUL: lenient mode reads them, `raw` keeps them, but the encoders write only
    // what the strict parser accepts.
    let bytes = with(&[b'a', 0, 0, 0, b'b', 0]);
    let text = serde_json::to_string(&PropertyList::parse_lenient(&bytes).unwrap()).unwrap();
    let owned: OwnedPropertyList = serde_json::from_str(&text).unwrap();
    assert_eq!(
        owned.to_bytes(),
        Err(clusprop::BuildError::InvalidValue {
            property: Some(0),
            name: Some("S".into()),
            value: 0,
            syntax: clusprop::Syntax::LIST_VALUE_SZ,
            rule: clusprop::ParseError::NotTerminated {
                item: clusprop::error::Item::Value,
                offset: 12,
                found: u16::from(b'b'),
            },
        })
    );
}

#[cfg(feature = "arbitrary")]
#[test]
fn generated_lists_round_trip_through_json() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut rng = SplitMix64::new(4);
    for i in 0..1500 {
        let n = 64 + rng.below(1024);
        let seed = rng.bytes(n);
        let Ok(list) = OwnedPropertyList::arbitrary(&mut Unstructured::new(&seed)) else {
            continue;
        };
        let bytes = list.to_bytes().unwrap();
        assert_eq!(json_round_trip(&bytes), bytes, "case {i}");
        // The owned model serializes to the same JSON, and reads back equal.
        let text = serde_json::to_string(&list).unwrap();
        assert_eq!(
            serde_json::from_str::<OwnedPropertyList>(&text).unwrap(),
            list,
            "case {i}"
        );
    }
}

#[test]
fn value_lists_round_trip_through_json() {
    let bytes = ValueListBuilder::new()
        .dword(1)
        .sz("x")
        .binary(&[1, 2])
        .finish()
        .unwrap();
    let text = serde_json::to_string(&ValueList::parse(&bytes).unwrap()).unwrap();
    assert_eq!(
        text,
        r#"{"values":[{"syntax":"0x00010002","value":1},{"syntax":"0x00010003","value":"x"},{"syntax":"0x00010001","value":"0102"}]}"#
    );
    let owned: OwnedValueList = serde_json::from_str(&text).unwrap();
    assert_eq!(owned.to_bytes().unwrap(), bytes);
}

#[test]
fn json_input_is_flexible_but_exact() {
    // Keys in any order, syntax by name, nested lists as objects, unknown keys ignored.
    let text = r#"{"trailing_end_mark": true, "comment": "x", "properties": [
        {"values": [{"value": 7, "syntax": "CLUSPROP_SYNTAX_LIST_VALUE_DWORD", "format": "DWORD"}], "name": "A"},
        {"name": "N", "values": [{"syntax": "0x0001000e", "value": {"properties": [
            {"name": "X", "values": [{"syntax": "0x0001000b", "value": 5}]}]}}]},
        {"name": "B", "values": [{"syntax": "0x0001000e", "value": "0a0b"}]}
    ]}"#;
    let owned: OwnedPropertyList = serde_json::from_str(text).unwrap();
    let inner = PropertyListBuilder::new()
        .property("X")
        .word(5)
        .finish()
        .unwrap();
    let expected = PropertyListBuilder::new()
        .property("A")
        .dword(7)
        .property("N")
        .property_list(&inner)
        .property("B")
        .property_list(&[0x0a, 0x0b])
        .trailing_end_mark(true)
        .finish()
        .unwrap();
    assert_eq!(owned.to_bytes().unwrap(), expected);
}

#[test]
fn json_errors() {
    let value = |v: serde_json::Value| {
        serde_json::from_value::<OwnedValue>(v)
            .unwrap_err()
            .to_string()
    };
    assert!(value(json!({"syntax": "0x00010002", "value": -1})).contains("expected u32"));
    assert!(value(json!({"syntax": "0x0001000b", "value": 70000})).contains("expected u16"));
    assert!(value(json!({"syntax": "0x00010003", "value": "a\u{0}b"})).contains("NUL"));
    assert!(value(json!({"syntax": "0x00010005", "value": ["a", ""]})).contains("empty"));
    assert!(value(json!({"syntax": "0x00010001", "value": "0g"})).contains("hex"));
    assert!(value(json!({"syntax": "0x00010001", "value": "abc"})).contains("odd number"));
    assert!(value(json!({"syntax": "nonsense", "value": 1})).contains("not a syntax"));
    assert!(value(json!({"value": 1})).contains("missing field `syntax`"));
    assert!(value(json!({"syntax": "0x00010002"})).contains("missing field `value`"));
    // An edited "value" with a stale "raw" is an error, not silently ignored.
    assert!(value(json!({"syntax": "0x00010005", "value": ["x"], "raw": "0000"})).contains("raw"));
    // A consistent pair is fine; raw alone is fine.
    let ok = serde_json::from_value::<OwnedValue>(
        json!({"syntax": "0x00010005", "value": [], "raw": "0000"}),
    )
    .unwrap();
    assert_eq!(ok.data, [0, 0]);
    let ok =
        serde_json::from_value::<OwnedValue>(json!({"syntax": "0x00010003", "raw": "61000000"}))
            .unwrap();
    assert_eq!(ok.data, utf16z("a\0")[..4]);
}

// ----------------------------------------------------------------------------------------------
// The property-list data format
// ----------------------------------------------------------------------------------------------

#[derive(Serialize, Deserialize, Debug, PartialEq, Default)]
#[serde(rename_all = "PascalCase")]
struct Every {
    dword: u32,
    long: i32,
    word: u16,
    ularge: u64,
    large: i64,
    flag: bool,
    text: String,
    expand: ExpandSz,
    strings: Vec<String>,
    #[serde(with = "serde_bytes")]
    bytes: Vec<u8>,
    plain_bytes: Vec<u8>,
    security: SecurityDescriptor,
    time: FileTime,
    absent: Option<u32>,
    present: Option<String>,
    nested: Inner,
    role: NetworkRole,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Default)]
struct Inner {
    #[serde(rename = "AutoMetric")]
    auto_metric: bool,
    depth: Option<Box<Inner>>,
}

fn every() -> Every {
    Every {
        dword: 0xFFFF_FFFF,
        long: -5,
        word: 0xBEEF,
        ularge: u64::MAX,
        large: i64::MIN,
        flag: true,
        text: "héllo 😀".into(),
        expand: ExpandSz("%SystemRoot%".into()),
        strings: vec!["a".into(), "b".into()],
        bytes: vec![1, 2, 3],
        plain_bytes: vec![9, 8],
        security: SecurityDescriptor(vec![1, 0, 4, 0x80]),
        time: FileTime(134_361_186_894_390_000),
        absent: None,
        present: Some("here".into()),
        nested: Inner {
            auto_metric: true,
            depth: Some(Box::new(Inner::default())),
        },
        role: NetworkRole::INTERNAL_USE,
    }
}

#[test]
fn derive_round_trip_of_every_supported_type() {
    let value = every();
    let bytes = to_property_list(&value).unwrap();
    let list = PropertyList::parse(&bytes).unwrap();
    assert!(list.is_canonical() && !list.has_trailing_end_mark());
    let syntax = |name: &str| {
        list.get(name)
            .unwrap_or_else(|| panic!("{name}"))
            .value()
            .unwrap()
            .syntax()
    };
    assert_eq!(syntax("Dword"), Syntax::LIST_VALUE_DWORD);
    assert_eq!(syntax("Long"), Syntax::LIST_VALUE_LONG);
    assert_eq!(syntax("Word"), Syntax::LIST_VALUE_WORD);
    assert_eq!(syntax("Ularge"), Syntax::LIST_VALUE_ULARGE_INTEGER);
    assert_eq!(syntax("Large"), Syntax::LIST_VALUE_LARGE_INTEGER);
    assert_eq!(syntax("Flag"), Syntax::LIST_VALUE_DWORD);
    assert_eq!(syntax("Text"), Syntax::LIST_VALUE_SZ);
    assert_eq!(syntax("Expand"), Syntax::LIST_VALUE_EXPAND_SZ);
    assert_eq!(syntax("Strings"), Syntax::LIST_VALUE_MULTI_SZ);
    assert_eq!(syntax("Bytes"), Syntax::LIST_VALUE_BINARY);
    assert_eq!(syntax("PlainBytes"), Syntax::LIST_VALUE_BINARY);
    assert_eq!(syntax("Security"), Syntax::LIST_VALUE_SECURITY_DESCRIPTOR);
    assert_eq!(syntax("Time"), Syntax::LIST_VALUE_FILETIME);
    assert_eq!(syntax("Nested"), Syntax::LIST_VALUE_PROPERTY_LIST);
    assert_eq!(syntax("Role"), Syntax::LIST_VALUE_DWORD);
    assert!(list.get("Absent").is_none(), "None leaves the property out");
    let names: Vec<String> = list.properties().map(|p| p.name().to_string()).collect();
    assert_eq!(
        names.first().map(String::as_str),
        Some("Dword"),
        "declaration order"
    );
    let nested = list
        .get("Nested")
        .unwrap()
        .value()
        .unwrap()
        .as_property_list()
        .unwrap();
    assert_eq!(
        nested.get("AutoMetric").unwrap().value().unwrap().as_u32(),
        Some(1)
    );
    assert_eq!(from_property_list::<Every>(&list).unwrap(), value);
}

#[test]
fn reading_matches_names_ignoring_case_and_skips_unknown_properties() {
    let bytes = PropertyListBuilder::new()
        .property("AUTOMETRIC")
        .dword(0)
        .property("Unrelated")
        .sz("x")
        .trailing_end_mark(true)
        .finish()
        .unwrap();
    let inner: Inner = from_property_list(&PropertyList::parse(&bytes).unwrap()).unwrap();
    assert_eq!(
        inner,
        Inner {
            auto_metric: false,
            depth: None
        }
    );

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Strict {
        #[serde(rename = "AutoMetric")]
        auto_metric: bool,
    }
    let err = from_property_list::<Strict>(&PropertyList::parse(&bytes).unwrap()).unwrap_err();
    assert!(
        err.to_string().contains("unknown field `Unrelated`"),
        "{err}"
    );
}

#[test]
fn borrowed_utf16_strings_and_bytes() {
    #[derive(Deserialize)]
    struct Borrowed<'a> {
        #[serde(borrow, rename = "Name")]
        name: Utf16Str<'a>,
        #[serde(borrow, rename = "Blob", with = "serde_bytes")]
        blob: &'a [u8],
    }
    let bytes = PropertyListBuilder::new()
        .property("Name")
        .sz("Cluster Network 1")
        .property("Blob")
        .binary(&[7, 7])
        .finish()
        .unwrap();
    let list = PropertyList::parse(&bytes).unwrap();
    let b: Borrowed<'_> = from_property_list(&list).unwrap();
    assert_eq!(b.name, "Cluster Network 1");
    assert_eq!(b.blob, [7, 7]);
    // The borrowed view points into the buffer.
    let start = bytes.as_ptr() as usize;
    let at = b.name.as_bytes().as_ptr() as usize;
    assert!(at > start && at < start + bytes.len());
    // From JSON there is no UTF-16 to borrow.
    assert!(serde_json::from_str::<Utf16Str<'_>>("\"x\"").is_err());
}

#[test]
fn security_descriptors_read_from_binary_as_windows_sends_them() {
    #[derive(Deserialize)]
    struct Cluster {
        #[serde(rename = "Security Descriptor")]
        sd: SecurityDescriptor,
        #[serde(rename = "SharedVolumeSecurityDescriptor")]
        shared: SecurityDescriptor,
    }
    let bytes = data("wexp-cluster-common-74.bin");
    let c: Cluster = from_property_list(&PropertyList::parse(&bytes).unwrap()).unwrap();
    assert_eq!((c.sd.0.len(), c.shared.0.len()), (396, 280));
}

#[test]
fn mapping_errors_name_the_property_and_the_syntaxes() {
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Want<T> {
        #[serde(rename = "P")]
        p: T,
    }
    fn read<T: for<'de> Deserialize<'de> + std::fmt::Debug>(
        b: &mut PropertyListBuilder,
    ) -> PropertyError {
        let bytes = b.finish().unwrap();
        from_property_list::<Want<T>>(&PropertyList::parse(&bytes).unwrap()).unwrap_err()
    }
    let wrong = |expected: Syntax, found: Syntax| PropertyError::WrongSyntax {
        name: "P".into(),
        expected,
        found,
    };
    assert_eq!(
        read::<u32>(PropertyListBuilder::new().property("P").sz("x")),
        wrong(Syntax::LIST_VALUE_DWORD, Syntax::LIST_VALUE_SZ)
    );
    assert_eq!(
        read::<i32>(PropertyListBuilder::new().property("P").dword(1)),
        wrong(Syntax::LIST_VALUE_LONG, Syntax::LIST_VALUE_DWORD)
    );
    assert_eq!(
        read::<u16>(PropertyListBuilder::new().property("P").dword(1)),
        wrong(Syntax::LIST_VALUE_WORD, Syntax::LIST_VALUE_DWORD)
    );
    assert_eq!(
        read::<u64>(PropertyListBuilder::new().property("P").dword(1)),
        wrong(Syntax::LIST_VALUE_ULARGE_INTEGER, Syntax::LIST_VALUE_DWORD)
    );
    assert_eq!(
        read::<i64>(PropertyListBuilder::new().property("P").dword(1)),
        wrong(Syntax::LIST_VALUE_LARGE_INTEGER, Syntax::LIST_VALUE_DWORD)
    );
    assert_eq!(
        read::<String>(PropertyListBuilder::new().property("P").dword(1)),
        wrong(Syntax::LIST_VALUE_SZ, Syntax::LIST_VALUE_DWORD)
    );
    assert_eq!(
        read::<Vec<String>>(PropertyListBuilder::new().property("P").sz("x")),
        wrong(Syntax::LIST_VALUE_MULTI_SZ, Syntax::LIST_VALUE_SZ)
    );
    assert_eq!(
        read::<ExpandSz>(PropertyListBuilder::new().property("P").sz("x")),
        wrong(Syntax::LIST_VALUE_EXPAND_SZ, Syntax::LIST_VALUE_SZ)
    );
    assert_eq!(
        read::<FileTime>(PropertyListBuilder::new().property("P").ularge_integer(1)),
        wrong(
            Syntax::LIST_VALUE_FILETIME,
            Syntax::LIST_VALUE_ULARGE_INTEGER
        )
    );
    assert_eq!(
        read::<SecurityDescriptor>(PropertyListBuilder::new().property("P").dword(1)),
        wrong(
            Syntax::LIST_VALUE_SECURITY_DESCRIPTOR,
            Syntax::LIST_VALUE_DWORD
        )
    );
    assert_eq!(
        read::<serde_bytes::ByteBuf>(PropertyListBuilder::new().property("P").sz("x")),
        wrong(Syntax::LIST_VALUE_BINARY, Syntax::LIST_VALUE_SZ)
    );
    assert_eq!(
        read::<Inner>(PropertyListBuilder::new().property("P").dword(1)),
        wrong(Syntax::LIST_VALUE_PROPERTY_LIST, Syntax::LIST_VALUE_DWORD)
    );
    assert_eq!(
        read::<bool>(PropertyListBuilder::new().property("P").dword(2)),
        PropertyError::OutOfRange {
            name: "P".into(),
            value: 2,
            min: 0,
            max: 1
        }
    );
    for err in [
        read::<u8>(PropertyListBuilder::new().property("P").dword(1)),
        read::<f64>(PropertyListBuilder::new().property("P").dword(1)),
        read::<(u32, u32)>(PropertyListBuilder::new().property("P").dword(1)),
    ] {
        assert!(
            matches!(&err, PropertyError::Mapping { name, message } if name == "P" && message.contains("no property format")),
            "{err}"
        );
    }
    let bad_utf16 = Raw::new()
        .u32(1)
        .name("P")
        .entry(0x0001_0003, &[0x00, 0xD8, 0, 0])
        .end()
        .build();
    let err =
        from_property_list::<Want<String>>(&PropertyList::parse(&bad_utf16).unwrap()).unwrap_err();
    assert!(
        matches!(&err, PropertyError::Mapping { name, message } if name == "P" && message.contains("UTF-16")),
        "{err}"
    );
    let empty = PropertyListBuilder::new().finish().unwrap();
    let err = from_property_list::<Want<u32>>(&PropertyList::parse(&empty).unwrap()).unwrap_err();
    assert_eq!(err, PropertyError::Custom("missing field `P`".into()));
    assert!(err.to_string().contains("WrongSyntax") || err.to_string().contains("missing field"));
    let shown = wrong(Syntax::LIST_VALUE_DWORD, Syntax::LIST_VALUE_SZ).to_string();
    assert_eq!(shown, "property \"P\" has syntax 0x00010003 (CLUSPROP_SYNTAX_LIST_VALUE_SZ), expected 0x00010002 (CLUSPROP_SYNTAX_LIST_VALUE_DWORD)");
}

#[test]
fn writing_errors_name_the_property() {
    #[derive(Serialize)]
    struct W<T> {
        #[serde(rename = "P")]
        p: T,
    }
    let mapping = |e: PropertyError, needle: &str| matches!(&e, PropertyError::Mapping { name, message } if name == "P" && message.contains(needle));
    assert!(mapping(
        to_property_list(&W { p: "a\0" }).unwrap_err(),
        "NUL"
    ));
    assert!(mapping(
        to_property_list(&W { p: vec!["a", ""] }).unwrap_err(),
        "empty"
    ));
    assert!(mapping(
        to_property_list(&W { p: 1u8 }).unwrap_err(),
        "no property format"
    ));
    assert!(mapping(
        to_property_list(&W { p: 1.5f64 }).unwrap_err(),
        "no property format"
    ));
    assert_eq!(
        to_property_list(&W { p: () }).unwrap(),
        [0, 0, 0, 0],
        "() is absent, like None"
    );
    assert!(to_property_list(&5u32)
        .unwrap_err()
        .to_string()
        .contains("struct or a map"));
    let mut bad_key = std::collections::BTreeMap::new();
    bad_key.insert(5u32, 1u32);
    assert!(to_property_list(&bad_key)
        .unwrap_err()
        .to_string()
        .contains("map keys"));
    // A map with string keys works like a struct.
    let mut map = std::collections::BTreeMap::new();
    map.insert("Role", 1u32);
    assert_eq!(
        to_property_list(&map).unwrap(),
        PropertyListBuilder::new()
            .property("Role")
            .dword(1)
            .finish()
            .unwrap()
    );
}

// ----------------------------------------------------------------------------------------------
// Schema-driven SET payloads
// ----------------------------------------------------------------------------------------------

#[test]
fn plain_json_payloads_are_byte_exact() {
    let a = NETWORK.payload(&json!({"Role": 1})).unwrap();
    assert_eq!(
        a,
        PropertyListBuilder::new()
            .property("Role")
            .dword(1)
            .finish()
            .unwrap()
    );
    assert_eq!(a.len(), 40);
    for auto_metric in [json!(0), json!(false)] {
        let b = NETWORK
            .payload(
                &json!({"AutoMetric": auto_metric, "Metric": 1000, "Description": "Heartbeat"}),
            )
            .unwrap();
        assert_eq!(b.len(), 156);
        let built = PropertyListBuilder::new()
            .property("Description")
            .sz("Heartbeat")
            .property("Metric")
            .dword(1000)
            .property("AutoMetric")
            .dword(0)
            .finish()
            .unwrap();
        assert_eq!(b, built, "schema order, whatever the JSON order");
    }
    assert_eq!(
        NETWORK
            .payload(&json!({"Role": 1, "Metric": null}))
            .unwrap(),
        a,
        "null leaves it out"
    );
    assert_eq!(
        NETWORK.payload(&json!({"role": 1})).unwrap(),
        a,
        "names ignore case"
    );
}

#[test]
fn typed_updates_and_plain_json_give_the_same_bytes() {
    let cases = [
        (
            NetworkUpdate {
                role: Some(NetworkRole(1)),
                ..Default::default()
            },
            json!({"Role": 1}),
        ),
        (
            NetworkUpdate {
                description: Some("Heartbeat".into()),
                metric: Some(1000),
                auto_metric: Some(false),
                ..Default::default()
            },
            json!({"Description": "Heartbeat", "Metric": 1000, "AutoMetric": false}),
        ),
        (
            NetworkUpdate {
                description: Some(String::new()),
                role: Some(NetworkRole(3)),
                metric: Some(1),
                auto_metric: Some(true),
            },
            json!({"AutoMetric": 1, "Metric": 1, "Role": 3, "Description": ""}),
        ),
    ];
    for (update, plain) in cases {
        let typed = update.to_bytes().unwrap();
        assert_eq!(typed, NETWORK.payload(&plain).unwrap());
        // The typed update as JSON is the plain JSON (None fields left out).
        assert_eq!(
            NETWORK
                .payload(&serde_json::to_value(&update).unwrap())
                .unwrap(),
            typed
        );
        // And the builder writes the same bytes.
        let mut b = PropertyListBuilder::new();
        if let Some(d) = &update.description {
            b.property("Description").sz(d);
        }
        if let Some(r) = update.role {
            b.property("Role").dword(r.0);
        }
        if let Some(m) = update.metric {
            b.property("Metric").dword(m);
        }
        if let Some(a) = update.auto_metric {
            b.property("AutoMetric").dword(u32::from(a));
        }
        assert_eq!(b.finish().unwrap(), typed);
    }
    let nic = NetInterfaceUpdate {
        description: Some("NIC".into()),
    }
    .to_bytes()
    .unwrap();
    assert_eq!(
        nic,
        NETINTERFACE
            .payload(&json!({"Description": "NIC"}))
            .unwrap()
    );
}

#[test]
fn plain_json_payload_errors() {
    let err = |v: serde_json::Value| NETWORK.payload(&v).unwrap_err();
    assert_eq!(
        err(json!({"Name": "x"})),
        PropertyError::ReadOnly {
            object: "network",
            name: "Name".into()
        }
    );
    assert_eq!(
        err(json!({"Bogus": 1})),
        PropertyError::Unknown {
            object: "network",
            name: "Bogus".into()
        }
    );
    assert_eq!(
        err(json!({"Role": 4})),
        PropertyError::OutOfRange {
            name: "Role".into(),
            value: 4,
            min: 0,
            max: 3
        }
    );
    assert_eq!(
        err(json!({"Metric": 0})),
        PropertyError::OutOfRange {
            name: "Metric".into(),
            value: 0,
            min: 1,
            max: 0x0FFF_FFFF
        }
    );
    assert_eq!(
        err(json!({"Metric": -1})),
        PropertyError::OutOfRange {
            name: "Metric".into(),
            value: -1,
            min: 1,
            max: 0x0FFF_FFFF
        }
    );
    assert_eq!(
        err(json!({"AutoMetric": 2})),
        PropertyError::OutOfRange {
            name: "AutoMetric".into(),
            value: 2,
            min: 0,
            max: 1
        }
    );
    assert_eq!(
        err(json!({"Description": 5})),
        PropertyError::WrongSyntax {
            name: "Description".into(),
            expected: Syntax::LIST_VALUE_SZ,
            found: Syntax::LIST_VALUE_ULARGE_INTEGER
        }
    );
    assert_eq!(
        err(json!({"Role": "1"})),
        PropertyError::WrongSyntax {
            name: "Role".into(),
            expected: Syntax::LIST_VALUE_DWORD,
            found: Syntax::LIST_VALUE_SZ
        }
    );
    assert_eq!(err(json!({})), PropertyError::Empty);
    assert_eq!(err(json!({"Role": null})), PropertyError::Empty);
    let mut dup = serde_json::Map::new();
    dup.insert("Role".into(), json!(1));
    dup.insert("ROLE".into(), json!(1));
    assert_eq!(
        err(serde_json::Value::Object(dup)),
        PropertyError::Duplicate {
            name: "Role".into()
        }
    );
    assert!(matches!(
        NETWORK.payload(&json!(5)),
        Err(PropertyError::Custom(_))
    ));
    assert_eq!(
        NETINTERFACE
            .payload(&json!({"Address": "10.0.0.1"}))
            .unwrap_err(),
        PropertyError::ReadOnly {
            object: "netinterface",
            name: "Address".into()
        }
    );
}

#[test]
fn typed_network_properties_read_through_the_same_mapping() {
    let bytes = data("samples/network_common.listend.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    let typed = clusprop::objects::network::NetworkCommonProperties::from_list(&list).unwrap();
    // The same struct read directly with from_property_list (only `other` differs: it is filled
    // from the schema afterwards).
    let direct: clusprop::objects::network::NetworkCommonProperties =
        from_property_list(&list).unwrap();
    assert_eq!(direct.role, typed.role);
    assert_eq!(direct.ipv4_addresses, typed.ipv4_addresses);
    // And it serializes back through to_property_list into properties of the same syntaxes.
    let again = to_property_list(&typed).unwrap();
    let again = PropertyList::parse(&again).unwrap();
    for p in again.properties() {
        let original = list.get(&p.name().to_string()).unwrap().value().unwrap();
        assert_eq!(
            p.value().unwrap().syntax(),
            original.syntax(),
            "{}",
            p.name()
        );
    }
}
