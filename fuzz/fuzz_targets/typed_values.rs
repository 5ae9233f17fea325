//! Value lists built with every typed adder of `ValueListBuilder` (RESCLASS, SCSI address,
//! partition infos, disk entries, NAME, the integer, string and time adders) and, in step, with
//! the `OwnedValue` constructors: whatever the builder accepts must parse strictly; each typed
//! entry must decode back to the fields it was built from; the owned list built by the
//! constructors must be the list the bytes read back to and encode to the same bytes (also in
//! a slice and measured); the list's JSON must read back to the same list. Also GUID text:
//! whatever `Guid` parses prints and parses back to the same GUID.
#![no_main]

use arbitrary::Arbitrary;
use clusprop::read::{
    Decoded, FtSetInfo, Guid, PartitionFlags, ResourceClass, ResourceClassInfo, ResourceSubclass,
    ScsiAddress,
};
use clusprop::write::{PartitionInfoEx2Fields, PartitionInfoExFields, PartitionInfoFields};
use clusprop::{FileTime, OwnedValue, OwnedValueList, ValueList, ValueListBuilder};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Info {
    flags: u32,
    device_name: String,
    volume_label: String,
    serial_number: u32,
    maximum_component_length: u32,
    file_system_flags: u32,
    file_system: String,
}

