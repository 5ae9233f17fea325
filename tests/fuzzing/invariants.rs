//! The invariants every input must satisfy. Each function panics (with the input in hex) when one
//! breaks; libFuzzer turns that into a crash, `cargo test` into a failure.
//!
//! The expensive checks (the JSON round trip, `Debug` formatting) run on a deterministic sample of
//! the inputs — every input of at most [`ALWAYS_SAMPLED`] bytes and one in [`SAMPLE_ONE_IN`] of
//! the others, chosen by a hash of the bytes — so a fuzzer keeps its speed while any input that
//! breaks them still reproduces.

use crate::reference::compare;
use clusprop::control::{ControlCode, ControlOutput, OutputKind};
use clusprop::objects::netinterface::NetInterfaceCommonProperties;
use clusprop::objects::network::{NetworkCommonProperties, NetworkState};
use clusprop::{
    Decoded, Mode, OwnedPropertyList, OwnedValueList, ParseError, Property, PropertyList, Syntax,
    Utf16Str, Value, ValueList, Visit,
};

/// Inputs up to this length always get the sampled checks.
pub const ALWAYS_SAMPLED: usize = 256;
/// One in this many longer inputs gets them.
pub const SAMPLE_ONE_IN: u64 = 16;

/// FNV-1a over the bytes: the same input is always sampled the same way.
pub fn hash(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether `data` gets the expensive checks.
pub fn sampled(data: &[u8]) -> bool {
    data.len() <= ALWAYS_SAMPLED || hash(data) % SAMPLE_ONE_IN == 0
}

/// An error's offset lies within the buffer and its message names it.
fn check_error(e: &ParseError, data: &[u8]) {
    assert!(
        e.offset() <= data.len(),
        "{e}: offset {} past the end of {} bytes\n  input: {}",
        e.offset(),
        data.len(),
        compare::hex(data)
    );
    let message = e.to_string();
    assert!(
        message.contains(&format!("at offset {}", e.offset())),
        "the message does not name the offset: {message}"
    );
    assert!(!message.contains('\n'), "a multi-line message: {message}");
}

/// What a [`Visit`] saw, in order: where each slice lies in the buffer (address and length), so
/// that two readings compare exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Property {
        name: (usize, usize),
        offset: usize,
    },
    Value {
        syntax: Syntax,
        data: (usize, usize),
        padding: (usize, usize),
        offset: usize,
        decoded: Option<String>,
    },
}

fn span(bytes: &[u8]) -> (usize, usize) {
    (bytes.as_ptr() as usize, bytes.len())
}

/// A [`Visit`] that records every event (and, when `deep`, each value's decoded form).
#[derive(Default)]
pub struct Recorder {
    pub events: Vec<Event>,
    pub deep: bool,
}

impl Recorder {
    fn new(deep: bool) -> Recorder {
        Recorder {
            events: Vec::new(),
            deep,
        }
    }

    fn value(&mut self, value: &Value<'_>) {
        self.events.push(Event::Value {
            syntax: value.syntax(),
            data: span(value.bytes()),
            padding: span(value.padding()),
            offset: value.offset(),
            decoded: self.deep.then(|| format!("{:?}", value.decoded())),
        });
    }

    /// The events of the two-pass reading of a parsed property list.
    pub fn walk(list: &PropertyList<'_>, deep: bool) -> Vec<Event> {
        let mut recorder = Recorder::new(deep);
        for property in list.properties() {
            recorder.visit_property(property.name(), property.offset());
            for value in property.values() {
                recorder.value(&value);
            }
        }
        recorder.events
    }
}

impl<'a> Visit<'a> for Recorder {
    fn visit_property(&mut self, name: Utf16Str<'a>, offset: usize) {
        self.events.push(Event::Property {
            name: span(name.as_bytes()),
            offset,
        });
    }

    fn visit_value(&mut self, value: &Value<'a>) {
        self.value(value);
    }
}

