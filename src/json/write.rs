//! The canonical JSON written by hand, without serde: the fast path, and the only one without the
//! `serde` feature (it needs only `alloc`).
//!
//! It writes byte for byte what `serde_json::to_writer` (compact) and
//! `serde_json::to_writer_pretty` (two spaces, `": "`, `[]` and `{}` when empty) write of the
//! `Serialize` impls ([`super::ser`]): the same keys in the same order, decided in one place for
//! both ([`super::keys`]), and serde_json's escaping (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`,
//! the other control characters as `\u00xx`, everything else as UTF-8). The tests hold the two to
//! that over every buffer of `tests/data`, generated lists, and a fuzz target.
//!
//! What makes it fast: UTF-16 goes to escaped UTF-8 in one pass over the code units, four ASCII
//! units at a time; integers, hex and syntax words are formatted from tables, without
//! `core::fmt`; each value's decoded form is computed once; nothing is allocated but the output.
//!
//! There is no `json_len` to size a buffer exactly first: measuring costs as much as writing
//! (every string is scanned, every nested list parsed), and a `Vec` that grows reallocates a
//! logarithmic number of times. The methods reserve about the input's size up front instead.

use super::control::ControlJson;
use super::keys::{self, i64_is_number, u64_is_number, PropertyKeys, ValueKeys};
use crate::control::ControlOutput;
use crate::error::ParseError;
use crate::owned::{OwnedProperty, OwnedPropertyList, OwnedValueList};
use crate::read::list::{Property, PropertyList};
use crate::read::rules::{Ctx, Mode};
use crate::read::typed::{PartitionInfo, PartitionInfoEx};
use crate::read::utf16::Utf16Str;
use crate::read::value::{Decoded, Utc, Value, ValueList};
use crate::read::visit::Walk;
use crate::read::wire::split_entry;
use crate::syntax::Syntax;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

/// Two lowercase hex digits per byte value. (Built at compile time, where an index out of
/// bounds is a compile error.)
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const HEX: [[u8; 2]; 256] = {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut table = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = [DIGITS[i >> 4], DIGITS[i & 0xF]];
        i += 1;
    }
    table
};

