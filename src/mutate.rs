//! A structure-aware mutator for fuzzing code that reads property lists and value lists: the
//! shape of libFuzzer's custom mutator and cross-over hooks (`fuzz_mutator!` and
//! `fuzz_crossover!` of `libfuzzer-sys`).
//!
//! [`mutate`] reads its input leniently as a property list (or, failing that, as a value list),
//! applies one to four structural [`Edit`]s and writes the result back; an input that reads as
//! neither gets edits of its raw fields (found with the [dissector](crate::dissect), which lists
//! the entries before the error) and byte mutations. [`crossover`] mixes the properties of two
//! inputs. Both are deterministic for a seed, never panic and never write more than they may.
//!
//! The edits that keep a list well formed ([`InsertProperty`](Edit::InsertProperty),
//! [`Nest`](Edit::Nest), [`RealName`](Edit::RealName), …) work on the owned model
//! ([`OwnedPropertyList`]), at the top level or inside a nested list, and encode with
//! [`Mode::Lenient`] (so raw names, non-zero padding and trailing bytes stay as they were); the
//! edits that break a rule on purpose ([`ChangeLength`](Edit::ChangeLength),
//! [`ChangeCount`](Edit::ChangeCount), [`ChangeSyntax`](Edit::ChangeSyntax), …) overwrite a field
//! of the bytes where the dissector found it. A [`Mutator`] applies chosen edits with chosen
//! weights.
//!
//! ```
//! use clusprop::mutate::{mutate, Edit, Mutator};
//! use clusprop::{Mode, PropertyList, PropertyListBuilder};
//!
//! let bytes = PropertyListBuilder::new().property("Role").dword(3).finish()?;
//!
//! // The libFuzzer hook: the mutant replaces the input in `data`, within `max_size` bytes.
//! let mut data = bytes.clone();
//! data.resize(256, 0);
//! let size = mutate(&mut data, bytes.len(), 256, 7);
//! assert!(size <= 256);
//!
//! // One edit, by hand: a real property name from the object schemas.
//! let mut mutator = Mutator::new(1);
//! let renamed = mutator.apply(Edit::RealName, &bytes).expect("a list with a property");
//! let name = PropertyList::parse_with(&renamed, Mode::Lenient)?
//!     .properties()
//!     .next()
//!     .map(|p| p.name().to_string_lossy());
//! assert!(clusprop::objects::SCHEMAS
//!     .iter()
//!     .any(|s| s.properties.iter().any(|p| Some(p.name) == name.as_deref())));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! In a cargo-fuzz target (FUZZING.md, "A structure-aware mutator for your fuzz targets"):
//!
//! ```ignore
//! libfuzzer_sys::fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
//!     clusprop::mutate::mutate(data, size, max_size, seed)
//! });
//! libfuzzer_sys::fuzz_crossover!(|a: &[u8], b: &[u8], out: &mut [u8], seed: u32| {
//!     clusprop::mutate::crossover(a, b, out, seed)
//! });
//! ```

use crate::dissect::{dissect_property_list, dissect_value_list, Dissection, EntryKind};
use crate::malform;
use crate::objects::SCHEMAS;
use crate::owned::{OwnedProperty, OwnedPropertyList, OwnedValue, OwnedValueList, Padding};
use crate::read::{FileTime, Mode, PropertyList, ValueList};
use crate::syntax::{Format, Syntax, Type};
use alloc::string::String;
use alloc::vec::Vec;
use core::mem;

/// How deep the edits descend into nested lists, and how deep generated values nest.
const MAX_DEPTH: u32 = 6;

/// SplitMix64: a small seeded generator, the same sequence on every platform.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator started at `seed`.
    #[must_use]
    pub const fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        let r = self.next_u64();
        r.checked_rem(n as u64).unwrap_or(0) as usize
    }

    /// True once in `one_in` times (always when `one_in` is 0 or 1).
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    /// An item of `items`, `None` when it is empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        let i = self.below(items.len());
        items.get(i)
    }

    /// `n` random bytes.
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next_u64() as u8).collect()
    }
}

/// One kind of edit. [`Mutator::apply`] applies one; [`Mutator::with_weights`] chooses which
/// [`Mutator::mutate`] draws from.
///
/// The edits marked *model* read the input leniently (as a property list, or as a value list),
/// edit the owned model, at the top level or in a nested list, and encode it with
/// [`Mode::Lenient`]: what they give parses leniently. The edits marked *raw* overwrite or cut
/// the bytes at a field the dissector found (in the entries before an error, too): what they give
/// is usually malformed.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edit {
    /// Model: a new property (a real name half the time, a value of any format) at any place.
    InsertProperty,
    /// Model: a property removed.
    RemoveProperty,
    /// Model: a property copied to another place.
    DuplicateProperty,
    /// Model: properties swapped, reversed or rotated.
    ReorderProperties,
    /// Model: a new value of any format in a property (or a value list).
    InsertValue,
    /// Model: a value removed (a property may be left without values, which lenient mode reads).
    RemoveValue,
    /// Model: a value copied next to itself.
    DuplicateValue,
    /// Model: the values of a property (or a value list) swapped or reversed.
    ReorderValues,
    /// Model: the list-level end mark of a property list added or removed.
    ToggleEndMark,
    /// Model: a property's values wrapped into a VALUE_LIST value, or properties wrapped into a
    /// PROPERTY_LIST value of a new property.
    Nest,
    /// Model: a nested list's entries put in the place of the value that held them.
    Unnest,
    /// Model: a property from a donor ([`Mutator::add_donor`], the other input of a
    /// [`crossover`]) or from elsewhere in the same list (nested lists included) inserted.
    SpliceProperty,
    /// Model: a property renamed after a property of an object schema
    /// ([`objects::SCHEMAS`](crate::objects::SCHEMAS)), sometimes in another case, half the time
    /// with a value of that property's syntax.
    RealName,
    /// Raw: a syntax word (of a name, a value or an end mark) replaced by another: a known one,
    /// the end mark, NAME, a user type or format, or random bits.
    ChangeSyntax,
    /// Raw: the format half of a name's or a value's syntax word changed, its type kept.
    ChangeFormat,
    /// Raw: a `cbLength` changed: off by one to four, 0, the room left, one more, huge.
    ChangeLength,
    /// Raw: a property count changed, likewise.
    ChangeCount,
    /// Raw: the bytes cut at or near an entry's start.
    Truncate,
    /// Raw: one malformation class of [`crate::malform`] applied to one entry (the input must
    /// read strictly as a property list or a value list): the list broken in one named way.
    Malform,
    /// Bytes: bits flipped, bytes or 32-bit words set to interesting values, bytes inserted,
    /// removed or duplicated. Applies to any input.
    Bytes,
}

