//! A reference decoder for property lists and value lists: deliberately simple, slow and
//! obviously correct, written from the format specification (sections 3 to 7) and the rules
//! documented on `clusprop::Mode` and in `clusprop::error`, independently of the crate's
//! zero-copy parser.
//!
//! It reads the buffer front to back with a cursor, allocates freely, and produces either the
//! whole content (every property's offset, name, name bytes and values; every value's offset,
//! syntax, data, padding and decoded form, nested lists included; the trailing end mark, the bytes
//! after it, and whether the buffer is canonical) or the first rule the buffer breaks and where
//! ([`Fault`] and an absolute offset).
//!
//! The order of the checks is the order in which a reader meets the bytes:
//!
//! * a property list: the count (4 bytes; a count the rest cannot hold at 12 bytes per property,
//!   the smallest property any mode accepts, is refused before anything else), then per property
//!   its name entry, its values and its end mark, then what follows the declared properties;
//! * an entry: its header, the data `cbLength` announces, the rules of the data, then the padding;
//!   a name's header is read as one 8-byte unit, while after a name or a value the 4-byte syntax
//!   word is read first (it may be a bare end mark) and judged before the `cbLength` behind it;
//! * a string: even length, then the final NUL, then NULs before it, then (names) UTF-16 validity;
//! * a nested list (the data of a VALUE_LIST or PROPERTY_LIST value): read by the strict rules
//!   whatever the mode; data that does not form a list is bytes, and only nesting beyond
//!   [`MAX_DEPTH`] is an error.
//!
//! Used by `tests/differential.rs`, `tests/deterministic_fuzz.rs` and the cargo-fuzz targets.
#![allow(dead_code)]

pub mod compare;

use byteorder::{LittleEndian, ReadBytesExt};
use std::io::Cursor;

/// How deep lists nest: the outer list is at depth 0, a list held by one of its values at depth
/// 1; a nested-list value inside a list at this depth is refused, whatever its bytes.
pub const MAX_DEPTH: usize = 16;

/// Strict or lenient, as documented on `clusprop::Mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Strict,
    Lenient,
}

/// The part of the format a fault is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Count,
    NameHeader,
    Name,
    ValueHeader,
    Value,
    /// The syntax word after a name or a value: another value or the end mark.
    SyntaxWord,
    Padding,
}

/// The rule a buffer breaks. Each maps to one `clusprop::ParseError` variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    Truncated {
        part: Part,
        needed: usize,
        available: usize,
    },
    ImpossibleCount {
        count: u32,
        max: usize,
        available: usize,
    },
    LengthPastEnd {
        part: Part,
        length: u32,
        available: usize,
    },
    NotAName {
        found: u32,
    },
    OddLength {
        part: Part,
        length: u32,
    },
    Unterminated {
        part: Part,
        found: u16,
    },
    NulInside {
        part: Part,
    },
    BadNameUtf16 {
        unit: u16,
    },
    BadWidth {
        syntax: u32,
        expected: u32,
        found: u32,
    },
    NoValues,
    ForeignValueType {
        syntax: u32,
    },
    NoEndMark {
        found: u32,
    },
    TooFewProperties {
        declared: u32,
        found: u32,
    },
    TooManyProperties {
        declared: u32,
    },
    Leftover {
        length: usize,
    },
    TooDeep {
        limit: usize,
    },
}

/// A fault and the absolute offset it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefError {
    pub fault: Fault,
    pub at: usize,
}

/// A decoded property list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RList {
    pub properties: Vec<RProperty>,
    pub trailing_end_mark: bool,
    /// Bytes after the properties and the trailing end mark (lenient mode only).
    pub trailing: Vec<u8>,
    pub canonical: bool,
}

/// A decoded property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RProperty {
    pub offset: usize,
    /// The name's code units, without NUL.
    pub name: Vec<u16>,
    /// The name entry's exact data bytes.
    pub name_bytes: Vec<u8>,
    pub values: Vec<RValue>,
}

/// A decoded standalone value list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RValueList {
    pub values: Vec<RValue>,
    pub trailing: Vec<u8>,
    pub canonical: bool,
}

/// A decoded value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RValue {
    pub offset: usize,
    pub syntax: u32,
    pub data: Vec<u8>,
    pub padding: Vec<u8>,
    pub decoded: RDecoded,
    pub canonical: bool,
}

