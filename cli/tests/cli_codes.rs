//! `clusprop control` and `clusprop decode --control` for the codes of every object kind.

mod common;

use common::{cli_json as json, utf16z, Raw, DWORD, SZ};
use std::process::Output;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    common::run_cli(args, Some(stdin))
}

fn decode(code: &str, bytes: &[u8]) -> serde_json::Value {
    json(&run(
        &["decode", "--compact", "--control", code, "-"],
        bytes,
    ))
}

#[test]
fn control_for_a_resource_code_by_name_and_by_number() {
    let expected = serde_json::json!({
        "code": "0x0100000d", "name": "CLUSCTL_RESOURCE_GET_CLASS_INFO", "object": "resource",
        "function": 3, "access": "read", "modify": false, "internal": false, "user": false,
        "global": false, "clctl": "CLCTL_GET_CLASS_INFO", "input": "nothing",
        "output": "class_info"
    });
    for code in [
        "CLUSCTL_RESOURCE_GET_CLASS_INFO",
        "resource_get_class_info",
        "0x0100000D",
        "16777229",
    ] {
        assert_eq!(
            json(&run(&["control", "--json", code], b"")),
            expected,
            "{code}"
        );
    }
    let out = run(
        &[
            "control",
            "CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS",
        ],
        b"",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("0x02000195") && text.contains("output    value lists"),
        "{text}"
    );
    let v = json(&run(
        &["control", "--json", "CLUSCTL_CLUSTER_GET_CLUSDB_TIMESTAMP"],
        b"",
    ));
    assert_eq!(
        (v["input"].as_str(), v["output"].as_str()),
        (Some("undocumented"), Some("undocumented"))
    );
}

#[test]
fn decode_one_code_of_every_object_kind() {
    // Cluster: GET_FQDN, a string.
    assert_eq!(
        decode("CLUSCTL_CLUSTER_GET_FQDN", &utf16z("clu1.contoso.com")),
        serde_json::json!({"string": "clu1.contoso.com"})
    );
    // Node: GET_ID, a string (the node ID).
    assert_eq!(
        decode("CLUSCTL_NODE_GET_ID", &utf16z("1")),
        serde_json::json!({"string": "1"})
    );
    // Group: GET_FLAGS, a DWORD.
    assert_eq!(
        decode("0x03000009", &[1, 0, 0, 0]),
        serde_json::json!({"dword": 1, "names": ["CLUS_FLAG_CORE"]})
    );
    // Resource: GET_CLASS_INFO, CLUS_RESOURCE_CLASS_INFO (storage, shared bus | disk).
    assert_eq!(
        decode(
            "CLUSCTL_RESOURCE_GET_CLASS_INFO",
            &[1, 0, 0, 0, 0, 0, 0, 0xC0]
        ),
        serde_json::json!({
            "class": 1,
            "class_name": "CLUS_RESCLASS_STORAGE",
            "subclass": 0xC000_0000u32,
            "subclass_names": ["CLUS_RESSUBCLASS_STORAGE_SHARED_BUS", "CLUS_RESSUBCLASS_STORAGE_DISK"]
        })
    );
    // Resource: STORAGE_GET_DISK_INFO, a value list: DISK_SIGNATURE, SCSI_ADDRESS, DISK_NUMBER.
    let disk = Raw::new()
        .entry(0x0005_0002, &0x1234_5678u32.to_le_bytes())
        .entry(0x0006_0002, &[1, 0, 2, 0])
        .entry(0x0007_0002, &3u32.to_le_bytes())
        .end()
        .build();
    let v = decode("CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO", &disk);
    assert_eq!(v["values"].as_array().map(Vec::len), Some(3), "{v}");
    // Resource type: GET_ARB_TIMEOUT, a DWORD (seconds).
    assert_eq!(
        decode(
            "CLUSCTL_RESOURCE_TYPE_GET_ARB_TIMEOUT",
            &60u32.to_le_bytes()
        ),
        serde_json::json!({"dword": 60})
    );
    // Network: GET_ID, a GUID string.
    let id = "6B29FC40-CA47-1067-B31D-00DD010662DA";
    assert_eq!(
        decode("CLUSCTL_NETWORK_GET_ID", &utf16z(id)),
        serde_json::json!({"string": id})
    );
    // Network interface: GET_NODE, the node's name.
    assert_eq!(
        decode("netinterface_get_node", &utf16z("NODE1")),
        serde_json::json!({"string": "NODE1"})
    );
    // Group set: GET_COMMON_PROPERTIES, a property list.
    let props = Raw::new()
        .u32(2)
        .name("Name")
        .entry(SZ, &utf16z("Set1"))
        .end()
        .name("StartupCount")
        .entry(DWORD, &4u32.to_le_bytes())
        .end()
        .build();
    let v = decode("CLUSCTL_GROUPSET_GET_COMMON_PROPERTIES", &props);
    assert!(
        v.to_string().contains("Set1") && v.to_string().contains("StartupCount"),
        "{v}"
    );
    // Affinity rule: GET_GROUPNAMES is undocumented: the bytes in hex.
    assert_eq!(
        decode(
            "CLUSCTL_AFFINITYRULE_GET_GROUPNAMES",
            &[0x47, 0, 0, 0, 0, 0]
        ),
        serde_json::json!({"bytes": "470000000000"})
    );
}

#[test]
fn decode_rejects_a_class_info_of_the_wrong_size() {
    let out = run(
        &[
            "decode",
            "--control",
            "CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO",
            "-",
        ],
        &[0; 4],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("returns 8 bytes") && err.contains("holds 4"),
        "{err}"
    );
}

