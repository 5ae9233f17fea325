//! Helpers shared by the integration tests: test data and a tiny raw-byte writer for building
//! malformed buffers by hand (deliberately independent of the crate's builder). The CLI's tests
//! (`cli/tests/`) include this file and add what runs the binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository's root, which holds `tests/data`: the manifest directory of the library, whose
/// tests these are, and the parent of the CLI's (`cli/tests/common` includes this file).
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .find(|dir| dir.join("tests/data").is_dir())
        .unwrap_or(manifest)
        .to_path_buf()
}

/// `tests/data/<name>`.
pub fn data_path(name: &str) -> PathBuf {
    root().join("tests/data").join(name)
}

/// The bytes of `tests/data/<name>`.
pub fn data(name: &str) -> Vec<u8> {
    std::fs::read(data_path(name)).unwrap_or_else(|e| panic!("tests/data/{name}: {e}"))
}

/// Every `.bin` file under `tests/data` (captures, samples, regressions, expected outputs),
/// sorted: the buffers the tests that must hold for any input walk.
pub fn buffers() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("tests/data is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "bin") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&data_path(""), &mut out);
    out.sort();
    out
}

/// The six real captures: (file name, property count).
pub const CAPTURES: &[(&str, usize)] = &[
    ("samba-cluster-ro-common-6.bin", 6),
    ("samba-node-ro-common-12.bin", 12),
    ("wexp-cluster-common-74.bin", 74),
    ("wexp-resource-common-generic-service-15.bin", 15),
    ("wexp-resource-ro-common-generic-service-6.bin", 6),
    ("wexp-resource-ro-private-ip-address-5.bin", 5),
];

/// The valid generated samples (Samba-checked), in both layouts.
pub const VALID_SAMPLES: &[&str] = &[
    "samples/network_common.bin",
    "samples/network_common.listend.bin",
    "samples/syntaxes.bin",
    "samples/syntaxes.listend.bin",
    "samples/names.bin",
    "samples/names.listend.bin",
    "samples/empty.bin",
    "samples/empty.listend.bin",
    "samples/single_dword.bin",
    "samples/single_dword.listend.bin",
    "samples/multi_value.bin",
    "samples/multi_value.listend.bin",
    "samples/multi_value_last.bin",
    "samples/multi_value_last.listend.bin",
];

pub const NAME: u32 = 0x0004_0003;
pub const DWORD: u32 = 0x0001_0002;
pub const SZ: u32 = 0x0001_0003;

/// A raw byte writer: little-endian words, entries with explicit lengths, padding.
#[derive(Default, Clone)]
pub struct Raw(pub Vec<u8>);

impl Raw {
    pub fn new() -> Self {
        Raw(Vec::new())
    }
    pub fn u32(mut self, v: u32) -> Self {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }
    pub fn bytes(mut self, b: &[u8]) -> Self {
        self.0.extend_from_slice(b);
        self
    }
    /// Zero padding to a multiple of 4.
    pub fn pad(mut self) -> Self {
        while self.0.len() % 4 != 0 {
            self.0.push(0);
        }
        self
    }
    /// An entry: syntax, cbLength = data length, data, zero padding.
    pub fn entry(self, syntax: u32, data: &[u8]) -> Self {
        self.u32(syntax).u32(data.len() as u32).bytes(data).pad()
    }
    /// A NAME entry for `name` with its NUL.
    pub fn name(self, name: &str) -> Self {
        self.entry(NAME, &utf16z(name))
    }
    pub fn end(self) -> Self {
        self.u32(0)
    }
    pub fn build(self) -> Vec<u8> {
        self.0
    }
}

/// UTF-16LE without NUL.
pub fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// UTF-16LE with one NUL.
pub fn utf16z(s: &str) -> Vec<u8> {
    let mut v = utf16(s);
    v.extend_from_slice(&[0, 0]);
    v
}

/// `Role = 1`: the 40-byte list of spec section 14.4 (a). Offsets: count 0, name header 4
/// (cbLength at 8), name data 12..22, padding 22..24, value header 24 (cbLength at 28), data
/// 32..36, end mark 36.
pub fn role_list() -> Vec<u8> {
    Raw::new()
        .u32(1)
        .name("Role")
        .entry(DWORD, &1u32.to_le_bytes())
        .end()
        .build()
}

/// `levels` property lists wrapped around a list holding one DWORD (`D` = 7), each a list of
/// one property `N` whose LIST_VALUE_PROPERTY_LIST value holds the next: the outermost at depth
/// 0, the DWORD list at depth `levels`, each level's nested data 24 bytes further on (count,
/// name entry "N", value header). With `trailing_end_mark`, each wrapping list ends with one.
/// Written by hand: the builders refuse to nest deeper than the parser reads.
pub fn nested_property_lists(levels: usize, trailing_end_mark: bool) -> Vec<u8> {
    let mut inner = Raw::new()
        .u32(1)
        .name("D")
        .entry(DWORD, &7u32.to_le_bytes())
        .end()
        .build();
    for _ in 0..levels {
        let list = Raw::new()
            .u32(1)
            .name("N")
            .entry(clusprop::Syntax::LIST_VALUE_PROPERTY_LIST.0, &inner)
            .end();
        inner = if trailing_end_mark { list.end() } else { list }.build();
    }
    inner
}

