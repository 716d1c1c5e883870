use std::collections::HashSet;

use serde_json::Value;

use super::*;
use crate::diagnostic::Severity;
use crate::document::walk::{MAX_DEPTH, is_extension};

const FIXTURE: &str = include_str!("../../../../tests/fixtures/openapi31-constructs.yaml");

/// (pointer, severity, rule) of a diagnostic.
type Seen = (String, Severity, &'static str);

fn note(pointer: &str, rule: &'static Rule) -> Seen {
    (pointer.to_owned(), Severity::Note, rule.name)
}

fn lossy(pointer: &str, rule: &'static Rule) -> Seen {
    (pointer.to_owned(), Severity::Lossy, rule.name)
}

/// A pointer under `components.schemas.S`, where [`schema`] puts its input.
fn s(suffix: &str) -> String {
    format!("/components/schemas/S{suffix}")
}

/// A minimal 3.1 document with the top-level fields of `extra` added.
fn doc(extra: Value) -> Value {
    let mut doc = json!({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}});
    if let (Some(fields), Value::Object(extra)) = (doc.as_object_mut(), extra) {
        fields.extend(extra);
    }
    doc
}

/// Normalizes `doc`; returns it and the diagnostics other than the version note, after
/// checking that each names a rule of [`RULES`].
fn run(mut doc: Value) -> (Value, Vec<Seen>) {
    let mut diagnostics = Vec::new();
    normalize_31(&mut doc, &mut diagnostics).expect("normalizes");
    for d in &diagnostics {
        assert!(RULES.iter().any(|rule| rule.name == d.rule), "unlisted rule: {d}");
    }
    let seen = diagnostics
        .into_iter()
        .filter(|d| d.rule != "openapi-version")
        .map(|d| (d.pointer, d.severity, d.rule))
        .collect();
    (doc, seen)
}

fn error(mut doc: Value) -> PointerError {
    normalize_31(&mut doc, &mut Vec::new()).expect_err("refused")
}

/// Normalizes `schemas` as `components.schemas`.
fn schemas(schemas: Value) -> (Value, Vec<Seen>) {
    let (doc, seen) = run(doc(json!({"components": {"schemas": schemas}})));
    (doc["components"]["schemas"].clone(), seen)
}

/// Normalizes `schema` as `components.schemas.S`.
fn schema(schema: Value) -> (Value, Vec<Seen>) {
    let (schemas, seen) = schemas(json!({ "S": schema }));
    (schemas["S"].clone(), seen)
}

fn schema_error(schema: Value) -> PointerError {
    error(doc(json!({"components": {"schemas": {"S": schema}}})))
}

// ----- document level -----

