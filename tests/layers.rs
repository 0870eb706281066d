//! The layering of `src/`: `model` imports no stage above it, and no module imports one that
//! imports it back (directly or around a loop). Read from the sources' `crate::…` paths, tests
//! and comments left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module of `src/` and the top-level modules its code names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "lib" || name == "main" {
            continue;
        }
        let mut files = Vec::new();
        collect(&path, &mut files);
        let mut named = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            // Unit tests sit at the end of a file, after `#[cfg(test)]`.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for (at, _) in line.match_indices("crate::") {
                    let module: String = line[at + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                    if !module.is_empty() && module != name {
                        named.insert(module);
                    }
                }
            }
        }
        graph.insert(name, named);
    }
    graph
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            collect(&entry.unwrap().path(), files);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        files.push(path.to_path_buf());
    }
}

#[test]
fn the_model_imports_no_stage_above_it() {
    let graph = imports();
    let stages = [
        "load",
        "validate",
        "figures",
        "documents",
        "render",
        "i18n",
        "engine",
        "executor",
        "inputs",
        "config",
        "charts",
        "output",
        "cmd",
        "cli",
        "template_set",
    ];
    let model = &graph["model"];
    let above: Vec<&String> = model.iter().filter(|m| stages.contains(&m.as_str())).collect();
    assert!(above.is_empty(), "src/model imports {above:?}");
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = imports();
    // A depth-first walk that reports the first loop it finds, as the path around it.
    fn visit(node: &str, graph: &BTreeMap<String, BTreeSet<String>>, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, &graph, &mut Vec::new(), &mut done) {
            panic!("modules import each other in a loop: {}", cycle.join(" → "));
        }
    }
}