/// The dissections of `bytes` (as a property list, a value list and value lists, in `mode`)
/// agree with the parser ([`check_dissection`] each); returns whether the property list parsed.
pub fn check_dissections(bytes: &[u8], mode: clusprop::Mode) -> bool {
    use clusprop::dissect::{dissect_property_list, dissect_value_list, dissect_value_lists};
    use clusprop::read::ValueLists;
    use clusprop::{PropertyList, ValueList};
    let list = PropertyList::parse_with(bytes, mode);
    let parsed = list.is_ok();
    let expected = list.map(|l| property_list_layout(&l));
    check_dissection(
        &dissect_property_list(bytes, mode),
        bytes,
        expected.as_ref(),
    );
    let expected = ValueList::parse_with(bytes, mode).map(|l| value_list_layout(&l));
    check_dissection(&dissect_value_list(bytes, mode), bytes, expected.as_ref());
    let expected = ValueLists::parse_with(bytes, mode).map(|lists| {
        lists
            .iter()
            .flat_map(|l| value_list_layout(&l))
            .collect::<Vec<_>>()
    });
    check_dissection(&dissect_value_lists(bytes, mode), bytes, expected.as_ref());
    parsed
}

/// The depth-0 entries a parsed property list has, read from its view: (kind, offset).
pub fn property_list_layout(list: &clusprop::PropertyList<'_>) -> Vec<(&'static str, usize)> {
    let mut out = vec![("count", list.offset())];
    let mut end = list.offset() + 4;
    for property in list.properties() {
        out.push(("name", property.offset()));
        end = property.offset() + 8 + property.name_bytes().len() + property.name_padding().len();
        for value in property.values() {
            out.push(("value", value.offset()));
            end = value.offset() + 8 + value.len() + value.padding().len();
        }
        out.push(("end_mark", end));
        end += 4;
    }
    if list.has_trailing_end_mark() {
        out.push(("trailing_end_mark", end));
        end += 4;
    }
    if !list.trailing_bytes().is_empty() {
        out.push(("trailing_bytes", end));
    }
    out
}

/// The depth-0 entries a parsed value list has, read from its view: (kind, offset).
pub fn value_list_layout(list: &clusprop::ValueList<'_>) -> Vec<(&'static str, usize)> {
    let mut out = Vec::new();
    let mut end = list.offset();
    for value in list.values() {
        out.push(("value", value.offset()));
        end = value.offset() + 8 + value.len() + value.padding().len();
    }
    out.push(("end_mark", end));
    if !list.trailing_bytes().is_empty() {
        out.push(("trailing_bytes", end + 4));
    }
    out
}

/// A dissection agrees with its parse: the error is the parser's (`expected` is the parse's
/// result, as the depth-0 layout of the list's view), the depth-0 entries follow each other
/// from offset 0 (ending at the buffer's end when it parses, at or before the error's offset
/// when not), each entry's data and padding lie in it, and every nested list fills its value's
/// data exactly.
pub fn check_dissection(
    dissection: &clusprop::dissect::Dissection<'_>,
    bytes: &[u8],
    expected: Result<&Vec<(&'static str, usize)>, &clusprop::ParseError>,
) {
    let shown = || format!("{bytes:02x?}\n{dissection}");
    assert_eq!(dissection.error.as_ref(), expected.err(), "{}", shown());
    let top: Vec<(&'static str, usize)> = dissection
        .entries
        .iter()
        .filter(|e| e.depth == 0)
        .map(|e| (e.kind.as_str(), e.offset))
        .collect();
    if let Ok(layout) = expected {
        assert_eq!(&top, layout, "{}", shown());
    }
    for e in &dissection.entries {
        assert_eq!(e.bytes, &bytes[e.offset..e.end()], "{}", shown());
        assert!(
            e.offset <= e.data.start
                && e.data.end == e.padding.start
                && e.padding.end == e.end()
                && e.padding.len() < 4,
            "{}",
            shown()
        );
    }
    let end = contiguous(&dissection.entries, 0, 0, &shown);
    match &dissection.error {
        None => assert_eq!(end, bytes.len(), "{}", shown()),
        Some(error) => assert!(end <= error.offset(), "{}", shown()),
    }
}

/// Checks that the entries at `depth` from the start of `entries` follow each other from
/// `start`, each nested list (the entries one deeper after a value) filling its value's data;
/// returns where they end. Stops at the first entry shallower than `depth`.
fn contiguous(
    entries: &[clusprop::dissect::Entry<'_>],
    depth: usize,
    start: usize,
    shown: &dyn Fn() -> String,
) -> usize {
    let mut at = start;
    let mut i = 0;
    while let Some(e) = entries.get(i) {
        if e.depth < depth {
            break;
        }
        assert_eq!((e.depth, e.offset), (depth, at), "{}", shown());
        at = e.end();
        i += 1;
        if entries.get(i).is_some_and(|next| next.depth > depth) {
            let inner_end = contiguous(&entries[i..], depth + 1, e.data.start, shown);
            assert_eq!(
                inner_end,
                e.data.end,
                "a nested list fills its value's data\n{}",
                shown()
            );
            while entries.get(i).is_some_and(|next| next.depth > depth) {
                i += 1;
            }
        }
    }
    at
}
