//! The CLUSPROP syntax word: a 32-bit tag in front of every entry.
//!
//! A [`Syntax`] is `(type << 16) | format` (`CLUSPROP_SYNTAX_VALUE` in `clusapi.h`). On the wire it
//! is a little-endian DWORD, so bytes 0–1 hold the [`Format`] and bytes 2–3 the [`Type`].
//!
//! All three are *open* newtypes in the manner of gimli's `DwForm(u16)`: every value Microsoft
//! defines is an associated constant with its `clusapi.h` name, and any other value is still
//! representable, comparable and written back unchanged. Each parses from text (`FromStr`):
//! Microsoft's name with or without its prefix, or a number.
//!
//! ```
//! use clusprop::{Format, Syntax, Type};
//!
//! let s = Syntax::LIST_VALUE_DWORD;
//! assert_eq!(s.0, 0x0001_0002);
//! assert_eq!(s.format(), Format::DWORD);
//! assert_eq!(s.ty(), Type::LIST_VALUE);
//! assert_eq!(s.name(), Some("CLUSPROP_SYNTAX_LIST_VALUE_DWORD"));
//! assert_eq!(Syntax::new(Type::LIST_VALUE, Format::DWORD), s);
//!
//! // Unknown values are kept, and displayed by their parts.
//! let odd = Syntax(0x8001_0002);
//! assert_eq!(odd.name(), None);
//! assert_eq!(odd.to_string(), "0x80010002 (type 0x8001, CLUSPROP_FORMAT_DWORD)");
//!
//! assert_eq!("CLUSPROP_SYNTAX_LIST_VALUE_DWORD".parse::<Syntax>()?, s);
//! assert_eq!("list_value_dword".parse::<Syntax>()?, s);
//! assert_eq!("0x00010002".parse::<Syntax>()?, s);
//! assert_eq!("65538".parse::<Syntax>()?, s);
//! assert_eq!("DWORD".parse::<Format>()?, Format::DWORD);
//! assert!("QWORD".parse::<Format>().is_err());
//! # Ok::<(), clusprop::syntax::UnknownConstant>(())
//! ```

use core::fmt;

pub use crate::constants::UnknownConstant;

/// `CLUSPROP_SYNTAX_VALUE(type, format)` as a number: how `clusapi.h` defines each syntax below.
const fn value(ty: Type, format: Format) -> u32 {
    Syntax::new(ty, format).0
}

constants! {
    /// The low WORD of a syntax: how the data bytes are encoded (`CLUSTER_PROPERTY_FORMAT`).
    ///
    /// ```
    /// use clusprop::{Format, Syntax};
    ///
    /// assert_eq!(Syntax::LIST_VALUE_DWORD.format(), Format::DWORD);
    /// assert_eq!(Format::DWORD.0, 0x0002);
    /// assert_eq!(format!("{:?}", Format::DWORD), "Format(CLUSPROP_FORMAT_DWORD)");
    /// assert_eq!("dword".parse::<Format>()?, Format::DWORD);
    /// assert_eq!(Format(0x7777).to_string(), "format 0x7777");
    /// # Ok::<(), clusprop::syntax::UnknownConstant>(())
    /// ```
    #[derive(Default)]
    pub struct Format(pub u16);
    prefix "CLUSPROP_FORMAT_", display "format {:#06x}", debug name, from_name from_name;
    example "clusprop::Format", DWORD = "CLUSPROP_FORMAT_DWORD", "CLUSPROP_FORMAT_DWORD", unnamed 0x7777;
    /// 0x0000: no data format; the format half of the end mark.
    UNKNOWN = 0x0000;
    /// 0x0001: raw bytes.
    BINARY = 0x0001;
    /// 0x0002: a little-endian `u32`, 4 bytes.
    DWORD = 0x0002;
    /// 0x0003: a NUL-terminated UTF-16LE string.
    SZ = 0x0003;
    /// 0x0004: a NUL-terminated UTF-16LE string with unexpanded `%VARIABLES%`.
    EXPAND_SZ = 0x0004;
    /// 0x0005: NUL-terminated UTF-16LE strings followed by one more NUL.
    MULTI_SZ = 0x0005;
    /// 0x0006: a little-endian `u64`, 8 bytes (only 4-aligned on the wire).
    ULARGE_INTEGER = 0x0006;
    /// 0x0007: a little-endian `i32`, 4 bytes.
    LONG = 0x0007;
    /// 0x0008: a NUL-terminated UTF-16LE string with its variables expanded.
    EXPANDED_SZ = 0x0008;
    /// 0x0009: a self-relative `SECURITY_DESCRIPTOR`.
    SECURITY_DESCRIPTOR = 0x0009;
    /// 0x000A: a little-endian `i64`, 8 bytes.
    LARGE_INTEGER = 0x000A;
    /// 0x000B: a little-endian `u16`, 2 bytes (then 2 bytes of padding).
    WORD = 0x000B;
    /// 0x000C: a `FILETIME`, 8 bytes (100-ns ticks since 1601 as a little-endian `u64`).
    FILETIME = 0x000C;
    /// 0x000D: a nested value list (inner layout undocumented by Microsoft).
    VALUE_LIST = 0x000D;
    /// 0x000E: a nested property list (inner layout undocumented by Microsoft).
    PROPERTY_LIST = 0x000E;
    /// 0x8000: the first user-defined format.
    USER = 0x8000;
}