#[test]
fn openapi_version_becomes_303() {
    let mut out = doc(json!({"openapi": "3.1.1"}));
    let mut diagnostics = Vec::new();
    normalize_31(&mut out, &mut diagnostics).expect("normalizes");
    assert_eq!(out, json!({"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}}));
    assert_eq!(diagnostics, [Diagnostic::note("/openapi", &OPENAPI_VERSION, "`openapi: \"3.1.1\"` → `3.0.3`")]);
}

#[test]
fn documents_other_than_31_are_refused() {
    for version in [json!("3.0.3"), json!("3.10.0"), json!(3.1), json!(null)] {
        assert_eq!(error(doc(json!({ "openapi": version }))).pointer, "/openapi");
    }
    assert_eq!(error(json!(["openapi"])).pointer, "");
}

#[test]
fn top_level_31_fields_are_removed() {
    let (out, seen) = run(json!({
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "T", "summary": "S", "version": "1",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "webhooks": {"a": {}, "b/c": {}},
    }));
    assert_eq!(
        out,
        json!({
            "openapi": "3.0.3",
            "info": {"title": "T", "version": "1", "license": {"name": "MIT"}},
            "paths": {},
        })
    );
    assert_eq!(
        seen,
        [
            lossy("/jsonSchemaDialect", &JSON_SCHEMA_DIALECT),
            lossy("/info/summary", &INFO_SUMMARY),
            note("/info/license/identifier", &LICENSE_IDENTIFIER),
            lossy("/webhooks/a", &WEBHOOKS),
            lossy("/webhooks/b~1c", &WEBHOOKS),
            note("/paths", &PATHS_OPTIONAL),
        ]
    );
}

#[test]
fn the_oas_dialect_is_dropped_with_a_note() {
    let dialect = "https://spec.openapis.org/oas/3.1/dialect/base";
    let (out, seen) = run(doc(json!({ "jsonSchemaDialect": dialect })));
    assert_eq!(out, json!({"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}}));
    assert_eq!(seen, [note("/jsonSchemaDialect", &JSON_SCHEMA_DIALECT)]);
}

#[test]
fn mutual_tls_schemes_and_their_requirements_are_removed() {
    let api_key = json!({"type": "apiKey", "in": "header", "name": "K"});
    let (out, seen) = run(doc(json!({
        "security": [{"key": [], "cert": []}],
        "paths": {"/a": {"get": {"security": [{"cert": []}], "responses": {}}}},
        "components": {"securitySchemes": {"key": api_key, "cert": {"type": "mutualTLS"}}},
    })));
    assert_eq!(out["security"], json!([{"key": []}]));
    assert_eq!(out["paths"]["/a"]["get"], json!({"security": [{}], "responses": {}}));
    assert_eq!(out["components"], json!({"securitySchemes": {"key": api_key}}));
    assert_eq!(
        seen,
        [
            lossy("/components/securitySchemes/cert", &MUTUAL_TLS),
            lossy("/security/0/cert", &MUTUAL_TLS),
            lossy("/paths/~1a/get/security/0/cert", &MUTUAL_TLS),
        ]
    );
}

#[test]
fn operations_without_responses_get_an_empty_map() {
    let (out, seen) = run(doc(json!({"paths": {"/a": {"delete": {"operationId": "d"}}}})));
    assert_eq!(out["paths"], json!({"/a": {"delete": {"operationId": "d", "responses": {}}}}));
    assert_eq!(seen, [note("/paths/~1a/delete/responses", &RESPONSES_OPTIONAL)]);
}

#[test]
fn path_item_references_are_inlined() {
    let (out, seen) = run(doc(json!({
        "paths": {
            "/a": {"$ref": "#/components/pathItems/Alias", "summary": "local"},
            "/b": {"post": {
                "responses": {},
                "callbacks": {"cb": {"{$url}": {"$ref": "#/components/pathItems/Item"}}},
            }},
        },
        "components": {"pathItems": {
            "Alias": {"$ref": "#/components/pathItems/Item", "description": "alias"},
            "Item": {"summary": "shared", "get": {"responses": {"200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"const": 1}}},
            }}}},
        }},
    })));
    let get = json!({"responses": {"200": {
        "description": "ok",
        "content": {"application/json": {"schema": {"enum": [1]}}},
    }}});
    assert_eq!(
        out["paths"],
        json!({
            "/a": {"summary": "local", "get": get, "description": "alias"},
            "/b": {"post": {
                "responses": {},
                "callbacks": {"cb": {"{$url}": {"summary": "shared", "get": get}}},
            }},
        })
    );
    assert_eq!(out["components"], json!({}));
    assert_eq!(
        seen,
        [
            note("/components/pathItems/Item/get/responses/200/content/application~1json/schema/const", &CONST),
            note("/paths/~1a", &PATH_ITEMS_COMPONENT),
            note("/paths/~1b/post/callbacks/cb/{$url}", &PATH_ITEMS_COMPONENT),
            note("/components/pathItems", &PATH_ITEMS_COMPONENT),
        ]
    );
}

#[test]
fn a_path_item_copy_has_its_callbacks_inlined_too() {
    let (out, seen) = run(doc(json!({
        "paths": {"/a": {"$ref": "#/components/pathItems/A"}},
        "components": {"pathItems": {
            "A": {"post": {"responses": {}, "callbacks": {"cb": {"{$url}": {"$ref": "#/components/pathItems/B"}}}}},
            "B": {"summary": "b"},
        }},
    })));
    assert_eq!(
        out["paths"],
        json!({"/a": {"post": {"responses": {}, "callbacks": {"cb": {"{$url}": {"summary": "b"}}}}}})
    );
    assert_eq!(
        seen,
        [
            note("/paths/~1a", &PATH_ITEMS_COMPONENT),
            // Named where it was written: in the path item that was copied.
            note("/components/pathItems/A/post/callbacks/cb/{$url}", &PATH_ITEMS_COMPONENT),
            note("/components/pathItems", &PATH_ITEMS_COMPONENT),
        ]
    );
}

#[test]
fn missing_and_cyclic_path_items_are_refused() {
    let missing = error(doc(json!({"paths": {"/a": {"$ref": "#/components/pathItems/Nope"}}})));
    assert_eq!(missing.pointer, "/paths/~1a/$ref");
    let cyclic = error(doc(json!({
        "paths": {"/a": {"$ref": "#/components/pathItems/A"}},
        "components": {"pathItems": {
            "A": {"$ref": "#/components/pathItems/B"},
            "B": {"$ref": "#/components/pathItems/A"},
        }},
    })));
    assert_eq!(cyclic.pointer, "/paths/~1a/$ref");
    // A path item whose callback is itself: the copies would never end.
    let recursive = error(doc(json!({
        "paths": {"/a": {"$ref": "#/components/pathItems/A"}},
        "components": {"pathItems": {"A": {"post": {
            "responses": {},
            "callbacks": {"again": {"{$url}": {"$ref": "#/components/pathItems/A"}}},
        }}}},
    })));
    assert!(recursive.message.contains("nested more than"), "{recursive:?}");
}

#[test]
fn reference_objects_lose_their_overrides() {
    let (out, seen) = run(doc(json!({"paths": {"/a": {"get": {
        "parameters": [{"$ref": "#/components/parameters/P", "description": "d"}],
        "responses": {"200": {"$ref": "#/components/responses/R", "summary": "s", "description": "d"}},
    }}}})));
    assert_eq!(
        out["paths"]["/a"]["get"],
        json!({
            "parameters": [{"$ref": "#/components/parameters/P"}],
            "responses": {"200": {"$ref": "#/components/responses/R"}},
        })
    );
    assert_eq!(
        seen,
        [lossy("/paths/~1a/get/parameters/0", &REF_SIBLINGS), lossy("/paths/~1a/get/responses/200", &REF_SIBLINGS),]
    );
}

#[test]
fn schema_ref_siblings_keep_meaning_through_all_of() {
    let (out, seen) = schemas(json!({
        "Wrapped": {
            "description": "d",
            "$ref": "#/components/schemas/T",
            "allOf": [{"required": ["a"]}],
            "x-rust-type": "u8",
        },
        "Annotated": {"$ref": "#/components/schemas/T", "title": "t", "examples": [1]},
        "T": {"type": "object"},
    }));
    assert_eq!(
        out["Wrapped"],
        json!({
            "description": "d",
            "allOf": [{"$ref": "#/components/schemas/T"}, {"required": ["a"]}],
            "x-rust-type": "u8",
        })
    );
    assert_eq!(out["Annotated"], json!({"$ref": "#/components/schemas/T"}));
    assert_eq!(
        seen,
        [
            note("/components/schemas/Wrapped", &REF_SIBLINGS),
            note("/components/schemas/Annotated/examples", &EXAMPLES),
            lossy("/components/schemas/Annotated", &REF_SIBLINGS),
        ]
    );
}

#[test]
fn anchor_and_id_references_become_pointers() {
    let (out, seen) = schemas(json!({
        "A": {
            "$id": "https://example.com/a",
            "$anchor": "top",
            "type": "object",
            "properties": {"b": {"$dynamicAnchor": "inner", "type": "string"}},
        },
        "Refs": {"type": "object", "properties": {
            "anchor": {"$ref": "#top"},
            "dynamic": {"$ref": "#inner"},
            "id": {"$ref": "https://example.com/a"},
            "idPointer": {"$ref": "https://example.com/a#/properties/b"},
            "external": {"$ref": "https://example.com/other#/x"},
        }},
    }));
    assert_eq!(out["A"], json!({"type": "object", "properties": {"b": {"type": "string"}}}));
    assert_eq!(
        out["Refs"]["properties"],
        json!({
            "anchor": {"$ref": "#/components/schemas/A"},
            "dynamic": {"$ref": "#/components/schemas/A/properties/b"},
            "id": {"$ref": "#/components/schemas/A"},
            "idPointer": {"$ref": "#/components/schemas/A/properties/b"},
            "external": {"$ref": "https://example.com/other#/x"},
        })
    );
    assert_eq!(
        seen,
        [
            note("/components/schemas/A/properties/b/$dynamicAnchor", &DIALECT_KEYWORD),
            note("/components/schemas/A/$id", &DIALECT_KEYWORD),
            note("/components/schemas/A/$anchor", &DIALECT_KEYWORD),
            note("/components/schemas/Refs/properties/anchor/$ref", &REF_TARGET),
            note("/components/schemas/Refs/properties/dynamic/$ref", &REF_TARGET),
            note("/components/schemas/Refs/properties/id/$ref", &REF_TARGET),
            note("/components/schemas/Refs/properties/idPointer/$ref", &REF_TARGET),
        ]
    );
}

#[test]
fn a_reference_to_an_undeclared_anchor_is_refused() {
    assert_eq!(schema_error(json!({"$ref": "#nowhere"})).pointer, s("/$ref"));
}

// ----- schemas -----

#[test]
fn boolean_schemas_become_objects_but_additional_properties_keeps_its_boolean() {
    let (out, seen) = schema(json!({
        "type": "object",
        "properties": {"any": true, "none": false},
        "additionalProperties": false,
    }));
    assert_eq!(
        out,
        json!({
            "type": "object",
            "properties": {"any": {}, "none": {"not": {}}},
            "additionalProperties": false,
        })
    );
    assert_eq!(seen, [note(&s("/properties/any"), &BOOLEAN_SCHEMA), note(&s("/properties/none"), &BOOLEAN_SCHEMA)]);
}

#[test]
fn defs_move_to_components_and_references_follow() {
    let (out, seen) = schemas(json!({
        "Outer": {
            "type": "object",
            "properties": {
                "inner": {"$ref": "#/components/schemas/Outer/$defs/Inner"},
                "deep": {"$ref": "#/components/schemas/Outer/$defs/Inner/$defs/Taken/properties/x"},
            },
            "$defs": {
                "Inner": {"type": "object", "$defs": {"Taken": {"properties": {"x": {"type": "string"}}}}},
                "a b": {"type": "string"},
            },
        },
        "Taken": {"type": "integer"},
    }));
    assert_eq!(
        out,
        json!({
            "Outer": {"type": "object", "properties": {
                "inner": {"$ref": "#/components/schemas/Inner"},
                "deep": {"$ref": "#/components/schemas/Taken_2/properties/x"},
            }},
            "Taken": {"type": "integer"},
            "Inner": {"type": "object"},
            "Taken_2": {"properties": {"x": {"type": "string"}}},
            "a_b": {"type": "string"},
        })
    );
    let names: Vec<&String> = out.as_object().map(|o| o.keys().collect()).unwrap_or_default();
    assert_eq!(names, ["Outer", "Taken", "Inner", "Taken_2", "a_b"]);
    assert_eq!(
        seen,
        [
            note("/components/schemas/Outer/properties/inner/$ref", &DEFS),
            note("/components/schemas/Outer/properties/deep/$ref", &DEFS),
            note("/components/schemas/Outer/$defs/Inner/$defs/Taken", &DEFS),
            note("/components/schemas/Outer/$defs/Inner", &DEFS),
            note("/components/schemas/Outer/$defs/a b", &DEFS),
        ]
    );
}

#[test]
fn dialect_keywords_are_removed() {
    let (out, seen) = schema(json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.com/s",
        "$vocabulary": {},
        "$comment": "c",
        "type": "string",
    }));
    assert_eq!(out, json!({"type": "string"}));
    assert_eq!(
        seen,
        [
            note(&s("/$schema"), &DIALECT_KEYWORD),
            note(&s("/$id"), &DIALECT_KEYWORD),
            lossy(&s("/$vocabulary"), &DIALECT_KEYWORD),
            note(&s("/$comment"), &DIALECT_KEYWORD),
        ]
    );
    // Another dialect may read the keywords otherwise.
    let (_, seen) = schema(json!({"$schema": "http://json-schema.org/draft-07/schema#", "type": "string"}));
    assert_eq!(seen, [lossy(&s("/$schema"), &DIALECT_KEYWORD)]);
}

#[test]
fn nullable_in_a_31_document_is_kept_with_a_note() {
    let (out, seen) = schema(json!({"type": "string", "nullable": true}));
    assert_eq!(out, json!({"type": "string", "nullable": true}));
    assert_eq!(seen, [note(&s("/nullable"), &NULLABLE_IN_31)]);
}

#[test]
fn a_type_and_null_become_nullable() {
    let (out, seen) = schema(json!({"type": ["integer", "null"], "format": "int64"}));
    assert_eq!(out, json!({"type": "integer", "format": "int64", "nullable": true}));
    assert_eq!(seen, [note(&s("/type"), &TYPE_ARRAY)]);
    let (out, _) = schema(json!({"type": ["string"]}));
    assert_eq!(out, json!({"type": "string"}));
}

#[test]
fn several_types_split_into_one_branch_per_type() {
    let (out, seen) = schema(json!({
        "type": ["string", "integer", "array", "object", "null"],
        "title": "Mixed", "description": "d", "default": "x", "example": 1, "readOnly": true,
        "minLength": 1, "format": "email",
        "minimum": 0, "multipleOf": 2,
        "items": {"type": "string"}, "minItems": 1,
        "properties": {"a": {"type": "string"}}, "required": ["a"],
    }));
    assert_eq!(
        out,
        json!({
            "title": "Mixed", "description": "d", "default": "x", "example": 1, "readOnly": true,
            "nullable": true,
            "anyOf": [
                {"type": "string", "minLength": 1, "format": "email"},
                {"type": "integer", "minimum": 0, "multipleOf": 2},
                {"type": "array", "items": {"type": "string"}, "minItems": 1},
                {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
            ],
        })
    );
    assert_eq!(seen, [note(&s("/type"), &TYPE_ARRAY)]);
}

#[test]
fn split_types_share_out_the_enum_values() {
    let (out, _) = schema(json!({"type": ["string", "integer", "boolean", "null"], "enum": ["a", 1, null]}));
    assert_eq!(
        out,
        json!({"nullable": true, "anyOf": [
            {"type": "string", "enum": ["a"]},
            {"type": "integer", "enum": [1]},
        ]})
    );
    // Only one type has values: no `anyOf` needed.
    let (out, _) = schema(json!({"type": ["string", "boolean"], "enum": ["a", "b"]}));
    assert_eq!(out, json!({"type": "string", "enum": ["a", "b"]}));
}

#[test]
fn integer_folds_into_number_and_an_enum_without_null_stays_non_nullable() {
    let (out, seen) = schema(json!({"type": ["integer", "number", "null"], "enum": [1, 2.5]}));
    assert_eq!(out, json!({"type": "number", "enum": [1, 2.5]}));
    assert_eq!(seen, [note(&s("/type"), &TYPE_ARRAY)]);
}

#[test]
fn a_split_moves_an_existing_any_of_into_all_of() {
    let (out, _) = schema(json!({"type": ["string", "number"], "anyOf": [{"minLength": 1}, {"minimum": 1}]}));
    assert_eq!(
        out,
        json!({
            "allOf": [{"anyOf": [{"minLength": 1}, {"minimum": 1}]}],
            "anyOf": [{"type": "string"}, {"type": "number"}],
        })
    );
}

#[test]
fn types_that_are_not_json_schema_types_are_refused() {
    assert_eq!(schema_error(json!({"type": ["string", "file"]})).pointer, s("/type/1"));
    assert_eq!(schema_error(json!({"type": 5})).pointer, s("/type"));
}

#[test]
fn the_null_type_becomes_a_nullable_enum() {
    let (out, seen) = schema(json!({"type": "null", "description": "nothing"}));
    assert_eq!(out, json!({"description": "nothing", "enum": [null], "nullable": true}));
    assert_eq!(seen, [note(&s("/type"), &NULL_TYPE)]);
    let (out, seen) = schema(json!({"type": ["null"]}));
    assert_eq!(out, json!({"enum": [null], "nullable": true}));
    assert_eq!(seen, [note(&s("/type"), &NULL_TYPE)]);
}

#[test]
fn a_ref_or_null_becomes_a_nullable_all_of() {
    let (out, seen) = schema(json!({
        "description": "d",
        "oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/T"}],
    }));
    assert_eq!(out, json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/T"}], "nullable": true}));
    assert_eq!(seen, [note(&s("/oneOf/0"), &NULL_BRANCH), note(&s("/oneOf"), &NULL_BRANCH)]);
}

#[test]
fn an_inline_schema_or_null_is_merged() {
    let (out, seen) = schema(json!({
        "anyOf": [{"type": "string", "maxLength": 3}, {"enum": [null], "description": "none"}],
        "description": "d",
    }));
    assert_eq!(out, json!({"description": "d", "type": "string", "maxLength": 3, "nullable": true}));
    assert_eq!(seen, [note(&s("/anyOf/1"), &NULL_BRANCH), note(&s("/anyOf"), &NULL_BRANCH)]);
}

#[test]
fn null_branches_beside_conflicting_or_several_branches() {
    let (out, seen) = schema(json!({"type": "object", "anyOf": [{"type": "string"}, {"const": null}]}));
    assert_eq!(out, json!({"type": "object", "anyOf": [{"type": "string"}], "nullable": true}));
    assert_eq!(seen, [note(&s("/anyOf/1"), &NULL_BRANCH)]);

    let (out, _) = schema(json!({"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}));
    assert_eq!(out, json!({"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": true}));

    let (out, seen) = schema(json!({"anyOf": [{"type": "null"}]}));
    assert_eq!(out, json!({"enum": [null], "nullable": true}));
    assert_eq!(seen, [note(&s("/anyOf/0"), &NULL_BRANCH), note(&s("/anyOf"), &NULL_BRANCH)]);
}

#[test]
fn const_becomes_a_one_value_enum() {
    let (out, seen) = schema(json!({"type": "string", "const": "x"}));
    assert_eq!(out, json!({"type": "string", "enum": ["x"]}));
    assert_eq!(seen, [note(&s("/const"), &CONST)]);
    let (out, _) = schema(json!({"const": null}));
    assert_eq!(out, json!({"enum": [null], "nullable": true}));
}

#[test]
fn schema_examples_become_one_example() {
    let (out, seen) = schema(json!({"type": "integer", "examples": [3]}));
    assert_eq!(out, json!({"type": "integer", "example": 3}));
    assert_eq!(seen, [note(&s("/examples"), &EXAMPLES)]);

    let (out, seen) = schema(json!({"examples": ["a", "b", "c"]}));
    assert_eq!(out, json!({"example": "a"}));
    assert_eq!(seen, [note(&s("/examples"), &EXAMPLES)]);

    let (out, seen) = schema(json!({"example": "e", "examples": ["a"]}));
    assert_eq!(out, json!({"example": "e"}));
    assert_eq!(seen, [note(&s("/examples"), &EXAMPLES)]);

    let (out, seen) = schema(json!({"examples": {"a": {"value": 1}}}));
    assert_eq!(out, json!({}));
    assert_eq!(seen, [note(&s("/examples"), &EXAMPLES)]);
}

#[test]
fn numeric_exclusive_bounds_become_flags() {
    let cases = [
        (json!({"exclusiveMinimum": 1.5}), json!({"minimum": 1.5, "exclusiveMinimum": true})),
        // Equal bounds: the exclusive one is stricter.
        (json!({"exclusiveMinimum": 0, "minimum": 0}), json!({"minimum": 0, "exclusiveMinimum": true})),
        (json!({"exclusiveMaximum": 10, "maximum": 5}), json!({"maximum": 5})),
        (json!({"exclusiveMaximum": 3, "maximum": 5}), json!({"maximum": 3, "exclusiveMaximum": true})),
    ];
    for (input, expected) in cases {
        let (out, seen) = schema(input);
        assert_eq!(out, expected);
        assert_eq!(seen.len(), 1);
        assert_eq!(
            seen.first().map(|(_, severity, rule)| (*severity, *rule)),
            Some((Severity::Note, "exclusive-bounds"))
        );
    }
}

#[test]
fn a_type_array_beside_branches_leaves_the_types_to_the_branches() {
    let branches = json!([{"type": "string"}, {"type": "array", "items": {"type": "string"}}]);
    let (out, seen) = schema(json!({"type": ["null", "string", "array"], "oneOf": branches}));
    assert_eq!(out, json!({"oneOf": branches, "nullable": true}));
    assert_eq!(seen, [note(&s("/type"), &TYPE_BESIDE_BRANCHES)]);
    // A branch of a type the array did not list is let in: lossy.
    let (out, seen) = schema(json!({"type": ["string", "integer"], "oneOf": [{"type": "boolean"}, {"minLength": 1}]}));
    assert_eq!(out, json!({"oneOf": [{"type": "boolean"}, {"minLength": 1}]}));
    assert_eq!(seen, [lossy(&s("/type"), &TYPE_BESIDE_BRANCHES)]);
}

#[test]
fn boolean_exclusive_bounds_are_read_as_30_with_a_warning() {
    let (out, seen) = schema(json!({"minimum": 0, "exclusiveMinimum": true}));
    assert_eq!(out, json!({"minimum": 0, "exclusiveMinimum": true}));
    assert_eq!(seen, [lossy(&s("/exclusiveMinimum"), &EXCLUSIVE_FLAG)]);
    for flag_alone in [json!({"exclusiveMaximum": true}), json!({"maximum": 5, "exclusiveMaximum": false})] {
        let (out, seen) = schema(flag_alone);
        assert_eq!(out.get("exclusiveMaximum"), None);
        assert_eq!(seen, [lossy(&s("/exclusiveMaximum"), &EXCLUSIVE_FLAG)]);
    }
    assert_eq!(schema_error(json!({"exclusiveMaximum": "5"})).pointer, s("/exclusiveMaximum"));
}

#[test]
fn content_keywords_become_formats() {
    let (out, seen) = schema(json!({"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png"}));
    assert_eq!(out, json!({"type": "string", "format": "byte"}));
    assert_eq!(
        seen,
        [note(&s("/contentEncoding"), &CONTENT_ENCODING), lossy(&s("/contentMediaType"), &CONTENT_ENCODING)]
    );

    let (out, seen) = schema(json!({"type": "string", "contentEncoding": "base64url"}));
    assert_eq!(out, json!({"type": "string", "format": "byte"}));
    assert_eq!(seen, [lossy(&s("/contentEncoding"), &CONTENT_ENCODING)]);

    let (out, seen) = schema(json!({"type": "string", "contentEncoding": "quoted-printable"}));
    assert_eq!(out, json!({"type": "string"}));
    assert_eq!(seen, [lossy(&s("/contentEncoding"), &CONTENT_ENCODING)]);

    let (out, seen) = schema(json!({"type": "string", "contentMediaType": "application/pdf"}));
    assert_eq!(out, json!({"type": "string", "format": "binary"}));
    assert_eq!(seen, [note(&s("/contentMediaType"), &CONTENT_ENCODING)]);

    let (out, seen) = schema(json!({
        "type": "string",
        "contentMediaType": "Text/Plain; charset=utf-8",
        "contentSchema": {"type": "object"},
    }));
    assert_eq!(out, json!({"type": "string"}));
    assert_eq!(
        seen,
        [lossy(&s("/contentMediaType"), &CONTENT_ENCODING), lossy(&s("/contentSchema"), &CONTENT_ENCODING)]
    );

    let (out, _) = schema(json!({"type": "string", "format": "uri", "contentMediaType": "image/png"}));
    assert_eq!(out, json!({"type": "string", "format": "uri"}));
}

#[test]
fn prefix_items_become_an_any_of_items() {
    let (out, seen) = schema(json!({
        "type": "array",
        "prefixItems": [{"type": "string"}, {"type": "string"}, {"type": "integer"}],
        "items": {"type": "boolean"},
        "minItems": 2,
    }));
    assert_eq!(
        out,
        json!({
            "type": "array",
            "minItems": 2,
            "items": {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]},
        })
    );
    assert_eq!(seen, [lossy(&s("/prefixItems"), &PREFIX_ITEMS)]);
}

#[test]
fn boolean_items_become_length_limits_or_nothing() {
    let (out, seen) = schema(json!({
        "type": "array",
        "prefixItems": [{"type": "string"}],
        "items": false,
        "maxItems": 5,
    }));
    assert_eq!(out, json!({"type": "array", "maxItems": 1, "items": {"type": "string"}}));
    assert_eq!(seen, [note(&s("/items"), &ARRAY_ITEMS_BOOL), lossy(&s("/prefixItems"), &PREFIX_ITEMS)]);

    let (out, seen) = schema(json!({"type": "array", "items": false}));
    assert_eq!(out, json!({"type": "array", "maxItems": 0}));
    assert_eq!(seen, [note(&s("/items"), &ARRAY_ITEMS_BOOL)]);

    let (out, seen) = schema(json!({"type": "array", "items": true}));
    assert_eq!(out, json!({"type": "array"}));
    assert_eq!(seen, [note(&s("/items"), &ARRAY_ITEMS_BOOL)]);
}

#[test]
fn keywords_without_a_30_counterpart_are_dropped() {
    let (out, seen) = schema(json!({
        "type": "object",
        "if": {"required": ["a"]},
        "then": {"required": ["b"]},
        "else": {"required": ["c"]},
        "dependentRequired": {"a": ["b"]},
        "dependentSchemas": {"a": {"required": ["c"]}},
        "propertyNames": {"maxLength": 3},
        "contains": {"type": "string"},
        "minContains": 1,
        "maxContains": 2,
    }));
    assert_eq!(out, json!({"type": "object"}));
    assert_eq!(
        seen,
        [
            lossy(&s("/if"), &CONDITIONAL),
            lossy(&s("/then"), &CONDITIONAL),
            lossy(&s("/else"), &CONDITIONAL),
            lossy(&s("/dependentRequired"), &DEPENDENT),
            lossy(&s("/dependentSchemas"), &DEPENDENT),
            lossy(&s("/propertyNames"), &PROPERTY_NAMES),
            lossy(&s("/contains"), &CONTAINS),
            lossy(&s("/minContains"), &CONTAINS),
            lossy(&s("/maxContains"), &CONTAINS),
        ]
    );
}

#[test]
fn pattern_properties_become_additional_properties() {
    let (out, seen) = schema(json!({"type": "object", "patternProperties": {
        "^a": {"type": "string"},
        "^b": {"type": "integer"},
        "^c": {"type": "string"},
    }}));
    assert_eq!(
        out,
        json!({"type": "object", "additionalProperties": {"anyOf": [{"type": "string"}, {"type": "integer"}]}})
    );
    assert_eq!(seen, [lossy(&s("/patternProperties"), &PATTERN_PROPERTIES)]);

    let (out, seen) = schema(json!({
        "type": "object",
        "patternProperties": {"^a": {"type": "string"}},
        "additionalProperties": false,
    }));
    assert_eq!(out, json!({"type": "object", "additionalProperties": false}));
    assert_eq!(seen, [lossy(&s("/patternProperties"), &PATTERN_PROPERTIES)]);
}

#[test]
fn unevaluated_properties_become_additional_properties() {
    let (out, seen) = schema(json!({"type": "object", "properties": {"a": {}}, "unevaluatedProperties": false}));
    assert_eq!(out, json!({"type": "object", "properties": {"a": {}}, "additionalProperties": false}));
    assert_eq!(seen, [note(&s("/unevaluatedProperties"), &UNEVALUATED)]);

    // Applicators that declare no property evaluate none: the same in 3.0.
    let (out, seen) = schema(json!({"allOf": [{"required": ["a"]}], "unevaluatedProperties": false}));
    assert_eq!(out, json!({"allOf": [{"required": ["a"]}], "additionalProperties": false}));
    assert_eq!(seen, [note(&s("/unevaluatedProperties"), &UNEVALUATED)]);
    // Beside applicators that declare others, 3.0 would refuse those: no value would fit.
    let (out, seen) = schema(json!({"allOf": [{"properties": {"a": {}}}], "unevaluatedProperties": false}));
    assert_eq!(out, json!({"allOf": [{"properties": {"a": {}}}]}));
    assert_eq!(seen, [lossy(&s("/unevaluatedProperties"), &UNEVALUATED)]);

    // Applicators that declare only the schema's own properties: those are all it evaluates.
    let (out, seen) = schema(json!({
        "properties": {"a": {}},
        "if": {"properties": {"a": {"const": 1}}},
        "then": {"required": ["a"]},
        "unevaluatedProperties": false,
    }));
    assert_eq!(out["additionalProperties"], json!(false));
    assert!(seen.contains(&note(&s("/unevaluatedProperties"), &UNEVALUATED)), "{seen:?}");

    // Inline branches that declare their properties are closed one by one.
    let card = json!({"properties": {"number": {"type": "string"}}, "required": ["number"]});
    let bank = json!({"properties": {"iban": {"type": "string"}}});
    let (out, seen) = schema(json!({"anyOf": [card, bank], "unevaluatedProperties": false}));
    let closed = |branch: &Value| {
        let mut branch = branch.clone();
        branch["additionalProperties"] = json!(false);
        branch
    };
    assert_eq!(out, json!({"anyOf": [closed(&card), closed(&bank)]}));
    assert_eq!(seen, [lossy(&s("/unevaluatedProperties"), &UNEVALUATED)]);
    // Not when the schema has properties of its own, which the branches would refuse.
    let (out, _) = schema(json!({"properties": {"id": {}}, "oneOf": [card], "unevaluatedProperties": false}));
    assert_eq!(out, json!({"properties": {"id": {}}, "oneOf": [card]}));

    let (out, seen) = schema(json!({"additionalProperties": true, "unevaluatedProperties": false}));
    assert_eq!(out, json!({"additionalProperties": true}));
    assert_eq!(seen, [note(&s("/unevaluatedProperties"), &UNEVALUATED)]);

    // Both: the unevaluated schema is the one for the other properties.
    let (out, seen) = schema(json!({
        "type": "object",
        "patternProperties": {"^x": {"type": "string"}},
        "unevaluatedProperties": {"type": "integer"},
    }));
    assert_eq!(out, json!({"type": "object", "additionalProperties": {"type": "integer"}}));
    assert_eq!(
        seen,
        [lossy(&s("/unevaluatedProperties"), &UNEVALUATED), lossy(&s("/patternProperties"), &PATTERN_PROPERTIES)]
    );

    let (out, seen) = schema(json!({"type": "array", "unevaluatedItems": false}));
    assert_eq!(out, json!({"type": "array"}));
    assert_eq!(seen, [lossy(&s("/unevaluatedItems"), &UNEVALUATED)]);
}

#[test]
fn dynamic_refs_resolve_statically_to_their_anchor() {
    let (out, seen) = schemas(json!({
        "Tree": {"$dynamicAnchor": "node", "type": "object", "properties": {
            "children": {"type": "array", "items": {"$dynamicRef": "#node"}}
        }}
    }));
    assert_eq!(out["Tree"]["properties"]["children"]["items"], json!({"$ref": "#/components/schemas/Tree"}));
    let dynamic = "/components/schemas/Tree/properties/children/items/$dynamicRef";
    assert!(seen.contains(&lossy(dynamic, &DYNAMIC_REF)), "{seen:?}");
    let unknown = error(doc(json!({"components": {"schemas": {"A": {"$dynamicRef": "#nowhere"}}}})));
    assert_eq!(unknown.kind, crate::diagnostic::ErrorKind::Reference);
}

#[test]
fn inexpressible_constructs_are_refused() {
    assert_eq!(schema_error(json!({"items": [{"type": "string"}]})).pointer, s("/items"));
    assert_eq!(schema_error(json!({"$defs": []})).pointer, s("/$defs"));
}

#[test]
fn nesting_is_bounded() {
    let mut deep = json!({"type": "string"});
    for _ in 0..MAX_DEPTH + 10 {
        deep = json!({ "not": deep });
    }
    assert!(schema_error(deep).message.contains("nested more than"));
}

#[test]
fn malformed_documents_do_not_panic() {
    let documents = [
        doc(json!({"paths": [], "components": []})),
        doc(json!({"paths": {"/a": 5, "/b": {"get": []}, "/c": {"$ref": 5}}})),
        doc(json!({"info": "x", "webhooks": 3, "security": "x"})),
        doc(json!({"components": {"schemas": 5, "pathItems": []}})),
        doc(json!({"components": {"schemas": {
            "A": "x", "B": [1], "C": {"properties": [], "anyOf": {}, "allOf": 3, "items": null},
            "D": {"prefixItems": 3, "items": false, "maxItems": -1},
            "E": {"patternProperties": [], "examples": [], "const": {"$ref": 1}, "$ref": 7},
            "F": {"type": [], "enum": 3},
            "G": {"anyOf": [null, true, false, {"type": ["null", "null"]}]},
        }}})),
        doc(json!({"paths": {"/a": {"parameters": 1, "get": {
            "parameters": [1, {"$ref": 2}, {"schema": false, "content": 3}],
            "requestBody": [],
            "responses": {"200": {"headers": [], "content": {"a": 1, "b": {"encoding": 2}}}},
            "callbacks": {"c": 1, "d": {"e": 2}},
        }}}})),
    ];
    for mut document in documents {
        let _ = normalize_31(&mut document, &mut Vec::new());
    }
}

#[test]
fn rewrite_table_names_are_unique_kebab_case() {
    let mut names = HashSet::new();
    for Rule { name, description, .. } in RULES {
        assert!(names.insert(*name), "`{name}` listed twice");
        assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{name}");
        assert!(description.ends_with('.'), "{name}: {description}");
    }
}

// ----- the fixture -----

fn original_fixture() -> Value {
    serde_yaml::from_str(FIXTURE).expect("the fixture is YAML")
}

fn normalized_fixture() -> (Value, Vec<Diagnostic>) {
    let mut doc = original_fixture();
    let mut diagnostics = Vec::new();
    normalize_31(&mut doc, &mut diagnostics).expect("the fixture normalizes");
    (doc, diagnostics)
}

/// Keywords that only 3.1 (JSON Schema 2020-12) schemas have.
const ONLY_31: [&str; 25] = [
    "const",
    "$defs",
    "$schema",
    "$id",
    "$anchor",
    "$dynamicAnchor",
    "$dynamicRef",
    "$vocabulary",
    "$comment",
    "prefixItems",
    "if",
    "then",
    "else",
    "dependentRequired",
    "dependentSchemas",
    "patternProperties",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "minContains",
    "maxContains",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
];

/// Collects the pointers of 3.1-only constructs anywhere in `value`, and of `$ref`s that do
/// not resolve in `root`. Independent of the walk under test: it looks everywhere, skipping
/// only instance data (`example`, `default`, `enum`, an Example's `value`).
fn leftovers(root: &Value, value: &Value, ptr: &str, found: &mut Vec<String>) {
    match value {
        Value::Object(obj) => {
            for (key, child) in obj {
                let child_ptr = pointer_push(ptr, key);
                if is_extension(key) || matches!(key.as_str(), "example" | "default" | "enum" | "value") {
                    continue;
                }
                let bad = ONLY_31.contains(&key.as_str())
                    || (key == "examples" && child.is_array())
                    || (key == "type" && (!child.is_string() || child == "null"))
                    || (key.starts_with("exclusiveM") && !child.is_boolean())
                    || (matches!(key.as_str(), "items" | "not") && !child.is_object())
                    || (key == "$ref" && obj.len() > 1)
                    || (key == "$ref"
                        && child.as_str().and_then(|r| r.strip_prefix('#')).and_then(|p| root.pointer(p)).is_none());
                if bad {
                    found.push(child_ptr.clone());
                }
                leftovers(root, child, &child_ptr, found);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                leftovers(root, item, &pointer_push(ptr, &i.to_string()), found);
            }
        }
        _ => {}
    }
}

#[test]
fn the_leftover_checker_sees_the_31_constructs_of_the_fixture() {
    let original = original_fixture();
    let mut found = Vec::new();
    leftovers(&original, &original, "", &mut found);
    for pointer in [
        "/paths/~1books/get/parameters/0/schema/type",
        "/paths/~1books/get/parameters/1/schema/exclusiveMinimum",
        "/paths/~1books/post/requestBody/content/application~1json/schema/$ref",
        "/components/schemas/Book/properties/isbn/$ref",
        "/components/schemas/Book/properties/year/examples",
        "/components/schemas/Book/properties/shelfMark/items",
        "/components/schemas/Book/$defs",
        "/components/schemas/Book/unevaluatedProperties",
    ] {
        assert!(found.iter().any(|f| f == pointer), "{pointer} not flagged in {found:#?}");
    }
}

#[test]
fn fixture_keeps_no_31_construct() {
    let (doc, _) = normalized_fixture();
    let mut found = Vec::new();
    leftovers(&doc, &doc, "", &mut found);
    assert_eq!(found, Vec::<String>::new());
    assert_eq!(doc["openapi"], "3.0.3");
    for pointer in
        ["/webhooks", "/jsonSchemaDialect", "/info/summary", "/info/license/identifier", "/components/pathItems"]
    {
        assert_eq!(doc.pointer(pointer), None, "{pointer}");
    }
}

#[test]
fn fixture_reads_as_openapi_30() {
    let (doc, _) = normalized_fixture();
    let api: openapiv3::OpenAPI = serde_json::from_value(doc).expect("openapiv3 reads the result");
    let operations: Vec<Option<&str>> = api.operations().map(|(_, _, op)| op.operation_id.as_deref()).collect();
    assert_eq!(operations, [Some("listBooks"), Some("addBook"), Some("getBook"), Some("uploadCover")]);
    let schemas = api.components.map(|c| c.schemas.into_keys().collect::<Vec<_>>()).unwrap_or_default();
    assert_eq!(schemas, ["Book", "Edition", "Copy", "Loan", "Member", "AnyValue", "Problem", "Isbn", "Series"]);
}

#[test]
fn fixture_fires_every_rule_and_only_listed_ones() {
    let (_, diagnostics) = normalized_fixture();
    for d in &diagnostics {
        let listed = RULES.iter().find(|rule| rule.name == d.rule);
        assert!(listed.is_some_and(|rule| d.severity <= rule.severity), "{d} is not in RULES as such");
    }
    let silent: Vec<&str> =
        RULES.iter().map(|rule| rule.name).filter(|rule| !diagnostics.iter().any(|d| d.rule == *rule)).collect();
    // A document with operations has `paths`; that rule has its own test above.
    assert_eq!(silent, ["paths-optional"]);
}

#[test]
fn fixture_diagnostics_point_into_the_original_document() {
    let original = original_fixture();
    let (_, diagnostics) = normalized_fixture();
    for d in &diagnostics {
        // An added field (`responses`) is named by where it goes, below a place that exists.
        let parent = d.pointer.rsplit_once('/').map_or("", |(parent, _)| parent);
        let exists = original.pointer(&d.pointer).is_some()
            || (d.rule == "responses-optional" && original.pointer(parent).is_some());
        assert!(exists, "{d}");
    }
}

#[test]
fn fixture_rewrites_land_where_expected() {
    let (doc, _) = normalized_fixture();
    let book = &doc["components"]["schemas"]["Book"];
    assert_eq!(
        book["properties"]["identifier"],
        json!({
            "description": "ISBN-10, ISBN-13 or the library's own number.",
            "anyOf": [{"type": "string", "minLength": 10}, {"type": "integer", "minimum": 1}],
        })
    );
    assert_eq!(
        book["properties"]["edition"],
        json!({"allOf": [{"$ref": "#/components/schemas/Edition"}], "nullable": true})
    );
    assert_eq!(book["properties"]["isbn"], json!({"$ref": "#/components/schemas/Isbn"}));
    assert_eq!(book["properties"]["series"], json!({"$ref": "#/components/schemas/Series"}));
    assert_eq!(book["additionalProperties"], json!(false));
    assert_eq!(doc["components"]["schemas"]["Isbn"], json!({"type": "string", "pattern": "^[0-9-]{10,17}$"}));
    let list = &doc["paths"]["/books"]["get"];
    assert_eq!(
        list["parameters"][1]["schema"],
        json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true, "maximum": 100})
    );
    // A media type's `examples` is a map of Example Objects in 3.0 too: untouched.
    assert_eq!(
        list["responses"]["200"]["content"]["application/json"]["examples"],
        json!({"empty": {"summary": "No book matches.", "value": []}})
    );
    let by_isbn = &doc["paths"]["/books/{isbn}"];
    assert_eq!(by_isbn["summary"], "One book.");
    assert_eq!(by_isbn["parameters"][0]["schema"], json!({"$ref": "#/components/schemas/Isbn"}));
    assert_eq!(doc["security"], json!([{"apiKey": []}, {}]));
}

#[test]
fn normalizing_is_deterministic() {
    let (first, first_diagnostics) = normalized_fixture();
    let (second, second_diagnostics) = normalized_fixture();
    assert_eq!(first.to_string(), second.to_string());
    assert_eq!(first_diagnostics, second_diagnostics);
}
