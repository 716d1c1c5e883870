//! Where 3.1 `$ref`s may point that 3.0 cannot resolve: `$defs` entries, anchors and `$id`s,
//! collected before the rewrite so a reference may precede its target.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::schema::Slot;
use crate::diagnostic::PointerError;
use crate::document::pointer_push;
use crate::document::walk::{MAX_DEPTH, Object, Visit, Walk, too_deep, walk_document};

/// Where `$ref`s may point that 3.0 cannot resolve: `$defs` entries, anchors and `$id`s.
#[derive(Default)]
pub(super) struct RefTargets {
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
    pub(super) fn collect(root: &mut Object) -> Result<Self, PointerError> {
        let mut targets = Self::default();
        let schemas = root.get("components").and_then(|c| c.get("schemas")).and_then(Value::as_object);
        targets.taken.extend(schemas.into_iter().flat_map(|s| s.keys().cloned()));
        walk_document(root, &mut targets)?;
        Ok(targets)
    }

    pub(super) fn collect_schema(&mut self, schema: &Value, ptr: &str, depth: usize) -> Walk {
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
    pub(super) fn component_for(&mut self, def_ptr: &str, name: &str) -> String {
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
    pub(super) fn hoisted_ref(&self, reference: &str) -> Option<String> {
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
    pub(super) fn pointer_ref(&self, reference: &str, ref_ptr: &str) -> Result<Option<String>, PointerError> {
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
            None => Err(PointerError::reference(
                ref_ptr,
                format!("`$ref: {reference}` names an anchor that no schema declares"),
            )),
        }
    }
}

impl Visit for RefTargets {
    fn schema(&mut self, schema: &mut Value, ptr: &str) -> Walk {
        self.collect_schema(schema, ptr, 0)
    }
}