constants! {
    /// The high WORD of a syntax: what the value means (`CLUSTER_PROPERTY_TYPE`).
    ///
    /// ```
    /// use clusprop::{Syntax, Type};
    ///
    /// assert_eq!(Syntax::NAME.ty(), Type::NAME);
    /// assert_eq!(Syntax::LIST_VALUE_SZ.ty(), Type::LIST_VALUE);
    /// assert_eq!("LIST_VALUE".parse::<Type>()?, Type::LIST_VALUE);
    /// assert_eq!(Type(0x7777).to_string(), "type 0x7777");
    /// # Ok::<(), clusprop::syntax::UnknownConstant>(())
    /// ```
    #[derive(Default)]
    pub struct Type(pub u16);
    prefix "CLUSPROP_TYPE_", display "type {:#06x}", debug name, from_name from_name;
    example "clusprop::Type", NAME = "CLUSPROP_TYPE_NAME", "CLUSPROP_TYPE_NAME", unnamed 0x7777;
    /// 0x0000: the end mark.
    ENDMARK = 0x0000;
    /// 0x0001: a property value; the type of every value in a property list.
    LIST_VALUE = 0x0001;
    /// 0x0002: a resource class.
    RESCLASS = 0x0002;
    /// 0x0003: reserved.
    RESERVED1 = 0x0003;
    /// 0x0004: a property name.
    NAME = 0x0004;
    /// 0x0005: a disk signature.
    SIGNATURE = 0x0005;
    /// 0x0006: a SCSI address (`CLUSPROP_TYPE_SCSIADDRESS` in MS-CMRP).
    SCSI_ADDRESS = 0x0006;
    /// 0x0007: a disk number.
    DISK_NUMBER = 0x0007;
    /// 0x0008: partition information.
    PARTITION_INFO = 0x0008;
    /// 0x0009: fault-tolerant set information.
    FTSET_INFO = 0x0009;
    /// 0x000A: a disk serial number.
    DISK_SERIALNUMBER = 0x000A;
    /// 0x000B: a disk GUID.
    DISK_GUID = 0x000B;
    /// 0x000C: a disk size.
    DISK_SIZE = 0x000C;
    /// 0x000D: extended partition information.
    PARTITION_INFO_EX = 0x000D;
    /// 0x000E: extended partition information, version 2.
    PARTITION_INFO_EX2 = 0x000E;
    /// 0x000F: a storage device ID descriptor.
    STORAGE_DEVICE_ID_DESCRIPTOR = 0x000F;
    /// 0x8000: the first user-defined type.
    USER = 0x8000;
    /// 0xFFFF (-1 as a WORD): unknown type.
    UNKNOWN = 0xFFFF;
}

