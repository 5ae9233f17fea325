//! The JSON of the typed structures (spec section 17), both ways. The shapes are documented in
//! the [module documentation](super).

use super::content::{Content, ContentDeserializer};
use super::int::U64;
use super::ser::Hex;
use crate::owned::Data;
use crate::read::typed::{
    FtSetInfo, Guid, PartitionFlags, PartitionInfo, PartitionInfoEx, PartitionInfoEx2,
    ResourceClass, ResourceClassInfo, ResourceSubclass, ScsiAddress,
};
use crate::read::utf16::Utf16Str;
use crate::read::value::{Decoded, Value};
use crate::syntax::Syntax;
use crate::write::{PartitionInfoEx2Fields, PartitionInfoExFields, PartitionInfoFields};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// The JSON of a typed variant of [`Decoded`] (the other variants: unit, never asked for).
pub(super) fn serialize<S: Serializer>(
    decoded: &Decoded<'_>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match decoded {
        Decoded::ResourceClass(info) => resource_class(*info, serializer),
        Decoded::DiskSignature(v) | Decoded::DiskNumber(v) => serializer.serialize_u32(*v),
        Decoded::DiskSize(v) => U64(*v).serialize(serializer),
        Decoded::DiskGuid(s) | Decoded::DiskSerialNumber(s) => s.serialize(serializer),
        Decoded::ScsiAddress(a) => scsi_address(*a, serializer),
        Decoded::FtSetInfo(f) => ftset_info(*f, serializer),
        Decoded::PartitionInfo(p) => partition_info(*p, None, serializer),
        Decoded::PartitionInfoEx(p) => partition_info(p.info(), Some(*p), serializer),
        Decoded::PartitionInfoEx2(p) => partition_info_ex2(*p, serializer),
        Decoded::StorageDeviceIdDescriptor(d) => serializer.collect_str(&Hex(d.as_bytes())),
        _ => serializer.serialize_unit(),
    }
}

/// The JSON shape of a RESCLASS entry's value (what `decode --control` prints for GET_CLASS_INFO
/// too): `{"class", "class_name", "subclass", "subclass_names"}`.
impl Serialize for ResourceClassInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        resource_class(*self, serializer)
    }
}

fn resource_class<S: Serializer>(
    info: ResourceClassInfo,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    map!(
        serializer,
        ("class", &info.class.0),
        ("class_name", &info.class.name()),
        ("subclass", &info.subclass.0),
        ("subclass_names", &info.subclass_names().collect::<Vec<_>>())
    )
}

fn scsi_address<S: Serializer>(a: ScsiAddress, serializer: S) -> Result<S::Ok, S::Error> {
    map!(
        serializer,
        ("port", &a.port),
        ("path_id", &a.path_id),
        ("target_id", &a.target_id),
        ("lun", &a.lun)
    )
}

fn ftset_info<S: Serializer>(f: FtSetInfo, serializer: S) -> Result<S::Ok, S::Error> {
    map!(
        serializer,
        ("root_signature", &f.root_signature),
        ("ft_type", &f.ft_type)
    )
}

/// A GUID as a string in registry form.
struct GuidStr(Guid);

impl Serialize for GuidStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

fn partition_info<S: Serializer>(
    p: PartitionInfo<'_>,
    ex: Option<PartitionInfoEx<'_>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(if ex.is_some() { 13 } else { 8 }))?;
    let strings: [(&str, Utf16Str<'_>); 2] = [
        ("device_name", p.device_name()),
        ("volume_label", p.volume_label()),
    ];
    map.serialize_entry("flags", &p.flags().0)?;
    map.serialize_entry("flag_names", &p.flags().names().collect::<Vec<_>>())?;
    for (key, text) in strings {
        map.serialize_entry(key, &text)?;
    }
    map.serialize_entry("serial_number", &p.serial_number())?;
    map.serialize_entry("maximum_component_length", &p.maximum_component_length())?;
    map.serialize_entry("file_system_flags", &p.file_system_flags())?;
    map.serialize_entry("file_system", &p.file_system())?;
    if let Some(ex) = ex {
        map.serialize_entry("total_size", &U64(ex.total_size()))?;
        map.serialize_entry("free_size", &U64(ex.free_size()))?;
        map.serialize_entry("device_number", &ex.device_number())?;
        map.serialize_entry("partition_number", &ex.partition_number())?;
        map.serialize_entry("volume_guid", &GuidStr(ex.volume_guid()))?;
    }
    map.end()
}

fn partition_info_ex2<S: Serializer>(
    p: PartitionInfoEx2<'_>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    map!(
        serializer,
        ("gpt_partition_id", &GuidStr(p.gpt_partition_id())),
        ("partition_name", &p.partition_name()),
        ("encryption_flags", &p.encryption_flags())
    )
}

