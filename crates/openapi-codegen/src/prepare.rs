//! Rewrites shared by every generator, applied to a document already in OpenAPI 3.0 form:
//! every operation gets an `operationId`, parameters that cannot be null on the wire lose
//! `nullable`, and inline schemas that become named Rust types are hoisted into
//! `components.schemas`, so the client, the types crate and the server agree on one name each.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use heck::ToSnakeCase;

use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::document::{
    Method, component_ref, follow_references, for_each_operation_mut, operation_pointer, pointer_join, pointer_push,
};
use crate::naming::{Case, sanitize};

/// The rules this stage reports, for the rewrite table.
pub const OPERATION_ID: Rule = Rule {
    name: "operation-id",
    severity: Severity::Note,
    description: "An operation without `operationId`, or with one of no letter or digit, is named after its method and path; one whose id gives the Rust name of another's (`getUser`, `get_user`, or an id written twice) gets a number.",
};
pub const HOIST_SCHEMA: Rule = Rule {
    name: "hoist-schema",
    severity: Severity::Note,
    description: "An inline schema that becomes a named Rust type moves to `components.schemas`, named after its operation or component (an operation's one inline success body is `<op>-response-body`: `<Op>Response` is the server's enum of its answers). An answer's schema under a media type that is not JSON stays inline: both generators hand such answers back as bytes.",
};
pub const PATH_ITEM_PARAMETERS: Rule = Rule {
    name: "path-item-parameters",
    severity: Severity::Note,
    description: "Path-item parameters are copied into each operation (`$ref`s resolved), so every operation has one flat list.",
};
pub const WIRE_NULLABILITY: Rule = Rule {
    name: "wire-nullability",
    severity: Severity::Note,
    description: "`nullable` is dropped from path, header and cookie parameters, and `null` from the `enum` of any parameter: the wire has no null, absence means no value.",
};

pub const CALLBACKS: Rule = Rule {
    name: "callbacks",
    severity: Severity::Lossy,
    description: "Callbacks are removed, one diagnostic per callback: the server stub does not make them and the client does not receive them.",
};
pub const NO_RESPONSES: Rule = Rule {
    name: "no-responses",
    severity: Severity::Note,
    description: "An operation that declares no answer may answer anything: it gets `default` without a body, so the server has an answer to give.",
};

pub const COMPONENT_NAME: Rule = Rule {
    name: "component-name",
    severity: Severity::Note,
    description: "A component schema whose Rust name is another's (`pet` and `Pet`, `io.k8s.Pod` and `io_k8s_Pod`), or one the generated code uses unqualified (`String`, `Default`, `Ok`, `Err`), gets a number, and every `$ref` to it follows.",
};
pub const INLINE_TYPE_NAME: Rule = Rule {
    name: "inline-type-name",
    severity: Severity::Note,
    description: "An inline schema whose Rust name (its `title`, else its parent's name and its property's) is taken by another type moves to `components.schemas` under a name of its own; in `allOf`/`anyOf`/`oneOf` branches, such a title is dropped.",
};

pub const REFERENCED_SUBSCHEMA: Rule = Rule {
    name: "referenced-subschema",
    severity: Severity::Note,
    description: "A schema that a `$ref` points at inside another schema or an operation (`#/paths/…/schema/properties/items`) moves to `components.schemas`, and its place refers to it: the type generator resolves component schemas only.",
};

pub const REFERENCED_OBJECT: Rule = Rule {
    name: "referenced-object",
    severity: Severity::Note,
    description: "A path item, or a parameter, response, request body or header, that a `$ref` points at outside `components` (in another operation, as bundlers write) is copied where it is referred to: the client generator resolves component references only.",
};

/// Every rule this stage applies, in the order of the rewrite table.
pub const QUERY_IN_PATH_KEY: Rule = Rule {
    name: "query-in-path-key",
    severity: Severity::Note,
    description: "A path parameter written into the query part of a path key (`/rides?page={page}`) is declared in the query, where it travels, and leaves the key (`/rides`); literal pairs such as `?beta=true` stay. Nothing changes on the wire. When the shorter key is another path's, the operation is left as written.",
};
pub const SCHEMALESS_BODY: Rule = Rule {
    name: "schemaless-body",
    severity: Severity::Note,
    description: "A request body's media type without a schema takes any value of that type: any JSON value for JSON (`{}`), text for `text/*`, bytes for the rest (`format: binary`).",
};
pub const PATH_STYLE: Rule = Rule {
    name: "path-style",
    severity: Severity::Note,
    description: "A `matrix` or `label` path parameter: the text its style writes before the value (`;id=`, `;` before an exploded object's pairs, `.`) moves into the path key (`/items/;id={id}`), and the value after it is read and written as `simple` writes it, an exploded list split where the style repeats (`;id=`, `.`). Operations of one path whose styles write different texts get a path each. Nothing changes on the wire.",
};
pub const MEDIA_TYPE_CASE: Rule = Rule {
    name: "media-type-case",
    severity: Severity::Note,
    description: "A media type written with capitals (`application/JSON`) is written in lower case: media types are case-insensitive, and the generators compare them as written. Parameters after `;` are kept.",
};
pub const LINE_ENDS: Rule = Rule {
    name: "line-ends",
    severity: Severity::Note,
    description: "Carriage returns in descriptions, summaries and titles become line feeds (`\\r\\n` → `\\n`): the text becomes doc comments, where Rust refuses a bare carriage return.",
};
pub const RULES: &[Rule] = &[
    LINE_ENDS,
    MEDIA_TYPE_CASE,
    QUERY_IN_PATH_KEY,
    PATH_STYLE,
    SCHEMALESS_BODY,
    REFERENCED_OBJECT,
    REFERENCED_SUBSCHEMA,
    OPERATION_ID,
    HOIST_SCHEMA,
    PATH_ITEM_PARAMETERS,
    WIRE_NULLABILITY,
    CALLBACKS,
    NO_RESPONSES,
    COMPONENT_NAME,
    INLINE_TYPE_NAME,
];

/// References the generators cannot follow, made into ones they can, while the pointers
/// still hold (before any stage moves schemas around): a parameter, response, request body
/// or header referred to outside `components` is copied in place; a schema referred to below
/// the components' top level (inside a component schema, or in an operation) moves to a
/// component of its own and leaves a reference in its place.
pub fn local_references(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    copy_referenced_objects(document, diagnostics);
    hoist_referenced_subschemas(document, diagnostics);
}

