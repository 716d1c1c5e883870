//! insta snapshots of every generated file and of the rewrites behind them, for both vendored
//! specs and for our own fixture of 3.1 constructs. A spec change that alters generated code
//! shows up here as a reviewable diff.

use std::path::Path;

use openapi_codegen::manifest::{MANIFEST_PATH, parse_manifest};
use openapi_codegen::{ApiEntry, ApiOutput, generate_api};

fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap_or(Path::new(".."))
}

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
    snapshot_all("corbado", &generate_api(workspace_root(), &api).unwrap());
}

#[test]
fn merchantops_generated_files() {
    let api = managed_apis().into_iter().find(|a| a.name == "merchantops").unwrap();
    snapshot_all("merchantops", &generate_api(workspace_root(), &api).unwrap());
}

#[test]
fn openapi31_fixture_generates_and_reports_every_rewrite() {
    let text = format!(
        "[[api]]\nname = \"library\"\nspec = \"{}\"\nupstream = \"fixture\"\nsha256 = \"-\"\ntypes-crate = \"library-types\"\nclient-crate = \"library-client\"\n",
        "../tests/fixtures/openapi31-constructs.yaml"
    );
    // The fixture lives outside specs/; generate from a copy placed where the manifest expects it.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("specs")).unwrap();
    let fixture = workspace_root().join("tests/fixtures/openapi31-constructs.yaml");
    std::fs::copy(fixture, dir.path().join("specs/library.yaml")).unwrap();
    let text = text.replace("../tests/fixtures/openapi31-constructs.yaml", "library.yaml");
    let api = parse_manifest(&text, Path::new("apis.toml")).unwrap().apis.remove(0);

    let output = generate_api(dir.path(), &api).unwrap();
    snapshot_all("openapi31-fixture", &output);
}

#[test]
fn generation_is_deterministic() {
    for api in managed_apis() {
        let first = generate_api(workspace_root(), &api).unwrap();
        let second = generate_api(workspace_root(), &api).unwrap();
        assert_eq!(first.files, second.files, "{} differs between two runs", api.name);
    }
}

#[test]
fn every_generated_file_names_its_spec_digest_and_command() {
    for api in managed_apis() {
        for file in generate_api(workspace_root(), &api).unwrap().files {
            let head: String = file.contents.lines().take(2).collect::<Vec<_>>().join("\n");
            assert!(head.contains(&format!("specs/{}", api.spec.display())), "{}: {head}", file.path.display());
            assert!(head.contains(&api.sha256), "{}: {head}", file.path.display());
            assert!(head.contains("cargo xtask codegen"), "{}: {head}", file.path.display());
        }
    }
}
