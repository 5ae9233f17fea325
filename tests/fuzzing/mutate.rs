//! Mutations for the deterministic fuzzer, and a seeded generator of lists, on top of the
//! crate's own mutator (`clusprop::mutate`: structural edits of the owned model, edits of the
//! counts, lengths and syntax words the dissector finds, byte mutations; its generators).
//!
//! What is left here is what a fuzz target's mutator has no use for: a [`Shape`] records where a
//! valid buffer keeps its counts, syntax words, `cbLength` fields and entries (nested lists
//! included), found with the reference decoder rather than the parser (the exhaustive field edits
//! of `tests/deterministic_fuzz.rs` walk it); [`mutate`] adds raw splices of entries from other
//! buffers, wrapping in up to 18 levels of nested lists and appended entries to the crate's
//! mutations.

use crate::reference::{self, RDecoded, RList, RValue};
use clusprop::mutate::{Mutator, SplitMix64};
use clusprop::{OwnedPropertyList, OwnedValue, OwnedValueList};

/// The crate's SplitMix64, with a `pick` for slices that are never empty.
#[derive(Debug, Clone)]
pub struct Rng(SplitMix64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(SplitMix64::new(seed))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }
    pub fn below(&mut self, n: usize) -> usize {
        self.0.below(n)
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.0.chance(one_in)
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        self.0.pick(items).expect("a non-empty slice")
    }
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        self.0.bytes(n)
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

/// One to four stacked mutations of `base` (whose fields `shape` describes): half of them the
/// crate's mutator (with a donor's properties to splice), the others raw splices of `donors`'
/// entries, deep nesting and appended entries.
pub fn mutate(rng: &mut Rng, base: &[u8], shape: &Shape, donors: &[(Vec<u8>, Shape)]) -> Vec<u8> {
    let mut buf = base.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        if rng.chance(2) {
            let mut mutator = Mutator::new(rng.next_u64()).with_stack(1);
            if !donors.is_empty() {
                mutator.add_donor(&rng.pick(donors).0);
            }
            buf = mutator.mutate(&buf, 1 << 20);
        } else {
            mutate_once(rng, &mut buf, shape, donors);
        }
    }
    buf
}

fn mutate_once(rng: &mut Rng, buf: &mut Vec<u8>, shape: &Shape, donors: &[(Vec<u8>, Shape)]) {
    let len = buf.len();
    match rng.below(4) {
        // A splice: a span of a donor inserted at, or replacing, a span of this buffer.
        0 | 1 if !donors.is_empty() => {
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
        // Nesting: the buffer wrapped once or many times.
        2 => {
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
    Mutator::new(rng.next_u64()).text()
}

/// A random owned value of any format, nested lists down to `depth` 0.
pub fn value(rng: &mut Rng, depth: u32) -> OwnedValue {
    Mutator::new(rng.next_u64()).value(depth)
}

/// A random owned property list (nested lists down to `depth` levels below it).
pub fn list(rng: &mut Rng, depth: u32) -> OwnedPropertyList {
    Mutator::new(rng.next_u64()).property_list(depth)
}

/// A random owned value list.
pub fn value_list(rng: &mut Rng, depth: u32) -> OwnedValueList {
    Mutator::new(rng.next_u64()).value_list(depth)
}
