//! One operation the generators cannot handle does not sink its API: it is left out of the
//! client and the server with a lossy warning naming it and the cause, unless the manifest
//! asks for `strict`; `[api.select] exclude` leaves operations out on purpose.

use codegen_tests::ScratchWorkspace;
use xtask::codegen::{Mode, run};

const PETS: &str = include_str!("../fixtures/pets.yaml");

/// The fixture with a second operation progenitor refuses: a websocket without its `101`.
fn pets_with_a_socket() -> String {
    let socket = "  /pets/{petId}/feed:\n    get:\n      operationId: feedPet\n      x-dropshot-websocket: {}\n      parameters:\n        - name: petId\n          in: path\n          required: true\n          schema:\n            type: string\n      responses:\n        '200':\n          description: Fed\n";
    PETS.replacen("components:\n", &format!("{socket}components:\n"), 1)
}

fn workspace(manifest_extra: &str) -> ScratchWorkspace {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", &pets_with_a_socket()).unwrap();
    let manifest = workspace.read("specs/apis.toml").unwrap();
    std::fs::write(workspace.root().join("specs/apis.toml"), format!("{manifest}{manifest_extra}")).unwrap();
    workspace
}

#[test]
fn an_operation_the_generators_fail_on_is_left_out_and_named() {
    let workspace = workspace("");
    let report = run(workspace.root(), Mode::Write);
    assert!(report.succeeded(), "{}", report.render());
    let warning = report.warnings.iter().find(|w| w.contains("[left-out]")).expect("a left-out warning");
    assert!(warning.contains("#/paths/~1pets~1{petId}~1feed/get"), "{warning}");
    assert!(warning.contains("operation `feedPet` left out of the client and the server"), "{warning}");
    assert!(warning.contains("101"), "the cause is named: {warning}");
    let client = workspace.read("crates/pets-client/src/generated.rs").unwrap();
    let server = workspace.read("crates/pets-server/src/generated.rs").unwrap();
    assert!(client.contains("fn get_pet(") && !client.contains("fn feed_pet("));
    assert!(server.contains("fn get_pet(") && !server.contains("fn feed_pet("));
}

#[test]
fn a_strict_api_refuses_instead() {
    let workspace = workspace("strict = true\n");
    let report = run(workspace.root(), Mode::Write);
    assert!(!report.succeeded());
    assert_eq!(report.errors.len(), 1, "{}", report.render());
    let error = &report.errors[0];
    assert!(error.starts_with("specs/pets.yaml: #/paths/~1pets~1{petId}~1feed/get (line "), "{error}");
    assert!(workspace.generated_files().is_empty(), "nothing is written");
}

#[test]
fn excluded_operations_are_left_out_without_a_warning() {
    let workspace = workspace("[api.select]\nexclude = [\"feed*\"]\n");
    let report = run(workspace.root(), Mode::Write);
    assert!(report.succeeded(), "{}", report.render());
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let client = workspace.read("crates/pets-client/src/generated.rs").unwrap();
    assert!(client.contains("fn get_pet(") && !client.contains("fn feed_pet("));
}

#[test]
fn an_operation_whose_body_no_value_fits_is_left_out_with_its_schema() {
    let impossible = "  /pets:\n    post:\n      operationId: addPet\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              properties:\n                weight:\n                  allOf: [{type: string}, {type: integer}]\n              required: [weight]\n      responses:\n        '204':\n          description: Added\n";
    let spec = PETS.replacen("components:\n", &format!("{impossible}components:\n"), 1);
    let workspace = ScratchWorkspace::with_spec("pets.yaml", &spec).unwrap();
    let report = run(workspace.root(), Mode::Write);
    assert!(report.succeeded(), "{}", report.render());
    let left_out: Vec<&String> = report.warnings.iter().filter(|w| w.contains("[left-out]")).collect();
    assert_eq!(left_out.len(), 2, "{left_out:?}");
    assert!(left_out[0].contains("operation `addPet` left out"), "{}", left_out[0]);
    assert!(left_out[1].contains("schema `addPet-body` left out: no value fits this schema"), "{}", left_out[1]);
    let types = workspace.read("crates/pets-types/src/generated.rs").unwrap();
    assert!(!types.contains("enum AddPetBodyWeight {}") && !types.contains("AddPetBody"), "{types}");
    assert!(workspace.read("crates/pets-client/src/generated.rs").unwrap().contains("fn get_pet("));
}
