//! insta snapshots of every generated file and of the rewrites behind them, for both vendored
//! specs and for our own fixture of 3.1 constructs. A spec change that alters generated code
//! shows up here as a reviewable diff.

use std::path::Path;

use openapi_codegen::manifest::{MANIFEST_PATH, parse_manifest};
use openapi_codegen::{ApiEntry, ApiOutput, generate_api};

use codegen_tests::workspace_root;

fn managed_apis() -> Vec<ApiEntry> {
    let root = workspace_root();
    let text = std::fs::read_to_string(root.join(MANIFEST_PATH)).unwrap();
    parse_manifest(&text, Path::new(MANIFEST_PATH)).unwrap().apis
}

fn diagnostics_text(output: &ApiOutput) -> String {
    output.diagnostics.iter().map(|d| format!("{d}\n")).collect()
}

fn snapshot_all(label: &str, output: &ApiOutput) {
    insta::assert_snapshot!(format!("{label}__diagnostics"), diagnostics_text(output));
    for file in &output.files {
        let name = format!("{label}__{}", file.path.to_string_lossy().replace(['/', '\\'], "__"));
        insta::assert_snapshot!(name, file.contents);
    }
}

#[test]
fn corbado_generated_files() {
    let api = managed_apis().into_iter().find(|a| a.name == "corbado").unwrap();
    snapshot_all("corbado", &generate_api(&workspace_root(), &api).unwrap());
}

#[test]
fn merchantops_generated_files() {
    let api = managed_apis().into_iter().find(|a| a.name == "merchantops").unwrap();
    snapshot_all("merchantops", &generate_api(&workspace_root(), &api).unwrap());
}

#[test]
fn bookshelf_generated_files() {
    let api = managed_apis().into_iter().find(|a| a.name == "bookshelf").unwrap();
    snapshot_all("bookshelf", &generate_api(&workspace_root(), &api).unwrap());
}

#[test]
fn openapi31_fixture_generates_and_reports_every_rewrite() {
    // Generated from a scratch copy: the fixture is ours, not a managed API.
    let fixture = std::fs::read_to_string(workspace_root().join("tests/fixtures/openapi31-constructs.yaml")).unwrap();
    let workspace = codegen_tests::ScratchWorkspace::with_spec("library.yaml", &fixture).unwrap();
    let text = std::fs::read_to_string(workspace.root().join(MANIFEST_PATH)).unwrap();
    let api = parse_manifest(&text, Path::new(MANIFEST_PATH)).unwrap().apis.remove(0);

    let output = generate_api(workspace.root(), &api).unwrap();
    snapshot_all("openapi31-fixture", &output);
}

#[test]
fn generation_is_deterministic() {
    for api in managed_apis() {
        let first = generate_api(&workspace_root(), &api).unwrap();
        let second = generate_api(&workspace_root(), &api).unwrap();
        assert_eq!(first.files, second.files, "{} differs between two runs", api.name);
    }
}

#[test]
fn every_generated_file_names_its_spec_digest_and_command() {
    for api in managed_apis() {
        for file in generate_api(&workspace_root(), &api).unwrap().files {
            let head: String = file.contents.lines().take(2).collect::<Vec<_>>().join("\n");
            assert!(head.contains(&format!("specs/{}", api.spec.display())), "{}: {head}", file.path.display());
            assert!(head.contains(&api.sha256), "{}: {head}", file.path.display());
            assert!(head.contains("cargo xtask codegen"), "{}: {head}", file.path.display());
        }
    }
}

#[test]
fn positional_interface_takes_parameters_as_arguments() {
    let fixture = std::fs::read_to_string(workspace_root().join("tests/fixtures/pets.yaml")).unwrap();
    let workspace = codegen_tests::ScratchWorkspace::with_spec("pets.yaml", &fixture).unwrap();
    let manifest = workspace.root().join(MANIFEST_PATH);
    let text =
        std::fs::read_to_string(&manifest).unwrap() + "[api.client]\ninterface = \"positional\"\ntimeout-seconds = 3\n";
    let api = parse_manifest(&text, Path::new(MANIFEST_PATH)).unwrap().apis.remove(0);

    let output = generate_api(workspace.root(), &api).unwrap();
    let client = output.files.iter().find(|f| f.path.ends_with("pets-client/src/generated.rs")).unwrap();
    let signature = "pub async fn get_pet<'a>(\n        &'a self,\n        pet_id: &'a str,\n        kind: Option<types::Kind>,\n    )";
    assert!(client.contents.contains(signature), "{}", client.contents);
    assert!(client.contents.contains("from_secs(3u64)"), "the manifest's timeout reaches the client");
}

#[test]
fn shapes_generated_files() {
    let api = managed_apis().into_iter().find(|a| a.name == "shapes").unwrap();
    snapshot_all("shapes", &generate_api(&workspace_root(), &api).unwrap());
}
