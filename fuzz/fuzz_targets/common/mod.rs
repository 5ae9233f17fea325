//! Shared by the parse targets: walk everything a checked list exposes, and check the invariants
//! the crate documents.
#![allow(dead_code)]

use clusprop::{
    Decoded, Mode, OwnedPropertyList, OwnedValueList, Property, PropertyList, Value, ValueList,
};

/// Reads every accessor of a value, every typed getter, its decoded form, and walks nested lists.
pub fn walk_value(value: &Value<'_>) {
    let syntax = value.syntax();
    assert_eq!(syntax.format(), value.format());
    assert_eq!(syntax.ty(), value.ty());
    let bytes = value.bytes();
    assert_eq!(bytes.len(), value.len());
    assert_eq!(bytes.is_empty(), value.is_empty());
    assert!(value.padding().len() < 4);
    assert_eq!((bytes.len() + value.padding().len()) % 4, 0);

    let getters = [
        value.as_u32().is_some(),
        value.as_i32().is_some(),
        value.as_u16().is_some(),
        value.as_u64().is_some(),
        value.as_i64().is_some(),
        value.as_filetime().is_some(),
        value.as_str().is_some(),
        value.as_multi_sz().is_some(),
        value.as_property_list().is_some(),
        value.as_value_list().is_some(),
    ];
    assert!(getters.iter().filter(|&&g| g).count() <= 1, "{getters:?}");
    if let Some(t) = value.as_filetime() {
        let _ = t.to_system_time();
        assert_eq!(clusprop::FileTime::from_parts(t.low(), t.high()), t);
    }

    match value.decoded() {
        Decoded::PropertyList(list) => {
            assert_eq!(list.as_bytes(), bytes);
            walk_property_list(&list);
        }
        Decoded::ValueList(list) => {
            assert_eq!(list.as_bytes(), bytes);
            walk_value_list(&list);
        }
        Decoded::Sz(s) | Decoded::ExpandSz(s) | Decoded::ExpandedSz(s) => {
            assert_eq!(value.as_str().map(|v| v.as_bytes()), Some(s.as_bytes()));
            walk_str(s);
        }
        Decoded::MultiSz(m) => {
            assert_eq!(m.as_bytes(), bytes);
            let mut n = 0;
            for s in m.iter() {
                walk_str(s);
                n += 1;
            }
            assert_eq!(n, m.len());
            assert_eq!(n == 0, m.is_empty());
        }
        Decoded::Dword(v) => assert_eq!(value.as_u32(), Some(v)),
        Decoded::Long(v) => assert_eq!(value.as_i32(), Some(v)),
        Decoded::Word(v) => assert_eq!(value.as_u16(), Some(v)),
        Decoded::ULargeInteger(v) => assert_eq!(value.as_u64(), Some(v)),
        Decoded::LargeInteger(v) => assert_eq!(value.as_i64(), Some(v)),
        Decoded::FileTime(v) => assert_eq!(value.as_filetime(), Some(v)),
        Decoded::Binary(b) | Decoded::SecurityDescriptor(b) | Decoded::Bytes(b) => {
            assert_eq!(b, bytes)
        }
        _ => {}
    }
    let _ = value.is_canonical();
    let owned = value.into_owned();
    assert_eq!(owned.syntax, syntax);
    assert_eq!(owned.data, bytes);
    let _ = format!("{value:?}");
}

pub fn walk_str(s: clusprop::Utf16Str<'_>) {
    let lossy = s.to_string_lossy();
    assert_eq!(s.try_to_string().is_ok(), s.is_valid());
    assert_eq!(s.first_invalid().is_none(), s.is_valid());
    assert_eq!(s.code_units().count(), s.len());
    if s.is_valid() {
        assert!(s == lossy.as_str());
        assert!(s.eq_ignore_case(&lossy));
    }
    let _ = s.chars().count();
}

fn walk_property(property: &Property<'_>) {
    let name = property.name();
    assert!(name.is_valid(), "names are checked to be valid UTF-16");
    walk_str(name);
    let _ = property.name_bytes();
    let mut n = 0;
    for value in property.values() {
        walk_value(&value);
        n += 1;
    }
    assert_eq!(n, property.value_count());
    assert_eq!(property.values().len(), property.value_count());
    assert_eq!(property.value().is_some(), n > 0);
    let owned = property.into_owned();
    assert_eq!(owned.values.len(), n);
}

