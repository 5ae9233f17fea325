//! Typed value-list entries (spec section 17): each structure built byte by byte from
//! Microsoft's layout, decoded, re-encoded, truncated and given a wrong size; the lists Windows
//! returns (required dependencies, disk info) in both modes, through JSON and back; and the
//! property-list rules unchanged.

use clusprop::read::{
    FtSetInfo, Guid, PartitionFlags, ResourceClass, ResourceClassInfo, ResourceSubclass,
    ScsiAddress,
};
use clusprop::write::{PartitionInfoEx2Fields, PartitionInfoExFields, PartitionInfoFields};
use clusprop::{
    Decoded, Mode, OwnedValue, OwnedValueList, ParseError, PropertyList, Syntax, ValueList,
    ValueListBuilder,
};
use windows_sys::Win32::Networking::Clustering as sdk;

fn le32(v: u32) -> [u8; 4] {
    v.to_le_bytes()
}

/// A `WCHAR[units]` array holding `text`, NUL and zeros after it.
fn wchar(text: &str, units: usize) -> Vec<u8> {
    let mut out: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    out.resize(units * 2, 0);
    out
}

fn utf16z(text: &str) -> Vec<u8> {
    text.encode_utf16()
        .chain([0])
        .flat_map(u16::to_le_bytes)
        .collect()
}

/// One entry: syntax, cbLength, data, zero padding.
fn entry(syntax: Syntax, data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&le32(syntax.0));
    out.extend_from_slice(&le32(data.len() as u32));
    out.extend_from_slice(data);
    while out.len() % 4 != 0 {
        out.push(0);
    }
    out
}

/// A value list of the entries, then the end mark.
fn list(entries: &[(Syntax, Vec<u8>)]) -> Vec<u8> {
    let mut out: Vec<u8> = entries.iter().flat_map(|(s, d)| entry(*s, d)).collect();
    out.extend_from_slice(&[0; 4]);
    out
}

const GUID_BYTES: [u8; 16] = [
    0x67, 0xE9, 0x36, 0x4D, 0x25, 0xE3, 0xCE, 0x11, 0xBF, 0xC1, 0x08, 0x00, 0x2B, 0xE1, 0x03, 0x18,
];
const GUID_TEXT: &str = "{4D36E967-E325-11CE-BFC1-08002BE10318}";

/// `CLUS_PARTITION_INFO`, field by field (SDK layout).
fn partition_info_bytes() -> Vec<u8> {
    let mut d = Vec::new();
    d.extend_from_slice(&le32(0x15)); // STICKY | USABLE | USABLE_FOR_CSV
    d.extend(wchar(
        "\\\\?\\GLOBALROOT\\Device\\Harddisk1\\Partition2",
        260,
    ));
    d.extend(wchar("Cluster Disk", 260));
    d.extend_from_slice(&le32(0xA1B2_C3D4));
    d.extend_from_slice(&le32(255));
    d.extend_from_slice(&le32(0x03E7_02FF));
    d.extend(wchar("NTFS", 32));
    assert_eq!(d.len(), 1120);
    d
}

fn partition_info_fields() -> PartitionInfoFields {
    PartitionInfoFields {
        flags: PartitionFlags(0x15),
        device_name: "\\\\?\\GLOBALROOT\\Device\\Harddisk1\\Partition2".into(),
        volume_label: "Cluster Disk".into(),
        serial_number: 0xA1B2_C3D4,
        maximum_component_length: 255,
        file_system_flags: 0x03E7_02FF,
        file_system: "NTFS".into(),
    }
}

fn partition_info_ex_bytes() -> Vec<u8> {
    let mut d = partition_info_bytes();
    d.extend_from_slice(&(2u64 << 40).to_le_bytes());
    d.extend_from_slice(&(123_456_789_012u64).to_le_bytes());
    d.extend_from_slice(&le32(3));
    d.extend_from_slice(&le32(2));
    d.extend_from_slice(&GUID_BYTES);
    assert_eq!(d.len(), 1160);
    d
}

fn partition_info_ex_fields() -> PartitionInfoExFields {
    PartitionInfoExFields {
        info: partition_info_fields(),
        total_size: 2 << 40,
        free_size: 123_456_789_012,
        device_number: 3,
        partition_number: 2,
        volume_guid: GUID_TEXT.parse().unwrap(),
    }
}

fn partition_info_ex2_bytes() -> Vec<u8> {
    let mut d = GUID_BYTES.to_vec();
    d.extend(wchar("Basic data partition", 260));
    d.extend_from_slice(&le32(1));
    assert_eq!(d.len(), 540);
    d
}