impl Edit {
    /// Every edit, in declaration order.
    pub const ALL: &'static [Edit] = &[
        Edit::InsertProperty,
        Edit::RemoveProperty,
        Edit::DuplicateProperty,
        Edit::ReorderProperties,
        Edit::InsertValue,
        Edit::RemoveValue,
        Edit::DuplicateValue,
        Edit::ReorderValues,
        Edit::ToggleEndMark,
        Edit::Nest,
        Edit::Unnest,
        Edit::SpliceProperty,
        Edit::RealName,
        Edit::ChangeSyntax,
        Edit::ChangeFormat,
        Edit::ChangeLength,
        Edit::ChangeCount,
        Edit::Truncate,
        Edit::Malform,
        Edit::Bytes,
    ];

    /// Whether the edit works on the owned model (its input must read leniently as a list).
    #[must_use]
    pub const fn is_structural(self) -> bool {
        !matches!(
            self,
            Edit::ChangeSyntax
                | Edit::ChangeFormat
                | Edit::ChangeLength
                | Edit::ChangeCount
                | Edit::Truncate
                | Edit::Malform
                | Edit::Bytes
        )
    }
}

/// Syntax words worth swapping in: every list value syntax, NAME, the end mark, unknown and user
/// types and formats, and the words of types a property list forbids.
pub const SYNTAXES: &[Syntax] = &[
    Syntax(0x0000_0000), // end mark
    Syntax(0x0004_0003), // NAME
    Syntax(0x0001_0001),
    Syntax(0x0001_0002),
    Syntax(0x0001_0003),
    Syntax(0x0001_0004),
    Syntax(0x0001_0005),
    Syntax(0x0001_0006),
    Syntax(0x0001_0007),
    Syntax(0x0001_0008),
    Syntax(0x0001_0009),
    Syntax(0x0001_000A),
    Syntax(0x0001_000B),
    Syntax(0x0001_000C),
    Syntax(0x0001_000D),
    Syntax(0x0001_000E),
    Syntax(0x0001_0000), // LIST_VALUE, format UNKNOWN
    Syntax(0x0001_000F), // an unknown format
    Syntax(0x0001_8000), // a user format
    Syntax(0x0002_0002), // RESCLASS
    Syntax(0x0005_0002), // DISK_SIGNATURE
    Syntax(0x8000_0002), // a user type
    Syntax(0x8001_0003),
    Syntax(0xFFFE_0005),
    Syntax(0xFFFF_0002), // CLUSPROP_TYPE_UNKNOWN
    Syntax(0x0000_0002), // type ENDMARK, format DWORD
    Syntax(0x0004_0002), // type NAME, format DWORD
    Syntax(0x0003_0004),
];

/// 32-bit words worth writing anywhere.
const WORDS: &[u32] = &[
    0,
    1,
    2,
    3,
    4,
    8,
    0xFF,
    0xFFFF,
    0x7FFF_FFFF,
    0x8000_0000,
    u32::MAX,
    0x0004_0003,
    0x0001_0002,
    0x0001_000E,
    0x0001_000D,
];

/// Text pieces for names and strings: ASCII, non-ASCII, astral, case-folding traps; never a NUL.
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

/// A list read from bytes, the unit the structural edits work on.
enum Doc {
    Properties(OwnedPropertyList),
    Values(OwnedValueList),
}

impl Doc {
    fn read(bytes: &[u8]) -> Option<Doc> {
        if let Ok(list) = PropertyList::parse_with(bytes, Mode::Lenient) {
            Some(Doc::Properties(list.into_owned()))
        } else if let Ok(list) = ValueList::parse_with(bytes, Mode::Lenient) {
            Some(Doc::Values(list.into_owned()))
        } else {
            None
        }
    }

    fn write(&self) -> Option<Vec<u8>> {
        match self {
            Doc::Properties(list) => list.to_bytes_with(Mode::Lenient).ok(),
            Doc::Values(list) => list.to_bytes_with(Mode::Lenient).ok(),
        }
    }
}

/// Where the dissector found a buffer's fields.
#[derive(Default)]
struct Fields {
    /// Offsets of property counts.
    counts: Vec<usize>,
    /// Offsets of syntax words (names, values, end marks), and whether the entry has a
    /// `cbLength` (names and values).
    syntaxes: Vec<(usize, bool)>,
    /// Offsets of `cbLength` fields and the length they hold.
    lengths: Vec<(usize, u32)>,
    /// Offsets where entries start.
    starts: Vec<usize>,
}

