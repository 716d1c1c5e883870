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
//! Refused, with the pointer of the construct: `$dynamicRef`; a boolean
//! `exclusiveMinimum`/`exclusiveMaximum` (3.0 syntax, invalid in 3.1); a `type` that is not a
//! JSON Schema type; array-form `items`; a `$ref` to an anchor no schema declares; a missing or
//! cyclic `#/components/pathItems` reference; nesting deeper than 256 levels. On error
//! the document is left partly rewritten.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::diagnostic::{Diagnostic, PointerError, Rule, Severity, pointer_push, pointer_tokens};

type Object = Map<String, Value>;
type Walk = Result<(), PointerError>;

/// Deepest nesting of schemas (or of callbacks) the walk follows before refusing the document,
/// so that hostile input cannot exhaust the stack.
const MAX_DEPTH: usize = 256;

/// Every rule [`normalize_31`] applies: (rule name, worst severity it reports, what it does).
pub const OPENAPI_VERSION: Rule = Rule {
    name: "openapi-version",
    severity: Severity::Note,
    description: "`openapi: 3.1.x` becomes `openapi: 3.0.3`.",
};
pub const JSON_SCHEMA_DIALECT: Rule = Rule {
    name: "json-schema-dialect",
    severity: Severity::Lossy,
    description: "Top-level `jsonSchemaDialect` is removed: a note for the OAS 3.1 dialect, lossy for any other.",
};
pub const INFO_SUMMARY: Rule =
    Rule { name: "info-summary", severity: Severity::Lossy, description: "`info.summary` is removed." };
pub const LICENSE_IDENTIFIER: Rule = Rule {
    name: "license-identifier",
    severity: Severity::Lossy,
    description: "`info.license.identifier` (SPDX) is removed.",
};
pub const WEBHOOKS: Rule = Rule {
    name: "webhooks",
    severity: Severity::Lossy,
    description: "Top-level `webhooks` are removed, one diagnostic per webhook: clients do not receive them.",
};
pub const PATHS_OPTIONAL: Rule =
    Rule { name: "paths-optional", severity: Severity::Note, description: "A missing `paths` becomes `paths: {}`." };
pub const RESPONSES_OPTIONAL: Rule = Rule {
    name: "responses-optional",
    severity: Severity::Note,
    description: "An operation without `responses` (optional in 3.1) gets `responses: {}`.",
};
pub const MUTUAL_TLS: Rule = Rule {
    name: "mutual-tls",
    severity: Severity::Lossy,
    description: "`mutualTLS` security schemes and their requirements are removed: the client certificate belongs to the HTTP client.",
};
pub const PATH_ITEMS_COMPONENT: Rule = Rule {
    name: "path-items-component",
    severity: Severity::Note,
    description: "A `$ref` to `#/components/pathItems/X` becomes a copy of X (its own fields win); `components.pathItems` is removed.",
};
pub const REF_SIBLINGS: Rule = Rule {
    name: "ref-siblings",
    severity: Severity::Lossy,
    description: "Keywords beside a schema `$ref` become `{allOf: [{$ref}], ...siblings}` (note), unless they are only title/summary/example (dropped, lossy); `summary`/`description` beside other references are dropped (lossy).",
};
pub const REF_TARGET: Rule = Rule {
    name: "ref-target",
    severity: Severity::Note,
    description: "A `$ref` to an `$anchor`/`$dynamicAnchor` name or to a schema `$id` becomes a JSON-pointer `$ref`.",
};
pub const BOOLEAN_SCHEMA: Rule = Rule {
    name: "boolean-schema",
    severity: Severity::Note,
    description: "Schema `true` becomes `{}`; `false` becomes `{not: {}}`.",
};
pub const DEFS: Rule = Rule {
    name: "defs",
    severity: Severity::Note,
    description: "`$defs` entries move to `components.schemas` (suffixed `_2`, `_3`, ... on a name clash); `$ref`s into them follow.",
};
pub const DIALECT_KEYWORD: Rule = Rule {
    name: "dialect-keyword",
    severity: Severity::Lossy,
    description: "`$schema`, `$id`, `$anchor`, `$dynamicAnchor` and `$vocabulary` are removed (lossy), `$comment` too (note).",
};
pub const NULLABLE_IN_31: Rule = Rule {
    name: "nullable-in-31",
    severity: Severity::Note,
    description: "`nullable` is not a 3.1 keyword (3.1 ignores it); it is kept, and 3.0 reads it.",
};
pub const TYPE_ARRAY: Rule = Rule {
    name: "type-array",
    severity: Severity::Note,
    description: "`type: [T, \"null\"]` becomes `type: T, nullable: true`; several types become an `anyOf` with one branch per type, carrying that type's keywords and `enum` values.",
};
pub const NULL_TYPE: Rule = Rule {
    name: "null-type",
    severity: Severity::Note,
    description: "`type: \"null\"` becomes `enum: [null], nullable: true`.",
};
pub const NULL_BRANCH: Rule = Rule {
    name: "null-branch",
    severity: Severity::Note,
    description: "A null branch of `anyOf`/`oneOf` is removed and the schema made `nullable`; a lone remaining branch is merged in, or becomes `allOf: [{$ref}]`.",
};
pub const CONST: Rule = Rule {
    name: "const",
    severity: Severity::Note,
    description: "`const: X` becomes `enum: [X]` (and `nullable: true` for null).",
};
pub const EXAMPLES: Rule = Rule {
    name: "examples",
    severity: Severity::Lossy,
    description: "A schema's `examples` array becomes `example` (its first element); more elements are dropped (lossy).",
};
pub const EXCLUSIVE_BOUNDS: Rule = Rule {
    name: "exclusive-bounds",
    severity: Severity::Note,
    description: "Numeric `exclusiveMinimum`/`exclusiveMaximum: n` become `minimum`/`maximum: n` with the boolean flag, keeping the stricter of two bounds.",
};
pub const CONTENT_ENCODING: Rule = Rule {
    name: "content-encoding",
    severity: Severity::Lossy,
    description: "`contentEncoding: base64` becomes `format: byte` (base64url: lossy); `contentMediaType` of a non-text, non-JSON type becomes `format: binary`; other content keywords are dropped (lossy).",
};
pub const ARRAY_ITEMS_BOOL: Rule = Rule {
    name: "array-items-bool",
    severity: Severity::Note,
    description: "`items: true` is removed (it allows any item, as no `items` does); `items: false` becomes `maxItems: <number of prefixItems>`.",
};
pub const PREFIX_ITEMS: Rule = Rule {
    name: "prefix-items",
    severity: Severity::Lossy,
    description: "`prefixItems` is removed; `items` becomes the `anyOf` of the prefix items and the former `items`: positions are lost.",
};
pub const CONDITIONAL: Rule =
    Rule { name: "conditional", severity: Severity::Lossy, description: "`if`, `then` and `else` are removed." };
pub const DEPENDENT: Rule = Rule {
    name: "dependent",
    severity: Severity::Lossy,
    description: "`dependentRequired` and `dependentSchemas` are removed.",
};
pub const PATTERN_PROPERTIES: Rule = Rule {
    name: "pattern-properties",
    severity: Severity::Lossy,
    description: "`patternProperties` is removed; without `additionalProperties`, its schema (or the `anyOf` of them) becomes `additionalProperties`: the key patterns are lost.",
};
pub const PROPERTY_NAMES: Rule =
    Rule { name: "property-names", severity: Severity::Lossy, description: "`propertyNames` is removed." };
pub const UNEVALUATED: Rule = Rule {
    name: "unevaluated",
    severity: Severity::Lossy,
    description: "`unevaluatedProperties` becomes `additionalProperties` (lossy beside applicators that declare properties); `unevaluatedItems` is removed.",
};
pub const CONTAINS: Rule = Rule {
    name: "contains",
    severity: Severity::Lossy,
    description: "`contains`, `minContains` and `maxContains` are removed.",
};

/// Every rule this stage applies, in the order of the rewrite table.
pub const RULES: &[Rule] = &[
    OPENAPI_VERSION,
    JSON_SCHEMA_DIALECT,
    INFO_SUMMARY,
    LICENSE_IDENTIFIER,
    WEBHOOKS,
    PATHS_OPTIONAL,
    RESPONSES_OPTIONAL,
    MUTUAL_TLS,
    PATH_ITEMS_COMPONENT,
    REF_SIBLINGS,
    REF_TARGET,
    BOOLEAN_SCHEMA,
    DEFS,
    DIALECT_KEYWORD,
    NULLABLE_IN_31,
    TYPE_ARRAY,
    NULL_TYPE,
    NULL_BRANCH,
    CONST,
    EXAMPLES,
    EXCLUSIVE_BOUNDS,
    CONTENT_ENCODING,
    ARRAY_ITEMS_BOOL,
    PREFIX_ITEMS,
    CONDITIONAL,
    DEPENDENT,
    PATTERN_PROPERTIES,
    PROPERTY_NAMES,
    UNEVALUATED,
    CONTAINS,
];