/// A GUID read from its registry form.
fn guid<E: de::Error>(text: &str) -> Result<Guid, E> {
    text.parse().map_err(E::custom)
}

#[derive(serde::Deserialize)]
struct ResourceClassJson {
    #[serde(deserialize_with = "super::int::deserialize")]
    class: u32,
    #[serde(deserialize_with = "super::int::deserialize")]
    subclass: u32,
}

#[derive(serde::Deserialize)]
struct ScsiAddressJson {
    #[serde(deserialize_with = "super::int::deserialize")]
    port: u8,
    #[serde(deserialize_with = "super::int::deserialize")]
    path_id: u8,
    #[serde(deserialize_with = "super::int::deserialize")]
    target_id: u8,
    #[serde(deserialize_with = "super::int::deserialize")]
    lun: u8,
}

#[derive(serde::Deserialize)]
struct FtSetInfoJson {
    #[serde(deserialize_with = "super::int::deserialize")]
    root_signature: u32,
    #[serde(deserialize_with = "super::int::deserialize")]
    ft_type: u32,
}

#[derive(serde::Deserialize)]
struct PartitionInfoJson {
    #[serde(deserialize_with = "super::int::deserialize")]
    flags: u32,
    device_name: String,
    volume_label: String,
    #[serde(deserialize_with = "super::int::deserialize")]
    serial_number: u32,
    #[serde(deserialize_with = "super::int::deserialize")]
    maximum_component_length: u32,
    #[serde(deserialize_with = "super::int::deserialize")]
    file_system_flags: u32,
    file_system: String,
}

impl From<PartitionInfoJson> for PartitionInfoFields {
    fn from(j: PartitionInfoJson) -> Self {
        PartitionInfoFields {
            flags: PartitionFlags(j.flags),
            device_name: j.device_name,
            volume_label: j.volume_label,
            serial_number: j.serial_number,
            maximum_component_length: j.maximum_component_length,
            file_system_flags: j.file_system_flags,
            file_system: j.file_system,
        }
    }
}

/// The `CLUS_PARTITION_INFO` fields and those `_EX` adds, in one object (spelled out rather than
/// `#[serde(flatten)]`, which would not see a repeated key).
#[derive(serde::Deserialize)]
struct PartitionInfoExJson {
    #[serde(deserialize_with = "super::int::deserialize")]
    flags: u32,
    device_name: String,
    volume_label: String,
    #[serde(deserialize_with = "super::int::deserialize")]
    serial_number: u32,
    #[serde(deserialize_with = "super::int::deserialize")]
    maximum_component_length: u32,
    #[serde(deserialize_with = "super::int::deserialize")]
    file_system_flags: u32,
    file_system: String,
    #[serde(deserialize_with = "super::int::deserialize")]
    total_size: u64,
    #[serde(deserialize_with = "super::int::deserialize")]
    free_size: u64,
    #[serde(deserialize_with = "super::int::deserialize")]
    device_number: u32,
    #[serde(deserialize_with = "super::int::deserialize")]
    partition_number: u32,
    volume_guid: String,
}

#[derive(serde::Deserialize)]
struct PartitionInfoEx2Json {
    gpt_partition_id: String,
    partition_name: String,
    #[serde(deserialize_with = "super::int::deserialize")]
    encryption_flags: u32,
}

/// Whether `syntax`'s JSON is a structure's (read by [`deserialize`]) rather than its format's.
pub(super) fn has_own_json(syntax: Syntax) -> bool {
    matches!(
        syntax,
        Syntax::RESCLASS
            | Syntax::SCSI_ADDRESS
            | Syntax::FTSET_INFO
            | Syntax::PARTITION_INFO
            | Syntax::PARTITION_INFO_EX
            | Syntax::PARTITION_INFO_EX2
    )
}

