//! Walking a document: [`walk_document`] follows the OpenAPI structure and hands the visitor
//! each schema position, Reference Object and operation (so a media type's `examples` map is
//! never taken for a schema); [`each_node`] visits every JSON node, for what may sit anywhere
//! (`$ref`s). Pointers are computed while descending, before a visitor moves anything.

use serde_json::{Map, Value};

use super::Method;
use super::pointer::pointer_push;
use crate::diagnostic::PointerError;

pub type Object = Map<String, Value>;
pub type Walk = Result<(), PointerError>;

/// Deepest nesting of schemas (or of callbacks) a walk follows before refusing the document,
/// so that hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 256;

/// The error for a document nested deeper than [`MAX_DEPTH`] at `ptr`.
pub fn too_deep(ptr: &str) -> PointerError {
    PointerError::unsupported(ptr, format!("nested more than {MAX_DEPTH} levels deep"))
}

/// Whether `key` is a specification extension (`x-…`), which the walks skip.
pub fn is_extension(key: &str) -> bool {
    key.starts_with("x-")
}

/// Calls `visit(node, pointer)` for every node of `document` in document order (parents
/// before children), until `visit` returns `false`. Iterative: nesting cannot exhaust the stack.
pub fn each_node(document: &Value, visit: &mut impl FnMut(&Value, &str) -> bool) {
    let mut pending = vec![(document, String::new())];
    while let Some((node, pointer)) = pending.pop() {
        if !visit(node, &pointer) {
            return;
        }
        match node {
            Value::Object(map) => {
                pending.extend(map.iter().rev().map(|(key, child)| (child, pointer_push(&pointer, key))));
            }
            Value::Array(items) => {
                pending.extend(
                    items
                        .iter()
                        .enumerate()
                        .rev()
                        .map(|(index, child)| (child, pointer_push(&pointer, &index.to_string()))),
                );
            }
            _ => {}
        }
    }
}

/// Calls `f(subschema, pointer)` for each direct subschema of a schema in OpenAPI 3.0 form
/// (`properties`, `items`, `additionalProperties`, `not`, `allOf`/`anyOf`/`oneOf`), in
/// document order.
pub fn subschemas_30(schema: &mut Object, ptr: &str, mut f: impl FnMut(&mut Value, &str) -> Walk) -> Walk {
    for (key, value) in schema.iter_mut() {
        match (key.as_str(), value) {
            ("properties", Value::Object(properties)) => {
                let base = pointer_push(ptr, key);
                for (name, child) in properties.iter_mut() {
                    f(child, &pointer_push(&base, name))?;
                }
            }
            ("allOf" | "anyOf" | "oneOf", Value::Array(branches)) => {
                let base = pointer_push(ptr, key);
                for (index, child) in branches.iter_mut().enumerate() {
                    f(child, &pointer_push(&base, &index.to_string()))?;
                }
            }
            ("items" | "not" | "additionalProperties", child @ Value::Object(_)) => f(child, &pointer_push(ptr, key))?,
            _ => {}
        }
    }
    Ok(())
}

/// What a walk of the document does where schemas, references and operations sit.
pub trait Visit {
    fn schema(&mut self, schema: &mut Value, ptr: &str) -> Walk;

    /// A Reference Object where a non-schema object may be.
    fn reference(&mut self, _reference: &mut Object, _ptr: &str) {}

    fn operation(&mut self, _op: &mut Object, _ptr: &str) {}
}

pub fn walk_document(root: &mut Object, v: &mut impl Visit) -> Walk {
    entries(
        root,
        "paths",
        "",
        |path, item, ptr| {
            if is_extension(path) { Ok(()) } else { walk_path_item(item, ptr, v, 0) }
        },
    )?;
    if let Some(Value::Object(components)) = root.get_mut("components") {
        walk_components(components, "/components", v)?;
    }
    Ok(())
}

fn walk_components(components: &mut Object, ptr: &str, v: &mut impl Visit) -> Walk {
    entries(components, "schemas", ptr, |_, schema, ptr| v.schema(schema, ptr))?;
    entries(components, "responses", ptr, |_, response, ptr| walk_response(response, ptr, v))?;
    entries(components, "parameters", ptr, |_, parameter, ptr| walk_parameter(parameter, ptr, v))?;
    entries(components, "examples", ptr, |_, example, ptr| walk_reference_only(example, ptr, v))?;
    entries(components, "requestBodies", ptr, |_, body, ptr| walk_request_body(body, ptr, v))?;
    entries(components, "headers", ptr, |_, header, ptr| walk_parameter(header, ptr, v))?;
    entries(components, "securitySchemes", ptr, |_, scheme, ptr| walk_reference_only(scheme, ptr, v))?;
    entries(components, "links", ptr, |_, link, ptr| walk_reference_only(link, ptr, v))?;
    entries(components, "callbacks", ptr, |_, callback, ptr| walk_callback(callback, ptr, v, 0))?;
    entries(components, "pathItems", ptr, |_, item, ptr| walk_path_item(item, ptr, v, 0))
}

/// A path item's own fields; a `$ref` beside them is resolved later (see `inline_path_items`).
fn walk_path_item(item: &mut Value, ptr: &str, v: &mut impl Visit, depth: usize) -> Walk {
    if depth > MAX_DEPTH {
        return Err(too_deep(ptr));
    }
    let Some(item) = item.as_object_mut() else {
        return Ok(());
    };
    elements(item, "parameters", ptr, |parameter, ptr| walk_parameter(parameter, ptr, v))?;
    for method in Method::ALL {
        if let Some(Value::Object(op)) = item.get_mut(method.as_str()) {
            walk_operation(op, &pointer_push(ptr, method.as_str()), v, depth)?;
        }
    }
    Ok(())
}