constants! {
    /// The 32-bit tag in front of every entry (`CLUSTER_PROPERTY_SYNTAX`): `(type << 16) | format`.
    ///
    /// ```
    /// use clusprop::{Format, Syntax, Type};
    ///
    /// let syntax = Syntax::LIST_VALUE_DWORD;
    /// assert_eq!(syntax.0, 0x0001_0002);
    /// assert_eq!(syntax, Syntax::new(Type::LIST_VALUE, Format::DWORD));
    /// assert_eq!(syntax.to_string(), "0x00010002 (CLUSPROP_SYNTAX_LIST_VALUE_DWORD)");
    /// assert_eq!("list_value_dword".parse::<Syntax>()?, syntax);
    /// # Ok::<(), clusprop::syntax::UnknownConstant>(())
    /// ```
    #[derive(Default)]
    pub struct Syntax(pub u32);
    prefix "CLUSPROP_SYNTAX_", display custom, debug name, from_name from_name;
    example "clusprop::Syntax", NAME = "CLUSPROP_SYNTAX_NAME", "CLUSPROP_SYNTAX_NAME", unnamed 0x7777_7777;
    /// 0x00000000: the end mark, 4 bytes with no length and no data.
    ENDMARK = value(Type::ENDMARK, Format::UNKNOWN);
    /// 0x00040003: a property name entry.
    NAME = value(Type::NAME, Format::SZ);
    /// 0x00020002: a resource class.
    RESCLASS = value(Type::RESCLASS, Format::DWORD);
    /// 0x00010001: a BINARY property value.
    LIST_VALUE_BINARY = value(Type::LIST_VALUE, Format::BINARY);
    /// 0x00010002: a DWORD property value.
    LIST_VALUE_DWORD = value(Type::LIST_VALUE, Format::DWORD);
    /// 0x00010003: an SZ property value.
    LIST_VALUE_SZ = value(Type::LIST_VALUE, Format::SZ);
    /// 0x00010004: an EXPAND_SZ property value.
    LIST_VALUE_EXPAND_SZ = value(Type::LIST_VALUE, Format::EXPAND_SZ);
    /// 0x00010005: a MULTI_SZ property value.
    LIST_VALUE_MULTI_SZ = value(Type::LIST_VALUE, Format::MULTI_SZ);
    /// 0x00010006: a ULARGE_INTEGER property value.
    LIST_VALUE_ULARGE_INTEGER = value(Type::LIST_VALUE, Format::ULARGE_INTEGER);
    /// 0x00010007: a LONG property value.
    LIST_VALUE_LONG = value(Type::LIST_VALUE, Format::LONG);
    /// 0x00010008: an EXPANDED_SZ property value (servers send it; clients must not).
    LIST_VALUE_EXPANDED_SZ = value(Type::LIST_VALUE, Format::EXPANDED_SZ);
    /// 0x00010009: a SECURITY_DESCRIPTOR property value.
    LIST_VALUE_SECURITY_DESCRIPTOR = value(Type::LIST_VALUE, Format::SECURITY_DESCRIPTOR);
    /// 0x0001000A: a LARGE_INTEGER property value.
    LIST_VALUE_LARGE_INTEGER = value(Type::LIST_VALUE, Format::LARGE_INTEGER);
    /// 0x0001000B: a WORD property value.
    LIST_VALUE_WORD = value(Type::LIST_VALUE, Format::WORD);
    /// 0x0001000C: a FILETIME property value (Windows Server 2016 and later).
    LIST_VALUE_FILETIME = value(Type::LIST_VALUE, Format::FILETIME);
    /// 0x0001000E: a nested property list value (Windows Server 2016 and later).
    LIST_VALUE_PROPERTY_LIST = value(Type::LIST_VALUE, Format::PROPERTY_LIST);
    /// 0x00050002: a disk signature.
    DISK_SIGNATURE = value(Type::SIGNATURE, Format::DWORD);
    /// 0x00060002: a SCSI address.
    SCSI_ADDRESS = value(Type::SCSI_ADDRESS, Format::DWORD);
    /// 0x00070002: a disk number.
    DISK_NUMBER = value(Type::DISK_NUMBER, Format::DWORD);
    /// 0x00080001: partition information.
    PARTITION_INFO = value(Type::PARTITION_INFO, Format::BINARY);
    /// 0x00090001: fault-tolerant set information.
    FTSET_INFO = value(Type::FTSET_INFO, Format::BINARY);
    /// 0x000A0003: a disk serial number.
    DISK_SERIALNUMBER = value(Type::DISK_SERIALNUMBER, Format::SZ);
    /// 0x000B0003: a disk GUID.
    DISK_GUID = value(Type::DISK_GUID, Format::SZ);
    /// 0x000C0006: a disk size.
    DISK_SIZE = value(Type::DISK_SIZE, Format::ULARGE_INTEGER);
    /// 0x000D0001: extended partition information.
    PARTITION_INFO_EX = value(Type::PARTITION_INFO_EX, Format::BINARY);
    /// 0x000E0001: extended partition information, version 2.
    PARTITION_INFO_EX2 = value(Type::PARTITION_INFO_EX2, Format::BINARY);
    /// 0x000F0001: a storage device ID descriptor.
    STORAGE_DEVICE_ID_DESCRIPTOR = value(Type::STORAGE_DEVICE_ID_DESCRIPTOR, Format::BINARY);
}

