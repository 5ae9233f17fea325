//! The canonical JSON (see `clusprop::json`) read back into the owned model, written from the
//! JSON's documentation: `raw` when present is the exact data; otherwise the `value` encoded
//! canonically for the syntax's format; `padding`, `name_bytes`, `name_padding` and
//! `trailing_bytes` when present are the exact layout. For a list parsed in either mode, reading
//! its JSON back must give the owned list again: the JSON is lossless.

use clusprop::owned::{Padding, RawName};
use clusprop::{OwnedProperty, OwnedPropertyList, OwnedValue, OwnedValueList, Syntax};
use serde_json::Value as Json;

fn field<'j>(json: &'j Json, key: &str) -> Result<&'j Json, String> {
    json.get(key).ok_or_else(|| format!("no {key:?} in {json}"))
}

/// An integer: a JSON number, or a decimal string (what the writer uses beyond 2^53 − 1).
fn integer<T: core::str::FromStr>(v: &Json) -> Option<T> {
    match v {
        Json::Number(n) => n.to_string().parse().ok(),
        Json::String(s) if s.bytes().all(|b| b.is_ascii_digit() || b == b'-') => s.parse().ok(),
        _ => None,
    }
}

fn unhex(text: &str) -> Result<Vec<u8>, String> {
    if text.len() % 2 != 0 {
        return Err(format!("odd hex {text:?}"));
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).map_err(|e| format!("{text:?}: {e}")))
        .collect()
}