fn event_offset(event: &Event) -> usize {
    match event {
        Event::Property { offset, .. } | Event::Value { offset, .. } => *offset,
    }
}

/// When the parse failed with `e`: the visit failed with the same error, having seen only entries
/// before its offset.
fn visit_failed_alike(
    data: &[u8],
    mode: Mode,
    e: &ParseError,
    visited: Result<usize, &ParseError>,
    events: &[Event],
) {
    match visited {
        Err(again) => assert_eq!(e, again, "visit reports another error ({mode:?})"),
        Ok(len) => panic!(
            "parse says {e}, visit accepts {len} entries ({mode:?})\n  input: {}",
            compare::hex(data)
        ),
    }
    for event in events {
        assert!(
            event_offset(event) < e.offset(),
            "visited {event:?}, not before the error {e} ({mode:?})\n  input: {}",
            compare::hex(data)
        );
    }
}

/// The single-pass parse agrees with `parsed` (the two-pass one, in `mode`): the same view or the
/// same error; on success the visitor saw exactly what walking the view gives; on error it saw
/// only entries before the error.
fn visit_agrees(
    data: &[u8],
    mode: Mode,
    parsed: &Result<PropertyList<'_>, ParseError>,
    deep: bool,
) {
    let mut recorder = Recorder::new(deep);
    let visited = PropertyList::visit(data, mode, &mut recorder);
    match (parsed, &visited) {
        (Ok(list), Ok(again)) => {
            assert_eq!(
                (
                    list.len(),
                    list.has_trailing_end_mark(),
                    list.trailing_bytes()
                ),
                (
                    again.len(),
                    again.has_trailing_end_mark(),
                    again.trailing_bytes()
                ),
                "visit returned another view ({mode:?})\n  input: {}",
                compare::hex(data)
            );
            assert_eq!(
                recorder.events,
                Recorder::walk(list, deep),
                "the visitor saw other entries than the walk ({mode:?})\n  input: {}",
                compare::hex(data)
            );
        }
        (Err(e), _) => visit_failed_alike(
            data,
            mode,
            e,
            visited.as_ref().map(PropertyList::len),
            &recorder.events,
        ),
        (Ok(list), Err(again)) => panic!(
            "parse accepts {} properties, visit says {again} ({mode:?})\n  input: {}",
            list.len(),
            compare::hex(data)
        ),
    }
}

/// [`visit_agrees`] for a value list.
fn visit_agrees_value_list(
    data: &[u8],
    mode: Mode,
    parsed: &Result<ValueList<'_>, ParseError>,
    deep: bool,
) {
    let mut recorder = Recorder::new(deep);
    let visited = ValueList::visit(data, mode, &mut recorder);
    match (parsed, &visited) {
        (Ok(list), Ok(again)) => {
            assert_eq!(
                (list.len(), list.trailing_bytes()),
                (again.len(), again.trailing_bytes()),
                "visit returned another value list ({mode:?})"
            );
            let mut walked = Recorder::new(deep);
            list.values().for_each(|v| walked.value(&v));
            assert_eq!(
                recorder.events,
                walked.events,
                "the visitor saw other values than the walk ({mode:?})\n  input: {}",
                compare::hex(data)
            );
        }
        (Err(e), _) => visit_failed_alike(
            data,
            mode,
            e,
            visited.as_ref().map(ValueList::len),
            &recorder.events,
        ),
        (Ok(list), Err(again)) => panic!(
            "parse accepts {} values, visit says {again} ({mode:?})\n  input: {}",
            list.len(),
            compare::hex(data)
        ),
    }
}

/// Every invariant for `data` read as a property list, in both modes.
pub fn property_list_bytes(data: &[u8]) {
    property_list_bytes_with(data, sampled(data));
}