/// How serde_json writes an ASCII byte in a string: `0` as itself, `u` as `\u00xx`, any other
/// byte `c` as `\c`. (Built at compile time, as [`HEX`].)
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const ESCAPE: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut i = 0;
    while i < 0x20 {
        table[i] = b'u';
        i += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// The two hex digits of `b`.
#[inline(always)]
fn hex_pair(b: u8) -> [u8; 2] {
    // 256 entries: never out of bounds, and compiled without a check.
    HEX.get(usize::from(b)).copied().unwrap_or_default()
}

/// Whether four little-endian UTF-16 code units are all ASCII that a JSON string holds as it is
/// (0x20 to 0x7F, but `"` and `\`). Each 16-bit lane is below 0x80 once the first test passes,
/// so the additions below carry into no other lane: bit 7 of a lane of `x + 0x60` is set when
/// the unit is at least 0x20, and of `(x ^ c) + 0x7F` when the unit is not `c`.
#[inline(always)]
fn plain4(x: u64) -> bool {
    const BIT7: u64 = 0x0080_0080_0080_0080;
    // Branch-free: where a lane is 0x80 or more, the sums below are wrong, and `ascii` is false.
    let ascii = x & 0xFF80_FF80_FF80_FF80 == 0;
    let printable = x.wrapping_add(0x0060_0060_0060_0060);
    let not_quote = (x ^ 0x0022_0022_0022_0022).wrapping_add(0x007F_007F_007F_007F);
    let not_backslash = (x ^ 0x005C_005C_005C_005C).wrapping_add(0x007F_007F_007F_007F);
    ascii & (printable & not_quote & not_backslash & BIT7 == BIT7)
}

/// Whether every code unit of `bytes` (UTF-16LE, even length) is plain (see [`plain4`]): the
/// string is its low bytes, quoted.
#[inline(always)]
fn is_plain(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    chunks.by_ref().all(|c| {
        plain4(u64::from_le_bytes(
            <[u8; 8]>::try_from(c).unwrap_or_default(),
        ))
    }) && chunks.remainder().chunks_exact(2).all(|u| match *u {
        [lo, 0] => (0x20..0x80).contains(&lo) && lo != b'"' && lo != b'\\',
        _ => false,
    })
}

/// What a writer that streams holds in its buffer at most, give or take one item of an array.
const DRAIN_AT: usize = 1 << 16;

/// Takes the text written so far out of the buffer (and empties it).
type Drain<'f> = &'f mut dyn FnMut(&mut Vec<u8>);

/// The JSON text of one document, appended to `out`; `PRETTY` as `to_writer_pretty`.
struct Writer<'o, 'f, const PRETTY: bool> {
    out: &'o mut Vec<u8>,
    /// The nesting depth (pretty only: the indentation).
    depth: usize,
    /// When streaming: called after an array's item once the buffer holds `DRAIN_AT` bytes.
    drain: Option<Drain<'f>>,
}

impl<'o, 'f, const PRETTY: bool> Writer<'o, 'f, PRETTY> {
    fn new(out: &'o mut Vec<u8>, reserve: usize) -> Self {
        out.reserve(reserve);
        Writer {
            out,
            depth: 0,
            drain: None,
        }
    }

    /// A writer that hands its text to `drain` every `DRAIN_AT` bytes or so.
    #[cfg(feature = "std")]
    fn streaming(out: &'o mut Vec<u8>, drain: Drain<'f>) -> Self {
        out.reserve(DRAIN_AT.saturating_add(DRAIN_AT / 4));
        Writer {
            out,
            depth: 0,
            drain: Some(drain),
        }
    }

    #[inline(always)]
    fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    /// A newline and the indentation (pretty).
    #[inline(never)]
    fn newline(&mut self) {
        self.out.push(b'\n');
        for _ in 0..self.depth {
            self.out.extend_from_slice(b"  ");
        }
    }

    /// `{` or `[`.
    #[inline(always)]
    fn open(&mut self, c: u8) {
        self.byte(c);
        self.depth = self.depth.wrapping_add(1);
    }

    /// `}` or `]`, after `nonempty` items.
    #[inline(always)]
    fn close(&mut self, c: u8, nonempty: bool) {
        self.depth = self.depth.wrapping_sub(1);
        if PRETTY && nonempty {
            self.newline();
        }
        self.byte(c);
    }

    /// An object's key: `key` is the quoted key and its colon (`"name":`).
    #[inline(always)]
    fn key(&mut self, first: bool, key: &[u8]) {
        if !first {
            self.byte(b',');
        }
        if PRETTY {
            self.newline();
            self.raw(key.split_last().map_or(key, |(_, quoted)| quoted));
            self.raw(b": ");
        } else {
            self.raw(key);
        }
    }

    /// Before an array's item.
    #[inline(always)]
    fn item(&mut self, first: bool) {
        if !first {
            self.byte(b',');
        }
        if PRETTY {
            self.newline();
        }
    }

    /// An array of `items`, each written by `each`.
    #[inline(always)]
    fn seq<T>(&mut self, items: impl IntoIterator<Item = T>, mut each: impl FnMut(&mut Self, T)) {
        self.open(b'[');
        let mut first = true;
        for item in items {
            self.item(first);
            first = false;
            each(self, item);
            if let Some(drain) = &mut self.drain {
                if self.out.len() >= DRAIN_AT {
                    drain(self.out);
                }
            }
        }
        self.close(b']', !first);
    }

    // ---- scalars ----

    fn u64(&mut self, v: u64) {
        self.digits(v, 1);
    }

    fn i64(&mut self, v: i64) {
        if v < 0 {
            self.byte(b'-');
        }
        self.u64(v.unsigned_abs());
    }

    /// A number, or a decimal string beyond 2^53 − 1.
    fn safe_u64(&mut self, v: u64) {
        if u64_is_number(v) {
            self.u64(v);
        } else {
            self.byte(b'"');
            self.u64(v);
            self.byte(b'"');
        }
    }

    /// A number, or a decimal string when its magnitude is beyond 2^53 − 1.
    fn safe_i64(&mut self, v: i64) {
        if i64_is_number(v) {
            self.i64(v);
        } else {
            self.byte(b'"');
            self.i64(v);
            self.byte(b'"');
        }
    }

    /// `"0x"` and 8 lowercase hex digits, quoted.
    #[inline]
    fn syntax(&mut self, syntax: Syntax) {
        let [a, b, c, d] = syntax.0.to_be_bytes().map(hex_pair);
        self.raw(&[
            b'"', b'0', b'x', a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1], b'"',
        ]);
    }

    /// `value` in at least `width` decimal digits (zeros in front).
    fn digits(&mut self, mut value: u64, width: usize) {
        let mut buf = [b'0'; 20];
        let mut len = 0usize;
        for slot in buf.iter_mut().rev() {
            *slot = b'0'.wrapping_add((value % 10) as u8);
            value /= 10;
            len = len.wrapping_add(1);
            if value == 0 && len >= width {
                break;
            }
        }
        self.raw(buf.get(buf.len().wrapping_sub(len)..).unwrap_or_default());
    }

    /// A FILETIME's `utc`, quoted: `YYYY-MM-DDTHH:MM:SS.fffffffZ`, as its `Display`.
    fn utc(&mut self, utc: Utc) {
        let [year, month, day, hour, minute, second, fraction] = utc.fields();
        self.byte(b'"');
        for (value, width, after) in [
            (year, 4, b'-'),
            (month, 2, b'-'),
            (day, 2, b'T'),
            (hour, 2, b':'),
            (minute, 2, b':'),
            (second, 2, b'.'),
            (fraction, 7, b'Z'),
        ] {
            self.digits(value, width);
            self.byte(after);
        }
        self.byte(b'"');
    }

    /// Lowercase hex of `bytes`, quoted.
    fn hex(&mut self, bytes: &[u8]) {
        self.out
            .reserve(bytes.len().saturating_mul(2).saturating_add(2));
        self.byte(b'"');
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 16];
            for (pair, &b) in buf.chunks_exact_mut(2).zip(chunk) {
                pair.copy_from_slice(&hex_pair(b));
            }
            self.raw(&buf);
        }
        for &b in chunks.remainder() {
            self.raw(&hex_pair(b));
        }
        self.byte(b'"');
    }

    /// An ASCII byte inside a string, escaped as serde_json does.
    #[inline(always)]
    fn ascii(&mut self, b: u8) {
        match ESCAPE.get(usize::from(b)).copied().unwrap_or(0) {
            0 => self.byte(b),
            b'u' => {
                let [hi, lo] = hex_pair(b);
                self.raw(&[b'\\', b'u', b'0', b'0', hi, lo]);
            }
            c => self.raw(&[b'\\', c]),
        }
    }

    /// A UTF-16LE string, quoted: escaped UTF-8, U+FFFD for each unpaired surrogate (as
    /// [`Utf16Str::to_string_lossy`]). Printable ASCII without `"` or `\` (every name Windows
    /// defines, most values) is checked four units at a time and copied in one go.
    #[inline]
    fn utf16(&mut self, text: Utf16Str<'_>) {
        let bytes = text.as_bytes();
        if is_plain(bytes) {
            self.out.reserve((bytes.len() / 2).saturating_add(2));
            self.byte(b'"');
            self.out.extend(
                bytes
                    .chunks_exact(2)
                    .map(|u| u.first().copied().unwrap_or(0)),
            );
            self.byte(b'"');
        } else {
            self.utf16_escaped(bytes);
        }
    }

    /// [`utf16`](Self::utf16) of any string, in one pass over the code units: four at a time
    /// while they are plain ASCII, then one by one (a surrogate pair two at a time).
    #[inline(never)]
    fn utf16_escaped(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        // Room for the common case; escapes and wide characters grow the buffer.
        self.out
            .reserve(rest.len().saturating_add(rest.len() / 2).saturating_add(2));
        self.byte(b'"');
        loop {
            while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
                if !plain4(u64::from_le_bytes(*chunk)) {
                    break;
                }
                self.raw(&[chunk[0], chunk[2], chunk[4], chunk[6]]);
                rest = tail;
            }
            let Some((unit, tail)) = rest.split_first_chunk::<2>() else {
                break;
            };
            rest = tail;
            let unit = u16::from_le_bytes(*unit);
            let c = match unit {
                0..=0x7F => {
                    self.ascii(unit as u8);
                    continue;
                }
                0xD800..=0xDBFF => {
                    let low = rest
                        .split_first_chunk::<2>()
                        .map(|(low, tail)| (u16::from_le_bytes(*low), tail))
                        .filter(|(low, _)| (0xDC00..=0xDFFF).contains(low));
                    match low {
                        Some((low, tail)) => {
                            rest = tail;
                            let high = u32::from(unit.wrapping_sub(0xD800)) << 10;
                            let c = 0x10000u32
                                .wrapping_add(high)
                                .wrapping_add(u32::from(low.wrapping_sub(0xDC00)));
                            char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER)
                        }
                        None => char::REPLACEMENT_CHARACTER,
                    }
                }
                0xDC00..=0xDFFF => char::REPLACEMENT_CHARACTER,
                _ => char::from_u32(u32::from(unit)).unwrap_or(char::REPLACEMENT_CHARACTER),
            };
            self.raw(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
        self.byte(b'"');
    }

    /// A UTF-8 string, quoted and escaped: runs of bytes that need nothing are copied whole.
    fn str(&mut self, text: &str) {
        self.byte(b'"');
        self.str_body(text);
        self.byte(b'"');
    }

    fn str_body(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b < 0x80 && ESCAPE.get(usize::from(b)).is_some_and(|&e| e != 0) {
                self.raw(bytes.get(start..i).unwrap_or_default());
                self.ascii(b);
                start = i.wrapping_add(1);
            }
        }
        self.raw(bytes.get(start..).unwrap_or_default());
    }

    /// The text of a `Display`, quoted and escaped (as serde's `collect_str`).
    fn display(&mut self, value: impl fmt::Display) {
        /// Escapes what it is given into the writer.
        struct Escaped<'w, 'o, 'f, const P: bool>(&'w mut Writer<'o, 'f, P>);
        impl<const P: bool> fmt::Write for Escaped<'_, '_, '_, P> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                self.0.str_body(s);
                Ok(())
            }
        }
        self.byte(b'"');
        // Writing into a `Vec` cannot fail; a `Display` that fails leaves what it wrote.
        let _ = fmt::Write::write_fmt(&mut Escaped(self), format_args!("{value}"));
        self.byte(b'"');
    }

    // ---- the canonical JSON's objects ----

    /// `{"properties": [...], "trailing_end_mark": bool, ["trailing_bytes": "hex"]}`.
    fn property_list(&mut self, list: &PropertyList<'_>) {
        self.open(b'{');
        self.key(true, b"\"properties\":");
        self.seq(list.properties(), |w, p| w.property(&p));
        self.list_end(Some(list.has_trailing_end_mark()), list.trailing_bytes());
    }

    fn owned_property_list(&mut self, list: &OwnedPropertyList) {
        self.open(b'{');
        self.key(true, b"\"properties\":");
        self.seq(&list.properties, |w, p| w.owned_property(p));
        self.list_end(Some(list.trailing_end_mark), &list.trailing_bytes);
    }

    /// `{"values": [...], ["trailing_bytes": "hex"]}`.
    fn value_list(&mut self, list: &ValueList<'_>) {
        self.open(b'{');
        self.key(true, b"\"values\":");
        self.seq(list.values(), |w, v| w.value(&v));
        self.list_end(None, list.trailing_bytes());
    }

    fn owned_value_list(&mut self, list: &OwnedValueList) {
        self.open(b'{');
        self.key(true, b"\"values\":");
        self.seq(&list.values, |w, v| w.value(&v.view()));
        self.list_end(None, &list.trailing_bytes);
    }

    /// A list's keys after its items, and the end of its object.
    fn list_end(&mut self, trailing_end_mark: Option<bool>, trailing: &[u8]) {
        if let Some(mark) = trailing_end_mark {
            self.key(false, b"\"trailing_end_mark\":");
            self.raw(if mark { b"true" } else { b"false" });
        }
        if let Some(trailing) = keys::trailing(trailing) {
            self.key(false, b"\"trailing_bytes\":");
            self.hex(trailing);
        }
        self.close(b'}', true);
    }

    /// `{"name": "...", ["name_bytes": "hex"], ["name_padding": "hex"], "values": [...]}`.
    fn property(&mut self, property: &Property<'_>) {
        self.open(b'{');
        self.key(true, b"\"name\":");
        self.utf16(property.name());
        self.property_end(PropertyKeys::of(property));
        self.seq(property.values(), |w, v| w.value(&v));
        self.close(b'}', true);
    }

    fn owned_property(&mut self, property: &OwnedProperty) {
        self.open(b'{');
        self.key(true, b"\"name\":");
        self.str(&property.name);
        self.property_end(PropertyKeys::of_owned(property));
        self.seq(property.values.iter(), |w, v| w.value(&v.view()));
        self.close(b'}', true);
    }

    /// A property's keys after its name, up to its values' key.
    fn property_end(&mut self, keys: PropertyKeys<'_>) {
        if let Some(bytes) = keys.name_bytes {
            self.key(false, b"\"name_bytes\":");
            self.hex(bytes);
        }
        if let Some(padding) = keys.name_padding {
            self.key(false, b"\"name_padding\":");
            self.hex(padding);
        }
        self.key(false, b"\"values\":");
    }

    /// `{"syntax": "0x........", "value": ..., ["utc": "..."], ["raw": "..."], ["padding": "..."]}`.
    fn value(&mut self, value: &Value<'_>) {
        let ValueKeys {
            decoded,
            utc,
            raw,
            padding,
        } = ValueKeys::of(value);
        self.open(b'{');
        if PRETTY {
            self.key(true, b"\"syntax\":");
            self.syntax(value.syntax());
            self.key(false, b"\"value\":");
        } else {
            // `"syntax":"0x........","value":` in one write.
            let mut head = *br#""syntax":"0x00000000","value":"#;
            let digits = value.syntax().0.to_be_bytes().map(hex_pair);
            if let Some(slot) = head.get_mut(12..20) {
                slot.copy_from_slice(digits.as_flattened());
            }
            self.raw(&head);
        }
        self.decoded(&decoded);
        if let Some(utc) = utc {
            self.key(false, b"\"utc\":");
            self.utc(utc);
        }
        if let Some(raw) = raw {
            self.key(false, b"\"raw\":");
            self.hex(raw);
        }
        if let Some(padding) = padding {
            self.key(false, b"\"padding\":");
            self.hex(padding);
        }
        self.close(b'}', true);
    }

    /// The `value`.
    fn decoded(&mut self, decoded: &Decoded<'_>) {
        match *decoded {
            Decoded::Dword(v) | Decoded::DiskSignature(v) | Decoded::DiskNumber(v) => {
                self.u64(v.into());
            }
            Decoded::Word(v) => self.u64(v.into()),
            Decoded::Long(v) => self.i64(v.into()),
            Decoded::ULargeInteger(v) | Decoded::DiskSize(v) => self.safe_u64(v),
            Decoded::FileTime(t) => self.safe_u64(t.0),
            Decoded::LargeInteger(v) => self.safe_i64(v),
            Decoded::Sz(s)
            | Decoded::ExpandSz(s)
            | Decoded::ExpandedSz(s)
            | Decoded::DiskGuid(s)
            | Decoded::DiskSerialNumber(s) => self.utf16(s),
            Decoded::MultiSz(m) => self.seq(m.iter(), Self::utf16),
            Decoded::PropertyList(l) => self.property_list(&l),
            Decoded::ValueList(l) => self.value_list(&l),
            Decoded::Binary(b) | Decoded::SecurityDescriptor(b) | Decoded::Bytes(b) => self.hex(b),
            Decoded::StorageDeviceIdDescriptor(d) => self.hex(d.as_bytes()),
            Decoded::ResourceClass(info) => {
                self.open(b'{');
                self.key(true, b"\"class\":");
                self.u64(info.class.0.into());
                self.key(false, b"\"class_name\":");
                match info.class.name() {
                    Some(name) => self.str(name),
                    None => self.raw(b"null"),
                }
                self.key(false, b"\"subclass\":");
                self.u64(info.subclass.0.into());
                self.key(false, b"\"subclass_names\":");
                self.seq(info.subclass_names(), |w, name| w.str(name));
                self.close(b'}', true);
            }
            Decoded::ScsiAddress(a) => {
                self.open(b'{');
                self.key(true, b"\"port\":");
                self.u64(a.port.into());
                self.key(false, b"\"path_id\":");
                self.u64(a.path_id.into());
                self.key(false, b"\"target_id\":");
                self.u64(a.target_id.into());
                self.key(false, b"\"lun\":");
                self.u64(a.lun.into());
                self.close(b'}', true);
            }
            Decoded::FtSetInfo(f) => {
                self.open(b'{');
                self.key(true, b"\"root_signature\":");
                self.u64(f.root_signature.into());
                self.key(false, b"\"ft_type\":");
                self.u64(f.ft_type.into());
                self.close(b'}', true);
            }
            Decoded::PartitionInfo(p) => self.partition_info(p, None),
            Decoded::PartitionInfoEx(p) => self.partition_info(p.info(), Some(p)),
            Decoded::PartitionInfoEx2(p) => {
                self.open(b'{');
                self.key(true, b"\"gpt_partition_id\":");
                self.display(p.gpt_partition_id());
                self.key(false, b"\"partition_name\":");
                self.utf16(p.partition_name());
                self.key(false, b"\"encryption_flags\":");
                self.u64(p.encryption_flags().into());
                self.close(b'}', true);
            }
        }
    }

    /// `{` and an object's first key (see [`key`](Self::key)).
    fn tag(&mut self, key: &[u8]) {
        self.open(b'{');
        self.key(true, key);
    }

    /// A control output's object (the shapes of [`ControlJson`]'s documentation).
    fn control(&mut self, json: &ControlJson<'_>) {
        match *json.output() {
            ControlOutput::PropertyList(list) => return self.property_list(&list),
            ControlOutput::ValueList(list) => return self.value_list(&list),
            ControlOutput::ClassInfo(info) => return self.decoded(&Decoded::ResourceClass(info)),
            ControlOutput::Nothing => {
                self.open(b'{');
                return self.close(b'}', false);
            }
            ControlOutput::Dword(v) => {
                self.tag(b"\"dword\":");
                self.u64(v.into());
                if let Some(names) = json.dword_names(v) {
                    self.key(false, b"\"names\":");
                    self.seq(names, |w, name| w.str(name));
                }
            }
            ControlOutput::String(s) => {
                self.tag(b"\"string\":");
                self.utf16(s);
            }
            ControlOutput::Strings(m) => {
                self.tag(b"\"strings\":");
                self.seq(m.iter(), Self::utf16);
            }
            ControlOutput::ValueLists(lists) => {
                self.tag(b"\"value_lists\":");
                self.seq(lists.iter(), |w, list| w.value_list(&list));
            }
            ControlOutput::FileTime(t) => {
                self.tag(b"\"filetime\":");
                self.safe_u64(t.0);
                if let Some(utc) = t.utc() {
                    self.key(false, b"\"utc\":");
                    self.utc(utc);
                }
            }
            ControlOutput::MaintenanceMode(info) => {
                self.tag(b"\"maintenance_mode\":");
                self.tag(b"\"in_maintenance\":");
                self.u64(info.in_maintenance.into());
                if let Some(ex) = info.extended {
                    self.key(false, b"\"internal_state\":");
                    self.i64(ex.internal_state.into());
                    self.key(false, b"\"mode_type\":");
                    self.u64(ex.mode_type.0.into());
                    self.key(false, b"\"mode_type_name\":");
                    match ex.mode_type.name() {
                        Some(name) => self.str(name),
                        None => self.raw(b"null"),
                    }
                    self.key(false, b"\"signature\":");
                    self.u64(ex.signature.into());
                }
                self.close(b'}', true);
            }
            ControlOutput::Bytes(b) => {
                self.tag(b"\"bytes\":");
                self.hex(b);
            }
        }
        self.close(b'}', true);
    }

    fn partition_info(&mut self, p: PartitionInfo<'_>, ex: Option<PartitionInfoEx<'_>>) {
        self.open(b'{');
        self.key(true, b"\"flags\":");
        self.u64(p.flags().0.into());
        self.key(false, b"\"flag_names\":");
        self.seq(p.flags().names(), |w, name| w.str(name));
        self.key(false, b"\"device_name\":");
        self.utf16(p.device_name());
        self.key(false, b"\"volume_label\":");
        self.utf16(p.volume_label());
        self.key(false, b"\"serial_number\":");
        self.u64(p.serial_number().into());
        self.key(false, b"\"maximum_component_length\":");
        self.u64(p.maximum_component_length().into());
        self.key(false, b"\"file_system_flags\":");
        self.u64(p.file_system_flags().into());
        self.key(false, b"\"file_system\":");
        self.utf16(p.file_system());
        if let Some(ex) = ex {
            self.key(false, b"\"total_size\":");
            self.safe_u64(ex.total_size());
            self.key(false, b"\"free_size\":");
            self.safe_u64(ex.free_size());
            self.key(false, b"\"device_number\":");
            self.u64(ex.device_number().into());
            self.key(false, b"\"partition_number\":");
            self.u64(ex.partition_number().into());
            self.key(false, b"\"volume_guid\":");
            self.display(ex.volume_guid());
        }
        self.close(b'}', true);
    }
}