/// A value's data read by its format (the low word of the syntax).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RDecoded {
    Binary(Vec<u8>),
    Dword(u32),
    Sz(Vec<u16>),
    ExpandSz(Vec<u16>),
    MultiSz(Vec<Vec<u16>>),
    ULargeInteger(u64),
    Long(i32),
    ExpandedSz(Vec<u16>),
    SecurityDescriptor(Vec<u8>),
    LargeInteger(i64),
    Word(u16),
    FileTime(u64),
    ValueList(Box<RValueList>),
    PropertyList(Box<RList>),
    Bytes(Vec<u8>),
    /// A typed structure of spec 17.2 (RESCLASS of 8 bytes, SCSI_ADDRESS, FTSET_INFO, the
    /// partition structures) of its size: its bytes.
    Typed(Vec<u8>),
}

const RESCLASS: u32 = 0x0002_0002;
const SCSI_ADDRESS: u32 = 0x0006_0002;
const PARTITION_INFO: u32 = 0x0008_0001;
const FTSET_INFO: u32 = 0x0009_0001;
const PARTITION_INFO_EX: u32 = 0x000D_0001;
const PARTITION_INFO_EX2: u32 = 0x000E_0001;

/// Whether the `WCHAR[units]` array at `at` is valid UTF-16 up to its first NUL and zero after.
fn wchar_canonical(data: &[u8], at: usize, units: usize) -> bool {
    let array = code_units(&data[at..at + 2 * units]);
    let end = array.iter().position(|&u| u == 0).unwrap_or(array.len());
    first_unpaired_surrogate(&array[..end]).is_none() && array[end..].iter().all(|&u| u == 0)
}

/// Whether a typed structure's fields give back its bytes (the partition structures' arrays).
fn typed_canonical(syntax: u32, data: &[u8]) -> bool {
    let info = |d: &[u8]| {
        wchar_canonical(d, 4, 260) && wchar_canonical(d, 524, 260) && wchar_canonical(d, 1056, 32)
    };
    match syntax {
        PARTITION_INFO | PARTITION_INFO_EX => info(data),
        PARTITION_INFO_EX2 => wchar_canonical(data, 16, 260),
        _ => true,
    }
}

const ENDMARK: u32 = 0;
const NAME: u32 = 0x0004_0003;
const LIST_VALUE: u32 = 0x0001;
/// User types start here (spec 2.1, `CLUSPROP_TYPE_USER`)...
const USER_TYPES: u32 = 0x8000;
/// ...up to 0xFFFE: `CLUSPROP_TYPE_UNKNOWN` (-1 as a WORD) is not one of them (the `Mode`
/// documentation; see `tests/fuzz_regressions.rs`, `unknown_type_message_does_not_contradict_itself`).
const UNKNOWN_TYPE: u32 = 0xFFFF;

const F_BINARY: u32 = 0x1;
const F_DWORD: u32 = 0x2;
const F_SZ: u32 = 0x3;
const F_EXPAND_SZ: u32 = 0x4;
const F_MULTI_SZ: u32 = 0x5;
const F_ULARGE_INTEGER: u32 = 0x6;
const F_LONG: u32 = 0x7;
const F_EXPANDED_SZ: u32 = 0x8;
const F_SECURITY_DESCRIPTOR: u32 = 0x9;
const F_LARGE_INTEGER: u32 = 0xA;
const F_WORD: u32 = 0xB;
const F_FILETIME: u32 = 0xC;
const F_VALUE_LIST: u32 = 0xD;
const F_PROPERTY_LIST: u32 = 0xE;

/// Decodes a property list.
pub fn property_list(bytes: &[u8], mode: Mode) -> Result<RList, RefError> {
    Reader::new(bytes, 0, mode, 0).property_list()
}

/// Decodes a standalone value list.
pub fn value_list(bytes: &[u8], mode: Mode) -> Result<RValueList, RefError> {
    Reader::new(bytes, 0, mode, 0).value_list()
}

