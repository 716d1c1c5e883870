//! The rewrite table (`crates/openapi-codegen/REWRITES.md`) is the engine's own: `cargo xtask
//! codegen` writes it from the rule tables and `--check` fails when it is stale, and every rule
//! a spec triggers is in those tables.

use codegen_tests::{ScratchWorkspace, workspace_root};
use openapi_codegen::manifest::read_manifest;
use openapi_codegen::{REWRITES_PATH, generate_api, rewrite_rules, rewrite_rules_markdown};
use std::collections::BTreeSet;
use xtask::codegen::{Mode, run};

const PETS: &str = include_str!("../fixtures/pets.yaml");

#[test]
fn codegen_writes_and_checks_the_rewrite_table() {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    assert!(run(workspace.root(), Mode::Write).succeeded());
    assert_eq!(workspace.read(REWRITES_PATH).unwrap(), rewrite_rules_markdown());

    let edited = format!("{}\n(edited by hand)\n", rewrite_rules_markdown());
    std::fs::write(workspace.root().join(REWRITES_PATH), edited).unwrap();
    let check = run(workspace.root(), Mode::Check);
    assert!(!check.succeeded());
    assert!(check.render().contains(&format!("stale: {REWRITES_PATH}")), "{}", check.render());
}

#[test]
fn rule_names_are_unique_and_every_emitted_rule_is_listed() {
    let mut names = BTreeSet::new();
    for (_, rules) in rewrite_rules() {
        for rule in rules {
            assert!(names.insert(rule.name), "rule `{}` is listed twice", rule.name);
        }
    }
    let root = workspace_root();
    for api in read_manifest(&root).unwrap().1.apis {
        for diagnostic in generate_api(&root, &api).unwrap().diagnostics {
            assert!(names.contains(diagnostic.rule), "{}: rule `{}` is not in the table", api.name, diagnostic.rule);
        }
    }
}
