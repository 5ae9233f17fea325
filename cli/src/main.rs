//! `clusprop`: decode Windows Failover Cluster property lists and value lists.
//!
//! ```text
//! clusprop decode [--hex|--base64] [--lenient] [--value-list | --control CODE] [--compact] [FILE|-]
//! clusprop control [--json] CODE
//! clusprop show network|netinterface [--state N] [--hex|--base64] FILE...
//! clusprop inspect [--hex|--base64] [--lenient] [--value-list | --control CODE] [--json] [--color WHEN] [FILE|-]
//! clusprop bench [--iterations N] FILE
//! ```
//!
//! `decode` prints the canonical JSON. Malformed input: exit status 1 and one line on stderr that
//! names the broken rule and says `at offset N`.

mod bench;
mod control;
mod decode;
mod encode;
mod input;
mod inspect;
mod show;

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::fmt;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "clusprop",
    version,
    about = "Decode Windows Failover Cluster property lists (CLUSPROP)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Decode a property list (or a value list, or a control's output) into the canonical JSON.
    Decode(DecodeArgs),
    /// Encode canonical JSON (or, with --schema, a plain JSON update) into property-list bytes.
    Encode(EncodeArgs),
    /// Explain a control code (any of the SDK's 310 CLUSCTL_* names, or a number such as
    /// 0x0540005E): its parts and what it takes and returns.
    Control(ControlArgs),
    /// Print the typed common properties of a network or network interface for a person.
    Show(ShowArgs),
    /// Dissect a buffer: one line an entry (offset, kind, syntax, cbLength, padding, value), and
    /// for a malformed buffer the entries before the error, then the error and where it is.
    Inspect(inspect::InspectArgs),
    /// Time parse, decode, encode and json on a property list, in process (like `zstd -b`);
    /// prints OPERATION<TAB>NS_PER_OP<TAB>MB_PER_S per operation (MB = 10^6 input bytes).
    Bench(BenchArgs),
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum SchemaKind {
    /// A network's SET_COMMON_PROPERTIES payload: Description, Role, Metric, AutoMetric.
    NetworkUpdate,
    /// A network interface's SET_COMMON_PROPERTIES payload: Description.
    NetinterfaceUpdate,
}

#[derive(Args, Debug)]
struct EncodeArgs {
    /// Write hexadecimal text instead of bytes (the default when writing to a terminal).
    #[arg(long)]
    hex: bool,
    /// The input is a standalone value list ({"values": [...]}).
    #[arg(long, conflicts_with = "schema")]
    value_list: bool,
    /// Also write what only lenient decoding reads (the JSON of `decode --lenient`): names
    /// without their NUL or with invalid UTF-16, properties without values, values a strict
    /// list refuses, bytes after the list. Without it, only what strict decoding accepts is
    /// written.
    #[arg(long, conflicts_with = "schema")]
    lenient: bool,
    /// Build a validated SET_COMMON_PROPERTIES payload from plain JSON such as
    /// {"Role": 1, "Description": "Heartbeat"}, the schema supplying the syntaxes.
    #[arg(long, value_enum)]
    schema: Option<SchemaKind>,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// The JSON input; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct ControlArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// The code: a name such as CLUSCTL_RESOURCE_GET_CLASS_INFO (the CLUSCTL_ prefix and the case
    /// may be left out), 0x-hex, or decimal. Prints the input and the output kind: nothing,
    /// dword, string, strings, property_list, value_list, value_lists, class_info, filetime,
    /// maintenance_mode, undocumented (bytes), or unknown for a code without a name.
    code: String,
}

#[derive(Args, Debug)]
struct BenchArgs {
    /// Iterations per timed batch (7 batches per operation, the median one reported). By
    /// default, calibrated during the warm-up so that each operation runs for about a second.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    iterations: Option<u64>,
    /// The property list (raw bytes); `-` reads standard input.
    file: PathBuf,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum ObjectKind {
    /// A cluster network.
    Network,
    /// A cluster network interface.
    Netinterface,
}

#[derive(Args, Debug)]
struct ShowArgs {
    /// What the property lists describe.
    #[arg(value_enum)]
    object: ObjectKind,
    /// The state as GetClusterNetworkState / GetClusterNetInterfaceState returned it: a 32-bit
    /// signed integer (-1 is unknown).
    #[arg(long, allow_negative_numbers = true, value_parser = state)]
    state: Option<i32>,
    #[command(flatten)]
    encoding: Encoding,
    /// Property lists (GET_COMMON_PROPERTIES and GET_RO_COMMON_PROPERTIES output) of the same
    /// object; `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

#[derive(Args, Debug)]
struct Encoding {
    /// The input is hexadecimal text (whitespace ignored), not raw bytes.
    #[arg(long, conflicts_with = "base64")]
    hex: bool,
    /// The input is base64 text (whitespace ignored), not raw bytes.
    #[arg(long)]
    base64: bool,
}

#[derive(Args, Debug)]
struct DecodeArgs {
    #[command(flatten)]
    encoding: Encoding,
    /// Accept what sloppy producers send (see the `Mode::Lenient` documentation).
    #[arg(long)]
    lenient: bool,
    /// The input is a standalone value list, not a property list.
    #[arg(long, conflicts_with = "control")]
    value_list: bool,
    /// The input is the output buffer of this control code (any CLUSCTL_* name, with or without
    /// the prefix, or a number): a property list or a value list prints as the canonical JSON, a
    /// DWORD as {"dword": N}, a string as {"string": "..."}, a name list as {"strings": [...]}, a
    /// CLUS_RESOURCE_CLASS_INFO as {"class": N, "subclass": N}, a control without output as {},
    /// and the output of a control Microsoft does not document as {"bytes": "<hex>"}.
    #[arg(long, value_name = "CODE")]
    control: Option<String>,
    /// Print the JSON on one line.
    #[arg(long)]
    compact: bool,
    /// The input file; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

/// A `--state`: a `CLUSTER_NETWORK_STATE` or `CLUSTER_NETINTERFACE_STATE`, which clusapi returns
/// as a 32-bit signed integer. Anything else is a usage error (it used to wrap: 4294967299 was 3).
fn state(text: &str) -> Result<i32, String> {
    text.parse().map_err(|_| {
        format!(
            "a state is a 32-bit signed integer as clusapi returns it, from {} to {} (-1 is \
             unknown)",
            i32::MIN,
            i32::MAX
        )
    })
}

/// Everything that ends the program with status 1.
#[derive(Debug)]
enum Failure {
    Io(String, io::Error),
    Input(String),
    Parse(String, clusprop::ParseError),
    Output(String, clusprop::control::OutputError),
    Property(String, clusprop::schema::PropertyError),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Io(what, e) => write!(f, "{what}: {e}"),
            Failure::Input(message) => f.write_str(message),
            Failure::Parse(what, e) => write!(f, "{what}: {e}"),
            Failure::Output(what, e) => write!(f, "{what}: {e}"),
            Failure::Property(what, e) => write!(f, "{what}: {e}"),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Decode(args) => decode::decode(&args),
        Command::Encode(args) => encode::encode(&args),
        Command::Control(args) => control::control(&args),
        Command::Show(args) => show::show(&args),
        Command::Inspect(args) => inspect::inspect(&args),
        Command::Bench(args) => bench::bench(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Io(_, e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(failure) => {
            // One line, whatever the message holds.
            let line = failure.to_string().replace(['\n', '\r'], " ");
            let _ = writeln!(io::stderr(), "clusprop: {line}");
            ExitCode::FAILURE
        }
    }
}
