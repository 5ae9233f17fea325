//! The typed-network subcommands of the CLI: `control`, `decode --control` and `show`.

mod common;

use common::cli_json as json;

use std::process::Output;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    common::run_cli(args, Some(stdin))
}

fn failure(out: &Output) -> String {
    common::failure_line(1, "", out)
}

#[test]
fn control_json_by_name_and_number() {
    let expected = serde_json::json!({
        "code": "0x0540005e", "name": "CLUSCTL_NETWORK_SET_COMMON_PROPERTIES", "object": "network",
        "function": 23, "access": "write", "modify": true, "internal": false, "user": false,
        "global": false, "clctl": "CLCTL_SET_COMMON_PROPERTIES", "input": "property_list",
        "output": "nothing"
    });
    for code in [
        "CLUSCTL_NETWORK_SET_COMMON_PROPERTIES",
        "0x0540005E",
        "88080478",
        "network_set_common_properties",
    ] {
        assert_eq!(
            json(&run(&["control", "--json", code], b"")),
            expected,
            "{code}"
        );
    }
}

#[test]
fn control_json_for_codes_without_a_name() {
    let v = json(&run(&["control", "--json", "0x00500006"], b""));
    assert_eq!(v["name"], serde_json::Value::Null);
    assert_eq!(v["object"], "invalid");
    assert_eq!(
        (v["function"].as_u64(), v["access"].as_str()),
        (Some(1), Some("write"))
    );
    assert_eq!(
        (v["internal"].as_bool(), v["modify"].as_bool()),
        (Some(true), Some(true))
    );
    let v = json(&run(&["control", "--json", "0x42A00001"], b""));
    assert_eq!(v["object"], 0x42, "an unnamed object is its number");
    assert_eq!(
        (v["user"].as_bool(), v["global"].as_bool()),
        (Some(true), Some(true))
    );
    assert_eq!(v["access"], "read");
    let objects = [
        (1, "resource"),
        (2, "resource_type"),
        (3, "group"),
        (4, "node"),
        (5, "network"),
        (6, "netinterface"),
        (7, "cluster"),
        (8, "groupset"),
        (9, "affinityrule"),
        (0x80, "user"),
    ];
    for (n, name) in objects {
        let code = format!("{:#010x}", (n as u32) << 24 | 3);
        assert_eq!(
            json(&run(&["control", "--json", &code], b""))["object"],
            name
        );
        assert_eq!(
            json(&run(&["control", "--json", &code], b""))["access"],
            "read_write"
        );
    }
}

#[test]
fn control_text_and_errors() {
    let out = run(&["control", "CLUSCTL_NETINTERFACE_GET_NODE"], b"");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("CLUSCTL_NETINTERFACE_GET_NODE\n"),
        "{text}"
    );
    assert!(
        text.contains("0x06000031")
            && text.contains("netinterface")
            && text.contains("output    string")
    );
    let err = common::failure_line(2, "unknown code", &run(&["control", "CLUSCTL_NOPE"], b""));
    assert!(err.contains("unknown control code"), "{err}");
}

#[test]
fn decode_by_control_code() {
    let dword = run(
        &[
            "decode",
            "--control",
            "CLUSCTL_NETWORK_GET_CHARACTERISTICS",
            "-",
        ],
        &[0, 0, 0, 0],
    );
    assert_eq!(json(&dword), serde_json::json!({"dword": 0, "names": []}));
    let name = run(
        &[
            "decode",
            "--control",
            "CLUSCTL_NETINTERFACE_GET_NAME",
            "--hex",
        ],
        b"4e 00 49 00 43 00 00 00",
    );
    assert_eq!(json(&name), serde_json::json!({"string": "NIC"}));
    let names: Vec<u8> = "Description\0Role\0Metric\0AutoMetric\0\0"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let list = run(
        &[
            "decode",
            "--control",
            "CLUSCTL_NETWORK_ENUM_COMMON_PROPERTIES",
        ],
        &names,
    );
    assert_eq!(
        json(&list),
        serde_json::json!({"strings": ["Description", "Role", "Metric", "AutoMetric"]})
    );
    let none = run(
        &[
            "decode",
            "--control",
            "CLUSCTL_NETWORK_VALIDATE_COMMON_PROPERTIES",
        ],
        b"",
    );
    assert_eq!(json(&none), serde_json::json!({}));
    let props = run(
        &[
            "decode",
            "--control",
            "0x01000059",
            "tests/data/wexp-resource-common-generic-service-15.bin",
        ],
        b"",
    );
    let expected: serde_json::Value = serde_json::from_slice(&common::data(
        "expected/wexp-resource-common-generic-service-15.json",
    ))
    .unwrap();
    assert_eq!(json(&props), expected);
}