/// The JSON as a `String` (the writer writes only UTF-8).
fn into_string(out: Vec<u8>) -> String {
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Runs `write` with a streaming writer that hands its text to `writer`; the first error of
/// `writer`, if any (what follows it is not written).
#[cfg(feature = "std")]
fn stream<W: std::io::Write, const PRETTY: bool>(
    mut writer: W,
    write: impl FnOnce(&mut Writer<'_, '_, PRETTY>),
) -> std::io::Result<()> {
    let mut result = Ok(());
    let mut drain = |buf: &mut Vec<u8>| {
        if result.is_ok() {
            result = writer.write_all(buf);
        }
        buf.clear();
    };
    let mut buf = Vec::new();
    write(&mut Writer::streaming(&mut buf, &mut drain));
    drain(&mut buf);
    result
}

/// What the writer reserves for a list of `len` bytes: about what its JSON takes.
fn estimate(len: usize) -> usize {
    len.saturating_add(len / 2)
}

/// `write_json`, `write_json_pretty` and `to_json_string` on `$ty`, written by `Writer::$write`;
/// `$len` is the list's size in bytes for the reservation, `$example` the doc example.
macro_rules! json_methods {
    ($ty:ty, $write:ident, |$list:ident| $len:expr, $example:literal) => {
        impl $ty {
            /// Appends the canonical JSON (compact: no whitespace) to `out`: byte for byte what
            /// `serde_json::to_writer` writes of its `Serialize` (feature `serde`), about
            /// ten times faster and without the `serde` feature. The shape is documented in
            /// [`crate::json`].
            ///
            /// ```
            #[doc = $example]
            /// ```
            pub fn write_json(&self, out: &mut Vec<u8>) {
                let $list = self;
                Writer::<'_, '_, false>::new(out, estimate($len)).$write(self);
            }

            /// Appends the canonical JSON, pretty-printed, to `out`: byte for byte what
            /// `serde_json::to_writer_pretty` writes (two spaces per level, `": "` after keys,
            /// `[]` for an empty array). No newline at the end.
            pub fn write_json_pretty(&self, out: &mut Vec<u8>) {
                let $list = self;
                Writer::<'_, '_, true>::new(out, estimate($len).saturating_mul(2)).$write(self);
            }

            /// [`write_json`](Self::write_json) to an `io::Write` (feature `std`), through a
            /// buffer of some 64 KiB: the memory it takes does not grow with the list.
            #[cfg(feature = "std")]
            pub fn write_json_to<W: std::io::Write>(&self, writer: W) -> std::io::Result<()> {
                stream::<W, false>(writer, |w| w.$write(self))
            }

            /// [`write_json_pretty`](Self::write_json_pretty) to an `io::Write` (feature
            /// `std`), as [`write_json_to`](Self::write_json_to).
            #[cfg(feature = "std")]
            pub fn write_json_pretty_to<W: std::io::Write>(
                &self,
                writer: W,
            ) -> std::io::Result<()> {
                stream::<W, true>(writer, |w| w.$write(self))
            }

            /// The canonical JSON (compact) as a `String`: [`write_json`](Self::write_json)
            /// into a new buffer.
            #[must_use]
            pub fn to_json_string(&self) -> String {
                let mut out = Vec::new();
                self.write_json(&mut out);
                into_string(out)
            }
        }
    };
}

json_methods!(
    PropertyList<'_>,
    property_list,
    |list| list.byte_len(),
    r##"use clusprop::{PropertyList, PropertyListBuilder};

let bytes = PropertyListBuilder::new().trailing_end_mark(true).property("Role").dword(3).finish()?;
let list = PropertyList::parse(&bytes)?;
let mut out = Vec::new();
list.write_json(&mut out);
assert_eq!(
    out,
    br#"{"properties":[{"name":"Role","values":[{"syntax":"0x00010002","value":3}]}],"trailing_end_mark":true}"#
);
assert_eq!(list.to_json_string().as_bytes(), out);

let mut pretty = Vec::new();
list.write_json_pretty(&mut pretty);
assert!(pretty.starts_with(b"{\n  \"properties\": [\n    {\n      \"name\": \"Role\","));
# Ok::<(), Box<dyn std::error::Error>>(())"##
);

json_methods!(
    ValueList<'_>,
    value_list,
    |list| list.byte_len(),
    r##"use clusprop::{ValueList, ValueListBuilder};

let bytes = ValueListBuilder::new().sz("C:\\").disk_number(2).finish()?;
let list = ValueList::parse(&bytes)?;
assert_eq!(
    list.to_json_string(),
    r#"{"values":[{"syntax":"0x00010003","value":"C:\\"},{"syntax":"0x00070002","value":2}]}"#
);
# Ok::<(), Box<dyn std::error::Error>>(())"##
);

json_methods!(
    OwnedPropertyList,
    owned_property_list,
    |list| list.properties.len().saturating_mul(64),
    r##"use clusprop::{OwnedPropertyList, OwnedValue};

let mut list = OwnedPropertyList::new();
list.push("Big", OwnedValue::ularge_integer(1 << 60));
// Beyond 2^53 - 1, an integer is a decimal string.
assert_eq!(
    list.to_json_string(),
    r#"{"properties":[{"name":"Big","values":[{"syntax":"0x00010006","value":"1152921504606846976"}]}],"trailing_end_mark":false}"#
);
# Ok::<(), Box<dyn std::error::Error>>(())"##
);

json_methods!(
    OwnedValueList,
    owned_value_list,
    |list| list.values.len().saturating_mul(48),
    r##"use clusprop::{OwnedValue, OwnedValueList};

let list = OwnedValueList { values: vec![OwnedValue::binary(vec![0xAB, 0x01])], trailing_bytes: vec![] };
assert_eq!(list.to_json_string(), r#"{"values":[{"syntax":"0x00010001","value":"ab01"}]}"#);
# Ok::<(), Box<dyn std::error::Error>>(())"##
);

json_methods!(
    ControlJson<'_>,
    control,
    |json| json.len_hint(),
    r##"use clusprop::control::ControlCode;
use clusprop::json::ControlJson;

let code = ControlCode::RESOURCE_GET_STATE_CHANGE_TIME;
let bytes = 0u64.to_le_bytes();
let output = code.decode_output(&bytes)?;
assert_eq!(
    ControlJson::new(code, output).to_json_string(),
    r#"{"filetime":0,"utc":"1601-01-01T00:00:00.0000000Z"}"#
);
# Ok::<(), Box<dyn std::error::Error>>(())"##
);

/// Writes a property list's or a value list's JSON while the parser checks it (a [`Walk`]): each
/// entry is read once, where [`PropertyList::write_json`] walks a parsed list again (its
/// properties, then each property's values).
struct OnePass<'w, 'o, 'b> {
    writer: &'w mut Writer<'o, 'static, false>,
    /// The buffer (a name entry's data and padding are read from it at the entry's offset).
    bytes: &'b [u8],
    strict: bool,
    /// No property (no value, in a value list) written yet.
    first_item: bool,
    /// No value of the current property written yet.
    first_value: bool,
    /// A property list (its values are inside properties).
    properties: bool,
}

impl<'a> Walk<'a> for OnePass<'_, '_, 'a> {
    fn property(&mut self, name: Utf16Str<'a>, offset: usize) {
        let w = &mut *self.writer;
        w.item(self.first_item);
        self.first_item = false;
        w.open(b'{');
        w.key(true, b"\"name\":");
        w.utf16(name);
        // The entry passed its checks: its header, data and padding are in the buffer.
        let (data, padding) = self
            .bytes
            .get(offset..)
            .and_then(split_entry)
            .map_or((&[][..], &[][..]), |(entry, _)| (entry.data, entry.padding));
        w.property_end(PropertyKeys::of_entry(name, data, padding, self.strict));
        w.open(b'[');
        self.first_value = true;
    }

    fn value(&mut self, value: &Value<'a>) {
        let first = if self.properties {
            core::mem::replace(&mut self.first_value, false)
        } else {
            core::mem::replace(&mut self.first_item, false)
        };
        self.writer.item(first);
        self.writer.value(value);
    }

    fn end_mark(&mut self, _offset: usize) {
        // A property's values end (a value list's end is the caller's to write).
        if self.properties {
            self.writer.close(b']', !self.first_value);
            self.writer.close(b'}', true);
        }
    }
}

