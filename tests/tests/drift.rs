//! The drift gate: change a copy of a spec the way specs really change, and show that the
//! generated code follows and that `--check` fails, naming the stale file, until regenerated.

use codegen_tests::ScratchWorkspace;
use xtask::codegen::{Drift, Mode, run};

const PETS: &str = include_str!("../fixtures/pets.yaml");
const TYPES: &str = "crates/pets-types/src/generated.rs";
const CLIENT: &str = "crates/pets-client/src/generated.rs";
const SERVER: &str = "crates/pets-server/src/generated.rs";

/// Generates `PETS`, applies `edit` to the spec, and returns the workspace and the check report.
fn drifted(edit: impl Fn(&str) -> String) -> (ScratchWorkspace, xtask::codegen::Report) {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    let first = run(workspace.root(), Mode::Write);
    assert!(first.succeeded(), "{}", first.render());
    assert!(run(workspace.root(), Mode::Check).succeeded());

    let changed = edit(PETS);
    assert_ne!(changed, PETS, "the edit must change the spec");
    workspace.write_spec("pets.yaml", &changed).unwrap();
    let check = run(workspace.root(), Mode::Check);
    (workspace, check)
}

fn stale_paths(report: &xtask::codegen::Report) -> Vec<String> {
    report
        .drift
        .iter()
        .filter(|d| matches!(d, Drift::Stale { .. }))
        .map(|d| d.path().to_string_lossy().replace('\\', "/"))
        .collect()
}

fn assert_regenerates(workspace: &ScratchWorkspace, expect_in: &str, expected: &str) {
    let before = workspace.read(expect_in).unwrap();
    assert!(!before.contains(expected), "`{expected}` already in {expect_in}");
    let write = run(workspace.root(), Mode::Write);
    assert!(write.succeeded(), "{}", write.render());
    assert!(workspace.read(expect_in).unwrap().contains(expected), "`{expected}` missing from {expect_in}");
    let check = run(workspace.root(), Mode::Check);
    assert!(check.succeeded(), "{}", check.render());
}

#[test]
fn new_enum_value_makes_types_stale() {
    let (workspace, check) = drifted(|spec| spec.replace("enum: [cat, dog]", "enum: [cat, dog, ferret]"));
    assert!(!check.succeeded());
    assert!(stale_paths(&check).contains(&TYPES.to_string()), "{}", check.render());
    // The spec's digest no longer matches the manifest either.
    assert_eq!(check.digests.len(), 1);
    let rendered = check.render();
    assert!(rendered.contains(&format!("stale: {TYPES}")), "{rendered}");
    assert!(rendered.contains("+    Ferret,"), "the short diff shows the new variant:\n{rendered}");
    assert!(rendered.contains("run `cargo xtask codegen`"), "{rendered}");
    assert_regenerates(&workspace, TYPES, "Ferret");
}

#[test]
fn renamed_property_makes_types_stale() {
    let (workspace, check) = drifted(|spec| {
        spec.replace("required: [name]", "required: [nickname]").replace("        name:\n", "        nickname:\n")
    });
    assert!(stale_paths(&check).contains(&TYPES.to_string()), "{}", check.render());
    assert_regenerates(&workspace, TYPES, "pub nickname: ::std::string::String");
}

#[test]
fn parameter_made_required_makes_client_stale() {
    let (workspace, check) = drifted(|spec| spec.replacen("          required: false", "          required: true", 1));
    assert!(stale_paths(&check).contains(&CLIENT.to_string()), "{}", check.render());
    // The server now rejects a request without it: its stub is stale too.
    assert!(stale_paths(&check).contains(&SERVER.to_string()), "{}", check.render());
    assert_regenerates(&workspace, CLIENT, "kind: Result<types::Kind, String>");
}

#[test]
fn hand_edits_and_stray_files_are_reported_and_repaired() {
    // Edits under the generated header, and a stray file that carries it (left by an older
    // layout): the engine's files still, so repaired and removed. Files without the header are
    // never touched (`ownership.rs`).
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    assert!(run(workspace.root(), Mode::Write).succeeded());
    let path = workspace.root().join(CLIENT);
    let generated = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{generated}\n// edited by hand\n")).unwrap();
    let header: String = generated.lines().take(2).map(|line| format!("{line}\n")).collect();
    std::fs::write(workspace.root().join("crates/pets-types/src/extra.rs"), header).unwrap();
    std::fs::remove_file(workspace.root().join("crates/pets-types/Cargo.toml")).unwrap();

    let check = run(workspace.root(), Mode::Check);
    let rendered = check.render();
    assert!(!check.succeeded());
    assert!(rendered.contains(&format!("stale: {CLIENT}")), "{rendered}");
    assert!(rendered.contains("missing: crates/pets-types/Cargo.toml"), "{rendered}");
    assert!(rendered.contains("unexpected: crates/pets-types/src/extra.rs"), "{rendered}");

    assert!(run(workspace.root(), Mode::Write).succeeded());
    assert!(run(workspace.root(), Mode::Check).succeeded());
    assert!(!workspace.root().join("crates/pets-types/src/extra.rs").exists());
}

#[test]
fn unchanged_files_are_not_rewritten() {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    assert!(run(workspace.root(), Mode::Write).succeeded());
    let path = workspace.root().join(TYPES);
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let again = run(workspace.root(), Mode::Write);
    assert!(again.drift.is_empty(), "{}", again.render());
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), before);
}

#[test]
fn committed_crates_match_the_vendored_specs() {
    let report = run(&codegen_tests::workspace_root(), Mode::Check);
    assert!(report.succeeded(), "{}", report.render());
}

#[test]
fn crates_of_a_removed_api_are_reported_and_removed() {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    assert!(run(workspace.root(), Mode::Write).succeeded());
    let manifest = workspace.root().join("specs/apis.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replace("server-crate = \"pets-server\"\n", "")).unwrap();

    let check = run(workspace.root(), Mode::Check);
    assert!(!check.succeeded());
    assert!(check.render().contains("unexpected: crates/pets-server/src/generated.rs"), "{}", check.render());

    assert!(run(workspace.root(), Mode::Write).succeeded());
    assert!(!workspace.root().join("crates/pets-server").exists(), "the whole crate directory goes");
    assert!(workspace.root().join("crates/pets-client").exists());
    assert!(run(workspace.root(), Mode::Check).succeeded());
}