#[test]
fn decode_and_control_for_newly_typed_codes() {
    // GET_STATE_CHANGE_TIME: a FILETIME (MS-CMRP 3.1.4.3.1.60).
    assert_eq!(
        decode(
            "CLUSCTL_RESOURCE_GET_STATE_CHANGE_TIME",
            &0x01D9_0000_0000_0001u64.to_le_bytes()
        ),
        // Beyond 2^53: a decimal string, with its UTC text.
        serde_json::json!({"filetime": "133137663984140289", "utc": "2022-11-24T12:26:38.4140289Z"})
    );
    let out = run(
        &[
            "decode",
            "--control",
            "CLUSCTL_RESOURCE_GET_STATE_CHANGE_TIME",
            "-",
        ],
        &[1, 2, 3, 4],
    );
    assert!(!out.status.success());
    // CHECK_VOTER_EVICT: a CLUSTER_QUORUM_VALUE DWORD (MS-CMRP 3.1.4.3.7.3).
    assert_eq!(
        decode("CLUSCTL_CLUSTER_CHECK_VOTER_EVICT", &[1, 0, 0, 0]),
        serde_json::json!({"dword": 1})
    );
    let v = json(&run(
        &["control", "--json", "CLUSCTL_CLUSTER_GET_SHARED_VOLUME_ID"],
        b"",
    ));
    assert_eq!(
        (v["input"].as_str(), v["output"].as_str()),
        (Some("string"), Some("string"))
    );
    let v = json(&run(
        &[
            "control",
            "--json",
            "CLUSCTL_RESOURCE_GET_STATE_CHANGE_TIME",
        ],
        b"",
    ));
    assert_eq!(
        (v["input"].as_str(), v["output"].as_str()),
        (Some("nothing"), Some("filetime"))
    );
}

#[test]
fn characteristics_and_flags_come_with_their_names() {
    assert_eq!(
        decode("CLUSCTL_RESOURCE_GET_CHARACTERISTICS", &[0x11, 0, 0, 0]),
        serde_json::json!({
            "dword": 0x11,
            "names": ["CLUS_CHAR_QUORUM", "CLUS_CHAR_REQUIRES_STATE_CHANGE_REASON"]
        })
    );
    // Unnamed bits are in the number only.
    assert_eq!(
        decode(
            "CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS",
            &[0, 0, 0, 0x80]
        ),
        serde_json::json!({"dword": 0x8000_0000u32, "names": []})
    );
    assert_eq!(
        decode("CLUSCTL_NODE_GET_FLAGS", &[1, 0, 0, 0]),
        serde_json::json!({"dword": 1, "names": ["CLUS_FLAG_CORE"]})
    );
}

#[test]
fn decode_a_maintenance_mode_of_either_size() {
    assert_eq!(
        decode("RESOURCE_QUERY_MAINTENANCE_MODE", &[1, 0, 0, 0]),
        serde_json::json!({ "maintenance_mode": { "in_maintenance": 1 } })
    );
    let mut ex = Vec::new();
    for field in [1u32, 1, 2, 0xABBA_F00F] {
        ex.extend_from_slice(&field.to_le_bytes());
    }
    assert_eq!(
        decode("0x010001e1", &ex),
        serde_json::json!({ "maintenance_mode": {
            "in_maintenance": 1,
            "mode_type": 1,
            "mode_type_name": "MaintenanceModeTypeDisableIsAliveCheck",
            "internal_state": 2,
            "signature": 0xABBA_F00Fu32,
        }})
    );
    let out = run(
        &[
            "decode",
            "--control",
            "RESOURCE_QUERY_MAINTENANCE_MODE",
            "-",
        ],
        &[0; 8],
    );
    assert_eq!(out.status.code(), Some(1));
    let control = run(&["control", "CLUSCTL_RESOURCE_QUERY_MAINTENANCE_MODE"], &[]);
    assert!(String::from_utf8_lossy(&control.stdout).contains("output    maintenance mode"));
}

/// Every output shape of `decode --control` is written straight to standard output; the shapes
/// themselves: value lists one per disk, a bare string list, the bytes of an undocumented code.
#[test]
fn decode_control_writes_every_shape() {
    // STORAGE_GET_AVAILABLE_DISKS: two value lists, a DWORD then the end mark, and the end mark
    // alone.
    let mut disks = Vec::new();
    disks.extend_from_slice(&0x0001_0002u32.to_le_bytes());
    disks.extend_from_slice(&4u32.to_le_bytes());
    disks.extend_from_slice(&7u32.to_le_bytes());
    disks.extend_from_slice(&[0; 4]);
    disks.extend_from_slice(&[0; 4]);
    assert_eq!(
        decode("RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS", &disks),
        serde_json::json!({ "value_lists": [
            { "values": [ { "syntax": "0x00010002", "value": 7 } ] },
            { "values": [] },
        ]})
    );
    let mut names = utf16z("Role");
    names.extend(utf16z("Metric"));
    names.extend_from_slice(&[0, 0]);
    assert_eq!(
        decode("NETWORK_ENUM_COMMON_PROPERTIES", &names),
        serde_json::json!({ "strings": ["Role", "Metric"] })
    );
    assert_eq!(
        decode("CLUSTER_GET_CLUSDB_TIMESTAMP", &[0x00, 0x0f, 0xa5, 0xff]),
        serde_json::json!({ "bytes": "000fa5ff" })
    );
}
