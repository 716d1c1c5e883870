//! Codegen writes, replaces and removes only files it generated (those with the generated
//! header): a crate folder or file holding anything else stops the run before a byte is
//! written, with an error naming the folder.

use std::path::Path;

use codegen_tests::ScratchWorkspace;
use xtask::codegen::{Mode, run};

const PETS: &str = include_str!("../fixtures/pets.yaml");

fn write(root: &Path, relative: &str, contents: &str) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, contents).unwrap();
}

fn set_manifest(workspace: &ScratchWorkspace, from: &str, to: &str) {
    let manifest = workspace.read("specs/apis.toml").unwrap();
    assert!(manifest.contains(from), "{manifest}");
    write(workspace.root(), "specs/apis.toml", &manifest.replace(from, to));
}

/// Runs codegen expecting a refusal; checks nothing under `crates/` changed and returns the
/// one error.
fn refused(workspace: &ScratchWorkspace) -> String {
    let before = workspace.generated_files();
    for mode in [Mode::Check, Mode::Write] {
        let report = run(workspace.root(), mode);
        assert!(!report.succeeded(), "{}", report.render());
        assert_eq!(workspace.generated_files(), before, "a refused run must not touch a file");
        assert_eq!(report.errors.len(), 1, "{}", report.render());
    }
    run(workspace.root(), Mode::Write).errors.remove(0)
}

#[test]
fn a_hand_written_crate_named_in_the_manifest_is_left_whole() {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    write(workspace.root(), "crates/engine/Cargo.toml", "[package]\nname = \"engine\"\n");
    write(workspace.root(), "crates/engine/src/lib.rs", "//! Hand-written.\npub fn keep() {}\n");
    write(workspace.root(), "crates/engine/src/passes/mod.rs", "// also mine\n");
    set_manifest(&workspace, "server-crate = \"pets-server\"", "server-crate = \"engine\"");

    let error = refused(&workspace);
    assert!(
        error.starts_with(
            "crates/engine: holds files without the generated header (Cargo.toml, src/lib.rs, src/passes/mod.rs)"
        ),
        "{error}"
    );
    assert!(error.contains("give API `pets` another crate name in specs/apis.toml"), "{error}");
    assert!(!workspace.root().join("crates/pets-types").exists(), "nothing else is written either");
}

#[test]
fn a_file_added_by_hand_to_a_generated_crate_stops_the_run() {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    assert!(run(workspace.root(), Mode::Write).succeeded());
    write(workspace.root(), "crates/pets-client/src/extra.rs", "pub fn mine() {}\n");
    // A generated file edited so that it lost its header is not the engine's any more either.
    let lib = workspace.read("crates/pets-server/src/lib.rs").unwrap();
    write(workspace.root(), "crates/pets-server/src/lib.rs", &lib.replacen("// @generated", "// edited", 1));

    let before = workspace.generated_files();
    let report = run(workspace.root(), Mode::Write);
    assert_eq!(workspace.generated_files(), before);
    let errors = report.errors.join("\n");
    assert!(errors.contains("crates/pets-client: holds files without the generated header (src/extra.rs)"), "{errors}");
    assert!(errors.contains("crates/pets-server: holds files without the generated header (src/lib.rs)"), "{errors}");
}

#[test]
fn a_removed_api_s_crate_goes_only_if_all_of_it_was_generated() {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    assert!(run(workspace.root(), Mode::Write).succeeded());
    write(workspace.root(), "crates/pets-server/NOTES.md", "my notes\n");
    set_manifest(&workspace, "server-crate = \"pets-server\"\n", "");

    let error = refused(&workspace);
    assert!(error.starts_with("crates/pets-server: holds files without the generated header (NOTES.md)"), "{error}");
    assert!(error.contains("no longer in the manifest"), "{error}");

    std::fs::remove_file(workspace.root().join("crates/pets-server/NOTES.md")).unwrap();
    let report = run(workspace.root(), Mode::Write);
    assert!(report.succeeded(), "{}", report.render());
    assert!(!workspace.root().join("crates/pets-server").exists());
    assert!(workspace.root().join("crates/pets-client/Cargo.toml").exists());
}

#[test]
fn an_engine_file_without_the_header_is_not_replaced() {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    write(workspace.root(), "crates/openapi-codegen/REWRITES.md", "# my own notes\n");
    let error = refused(&workspace);
    assert_eq!(
        error,
        "crates/openapi-codegen/REWRITES.md: exists without the generated header, so codegen does not replace it"
    );
    assert_eq!(workspace.read("crates/openapi-codegen/REWRITES.md").unwrap(), "# my own notes\n");
}

#[test]
fn two_apis_naming_one_crate_are_named_with_their_lines() {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", PETS).unwrap();
    write(workspace.root(), "specs/cats.yaml", PETS);
    let manifest = workspace.read("specs/apis.toml").unwrap();
    let cats = manifest
        .replace("name = \"pets\"", "name = \"cats\"")
        .replace("spec = \"pets.yaml\"", "spec = \"cats.yaml\"")
        .replace("\"pets-types\"", "\"cats-types\"")
        .replace("\"pets-server\"", "\"cats-server\"");
    write(workspace.root(), "specs/apis.toml", &format!("{manifest}\n{cats}"));

    let error = refused(&workspace);
    assert_eq!(
        error,
        "specs/apis.toml: line 16, column 1: crate `pets-client` is generated for API `pets` (line 7) and for API \
         `cats` (line 16): each crate belongs to one API"
    );
}