/// A cursor over one list's bytes.
struct Reader<'a> {
    cursor: Cursor<&'a [u8]>,
    /// Absolute offset of this list in the outermost buffer.
    base: usize,
    mode: Mode,
    depth: usize,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8], base: usize, mode: Mode, depth: usize) -> Self {
        Reader {
            cursor: Cursor::new(bytes),
            base,
            mode,
            depth,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.cursor.get_ref()
    }

    fn pos(&self) -> usize {
        self.cursor.position() as usize
    }

    fn left(&self) -> usize {
        self.bytes().len() - self.pos()
    }

    fn strict(&self) -> bool {
        self.mode == Mode::Strict
    }

    fn fail<T>(&self, fault: Fault, local: usize) -> Result<T, RefError> {
        Err(RefError {
            fault,
            at: self.base + local,
        })
    }

    /// The DWORD at the cursor, without moving.
    fn peek_u32(&self) -> Option<u32> {
        let mut c = self.cursor.clone();
        c.read_u32::<LittleEndian>().ok()
    }

    fn read_u32(&mut self) -> u32 {
        self.cursor
            .read_u32::<LittleEndian>()
            .expect("caller checked the length")
    }

    fn take(&mut self, n: usize) -> &'a [u8] {
        let start = self.pos();
        let bytes: &'a [u8] = self.bytes();
        self.cursor.set_position((start + n) as u64);
        &bytes[start..start + n]
    }

    fn property_list(mut self) -> Result<RList, RefError> {
        let total = self.bytes().len();
        if total < 4 {
            return self.fail(
                Fault::Truncated {
                    part: Part::Count,
                    needed: 4,
                    available: total,
                },
                0,
            );
        }
        let count = self.read_u32();
        // The smallest property: an 8-byte name header with no data, and a 4-byte end mark.
        let available = total - 4;
        let max = available / 12;
        if u64::from(count) > max as u64 {
            return self.fail(
                Fault::ImpossibleCount {
                    count,
                    max,
                    available,
                },
                0,
            );
        }

        let mut properties = Vec::new();
        for found in 0..count {
            let at = self.pos();
            if self.left() == 0 || (self.left() == 4 && self.peek_u32() == Some(ENDMARK)) {
                return self.fail(
                    Fault::TooFewProperties {
                        declared: count,
                        found,
                    },
                    at,
                );
            }
            properties.push(self.property()?);
        }

        let after = self.pos();
        let rest = self.left();
        let first = self.peek_u32();
        let trailing_end_mark = first == Some(ENDMARK);
        let trailing = if trailing_end_mark {
            self.bytes()[after + 4..].to_vec()
        } else {
            self.bytes()[after..].to_vec()
        };
        if self.strict() && rest != 0 && !(rest == 4 && trailing_end_mark) {
            if first == Some(NAME) {
                return self.fail(Fault::TooManyProperties { declared: count }, after);
            }
            if trailing_end_mark {
                return self.fail(Fault::Leftover { length: rest - 4 }, after + 4);
            }
            return self.fail(Fault::Leftover { length: rest }, after);
        }
        let canonical = trailing.is_empty()
            && properties.iter().all(|p| {
                !p.values.is_empty()
                    && p.name_bytes.len() == p.name.len() * 2 + 2
                    && first_unpaired_surrogate(&p.name).is_none()
                    && p.values
                        .iter()
                        .all(|v| v.canonical && v.padding.iter().all(|&b| b == 0))
            })
            && self.name_paddings_are_zero(&properties);
        Ok(RList {
            properties,
            trailing_end_mark,
            trailing,
            canonical,
        })
    }

    /// Whether every name's padding is zero (re-read from the bytes: the name's padding is not
    /// part of the content).
    fn name_paddings_are_zero(&self, properties: &[RProperty]) -> bool {
        properties.iter().all(|p| {
            let local = p.offset - self.base;
            let start = local + 8 + p.name_bytes.len();
            let pad = (4 - p.name_bytes.len() % 4) % 4;
            self.bytes()[start..start + pad].iter().all(|&b| b == 0)
        })
    }

    fn property(&mut self) -> Result<RProperty, RefError> {
        let at = self.pos();
        if self.left() < 8 {
            // A syntax word that is all there is judged before the missing `cbLength`.
            if let Some(found) = self.peek_u32().filter(|&s| s != NAME) {
                return self.fail(Fault::NotAName { found }, at);
            }
            return self.fail(
                Fault::Truncated {
                    part: Part::NameHeader,
                    needed: 8,
                    available: self.left(),
                },
                at,
            );
        }
        let syntax = self.read_u32();
        let length = self.read_u32();
        if syntax != NAME {
            return self.fail(Fault::NotAName { found: syntax }, at);
        }
        let data_at = self.pos();
        if u64::from(length) > self.left() as u64 {
            return self.fail(
                Fault::LengthPastEnd {
                    part: Part::Name,
                    length,
                    available: self.left(),
                },
                at + 4,
            );
        }
        let data = self.take(length as usize);
        let name = if self.strict() {
            let name = self.terminated_text(data, Part::Name, data_at, at + 4)?;
            if let Some((index, unit)) = first_unpaired_surrogate(&name) {
                return self.fail(Fault::BadNameUtf16 { unit }, data_at + 2 * index);
            }
            name
        } else {
            // Lenient mode reads names with unpaired surrogates as they are.
            units_before_nul(data)
        };
        self.padding(data.len())?;
        let values = self.values(true)?;
        if values.is_empty() && self.strict() {
            return self.fail(Fault::NoValues, self.pos() - 4);
        }
        Ok(RProperty {
            offset: self.base + at,
            name,
            name_bytes: data.to_vec(),
            values,
        })
    }

    /// Skips the padding after `len` data bytes; returns it.
    fn padding(&mut self, len: usize) -> Result<Vec<u8>, RefError> {
        let need = (4 - len % 4) % 4;
        if self.left() < need {
            return self.fail(
                Fault::Truncated {
                    part: Part::Padding,
                    needed: need,
                    available: self.left(),
                },
                self.pos(),
            );
        }
        Ok(self.take(need).to_vec())
    }

    /// Values up to and including their end mark.
    fn values(&mut self, in_property_list: bool) -> Result<Vec<RValue>, RefError> {
        let mut values = Vec::new();
        loop {
            let at = self.pos();
            let Some(syntax) = self.peek_u32() else {
                return self.fail(
                    Fault::Truncated {
                        part: Part::SyntaxWord,
                        needed: 4,
                        available: self.left(),
                    },
                    at,
                );
            };
            if syntax == ENDMARK {
                self.read_u32();
                return Ok(values);
            }
            // A NAME ends a property's values early; a value list holds NAME entries.
            if in_property_list && syntax == NAME {
                return self.fail(Fault::NoEndMark { found: syntax }, at);
            }
            let ty = syntax >> 16;
            let user_type = (USER_TYPES..UNKNOWN_TYPE).contains(&ty);
            if in_property_list && self.strict() && ty != LIST_VALUE && !user_type {
                return self.fail(Fault::ForeignValueType { syntax }, at);
            }
            if self.left() < 8 {
                return self.fail(
                    Fault::Truncated {
                        part: Part::ValueHeader,
                        needed: 8,
                        available: self.left(),
                    },
                    at,
                );
            }
            self.read_u32();
            let length = self.read_u32();
            let data_at = self.pos();
            if u64::from(length) > self.left() as u64 {
                return self.fail(
                    Fault::LengthPastEnd {
                        part: Part::Value,
                        length,
                        available: self.left(),
                    },
                    at + 4,
                );
            }
            let data = self.take(length as usize);
            let decoded = self.value_data(syntax, data, data_at, at + 4, in_property_list)?;
            let padding = self.padding(data.len())?;
            let canonical = value_is_canonical(syntax, data, &decoded);
            values.push(RValue {
                offset: self.base + at,
                syntax,
                data: data.to_vec(),
                padding,
                decoded,
                canonical,
            });
        }
    }

    /// Checks a value's data against its format and decodes it.
    fn value_data(
        &self,
        syntax: u32,
        data: &[u8],
        data_at: usize,
        length_at: usize,
        in_property_list: bool,
    ) -> Result<RDecoded, RefError> {
        let format = syntax & 0xFFFF;
        let width = match format {
            F_DWORD | F_LONG => Some(4),
            F_WORD => Some(2),
            F_ULARGE_INTEGER | F_LARGE_INTEGER | F_FILETIME => Some(8),
            _ => None,
        };
        // In a value list the typed structures have their own sizes (spec 17.2; a RESCLASS
        // may also be the 4-byte class alone).
        let typed_size = match syntax {
            RESCLASS => Some(8),
            FTSET_INFO => Some(8),
            PARTITION_INFO => Some(1120),
            PARTITION_INFO_EX => Some(1160),
            PARTITION_INFO_EX2 => Some(540),
            _ => None,
        };
        // In a value list a typed structure's size replaces its format's (a RESCLASS of 4
        // bytes, the class alone, is its format's DWORD).
        let width = match typed_size {
            Some(_) if !in_property_list && syntax == RESCLASS && data.len() == 4 => None,
            Some(size) if !in_property_list => Some(size),
            _ => width,
        };
        if let Some(expected) = width {
            if data.len() != expected {
                return self.fail(
                    Fault::BadWidth {
                        syntax,
                        expected: expected as u32,
                        found: data.len() as u32,
                    },
                    length_at,
                );
            }
        }
        // A typed structure of its size reads as the structure, whatever the list.
        let structure = match syntax {
            RESCLASS | FTSET_INFO => 8,
            SCSI_ADDRESS => 4,
            PARTITION_INFO => 1120,
            PARTITION_INFO_EX => 1160,
            PARTITION_INFO_EX2 => 540,
            _ => usize::MAX,
        };
        if data.len() == structure {
            return Ok(RDecoded::Typed(data.to_vec()));
        }
        let mut c = Cursor::new(data);
        Ok(match format {
            F_BINARY => RDecoded::Binary(data.to_vec()),
            F_DWORD => RDecoded::Dword(c.read_u32::<LittleEndian>().unwrap()),
            F_LONG => RDecoded::Long(c.read_i32::<LittleEndian>().unwrap()),
            F_WORD => RDecoded::Word(c.read_u16::<LittleEndian>().unwrap()),
            F_ULARGE_INTEGER => RDecoded::ULargeInteger(c.read_u64::<LittleEndian>().unwrap()),
            F_LARGE_INTEGER => RDecoded::LargeInteger(c.read_i64::<LittleEndian>().unwrap()),
            F_FILETIME => RDecoded::FileTime(c.read_u64::<LittleEndian>().unwrap()),
            F_SZ | F_EXPAND_SZ | F_EXPANDED_SZ => {
                if self.strict() {
                    self.terminated_text(data, Part::Value, data_at, length_at)?;
                }
                let text = units_before_nul(data);
                match format {
                    F_SZ => RDecoded::Sz(text),
                    F_EXPAND_SZ => RDecoded::ExpandSz(text),
                    _ => RDecoded::ExpandedSz(text),
                }
            }
            F_MULTI_SZ => {
                if self.strict() {
                    self.ends_with_nul(data, Part::Value, data_at, length_at)?;
                }
                RDecoded::MultiSz(multi_sz_strings(data))
            }
            F_SECURITY_DESCRIPTOR => RDecoded::SecurityDescriptor(data.to_vec()),
            F_VALUE_LIST | F_PROPERTY_LIST => {
                if self.depth + 1 > MAX_DEPTH {
                    return self.fail(Fault::TooDeep { limit: MAX_DEPTH }, data_at);
                }
                // Nested lists are read by the strict rules in both modes (the `Mode` documentation).
                let inner = Reader::new(data, self.base + data_at, Mode::Strict, self.depth + 1);
                // Data that does not form a list is plain bytes; only the nesting limit is an
                // error, wherever it is met.
                let decoded = if format == F_PROPERTY_LIST {
                    inner
                        .property_list()
                        .map(|l| RDecoded::PropertyList(Box::new(l)))
                } else {
                    inner.value_list().map(|l| RDecoded::ValueList(Box::new(l)))
                };
                match decoded {
                    Ok(d) => d,
                    Err(
                        e @ RefError {
                            fault: Fault::TooDeep { .. },
                            ..
                        },
                    ) => return Err(e),
                    Err(_) => RDecoded::Bytes(data.to_vec()),
                }
            }
            _ => RDecoded::Bytes(data.to_vec()),
        })
    }

    /// Even length and a final NUL code unit (MULTI_SZ in strict mode).
    fn ends_with_nul(
        &self,
        data: &[u8],
        part: Part,
        data_at: usize,
        length_at: usize,
    ) -> Result<Vec<u16>, RefError> {
        if data.len() % 2 == 1 {
            return self.fail(
                Fault::OddLength {
                    part,
                    length: data.len() as u32,
                },
                length_at,
            );
        }
        let units = code_units(data);
        match units.last() {
            Some(0) => Ok(units[..units.len() - 1].to_vec()),
            Some(&last) => self.fail(
                Fault::Unterminated { part, found: last },
                data_at + data.len() - 2,
            ),
            // No code unit at all: 0, which no unterminated last unit can be.
            None => self.fail(Fault::Unterminated { part, found: 0 }, data_at),
        }
    }

    /// Even length, a final NUL and no NUL before it (names and strings in strict mode); the code
    /// units before the NUL.
    fn terminated_text(
        &self,
        data: &[u8],
        part: Part,
        data_at: usize,
        length_at: usize,
    ) -> Result<Vec<u16>, RefError> {
        let text = self.ends_with_nul(data, part, data_at, length_at)?;
        if let Some(i) = text.iter().position(|&u| u == 0) {
            return self.fail(Fault::NulInside { part }, data_at + 2 * i);
        }
        Ok(text)
    }

    fn value_list(mut self) -> Result<RValueList, RefError> {
        let values = self.values(false)?;
        let end = self.pos();
        let trailing = self.bytes()[end..].to_vec();
        if self.strict() && !trailing.is_empty() {
            return self.fail(
                Fault::Leftover {
                    length: trailing.len(),
                },
                end,
            );
        }
        let canonical = trailing.is_empty()
            && values
                .iter()
                .all(|v| v.canonical && v.padding.iter().all(|&b| b == 0));
        Ok(RValueList {
            values,
            trailing,
            canonical,
        })
    }
}