fn partition_info_ex2_fields() -> PartitionInfoEx2Fields {
    PartitionInfoEx2Fields {
        gpt_partition_id: GUID_TEXT.parse().unwrap(),
        partition_name: "Basic data partition".into(),
        encryption_flags: 1,
    }
}

/// Every fixed-size typed structure: syntax, the SDK's size, bytes.
fn fixed_structures() -> Vec<(Syntax, usize, Vec<u8>)> {
    vec![
        (
            Syntax::RESCLASS,
            size_of::<sdk::CLUS_RESOURCE_CLASS_INFO>(),
            [le32(1), le32(0x4000_0000)].concat(),
        ),
        (
            Syntax::SCSI_ADDRESS,
            size_of::<sdk::CLUS_SCSI_ADDRESS>(),
            vec![1, 0, 2, 3],
        ),
        (Syntax::DISK_SIGNATURE, 4, le32(0x1234_5678).to_vec()),
        (Syntax::DISK_NUMBER, 4, le32(7).to_vec()),
        (
            Syntax::FTSET_INFO,
            size_of::<sdk::CLUS_FTSET_INFO>(),
            [le32(0xCAFE), le32(2)].concat(),
        ),
        (Syntax::DISK_SIZE, 8, (1u64 << 41).to_le_bytes().to_vec()),
        (
            Syntax::PARTITION_INFO,
            size_of::<sdk::CLUS_PARTITION_INFO>(),
            partition_info_bytes(),
        ),
        (
            Syntax::PARTITION_INFO_EX,
            size_of::<sdk::CLUS_PARTITION_INFO_EX>(),
            partition_info_ex_bytes(),
        ),
        (
            Syntax::PARTITION_INFO_EX2,
            size_of::<sdk::CLUS_PARTITION_INFO_EX2>(),
            partition_info_ex2_bytes(),
        ),
    ]
}

#[test]
fn sizes_are_the_sdks() {
    for (syntax, size, data) in fixed_structures() {
        assert_eq!(data.len(), size, "{syntax}");
    }
    assert_eq!(size_of::<sdk::CLUS_PARTITION_INFO>(), 1120);
    assert_eq!(size_of::<sdk::CLUS_PARTITION_INFO_EX>(), 1160);
    assert_eq!(size_of::<sdk::CLUS_PARTITION_INFO_EX2>(), 540);
    // The class-only form: CLUSPROP_RESOURCE_CLASS is the header and one DWORD.
    assert_eq!(size_of::<sdk::CLUSPROP_RESOURCE_CLASS>(), 8 + 4);
    assert_eq!(size_of::<sdk::CLUSPROP_RESOURCE_CLASS_INFO>(), 8 + 8);
}

#[test]
fn constants_are_the_sdks() {
    for (c, name) in ResourceClass::ALL {
        let expected = match *name {
            "CLUS_RESCLASS_UNKNOWN" => sdk::CLUS_RESCLASS_UNKNOWN,
            "CLUS_RESCLASS_STORAGE" => sdk::CLUS_RESCLASS_STORAGE,
            "CLUS_RESCLASS_NETWORK" => sdk::CLUS_RESCLASS_NETWORK,
            "CLUS_RESCLASS_USER" => sdk::CLUS_RESCLASS_USER,
            other => panic!("{other}"),
        };
        assert_eq!(c.0, expected as u32, "{name}");
    }
    assert_eq!(ResourceClass::ALL.len(), 4);
    for (c, name) in ResourceSubclass::ALL {
        let expected = match *name {
            "CLUS_RESSUBCLASS_SHARED" => sdk::CLUS_RESSUBCLASS_SHARED,
            "CLUS_RESSUBCLASS_STORAGE_SHARED_BUS" => sdk::CLUS_RESSUBCLASS_STORAGE_SHARED_BUS,
            "CLUS_RESSUBCLASS_STORAGE_DISK" => sdk::CLUS_RESSUBCLASS_STORAGE_DISK,
            "CLUS_RESSUBCLASS_STORAGE_REPLICATION" => sdk::CLUS_RESSUBCLASS_STORAGE_REPLICATION,
            "CLUS_RESSUBCLASS_NETWORK_INTERNET_PROTOCOL" => {
                sdk::CLUS_RESSUBCLASS_NETWORK_INTERNET_PROTOCOL
            }
            other => panic!("{other}"),
        };
        assert_eq!(c.0, expected as u32, "{name}");
    }
    assert_eq!(ResourceSubclass::ALL.len(), 5);
    for (c, name) in PartitionFlags::ALL {
        let expected = match *name {
            "CLUSPROP_PIFLAG_STICKY" => sdk::CLUSPROP_PIFLAG_STICKY,
            "CLUSPROP_PIFLAG_REMOVABLE" => sdk::CLUSPROP_PIFLAG_REMOVABLE,
            "CLUSPROP_PIFLAG_USABLE" => sdk::CLUSPROP_PIFLAG_USABLE,
            "CLUSPROP_PIFLAG_DEFAULT_QUORUM" => sdk::CLUSPROP_PIFLAG_DEFAULT_QUORUM,
            "CLUSPROP_PIFLAG_USABLE_FOR_CSV" => sdk::CLUSPROP_PIFLAG_USABLE_FOR_CSV,
            "CLUSPROP_PIFLAG_ENCRYPTION_ENABLED" => sdk::CLUSPROP_PIFLAG_ENCRYPTION_ENABLED,
            "CLUSPROP_PIFLAG_RAW" => sdk::CLUSPROP_PIFLAG_RAW,
            "CLUSPROP_PIFLAG_UNKNOWN" => sdk::CLUSPROP_PIFLAG_UNKNOWN,
            other => panic!("{other}"),
        };
        assert_eq!(c.0, expected as u32, "{name}");
    }
    assert_eq!(PartitionFlags::ALL.len(), 8);
}