impl Fields {
    fn of(bytes: &[u8]) -> Fields {
        let as_properties = dissect_property_list(bytes, Mode::Lenient);
        let dissection = if as_properties.error.is_some() {
            let as_values = dissect_value_list(bytes, Mode::Lenient);
            if as_values.error.is_none() || as_values.entries.len() > as_properties.entries.len() {
                as_values
            } else {
                as_properties
            }
        } else {
            as_properties
        };
        Fields::from_dissection(&dissection)
    }

    fn from_dissection(dissection: &Dissection<'_>) -> Fields {
        let mut fields = Fields::default();
        for entry in &dissection.entries {
            fields.starts.push(entry.offset);
            match entry.kind {
                EntryKind::Count(_) => fields.counts.push(entry.offset),
                EntryKind::Name(_) | EntryKind::Value(_) => {
                    fields.syntaxes.push((entry.offset, true));
                    if let Some(cb) = entry.cb_length {
                        fields.lengths.push((entry.offset.saturating_add(4), cb));
                    }
                }
                EntryKind::EndMark | EntryKind::TrailingEndMark => {
                    fields.syntaxes.push((entry.offset, false));
                }
                _ => {}
            }
        }
        fields
    }
}

fn get_u32(bytes: &[u8], at: usize) -> Option<u32> {
    let word = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes(word.try_into().ok()?))
}

fn put_u32(bytes: &mut [u8], at: usize, value: u32) -> bool {
    match at.checked_add(4).and_then(|end| bytes.get_mut(at..end)) {
        Some(word) => {
            word.copy_from_slice(&value.to_le_bytes());
            true
        }
        None => false,
    }
}

/// The seeded mutator: which edits, how likely each is, and the properties it may splice in.
///
/// ```
/// use clusprop::mutate::{Edit, Mutator};
/// use clusprop::{Mode, PropertyList, PropertyListBuilder};
///
/// let bytes = PropertyListBuilder::new().property("Role").dword(3).finish()?;
/// // Only structural edits that keep the list readable, nesting four times as often as the rest.
/// let mut mutator = Mutator::new(42).with_weights(&[
///     (Edit::InsertProperty, 1),
///     (Edit::DuplicateValue, 1),
///     (Edit::Nest, 4),
///     (Edit::RealName, 1),
/// ]);
/// for _ in 0..100 {
///     let mutant = mutator.mutate(&bytes, 4096);
///     assert!(PropertyList::parse_with(&mutant, Mode::Lenient).is_ok());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Mutator {
    rng: SplitMix64,
    weights: Vec<(Edit, u32)>,
    stack: usize,
    donors: Vec<OwnedProperty>,
}

