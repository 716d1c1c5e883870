//! The client generator's view of a prepared document: what progenitor 0.15 cannot express
//! is rewritten here into what it can, and each rewrite is reported. Nothing here changes the
//! shared document that the server generator reads.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::diagnostic::{Diagnostic, PointerError, Rule, Severity};
use crate::document::{
    OperationObject, ParameterIn, component_ref, follow_references, is_json_media_type, operations, pointer_join,
    pointer_push,
};

/// The rules of the client's view, for the rewrite table.
pub const COOKIE_PARAMETER: Rule = Rule {
    name: "cookie-parameter",
    severity: Severity::Note,
    description: "A cookie parameter is sent by progenitor as a header and moved into `Cookie` by the client's hook.",
};
pub const PARAMETER_NAMES: Rule = Rule {
    name: "parameter-names",
    severity: Severity::Lossy,
    description: "Parameters whose Rust names collide (`StartTime`, `StartTime<`), or are the client builder's own (`client`, and `body` beside a request body): a query parameter is sent by progenitor under a name of its own and renamed back by the client's hook; any other is left out of the client (lossy).",
};
pub const OBJECT_IN_QUERY: Rule = Rule {
    name: "object-in-query",
    severity: Severity::Lossy,
    description: "An object query parameter (`deepObject`, or `form` exploded) of known scalar properties becomes one query parameter per property (`created[gt]`, or `gt`), its wire form; a `deepObject` with free-form keys or nested objects is left out of the client (lossy). A list with `deepObject` style (undefined for lists) travels as a repeated key.",
};
pub const CONTENT_PARAMETER: Rule = Rule {
    name: "content-parameter",
    severity: Severity::Lossy,
    description: "A parameter described by `content` (a media type) is sent by the client as a plain value of its schema: lossy for JSON objects and lists, which the server reads as JSON text, as the media type says.",
};
pub const TEXT_HEADER: Rule = Rule {
    name: "text-header",
    severity: Severity::Lossy,
    description: "A path, header or cookie parameter whose Rust type has no text form (a list, an object, an `anyOf`), or a query object that is not exploded, is taken as text by the client (lossy: the caller writes it, lists comma-separated); the server reads lists as lists, and the others as text.",
};
pub const UNION_QUERY: Rule = Rule {
    name: "union-query",
    severity: Severity::Lossy,
    description: "A query parameter whose schema is an `anyOf` (a struct of optional parts in Rust, which progenitor takes for a request body only) is taken as text by the client (lossy: the caller writes the value); the server reads it by its schema.",
};
pub const DELIMITED_QUERY: Rule = Rule {
    name: "delimited-query",
    severity: Severity::Lossy,
    description: "A `pipeDelimited` or `spaceDelimited` query parameter is taken as text by the client: the caller joins the values (progenitor sends lists as repeated keys only).",
};
pub const REQUEST_MEDIA_TYPES: Rule = Rule {
    name: "request-media-types",
    severity: Severity::Lossy,
    description: "Of several request media types the client offers one: JSON first, else the first progenitor can encode.",
};
pub const REQUEST_MEDIA_TYPE: Rule = Rule {
    name: "request-media-type",
    severity: Severity::Lossy,
    description: "A `+json` body is sent as `application/json`; a body progenitor cannot encode (e.g. multipart) as raw bytes; an `application/octet-stream` or `text/*` body whose schema is not a plain (binary) string is taken as raw bytes or text, its schema unchecked by the client.",
};
pub const DEFAULT_RESPONSE: Rule = Rule {
    name: "default-response",
    severity: Severity::Note,
    description: "`default` beside a 2xx answer becomes `4XX` and `5XX`, so it decodes errors instead of counting as a second success.",
};
pub const UNION_BODY: Rule = Rule {
    name: "union-body",
    severity: Severity::Note,
    description: "Different JSON bodies of one outcome (success or error) become one `oneOf` type.",
};
pub const REQUEST_ENCODING: Rule = Rule {
    name: "request-encoding",
    severity: Severity::Lossy,
    description: "A request body's `encoding` map is not followed by the client, which encodes every property the media type's default way (lossy); for a form body (`application/x-www-form-urlencoded`) the styles (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject`, exploded or not) are followed, as are lists and nested objects (in brackets: `card[city]`, `expand[]`), and only a property's `contentType`, `headers` and `allowReserved` are not (lossy).",
};
pub const MIXED_SUCCESS_BODIES: Rule = Rule {
    name: "mixed-success-bodies",
    severity: Severity::Lossy,
    description: "Successes that mix JSON with empty or non-JSON bodies are returned as a byte stream.",
};
pub const UPGRADE_BESIDE_SUCCESSES: Rule = Rule {
    name: "upgrade-beside-successes",
    severity: Severity::Lossy,
    description: "A `101` answer without a JSON body, beside other successes, is left out of the client, which reads a `101` as a connection upgrade, a type no other success shares; it comes back as `Error::UnexpectedResponse`.",
};
pub const UNTYPED_ERROR_ANSWERS: Rule = Rule {
    name: "untyped-error-answers",
    severity: Severity::Note,
    description: "Error answers without a JSON body, beside typed ones, of several kinds (empty and raw), or raw beside an upgrade (`101`), come back as `Error::UnexpectedResponse` (status and headers kept).",
};

/// Every rule this stage applies, in the order of the rewrite table.
pub const RULES: &[Rule] = &[
    JSON_SUFFIX_ANSWER,
    COOKIE_PARAMETER,
    CONTENT_PARAMETER,
    OBJECT_IN_QUERY,
    TEXT_HEADER,
    UNION_QUERY,
    DELIMITED_QUERY,
    PARAMETER_NAMES,
    REQUEST_MEDIA_TYPES,
    REQUEST_MEDIA_TYPE,
    REQUEST_ENCODING,
    DEFAULT_RESPONSE,
    UNION_BODY,
    MIXED_SUCCESS_BODIES,
    UPGRADE_BESIDE_SUCCESSES,
    UNTYPED_ERROR_ANSWERS,
];

pub const JSON_SUFFIX_ANSWER: Rule = Rule {
    name: "json-suffix-answer",
    severity: Severity::Note,
    description: "An answer in a `+json` media type (`application/problem+json`) and no `application/json` is typed and decoded as JSON by the client, which progenitor does for `application/json` only. The `Accept` header lists the media types the client reads: each answer's JSON types, or all of its types where it has no JSON (those come back as bytes).",
};

/// A cookie parameter, sent by progenitor as a header of the same name and moved into the
/// `Cookie` header by the client's request hook.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CookieParameter {
    pub operation_id: String,
    pub name: String,
}