/// Walks a list, its properties and their values (nested lists included).
pub fn walk_property_list(list: &PropertyList<'_>) {
    let mut n = 0;
    let mut last_offset = None;
    for property in list.properties() {
        if let Some(last) = last_offset {
            assert!(property.offset() > last);
        }
        last_offset = Some(property.offset());
        walk_property(&property);
        n += 1;
    }
    assert_eq!(n, list.len());
    assert_eq!(list.is_empty(), n == 0);
    if list.mode() == Mode::Strict {
        assert!(list.trailing_bytes().is_empty());
    }
    let _ = list.has_trailing_end_mark();
    let _ = list.offset();
    let _ = list.is_canonical();

    let owned = list.into_owned();
    assert_eq!(owned.properties.len(), n);
    // Lookup by name: each name finds a property with an equal name, in the view and in the owned
    // copy alike.
    for property in list.properties().take(64) {
        let name = property.name().to_string_lossy();
        let found = list.get(&name).expect("a property finds itself by name");
        assert!(found.name().eq_ignore_case(&name));
        assert!(found.offset() <= property.offset());
        let owned_found = owned.get(&name).expect("owned lookup");
        assert_eq!(
            owned_found.name,
            found.name().to_string_lossy(),
            "PropertyList::get and OwnedPropertyList::get disagree for {name:?}"
        );
    }

    let json = serde_json::to_vec(list).expect("views serialize");
    let owned_json = serde_json::to_vec(&owned).expect("owned lists serialize");
    if list.mode() == Mode::Strict {
        // Both write their keys in the same order, so the bytes compare.
        assert_eq!(
            json, owned_json,
            "the view and its owned copy serialize differently"
        );
    }
    let _ = format!("{list:?}");
}

/// Walks a value list and its values (nested lists included).
pub fn walk_value_list(list: &ValueList<'_>) {
    let mut n = 0;
    for value in list.values() {
        walk_value(&value);
        n += 1;
    }
    assert_eq!(n, list.len());
    assert_eq!(list.is_empty(), n == 0);
    if list.mode() == Mode::Strict {
        assert!(list.trailing_bytes().is_empty());
    }
    let _ = list.offset();
    let _ = list.is_canonical();
    let owned = list.into_owned();
    assert_eq!(owned.values.len(), n);
    let json = serde_json::to_vec(list).expect("views serialize");
    let owned_json = serde_json::to_vec(&owned).expect("owned lists serialize");
    if list.mode() == Mode::Strict {
        // Both write their keys in the same order, so the bytes compare.
        assert_eq!(
            json, owned_json,
            "the view and its owned copy serialize differently"
        );
    }
    let _ = format!("{list:?}");
}

/// Rebuilds an owned property list and checks it reads back to the same content in `mode`.
pub fn rebuild_property_list(owned: &OwnedPropertyList, mode: Mode) -> Option<Vec<u8>> {
    let bytes = match owned.to_bytes() {
        Ok(bytes) => bytes,
        Err(e) => {
            assert_eq!(mode, Mode::Lenient, "a strict list failed to encode: {e}");
            return None;
        }
    };
    assert_eq!(owned.encoded_len().expect("measures"), bytes.len());
    let reparsed = PropertyList::parse_with(&bytes, mode).expect("the rebuilt list parses");
    walk_property_list(&reparsed);
    assert_eq!(
        &reparsed.into_owned(),
        owned,
        "round trip changed the content"
    );
    Some(bytes)
}

/// Rebuilds an owned value list and checks it reads back to the same content in `mode`.
pub fn rebuild_value_list(owned: &OwnedValueList, mode: Mode) -> Vec<u8> {
    let bytes = owned.to_bytes().expect("a parsed value list encodes");
    assert_eq!(owned.encoded_len().expect("measures"), bytes.len());
    let reparsed = ValueList::parse_with(&bytes, mode).expect("the rebuilt list parses");
    walk_value_list(&reparsed);
    assert_eq!(
        &reparsed.into_owned(),
        owned,
        "round trip changed the content"
    );
    bytes
}
