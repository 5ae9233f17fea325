//! Structure-aware mutations for the deterministic fuzzer, and a seeded generator of lists.
//!
//! A [`Shape`] records where a valid buffer keeps its counts, syntax words, `cbLength` fields and
//! entries (nested lists included), found with the reference decoder; [`mutate`] then edits those
//! fields on purpose (lengths off by one or huge, counts off by one or impossible, syntaxes
//! swapped for others), truncates, splices entries from other buffers, deletes and duplicates
//! entries, misaligns, wraps the buffer into nested lists, and flips bits.

use crate::reference::{self, RDecoded, RList, RValue};
use clusprop::{FileTime, OwnedProperty, OwnedPropertyList, OwnedValue, OwnedValueList, Syntax};

/// SplitMix64: small, seeded, deterministic.
#[derive(Debug, Clone)]
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next_u64() as u8).collect()
    }
}

/// Where a buffer's fields are.
#[derive(Debug, Clone, Default)]
pub struct Shape {
    /// Offsets of property counts (the outer list's and nested property lists').
    pub counts: Vec<usize>,
    /// Offsets of syntax words: names, values, end marks.
    pub syntaxes: Vec<usize>,
    /// Offsets of `cbLength` fields, with the data length they hold.
    pub lengths: Vec<(usize, usize)>,
    /// Byte ranges of whole entries and whole properties: what splices move.
    pub spans: Vec<(usize, usize)>,
}

fn entry_size(data_len: usize) -> usize {
    8 + data_len + (4 - data_len % 4) % 4
}

impl Shape {
    /// The shape of `bytes` read as a property list (leniently) or, failing that, as a value
    /// list; empty when neither reads.
    pub fn of(bytes: &[u8]) -> Shape {
        let mut shape = Shape::default();
        if let Ok(list) = reference::property_list(bytes, reference::Mode::Lenient) {
            shape.add_list(&list, 0);
        } else if let Ok(list) = reference::value_list(bytes, reference::Mode::Lenient) {
            let end = shape.add_values(&list.values, 0);
            shape.syntaxes.push(end);
        }
        shape
    }

    fn add_list(&mut self, list: &RList, at: usize) {
        self.counts.push(at);
        let mut end = at + 4;
        for p in &list.properties {
            self.syntaxes.push(p.offset);
            self.lengths.push((p.offset + 4, p.name_bytes.len()));
            let name_end = p.offset + entry_size(p.name_bytes.len());
            self.spans.push((p.offset, name_end));
            let values_end = self.add_values(&p.values, name_end);
            self.syntaxes.push(values_end);
            end = values_end + 4;
            self.spans.push((p.offset, end));
        }
        if list.trailing_end_mark {
            self.syntaxes.push(end);
            self.spans.push((end, end + 4));
        }
    }

    /// Adds the values starting at `start`; returns the offset of their end mark.
    fn add_values(&mut self, values: &[RValue], start: usize) -> usize {
        let mut end = start;
        for v in values {
            self.syntaxes.push(v.offset);
            self.lengths.push((v.offset + 4, v.data.len()));
            end = v.offset + entry_size(v.data.len());
            self.spans.push((v.offset, end));
            match &v.decoded {
                RDecoded::PropertyList(inner) => self.add_list(inner, v.offset + 8),
                RDecoded::ValueList(inner) => {
                    let inner_end = self.add_values(&inner.values, v.offset + 8);
                    self.syntaxes.push(inner_end);
                }
                _ => {}
            }
        }
        end
    }
}

/// Syntax words worth swapping in.
pub const SYNTAXES: &[u32] = &[
    0x0000_0000, // end mark
    0x0004_0003, // NAME
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
    0x0001_0000, // LIST_VALUE, format UNKNOWN
    0x0001_000F, // an unknown format
    0x0001_8000, // a user format
    0x0002_0002, // RESCLASS
    0x0005_0002, // DISK_SIGNATURE
    0x8000_0002, // a user type
    0x8001_0003,
    0xFFFE_0005,
    0xFFFF_0002, // CLUSPROP_TYPE_UNKNOWN
    0x0000_0002, // type ENDMARK, format DWORD
    0x0004_0002, // type NAME, format DWORD
    0x0003_0004,
];

fn interesting_u32(rng: &mut Rng, near: usize, room: usize) -> u32 {
    let near = near as u32;
    let room = room as u32;
    match rng.below(14) {
        0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        4 => 4,
        5 => 8,
        6 => u32::MAX,
        7 => 0x7FFF_FFFF,
        8 => 0x8000_0000,
        9 => room,
        10 => room.wrapping_add(1),
        11 => near.wrapping_add(1 + rng.below(4) as u32),
        12 => near.wrapping_sub(1 + rng.below(4) as u32),
        _ => rng.next_u64() as u32 & 0xFFFF,
    }
}