/// [`property_list_bytes`], with the sampled checks forced on or off.
pub fn property_list_bytes_with(data: &[u8], deep: bool) {
    let strict =
        compare::property_list_agrees(data, Mode::Strict).unwrap_or_else(|m| panic!("{m}"));
    let lenient =
        compare::property_list_agrees(data, Mode::Lenient).unwrap_or_else(|m| panic!("{m}"));

    if let Err(e) = &strict {
        check_error(e, data);
    }
    if let Err(e) = &lenient {
        check_error(e, data);
    }
    visit_agrees(data, Mode::Strict, &strict, deep);
    visit_agrees(data, Mode::Lenient, &lenient, deep);

    // A list both modes accept is walked and rebuilt once, strictly, below; its lenient reading
    // must then only give the same content.
    if let (Ok(list), Err(_)) = (&lenient, &strict) {
        walk_property_list(list);
        let owned = list.into_owned();
        // The owned model keeps the exact layout: written by the lenient rules, it gives back
        // the exact bytes.
        let exact = owned
            .to_bytes_with(Mode::Lenient)
            .unwrap_or_else(|e| panic!("a lenient list does not encode leniently: {e}"));
        assert_eq!(exact, data, "a lenient list rebuilt to other bytes");
        assert_eq!(owned.encoded_len_with(Mode::Lenient), Ok(data.len()));
        // It may not encode strictly (a property without values, a value only lenient mode
        // reads: the default encoders write only what the strict parser accepts); when it does,
        // the encoding reads back strictly to the same content.
        if let Ok(bytes) = owned.to_bytes() {
            assert_eq!(owned.encoded_len(), Ok(bytes.len()));
            let again =
                PropertyList::parse(&bytes).expect("a rebuilt lenient list parses strictly");
            assert_eq!(
                again.into_owned(),
                owned,
                "lenient rebuild changed the content"
            );
        }
        if deep {
            json_round_trip(list, &owned);
            let _ = format!("{list:?}");
        }
    }

    let Ok(list) = strict else { return };
    walk_property_list(&list);
    let owned = list.into_owned();
    assert!(list.trailing_bytes().is_empty());

    // A strict list rebuilds, and the rebuilt bytes read back strictly to the same content; a
    // canonical buffer rebuilds to itself.
    let bytes = owned.to_bytes().expect("a strict list encodes");
    assert_eq!(owned.encoded_len(), Ok(bytes.len()), "encoded_len differs");
    let again = PropertyList::parse(&bytes).expect("the rebuilt list parses strictly");
    assert_eq!(
        again.into_owned(),
        owned,
        "strict rebuild changed the content"
    );
    // The owned model keeps padding: every strict list rebuilds to its exact bytes.
    assert_eq!(bytes, data, "a strict list rebuilt to other bytes");

    // Whatever strict mode accepts, lenient mode accepts with the same content.
    match &lenient {
        Ok(lenient) => {
            assert_eq!(
                lenient.into_owned(),
                owned,
                "strict and lenient content differ"
            );
            assert_eq!(
                lenient.has_trailing_end_mark(),
                list.has_trailing_end_mark()
            );
        }
        Err(e) => panic!(
            "lenient mode refuses what strict mode accepts: {e}\n  input: {}",
            compare::hex(data)
        ),
    }

    if deep {
        json_round_trip(&list, &owned);
        let _ = format!("{list:?}");
    }
}

/// No number in the JSON is beyond 2^53 − 1 in magnitude (a reader of doubles reads each one
/// exactly; bigger integers are decimal strings).
fn assert_numbers_are_exact_doubles(json: &serde_json::Value) {
    use serde_json::Value as Json;
    match json {
        Json::Number(n) => assert!(
            n.as_u64().is_some_and(|u| u < 1 << 53)
                || n.as_i64().is_some_and(|i| i.unsigned_abs() < 1 << 53),
            "{n} is not exact as a double"
        ),
        Json::Array(items) => items.iter().for_each(assert_numbers_are_exact_doubles),
        Json::Object(map) => map.values().for_each(assert_numbers_are_exact_doubles),
        _ => {}
    }
}

