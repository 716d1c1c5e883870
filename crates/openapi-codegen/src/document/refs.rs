//! `$ref`s: the one resolver every stage uses, and the check that every reference of a
//! document resolves, done on the document as written so errors point at what the user wrote.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::pointer::{pointer_push, resolve_pointer};
use crate::diagnostic::PointerError;

/// Longest chain of references followed before it counts as a cycle.
const MAX_CHAIN: usize = 32;

/// What the local reference `reference` (`#/components/...`, possibly percent-encoded, as a
/// `$ref` is a URI) points at in `document`.
pub fn resolve_reference<'a>(document: &'a Value, reference: &str) -> Option<&'a Value> {
    let fragment = reference.strip_prefix('#')?;
    if fragment.contains('%') {
        resolve_pointer(document, &percent_decode(fragment))
    } else {
        resolve_pointer(document, fragment)
    }
}

/// `value` with `$ref`s followed to what they point at (a chain longer than [`MAX_CHAIN`] is a
/// cycle, and stops there); a dangling reference is returned as it is.
pub fn follow_references<'a>(document: &'a Value, value: &'a Value) -> &'a Value {
    let mut current = value;
    for _ in 0..MAX_CHAIN {
        match current.get("$ref").and_then(Value::as_str).and_then(|r| resolve_reference(document, r)) {
            Some(target) => current = target,
            None => break,
        }
    }
    current
}

/// The names of the component schemas that `roots` reach through any chain of `$ref`s.
pub fn schemas_reached_from<'a>(document: &'a Value, roots: impl IntoIterator<Item = &'a Value>) -> BTreeSet<String> {
    let mut reached = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut pending: Vec<&Value> = roots.into_iter().collect();
    while let Some(node) = pending.pop() {
        super::walk::each_node(node, &mut |value, _| {
            if let Some(reference) = value.get("$ref").and_then(Value::as_str)
                && seen.insert(reference.to_string())
            {
                if let Some(name) = reference.strip_prefix("#/components/schemas/") {
                    reached.insert(super::pointer::unescape_token(name));
                }
                if let Some(target) = resolve_reference(document, reference) {
                    pending.push(target);
                }
            }
            true
        });
    }
    reached
}

/// Points every `$ref` written as a key of `renames` at its value instead, in one walk.
/// Iterative: nesting cannot exhaust the stack.
pub fn retarget_references(document: &mut Value, renames: &BTreeMap<String, String>) {
    let mut pending = vec![document];
    while let Some(node) = pending.pop() {
        match node {
            Value::Object(object) => {
                let to = object.get("$ref").and_then(Value::as_str).and_then(|reference| renames.get(reference));
                if let Some(to) = to {
                    object.insert("$ref".into(), Value::String(to.clone()));
                }
                pending.extend(object.values_mut());
            }
            Value::Array(items) => pending.extend(items.iter_mut()),
            _ => {}
        }
    }
}

/// Replaces every object whose `$ref` `replacement` gives a value for (a `$ref` written
/// exactly so) with that value, in one walk; the values are not walked again.
pub fn replace_references(document: &mut Value, replacement: impl Fn(&str) -> Option<Value>) {
    let mut pending = vec![document];
    while let Some(node) = pending.pop() {
        let replaced = node.get("$ref").and_then(Value::as_str).and_then(&replacement);
        match (node, replaced) {
            (node, Some(value)) => *node = value,
            (Value::Object(object), None) => pending.extend(object.values_mut()),
            (Value::Array(items), None) => pending.extend(items.iter_mut()),
            _ => {}
        }
    }
}

/// Fails on the first `$ref` (in document order) that is external or does not resolve.
pub fn check_references(document: &Value) -> Result<(), PointerError> {
    let mut found = Ok(());
    super::walk::each_node(document, &mut |node, pointer| {
        if let Some(Value::String(target)) = node.get("$ref") {
            found = check_one(document, target, &pointer_push(pointer, "$ref"));
        }
        found.is_ok()
    });
    found
}

fn check_one(document: &Value, target: &str, at: &str) -> Result<(), PointerError> {
    if !target.starts_with('#') {
        return Err(PointerError::reference(
            at,
            format!("external reference `{target}` is not supported: bundle the spec into one file first"),
        ));
    }
    if resolve_reference(document, target).is_none() {
        let decoded = percent_decode(target.trim_start_matches('#'));
        return Err(PointerError::reference(at, format!("dangling reference `{target}`: nothing at `#{decoded}`")));
    }
    Ok(())
}

/// Undoes percent-encoding (`%7B` → `{`), as in the fragment of a `$ref` to a path template.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dangling_reference_names_its_pointer() {
        let doc = json!({"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}}}});
        let err = check_references(&doc).unwrap_err();
        assert_eq!(err.pointer, "/components/schemas/A/$ref");
        assert!(err.message.contains("dangling"), "{}", err.message);
    }

    #[test]
    fn external_reference_is_refused() {
        let doc = json!({"paths": {"/a": {"$ref": "other.yaml#/paths/~1a"}}});
        let err = check_references(&doc).unwrap_err();
        assert_eq!(err.pointer, "/paths/~1a/$ref");
    }

    #[test]
    fn encoded_references_resolve() {
        let doc = json!({"paths": {"/a/{id}": {"get": {}}}, "x": {"$ref": "#/paths/~1a~1%7Bid%7D/get"}});
        check_references(&doc).unwrap();
        assert_eq!(follow_references(&doc, &doc["x"]), &json!({}));
    }

    #[test]
    fn reference_cycles_end() {
        let doc = json!({"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}});
        assert!(follow_references(&doc, &doc["a"]).get("$ref").is_some());
    }
}
