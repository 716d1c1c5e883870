//! Which operations are generated. `[api.select]`: a subset of a large API. Operations are
//! kept when they match any of the tags, operationId patterns or path prefixes given (all,
//! when none is given) and none of the `exclude` patterns; component schemas that no kept
//! operation reaches (through any chain of `$ref`s) are left out, so a crate of 20 operations
//! of a 1,000-operation API holds the types those 20 need and no more. And
//! [`leave_out_failure`]: what the generators fail on goes, so the rest of the API is generated.

use std::collections::BTreeSet;

use serde::Deserialize;
use serde_json::Value;

use crate::diagnostic::{Diagnostic, PointerError, Rule, Severity};
use crate::document::{Method, operations, pointer_join, schemas_reached_from};

pub const SELECT: Rule = Rule {
    name: "select",
    severity: Severity::Note,
    description: "`[api.select]` in the manifest: only the operations it matches are generated, with the schemas they reach.",
};

pub const LEFT_OUT: Rule = Rule {
    name: "left-out",
    severity: Severity::Lossy,
    description: "An operation the generators fail on, for a reason the engine does not handle yet, is left out of the client and the server, with the cause, and the rest of the API is generated; so is a component schema they fail on (one no value fits, say), with the schemas and operations that use it. `strict = true` on the API in the manifest makes it an error instead.",
};

/// Every rule this stage applies, in the order of the rewrite table.
pub const RULES: &[Rule] = &[SELECT, LEFT_OUT];

/// Which operations to generate; an operation matching any entry is kept.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Selection {
    /// Operations with any of these tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// operationIds matching any of these patterns (`*` stands for any text).
    #[serde(default)]
    pub operations: Vec<String>,
    /// Operations whose path starts with any of these.
    #[serde(default)]
    pub paths: Vec<String>,
    /// operationIds matching any of these patterns are left out, whatever else they match.
    #[serde(default)]
    pub exclude: Vec<String>,
}

impl Selection {
    fn keeps(&self, path: &str, operation: &Value) -> bool {
        let tags = operation.get("tags").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str);
        let id = operation.get("operationId").and_then(Value::as_str).unwrap_or_default();
        let everything = self.tags.is_empty() && self.operations.is_empty() && self.paths.is_empty();
        let included = everything
            || tags.into_iter().any(|tag| self.tags.iter().any(|wanted| wanted == tag))
            || self.operations.iter().any(|pattern| glob_matches(pattern, id))
            || self.paths.iter().any(|prefix| path.starts_with(prefix.as_str()));
        included && !self.exclude.iter().any(|pattern| glob_matches(pattern, id))
    }
}

