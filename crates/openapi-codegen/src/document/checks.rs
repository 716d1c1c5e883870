//! What OpenAPI requires of operations and their parameters, checked before any generator
//! runs, so that a spec that breaks a rule is told so in the spec's terms (not by a
//! generator's panic): every operation declares `responses` (3.1, where they are optional,
//! has them added by normalization), every `{name}` of a path template has an `in: path`
//! parameter, every path parameter is required, and no parameter is declared twice in one list.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{follow_references, operations, pointer_join, pointer_push};
use crate::diagnostic::PointerError;

/// The first broken rule, at the pointer of what breaks it.
pub fn check_operations(document: &Value) -> Result<(), PointerError> {
    for at in operations(document) {
        let operation_pointer = at.pointer();
        if at.operation.get("responses").is_none() {
            return Err(PointerError::invalid(
                operation_pointer,
                "the operation has no `responses`, which OpenAPI 3.0 requires (3.1 made them optional): declare at least one answer",
            ));
        }
        let item_pointer = pointer_join("/paths", [at.path]);
        let item = document.pointer(&item_pointer).unwrap_or(&Value::Null);
        let inherited = declared(document, item, &item_pointer)?;
        let own = declared(document, at.operation, &operation_pointer)?;
        // An operation's own parameter replaces the path item's of the same name and place.
        let own_keys: BTreeSet<(&str, &str)> = own.iter().map(|p| (p.name, p.location)).collect();
        let parameters: Vec<&Declared> =
            own.iter().chain(inherited.iter().filter(|p| !own_keys.contains(&(p.name, p.location)))).collect();

        // Variables in the query part of a path key (`/rides?page={page}`) are moved to the
        // query later; only the path's own are the path's parameters.
        let path = at.path.split_once('?').map_or(at.path, |(path, _)| path);
        for variable in template_variables(path) {
            if !parameters.iter().any(|p| p.location == "path" && p.name == variable) {
                return Err(PointerError::invalid(
                    operation_pointer,
                    format!(
                        "the path `{path}` has the variable `{{{variable}}}`, but the operation declares no `in: path` \
                         parameter `{variable}` (OpenAPI requires one for each variable of the template)"
                    ),
                ));
            }
        }
        if let Some(optional) = parameters.iter().find(|p| p.location == "path" && !p.required) {
            return Err(PointerError::invalid(
                optional.pointer.clone(),
                format!(
                    "path parameter `{}` is not `required: true`, which OpenAPI requires of every path parameter",
                    optional.name
                ),
            ));
        }
    }
    Ok(())
}

/// One entry of a `parameters` list, its `$ref` followed.
struct Declared<'a> {
    name: &'a str,
    location: &'a str,
    required: bool,
    pointer: String,
}

/// The parameters `holder` (a path item or an operation at `pointer`) lists; an error for a
/// name declared twice in the same place.
fn declared<'a>(document: &'a Value, holder: &'a Value, pointer: &str) -> Result<Vec<Declared<'a>>, PointerError> {
    let list = holder.get("parameters").and_then(Value::as_array).into_iter().flatten();
    let mut found: Vec<Declared<'a>> = Vec::new();
    for (index, parameter) in list.enumerate() {
        let parameter = follow_references(document, parameter);
        let text = |field| parameter.get(field).and_then(Value::as_str).unwrap_or_default();
        let entry = Declared {
            name: text("name"),
            location: text("in"),
            required: parameter.get("required").and_then(Value::as_bool).unwrap_or(false),
            pointer: pointer_push(&pointer_push(pointer, "parameters"), &index.to_string()),
        };
        if let Some(first) = found.iter().find(|p| p.name == entry.name && p.location == entry.location) {
            return Err(PointerError::invalid(
                entry.pointer,
                format!(
                    "parameter `{}` in `{}` is declared twice in this list (first at {}); OpenAPI requires each \
                     name and location once",
                    entry.name, entry.location, first.pointer
                ),
            ));
        }
        found.push(entry);
    }
    Ok(found)
}

/// The names between braces in a path template, in order.
/// The variables of a path template, in order: `/pets/{id}` gives `id`.
pub fn template_variables(path: &str) -> impl Iterator<Item = &str> {
    path.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(paths: Value) -> Result<(), PointerError> {
        check_operations(&json!({"openapi": "3.0.3", "paths": paths}))
    }

    fn path_parameter(name: &str, required: bool) -> Value {
        json!({"name": name, "in": "path", "required": required, "schema": {"type": "string"}})
    }

    #[test]
    fn a_template_variable_without_its_parameter_is_named() {
        let err = check(json!({"/files/{filename}": {"get": {"responses": {}}}})).unwrap_err();
        assert_eq!(err.pointer, "/paths/~1files~1{filename}/get");
        assert!(err.message.contains("variable `{filename}`"), "{}", err.message);
    }

    #[test]
    fn parameters_of_the_path_item_count_for_its_operations() {
        let paths = json!({"/files/{id}": {"parameters": [path_parameter("id", true)], "get": {"responses": {}}}});
        assert!(check(paths).is_ok());
    }

    #[test]
    fn an_optional_path_parameter_is_refused_at_its_place() {
        let paths = json!({"/files/{id}": {"get": {"parameters": [path_parameter("id", false)], "responses": {}}}});
        let err = check(paths).unwrap_err();
        assert_eq!(err.pointer, "/paths/~1files~1{id}/get/parameters/0");
    }

    #[test]
    fn a_parameter_declared_twice_is_refused() {
        let twice = [path_parameter("id", true), path_parameter("id", true)];
        let err = check(json!({"/files/{id}": {"get": {"parameters": twice, "responses": {}}}})).unwrap_err();
        assert_eq!(err.pointer, "/paths/~1files~1{id}/get/parameters/1");
    }

    #[test]
    fn query_variables_of_a_path_key_are_not_path_parameters() {
        let query = json!({"name": "page", "in": "query", "schema": {"type": "integer"}});
        assert!(check(json!({"/rides?page={page}": {"get": {"parameters": [query], "responses": {}}}})).is_ok());
    }
}
