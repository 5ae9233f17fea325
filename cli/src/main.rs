//! `clusprop`: decode Windows Failover Cluster property lists and value lists.
//!
//! ```text
//! clusprop decode [--hex|--base64] [--lenient] [--value-list | --control CODE] [--lines]
//!                 [--compact|--pretty] [-o FILE] [FILE|-]
//! clusprop encode [--hex] [--value-list] [--lenient] [--schema KIND] [-o FILE] [FILE|-]
//! clusprop control [--json [--compact|--pretty]] CODE
//! clusprop show network|netinterface [--state N] [--hex|--base64] [--json] FILE...
//! clusprop inspect [--hex|--base64] [--lenient] [--value-list | --control CODE]
//!                  [--json [--compact|--pretty]] [--color WHEN] [FILE|-]
//! clusprop bench [--iterations N] FILE
//! clusprop malform [--hex|--base64] [--value-list] [--class NAME]... [--count N] [--seed S]
//!                  -o DIR FILE
//! clusprop completions bash|zsh|fish|powershell
//! clusprop man
//! ```
//!
//! `decode` prints the canonical JSON. Malformed input: exit status 1 and one line on stderr that
//! names the broken rule and says `at offset N` (`--error-format json`: one JSON object). The
//! exit statuses are in [`failure::status`].

mod bench;
mod control;
mod decode;
mod encode;
mod failure;
mod input;
mod inspect;
mod lines;
mod malform;
mod output;
mod show;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use failure::{ErrorFormat, Failure, EXIT_STATUSES};
use output::JsonStyle;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "clusprop",
    version,
    about = "Decode Windows Failover Cluster property lists (CLUSPROP)",
    after_help = EXIT_STATUSES
)]
struct Cli {
    /// How failures are printed on standard error: one line of text, or one JSON object
    /// {"error", "kind", "file", "rule", "offset", "message", "status"} on one line.
    #[arg(long, value_enum, global = true, default_value_t = ErrorFormat::Text)]
    error_format: ErrorFormat,
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
    /// Write labelled malformed buffers derived from a valid list (one malformation class each,
    /// chosen by a seed) and MANIFEST.tsv with each one's class, entry and expected errors.
    Malform(malform::MalformArgs),
    /// Print a completion script for a shell, generated from these options, e.g.
    /// `clusprop completions bash > /etc/bash_completion.d/clusprop`.
    Completions(CompletionsArgs),
    /// Print the manual page (roff), generated from these options, e.g.
    /// `clusprop man > clusprop.1 && man ./clusprop.1`.
    Man,
}

#[derive(Args, Debug)]
struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    shell: Shell,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
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
    #[command(flatten)]
    style: JsonStyle,
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
    /// Print the typed properties as JSON: {"object", "name", "properties": {NAME: VALUE, ...},
    /// "state", "unknown": [canonical JSON properties]}.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    style: JsonStyle,
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

/// `--control`'s help for `decode`: what each kind of output prints as.
const DECODE_CONTROL_HELP: &str = "The input is the output buffer of this control code (any \
     CLUSCTL_* name, with or without the prefix, or a number): a property list or a value list \
     prints as the canonical JSON, value lists one per disk as {\"value_lists\": [...]}, a DWORD \
     as {\"dword\": N} (with \"names\": [...] of GET_CHARACTERISTICS and GET_FLAGS), a string as \
     {\"string\": \"...\"}, a name list as {\"strings\": [...]}, a CLUS_RESOURCE_CLASS_INFO as \
     {\"class\": N, \"class_name\", \"subclass\": N, \"subclass_names\"}, a FILETIME as \
     {\"filetime\": N, \"utc\": \"...\"}, a maintenance mode as {\"maintenance_mode\": \
     {\"in_maintenance\": N, ...}}, a control without output as {}, and the output of a control \
     Microsoft does not document as {\"bytes\": \"<hex>\"} (the shapes of \
     clusprop::json::ControlJson)";

#[derive(Args, Debug)]
#[command(mut_args(input::control_help(DECODE_CONTROL_HELP)))]
struct DecodeArgs {
    #[command(flatten)]
    input: input::InputArgs,
    /// One buffer per input line (hex, or base64 with --base64), one compact JSON document per
    /// output line, in order; a line that does not decode gives its error as a JSON object
    /// {"error", "kind", "file", "line", "rule", "offset", "message", "status"} and the run goes
    /// on (exit status 1 if any line failed).
    #[arg(long, conflicts_with = "pretty")]
    lines: bool,
    #[command(flatten)]
    style: JsonStyle,
    /// Write to this file instead of standard output (created once the input has decoded).
    #[arg(long, short)]
    output: Option<PathBuf>,
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

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let result = match cli.command {
        Command::Decode(args) => decode::decode(&args),
        Command::Encode(args) => encode::encode(&args),
        Command::Control(args) => control::control(&args),
        Command::Show(args) => show::show(&args),
        Command::Inspect(args) => inspect::inspect(&args),
        Command::Bench(args) => bench::bench(&args),
        Command::Malform(args) => malform::malform(&args),
        Command::Completions(args) => completions(args.shell),
        Command::Man => man(),
    };
    match result {
        Ok(()) => ExitCode::from(failure::status::OK),
        // A reader that went away (`| head`) is not a failure.
        Err(Failure::Io(_, e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(failure) => {
            report(&failure, cli.error_format);
            ExitCode::from(failure.status())
        }
    }
}

/// Prints a failure on standard error, in the chosen format, on one line.
fn report(failure: &Failure, format: ErrorFormat) {
    let line = match format {
        ErrorFormat::Text => format!("clusprop: {failure}"),
        ErrorFormat::Json => failure.to_json(None),
    };
    let _ = writeln!(io::stderr(), "{line}");
}

/// A command line clap refused (exit status 2), or `--help` / `--version` (printed, status 0).
/// With `--error-format json` anywhere on the line, the refusal is a JSON object too.
fn usage_error(e: &clap::Error) -> ExitCode {
    if !e.use_stderr() {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let args: Vec<String> = std::env::args().collect();
    let json = args
        .windows(2)
        .any(|w| w[0] == "--error-format" && w[1] == "json")
        || args.iter().any(|a| a == "--error-format=json");
    if json {
        let message = e.kind().as_str().map_or_else(
            || e.to_string(),
            |kind| {
                // clap's first line ("error: ...") without its prefix and styling.
                let text = e.render().to_string();
                let first = text.lines().next().unwrap_or(kind).to_owned();
                first.strip_prefix("error: ").unwrap_or(&first).to_owned()
            },
        );
        report(&Failure::Usage(message), ErrorFormat::Json);
    } else {
        let _ = e.print();
    }
    ExitCode::from(failure::status::USAGE)
}

/// `clusprop completions SHELL`.
fn completions(shell: Shell) -> Result<(), Failure> {
    use clap_complete::Shell as S;
    let shell = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Powershell => S::PowerShell,
    };
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "clusprop", &mut out);
    write_stdout(&out)
}

/// `clusprop man`.
fn man() -> Result<(), Failure> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| Failure::Io("the manual page".into(), e))?;
    write_stdout(&out)
}

fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| Failure::Io("standard output".into(), e))
}