impl Syntax {
    /// A nested value list property value, 0x0001000D. `clusapi.h` names no constant for it;
    /// it is `CLUSPROP_SYNTAX_VALUE(CLUSPROP_TYPE_LIST_VALUE, CLUSPROP_FORMAT_VALUE_LIST)`.
    pub const LIST_VALUE_VALUE_LIST: Syntax = Syntax::new(Type::LIST_VALUE, Format::VALUE_LIST);

    /// `CLUSPROP_SYNTAX_VALUE(type, format)`.
    ///
    /// ```
    /// use clusprop::{Format, Syntax, Type};
    ///
    /// assert_eq!(Syntax::new(Type::LIST_VALUE, Format::SZ), Syntax::LIST_VALUE_SZ);
    /// assert_eq!(Syntax::new(Type::NAME, Format::SZ).0, 0x0004_0003);
    /// ```
    #[must_use]
    pub const fn new(ty: Type, format: Format) -> Syntax {
        Syntax(((ty.0 as u32) << 16) | format.0 as u32)
    }

    /// The format half (low WORD): how the data is encoded.
    ///
    /// ```
    /// use clusprop::{Format, Syntax};
    ///
    /// assert_eq!(Syntax::LIST_VALUE_MULTI_SZ.format(), Format::MULTI_SZ);
    /// assert_eq!(Syntax(0x8001_0002).format(), Format::DWORD);
    /// ```
    #[must_use]
    pub const fn format(self) -> Format {
        Format((self.0 & 0xFFFF) as u16)
    }

    /// The type half (high WORD): what the value means.
    ///
    /// ```
    /// use clusprop::{Syntax, Type};
    ///
    /// assert_eq!(Syntax::LIST_VALUE_MULTI_SZ.ty(), Type::LIST_VALUE);
    /// assert_eq!(Syntax::ENDMARK.ty(), Type::ENDMARK);
    /// ```
    #[must_use]
    pub const fn ty(self) -> Type {
        Type((self.0 >> 16) as u16)
    }

    /// The property-value syntax for a format: `CLUSPROP_TYPE_LIST_VALUE` with `format`.
    ///
    /// ```
    /// use clusprop::{Format, Syntax};
    ///
    /// assert_eq!(Syntax::list_value(Format::DWORD), Syntax::LIST_VALUE_DWORD);
    /// assert_eq!(Syntax::list_value(Format::VALUE_LIST), Syntax::LIST_VALUE_VALUE_LIST);
    /// ```
    #[must_use]
    pub const fn list_value(format: Format) -> Syntax {
        Syntax::new(Type::LIST_VALUE, format)
    }
}

