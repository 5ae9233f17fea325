//! The dissection (`clusprop::dissect`) agrees with the parser: for every buffer of `tests/data`,
//! cut and altered copies of them, nested lists and control outputs, its error is exactly the
//! parser's, and its entries are the list's entries, one after another (see
//! `common::check_dissection`). `tests/malformed.rs` checks every malformation class the same
//! way, and the `dissect` fuzz target any input.

mod common;

use clusprop::control::{ControlCode, OutputError};
use clusprop::dissect::{dissect_control_output, dissect_property_list, EntryKind};
use clusprop::mutate::SplitMix64;
use clusprop::{Mode, PropertyList, Syntax};
use common::{
    buffers, check_dissections, nested_property_lists, property_list_layout, role_list, Raw, DWORD,
    SZ,
};

#[test]
#[cfg_attr(miri, ignore)] // every file
fn every_buffer_dissects_as_it_parses() {
    let (mut files, mut parsed) = (0, 0);
    for path in buffers() {
        let bytes = std::fs::read(&path).expect("a test buffer");
        files += 1;
        for mode in [Mode::Strict, Mode::Lenient] {
            parsed += usize::from(check_dissections(&bytes, mode));
        }
    }
    // A guard that the walk found the buffers (60 at the time of writing, 73 readings as a
    // property list); `nested_lists_dissect_one_level_deeper` has the nested lists.
    assert!(files >= 59 && parsed >= 70, "{files} {parsed}");
}

#[test]
#[cfg_attr(miri, ignore)] // thousands of buffers
fn cut_and_altered_buffers_dissect_as_they_parse() {
    let mut rng = SplitMix64::new(0x0D15_5EC7);
    let mut malformed = 0;
    for path in buffers() {
        let bytes = std::fs::read(&path).expect("a test buffer");
        // Every cut of the smaller buffers, some of the larger ones.
        let step = (bytes.len() / 200).max(1);
        for len in (0..bytes.len()).step_by(step) {
            for mode in [Mode::Strict, Mode::Lenient] {
                malformed += usize::from(!check_dissections(&bytes[..len], mode));
            }
        }
        for _ in 0..40 {
            let mut altered = bytes.clone();
            for _ in 0..=rng.below(3) {
                if altered.is_empty() {
                    break;
                }
                let at = rng.below(altered.len());
                altered[at] = match rng.below(4) {
                    0 => 0,
                    1 => 0xFF,
                    _ => rng.next_u64() as u8,
                };
            }
            for mode in [Mode::Strict, Mode::Lenient] {
                malformed += usize::from(!check_dissections(&altered, mode));
            }
        }
    }
    assert!(malformed > 1000, "{malformed}");
}

/// Lists nested in values, down to the limit and beyond: each level's entries one deeper, each
/// filling its value's data; past the limit, the parser's error.
#[test]
fn nested_lists_dissect_one_level_deeper() {
    for levels in [1, 2, 5, clusprop::read::MAX_NESTING_DEPTH, 17, 18] {
        let inner = nested_property_lists(levels, true);
        for mode in [Mode::Strict, Mode::Lenient] {
            check_dissections(&inner, mode);
        }
        let dissection = dissect_property_list(&inner, Mode::Strict);
        let deepest = dissection.entries.iter().map(|e| e.depth).max();
        if levels <= clusprop::read::MAX_NESTING_DEPTH {
            assert_eq!(deepest, Some(levels), "{levels}");
        } else {
            assert!(dissection.error.is_some());
        }
    }
    // A VALUE_LIST value holding a value list; and one whose bytes do not form a list (bytes).
    let list = Raw::new().entry(DWORD, &[1, 0, 0, 0]).end().build();
    let bytes = Raw::new()
        .u32(2)
        .name("L")
        .entry(Syntax::LIST_VALUE_VALUE_LIST.0, &list)
        .end()
        .name("B")
        .entry(Syntax::LIST_VALUE_VALUE_LIST.0, &[1, 2, 3])
        .end()
        .build();
    check_dissections(&bytes, Mode::Strict);
    let text = dissect_property_list(&bytes, Mode::Strict).to_string();
    assert_eq!(
        text,
        "\
00000000  count  2
00000004  name  NAME  cbLength=4  \"L\"
00000010  value  0x0001000d  cbLength=16  value list of 1 value
00000018    value  LIST_VALUE_DWORD  cbLength=4  1
00000024    end_mark
00000028  end_mark
0000002c  name  NAME  cbLength=4  \"B\"
00000038  value  0x0001000d  cbLength=3  padding=00  010203
00000044  end_mark
"
    );
}

