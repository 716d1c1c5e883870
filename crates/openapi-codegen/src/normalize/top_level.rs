//! Rewrites of the document outside schemas: the version, top-level 3.1 fields, `mutualTLS`
//! schemes, `$defs` brought into components, and `components.pathItems` inlined.

use serde_json::{Value, json};

use super::*;
use crate::diagnostic::ErrorKind;
use crate::document::walk::{MAX_DEPTH, is_extension, too_deep};
use crate::document::{Method, pointer_tokens};

pub(super) const PATH_ITEMS: &str = "#/components/pathItems/";

impl Normalizer<'_> {
    // ----- document level -----

    pub(super) fn top_level(&mut self, root: &mut Object) -> Walk {
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

    pub(super) fn version(&mut self, root: &mut Object) -> Walk {
        let found = root.get("openapi").cloned().unwrap_or(Value::Null);
        let is_31 = found.as_str().is_some_and(|v| v == "3.1" || v.starts_with("3.1."));
        if !is_31 {
            return Err(PointerError::new(
                ErrorKind::NotOpenApi,
                "/openapi",
                format!("expected an OpenAPI 3.1.x document, found `openapi: {found}`"),
            ));
        }
        root.insert("openapi".into(), json!("3.0.3"));
        self.note("/openapi", &OPENAPI_VERSION, format!("`openapi: {found}` → `3.0.3`"));
        Ok(())
    }

    pub(super) fn dialect(&mut self, root: &mut Object) {
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

    pub(super) fn info(&mut self, root: &mut Object) {
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
            // No generated code carries the spec's license: nothing is lost in the crates.
            self.note(
                "/info/license/identifier",
                &LICENSE_IDENTIFIER,
                format!("license identifier {id} removed: 3.0 licenses have only `name` and `url`"),
            );
        }
    }

    pub(super) fn webhooks(&mut self, root: &mut Object) {
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

    pub(super) fn mutual_tls(&mut self, root: &mut Object) {
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
    pub(super) fn security_requirements(&mut self, parent: &mut Object, ptr: &str) {
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

    pub(super) fn insert_hoisted(&mut self, root: &mut Object) -> Walk {
        if self.hoisted.is_empty() {
            return Ok(());
        }
        let components = root.entry("components").or_insert_with(|| json!({}));
        let Some(components) = components.as_object_mut() else {
            return Err(PointerError::invalid("/components", "`components` must be an object"));
        };
        let schemas = components.entry("schemas").or_insert_with(|| json!({}));
        let Some(schemas) = schemas.as_object_mut() else {
            return Err(PointerError::invalid("/components/schemas", "`schemas` must be an object"));
        };
        for (name, schema) in self.hoisted.drain(..) {
            schemas.insert(name, schema);
        }
        Ok(())
    }

    // ----- components.pathItems -----

    pub(super) fn inline_path_items(&mut self, root: &mut Object) -> Walk {
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

    pub(super) fn inline_path_item(&mut self, item: &mut Value, ptr: &str, items: &Object, depth: usize) -> Walk {
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
        for method in Method::ALL {
            let callbacks = item.get_mut(method.as_str()).and_then(|op| op.get_mut("callbacks"));
            let Some(Value::Object(callbacks)) = callbacks else {
                continue;
            };
            let base = crate::document::pointer_join(&origin, [method.as_str(), "callbacks"]);
            for (name, callback) in callbacks.iter_mut() {
                self.inline_callback(callback, &pointer_push(&base, name), items, depth + 1)?;
            }
        }
        Ok(())
    }

    pub(super) fn inline_callback(&mut self, callback: &mut Value, ptr: &str, items: &Object, depth: usize) -> Walk {
        let Some(callback) = callback.as_object_mut() else {
            return Ok(());
        };
        for (expression, item) in callback.iter_mut().filter(|(key, _)| !is_extension(key)) {
            self.inline_path_item(item, &pointer_push(ptr, expression), items, depth + 1)?;
        }
        Ok(())
    }
}

/// The name of the `#/components/pathItems` entry that a path item references.
pub(super) fn path_item_ref(obj: &Object) -> Option<String> {
    let token = obj.get("$ref")?.as_str()?.strip_prefix(PATH_ITEMS)?;
    if token.contains('/') {
        return None; // a pointer into a path item, not to one
    }
    pointer_tokens(&format!("/{token}")).next()
}

/// A copy of the path item `name`, following references between path items; and the name of
/// the path item that the references ended at.
pub(super) fn resolve_path_item(items: &Object, name: &str, ptr: &str) -> Result<(Object, String), PointerError> {
    let ref_ptr = pointer_push(ptr, "$ref");
    let mut overlays: Vec<&Object> = Vec::new();
    let mut name = name.to_owned();
    for _ in 0..MAX_DEPTH {
        let Some(Value::Object(target)) = items.get(&name) else {
            return Err(PointerError::reference(ref_ptr, format!("`{PATH_ITEMS}{name}` does not exist")));
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
    Err(PointerError::reference(ref_ptr, "cyclic references between `components.pathItems`"))
}
