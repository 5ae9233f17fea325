//! The JSON of a decoded control output ([`ControlJson`]): one shape per output kind, written by
//! serde (feature `serde`, [`super::ser`]'s impls for the lists) and by the hand-written writer
//! ([`super::write`]) byte for byte alike.

use crate::control::{Characteristics, Clctl, ControlCode, ControlOutput, Flags};
use alloc::vec::Vec;

/// The JSON of a control's decoded output: what `clusprop decode --control CODE` prints, one
/// shape per [`ControlOutput`] variant.
///
/// | output | JSON |
/// |---|---|
/// | [`PropertyList`](ControlOutput::PropertyList), [`ValueList`](ControlOutput::ValueList) | the list's canonical JSON (see [`crate::json`]) |
/// | [`ValueLists`](ControlOutput::ValueLists) | `{"value_lists": [LIST, ...]}`, each a value list's canonical JSON (`[]` for none) |
/// | [`Dword`](ControlOutput::Dword) | `{"dword": N}`; for GET_CHARACTERISTICS and GET_FLAGS also `"names"`: the set bits' `CLUS_CHAR_*` or `CLUS_FLAG_*` names ([`Characteristics::names`], [`Flags::names`]) |
/// | [`String`](ControlOutput::String) | `{"string": "..."}` (an unpaired surrogate as U+FFFD) |
/// | [`Strings`](ControlOutput::Strings) | `{"strings": ["...", ...]}` |
/// | [`ClassInfo`](ControlOutput::ClassInfo) | `{"class": N, "class_name": "CLUS_RESCLASS_…" or null, "subclass": N, "subclass_names": [...]}`, as a RESCLASS value |
/// | [`FileTime`](ControlOutput::FileTime) | `{"filetime": N, "utc": "YYYY-MM-DDTHH:MM:SS.fffffffZ"}`: `N` a decimal string beyond 2^53 − 1, no `utc` above `0x7FFFFFFFFFFFFFFF` (as a FILETIME value, [`FileTime::to_utc_string`](crate::FileTime::to_utc_string)) |
/// | [`MaintenanceMode`](ControlOutput::MaintenanceMode) | `{"maintenance_mode": {"in_maintenance": N}}`, and for a `CLUS_MAINTENANCE_MODE_INFOEX` `{"maintenance_mode": {"in_maintenance": N, "internal_state": N, "mode_type": N, "mode_type_name": "MaintenanceModeType…" or null, "signature": N}}` |
/// | [`Nothing`](ControlOutput::Nothing) | `{}` |
/// | [`Bytes`](ControlOutput::Bytes) | `{"bytes": "<lowercase hex>"}` |
///
/// With the `serde` feature it implements `Serialize`, and serde_json gives byte for byte what
/// its own writer does, compact and pretty ([`write_json`](Self::write_json),
/// [`write_json_pretty`](Self::write_json_pretty), [`to_json_string`](Self::to_json_string):
/// these need only `alloc`; `write_json_to` and `write_json_pretty_to` stream to an
/// `io::Write` with `std`). The `names`, `class_name`, `utc` and `mode_type_name` are
/// for people; the numbers are the output.
///
/// ```
/// use clusprop::control::ControlCode;
/// use clusprop::json::ControlJson;
///
/// let code = ControlCode::RESOURCE_GET_CHARACTERISTICS;
/// let output = code.decode_output(&[5, 0, 0, 0])?;
/// let json = ControlJson::new(code, output);
/// let expected = r#"{"dword":5,"names":["CLUS_CHAR_QUORUM","CLUS_CHAR_LOCAL_QUORUM"]}"#;
/// assert_eq!(serde_json::to_string(&json)?, expected);
/// assert_eq!(json.to_json_string(), expected);
///
/// // Another DWORD has no names.
/// let code = ControlCode::RESOURCE_TYPE_GET_ARB_TIMEOUT;
/// let json = ControlJson::new(code, code.decode_output(&[60, 0, 0, 0])?);
/// assert_eq!(serde_json::to_string(&json)?, r#"{"dword":60}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ControlJson<'a> {
    code: ControlCode,
    output: ControlOutput<'a>,
}

impl<'a> ControlJson<'a> {
    /// The JSON of `output`, which `code` returned ([`ControlCode::decode_output`]); the code
    /// decides only whether a DWORD has `names`.
    #[must_use]
    pub fn new(code: ControlCode, output: ControlOutput<'a>) -> Self {
        ControlJson { code, output }
    }

