//! Property names compare as Windows compares them (the encode issue, item 7): ordinally,
//! ignoring case, one UTF-16 code unit at a time under the simple uppercase mapping
//! (`CompareStringOrdinal(.., TRUE)`), in every lookup: the view's `get`, the owned model's
//! `get`, the schemas' lookups, validation and the serde field matching.

use clusprop::objects::network::NETWORK;
use clusprop::schema::PropertyError;
use clusprop::{names_eq, PropertyList, PropertyListBuilder, Utf16Str};

fn eq(a: &str, b: &str) -> bool {
    names_eq(a.encode_utf16(), b.encode_utf16())
}

/// Pairs that are the same name, and pairs that are not, with why.
const SAME: &[(&str, &str)] = &[
    ("AutoMetric", "AUTOMETRIC"),
    ("AutoMetric", "autometric"),
    ("IPv4PrefixLengths", "ipv4prefixlengths"),
    ("", ""),
    ("Größe", "GRÖßE"),         // ö/Ö fold; ß is itself on both sides
    ("é", "É"),                 // Latin-1
    ("ǅ", "Ǆ"),                 // titlecase digraph to its uppercase
    ("ǆ", "Ǆ"),                 // lowercase digraph to its uppercase
    ("ǅ", "ǆ"),                 // both uppercase to Ǆ
    ("ς", "Σ"),                 // final sigma
    ("σ", "Σ"),                 //
    ("ς", "σ"),                 // both uppercase to Σ
    ("Σίσυφος", "ΣΊΣΥΦΟΣ"),     // Greek with tonos
    ("ἀ", "Ἀ"),                 // Greek extended U+1F00 / U+1F08
    ("\u{1F80}", "\u{1F88}"),   // ᾀ / ᾈ: simple mapping, not the full `ἈΙ`
    ("\u{1F97}", "\u{1F9F}"),   // ᾗ / ᾟ
    ("\u{1FA0}", "\u{1FA8}"),   // ᾠ / ᾨ
    ("\u{1FB3}", "\u{1FBC}"),   // ᾳ / ᾼ
    ("\u{1FC3}", "\u{1FCC}"),   // ῃ / ῌ
    ("\u{1FF3}", "\u{1FFC}"),   // ῳ / ῼ
    ("\u{AB70}", "\u{13A0}"),   // Cherokee small letter a / capital (Unicode 8.0 mapping)
    ("\u{13F8}", "\u{13F0}"),   // Cherokee small ye / capital ye
    ("Ꭰ", "Ꭰ"),                 // Cherokee capital is itself
    ("µ", "Μ"),                 // micro sign uppercases to Greek capital mu
    ("Ÿ", "ÿ"),                 // U+0178 / U+00FF
    ("\u{10400}", "\u{10400}"), // astral: only itself
];

const DIFFERENT: &[(&str, &str)] = &[
    ("AutoMetric", "AutoMetri"),
    ("AutoMetric", "AutoMetricX"),
    ("Straße", "STRASSE"),        // ß has no one-character uppercase
    ("ß", "ẞ"),                   // U+1E9E is not the simple uppercase of ß
    ("autometrıc", "AutoMetric"), // ı (U+0131): Windows keeps it, Unicode maps it to I
    ("ı", "I"),
    ("ı", "i"),
    ("Deſcription", "Description"), // ſ (U+017F): Windows keeps it, Unicode maps it to S
    ("ſ", "S"),
    ("ſ", "s"),
    ("İ", "i"), // U+0130 uppercases to itself
    ("İ", "I"),
    ("ΐ", "Ϊ́"),                       // U+0390: full uppercase is three characters
    ("\u{1F88}", "\u{1F08}\u{0399}"), // no expansion: ᾈ is not ἈΙ
    ("é", "e\u{0301}"),               // no normalisation
    ("\u{10428}", "\u{10400}"),       // Deseret 𐐨 / 𐐀: astral letters are not folded
    ("\u{10428}x", "\u{10400}X"),
    ("\u{1E922}", "\u{1E900}"), // Adlam 𞤢 / 𞤀
    ("Ꭰ", "A"),                 // Cherokee capital A is not Latin A
];

#[test]
fn names_eq_as_windows() {
    for (a, b) in SAME {
        assert!(eq(a, b), "{a:?} = {b:?}");
        assert!(eq(b, a), "{b:?} = {a:?} (symmetric)");
    }
    for (a, b) in DIFFERENT {
        assert!(!eq(a, b), "{a:?} != {b:?}");
        assert!(!eq(b, a), "{b:?} != {a:?} (symmetric)");
    }
}

#[test]
fn every_ascii_pair_folds_by_ascii_case_only() {
    for a in 0u8..0x80 {
        for b in 0u8..0x80 {
            let (sa, sb) = (char::from(a).to_string(), char::from(b).to_string());
            assert_eq!(eq(&sa, &sb), a.eq_ignore_ascii_case(&b), "{a:#x} {b:#x}");
        }
    }
    // Only ASCII letters match ASCII letters: no other BMP code unit uppercases into A..=Z.
    for unit in 0x80u16..=0xFFFF {
        for letter in [
            u16::from(b'I'),
            u16::from(b'S'),
            u16::from(b'K'),
            u16::from(b'A'),
        ] {
            assert!(
                !names_eq([unit], [letter]),
                "{unit:#06x} must not match {letter:#x}"
            );
        }
    }
}

