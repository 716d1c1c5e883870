//! Nothing silently lost: for every managed API and every fixture spec, each property of each
//! component object schema (an `allOf` of objects included, with the properties of every
//! part) is a field of its Rust type (optional where the spec says so), and
//! each operation is a method of the client and of the server trait (unless the server says,
//! with a warning, that it cannot route it apart from another).

use std::collections::BTreeMap;
use std::path::Path;

use openapi_codegen::manifest::{MANIFEST_PATH, parse_manifest};
use openapi_codegen::naming::{Case, sanitize};
use openapi_codegen::{ApiEntry, generate_api};
use serde_json::Value;

use codegen_tests::{ScratchWorkspace, workspace_root};

/// The generated file at `suffix` (e.g. `-types/src/generated.rs`).
fn generated<'a>(files: &'a [openapi_codegen::GeneratedFile], suffix: &str) -> &'a str {
    let file = files.iter().find(|f| f.path.to_string_lossy().ends_with(suffix));
    file.map(|f| f.contents.as_str()).unwrap_or_else(|| panic!("no generated file ending in {suffix}"))
}

/// Each struct of the types file, by name: its fields as (JSON name, optional).
///
/// A struct read through the runtime's `Object` has its JSON names in `Object::FIELDS` (in
/// the fields' order) and its defaults in `from_map`; one with serde's derive, in its
/// fields' `#[serde]` attributes.
fn structs(types_text: &str) -> BTreeMap<String, Vec<(String, bool)>> {
    let file = syn::parse_file(types_text).expect("the types file parses");
    let objects: BTreeMap<String, (Vec<String>, String)> = file.items.iter().filter_map(object_impl).collect();
    let mut found = BTreeMap::new();
    for item in &file.items {
        let syn::Item::Struct(item) = item else { continue };
        let syn::Fields::Named(fields) = &item.fields else { continue };
        let object = objects.get(&item.ident.to_string());
        let fields = fields
            .named
            .iter()
            .enumerate()
            .map(|(position, field)| {
                let serde_attrs: Vec<String> = field
                    .attrs
                    .iter()
                    .filter(|a| a.path().is_ident("serde"))
                    .map(|a| a.meta.to_token_stream().to_string())
                    .collect();
                let rename = serde_attrs.iter().find_map(|attr| {
                    let at = attr.find("rename = \"")? + "rename = \"".len();
                    Some(attr[at..].split('"').next()?.to_string())
                });
                let ident = field.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                let json_name = match object {
                    Some((names, _)) => names.get(position).cloned(),
                    None => rename.or_else(|| Some(ident.trim_start_matches("r#").to_string())),
                };
                let defaulted = match object {
                    Some((_, from_map)) => from_map.contains(&format!("{ident} : {ident} . unwrap_or")),
                    None => serde_attrs.iter().any(|a| a.contains("default")),
                };
                let ty = field.ty.to_token_stream().to_string();
                (json_name.unwrap_or_default(), ty.contains("Option <") || defaulted)
            })
            .collect();
        found.insert(item.ident.to_string(), fields);
    }
    found
}

/// An `impl runtime::Object for T`: `T`, its `FIELDS` and its `from_map` as tokens.
fn object_impl(item: &syn::Item) -> Option<(String, (Vec<String>, String))> {
    let syn::Item::Impl(item) = item else { return None };
    let (trait_path, _) = item.trait_.as_ref()?;
    if trait_path.segments.last()?.ident != "Object" {
        return None;
    }
    let syn::Type::Path(self_type) = item.self_ty.as_ref() else { return None };
    let mut names = Vec::new();
    let mut from_map = String::new();
    for member in &item.items {
        match member {
            syn::ImplItem::Const(constant) if constant.ident == "FIELDS" => {
                let syn::Expr::Reference(reference) = &constant.expr else { return None };
                let syn::Expr::Array(array) = reference.expr.as_ref() else { return None };
                for element in &array.elems {
                    let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(name), .. }) = element else { return None };
                    names.push(name.value());
                }
            }
            syn::ImplItem::Fn(function) if function.sig.ident == "from_map" => {
                from_map = function.block.to_token_stream().to_string();
            }
            _ => {}
        }
    }
    Some((self_type.path.segments.last()?.ident.to_string(), (names, from_map)))
}

use quote::ToTokens;