/// Parses a property list in `mode` and appends its canonical JSON (compact) to `out`, in one
/// pass: what [`PropertyList::parse_with`] then [`PropertyList::write_json`] give, faster (each
/// entry is read once). On error, `out` is left as it was.
///
/// ```
/// use clusprop::{json, Mode, PropertyListBuilder};
///
/// let bytes = PropertyListBuilder::new().property("Role").dword(1).finish()?;
/// let mut out = Vec::new();
/// let list = json::property_list_json(&bytes, Mode::Strict, &mut out)?;
/// assert_eq!(out, list.to_json_string().as_bytes());
/// assert!(json::property_list_json(&bytes[..9], Mode::Strict, &mut out).is_err());
/// assert_eq!(out, list.to_json_string().as_bytes(), "nothing added on error");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn property_list_json<'a>(
    bytes: &'a [u8],
    mode: Mode,
    out: &mut Vec<u8>,
) -> Result<PropertyList<'a>, ParseError> {
    one_pass(
        bytes,
        mode,
        out,
        true,
        |walk| PropertyList::parse_in(bytes, Ctx::top(mode), walk),
        |writer, list| {
            writer.list_end(Some(list.has_trailing_end_mark()), list.trailing_bytes());
        },
    )
}

/// [`property_list_json`] for a standalone value list: [`ValueList::parse_with`] then
/// [`ValueList::write_json`], in one pass. On error, `out` is left as it was.
///
/// ```
/// use clusprop::{json, Mode, ValueListBuilder};
///
/// let bytes = ValueListBuilder::new().dword(7).sz("x").finish()?;
/// let mut out = Vec::new();
/// let list = json::value_list_json(&bytes, Mode::Strict, &mut out)?;
/// assert_eq!(out, list.to_json_string().as_bytes());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn value_list_json<'a>(
    bytes: &'a [u8],
    mode: Mode,
    out: &mut Vec<u8>,
) -> Result<ValueList<'a>, ParseError> {
    one_pass(
        bytes,
        mode,
        out,
        false,
        |walk| ValueList::parse_in(bytes, Ctx::top(mode), walk),
        |writer, list| writer.list_end(None, list.trailing_bytes()),
    )
}