/// The text: every kind of line, non-zero padding flagged, lenient trailing bytes.
#[test]
fn entries_display_as_lines() {
    let bytes = Raw::new()
        .u32(1)
        .name("Name")
        .u32(SZ)
        .u32(3)
        .bytes(&[b'x', 0, b'y', 0])
        .u32(DWORD)
        .u32(4)
        .u32(5)
        .end()
        .end()
        .bytes(&[1, 2, 3])
        .build();
    assert!(PropertyList::parse(&bytes).is_err());
    check_dissections(&bytes, Mode::Lenient);
    let dissection = dissect_property_list(&bytes, Mode::Lenient);
    assert_eq!(
        dissection.to_string(),
        "\
00000000  count  1
00000004  name  NAME  cbLength=10  padding=0000  \"Name\"
00000018  value  LIST_VALUE_SZ  cbLength=3  padding=00  \"x\"
00000024  value  LIST_VALUE_DWORD  cbLength=4  5
00000030  end_mark
00000034  trailing_end_mark
00000038  trailing_bytes  010203
"
    );
    // Non-zero padding, which strict mode accepts too.
    let bytes = Raw::new()
        .u32(1)
        .name("A")
        .u32(SZ)
        .u32(2)
        .bytes(&[0, 0, 0xEE, 0])
        .end()
        .build();
    let dissection = dissect_property_list(&bytes, Mode::Strict);
    assert!(dissection.is_ok());
    assert_eq!(
        dissection.entries[2].to_string(),
        "00000010  value  LIST_VALUE_SZ  cbLength=2  padding=ee00 (non-zero!)  \"\""
    );
    assert!(!dissection.entries[2].padding_is_zero());
    assert_eq!(dissection.entries[2].padding_bytes(), [0xEE, 0]);
}

/// A malformed buffer: the entries before the error, the error, the row and the marker.
#[test]
fn errors_show_the_row_and_a_marker() {
    let mut bytes = role_list();
    bytes[28] = 3; // the DWORD's cbLength: 3
    let dissection = dissect_property_list(&bytes, Mode::Strict);
    assert_eq!(dissection.error, PropertyList::parse(&bytes).err());
    assert_eq!(
        dissection.to_string(),
        "\
00000000  count  1
00000004  name  NAME  cbLength=10  padding=0000  \"Role\"
error: wrong length for 0x00010002 (CLUSPROP_SYNTAX_LIST_VALUE_DWORD) at offset 28: expected 4 bytes, found 3
00000010  6c 00 65 00 00 00 00 00 02 00 01 00 03 00 00 00
                                              ^^
"
    );
    // At the end of the buffer: the last row, the marker after its last byte.
    let cut = &role_list()[..36];
    let dissection = dissect_property_list(cut, Mode::Strict);
    assert_eq!(dissection.error, PropertyList::parse(cut).err());
    let context = dissection.error_context().unwrap().to_string();
    assert_eq!(
        context,
        "00000020  01 00 00 00\n                      ^^ (end of buffer)\n"
    );
}