fn walk_operation(op: &mut Object, ptr: &str, v: &mut impl Visit, depth: usize) -> Walk {
    v.operation(op, ptr);
    elements(op, "parameters", ptr, |parameter, ptr| walk_parameter(parameter, ptr, v))?;
    if let Some(body) = op.get_mut("requestBody") {
        walk_request_body(body, &pointer_push(ptr, "requestBody"), v)?;
    }
    entries(
        op,
        "responses",
        ptr,
        |code, response, ptr| {
            if is_extension(code) { Ok(()) } else { walk_response(response, ptr, v) }
        },
    )?;
    entries(op, "callbacks", ptr, |_, callback, ptr| walk_callback(callback, ptr, v, depth + 1))
}

fn walk_callback(callback: &mut Value, ptr: &str, v: &mut impl Visit, depth: usize) -> Walk {
    if visit_reference(callback, ptr, v) {
        return Ok(());
    }
    let Some(callback) = callback.as_object_mut() else {
        return Ok(());
    };
    for (expression, item) in callback.iter_mut().filter(|(key, _)| !is_extension(key)) {
        walk_path_item(item, &pointer_push(ptr, expression), v, depth)?;
    }
    Ok(())
}

/// Parameter and Header Objects: a schema or content, and examples.
fn walk_parameter(parameter: &mut Value, ptr: &str, v: &mut impl Visit) -> Walk {
    if visit_reference(parameter, ptr, v) {
        return Ok(());
    }
    let Some(parameter) = parameter.as_object_mut() else {
        return Ok(());
    };
    if let Some(schema) = parameter.get_mut("schema") {
        v.schema(schema, &pointer_push(ptr, "schema"))?;
    }
    entries(parameter, "examples", ptr, |_, example, ptr| walk_reference_only(example, ptr, v))?;
    entries(parameter, "content", ptr, |_, media, ptr| walk_media_type(media, ptr, v))
}

fn walk_request_body(body: &mut Value, ptr: &str, v: &mut impl Visit) -> Walk {
    if visit_reference(body, ptr, v) {
        return Ok(());
    }
    let Some(body) = body.as_object_mut() else {
        return Ok(());
    };
    entries(body, "content", ptr, |_, media, ptr| walk_media_type(media, ptr, v))
}

fn walk_response(response: &mut Value, ptr: &str, v: &mut impl Visit) -> Walk {
    if visit_reference(response, ptr, v) {
        return Ok(());
    }
    let Some(response) = response.as_object_mut() else {
        return Ok(());
    };
    entries(response, "headers", ptr, |_, header, ptr| walk_parameter(header, ptr, v))?;
    entries(response, "content", ptr, |_, media, ptr| walk_media_type(media, ptr, v))?;
    entries(response, "links", ptr, |_, link, ptr| walk_reference_only(link, ptr, v))
}

fn walk_media_type(media: &mut Value, ptr: &str, v: &mut impl Visit) -> Walk {
    let Some(media) = media.as_object_mut() else {
        return Ok(());
    };
    if let Some(schema) = media.get_mut("schema") {
        v.schema(schema, &pointer_push(ptr, "schema"))?;
    }
    entries(media, "examples", ptr, |_, example, ptr| walk_reference_only(example, ptr, v))?;
    entries(media, "encoding", ptr, |_, encoding, ptr| match encoding.as_object_mut() {
        Some(encoding) => entries(encoding, "headers", ptr, |_, header, ptr| walk_parameter(header, ptr, v)),
        None => Ok(()),
    })
}

/// Objects with nothing to rewrite inside (examples, links, security schemes), but that may be
/// references.
fn walk_reference_only(value: &mut Value, ptr: &str, v: &mut impl Visit) -> Walk {
    visit_reference(value, ptr, v);
    Ok(())
}

/// Hands a Reference Object to the visitor; true when `value` was one.
fn visit_reference(value: &mut Value, ptr: &str, v: &mut impl Visit) -> bool {
    match value {
        Value::Object(obj) if obj.contains_key("$ref") => {
            v.reference(obj, ptr);
            true
        }
        _ => false,
    }
}

/// Calls `f(name, value, pointer)` for each entry of the object `parent[key]`, in document order.
fn entries(parent: &mut Object, key: &str, ptr: &str, mut f: impl FnMut(&str, &mut Value, &str) -> Walk) -> Walk {
    let Some(Value::Object(map)) = parent.get_mut(key) else {
        return Ok(());
    };
    let base = pointer_push(ptr, key);
    for (name, value) in map.iter_mut() {
        f(name, value, &pointer_push(&base, name))?;
    }
    Ok(())
}

/// Calls `f(value, pointer)` for each element of the array `parent[key]`.
fn elements(parent: &mut Object, key: &str, ptr: &str, mut f: impl FnMut(&mut Value, &str) -> Walk) -> Walk {
    let Some(Value::Array(list)) = parent.get_mut(key) else {
        return Ok(());
    };
    let base = pointer_push(ptr, key);
    for (i, value) in list.iter_mut().enumerate() {
        f(value, &pointer_push(&base, &i.to_string()))?;
    }
    Ok(())
}
