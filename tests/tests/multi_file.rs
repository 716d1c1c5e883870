//! Specs split over several files: references into sibling files are bundled into one
//! document before anything else, and bad references name the place that holds them.

use codegen_tests::ScratchWorkspace;
use xtask::codegen::{Mode, run};

const MAIN: &str = r#"openapi: 3.0.3
info: {title: Split, version: "1"}
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - $ref: 'shared/common.yaml#/components/parameters/page'
      responses:
        '200':
          description: Items
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: 'shared/common.yaml#/components/schemas/Item'
        default:
          $ref: 'shared/common.yaml#/components/responses/Problem'
components:
  schemas:
    Item:
      description: the main file's own `Item`, which the shared one must not replace
      type: string
"#;

const COMMON: &str = r#"components:
  parameters:
    page:
      name: page
      in: query
      schema: {type: integer, minimum: 1}
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: {type: string}
        owner: {$ref: '#/components/schemas/Owner'}
    Owner:
      type: object
      properties:
        name: {type: string}
  responses:
    Problem:
      description: A problem
      content:
        application/json:
          schema: {type: object, properties: {detail: {type: string}}}
"#;

fn split_workspace(common: &str) -> ScratchWorkspace {
    let workspace = ScratchWorkspace::with_spec("split.yaml", MAIN).unwrap();
    std::fs::create_dir_all(workspace.root().join("specs/shared")).unwrap();
    std::fs::write(workspace.root().join("specs/shared/common.yaml"), common).unwrap();
    workspace
}

#[test]
fn sibling_file_components_are_bundled_under_free_names() {
    let workspace = split_workspace(COMMON);
    let report = run(workspace.root(), Mode::Write);
    assert!(report.succeeded(), "{}", report.render());
    let types = workspace.read("crates/pets-types/src/generated.rs").unwrap();
    // The shared `Item` clashes with the main file's and gets the file's stem.
    assert!(types.contains("pub struct ItemCommon {"), "{types}");
    assert!(types.contains("pub struct Item(pub ::std::string::String);"), "{types}");
    // References inside the shared file follow it.
    assert!(types.contains("pub owner: ::std::option::Option<Owner>"), "{types}");
    let client = workspace.read("crates/pets-client/src/generated.rs").unwrap();
    assert!(client.contains("ResponseValue<::std::vec::Vec<types::ItemCommon>>"), "{client}");
    assert!(client.contains("page"), "{client}");
}

#[test]
fn missing_sibling_file_names_the_reference() {
    let workspace = ScratchWorkspace::with_spec("split.yaml", MAIN).unwrap();
    let report = run(workspace.root(), Mode::Write);
    assert_eq!(report.errors.len(), 1, "{}", report.render());
    let error = &report.errors[0];
    let at = "specs/split.yaml: #/paths/~1items/get/parameters/0/$ref (line 8, column 11): cannot bundle: ";
    assert!(error.starts_with(at), "{error}");
    assert!(error.contains("specs/shared/common.yaml"), "{error}");
    assert!(workspace.generated_files().is_empty());
}

#[test]
fn dangling_pointer_into_a_sibling_file_is_reported() {
    let workspace = split_workspace(&COMMON.replace("    page:\n", "    pageNumber:\n"));
    let report = run(workspace.root(), Mode::Write);
    let error = &report.errors[0];
    assert!(error.contains("nothing at `#/components/parameters/page` in `specs/shared/common.yaml`"), "{error}");
}

#[test]
fn references_may_not_leave_the_spec_folder() {
    let workspace = ScratchWorkspace::with_spec(
        "split.yaml",
        &MAIN.replace("shared/common.yaml#/components/parameters/page", "../../etc/passwd#/x"),
    )
    .unwrap();
    let report = run(workspace.root(), Mode::Write);
    let error = &report.errors[0];
    assert!(error.contains("points outside the spec's folder"), "{error}");
}
