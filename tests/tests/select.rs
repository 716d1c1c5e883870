//! `[api.select]`: a subset of an API is generated, with only the types it reaches.

use std::path::Path;

use openapi_codegen::generate_api;
use openapi_codegen::manifest::{MANIFEST_PATH, parse_manifest};

use codegen_tests::{ScratchWorkspace, workspace_root};

fn generated_with(select: &str) -> Result<Vec<openapi_codegen::GeneratedFile>, String> {
    let spec = std::fs::read_to_string(workspace_root().join("specs/bookshelf.yaml")).unwrap();
    let scratch = ScratchWorkspace::with_spec("bookshelf.yaml", &spec).unwrap();
    let manifest_path = scratch.root().join(MANIFEST_PATH);
    let manifest = std::fs::read_to_string(&manifest_path).unwrap() + select;
    std::fs::write(&manifest_path, &manifest).unwrap();
    let entry = parse_manifest(&manifest, Path::new(MANIFEST_PATH)).unwrap().apis.remove(0);
    generate_api(scratch.root(), &entry).map(|output| output.files).map_err(|e| e.to_string())
}

fn file<'a>(files: &'a [openapi_codegen::GeneratedFile], suffix: &str) -> &'a str {
    files.iter().find(|f| f.path.to_string_lossy().ends_with(suffix)).map(|f| f.contents.as_str()).unwrap()
}

#[test]
fn only_selected_operations_and_the_types_they_reach_are_generated() {
    let everything = generated_with("").unwrap();
    let selected = generated_with("[api.select]\noperations = [\"get*\"]\npaths = [\"/nowhere\"]\n").unwrap();
    let client = file(&selected, "pets-client/src/generated.rs");
    assert!(client.contains("pub fn get_book("), "the selected operation is there");
    assert!(!client.contains("pub fn add_book("), "other operations are not");
    let server = file(&selected, "pets-server/src/generated.rs");
    assert!(server.contains("fn get_book(") && !server.contains("fn list_books("));
    // `NewBook` and `BookPage` are reached by `addBook` and `listBooks` only: left out.
    let all_types = file(&everything, "pets-types/src/generated.rs");
    let some_types = file(&selected, "pets-types/src/generated.rs");
    for left_out in ["pub struct NewBook ", "pub struct BookPage ", "pub struct AddBookIdempotencyKey"] {
        assert!(all_types.contains(left_out) && !some_types.contains(left_out), "{left_out}");
    }
    assert!(some_types.contains("pub struct Book "));
    assert!(some_types.len() < all_types.len());
}

#[test]
fn a_selection_that_matches_nothing_is_an_error() {
    let err = generated_with("[api.select]\ntags = [\"none\"]\n").unwrap_err();
    assert!(err.contains("matches no operation"), "{err}");
}
