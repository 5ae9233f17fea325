//! The crate's layout, checked: the library's top-level modules depend on each other without a
//! cycle, reading never depends on writing or on the owned model, and the crate root re-exports
//! only the everyday names (ARCHITECTURE.md).
//!
//! Dependencies are read from the sources as text: every `crate::m` (and `$crate::m` in macros),
//! including the names inside `use crate::{a::…, b::…}` groups, outside comments.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The most names the crate root may re-export.
const MAX_ROOT_NAMES: usize = 30;

/// The library's top-level module of a file under `src/` (`None` for the root).
fn top_module(relative: &Path) -> Option<String> {
    let mut parts = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    let first = parts.next()?;
    if first == "lib.rs" {
        return None;
    }
    Some(first.trim_end_matches(".rs").to_owned())
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source without comments (line comments, doc comments and block comments).
fn code_of(source: &str) -> String {
    let mut code = String::with_capacity(source.len());
    let mut depth = 0usize;
    for line in source.lines() {
        let mut rest = line;
        let mut kept = String::new();
        loop {
            if depth > 0 {
                match rest.find("*/") {
                    Some(end) => {
                        depth -= 1;
                        rest = &rest[end + 2..];
                        continue;
                    }
                    None => break,
                }
            }
            let line_comment = rest.find("//");
            match rest.find("/*") {
                Some(block) if line_comment.is_none_or(|l| block < l) => {
                    kept.push_str(&rest[..block]);
                    depth += 1;
                    rest = &rest[block + 2..];
                }
                _ => {
                    kept.push_str(&rest[..line_comment.unwrap_or(rest.len())]);
                    break;
                }
            }
        }
        code.push_str(&kept);
        code.push('\n');
    }
    code
}

fn identifier_at(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// The top-level modules `code` names through `crate::`.
fn dependencies(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let after = code[at + "crate::".len()..].trim_start();
        if let Some(group) = after.strip_prefix('{') {
            // `crate::{a::b, c, d::{e, f}}`: the first name of each item at depth 1.
            let mut depth = 1usize;
            let mut expect_name = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => expect_name = true,
                    c if expect_name && depth == 1 && (c.is_ascii_alphanumeric() || c == '_') => {
                        found.insert(identifier_at(&group[i..]));
                        expect_name = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name = identifier_at(after);
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

/// Module → the other top-level modules it depends on.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files
        .iter()
        .filter_map(|f| top_module(f.strip_prefix(&src).unwrap()))
        .collect();
    let root_reexports = root_reexports();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(module) = top_module(file.strip_prefix(&src).unwrap()) else {
            continue;
        };
        let code = code_of(&fs::read_to_string(file).unwrap());
        let entry = graph.entry(module.clone()).or_default();
        for dependency in dependencies(&code) {
            // A name re-exported at the root counts as the module it comes from.
            let target = root_reexports
                .get(&dependency)
                .cloned()
                .unwrap_or(dependency);
            if target != module && modules.contains(&target) {
                entry.insert(target);
            }
        }
    }
    graph
}

/// The crate root's `pub use` names, each with the top-level module it comes from.
fn root_reexports() -> BTreeMap<String, String> {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let code = code_of(&lib);
    let mut names = BTreeMap::new();
    for statement in code.split(';') {
        let statement = statement.trim();
        let Some(path) = statement
            .lines()
            .map(str::trim)
            .skip_while(|l| l.starts_with("#["))
            .collect::<Vec<_>>()
            .join(" ")
            .strip_prefix("pub use ")
            .map(str::to_owned)
        else {
            continue;
        };
        let module = identifier_at(&path);
        let items = match (path.find('{'), path.rfind('}')) {
            (Some(open), Some(close)) => path[open + 1..close].to_owned(),
            _ => path.rsplit("::").next().unwrap().to_owned(),
        };
        for item in items.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let name = item
                .rsplit(" as ")
                .next()
                .unwrap()
                .rsplit("::")
                .next()
                .unwrap();
            names.insert(name.to_owned(), module.clone());
        }
    }
    names
}

/// Every module that `from` reaches, itself excluded unless on a cycle.
fn reachable(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<&str> = graph
        .get(from)
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    while let Some(module) = stack.pop() {
        if seen.insert(module.to_owned()) {
            stack.extend(graph.get(module).into_iter().flatten().map(String::as_str));
        }
    }
    seen
}

#[test]
fn the_dependency_reader_sees_groups_paths_and_macros_but_not_comments() {
    let code = code_of(
        "use crate::read::{a, b};\nuse crate::{\n    error::X,\n    owned::{Y, Z},\n    Syntax,\n};\n\
         // crate::json in a comment\n/// [link](crate::adapter)\nlet _ = $crate::schema::object!();\n\
         /* crate::write */ crate::control::ControlCode::new(a, b)",
    );
    let found: Vec<String> = dependencies(&code).into_iter().collect();
    assert_eq!(
        found,
        ["Syntax", "control", "error", "owned", "read", "schema"]
    );
}

#[test]
fn top_level_modules_have_no_dependency_cycle() {
    let graph = graph();
    assert!(
        graph.contains_key("read") && graph.contains_key("write") && graph.contains_key("owned")
    );
    let cycles: Vec<String> = graph
        .keys()
        .filter(|m| reachable(&graph, m).contains(*m))
        .cloned()
        .collect();
    assert!(
        cycles.is_empty(),
        "modules on a cycle: {cycles:?}\ngraph: {graph:#?}"
    );
}

#[test]
fn dependencies_run_one_way() {
    let graph = graph();
    let read = reachable(&graph, "read");
    assert!(
        !read.contains("write") && !read.contains("owned"),
        "read reaches {read:?}"
    );
    let write = reachable(&graph, "write");
    assert!(!write.contains("owned"), "write reaches {write:?}");
    for core in ["read", "write", "owned", "error", "syntax"] {
        let reached = reachable(&graph, core);
        for layer in ["schema", "objects", "control", "json", "adapter"] {
            assert!(
                !reached.contains(layer),
                "{core} reaches {layer}: {reached:?}"
            );
        }
    }
    let control = reachable(&graph, "control");
    assert!(
        !control.contains("objects") && !control.contains("schema"),
        "control reaches {control:?}"
    );
}

#[test]
fn the_root_reexports_only_everyday_names() {
    let names = root_reexports();
    assert!(names.contains_key("PropertyList") && names.contains_key("Visit"));
    assert!(
        names.len() <= MAX_ROOT_NAMES,
        "{} names re-exported at the root (at most {MAX_ROOT_NAMES}): {:?}",
        names.len(),
        names.keys().collect::<Vec<_>>()
    );
}