impl Format {
    /// The exact data length this format requires, for the fixed-width formats
    /// (DWORD and LONG 4, WORD 2, ULARGE_INTEGER, LARGE_INTEGER and FILETIME 8).
    ///
    /// ```
    /// use clusprop::Format;
    ///
    /// assert_eq!(Format::DWORD.fixed_len(), Some(4));
    /// assert_eq!(Format::FILETIME.fixed_len(), Some(8));
    /// assert_eq!(Format::SZ.fixed_len(), None, "strings have any length");
    /// ```
    #[must_use]
    pub const fn fixed_len(self) -> Option<u32> {
        match self {
            Format::DWORD | Format::LONG => Some(4),
            Format::WORD => Some(2),
            Format::ULARGE_INTEGER | Format::LARGE_INTEGER | Format::FILETIME => Some(8),
            _ => None,
        }
    }

    /// Whether the data is one NUL-terminated UTF-16 string (SZ, EXPAND_SZ, EXPANDED_SZ).
    ///
    /// ```
    /// use clusprop::Format;
    ///
    /// assert!(Format::EXPAND_SZ.is_string());
    /// assert!(!Format::MULTI_SZ.is_string(), "several strings, not one");
    /// ```
    #[must_use]
    pub const fn is_string(self) -> bool {
        matches!(self, Format::SZ | Format::EXPAND_SZ | Format::EXPANDED_SZ)
    }

    /// Whether the data may hold a nested list (VALUE_LIST or PROPERTY_LIST).
    ///
    /// ```
    /// use clusprop::Format;
    ///
    /// assert!(Format::PROPERTY_LIST.is_nested_list());
    /// assert!(!Format::BINARY.is_nested_list());
    /// ```
    #[must_use]
    pub const fn is_nested_list(self) -> bool {
        matches!(self, Format::VALUE_LIST | Format::PROPERTY_LIST)
    }

    /// Whether this is a user-defined format (0x8000 and up).
    ///
    /// ```
    /// use clusprop::Format;
    ///
    /// assert!(Format(0x8001).is_user());
    /// assert!(!Format::DWORD.is_user());
    /// ```
    #[must_use]
    pub const fn is_user(self) -> bool {
        self.0 >= Format::USER.0
    }
}

impl Type {
    /// Whether this is a user-defined type (0x8000 and up, [`Type::UNKNOWN`] excepted).
    ///
    /// ```
    /// use clusprop::Type;
    ///
    /// assert!(Type(0x8001).is_user());
    /// assert!(!Type::UNKNOWN.is_user(), "0xFFFF is not a user type");
    /// assert!(!Type::LIST_VALUE.is_user());
    /// ```
    #[must_use]
    pub const fn is_user(self) -> bool {
        self.0 >= Type::USER.0 && self.0 != Type::UNKNOWN.0
    }
}