fn put_u32(buf: &mut [u8], at: usize, v: u32) {
    if at + 4 <= buf.len() {
        buf[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
}

fn get_u32(buf: &[u8], at: usize) -> u32 {
    buf.get(at..at + 4)
        .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Wraps `inner` as the data of a nested-list value in a one-property list (or a value list).
pub fn wrap(inner: &[u8], property_list: bool, as_value_list_format: bool) -> Vec<u8> {
    let syntax: u32 = if as_value_list_format {
        0x0001_000D
    } else {
        0x0001_000E
    };
    let mut out = Vec::new();
    let value = |out: &mut Vec<u8>| {
        out.extend_from_slice(&syntax.to_le_bytes());
        out.extend_from_slice(&(inner.len() as u32).to_le_bytes());
        out.extend_from_slice(inner);
        while out.len() % 4 != 0 {
            out.push(0);
        }
    };
    if property_list {
        out.extend_from_slice(&1u32.to_le_bytes());
        out.extend_from_slice(&0x0004_0003u32.to_le_bytes());
        out.extend_from_slice(&4u32.to_le_bytes());
        out.extend_from_slice(&[b'N', 0, 0, 0]);
        value(&mut out);
        out.extend_from_slice(&[0; 4]);
    } else {
        value(&mut out);
        out.extend_from_slice(&[0; 4]);
    }
    out
}

/// One to four stacked mutations of `base` (whose fields `shape` describes); `donors` supply
/// spliced bytes.
pub fn mutate(rng: &mut Rng, base: &[u8], shape: &Shape, donors: &[(Vec<u8>, Shape)]) -> Vec<u8> {
    let mut buf = base.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        mutate_once(rng, &mut buf, shape, donors);
    }
    buf
}

fn mutate_once(rng: &mut Rng, buf: &mut Vec<u8>, shape: &Shape, donors: &[(Vec<u8>, Shape)]) {
    let len = buf.len();
    match rng.below(15) {
        // Bit flips.
        0 | 1 if len > 0 => {
            for _ in 0..1 + rng.below(3) {
                let i = rng.below(len);
                buf[i] ^= 1 << rng.below(8);
            }
        }
        // A byte set to an interesting value.
        2 if len > 0 => {
            let i = rng.below(len);
            buf[i] = *rng.pick(&[0x00, 0xFF, 0x7F, 0x80, 0x01, 0xD8, 0xDC]);
        }
        // A length edit.
        3 | 4 if !shape.lengths.is_empty() => {
            let &(at, data_len) = rng.pick(&shape.lengths);
            let room = len.saturating_sub(at + 4);
            let v = interesting_u32(rng, data_len, room);
            put_u32(buf, at, v);
        }
        // A count edit.
        5 if !shape.counts.is_empty() => {
            let &at = rng.pick(&shape.counts);
            let now = get_u32(buf, at) as usize;
            let v = interesting_u32(rng, now, (len.saturating_sub(at + 4)) / 12);
            put_u32(buf, at, v);
        }
        // A syntax swap.
        6 | 7 if !shape.syntaxes.is_empty() => {
            let &at = rng.pick(&shape.syntaxes);
            let v = if rng.chance(8) {
                rng.next_u64() as u32
            } else {
                *rng.pick(SYNTAXES)
            };
            put_u32(buf, at, v);
        }
        // A truncation, often at a field boundary.
        8 => {
            let cut = if !shape.syntaxes.is_empty() && rng.chance(2) {
                (*rng.pick(&shape.syntaxes) + rng.below(9)).min(len)
            } else {
                rng.below(len + 1)
            };
            buf.truncate(cut);
        }
        // A splice: a span of a donor inserted at, or replacing, a span of this buffer.
        9 | 10 if !donors.is_empty() => {
            let (donor, donor_shape) = rng.pick(donors);
            let piece = if donor_shape.spans.is_empty() || rng.chance(4) {
                let a = rng.below(donor.len() + 1);
                let b = (a + rng.below(64)).min(donor.len());
                donor[a..b].to_vec()
            } else {
                let &(a, b) = rng.pick(&donor_shape.spans);
                donor[a.min(donor.len())..b.min(donor.len())].to_vec()
            };
            if shape.spans.is_empty() {
                let at = rng.below(len + 1);
                buf.splice(at..at, piece);
            } else {
                let &(a, b) = rng.pick(&shape.spans);
                let (a, b) = (a.min(len), b.min(len));
                if rng.chance(2) {
                    buf.splice(a..b, piece);
                } else {
                    buf.splice(a..a, piece);
                }
            }
        }
        // A span deleted or duplicated.
        11 if !shape.spans.is_empty() => {
            let &(a, b) = rng.pick(&shape.spans);
            let (a, b) = (a.min(len), b.min(len));
            if rng.chance(2) {
                buf.drain(a..b);
            } else {
                let copy = buf[a..b].to_vec();
                buf.splice(b..b, copy);
            }
        }
        // Misalignment: bytes inserted or removed.
        12 => {
            let at = rng.below(len + 1);
            if rng.chance(2) || len == 0 {
                let n = 1 + rng.below(8);
                let junk = rng.bytes(n);
                buf.splice(at..at, junk);
            } else {
                let end = (at + 1 + rng.below(8)).min(len);
                buf.drain(at..end);
            }
        }
        // Nesting: the buffer wrapped once or many times.
        13 => {
            let times = if rng.chance(4) { 14 + rng.below(5) } else { 1 };
            for _ in 0..times {
                let pl = rng.chance(3);
                *buf = wrap(buf, !pl || rng.chance(2), pl);
            }
        }
        // Things appended: an end mark, a NAME, junk.
        _ => match rng.below(3) {
            0 => buf.extend_from_slice(&[0; 4]),
            1 => buf.extend_from_slice(&0x0004_0003u32.to_le_bytes()),
            _ => {
                let n = 1 + rng.below(6);
                let junk = rng.bytes(n);
                buf.extend_from_slice(&junk);
            }
        },
    }
}

/// A random string: ASCII, non-ASCII, astral, sometimes empty; never a NUL.
pub fn text(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "Role",
        "Metric",
        "a",
        "Ä",
        "ß",
        "ſ",
        "İ",
        "😀",
        "Σ",
        "\u{FFFF}",
        " ",
        "%SystemRoot%",
        "x",
    ];
    let n = rng.below(5);
    (0..n).map(|_| *rng.pick(PIECES)).collect()
}

/// A random owned value of any format, nested lists down to `depth` 0.
pub fn value(rng: &mut Rng, depth: u32) -> OwnedValue {
    let kinds = if depth > 0 { 16 } else { 14 };
    let v = match rng.below(kinds) {
        0 => OwnedValue::dword(rng.next_u64() as u32),
        1 => OwnedValue::long(rng.next_u64() as i32),
        2 => OwnedValue::word(rng.next_u64() as u16),
        3 => OwnedValue::ularge_integer(rng.next_u64()),
        4 => OwnedValue::large_integer(rng.next_u64() as i64),
        5 => OwnedValue::filetime(FileTime(rng.next_u64())),
        6 => {
            let n = rng.below(12);
            OwnedValue::binary(rng.bytes(n))
        }
        7 => {
            let n = rng.below(12);
            OwnedValue::security_descriptor(rng.bytes(n))
        }
        8 => OwnedValue::sz(&text(rng)).expect("no NUL"),
        9 => OwnedValue::expand_sz(&text(rng)).expect("no NUL"),
        10 => OwnedValue::expanded_sz(&text(rng)).expect("no NUL"),
        11 => {
            let mut items: Vec<String> = (0..rng.below(4)).map(|_| text(rng)).collect();
            // Windows reads a MULTI_SZ up to its first empty string: the builders refuse one.
            items.retain(|s| !s.is_empty());
            OwnedValue::multi_sz(&items).expect("encodable")
        }
        12 => {
            let n = rng.below(9);
            let data = rng.bytes(n);
            OwnedValue::new(
                Syntax(0x0001_0000 | (0x0F + rng.below(0x7FF0) as u32)),
                data,
            )
        }
        13 => {
            let n = rng.below(9);
            let data = rng.bytes(n);
            OwnedValue::new(Syntax(0x0001_0000), data)
        }
        14 => OwnedValue::property_list(&list(rng, depth - 1)).expect("encodable"),
        _ => OwnedValue::value_list(&value_list(rng, depth - 1)).expect("encodable"),
    };
    if rng.chance(8) {
        // A user type with the same format.
        let ty = 0x8000 + rng.below(0x7FFF) as u32;
        OwnedValue::new(Syntax(ty << 16 | (v.syntax.0 & 0xFFFF)), v.data)
    } else {
        v
    }
}

/// A random owned property list (nested lists down to `depth` levels below it).
pub fn list(rng: &mut Rng, depth: u32) -> OwnedPropertyList {
    let n = rng.below(6);
    OwnedPropertyList {
        properties: (0..n)
            .map(|_| OwnedProperty {
                name: text(rng).into(),
                values: (0..1 + rng.below(3)).map(|_| value(rng, depth)).collect(),
                raw_name: None,
            })
            .collect(),
        trailing_end_mark: rng.chance(2),
        trailing_bytes: Vec::new(),
    }
}

/// A random owned value list.
pub fn value_list(rng: &mut Rng, depth: u32) -> OwnedValueList {
    OwnedValueList {
        values: (0..rng.below(4)).map(|_| value(rng, depth)).collect(),
        trailing_bytes: Vec::new(),
    }
}