/// Every `$ref` of `document` that `wanted` keeps.
fn references(document: &Value, wanted: impl Fn(&str) -> bool) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut pending = vec![document];
    while let Some(node) = pending.pop() {
        match node {
            Value::Object(object) => {
                let reference = object.get("$ref").and_then(Value::as_str);
                found.extend(reference.filter(|r| wanted(r)).map(str::to_string));
                pending.extend(object.values());
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    found
}

/// Copies outside `components` may hold references of the same kind: a few rounds.
const COPY_ROUNDS: usize = 8;

fn copy_referenced_objects(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    // A copy may hold references the round copied elsewhere: they go in the next round,
    // reported once.
    let mut reported = BTreeSet::new();
    for _ in 0..COPY_ROUNDS {
        let targets: BTreeMap<String, Value> = references(document, points_at_an_operation_part)
            .into_iter()
            .filter_map(|reference| {
                let target = crate::document::resolve_reference(document, &reference)?;
                Some((reference, target.clone()))
            })
            .collect();
        if targets.is_empty() {
            return;
        }
        crate::document::replace_references(document, |reference| targets.get(reference).cloned());
        for reference in targets.into_keys().filter(|reference| reported.insert(reference.clone())) {
            diagnostics.push(Diagnostic::note(
                crate::document::percent_decode(reference.trim_start_matches('#')),
                &REFERENCED_OBJECT,
                format!("`{reference}` is outside `components`: copied where it is referred to"),
            ));
        }
    }
}

/// Whether `reference` points at a path item, or a parameter, response, request body or header
/// that is not a component of its own (`#/paths/~1keys/get/parameters/0`,
/// `#/components/responses/E/headers/h`).
fn points_at_an_operation_part(reference: &str) -> bool {
    let tokens: Vec<&str> = reference.trim_start_matches("#/").split('/').collect();
    let component = matches!(tokens.as_slice(), ["components", _, _] | ["components", "schemas", ..]);
    if !reference.starts_with("#/") || component || tokens.contains(&"schema") {
        return false;
    }
    matches!(tokens.as_slice(), [.., "parameters" | "responses" | "headers", _] | [.., "requestBody"] | ["paths", _])
}

fn hoist_referenced_subschemas(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let targets = references(document, points_into_a_schema);
    // The deepest first: a schema inside another moves before the one around it.
    let mut targets: Vec<String> = targets.into_iter().collect();
    targets.sort_by_key(|reference| std::cmp::Reverse(reference.matches('/').count()));
    let mut renames = BTreeMap::new();
    let mut taken: BTreeSet<String> = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| schemas.keys().map(|name| sanitize(name, Case::Pascal)).collect())
        .unwrap_or_default();
    for reference in targets {
        let pointer = crate::document::percent_decode(reference.trim_start_matches('#'));
        let name =
            unique_name(&subschema_name(&pointer), |candidate| taken.contains(&sanitize(candidate, Case::Pascal)));
        let Some(target) = document.pointer_mut(&pointer) else { continue };
        taken.insert(sanitize(&name, Case::Pascal));
        let to = component_ref("schemas", &name);
        let schema = std::mem::replace(target, json!({ "$ref": to }));
        if let Some(schemas) = crate::document::component_schemas_mut(document) {
            schemas.insert(name.clone(), schema);
        }
        diagnostics.push(Diagnostic::note(
            &pointer,
            &REFERENCED_SUBSCHEMA,
            format!("schema referred to by `{reference}` moved to #/components/schemas/{name}"),
        ));
        renames.insert(reference, to);
    }
    crate::document::retarget_references(document, &renames);
}

/// Whether `reference` points at a schema below the top level of the components: inside a
/// component schema, or anywhere else a schema sits (`…/schema/…`: in an operation, in a
/// component response or parameter).
fn points_into_a_schema(reference: &str) -> bool {
    let tokens: Vec<&str> = reference.trim_start_matches("#/").split('/').collect();
    match tokens.as_slice() {
        ["components", "schemas", _, _, ..] => true,
        ["components", "schemas", ..] => false,
        _ => reference.starts_with("#/") && tokens.contains(&"schema"),
    }
}

/// A name for the schema at `pointer`: its nearest property (or parameter, or component) name,
/// and `Item` or `Value` for what is inside a list or a map.
fn subschema_name(pointer: &str) -> String {
    const STRUCTURE: &[&str] = &[
        "components",
        "schemas",
        "paths",
        "responses",
        "content",
        "schema",
        "properties",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "parameters",
        "requestBody",
        "headers",
    ];
    let tokens: Vec<String> = crate::document::pointer_tokens(pointer).collect();
    let mut suffix = String::new();
    for token in tokens.iter().rev() {
        match token.as_str() {
            "items" => suffix.insert_str(0, "-item"),
            "additionalProperties" => suffix.insert_str(0, "-value"),
            token
                if STRUCTURE.contains(&token)
                    || token.contains('/')
                    || token.chars().all(|c| c.is_ascii_digit())
                    || Method::from_key(token).is_some() => {}
            token => return format!("{token}{suffix}"),
        }
    }
    format!("schema{suffix}")
}

/// Applies the shared rewrites in place.
pub fn prepare(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    line_feeds_in_texts(document, diagnostics);
    assign_operation_ids(document, diagnostics);
    callbacks_and_answers(document, diagnostics);
    schemas_for_schemaless_bodies(document, diagnostics);
    distinct_component_names(document, diagnostics);
    drop_null_from_parameter_enums(document, diagnostics);
    hoist_inline_schemas(document, diagnostics);
    shared_types(document, diagnostics);
    hoist_properties_merged_under_a_taken_name(document, diagnostics);
    unique_inline_type_names(document, diagnostics);
    inline_operation_parameters(document, diagnostics);
    query_parameters_out_of_path_keys(document, diagnostics);
    path_styles_into_path_keys(document, diagnostics);
    lower_case_media_types(document, diagnostics);
    drop_wire_nullability(document, diagnostics);
}

/// Descriptions, summaries and titles with line feeds only: the generators write them as doc
/// comments, where a carriage return does not compile. Values (examples, defaults, enums) keep
/// theirs.
fn line_feeds_in_texts(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    fn walk(value: &mut Value, changed: &mut usize) {
        match value {
            Value::Object(object) => {
                for (key, value) in object.iter_mut() {
                    match (key.as_str(), value) {
                        ("description" | "summary" | "title", Value::String(text)) if text.contains('\r') => {
                            *text = text.replace("\r\n", "\n").replace('\r', "\n");
                            *changed += 1;
                        }
                        // Each property is a schema, whatever its name (`example` too).
                        ("properties", Value::Object(properties)) => {
                            properties.values_mut().for_each(|schema| walk(schema, changed))
                        }
                        ("example" | "examples" | "default" | "enum" | "const" | "x-examples", _) => {}
                        (_, value) => walk(value, changed),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| walk(item, changed)),
            _ => {}
        }
    }
    let mut changed = 0;
    walk(document, &mut changed);
    if changed > 0 {
        let message = format!("{changed} descriptions, summaries or titles had carriage returns: line feeds now");
        diagnostics.push(Diagnostic::note("", &LINE_ENDS, message));
    }
}

/// Media types of request bodies, answers and parameters in lower case (`application/JSON`
/// → `application/json`), in operations and in the components they refer to.
fn lower_case_media_types(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    for_each_operation_mut(document, |path, method, operation| {
        let at = pointer_join("/paths", [path, method.as_str()]);
        for (part, value) in operation.iter_mut() {
            match (part.as_str(), value) {
                ("requestBody", body) => lower_case_content(body, &pointer_push(&at, part), diagnostics),
                ("responses", Value::Object(responses)) => {
                    for (status, response) in responses.iter_mut() {
                        lower_case_content(response, &pointer_join(&at, [part.as_str(), status.as_str()]), diagnostics);
                    }
                }
                ("parameters", Value::Array(parameters)) => {
                    for (index, parameter) in parameters.iter_mut().enumerate() {
                        let index = index.to_string();
                        lower_case_content(parameter, &pointer_join(&at, [part.as_str(), index.as_str()]), diagnostics);
                    }
                }
                _ => {}
            }
        }
    });
    let Some(components) = document.get_mut("components").and_then(Value::as_object_mut) else { return };
    for (kind, entries) in components.iter_mut() {
        if !matches!(kind.as_str(), "requestBodies" | "responses" | "parameters" | "headers") {
            continue;
        }
        for (name, entry) in entries.as_object_mut().into_iter().flatten() {
            lower_case_content(entry, &pointer_join("/components", [kind.as_str(), name.as_str()]), diagnostics);
        }
    }
}

/// A request body media type without a schema says nothing of its value beyond the type:
/// the generators get the schema that says as much.
fn schemas_for_schemaless_bodies(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let mut add = |body: &mut Value, at: String| {
        let Some(Value::Object(content)) = body.get_mut("content") else { return };
        for (media_type, entry) in content.iter_mut() {
            let Some(entry) = entry.as_object_mut().filter(|entry| !entry.contains_key("schema")) else { continue };
            let (schema, what) = if crate::document::is_json_media_type(media_type) {
                (json!({}), "any JSON value")
            } else if media_type.get(..5).is_some_and(|kind| kind.eq_ignore_ascii_case("text/")) {
                (json!({"type": "string"}), "text")
            } else {
                (json!({"type": "string", "format": "binary"}), "bytes")
            };
            entry.insert("schema".into(), schema);
            let message = format!("`{media_type}` without a schema: {what}");
            diagnostics.push(Diagnostic::note(
                pointer_join(&at, ["content", media_type.as_str()]),
                &SCHEMALESS_BODY,
                message,
            ));
        }
    };
    for_each_operation_mut(document, |path, method, operation| {
        if let Some(body) = operation.get_mut("requestBody") {
            add(body, pointer_join("/paths", [path, method.as_str(), "requestBody"]));
        }
    });
    let bodies = document.pointer_mut("/components/requestBodies").and_then(Value::as_object_mut);
    for (name, body) in bodies.into_iter().flatten() {
        add(body, pointer_join("/components", ["requestBodies", name.as_str()]));
    }
}

/// The keys of `holder`'s `content` map in lower case, their parameters (after `;`) as written.
fn lower_case_content(holder: &mut Value, pointer: &str, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(content)) = holder.get_mut("content") else { return };
    let capitalized: Vec<String> = content
        .keys()
        .filter(|media| media.split(';').next().is_some_and(|essence| essence.chars().any(|c| c.is_ascii_uppercase())))
        .cloned()
        .collect();
    for media in capitalized {
        let lowered = match media.split_once(';') {
            Some((essence, parameters)) => format!("{};{parameters}", essence.to_ascii_lowercase()),
            None => media.to_ascii_lowercase(),
        };
        // Written both ways: the lower-case one is kept as it is.
        if content.contains_key(&lowered) {
            continue;
        }
        if let Some(value) = content.shift_remove(&media) {
            content.insert(lowered.clone(), value);
            diagnostics.push(Diagnostic::note(
                pointer_join(pointer, ["content", media.as_str()]),
                &MEDIA_TYPE_CASE,
                format!("`{media}` written `{lowered}`"),
            ));
        }
    }
}

/// `/rides?page={page}` with `page` declared in the path becomes `/rides` with `page` in the
/// query (after [`inline_operation_parameters`], so each operation has its own flat list).
fn query_parameters_out_of_path_keys(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(paths)) = document.get_mut("paths") else { return };
    let templated: Vec<String> =
        paths.keys().filter(|key| key.split_once('?').is_some_and(|(_, q)| q.contains('{'))).cloned().collect();
    for key in templated {
        let Some((path, query)) = key.split_once('?') else { continue };
        // `name={param}` pairs move to the query parameters; literal ones stay in the key.
        let (moved, kept): (Vec<&str>, Vec<&str>) = query.split('&').partition(|pair| pair.contains('{'));
        let moved: Option<Vec<(&str, &str)>> = moved
            .iter()
            .map(|pair| {
                let (name, value) = pair.split_once('=')?;
                let param = value.strip_prefix('{')?.strip_suffix('}')?;
                Some((name, param))
            })
            .collect();
        let new_key = if kept.is_empty() { path.to_string() } else { format!("{path}?{}", kept.join("&")) };
        let Some(moved) = moved.filter(|_| !paths.contains_key(&new_key)) else { continue };
        let Some(mut item) = paths.shift_remove(&key) else { continue };
        for method in Method::ALL {
            let Some(parameters) = item.get_mut(method.as_str()).and_then(|o| o.get_mut("parameters")) else {
                continue;
            };
            for parameter in parameters.as_array_mut().into_iter().flatten() {
                let declared = |field: &str| parameter.get(field).and_then(Value::as_str).map(str::to_string);
                let (Some(name), Some(location)) = (declared("name"), declared("in")) else { continue };
                let Some((query_name, _)) = moved.iter().find(|(_, param)| *param == name) else { continue };
                if location == "path"
                    && let Some(parameter) = parameter.as_object_mut()
                {
                    parameter.insert("in".into(), Value::String("query".into()));
                    parameter.insert("name".into(), Value::String((*query_name).to_string()));
                }
            }
        }
        diagnostics.push(Diagnostic::note(
            pointer_push("/paths", &key),
            &QUERY_IN_PATH_KEY,
            format!(
                "`{key}` is served and called as `{new_key}`, with {} in the query",
                moved.iter().map(|(n, _)| format!("`{n}`")).collect::<Vec<_>>().join(", ")
            ),
        ));
        paths.insert(new_key, item);
    }
}

/// `/items/{id}` whose `id` has `matrix` style becomes `/items/;id={id}` (`label`: `/items/.{id}`):
/// the text the style writes before the value is part of the path, where both generators
/// already read text around a parameter, and the value after it is what `simple` writes.
/// Operations of one path whose styles write different texts get a path item each.
fn path_styles_into_path_keys(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(paths) = document.get("paths").and_then(Value::as_object) else { return };
    // For each path whose key changes: the key of each of its operations.
    let mut changed: BTreeMap<String, Vec<(Method, String)>> = BTreeMap::new();
    for (key, item) in paths {
        let keyed: Vec<(Method, String)> = Method::ALL
            .into_iter()
            .filter_map(|method| {
                let operation = item.get(method.as_str())?;
                let mut written = key.clone();
                for name in template_names(key) {
                    let prefix =
                        path_parameter(document, operation, name).and_then(|p| style_prefix(document, p, name));
                    if let Some(prefix) = prefix {
                        written = written.replacen(&format!("{{{name}}}"), &format!("{prefix}{{{name}}}"), 1);
                    }
                }
                Some((method, written))
            })
            .collect();
        let taken = keyed.iter().any(|(_, written)| written != key && paths.contains_key(written));
        if keyed.iter().any(|(_, written)| written != key) && !taken {
            changed.insert(key.clone(), keyed);
        }
    }
    if changed.is_empty() {
        return;
    }
    let Some(Value::Object(paths)) = document.get_mut("paths") else { return };
    // Rebuilt in order, so the operations keep their places in the generated code.
    let mut rebuilt = Map::new();
    for (key, item) in std::mem::take(paths) {
        let Some(keyed) = changed.get(&key) else {
            rebuilt.insert(key, item);
            continue;
        };
        let new_keys: BTreeSet<&String> = keyed.iter().map(|(_, written)| written).collect();
        for new_key in &new_keys {
            let mut part = item.clone();
            if let Some(part) = part.as_object_mut() {
                let elsewhere = keyed.iter().filter(|(_, written)| written != *new_key);
                for (method, _) in elsewhere {
                    part.shift_remove(method.as_str());
                }
            }
            rebuilt.insert((*new_key).clone(), part);
        }
        let spelt: Vec<String> = new_keys.iter().map(|k| format!("`{k}`")).collect();
        let message = format!("served and called as {}: its parameters' styles write that text", spelt.join(" and "));
        diagnostics.push(Diagnostic::note(pointer_push("/paths", &key), &PATH_STYLE, message));
    }
    *paths = rebuilt;
}

/// The `{name}`s of a path key, in order.
fn template_names(key: &str) -> Vec<&str> {
    key.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

/// The `in: path` parameter `name` of an operation (its list is already flat and resolved).
fn path_parameter<'d>(document: &'d Value, operation: &'d Value, name: &str) -> Option<&'d Value> {
    let parameters = operation.get("parameters").and_then(Value::as_array).into_iter().flatten();
    parameters.map(|parameter| follow_references(document, parameter)).find(|parameter| {
        parameter.get("in").and_then(Value::as_str) == Some("path")
            && parameter.get("name").and_then(Value::as_str) == Some(name)
    })
}

/// The text a path parameter's style writes before its value: `None` for `simple`.
fn style_prefix(document: &Value, parameter: &Value, name: &str) -> Option<String> {
    let explode = parameter.get("explode").and_then(Value::as_bool).unwrap_or(false);
    let schema = parameter.get("schema").map(|schema| follow_references(document, schema));
    let is_object = schema.is_some_and(|schema| {
        schema.get("type").and_then(Value::as_str) == Some("object") || schema.get("properties").is_some()
    });
    match parameter.get("style").and_then(Value::as_str)? {
        // An exploded object writes its pairs themselves: `;R=100;G=200`.
        "matrix" if explode && is_object => Some(";".into()),
        "matrix" => Some(format!(";{name}=")),
        "label" => Some(".".into()),
        _ => None,
    }
}

/// Gives every operation its full, resolved parameter list: path-item parameters merged in
/// (an operation's own parameter of the same name and location wins) and `$ref`s replaced by
/// the parameter they point at. Generators then see one flat list per operation.
fn inline_operation_parameters(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    // `paths` is taken out while it changes, so the rest of the document resolves its `$ref`s.
    let Some(mut paths) = document.get_mut("paths").map(Value::take) else { return };
    let resolved = |list: Option<&Value>| -> Vec<Value> {
        let list = list.and_then(Value::as_array).into_iter().flatten();
        list.map(|parameter| follow_references(document, parameter).clone()).collect()
    };
    let key = |parameter: &Value| {
        let field = |name| parameter.get(name).and_then(Value::as_str).unwrap_or_default().to_string();
        (field("name"), field("in"))
    };
    for (path, item) in paths.as_object_mut().into_iter().flatten() {
        let Some(item) = item.as_object_mut() else { continue };
        let inherited = resolved(item.shift_remove("parameters").as_ref());
        if !inherited.is_empty() {
            diagnostics.push(Diagnostic::note(
                pointer_join("/paths", [path.as_str(), "parameters"]),
                &PATH_ITEM_PARAMETERS,
                "path-item parameters copied into each operation of the path",
            ));
        }
        for method in Method::ALL {
            let Some(Value::Object(operation)) = item.get_mut(method.as_str()) else { continue };
            let own = resolved(operation.get("parameters"));
            let own_keys: BTreeSet<_> = own.iter().map(key).collect();
            let mut merged: Vec<Value> = inherited.iter().filter(|p| !own_keys.contains(&key(p))).cloned().collect();
            merged.extend(own);
            if !merged.is_empty() {
                operation.insert("parameters".into(), Value::Array(merged));
            }
        }
    }
    if let Some(slot) = document.get_mut("paths") {
        *slot = paths;
    }
}

/// Methods of the generated `Client` that are not operations, its own and those of
/// progenitor's `ClientInfo` and `ClientHooks` traits (`POST /` would otherwise be `post`).
const CLIENT_METHODS: [&str; 10] = [
    "new",
    "new_with_client",
    "baseurl",
    "client",
    "api_version",
    "inner",
    "with_default_base_url",
    "pre",
    "post",
    "exec",
];

/// Every operation gets an `operationId`, and each its own Rust name: `getUser` beside
/// `get_user` (or an id written twice) would be one method twice.
fn assign_operation_ids(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let rust_name = |id: &str| sanitize(id, Case::Snake);
    let written: BTreeSet<String> =
        crate::document::operations(document).filter_map(|op| op.id().map(str::to_string)).collect();
    let written_rust: BTreeSet<String> = written.iter().map(|id| rust_name(id)).collect();
    // The generated client's own methods: an operation of one of these names would clash.
    let mut named: BTreeSet<String> = CLIENT_METHODS.iter().map(|name| name.to_string()).collect();
    for_each_operation_mut(document, |path, method, operation| {
        let pointer = operation_pointer(path, method);
        // An id without a letter or digit (`""`) names nothing, as if there were none.
        let written_id = operation.get("operationId").and_then(Value::as_str);
        let (id, message) = match written_id.filter(|id| id.chars().any(char::is_alphanumeric)) {
            Some(id) if named.insert(rust_name(id)) => return,
            Some(id) => {
                let free = unique_name(id, |candidate| {
                    named.contains(&rust_name(candidate)) || written_rust.contains(&rust_name(candidate))
                });
                let message = format!("operationId `{id}` names the same Rust method as another: renamed `{free}`");
                (free, message)
            }
            None => {
                let base = format!("{method}{}", path.replace(['/', '{', '}', '-', '.'], "_"));
                let id = unique_name(&base, |candidate| {
                    written.contains(candidate) || named.contains(&rust_name(candidate))
                });
                let message = match written_id {
                    Some(written) => {
                        format!("operationId `{written}` names nothing: named `{id}` after its method and path")
                    }
                    None => format!("no operationId: named `{id}` after its method and path"),
                };
                (id, message)
            }
        };
        named.insert(rust_name(&id));
        diagnostics.push(Diagnostic::note(pointer, &OPERATION_ID, message));
        operation.insert("operationId".into(), Value::String(id));
    });
}

/// Removes callbacks (no generator makes or receives them) and gives an operation without
/// answers a `default` one.
fn callbacks_and_answers(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    for_each_operation_mut(document, |path, method, operation| {
        let pointer = operation_pointer(path, method);
        if let Some(Value::Object(callbacks)) = operation.shift_remove("callbacks") {
            for name in callbacks.keys() {
                diagnostics.push(Diagnostic::lossy(
                    pointer_join(&pointer, ["callbacks", name.as_str()]),
                    &CALLBACKS,
                    format!("callback `{name}` is not generated: neither the server nor the client makes it"),
                ));
            }
        }
        let answers = operation.get("responses").and_then(Value::as_object);
        if answers.is_none_or(|answers| answers.keys().all(|key| key.starts_with("x-"))) {
            let responses = operation.entry("responses").or_insert_with(|| json!({}));
            if let Value::Object(responses) = responses {
                responses.insert("default".into(), json!({"description": "Any answer: the spec declares none."}));
            }
            diagnostics.push(Diagnostic::note(
                pointer_push(&pointer, "responses"),
                &NO_RESPONSES,
                "no answer declared: `default` without a body added",
            ));
        }
    });
}

/// Path, header and cookie values are strings on the wire: there is no null to send, and an
/// absent optional parameter already means "no value". Left in, `nullable` doubles the `Option`.
fn drop_wire_nullability(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let mut visit = |pointer: &str, parameter: &mut Value| {
        let location = parameter.get("in").and_then(Value::as_str).unwrap_or_default().to_string();
        if location == "query" {
            return;
        }
        if let Some(Value::Object(schema)) = parameter.get_mut("schema")
            && schema.remove("nullable") == Some(Value::Bool(true))
        {
            diagnostics.push(Diagnostic::note(
                pointer_push(pointer, "schema"),
                &WIRE_NULLABILITY,
                format!("a {location} parameter cannot carry null: `nullable` dropped, absence means no value"),
            ));
        }
    };
    for_each_parameter(document, &mut visit);
}

/// A null among the values of a parameter's inline enum gives typify two types of one name
/// (the parameter's, wrapping an `Option` of itself); no parameter sends a null. Before inline
/// schemas move to components, which keep theirs.
fn drop_null_from_parameter_enums(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let mut visit = |pointer: &str, parameter: &mut Value| {
        let location = parameter.get("in").and_then(Value::as_str).unwrap_or_default().to_string();
        let Some(Value::Array(values)) = parameter.pointer_mut("/schema/enum") else { return };
        if values.contains(&Value::Null) {
            values.retain(|value| !value.is_null());
            let message = format!(
                "a {location} parameter cannot carry null: null dropped from its `enum`, absence means no value"
            );
            diagnostics.push(Diagnostic::note(pointer_join(pointer, ["schema", "enum"]), &WIRE_NULLABILITY, message));
        }
    };
    for_each_parameter(document, &mut visit);
}

/// Calls `visit` for every inline parameter object: components, path items and operations.
fn for_each_parameter(document: &mut Value, visit: &mut impl FnMut(&str, &mut Value)) {
    if let Some(Value::Object(parameters)) = document.pointer_mut("/components/parameters") {
        for (name, parameter) in parameters.iter_mut() {
            visit(&pointer_push("/components/parameters", name), parameter);
        }
    }
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for (key, value) in item.iter_mut() {
            let (list, list_pointer) = if key == "parameters" {
                (Some(value), pointer_join("/paths", [path.as_str(), "parameters"]))
            } else if Method::from_key(key).is_some() {
                (value.get_mut("parameters"), pointer_join("/paths", [path.as_str(), key.as_str(), "parameters"]))
            } else {
                continue;
            };
            let Some(Value::Array(parameters)) = list else { continue };
            for (index, parameter) in parameters.iter_mut().enumerate() {
                visit(&pointer_push(&list_pointer, &index.to_string()), parameter);
            }
        }
    }
}

/// A schema slot found in an operation or a reusable component, with the name its type gets.
struct Slot {
    pointer: String,
    name: String,
}

fn hoist_inline_schemas(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let slots = schema_slots(document);
    let mut taken: BTreeSet<String> = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| schemas.keys().map(|k| type_key(k)).collect())
        .unwrap_or_default();
    for slot in slots {
        let Some(schema) = document.pointer_mut(&slot.pointer) else { continue };
        if schema.get("$ref").is_some() || is_plain_scalar(schema) {
            continue;
        }
        let name = unique_name(&slot.name, |candidate| taken.contains(&type_key(candidate)));
        taken.insert(type_key(&name));
        let reference = json!({ "$ref": component_ref("schemas", &name) });
        let hoisted = std::mem::replace(schema, reference);
        if let Some(schemas) = crate::document::component_schemas_mut(document) {
            schemas.insert(name.clone(), hoisted);
        }
        diagnostics.push(Diagnostic::note(
            slot.pointer,
            &HOIST_SCHEMA,
            format!("inline schema named `{name}` and moved to #/components/schemas"),
        ));
    }
}