    /// The control code.
    #[must_use]
    pub fn code(&self) -> ControlCode {
        self.code
    }

    /// The output.
    #[must_use]
    pub fn output(&self) -> &ControlOutput<'a> {
        &self.output
    }

    /// The names of a DWORD's set bits, for the controls whose DWORD is a bit set
    /// (GET_CHARACTERISTICS, GET_FLAGS); `None` for any other.
    pub(super) fn dword_names(&self, v: u32) -> Option<Vec<&'static str>> {
        match self.code.clctl() {
            Clctl::GET_CHARACTERISTICS => Some(Characteristics(v).names().collect()),
            Clctl::GET_FLAGS => Some(Flags(v).names().collect()),
            _ => None,
        }
    }

    /// About the size of the output, for the writer's reservation.
    pub(super) fn len_hint(&self) -> usize {
        match &self.output {
            ControlOutput::PropertyList(list) => list.byte_len(),
            ControlOutput::ValueList(list) => list.byte_len(),
            ControlOutput::Bytes(bytes) => bytes.len().saturating_mul(2),
            _ => 64,
        }
    }
}

#[cfg(feature = "serde")]
mod ser {
    use super::super::int::U64;
    use super::super::ser::{Hex, Str};
    use super::ControlJson;
    use crate::control::{ControlOutput, MaintenanceModeInfo};
    use crate::read::ValueLists;
    use serde::ser::{Serialize, SerializeMap, Serializer};

    /// `{KEY: VALUE}`.
    fn tagged<S: Serializer, T: Serialize + ?Sized>(
        serializer: S,
        key: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(key, value)?;
        map.end()
    }

    /// The value lists, an array.
    struct Lists<'a>(ValueLists<'a>);

    impl Serialize for Lists<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_seq(self.0.iter())
        }
    }

    /// The object of `"maintenance_mode"`, its keys in alphabetical order.
    struct Maintenance(MaintenanceModeInfo);

    impl Serialize for Maintenance {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let info = self.0;
            let Some(ex) = info.extended else {
                return tagged(serializer, "in_maintenance", &info.in_maintenance);
            };
            let mut map = serializer.serialize_map(Some(5))?;
            map.serialize_entry("in_maintenance", &info.in_maintenance)?;
            map.serialize_entry("internal_state", &ex.internal_state)?;
            map.serialize_entry("mode_type", &ex.mode_type.0)?;
            map.serialize_entry("mode_type_name", &ex.mode_type.name())?;
            map.serialize_entry("signature", &ex.signature)?;
            map.end()
        }
    }

    /// The shapes of [`ControlJson`]'s documentation.
    impl Serialize for ControlJson<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match &self.output {
                ControlOutput::Nothing => serializer.serialize_map(Some(0))?.end(),
                ControlOutput::Dword(v) => match self.dword_names(*v) {
                    None => tagged(serializer, "dword", v),
                    Some(names) => {
                        let mut map = serializer.serialize_map(Some(2))?;
                        map.serialize_entry("dword", v)?;
                        map.serialize_entry("names", &names)?;
                        map.end()
                    }
                },
                ControlOutput::String(s) => tagged(serializer, "string", s),
                ControlOutput::Strings(m) => tagged(serializer, "strings", m),
                ControlOutput::PropertyList(list) => list.serialize(serializer),
                ControlOutput::ValueList(list) => list.serialize(serializer),
                ControlOutput::ValueLists(lists) => {
                    tagged(serializer, "value_lists", &Lists(*lists))
                }
                ControlOutput::ClassInfo(info) => info.serialize(serializer),
                ControlOutput::FileTime(t) => match t.utc() {
                    None => tagged(serializer, "filetime", &U64(t.0)),
                    Some(utc) => {
                        let mut map = serializer.serialize_map(Some(2))?;
                        map.serialize_entry("filetime", &U64(t.0))?;
                        map.serialize_entry("utc", &Str(utc))?;
                        map.end()
                    }
                },
                ControlOutput::MaintenanceMode(info) => {
                    tagged(serializer, "maintenance_mode", &Maintenance(*info))
                }
                ControlOutput::Bytes(b) => tagged(serializer, "bytes", &Str(Hex(b))),
            }
        }
    }
}
