//! `clusprop`: decode Windows Failover Cluster property lists and value lists.
//!
//! ```text
//! clusprop decode [--hex|--base64] [--lenient] [--value-list | --control CODE] [--compact] [FILE|-]
//! clusprop control [--json] CODE
//! clusprop show network|netinterface [--state N] [--hex|--base64] FILE...
//! ```
//!
//! `decode` prints the canonical JSON. Malformed input: exit status 1 and one line on stderr that
//! names the broken rule and says `at offset N`.

use base64::Engine as _;
use clap::{Args, Parser, Subcommand, ValueEnum};
use clusprop::control::{ControlCode, ControlOutput, OutputKind};
use clusprop::network::{
    NetInterfaceCommonProperties, NetInterfaceState, NetworkCommonProperties, NetworkState, Parsed,
};
use clusprop::{Mode, PropertyList, ValueList};
use std::fmt;
use std::io::{self, Read, Write};
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
    /// Explain a control code (a CLUSCTL_* name or a number such as 0x0540005E).
    Control(ControlArgs),
    /// Print the typed common properties of a network or network interface for a person.
    Show(ShowArgs),
}

#[derive(Args, Debug)]
struct ControlArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// The code: a name such as CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, 0x-hex, or decimal.
    code: String,
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
    /// The state as GetClusterNetworkState / GetClusterNetInterfaceState returned it.
    #[arg(long)]
    state: Option<i64>,
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
    /// The input is the output buffer of this control code (a name or a number): a property
    /// list prints as the canonical JSON, a DWORD as {"dword": N}, a string as {"string": "..."},
    /// a name list as {"strings": [...]}, and a control without output as {}.
    #[arg(long, value_name = "CODE")]
    control: Option<String>,
    /// Print the JSON on one line.
    #[arg(long)]
    compact: bool,
    /// The input file; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

/// Everything that ends the program with status 1.
#[derive(Debug)]
enum Failure {
    Io(String, io::Error),
    Input(String),
    Parse(String, clusprop::ParseError),
    Output(String, clusprop::control::OutputError),
    Property(String, clusprop::network::PropertyError),
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
        Command::Decode(args) => decode(&args),
        Command::Control(args) => control(&args),
        Command::Show(args) => show(&args),
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

/// Reads FILE, or standard input for `-` or no FILE.
fn read_input(file: Option<&PathBuf>) -> Result<(String, Vec<u8>), Failure> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let name = path.display().to_string();
            bytes = std::fs::read(path).map_err(|e| Failure::Io(name.clone(), e))?;
            Ok((name, bytes))
        }
        _ => {
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::Io("standard input".into(), e))?;
            Ok(("standard input".into(), bytes))
        }
    }
}

/// Decodes hexadecimal text, ignoring ASCII whitespace.
fn from_hex(text: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut high: Option<(usize, u8)> = None;
    for (offset, &c) in text.iter().enumerate() {
        if c.is_ascii_whitespace() {
            continue;
        }
        let digit = (c as char).to_digit(16).ok_or_else(|| {
            Failure::Input(format!(
                "invalid hex input: {:?} is not a hex digit, at offset {offset} of the text",
                c as char
            ))
        })? as u8;
        match high.take() {
            None => high = Some((offset, digit)),
            Some((_, h)) => out.push(h << 4 | digit),
        }
    }
    if let Some((offset, _)) = high {
        return Err(Failure::Input(format!(
            "invalid hex input: odd number of hex digits, the last one at offset {offset} of the text"
        )));
    }
    Ok(out)
}

/// Decodes base64 text (standard alphabet, padding optional), ignoring ASCII whitespace.
fn from_base64(text: &[u8]) -> Result<Vec<u8>, Failure> {
    let compact: Vec<u8> = text
        .iter()
        .copied()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    engine
        .decode(&compact)
        .map_err(|e| Failure::Input(format!("invalid base64 input: {e}")))
}

/// Reads one input and undoes its text encoding.
fn read_bytes(file: Option<&PathBuf>, encoding: &Encoding) -> Result<(String, Vec<u8>), Failure> {
    let (name, input) = read_input(file)?;
    let bytes = if encoding.hex {
        from_hex(&input)?
    } else if encoding.base64 {
        from_base64(&input)?
    } else {
        input
    };
    Ok((name, bytes))
}

fn parse_code(text: &str) -> Result<ControlCode, Failure> {
    text.parse()
        .map_err(|e: clusprop::control::UnknownControlName| Failure::Input(e.to_string()))
}