/// Control outputs dissect as `decode_output_with` decodes them: lists as lists, other shapes as
/// one entry, the same errors.
#[test]
fn control_outputs_dissect_as_they_decode() {
    let role = role_list();
    let name: Vec<u8> = common::utf16z("LAN");
    let cases: &[(ControlCode, &[u8])] = &[
        (ControlCode::NETWORK_GET_COMMON_PROPERTIES, &role),
        (ControlCode::NETWORK_GET_COMMON_PROPERTIES, &role[..30]),
        (ControlCode::NETWORK_GET_FLAGS, &[1, 0, 0, 0]),
        (ControlCode::NETWORK_GET_FLAGS, &[1, 0]),
        (ControlCode::NETWORK_GET_NAME, &name),
        (ControlCode::NETWORK_GET_NAME, &name[..5]),
        (ControlCode::NETWORK_ENUM_COMMON_PROPERTIES, &name),
        (ControlCode::NETWORK_ENUM_COMMON_PROPERTIES, &name[..3]),
        (
            ControlCode::RESOURCE_GET_CLASS_INFO,
            &[1, 0, 0, 0, 0, 0, 0, 0xC0],
        ),
        (
            ControlCode::RESOURCE_GET_STATE_CHANGE_TIME,
            &[1, 2, 3, 4, 5, 6, 7, 8],
        ),
        (
            ControlCode::RESOURCE_GET_REQUIRED_DEPENDENCIES,
            &[2, 0, 1, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS,
            &[0, 0, 0, 0, 0, 0, 0, 0],
        ),
        (
            ControlCode::RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS,
            &[0, 0, 0, 0, 1],
        ),
        (ControlCode::NETWORK_SET_COMMON_PROPERTIES, &[]),
        (ControlCode::NETWORK_SET_COMMON_PROPERTIES, &[1]),
        (ControlCode::CLUSTER_GET_CLUSDB_TIMESTAMP, &[1, 2, 3]),
        (ControlCode(0x0580_0001), &[1, 2, 3]),
    ];
    for &(code, bytes) in cases {
        for mode in [Mode::Strict, Mode::Lenient] {
            let decoded = code.decode_output_with(bytes, mode);
            let dissected = dissect_control_output(code, bytes, mode);
            match (&decoded, &dissected) {
                (Ok(_), Ok(d)) => {
                    assert!(d.is_ok(), "{code} {bytes:02x?}");
                    assert_eq!(d.end(), bytes.len(), "{code} {bytes:02x?}");
                }
                (Err(OutputError::Parse { error, .. }), Ok(d)) => {
                    assert_eq!(d.error.as_ref(), Some(error), "{code} {bytes:02x?}");
                    assert!(d.end() <= error.offset());
                }
                (Err(e), Err(d)) => assert_eq!(e, d),
                _ => panic!("{code} {bytes:02x?}: {decoded:?} / {dissected:?}"),
            }
        }
    }
    let flags = dissect_control_output(ControlCode::NETWORK_GET_FLAGS, &[1, 0, 0, 0], Mode::Strict)
        .unwrap();
    assert!(matches!(flags.entries[..], [ref e] if matches!(e.kind, EntryKind::Output(_))));
    let text = dissect_control_output(ControlCode::NETWORK_GET_NAME, &name, Mode::Strict)
        .unwrap()
        .to_string();
    assert_eq!(text, "00000000  output  \"LAN\"\n");
}

/// For a list that parses, the entries are the view's, kind for kind and offset for offset.
#[test]
fn the_entries_are_the_views() {
    let bytes = common::data("samples/network_common.listend.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    let dissection = dissect_property_list(&bytes, Mode::Strict);
    let layout: Vec<_> = dissection
        .entries
        .iter()
        .map(|e| (e.kind.as_str(), e.offset))
        .collect();
    assert_eq!(layout, property_list_layout(&list));
    let names: Vec<String> = dissection
        .entries
        .iter()
        .filter_map(|e| match e.kind {
            EntryKind::Name(n) => Some(n.to_string()),
            _ => None,
        })
        .collect();
    let expected: Vec<String> = list.properties().map(|p| p.name().to_string()).collect();
    assert_eq!(names, expected);
}
