//! `clusprop control`.

use crate::input::parse_code;
use crate::output::{write_json, Sink};
use crate::{ControlArgs, Failure};

pub(crate) fn control(args: &ControlArgs) -> Result<(), Failure> {
    let code = parse_code(&args.code)?;
    let object = code.object();
    // A code without a name has no known shape: "unknown" both ways.
    let input = code.input_kind().map_or("unknown", |k| k.as_str());
    let output = code.output_kind().map_or("unknown", |k| k.as_str());
    let mut sink = Sink::open(None)?;
    if args.json {
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
        let pretty = args.style.pretty(&sink);
        return sink.write(|out| write_json(out, &json, pretty));
    }
    let text = {
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
    sink.write(|out| out.write_all(text.as_bytes()))
}