#[test]
fn decode_by_control_code_rejects_wrong_shapes() {
    let err = failure(&run(
        &[
            "decode",
            "--control",
            "CLUSCTL_NETWORK_SET_COMMON_PROPERTIES",
        ],
        &[0],
    ));
    assert!(
        err.contains("returns no output") && err.contains("at offset 0"),
        "{err}"
    );
    let err = failure(&run(
        &["decode", "--control", "CLUSCTL_NETWORK_GET_FLAGS"],
        &[0, 0],
    ));
    assert!(
        err.contains("returns 4 bytes") && err.contains("at offset 0"),
        "{err}"
    );
    let err = failure(&run(
        &["decode", "--control", "CLUSCTL_NETWORK_GET_NAME"],
        &[b'a', 0],
    ));
    assert!(err.contains("not NUL-terminated at offset 0"), "{err}");
    let err = failure(&run(
        &[
            "decode",
            "--control",
            "CLUSCTL_NETWORK_GET_COMMON_PROPERTIES",
        ],
        &[1, 0, 0, 0],
    ));
    assert!(
        err.contains("impossible property count 1 at offset 0"),
        "{err}"
    );
    let err = failure(&run(&["decode", "--control", "0x05200001"], b""));
    assert!(err.contains("unknown control"), "{err}");
}

#[test]
fn show_network_spells_out_role_and_state() {
    let out = run(
        &[
            "show",
            "network",
            "--state",
            "2",
            "tests/data/samples/network_common.listend.bin",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("Network \"Cluster Network 1\"\n"),
        "{text}"
    );
    for line in [
        "internal and client access (3)",
        "39840 (set automatically)",
        "10.0.0.0/24",
        "partitioned (2)",
    ] {
        assert!(text.contains(line), "{line:?} missing from\n{text}");
    }
}

#[test]
fn show_state_must_be_a_32_bit_signed_integer() {
    const LIST: &str = "tests/data/samples/network_common.listend.bin";
    // 4294967299 is 2^32 + 3: it used to wrap and print "up (3)".
    for bad in ["4294967299", "2147483648", "-2147483649", "up"] {
        let state = format!("--state={bad}");
        let out = run(&["show", "network", &state, LIST], b"");
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(out.stdout.is_empty(), "{bad}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with(&format!(
                "error: invalid value '{bad}' for '--state <STATE>': a state is a 32-bit signed \
                 integer as clusapi returns it, from -2147483648 to 2147483647 (-1 is unknown)\n"
            )),
            "{err}"
        );
    }
    for (args, state) in [
        (&["--state=-1"][..], "unknown (-1)"),
        (&["--state", "-1"][..], "unknown (-1)"),
        (&["--state=3"][..], "up (3)"),
        (
            &["--state=2147483647"][..],
            "unknown state 2147483647 (2147483647)",
        ),
        (
            &["--state=-2147483648"][..],
            "unknown state 2147483648 (-2147483648)",
        ),
    ] {
        let mut all = vec!["show", "network"];
        all.extend_from_slice(args);
        all.push(LIST);
        let out = run(&all, b"");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        let line = text.lines().find_map(|l| l.trim().strip_prefix("State:"));
        assert_eq!(line.map(str::trim), Some(state), "{args:?}\n{text}");
    }
    let out = run(&["show", "netinterface", "--state=4294967297", LIST], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn show_netinterface_merges_lists() {
    let rw = clusprop::objects::netinterface::NetInterfaceUpdate {
        description: Some("Heartbeat NIC".into()),
    }
    .to_bytes()
    .unwrap();
    let ro = clusprop::PropertyListBuilder::new()
        .property("Name")
        .sz("node1 - Ethernet")
        .property("Node")
        .sz("node1")
        .property("DhcpEnabled")
        .dword(0)
        .property("Address")
        .sz("10.0.0.11")
        .property("IPv4Addresses")
        .multi_sz(["10.0.0.11"])
        .trailing_end_mark(true)
        .finish()
        .unwrap();
    let dir = std::env::temp_dir().join(format!("clusprop-show-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("rw.bin"), dir.join("ro.bin"));
    std::fs::write(&a, rw).unwrap();
    std::fs::write(&b, ro).unwrap();
    let out = run(
        &[
            "show",
            "netinterface",
            "--state",
            "1",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        b"",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(out.status.success());
    for line in [
        "Network interface \"node1 - Ethernet\"",
        "Heartbeat NIC",
        "node1",
        "disabled",
        "10.0.0.11",
        "failed (1)",
    ] {
        assert!(text.contains(line), "{line:?} missing from\n{text}");
    }
    let err = failure(&run(
        &["show", "network", "tests/data/samples/count_high.bin"],
        b"",
    ));
    assert!(err.contains("at offset 156"), "{err}");
}