/// Little-endian code units; an odd last byte is left out.
pub fn code_units(data: &[u8]) -> Vec<u16> {
    data.chunks_exact(2)
        .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
        .collect()
}

/// The code units before the first NUL (all of them when there is none).
pub fn units_before_nul(data: &[u8]) -> Vec<u16> {
    code_units(data)
        .into_iter()
        .take_while(|&u| u != 0)
        .collect()
}

/// The strings of MULTI_SZ data: split on NUL after dropping the trailing NULs; an empty string
/// between two others stays.
pub fn multi_sz_strings(data: &[u8]) -> Vec<Vec<u16>> {
    let mut units = code_units(data);
    while units.last() == Some(&0) {
        units.pop();
    }
    if units.is_empty() {
        return Vec::new();
    }
    units.split(|&u| u == 0).map(<[u16]>::to_vec).collect()
}

/// The index and value of the first unpaired surrogate.
pub fn first_unpaired_surrogate(units: &[u16]) -> Option<(usize, u16)> {
    let high = |u: u16| (0xD800..=0xDBFF).contains(&u);
    let low = |u: u16| (0xDC00..=0xDFFF).contains(&u);
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if high(u) && i + 1 < units.len() && low(units[i + 1]) {
            i += 2;
        } else if high(u) || low(u) {
            return Some((i, u));
        } else {
            i += 1;
        }
    }
    None
}

