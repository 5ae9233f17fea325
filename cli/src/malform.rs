//! `clusprop malform`: labelled malformed buffers derived from a valid list, for fuzz corpora
//! (`clusprop::malform`).
//!
//! Writes up to `--count` buffers into the output directory, each one (class, target entry)
//! pair of `clusprop::malform` chosen by a seeded `clusprop::mutate::SplitMix64` without
//! repetition, and `MANIFEST.tsv`: one line a buffer with the class, the target, and the labels
//! predicted by the library (the strict error's rule, offset and message; the lenient result).
//! The same seed and input give the same files, byte for byte.

use crate::input::read_bytes;
use crate::{Encoding, Failure};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::Args;
use clusprop::malform::{self, Class, ListKind, Malformed};
use clusprop::mutate::SplitMix64;
use clusprop::{ParseError, PropertyList, ValueList};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub(crate) struct MalformArgs {
    #[command(flatten)]
    encoding: Encoding,
    /// The input is a standalone value list, not a property list.
    #[arg(long)]
    value_list: bool,
    /// Only this malformation class (repeatable; default: every class). Classes that do not
    /// apply to the input are skipped with a note on standard error.
    #[arg(long = "class", value_name = "NAME", value_parser = class_parser())]
    classes: Vec<Class>,
    /// How many buffers to write (fewer when the input has fewer (class, entry) pairs).
    #[arg(long, value_name = "N", default_value_t = 32)]
    count: usize,
    /// The seed of the choice: the same seed gives the same buffers.
    #[arg(long, value_name = "S", default_value_t = 0)]
    seed: u64,
    /// The directory to write into (created if missing): the buffers and MANIFEST.tsv.
    #[arg(long, short, value_name = "DIR")]
    output: PathBuf,
    /// The valid list the buffers derive from; `-` reads standard input.
    file: PathBuf,
}

/// `--class`: one of the class names (clap lists them in `--help` and in the error).
fn class_parser() -> impl TypedValueParser<Value = Class> {
    PossibleValuesParser::new(Class::ALL.iter().map(|c| c.name())).try_map(|s| s.parse::<Class>())
}

/// The manifest's header line.
pub(crate) const MANIFEST_HEADER: &str =
    "file\tclass\tentry\tpart\tentry_offset\trule\toffset\terror\tlenient\tlenient_offset\tbytes";

pub(crate) fn malform(args: &MalformArgs) -> Result<(), Failure> {
    let (name, bytes) = read_bytes(Some(&args.file), &args.encoding)?;
    let kind = if args.value_list {
        ValueList::parse(&bytes)
            .map_err(|e| Failure::Parse(name.clone(), e))
            .map(drop)?;
        ListKind::ValueList
    } else {
        PropertyList::parse(&bytes)
            .map_err(|e| Failure::Parse(name.clone(), e))
            .map(drop)?;
        ListKind::PropertyList
    };
    let classes: Vec<Class> = if args.classes.is_empty() {
        Class::ALL.to_vec()
    } else {
        let mut chosen = args.classes.clone();
        chosen.sort_unstable();
        chosen.dedup();
        chosen
    };
    let mut pairs = Vec::new();
    let mut skipped = Vec::new();
    for &class in &classes {
        let targets = malform::targets(kind, &bytes, class);
        if targets.is_empty() {
            skipped.push(class.name());
        }
        pairs.extend(targets.into_iter().map(|t| (class, t)));
    }
    if !skipped.is_empty() {
        eprintln!(
            "clusprop: note: skipped, not applicable to {name}: {}",
            skipped.join(", ")
        );
    }
    if pairs.is_empty() {
        return Err(Failure::input(
            name,
            "no malformation class applies to this list",
        ));
    }
    // A seeded partial Fisher-Yates shuffle: `count` distinct pairs.
    let mut rng = SplitMix64::new(args.seed);
    let count = args.count.min(pairs.len());
    for i in 0..count {
        let j = i + rng.below(pairs.len() - i);
        pairs.swap(i, j);
    }
    pairs.truncate(count);
    if count < args.count {
        eprintln!(
            "clusprop: note: {name} has only {count} (class, entry) pairs for these classes: \
             {count} buffers instead of {}",
            args.count
        );
    }

    let dir = &args.output;
    std::fs::create_dir_all(dir).map_err(|e| Failure::Io(dir.display().to_string(), e))?;
    let mut manifest = String::from(MANIFEST_HEADER);
    manifest.push('\n');
    for (i, &(class, target)) in pairs.iter().enumerate() {
        let m = malform::malform(kind, &bytes, class, target)
            .map_err(|e| Failure::input(name.clone(), e.to_string()))?;
        let file = format!("{:04}-{class}.bin", i + 1);
        write_file(&dir.join(&file), &m.bytes)?;
        manifest_line(&mut manifest, &file, &m);
    }
    write_file(&dir.join("MANIFEST.tsv"), manifest.as_bytes())?;
    println!(
        "wrote {count} malformed buffers and MANIFEST.tsv to {}",
        dir.display()
    );
    Ok(())
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes).map_err(|e| Failure::Io(path.display().to_string(), e))
}

/// `rule`, `offset` and `message` of a label (`accepted`, `-`, `-` when there is no error).
fn columns(label: Option<&ParseError>) -> (&'static str, String, String) {
    match label {
        Some(e) => (e.rule(), e.offset().to_string(), e.to_string()),
        None => ("accepted", "-".into(), "-".into()),
    }
}

fn manifest_line(out: &mut String, file: &str, m: &Malformed) {
    let (rule, offset, error) = columns(m.strict.as_ref());
    let (lenient, lenient_offset, _) = columns(m.lenient.as_ref());
    let _ = writeln!(
        out,
        "{file}\t{}\t{}\t{}\t{}\t{rule}\t{offset}\t{error}\t{lenient}\t{lenient_offset}\t{}",
        m.class,
        m.target.index,
        m.target.part.as_str(),
        m.target.offset,
        m.bytes.len(),
    );
}