fn decode(args: &DecodeArgs) -> Result<(), Failure> {
    let code = args.control.as_deref().map(parse_code).transpose()?;
    let (name, bytes) = read_bytes(args.file.as_ref(), &args.encoding)?;
    let mode = if args.lenient {
        Mode::Lenient
    } else {
        Mode::Strict
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = if let Some(code) = code {
        let output = code
            .decode_output_with(&bytes, mode)
            .map_err(|e| Failure::Output(name, e))?;
        let json = match output {
            ControlOutput::PropertyList(list) => serde_json::to_value(list),
            ControlOutput::Dword(v) => Ok(serde_json::json!({ "dword": v })),
            ControlOutput::String(s) => Ok(serde_json::json!({ "string": s })),
            ControlOutput::Strings(m) => Ok(serde_json::json!({ "strings": m })),
            _ => Ok(serde_json::json!({})),
        };
        let json = json.map_err(|e| Failure::Input(format!("cannot serialize the output: {e}")))?;
        write_json(&mut out, &json, args.compact)
    } else if args.value_list {
        let list = ValueList::parse_with(&bytes, mode).map_err(|e| Failure::Parse(name, e))?;
        write_json(&mut out, &list, args.compact)
    } else {
        let list = PropertyList::parse_with(&bytes, mode).map_err(|e| Failure::Parse(name, e))?;
        write_json(&mut out, &list, args.compact)
    };
    written
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Io("standard output".into(), e))
}

fn kind_name(kind: Option<OutputKind>) -> &'static str {
    match kind {
        Some(OutputKind::Nothing) => "nothing",
        Some(OutputKind::Dword) => "dword",
        Some(OutputKind::String) => "string",
        Some(OutputKind::Strings) => "strings",
        Some(OutputKind::PropertyList) => "property_list",
        None => "unknown",
    }
}

fn control(args: &ControlArgs) -> Result<(), Failure> {
    let code = parse_code(&args.code)?;
    let object = code.object();
    let input = if code.takes_property_list() {
        "property_list"
    } else {
        "nothing"
    };
    let output = kind_name(code.output_kind());
    let text = if args.json {
        let object_json = match object.name() {
            Some(name) => serde_json::json!(name),
            None => serde_json::json!(object.0),
        };
        let json = serde_json::json!({
            "code": format!("{:#010x}", code.0),
            "name": code.name(),
            "object": object_json,
            "function": code.function(),
            "access": code.access().as_str(),
            "modify": code.is_modify(),
            "internal": code.is_internal(),
            "user": code.is_user(),
            "global": code.is_global(),
            "clctl": code.clctl().name(),
            "input": input,
            "output": output,
        });
        format!("{json}\n")
    } else {
        let flags: Vec<&str> = [
            (code.is_internal(), "internal"),
            (code.is_user(), "user"),
            (code.is_modify(), "modify"),
            (code.is_global(), "global"),
        ]
        .into_iter()
        .filter_map(|(set, name)| set.then_some(name))
        .collect();
        format!(
            "{}\n  code      {:#010x}\n  object    {} ({})\n  function  {}{}\n  access    {}\n  flags     {}\n  input     {}\n  output    {}\n",
            code.name().unwrap_or("(no Microsoft name)"),
            code.0,
            object,
            object.0,
            code.function(),
            code.clctl().name().map(|n| format!(" ({n})")).unwrap_or_default(),
            code.access(),
            if flags.is_empty() { "none".to_owned() } else { flags.join(", ") },
            input.replace('_', " "),
            output.replace('_', " "),
        )
    };
    io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| Failure::Io("standard output".into(), e))
}

/// `value`, `(none)` when absent, `(empty)` when empty.
fn or_none<T: std::fmt::Display>(value: Option<&T>) -> String {
    match value.map(ToString::to_string) {
        None => "(none)".to_owned(),
        Some(s) if s.is_empty() => "(empty)".to_owned(),
        Some(s) => s,
    }
}

