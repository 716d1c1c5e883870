//! `[api.select]`: a subset of a large API. Operations are kept when they match any of the
//! tags, operationId patterns or path prefixes given; component schemas that no kept
//! operation reaches (through any chain of `$ref`s) are left out, so a crate of 20 operations
//! of a 1,000-operation API holds the types those 20 need and no more.

use serde::Deserialize;
use serde_json::Value;

use crate::diagnostic::{Diagnostic, PointerError, Rule, Severity};
use crate::document::{Method, operations, schemas_reached_from};

pub const SELECT: Rule = Rule {
    name: "select",
    severity: Severity::Note,
    description: "`[api.select]` in the manifest: only the operations it matches are generated, with the schemas they reach.",
};

/// Every rule this stage applies, in the order of the rewrite table.
pub const RULES: &[Rule] = &[SELECT];

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
}

impl Selection {
    fn keeps(&self, path: &str, operation: &Value) -> bool {
        let tags = operation.get("tags").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str);
        let id = operation.get("operationId").and_then(Value::as_str).unwrap_or_default();
        tags.into_iter().any(|tag| self.tags.iter().any(|wanted| wanted == tag))
            || self.operations.iter().any(|pattern| glob_matches(pattern, id))
            || self.paths.iter().any(|prefix| path.starts_with(prefix.as_str()))
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
    if let Some(Value::Object(paths)) = document.get_mut("paths") {
        for (path, method) in &dropped {
            if let Some(Value::Object(item)) = paths.get_mut(path) {
                item.shift_remove(method.as_str());
            }
        }
        paths.retain(|_, item| item.as_object().is_some_and(|item| item.keys().any(|k| Method::from_key(k).is_some())));
    }
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