impl Mutator {
    /// A mutator seeded with `seed`: every edit, the structural ones twice as likely as the raw
    /// ones and bytes, up to four edits per [`mutate`](Self::mutate).
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Mutator {
            rng: SplitMix64::new(seed),
            weights: Edit::ALL
                .iter()
                .map(|&e| (e, if e.is_structural() { 2 } else { 1 }))
                .collect(),
            stack: 4,
            donors: Vec::new(),
        }
    }

    /// Draws only from these edits, each as likely as its weight (edits of weight 0 are left
    /// out; [`Edit::Bytes`] is still the fallback when none applies).
    #[must_use]
    pub fn with_weights(mut self, weights: &[(Edit, u32)]) -> Self {
        self.weights = weights.iter().copied().filter(|&(_, w)| w > 0).collect();
        self
    }

    /// Applies up to `n` edits per [`mutate`](Self::mutate) (at least one).
    #[must_use]
    pub fn with_stack(mut self, n: usize) -> Self {
        self.stack = n.max(1);
        self
    }

    /// Keeps the properties of `bytes` (read leniently as a property list; nothing when they do
    /// not read) for [`Edit::SpliceProperty`].
    pub fn add_donor(&mut self, bytes: &[u8]) {
        if let Ok(list) = PropertyList::parse_with(bytes, Mode::Lenient) {
            self.donors
                .extend(list.into_owned().properties.into_iter().take(64));
        }
    }

    /// The generator, to draw from it in step with the mutator.
    pub fn rng(&mut self) -> &mut SplitMix64 {
        &mut self.rng
    }

    /// A mutant of `input` of at most `max_size` bytes: one to [`with_stack`](Self::with_stack)
    /// edits drawn by weight, each drawn again (up to four times) when it does not apply or
    /// gives too many bytes; [`Edit::Bytes`] when none applied. An input that reads as neither
    /// kind of list gets raw edits and bytes only. A result longer than `max_size` is cut.
    pub fn mutate(&mut self, input: &[u8], max_size: usize) -> Vec<u8> {
        let structured = Doc::read(input).is_some();
        let mut current = input.to_vec();
        let rounds = self.rng.below(self.stack).saturating_add(1);
        for _ in 0..rounds {
            for _ in 0..4 {
                let Some(edit) = self.draw(structured) else {
                    break;
                };
                if let Some(out) = self.apply(edit, &current) {
                    if out.len() <= max_size && out != current {
                        current = out;
                        break;
                    }
                }
            }
        }
        if current == input {
            current = self.bytes(&current, max_size);
        }
        current.truncate(max_size);
        current
    }

    fn draw(&mut self, structured: bool) -> Option<Edit> {
        let usable = |e: Edit| structured || !e.is_structural();
        let total: u64 = self
            .weights
            .iter()
            .filter(|&&(e, _)| usable(e))
            .map(|&(_, w)| u64::from(w))
            .sum();
        let mut at = self.rng.next_u64().checked_rem(total)?;
        for &(edit, weight) in self.weights.iter().filter(|&&(e, _)| usable(e)) {
            match at.checked_sub(u64::from(weight)) {
                Some(rest) => at = rest,
                None => return Some(edit),
            }
        }
        None
    }

    /// Applies one edit to `input`; `None` when it does not apply (a structural edit to bytes
    /// that read as no list, a removal from an empty list, a raw edit where the dissector found
    /// no such field). No limit on the size.
    pub fn apply(&mut self, edit: Edit, input: &[u8]) -> Option<Vec<u8>> {
        match edit {
            Edit::Bytes => Some(self.bytes(input, input.len().saturating_add(16))),
            Edit::Malform => {
                let seed = self.rng.next_u64();
                [
                    malform::ListKind::PropertyList,
                    malform::ListKind::ValueList,
                ]
                .into_iter()
                .find_map(|kind| malform::choose(kind, input, malform::Class::ALL, seed))
                .map(|malformed| malformed.bytes)
            }
            Edit::ChangeSyntax
            | Edit::ChangeFormat
            | Edit::ChangeLength
            | Edit::ChangeCount
            | Edit::Truncate => self.raw(edit, input),
            _ => {
                let mut doc = Doc::read(input)?;
                let done = match &mut doc {
                    Doc::Properties(list) => self.edit_properties(edit, list, 0),
                    Doc::Values(list) => self.edit_values(edit, &mut list.values, 0),
                };
                if done {
                    doc.write()
                } else {
                    None
                }
            }
        }
    }

    /// Mixes two inputs into at most `max_size` bytes: when both read as property lists, a
    /// selection of the properties of each, in their order (at least one of each when both have
    /// some), with `a`'s end mark and trailing bytes; otherwise `a` with properties of `b`
    /// spliced in ([`Edit::SpliceProperty`]), or, when `a` reads as no list, `a`'s start and
    /// `b`'s end.
    pub fn crossover(&mut self, a: &[u8], b: &[u8], max_size: usize) -> Vec<u8> {
        let lists = (
            PropertyList::parse_with(a, Mode::Lenient),
            PropertyList::parse_with(b, Mode::Lenient),
        );
        let mut out = if let (Ok(la), Ok(lb)) = lists {
            let mut list = la.into_owned();
            let theirs = lb.into_owned().properties;
            let ours = mem::take(&mut list.properties);
            let ours = self.some_of(ours).into_iter();
            let theirs = self.some_of(theirs).into_iter();
            // Interleaved at random, each side in its order.
            let mut merged = Vec::new();
            let (mut ours, mut theirs) = (ours.peekable(), theirs.peekable());
            while ours.peek().is_some() && theirs.peek().is_some() {
                let next = if self.rng.chance(2) {
                    ours.next()
                } else {
                    theirs.next()
                };
                merged.extend(next);
            }
            merged.extend(ours);
            merged.extend(theirs);
            list.properties = merged;
            while list
                .encoded_len_with(Mode::Lenient)
                .is_ok_and(|n| n > max_size)
                && list.properties.pop().is_some()
            {}
            list.to_bytes_with(Mode::Lenient).unwrap_or_default()
        } else if Doc::read(a).is_some() {
            let saved = mem::take(&mut self.donors);
            self.add_donor(b);
            let out = self.apply(Edit::SpliceProperty, a);
            self.donors = saved;
            out.unwrap_or_else(|| a.to_vec())
        } else {
            let cut_a = self.rng.below(a.len().saturating_add(1));
            let cut_b = self.rng.below(b.len().saturating_add(1));
            let mut out = a.get(..cut_a).unwrap_or_default().to_vec();
            out.extend_from_slice(b.get(cut_b..).unwrap_or_default());
            out
        };
        out.truncate(max_size);
        out
    }

    /// Each item kept with even odds, and one at least when there are any.
    fn some_of<T>(&mut self, items: Vec<T>) -> Vec<T> {
        let forced = self.rng.below(items.len());
        items
            .into_iter()
            .enumerate()
            .filter(|&(i, _)| i == forced || self.rng.chance(2))
            .map(|(_, item)| item)
            .collect()
    }

    // ---------------------------------------------------------------- structural edits

    /// Whether `edit` should descend into a nested list here, and into which value.
    fn nested_target(
        &mut self,
        properties: &[OwnedProperty],
        depth: u32,
    ) -> Option<(usize, usize)> {
        if depth >= MAX_DEPTH || !self.rng.chance(3) {
            return None;
        }
        let nested: Vec<(usize, usize)> = properties
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                p.values
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| v.syntax.format().is_nested_list())
                    .map(move |(j, _)| (i, j))
            })
            .collect();
        self.rng.pick(&nested).copied()
    }

    /// Applies `edit` inside the nested list held by `value`; re-encodes it on success.
    fn edit_nested(&mut self, edit: Edit, value: &mut OwnedValue, depth: u32) -> bool {
        let depth = depth.saturating_add(1);
        let bytes = if value.syntax.format() == Format::PROPERTY_LIST {
            let Ok(list) = PropertyList::parse_with(&value.data, Mode::Lenient) else {
                return false;
            };
            let mut list = list.into_owned();
            if !self.edit_properties(edit, &mut list, depth) {
                return false;
            }
            list.to_bytes_with(Mode::Lenient)
        } else {
            let Ok(list) = ValueList::parse_with(&value.data, Mode::Lenient) else {
                return false;
            };
            let mut list = list.into_owned();
            if !self.edit_values(edit, &mut list.values, depth) {
                return false;
            }
            list.to_bytes_with(Mode::Lenient)
        };
        match bytes {
            Ok(bytes) => {
                value.data = bytes.into();
                value.padding = Padding::ZERO;
                true
            }
            Err(_) => false,
        }
    }

    fn edit_properties(&mut self, edit: Edit, list: &mut OwnedPropertyList, depth: u32) -> bool {
        if let Some((i, j)) = self.nested_target(&list.properties, depth) {
            let value = list
                .properties
                .get_mut(i)
                .and_then(|p| p.values.as_mut_slice().get_mut(j));
            if let Some(value) = value {
                if self.edit_nested(edit, value, depth) {
                    return true;
                }
            }
        }
        let properties = &mut list.properties;
        let n = properties.len();
        match edit {
            Edit::InsertProperty => {
                let property = self.property(nesting(depth));
                properties.insert(self.rng.below(n.saturating_add(1)), property);
                true
            }
            Edit::RemoveProperty if n > 0 => {
                properties.remove(self.rng.below(n));
                true
            }
            Edit::DuplicateProperty if n > 0 => {
                let Some(copy) = properties.get(self.rng.below(n)).cloned() else {
                    return false;
                };
                properties.insert(self.rng.below(n.saturating_add(1)), copy);
                true
            }
            Edit::ReorderProperties if n > 1 => {
                self.reorder(properties);
                true
            }
            Edit::ToggleEndMark => {
                list.trailing_end_mark = !list.trailing_end_mark;
                true
            }
            Edit::SpliceProperty => {
                let donor = if !self.donors.is_empty() && !self.rng.chance(4) {
                    self.rng.pick(&self.donors).cloned()
                } else {
                    let mut all = Vec::new();
                    collect_properties(properties, &mut all, 0);
                    self.rng.pick(&all).cloned()
                };
                let Some(donor) = donor else {
                    return false;
                };
                properties.insert(self.rng.below(n.saturating_add(1)), donor);
                true
            }
            Edit::RealName if n > 0 => {
                let i = self.rng.below(n);
                let Some(property) = properties.get_mut(i) else {
                    return false;
                };
                let (name, syntax) = self.real_name();
                property.name = name.into();
                property.raw_name = None;
                if self.rng.chance(2) {
                    property.values = self.value_of(syntax, nesting(depth)).into();
                }
                true
            }
            Edit::Nest if n > 0 => {
                if self.rng.chance(2) {
                    // A property's values into one VALUE_LIST value.
                    let Some(property) = properties.get_mut(self.rng.below(n)) else {
                        return false;
                    };
                    let values = mem::take(&mut property.values).into_vec();
                    let inner = OwnedValueList {
                        values,
                        trailing_bytes: Vec::new(),
                    };
                    let Ok(bytes) = inner.to_bytes_with(Mode::Lenient) else {
                        return false;
                    };
                    property.values = OwnedValue::new(Syntax::LIST_VALUE_VALUE_LIST, bytes).into();
                } else {
                    // A run of properties into a PROPERTY_LIST value of a new property.
                    let start = self.rng.below(n);
                    let len = self.rng.below(n.saturating_sub(start)).saturating_add(1);
                    let end = start.saturating_add(len).min(n);
                    let inner = OwnedPropertyList {
                        properties: properties.drain(start..end).collect(),
                        trailing_end_mark: self.rng.chance(2),
                        trailing_bytes: Vec::new(),
                    };
                    let Ok(bytes) = inner.to_bytes_with(Mode::Lenient) else {
                        return false;
                    };
                    let name = self.name();
                    properties.insert(
                        start,
                        OwnedProperty {
                            name: name.into(),
                            values: OwnedValue::new(Syntax::LIST_VALUE_PROPERTY_LIST, bytes).into(),
                            raw_name: None,
                        },
                    );
                }
                true
            }
            Edit::Unnest => {
                let nested: Vec<(usize, usize)> = properties
                    .iter()
                    .enumerate()
                    .flat_map(|(i, p)| {
                        p.values
                            .iter()
                            .enumerate()
                            .filter(|(_, v)| v.syntax.format().is_nested_list())
                            .map(move |(j, _)| (i, j))
                    })
                    .collect();
                let Some(&(i, j)) = self.rng.pick(&nested) else {
                    return false;
                };
                let Some(property) = properties.get_mut(i) else {
                    return false;
                };
                let mut values = mem::take(&mut property.values).into_vec();
                let Some(value) = values.get(j).cloned() else {
                    return false;
                };
                if value.syntax.format() == Format::PROPERTY_LIST {
                    let Ok(inner) = PropertyList::parse_with(&value.data, Mode::Lenient) else {
                        property.values = values.into();
                        return false;
                    };
                    values.remove(j);
                    let empty = values.is_empty();
                    property.values = values.into();
                    let inner = inner.into_owned().properties;
                    let at = if empty {
                        properties.remove(i);
                        i
                    } else {
                        i.saturating_add(1)
                    };
                    let tail = properties.split_off(at.min(properties.len()));
                    properties.extend(inner);
                    properties.extend(tail);
                } else {
                    let Ok(inner) = ValueList::parse_with(&value.data, Mode::Lenient) else {
                        property.values = values.into();
                        return false;
                    };
                    let tail = values.split_off(j.saturating_add(1).min(values.len()));
                    values.pop();
                    values.extend(inner.into_owned().values);
                    values.extend(tail);
                    property.values = values.into();
                }
                true
            }
            Edit::InsertValue
            | Edit::RemoveValue
            | Edit::DuplicateValue
            | Edit::ReorderValues
            | Edit::ChangeSyntax
            | Edit::ChangeFormat
                if n > 0 =>
            {
                let Some(property) = properties.get_mut(self.rng.below(n)) else {
                    return false;
                };
                let mut values = mem::take(&mut property.values).into_vec();
                let done = self.edit_values(edit, &mut values, depth);
                property.values = values.into();
                done
            }
            _ => false,
        }
    }

    fn edit_values(&mut self, edit: Edit, values: &mut Vec<OwnedValue>, depth: u32) -> bool {
        let n = values.len();
        if depth < MAX_DEPTH && self.rng.chance(3) {
            let nested: Vec<usize> = (0..n)
                .filter(|&i| {
                    values
                        .get(i)
                        .is_some_and(|v| v.syntax.format().is_nested_list())
                })
                .collect();
            if let Some(&i) = self.rng.pick(&nested) {
                if let Some(value) = values.get_mut(i) {
                    if self.edit_nested(edit, value, depth) {
                        return true;
                    }
                }
            }
        }
        match edit {
            Edit::InsertValue => {
                let value = self.value(nesting(depth));
                values.insert(self.rng.below(n.saturating_add(1)), value);
                true
            }
            Edit::RemoveValue if n > 0 => {
                values.remove(self.rng.below(n));
                true
            }
            Edit::DuplicateValue if n > 0 => {
                let i = self.rng.below(n);
                let Some(copy) = values.get(i).cloned() else {
                    return false;
                };
                values.insert(i, copy);
                true
            }
            Edit::ReorderValues | Edit::ReorderProperties if n > 1 => {
                self.reorder(values);
                true
            }
            Edit::Nest if n > 0 => {
                let start = self.rng.below(n);
                let len = self.rng.below(n.saturating_sub(start)).saturating_add(1);
                let end = start.saturating_add(len).min(n);
                let inner = OwnedValueList {
                    values: values.drain(start..end).collect(),
                    trailing_bytes: Vec::new(),
                };
                let Ok(bytes) = inner.to_bytes_with(Mode::Lenient) else {
                    return false;
                };
                values.insert(start, OwnedValue::new(Syntax::LIST_VALUE_VALUE_LIST, bytes));
                true
            }
            Edit::Unnest => {
                let nested: Vec<usize> = (0..n)
                    .filter(|&i| {
                        values
                            .get(i)
                            .is_some_and(|v| v.syntax.format() == Format::VALUE_LIST)
                    })
                    .collect();
                let Some(&i) = self.rng.pick(&nested) else {
                    return false;
                };
                let Some(value) = values.get(i) else {
                    return false;
                };
                let Ok(inner) = ValueList::parse_with(&value.data, Mode::Lenient) else {
                    return false;
                };
                let inner = inner.into_owned().values;
                let tail = values.split_off(i.saturating_add(1).min(values.len()));
                values.pop();
                values.extend(inner);
                values.extend(tail);
                true
            }
            _ => false,
        }
    }

    fn reorder<T>(&mut self, items: &mut [T]) {
        let n = items.len();
        match self.rng.below(3) {
            0 => items.reverse(),
            1 => items.rotate_left(self.rng.below(n.saturating_sub(1)).saturating_add(1)),
            _ => {
                let i = self.rng.below(n);
                let j = self.rng.below(n.saturating_sub(1));
                let j = if j >= i { j.saturating_add(1) } else { j };
                if j < n {
                    items.swap(i, j);
                }
            }
        }
    }

    // ---------------------------------------------------------------- raw edits

    fn raw(&mut self, edit: Edit, input: &[u8]) -> Option<Vec<u8>> {
        let fields = Fields::of(input);
        let mut out = input.to_vec();
        let len = input.len();
        match edit {
            Edit::ChangeCount => {
                let &at = self.rng.pick(&fields.counts)?;
                let old = get_u32(input, at)?;
                let room = len.saturating_sub(at.saturating_add(4)) / 12;
                let new = self.interesting(old, room);
                put_u32(&mut out, at, if new == old { old ^ 1 } else { new });
            }
            Edit::ChangeLength => {
                let &(at, old) = self.rng.pick(&fields.lengths)?;
                let room = len.saturating_sub(at.saturating_add(4));
                let new = self.interesting(old, room);
                put_u32(&mut out, at, if new == old { old ^ 1 } else { new });
            }
            Edit::ChangeSyntax => {
                let &(at, _) = self.rng.pick(&fields.syntaxes)?;
                let old = get_u32(input, at)?;
                let mut new = if self.rng.chance(8) {
                    self.rng.next_u64() as u32
                } else {
                    self.rng.pick(SYNTAXES).map_or(0, |s| s.0)
                };
                if new == old {
                    new = old ^ 0x0001_0000;
                }
                put_u32(&mut out, at, new);
            }
            Edit::ChangeFormat => {
                let headers: Vec<usize> = fields
                    .syntaxes
                    .iter()
                    .filter(|&&(_, header)| header)
                    .map(|&(at, _)| at)
                    .collect();
                let &at = self.rng.pick(&headers)?;
                let old = Syntax(get_u32(input, at)?);
                let format = match self.rng.below(4) {
                    0 => Format(0x000F_u16.saturating_add(self.rng.below(0x10) as u16)),
                    1 => Format(0x8000 | self.rng.next_u64() as u16),
                    _ => Format(self.rng.below(0x0F) as u16),
                };
                let format = if format == old.format() {
                    Format(format.0 ^ 1)
                } else {
                    format
                };
                put_u32(&mut out, at, Syntax::new(old.ty(), format).0);
            }
            Edit::Truncate => {
                if len == 0 {
                    return None;
                }
                let cut = match self.rng.pick(&fields.starts) {
                    Some(&at) if !self.rng.chance(4) => at
                        .saturating_add(self.rng.below(9))
                        .min(len.saturating_sub(1)),
                    _ => self.rng.below(len),
                };
                out.truncate(cut);
            }
            _ => return None,
        }
        Some(out)
    }

    /// A 32-bit value for a count or a length now at `now`, with `room` for it in the buffer.
    fn interesting(&mut self, now: u32, room: usize) -> u32 {
        let room = u32::try_from(room).unwrap_or(u32::MAX);
        let near = self.rng.below(4) as u32;
        match self.rng.below(12) {
            0 => 0,
            1 => 1,
            2 => 2,
            3 => 3,
            4 => u32::MAX,
            5 => 0x7FFF_FFFF,
            6 => 0x8000_0000,
            7 => room,
            8 => room.wrapping_add(1),
            9 => now.wrapping_add(1).wrapping_add(near),
            10 => now.wrapping_sub(1).wrapping_sub(near),
            _ => self.rng.next_u64() as u32 & 0xFFFF,
        }
    }

    // ---------------------------------------------------------------- bytes

    /// One to three byte mutations of `input`, within `max_size` bytes.
    fn bytes(&mut self, input: &[u8], max_size: usize) -> Vec<u8> {
        let mut out = input.to_vec();
        for _ in 0..self.rng.below(3).saturating_add(1) {
            let len = out.len();
            match self.rng.below(8) {
                0 | 1 if len > 0 => {
                    let i = self.rng.below(len);
                    let bit = self.rng.below(8);
                    if let Some(b) = out.get_mut(i) {
                        *b ^= 1 << bit;
                    }
                }
                2 if len > 0 => {
                    let i = self.rng.below(len);
                    let v = self
                        .rng
                        .pick(&[0x00, 0xFF, 0x7F, 0x80, 0x01, 0xD8, 0xDC])
                        .copied()
                        .unwrap_or(0);
                    if let Some(b) = out.get_mut(i) {
                        *b = v;
                    }
                }
                3 | 4 if len >= 4 => {
                    // A word at a 4-byte boundary (where the format's fields are), or anywhere.
                    let at = self.rng.below(len.saturating_sub(3));
                    let at = if self.rng.chance(4) { at } else { at & !3 };
                    let word = self.rng.pick(WORDS).copied().unwrap_or(0);
                    put_u32(&mut out, at, word);
                }
                5 => {
                    let at = self.rng.below(len.saturating_add(1));
                    let insert = if self.rng.chance(2) {
                        let word = self.rng.pick(WORDS).copied().unwrap_or(0);
                        word.to_le_bytes().to_vec()
                    } else {
                        let n = self.rng.below(8).saturating_add(1);
                        self.rng.bytes(n)
                    };
                    out.splice(at..at, insert);
                }
                6 if len > 0 => {
                    let at = self.rng.below(len);
                    let end = at
                        .saturating_add(self.rng.below(8))
                        .saturating_add(1)
                        .min(len);
                    out.drain(at..end);
                }
                _ if len > 0 => {
                    let at = self.rng.below(len);
                    let end = at
                        .saturating_add(self.rng.below(16))
                        .saturating_add(1)
                        .min(len);
                    let copy = out.get(at..end).unwrap_or_default().to_vec();
                    let to = self.rng.below(len.saturating_add(1));
                    out.splice(to..to, copy);
                }
                _ => out.extend_from_slice(&[0; 4]),
            }
        }
        out.truncate(max_size);
        out
    }

    // ---------------------------------------------------------------- generators

    /// A name of an object schema's property, sometimes in another case, and its syntax.
    fn real_name(&mut self) -> (String, Syntax) {
        let total: usize = SCHEMAS.iter().map(|s| s.properties.len()).sum();
        let mut at = self.rng.below(total);
        let mut found = None;
        for schema in SCHEMAS {
            match at.checked_sub(schema.properties.len()) {
                Some(rest) => at = rest,
                None => {
                    found = schema.properties.get(at);
                    break;
                }
            }
        }
        let Some(spec) = found else {
            return (String::from("Name"), Syntax::LIST_VALUE_SZ);
        };
        let name = match self.rng.below(4) {
            0 => spec.name.to_ascii_lowercase(),
            1 => spec.name.to_ascii_uppercase(),
            _ => String::from(spec.name),
        };
        (name, spec.syntax)
    }

    /// A property name: a real one half the time, else random text.
    fn name(&mut self) -> String {
        if self.rng.chance(2) {
            self.real_name().0
        } else {
            self.text()
        }
    }

    fn property(&mut self, nesting: u32) -> OwnedProperty {
        if self.rng.chance(2) {
            let (name, syntax) = self.real_name();
            let value = self.value_of(syntax, nesting);
            OwnedProperty {
                name: name.into(),
                values: value.into(),
                raw_name: None,
            }
        } else {
            let name = self.text();
            let n = self.rng.below(3).saturating_add(1);
            OwnedProperty {
                name: name.into(),
                values: (0..n).map(|_| self.value(nesting)).collect(),
                raw_name: None,
            }
        }
    }

    /// Random text: ASCII, non-ASCII, astral, sometimes empty; never a NUL.
    pub fn text(&mut self) -> String {
        let n = self.rng.below(5);
        (0..n)
            .map(|_| self.rng.pick(PIECES).copied().unwrap_or("x"))
            .collect()
    }

    /// A value of `syntax` (a plausible one for the known formats, with interesting DWORDs).
    fn value_of(&mut self, syntax: Syntax, nesting: u32) -> OwnedValue {
        let v = match syntax.format() {
            Format::DWORD => {
                let word = if self.rng.chance(2) {
                    self.rng.below(4) as u32
                } else {
                    self.rng.pick(WORDS).copied().unwrap_or(0)
                };
                OwnedValue::dword(word)
            }
            Format::SZ | Format::EXPAND_SZ | Format::MULTI_SZ | Format::LONG => {
                let mut v = self.value(nesting);
                while v.syntax.format() != syntax.format() && !self.rng.chance(8) {
                    v = self.value(nesting);
                }
                v
            }
            _ => self.value(nesting),
        };
        OwnedValue::new(Syntax::new(syntax.ty(), v.syntax.format()), v.data)
    }

    /// A value of any format that encodes strictly, a user type one time in eight; a nested
    /// list (of `nesting - 1` levels below it) only when `nesting` is above 0.
    pub fn value(&mut self, nesting: u32) -> OwnedValue {
        let kinds = if nesting > 0 { 16 } else { 14 };
        let depth = nesting.saturating_sub(1);
        let r = self.rng.next_u64();
        let v = match self.rng.below(kinds) {
            0 => OwnedValue::dword(r as u32),
            1 => OwnedValue::long(r as i32),
            2 => OwnedValue::word(r as u16),
            3 => OwnedValue::ularge_integer(r),
            4 => OwnedValue::large_integer(r as i64),
            5 => OwnedValue::filetime(FileTime(r)),
            6 => {
                let n = self.rng.below(12);
                OwnedValue::binary(self.rng.bytes(n))
            }
            7 => {
                let n = self.rng.below(12);
                OwnedValue::security_descriptor(self.rng.bytes(n))
            }
            8 => OwnedValue::sz(&self.text()).unwrap_or_default(),
            9 => OwnedValue::expand_sz(&self.text()).unwrap_or_default(),
            10 => OwnedValue::expanded_sz(&self.text()).unwrap_or_default(),
            11 => {
                let items: Vec<String> = (0..self.rng.below(4))
                    .map(|_| self.text())
                    .filter(|s| !s.is_empty())
                    .collect();
                OwnedValue::multi_sz(&items).unwrap_or_default()
            }
            12 => {
                let n = self.rng.below(9);
                let format = 0x0F_u32.saturating_add(self.rng.below(0x7FF0) as u32);
                OwnedValue::new(Syntax(0x0001_0000 | format), self.rng.bytes(n))
            }
            13 => {
                let n = self.rng.below(9);
                OwnedValue::new(Syntax(0x0001_0000), self.rng.bytes(n))
            }
            14 => {
                let list = self.property_list(depth);
                OwnedValue::property_list(&list).unwrap_or_default()
            }
            _ => {
                let list = self.value_list(depth);
                OwnedValue::value_list(&list).unwrap_or_default()
            }
        };
        let v = if v.syntax == Syntax::default() {
            OwnedValue::dword(0)
        } else {
            v
        };
        if self.rng.chance(8) {
            let ty = Type(0x8000_u16.saturating_add(self.rng.below(0x7FFF) as u16));
            OwnedValue::new(Syntax::new(ty, v.syntax.format()), v.data)
        } else {
            v
        }
    }

    /// A property list of up to five properties with one to three values each, that encodes
    /// strictly, with lists nested down to `nesting` levels below it.
    pub fn property_list(&mut self, nesting: u32) -> OwnedPropertyList {
        let n = self.rng.below(6);
        OwnedPropertyList {
            properties: (0..n)
                .map(|_| {
                    let name = self.text();
                    let values = self.rng.below(3).saturating_add(1);
                    OwnedProperty {
                        name: name.into(),
                        values: (0..values).map(|_| self.value(nesting)).collect(),
                        raw_name: None,
                    }
                })
                .collect(),
            trailing_end_mark: self.rng.chance(2),
            trailing_bytes: Vec::new(),
        }
    }

    /// A value list of up to three values that encodes strictly, with lists nested down to
    /// `nesting` levels below it.
    pub fn value_list(&mut self, nesting: u32) -> OwnedValueList {
        let n = self.rng.below(4);
        OwnedValueList {
            values: (0..n).map(|_| self.value(nesting)).collect(),
            trailing_bytes: Vec::new(),
        }
    }
}

