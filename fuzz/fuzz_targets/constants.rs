//! The open constant types (`constants!`) and control codes from arbitrary numbers and text:
//! every value's Microsoft name, decimal and `0x` forms parse back to it (`FromStr`, and
//! `from_name` for the syntax types); whatever text parses, written in those forms, parses back
//! to the same value; a bit set's `Display` parses back to it and its named and unknown bits
//! split it exactly; a control code built from its parts has those parts; the control table
//! answers the same for a code and its `Clctl`; the maintenance-mode structure round-trips.
#![no_main]

use clusprop::control::{
    Access, Characteristics, Clctl, ControlCode, Flags, MaintenanceModeEx, MaintenanceModeInfo,
    MaintenanceModeType, Object,
};
use clusprop::objects::netinterface::NetInterfaceState;
use clusprop::objects::network::{NetworkRole, NetworkState};
use clusprop::read::{PartitionFlags, ResourceClass, ResourceSubclass};
use clusprop::{Format, Syntax, Type};
use libfuzzer_sys::fuzz_target;

/// A plain constant type: `v` and the text.
macro_rules! plain {
    ($ty:ty, $inner:ty, $raw:expr, $text:expr) => {{
        let v = <$ty>::from($raw as $inner);
        let inner = <$inner>::from(v);
        assert_eq!(format!("{inner}").parse::<$ty>().ok(), Some(v));
        assert_eq!(format!("{inner:#x}").parse::<$ty>().ok(), Some(v));
        assert_eq!(format!(" {inner:#X} ").parse::<$ty>().ok(), Some(v));
        // One named value, picked by the number.
        let all = <$ty>::ALL;
        if let Some((named, name)) = all.get($raw as usize % all.len().max(1)) {
            assert_eq!(name.parse::<$ty>().ok(), Some(*named), "{name}");
            assert_eq!(
                name.to_ascii_lowercase().parse::<$ty>().ok(),
                Some(*named),
                "{name}"
            );
        }
        let _ = (v.to_string(), format!("{v:?}"));
        match $text.parse::<$ty>() {
            Ok(t) => {
                let inner = <$inner>::from(t);
                assert_eq!(
                    format!("{inner:#x}").parse::<$ty>().ok(),
                    Some(t),
                    "{:?}",
                    $text
                );
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }};
}

/// A bit set: `Display` parses back, named and unknown bits split the value.
macro_rules! bits {
    ($ty:ident, $inner:ty, $raw:expr, $text:expr) => {{
        let v = $ty($raw as $inner);
        let shown = v.to_string();
        assert_eq!(shown.parse::<$ty>().ok(), Some(v), "{shown}");
        let named = $ty::ALL
            .iter()
            .filter(|(bit, _)| v.contains(*bit))
            .fold(0, |acc, (bit, _)| acc | bit.0);
        assert_eq!(named | v.unknown_bits(), v.0);
        assert_eq!(named & v.unknown_bits(), 0);
        assert!(v.names().count() <= $ty::ALL.len());
        assert_eq!(<$inner>::from(v), v.0);
        let _ = format!("{v:?}");
        if let Ok(t) = $text.parse::<$ty>() {
            assert_eq!(t.to_string().parse::<$ty>().ok(), Some(t), "{:?}", $text);
        }
    }};
}

fuzz_target!(|input: (u32, [bool; 4], &str)| {
    let (raw, flags, text) = input;

    plain!(Syntax, u32, raw, text);
    plain!(Format, u16, raw, text);
    plain!(Type, u16, raw, text);
    plain!(ControlCode, u32, raw, text);
    plain!(Clctl, u32, raw & 0x00FF_FFFF, text);
    plain!(Object, u8, raw, text);
    plain!(Access, u8, raw & 3, text);
    plain!(NetworkRole, u32, raw, text);
    plain!(NetworkState, u32, raw, text);
    plain!(NetInterfaceState, u32, raw, text);
    plain!(MaintenanceModeType, u32, raw, text);
    plain!(ResourceClass, u32, raw, text);
    bits!(Characteristics, u32, raw, text);
    bits!(Flags, u32, raw, text);
    bits!(ResourceSubclass, u32, raw, text);
    bits!(PartitionFlags, u32, raw, text);

    // The syntax types' from_name: Microsoft's name (with or without the prefix) and 0x forms.
    let syntax = Syntax(raw);
    assert_eq!(Syntax::from_name(&format!("{raw:#010x}")), Some(syntax));
    assert_eq!(Syntax::new(syntax.ty(), syntax.format()), syntax);
    assert_eq!(
        Syntax::list_value(syntax.format()).format(),
        syntax.format()
    );
    assert_eq!(Syntax::list_value(syntax.format()).ty(), Type::LIST_VALUE);
    if let Some(name) = syntax.name() {
        assert_eq!(Syntax::from_name(name), Some(syntax));
    }
    let format = syntax.format();
    assert_eq!(Format::from_name(&format!("{:#x}", format.0)), Some(format));
    if let Some(name) = format.name() {
        assert_eq!(Format::from_name(name), Some(format));
    }
    if let Some(len) = format.fixed_len() {
        assert!(!format.is_string() && !format.is_nested_list() && len <= 8);
    }
    assert_eq!(format.is_user(), format.0 >= Format::USER.0);
    let ty = syntax.ty();
    assert_eq!(Type::from_name(&format!("{:#x}", ty.0)), Some(ty));
    if let Some(name) = ty.name() {
        assert_eq!(Type::from_name(name), Some(ty));
    }
    if let Some(s) = Syntax::from_name(text) {
        assert_eq!(Syntax::from_name(&format!("{:#x}", s.0)), Some(s));
    }
    if let Some(f) = Format::from_name(text) {
        assert_eq!(Format::from_name(&format!("{:#x}", f.0)), Some(f));
    }
    if let Some(t) = Type::from_name(text) {
        assert_eq!(Type::from_name(&format!("{:#x}", t.0)), Some(t));
    }

    // Control codes: the parts of a code built from parts; the table agrees with itself.
    let code = ControlCode(raw);
    let [internal, user, modify, global] = flags;
    let built = ControlCode::from_parts(
        code.object(),
        code.function(),
        code.access(),
        internal,
        user,
        modify,
        global,
    );
    assert_eq!(
        (built.object(), built.function(), built.access()),
        (code.object(), code.function(), code.access())
    );
    assert_eq!(
        (
            built.is_internal(),
            built.is_user(),
            built.is_modify(),
            built.is_global()
        ),
        (internal, user, modify, global)
    );
    assert_eq!(ControlCode::new(code.object(), code.clctl()), code);
    assert_eq!(code.object().name(), code.object().description());
    let clctl = code.clctl();
    if code.name().is_some() {
        assert_eq!(code.output_kind(), Some(clctl.output_kind()));
        assert_eq!(code.input_kind(), Some(clctl.input_kind()));
        assert!(!clctl.output_kind().as_str().is_empty());
        assert!(!clctl.input_kind().as_str().is_empty());
        assert_eq!(code.to_string().parse::<ControlCode>().ok(), Some(code));
    } else {
        assert_eq!((code.output_kind(), code.input_kind()), (None, None));
    }
    assert_eq!(
        code.takes_property_list(),
        clctl.input_kind() == clusprop::control::InputKind::PropertyList
    );
    if clctl.ms_cmrp_section().is_some() {
        assert_ne!(
            clctl.output_kind(),
            clusprop::control::OutputKind::Undocumented
        );
    }
    let _ = code.decode_output(text.as_bytes());

    // The maintenance-mode structures: what reads writes back the same bytes.
    if let Some(info) = MaintenanceModeInfo::from_bytes(text.as_bytes()) {
        assert_eq!(info.to_bytes(), text.as_bytes());
        assert_eq!(info.is_in_maintenance(), info.in_maintenance != 0);
        if let Some(ex) = info.extended {
            assert_eq!(
                ex.has_signature(),
                ex.signature == MaintenanceModeEx::SIGNATURE
            );
        }
    }
});