impl Info {
    fn fields(&self) -> PartitionInfoFields {
        PartitionInfoFields {
            flags: PartitionFlags(self.flags),
            device_name: self.device_name.clone(),
            volume_label: self.volume_label.clone(),
            serial_number: self.serial_number,
            maximum_component_length: self.maximum_component_length,
            file_system_flags: self.file_system_flags,
            file_system: self.file_system.clone(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Op {
    ResourceClass(u32, u32),
    ScsiAddress([u8; 4]),
    DiskSignature(u32),
    DiskNumber(u32),
    DiskSize(u64),
    DiskSerialNumber(String),
    DiskGuid(String),
    FtSetInfo(u32, u32),
    PartitionInfo(Info),
    PartitionInfoEx(Info, u64, u64, u32, u32, [u8; 16]),
    PartitionInfoEx2([u8; 16], String, u32),
    StorageDeviceIdDescriptor(Vec<u8>),
    Name(String),
    Binary(Vec<u8>),
    SecurityDescriptor(Vec<u8>),
    Dword(u32),
    Long(i32),
    Word(u16),
    ULargeInteger(u64),
    LargeInteger(i64),
    FileTime(u64),
    Sz(String),
    ExpandSz(String),
    ExpandedSz(String),
    MultiSz(Vec<String>),
}

/// Adds `op` to the builder and returns the owned value its constructor makes (`None` when the
/// constructor refuses it).
fn add<S: clusprop::write::Sink>(b: &mut ValueListBuilder<S>, op: &Op) -> Option<OwnedValue> {
    match op {
        Op::ResourceClass(class, subclass) => {
            let info = ResourceClassInfo {
                class: ResourceClass(*class),
                subclass: ResourceSubclass(*subclass),
            };
            b.resource_class(info.class, info.subclass);
            Some(OwnedValue::resource_class(info))
        }
        Op::ScsiAddress([port, path_id, target_id, lun]) => {
            let address = ScsiAddress {
                port: *port,
                path_id: *path_id,
                target_id: *target_id,
                lun: *lun,
            };
            b.scsi_address(address);
            Some(OwnedValue::scsi_address(address))
        }
        Op::DiskSignature(v) => {
            b.disk_signature(*v);
            Some(OwnedValue::new(
                clusprop::Syntax::DISK_SIGNATURE,
                v.to_le_bytes(),
            ))
        }
        Op::DiskNumber(v) => {
            b.disk_number(*v);
            Some(OwnedValue::new(
                clusprop::Syntax::DISK_NUMBER,
                v.to_le_bytes(),
            ))
        }
        Op::DiskSize(v) => {
            b.disk_size(*v);
            Some(OwnedValue::new(
                clusprop::Syntax::DISK_SIZE,
                v.to_le_bytes(),
            ))
        }
        Op::DiskSerialNumber(s) => {
            b.disk_serial_number(s);
            OwnedValue::disk_serial_number(s).ok()
        }
        Op::DiskGuid(s) => {
            b.disk_guid(s);
            OwnedValue::disk_guid(s).ok()
        }
        Op::FtSetInfo(root_signature, ft_type) => {
            let info = FtSetInfo {
                root_signature: *root_signature,
                ft_type: *ft_type,
            };
            b.ftset_info(info);
            Some(OwnedValue::ftset_info(info))
        }
        Op::PartitionInfo(info) => {
            b.partition_info(&info.fields());
            OwnedValue::partition_info(&info.fields()).ok()
        }
        Op::PartitionInfoEx(info, total_size, free_size, device_number, partition_number, g) => {
            let fields = PartitionInfoExFields {
                info: info.fields(),
                total_size: *total_size,
                free_size: *free_size,
                device_number: *device_number,
                partition_number: *partition_number,
                volume_guid: Guid::from_le_bytes(*g),
            };
            b.partition_info_ex(&fields);
            OwnedValue::partition_info_ex(&fields).ok()
        }
        Op::PartitionInfoEx2(g, name, encryption_flags) => {
            let fields = PartitionInfoEx2Fields {
                gpt_partition_id: Guid::from_le_bytes(*g),
                partition_name: name.clone(),
                encryption_flags: *encryption_flags,
            };
            b.partition_info_ex2(&fields);
            OwnedValue::partition_info_ex2(&fields).ok()
        }
        Op::StorageDeviceIdDescriptor(bytes) => {
            b.storage_device_id_descriptor(bytes);
            Some(OwnedValue::storage_device_id_descriptor(bytes.as_slice()))
        }
        Op::Name(s) => {
            b.name(s);
            OwnedValue::name(s).ok()
        }
        Op::Binary(bytes) => {
            b.binary(bytes);
            Some(OwnedValue::binary(bytes.as_slice()))
        }
        Op::SecurityDescriptor(bytes) => {
            b.security_descriptor(bytes);
            Some(OwnedValue::security_descriptor(bytes.as_slice()))
        }
        Op::Dword(v) => {
            b.dword(*v);
            Some(OwnedValue::dword(*v))
        }
        Op::Long(v) => {
            b.long(*v);
            Some(OwnedValue::long(*v))
        }
        Op::Word(v) => {
            b.word(*v);
            Some(OwnedValue::word(*v))
        }
        Op::ULargeInteger(v) => {
            b.ularge_integer(*v);
            Some(OwnedValue::ularge_integer(*v))
        }
        Op::LargeInteger(v) => {
            b.large_integer(*v);
            Some(OwnedValue::large_integer(*v))
        }
        Op::FileTime(v) => {
            b.filetime(FileTime(*v));
            Some(OwnedValue::filetime(FileTime(*v)))
        }
        Op::Sz(s) => {
            b.sz(s);
            OwnedValue::sz(s).ok()
        }
        Op::ExpandSz(s) => {
            b.expand_sz(s);
            OwnedValue::expand_sz(s).ok()
        }
        Op::ExpandedSz(s) => {
            b.expanded_sz(s);
            OwnedValue::expanded_sz(s).ok()
        }
        Op::MultiSz(items) => {
            b.multi_sz(items.iter().map(String::as_str));
            OwnedValue::multi_sz(items.iter().map(String::as_str)).ok()
        }
    }
}

/// The typed entry `op` was built into decodes back to its fields.
fn check_decoded(op: &Op, decoded: &Decoded<'_>) {
    match (op, decoded) {
        (Op::ResourceClass(c, s), Decoded::ResourceClass(info)) => {
            assert_eq!((info.class.0, info.subclass.0), (*c, *s));
        }
        (Op::ScsiAddress(a), Decoded::ScsiAddress(s)) => {
            assert_eq!([s.port, s.path_id, s.target_id, s.lun], *a);
        }
        (Op::DiskSignature(v), Decoded::DiskSignature(d))
        | (Op::DiskNumber(v), Decoded::DiskNumber(d))
        | (Op::Dword(v), Decoded::Dword(d)) => assert_eq!(v, d),
        (Op::DiskSize(v), Decoded::DiskSize(d))
        | (Op::ULargeInteger(v), Decoded::ULargeInteger(d)) => {
            assert_eq!(v, d);
        }
        (Op::DiskSerialNumber(s), Decoded::DiskSerialNumber(d))
        | (Op::DiskGuid(s), Decoded::DiskGuid(d))
        | (Op::Sz(s), Decoded::Sz(d))
        | (Op::ExpandSz(s), Decoded::ExpandSz(d))
        | (Op::ExpandedSz(s), Decoded::ExpandedSz(d)) => assert_eq!(*d, s.as_str()),
        (Op::FtSetInfo(r, t), Decoded::FtSetInfo(f)) => {
            assert_eq!((f.root_signature, f.ft_type), (*r, *t));
        }
        (Op::PartitionInfo(info), Decoded::PartitionInfo(p)) => {
            assert!(p.is_canonical());
            assert_eq!(PartitionInfoFields::from(*p), info.fields());
        }
        (
            Op::PartitionInfoEx(info, total, free, device, partition, g),
            Decoded::PartitionInfoEx(p),
        ) => {
            assert!(p.is_canonical());
            let back = PartitionInfoExFields::from(*p);
            assert_eq!(back.info, info.fields());
            assert_eq!(
                (
                    back.total_size,
                    back.free_size,
                    back.device_number,
                    back.partition_number
                ),
                (*total, *free, *device, *partition)
            );
            assert_eq!(back.volume_guid.to_le_bytes(), *g);
        }
        (Op::PartitionInfoEx2(g, name, flags), Decoded::PartitionInfoEx2(p)) => {
            assert!(p.is_canonical());
            let back = PartitionInfoEx2Fields::from(*p);
            assert_eq!(back.gpt_partition_id.to_le_bytes(), *g);
            assert_eq!(
                (&back.partition_name, back.encryption_flags),
                (name, *flags)
            );
        }
        (Op::StorageDeviceIdDescriptor(_), Decoded::StorageDeviceIdDescriptor(d)) => {
            let _ = (
                d.version(),
                d.size(),
                d.number_of_identifiers(),
                d.identifiers(),
            );
        }
        (Op::Name(s), Decoded::Sz(d)) => assert_eq!(*d, s.as_str()),
        (Op::Binary(b), Decoded::Binary(d))
        | (Op::SecurityDescriptor(b), Decoded::SecurityDescriptor(d)) => {
            assert_eq!(*d, b.as_slice());
        }
        (Op::Long(v), Decoded::Long(d)) => assert_eq!(v, d),
        (Op::Word(v), Decoded::Word(d)) => assert_eq!(v, d),
        (Op::LargeInteger(v), Decoded::LargeInteger(d)) => assert_eq!(v, d),
        (Op::FileTime(v), Decoded::FileTime(d)) => {
            assert_eq!(*v, d.0);
            let _ = d.to_utc_string();
        }
        (Op::MultiSz(items), Decoded::MultiSz(m)) => {
            assert!(m
                .iter()
                .map(|s| s.to_string_lossy())
                .eq(items.iter().cloned()));
        }
        (op, decoded) => panic!("{op:?} decoded as {decoded:?}"),
    }
}

fuzz_target!(|input: (Vec<Op>, &str)| {
    let (ops, text) = input;

    // GUID text: what parses prints in the registry form and parses back the same.
    if let Ok(guid) = text.parse::<Guid>() {
        let printed = guid.to_string();
        assert_eq!(
            printed.parse::<Guid>(),
            Ok(guid),
            "{text:?} printed as {printed}"
        );
        assert_eq!(Guid::from_le_bytes(guid.to_le_bytes()), guid);
    }

    let mut builder = ValueListBuilder::new();
    let mut measure = ValueListBuilder::measure();
    let mut owned = Some(OwnedValueList::default());
    for op in &ops {
        let value = add(&mut builder, op);
        add(&mut measure, op);
        match (value, owned.as_mut()) {
            (Some(v), Some(list)) => list.values.push(v),
            _ => owned = None,
        }
    }
    let Ok(bytes) = builder.finish() else {
        return;
    };
    // The builder accepted every op, so every constructor did too.
    let owned =
        owned.unwrap_or_else(|| panic!("a constructor refused what the builder took: {ops:?}"));
    assert_eq!(measure.finish(), Ok(bytes.len()));
    let mut slice = vec![0; bytes.len()];
    let mut in_slice = ValueListBuilder::in_slice(&mut slice);
    for op in &ops {
        add(&mut in_slice, op);
    }
    assert_eq!(in_slice.finish(), Ok(bytes.len()));
    assert_eq!(slice, bytes);

    let list = ValueList::parse(&bytes)
        .unwrap_or_else(|e| panic!("built a value list the parser rejects: {e}\n{ops:?}"));
    assert!(list.is_canonical());
    assert_eq!(list.len(), ops.len());
    for (op, value) in ops.iter().zip(list.values()) {
        check_decoded(op, &value.decoded());
    }
    assert_eq!(list.into_owned(), owned, "{ops:?}");
    assert_eq!(owned.to_bytes().as_deref(), Ok(bytes.as_slice()));

    // The JSON of the view and of the owned list are the same and read back to the list.
    let json = serde_json::to_string(&list).expect("a list serializes");
    assert_eq!(serde_json::to_string(&owned).expect("serializes"), json);
    let back: OwnedValueList = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("the JSON does not read back: {e}\n{json}"));
    assert_eq!(back, owned, "{json}");
});