/// A query parameter progenitor sends as `sent_as` (its own name would give the Rust name of
/// another parameter); the client's request hook puts `name` back in the query.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RenamedQueryParameter {
    pub operation_id: String,
    pub sent_as: String,
    pub name: String,
}

/// Error statuses without a body, taken out of progenitor's view of an operation because
/// its other errors are typed; the client's response hook hands them back as
/// `Error::UnexpectedResponse` before a range such as `4XX` would try to decode them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntypedErrors {
    pub operation_id: String,
    /// Codes (`404`) and ranges (`5XX`) as the spec writes them.
    pub statuses: Vec<String>,
    /// Exact codes that stay typed (a typed `404` wins over an untyped `4XX`).
    pub typed_codes: Vec<u16>,
}

/// How a property of a form body is written: its `encoding`'s `style` and `explode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormStyle {
    Form { explode: bool },
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

/// An operation whose body is a form: the client encodes it (lists and objects included)
/// with these styles for the properties whose style is not the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormBody {
    pub operation_id: String,
    pub styles: Vec<(String, FormStyle)>,
}

/// The document to hand to progenitor, and what the generated client must add around it.
#[derive(Debug)]
pub struct ProgenitorView {
    pub document: Value,
    pub cookie_parameters: Vec<CookieParameter>,
    pub renamed_query_parameters: Vec<RenamedQueryParameter>,
    pub untyped_errors: Vec<UntypedErrors>,
    pub form_bodies: Vec<FormBody>,
    /// The `Accept` header of each operation that declares answers with a body: every media
    /// type it declares, in order.
    pub accepts: Vec<(String, String)>,
}

impl ProgenitorView {
    /// The operations the client's hooks act on.
    pub fn hooked_operations(&self) -> impl Iterator<Item = &str> {
        let cookies = self.cookie_parameters.iter().map(|c| c.operation_id.as_str());
        let renamed = self.renamed_query_parameters.iter().map(|r| r.operation_id.as_str());
        cookies.chain(renamed).chain(self.untyped_errors.iter().map(|u| u.operation_id.as_str()))
    }
}

pub fn progenitor_view(prepared: &Value, diagnostics: &mut Vec<Diagnostic>) -> Result<ProgenitorView, PointerError> {
    let mut document = prepared.clone();
    let mut cookie_parameters = Vec::new();
    let mut renamed_query_parameters = Vec::new();
    let mut untyped_errors = Vec::new();
    let mut form_bodies = Vec::new();
    let mut accepts = Vec::new();
    let mut new_schemas = Vec::new();
    let mut schema_names = SchemaNames::of(prepared);
    for at in operations(prepared) {
        let read = OperationObject::read(prepared, at)?;
        let pointer = &read.pointer();
        let Some(Value::Object(operation)) = document.pointer_mut(pointer) else { continue };
        let operation_id = read.id;
        cookie_parameters.extend(cookies_as_headers(&read, operation, diagnostics)?);
        path_styles_as_simple(&read, operation);
        let parameters = object_parameters_as_keys(prepared, &read, operation, diagnostics);
        if !parameters.is_empty() {
            let has_body = operation.contains_key("requestBody");
            let (parameters, renamed) = distinct_parameter_names(read.id, parameters, has_body, diagnostics);
            renamed_query_parameters.extend(renamed);
            operation.insert("parameters".into(), Value::Array(parameters));
        }
        // The rewrites below look at (and change) bodies: each operation gets its own copies.
        if let Some(body) = operation.get_mut("requestBody") {
            *body = follow_references(prepared, body).clone();
        }
        if let Some(Value::Object(responses)) = operation.get_mut("responses") {
            for response in responses.values_mut() {
                *response = follow_references(prepared, response).clone();
            }
            if let Some(accept) = accept_header(responses) {
                accepts.push((operation_id.to_string(), accept));
            }
            json_suffix_answers_as_json(responses, &pointer_push(pointer, "responses"), diagnostics);
        }
        if let Some(styles) = single_request_media_type(prepared, operation, pointer, diagnostics) {
            form_bodies.push(FormBody { operation_id: operation_id.to_string(), styles });
        }
        if let Some(Value::Object(responses)) = operation.get_mut("responses") {
            let responses_pointer = pointer_push(pointer, "responses");
            split_default_beside_success(responses, &responses_pointer, diagnostics);
            let (schemas, untyped) =
                one_body_type_per_outcome(responses, &responses_pointer, operation_id, &mut schema_names, diagnostics);
            new_schemas.extend(schemas);
            let statuses: Vec<String> = untyped.into_iter().filter(|s| s != "default").collect();
            if !statuses.is_empty() {
                let typed_codes = responses.keys().filter(|s| is_error(s)).filter_map(|s| s.parse().ok()).collect();
                untyped_errors.push(UntypedErrors { operation_id: operation_id.to_string(), statuses, typed_codes });
            }
        }
    }
    if !new_schemas.is_empty()
        && let Some(schemas) = crate::document::component_schemas_mut(&mut document)
    {
        schemas.extend(new_schemas);
    }
    Ok(ProgenitorView { document, cookie_parameters, renamed_query_parameters, untyped_errors, form_bodies, accepts })
}

