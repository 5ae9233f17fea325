//! The naive decoder: a property list read the way code in the wild reads it, as the baseline the
//! crate's figures are compared with.
//!
//! A `byteorder` cursor, a `Vec<u16>` and `String::from_utf16` per name, a `Vec<u8>` per value, a
//! `HashMap` of properties, and only the checks that keep the cursor in bounds (the cursor's own
//! `UnexpectedEof`). It does not check padding, end marks, string NULs, value sizes or syntaxes,
//! and it allocates according to unchecked lengths: run it on valid inputs only.

use byteorder::{LittleEndian, ReadBytesExt};
use std::collections::HashMap;
use std::io::{self, Cursor, Read, Seek, SeekFrom};

/// Name → values, each value its syntax and its data bytes.
pub type NaiveProperties = HashMap<String, Vec<(u32, Vec<u8>)>>;

const SYNTAX_NAME: u32 = 0x0004_0003;

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_owned())
}

/// Skips the padding after `len` data bytes (entries are 4-byte aligned).
fn skip_padding(cursor: &mut Cursor<&[u8]>, len: u32) -> io::Result<()> {
    let pad = (4 - len % 4) % 4;
    cursor.seek(SeekFrom::Current(i64::from(pad)))?;
    Ok(())
}

/// Decodes a whole property list into a map.
pub fn decode(bytes: &[u8]) -> io::Result<NaiveProperties> {
    let mut cursor = Cursor::new(bytes);
    let count = cursor.read_u32::<LittleEndian>()?;
    let mut properties = HashMap::new();
    for _ in 0..count {
        if cursor.read_u32::<LittleEndian>()? != SYNTAX_NAME {
            return Err(invalid("expected a property name"));
        }
        let name_len = cursor.read_u32::<LittleEndian>()?;
        let mut units = Vec::new();
        for _ in 0..name_len / 2 {
            units.push(cursor.read_u16::<LittleEndian>()?);
        }
        skip_padding(&mut cursor, name_len)?;
        if units.last() == Some(&0) {
            units.pop();
        }
        let name = String::from_utf16(&units).map_err(|_| invalid("name is not UTF-16"))?;

        let mut values = Vec::new();
        loop {
            let syntax = cursor.read_u32::<LittleEndian>()?;
            if syntax == 0 {
                break;
            }
            let len = cursor.read_u32::<LittleEndian>()?;
            let mut data = vec![0u8; len as usize];
            cursor.read_exact(&mut data)?;
            skip_padding(&mut cursor, len)?;
            values.push((syntax, data));
        }
        properties.insert(name, values);
    }
    Ok(properties)
}
