//! `clusprop decode`.

use crate::input::{parse_code, read_bytes, InputArgs};
use crate::output::Sink;
use crate::{DecodeArgs, Failure};
use clusprop::control::{ControlCode, ControlOutput};
use clusprop::json::ControlJson;
use clusprop::{Mode, PropertyList, ValueList};
use std::io::{self, Write};

/// What the buffers are.
#[derive(Clone, Copy)]
pub(crate) enum Target {
    PropertyList,
    ValueList,
    Control(ControlCode),
}

impl Target {
    /// What `--control` or `--value-list` says the input is (a property list without either).
    pub(crate) fn of(input: &InputArgs) -> Result<Target, Failure> {
        Ok(match &input.control {
            Some(code) => Target::Control(parse_code(code)?),
            None if input.value_list => Target::ValueList,
            None => Target::PropertyList,
        })
    }
}

/// A decoded buffer, ready to be written.
pub(crate) enum Doc<'a> {
    Properties(PropertyList<'a>),
    Values(ValueList<'a>),
    Control(ControlCode, ControlOutput<'a>),
}

/// Decodes one buffer; an error is about `name`.
pub(crate) fn decode_buffer<'a>(
    bytes: &'a [u8],
    target: Target,
    mode: Mode,
    name: &str,
) -> Result<Doc<'a>, Failure> {
    match target {
        Target::PropertyList => PropertyList::parse_with(bytes, mode)
            .map(Doc::Properties)
            .map_err(|e| Failure::Parse(name.to_owned(), e)),
        Target::ValueList => ValueList::parse_with(bytes, mode)
            .map(Doc::Values)
            .map_err(|e| Failure::Parse(name.to_owned(), e)),
        Target::Control(code) => code
            .decode_output_with(bytes, mode)
            .map(|output| Doc::Control(code, output))
            .map_err(|e| Failure::Output(name.to_owned(), e)),
    }
}

pub(crate) fn decode(args: &DecodeArgs) -> Result<(), Failure> {
    let target = Target::of(&args.input)?;
    let mode = mode(args.input.lenient);
    if args.lines {
        return crate::lines::decode_lines(args, target, mode);
    }
    let (name, bytes) = read_bytes(args.input.file.as_ref(), &args.input.encoding)?;
    let doc = decode_buffer(&bytes, target, mode, &name)?;
    // The output is opened once the input has decoded: a failure leaves no empty file.
    let mut sink = Sink::open_option(args.output.as_ref())?;
    let pretty = args.style.pretty(&sink);
    sink.write(|out| write_doc(out, &doc, pretty))
}

/// Strict, or lenient with `--lenient`.
pub(crate) fn mode(lenient: bool) -> Mode {
    if lenient {
        Mode::Lenient
    } else {
        Mode::Strict
    }
}

/// Writes a decoded buffer as JSON and a newline: a list's canonical JSON, a control output's
/// [`ControlJson`], each by the library's writer.
///
/// Each shape is written straight to the output: no `serde_json::Value` of the whole buffer in
/// between (which took 60 times the input for a large list).
pub(crate) fn write_doc(out: &mut dyn Write, doc: &Doc<'_>, pretty: bool) -> io::Result<()> {
    match doc {
        Doc::Properties(list) => write_canonical(out, list, pretty),
        Doc::Values(list) => write_canonical(out, list, pretty),
        Doc::Control(code, output) => {
            write_canonical(out, &ControlJson::new(*code, *output), pretty)
        }
    }
}

/// What the library writes the JSON of (its `write_json_to` and `write_json_pretty_to`).
pub(crate) trait Canonical {
    fn write_to(&self, out: &mut dyn Write, pretty: bool) -> io::Result<()>;
}

macro_rules! canonical {
    ($($ty:ty),+) => {$(
        impl Canonical for $ty {
            fn write_to(&self, out: &mut dyn Write, pretty: bool) -> io::Result<()> {
                if pretty {
                    self.write_json_pretty_to(out)
                } else {
                    self.write_json_to(out)
                }
            }
        }
    )+};
}

canonical!(PropertyList<'_>, ValueList<'_>, ControlJson<'_>);

/// Writes a list's canonical JSON or a control output's (indented when `pretty`) and a newline:
/// what `serde_json::to_writer(_pretty)` writes of it, by the library's writer (several times
/// faster), streamed: the memory it takes does not grow with the list.
fn write_canonical(out: &mut dyn Write, list: &impl Canonical, pretty: bool) -> io::Result<()> {
    list.write_to(out, pretty)?;
    out.write_all(b"\n")
}