/// A list's JSON appended to `out` as `parse` checks it (`properties`: a property list's
/// `{"properties": [...]`, else a value list's `{"values": [...]`), then `finish`ed (the keys after
/// the items); on error, `out` as it was.
fn one_pass<'a, L>(
    bytes: &'a [u8],
    mode: Mode,
    out: &mut Vec<u8>,
    properties: bool,
    parse: impl FnOnce(&mut OnePass<'_, '_, 'a>) -> Result<L, ParseError>,
    finish: impl FnOnce(&mut Writer<'_, 'static, false>, &L),
) -> Result<L, ParseError> {
    let start = out.len();
    let mut writer = Writer::<'_, 'static, false>::new(out, estimate(bytes.len()));
    writer.open(b'{');
    writer.key(
        true,
        if properties {
            b"\"properties\":"
        } else {
            b"\"values\":"
        },
    );
    writer.open(b'[');
    let mut walk = OnePass {
        writer: &mut writer,
        bytes,
        strict: mode == Mode::Strict,
        first_item: true,
        first_value: true,
        properties,
    };
    match parse(&mut walk) {
        Ok(list) => {
            let nonempty = !walk.first_item;
            writer.close(b']', nonempty);
            finish(&mut writer, &list);
            Ok(list)
        }
        Err(e) => {
            out.truncate(start);
            Err(e)
        }
    }
}
