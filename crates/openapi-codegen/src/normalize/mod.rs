//! Rewrites OpenAPI 3.1 documents into the OpenAPI 3.0.3 form that `openapiv3` 2.x reads.
//!
//! progenitor reads documents through `openapiv3` 2.x, which only knows OpenAPI 3.0: it rejects
//! some 3.1 spellings (`type: [string, "null"]`, a numeric `exclusiveMinimum`, boolean schemas,
//! `mutualTLS`) and silently ignores others (`const`, `$defs`, `prefixItems`, ...).
//! [`normalize_31`] rewrites a 3.1 document, as JSON, before it is parsed, and reports every
//! rewrite as a [`Diagnostic`]; [`RULES`] lists the rules.
//!
//! The walk follows the document's structure, so only real schema positions are treated as
//! schemas (a media type's `examples` map is not a schema's `examples` array). Each schema is
//! rewritten bottom-up: its subschemas first, then its own keywords, then the rewrites that
//! restructure it (`null` branches, `type` arrays, `$ref` siblings). Pointers are computed while
//! descending, before anything moves, so every diagnostic names the place as written.
//!
//! Refused, with the pointer of the construct: `$dynamicRef` beside `$ref`; a `type` that is
//! not a JSON Schema type; array-form `items`; a `$ref` to an anchor no schema declares; a missing or
//! cyclic `#/components/pathItems` reference; nesting deeper than 256 levels. On error
//! the document is left partly rewritten.

mod rules;
mod schema;
mod targets;
#[cfg(test)]
mod tests;
mod top_level;

use serde_json::{Value, json};

use crate::diagnostic::{Diagnostic, PointerError, Rule};
use crate::document::pointer_push;
use crate::document::walk::{Object, Visit, Walk, walk_document};
pub use rules::*;
use schema::sibling_list;
use targets::RefTargets;

/// Rewrites an OpenAPI 3.1.x document, in place, into the OpenAPI 3.0.3 form that openapiv3 2.x reads.
/// Every rewrite pushes a Diagnostic (Note when the meaning is kept, Lossy when something is dropped
/// or weakened), with the JSON pointer of the place in the ORIGINAL document.
/// A construct that cannot be expressed at all returns Err with its pointer.
pub fn normalize_31(doc: &mut serde_json::Value, diagnostics: &mut Vec<Diagnostic>) -> Result<(), PointerError> {
    let root = doc.as_object_mut().ok_or_else(|| {
        PointerError::new(crate::diagnostic::ErrorKind::NotOpenApi, "", "an OpenAPI document must be an object")
    })?;
    let mut normalizer =
        Normalizer { diags: diagnostics, targets: RefTargets::default(), hoisted: Vec::new(), mutual_tls: Vec::new() };
    normalizer.top_level(root)?;
    // `$ref`s may name a `$defs` entry, an anchor or an `$id` before the walk reaches it.
    normalizer.targets = RefTargets::collect(root)?;
    walk_document(root, &mut normalizer)?;
    normalizer.insert_hoisted(root)?;
    // Last, so the copies are of already rewritten path items.
    normalizer.inline_path_items(root)
}

/// The rewriting pass: what the document walk does at each schema, reference and operation.
struct Normalizer<'a> {
    diags: &'a mut Vec<Diagnostic>,
    targets: RefTargets,
    /// `$defs` entries taken out of their schema, with their `components.schemas` name.
    hoisted: Vec<(String, Value)>,
    /// Names of the removed `mutualTLS` security schemes.
    mutual_tls: Vec<String>,
}

impl Normalizer<'_> {
    fn note(&mut self, pointer: impl Into<String>, rule: &'static Rule, message: impl Into<String>) {
        self.diags.push(Diagnostic::note(pointer, rule, message));
    }

    fn lossy(&mut self, pointer: impl Into<String>, rule: &'static Rule, message: impl Into<String>) {
        self.diags.push(Diagnostic::lossy(pointer, rule, message));
    }
}

impl Visit for Normalizer<'_> {
    fn schema(&mut self, schema: &mut Value, ptr: &str) -> Walk {
        self.rewrite_schema(schema, ptr, 0)
    }

    /// 3.1 lets a Reference Object override `summary`/`description`; 3.0 does not.
    fn reference(&mut self, reference: &mut Object, ptr: &str) {
        if reference.len() <= 1 {
            return;
        }
        let siblings = sibling_list(reference);
        reference.retain(|k, _| k == "$ref");
        self.lossy(ptr, &REF_SIBLINGS, format!("{siblings} beside `$ref` dropped: 3.0 references cannot override"));
    }

    fn operation(&mut self, op: &mut Object, ptr: &str) {
        if !op.contains_key("responses") {
            op.insert("responses".into(), json!({}));
            self.note(
                pointer_push(ptr, "responses"),
                &RESPONSES_OPTIONAL,
                "missing `responses` (optional in 3.1) → `responses: {}`",
            );
        }
        if !self.mutual_tls.is_empty() {
            self.security_requirements(op, ptr);
        }
    }
}
