//! The rewrite table (`crates/openapi-codegen/REWRITES.md`) is the engine's own: the file
//! matches the rule tables in the code, and every rule a spec triggers is in them.

use std::collections::BTreeSet;
use std::path::Path;

use openapi_codegen::manifest::{MANIFEST_PATH, parse_manifest};
use openapi_codegen::{generate_api, rewrite_rules, rewrite_rules_markdown};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap_or(Path::new(".."))
}

#[test]
fn rewrites_md_matches_the_engines_tables() {
    let path = root().join("crates/openapi-codegen/REWRITES.md");
    let expected = rewrite_rules_markdown();
    if std::env::var_os("REWRITES_UPDATE").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(committed, expected, "REWRITES.md is stale: rerun with REWRITES_UPDATE=1");
}

#[test]
fn rule_names_are_unique_and_every_emitted_rule_is_listed() {
    let mut names = BTreeSet::new();
    for (_, rules) in rewrite_rules() {
        for (name, _, _) in rules {
            assert!(names.insert(name), "rule `{name}` is listed twice");
        }
    }
    let text = std::fs::read_to_string(root().join(MANIFEST_PATH)).unwrap();
    for api in parse_manifest(&text, Path::new(MANIFEST_PATH)).unwrap().apis {
        for diagnostic in generate_api(root(), &api).unwrap().diagnostics {
            assert!(names.contains(diagnostic.rule), "{}: rule `{}` is not in the table", api.name, diagnostic.rule);
        }
    }
}