/// The view and its owned copy give the same JSON, and the JSON reads back to the owned copy.
fn json_round_trip(list: &PropertyList<'_>, owned: &OwnedPropertyList) {
    let json = serde_json::to_vec(list).expect("views serialize");
    let owned_json = serde_json::to_vec(owned).expect("owned lists serialize");
    assert!(
        json == owned_json,
        "the view and its owned copy serialize differently:\n  {}\n  {}",
        String::from_utf8_lossy(&json),
        String::from_utf8_lossy(&owned_json)
    );
    let value: serde_json::Value = serde_json::from_slice(&json).expect("the JSON is JSON");
    assert_numbers_are_exact_doubles(&value);
    let back = crate::fuzzing::json_back::property_list(&value)
        .unwrap_or_else(|e| panic!("the JSON does not read back: {e}\n  {value}"));
    assert_eq!(&back, owned, "the JSON is not lossless: {value}");
    // The crate's own `Deserialize` agrees with the reader written from the documentation.
    let crate_back: OwnedPropertyList = serde_json::from_slice(&json)
        .unwrap_or_else(|e| panic!("Deserialize refuses the JSON: {e}\n  {value}"));
    assert_eq!(
        &crate_back, owned,
        "Deserialize reads the JSON differently: {value}"
    );
}

/// Every invariant for `data` read as a standalone value list, in both modes.
pub fn value_list_bytes(data: &[u8]) {
    value_list_bytes_with(data, sampled(data));
}

/// [`value_list_bytes`], with the sampled checks forced on or off.
pub fn value_list_bytes_with(data: &[u8], deep: bool) {
    let strict = compare::value_list_agrees(data, Mode::Strict).unwrap_or_else(|m| panic!("{m}"));
    let lenient = compare::value_list_agrees(data, Mode::Lenient).unwrap_or_else(|m| panic!("{m}"));
    if let Err(e) = &strict {
        check_error(e, data);
    }
    if let Err(e) = &lenient {
        check_error(e, data);
    }
    visit_agrees_value_list(data, Mode::Strict, &strict, deep);
    visit_agrees_value_list(data, Mode::Lenient, &lenient, deep);
    if let (Ok(list), Err(_)) = (&lenient, &strict) {
        walk_value_list(list);
        let owned = list.into_owned();
        let exact = owned
            .to_bytes_with(Mode::Lenient)
            .unwrap_or_else(|e| panic!("a lenient value list does not encode leniently: {e}"));
        assert_eq!(exact, data, "a lenient value list rebuilt to other bytes");
        // A value only lenient mode reads, or bytes after the list, do not encode strictly (the
        // default encoders write only what the strict parser accepts); what encodes reads back
        // strictly to the same content.
        match owned.to_bytes() {
            Ok(bytes) => {
                let again = ValueList::parse(&bytes).expect("a rebuilt value list parses strictly");
                assert_eq!(
                    again.into_owned(),
                    owned,
                    "lenient rebuild changed the content"
                );
            }
            Err(
                clusprop::BuildError::InvalidValue { .. }
                | clusprop::BuildError::TrailingBytes { .. },
            ) => {}
            Err(e) => panic!("a lenient value list fails to encode for another reason: {e}"),
        }
        if deep {
            value_list_json_round_trip(list, &owned);
            let _ = format!("{list:?}");
        }
    }
    let Ok(list) = strict else { return };
    walk_value_list(&list);
    let owned = list.into_owned();
    let bytes = owned.to_bytes().expect("a strict value list encodes");
    assert_eq!(owned.encoded_len(), Ok(bytes.len()));
    let again = ValueList::parse(&bytes).expect("the rebuilt value list parses strictly");
    assert_eq!(
        again.into_owned(),
        owned,
        "strict rebuild changed the content"
    );
    assert_eq!(bytes, data, "a strict value list rebuilt to other bytes");
    match &lenient {
        Ok(lenient) => assert_eq!(
            lenient.into_owned(),
            owned,
            "strict and lenient content differ"
        ),
        Err(e) => panic!(
            "lenient mode refuses what strict mode accepts: {e}\n  input: {}",
            compare::hex(data)
        ),
    }
    if deep {
        value_list_json_round_trip(&list, &owned);
    }
}