/// Every place an operation-level type comes from, in document order, with its intended name.
fn schema_slots(document: &Value) -> Vec<Slot> {
    let mut slots = Vec::new();
    let components = document.get("components");
    let section = |name: &str| components.and_then(|c| c.get(name)).and_then(Value::as_object);
    if let Some(parameters) = section("parameters") {
        for (name, parameter) in parameters {
            let pointer = pointer_join("/components/parameters", [name.as_str(), "schema"]);
            if parameter.get("schema").is_some() {
                slots.push(Slot { pointer, name: format!("{name}-param") });
            }
        }
    }
    for (section_name, suffix) in [("requestBodies", "body"), ("responses", "response")] {
        if let Some(entries) = section(section_name) {
            for (name, entry) in entries {
                let base = pointer_join("/components", [section_name, name.as_str()]);
                if section_name == "responses" {
                    answer_slots(entry, &base, &format!("{name}-{suffix}"), &mut slots);
                } else {
                    content_slots(entry, &base, &format!("{name}-{suffix}"), &mut slots);
                }
            }
        }
    }
    let Some(paths) = document.get("paths").and_then(Value::as_object) else { return slots };
    for (path, item) in paths {
        let item_pointer = pointer_push("/paths", path);
        for method in Method::ALL {
            let Some(operation) = item.get(method.as_str()) else { continue };
            let op_pointer = operation_pointer(path, method);
            let op_id = operation.get("operationId").and_then(Value::as_str).unwrap_or(method.as_str());
            // Path-item parameters are named after each operation that inherits them.
            for (holder, holder_pointer) in [(item, &item_pointer), (operation, &op_pointer)] {
                let parameters = holder.get("parameters").and_then(Value::as_array).into_iter().flatten();
                for (index, parameter) in parameters.enumerate() {
                    let (Some(Value::String(name)), Some(_)) = (parameter.get("name"), parameter.get("schema")) else {
                        continue;
                    };
                    let pointer = pointer_join(holder_pointer, ["parameters", &index.to_string(), "schema"]);
                    slots.push(Slot { pointer, name: format!("{op_id}-{name}") });
                }
            }
            if let Some(body) = operation.get("requestBody") {
                content_slots(body, &pointer_push(&op_pointer, "requestBody"), &format!("{op_id}-body"), &mut slots);
            }
            let Some(Value::Object(responses)) = operation.get("responses") else { continue };
            let inline_successes = responses
                .iter()
                .filter(|(status, response)| status.starts_with('2') && response.get("content").is_some())
                .count();
            for (status, response) in responses {
                // `<Op>Response` is the server's enum of the operation's answers.
                let name = if status.starts_with('2') && inline_successes == 1 {
                    format!("{op_id}-response-body")
                } else {
                    format!("{op_id}-{status}-response")
                };
                let pointer = pointer_join(&op_pointer, ["responses", status.as_str()]);
                answer_slots(response, &pointer, &name, &mut slots);
            }
        }
    }
    slots
}