/// Rewrites an OpenAPI 3.1.x document, in place, into the OpenAPI 3.0.3 form that openapiv3 2.x reads.
/// Every rewrite pushes a Diagnostic (Note when the meaning is kept, Lossy when something is dropped
/// or weakened), with the JSON pointer of the place in the ORIGINAL document.
/// A construct that cannot be expressed at all returns Err with its pointer.
pub fn normalize_31(doc: &mut serde_json::Value, diagnostics: &mut Vec<Diagnostic>) -> Result<(), PointerError> {
    let root = doc.as_object_mut().ok_or_else(|| PointerError::new("", "an OpenAPI document must be an object"))?;
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

    // ----- document level -----

    fn top_level(&mut self, root: &mut Object) -> Walk {
        self.version(root)?;
        self.dialect(root);
        self.info(root);
        self.webhooks(root);
        if !root.contains_key("paths") {
            root.insert("paths".into(), json!({}));
            self.note("/paths", &PATHS_OPTIONAL, "missing `paths` (optional in 3.1) → `paths: {}`");
        }
        self.mutual_tls(root);
        Ok(())
    }

    fn version(&mut self, root: &mut Object) -> Walk {
        let found = root.get("openapi").cloned().unwrap_or(Value::Null);
        let is_31 = found.as_str().is_some_and(|v| v == "3.1" || v.starts_with("3.1."));
        if !is_31 {
            return Err(PointerError::new(
                "/openapi",
                format!("expected an OpenAPI 3.1.x document, found `openapi: {found}`"),
            ));
        }
        root.insert("openapi".into(), json!("3.0.3"));
        self.note("/openapi", &OPENAPI_VERSION, format!("`openapi: {found}` → `3.0.3`"));
        Ok(())
    }

    fn dialect(&mut self, root: &mut Object) {
        // Published OAS 3.1 dialect ids: `.../dialect/base` and dated ones.
        const OAS_DIALECT: &str = "https://spec.openapis.org/oas/3.1/dialect/";
        let Some(dialect) = root.shift_remove("jsonSchemaDialect") else {
            return;
        };
        match dialect.as_str() {
            Some(id) if id.starts_with(OAS_DIALECT) => self.note(
                "/jsonSchemaDialect",
                &JSON_SCHEMA_DIALECT,
                format!("`{id}` removed: it is the OAS dialect that 3.0 schemas follow anyway"),
            ),
            _ => self.lossy(
                "/jsonSchemaDialect",
                &JSON_SCHEMA_DIALECT,
                format!("`{dialect}` removed: schemas are read as the OAS dialect instead"),
            ),
        }
    }

    fn info(&mut self, root: &mut Object) {
        let Some(Value::Object(info)) = root.get_mut("info") else {
            return;
        };
        if info.shift_remove("summary").is_some() {
            self.lossy("/info/summary", &INFO_SUMMARY, "`info.summary` removed: 3.0 has no such field");
        }
        let Some(Value::Object(license)) = info.get_mut("license") else {
            return;
        };
        if let Some(id) = license.shift_remove("identifier") {
            self.lossy(
                "/info/license/identifier",
                &LICENSE_IDENTIFIER,
                format!("license identifier {id} removed: 3.0 licenses have only `name` and `url`"),
            );
        }
    }

    fn webhooks(&mut self, root: &mut Object) {
        let Some(webhooks) = root.shift_remove("webhooks") else {
            return;
        };
        match webhooks {
            Value::Object(hooks) if !hooks.is_empty() => {
                for name in hooks.keys() {
                    self.lossy(
                        pointer_push("/webhooks", name),
                        &WEBHOOKS,
                        format!("webhook `{name}` removed: generated clients do not receive webhooks"),
                    );
                }
            }
            Value::Object(_) => self.note("/webhooks", &WEBHOOKS, "empty `webhooks` removed"),
            _ => self.lossy("/webhooks", &WEBHOOKS, "`webhooks` removed"),
        }
    }

    fn mutual_tls(&mut self, root: &mut Object) {
        let schemes =
            root.get_mut("components").and_then(|c| c.get_mut("securitySchemes")).and_then(Value::as_object_mut);
        let Some(schemes) = schemes else {
            return;
        };
        let names: Vec<String> = schemes
            .iter()
            .filter(|(_, scheme)| scheme.get("type").and_then(Value::as_str) == Some("mutualTLS"))
            .map(|(name, _)| name.clone())
            .collect();
        for name in &names {
            schemes.shift_remove(name);
            self.lossy(
                pointer_push("/components/securitySchemes", name),
                &MUTUAL_TLS,
                format!(
                    "security scheme `{name}` (mutualTLS) removed: the client certificate is \
                     configured on the HTTP client, not in generated code"
                ),
            );
        }
        self.mutual_tls = names;
        self.security_requirements(root, "");
    }

    /// Removes the removed `mutualTLS` schemes from the `security` requirements of `parent`.
    fn security_requirements(&mut self, parent: &mut Object, ptr: &str) {
        let Some(Value::Array(requirements)) = parent.get_mut("security") else {
            return;
        };
        let base = pointer_push(ptr, "security");
        for (i, requirement) in requirements.iter_mut().enumerate() {
            let Some(requirement) = requirement.as_object_mut() else {
                continue;
            };
            for name in &self.mutual_tls {
                if requirement.shift_remove(name).is_some() {
                    self.diags.push(Diagnostic::lossy(
                        pointer_push(&pointer_push(&base, &i.to_string()), name),
                        &MUTUAL_TLS,
                        format!("requirement of the removed mutualTLS scheme `{name}` removed"),
                    ));
                }
            }
        }
    }

    fn insert_hoisted(&mut self, root: &mut Object) -> Walk {
        if self.hoisted.is_empty() {
            return Ok(());
        }
        let components = root.entry("components").or_insert_with(|| json!({}));
        let Some(components) = components.as_object_mut() else {
            return Err(PointerError::new("/components", "`components` must be an object"));
        };
        let schemas = components.entry("schemas").or_insert_with(|| json!({}));
        let Some(schemas) = schemas.as_object_mut() else {
            return Err(PointerError::new("/components/schemas", "`schemas` must be an object"));
        };
        for (name, schema) in self.hoisted.drain(..) {
            schemas.insert(name, schema);
        }
        Ok(())
    }

    // ----- components.pathItems -----

    fn inline_path_items(&mut self, root: &mut Object) -> Walk {
        let taken = root
            .get_mut("components")
            .and_then(Value::as_object_mut)
            .and_then(|components| components.shift_remove("pathItems"));
        let present = taken.is_some();
        // Without the component, a reference to it is still an error, found below.
        let items = match taken {
            Some(Value::Object(items)) => items,
            _ => Object::new(),
        };
        if let Some(Value::Object(paths)) = root.get_mut("paths") {
            for (path, item) in paths.iter_mut().filter(|(path, _)| !is_extension(path)) {
                self.inline_path_item(item, &pointer_push("/paths", path), &items, 0)?;
            }
        }
        let callbacks = root.get_mut("components").and_then(|c| c.get_mut("callbacks"));
        if let Some(Value::Object(callbacks)) = callbacks {
            for (name, callback) in callbacks.iter_mut() {
                let ptr = pointer_push("/components/callbacks", name);
                self.inline_callback(callback, &ptr, &items, 0)?;
            }
        }
        if present {
            self.note(
                "/components/pathItems",
                &PATH_ITEMS_COMPONENT,
                "`components.pathItems` removed: 3.0 has no reusable path items (references were inlined)",
            );
        }
        Ok(())
    }

    fn inline_path_item(&mut self, item: &mut Value, ptr: &str, items: &Object, depth: usize) -> Walk {
        if depth > MAX_DEPTH {
            return Err(too_deep(ptr));
        }
        // Where the path item's own fields were written: a copy's are in `components.pathItems`.
        let mut origin = ptr.to_owned();
        if let Some(name) = item.as_object().and_then(path_item_ref) {
            let (mut copy, target) = resolve_path_item(items, &name, ptr)?;
            origin = pointer_push("/components/pathItems", &target);
            if let Value::Object(local) = std::mem::take(item) {
                copy.extend(local.into_iter().filter(|(key, _)| key != "$ref"));
            }
            *item = Value::Object(copy);
            self.note(
                ptr,
                &PATH_ITEMS_COMPONENT,
                format!("`$ref: #/components/pathItems/{name}` replaced by a copy of that path item"),
            );
        }
        // A callback of the (possibly copied) path item may reference path items too.
        let Some(item) = item.as_object_mut() else {
            return Ok(());
        };
        for method in METHODS {
            let callbacks = item.get_mut(method).and_then(|op| op.get_mut("callbacks"));
            let Some(Value::Object(callbacks)) = callbacks else {
                continue;
            };
            let base = pointer_push(&pointer_push(&origin, method), "callbacks");
            for (name, callback) in callbacks.iter_mut() {
                self.inline_callback(callback, &pointer_push(&base, name), items, depth + 1)?;
            }
        }
        Ok(())
    }

    fn inline_callback(&mut self, callback: &mut Value, ptr: &str, items: &Object, depth: usize) -> Walk {
        let Some(callback) = callback.as_object_mut() else {
            return Ok(());
        };
        for (expression, item) in callback.iter_mut().filter(|(key, _)| !is_extension(key)) {
            self.inline_path_item(item, &pointer_push(ptr, expression), items, depth + 1)?;
        }
        Ok(())
    }

    // ----- schemas -----

    fn rewrite_schema(&mut self, schema: &mut Value, ptr: &str, depth: usize) -> Walk {
        if depth > MAX_DEPTH {
            return Err(too_deep(ptr));
        }
        if let Value::Bool(accepts) = *schema {
            *schema = if accepts { json!({}) } else { json!({"not": {}}) };
            self.note(ptr, &BOOLEAN_SCHEMA, format!("schema `{accepts}` → `{schema}`"));
            return Ok(());
        }
        // Anything else that is not an object is not a schema: left for the parser to report.
        let Some(obj) = schema.as_object_mut() else {
            return Ok(());
        };
        refuse(obj, ptr)?;
        self.ref_target(obj, ptr)?;
        if obj.contains_key("nullable") {
            self.note(
                pointer_push(ptr, "nullable"),
                &NULLABLE_IN_31,
                "`nullable` is not a 3.1 keyword (3.1 ignores it); kept, and 3.0 reads it",
            );
        }
        let null_branched = self.subschemas(obj, ptr, depth)?;
        self.keywords(obj, ptr)?;
        for key in null_branched {
            self.collapse_null_branches(obj, ptr, key);
        }
        self.type_keyword(obj, ptr)?;
        self.schema_ref_siblings(obj, ptr);
        Ok(())
    }

    /// Rewrites `$ref`s to anchors, `$id`s and `$defs` entries into pointers that 3.0 resolves.
    fn ref_target(&mut self, obj: &mut Object, ptr: &str) -> Walk {
        let Some(Value::String(reference)) = obj.get("$ref") else {
            return Ok(());
        };
        let ref_ptr = pointer_push(ptr, "$ref");
        let mut target = reference.clone();
        if let Some(pointer) = self.targets.pointer_ref(&target, &ref_ptr)? {
            self.note(&ref_ptr, &REF_TARGET, format!("`{target}` → `{pointer}`"));
            target = pointer;
        }
        if let Some(moved) = self.targets.hoisted_ref(&target) {
            self.note(&ref_ptr, &DEFS, format!("`{target}` → `{moved}` (its `$defs` entry moved)"));
            target = moved;
        }
        obj.insert("$ref".into(), Value::String(target));
        Ok(())
    }

    /// Rewrites the subschemas of `obj` in document order; returns the `anyOf`/`oneOf` keys
    /// that lost a null branch.
    fn subschemas(&mut self, obj: &mut Object, ptr: &str, depth: usize) -> Result<Vec<&'static str>, PointerError> {
        let mut null_branched = Vec::new();
        let keys: Vec<String> = obj.keys().cloned().collect();
        for key in &keys {
            let Some(slot) = Slot::of(key) else {
                continue;
            };
            let key_ptr = pointer_push(ptr, key);
            match slot {
                Slot::Defs => self.hoist_defs(obj, &key_ptr, depth)?,
                Slot::Branches(keyword) => {
                    if self.branches(obj, keyword, &key_ptr, depth)? {
                        null_branched.push(keyword);
                    }
                }
                Slot::One | Slot::OneOrBool => match obj.get_mut(key) {
                    // `additionalProperties`, `unevaluatedProperties` and `items` keep their
                    // booleans: 3.0 reads the first as is, the others have their own rules.
                    Some(Value::Bool(_)) if slot == Slot::OneOrBool => {}
                    Some(child) => self.rewrite_schema(child, &key_ptr, depth + 1)?,
                    None => {}
                },
                Slot::List => {
                    let list = obj.get_mut(key).and_then(Value::as_array_mut);
                    for (i, child) in list.into_iter().flatten().enumerate() {
                        self.rewrite_schema(child, &pointer_push(&key_ptr, &i.to_string()), depth + 1)?;
                    }
                }
                Slot::Map => {
                    let map = obj.get_mut(key).and_then(Value::as_object_mut);
                    for (name, child) in map.into_iter().flatten() {
                        self.rewrite_schema(child, &pointer_push(&key_ptr, name), depth + 1)?;
                    }
                }
            }
        }
        Ok(null_branched)
    }

    /// Rewrites the branches of `anyOf`/`oneOf`, removing null branches (they become
    /// `nullable`); returns whether one was removed.
    fn branches(&mut self, obj: &mut Object, key: &str, ptr: &str, depth: usize) -> Result<bool, PointerError> {
        let Some(Value::Array(list)) = obj.get_mut(key) else {
            return Ok(false);
        };
        let mut kept = Vec::with_capacity(list.len());
        let mut removed = false;
        for (i, mut branch) in std::mem::take(list).into_iter().enumerate() {
            let branch_ptr = pointer_push(ptr, &i.to_string());
            if is_null_branch(&branch) {
                removed = true;
                self.note(branch_ptr, &NULL_BRANCH, "null branch removed; the schema is `nullable: true`");
            } else {
                self.rewrite_schema(&mut branch, &branch_ptr, depth + 1)?;
                kept.push(branch);
            }
        }
        *list = kept;
        Ok(removed)
    }

    fn hoist_defs(&mut self, obj: &mut Object, ptr: &str, depth: usize) -> Walk {
        let Some(defs) = obj.shift_remove("$defs") else {
            return Ok(());
        };
        let Value::Object(defs) = defs else {
            return Err(PointerError::new(ptr, "`$defs` must be an object"));
        };
        for (name, mut def) in defs {
            let def_ptr = pointer_push(ptr, &name);
            let component = self.targets.component_for(&def_ptr, &name);
            // Reserve the place first, so outer entries precede the entries nested in them.
            let index = self.hoisted.len();
            self.hoisted.push((component.clone(), Value::Null));
            self.rewrite_schema(&mut def, &def_ptr, depth + 1)?;
            if let Some(slot) = self.hoisted.get_mut(index) {
                slot.1 = def;
            }
            self.note(def_ptr, &DEFS, format!("moved to `#/components/schemas/{component}`"));
        }
        Ok(())
    }

    /// Keyword-level rewrites of one schema, whose subschemas are already rewritten.
    fn keywords(&mut self, obj: &mut Object, ptr: &str) -> Walk {
        self.dialect_keywords(obj, ptr);
        self.exclusive_bound(obj, ptr, Bound::Lower)?;
        self.exclusive_bound(obj, ptr, Bound::Upper)?;
        self.constant(obj, ptr);
        self.examples(obj, ptr);
        self.content(obj, ptr);
        // Before `patternProperties` and the applicators are gone: both affect its meaning.
        self.unevaluated_properties(obj, ptr);
        self.pattern_properties(obj, ptr);
        for (keyword, rule, why) in DROPPED {
            if obj.shift_remove(keyword).is_some() {
                self.lossy(pointer_push(ptr, keyword), rule, format!("`{keyword}` removed: {why}"));
            }
        }
        // `items: false` counts the prefix items, so before `prefixItems` goes.
        self.items_bool(obj, ptr);
        self.prefix_items(obj, ptr);
        Ok(())
    }

    fn dialect_keywords(&mut self, obj: &mut Object, ptr: &str) {
        for keyword in ["$schema", "$id", "$anchor", "$dynamicAnchor", "$vocabulary"] {
            if let Some(value) = obj.shift_remove(keyword) {
                self.lossy(
                    pointer_push(ptr, keyword),
                    &DIALECT_KEYWORD,
                    format!("`{keyword}: {value}` removed: 3.0 schemas have no such keyword"),
                );
            }
        }
        if obj.shift_remove("$comment").is_some() {
            self.note(pointer_push(ptr, "$comment"), &DIALECT_KEYWORD, "`$comment` removed");
        }
    }

    fn exclusive_bound(&mut self, obj: &mut Object, ptr: &str, bound: Bound) -> Walk {
        let (exclusive, inclusive) = bound.keywords();
        let Some(value) = obj.get(exclusive) else {
            return Ok(());
        };
        let key_ptr = pointer_push(ptr, exclusive);
        let limit = match value {
            Value::Number(limit) => limit.clone(),
            Value::Bool(_) => {
                return Err(PointerError::new(
                    key_ptr,
                    format!("boolean `{exclusive}` is OpenAPI 3.0 syntax; in 3.1 it is the bound itself, a number"),
                ));
            }
            _ => return Err(PointerError::new(key_ptr, format!("`{exclusive}` must be a number"))),
        };
        let current = obj.get(inclusive).and_then(Value::as_f64);
        match (current, limit.as_f64()) {
            (Some(current), Some(new)) if !bound.at_least_as_strict(new, current) => {
                obj.shift_remove(exclusive);
                self.note(
                    key_ptr,
                    &EXCLUSIVE_BOUNDS,
                    format!("`{exclusive}: {limit}` removed: `{inclusive}: {current}` is stricter"),
                );
            }
            _ => {
                obj.insert(inclusive.into(), Value::Number(limit.clone()));
                obj.insert(exclusive.into(), Value::Bool(true));
                self.note(
                    key_ptr,
                    &EXCLUSIVE_BOUNDS,
                    format!("`{exclusive}: {limit}` → `{inclusive}: {limit}, {exclusive}: true`"),
                );
            }
        }
        Ok(())
    }

    fn constant(&mut self, obj: &mut Object, ptr: &str) {
        let Some(value) = obj.shift_remove("const") else {
            return;
        };
        // Replaces an `enum` beside it: with both, at most the constant could match.
        let message = format!("`const: {value}` → `enum: [{value}]`");
        if value.is_null() {
            obj.insert("nullable".into(), Value::Bool(true));
        }
        obj.insert("enum".into(), json!([value]));
        self.note(pointer_push(ptr, "const"), &CONST, message);
    }

    fn examples(&mut self, obj: &mut Object, ptr: &str) {
        let Some(examples) = obj.shift_remove("examples") else {
            return;
        };
        let key_ptr = pointer_push(ptr, "examples");
        let Value::Array(examples) = examples else {
            self.lossy(key_ptr, &EXAMPLES, "`examples` is not an array; removed");
            return;
        };
        let count = examples.len();
        match examples.into_iter().next() {
            None => self.note(key_ptr, &EXAMPLES, "empty `examples` removed"),
            Some(_) if obj.contains_key("example") => self.lossy(
                key_ptr,
                &EXAMPLES,
                format!("`examples` ({count}) dropped: the schema already has an `example`"),
            ),
            Some(first) => {
                obj.insert("example".into(), first);
                if count == 1 {
                    self.note(key_ptr, &EXAMPLES, "`examples: [x]` → `example: x`");
                } else {
                    let dropped = count - 1;
                    self.lossy(key_ptr, &EXAMPLES, format!("first of `examples` → `example`; {dropped} more dropped"));
                }
            }
        }
    }

    fn content(&mut self, obj: &mut Object, ptr: &str) {
        let is_string = may_be_string(obj);
        let format = obj.get("format").and_then(Value::as_str).map(str::to_owned);
        let encoding = obj.shift_remove("contentEncoding");
        if let Some(encoding) = &encoding {
            let key_ptr = pointer_push(ptr, "contentEncoding");
            let as_byte = is_string && format.as_deref().is_none_or(|f| f == "byte");
            match encoding.as_str() {
                Some("base64") if as_byte => {
                    obj.insert("format".into(), json!("byte"));
                    self.note(key_ptr, &CONTENT_ENCODING, "`contentEncoding: base64` → `format: byte`");
                }
                // 3.0's `byte` is standard base64; the URL-safe alphabet cannot be said.
                Some("base64url") if as_byte => {
                    obj.insert("format".into(), json!("byte"));
                    self.lossy(
                        key_ptr,
                        &CONTENT_ENCODING,
                        "`contentEncoding: base64url` → `format: byte`, which is standard base64",
                    );
                }
                _ => self.lossy(
                    key_ptr,
                    &CONTENT_ENCODING,
                    format!("`contentEncoding: {encoding}` removed: no 3.0 equivalent here"),
                ),
            }
        }
        if let Some(media_type) = obj.shift_remove("contentMediaType") {
            let key_ptr = pointer_push(ptr, "contentMediaType");
            let binary = media_type.as_str().is_some_and(is_binary_media_type);
            if encoding.is_none() && is_string && binary && format.is_none() {
                obj.insert("format".into(), json!("binary"));
                self.note(key_ptr, &CONTENT_ENCODING, format!("`contentMediaType: {media_type}` → `format: binary`"));
            } else {
                self.lossy(
                    key_ptr,
                    &CONTENT_ENCODING,
                    format!("`contentMediaType: {media_type}` removed: no 3.0 equivalent here"),
                );
            }
        }
        if obj.shift_remove("contentSchema").is_some() {
            self.lossy(
                pointer_push(ptr, "contentSchema"),
                &CONTENT_ENCODING,
                "`contentSchema` removed: 3.0 cannot describe the decoded content",
            );
        }
    }

    fn unevaluated_properties(&mut self, obj: &mut Object, ptr: &str) {
        let Some(schema) = obj.shift_remove("unevaluatedProperties") else {
            return;
        };
        let key_ptr = pointer_push(ptr, "unevaluatedProperties");
        if obj.contains_key("additionalProperties") {
            // `additionalProperties` already evaluates every property, so this never applied.
            self.note(key_ptr, &UNEVALUATED, "`unevaluatedProperties` removed: `additionalProperties` covers it");
            return;
        }
        const APPLICATORS: [&str; 9] =
            ["allOf", "anyOf", "oneOf", "$ref", "if", "then", "else", "dependentSchemas", "patternProperties"];
        let applicators: Vec<&str> = APPLICATORS.into_iter().filter(|k| obj.contains_key(*k)).collect();
        obj.insert("additionalProperties".into(), schema);
        if applicators.is_empty() {
            self.note(key_ptr, &UNEVALUATED, "`unevaluatedProperties` → `additionalProperties`");
        } else {
            self.lossy(
                key_ptr,
                &UNEVALUATED,
                format!(
                    "`unevaluatedProperties` → `additionalProperties`: properties declared through {} now count as additional",
                    applicators.join(", ")
                ),
            );
        }
    }

    fn pattern_properties(&mut self, obj: &mut Object, ptr: &str) {
        let Some(patterns) = obj.shift_remove("patternProperties") else {
            return;
        };
        let key_ptr = pointer_push(ptr, "patternProperties");
        match patterns {
            Value::Object(patterns) if patterns.is_empty() => {
                self.note(key_ptr, &PATTERN_PROPERTIES, "empty `patternProperties` removed");
            }
            Value::Object(patterns) if !obj.contains_key("additionalProperties") => {
                let names: Vec<String> = patterns.keys().map(|p| format!("`{p}`")).collect();
                let schema = any_of(patterns.into_iter().map(|(_, schema)| schema).collect());
                obj.insert("additionalProperties".into(), schema.unwrap_or_else(|| json!({})));
                self.lossy(
                    key_ptr,
                    &PATTERN_PROPERTIES,
                    format!("`patternProperties` → `additionalProperties`: key patterns {} lost", names.join(", ")),
                );
            }
            Value::Object(_) => self.lossy(
                key_ptr,
                &PATTERN_PROPERTIES,
                "`patternProperties` removed: `additionalProperties` already covers unlisted properties",
            ),
            _ => self.lossy(key_ptr, &PATTERN_PROPERTIES, "`patternProperties` is not an object; removed"),
        }
    }

    fn items_bool(&mut self, obj: &mut Object, ptr: &str) {
        let Some(&Value::Bool(allowed)) = obj.get("items") else {
            return;
        };
        obj.shift_remove("items");
        let key_ptr = pointer_push(ptr, "items");
        if allowed {
            self.note(key_ptr, &ARRAY_ITEMS_BOOL, "`items: true` removed: no `items` allows any item too");
            return;
        }
        // No item beyond the prefix items: a length limit says the same.
        let prefix = obj.get("prefixItems").and_then(Value::as_array).map_or(0, Vec::len) as u64;
        let max = obj.get("maxItems").and_then(Value::as_u64).map_or(prefix, |max| max.min(prefix));
        obj.insert("maxItems".into(), json!(max));
        self.note(key_ptr, &ARRAY_ITEMS_BOOL, format!("`items: false` → `maxItems: {max}`"));
    }

    fn prefix_items(&mut self, obj: &mut Object, ptr: &str) {
        let Some(prefix) = obj.shift_remove("prefixItems") else {
            return;
        };
        let key_ptr = pointer_push(ptr, "prefixItems");
        let Value::Array(mut schemas) = prefix else {
            self.lossy(key_ptr, &PREFIX_ITEMS, "`prefixItems` is not an array; removed");
            return;
        };
        schemas.extend(obj.shift_remove("items"));
        if let Some(items) = any_of(schemas) {
            obj.insert("items".into(), items);
        }
        self.lossy(key_ptr, &PREFIX_ITEMS, "`prefixItems` → `items` accepting any of them: item positions are lost");
    }

    /// After null branches left `key` (`anyOf`/`oneOf`): marks the schema nullable and folds a
    /// lone remaining branch into it.
    fn collapse_null_branches(&mut self, obj: &mut Object, ptr: &str, key: &'static str) {
        let key_ptr = pointer_push(ptr, key);
        let remaining = match obj.get(key) {
            Some(Value::Array(list)) => list.len(),
            _ => return,
        };
        match remaining {
            0 => {
                obj.shift_remove(key);
                obj.insert("enum".into(), json!([null]));
                self.note(key_ptr, &NULL_BRANCH, format!("`{key}` of null only → `enum: [null]`"));
            }
            1 => {
                let lone = match obj.shift_remove(key) {
                    Some(Value::Array(list)) => list.into_iter().next(),
                    _ => None,
                };
                if let Some(branch) = lone {
                    self.lone_branch(obj, &key_ptr, key, branch);
                }
            }
            _ => {}
        }
        obj.insert("nullable".into(), Value::Bool(true));
    }

    fn lone_branch(&mut self, obj: &mut Object, key_ptr: &str, key: &str, branch: Value) {
        match branch {
            Value::Object(branch) if branch.len() == 1 && branch.contains_key("$ref") => {
                push_all_of(obj, Value::Object(branch));
                self.note(key_ptr, &NULL_BRANCH, format!("`{key}` of a `$ref` and null → `allOf: [$ref]`"));
            }
            Value::Object(branch) if branch.iter().all(|(k, v)| obj.get(k).is_none_or(|mine| mine == v)) => {
                obj.extend(branch);
                self.note(key_ptr, &NULL_BRANCH, format!("the remaining `{key}` branch merged into the schema"));
            }
            // It conflicts with the schema's own keywords: stays a one-branch `anyOf`/`oneOf`.
            other => {
                obj.insert(key.into(), Value::Array(vec![other]));
            }
        }
    }

    fn type_keyword(&mut self, obj: &mut Object, ptr: &str) -> Walk {
        let type_ptr = pointer_push(ptr, "type");
        let list = match obj.get("type") {
            Some(Value::String(name)) if name == "null" => {
                self.null_type(obj, &type_ptr);
                return Ok(());
            }
            Some(Value::Array(list)) => list,
            Some(Value::String(_)) | None => return Ok(()),
            Some(_) => return Err(PointerError::new(type_ptr, "`type` must be a string or an array of strings")),
        };
        let mut types: Vec<&'static str> = Vec::new();
        for (i, name) in list.iter().enumerate() {
            let known = JSON_TYPES.iter().find(|t| name.as_str() == Some(**t));
            let Some(&known) = known else {
                let at = pointer_push(&type_ptr, &i.to_string());
                return Err(PointerError::new(at, format!("{name} is not a JSON Schema type")));
            };
            if !types.contains(&known) {
                types.push(known);
            }
        }
        let written = Value::Array(list.clone());
        // An `enum` without null already rejects null; `nullable` would let it back in.
        let nullable = types.contains(&"null") && !enum_excludes_null(obj);
        types.retain(|t| *t != "null");
        if types.contains(&"number") {
            // Every integer is a number.
            types.retain(|t| *t != "integer");
        }
        match types.as_slice() {
            [] => self.null_type(obj, &type_ptr),
            [only] => {
                obj.insert("type".into(), json!(only));
                if nullable {
                    obj.insert("nullable".into(), Value::Bool(true));
                }
                let nullable = if nullable { ", nullable: true" } else { "" };
                self.note(type_ptr, &TYPE_ARRAY, format!("`type: {written}` → `type: {only}{nullable}`"));
            }
            _ => {
                split_by_type(obj, &types, nullable);
                self.note(type_ptr, &TYPE_ARRAY, format!("`type: {written}` → `anyOf` with a branch per type"));
            }
        }
        Ok(())
    }

    fn null_type(&mut self, obj: &mut Object, type_ptr: &str) {
        obj.shift_remove("type");
        obj.insert("enum".into(), json!([null]));
        obj.insert("nullable".into(), Value::Bool(true));
        self.note(type_ptr, &NULL_TYPE, "`type: \"null\"` → `enum: [null], nullable: true`");
    }

    /// 3.0 ignores everything beside a `$ref`: keeps what matters by moving the `$ref` into `allOf`.
    fn schema_ref_siblings(&mut self, obj: &mut Object, ptr: &str) {
        const DROPPABLE: [&str; 4] = ["title", "summary", "example", "examples"];
        if !obj.contains_key("$ref") || obj.len() == 1 {
            return;
        }
        let siblings = sibling_list(obj);
        if obj.keys().all(|k| k == "$ref" || DROPPABLE.contains(&k.as_str())) {
            obj.retain(|k, _| k == "$ref");
            self.lossy(ptr, &REF_SIBLINGS, format!("{siblings} beside `$ref` dropped: 3.0 ignores them"));
            return;
        }
        let mut wrapped = Object::new();
        let mut all_of = Vec::new();
        let existing = obj.shift_remove("allOf");
        for (key, value) in std::mem::take(obj) {
            if key == "$ref" {
                // Takes the place of the `$ref`, so the output reads in the input's order.
                wrapped.insert("allOf".into(), Value::Null);
                all_of.push(json!({ "$ref": value }));
            } else {
                wrapped.insert(key, value);
            }
        }
        match existing {
            Some(Value::Array(existing)) => all_of.extend(existing),
            Some(other) => all_of.push(other),
            None => {}
        }
        wrapped.insert("allOf".into(), Value::Array(all_of));
        *obj = wrapped;
        self.note(ptr, &REF_SIBLINGS, format!("`$ref` with {siblings} → `allOf: [{{$ref}}]` beside them"));
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

/// 2020-12 keywords with no 3.0 counterpart: (keyword, rule, why it cannot be kept).
const DROPPED: [(&str, &Rule, &str); 10] = [
    ("if", &CONDITIONAL, "3.0 has no conditional subschemas"),
    ("then", &CONDITIONAL, "3.0 has no conditional subschemas"),
    ("else", &CONDITIONAL, "3.0 has no conditional subschemas"),
    ("dependentRequired", &DEPENDENT, "3.0 cannot make properties depend on each other"),
    ("dependentSchemas", &DEPENDENT, "3.0 cannot make properties depend on each other"),
    ("propertyNames", &PROPERTY_NAMES, "3.0 cannot constrain property names"),
    ("unevaluatedItems", &UNEVALUATED, "3.0 has no unevaluated items"),
    ("contains", &CONTAINS, "3.0 cannot require a matching item"),
    ("minContains", &CONTAINS, "3.0 cannot count matching items"),
    ("maxContains", &CONTAINS, "3.0 cannot count matching items"),
];

const JSON_TYPES: [&str; 7] = ["null", "boolean", "object", "array", "number", "string", "integer"];

const NUMERIC: &[&str] = &["number", "integer"];

/// Keywords that constrain one kind of instance: on a split `type` they go to that branch.
const TYPE_KEYWORDS: [(&str, &[&str]); 17] = [
    ("minLength", &["string"]),
    ("maxLength", &["string"]),
    ("pattern", &["string"]),
    ("minimum", NUMERIC),
    ("maximum", NUMERIC),
    ("exclusiveMinimum", NUMERIC),
    ("exclusiveMaximum", NUMERIC),
    ("multipleOf", NUMERIC),
    ("items", &["array"]),
    ("minItems", &["array"]),
    ("maxItems", &["array"]),
    ("uniqueItems", &["array"]),
    ("properties", &["object"]),
    ("required", &["object"]),
    ("additionalProperties", &["object"]),
    ("minProperties", &["object"]),
    ("maxProperties", &["object"]),
];

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const PATH_ITEMS: &str = "#/components/pathItems/";

/// Where a schema keyword holds subschemas, and in what shape.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    One,
    /// One subschema, or a boolean that is not rewritten as a schema.
    OneOrBool,
    List,
    /// `anyOf`/`oneOf`, whose null branches become `nullable`.
    Branches(&'static str),
    Map,
    Defs,
}

impl Slot {
    /// Subschema keywords that survive the rewrite; those of dropped keywords (`if`,
    /// `contains`, ...) are not visited, since they are removed whole.
    fn of(key: &str) -> Option<Slot> {
        Some(match key {
            "not" => Slot::One,
            "additionalProperties" | "unevaluatedProperties" | "items" => Slot::OneOrBool,
            "allOf" | "prefixItems" => Slot::List,
            "anyOf" => Slot::Branches("anyOf"),
            "oneOf" => Slot::Branches("oneOf"),
            "properties" | "patternProperties" => Slot::Map,
            "$defs" => Slot::Defs,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy)]
enum Bound {
    Lower,
    Upper,
}

impl Bound {
    /// (exclusive keyword, inclusive keyword).
    fn keywords(self) -> (&'static str, &'static str) {
        match self {
            Bound::Lower => ("exclusiveMinimum", "minimum"),
            Bound::Upper => ("exclusiveMaximum", "maximum"),
        }
    }

    /// Whether the exclusive bound `exclusive` rejects at least what the inclusive `inclusive` does.
    fn at_least_as_strict(self, exclusive: f64, inclusive: f64) -> bool {
        match self {
            Bound::Lower => exclusive >= inclusive,
            Bound::Upper => exclusive <= inclusive,
        }
    }
}

/// Constructs 3.0 cannot express at all.
fn refuse(obj: &Object, ptr: &str) -> Walk {
    if obj.contains_key("$dynamicRef") {
        return Err(PointerError::new(
            pointer_push(ptr, "$dynamicRef"),
            "`$dynamicRef` (dynamic scope resolution) cannot be expressed in OpenAPI 3.0",
        ));
    }
    if let Some(Value::Array(_)) = obj.get("items") {
        return Err(PointerError::new(
            pointer_push(ptr, "items"),
            "array-form `items` is not JSON Schema 2020-12 (use `prefixItems`)",
        ));
    }
    Ok(())
}

fn too_deep(ptr: &str) -> PointerError {
    PointerError::new(ptr, format!("nested more than {MAX_DEPTH} levels deep"))
}

fn is_extension(key: &str) -> bool {
    key.starts_with("x-")
}

/// A branch that only says "null": `type: "null"`, `const: null` or `enum: [null]`, plus annotations.
fn is_null_branch(schema: &Value) -> bool {
    const ANNOTATIONS: [&str; 10] = [
        "title",
        "description",
        "$comment",
        "deprecated",
        "readOnly",
        "writeOnly",
        "example",
        "examples",
        "default",
        "nullable",
    ];
    let Some(obj) = schema.as_object() else {
        return false;
    };
    let mut says_null = false;
    for (key, value) in obj {
        let null = match (key.as_str(), value) {
            ("type", Value::String(t)) => t == "null",
            ("type", Value::Array(types)) => matches!(types.as_slice(), [only] if only == "null"),
            ("const", Value::Null) => true,
            ("enum", Value::Array(values)) => matches!(values.as_slice(), [Value::Null]),
            _ => false,
        };
        if null {
            says_null = true;
        } else if !ANNOTATIONS.contains(&key.as_str()) && !is_extension(key) {
            return false;
        }
    }
    says_null
}

fn enum_excludes_null(obj: &Object) -> bool {
    matches!(obj.get("enum"), Some(Value::Array(values)) if !values.contains(&Value::Null))
}

/// Whether the schema may describe a string, the only instances content keywords apply to.
fn may_be_string(obj: &Object) -> bool {
    match obj.get("type") {
        None => true,
        Some(Value::String(t)) => t == "string",
        Some(Value::Array(types)) => types.iter().any(|t| t == "string"),
        Some(_) => false,
    }
}

/// Media types whose content is not text: 3.0 spells those `format: binary`.
fn is_binary_media_type(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    !(essence.starts_with("text/") || essence == "application/json" || essence.ends_with("+json"))
}

/// One schema from several alternatives: the only one, or `anyOf` of the distinct ones.
fn any_of(schemas: Vec<Value>) -> Option<Value> {
    let mut distinct: Vec<Value> = Vec::with_capacity(schemas.len());
    for schema in schemas {
        if !distinct.contains(&schema) {
            distinct.push(schema);
        }
    }
    match <[Value; 1]>::try_from(distinct) {
        Ok([only]) => Some(only),
        Err(distinct) if distinct.is_empty() => None,
        Err(distinct) => Some(json!({ "anyOf": distinct })),
    }
}

fn push_all_of(obj: &mut Object, schema: Value) {
    match obj.get_mut("allOf") {
        Some(Value::Array(all_of)) => all_of.push(schema),
        _ => {
            obj.insert("allOf".into(), Value::Array(vec![schema]));
        }
    }
}

/// "`a`, `b`": the keys beside `$ref`, for messages.
fn sibling_list(obj: &Object) -> String {
    let keys: Vec<String> = obj.keys().filter(|k| *k != "$ref").map(|k| format!("`{k}`")).collect();
    keys.join(", ")
}

/// Whether `value` is an instance of the JSON Schema type `name`.
fn has_type(value: &Value, name: &str) -> bool {
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

/// The types a `format` describes, so that it lands on the right branch.
fn format_types(format: Option<&Value>) -> &'static [&'static str] {
    match format.and_then(Value::as_str) {
        Some("int32" | "int64") => NUMERIC,
        Some("float" | "double") => &["number"],
        _ => &["string"],
    }
}

/// Several non-null types: `anyOf` one branch per type, each with the keywords of its type and
/// its `enum` values; annotations and the rest stay on the schema.
fn split_by_type(obj: &mut Object, types: &[&'static str], nullable: bool) {
    obj.shift_remove("type");
    let mut branches: Vec<Object> = types.iter().map(|t| Object::from_iter([("type".to_owned(), json!(t))])).collect();
    let keys: Vec<String> = obj.keys().cloned().collect();
    for key in keys {
        let applies_to = match key.as_str() {
            "format" => format_types(obj.get("format")),
            other => match TYPE_KEYWORDS.iter().find(|(k, _)| *k == other) {
                Some((_, kinds)) => *kinds,
                None => continue,
            },
        };
        // A keyword of none of the listed types constrains nothing: it stays where it is.
        if !types.iter().any(|t| applies_to.contains(t)) {
            continue;
        }
        let Some(value) = obj.shift_remove(&key) else {
            continue;
        };
        for (t, branch) in types.iter().zip(branches.iter_mut()) {
            if applies_to.contains(t) {
                branch.insert(key.clone(), value.clone());
            }
        }
    }
    if let Some(Value::Array(values)) = obj.get("enum") {
        let per_type: Vec<Vec<Value>> =
            types.iter().map(|t| values.iter().filter(|v| has_type(v, t)).cloned().collect()).collect();
        if per_type.iter().any(|values| !values.is_empty()) {
            obj.shift_remove("enum");
            // A type none of the values has can match nothing: its branch goes.
            branches = branches
                .into_iter()
                .zip(per_type)
                .filter(|(_, values)| !values.is_empty())
                .map(|(mut branch, values)| {
                    branch.insert("enum".into(), Value::Array(values));
                    branch
                })
                .collect();
        }
    }
    if nullable {
        obj.insert("nullable".into(), Value::Bool(true));
    }
    match <[Object; 1]>::try_from(branches) {
        Ok([only]) => obj.extend(only),
        Err(branches) => {
            if let Some(existing) = obj.shift_remove("anyOf") {
                push_all_of(obj, json!({ "anyOf": existing }));
            }
            let branches = branches.into_iter().map(Value::Object).collect();
            obj.insert("anyOf".into(), Value::Array(branches));
        }
    }
}

/// The name of the `#/components/pathItems` entry that a path item references.
fn path_item_ref(obj: &Object) -> Option<String> {
    let token = obj.get("$ref")?.as_str()?.strip_prefix(PATH_ITEMS)?;
    if token.contains('/') {
        return None; // a pointer into a path item, not to one
    }
    pointer_tokens(&format!("/{token}")).next()
}

/// A copy of the path item `name`, following references between path items; and the name of
/// the path item that the references ended at.
fn resolve_path_item(items: &Object, name: &str, ptr: &str) -> Result<(Object, String), PointerError> {
    let ref_ptr = pointer_push(ptr, "$ref");
    let mut overlays: Vec<&Object> = Vec::new();
    let mut name = name.to_owned();
    for _ in 0..MAX_DEPTH {
        let Some(Value::Object(target)) = items.get(&name) else {
            return Err(PointerError::new(ref_ptr, format!("`{PATH_ITEMS}{name}` does not exist")));
        };
        let Some(next) = path_item_ref(target) else {
            let mut copy = target.clone();
            // Fields beside a `$ref` win over the referenced path item's.
            for overlay in overlays.into_iter().rev() {
                copy.extend(overlay.iter().filter(|(k, _)| *k != "$ref").map(|(k, v)| (k.clone(), v.clone())));
            }
            return Ok((copy, name));
        };
        overlays.push(target);
        name = next;
    }
    Err(PointerError::new(ref_ptr, "cyclic references between `components.pathItems`"))
}

/// Where `$ref`s may point that 3.0 cannot resolve: `$defs` entries, anchors and `$id`s.
#[derive(Default)]
struct RefTargets {
    /// Pointer of each `$defs` entry → its `components.schemas` name, in document order.
    defs: Vec<(String, String)>,
    /// `components.schemas` names in use.
    taken: HashSet<String>,
    /// `$anchor`/`$dynamicAnchor` name → pointer of its schema (the first one wins).
    anchors: HashMap<String, String>,
    /// `$id` → pointer of its schema.
    ids: HashMap<String, String>,
}

impl RefTargets {
    fn collect(root: &mut Object) -> Result<Self, PointerError> {
        let mut targets = Self::default();
        let schemas = root.get("components").and_then(|c| c.get("schemas")).and_then(Value::as_object);
        targets.taken.extend(schemas.into_iter().flat_map(|s| s.keys().cloned()));
        walk_document(root, &mut targets)?;
        Ok(targets)
    }

    fn collect_schema(&mut self, schema: &Value, ptr: &str, depth: usize) -> Walk {
        if depth > MAX_DEPTH {
            return Err(too_deep(ptr));
        }
        let Some(obj) = schema.as_object() else {
            return Ok(());
        };
        for (key, value) in obj {
            let names = match key.as_str() {
                "$anchor" | "$dynamicAnchor" => Some(&mut self.anchors),
                "$id" => Some(&mut self.ids),
                _ => None,
            };
            if let (Some(names), Some(name)) = (names, value.as_str()) {
                names.entry(name.to_owned()).or_insert_with(|| ptr.to_owned());
            }
            let Some(slot) = Slot::of(key) else {
                continue;
            };
            let key_ptr = pointer_push(ptr, key);
            match slot {
                Slot::One | Slot::OneOrBool => self.collect_schema(value, &key_ptr, depth + 1)?,
                Slot::List | Slot::Branches(_) => {
                    for (i, child) in value.as_array().into_iter().flatten().enumerate() {
                        self.collect_schema(child, &pointer_push(&key_ptr, &i.to_string()), depth + 1)?;
                    }
                }
                Slot::Map | Slot::Defs => {
                    for (name, child) in value.as_object().into_iter().flatten() {
                        let child_ptr = pointer_push(&key_ptr, name);
                        if slot == Slot::Defs {
                            self.component_for(&child_ptr, name);
                        }
                        self.collect_schema(child, &child_ptr, depth + 1)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The `components.schemas` name of the `$defs` entry at `def_ptr`, chosen on first use.
    fn component_for(&mut self, def_ptr: &str, name: &str) -> String {
        if let Some((_, component)) = self.defs.iter().find(|(ptr, _)| ptr == def_ptr) {
            return component.clone();
        }
        // 3.0 component names are `^[a-zA-Z0-9.\-_]+$`.
        let base: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' })
            .collect();
        let base = if base.is_empty() { "Def".to_owned() } else { base };
        let mut component = base.clone();
        let mut suffix = 2;
        while self.taken.contains(&component) {
            component = format!("{base}_{suffix}");
            suffix += 1;
        }
        self.taken.insert(component.clone());
        self.defs.push((def_ptr.to_owned(), component.clone()));
        component
    }

    /// `reference` rewritten to point into the new home of the `$defs` entry it reaches.
    fn hoisted_ref(&self, reference: &str) -> Option<String> {
        let pointer = reference.strip_prefix('#')?;
        self.defs
            .iter()
            .filter_map(|(def, component)| {
                let rest = pointer.strip_prefix(def.as_str())?;
                (rest.is_empty() || rest.starts_with('/')).then_some((def.len(), component, rest))
            })
            .max_by_key(|(len, _, _)| *len) // the innermost entry, for nested `$defs`
            .map(|(_, component, rest)| format!("#{}{rest}", pointer_push("/components/schemas", component)))
    }

    /// `reference` as a JSON-pointer `$ref` when it names an anchor or a schema `$id`.
    fn pointer_ref(&self, reference: &str, ref_ptr: &str) -> Result<Option<String>, PointerError> {
        let (base, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let resource = match base {
            "" => "",
            id => match self.ids.get(id) {
                Some(ptr) => ptr.as_str(),
                None => return Ok(None), // another document: left as written
            },
        };
        if fragment.is_empty() || fragment.starts_with('/') {
            return Ok((!base.is_empty()).then(|| format!("#{resource}{fragment}")));
        }
        match self.anchors.get(fragment) {
            Some(ptr) => Ok(Some(format!("#{ptr}"))),
            None => {
                Err(PointerError::new(ref_ptr, format!("`$ref: {reference}` names an anchor that no schema declares")))
            }
        }
    }
}

impl Visit for RefTargets {
    fn schema(&mut self, schema: &mut Value, ptr: &str) -> Walk {
        self.collect_schema(schema, ptr, 0)
    }
}

// ----- the document walk -----

/// What a walk of the document does where schemas, references and operations sit.
trait Visit {
    fn schema(&mut self, schema: &mut Value, ptr: &str) -> Walk;

    /// A Reference Object where a non-schema object may be.
    fn reference(&mut self, _reference: &mut Object, _ptr: &str) {}

    fn operation(&mut self, _op: &mut Object, _ptr: &str) {}
}

fn walk_document(root: &mut Object, v: &mut impl Visit) -> Walk {
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
    for method in METHODS {
        if let Some(Value::Object(op)) = item.get_mut(method) {
            walk_operation(op, &pointer_push(ptr, method), v, depth)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../../../tests/fixtures/openapi31-constructs.yaml");

    /// (pointer, severity, rule) of a diagnostic.
    type Seen = (String, Severity, &'static str);

    fn note(pointer: &str, rule: &'static Rule) -> Seen {
        (pointer.to_owned(), Severity::Note, rule.name)
    }

    fn lossy(pointer: &str, rule: &'static Rule) -> Seen {
        (pointer.to_owned(), Severity::Lossy, rule.name)
    }

    /// A pointer under `components.schemas.S`, where [`schema`] puts its input.
    fn s(suffix: &str) -> String {
        format!("/components/schemas/S{suffix}")
    }

    /// A minimal 3.1 document with the top-level fields of `extra` added.
    fn doc(extra: Value) -> Value {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}});
        if let (Some(fields), Value::Object(extra)) = (doc.as_object_mut(), extra) {
            fields.extend(extra);
        }
        doc
    }

    /// Normalizes `doc`; returns it and the diagnostics other than the version note, after
    /// checking that each names a rule of [`RULES`].
    fn run(mut doc: Value) -> (Value, Vec<Seen>) {
        let mut diagnostics = Vec::new();
        normalize_31(&mut doc, &mut diagnostics).expect("normalizes");
        for d in &diagnostics {
            assert!(RULES.iter().any(|rule| rule.name == d.rule), "unlisted rule: {d}");
        }
        let seen = diagnostics
            .into_iter()
            .filter(|d| d.rule != "openapi-version")
            .map(|d| (d.pointer, d.severity, d.rule))
            .collect();
        (doc, seen)
    }

    fn error(mut doc: Value) -> PointerError {
        normalize_31(&mut doc, &mut Vec::new()).expect_err("refused")
    }

    /// Normalizes `schemas` as `components.schemas`.
    fn schemas(schemas: Value) -> (Value, Vec<Seen>) {
        let (doc, seen) = run(doc(json!({"components": {"schemas": schemas}})));
        (doc["components"]["schemas"].clone(), seen)
    }

    /// Normalizes `schema` as `components.schemas.S`.
    fn schema(schema: Value) -> (Value, Vec<Seen>) {
        let (schemas, seen) = schemas(json!({ "S": schema }));
        (schemas["S"].clone(), seen)
    }

    fn schema_error(schema: Value) -> PointerError {
        error(doc(json!({"components": {"schemas": {"S": schema}}})))
    }

    // ----- document level -----

    #[test]
    fn openapi_version_becomes_303() {
        let mut out = doc(json!({"openapi": "3.1.1"}));
        let mut diagnostics = Vec::new();
        normalize_31(&mut out, &mut diagnostics).expect("normalizes");
        assert_eq!(out, json!({"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}}));
        assert_eq!(diagnostics, [Diagnostic::note("/openapi", &OPENAPI_VERSION, "`openapi: \"3.1.1\"` → `3.0.3`")]);
    }

    #[test]
    fn documents_other_than_31_are_refused() {
        for version in [json!("3.0.3"), json!("3.10.0"), json!(3.1), json!(null)] {
            assert_eq!(error(doc(json!({ "openapi": version }))).pointer, "/openapi");
        }
        assert_eq!(error(json!(["openapi"])).pointer, "");
    }

    #[test]
    fn top_level_31_fields_are_removed() {
        let (out, seen) = run(json!({
            "openapi": "3.1.0",
            "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
            "info": {
                "title": "T", "summary": "S", "version": "1",
                "license": {"name": "MIT", "identifier": "MIT"},
            },
            "webhooks": {"a": {}, "b/c": {}},
        }));
        assert_eq!(
            out,
            json!({
                "openapi": "3.0.3",
                "info": {"title": "T", "version": "1", "license": {"name": "MIT"}},
                "paths": {},
            })
        );
        assert_eq!(
            seen,
            [
                lossy("/jsonSchemaDialect", &JSON_SCHEMA_DIALECT),
                lossy("/info/summary", &INFO_SUMMARY),
                lossy("/info/license/identifier", &LICENSE_IDENTIFIER),
                lossy("/webhooks/a", &WEBHOOKS),
                lossy("/webhooks/b~1c", &WEBHOOKS),
                note("/paths", &PATHS_OPTIONAL),
            ]
        );
    }

    #[test]
    fn the_oas_dialect_is_dropped_with_a_note() {
        let dialect = "https://spec.openapis.org/oas/3.1/dialect/base";
        let (out, seen) = run(doc(json!({ "jsonSchemaDialect": dialect })));
        assert_eq!(out, json!({"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}}));
        assert_eq!(seen, [note("/jsonSchemaDialect", &JSON_SCHEMA_DIALECT)]);
    }

    #[test]
    fn mutual_tls_schemes_and_their_requirements_are_removed() {
        let api_key = json!({"type": "apiKey", "in": "header", "name": "K"});
        let (out, seen) = run(doc(json!({
            "security": [{"key": [], "cert": []}],
            "paths": {"/a": {"get": {"security": [{"cert": []}], "responses": {}}}},
            "components": {"securitySchemes": {"key": api_key, "cert": {"type": "mutualTLS"}}},
        })));
        assert_eq!(out["security"], json!([{"key": []}]));
        assert_eq!(out["paths"]["/a"]["get"], json!({"security": [{}], "responses": {}}));
        assert_eq!(out["components"], json!({"securitySchemes": {"key": api_key}}));
        assert_eq!(
            seen,
            [
                lossy("/components/securitySchemes/cert", &MUTUAL_TLS),
                lossy("/security/0/cert", &MUTUAL_TLS),
                lossy("/paths/~1a/get/security/0/cert", &MUTUAL_TLS),
            ]
        );
    }

    #[test]
    fn operations_without_responses_get_an_empty_map() {
        let (out, seen) = run(doc(json!({"paths": {"/a": {"delete": {"operationId": "d"}}}})));
        assert_eq!(out["paths"], json!({"/a": {"delete": {"operationId": "d", "responses": {}}}}));
        assert_eq!(seen, [note("/paths/~1a/delete/responses", &RESPONSES_OPTIONAL)]);
    }

    #[test]
    fn path_item_references_are_inlined() {
        let (out, seen) = run(doc(json!({
            "paths": {
                "/a": {"$ref": "#/components/pathItems/Alias", "summary": "local"},
                "/b": {"post": {
                    "responses": {},
                    "callbacks": {"cb": {"{$url}": {"$ref": "#/components/pathItems/Item"}}},
                }},
            },
            "components": {"pathItems": {
                "Alias": {"$ref": "#/components/pathItems/Item", "description": "alias"},
                "Item": {"summary": "shared", "get": {"responses": {"200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"const": 1}}},
                }}}},
            }},
        })));
        let get = json!({"responses": {"200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"enum": [1]}}},
        }}});
        assert_eq!(
            out["paths"],
            json!({
                "/a": {"summary": "local", "get": get, "description": "alias"},
                "/b": {"post": {
                    "responses": {},
                    "callbacks": {"cb": {"{$url}": {"summary": "shared", "get": get}}},
                }},
            })
        );
        assert_eq!(out["components"], json!({}));
        assert_eq!(
            seen,
            [
                note("/components/pathItems/Item/get/responses/200/content/application~1json/schema/const", &CONST),
                note("/paths/~1a", &PATH_ITEMS_COMPONENT),
                note("/paths/~1b/post/callbacks/cb/{$url}", &PATH_ITEMS_COMPONENT),
                note("/components/pathItems", &PATH_ITEMS_COMPONENT),
            ]
        );
    }

    #[test]
    fn a_path_item_copy_has_its_callbacks_inlined_too() {
        let (out, seen) = run(doc(json!({
            "paths": {"/a": {"$ref": "#/components/pathItems/A"}},
            "components": {"pathItems": {
                "A": {"post": {"responses": {}, "callbacks": {"cb": {"{$url}": {"$ref": "#/components/pathItems/B"}}}}},
                "B": {"summary": "b"},
            }},
        })));
        assert_eq!(
            out["paths"],
            json!({"/a": {"post": {"responses": {}, "callbacks": {"cb": {"{$url}": {"summary": "b"}}}}}})
        );
        assert_eq!(
            seen,
            [
                note("/paths/~1a", &PATH_ITEMS_COMPONENT),
                // Named where it was written: in the path item that was copied.
                note("/components/pathItems/A/post/callbacks/cb/{$url}", &PATH_ITEMS_COMPONENT),
                note("/components/pathItems", &PATH_ITEMS_COMPONENT),
            ]
        );
    }

    #[test]
    fn missing_and_cyclic_path_items_are_refused() {
        let missing = error(doc(json!({"paths": {"/a": {"$ref": "#/components/pathItems/Nope"}}})));
        assert_eq!(missing.pointer, "/paths/~1a/$ref");
        let cyclic = error(doc(json!({
            "paths": {"/a": {"$ref": "#/components/pathItems/A"}},
            "components": {"pathItems": {
                "A": {"$ref": "#/components/pathItems/B"},
                "B": {"$ref": "#/components/pathItems/A"},
            }},
        })));
        assert_eq!(cyclic.pointer, "/paths/~1a/$ref");
        // A path item whose callback is itself: the copies would never end.
        let recursive = error(doc(json!({
            "paths": {"/a": {"$ref": "#/components/pathItems/A"}},
            "components": {"pathItems": {"A": {"post": {
                "responses": {},
                "callbacks": {"again": {"{$url}": {"$ref": "#/components/pathItems/A"}}},
            }}}},
        })));
        assert!(recursive.message.contains("nested more than"), "{recursive:?}");
    }

    #[test]
    fn reference_objects_lose_their_overrides() {
        let (out, seen) = run(doc(json!({"paths": {"/a": {"get": {
            "parameters": [{"$ref": "#/components/parameters/P", "description": "d"}],
            "responses": {"200": {"$ref": "#/components/responses/R", "summary": "s", "description": "d"}},
        }}}})));
        assert_eq!(
            out["paths"]["/a"]["get"],
            json!({
                "parameters": [{"$ref": "#/components/parameters/P"}],
                "responses": {"200": {"$ref": "#/components/responses/R"}},
            })
        );
        assert_eq!(
            seen,
            [lossy("/paths/~1a/get/parameters/0", &REF_SIBLINGS), lossy("/paths/~1a/get/responses/200", &REF_SIBLINGS),]
        );
    }

    #[test]
    fn schema_ref_siblings_keep_meaning_through_all_of() {
        let (out, seen) = schemas(json!({
            "Wrapped": {
                "description": "d",
                "$ref": "#/components/schemas/T",
                "allOf": [{"required": ["a"]}],
                "x-rust-type": "u8",
            },
            "Annotated": {"$ref": "#/components/schemas/T", "title": "t", "examples": [1]},
            "T": {"type": "object"},
        }));
        assert_eq!(
            out["Wrapped"],
            json!({
                "description": "d",
                "allOf": [{"$ref": "#/components/schemas/T"}, {"required": ["a"]}],
                "x-rust-type": "u8",
            })
        );
        assert_eq!(out["Annotated"], json!({"$ref": "#/components/schemas/T"}));
        assert_eq!(
            seen,
            [
                note("/components/schemas/Wrapped", &REF_SIBLINGS),
                note("/components/schemas/Annotated/examples", &EXAMPLES),
                lossy("/components/schemas/Annotated", &REF_SIBLINGS),
            ]
        );
    }

    #[test]
    fn anchor_and_id_references_become_pointers() {
        let (out, seen) = schemas(json!({
            "A": {
                "$id": "https://example.com/a",
                "$anchor": "top",
                "type": "object",
                "properties": {"b": {"$dynamicAnchor": "inner", "type": "string"}},
            },
            "Refs": {"type": "object", "properties": {
                "anchor": {"$ref": "#top"},
                "dynamic": {"$ref": "#inner"},
                "id": {"$ref": "https://example.com/a"},
                "idPointer": {"$ref": "https://example.com/a#/properties/b"},
                "external": {"$ref": "https://example.com/other#/x"},
            }},
        }));
        assert_eq!(out["A"], json!({"type": "object", "properties": {"b": {"type": "string"}}}));
        assert_eq!(
            out["Refs"]["properties"],
            json!({
                "anchor": {"$ref": "#/components/schemas/A"},
                "dynamic": {"$ref": "#/components/schemas/A/properties/b"},
                "id": {"$ref": "#/components/schemas/A"},
                "idPointer": {"$ref": "#/components/schemas/A/properties/b"},
                "external": {"$ref": "https://example.com/other#/x"},
            })
        );
        assert_eq!(
            seen,
            [
                lossy("/components/schemas/A/properties/b/$dynamicAnchor", &DIALECT_KEYWORD),
                lossy("/components/schemas/A/$id", &DIALECT_KEYWORD),
                lossy("/components/schemas/A/$anchor", &DIALECT_KEYWORD),
                note("/components/schemas/Refs/properties/anchor/$ref", &REF_TARGET),
                note("/components/schemas/Refs/properties/dynamic/$ref", &REF_TARGET),
                note("/components/schemas/Refs/properties/id/$ref", &REF_TARGET),
                note("/components/schemas/Refs/properties/idPointer/$ref", &REF_TARGET),
            ]
        );
    }

    #[test]
    fn a_reference_to_an_undeclared_anchor_is_refused() {
        assert_eq!(schema_error(json!({"$ref": "#nowhere"})).pointer, s("/$ref"));
    }

    // ----- schemas -----

    #[test]
    fn boolean_schemas_become_objects_but_additional_properties_keeps_its_boolean() {
        let (out, seen) = schema(json!({
            "type": "object",
            "properties": {"any": true, "none": false},
            "additionalProperties": false,
        }));
        assert_eq!(
            out,
            json!({
                "type": "object",
                "properties": {"any": {}, "none": {"not": {}}},
                "additionalProperties": false,
            })
        );
        assert_eq!(seen, [note(&s("/properties/any"), &BOOLEAN_SCHEMA), note(&s("/properties/none"), &BOOLEAN_SCHEMA)]);
    }

    #[test]
    fn defs_move_to_components_and_references_follow() {
        let (out, seen) = schemas(json!({
            "Outer": {
                "type": "object",
                "properties": {
                    "inner": {"$ref": "#/components/schemas/Outer/$defs/Inner"},
                    "deep": {"$ref": "#/components/schemas/Outer/$defs/Inner/$defs/Taken/properties/x"},
                },
                "$defs": {
                    "Inner": {"type": "object", "$defs": {"Taken": {"properties": {"x": {"type": "string"}}}}},
                    "a b": {"type": "string"},
                },
            },
            "Taken": {"type": "integer"},
        }));
        assert_eq!(
            out,
            json!({
                "Outer": {"type": "object", "properties": {
                    "inner": {"$ref": "#/components/schemas/Inner"},
                    "deep": {"$ref": "#/components/schemas/Taken_2/properties/x"},
                }},
                "Taken": {"type": "integer"},
                "Inner": {"type": "object"},
                "Taken_2": {"properties": {"x": {"type": "string"}}},
                "a_b": {"type": "string"},
            })
        );
        let names: Vec<&String> = out.as_object().map(|o| o.keys().collect()).unwrap_or_default();
        assert_eq!(names, ["Outer", "Taken", "Inner", "Taken_2", "a_b"]);
        assert_eq!(
            seen,
            [
                note("/components/schemas/Outer/properties/inner/$ref", &DEFS),
                note("/components/schemas/Outer/properties/deep/$ref", &DEFS),
                note("/components/schemas/Outer/$defs/Inner/$defs/Taken", &DEFS),
                note("/components/schemas/Outer/$defs/Inner", &DEFS),
                note("/components/schemas/Outer/$defs/a b", &DEFS),
            ]
        );
    }

    #[test]
    fn dialect_keywords_are_removed() {
        let (out, seen) = schema(json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://example.com/s",
            "$vocabulary": {},
            "$comment": "c",
            "type": "string",
        }));
        assert_eq!(out, json!({"type": "string"}));
        assert_eq!(
            seen,
            [
                lossy(&s("/$schema"), &DIALECT_KEYWORD),
                lossy(&s("/$id"), &DIALECT_KEYWORD),
                lossy(&s("/$vocabulary"), &DIALECT_KEYWORD),
                note(&s("/$comment"), &DIALECT_KEYWORD),
            ]
        );
    }

    #[test]
    fn nullable_in_a_31_document_is_kept_with_a_note() {
        let (out, seen) = schema(json!({"type": "string", "nullable": true}));
        assert_eq!(out, json!({"type": "string", "nullable": true}));
        assert_eq!(seen, [note(&s("/nullable"), &NULLABLE_IN_31)]);
    }

    #[test]
    fn a_type_and_null_become_nullable() {
        let (out, seen) = schema(json!({"type": ["integer", "null"], "format": "int64"}));
        assert_eq!(out, json!({"type": "integer", "format": "int64", "nullable": true}));
        assert_eq!(seen, [note(&s("/type"), &TYPE_ARRAY)]);
        let (out, _) = schema(json!({"type": ["string"]}));
        assert_eq!(out, json!({"type": "string"}));
    }

    #[test]
    fn several_types_split_into_one_branch_per_type() {
        let (out, seen) = schema(json!({
            "type": ["string", "integer", "array", "object", "null"],
            "title": "Mixed", "description": "d", "default": "x", "example": 1, "readOnly": true,
            "minLength": 1, "format": "email",
            "minimum": 0, "multipleOf": 2,
            "items": {"type": "string"}, "minItems": 1,
            "properties": {"a": {"type": "string"}}, "required": ["a"],
        }));
        assert_eq!(
            out,
            json!({
                "title": "Mixed", "description": "d", "default": "x", "example": 1, "readOnly": true,
                "nullable": true,
                "anyOf": [
                    {"type": "string", "minLength": 1, "format": "email"},
                    {"type": "integer", "minimum": 0, "multipleOf": 2},
                    {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
                ],
            })
        );
        assert_eq!(seen, [note(&s("/type"), &TYPE_ARRAY)]);
    }

    #[test]
    fn split_types_share_out_the_enum_values() {
        let (out, _) = schema(json!({"type": ["string", "integer", "boolean", "null"], "enum": ["a", 1, null]}));
        assert_eq!(
            out,
            json!({"nullable": true, "anyOf": [
                {"type": "string", "enum": ["a"]},
                {"type": "integer", "enum": [1]},
            ]})
        );
        // Only one type has values: no `anyOf` needed.
        let (out, _) = schema(json!({"type": ["string", "boolean"], "enum": ["a", "b"]}));
        assert_eq!(out, json!({"type": "string", "enum": ["a", "b"]}));
    }

    #[test]
    fn integer_folds_into_number_and_an_enum_without_null_stays_non_nullable() {
        let (out, seen) = schema(json!({"type": ["integer", "number", "null"], "enum": [1, 2.5]}));
        assert_eq!(out, json!({"type": "number", "enum": [1, 2.5]}));
        assert_eq!(seen, [note(&s("/type"), &TYPE_ARRAY)]);
    }

    #[test]
    fn a_split_moves_an_existing_any_of_into_all_of() {
        let (out, _) = schema(json!({"type": ["string", "number"], "anyOf": [{"minLength": 1}, {"minimum": 1}]}));
        assert_eq!(
            out,
            json!({
                "allOf": [{"anyOf": [{"minLength": 1}, {"minimum": 1}]}],
                "anyOf": [{"type": "string"}, {"type": "number"}],
            })
        );
    }

    #[test]
    fn types_that_are_not_json_schema_types_are_refused() {
        assert_eq!(schema_error(json!({"type": ["string", "file"]})).pointer, s("/type/1"));
        assert_eq!(schema_error(json!({"type": 5})).pointer, s("/type"));
    }

    #[test]
    fn the_null_type_becomes_a_nullable_enum() {
        let (out, seen) = schema(json!({"type": "null", "description": "nothing"}));
        assert_eq!(out, json!({"description": "nothing", "enum": [null], "nullable": true}));
        assert_eq!(seen, [note(&s("/type"), &NULL_TYPE)]);
        let (out, seen) = schema(json!({"type": ["null"]}));
        assert_eq!(out, json!({"enum": [null], "nullable": true}));
        assert_eq!(seen, [note(&s("/type"), &NULL_TYPE)]);
    }

    #[test]
    fn a_ref_or_null_becomes_a_nullable_all_of() {
        let (out, seen) = schema(json!({
            "description": "d",
            "oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/T"}],
        }));
        assert_eq!(out, json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/T"}], "nullable": true}));
        assert_eq!(seen, [note(&s("/oneOf/0"), &NULL_BRANCH), note(&s("/oneOf"), &NULL_BRANCH)]);
    }

    #[test]
    fn an_inline_schema_or_null_is_merged() {
        let (out, seen) = schema(json!({
            "anyOf": [{"type": "string", "maxLength": 3}, {"enum": [null], "description": "none"}],
            "description": "d",
        }));
        assert_eq!(out, json!({"description": "d", "type": "string", "maxLength": 3, "nullable": true}));
        assert_eq!(seen, [note(&s("/anyOf/1"), &NULL_BRANCH), note(&s("/anyOf"), &NULL_BRANCH)]);
    }

    #[test]
    fn null_branches_beside_conflicting_or_several_branches() {
        let (out, seen) = schema(json!({"type": "object", "anyOf": [{"type": "string"}, {"const": null}]}));
        assert_eq!(out, json!({"type": "object", "anyOf": [{"type": "string"}], "nullable": true}));
        assert_eq!(seen, [note(&s("/anyOf/1"), &NULL_BRANCH)]);

        let (out, _) = schema(json!({"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}));
        assert_eq!(out, json!({"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": true}));

        let (out, seen) = schema(json!({"anyOf": [{"type": "null"}]}));
        assert_eq!(out, json!({"enum": [null], "nullable": true}));
        assert_eq!(seen, [note(&s("/anyOf/0"), &NULL_BRANCH), note(&s("/anyOf"), &NULL_BRANCH)]);
    }

    #[test]
    fn const_becomes_a_one_value_enum() {
        let (out, seen) = schema(json!({"type": "string", "const": "x"}));
        assert_eq!(out, json!({"type": "string", "enum": ["x"]}));
        assert_eq!(seen, [note(&s("/const"), &CONST)]);
        let (out, _) = schema(json!({"const": null}));
        assert_eq!(out, json!({"enum": [null], "nullable": true}));
    }

    #[test]
    fn schema_examples_become_one_example() {
        let (out, seen) = schema(json!({"type": "integer", "examples": [3]}));
        assert_eq!(out, json!({"type": "integer", "example": 3}));
        assert_eq!(seen, [note(&s("/examples"), &EXAMPLES)]);

        let (out, seen) = schema(json!({"examples": ["a", "b", "c"]}));
        assert_eq!(out, json!({"example": "a"}));
        assert_eq!(seen, [lossy(&s("/examples"), &EXAMPLES)]);

        let (out, seen) = schema(json!({"example": "e", "examples": ["a"]}));
        assert_eq!(out, json!({"example": "e"}));
        assert_eq!(seen, [lossy(&s("/examples"), &EXAMPLES)]);

        let (out, seen) = schema(json!({"examples": {"a": {"value": 1}}}));
        assert_eq!(out, json!({}));
        assert_eq!(seen, [lossy(&s("/examples"), &EXAMPLES)]);
    }

    #[test]
    fn numeric_exclusive_bounds_become_flags() {
        let cases = [
            (json!({"exclusiveMinimum": 1.5}), json!({"minimum": 1.5, "exclusiveMinimum": true})),
            // Equal bounds: the exclusive one is stricter.
            (json!({"exclusiveMinimum": 0, "minimum": 0}), json!({"minimum": 0, "exclusiveMinimum": true})),
            (json!({"exclusiveMaximum": 10, "maximum": 5}), json!({"maximum": 5})),
            (json!({"exclusiveMaximum": 3, "maximum": 5}), json!({"maximum": 3, "exclusiveMaximum": true})),
        ];
        for (input, expected) in cases {
            let (out, seen) = schema(input);
            assert_eq!(out, expected);
            assert_eq!(seen.len(), 1);
            assert_eq!(
                seen.first().map(|(_, severity, rule)| (*severity, *rule)),
                Some((Severity::Note, "exclusive-bounds"))
            );
        }
    }

    #[test]
    fn boolean_exclusive_bounds_are_refused() {
        let refused = schema_error(json!({"minimum": 0, "exclusiveMinimum": true}));
        assert_eq!(refused.pointer, s("/exclusiveMinimum"));
        assert_eq!(schema_error(json!({"exclusiveMaximum": "5"})).pointer, s("/exclusiveMaximum"));
    }

    #[test]
    fn content_keywords_become_formats() {
        let (out, seen) =
            schema(json!({"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png"}));
        assert_eq!(out, json!({"type": "string", "format": "byte"}));
        assert_eq!(
            seen,
            [note(&s("/contentEncoding"), &CONTENT_ENCODING), lossy(&s("/contentMediaType"), &CONTENT_ENCODING)]
        );

        let (out, seen) = schema(json!({"type": "string", "contentEncoding": "base64url"}));
        assert_eq!(out, json!({"type": "string", "format": "byte"}));
        assert_eq!(seen, [lossy(&s("/contentEncoding"), &CONTENT_ENCODING)]);

        let (out, seen) = schema(json!({"type": "string", "contentEncoding": "quoted-printable"}));
        assert_eq!(out, json!({"type": "string"}));
        assert_eq!(seen, [lossy(&s("/contentEncoding"), &CONTENT_ENCODING)]);

        let (out, seen) = schema(json!({"type": "string", "contentMediaType": "application/pdf"}));
        assert_eq!(out, json!({"type": "string", "format": "binary"}));
        assert_eq!(seen, [note(&s("/contentMediaType"), &CONTENT_ENCODING)]);

        let (out, seen) = schema(json!({
            "type": "string",
            "contentMediaType": "Text/Plain; charset=utf-8",
            "contentSchema": {"type": "object"},
        }));
        assert_eq!(out, json!({"type": "string"}));
        assert_eq!(
            seen,
            [lossy(&s("/contentMediaType"), &CONTENT_ENCODING), lossy(&s("/contentSchema"), &CONTENT_ENCODING)]
        );

        let (out, _) = schema(json!({"type": "string", "format": "uri", "contentMediaType": "image/png"}));
        assert_eq!(out, json!({"type": "string", "format": "uri"}));
    }

    #[test]
    fn prefix_items_become_an_any_of_items() {
        let (out, seen) = schema(json!({
            "type": "array",
            "prefixItems": [{"type": "string"}, {"type": "string"}, {"type": "integer"}],
            "items": {"type": "boolean"},
            "minItems": 2,
        }));
        assert_eq!(
            out,
            json!({
                "type": "array",
                "minItems": 2,
                "items": {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]},
            })
        );
        assert_eq!(seen, [lossy(&s("/prefixItems"), &PREFIX_ITEMS)]);
    }

    #[test]
    fn boolean_items_become_length_limits_or_nothing() {
        let (out, seen) = schema(json!({
            "type": "array",
            "prefixItems": [{"type": "string"}],
            "items": false,
            "maxItems": 5,
        }));
        assert_eq!(out, json!({"type": "array", "maxItems": 1, "items": {"type": "string"}}));
        assert_eq!(seen, [note(&s("/items"), &ARRAY_ITEMS_BOOL), lossy(&s("/prefixItems"), &PREFIX_ITEMS)]);

        let (out, seen) = schema(json!({"type": "array", "items": false}));
        assert_eq!(out, json!({"type": "array", "maxItems": 0}));
        assert_eq!(seen, [note(&s("/items"), &ARRAY_ITEMS_BOOL)]);

        let (out, seen) = schema(json!({"type": "array", "items": true}));
        assert_eq!(out, json!({"type": "array"}));
        assert_eq!(seen, [note(&s("/items"), &ARRAY_ITEMS_BOOL)]);
    }

    #[test]
    fn keywords_without_a_30_counterpart_are_dropped() {
        let (out, seen) = schema(json!({
            "type": "object",
            "if": {"required": ["a"]},
            "then": {"required": ["b"]},
            "else": {"required": ["c"]},
            "dependentRequired": {"a": ["b"]},
            "dependentSchemas": {"a": {"required": ["c"]}},
            "propertyNames": {"maxLength": 3},
            "contains": {"type": "string"},
            "minContains": 1,
            "maxContains": 2,
        }));
        assert_eq!(out, json!({"type": "object"}));
        assert_eq!(
            seen,
            [
                lossy(&s("/if"), &CONDITIONAL),
                lossy(&s("/then"), &CONDITIONAL),
                lossy(&s("/else"), &CONDITIONAL),
                lossy(&s("/dependentRequired"), &DEPENDENT),
                lossy(&s("/dependentSchemas"), &DEPENDENT),
                lossy(&s("/propertyNames"), &PROPERTY_NAMES),
                lossy(&s("/contains"), &CONTAINS),
                lossy(&s("/minContains"), &CONTAINS),
                lossy(&s("/maxContains"), &CONTAINS),
            ]
        );
    }

    #[test]
    fn pattern_properties_become_additional_properties() {
        let (out, seen) = schema(json!({"type": "object", "patternProperties": {
            "^a": {"type": "string"},
            "^b": {"type": "integer"},
            "^c": {"type": "string"},
        }}));
        assert_eq!(
            out,
            json!({"type": "object", "additionalProperties": {"anyOf": [{"type": "string"}, {"type": "integer"}]}})
        );
        assert_eq!(seen, [lossy(&s("/patternProperties"), &PATTERN_PROPERTIES)]);

        let (out, seen) = schema(json!({
            "type": "object",
            "patternProperties": {"^a": {"type": "string"}},
            "additionalProperties": false,
        }));
        assert_eq!(out, json!({"type": "object", "additionalProperties": false}));
        assert_eq!(seen, [lossy(&s("/patternProperties"), &PATTERN_PROPERTIES)]);
    }

    #[test]
    fn unevaluated_properties_become_additional_properties() {
        let (out, seen) = schema(json!({"type": "object", "properties": {"a": {}}, "unevaluatedProperties": false}));
        assert_eq!(out, json!({"type": "object", "properties": {"a": {}}, "additionalProperties": false}));
        assert_eq!(seen, [note(&s("/unevaluatedProperties"), &UNEVALUATED)]);

        let (out, seen) = schema(json!({"allOf": [{"required": ["a"]}], "unevaluatedProperties": false}));
        assert_eq!(out, json!({"allOf": [{"required": ["a"]}], "additionalProperties": false}));
        assert_eq!(seen, [lossy(&s("/unevaluatedProperties"), &UNEVALUATED)]);

        let (out, seen) = schema(json!({"additionalProperties": true, "unevaluatedProperties": false}));
        assert_eq!(out, json!({"additionalProperties": true}));
        assert_eq!(seen, [note(&s("/unevaluatedProperties"), &UNEVALUATED)]);

        // Both: the unevaluated schema is the one for the other properties.
        let (out, seen) = schema(json!({
            "type": "object",
            "patternProperties": {"^x": {"type": "string"}},
            "unevaluatedProperties": {"type": "integer"},
        }));
        assert_eq!(out, json!({"type": "object", "additionalProperties": {"type": "integer"}}));
        assert_eq!(
            seen,
            [lossy(&s("/unevaluatedProperties"), &UNEVALUATED), lossy(&s("/patternProperties"), &PATTERN_PROPERTIES)]
        );

        let (out, seen) = schema(json!({"type": "array", "unevaluatedItems": false}));
        assert_eq!(out, json!({"type": "array"}));
        assert_eq!(seen, [lossy(&s("/unevaluatedItems"), &UNEVALUATED)]);
    }

    #[test]
    fn inexpressible_constructs_are_refused() {
        let dynamic = schema_error(json!({"properties": {"a": {"$dynamicRef": "#node"}}}));
        assert_eq!(dynamic.pointer, s("/properties/a/$dynamicRef"));
        assert_eq!(schema_error(json!({"items": [{"type": "string"}]})).pointer, s("/items"));
        assert_eq!(schema_error(json!({"$defs": []})).pointer, s("/$defs"));
    }

    #[test]
    fn nesting_is_bounded() {
        let mut deep = json!({"type": "string"});
        for _ in 0..MAX_DEPTH + 10 {
            deep = json!({ "not": deep });
        }
        assert!(schema_error(deep).message.contains("nested more than"));
    }

    #[test]
    fn malformed_documents_do_not_panic() {
        let documents = [
            doc(json!({"paths": [], "components": []})),
            doc(json!({"paths": {"/a": 5, "/b": {"get": []}, "/c": {"$ref": 5}}})),
            doc(json!({"info": "x", "webhooks": 3, "security": "x"})),
            doc(json!({"components": {"schemas": 5, "pathItems": []}})),
            doc(json!({"components": {"schemas": {
                "A": "x", "B": [1], "C": {"properties": [], "anyOf": {}, "allOf": 3, "items": null},
                "D": {"prefixItems": 3, "items": false, "maxItems": -1},
                "E": {"patternProperties": [], "examples": [], "const": {"$ref": 1}, "$ref": 7},
                "F": {"type": [], "enum": 3},
                "G": {"anyOf": [null, true, false, {"type": ["null", "null"]}]},
            }}})),
            doc(json!({"paths": {"/a": {"parameters": 1, "get": {
                "parameters": [1, {"$ref": 2}, {"schema": false, "content": 3}],
                "requestBody": [],
                "responses": {"200": {"headers": [], "content": {"a": 1, "b": {"encoding": 2}}}},
                "callbacks": {"c": 1, "d": {"e": 2}},
            }}}})),
        ];
        for mut document in documents {
            let _ = normalize_31(&mut document, &mut Vec::new());
        }
    }

    #[test]
    fn rewrite_table_names_are_unique_kebab_case() {
        let mut names = HashSet::new();
        for Rule { name, description, .. } in RULES {
            assert!(names.insert(*name), "`{name}` listed twice");
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{name}");
            assert!(description.ends_with('.'), "{name}: {description}");
        }
    }

    // ----- the fixture -----

    fn original_fixture() -> Value {
        serde_yaml::from_str(FIXTURE).expect("the fixture is YAML")
    }

    fn normalized_fixture() -> (Value, Vec<Diagnostic>) {
        let mut doc = original_fixture();
        let mut diagnostics = Vec::new();
        normalize_31(&mut doc, &mut diagnostics).expect("the fixture normalizes");
        (doc, diagnostics)
    }

    /// Keywords that only 3.1 (JSON Schema 2020-12) schemas have.
    const ONLY_31: [&str; 25] = [
        "const",
        "$defs",
        "$schema",
        "$id",
        "$anchor",
        "$dynamicAnchor",
        "$dynamicRef",
        "$vocabulary",
        "$comment",
        "prefixItems",
        "if",
        "then",
        "else",
        "dependentRequired",
        "dependentSchemas",
        "patternProperties",
        "propertyNames",
        "unevaluatedProperties",
        "unevaluatedItems",
        "contains",
        "minContains",
        "maxContains",
        "contentEncoding",
        "contentMediaType",
        "contentSchema",
    ];

    /// Collects the pointers of 3.1-only constructs anywhere in `value`, and of `$ref`s that do
    /// not resolve in `root`. Independent of the walk under test: it looks everywhere, skipping
    /// only instance data (`example`, `default`, `enum`, an Example's `value`).
    fn leftovers(root: &Value, value: &Value, ptr: &str, found: &mut Vec<String>) {
        match value {
            Value::Object(obj) => {
                for (key, child) in obj {
                    let child_ptr = pointer_push(ptr, key);
                    if is_extension(key) || matches!(key.as_str(), "example" | "default" | "enum" | "value") {
                        continue;
                    }
                    let bad = ONLY_31.contains(&key.as_str())
                        || (key == "examples" && child.is_array())
                        || (key == "type" && (!child.is_string() || child == "null"))
                        || (key.starts_with("exclusiveM") && !child.is_boolean())
                        || (matches!(key.as_str(), "items" | "not") && !child.is_object())
                        || (key == "$ref" && obj.len() > 1)
                        || (key == "$ref"
                            && child
                                .as_str()
                                .and_then(|r| r.strip_prefix('#'))
                                .and_then(|p| root.pointer(p))
                                .is_none());
                    if bad {
                        found.push(child_ptr.clone());
                    }
                    leftovers(root, child, &child_ptr, found);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    leftovers(root, item, &pointer_push(ptr, &i.to_string()), found);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn the_leftover_checker_sees_the_31_constructs_of_the_fixture() {
        let original = original_fixture();
        let mut found = Vec::new();
        leftovers(&original, &original, "", &mut found);
        for pointer in [
            "/paths/~1books/get/parameters/0/schema/type",
            "/paths/~1books/get/parameters/1/schema/exclusiveMinimum",
            "/paths/~1books/post/requestBody/content/application~1json/schema/$ref",
            "/components/schemas/Book/properties/isbn/$ref",
            "/components/schemas/Book/properties/year/examples",
            "/components/schemas/Book/properties/shelfMark/items",
            "/components/schemas/Book/$defs",
            "/components/schemas/Book/unevaluatedProperties",
        ] {
            assert!(found.iter().any(|f| f == pointer), "{pointer} not flagged in {found:#?}");
        }
    }

    #[test]
    fn fixture_keeps_no_31_construct() {
        let (doc, _) = normalized_fixture();
        let mut found = Vec::new();
        leftovers(&doc, &doc, "", &mut found);
        assert_eq!(found, Vec::<String>::new());
        assert_eq!(doc["openapi"], "3.0.3");
        for pointer in
            ["/webhooks", "/jsonSchemaDialect", "/info/summary", "/info/license/identifier", "/components/pathItems"]
        {
            assert_eq!(doc.pointer(pointer), None, "{pointer}");
        }
    }

    #[test]
    fn fixture_reads_as_openapi_30() {
        let (doc, _) = normalized_fixture();
        let api: openapiv3::OpenAPI = serde_json::from_value(doc).expect("openapiv3 reads the result");
        let operations: Vec<Option<&str>> = api.operations().map(|(_, _, op)| op.operation_id.as_deref()).collect();
        assert_eq!(operations, [Some("listBooks"), Some("addBook"), Some("getBook"), Some("uploadCover")]);
        let schemas = api.components.map(|c| c.schemas.into_keys().collect::<Vec<_>>()).unwrap_or_default();
        assert_eq!(schemas, ["Book", "Edition", "Copy", "Loan", "Member", "AnyValue", "Problem", "Isbn", "Series"]);
    }

    #[test]
    fn fixture_fires_every_rule_and_only_listed_ones() {
        let (_, diagnostics) = normalized_fixture();
        for d in &diagnostics {
            let listed = RULES.iter().find(|rule| rule.name == d.rule);
            assert!(listed.is_some_and(|rule| d.severity <= rule.severity), "{d} is not in RULES as such");
        }
        let silent: Vec<&str> =
            RULES.iter().map(|rule| rule.name).filter(|rule| !diagnostics.iter().any(|d| d.rule == *rule)).collect();
        // A document with operations has `paths`; that rule has its own test above.
        assert_eq!(silent, ["paths-optional"]);
    }

    #[test]
    fn fixture_diagnostics_point_into_the_original_document() {
        let original = original_fixture();
        let (_, diagnostics) = normalized_fixture();
        for d in &diagnostics {
            // An added field (`responses`) is named by where it goes, below a place that exists.
            let parent = d.pointer.rsplit_once('/').map_or("", |(parent, _)| parent);
            let exists = original.pointer(&d.pointer).is_some()
                || (d.rule == "responses-optional" && original.pointer(parent).is_some());
            assert!(exists, "{d}");
        }
    }

    #[test]
    fn fixture_rewrites_land_where_expected() {
        let (doc, _) = normalized_fixture();
        let book = &doc["components"]["schemas"]["Book"];
        assert_eq!(
            book["properties"]["identifier"],
            json!({
                "description": "ISBN-10, ISBN-13 or the library's own number.",
                "anyOf": [{"type": "string", "minLength": 10}, {"type": "integer", "minimum": 1}],
            })
        );
        assert_eq!(
            book["properties"]["edition"],
            json!({"allOf": [{"$ref": "#/components/schemas/Edition"}], "nullable": true})
        );
        assert_eq!(book["properties"]["isbn"], json!({"$ref": "#/components/schemas/Isbn"}));
        assert_eq!(book["properties"]["series"], json!({"$ref": "#/components/schemas/Series"}));
        assert_eq!(book["additionalProperties"], json!(false));
        assert_eq!(doc["components"]["schemas"]["Isbn"], json!({"type": "string", "pattern": "^[0-9-]{10,17}$"}));
        let list = &doc["paths"]["/books"]["get"];
        assert_eq!(
            list["parameters"][1]["schema"],
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true, "maximum": 100})
        );
        // A media type's `examples` is a map of Example Objects in 3.0 too: untouched.
        assert_eq!(
            list["responses"]["200"]["content"]["application/json"]["examples"],
            json!({"empty": {"summary": "No book matches.", "value": []}})
        );
        let by_isbn = &doc["paths"]["/books/{isbn}"];
        assert_eq!(by_isbn["summary"], "One book.");
        assert_eq!(by_isbn["parameters"][0]["schema"], json!({"$ref": "#/components/schemas/Isbn"}));
        assert_eq!(doc["security"], json!([{"apiKey": []}, {}]));
    }

    #[test]
    fn normalizing_is_deterministic() {
        let (first, first_diagnostics) = normalized_fixture();
        let (second, second_diagnostics) = normalized_fixture();
        assert_eq!(first.to_string(), second.to_string());
        assert_eq!(first_diagnostics, second_diagnostics);
    }
}
