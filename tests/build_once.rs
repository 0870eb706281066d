//! `cargo test` right after `cargo run` must compile palermo alone: the test-only dependencies
//! may not change the features of any crate the binary shares, or cargo compiles typst a second
//! time (about six minutes on two cores). This compares the two feature sets cargo resolves.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// Each package (name and version) with the feature sets it is built with.
fn features(edges: &str) -> BTreeMap<String, BTreeSet<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--offline", "--locked", "--prefix", "none", "-f", "{p}|{f}", "-e", edges])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Some((package, features)) = line.split_once('|') else { continue };
        let package = package.trim_end_matches(" (*)").split(" (").next().unwrap_or(package).to_string();
        map.entry(package).or_default().insert(features.trim_end_matches(" (*)").to_string());
    }
    map
}

#[test]
fn the_tests_build_on_the_binarys_dependencies() {
    let binary = features("normal,build");
    let tests = features("normal,build,dev");
    let drifted: Vec<String> = binary
        .iter()
        .filter_map(|(package, set)| {
            let with_tests = tests.get(package)?;
            // Every way the binary builds a crate must stay; a crate the binary builds only for a
            // build script (fastrand, for phf) may be built once more, for the target, by a
            // test-only crate: that rebuilds nothing else.
            (!with_tests.is_superset(set)).then(|| format!("{package}: {set:?} for the binary, {with_tests:?} with the tests"))
        })
        .collect();
    assert!(drifted.is_empty(), "features differ; align them in Cargo.toml's feature-alignment block:\n{}", drifted.join("\n"));
}