/// Every property of `properties` and of the property lists nested in their values.
fn collect_properties(properties: &[OwnedProperty], out: &mut Vec<OwnedProperty>, depth: u32) {
    for property in properties {
        out.push(property.clone());
        if depth >= MAX_DEPTH {
            continue;
        }
        for value in property.values.iter() {
            if value.syntax.format() == Format::PROPERTY_LIST {
                if let Ok(list) = PropertyList::parse_with(&value.data, Mode::Lenient) {
                    let inner = list.into_owned().properties;
                    collect_properties(&inner, out, depth.saturating_add(1));
                }
            }
        }
    }
}

/// How many levels of nesting a value generated at `depth` may hold: one near the top, none
/// deeper down.
fn nesting(depth: u32) -> u32 {
    u32::from(depth < 2)
}

/// A 64-bit seed from libFuzzer's 32-bit one.
fn seed64(seed: u32) -> u64 {
    SplitMix64::new(u64::from(seed)).next_u64()
}

/// libFuzzer's custom mutator (`fuzz_mutator!`): mutates `data[..size]` with a [`Mutator`]
/// seeded by `seed` and writes the mutant into `data[..new_size]`; returns `new_size`, which is
/// at most `max_size` and at most `data.len()`.
pub fn mutate(data: &mut [u8], size: usize, max_size: usize, seed: u32) -> usize {
    let size = size.min(data.len());
    let max_size = max_size.min(data.len());
    let mut mutator = Mutator::new(seed64(seed));
    let out = mutator.mutate(data.get(..size).unwrap_or_default(), max_size);
    let n = out.len().min(max_size);
    if let (Some(to), Some(from)) = (data.get_mut(..n), out.get(..n)) {
        to.copy_from_slice(from);
        n
    } else {
        0
    }
}

/// libFuzzer's custom cross-over (`fuzz_crossover!`): [`Mutator::crossover`] of `a` and `b`
/// seeded by `seed`, written into `out`; returns the number of bytes written (at most
/// `out.len()`).
pub fn crossover(a: &[u8], b: &[u8], out: &mut [u8], seed: u32) -> usize {
    let mut mutator = Mutator::new(seed64(seed));
    let mixed = mutator.crossover(a, b, out.len());
    let n = mixed.len().min(out.len());
    if let (Some(to), Some(from)) = (out.get_mut(..n), mixed.get(..n)) {
        to.copy_from_slice(from);
        n
    } else {
        0
    }
}
