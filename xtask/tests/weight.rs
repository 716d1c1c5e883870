//! The weight of the generated code, bounded loosely per operation and per property: a change
//! that makes each of them cost much more code fails here, long before anyone measures a large
//! API with `cargo xtask try`. Each bound sits about a half above what the engine generates
//! today for the synthetic API of `cargo xtask bench-codegen`; lower it when the code shrinks.

use serde_json::Value;
use xtask::try_spec::{Options, run};

/// Lines of the types crate per property of the spec's component schemas (11 today).
const TYPES_LINES_PER_PROPERTY: usize = 17;
/// Lines of the client crate per operation (149 today).
const CLIENT_LINES_PER_OPERATION: usize = 220;
/// Lines of the server crate per operation (227 today).
const SERVER_LINES_PER_OPERATION: usize = 340;

#[test]
fn generated_lines_per_operation_and_property_stay_within_bounds() {
    let operations = 40;
    let spec = xtask::bench::synthetic_spec(operations);
    let document: Value = serde_json::from_str(&spec).expect("the synthetic spec is JSON");
    let properties: usize = document["components"]["schemas"]
        .as_object()
        .expect("schemas")
        .values()
        .map(|schema| schema["properties"].as_object().map_or(0, serde_json::Map::len))
        .sum();
    let dir = tempfile::tempdir().expect("a scratch folder");
    let path = dir.path().join("synthetic.json");
    std::fs::write(&path, spec).expect("written");
    let root = xtask::workspace_root().expect("the tests run inside the checkout");
    let options = Options { keep: false, check: false, builders: false, positional: false, select: None };
    let outcomes = run(&root, &[path], &options).expect("runs");
    let line = outcomes[0].render();
    let generated = outcomes[0].generated.as_ref().unwrap_or_else(|| panic!("{line}"));
    let lines = |role: &str| generated.lines.iter().find(|(of, _)| *of == role).map_or(0, |(_, lines)| *lines);
    let figures = [
        ("types lines per property", lines("types") / properties, TYPES_LINES_PER_PROPERTY),
        ("client lines per operation", lines("client") / operations, CLIENT_LINES_PER_OPERATION),
        ("server lines per operation", lines("server") / operations, SERVER_LINES_PER_OPERATION),
    ];
    for (what, figure, bound) in figures {
        assert!(figure > 0, "{what}: nothing generated? {line}");
        assert!(figure <= bound, "{what}: {figure}, more than the bound of {bound}: {line}");
    }
}
