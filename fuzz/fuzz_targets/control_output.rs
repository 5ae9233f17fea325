//! An arbitrary control code and output buffer through the per-control decoder, strict and
//! lenient: never a panic; every decoded form is walked; property-list outputs are the same
//! lists the plain parser reads; typed network properties either read or name the property.
#![no_main]

mod common;

use clusprop::control::{ControlCode, ControlOutput, OutputKind};
use clusprop::network::{NetInterfaceCommonProperties, NetworkCommonProperties, NetworkState};
use clusprop::{Mode, PropertyList};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u32, bool, &[u8])| {
    let (raw, pick_named, data) = input;
    // Half the time use a named network / interface code, so the decoder is reached often.
    let code = if pick_named {
        let all = ControlCode::ALL;
        all[raw as usize % all.len()].0
    } else {
        ControlCode(raw)
    };
    let _ = code.to_string();
    assert_eq!(code.to_string().parse::<ControlCode>().ok().map(|c| c == code), code.name().map(|_| true));
    for mode in [Mode::Strict, Mode::Lenient] {
        match code.decode_output_with(data, mode) {
            Ok(output) => {
                assert!(code.output_kind().is_some());
                let _ = (output.name(), output.role(), output.characteristics(), output.flags());
                match output {
                    ControlOutput::PropertyList(list) => {
                        assert_eq!(code.output_kind(), Some(OutputKind::PropertyList));
                        common::walk_property_list(&list);
                        let again = PropertyList::parse_with(data, mode).expect("same parser");
                        assert_eq!(again.into_owned(), list.into_owned());
                        let _ = NetworkCommonProperties::from_list(&list);
                        let _ = NetInterfaceCommonProperties::from_list(&list);
                    }
                    ControlOutput::String(s) => {
                        common::walk_str(s);
                        assert_eq!(s.as_bytes().len() + 2, data.len());
                    }
                    ControlOutput::Strings(m) => {
                        for s in m {
                            common::walk_str(s);
                        }
                    }
                    ControlOutput::Dword(v) => assert_eq!(v.to_le_bytes(), data),
                    ControlOutput::Nothing => assert!(data.is_empty()),
                    _ => {}
                }
            }
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
    let states = data.chunks(4).map(|c| clusprop::network::NetInterfaceState(c.iter().fold(0, |a, &b| a << 8 | u32::from(b))));
    let _ = NetworkState::from_interfaces(states);
});