/// The view and its owned copy give the same JSON, and the JSON reads back to the owned copy.
fn value_list_json_round_trip(list: &ValueList<'_>, owned: &OwnedValueList) {
    let json = serde_json::to_vec(list).expect("views serialize");
    assert_eq!(
        json,
        serde_json::to_vec(owned).expect("owned lists serialize")
    );
    let value: serde_json::Value = serde_json::from_slice(&json).expect("the JSON is JSON");
    assert_numbers_are_exact_doubles(&value);
    let back = crate::fuzzing::json_back::value_list(&value)
        .unwrap_or_else(|e| panic!("the JSON does not read back: {e}\n  {value}"));
    assert_eq!(&back, owned, "the JSON is not lossless: {value}");
    let crate_back: OwnedValueList = serde_json::from_slice(&json)
        .unwrap_or_else(|e| panic!("Deserialize refuses the JSON: {e}\n  {value}"));
    assert_eq!(
        &crate_back, owned,
        "Deserialize reads the JSON differently: {value}"
    );
}

/// A generated owned list: it encodes; the measure, the slice writer and the `Vec` writer agree
/// to the byte; it reads back strictly to itself, canonical; its bytes pass every invariant.
pub fn owned_round_trip(list: &OwnedPropertyList) {
    let bytes = list.to_bytes().expect("generated lists encode");
    let len = list.encoded_len().expect("generated lists measure");
    assert_eq!(len, bytes.len(), "encoded_len differs from to_bytes");

    let parsed = PropertyList::parse(&bytes).expect("an encoded list parses strictly");
    assert_eq!(&parsed.into_owned(), list, "round trip changed the list");
    assert!(
        parsed.is_canonical(),
        "the builder wrote a non-canonical list"
    );
    assert_eq!(parsed.has_trailing_end_mark(), list.trailing_end_mark);

    let mut exact = vec![0xAA; len];
    assert_eq!(list.write_to(&mut exact), Ok(len));
    assert_eq!(exact, bytes, "write_to differs from to_bytes");
    let mut short = vec![0u8; len - 1];
    match list.write_to(&mut short) {
        Err(clusprop::BuildError::BufferTooSmall { needed, available }) => {
            assert_eq!((needed, available), (len, len - 1));
        }
        other => panic!("a buffer one byte short gave {other:?}"),
    }
    // Chosen by a hash of the bytes, so that the round trip keeps its speed: for one list in four
    // every parse invariant (both decoders in both modes, the walks, the rebuilds: the parse
    // targets' work) and the JSON round trip; for another one in four the JSON round trip alone
    // (the JSON of the parsed view and of its owned copy agree and read back to `list`).
    match hash(&bytes) % 4 {
        0 => property_list_bytes_with(&bytes, true),
        2 => json_round_trip(&parsed, list),
        _ => {}
    }
}

/// A generated owned value list: as [`owned_round_trip`].
pub fn owned_value_list_round_trip(list: &OwnedValueList) {
    let bytes = list.to_bytes().expect("generated value lists encode");
    assert_eq!(list.encoded_len(), Ok(bytes.len()));
    let parsed = ValueList::parse(&bytes).expect("an encoded value list parses strictly");
    assert_eq!(
        &parsed.into_owned(),
        list,
        "round trip changed the value list"
    );
    assert!(parsed.is_canonical());
    if hash(&bytes) % 4 == 0 {
        value_list_bytes_with(&bytes, true);
    }
}