/// The schemas under `content` of a request body; the first keeps `name`.
fn content_slots(holder: &Value, pointer: &str, name: &str, slots: &mut Vec<Slot>) {
    media_slots(holder, pointer, name, |_| true, slots);
}

/// The schemas of an answer's JSON media types: the generators hand back other answers as
/// bytes, so a type made of their schemas would be one nothing uses.
fn answer_slots(holder: &Value, pointer: &str, name: &str, slots: &mut Vec<Slot>) {
    media_slots(holder, pointer, name, crate::document::is_json_media_type, slots);
}

fn media_slots(holder: &Value, pointer: &str, name: &str, wanted: impl Fn(&str) -> bool, slots: &mut Vec<Slot>) {
    let Some(Value::Object(content)) = holder.get("content") else { return };
    for (index, (media_type, media)) in content.iter().enumerate() {
        if media.get("schema").is_none() || !wanted(media_type) {
            continue;
        }
        let pointer = pointer_join(pointer, ["content", media_type.as_str(), "schema"]);
        let name = if index == 0 { name.to_string() } else { format!("{name}-{}", index + 1) };
        slots.push(Slot { pointer, name });
    }
}

/// One type per distinct schema (see `shared_types`), under names no component's type has
/// and no `allOf` merge gives.
fn shared_types(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(schemas)) = document.pointer("/components/schemas") else { return };
    let mut reserved: BTreeSet<String> = RESERVED_TYPE_NAMES.iter().map(|name| name.to_string()).collect();
    reserved.extend(merged_property_type_names(schemas));
    crate::shared_types::one_type_per_schema(document, &reserved, diagnostics);
}