/// Moves the cookie parameters of `read` into headers of the same name in `operation`, its
/// copy in the view.
fn cookies_as_headers(
    read: &OperationObject<'_>,
    operation: &mut Map<String, Value>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<CookieParameter>, PointerError> {
    let headers: BTreeSet<String> = read
        .parameters
        .iter()
        .filter(|p| p.location == ParameterIn::Header)
        .map(|p| p.name.to_ascii_lowercase())
        .collect();
    let mut found = Vec::new();
    for (index, parameter) in read.parameters.iter().enumerate() {
        if parameter.location != ParameterIn::Cookie {
            continue;
        }
        let name = parameter.name;
        if headers.contains(&name.to_ascii_lowercase()) || !crate::security::is_token(name) {
            return Err(PointerError::invalid(
                &parameter.pointer,
                format!("cookie parameter `{name}` clashes with a header parameter or is not a valid cookie name"),
            ));
        }
        if let Some(Value::Object(object)) = operation.get_mut("parameters").and_then(|list| list.get_mut(index)) {
            object.insert("in".into(), Value::String("header".into()));
            object.remove("style");
            object.remove("explode");
        }
        diagnostics.push(Diagnostic::note(
            &parameter.pointer,
            &COOKIE_PARAMETER,
            format!(
                "cookie `{name}`: the client sends it in the `Cookie` header (progenitor has no cookie parameters)"
            ),
        ));
        found.push(CookieParameter { operation_id: read.id.to_string(), name: name.to_string() });
    }
    Ok(found)
}

/// progenitor writes path parameters in `simple` style only. The text a `matrix` or `label`
/// style writes before the value is in the path key already (see `prepare`), so what is left
/// to write is the value as `simple` writes it.
fn path_styles_as_simple(read: &OperationObject<'_>, operation: &mut Map<String, Value>) {
    for (index, parameter) in read.parameters.iter().enumerate() {
        if parameter.location != ParameterIn::Path || !matches!(parameter.style, Some("matrix" | "label")) {
            continue;
        }
        if let Some(Value::Object(object)) = operation.get_mut("parameters").and_then(|list| list.get_mut(index)) {
            object.remove("style");
            object.remove("explode");
        }
    }
}

/// The view's parameters of one operation, each with the pointer of the parameter it came from.
type ViewParameters = Vec<(Value, String)>;

/// progenitor refuses `deepObject` query parameters and fails on optional exploded objects.
/// An object of known scalar properties becomes one query parameter per property, named as
/// its style writes them (`created[gt]`, or `gt`), which is the very wire form; any other
/// (free-form keys, nested objects) is left out.
fn object_parameters_as_keys(
    prepared: &Value,
    read: &OperationObject<'_>,
    operation: &mut Map<String, Value>,
    diagnostics: &mut Vec<Diagnostic>,
) -> ViewParameters {
    let Some(Value::Array(list)) = operation.get_mut("parameters") else { return Vec::new() };
    let mut parameters = Vec::with_capacity(list.len());
    for (parameter, mut written) in read.parameters.iter().zip(std::mem::take(list)) {
        let pointer = parameter.pointer.clone();
        // progenitor takes parameters with a `schema` only: `content` gives way to its schema.
        if let (Some(media_type), Some(schema), Some(written)) =
            (parameter.content_media_type, parameter.schema, written.as_object_mut())
        {
            written.shift_remove("content");
            written.insert("schema".into(), schema.clone());
            diagnostics.push(Diagnostic::lossy(
                pointer_push(&pointer, "content"),
                &CONTENT_PARAMETER,
                format!("`{}` is described as `{media_type}`: the client sends it as a plain value", parameter.name),
            ));
        }
        let object = parameter.schema.map(|schema| follow_references(prepared, schema));
        // progenitor writes headers and path segments with `to_string()`: a type without
        // `Display` (a list, a union, an object) is taken as text.
        // So is a query object that is not exploded (`?color=R,100,G,200`): one value, its
        // keys and values joined.
        let joined_object = parameter.location == ParameterIn::Query
            && matches!(parameter.style, None | Some("form"))
            && parameter.explode == Some(false)
            && object.is_some_and(|object| object.get("properties").is_some());
        if (joined_object
            || matches!(parameter.location, ParameterIn::Header | ParameterIn::Cookie | ParameterIn::Path)
                && object.is_some_and(crate::document::has_no_text_form))
            && let Some(written) = written.as_object_mut()
        {
            written.insert("schema".into(), json!({"type": "string"}));
            diagnostics.push(Diagnostic::lossy(
                pointer_push(&pointer, "schema"),
                &TEXT_HEADER,
                format!("`{}` has no text form in Rust: the client takes it as text", parameter.name),
            ));
        }
        // progenitor takes a struct type with a builder for a request body only; typify makes
        // one of an `anyOf` whose parts can match the same value (two strings of different
        // formats): the client takes such a query parameter as text.
        if parameter.location == ParameterIn::Query
            && object.is_some_and(|schema| overlapping_any_of(prepared, schema))
            && let Some(written) = written.as_object_mut()
        {
            written.insert("schema".into(), json!({"type": "string"}));
            diagnostics.push(Diagnostic::lossy(
                pointer_push(&pointer, "schema"),
                &UNION_QUERY,
                format!("`{}` is an `anyOf`: the client takes it as text", parameter.name),
            ));
        }
        // progenitor sends a query list as repeated keys only: a `|`- or space-joined one is
        // text the caller joins.
        if parameter.location == ParameterIn::Query
            && matches!(parameter.style, Some("pipeDelimited" | "spaceDelimited"))
            && let Some(written) = written.as_object_mut()
        {
            written.shift_remove("style");
            written.shift_remove("explode");
            written.insert("schema".into(), json!({"type": "string"}));
            diagnostics.push(Diagnostic::lossy(
                &pointer,
                &DELIMITED_QUERY,
                format!(
                    "`{}` is a `{}` list: the client takes it as text, joined by the caller",
                    parameter.name,
                    parameter.style.unwrap_or_default()
                ),
            ));
        }
        let has_properties = object.is_some_and(|object| object.get("properties").is_some());
        // `deepObject` is defined for objects only; on a list (`expand` in payment APIs) it
        // travels as the exploded `form` list the server reads: `?expand=a&expand=b`.
        let is_list = object.is_some_and(|object| object.get("type").and_then(Value::as_str) == Some("array"));
        if parameter.location == ParameterIn::Query
            && parameter.style == Some("deepObject")
            && is_list
            && let Some(object) = written.as_object_mut()
        {
            object.insert("style".into(), json!("form"));
            object.insert("explode".into(), json!(true));
            diagnostics.push(Diagnostic::note(
                &pointer,
                &OBJECT_IN_QUERY,
                format!("list `{}` with `deepObject` style: sent as a repeated key", parameter.name),
            ));
            parameters.push((written, pointer));
            continue;
        }
        let key_prefix = match (parameter.location, parameter.style, parameter.explode) {
            (ParameterIn::Query, Some("deepObject"), _) => Some(true),
            // `form` style, exploded (the default): progenitor reaches `unreachable!()` on an
            // optional one; its properties travel as keys of their own, which is the wire form.
            (ParameterIn::Query, None | Some("form"), None | Some(true)) if has_properties => Some(false),
            _ => None,
        };
        let Some(prefixed) = key_prefix else {
            parameters.push((written, pointer));
            continue;
        };
        let prefix = prefixed.then_some(parameter.name);
        let keys = object.and_then(|object| object_keys(prepared, prefix, parameter.required, object));
        match keys {
            Some(keys) => {
                let names: Vec<String> = keys.iter().filter_map(|k| k["name"].as_str().map(str::to_string)).collect();
                diagnostics.push(Diagnostic::note(
                    &pointer,
                    &OBJECT_IN_QUERY,
                    format!("object `{}` in the query: the client sends {}", parameter.name, names.join(", ")),
                ));
                parameters.extend(keys.into_iter().map(|key| (key, pointer.clone())));
            }
            None => diagnostics.push(Diagnostic::lossy(
                &pointer,
                &OBJECT_IN_QUERY,
                format!(
                    "object `{}` in the query has free-form keys or nested objects: the client leaves it out",
                    parameter.name
                ),
            )),
        }
    }
    parameters
}

/// The query parameters of an object parameter's properties, `name[property]` with a `name`
/// (deepObject), `property` without; `None` unless `object` has known properties of scalars
/// or lists of scalars only.
fn object_keys(prepared: &Value, name: Option<&str>, required: bool, object: &Value) -> Option<Vec<Value>> {
    let properties = object.get("properties").and_then(Value::as_object).filter(|p| !p.is_empty())?;
    if object.get("additionalProperties").is_some_and(|extra| extra != &Value::Bool(false)) {
        return None;
    }
    let needed: BTreeSet<&str> =
        object.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    let scalar = |schema: &Value| {
        let schema = follow_references(prepared, schema);
        matches!(schema.get("type").and_then(Value::as_str), Some("string" | "integer" | "number" | "boolean"))
            || schema.get("enum").is_some()
    };
    properties
        .iter()
        .map(|(property, schema)| {
            let resolved = follow_references(prepared, schema);
            let listed = resolved.get("type").and_then(Value::as_str) == Some("array");
            let fits = if listed { resolved.get("items").is_some_and(scalar) } else { scalar(schema) };
            fits.then(|| {
                json!({
                    "name": name.map_or_else(|| property.clone(), |name| format!("{name}[{property}]")),
                    "in": "query",
                    "required": required && needed.contains(property.as_str()),
                    "schema": schema,
                })
            })
        })
        .collect()
}

/// progenitor names each parameter's argument after it, in snake case; two parameters of one
/// name (`StartTime`, `StartTime<`) would not compile, nor would one named like the builder's
/// own fields (`client`, and `body` beside a request body). A later query parameter is sent
/// under a name of its own, which the hook renames back; any other is left out.
fn distinct_parameter_names(
    operation_id: &str,
    parameters: ViewParameters,
    has_body: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Value>, Vec<RenamedQueryParameter>) {
    let rust_name = |name: &str| crate::naming::sanitize(name, crate::naming::Case::Snake);
    let field =
        |parameter: &Value, key: &str| parameter.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let wire_names: BTreeSet<String> = parameters.iter().map(|(parameter, _)| field(parameter, "name")).collect();
    // Path parameters keep their names: the path template names them.
    let is_path = |parameter: &Value| field(parameter, "in") == "path";
    let builder_fields = ["client"].into_iter().chain(has_body.then_some("body")).map(str::to_string);
    let mut taken: BTreeSet<String> = parameters
        .iter()
        .filter(|(parameter, _)| is_path(parameter))
        .map(|(p, _)| rust_name(&field(p, "name")))
        .chain(builder_fields)
        .collect();
    let mut renamed = Vec::new();
    let mut kept = Vec::with_capacity(parameters.len());
    for (mut parameter, pointer) in parameters {
        let name = field(&parameter, "name");
        if is_path(&parameter) || taken.insert(rust_name(&name)) {
            kept.push(parameter);
            continue;
        }
        if field(&parameter, "in") != "query" {
            diagnostics.push(Diagnostic::lossy(
                &pointer,
                &PARAMETER_NAMES,
                format!(
                    "`{name}` has the Rust name of another parameter or of the client's own: the client leaves it out"
                ),
            ));
            continue;
        }
        let spelt = rust_name(&crate::naming::spell_operators(&name));
        let sent_as = crate::naming::first_free(&spelt, '_', |candidate| {
            taken.contains(candidate) || wire_names.contains(candidate)
        });
        taken.insert(sent_as.clone());
        if let Value::Object(object) = &mut parameter {
            object.insert("name".into(), Value::String(sent_as.clone()));
        }
        diagnostics.push(Diagnostic::note(
            &pointer,
            &PARAMETER_NAMES,
            format!("`{name}` has the Rust name of another parameter or of the client's own: the client's argument is `{sent_as}`"),
        ));
        renamed.push(RenamedQueryParameter { operation_id: operation_id.to_string(), sent_as, name });
        kept.push(parameter);
    }
    (kept, renamed)
}

/// Whether `schema` is an `anyOf` with two parts of one JSON type, or a part of no type: one
/// value may match several parts, so typify makes a struct of optional parts of it (parts
/// of distinct types make an enum).
fn overlapping_any_of(prepared: &Value, schema: &Value) -> bool {
    let Some(parts) = schema.get("anyOf").and_then(Value::as_array) else { return false };
    let mut types = BTreeSet::new();
    parts.iter().any(|part| {
        let kind = follow_references(prepared, part).get("type").and_then(Value::as_str);
        kind.is_none_or(|kind| !types.insert(kind))
    })
}

/// Request media types progenitor can encode.
const ENCODABLE: [&str; 5] = [
    "application/json",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "text/plain",
    "text/x-markdown",
];

/// progenitor accepts one request media type, from a short list: JSON is preferred, then the
/// first listed; `+json` types are sent as JSON and any other type as raw bytes. A form body
/// gives the styles of its properties (the client encodes it itself).
fn single_request_media_type(
    prepared: &Value,
    operation: &mut Map<String, Value>,
    pointer: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<(String, FormStyle)>> {
    let Some(Value::Object(content)) = operation.get_mut("requestBody").and_then(|b| b.get_mut("content")) else {
        return None;
    };
    let at = pointer_push(pointer, "requestBody");
    let essence = |media_type: &str| media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let keep = content
        .keys()
        .find(|m| is_json(m))
        .or_else(|| content.keys().find(|m| ENCODABLE.contains(&essence(m).as_str())))
        .or_else(|| content.keys().next())
        .cloned()?;
    if content.len() > 1 {
        let dropped: Vec<String> = content.keys().filter(|m| **m != keep).cloned().collect();
        diagnostics.push(Diagnostic::lossy(
            &at,
            &REQUEST_MEDIA_TYPES,
            format!("the client sends `{keep}` only; not offered: {}", dropped.join(", ")),
        ));
    }
    let mut media = content.remove(&keep).unwrap_or(Value::Null);
    content.clear();
    let is_form = essence(&keep) == "application/x-www-form-urlencoded";
    // progenitor cannot generate a body with an `encoding` map: it goes, and a form's styles
    // are followed by the client's own encoder.
    let encoding = media.as_object_mut().and_then(|media| media.shift_remove("encoding"));
    let encoding_at = pointer_join(&at, ["content", keep.as_str(), "encoding"]);
    let form_styles = is_form.then(|| form_styles(encoding.as_ref(), &encoding_at, diagnostics));
    if let (false, Some(encoding)) = (is_form, &encoding) {
        let properties: Vec<String> =
            encoding.as_object().map(|e| e.keys().map(|p| format!("`{p}`")).collect()).unwrap_or_default();
        diagnostics.push(Diagnostic::lossy(
            encoding_at,
            &REQUEST_ENCODING,
            format!(
                "`encoding` of {} not followed: the client encodes each property as `{keep}` does by default",
                properties.join(", ")
            ),
        ));
    }
    let essence = essence(&keep);
    let (sent, media) = if ENCODABLE.contains(&essence.as_str()) {
        (keep.clone(), media)
    } else if essence.ends_with("+json") {
        diagnostics.push(Diagnostic::lossy(
            &at,
            &REQUEST_MEDIA_TYPE,
            format!("`{keep}` body is sent as `application/json`"),
        ));
        ("application/json".to_string(), media)
    } else {
        diagnostics.push(Diagnostic::lossy(
            &at,
            &REQUEST_MEDIA_TYPE,
            format!("`{keep}` body: the client takes it as raw bytes sent as `application/octet-stream`"),
        ));
        ("application/octet-stream".to_string(), json!({"schema": {"type": "string", "format": "binary"}}))
    };
    content.insert(sent.clone(), raw_body_schema(prepared, &sent, media, &at, diagnostics));
    form_styles
}

/// The styles of a form body's properties that differ from the default (`form`, exploded).
/// What the client's encoder cannot follow (a property's `contentType`, `headers`, reserved
/// characters left unescaped) is reported as lossy.
fn form_styles(encoding: Option<&Value>, pointer: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<(String, FormStyle)> {
    let mut styles = Vec::new();
    for (property, encoding) in encoding.and_then(Value::as_object).into_iter().flatten() {
        let at = pointer_push(pointer, property);
        let style_name = encoding.get("style").and_then(Value::as_str).unwrap_or("form");
        let explode = encoding.get("explode").and_then(Value::as_bool).unwrap_or(style_name == "form");
        let style = match style_name {
            "form" => Some(FormStyle::Form { explode }),
            "spaceDelimited" => Some(FormStyle::SpaceDelimited),
            "pipeDelimited" => Some(FormStyle::PipeDelimited),
            "deepObject" => Some(FormStyle::DeepObject),
            _ => None,
        };
        let mut unfollowed: Vec<&str> =
            ["contentType", "headers"].into_iter().filter(|k| encoding.get(*k).is_some()).collect();
        if encoding.get("allowReserved").and_then(Value::as_bool) == Some(true) {
            unfollowed.push("allowReserved");
        }
        if style.is_none() {
            unfollowed.push("style");
        }
        if !unfollowed.is_empty() {
            let list: Vec<String> = unfollowed.iter().map(|k| format!("`{k}`")).collect();
            diagnostics.push(Diagnostic::lossy(
                at,
                &REQUEST_ENCODING,
                format!("{} of `{property}` not followed: the client encodes it as a form property", list.join(", ")),
            ));
        }
        match style {
            Some(style) if style != FormStyle::Form { explode: true } => styles.push((property.clone(), style)),
            _ => {}
        }
    }
    styles
}

/// progenitor sends an `application/octet-stream` or `text/*` body as it is given, and takes
/// only one schema for it: a binary string, or a plain string. Another schema (an object, a
/// reference, bounds) is replaced, and reported unless it meant the same.
fn raw_body_schema(
    prepared: &Value,
    sent: &str,
    mut media: Value,
    at: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Value {
    let essence = sent.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let (form, what) = match essence.as_str() {
        "application/octet-stream" => (json!({"type": "string", "format": "binary"}), "raw bytes"),
        text if text.starts_with("text/") => (json!({"type": "string"}), "text"),
        _ => return media,
    };
    let Some(media_object) = media.as_object_mut() else { return media };
    let written = media_object.get("schema").map(|schema| follow_references(prepared, schema));
    let documentation = ["description", "title", "example", "examples"];
    let same = written.and_then(Value::as_object).is_some_and(|schema| {
        schema
            .iter()
            .filter(|(key, _)| !documentation.contains(&key.as_str()))
            .all(|(key, value)| form.get(key) == Some(value))
            && form.as_object().is_some_and(|form| form.keys().all(|key| schema.contains_key(key)))
    });
    if written.is_some() && !same {
        diagnostics.push(Diagnostic::lossy(
            pointer_join(at, ["content", sent, "schema"]),
            &REQUEST_MEDIA_TYPE,
            format!("`{sent}` body: the client takes it as {what}, its schema unchecked"),
        ));
    }
    media_object.insert("schema".into(), form);
    media
}

/// progenitor counts `default` as a success when the operation also has a 2xx answer and then
/// panics on the two body types; what the spec means is "any other status", i.e. the errors.
fn split_default_beside_success(responses: &mut Map<String, Value>, pointer: &str, diagnostics: &mut Vec<Diagnostic>) {
    let has_success = responses.keys().any(|status| status.starts_with('2'));
    if !has_success {
        return;
    }
    let Some(default) = responses.remove("default") else { return };
    let mut added = Vec::new();
    for range in ["4XX", "5XX"] {
        if !responses.contains_key(range) {
            responses.insert(range.into(), default.clone());
            added.push(range);
        }
    }
    diagnostics.push(Diagnostic::note(
        pointer_push(pointer, "default"),
        &DEFAULT_RESPONSE,
        format!("`default` beside a 2xx answer decodes every {} answer in the client", added.join("/")),
    ));
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum BodyKind {
    /// JSON with this schema (compared by its canonical text).
    Json(String),
    Empty,
    Raw,
}

fn body_kind(response: &Value) -> BodyKind {
    match response.get("content").and_then(Value::as_object) {
        None => BodyKind::Empty,
        Some(content) if content.is_empty() => BodyKind::Empty,
        Some(content) => match content.iter().find(|(m, _)| is_json(m)) {
            Some((_, media)) => {
                BodyKind::Json(media.get("schema").map(Value::to_string).unwrap_or_else(|| "{}".into()))
            }
            None => BodyKind::Raw,
        },
    }
}

/// The media types of the answers as the client reads them, once each, in order, joined for an
/// `Accept` header: an answer's JSON types where it has one (the client decodes JSON, so a
/// server that honours `Accept` must not pick its CSV instead), all of them where it has none
/// (the client hands those back as bytes). One that is no plain visible ASCII (or has a comma)
/// is left out. `None` without any.
fn accept_header(responses: &Map<String, Value>) -> Option<String> {
    let mut media_types: Vec<&str> = Vec::new();
    let declared = responses.values().filter_map(|response| response.get("content")).filter_map(Value::as_object);
    let read = declared.flat_map(|content| {
        let has_json = content.keys().any(|media_type| is_json_media_type(media_type));
        content.keys().filter(move |media_type| !has_json || is_json_media_type(media_type))
    });
    for media_type in read {
        let writable = media_type.bytes().all(|b| b.is_ascii_graphic() || b == b' ') && !media_type.contains(',');
        if writable && !media_types.contains(&media_type.as_str()) {
            media_types.push(media_type);
        }
    }
    (!media_types.is_empty()).then(|| media_types.join(", "))
}

/// An answer whose content has no `application/json` but a `+json` type: that type is the
/// JSON progenitor types and decodes (it reads the body as JSON whatever the answer says).
fn json_suffix_answers_as_json(responses: &mut Map<String, Value>, pointer: &str, diagnostics: &mut Vec<Diagnostic>) {
    for (status, response) in responses.iter_mut() {
        let Some(Value::Object(content)) = response.get_mut("content") else { continue };
        if content.keys().any(|media_type| is_json(media_type)) {
            continue;
        }
        // With no `application/json`, any JSON type is a `+json` one.
        let Some(suffixed) = content.keys().find(|media_type| is_json_media_type(media_type)).cloned() else {
            continue;
        };
        *content = std::mem::take(content)
            .into_iter()
            .map(
                |(media_type, media)| {
                    if media_type == suffixed { ("application/json".into(), media) } else { (media_type, media) }
                },
            )
            .collect();
        diagnostics.push(Diagnostic::note(
            pointer_join(pointer, [status.as_str(), "content", suffixed.as_str()]),
            &JSON_SUFFIX_ANSWER,
            format!("`{suffixed}` answer: typed and decoded as JSON by the client"),
        ));
    }
}

/// What progenitor decodes as JSON: `application/json` exactly (not `+json` types, which it
/// hands back raw), unlike the server, which reads any JSON media type.
fn is_json(media_type: &str) -> bool {
    media_type == "application/json" || media_type.starts_with("application/json;")
}

fn is_success(status: &str) -> bool {
    status.starts_with('2') || status == "101"
}

fn is_error(status: &str) -> bool {
    status.starts_with('4') || status.starts_with('5')
}

/// progenitor gives each outcome (success, error) one body type and panics on more. Several
/// JSON bodies become one `oneOf` type; bodies of mixed kinds become a raw stream (success) or
/// leave the untyped statuses to `Error::UnexpectedResponse` (errors). Returns new schemas
/// and the untyped error statuses taken out.
fn one_body_type_per_outcome(
    responses: &mut Map<String, Value>,
    pointer: &str,
    operation_id: &str,
    schema_names: &mut SchemaNames,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<(String, Value)>, Vec<String>) {
    let mut new_schemas = Vec::new();
    let mut taken_out = Vec::new();
    for json_schema_missing in
        responses.iter_mut().filter_map(|(_, r)| r.get_mut("content")).filter_map(Value::as_object_mut)
    {
        for (_, media) in json_schema_missing.iter_mut().filter(|(m, _)| is_json(m)) {
            if let Some(media) = media.as_object_mut() {
                media.entry("schema").or_insert_with(|| json!({}));
            }
        }
    }
    // progenitor counts `default` among the successes too.
    let other_success = |status: &String| status.starts_with('2') || status == "default";
    let is_upgrade = |responses: &Map<String, Value>| {
        responses.get("101").is_some_and(|r| !matches!(body_kind(r), BodyKind::Json(_)))
    };
    if is_upgrade(responses) && responses.keys().any(other_success) {
        responses.remove("101");
        diagnostics.push(Diagnostic::lossy(
            pointer,
            &UPGRADE_BESIDE_SUCCESSES,
            "the 101 answer (an upgrade to the client) is left out beside other successes: it comes back as Error::UnexpectedResponse",
        ));
    }
    let has_default = responses.contains_key("default");
    let success_statuses: Vec<String> = responses
        .keys()
        .filter(|s| is_success(s) || (*s == "default" && !responses.keys().any(|k| is_success(k))))
        .cloned()
        .collect();
    let error_statuses: Vec<String> =
        responses.keys().filter(|s| is_error(s) || (has_default && *s == "default")).cloned().collect();

    let kinds = |statuses: &[String], responses: &Map<String, Value>| -> BTreeSet<BodyKind> {
        statuses.iter().filter_map(|s| responses.get(s)).map(body_kind).collect()
    };

    let success_kinds = kinds(&success_statuses, responses);
    if success_kinds.len() > 1 {
        if success_kinds.iter().all(|k| matches!(k, BodyKind::Json(_))) {
            new_schemas.push(union_of(
                responses,
                &success_statuses,
                &schema_names.free(&format!("{operation_id}-success")),
                pointer,
                diagnostics,
            ));
        } else {
            for status in &success_statuses {
                if let Some(Value::Object(response)) = responses.get_mut(status) {
                    response.insert("content".into(), json!({"application/octet-stream": {}}));
                }
            }
            diagnostics.push(Diagnostic::lossy(
                pointer,
                &MIXED_SUCCESS_BODIES,
                format!(
                    "success answers {} mix body kinds: the client returns them as a byte stream",
                    success_statuses.join(", ")
                ),
            ));
        }
    }

    let error_kinds = kinds(&error_statuses, responses);
    // progenitor's upgrade wants an error type it can print, which a byte stream is not.
    let raw_beside_upgrade = is_upgrade(responses) && error_kinds.contains(&BodyKind::Raw);
    if error_kinds.len() > 1 || raw_beside_upgrade {
        let typed: Vec<String> = error_statuses
            .iter()
            .filter(|s| responses.get(*s).is_some_and(|r| matches!(body_kind(r), BodyKind::Json(_))))
            .cloned()
            .collect();
        // Untyped answers beside typed ones, or of several kinds (empty, raw): progenitor takes
        // one error type only.
        let untyped: Vec<String> = error_statuses.iter().filter(|s| !typed.contains(s)).cloned().collect();
        if !untyped.is_empty() {
            for status in &untyped {
                responses.remove(status);
            }
            taken_out = untyped.clone();
            diagnostics.push(Diagnostic::note(
                pointer,
                &UNTYPED_ERROR_ANSWERS,
                format!(
                    "error answers {} have no JSON body: the client returns them as Error::UnexpectedResponse",
                    untyped.join(", ")
                ),
            ));
        }
        if kinds(&typed, responses).len() > 1 {
            let name = schema_names.free(&format!("{operation_id}-error"));
            new_schemas.push(union_of(responses, &typed, &name, pointer, diagnostics));
        }
    }
    (new_schemas, taken_out)
}

/// The Rust names of the component schemas, so a schema added here gets one of its own
/// (AWS's `BatchGetSchemaError` is a component beside the operation `BatchGetSchema`).
struct SchemaNames {
    taken: BTreeSet<String>,
}

impl SchemaNames {
    fn of(document: &Value) -> Self {
        let names = document.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten();
        Self { taken: names.map(|(name, _)| crate::naming::sanitize(name, crate::naming::Case::Pascal)).collect() }
    }

    /// `base`, or `base-2`, `base-3`, …: the first whose Rust name is free, now taken.
    fn free(&mut self, base: &str) -> String {
        let rust_name = |name: &str| crate::naming::sanitize(name, crate::naming::Case::Pascal);
        let name = crate::naming::first_free(base, '-', |candidate| self.taken.contains(&rust_name(candidate)));
        self.taken.insert(rust_name(&name));
        name
    }
}

/// Points every listed response's JSON body at one new `oneOf` schema of their bodies.
fn union_of(
    responses: &mut Map<String, Value>,
    statuses: &[String],
    name: &str,
    pointer: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> (String, Value) {
    let mut branches: Vec<Value> = Vec::new();
    let reference = json!({"$ref": component_ref("schemas", name)});
    for status in statuses {
        let Some(Value::Object(content)) = responses.get_mut(status).and_then(|r| r.get_mut("content")) else {
            continue;
        };
        for (_, media) in content.iter_mut().filter(|(m, _)| is_json(m)) {
            if let Some(schema) = media.get_mut("schema") {
                let schema = std::mem::replace(schema, reference.clone());
                if !branches.contains(&schema) {
                    branches.push(schema);
                }
            }
        }
    }
    diagnostics.push(Diagnostic::note(
        pointer,
        &UNION_BODY,
        format!(
            "answers {} have different JSON bodies: the client decodes them as `{name}` (one variant each)",
            statuses.join(", ")
        ),
    ));
    (name.to_string(), json!({"oneOf": branches}))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(document: Value) -> (ProgenitorView, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let view = progenitor_view(&document, &mut diagnostics).unwrap();
        (view, diagnostics)
    }

    #[test]
    fn default_beside_success_becomes_error_ranges() {
        let (view, diags) = view(json!({"paths": {"/a": {"get": {"operationId": "a", "responses": {
            "200": {"description": "ok"}, "default": {"description": "err"}
        }}}}}));
        let responses = view.document.pointer("/paths/~1a/get/responses").unwrap();
        assert_eq!(responses.as_object().unwrap().keys().collect::<Vec<_>>(), ["200", "4XX", "5XX"]);
        assert_eq!(diags[0].rule, "default-response");
    }

    #[test]
    fn raw_bodies_take_the_one_schema_progenitor_reads() {
        let body = |media: &str, schema: Value| json!({"operationId": "u", "requestBody": {"content": {media: {"schema": schema}}}, "responses": {}});
        let (view, diags) = view(json!({
            "paths": {"/u": {
                "put": body("application/octet-stream", json!({"$ref": "#/components/schemas/Media"})),
                "post": body("application/octet-stream", json!({"$ref": "#/components/schemas/Blob"})),
                "patch": body("text/plain", json!({"type": "string", "maxLength": 10})),
            }},
            "components": {"schemas": {
                "Media": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Blob": {"type": "string", "format": "binary", "description": "The file."}
            }}
        }));
        let schema = |method: &str, media: &str| {
            view.document
                .pointer(&format!("/paths/~1u/{method}/requestBody/content/{}/schema", media.replace('/', "~1")))
                .cloned()
        };
        assert_eq!(schema("put", "application/octet-stream"), Some(json!({"type": "string", "format": "binary"})));
        assert_eq!(schema("post", "application/octet-stream"), Some(json!({"type": "string", "format": "binary"})));
        assert_eq!(schema("patch", "text/plain"), Some(json!({"type": "string"})));
        // The binary string meant the same: only the object and the bounded text are lossy.
        let lossy: Vec<&str> =
            diags.iter().filter(|d| d.severity == Severity::Lossy).map(|d| d.pointer.as_str()).collect();
        assert_eq!(
            lossy,
            [
                "/paths/~1u/put/requestBody/content/application~1octet-stream/schema",
                "/paths/~1u/patch/requestBody/content/text~1plain/schema"
            ]
        );
    }

    #[test]
    fn a_path_parameter_keeps_its_name_beside_a_query_parameter_of_its_rust_name() {
        let (view, diags) = view(json!({"paths": {"/status/{StartDate}": {"get": {"operationId": "s", "parameters": [
            {"name": "startDate", "in": "query", "schema": {"type": "string"}},
            {"name": "StartDate", "in": "path", "required": true, "schema": {"type": "string"}}
        ], "responses": {}}}}}));
        let parameters = view.document.pointer("/paths/~1status~1{StartDate}/get/parameters").unwrap();
        let names: Vec<&str> = parameters.as_array().unwrap().iter().filter_map(|p| p["name"].as_str()).collect();
        assert_eq!(names, ["start_date_2", "StartDate"]);
        assert_eq!(view.renamed_query_parameters.len(), 1);
        assert!(diags.iter().all(|d| d.severity != Severity::Lossy));
    }

    #[test]
    fn json_suffix_answers_are_json_and_accept_lists_every_media_type() {
        let problem = json!({"schema": {"type": "object"}});
        let (view, diags) = view(json!({"paths": {"/r": {"post": {"operationId": "r", "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}, "text/csv": {}}},
            "400": {"description": "bad", "content": {"application/problem+json": problem}},
            "503": {"description": "down", "content": {"text/html": {}}},
        }}}}}));
        let bad = view.document.pointer("/paths/~1r/post/responses/400/content").unwrap();
        assert_eq!(bad, &json!({"application/json": problem}));
        assert_eq!(diags.iter().filter(|d| d.rule == "json-suffix-answer").count(), 1);
        // The CSV beside the JSON is one the client could not decode: not asked for.
        let accept = ("r".to_string(), "application/json, application/problem+json, text/html".to_string());
        assert_eq!(view.accepts, [accept]);
    }

    #[test]
    fn errors_without_json_bodies_of_several_kinds_are_left_to_unexpected_response() {
        let (view, diags) = view(json!({"paths": {"/r": {"post": {"operationId": "r", "responses": {
            "200": {"description": "ok"},
            "404": {"description": "missing"},
            "500": {"description": "failed", "content": {"application/xml": {"schema": {"type": "object"}}}}
        }}}}}));
        let responses = view.document.pointer("/paths/~1r/post/responses").unwrap();
        assert_eq!(responses.as_object().unwrap().keys().collect::<Vec<_>>(), ["200"]);
        assert_eq!(diags.iter().filter(|d| d.rule == "untyped-error-answers").count(), 1);
    }

    #[test]
    fn a_query_parameter_named_body_beside_a_body_is_sent_under_another_name() {
        let (view, _) = view(json!({"paths": {"/a": {"post": {"operationId": "a",
            "parameters": [{"name": "body", "in": "query", "schema": {"type": "string"}}],
            "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
            "responses": {}}}}}));
        assert_eq!(view.document.pointer("/paths/~1a/post/parameters/0/name"), Some(&json!("body_2")));
        let renamed = RenamedQueryParameter { operation_id: "a".into(), sent_as: "body_2".into(), name: "body".into() };
        assert_eq!(view.renamed_query_parameters, [renamed]);
    }

    #[test]
    fn a_union_of_bodies_gets_a_name_no_component_has() {
        let (view, _) = view(json!({"paths": {"/a": {"get": {"operationId": "Get", "responses": {
            "400": {"description": "a", "content": {"application/json": {"schema": {"type": "string"}}}},
            "500": {"description": "b", "content": {"application/json": {"schema": {"type": "integer"}}}}
        }}}}, "components": {"schemas": {"GetError": {"type": "object"}}}}));
        assert!(view.document.pointer("/components/schemas/Get-error-2/oneOf").is_some());
        assert_eq!(view.document.pointer("/components/schemas/GetError"), Some(&json!({"type": "object"})));
    }

    #[test]
    fn an_upgrade_beside_other_successes_is_left_out() {
        let (beside, diags) = view(json!({"paths": {"/attach": {"post": {"operationId": "attach", "responses": {
            "101": {"description": "hijacked"},
            "200": {"description": "no upgrade asked"}
        }}}}}));
        let responses = beside.document.pointer("/paths/~1attach/post/responses").unwrap();
        assert_eq!(responses.as_object().unwrap().keys().collect::<Vec<_>>(), ["200"]);
        assert_eq!(diags.iter().filter(|d| d.rule == "upgrade-beside-successes").count(), 1);
        // Alone, a 101 is the operation's one success: an upgrade.
        let (alone, diags) = view(json!({"paths": {"/ws": {"get": {"operationId": "ws", "responses": {
            "101": {"description": "switching"}
        }}}}}));
        assert!(alone.document.pointer("/paths/~1ws/get/responses/101").is_some());
        assert!(diags.is_empty());
        // Beside an upgrade, raw error bodies are left to `UnexpectedResponse`: progenitor
        // wants an error type it can print.
        let (raw_errors, diags) = view(json!({"paths": {"/ws": {"get": {"operationId": "ws", "responses": {
            "101": {"description": "switching"},
            "400": {"description": "bad", "content": {"text/plain": {"schema": {"type": "string"}}}},
            "500": {"description": "failed", "content": {"application/json": {"schema": {"type": "string"}}}}
        }}}}}));
        let responses = raw_errors.document.pointer("/paths/~1ws/get/responses").unwrap();
        assert_eq!(responses.as_object().unwrap().keys().collect::<Vec<_>>(), ["101", "500"]);
        assert_eq!(diags.iter().filter(|d| d.rule == "untyped-error-answers").count(), 1);
    }

    #[test]
    fn delimited_query_lists_are_text_to_the_client() {
        let (view, diags) = view(json!({"paths": {"/a": {"get": {"operationId": "a", "parameters": [
            {"name": "ids", "in": "query", "style": "pipeDelimited", "schema": {"type": "array", "items": {"type": "string"}}}
        ], "responses": {}}}}}));
        let parameter = view.document.pointer("/paths/~1a/get/parameters/0").unwrap();
        assert_eq!(parameter.get("style"), None);
        assert_eq!(parameter["schema"], json!({"type": "string"}));
        assert_eq!(diags[0].rule, "delimited-query");
    }

    #[test]
    fn cookie_becomes_header_and_is_recorded() {
        let (view, _) = view(json!({"paths": {"/a": {"get": {"operationId": "a", "parameters": [
            {"name": "sid", "in": "cookie", "schema": {"type": "string"}}
        ], "responses": {}}}}}));
        assert_eq!(view.document.pointer("/paths/~1a/get/parameters/0/in"), Some(&json!("header")));
        assert_eq!(view.cookie_parameters, [CookieParameter { operation_id: "a".into(), name: "sid".into() }]);
    }

    #[test]
    fn query_unions_of_parts_that_overlap_are_text_to_the_client() {
        let (view, diags) = view(json!({"paths": {"/a": {"get": {"operationId": "a", "parameters": [
            {"name": "from", "in": "query", "schema": {"anyOf": [
                {"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}
            ]}},
            {"name": "created", "in": "query", "schema": {"anyOf": [
                {"type": "integer"}, {"type": "object", "properties": {"gt": {"type": "integer"}}}
            ]}}
        ], "responses": {}}}}}));
        let parameters = view.document.pointer("/paths/~1a/get/parameters").unwrap();
        assert_eq!(parameters[0]["schema"], json!({"type": "string"}));
        // Parts of distinct types make an enum, which progenitor takes.
        assert!(parameters[1]["schema"].get("anyOf").is_some());
        assert_eq!(diags.iter().filter(|d| d.rule == "union-query").count(), 1);
    }

    #[test]
    fn cookie_clashing_with_header_is_an_error() {
        let doc = json!({"paths": {"/a": {"get": {"operationId": "a", "parameters": [
            {"name": "sid", "in": "cookie", "schema": {"type": "string"}},
            {"name": "SID", "in": "header", "schema": {"type": "string"}}
        ], "responses": {}}}}});
        let err = progenitor_view(&doc, &mut Vec::new()).unwrap_err();
        assert_eq!(err.pointer, "/paths/~1a/get/parameters/0");
    }

    #[test]
    fn distinct_json_successes_become_a_union() {
        let (view, _) = view(json!({"paths": {"/a": {"get": {"operationId": "a", "responses": {
            "200": {"description": "a", "content": {"application/json": {"schema": {"type": "string"}}}},
            "201": {"description": "b", "content": {"application/json": {"schema": {"type": "integer"}}}}
        }}}}}));
        assert_eq!(
            view.document.pointer("/components/schemas/a-success"),
            Some(&json!({"oneOf": [{"type": "string"}, {"type": "integer"}]}))
        );
        assert_eq!(
            view.document.pointer("/paths/~1a/get/responses/201/content/application~1json/schema/$ref"),
            Some(&json!("#/components/schemas/a-success"))
        );
    }

    #[test]
    fn untyped_errors_beside_typed_ones_are_left_to_unexpected_response() {
        let (view, diags) = view(json!({"paths": {"/a": {"get": {"operationId": "a", "responses": {
            "200": {"description": "ok"},
            "401": {"description": "no"},
            "422": {"description": "bad", "content": {"application/json": {"schema": {"type": "object"}}}}
        }}}}}));
        let responses = view.document.pointer("/paths/~1a/get/responses").unwrap();
        assert_eq!(responses.as_object().unwrap().keys().collect::<Vec<_>>(), ["200", "422"]);
        assert_eq!(diags[0].rule, "untyped-error-answers");
    }
}
