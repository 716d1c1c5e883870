//! Filling an error schema from a rejection, so a refused request is answered in the body the
//! spec declares. Properties are matched by meaning (a status, a message, a list of problems
//! with their location) as error bodies commonly name them; anything else required gets a
//! valid placeholder of its type, and optional properties without a meaning are left out.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use crate::document::follow_references;

/// Depth past which nested required objects are not filled further (schemas can recurse).
const MAX_DEPTH: usize = 8;

/// An expression of type `serde_json::Value`, using `status: u16` and `rejection: &Rejection`.
pub fn fill(document: &Value, schema: &Value) -> TokenStream {
    fill_value(document, schema, Context::Rejection, 0)
}

#[derive(Clone, Copy, PartialEq)]
enum Context {
    /// Filling the body (or an object inside it) from the whole rejection.
    Rejection,
    /// Filling one item of a problem list from `problem: &Problem`.
    Problem,
}

/// The schema with `$ref`s followed and `allOf` parts merged into one object schema.
fn flatten(document: &Value, schema: &Value, depth: usize) -> Value {
    let current = follow_references(document, schema).clone();
    let Some(parts) = current.get("allOf").and_then(Value::as_array).cloned() else { return current };
    if depth > MAX_DEPTH {
        return current;
    }
    let mut merged = serde_json::Map::new();
    let mut properties = serde_json::Map::new();
    let mut required: Vec<Value> = Vec::new();
    for part in parts.iter().map(|p| flatten(document, p, depth + 1)).chain(std::iter::once(current.clone())) {
        if let Some(part_properties) = part.get("properties").and_then(Value::as_object) {
            properties.extend(part_properties.clone());
        }
        for name in part.get("required").and_then(Value::as_array).into_iter().flatten() {
            if !required.contains(name) {
                required.push(name.clone());
            }
        }
        if let Some(kind) = part.get("type") {
            merged.insert("type".into(), kind.clone());
        }
    }
    merged.insert("type".into(), Value::String("object".into()));
    merged.insert("properties".into(), Value::Object(properties));
    merged.insert("required".into(), Value::Array(required));
    Value::Object(merged)
}

fn kind_of(schema: &Value) -> &str {
    match schema.get("type").and_then(Value::as_str) {
        Some(kind) => kind,
        None if schema.get("properties").is_some() => "object",
        None if schema.get("items").is_some() => "array",
        None => "any",
    }
}

/// Lower-case letters and digits only: `httpStatusCode`, `http_status_code` → `httpstatuscode`.
fn key(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

fn fill_value(document: &Value, schema: &Value, context: Context, depth: usize) -> TokenStream {
    let schema = flatten(document, schema, depth);
    if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|values| values.first()) {
        let text = first.to_string();
        return quote! { serde_json::from_str(#text).unwrap_or(serde_json::Value::Null) };
    }
    match kind_of(&schema) {
        "object" if depth <= MAX_DEPTH => fill_object(document, &schema, context, depth),
        kind => placeholder(kind, &schema),
    }
}

fn fill_object(document: &Value, schema: &Value, context: Context, depth: usize) -> TokenStream {
    let required: Vec<&str> =
        schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    let mut entries = Vec::new();
    for (name, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
        let property = flatten(document, property, depth + 1);
        let is_required = required.contains(&name.as_str());
        let value = match context {
            Context::Rejection => rejection_field(document, name, &property, depth),
            Context::Problem => problem_field(name, &property),
        };
        let value = match (value, is_required) {
            (Some(value), _) => value,
            (None, true) => fill_value(document, &property, context, depth + 1),
            (None, false) => continue,
        };
        entries.push(quote! { map.insert(#name.to_string(), #value); });
    }
    quote! {{
        let mut map = serde_json::Map::new();
        #(#entries)*
        serde_json::Value::Object(map)
    }}
}

/// A property of the body (or of an object inside it) that carries part of the rejection.
fn rejection_field(document: &Value, name: &str, property: &Value, depth: usize) -> Option<TokenStream> {
    let kind = kind_of(property);
    let has_enum = property.get("enum").is_some();
    Some(match (key(name).as_str(), kind) {
        (_, _) if has_enum => return None,
        ("httpstatuscode" | "statuscode" | "status" | "code" | "httpstatus", "integer" | "number") => {
            quote! { serde_json::Value::from(status) }
        }
        ("status", "string") => quote! { serde_json::Value::from(status.to_string()) },
        (
            "message" | "msg" | "title" | "detail" | "details" | "description" | "error" | "errormessage" | "reason",
            "string",
        ) => {
            quote! { serde_json::Value::from(rejection.summary()) }
        }
        ("requestid" | "traceid" | "correlationid" | "id", "string") => {
            quote! { serde_json::Value::from(rejection.request_id.clone()) }
        }
        ("type" | "kind" | "errortype" | "errorcode" | "code", "string") => {
            quote! { serde_json::Value::from(rejection.reason.code()) }
        }
        (_, "array") => {
            let items = flatten(document, property.get("items").unwrap_or(&Value::Null), depth + 1);
            if kind_of(&items) != "object" {
                return None;
            }
            let item = fill_value(document, &items, Context::Problem, depth + 1);
            quote! { serde_json::Value::Array(rejection.problems.iter().map(|problem| #item).collect()) }
        }
        _ => return None,
    })
}

/// A property of one problem-list item.
fn problem_field(name: &str, property: &Value) -> Option<TokenStream> {
    let kind = kind_of(property);
    Some(match (key(name).as_str(), kind) {
        ("loc" | "location", "array") => quote! { problem.loc() },
        ("msg" | "message" | "detail" | "description" | "error", "string") => {
            quote! { serde_json::Value::from(problem.message.clone()) }
        }
        ("type" | "code" | "kind", "string") if property.get("enum").is_none() => {
            quote! { serde_json::Value::from(problem.kind.code()) }
        }
        ("field" | "name" | "param" | "parameter" | "path" | "pointer" | "property" | "loc" | "location", "string") => {
            quote! { serde_json::Value::from(problem.field()) }
        }
        ("input" | "value", "any") => quote! { problem.input.clone().unwrap_or(serde_json::Value::Null) },
        _ => return None,
    })
}

/// A valid value of `kind` that means nothing.
fn placeholder(kind: &str, schema: &Value) -> TokenStream {
    let nullable = schema.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    match kind {
        _ if nullable => quote! { serde_json::Value::Null },
        "string" => quote! { serde_json::Value::from("") },
        "integer" => {
            let minimum = schema.get("minimum").and_then(Value::as_f64).map_or(0, |m| m.ceil() as i64);
            quote! { serde_json::Value::from(#minimum) }
        }
        "number" => {
            let minimum = schema.get("minimum").and_then(Value::as_f64).unwrap_or(0.0);
            quote! { serde_json::Value::from(#minimum) }
        }
        "boolean" => quote! { serde_json::Value::Bool(false) },
        "array" => quote! { serde_json::Value::Array(Vec::new()) },
        "object" => quote! { serde_json::Value::Object(serde_json::Map::new()) },
        _ => quote! { serde_json::Value::Null },
    }
}