/// Unpaired surrogates compare as themselves (they are code units like any other).
#[test]
fn unpaired_surrogates() {
    let a = [0x61, 0xD800, 0x62];
    assert!(names_eq(a, [0x41, 0xD800, 0x42]));
    assert!(!names_eq(a, [0x41, 0xDC00, 0x42]));
    assert!(
        !names_eq(a, [0x41, 0xFFFD, 0x42]),
        "not the lossy replacement"
    );
    // A lenient view keeps the unpaired surrogate and its lookup sees it.
    let bytes = utf16(&a);
    assert!(!Utf16Str::from_le_bytes(&bytes).eq_ignore_case("a\u{FFFD}b"));
    assert!(!Utf16Str::from_le_bytes(&bytes).eq_ignore_case("ab"));
}

fn utf16(units: &[u16]) -> Vec<u8> {
    units.iter().flat_map(|u| u.to_le_bytes()).collect()
}

/// A list with one DWORD per name, values 0, 1, 2, ...
fn list_of(names: &[&str]) -> Vec<u8> {
    let mut b = PropertyListBuilder::new();
    for (i, name) in names.iter().enumerate() {
        b.property(name).dword(u32::try_from(i).unwrap());
    }
    b.finish().unwrap()
}

fn dword(p: &clusprop::Property<'_>) -> u32 {
    p.value().and_then(|v| v.as_u32()).unwrap()
}

/// `PropertyList::get` and `OwnedPropertyList::get` find the same property for every query.
#[test]
fn view_and_owned_lookups() {
    let names = [
        "Größe",
        "ǅx",
        "ΣΊΣΥΦΟΣ",
        "\u{1F88}",
        "\u{13A0}",
        "\u{10400}",
        "Description",
        "AutoMetric",
        "STRASSE",
    ];
    let bytes = list_of(&names);
    let list = PropertyList::parse(&bytes).unwrap();
    let owned = list.into_owned();
    let found = |query: &str| {
        let view = list.get(query).map(|p| dword(&p));
        let from_owned = owned
            .get(query)
            .map(|p| names.iter().position(|n| *n == p.name).unwrap());
        assert_eq!(
            view,
            from_owned.map(|i| u32::try_from(i).unwrap()),
            "view and owned lookups agree on {query:?}"
        );
        view
    };
    assert_eq!(found("GRÖßE"), Some(0));
    assert_eq!(found("größe"), Some(0));
    assert_eq!(found("GRÖSSE"), None);
    assert_eq!(found("Ǆx"), Some(1));
    assert_eq!(found("ǆX"), Some(1));
    assert_eq!(found("σίσυφος"), Some(2));
    assert_eq!(found("σίσυφοσ"), Some(2));
    assert_eq!(found("\u{1F80}"), Some(3));
    assert_eq!(found("\u{AB70}"), Some(4));
    assert_eq!(found("\u{10400}"), Some(5));
    assert_eq!(found("\u{10428}"), None, "astral letters are not folded");
    assert_eq!(found("DESCRIPTION"), Some(6));
    assert_eq!(found("Deſcription"), None);
    assert_eq!(found("DEſCRIPTION"), None);
    assert_eq!(found("autometric"), Some(7));
    assert_eq!(found("autometrıc"), None);
    assert_eq!(found("AUTOMETRİC"), None);
    assert_eq!(found("straße"), None);
    assert_eq!(found("strasse"), Some(8));
}

/// The schema's lookup, its validation (unknown and duplicate properties) and the serde field
/// matching all use the same comparison.
#[test]
fn schema_lookups() {
    assert_eq!(
        NETWORK.get("description").map(|p| p.name),
        Some("Description")
    );
    assert_eq!(
        NETWORK.get("AUTOMETRIC").map(|p| p.name),
        Some("AutoMetric")
    );
    assert!(NETWORK.get("Deſcription").is_none());
    assert!(NETWORK.get("autometrıc").is_none());
    assert!(NETWORK.get("ROLE").is_some());
    assert!(NETWORK.get("RO\u{141}E").is_none());

    let validate =
        |names: &[&str]| NETWORK.validate(&PropertyList::parse(&list_of(names)).unwrap());
    assert_eq!(validate(&["autometric"]), Ok(()));
    assert!(matches!(
        validate(&["AutoMetrıc"]),
        Err(PropertyError::Unknown { name, .. }) if name == "AutoMetrıc"
    ));
    assert!(matches!(
        validate(&["AutoMetric", "AUTOMETRIC"]),
        Err(PropertyError::Duplicate { .. })
    ));
    assert!(
        validate(&["AutoMetric", "Metrıc"]).is_err(),
        "Metrıc is unknown"
    );
}

#[cfg(feature = "serde")]
#[test]
fn typed_reads_match_fields_as_windows() {
    use clusprop::objects::network::NetworkCommonProperties;

    let bytes = list_of(&["AUTOMETRIC", "metric"]);
    let props = NetworkCommonProperties::from_list(&PropertyList::parse(&bytes).unwrap()).unwrap();
    assert_eq!(props.auto_metric, Some(false));
    assert_eq!(props.metric, Some(1));

    let bytes = list_of(&["AutoMetrıc"]);
    let props = NetworkCommonProperties::from_list(&PropertyList::parse(&bytes).unwrap()).unwrap();
    assert_eq!(props.auto_metric, None, "autometrıc is not AutoMetric");
    assert_eq!(props.other.len(), 1, "{:?}", props.other);
}