fn list_of<T: std::fmt::Display>(items: &[T]) -> String {
    if items.is_empty() {
        return "(none)".to_owned();
    }
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn show(args: &ShowArgs) -> Result<(), Failure> {
    let mut inputs = Vec::new();
    for file in &args.files {
        inputs.push(read_bytes(Some(file), &args.encoding)?);
    }
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut row = |k: &str, v: String| lines.push((k.to_owned(), v));
    let (title, other) = match args.object {
        ObjectKind::Network => {
            let mut props = NetworkCommonProperties::default();
            for (name, bytes) in &inputs {
                let list =
                    PropertyList::parse(bytes).map_err(|e| Failure::Parse(name.clone(), e))?;
                props
                    .merge_list(&list)
                    .map_err(|e| Failure::Property(name.clone(), e))?;
            }
            row("Description", or_none(props.description.as_ref()));
            row(
                "Role",
                or_none(props.role.as_ref()).to_string()
                    + &props
                        .role
                        .map(|r| format!(" ({})", r.0))
                        .unwrap_or_default(),
            );
            let metric = match (props.metric, props.auto_metric) {
                (Some(m), Some(true)) => format!("{m} (set automatically)"),
                (Some(m), Some(false)) => format!("{m} (set manually)"),
                (m, _) => or_none(m.as_ref()),
            };
            row("Metric", metric);
            row(
                "Address",
                match (&props.address, &props.address_mask) {
                    (Some(a), Some(m)) => format!("{a} mask {m}"),
                    (a, _) => or_none(a.as_ref()),
                },
            );
            row(
                "IPv4 subnets",
                prefixes(&props.ipv4_addresses, &props.ipv4_prefix_lengths),
            );
            row(
                "IPv6 prefixes",
                prefixes(&props.ipv6_addresses, &props.ipv6_prefix_lengths),
            );
            if let Some(state) = args.state {
                let state = NetworkState(state as u32);
                row("State", format!("{state} ({})", state.0 as i32));
            }
            (
                format!("Network {}", quoted(props.name.as_deref())),
                props.other,
            )
        }
        ObjectKind::Netinterface => {
            let mut props = NetInterfaceCommonProperties::default();
            for (name, bytes) in &inputs {
                let list =
                    PropertyList::parse(bytes).map_err(|e| Failure::Parse(name.clone(), e))?;
                props
                    .merge_list(&list)
                    .map_err(|e| Failure::Property(name.clone(), e))?;
            }
            row("Description", or_none(props.description.as_ref()));
            row("Node", or_none(props.node.as_ref()));
            row("Network", or_none(props.network.as_ref()));
            row("Adapter", or_none(props.adapter.as_ref()));
            row("Adapter ID", or_none(props.adapter_id.as_ref()));
            row("Address", or_none(props.address.as_ref()));
            row(
                "DHCP",
                props.dhcp_enabled.map_or("(none)".to_owned(), |d| {
                    if d { "enabled" } else { "disabled" }.to_owned()
                }),
            );
            row("IPv4 addresses", list_of(&props.ipv4_addresses));
            row("IPv6 addresses", list_of(&props.ipv6_addresses));
            if let Some(state) = args.state {
                let state = NetInterfaceState(state as u32);
                row("State", format!("{state} ({})", state.0 as i32));
            }
            (
                format!("Network interface {}", quoted(props.name.as_deref())),
                props.other,
            )
        }
    };
    for property in &other {
        let values: Vec<String> = property
            .values
            .iter()
            .map(|v| serde_json::to_string(&v.view()).unwrap_or_default())
            .collect();
        row(&property.name, values.join(", "));
    }
    let width = lines.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 1;
    let mut text = format!("{title}\n");
    for (key, value) in lines {
        text.push_str(&format!("  {:<width$} {value}\n", format!("{key}:")));
    }
    io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| Failure::Io("standard output".into(), e))
}

fn quoted(name: Option<&str>) -> String {
    name.map_or_else(|| "(no name)".to_owned(), |n| format!("{n:?}"))
}

/// `address/length` pairs; an address or length that did not parse is shown as it came.
fn prefixes<A: std::fmt::Display>(addresses: &[Parsed<A>], lengths: &[Parsed<u8>]) -> String {
    if addresses.is_empty() {
        return "(none)".to_owned();
    }
    addresses
        .iter()
        .enumerate()
        .map(|(i, a)| match lengths.get(i) {
            Some(l) => format!("{a}/{l}"),
            None => a.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_json<W: Write, T: serde::Serialize>(
    out: &mut W,
    value: &T,
    compact: bool,
) -> io::Result<()> {
    if compact {
        serde_json::to_writer(&mut *out, value)?;
    } else {
        serde_json::to_writer_pretty(&mut *out, value)?;
    }
    out.write_all(b"\n")
}
