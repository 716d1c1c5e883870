//! The weight of generated code, on a fixture in the shape of a code host's webhook payloads:
//! the same account, repository, label and issue schemas written out inline in every event.
//! One type per distinct schema, and no builders by default, keep its types crate small; the
//! bound is loose, so that only a change that multiplies the code fails it.

use codegen_tests::ScratchWorkspace;
use xtask::codegen::{Mode, run};

const PAYLOADS: &str = include_str!("../fixtures/webhook-payloads.yaml");

/// The fixture's types crate is about 1,400 lines (3,400 with builders); with a type for
/// every copy, and builders, as generated before, it was 18,700.
const TYPES_LINES_BOUND: usize = 3_000;

fn generated(manifest_extra: &str) -> (ScratchWorkspace, String) {
    let workspace = ScratchWorkspace::with_spec("payloads.yaml", PAYLOADS).unwrap();
    let manifest = workspace.read("specs/apis.toml").unwrap();
    std::fs::write(workspace.root().join("specs/apis.toml"), format!("{manifest}{manifest_extra}")).unwrap();
    let report = run(workspace.root(), Mode::Write);
    assert!(report.succeeded(), "{}", report.render());
    let types = workspace.read("crates/pets-types/src/generated.rs").unwrap();
    (workspace, types)
}

/// The names of the enums whose listed values are exactly `variants`.
fn enums_of(types: &str, variants: &[&str]) -> Vec<String> {
    let file = syn::parse_file(types).unwrap();
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(definition) => {
                // The listed values: a received enum's variant that keeps any other is not one.
                let listed = definition.variants.iter().filter(|v| matches!(v.fields, syn::Fields::Unit));
                let names: Vec<String> = listed.map(|v| v.ident.to_string()).collect();
                (names == variants).then(|| definition.ident.to_string())
            }
            _ => None,
        })
        .collect()
}

fn structs_with_fields(types: &str, fields: &[&str]) -> Vec<String> {
    let file = syn::parse_file(types).unwrap();
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(definition) => {
                let names: Vec<String> =
                    definition.fields.iter().filter_map(|f| f.ident.as_ref()).map(ToString::to_string).collect();
                (names == fields).then(|| definition.ident.to_string())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn repeated_inline_schemas_give_a_small_types_crate() {
    let (_, types) = generated("");
    let lines = types.lines().count();
    assert!(lines < TYPES_LINES_BOUND, "the types crate has {lines} lines");
    assert!(!types.contains("pub mod builder"));
}

#[test]
fn identical_inline_schemas_are_one_type_and_schemas_one_keyword_apart_are_two() {
    let (_, types) = generated("");
    // Every event's `repository` is one type; the fork's `forkee` lacks one visibility value.
    let visibilities = enums_of(&types, &["Public", "Private", "Internal"]);
    assert_eq!(visibilities, ["Visibility"]);
    assert_eq!(enums_of(&types, &["Public", "Private"]).len(), 1);
    let repository_fields =
        ["default_branch", "full_name", "id", "license", "name", "owner", "private", "topics", "visibility"];
    assert_eq!(structs_with_fields(&types, &repository_fields).len(), 2);
    // The inline accounts are the `simple-user` component, by its own name.
    assert_eq!(structs_with_fields(&types, &["avatar_url", "id", "login", "site_admin", "type_"]), ["SimpleUser"]);
    assert_eq!(enums_of(&types, &["Open", "Closed"]), ["State"]);
    assert!(types.contains("pub owner: SimpleUser,"), "a place refers to the shared type");
}

#[test]
fn builders_are_generated_where_the_manifest_asks() {
    let (workspace, types) = generated("builders = true\n");
    assert!(types.contains("pub mod builder"));
    let client = workspace.read("crates/pets-client/src/generated.rs").unwrap();
    assert!(client.contains("types::builder::"));
    let (workspace, types) = generated("");
    assert!(types.contains("pub fn new("), "constructors instead");
    let client = workspace.read("crates/pets-client/src/generated.rs").unwrap();
    assert!(!client.contains("types::builder::"));
}
