//! The real captured buffers (tests/data, see tests/data/SOURCES.md) decode to the values their
//! sources assert, to the expected canonical JSON, and rebuild to the same bytes.

mod common;

use clusprop::{Decoded, FileTime, PropertyList, Syntax};
use common::{data, CAPTURES};

fn dword(list: &PropertyList<'_>, name: &str) -> u32 {
    list.get(name)
        .unwrap_or_else(|| panic!("{name}"))
        .value()
        .unwrap()
        .as_u32()
        .unwrap()
}

fn string(list: &PropertyList<'_>, name: &str) -> String {
    list.get(name)
        .unwrap_or_else(|| panic!("{name}"))
        .value()
        .unwrap()
        .as_str()
        .unwrap()
        .try_to_string()
        .unwrap()
}

#[test]
fn every_capture_parses_strictly_with_its_count_and_trailing_end_mark() {
    for &(file, count) in CAPTURES {
        let bytes = data(file);
        let list = PropertyList::parse(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(list.len(), count, "{file}");
        assert_eq!(list.properties().count(), count, "{file}");
        assert!(list.has_trailing_end_mark(), "{file}");
        assert!(list.trailing_bytes().is_empty());
        for property in list.properties() {
            assert_eq!(
                property.value_count(),
                1,
                "{file}: every capture has one value per property"
            );
            assert!(property.name().is_valid());
            for value in property.values() {
                assert_eq!(value.syntax().ty(), clusprop::Type::LIST_VALUE);
            }
        }
        // Without the trailing end mark the list is still valid (Microsoft's layout).
        let plain = PropertyList::parse(&bytes[..bytes.len() - 4]).unwrap();
        assert!(!plain.has_trailing_end_mark());
        assert_eq!(plain.len(), count);
    }
}

#[test]
fn captures_decode_to_the_expected_json() {
    for &(file, _) in CAPTURES {
        let bytes = data(file);
        let list = PropertyList::parse(&bytes).unwrap();
        let got = serde_json::to_value(list).unwrap();
        let expected_file = format!("expected/{}", file.replace(".bin", ".json"));
        let expected: serde_json::Value = serde_json::from_slice(&data(&expected_file)).unwrap();
        assert_eq!(got, expected, "{file}");
    }
}

#[test]
fn captures_rebuild_byte_for_byte() {
    for &(file, _) in CAPTURES {
        let bytes = data(file);
        let owned = PropertyList::parse(&bytes).unwrap().into_owned();
        assert_eq!(owned.to_bytes().unwrap(), bytes, "{file}");
        assert_eq!(owned.encoded_len().unwrap(), bytes.len());
        let mut buf = vec![0u8; bytes.len()];
        assert_eq!(owned.write_to(&mut buf).unwrap(), bytes.len());
        assert_eq!(buf, bytes);
    }
}

#[test]
fn samba_cluster_ro_common() {
    // Samba's clusapi_PROPERTY_LIST_check asserts these names, sizes and values.
    let bytes = data("samba-cluster-ro-common-6.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    let names: Vec<String> = list.properties().map(|p| p.name().to_string()).collect();
    assert_eq!(
        names,
        [
            "FixQuorum",
            "PreventQuorum",
            "IgnorePersistentStateOnStartup",
            "SharedVolumesRoot",
            "WitnessDynamicWeight",
            "AdminAccessPoint"
        ]
    );
    let sizes: Vec<usize> = list.properties().map(|p| p.name_bytes().len()).collect();
    assert_eq!(sizes, [0x14, 0x1c, 0x3e, 0x24, 0x2a, 0x22]);
    assert_eq!(dword(&list, "FixQuorum"), 0);
    assert_eq!(dword(&list, "PreventQuorum"), 0);
    assert_eq!(dword(&list, "IgnorePersistentStateOnStartup"), 0);
    assert_eq!(string(&list, "SharedVolumesRoot"), "C:\\ClusterStorage");
    assert_eq!(
        list.get("SharedVolumesRoot")
            .unwrap()
            .value()
            .unwrap()
            .len(),
        0x24
    );
    assert_eq!(dword(&list, "WitnessDynamicWeight"), 1);
    assert_eq!(dword(&list, "AdminAccessPoint"), 1);
    // Spec 14.1: the 2 pad bytes after IgnorePersistentStateOnStartup's name are at 0xA8.
    let ignore = list.get("IgnorePersistentStateOnStartup").unwrap();
    assert_eq!(ignore.offset(), 0x64);
    assert_eq!(ignore.value().unwrap().offset(), 0xAC);
    assert_eq!(bytes.len() - 4, 408, "trailing end mark at offset 408");
}

#[test]
fn samba_node_ro_common() {
    let bytes = data("samba-node-ro-common-12.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    assert_eq!(string(&list, "NodeName"), "node1");
    assert_eq!(list.get("NodeName").unwrap().name_bytes().len(), 18);
    assert_eq!(list.get("NodeName").unwrap().value().unwrap().len(), 12);
    assert_eq!(dword(&list, "NodeHighestVersion"), 0x0008_2580);
    assert_eq!(dword(&list, "NodeLowestVersion"), 0x0008_2580);
    assert_eq!(dword(&list, "MajorVersion"), 6);
    assert_eq!(dword(&list, "MinorVersion"), 3);
    assert_eq!(dword(&list, "BuildNumber"), 9600);
    assert_eq!(string(&list, "CSDVersion"), "");
    let csd = list.get("CSDVersion").unwrap().value().unwrap();
    assert_eq!((csd.len(), csd.padding().len()), (2, 2));
    assert_eq!(
        string(&list, "NodeInstanceID"),
        "00000000-0000-0000-0000-000000000002"
    );
    let id = list.get("NodeInstanceID").unwrap().value().unwrap();
    assert_eq!((id.len(), id.padding().len()), (74, 2));
    assert_eq!(dword(&list, "NodeDrainStatus"), 0);
    assert_eq!(dword(&list, "NodeDrainTarget"), 0xFFFF_FFFF);
    assert_eq!(dword(&list, "DynamicWeight"), 1);
    assert_eq!(dword(&list, "NeedsPreventQuorum"), 0);
}

#[test]
fn wexp_cluster_common() {
    let bytes = data("wexp-cluster-common-74.bin");
    assert!(bytes.len() > 4096, "larger than the 4 KiB first buffer");
    let list = PropertyList::parse(&bytes).unwrap();
    let mut formats = std::collections::BTreeMap::new();
    for p in list.properties() {
        *formats.entry(p.value().unwrap().syntax()).or_insert(0) += 1;
    }
    assert_eq!(formats[&Syntax::LIST_VALUE_DWORD], 64);
    assert_eq!(formats[&Syntax::LIST_VALUE_BINARY], 2);
    assert_eq!(formats[&Syntax::LIST_VALUE_SZ], 2);
    assert_eq!(formats[&Syntax::LIST_VALUE_MULTI_SZ], 3);
    assert_eq!(formats[&Syntax::LIST_VALUE_ULARGE_INTEGER], 2);
    assert_eq!(formats[&Syntax::LIST_VALUE_FILETIME], 1);

    // Security descriptors sent as BINARY.
    let sd = list.get("Security Descriptor").unwrap().value().unwrap();
    assert_eq!(sd.syntax(), Syntax::LIST_VALUE_BINARY);
    assert_eq!(sd.len(), 396);
    assert_eq!(
        &sd.bytes()[2..4],
        &0x8014u16.to_le_bytes(),
        "SD control word"
    );
    assert_eq!(
        list.get("SharedVolumeSecurityDescriptor")
            .unwrap()
            .value()
            .unwrap()
            .len(),
        280
    );

    // Empty MULTI_SZ with cbLength 2: valid, empty, not canonical.
    for name in [
        "SharedVolumeCompatibleFilters",
        "SharedVolumeIncompatibleFilters",
    ] {
        let v = list.get(name).unwrap().value().unwrap();
        assert_eq!(v.len(), 2);
        assert!(v.as_multi_sz().unwrap().is_empty());
        assert!(!v.is_canonical());
    }
    // MULTI_SZ with three trailing NULs: 4 strings, 354 bytes, not canonical.
    let logs = list.get("EnabledEventLogs").unwrap().value().unwrap();
    assert_eq!(logs.len(), 354);
    assert_eq!(logs.as_multi_sz().unwrap().len(), 4);
    assert!(!logs.is_canonical());
    assert!(
        !list.is_canonical(),
        "the list carries Windows' MULTI_SZ quirks"
    );

    // 8-byte values at offsets 4 mod 8.
    let reset = list.get("RecentEventsResetTime").unwrap().value().unwrap();
    assert_eq!(reset.offset() + 8, 3452);
    assert_eq!(reset.as_filetime(), Some(FileTime(134_361_186_894_390_000)));
    #[cfg(feature = "std")]
    {
        let when = reset.as_filetime().unwrap().to_system_time().unwrap();
        let unix_ms = when
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis();
        assert_eq!(unix_ms, 1_791_645_089_439, "2026-10-10T15:11:29.439Z");
    }
    let dump = list.get("DumpPolicy").unwrap().value().unwrap();
    assert_eq!(dump.offset() + 8, 3876);
    assert_eq!(dump.as_u64(), Some(0x5201_1119));
    assert_eq!(
        list.get("S2DCacheBehavior")
            .unwrap()
            .value()
            .unwrap()
            .as_u64(),
        Some(88)
    );

    assert_eq!(string(&list, "Description"), "");
    assert_eq!(string(&list, "PreferredSite"), "");
    let padded_names = list
        .properties()
        .filter(|p| p.name_bytes().len() % 4 != 0)
        .count();
    assert_eq!(padded_names, 33);
    assert_eq!(bytes.len() - 4, 6020);
    // windows_exporter asserts 64 properties whose first value is a 32-bit DWORD or LONG.
    let words = list
        .properties()
        .filter(|p| p.value().unwrap().format().fixed_len() == Some(4))
        .count();
    assert_eq!(words, 64);
}

#[test]
fn wexp_resource_common_generic_service() {
    let bytes = data("wexp-resource-common-generic-service-15.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    assert_eq!(dword(&list, "DeadlockTimeout"), 300_000);
    assert_eq!(dword(&list, "IsAlivePollInterval"), 0xFFFF_FFFF);
    assert_eq!(dword(&list, "LooksAlivePollInterval"), 0xFFFF_FFFF);
    assert_eq!(dword(&list, "PendingTimeout"), 180_000);
    assert_eq!(dword(&list, "RestartThreshold"), 1);
    assert_eq!(string(&list, "Type"), "Generic Service");
    assert_eq!(list.get("Type").unwrap().value().unwrap().len(), 32);
    assert_eq!(string(&list, "Description"), "");
    assert_eq!(string(&list, "ResourceSpecificStatus"), "");
    let order: Vec<String> = list.properties().map(|p| p.name().to_string()).collect();
    let pos = |n: &str| order.iter().position(|x| x == n).unwrap();
    assert!(
        pos("EmbeddedFailureAction") > pos("RestartThreshold"),
        "server order, not alphabetical"
    );
    assert_eq!(order.last().unwrap(), "ResourceSpecificStatus");
    assert!(list.is_canonical());
}

#[test]
fn wexp_resource_ro_common_generic_service() {
    let bytes = data("wexp-resource-ro-common-generic-service-6.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    assert_eq!(string(&list, "Name"), "CI Generic Service");
    assert_eq!(list.get("Name").unwrap().value().unwrap().len(), 38);
    assert_eq!(dword(&list, "MonitorProcessId"), 9092);
    for name in [
        "StatusInformation",
        "LastOperationStatusCode",
        "ResourceSpecificData1",
        "ResourceSpecificData2",
    ] {
        assert_eq!(
            list.get(name).unwrap().value().unwrap().as_u64(),
            Some(0),
            "{name}"
        );
    }
    assert_eq!(
        list.get("StatusInformation")
            .unwrap()
            .value()
            .unwrap()
            .offset()
            + 8,
        188
    );
}

#[test]
fn wexp_resource_ro_private_ip_address() {
    let bytes = data("wexp-resource-ro-private-ip-address-5.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    for (name, at) in [("LeaseObtainedTime", 56), ("LeaseExpiresTime", 120)] {
        let v = list.get(name).unwrap().value().unwrap();
        assert_eq!(v.as_filetime(), Some(FileTime(0)));
        assert_eq!(v.offset() + 8, at);
    }
    assert_eq!(string(&list, "DhcpServer"), "255.255.255.255");
    assert_eq!(list.get("DhcpServer").unwrap().value().unwrap().len(), 32);
    assert_eq!(string(&list, "DhcpAddress"), "0.0.0.0");
    assert_eq!(string(&list, "DhcpSubnetMask"), "255.0.0.0");
    assert_eq!(
        list.get("DhcpSubnetMask").unwrap().value().unwrap().len(),
        20,
        "cbLength never counts padding"
    );
    match list.get("dhcpserver").unwrap().value().unwrap().decoded() {
        Decoded::Sz(s) => assert_eq!(s, "255.255.255.255"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn samba_samples_decode_as_the_oracle_says() {
    // Values from the independent encoder's expectations (tools/samba-oracle/gen_samples.py).
    let bytes = data("samples/network_common.listend.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    assert_eq!(string(&list, "Name"), "Cluster Network 1");
    assert_eq!(dword(&list, "Role"), 3);
    assert_eq!(dword(&list, "Metric"), 39840);
    assert_eq!(dword(&list, "AutoMetric"), 1);
    assert_eq!(string(&list, "Description"), "");
    // Several values per property: EXPAND_SZ then EXPANDED_SZ.
    for file in [
        "samples/multi_value.bin",
        "samples/multi_value_last.listend.bin",
    ] {
        let bytes = data(file);
        let list = PropertyList::parse(&bytes).unwrap();
        let multi = list.properties().find(|p| p.value_count() == 2).unwrap();
        let syntaxes: Vec<Syntax> = multi.values().map(|v| v.syntax()).collect();
        assert_eq!(
            syntaxes,
            [Syntax::LIST_VALUE_EXPAND_SZ, Syntax::LIST_VALUE_EXPANDED_SZ],
            "{file}"
        );
    }
}