/// An arbitrary control code and output buffer through the per-control decoder.
pub fn control_output(code: ControlCode, data: &[u8]) {
    let text = code.to_string();
    assert_eq!(
        text.parse::<ControlCode>().ok().map(|c| c == code),
        code.name().map(|_| true),
        "{text}"
    );
    for mode in [Mode::Strict, Mode::Lenient] {
        match code.decode_output_with(data, mode) {
            Ok(output) => {
                assert!(code.output_kind().is_some());
                let _ = (
                    output.name(),
                    output.role(),
                    output.characteristics(),
                    output.flags(),
                );
                match output {
                    ControlOutput::PropertyList(list) => {
                        assert_eq!(code.output_kind(), Some(OutputKind::PropertyList));
                        walk_property_list(&list);
                        let again = PropertyList::parse_with(data, mode).expect("same parser");
                        assert_eq!(again.into_owned(), list.into_owned());
                        let _ = NetworkCommonProperties::from_list(&list);
                        let _ = NetInterfaceCommonProperties::from_list(&list);
                    }
                    ControlOutput::String(s) => {
                        walk_str(s);
                        assert_eq!(s.as_bytes().len() + 2, data.len());
                    }
                    ControlOutput::Strings(m) => {
                        for s in m {
                            walk_str(s);
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
    let states = data.chunks(4).map(|c| {
        clusprop::objects::netinterface::NetInterfaceState(
            c.iter().fold(0, |a, &b| a << 8 | u32::from(b)),
        )
    });
    let _ = NetworkState::from_interfaces(states);
}

/// Reads every accessor of a value, every typed getter, its decoded form, and walks nested lists.
pub fn walk_value(value: &Value<'_>) {
    let syntax = value.syntax();
    assert_eq!(syntax.format(), value.format());
    assert_eq!(syntax.ty(), value.ty());
    let bytes = value.bytes();
    assert_eq!(bytes.len(), value.len());
    assert_eq!(bytes.is_empty(), value.is_empty());
    assert!(value.padding().len() < 4);
    assert_eq!((bytes.len() + value.padding().len()) % 4, 0);

    let decoded = value.decoded();
    // At most one typed getter answers. (For a nested list each getter parses it again: only the
    // two that can answer are asked.)
    let getters = if syntax.format().is_nested_list() {
        [
            value.as_property_list().is_some(),
            value.as_value_list().is_some(),
        ]
        .to_vec()
    } else {
        [
            value.as_u32().is_some(),
            value.as_i32().is_some(),
            value.as_u16().is_some(),
            value.as_u64().is_some(),
            value.as_i64().is_some(),
            value.as_filetime().is_some(),
            value.as_str().is_some(),
            value.as_multi_sz().is_some(),
            value.as_property_list().is_some(),
            value.as_value_list().is_some(),
        ]
        .to_vec()
    };
    assert!(getters.iter().filter(|&&g| g).count() <= 1, "{getters:?}");
    if let Some(t) = value.as_filetime() {
        // `feature = "std"` is clusprop's (the fuzz crate forwards its own to it).
        #[cfg(feature = "std")]
        let _ = t.to_system_time();
        assert_eq!(clusprop::FileTime::from_parts(t.low(), t.high()), t);
    }
    match decoded {
        Decoded::PropertyList(list) => {
            assert_eq!(list.as_bytes(), bytes);
            walk_property_list(&list);
        }
        Decoded::ValueList(list) => {
            assert_eq!(list.as_bytes(), bytes);
            walk_value_list(&list);
        }
        Decoded::Sz(s) | Decoded::ExpandSz(s) | Decoded::ExpandedSz(s) => {
            assert_eq!(value.as_str().map(|v| v.as_bytes()), Some(s.as_bytes()));
            walk_str(s);
        }
        Decoded::MultiSz(m) => {
            assert_eq!(m.as_bytes(), bytes);
            let mut n = 0;
            for s in m.iter() {
                walk_str(s);
                n += 1;
            }
            assert_eq!(n, m.len());
            assert_eq!(n == 0, m.is_empty());
        }
        Decoded::Dword(v) => assert_eq!(value.as_u32(), Some(v)),
        Decoded::Long(v) => assert_eq!(value.as_i32(), Some(v)),
        Decoded::Word(v) => assert_eq!(value.as_u16(), Some(v)),
        Decoded::ULargeInteger(v) => assert_eq!(value.as_u64(), Some(v)),
        Decoded::LargeInteger(v) => assert_eq!(value.as_i64(), Some(v)),
        Decoded::FileTime(v) => assert_eq!(value.as_filetime(), Some(v)),
        Decoded::Binary(b) | Decoded::SecurityDescriptor(b) | Decoded::Bytes(b) => {
            assert_eq!(b, bytes)
        }
        _ => {}
    }
    let owned = value.into_owned();
    assert_eq!(owned.syntax, syntax);
    assert_eq!(owned.data, bytes);
    // The owned value's view judges its data alike (nested lists aside: the view reads them
    // strictly, whatever the mode of the list the value came from).
    if !syntax.format().is_nested_list() {
        assert_eq!(owned.view().is_canonical(), value.is_canonical());
    }
}

/// Every accessor of a UTF-16 string.
pub fn walk_str(s: clusprop::Utf16Str<'_>) {
    assert_eq!(s.first_invalid().is_none(), s.is_valid());
    assert_eq!(s.code_units().count(), s.len());
    assert_eq!(s.as_bytes().len(), 2 * s.len());
    if s.is_valid() {
        let text = s.try_to_string().expect("valid UTF-16 converts");
        assert!(s == text.as_str());
        assert!(s.eq_ignore_case(&text));
        assert_eq!(s.chars().count(), text.chars().count());
    } else {
        assert!(s.try_to_string().is_err());
        let _ = s.to_string_lossy();
    }
}

fn walk_property(property: &Property<'_>) -> usize {
    let name = property.name();
    // Strict mode checks names to be valid UTF-16; lenient mode reads them as they are, and
    // such a name's bytes are not what its text encodes to.
    assert!(name.is_valid() || !property.name_is_canonical());
    walk_str(name);
    assert!(property.name_bytes().len() >= name.as_bytes().len());
    let mut n = 0;
    for value in property.values() {
        walk_value(&value);
        n += 1;
    }
    assert_eq!(n, property.value_count());
    assert_eq!(property.values().len(), property.value_count());
    assert_eq!(property.value().is_some(), n > 0);
    n
}

/// Walks a list, its properties and their values (nested lists included).
pub fn walk_property_list(list: &PropertyList<'_>) {
    let mut n = 0;
    let mut last_offset = None;
    for property in list.properties() {
        if let Some(last) = last_offset {
            assert!(property.offset() > last);
        }
        last_offset = Some(property.offset());
        walk_property(&property);
        n += 1;
    }
    assert_eq!(n, list.len());
    assert_eq!(list.is_empty(), n == 0);
    if list.mode() == Mode::Strict {
        assert!(list.trailing_bytes().is_empty());
    }
    // Lookup by name: a few names find a property with an equal name, in the view and in the
    // owned copy alike.
    let owned = list.into_owned();
    assert_eq!(owned.properties.len(), n);
    // (A lenient name with an unpaired surrogate equals no `&str`: it is not looked up.)
    for property in list.properties().filter(|p| p.name().is_valid()).take(8) {
        let name = property.name().to_string_lossy();
        let found = list.get(&name).expect("a property finds itself by name");
        assert!(found.name().eq_ignore_case(&name));
        assert!(found.offset() <= property.offset());
        let owned_found = owned.get(&name).expect("owned lookup");
        assert_eq!(
            owned_found.name,
            found.name().to_string_lossy(),
            "PropertyList::get and OwnedPropertyList::get disagree for {name:?}"
        );
    }
}

/// Walks a value list and its values (nested lists included).
pub fn walk_value_list(list: &ValueList<'_>) {
    let mut n = 0;
    for value in list.values() {
        walk_value(&value);
        n += 1;
    }
    assert_eq!(n, list.len());
    assert_eq!(list.is_empty(), n == 0);
    if list.mode() == Mode::Strict {
        assert!(list.trailing_bytes().is_empty());
    }
}
