//! Error wrappers do not repeat their source: an anyhow report of the whole chain (`{:?}`) prints
//! each cause once.

use clusprop::adapter::{AdapterError, Call};
use clusprop::control::{Clctl, ControlCode, Object, OutputError};
use clusprop::schema::PropertyError;
use clusprop::{ParseError, PropertyList};

fn chain(error: impl std::error::Error + Send + Sync + 'static) -> String {
    format!("{:?}", anyhow::Error::new(error))
}

fn once(report: &str, text: &str) {
    assert_eq!(report.matches(text).count(), 1, "{text:?} in:\n{report}");
}

fn parse_error() -> ParseError {
    PropertyList::parse(&[1, 0, 0, 0]).unwrap_err()
}

#[test]
fn output_error_in_adapter_error() {
    let text = parse_error().to_string();
    let code = ControlCode::new(Object::NETWORK, Clctl::GET_COMMON_PROPERTIES);
    let output = code.decode_output(&[1, 0, 0, 0]).unwrap_err();
    assert!(matches!(output, OutputError::Parse { .. }), "{output:?}");
    let report = chain(AdapterError::Output {
        call: Call::new("ClusterNetworkControl").with_control(code),
        source: output,
    });
    once(&report, &text);
    assert!(report.contains("Caused by"), "{report}");
}

#[test]
fn parse_and_build_errors_in_property_error() {
    let text = parse_error().to_string();
    let report = chain(PropertyError::from(parse_error()));
    once(&report, &text);
    let report = report_property_in_adapter(PropertyError::from(parse_error()));
    once(&report, &text);

    let build = clusprop::PropertyListBuilder::new()
        .property("Names")
        .multi_sz(["a", "", "b"])
        .finish()
        .unwrap_err();
    let text = build.to_string();
    once(&chain(PropertyError::from(build.clone())), &text);
    once(
        &report_property_in_adapter(PropertyError::from(build)),
        &text,
    );
}

fn report_property_in_adapter(error: PropertyError) -> String {
    chain(AdapterError::from(error))
}