/// The properties of an object schema and the required ones, with those of its `allOf` parts
/// (followed through `$ref`s); `None` when a part is not an object of known properties.
fn object_properties(document: &Value, schema: &Value, depth: usize) -> Option<(Vec<String>, Vec<String>)> {
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => document.pointer(reference.strip_prefix('#')?)?,
        None => schema,
    };
    if depth > 8 || schema.get("anyOf").is_some() || schema.get("oneOf").is_some() {
        return None;
    }
    let mut properties: Vec<String> =
        schema.get("properties").and_then(Value::as_object).into_iter().flatten().map(|(k, _)| k.clone()).collect();
    let mut required: Vec<String> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect();
    for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        let (part_properties, part_required) = object_properties(document, part, depth + 1)?;
        properties.extend(part_properties.into_iter().filter(|p| !properties.contains(p)).collect::<Vec<_>>());
        required.extend(part_required);
    }
    Some((properties, required))
}

fn check_api(root: &Path, entry: &ApiEntry) {
    let output = generate_api(root, entry).unwrap_or_else(|e| panic!("{e}"));
    let prepared = openapi_codegen::pipeline::prepare_file(root, &entry.spec_path()).expect("prepares");
    let document = &prepared.document;
    let types = structs(generated(&output.files, &format!("{}/src/generated.rs", entry.types_crate)));
    let schemas = document.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten();
    let mut checked = 0;
    for (name, schema) in schemas {
        if ["anyOf", "oneOf"].iter().any(|k| schema.get(*k).is_some()) {
            continue;
        }
        // One `allOf` part and nothing else is that part under another name (a nullable
        // wrapper, an alias): the part is checked under its own name.
        let parts = schema.get("allOf").and_then(Value::as_array).map_or(0, Vec::len);
        if parts == 1 && schema.get("properties").is_none() {
            continue;
        }
        // An `allOf` of objects is one struct with the properties of every part.
        let Some((properties, required)) = object_properties(document, schema, 0) else { continue };
        if properties.is_empty() {
            continue;
        }
        let rust_name = sanitize(name, Case::Pascal);
        let fields =
            types.get(&rust_name).unwrap_or_else(|| panic!("{}: no struct `{rust_name}` for `{name}`", entry.name));
        for property in &properties {
            let field = fields.iter().find(|(json_name, _)| json_name == property);
            let Some((_, optional)) = field else {
                panic!("{}: `{rust_name}` has no field for `{name}.{property}`: {fields:?}", entry.name)
            };
            if !required.contains(property) {
                assert!(optional, "{}: `{rust_name}.{property}` is optional in the spec, not in Rust", entry.name);
            }
        }
        checked += 1;
    }
    let client = generated(&output.files, &format!("{}/src/generated.rs", entry.client_crate));
    let server =
        entry.server_crate.as_ref().map(|krate| generated(&output.files, &format!("{krate}/src/generated.rs")));
    for at in openapi_codegen::document::operations(document) {
        let method = sanitize(at.id().unwrap_or_default(), Case::Snake);
        assert!(client.contains(&format!("pub fn {method}(")), "{}: client has no `{method}`", entry.name);
        // An operation the server cannot route apart from another is left out, with a warning.
        let unroutable = output.diagnostics.iter().any(|d| d.rule == "server-routes" && d.pointer == at.pointer());
        if let Some(server) = server.filter(|_| !unroutable) {
            assert!(server.contains(&format!("fn {method}(")), "{}: server trait has no `{method}`", entry.name);
        }
    }
    assert!(checked > 0 || entry.name == "merchantops" || entry.name == "corbado", "{}: no schema checked", entry.name);
}

#[test]
fn managed_apis_lose_nothing() {
    let root = workspace_root();
    let text = std::fs::read_to_string(root.join(MANIFEST_PATH)).unwrap();
    for entry in parse_manifest(&text, Path::new(MANIFEST_PATH)).unwrap().apis {
        check_api(&root, &entry);
    }
}

#[test]
fn fixture_specs_lose_nothing() {
    for fixture in ["pets.yaml", "openapi31-constructs.yaml"] {
        let text = std::fs::read_to_string(workspace_root().join("tests/fixtures").join(fixture)).unwrap();
        let scratch = ScratchWorkspace::with_spec(fixture, &text).unwrap();
        let manifest = std::fs::read_to_string(scratch.root().join(MANIFEST_PATH)).unwrap();
        let entry = parse_manifest(&manifest, Path::new(MANIFEST_PATH)).unwrap().apis.remove(0);
        check_api(scratch.root(), &entry);
    }
}
