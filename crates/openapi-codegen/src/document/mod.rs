//! The shape of an OpenAPI document as JSON, in one place: pointers, `$ref` resolution,
//! operations and the walks over a document. Every stage reads the document through these.

pub mod checks;
pub mod operation;
pub mod pointer;
pub mod position;
pub mod refs;
pub mod walk;

use std::fmt;

use serde_json::{Map, Value};

pub use checks::{check_operations, template_variables};
pub use operation::{
    MediaTypeObject, OperationObject, ParameterIn, ParameterObject, RequestBodyObject, ResponseObject,
    SecurityRequirement, Status, first_media,
};
pub use pointer::{component_ref, pointer_join, pointer_push, pointer_tokens, resolve_pointer, unescape_token};
pub use refs::{
    check_references, follow_references, percent_decode, replace_references, resolve_reference, retarget_references,
    schemas_reached_from,
};

/// `components.schemas`, made when the document has none yet.
pub fn component_schemas_mut(document: &mut Value) -> Option<&mut Map<String, Value>> {
    let components = document.as_object_mut()?.entry("components").or_insert_with(|| Value::Object(Map::new()));
    components.as_object_mut()?.entry("schemas").or_insert_with(|| Value::Object(Map::new())).as_object_mut()
}

/// An HTTP method an OpenAPI path item may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    /// Every method, in the order a path item lists them (the order operations are visited).
    pub const ALL: [Method; 8] = [
        Method::Get,
        Method::Put,
        Method::Post,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Patch,
        Method::Trace,
    ];

    /// The path item key: `get`, `post`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
        }
    }

    /// The method a path item key names, if it names one.
    pub fn from_key(key: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|method| method.as_str() == key)
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One operation of `paths`, where it sits, and the operation object itself.
#[derive(Debug, Clone, Copy)]
pub struct OperationAt<'a> {
    /// The path template, e.g. `/pets/{id}`.
    pub path: &'a str,
    pub method: Method,
    pub operation: &'a Value,
}

impl<'a> OperationAt<'a> {
    /// `/paths/<path>/<method>`.
    pub fn pointer(&self) -> String {
        operation_pointer(self.path, self.method)
    }

    /// The `operationId` (every operation has one after preparation).
    pub fn id(&self) -> Option<&'a str> {
        self.operation.get("operationId").and_then(Value::as_str)
    }
}

/// `/paths/<path>/<method>`, escaped.
pub fn operation_pointer(path: &str, method: Method) -> String {
    pointer_join("/paths", [path, method.as_str()])
}

/// Every operation of `paths`, in document order (paths as written, methods as [`Method::ALL`]).
pub fn operations(document: &Value) -> impl Iterator<Item = OperationAt<'_>> {
    let paths = document.get("paths").and_then(Value::as_object).into_iter().flatten();
    paths.flat_map(|(path, item)| {
        Method::ALL.into_iter().filter_map(move |method| {
            let operation = item.get(method.as_str()).filter(|operation| operation.is_object())?;
            Some(OperationAt { path, method, operation })
        })
    })
}

/// The first server's URL with each variable at its default, as generated code uses it.
pub fn first_server_url(document: &Value) -> Option<String> {
    let server = document.get("servers")?.get(0)?;
    let mut url = server.get("url")?.as_str()?.to_string();
    if let Some(Value::Object(variables)) = server.get("variables") {
        for (name, variable) in variables {
            let default = variable.get("default").and_then(Value::as_str).unwrap_or_default();
            url = url.replace(&format!("{{{name}}}"), default);
        }
    }
    Some(url)
}

/// Whether a server URL names its host (the client then has a default base URL), rather than
/// being a path on the host the spec was served from.
pub fn is_absolute_url(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// Calls `visit(path, method, operation)` for every operation of `paths`, in document order.
pub fn for_each_operation_mut(document: &mut Value, mut visit: impl FnMut(&str, Method, &mut Map<String, Value>)) {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for method in Method::ALL {
            if let Some(Value::Object(operation)) = item.get_mut(method.as_str()) {
                visit(path, method, operation);
            }
        }
    }
}

/// Whether the Rust type of `schema` (its `$ref`s followed) has no text form (`Display`):
/// a list, an object, or an `anyOf` (typify's struct of optional parts). Scalars, enums and
/// `oneOf`s of them have one.
pub fn has_no_text_form(schema: &Value) -> bool {
    matches!(schema.get("type").and_then(Value::as_str), Some("array" | "object"))
        || schema.get("properties").is_some()
        || schema.get("anyOf").is_some()
}

/// Whether `media_type` is JSON: `application/json` or a `+json` type (`application/problem+json`),
/// parameters aside, in any case.
pub fn is_json_media_type(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    let suffix = essence.len().checked_sub(5).and_then(|at| essence.get(at..));
    essence.eq_ignore_ascii_case("application/json")
        || suffix.is_some_and(|suffix| suffix.eq_ignore_ascii_case("+json"))
}

/// Whether `value` is an instance of the JSON Schema type `name` (`2.0` is an integer).
pub fn has_json_type(value: &Value, name: &str) -> bool {
    match value {
        Value::Null => name == "null",
        Value::Bool(_) => name == "boolean",
        Value::String(_) => name == "string",
        Value::Array(_) => name == "array",
        Value::Object(_) => name == "object",
        Value::Number(n) => {
            name == "number"
                || (name == "integer" && (n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operations_come_in_document_order_with_their_pointers() {
        let doc = json!({"paths": {"/b": {"post": {}, "get": {}, "parameters": []}, "/a/{id}": {"delete": {}}}});
        let seen: Vec<String> = operations(&doc).map(|op| op.pointer()).collect();
        assert_eq!(seen, ["/paths/~1b/get", "/paths/~1b/post", "/paths/~1a~1{id}/delete"]);
        assert_eq!(Method::from_key("patch"), Some(Method::Patch));
        assert_eq!(Method::from_key("parameters"), None);
    }
}
