//! SET_COMMON_PROPERTIES payloads from arbitrary typed updates (networks and interfaces): a
//! payload the schema accepts must parse strictly, read back into the same update, and validate
//! against the schema again.
#![no_main]

use arbitrary::Arbitrary;
use clusprop::objects::netinterface::{NetInterfaceCommonProperties, NetInterfaceUpdate};
use clusprop::objects::network::{NetworkCommonProperties, NetworkRole, NetworkUpdate};
use clusprop::PropertyList;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    description: Option<String>,
    role: Option<u32>,
    metric: Option<u32>,
    auto_metric: Option<bool>,
    interface_description: Option<String>,
}

fuzz_target!(|input: Input| {
    let update = NetworkUpdate {
        description: input.description.clone(),
        role: input.role.map(NetworkRole),
        metric: input.metric,
        auto_metric: input.auto_metric,
    };
    if let Ok(bytes) = update.to_bytes() {
        let list = PropertyList::parse(&bytes)
            .unwrap_or_else(|e| panic!("a payload the parser rejects: {e}\n{update:?}"));
        let back = NetworkCommonProperties::from_list(&list).expect("a payload reads back");
        assert_eq!(back.description, update.description);
        assert_eq!(back.role, update.role);
        assert_eq!(back.metric, update.metric);
        assert_eq!(back.auto_metric, update.auto_metric);
    }
    let update = NetInterfaceUpdate {
        description: input.interface_description,
    };
    if let Ok(bytes) = update.to_bytes() {
        let list = PropertyList::parse(&bytes)
            .unwrap_or_else(|e| panic!("a payload the parser rejects: {e}\n{update:?}"));
        let back = NetInterfaceCommonProperties::from_list(&list).expect("a payload reads back");
        assert_eq!(back.description, update.description);
    }
});