/// Whether a value's data is exactly what a canonical encoder writes for its decoded content:
/// strings with one NUL and valid UTF-16; MULTI_SZ as `s1\0…sn\0\0` with no empty string (the
/// empty list as 4 zero bytes) and valid UTF-16; nested lists canonical themselves.
fn value_is_canonical(syntax: u32, data: &[u8], decoded: &RDecoded) -> bool {
    let units = code_units(data);
    match decoded {
        RDecoded::Sz(text) | RDecoded::ExpandSz(text) | RDecoded::ExpandedSz(text) => {
            data.len() == text.len() * 2 + 2
                && units.last() == Some(&0)
                && first_unpaired_surrogate(text).is_none()
        }
        RDecoded::MultiSz(strings) => {
            if data == [0, 0, 0, 0] {
                return true;
            }
            let n = units.len();
            data.len() % 2 == 0
                && n >= 3
                && units[n - 1] == 0
                && units[n - 2] == 0
                && units[n - 3] != 0
                && strings.iter().all(|s| !s.is_empty())
                && first_unpaired_surrogate(&units).is_none()
        }
        RDecoded::PropertyList(list) => list.canonical,
        RDecoded::ValueList(list) => list.canonical,
        RDecoded::Typed(_) => typed_canonical(syntax, data),
        _ => {
            let _ = syntax;
            true
        }
    }
}
