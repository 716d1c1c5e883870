//! Bad specs: each gives one clear error naming the file and the place (the JSON pointer, with
//! the line and column where the spec's text has it, or the line of a syntax error), and leaves
//! every previously generated file byte for byte as it was.

use codegen_tests::ScratchWorkspace;
use xtask::codegen::{Mode, run};

const PETS: &str = include_str!("../fixtures/pets.yaml");

/// Generates the good spec, swaps in `broken` (same file name), runs again, and returns the
/// error text after checking that nothing under `crates/` changed.
fn error_for(file_name: &str, good: &str, broken: &str) -> String {
    let workspace = ScratchWorkspace::with_spec(file_name, good).unwrap();
    let first = run(workspace.root(), Mode::Write);
    assert!(first.succeeded(), "{}", first.render());
    let before = workspace.generated_files();
    assert!(!before.is_empty());

    workspace.write_spec(file_name, broken).unwrap();
    let report = run(workspace.root(), Mode::Write);
    assert!(!report.succeeded());
    assert_eq!(workspace.generated_files(), before, "a failed run must not touch generated files");
    let rendered = report.render();
    assert!(rendered.contains("no file was changed"), "{rendered}");
    assert_eq!(report.errors.len(), 1, "{rendered}");
    report.errors[0].clone()
}

fn pets_json() -> String {
    let value: serde_json::Value = serde_json::from_str(&yaml_as_json(PETS)).unwrap();
    serde_json::to_string_pretty(&value).unwrap()
}

/// The fixture is YAML; a JSON copy lets the JSON error paths be tested on the same document.
fn yaml_as_json(yaml: &str) -> String {
    let workspace = ScratchWorkspace::with_spec("p.yaml", yaml).unwrap();
    let spec = openapi_codegen::load::load_spec(&workspace.root().join("specs/p.yaml"), std::path::Path::new("p.yaml"))
        .unwrap();
    spec.document.to_string()
}

#[test]
fn malformed_yaml_names_the_line() {
    let broken = PETS.replace("      operationId: getPet\n", "      operationId: [getPet\n");
    let error = error_for("pets.yaml", PETS, &broken);
    assert!(error.starts_with("specs/pets.yaml: line "), "{error}");
    assert!(error.contains("invalid YAML"), "{error}");
}

#[test]
fn malformed_json_names_line_and_column() {
    let good = pets_json();
    let broken = good.replacen("\"paths\": {", "\"paths\": {,", 1);
    let error = error_for("pets.json", &good, &broken);
    assert!(error.starts_with("specs/pets.json: line "), "{error}");
    assert!(error.contains("invalid JSON"), "{error}");
}

#[test]
fn dangling_reference_names_its_pointer() {
    let broken = PETS.replace("$ref: '#/components/schemas/Pet'", "$ref: '#/components/schemas/Animal'");
    let error = error_for("pets.yaml", PETS, &broken);
    assert_eq!(
        error,
        "specs/pets.yaml: #/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref \
         (line 28, column 17): dangling reference `#/components/schemas/Animal`: nothing at `#/components/schemas/Animal`"
    );
}

#[test]
fn unsupported_version_names_the_field() {
    let error = error_for("pets.yaml", PETS, &PETS.replace("openapi: 3.0.3", "swagger: '2.0'"));
    assert!(error.starts_with("specs/pets.yaml: #/swagger (line 1, column 1): "), "{error}");
}

#[test]
fn document_that_is_not_openapi_is_refused() {
    let error = error_for("pets.yaml", PETS, "just: a mapping\n");
    assert_eq!(error, "specs/pets.yaml: #: missing `openapi` field: is this an OpenAPI document?");
}

#[test]
fn an_optional_path_parameter_is_refused_in_the_spec_s_terms() {
    // OpenAPI requires path parameters to be required (progenitor asserted it, panicking).
    let broken = PETS
        .replace("          in: path\n          required: true\n", "          in: path\n          required: false\n");
    let error = error_for("pets.yaml", PETS, &broken);
    assert!(error.starts_with("specs/pets.yaml: #/paths/~1pets~1{petId}/get/parameters/0 (line "), "{error}");
    assert!(error.contains("path parameter `petId` is not `required: true`"), "{error}");
}

#[test]
fn an_operation_without_responses_is_refused_in_the_spec_s_terms() {
    let broken = PETS.replace(
        "      responses:\n        '200':\n          description: The pet\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Pet'\n",
        "",
    );
    assert_ne!(broken, PETS);
    let error = error_for("pets.yaml", PETS, &broken);
    assert!(error.starts_with("specs/pets.yaml: #/paths/~1pets~1{petId}/get (line 9, column 5): "), "{error}");
    assert!(error.contains("no `responses`, which OpenAPI 3.0 requires"), "{error}");
}

#[test]
fn a_template_variable_without_a_parameter_is_refused_in_the_spec_s_terms() {
    let broken = PETS.replace("  /pets/{petId}:\n", "  /pets/{petId}/{filename}:\n");
    let error = error_for("pets.yaml", PETS, &broken);
    assert!(
        error.starts_with("specs/pets.yaml: #/paths/~1pets~1{petId}~1{filename}/get (line 9, column 5): "),
        "{error}"
    );
    assert!(error.contains("declares no `in: path` parameter `filename`"), "{error}");
}

#[test]
fn a_schema_no_value_fits_is_refused_rather_than_generated_as_a_type_nothing_decodes_into() {
    let broken = PETS.replace(
        "    Kind:\n      type: string\n      enum: [cat, dog]\n",
        "    Kind:\n      allOf:\n        - type: string\n        - type: integer\n",
    );
    let error = error_for("pets.yaml", PETS, &broken);
    assert!(error.starts_with("specs/pets.yaml: #/components/schemas/Kind (line 31, column 5): "), "{error}");
    assert!(error.contains("no value fits this schema (type `Kind`)"), "{error}");
}

#[test]
fn errors_carry_a_kind_beside_their_message() {
    use openapi_codegen::manifest::{MANIFEST_PATH, parse_manifest};
    use openapi_codegen::{ErrorKind, Position, generate_api};

    let kind_of = |spec: &str| {
        let workspace = ScratchWorkspace::with_spec("pets.yaml", spec).unwrap();
        let manifest = workspace.read(MANIFEST_PATH).unwrap();
        let api = parse_manifest(&manifest, std::path::Path::new(MANIFEST_PATH)).unwrap().apis.remove(0);
        let error = generate_api(workspace.root(), &api).unwrap_err();
        (error.kind, error.location.position)
    };
    let dangling = PETS.replace("$ref: '#/components/schemas/Pet'", "$ref: '#/components/schemas/Animal'");
    assert_eq!(kind_of(&dangling), (ErrorKind::Reference, Some(Position { line: 28, column: 17 })));
    assert_eq!(kind_of("openapi: [3\n").0, ErrorKind::Syntax);
    assert_eq!(kind_of("openapi: 2.0.0\n").0, ErrorKind::NotOpenApi);
    let never = PETS
        .replace("      type: string\n      enum: [cat, dog]\n", "      allOf: [{type: string}, {type: integer}]\n");
    assert_eq!(kind_of(&never).0, ErrorKind::Unsupported);
}