/// Rust names a component's type cannot have: typify's types module names them unqualified
/// (`Default::default()`, `Ok(Self::A)`, `String`), and a type of one of these names would
/// shadow them. It qualifies the others (`::std::option::Option`).
const RESERVED_TYPE_NAMES: [&str; 4] = ["Default", "Err", "Ok", "String"];

/// typify names a component schema's type after its key, cased: two keys of one Rust name
/// would be two types of one name. A later one gets a number, and references follow it.
fn distinct_component_names(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(schemas)) = document.pointer_mut("/components/schemas") else { return };
    let mut taken: BTreeSet<String> = RESERVED_TYPE_NAMES.iter().map(|name| name.to_string()).collect();
    let merged = merged_property_type_names(schemas);
    taken.extend(merged.iter().cloned());
    let mut renames = Vec::new();
    let keys: Vec<String> = schemas.keys().cloned().collect();
    let all: BTreeSet<String> = keys.iter().map(|key| sanitize(key, Case::Pascal)).collect();
    for key in &keys {
        if taken.insert(sanitize(key, Case::Pascal)) {
            continue;
        }
        let renamed = unique_name(key, |candidate| {
            let rust = sanitize(candidate, Case::Pascal);
            taken.contains(&rust) || all.contains(&rust) || schemas.contains_key(candidate)
        });
        taken.insert(sanitize(&renamed, Case::Pascal));
        renames.push((key.clone(), renamed));
    }
    if renames.is_empty() {
        return;
    }
    let renamed_schemas: Map<String, Value> = std::mem::take(schemas)
        .into_iter()
        .map(|(key, schema)| match renames.iter().find(|(from, _)| *from == key) {
            Some((_, to)) => (to.clone(), schema),
            None => (key, schema),
        })
        .collect();
    *schemas = renamed_schemas;
    let retargeted = renames.iter().map(|(from, to)| (component_ref("schemas", from), component_ref("schemas", to)));
    crate::document::retarget_references(document, &retargeted.collect());
    for (from, to) in renames {
        let rust = sanitize(&from, Case::Pascal);
        let reason = if RESERVED_TYPE_NAMES.contains(&rust.as_str()) {
            "has a Rust name the generated code uses"
        } else if merged.contains(&rust) {
            "has the Rust name of the type made of a property that several parts of an `allOf` define"
        } else {
            "has the Rust name of another schema"
        };
        diagnostics.push(Diagnostic::note(
            pointer_push("/components/schemas", &from),
            &COMPONENT_NAME,
            format!("`{from}` {reason}: renamed `{to}`"),
        ));
    }
}

/// The names typify gives the types it makes of a property that several parts of a
/// component's `allOf` define differently: the component's name and the property's
/// (Bitbucket's `team` merges `account`'s `links` with its own: `TeamLinks`).
fn merged_property_type_names(schemas: &Map<String, Value>) -> BTreeSet<String> {
    /// The properties a schema defines, its own and those of its `allOf` parts.
    fn properties<'s>(schema: &'s Value, schemas: &'s Map<String, Value>, depth: usize) -> Vec<(&'s str, &'s Value)> {
        let schema = match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => match component_schema_name(reference).and_then(|name| schemas.get(&name)) {
                Some(target) => target,
                None => return Vec::new(),
            },
            None => schema,
        };
        let own = schema.get("properties").and_then(Value::as_object).into_iter().flatten();
        let mut found: Vec<(&str, &Value)> = own.map(|(name, value)| (name.as_str(), value)).collect();
        if depth < 8 {
            for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
                found.extend(properties(part, schemas, depth + 1));
            }
        }
        found
    }
    let mut names = BTreeSet::new();
    for (name, schema) in schemas {
        let parts = schema.get("allOf").and_then(Value::as_array).into_iter().flatten();
        let mut seen: BTreeMap<&str, &Value> = BTreeMap::new();
        for part in parts {
            for (property, value) in properties(part, schemas, 0) {
                if seen.insert(property, value).is_some_and(|earlier| earlier != value) {
                    names.insert(property_type_name(name, property));
                }
            }
        }
    }
    names
}

/// typify names a type inside a component after its `title`, else after its parent and its
/// property (`Pay` + `frequency` → `PayFrequency`); it does not check that the name is free,
/// and a component may already have it: two types of one name. Such an inline schema becomes
/// a component of its own, under a free name.
fn unique_inline_type_names(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(schemas)) = document.pointer_mut("/components/schemas") else { return };
    let mut names = TypeNames {
        taken: schemas.keys().map(|name| sanitize(name, Case::Pascal)).collect(),
        keys: schemas.keys().map(|name| type_key(name)).collect(),
        hoisted: Vec::new(),
        diagnostics,
    };
    for (name, schema) in schemas.iter_mut() {
        names.visit(schema, &sanitize(name, Case::Pascal), &pointer_push("/components/schemas", name), 0);
    }
    // Hoisted schemas are components now: the types inside them are named after them.
    let mut next = 0;
    while next < names.hoisted.len() {
        let (name, mut schema) = std::mem::take(&mut names.hoisted[next]);
        names.visit(&mut schema, &sanitize(&name, Case::Pascal), &pointer_push("/components/schemas", &name), 0);
        names.hoisted[next] = (name, schema);
        next += 1;
    }
    schemas.extend(names.hoisted);
}

/// typify merges the parts of an `allOf` into one struct, and names an inline type of a
/// referenced part's property after the merging schema and the property (Azure's
/// `ExternalSecuritySolution` and `kind`). Where that name is another component's, the
/// property's schema moves to a component of its own, to which the part and every merge
/// then refer.
fn hoist_properties_merged_under_a_taken_name(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(schemas)) = document.pointer_mut("/components/schemas") else { return };
    let mut taken: BTreeSet<String> = schemas.keys().map(|name| sanitize(name, Case::Pascal)).collect();
    let mut moves: Vec<(String, String, String)> = Vec::new();
    for (merger, schema) in schemas.iter() {
        let parts = schema.get("allOf").and_then(Value::as_array).into_iter().flatten();
        for part in parts.filter_map(|part| component_schema_name(part.get("$ref")?.as_str()?)) {
            let properties = schemas.get(&part).and_then(|s| s.get("properties")).and_then(Value::as_object);
            for (property, child) in properties.into_iter().flatten() {
                let Some(child) = child.as_object() else { continue };
                if child.contains_key("$ref") || child.contains_key("title") || !crate::type_shapes::names_a_type(child)
                {
                    continue;
                }
                let merged = property_type_name(merger, property);
                if taken.contains(&merged) && !moves.iter().any(|(p, q, _)| *p == part && q == property) {
                    moves.push((part.clone(), property.clone(), merged));
                }
            }
        }
    }
    for (part, property, merged) in moves {
        let key = unique_name(&format!("{part}-{property}"), |candidate| {
            taken.contains(&sanitize(candidate, Case::Pascal)) || schemas.contains_key(candidate)
        });
        let Some(child) =
            schemas.get_mut(&part).and_then(|s| s.get_mut("properties")).and_then(|p| p.get_mut(&property))
        else {
            continue;
        };
        let moved = std::mem::replace(child, json!({ "$ref": component_ref("schemas", &key) }));
        taken.insert(sanitize(&key, Case::Pascal));
        schemas.insert(key.clone(), moved);
        diagnostics.push(Diagnostic::note(
            pointer_join("/components/schemas", [part.as_str(), "properties", property.as_str()]),
            &INLINE_TYPE_NAME,
            format!("inline type would be named `{merged}` where an `allOf` merges it, as a component is: moved to #/components/schemas/{key}"),
        ));
    }
}