/// `0x00010002 (CLUSPROP_SYNTAX_LIST_VALUE_DWORD)`; a value without a name is described by its
/// type and format halves.
impl fmt::Display for Syntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#010x} (", self.0)?;
        match self.name() {
            Some(name) => f.write_str(name)?,
            None => write!(f, "{}, {}", self.ty(), self.format())?,
        }
        f.write_str(")")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `CLUSPROP_SYNTAX_*` value of spec section 2.3, value by value.
    #[test]
    fn syntax_values_match_the_spec_table() {
        let table: &[(&str, u32)] = &[
            ("CLUSPROP_SYNTAX_ENDMARK", 0x0000_0000),
            ("CLUSPROP_SYNTAX_NAME", 0x0004_0003),
            ("CLUSPROP_SYNTAX_RESCLASS", 0x0002_0002),
            ("CLUSPROP_SYNTAX_LIST_VALUE_BINARY", 0x0001_0001),
            ("CLUSPROP_SYNTAX_LIST_VALUE_DWORD", 0x0001_0002),
            ("CLUSPROP_SYNTAX_LIST_VALUE_SZ", 0x0001_0003),
            ("CLUSPROP_SYNTAX_LIST_VALUE_EXPAND_SZ", 0x0001_0004),
            ("CLUSPROP_SYNTAX_LIST_VALUE_MULTI_SZ", 0x0001_0005),
            ("CLUSPROP_SYNTAX_LIST_VALUE_ULARGE_INTEGER", 0x0001_0006),
            ("CLUSPROP_SYNTAX_LIST_VALUE_LONG", 0x0001_0007),
            ("CLUSPROP_SYNTAX_LIST_VALUE_EXPANDED_SZ", 0x0001_0008),
            (
                "CLUSPROP_SYNTAX_LIST_VALUE_SECURITY_DESCRIPTOR",
                0x0001_0009,
            ),
            ("CLUSPROP_SYNTAX_LIST_VALUE_LARGE_INTEGER", 0x0001_000A),
            ("CLUSPROP_SYNTAX_LIST_VALUE_WORD", 0x0001_000B),
            ("CLUSPROP_SYNTAX_LIST_VALUE_FILETIME", 0x0001_000C),
            ("CLUSPROP_SYNTAX_LIST_VALUE_PROPERTY_LIST", 0x0001_000E),
            ("CLUSPROP_SYNTAX_DISK_SIGNATURE", 0x0005_0002),
            ("CLUSPROP_SYNTAX_SCSI_ADDRESS", 0x0006_0002),
            ("CLUSPROP_SYNTAX_DISK_NUMBER", 0x0007_0002),
            ("CLUSPROP_SYNTAX_PARTITION_INFO", 0x0008_0001),
            ("CLUSPROP_SYNTAX_FTSET_INFO", 0x0009_0001),
            ("CLUSPROP_SYNTAX_DISK_SERIALNUMBER", 0x000A_0003),
            ("CLUSPROP_SYNTAX_DISK_GUID", 0x000B_0003),
            ("CLUSPROP_SYNTAX_DISK_SIZE", 0x000C_0006),
            ("CLUSPROP_SYNTAX_PARTITION_INFO_EX", 0x000D_0001),
            ("CLUSPROP_SYNTAX_PARTITION_INFO_EX2", 0x000E_0001),
            ("CLUSPROP_SYNTAX_STORAGE_DEVICE_ID_DESCRIPTOR", 0x000F_0001),
        ];
        assert_eq!(Syntax::ALL.len(), table.len());
        for &(name, value) in table {
            assert_eq!(Syntax::from_name(name), Some(Syntax(value)), "{name}");
            assert_eq!(Syntax(value).name(), Some(name));
        }
        assert_eq!(Syntax::LIST_VALUE_VALUE_LIST, Syntax(0x0001_000D));
        assert_eq!(Syntax::LIST_VALUE_VALUE_LIST.name(), None);
    }

    #[test]
    fn format_and_type_values_match_the_spec_tables() {
        let formats: &[(&str, u16)] = &[
            ("UNKNOWN", 0),
            ("BINARY", 1),
            ("DWORD", 2),
            ("SZ", 3),
            ("EXPAND_SZ", 4),
            ("MULTI_SZ", 5),
            ("ULARGE_INTEGER", 6),
            ("LONG", 7),
            ("EXPANDED_SZ", 8),
            ("SECURITY_DESCRIPTOR", 9),
            ("LARGE_INTEGER", 10),
            ("WORD", 11),
            ("FILETIME", 12),
            ("VALUE_LIST", 13),
            ("PROPERTY_LIST", 14),
            ("USER", 0x8000),
        ];
        assert_eq!(Format::ALL.len(), formats.len());
        for &(name, value) in formats {
            assert_eq!(Format::from_name(name), Some(Format(value)), "{name}");
            assert_eq!(Format(value).name().map(|n| &n[16..]), Some(name));
        }
        let types: &[(&str, u16)] = &[
            ("UNKNOWN", 0xFFFF),
            ("ENDMARK", 0),
            ("LIST_VALUE", 1),
            ("RESCLASS", 2),
            ("RESERVED1", 3),
            ("NAME", 4),
            ("SIGNATURE", 5),
            ("SCSI_ADDRESS", 6),
            ("DISK_NUMBER", 7),
            ("PARTITION_INFO", 8),
            ("FTSET_INFO", 9),
            ("DISK_SERIALNUMBER", 10),
            ("DISK_GUID", 11),
            ("DISK_SIZE", 12),
            ("PARTITION_INFO_EX", 13),
            ("PARTITION_INFO_EX2", 14),
            ("STORAGE_DEVICE_ID_DESCRIPTOR", 15),
            ("USER", 0x8000),
        ];
        assert_eq!(Type::ALL.len(), types.len());
        for &(name, value) in types {
            assert_eq!(Type::from_name(name), Some(Type(value)), "{name}");
            assert_eq!(
                Type::from_name(&format!("CLUSPROP_TYPE_{name}")),
                Some(Type(value))
            );
        }
    }

    #[test]
    fn halves_and_composition() {
        for &(syntax, _) in Syntax::ALL {
            assert_eq!(Syntax::new(syntax.ty(), syntax.format()), syntax);
        }
        let s = Syntax(0xDEAD_BEEF);
        assert_eq!(s.format(), Format(0xBEEF));
        assert_eq!(s.ty(), Type(0xDEAD));
        assert_eq!(Syntax::new(s.ty(), s.format()), s);
        assert_eq!(Syntax::list_value(Format::WORD), Syntax::LIST_VALUE_WORD);
    }

    #[test]
    fn display_and_debug() {
        assert_eq!(
            Syntax::NAME.to_string(),
            "0x00040003 (CLUSPROP_SYNTAX_NAME)"
        );
        assert_eq!(
            Syntax(0x0001_000D).to_string(),
            "0x0001000d (CLUSPROP_TYPE_LIST_VALUE, CLUSPROP_FORMAT_VALUE_LIST)"
        );
        assert_eq!(
            Syntax(0x1234_5678).to_string(),
            "0x12345678 (type 0x1234, format 0x5678)"
        );
        assert_eq!(
            format!("{:?}", Syntax::LIST_VALUE_SZ),
            "Syntax(CLUSPROP_SYNTAX_LIST_VALUE_SZ)"
        );
        assert_eq!(format!("{:?}", Syntax(7)), "Syntax(0x00000007)");
        assert_eq!(format!("{:?}", Format(0x20)), "Format(0x0020)");
        assert_eq!(
            Syntax::from_name("0x0001000b"),
            Some(Syntax::LIST_VALUE_WORD)
        );
        assert_eq!(
            Syntax::from_name("LIST_VALUE_WORD"),
            Some(Syntax::LIST_VALUE_WORD)
        );
        assert_eq!(Syntax::from_name("nonsense"), None);
        assert_eq!(Syntax::from_name("0xZZ"), None);
    }

    #[test]
    fn fixed_widths() {
        assert_eq!(Format::DWORD.fixed_len(), Some(4));
        assert_eq!(Format::LONG.fixed_len(), Some(4));
        assert_eq!(Format::WORD.fixed_len(), Some(2));
        assert_eq!(Format::ULARGE_INTEGER.fixed_len(), Some(8));
        assert_eq!(Format::LARGE_INTEGER.fixed_len(), Some(8));
        assert_eq!(Format::FILETIME.fixed_len(), Some(8));
        assert_eq!(Format::SZ.fixed_len(), None);
        assert!(Type(0x8001).is_user());
        assert!(!Type::UNKNOWN.is_user());
        assert!(Format(0x8001).is_user());
    }
}
