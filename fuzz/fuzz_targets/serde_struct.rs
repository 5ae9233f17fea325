//! Bytes through the property-list serde format into the typed network structs (and a struct
//! with every supported type): never a panic; what reads back writes back to properties that read
//! back the same.
#![no_main]

use clusprop::objects::netinterface::{NetInterfaceCommonProperties, NetInterfaceUpdate};
use clusprop::objects::network::{NetworkCommonProperties, NetworkUpdate};
use clusprop::{
    from_property_list, to_property_list, ExpandSz, FileTime, Mode, PropertyList,
    SecurityDescriptor, Utf16Str,
};
use libfuzzer_sys::fuzz_target;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct Every {
    dword: Option<u32>,
    long: Option<i32>,
    word: Option<u16>,
    ularge: Option<u64>,
    large: Option<i64>,
    flag: Option<bool>,
    text: Option<String>,
    expand: Option<ExpandSz>,
    strings: Option<Vec<String>>,
    #[serde(default, with = "serde_bytes")]
    bytes: Option<Vec<u8>>,
    security: Option<SecurityDescriptor>,
    time: Option<FileTime>,
    nested: Option<Box<Every>>,
}

#[derive(Deserialize)]
struct Borrowed<'a> {
    #[serde(borrow, rename = "Text")]
    text: Option<Utf16Str<'a>>,
}

fuzz_target!(|data: &[u8]| {
    for mode in [Mode::Strict, Mode::Lenient] {
        let Ok(list) = PropertyList::parse_with(data, mode) else {
            continue;
        };
        if let Ok(n) = NetworkCommonProperties::from_list(&list) {
            let bytes = to_property_list(&n).expect("a read network writes back");
            let again = NetworkCommonProperties::from_list(
                &PropertyList::parse(&bytes).expect("canonical"),
            );
            let mut again = again.expect("what was read reads back");
            again.other = n.other.clone();
            assert_eq!(again, n);
        }
        let _ = NetInterfaceCommonProperties::from_list(&list);
        let _ = from_property_list::<NetworkUpdate>(&list).map(|u| u.to_bytes());
        let _ = from_property_list::<NetInterfaceUpdate>(&list).map(|u| u.to_bytes());
        let _ = from_property_list::<Borrowed<'_>>(&list).map(|b| b.text.map(|t| t.len()));
        if let Ok(every) = from_property_list::<Every>(&list) {
            if let Ok(bytes) = to_property_list(&every) {
                let back: Every =
                    from_property_list(&PropertyList::parse(&bytes).expect("canonical"))
                        .expect("what was written reads back");
                assert_eq!(back, every);
            }
        }
        let _ = clusprop::objects::network::NETWORK.validate(&list);
    }
});