struct TypeNames<'d> {
    /// Rust type names given so far.
    taken: BTreeSet<String>,
    /// Component names taken (as `type_key` compares them).
    keys: BTreeSet<String>,
    hoisted: Vec<(String, Value)>,
    diagnostics: &'d mut Vec<Diagnostic>,
}

impl TypeNames<'_> {
    /// Names the types inside `schema`, whose own type is named `base`.
    fn visit(&mut self, schema: &mut Value, base: &str, ptr: &str, depth: usize) {
        if depth > crate::document::walk::MAX_DEPTH {
            return;
        }
        let Some(obj) = schema.as_object_mut() else { return };
        if let Some(Value::Object(properties)) = obj.get_mut("properties") {
            for (property, child) in properties.iter_mut() {
                let suggested = property_type_name(base, property);
                let at = pointer_join(ptr, ["properties", property.as_str()]);
                self.name(child, suggested, &at, depth);
            }
        }
        if let Some(items) = obj.get_mut("items") {
            self.name(items, format!("{base}Item"), &pointer_push(ptr, "items"), depth);
        }
        if let Some(values) = obj.get_mut("additionalProperties") {
            self.name(values, format!("{base}Value"), &pointer_push(ptr, "additionalProperties"), depth);
        }
        // Branches are named by their title when they have one; a title already taken goes.
        for key in ["allOf", "anyOf", "oneOf"] {
            let Some(Value::Array(branches)) = obj.get_mut(key) else { continue };
            for (index, branch) in branches.iter_mut().enumerate() {
                let at = pointer_join(ptr, [key, &index.to_string()]);
                let Some(branch_obj) = branch.as_object_mut() else { continue };
                let title = branch_obj.get("title").and_then(Value::as_str).map(|t| sanitize(t, Case::Pascal));
                let name = match title {
                    Some(name) if self.taken.insert(name.clone()) => name,
                    Some(name) => {
                        branch_obj.shift_remove("title");
                        self.diagnostics.push(Diagnostic::note(
                            pointer_push(&at, "title"),
                            &INLINE_TYPE_NAME,
                            format!("title would name `{name}`, as another type is: dropped"),
                        ));
                        format!("{base}Subtype{index}")
                    }
                    None => format!("{base}Subtype{index}"),
                };
                self.visit(branch, &name, &at, depth + 1);
            }
        }
    }

    /// Gives the inline schema `schema` its name: `suggested`, or its title.
    fn name(&mut self, schema: &mut Value, suggested: String, ptr: &str, depth: usize) {
        let Some(obj) = schema.as_object() else { return };
        if obj.contains_key("$ref") {
            return;
        }
        let name = obj.get("title").and_then(Value::as_str).map_or(suggested, |title| sanitize(title, Case::Pascal));
        if !crate::type_shapes::names_a_type(obj) || self.taken.insert(name.clone()) {
            return self.visit(schema, &name, ptr, depth + 1);
        }
        let key = unique_name(&name, |candidate| {
            self.keys.contains(&type_key(candidate)) || self.taken.contains(&sanitize(candidate, Case::Pascal))
        });
        self.keys.insert(type_key(&key));
        self.taken.insert(sanitize(&key, Case::Pascal));
        let reference = json!({ "$ref": component_ref("schemas", &key) });
        let mut moved = std::mem::replace(schema, reference);
        // A nullable schema moves without its null, as nullable components are split: typify
        // would name the `Option` and its content alike.
        if let Some(moved) = moved.as_object_mut().filter(|moved| crate::type_shapes::is_nullable(moved)) {
            *schema = Value::Object(crate::type_shapes::nullable_reference(moved, &key));
        }
        self.diagnostics.push(Diagnostic::note(
            ptr,
            &INLINE_TYPE_NAME,
            format!("inline type would be named `{name}`, as another type is: moved to #/components/schemas/{key}"),
        ));
        self.hoisted.push((key, moved));
    }
}

/// Keywords a scalar may carry and still map to a plain Rust scalar (no newtype, no enum).
const PLAIN_SCALAR_KEYS: &[&str] = &[
    "type",
    "format",
    "title",
    "description",
    "example",
    "default",
    "nullable",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "deprecated",
    "readOnly",
    "writeOnly",
    "multipleOf",
];

/// Whether typify maps `schema` to a plain scalar, or a `Vec` of them or of a named type,
/// without naming a new type.
pub fn is_plain_scalar(schema: &Value) -> bool {
    let Some(map) = schema.as_object() else { return false };
    match map.get("type").and_then(Value::as_str) {
        Some("string" | "integer" | "number" | "boolean") => {
            map.keys().all(|key| PLAIN_SCALAR_KEYS.contains(&key.as_str()) || key.starts_with("x-"))
        }
        Some("array") => {
            map.keys().all(|key| {
                matches!(key.as_str(), "type" | "items" | "title" | "description" | "example" | "nullable")
                    || key.starts_with("x-")
            }) && map.get("items").is_some_and(|items| items.get("$ref").is_some() || is_plain_scalar(items))
        }
        _ => false,
    }
}

/// Two names that typify would turn into the same Rust identifier collide.
/// The name typify gives the inline type of `property` inside the type named `parent`
/// (`Pay` and `frequency` → `PayFrequency`), where an `allOf` merges it too.
pub(crate) fn property_type_name(parent: &str, property: &str) -> String {
    sanitize(&format!("{parent}_{}", property.to_snake_case()), Case::Pascal)
}

/// The key in `components.schemas` that `reference` points at, if it points at one.
fn component_schema_name(reference: &str) -> Option<String> {
    reference.strip_prefix("#/components/schemas/").map(crate::document::percent_decode)
}