fn utf16z(text: &str, out: &mut Vec<u8>) {
    for unit in text.encode_utf16() {
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out.extend_from_slice(&[0, 0]);
}

/// `{"properties": [...], "trailing_end_mark": bool}` back into an owned list.
pub fn property_list(json: &Json) -> Result<OwnedPropertyList, String> {
    let properties = field(json, "properties")?
        .as_array()
        .ok_or("properties is not an array")?
        .iter()
        .map(|p| {
            let name = field(p, "name")?.as_str().ok_or("name is not a string")?;
            let bytes = p.get("name_bytes").map(hex_key).transpose()?;
            let padding = p.get("name_padding").map(padding).transpose()?;
            let raw_name = (bytes.is_some() || padding.is_some()).then(|| {
                Box::new(RawName {
                    bytes: bytes
                        .unwrap_or_else(|| {
                            let mut out = Vec::new();
                            utf16z(name, &mut out);
                            out
                        })
                        .into(),
                    padding: padding.unwrap_or_default(),
                })
            });
            Ok(OwnedProperty {
                name: name.into(),
                values: values(field(p, "values")?)?.into(),
                raw_name,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let trailing_end_mark = field(json, "trailing_end_mark")?
        .as_bool()
        .ok_or("trailing_end_mark is not a bool")?;
    Ok(OwnedPropertyList {
        properties,
        trailing_end_mark,
        trailing_bytes: trailing(json)?,
    })
}

/// `{"values": [...]}` back into an owned value list.
pub fn value_list(json: &Json) -> Result<OwnedValueList, String> {
    Ok(OwnedValueList {
        values: values(field(json, "values")?)?,
        trailing_bytes: trailing(json)?,
    })
}

/// A hex string's bytes.
fn hex_key(v: &Json) -> Result<Vec<u8>, String> {
    unhex(
        v.as_str()
            .ok_or_else(|| format!("{v} is not a hex string"))?,
    )
}

/// A `padding` / `name_padding` hex string: at most 3 bytes.
fn padding(v: &Json) -> Result<Padding, String> {
    Padding::new(&hex_key(v)?).ok_or_else(|| format!("padding {v} is longer than 3 bytes"))
}

/// A list's `trailing_bytes`, empty when absent.
fn trailing(json: &Json) -> Result<Vec<u8>, String> {
    json.get("trailing_bytes").map_or(Ok(Vec::new()), hex_key)
}

fn values(json: &Json) -> Result<Vec<OwnedValue>, String> {
    json.as_array()
        .ok_or("values is not an array")?
        .iter()
        .map(value)
        .collect()
}

fn value(json: &Json) -> Result<OwnedValue, String> {
    let mut value = data(json)?;
    if let Some(p) = json.get("padding") {
        value.padding = padding(p)?;
    }
    Ok(value)
}

/// A value's syntax and data (`raw`, or `value` encoded canonically).
fn data(json: &Json) -> Result<OwnedValue, String> {
    let text = field(json, "syntax")?
        .as_str()
        .ok_or("syntax is not a string")?;
    let hex = text
        .strip_prefix("0x")
        .filter(|h| h.len() == 8)
        .ok_or_else(|| format!("syntax {text:?}"))?;
    let syntax = Syntax(u32::from_str_radix(hex, 16).map_err(|e| e.to_string())?);
    if let Some(raw) = json.get("raw") {
        let raw = raw.as_str().ok_or("raw is not a string")?;
        return Ok(OwnedValue::new(syntax, unhex(raw)?));
    }
    let v = field(json, "value")?;
    let number =
        |v: &Json| integer::<u64>(v).ok_or_else(|| format!("{v} is not an unsigned integer"));
    let signed = |v: &Json| integer::<i64>(v).ok_or_else(|| format!("{v} is not an integer"));
    if let Some(data) = typed(syntax.0, v)? {
        return Ok(OwnedValue::new(syntax, data));
    }
    let data = match syntax.0 & 0xFFFF {
        0x2 => u32::try_from(number(v)?)
            .map_err(|e| e.to_string())?
            .to_le_bytes()
            .to_vec(),
        0x7 => i32::try_from(signed(v)?)
            .map_err(|e| e.to_string())?
            .to_le_bytes()
            .to_vec(),
        0xB => u16::try_from(number(v)?)
            .map_err(|e| e.to_string())?
            .to_le_bytes()
            .to_vec(),
        0x6 | 0xC => number(v)?.to_le_bytes().to_vec(),
        0xA => signed(v)?.to_le_bytes().to_vec(),
        0x3 | 0x4 | 0x8 => {
            let mut out = Vec::new();
            utf16z(v.as_str().ok_or("string value is not a string")?, &mut out);
            out
        }
        0x5 => {
            let items = v.as_array().ok_or("MULTI_SZ value is not an array")?;
            let mut out = Vec::new();
            for item in items {
                utf16z(
                    item.as_str().ok_or("MULTI_SZ item is not a string")?,
                    &mut out,
                );
            }
            out.extend_from_slice(if items.is_empty() {
                &[0, 0, 0, 0]
            } else {
                &[0, 0]
            });
            out
        }
        0xE if v.is_object() => property_list(v)?
            .to_bytes()
            .map_err(|e| format!("nested property list: {e}"))?,
        0xD if v.is_object() => value_list(v)?
            .to_bytes()
            .map_err(|e| format!("nested value list: {e}"))?,
        _ => unhex(v.as_str().ok_or("bytes value is not a hex string")?)?,
    };
    Ok(OwnedValue::new(syntax, data))
}

/// The typed structures of spec 17.2 whose JSON is an object: their bytes, field by field in the
/// SDK's layout; `None` for every other value (a RESCLASS number is the 4-byte class alone).
fn typed(syntax: u32, v: &Json) -> Result<Option<Vec<u8>>, String> {
    if !v.is_object() {
        return Ok(None);
    }
    let num = |key: &str| -> Result<u64, String> {
        integer::<u64>(field(v, key)?).ok_or_else(|| format!("{key} is not an unsigned integer"))
    };
    let mut out = Vec::new();
    let dword = |out: &mut Vec<u8>, key: &str| -> Result<(), String> {
        out.extend_from_slice(&(num(key)? as u32).to_le_bytes());
        Ok(())
    };
    let wchar = |out: &mut Vec<u8>, key: &str, units: usize| -> Result<(), String> {
        let text = field(v, key)?.as_str().ok_or("not a string")?;
        let start = out.len();
        for u in text.encode_utf16() {
            out.extend_from_slice(&u.to_le_bytes());
        }
        if out.len() - start > units * 2 {
            return Err(format!("{key} too long"));
        }
        out.resize(start + units * 2, 0);
        Ok(())
    };
    let guid = |out: &mut Vec<u8>, key: &str| -> Result<(), String> {
        let text = field(v, key)?.as_str().ok_or("not a string")?;
        let hex: String = text.chars().filter(|c| c.is_ascii_hexdigit()).collect();
        let b = unhex(&hex)?;
        if b.len() != 16 {
            return Err(format!("{text:?} is not a GUID"));
        }
        out.extend([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]]);
        out.extend_from_slice(&b[8..]);
        Ok(())
    };
    let info = |out: &mut Vec<u8>| -> Result<(), String> {
        dword(out, "flags")?;
        wchar(out, "device_name", 260)?;
        wchar(out, "volume_label", 260)?;
        dword(out, "serial_number")?;
        dword(out, "maximum_component_length")?;
        dword(out, "file_system_flags")?;
        wchar(out, "file_system", 32)
    };
    match syntax {
        0x0002_0002 => {
            dword(&mut out, "class")?;
            dword(&mut out, "subclass")?;
        }
        0x0006_0002 => {
            for key in ["port", "path_id", "target_id", "lun"] {
                out.push(num(key)? as u8);
            }
        }
        0x0009_0001 => {
            dword(&mut out, "root_signature")?;
            dword(&mut out, "ft_type")?;
        }
        0x0008_0001 => info(&mut out)?,
        0x000D_0001 => {
            info(&mut out)?;
            out.extend_from_slice(&num("total_size")?.to_le_bytes());
            out.extend_from_slice(&num("free_size")?.to_le_bytes());
            dword(&mut out, "device_number")?;
            dword(&mut out, "partition_number")?;
            guid(&mut out, "volume_guid")?;
        }
        0x000E_0001 => {
            guid(&mut out, "gpt_partition_id")?;
            wchar(&mut out, "partition_name", 260)?;
            dword(&mut out, "encryption_flags")?;
        }
        _ => return Ok(None),
    }
    Ok(Some(out))
}