#[test]
fn guid_is_mixed_endian_in_registry_form() {
    let guid = Guid::from_le_bytes(GUID_BYTES);
    assert_eq!(
        (guid.data1, guid.data2, guid.data3),
        (0x4D36_E967, 0xE325, 0x11CE)
    );
    assert_eq!(guid.data4, [0xBF, 0xC1, 0x08, 0x00, 0x2B, 0xE1, 0x03, 0x18]);
    assert_eq!(guid.to_string(), GUID_TEXT);
    assert_eq!(GUID_TEXT.parse::<Guid>().unwrap(), guid);
    assert_eq!(
        GUID_TEXT
            .trim_matches(['{', '}'])
            .to_lowercase()
            .parse::<Guid>()
            .unwrap(),
        guid
    );
    assert!("{4D36E967-E325-11CE-BFC1-08002BE1031}"
        .parse::<Guid>()
        .is_err());
    assert!("4D36E967E32511CEBFC108002BE10318".parse::<Guid>().is_err());
    assert_eq!(guid.to_le_bytes(), GUID_BYTES);
}

/// Decodes the one value of `bytes` (a value list) in both modes.
fn decode_each_mode(bytes: &[u8], check: impl Fn(Decoded<'_>)) {
    for mode in [Mode::Strict, Mode::Lenient] {
        let list = ValueList::parse_with(bytes, mode).unwrap();
        assert_eq!(list.len(), 1);
        let value = list.values().next().unwrap();
        check(value.decoded());
        assert!(value.is_canonical());
    }
}

#[test]
fn every_field_decodes() {
    let fixed = fixed_structures();
    let bytes = |i: usize| list(&[(fixed[i].0, fixed[i].2.clone())]);
    decode_each_mode(&bytes(0), |d| match d {
        Decoded::ResourceClass(info) => {
            assert_eq!(info.class, ResourceClass::STORAGE);
            assert_eq!(info.subclass, ResourceSubclass::STORAGE_DISK);
        }
        other => panic!("{other:?}"),
    });
    decode_each_mode(&bytes(1), |d| match d {
        Decoded::ScsiAddress(a) => assert_eq!(
            a,
            ScsiAddress {
                port: 1,
                path_id: 0,
                target_id: 2,
                lun: 3
            }
        ),
        other => panic!("{other:?}"),
    });
    decode_each_mode(&bytes(2), |d| {
        assert!(matches!(d, Decoded::DiskSignature(0x1234_5678)), "{d:?}")
    });
    decode_each_mode(&bytes(3), |d| {
        assert!(matches!(d, Decoded::DiskNumber(7)), "{d:?}")
    });
    decode_each_mode(&bytes(4), |d| match d {
        Decoded::FtSetInfo(f) => assert_eq!(
            f,
            FtSetInfo {
                root_signature: 0xCAFE,
                ft_type: 2
            }
        ),
        other => panic!("{other:?}"),
    });
    decode_each_mode(&bytes(5), |d| {
        assert!(matches!(d, Decoded::DiskSize(s) if s == 1 << 41), "{d:?}")
    });
    decode_each_mode(&bytes(6), |d| match d {
        Decoded::PartitionInfo(p) => {
            assert_eq!(p.flags(), PartitionFlags(0x15));
            assert_eq!(
                p.flags().names().collect::<Vec<_>>(),
                [
                    "CLUSPROP_PIFLAG_STICKY",
                    "CLUSPROP_PIFLAG_USABLE",
                    "CLUSPROP_PIFLAG_USABLE_FOR_CSV"
                ]
            );
            assert_eq!(
                p.device_name(),
                "\\\\?\\GLOBALROOT\\Device\\Harddisk1\\Partition2"
            );
            assert_eq!(p.volume_label(), "Cluster Disk");
            assert_eq!(p.serial_number(), 0xA1B2_C3D4);
            assert_eq!(p.maximum_component_length(), 255);
            assert_eq!(p.file_system_flags(), 0x03E7_02FF);
            assert_eq!(p.file_system(), "NTFS");
            assert_eq!(p.as_bytes(), partition_info_bytes());
        }
        other => panic!("{other:?}"),
    });
    decode_each_mode(&bytes(7), |d| match d {
        Decoded::PartitionInfoEx(p) => {
            assert_eq!(p.info().volume_label(), "Cluster Disk");
            assert_eq!(p.info().file_system(), "NTFS");
            assert_eq!(p.total_size(), 2 << 40);
            assert_eq!(p.free_size(), 123_456_789_012);
            assert_eq!(p.device_number(), 3);
            assert_eq!(p.partition_number(), 2);
            assert_eq!(p.volume_guid().to_string(), GUID_TEXT);
        }
        other => panic!("{other:?}"),
    });
    decode_each_mode(&bytes(8), |d| match d {
        Decoded::PartitionInfoEx2(p) => {
            assert_eq!(p.gpt_partition_id().to_string(), GUID_TEXT);
            assert_eq!(p.partition_name(), "Basic data partition");
            assert_eq!(p.encryption_flags(), 1);
        }
        other => panic!("{other:?}"),
    });
    let strings = list(&[
        (Syntax::DISK_GUID, utf16z(GUID_TEXT)),
        (Syntax::DISK_SERIALNUMBER, utf16z("WD-123")),
        (
            Syntax::STORAGE_DEVICE_ID_DESCRIPTOR,
            [le32(1), le32(16), le32(1), [0xAA, 0xBB, 0xCC, 0xDD]].concat(),
        ),
    ]);
    let parsed = ValueList::parse(&strings).unwrap();
    let values: Vec<_> = parsed.values().collect();
    assert!(matches!(values[0].decoded(), Decoded::DiskGuid(s) if s == GUID_TEXT));
    assert!(matches!(values[1].decoded(), Decoded::DiskSerialNumber(s) if s == "WD-123"));
    match values[2].decoded() {
        Decoded::StorageDeviceIdDescriptor(d) => {
            assert_eq!(d.version(), Some(1));
            assert_eq!(d.size(), Some(16));
            assert_eq!(d.number_of_identifiers(), Some(1));
            assert_eq!(d.identifiers(), [0xAA, 0xBB, 0xCC, 0xDD]);
        }
        other => panic!("{other:?}"),
    }
}

/// What the builder, the owned constructors and the generic `value` write for each structure.
fn built(i: usize) -> Vec<u8> {
    let mut b = ValueListBuilder::new();
    match i {
        0 => b.resource_class(ResourceClass::STORAGE, ResourceSubclass::STORAGE_DISK),
        1 => b.scsi_address(ScsiAddress {
            port: 1,
            path_id: 0,
            target_id: 2,
            lun: 3,
        }),
        2 => b.disk_signature(0x1234_5678),
        3 => b.disk_number(7),
        4 => b.ftset_info(FtSetInfo {
            root_signature: 0xCAFE,
            ft_type: 2,
        }),
        5 => b.disk_size(1 << 41),
        6 => b.partition_info(&partition_info_fields()),
        7 => b.partition_info_ex(&partition_info_ex_fields()),
        _ => b.partition_info_ex2(&partition_info_ex2_fields()),
    };
    b.finish().unwrap()
}

fn owned(i: usize) -> OwnedValue {
    match i {
        0 => OwnedValue::resource_class(ResourceClassInfo {
            class: ResourceClass::STORAGE,
            subclass: ResourceSubclass::STORAGE_DISK,
        }),
        1 => OwnedValue::scsi_address(ScsiAddress {
            port: 1,
            path_id: 0,
            target_id: 2,
            lun: 3,
        }),
        2 => OwnedValue::disk_signature(0x1234_5678),
        3 => OwnedValue::disk_number(7),
        4 => OwnedValue::ftset_info(FtSetInfo {
            root_signature: 0xCAFE,
            ft_type: 2,
        }),
        5 => OwnedValue::disk_size(1 << 41),
        6 => OwnedValue::partition_info(&partition_info_fields()).unwrap(),
        7 => OwnedValue::partition_info_ex(&partition_info_ex_fields()).unwrap(),
        _ => OwnedValue::partition_info_ex2(&partition_info_ex2_fields()).unwrap(),
    }
}

#[test]
fn every_structure_re_encodes_to_the_same_bytes() {
    for (i, (syntax, _, data)) in fixed_structures().into_iter().enumerate() {
        let expected = list(&[(syntax, data.clone())]);
        assert_eq!(built(i), expected, "builder, {syntax}");
        let owned_list = OwnedValueList {
            values: vec![owned(i)],
            ..Default::default()
        };
        assert_eq!(owned_list.to_bytes().unwrap(), expected, "owned, {syntax}");
        assert_eq!(
            ValueListBuilder::new()
                .value(syntax, &data)
                .finish()
                .unwrap(),
            expected,
            "value(), {syntax}"
        );
        let parsed = ValueList::parse(&expected).unwrap();
        assert_eq!(parsed.into_owned(), owned_list, "{syntax}");
        assert_eq!(parsed.into_owned().to_bytes().unwrap(), expected);
    }
    // The fields read back from the views.
    let bytes = partition_info_ex_bytes();
    let view = clusprop::read::PartitionInfoEx::from_bytes(&bytes).unwrap();
    assert_eq!(
        PartitionInfoExFields::from(view),
        partition_info_ex_fields()
    );
    let bytes = partition_info_ex2_bytes();
    let view = clusprop::read::PartitionInfoEx2::from_bytes(&bytes).unwrap();
    assert_eq!(
        PartitionInfoEx2Fields::from(view),
        partition_info_ex2_fields()
    );
}

#[test]
fn strings_too_long_for_their_array_are_build_errors() {
    let mut fields = partition_info_fields();
    fields.file_system = "x".repeat(33);
    assert_eq!(
        ValueListBuilder::new()
            .partition_info(&fields)
            .finish()
            .unwrap_err(),
        clusprop::BuildError::TooLong {
            what: "file system",
            length: 66,
            max: 64
        }
    );
    // Exactly 32 units fill the array without a NUL, and read back whole.
    fields.file_system = "y".repeat(32);
    let bytes = ValueListBuilder::new()
        .partition_info(&fields)
        .finish()
        .unwrap();
    let parsed = ValueList::parse(&bytes).unwrap();
    match parsed.values().next().unwrap().decoded() {
        Decoded::PartitionInfo(p) => assert_eq!(p.file_system(), "y".repeat(32).as_str()),
        other => panic!("{other:?}"),
    }
    fields.volume_label = "a\0b".into();
    assert!(matches!(
        OwnedValue::partition_info(&fields),
        Err(clusprop::BuildError::Nul {
            what: "volume label",
            index: 1
        })
    ));
}

#[test]
fn truncated_at_every_length() {
    for (syntax, _, data) in fixed_structures() {
        let whole = list(&[(syntax, data)]);
        for cut in 0..whole.len() {
            let bytes = &whole[..cut];
            for mode in [Mode::Strict, Mode::Lenient] {
                let err = ValueList::parse_with(bytes, mode).unwrap_err();
                let padded = whole.len() - 4;
                let expected = if cut < 4 {
                    ParseError::Truncated {
                        item: clusprop::error::Item::ValueOrEndMark,
                        offset: 0,
                        needed: 4,
                        available: cut,
                    }
                } else if cut < 8 {
                    ParseError::Truncated {
                        item: clusprop::error::Item::ValueHeader,
                        offset: 0,
                        needed: 8,
                        available: cut,
                    }
                } else if cut < padded {
                    // Every structure is a multiple of 4 bytes: no padding to cut.
                    ParseError::LengthOutOfBounds {
                        item: clusprop::error::Item::Value,
                        offset: 4,
                        length: (padded - 8) as u32,
                        available: cut - 8,
                    }
                } else {
                    ParseError::Truncated {
                        item: clusprop::error::Item::ValueOrEndMark,
                        offset: padded,
                        needed: 4,
                        available: cut - padded,
                    }
                };
                assert_eq!(err, expected, "{syntax} cut at {cut}, {mode:?}");
                assert_eq!(err.offset(), expected.offset());
            }
        }
    }
}

#[test]
fn a_wrong_size_is_an_error_at_the_length() {
    for (syntax, size, data) in fixed_structures() {
        for wrong in [0, 1, size - 1, size + 1, size + 4, 12, 1120, 1160, 540] {
            if wrong == size || (syntax == Syntax::RESCLASS && wrong == 4) {
                continue;
            }
            let mut d = data.clone();
            d.resize(wrong, 0);
            // Behind a good DISK_NUMBER entry, to see the offset move.
            let bytes = list(&[(Syntax::DISK_NUMBER, le32(1).to_vec()), (syntax, d)]);
            for mode in [Mode::Strict, Mode::Lenient] {
                assert_eq!(
                    ValueList::parse_with(&bytes, mode).unwrap_err(),
                    ParseError::WrongLength {
                        offset: 12 + 4,
                        syntax,
                        expected: size as u32,
                        found: wrong as u32,
                    },
                    "{syntax} of {wrong} bytes, {mode:?}"
                );
            }
        }
    }
}

#[test]
fn a_class_only_resclass_is_a_dword() {
    let bytes = list(&[(Syntax::RESCLASS, le32(2).to_vec())]);
    for mode in [Mode::Strict, Mode::Lenient] {
        let parsed = ValueList::parse_with(&bytes, mode).unwrap();
        let value = parsed.values().next().unwrap();
        assert!(matches!(value.decoded(), Decoded::Dword(2)));
        assert_eq!(value.as_u32(), Some(2));
    }
    let json = serde_json::to_string(&ValueList::parse(&bytes).unwrap()).unwrap();
    assert_eq!(json, r#"{"values":[{"syntax":"0x00020002","value":2}]}"#);
    let back: OwnedValueList = serde_json::from_str(&json).unwrap();
    assert_eq!(back.to_bytes().unwrap(), bytes);
}

/// MS-CMRP 3.1.4.3.1.5: RESCLASS (cbLength 8) and NAME entries, in any order, then the end mark.
fn required_dependencies() -> Vec<u8> {
    list(&[
        (Syntax::RESCLASS, [le32(1), le32(0x8000_0000)].concat()),
        (Syntax::NAME, utf16z("IP Address")),
        (Syntax::NAME, utf16z("Network Name")),
    ])
}

/// A GET_DISK_INFO_EX answer: DISK_SIGNATURE first, then the rest in any order.
fn disk_info() -> Vec<u8> {
    list(&[
        (Syntax::DISK_SIGNATURE, le32(0x1234_5678).to_vec()),
        (Syntax::SCSI_ADDRESS, vec![1, 0, 2, 3]),
        (Syntax::DISK_NUMBER, le32(1).to_vec()),
        (Syntax::DISK_SIZE, (1u64 << 41).to_le_bytes().to_vec()),
        (Syntax::PARTITION_INFO, partition_info_bytes()),
        (Syntax::PARTITION_INFO_EX, partition_info_ex_bytes()),
    ])
}

#[test]
fn required_dependencies_both_modes_json_and_back() {
    let bytes = required_dependencies();
    assert_eq!(
        &bytes[..16],
        [2, 0, 2, 0, 8, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0x80]
    );
    for mode in [Mode::Strict, Mode::Lenient] {
        let parsed = ValueList::parse_with(&bytes, mode).unwrap();
        assert_eq!(parsed.len(), 3);
        let values: Vec<_> = parsed.values().collect();
        match values[0].decoded() {
            Decoded::ResourceClass(info) => {
                assert_eq!(info.class, ResourceClass::STORAGE);
                assert_eq!(
                    info.subclass_names().collect::<Vec<_>>(),
                    ["CLUS_RESSUBCLASS_STORAGE_SHARED_BUS"]
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(values[1].syntax(), Syntax::NAME);
        assert_eq!(values[1].as_str().unwrap(), "IP Address");
        assert_eq!(values[2].as_str().unwrap(), "Network Name");
        assert!(parsed.is_canonical());
    }
    let built = ValueListBuilder::new()
        .resource_class(ResourceClass::STORAGE, ResourceSubclass::STORAGE_SHARED_BUS)
        .name("IP Address")
        .value(Syntax::NAME, &utf16z("Network Name"))
        .finish()
        .unwrap();
    assert_eq!(built, bytes);
    let json = serde_json::to_string(&ValueList::parse(&bytes).unwrap()).unwrap();
    assert_eq!(
        json,
        r#"{"values":[{"syntax":"0x00020002","value":{"class":1,"class_name":"CLUS_RESCLASS_STORAGE","subclass":2147483648,"subclass_names":["CLUS_RESSUBCLASS_STORAGE_SHARED_BUS"]}},{"syntax":"0x00040003","value":"IP Address"},{"syntax":"0x00040003","value":"Network Name"}]}"#
    );
    let back: OwnedValueList = serde_json::from_str(&json).unwrap();
    assert_eq!(back.to_bytes().unwrap(), bytes);
    // The value before the syntax, and names by their clusapi.h names.
    let reordered = r#"{"values":[{"value":{"subclass":2147483648,"class":1},"syntax":"CLUSPROP_SYNTAX_RESCLASS"},{"syntax":"0x00040003","value":"IP Address"},{"syntax":"0x00040003","value":"Network Name"}]}"#;
    let back: OwnedValueList = serde_json::from_str(reordered).unwrap();
    assert_eq!(back.to_bytes().unwrap(), bytes);
}

#[test]
fn disk_info_both_modes_json_and_back() {
    let bytes = disk_info();
    for mode in [Mode::Strict, Mode::Lenient] {
        let parsed = ValueList::parse_with(&bytes, mode).unwrap();
        let kinds: Vec<_> = parsed
            .values()
            .map(|v| match v.decoded() {
                Decoded::DiskSignature(_) => "signature",
                Decoded::ScsiAddress(_) => "scsi",
                Decoded::DiskNumber(_) => "number",
                Decoded::DiskSize(_) => "size",
                Decoded::PartitionInfo(_) => "partition",
                Decoded::PartitionInfoEx(_) => "partition_ex",
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "signature",
                "scsi",
                "number",
                "size",
                "partition",
                "partition_ex"
            ]
        );
    }
    let json = serde_json::to_value(ValueList::parse(&bytes).unwrap()).unwrap();
    let values = json["values"].as_array().unwrap();
    assert_eq!(values[0]["value"], 0x1234_5678);
    assert_eq!(
        values[1]["value"],
        serde_json::json!({"port": 1, "path_id": 0, "target_id": 2, "lun": 3})
    );
    assert_eq!(values[3]["value"], 1u64 << 41);
    let pi = &values[4]["value"];
    assert_eq!(pi["flags"], 0x15);
    assert_eq!(
        pi["flag_names"],
        serde_json::json!([
            "CLUSPROP_PIFLAG_STICKY",
            "CLUSPROP_PIFLAG_USABLE",
            "CLUSPROP_PIFLAG_USABLE_FOR_CSV"
        ])
    );
    assert_eq!(pi["volume_label"], "Cluster Disk");
    assert_eq!(pi["file_system"], "NTFS");
    assert!(values[4].get("raw").is_none());
    let pix = &values[5]["value"];
    assert_eq!(pix["volume_guid"], GUID_TEXT);
    assert_eq!(pix["total_size"], 2u64 << 40);
    let back: OwnedValueList = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back.to_bytes().unwrap(), bytes);

    // PARTITION_INFO_EX2 and FTSET_INFO too.
    let more = list(&[
        (Syntax::PARTITION_INFO_EX2, partition_info_ex2_bytes()),
        (Syntax::FTSET_INFO, [le32(0xCAFE), le32(2)].concat()),
        (Syntax::DISK_GUID, utf16z(GUID_TEXT)),
    ]);
    let json = serde_json::to_value(ValueList::parse(&more).unwrap()).unwrap();
    assert_eq!(
        json["values"][0]["value"],
        serde_json::json!({"gpt_partition_id": GUID_TEXT, "partition_name": "Basic data partition", "encryption_flags": 1})
    );
    assert_eq!(
        json["values"][1]["value"],
        serde_json::json!({"root_signature": 0xCAFE, "ft_type": 2})
    );
    assert_eq!(json["values"][2]["value"], GUID_TEXT);
    let back: OwnedValueList = serde_json::from_value(json).unwrap();
    assert_eq!(back.to_bytes().unwrap(), more);
}

#[test]
fn bytes_after_a_wchar_nul_go_to_raw() {
    let mut data = partition_info_bytes();
    // Garbage after the NUL of the volume label.
    data[524 + 40] = 0x41;
    let bytes = list(&[(Syntax::PARTITION_INFO, data.clone())]);
    let parsed = ValueList::parse(&bytes).unwrap();
    assert!(!parsed.is_canonical());
    let json = serde_json::to_value(parsed).unwrap();
    let value = &json["values"][0];
    assert_eq!(value["value"]["volume_label"], "Cluster Disk");
    assert_eq!(
        value["raw"].as_str().unwrap(),
        data.iter().map(|b| format!("{b:02x}")).collect::<String>()
    );
    let back: OwnedValueList = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back.to_bytes().unwrap(), bytes);
    // An edited value with the old raw is refused.
    let mut edited = json;
    edited["values"][0]["value"]["volume_label"] = "Other".into();
    assert!(serde_json::from_value::<OwnedValueList>(edited).is_err());
}

#[test]
fn property_lists_still_reject_name_among_values() {
    // Role = 1, then a NAME where the end mark belongs: a missing end mark, in both modes.
    let mut bytes = le32(1).to_vec();
    bytes.extend(entry(Syntax::NAME, &utf16z("Role")));
    bytes.extend(entry(Syntax::LIST_VALUE_DWORD, &le32(1)));
    bytes.extend(entry(Syntax::NAME, &utf16z("x")));
    bytes.extend_from_slice(&[0; 4]);
    let expected = ParseError::MissingEndMark {
        offset: 36,
        found: Syntax::NAME,
    };
    assert_eq!(PropertyList::parse(&bytes).unwrap_err(), expected);
    assert_eq!(PropertyList::parse_lenient(&bytes).unwrap_err(), expected);
    // The property-list builder still refuses NAME as a value.
    assert!(clusprop::PropertyListBuilder::new()
        .property("Role")
        .value(Syntax::NAME, &utf16z("x"))
        .finish()
        .is_err());
    // A typed structure of the wrong size in a lenient property list: read by its format's
    // rules, as before (BINARY: any size), decoded as bytes.
    let mut bytes = le32(1).to_vec();
    bytes.extend(entry(Syntax::NAME, &utf16z("P")));
    bytes.extend(entry(Syntax::PARTITION_INFO, &[1, 2, 3]));
    bytes.extend_from_slice(&[0; 4]);
    let parsed = PropertyList::parse_lenient(&bytes).unwrap();
    let value = parsed.get("P").unwrap().value().unwrap();
    assert!(matches!(value.decoded(), Decoded::Binary(b) if b == [1, 2, 3]));
}

#[test]
fn typed_syntaxes_in_a_lenient_property_list_decode_to_their_structure() {
    // A strict parse refuses a typed syntax among a property's values; a lenient one keeps it,
    // and it decodes as it does in a value list and on its own (the JSON of the view and of the
    // owned copy agree: the fuzz target parse_property_list checks it).
    let mut bytes = le32(1).to_vec();
    bytes.extend(entry(Syntax::NAME, &utf16z("Address")));
    bytes.extend(entry(Syntax::SCSI_ADDRESS, &[1, 0, 2, 3]));
    bytes.extend_from_slice(&[0; 4]);
    bytes.extend_from_slice(&[0; 4]);
    assert_eq!(
        PropertyList::parse(&bytes).unwrap_err(),
        ParseError::UnexpectedValueType {
            offset: 28,
            syntax: Syntax::SCSI_ADDRESS,
        }
    );
    let plist = PropertyList::parse_lenient(&bytes).unwrap();
    let value = plist.properties().next().unwrap().values().next().unwrap();
    assert!(matches!(value.decoded(), Decoded::ScsiAddress(a) if a.target_id == 2));
    let mut visited = Vec::new();
    struct Collect<'v>(&'v mut Vec<bool>);
    impl<'a> clusprop::Visit<'a> for Collect<'_> {
        fn visit_value(&mut self, value: &clusprop::Value<'a>) {
            self.0
                .push(matches!(value.decoded(), Decoded::ScsiAddress(_)));
        }
    }
    PropertyList::visit(&bytes, Mode::Lenient, &mut Collect(&mut visited)).unwrap();
    assert_eq!(visited, [true]);
    let json = serde_json::to_value(plist).unwrap();
    assert_eq!(json, serde_json::to_value(plist.into_owned()).unwrap());
    let back: clusprop::OwnedPropertyList = serde_json::from_value(json).unwrap();
    assert_eq!(back, plist.into_owned());
    // The encoders write only what the strict parser accepts: not a SCSI_ADDRESS value in a
    // property list.
    assert_eq!(
        back.to_bytes(),
        Err(clusprop::BuildError::InvalidValue {
            property: Some(0),
            name: Some("Address".into()),
            value: 0,
            syntax: Syntax::SCSI_ADDRESS,
            rule: ParseError::UnexpectedValueType {
                offset: 0,
                syntax: Syntax::SCSI_ADDRESS,
            },
        })
    );
    // The same entry in a value list, and on its own, is the structure.
    let in_value_list = list(&[(Syntax::SCSI_ADDRESS, vec![1, 0, 2, 3])]);
    let parsed = ValueList::parse(&in_value_list).unwrap();
    let value = parsed.values().next().unwrap();
    assert!(matches!(value.decoded(), Decoded::ScsiAddress(a) if a.lun == 3));
    let alone = clusprop::Value::new(Syntax::SCSI_ADDRESS, &[1, 0, 2, 3]);
    assert!(matches!(alone.decoded(), Decoded::ScsiAddress(a) if a.port == 1));
}