pub(crate) fn type_key(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

fn unique_name(base: &str, taken: impl Fn(&str) -> bool) -> String {
    crate::naming::first_free(base, '-', taken)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prepared(mut document: Value) -> (Value, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        prepare(&mut document, &mut diagnostics);
        (document, diagnostics)
    }

    #[test]
    fn media_types_are_written_in_lower_case() {
        let (doc, diags) = prepared(json!({"paths": {"/x": {"post": {"operationId": "x",
            "requestBody": {"content": {"application/JSON; charset=UTF-8": {"schema": {"type": "string"}}}},
            "responses": {"200": {"description": "ok", "content": {"Application/Json": {}, "application/json": {"schema": {}}}}}
        }}}}));
        let operation = &doc["paths"]["/x"]["post"];
        assert!(operation["requestBody"]["content"].get("application/json; charset=UTF-8").is_some());
        // Written both ways: the lower-case one stays, the other too (nothing is lost).
        let answers = &operation["responses"]["200"]["content"];
        assert!(answers.get("application/json").is_some() && answers.get("Application/Json").is_some());
        assert_eq!(diags.iter().filter(|d| d.rule == "media-type-case").count(), 1);
    }

    #[test]
    fn path_parameters_written_into_the_query_of_a_path_key_move_to_the_query() {
        let page = |name: &str| json!({"name": name, "in": "path", "required": true, "schema": {"type": "number"}});
        let (doc, diags) = prepared(json!({"paths": {
            "/rides?page={page}&per_page={size}&v=2": {"get": {"operationId": "rides", "parameters": [page("page"), page("size")], "responses": {"200": {"description": "ok"}}}},
            "/taken?a={a}": {"get": {"operationId": "a", "parameters": [page("a")], "responses": {"200": {"description": "ok"}}}},
            "/taken": {"get": {"operationId": "b", "responses": {"200": {"description": "ok"}}}}
        }}));
        let parameters = &doc["paths"]["/rides?v=2"]["get"]["parameters"];
        assert_eq!(parameters[0]["in"], "query");
        assert_eq!((parameters[1]["name"].as_str(), parameters[1]["in"].as_str()), (Some("per_page"), Some("query")));
        // The shorter key is another path's: left as written.
        assert_eq!(doc["paths"]["/taken?a={a}"]["get"]["parameters"][0]["in"], "path");
        assert_eq!(diags.iter().filter(|d| d.rule == "query-in-path-key").count(), 1);
    }

    #[test]
    fn the_text_of_matrix_and_label_styles_moves_into_the_path_key() {
        let styled = |style: &str, explode: bool, kind: &str| json!({"name": "id", "in": "path", "required": true, "style": style, "explode": explode, "schema": {"type": kind}});
        let answer = json!({"200": {"description": "ok"}});
        let (doc, diags) = prepared(json!({"paths": {
            "/a": {"get": {"operationId": "first", "responses": answer}},
            "/items/{id}": {
                "get": {"operationId": "matrix", "parameters": [styled("matrix", false, "object")], "responses": answer},
                "put": {"operationId": "exploded", "parameters": [styled("matrix", true, "object")], "responses": answer},
            },
            "/labels/{id}": {"get": {"operationId": "label", "parameters": [styled("label", true, "array")], "responses": answer}},
            "/z": {"get": {"operationId": "last", "responses": answer}},
        }}));
        let keys: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
        // An exploded object writes its own pairs after `;`: two texts, two paths, in place.
        assert_eq!(keys, ["/a", "/items/;id={id}", "/items/;{id}", "/labels/.{id}", "/z"]);
        assert_eq!(doc["paths"]["/items/;{id}"]["put"]["operationId"], "exploded");
        assert_eq!(doc["paths"]["/items/;{id}"].get("get"), None);
        assert_eq!(diags.iter().filter(|d| d.rule == "path-style").count(), 2);
    }

    #[test]
    fn a_request_body_without_a_schema_takes_any_value_of_its_media_type() {
        let (doc, _) = prepared(json!({"paths": {"/notes": {"post": {
            "operationId": "note",
            "requestBody": {"content": {"application/json": {}, "text/plain": {}, "image/png": {}}},
            "responses": {"204": {"description": "ok"}},
        }}}}));
        let content = &doc["paths"]["/notes"]["post"]["requestBody"]["content"];
        // Any JSON value is named like every inline body type.
        assert_eq!(content["application/json"]["schema"], json!({"$ref": "#/components/schemas/note-body"}));
        assert_eq!(doc["components"]["schemas"]["note-body"], json!({}));
        assert_eq!(content["text/plain"]["schema"], json!({"type": "string"}));
        assert_eq!(content["image/png"]["schema"], json!({"type": "string", "format": "binary"}));
    }

    #[test]
    fn inline_types_named_like_another_type_move_to_components() {
        let (doc, diags) = prepared(json!({"paths": {}, "components": {"schemas": {
            "PayFrequencyValue": {"type": "string", "enum": ["weekly"]},
            "PayFrequency": {"type": "object", "properties": {
                "value": {"type": "string", "enum": ["monthly"]},
                "owner": {"title": "Owner", "type": "object", "properties": {"id": {"type": "string"}}},
                "other": {"title": "Owner", "type": "object", "properties": {
                    "value": {"type": "object", "properties": {"n": {"type": "integer"}}}
                }}
            }}
        }}}));
        let schemas = &doc["components"]["schemas"];
        let properties = &schemas["PayFrequency"]["properties"];
        assert_eq!(properties["value"], json!({"$ref": "#/components/schemas/PayFrequencyValue-2"}));
        assert_eq!(properties["owner"]["title"], "Owner");
        assert_eq!(properties["other"], json!({"$ref": "#/components/schemas/Owner-2"}));
        assert_eq!(schemas["PayFrequencyValue-2"], json!({"type": "string", "enum": ["monthly"]}));
        // Inside a moved schema, types are named after its new name: no clash left.
        assert_eq!(schemas["Owner-2"]["properties"]["value"]["type"], "object");
        let rules: Vec<&str> = diags.iter().map(|d| d.rule).collect();
        assert_eq!(rules, ["inline-type-name", "inline-type-name"]);

        let (doc, diags) = prepared(json!({"paths": {}, "components": {"schemas": {
            "Session": {"type": "object", "properties": {
                "tracing": {"anyOf": [{"title": "Tracing", "oneOf": [
                    {"type": "string", "enum": ["auto"]},
                    {"title": "Tracing", "type": "object", "properties": {"name": {"type": "string"}}}
                ]}]}
            }}
        }}}));
        let branch = &doc["components"]["schemas"]["Session"]["properties"]["tracing"]["anyOf"][0];
        assert_eq!(branch["title"], "Tracing");
        assert_eq!(branch["oneOf"][1].get("title"), None);
        assert_eq!(diags.len(), 1);
    }

    #[test]
    fn a_nullable_inline_type_moves_without_its_null() {
        // `Ruleset` + `conditions` is the name of a component: the property's type moves.
        let (doc, _) = prepared(json!({"paths": {}, "components": {"schemas": {
            "ruleset-conditions": {"type": "object", "properties": {"a": {"type": "string"}}},
            "org-conditions": {"type": "object", "properties": {"b": {"type": "string"}}},
            "ruleset": {"type": "object", "properties": {"conditions": {
                "nullable": true, "description": "Where it applies.",
                "anyOf": [{"$ref": "#/components/schemas/ruleset-conditions"}, {"$ref": "#/components/schemas/org-conditions"}]
            }}}
        }}}));
        let schemas = &doc["components"]["schemas"];
        assert_eq!(
            schemas["ruleset"]["properties"]["conditions"],
            json!({"description": "Where it applies.", "nullable": true, "allOf": [{"$ref": "#/components/schemas/RulesetConditions-2"}]})
        );
        assert_eq!(schemas["RulesetConditions-2"].get("nullable"), None);
        assert_eq!(schemas["RulesetConditions-2"]["anyOf"].as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn schemas_referred_to_inside_others_move_to_components() {
        let mut document = json!({
            "paths": {"/keys": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                "allOf": [{"type": "object", "properties": {"ssh_keys": {"type": "array", "items": {
                    "type": "object", "properties": {"id": {"type": "integer"}}
                }}}}]
            }}}}}}}},
            "components": {"schemas": {
                "Key": {"$ref": "#/paths/~1keys/get/responses/200/content/application~1json/schema/allOf/0/properties/ssh_keys/items"},
                "Outer": {"type": "object", "properties": {"inner": {"type": "object", "properties": {"n": {"type": "integer"}}}}},
                "UsesInner": {"$ref": "#/components/schemas/Outer/properties/inner"},
                "Problem": {"$ref": "#/components/responses/NotFound/content/application~1json/schema"}
            },
            "responses": {"NotFound": {"description": "missing", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"code": {"type": "string"}}
            }}}}}}
        });
        let mut diagnostics = Vec::new();
        local_references(&mut document, &mut diagnostics);
        let schemas = &document["components"]["schemas"];
        assert_eq!(schemas["Key"], json!({"$ref": "#/components/schemas/ssh_keys-item"}));
        assert_eq!(schemas["ssh_keys-item"]["properties"]["id"]["type"], "integer");
        let items = &document["paths"]["/keys"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["allOf"]
            [0]["properties"]["ssh_keys"]["items"];
        assert_eq!(items, &json!({"$ref": "#/components/schemas/ssh_keys-item"}));
        assert_eq!(schemas["UsesInner"], json!({"$ref": "#/components/schemas/inner"}));
        assert_eq!(schemas["Outer"]["properties"]["inner"], json!({"$ref": "#/components/schemas/inner"}));
        assert_eq!(schemas["Problem"], json!({"$ref": "#/components/schemas/NotFound"}));
        assert_eq!(diagnostics.len(), 3);
        crate::document::check_references(&document).unwrap();
    }

    #[test]
    fn parts_of_operations_referred_to_from_elsewhere_are_copied() {
        let mut document = json!({"paths": {
            "/keys/{id}": {"get": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"404": {"description": "missing", "headers": {"x-id": {"schema": {"type": "string"}}}}}
            }, "put": {
                "parameters": [{"$ref": "#/paths/~1keys~1%7Bid%7D/get/parameters/0"}],
                "responses": {
                    "404": {"$ref": "#/paths/~1keys~1%7Bid%7D/get/responses/404"},
                    "409": {"description": "conflict", "headers": {"x-id": {"$ref": "#/paths/~1keys~1%7Bid%7D/get/responses/404/headers/x-id"}}}
                }
            }}
        }});
        document["paths"]["/v2/keys/{id}"] = json!({"$ref": "#/paths/~1keys~1%7Bid%7D"});
        let mut diagnostics = Vec::new();
        local_references(&mut document, &mut diagnostics);
        assert_eq!(document["paths"]["/v2/keys/{id}"]["get"]["parameters"][0]["name"], "id");
        let put = &document["paths"]["/keys/{id}"]["put"];
        assert_eq!(put["parameters"][0]["name"], "id");
        assert_eq!(put["responses"]["404"]["description"], "missing");
        assert_eq!(put["responses"]["409"]["headers"]["x-id"]["schema"]["type"], "string");
        assert_eq!(diagnostics.len(), 4);
        crate::document::check_references(&document).unwrap();
    }

    #[test]
    fn callbacks_are_removed_and_silent_operations_answer_anything() {
        let (doc, diags) = prepared(json!({"paths": {"/hooks": {"post": {
            "operationId": "subscribe",
            "responses": {},
            "callbacks": {"onEvent": {"{$request.body#/url}": {"post": {"responses": {"200": {"description": "ok"}}}}}}
        }}}}));
        let operation = &doc["paths"]["/hooks"]["post"];
        assert_eq!(operation.get("callbacks"), None);
        assert_eq!(operation["responses"]["default"]["description"], "Any answer: the spec declares none.");
        let seen: Vec<(&str, &str, Severity)> =
            diags.iter().map(|d| (d.pointer.as_str(), d.rule, d.severity)).collect();
        assert_eq!(
            seen,
            [
                ("/paths/~1hooks/post/callbacks/onEvent", "callbacks", Severity::Lossy),
                ("/paths/~1hooks/post/responses", "no-responses", Severity::Note)
            ]
        );
    }

    #[test]
    fn hoists_component_response_under_its_own_name() {
        let (doc, diags) = prepared(json!({
            "paths": {},
            "components": {"responses": {"error": {"description": "e", "content": {"application/json": {"schema": {"type": "object"}}}}}}
        }));
        assert_eq!(
            doc.pointer("/components/responses/error/content/application~1json/schema"),
            Some(&json!({"$ref": "#/components/schemas/error-response"}))
        );
        assert_eq!(doc.pointer("/components/schemas/error-response"), Some(&json!({"type": "object"})));
        assert_eq!(diags.len(), 1);
    }

    #[test]
    fn an_operation_s_answer_body_is_named_apart_from_the_server_s_answers_and_xml_stays_inline() {
        let object = json!({"type": "object", "properties": {"id": {"type": "string"}}});
        let (doc, _) = prepared(json!({"paths": {"/bookings": {"post": {
            "operationId": "createBooking",
            "responses": {"201": {"description": "ok", "content": {
                "application/json": {"schema": object},
                "application/xml": {"schema": object},
            }}},
        }}}}));
        let content = doc.pointer("/paths/~1bookings/post/responses/201/content").unwrap();
        assert_eq!(
            content["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/createBooking-response-body"})
        );
        assert_eq!(content["application/xml"]["schema"], object);
        assert_eq!(doc["components"]["schemas"].as_object().map(|s| s.len()), Some(1));
    }

    #[test]
    fn plain_scalars_stay_inline_and_names_do_not_collide() {
        let (doc, _) = prepared(json!({
            "paths": {"/a": {"get": {
                "operationId": "getA",
                "parameters": [
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                    {"name": "e", "in": "query", "schema": {"type": "string", "enum": ["x"]}}
                ],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
            }}},
            "components": {"schemas": {"GetAResponseBody": {"type": "string"}}}
        }));
        assert_eq!(doc.pointer("/paths/~1a/get/parameters/0/schema"), Some(&json!({"type": "string"})));
        assert_eq!(doc.pointer("/paths/~1a/get/parameters/1/schema/$ref"), Some(&json!("#/components/schemas/getA-e")));
        assert_eq!(
            doc.pointer("/paths/~1a/get/responses/200/content/application~1json/schema/$ref"),
            Some(&json!("#/components/schemas/getA-response-body-2"))
        );
    }

    #[test]
    fn missing_operation_id_is_derived_from_method_and_path() {
        let (doc, diags) = prepared(json!({"paths": {"/pets/{id}": {"get": {"responses": {}}}}}));
        assert_eq!(doc.pointer("/paths/~1pets~1{id}/get/operationId"), Some(&json!("get_pets__id_")));
        assert_eq!(diags[0].rule, "operation-id");
    }

    #[test]
    fn operation_ids_of_one_rust_name_are_told_apart() {
        let (doc, diags) = prepared(json!({"paths": {
            "/a": {"get": {"operationId": "getUser", "responses": {}}},
            "/b": {"get": {"operationId": "get_user", "responses": {}}},
            "/c": {"get": {"operationId": "getUser", "responses": {}}}
        }}));
        let ids: Vec<&str> =
            ["/a", "/b", "/c"].iter().filter_map(|p| doc["paths"][*p]["get"]["operationId"].as_str()).collect();
        // `getUser-2` would be `get_user_2` again.
        assert_eq!(ids, ["getUser", "get_user-2", "getUser-3"]);
        assert!(diags.iter().filter(|d| d.rule == "operation-id").count() == 2, "{diags:?}");
    }

    #[test]
    fn texts_end_their_lines_in_line_feeds_and_values_keep_theirs() {
        let (doc, diags) = prepared(json!({"paths": {"/a": {"get": {"operationId": "a", "summary": "One\r\nTwo",
            "description": "Three\rFour", "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"type": "string", "example": "x\r\ny"}}}}}}}}}));
        let get = &doc["paths"]["/a"]["get"];
        assert_eq!(get["summary"], "One\nTwo");
        assert_eq!(get["description"], "Three\nFour");
        assert_eq!(get["responses"]["200"]["content"]["application/json"]["schema"]["example"], "x\r\ny");
        assert_eq!(diags.iter().filter(|d| d.rule == "line-ends").count(), 1);
    }

    #[test]
    fn a_property_merged_under_a_component_name_gets_a_component_of_its_own() {
        let kind = json!({"properties": {"kind": {"type": "string", "enum": ["CEF", "ATA"]}}, "type": "object"});
        let (doc, diags) = prepared(json!({"paths": {}, "components": {"schemas": {
            "SolutionKind": kind,
            "Solution": {"allOf": [{"$ref": "#/components/schemas/SolutionKind"}, {"properties": {"id": {"type": "string"}}}]}
        }}}));
        let schemas = &doc["components"]["schemas"];
        assert_eq!(
            schemas["SolutionKind"]["properties"]["kind"],
            json!({"$ref": "#/components/schemas/SolutionKind-kind"})
        );
        assert_eq!(schemas["SolutionKind-kind"], json!({"type": "string", "enum": ["CEF", "ATA"]}));
        assert_eq!(diags.iter().filter(|d| d.rule == "inline-type-name").count(), 1, "{diags:?}");
    }

    #[test]
    fn a_null_in_a_parameter_enum_is_dropped() {
        let (doc, diags) = prepared(json!({"paths": {"/p": {"get": {"operationId": "p", "parameters": [
            {"name": "state", "in": "query", "schema": {"enum": [null, "a", "b"], "type": "string"}}
        ], "responses": {}}}}}));
        // The schema then moves to a component, without its null.
        let reference = doc.pointer("/paths/~1p/get/parameters/0/schema/$ref").and_then(Value::as_str).unwrap();
        let schema = doc.pointer(reference.trim_start_matches('#')).unwrap();
        assert_eq!(schema["enum"], json!(["a", "b"]));
        assert_eq!(diags.iter().filter(|d| d.rule == "wire-nullability").count(), 1);
    }

    #[test]
    fn a_component_named_like_a_merged_property_gets_a_number() {
        let (doc, diags) = prepared(json!({"paths": {}, "components": {"schemas": {
            "account": {"properties": {"links": {"$ref": "#/components/schemas/account_links"}}},
            "account_links": {"properties": {"html": {"type": "string"}}},
            "team": {"allOf": [{"$ref": "#/components/schemas/account"},
                {"properties": {"links": {"$ref": "#/components/schemas/team_links"}}}]},
            "team_links": {"allOf": [{"$ref": "#/components/schemas/account_links"}]}
        }}}));
        let keys: Vec<&String> =
            doc["components"]["schemas"].as_object().map(|s| s.keys().collect()).unwrap_or_default();
        assert_eq!(keys, ["account", "account_links", "team", "team_links-2"]);
        assert_eq!(
            doc["components"]["schemas"]["team"]["allOf"][1]["properties"]["links"]["$ref"],
            "#/components/schemas/team_links-2"
        );
        assert_eq!(diags.iter().filter(|d| d.rule == "component-name").count(), 1);
    }

    #[test]
    fn an_empty_operation_id_is_no_name() {
        let (doc, diags) = prepared(json!({"paths": {"/loc/{lat}": {"get": {"operationId": "", "responses": {}}}}}));
        assert_eq!(doc["paths"]["/loc/{lat}"]["get"]["operationId"], "get_loc__lat_");
        assert_eq!(diags.iter().filter(|d| d.rule == "operation-id").count(), 1);
    }

    #[test]
    fn component_names_of_one_rust_name_are_told_apart() {
        let (doc, diags) = prepared(json!({"paths": {}, "components": {"schemas": {
            "pet": {"type": "object"},
            "Pet": {"type": "object"},
            "string": {"type": "object"},
            "Default": {"type": "object"},
            "Holder": {"properties": {"a": {"$ref": "#/components/schemas/pet"}, "b": {"$ref": "#/components/schemas/Pet"},
                "c": {"$ref": "#/components/schemas/Default"}}}
        }}}));
        let keys: Vec<&String> =
            doc["components"]["schemas"].as_object().map(|s| s.keys().collect()).unwrap_or_default();
        assert_eq!(keys, ["pet", "Pet-2", "string-2", "Default-2", "Holder"]);
        let holder = &doc["components"]["schemas"]["Holder"]["properties"];
        assert_eq!(holder["b"]["$ref"], "#/components/schemas/Pet-2");
        assert_eq!(holder["a"]["$ref"], "#/components/schemas/pet");
        assert_eq!(holder["c"]["$ref"], "#/components/schemas/Default-2");
        assert_eq!(diags.iter().filter(|d| d.rule == "component-name").count(), 3);
    }

    #[test]
    fn header_parameters_lose_nullable() {
        let (doc, diags) = prepared(json!({"paths": {"/a": {"get": {"operationId": "a", "parameters": [
            {"name": "h", "in": "header", "schema": {"type": "string", "nullable": true}}
        ], "responses": {"204": {"description": "done"}}}}}}));
        assert_eq!(doc.pointer("/paths/~1a/get/parameters/0/schema"), Some(&json!({"type": "string"})));
        assert_eq!(diags[0].rule, "wire-nullability");
    }
}
