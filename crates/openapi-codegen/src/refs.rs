//! `$ref` checks done on the document as written, so errors point at what the user wrote.

use serde_json::Value;

use crate::diagnostic::{PointerError, pointer_push};
use crate::load::resolve_pointer;

/// Fails on the first `$ref` (in document order) that is external or does not resolve.
pub fn check_references(document: &Value) -> Result<(), PointerError> {
    let mut pending = vec![(document, String::new())];
    // A document is a tree, so this visits each node once; the stack keeps document order.
    while let Some((node, pointer)) = pending.pop() {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref") {
                    check_one(document, target, &pointer_push(&pointer, "$ref"))?;
                }
                for (key, child) in map.iter().rev() {
                    pending.push((child, pointer_push(&pointer, key)));
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate().rev() {
                    pending.push((child, pointer_push(&pointer, &index.to_string())));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_one(document: &Value, target: &str, at: &str) -> Result<(), PointerError> {
    let Some(fragment) = target.strip_prefix('#') else {
        return Err(PointerError::new(
            at,
            format!("external reference `{target}` is not supported: bundle the spec into one file first"),
        ));
    };
    let decoded = percent_decode(fragment);
    if resolve_pointer(document, &decoded).is_none() {
        return Err(PointerError::new(at, format!("dangling reference `{target}`: nothing at `#{decoded}`")));
    }
    Ok(())
}

/// A `$ref` is a URI: its fragment may percent-encode characters such as `{` in path keys.
fn percent_decode(text: &str) -> String {
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
    }
}