/// The data of a typed structure read from its JSON (for the syntaxes of [`has_own_json`]). A
/// RESCLASS is its object (8 bytes) or a number (the 4-byte class-only form).
pub(super) fn deserialize<'de, D: Deserializer<'de>>(
    syntax: Syntax,
    deserializer: D,
) -> Result<Data, D::Error> {
    let built =
        |r: Result<Vec<u8>, crate::BuildError>| r.map(Data::from).map_err(de::Error::custom);
    match syntax {
        Syntax::RESCLASS => match Content::deserialize(deserializer) {
            Err(e) => Err(e),
            Ok(Content::U64(class)) => u32::try_from(class)
                .map(|c| Data::from(c.to_le_bytes()))
                .map_err(|_| de::Error::custom(format!("class {class} does not fit a DWORD"))),
            Ok(content @ (Content::Str(_) | Content::I64(_))) => {
                super::int::deserialize::<_, u32>(ContentDeserializer::<D::Error>::new(content))
                    .map(|c| Data::from(c.to_le_bytes()))
            }
            Ok(content) => ResourceClassJson::deserialize(ContentDeserializer::<D::Error>::new(
                content,
            ))
            .map(|j| {
                let info = ResourceClassInfo {
                    class: ResourceClass(j.class),
                    subclass: ResourceSubclass(j.subclass),
                };
                Data::from(info.to_bytes())
            }),
        },
        Syntax::SCSI_ADDRESS => or_hex(deserializer, |j: ScsiAddressJson| {
            let address = ScsiAddress {
                port: j.port,
                path_id: j.path_id,
                target_id: j.target_id,
                lun: j.lun,
            };
            Ok(Data::from(address.to_bytes()))
        }),
        Syntax::FTSET_INFO => or_hex(deserializer, |j: FtSetInfoJson| {
            let info = FtSetInfo {
                root_signature: j.root_signature,
                ft_type: j.ft_type,
            };
            Ok(Data::from(info.to_bytes()))
        }),
        Syntax::PARTITION_INFO => or_hex(deserializer, |j: PartitionInfoJson| {
            built(PartitionInfoFields::from(j).to_bytes())
        }),
        Syntax::PARTITION_INFO_EX => or_hex(deserializer, |j: PartitionInfoExJson| {
            let info = PartitionInfoJson {
                flags: j.flags,
                device_name: j.device_name,
                volume_label: j.volume_label,
                serial_number: j.serial_number,
                maximum_component_length: j.maximum_component_length,
                file_system_flags: j.file_system_flags,
                file_system: j.file_system,
            };
            let fields = PartitionInfoExFields {
                info: info.into(),
                total_size: j.total_size,
                free_size: j.free_size,
                device_number: j.device_number,
                partition_number: j.partition_number,
                volume_guid: guid(&j.volume_guid)?,
            };
            built(fields.to_bytes())
        }),
        Syntax::PARTITION_INFO_EX2 => or_hex(deserializer, |j: PartitionInfoEx2Json| {
            let fields = PartitionInfoEx2Fields {
                gpt_partition_id: guid(&j.gpt_partition_id)?,
                partition_name: j.partition_name,
                encryption_flags: j.encryption_flags,
            };
            built(fields.to_bytes())
        }),
        _ => Err(de::Error::custom(format!("{syntax} has no structure"))),
    }
}

/// A structure's data from its object (`T`, then `build`), or from hex text: the JSON of its
/// format, which a structure of another size than its own has (in a lenient property list).
fn or_hex<'de, D, T, F>(deserializer: D, build: F) -> Result<Data, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    F: FnOnce(T) -> Result<Data, D::Error>,
{
    match deserializer.deserialize_any(OrHex(PhantomData))? {
        Ok(structure) => build(structure),
        Err(bytes) => Ok(bytes),
    }
}

/// [`or_hex`]'s visitor: the structure, or the bytes of hex text.
struct OrHex<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for OrHex<T> {
    type Value = Result<T, Data>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the structure's object, or hex bytes")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        super::de::from_hex(v).map(|bytes| Err(Data::from(bytes)))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(Ok)
    }
}

/// What the fields of a partition structure in `raw` encode to (the canonical form of `raw`),
/// or `None` for any other value.
pub(super) fn canonical(syntax: Syntax, raw: &[u8]) -> Option<Option<Data>> {
    let bytes = match Value::new(syntax, raw).decoded() {
        Decoded::PartitionInfo(p) => PartitionInfoFields::from(p).to_bytes(),
        Decoded::PartitionInfoEx(p) => PartitionInfoExFields::from(p).to_bytes(),
        Decoded::PartitionInfoEx2(p) => PartitionInfoEx2Fields::from(p).to_bytes(),
        _ => return None,
    };
    Some(bytes.ok().map(Data::from))
}