/// Keeps the operations `selection` matches and the component schemas they reach.
pub fn apply(
    document: &mut Value,
    selection: &Selection,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(), PointerError> {
    let total = operations(document).count();
    let dropped: Vec<(String, Method)> = operations(document)
        .filter(|at| !selection.keeps(at.path, at.operation))
        .map(|at| (at.path.to_string(), at.method))
        .collect();
    if dropped.len() == total {
        return Err(PointerError::invalid("/paths", "`[api.select]` matches no operation of the spec"));
    }
    remove_operations(document, &dropped);
    let reached = schemas_reached_from(document, document.get("paths"));
    let mut left_out = 0;
    if let Some(Value::Object(schemas)) = document.pointer_mut("/components/schemas") {
        let before = schemas.len();
        schemas.retain(|name, _| reached.contains(name));
        left_out = before - schemas.len();
    }
    diagnostics.push(Diagnostic::note(
        "/paths",
        &SELECT,
        format!(
            "{} of {total} operations selected; {left_out} schemas they do not reach left out",
            total - dropped.len()
        ),
    ));
    Ok(())
}

/// Removes operations, and the path items left without one.
fn remove_operations(document: &mut Value, operations: &[(String, Method)]) {
    if let Some(Value::Object(paths)) = document.get_mut("paths") {
        for (path, method) in operations {
            if let Some(Value::Object(item)) = paths.get_mut(path) {
                item.shift_remove(method.as_str());
            }
        }
        paths.retain(|_, item| item.as_object().is_some_and(|item| item.keys().any(|k| Method::from_key(k).is_some())));
    }
}

/// Leaves out what a generator failed on at `pointer` with `cause`: the operation the pointer
/// is in, or the component schema it names (see [`leave_out_schema`]); `false` when it is
/// neither, or when nothing would be left.
pub fn leave_out_failure(document: &mut Value, pointer: &str, cause: &str, diagnostics: &mut Vec<Diagnostic>) -> bool {
    if let Some(operation) = operation_at(document, pointer) {
        return leave_out(document, operation, cause, diagnostics);
    }
    component_schema_at(pointer).is_some_and(|schema| leave_out_schema(document, &schema, cause, diagnostics))
}

/// The component schema `/components/schemas/<name>` names, itself and not a place inside it.
fn component_schema_at(pointer: &str) -> Option<String> {
    let mut tokens = crate::document::pointer_tokens(pointer);
    let whole = (tokens.next()?, tokens.next()?, tokens.next()?, tokens.next());
    match whole {
        (components, schemas, name, None) if components == "components" && schemas == "schemas" => Some(name),
        _ => None,
    }
}

/// How a warning names an operation: `` `listPets` ``, or `GET /pets` without an id.
fn operation_name(path: &str, method: Method, id: Option<&str>) -> String {
    id.map_or_else(|| format!("{} {path}", method.as_str().to_uppercase()), |id| format!("`{id}`"))
}

/// The operation a generator error at `pointer` is in, when it is in one:
/// `/paths/~1pets/get/parameters/0` is in `GET /pets`.
fn operation_at(document: &Value, pointer: &str) -> Option<(String, Method)> {
    let mut tokens = crate::document::pointer_tokens(pointer);
    if tokens.next().as_deref() != Some("paths") {
        return None;
    }
    let path = tokens.next()?;
    let method = Method::from_key(&tokens.next()?)?;
    document.get("paths")?.get(&path)?.get(method.as_str())?;
    Some((path, method))
}

/// Leaves out the operation `GET /pets` (`path`, `method`) the generators failed on with
/// `cause`, saying so; `false` when it is the API's last operation, which leaves nothing to
/// generate.
fn leave_out(
    document: &mut Value,
    (path, method): (String, Method),
    cause: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    if operations(document).count() <= 1 {
        return false;
    }
    let pointer = crate::document::operation_pointer(&path, method);
    let id = document.pointer(&pointer).and_then(|operation| operation.get("operationId")).and_then(Value::as_str);
    let name = operation_name(&path, method, id);
    remove_operations(document, &[(path, method)]);
    let message = format!("operation {name} left out of the client and the server: {cause}");
    diagnostics.push(Diagnostic::lossy(pointer, &LEFT_OUT, message));
    true
}

/// Leaves out the component schema `name` the generators failed on with `cause`, every
/// component schema that refers to it, and every operation that reaches one of them, saying
/// so; `false` when that would leave out every operation of an API that has some.
fn leave_out_schema(document: &mut Value, name: &str, cause: &str, diagnostics: &mut Vec<Diagnostic>) -> bool {
    let Some(schemas) = document.pointer("/components/schemas").and_then(Value::as_object) else { return false };
    if !schemas.contains_key(name) {
        return false;
    }
    // The schema and those that reach it: one walk from each component.
    let mut failing = BTreeSet::from([name.to_string()]);
    for (other, schema) in schemas {
        if schemas_reached_from(document, [schema]).contains(name) {
            failing.insert(other.clone());
        }
    }
    let users: Vec<(String, Method, Option<String>)> = operations(document)
        .filter(|at| schemas_reached_from(document, [at.operation]).iter().any(|reached| failing.contains(reached)))
        .map(|at| (at.path.to_string(), at.method, at.id().map(str::to_string)))
        .collect();
    // Leaving out every operation leaves nothing to generate (an API of schemas alone, such
    // as one of webhooks only, keeps its other schemas).
    if !users.is_empty() && users.len() == operations(document).count() {
        return false;
    }
    for (path, method, id) in &users {
        let name = operation_name(path, *method, id.as_deref());
        diagnostics.push(Diagnostic::lossy(
            crate::document::operation_pointer(path, *method),
            &LEFT_OUT,
            format!("operation {name} left out of the client and the server: it needs a schema left out below"),
        ));
    }
    let removed: Vec<(String, Method)> = users.into_iter().map(|(path, method, _)| (path, method)).collect();
    remove_operations(document, &removed);
    if let Some(Value::Object(schemas)) = document.pointer_mut("/components/schemas") {
        schemas.retain(|schema, _| !failing.contains(schema));
    }
    for schema in &failing {
        let message = if schema == name {
            format!("schema `{schema}` left out: {cause}")
        } else {
            format!("schema `{schema}` left out: it refers to `{name}`, left out")
        };
        diagnostics.push(Diagnostic::lossy(pointer_join("/components/schemas", [schema.as_str()]), &LEFT_OUT, message));
    }
    true
}

/// Whether `text` matches `pattern`, where `*` stands for any text (possibly none).
fn glob_matches(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else { return rest.is_empty() };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn patterns() {
        assert!(glob_matches("list*", "listCharges"));
        assert!(glob_matches("*Charge*", "getChargeById"));
        assert!(glob_matches("get", "get"));
        assert!(!glob_matches("get", "getX"));
        assert!(glob_matches("a*b*a", "aba"));
        assert!(!glob_matches("a*b*a", "ab"));
        assert!(glob_matches("a*b*a", "abba"));
    }

    #[test]
    fn selected_operations_keep_the_schemas_they_reach() {
        let mut document = json!({
            "paths": {
                "/charges": {"get": {"operationId": "listCharges", "tags": ["charges"], "responses": {"200": {"$ref": "#/components/responses/Charges"}}}},
                "/refunds": {"post": {"operationId": "createRefund", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Refund"}}}}}}}
            },
            "components": {
                "responses": {"Charges": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Charge"}}}}}},
                "schemas": {
                    "Charge": {"type": "object", "properties": {"money": {"$ref": "#/components/schemas/Money"}}},
                    "Money": {"type": "object"},
                    "Refund": {"type": "object", "properties": {"charge": {"$ref": "#/components/schemas/Charge"}}}
                }
            }
        });
        let selection = Selection { tags: vec!["charges".into()], ..Selection::default() };
        let mut diagnostics = Vec::new();
        apply(&mut document, &selection, &mut diagnostics).expect("selects");
        assert_eq!(document["paths"].as_object().map(|p| p.len()), Some(1));
        let kept: Vec<&String> =
            document["components"]["schemas"].as_object().map(|s| s.keys().collect()).unwrap_or_default();
        assert_eq!(kept, ["Charge", "Money"]);
        assert_eq!(diagnostics[0].message, "1 of 2 operations selected; 1 schemas they do not reach left out");

        let nothing = Selection { paths: vec!["/nowhere".into()], ..Selection::default() };
        assert!(apply(&mut document, &nothing, &mut Vec::new()).is_err());
    }
}
