//! Rewrites of one schema, bottom-up: its subschemas first, then its own keywords, then the
//! rewrites that restructure it (`null` branches, `type` arrays, `$ref` siblings).

use serde_json::{Value, json};

use super::*;
use crate::document::has_json_type;
use crate::document::walk::{MAX_DEPTH, is_extension, too_deep};

impl Normalizer<'_> {
    // ----- schemas -----

    pub(super) fn rewrite_schema(&mut self, schema: &mut Value, ptr: &str, depth: usize) -> Walk {
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
        // Rewrites of a `$ref` made from a `$dynamicRef` point at what the spec wrote.
        let written = if self.dynamic_ref(obj, ptr)? { "$dynamicRef" } else { "$ref" };
        self.ref_target(obj, ptr, written)?;
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

    /// `$dynamicRef` becomes a `$ref` to where its anchor is declared: what it resolves to when
    /// no schema up the dynamic scope declares the anchor again. (`ref_target` then turns the
    /// anchor into a pointer; an anchor no schema declares is an error there.)
    pub(super) fn dynamic_ref(&mut self, obj: &mut Object, ptr: &str) -> Result<bool, PointerError> {
        let Some(target) = obj.shift_remove("$dynamicRef") else { return Ok(false) };
        let at = pointer_push(ptr, "$dynamicRef");
        let Value::String(reference) = target else {
            return Err(PointerError::invalid(at, "`$dynamicRef` must be a string"));
        };
        if obj.contains_key("$ref") {
            return Err(PointerError::unsupported(
                at,
                "`$dynamicRef` beside `$ref` cannot be expressed in OpenAPI 3.0",
            ));
        }
        let anchored =
            reference.split_once('#').is_some_and(|(_, fragment)| !fragment.is_empty() && !fragment.starts_with('/'));
        let message = format!("`$dynamicRef: {reference}` → `$ref` to where the anchor is declared");
        obj.insert("$ref".into(), Value::String(reference));
        if anchored {
            self.lossy(at, &DYNAMIC_REF, format!("{message} (overrides in the dynamic scope are not kept)"));
        } else {
            self.note(at, &DYNAMIC_REF, message);
        }
        Ok(true)
    }

    /// Rewrites `$ref`s to anchors, `$id`s and `$defs` entries into pointers that 3.0 resolves.
    pub(super) fn ref_target(&mut self, obj: &mut Object, ptr: &str, written: &str) -> Walk {
        let Some(Value::String(reference)) = obj.get("$ref") else {
            return Ok(());
        };
        let ref_ptr = pointer_push(ptr, written);
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
    pub(super) fn subschemas(
        &mut self,
        obj: &mut Object,
        ptr: &str,
        depth: usize,
    ) -> Result<Vec<&'static str>, PointerError> {
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
    pub(super) fn branches(
        &mut self,
        obj: &mut Object,
        key: &str,
        ptr: &str,
        depth: usize,
    ) -> Result<bool, PointerError> {
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

    pub(super) fn hoist_defs(&mut self, obj: &mut Object, ptr: &str, depth: usize) -> Walk {
        let Some(defs) = obj.shift_remove("$defs") else {
            return Ok(());
        };
        let Value::Object(defs) = defs else {
            return Err(PointerError::invalid(ptr, "`$defs` must be an object"));
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
    pub(super) fn keywords(&mut self, obj: &mut Object, ptr: &str) -> Walk {
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

    pub(super) fn dialect_keywords(&mut self, obj: &mut Object, ptr: &str) {
        // Identifiers and anchors were resolved into pointers before this walk: removing them
        // changes nothing. A dialect other than 3.1's own, or a vocabulary, may mean another
        // reading of the keywords than the one the engine gives them.
        const DEFAULT_DIALECTS: [&str; 2] =
            ["https://spec.openapis.org/oas/3.1/dialect/base", "https://json-schema.org/draft/2020-12/schema"];
        for keyword in ["$schema", "$id", "$anchor", "$dynamicAnchor", "$vocabulary"] {
            let Some(value) = obj.shift_remove(keyword) else { continue };
            let message = format!("`{keyword}: {value}` removed: 3.0 schemas have no such keyword");
            let default_dialect = value.as_str().is_some_and(|dialect| DEFAULT_DIALECTS.contains(&dialect));
            match keyword {
                "$vocabulary" => self.lossy(pointer_push(ptr, keyword), &DIALECT_KEYWORD, message),
                "$schema" if !default_dialect => self.lossy(pointer_push(ptr, keyword), &DIALECT_KEYWORD, message),
                _ => self.note(pointer_push(ptr, keyword), &DIALECT_KEYWORD, message),
            }
        }
        if obj.shift_remove("$comment").is_some() {
            self.note(pointer_push(ptr, "$comment"), &DIALECT_KEYWORD, "`$comment` removed");
        }
    }

    pub(super) fn exclusive_bound(&mut self, obj: &mut Object, ptr: &str, bound: Bound) -> Walk {
        let (exclusive, inclusive) = bound.keywords();
        let Some(value) = obj.get(exclusive) else {
            return Ok(());
        };
        let key_ptr = pointer_push(ptr, exclusive);
        let limit = match value {
            Value::Number(limit) => limit.clone(),
            // 3.0 syntax in a 3.1 document: common in published specs, and its meaning is plain.
            &Value::Bool(flag) => {
                let message = if flag && obj.contains_key(inclusive) {
                    format!("`{exclusive}: true` is 3.0 syntax: read as 3.0 (`{inclusive}` is exclusive)")
                } else {
                    obj.shift_remove(exclusive);
                    format!("`{exclusive}: {flag}` is 3.0 syntax and bounds nothing here: dropped")
                };
                self.lossy(key_ptr, &EXCLUSIVE_FLAG, message);
                return Ok(());
            }
            _ => return Err(PointerError::invalid(key_ptr, format!("`{exclusive}` must be a number"))),
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

    pub(super) fn constant(&mut self, obj: &mut Object, ptr: &str) {
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

    /// Examples are documentation: no generated code carries them, so each rewrite is a note.
    pub(super) fn examples(&mut self, obj: &mut Object, ptr: &str) {
        let Some(examples) = obj.shift_remove("examples") else {
            return;
        };
        let key_ptr = pointer_push(ptr, "examples");
        let Value::Array(examples) = examples else {
            self.note(key_ptr, &EXAMPLES, "`examples` is not an array; removed");
            return;
        };
        let count = examples.len();
        match examples.into_iter().next() {
            None => self.note(key_ptr, &EXAMPLES, "empty `examples` removed"),
            Some(_) if obj.contains_key("example") => self.note(
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
                    self.note(key_ptr, &EXAMPLES, format!("first of `examples` → `example`; {dropped} more dropped"));
                }
            }
        }
    }

    pub(super) fn content(&mut self, obj: &mut Object, ptr: &str) {
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

    pub(super) fn unevaluated_properties(&mut self, obj: &mut Object, ptr: &str) {
        let Some(schema) = obj.shift_remove("unevaluatedProperties") else {
            return;
        };
        let key_ptr = pointer_push(ptr, "unevaluatedProperties");
        if obj.contains_key("additionalProperties") {
            // `additionalProperties` already evaluates every property, so this never applied.
            self.note(key_ptr, &UNEVALUATED, "`unevaluatedProperties` removed: `additionalProperties` covers it");
            return;
        }
        const APPLICATORS: [&str; 8] = ["allOf", "anyOf", "oneOf", "$ref", "if", "then", "else", "dependentSchemas"];
        let applicators: Vec<&str> = APPLICATORS.into_iter().filter(|k| obj.contains_key(*k)).collect();
        if !declares_other_properties(obj, &applicators) {
            obj.insert("additionalProperties".into(), schema);
            if obj.contains_key("patternProperties") {
                let message = "`unevaluatedProperties` → `additionalProperties`: properties matching `patternProperties` now count as additional";
                self.lossy(key_ptr, &UNEVALUATED, message);
            } else {
                self.note(key_ptr, &UNEVALUATED, "`unevaluatedProperties` → `additionalProperties`");
            }
            return;
        }
        // 3.0's `additionalProperties` sees sibling `properties` only: beside applicators it would
        // refuse the properties they declare, and a type no value fits is worse than an open one.
        if let Some(key) = closable_branches(obj, &applicators) {
            if let Some(Value::Array(branches)) = obj.get_mut(key) {
                for branch in branches.iter_mut().filter_map(Value::as_object_mut) {
                    branch.insert("additionalProperties".into(), schema.clone());
                }
            }
            self.lossy(
                key_ptr,
                &UNEVALUATED,
                format!(
                    "`unevaluatedProperties` → `additionalProperties` in each `{key}` branch: a value that fits several branches can no longer mix their properties"
                ),
            );
        } else {
            self.lossy(
                key_ptr,
                &UNEVALUATED,
                format!(
                    "`unevaluatedProperties` removed: 3.0 cannot tell the properties declared through {} from others, so others are allowed",
                    applicators.join(", ")
                ),
            );
        }
    }

    pub(super) fn pattern_properties(&mut self, obj: &mut Object, ptr: &str) {
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

    pub(super) fn items_bool(&mut self, obj: &mut Object, ptr: &str) {
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

    pub(super) fn prefix_items(&mut self, obj: &mut Object, ptr: &str) {
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
    pub(super) fn collapse_null_branches(&mut self, obj: &mut Object, ptr: &str, key: &'static str) {
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

    pub(super) fn lone_branch(&mut self, obj: &mut Object, key_ptr: &str, key: &str, branch: Value) {
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

    pub(super) fn type_keyword(&mut self, obj: &mut Object, ptr: &str) -> Walk {
        let type_ptr = pointer_push(ptr, "type");
        let list = match obj.get("type") {
            Some(Value::String(name)) if name == "null" => {
                self.null_type(obj, &type_ptr);
                return Ok(());
            }
            Some(Value::Array(list)) => list,
            Some(Value::String(_)) | None => return Ok(()),
            Some(_) => return Err(PointerError::invalid(type_ptr, "`type` must be a string or an array of strings")),
        };
        let mut types: Vec<&'static str> = Vec::new();
        for (i, name) in list.iter().enumerate() {
            let known = JSON_TYPES.iter().find(|t| name.as_str() == Some(**t));
            let Some(&known) = known else {
                let at = pointer_push(&type_ptr, &i.to_string());
                return Err(PointerError::invalid(at, format!("{name} is not a JSON Schema type")));
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
            [_, _, ..] if obj.contains_key("oneOf") => {
                self.types_beside_branches(obj, &types, nullable, &type_ptr, &written)
            }
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

    /// Several types beside `oneOf`: the branches already say which types they take, and the
    /// `anyOf` a split would add cannot sit beside `oneOf` (typify refuses both at once).
    fn types_beside_branches(
        &mut self,
        obj: &mut Object,
        types: &[&'static str],
        nullable: bool,
        type_ptr: &str,
        written: &Value,
    ) {
        obj.shift_remove("type");
        if nullable {
            obj.insert("nullable".into(), Value::Bool(true));
        }
        let branches = obj.get("oneOf").and_then(Value::as_array).into_iter().flatten();
        // Exact when every branch is a reference or has one of the listed types.
        let exact = branches.clone().all(|branch| {
            branch.get("$ref").is_some()
                || branch
                    .get("type")
                    .and_then(Value::as_str)
                    .is_some_and(|t| types.contains(&t) || (t == "integer" && types.contains(&"number")))
        });
        let message = format!("`type: {written}` beside branches dropped: each branch has its own type");
        if exact {
            self.note(type_ptr, &TYPE_BESIDE_BRANCHES, message);
        } else {
            self.lossy(type_ptr, &TYPE_BESIDE_BRANCHES, format!("{message} (a branch of another type is now allowed)"));
        }
    }

    pub(super) fn null_type(&mut self, obj: &mut Object, type_ptr: &str) {
        obj.shift_remove("type");
        obj.insert("enum".into(), json!([null]));
        obj.insert("nullable".into(), Value::Bool(true));
        self.note(type_ptr, &NULL_TYPE, "`type: \"null\"` → `enum: [null], nullable: true`");
    }

    /// 3.0 ignores everything beside a `$ref`: keeps what matters by moving the `$ref` into `allOf`.
    pub(super) fn schema_ref_siblings(&mut self, obj: &mut Object, ptr: &str) {
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

/// 2020-12 keywords with no 3.0 counterpart: (keyword, rule, why it cannot be kept).
pub(super) const DROPPED: [(&str, &Rule, &str); 10] = [
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

pub(super) const JSON_TYPES: [&str; 7] = ["null", "boolean", "object", "array", "number", "string", "integer"];

pub(super) const NUMERIC: &[&str] = &["number", "integer"];

/// Keywords that constrain one kind of instance: on a split `type` they go to that branch.
pub(super) const TYPE_KEYWORDS: [(&str, &[&str]); 17] = [
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

/// Where a schema keyword holds subschemas, and in what shape.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
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
    pub(super) fn of(key: &str) -> Option<Slot> {
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
pub(super) enum Bound {
    Lower,
    Upper,
}

impl Bound {
    /// (exclusive keyword, inclusive keyword).
    pub(super) fn keywords(self) -> (&'static str, &'static str) {
        match self {
            Bound::Lower => ("exclusiveMinimum", "minimum"),
            Bound::Upper => ("exclusiveMaximum", "maximum"),
        }
    }

    /// Whether the exclusive bound `exclusive` rejects at least what the inclusive `inclusive` does.
    pub(super) fn at_least_as_strict(self, exclusive: f64, inclusive: f64) -> bool {
        match self {
            Bound::Lower => exclusive >= inclusive,
            Bound::Upper => exclusive <= inclusive,
        }
    }
}

/// Constructs 3.0 cannot express at all.
pub(super) fn refuse(obj: &Object, ptr: &str) -> Walk {
    if let Some(Value::Array(_)) = obj.get("items") {
        return Err(PointerError::invalid(
            pointer_push(ptr, "items"),
            "array-form `items` is not JSON Schema 2020-12 (use `prefixItems`)",
        ));
    }
    Ok(())
}

/// A branch that only says "null": `type: "null"`, `const: null` or `enum: [null]`, plus annotations.
/// Whether the subschemas under `applicators` may declare a property the schema's own
/// `properties` do not: a `$ref` may declare anything.
fn declares_other_properties(obj: &Object, applicators: &[&str]) -> bool {
    let own = obj.get("properties").and_then(Value::as_object);
    let is_own = |name: &str| own.is_some_and(|own| own.contains_key(name));
    let mut pending: Vec<(&Value, usize)> = Vec::new();
    for key in applicators {
        match (*key, obj.get(*key)) {
            ("$ref", _) => return true,
            ("dependentSchemas", Some(Value::Object(schemas))) => pending.extend(schemas.values().map(|s| (s, 0))),
            (_, Some(Value::Array(branches))) => pending.extend(branches.iter().map(|s| (s, 0))),
            (_, Some(schema)) => pending.push((schema, 0)),
            (_, None) => {}
        }
    }
    while let Some((schema, depth)) = pending.pop() {
        let Some(schema) = schema.as_object() else { continue };
        if depth > crate::document::walk::MAX_DEPTH || schema.contains_key("$ref") {
            return true;
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        if properties.into_iter().flatten().any(|(name, _)| !is_own(name)) {
            return true;
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            let branches = schema.get(key).and_then(Value::as_array).into_iter().flatten();
            pending.extend(branches.map(|branch| (branch, depth + 1)));
        }
        for key in ["if", "then", "else"] {
            pending.extend(schema.get(key).map(|branch| (branch, depth + 1)));
        }
    }
    false
}

/// The `anyOf`/`oneOf` whose branches can each take `unevaluatedProperties` as their own
/// `additionalProperties`: the schema has no other applicator and no properties of its own, and
/// every branch is inline, declares its properties and has no applicator or closure of its own.
fn closable_branches(obj: &Object, applicators: &[&str]) -> Option<&'static str> {
    let key = match applicators {
        ["anyOf"] => "anyOf",
        ["oneOf"] => "oneOf",
        _ => return None,
    };
    if obj.contains_key("properties") {
        return None;
    }
    let branches = obj.get(key)?.as_array()?;
    let closable = |branch: &Value| {
        branch.as_object().is_some_and(|branch| {
            branch.contains_key("properties")
                && !["$ref", "allOf", "anyOf", "oneOf", "not", "additionalProperties"]
                    .iter()
                    .any(|k| branch.contains_key(*k))
        })
    };
    (!branches.is_empty() && branches.iter().all(closable)).then_some(key)
}

pub(super) fn is_null_branch(schema: &Value) -> bool {
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

pub(super) fn enum_excludes_null(obj: &Object) -> bool {
    matches!(obj.get("enum"), Some(Value::Array(values)) if !values.contains(&Value::Null))
}

/// Whether the schema may describe a string, the only instances content keywords apply to.
pub(super) fn may_be_string(obj: &Object) -> bool {
    match obj.get("type") {
        None => true,
        Some(Value::String(t)) => t == "string",
        Some(Value::Array(types)) => types.iter().any(|t| t == "string"),
        Some(_) => false,
    }
}

/// Media types whose content is not text: 3.0 spells those `format: binary`.
pub(super) fn is_binary_media_type(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    !(essence.starts_with("text/") || essence == "application/json" || essence.ends_with("+json"))
}

/// One schema from several alternatives: the only one, or `anyOf` of the distinct ones.
pub(super) fn any_of(schemas: Vec<Value>) -> Option<Value> {
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

pub(super) fn push_all_of(obj: &mut Object, schema: Value) {
    match obj.get_mut("allOf") {
        Some(Value::Array(all_of)) => all_of.push(schema),
        _ => {
            obj.insert("allOf".into(), Value::Array(vec![schema]));
        }
    }
}

/// "`a`, `b`": the keys beside `$ref`, for messages.
pub(super) fn sibling_list(obj: &Object) -> String {
    let keys: Vec<String> = obj.keys().filter(|k| *k != "$ref").map(|k| format!("`{k}`")).collect();
    keys.join(", ")
}

/// The types a `format` describes, so that it lands on the right branch.
pub(super) fn format_types(format: Option<&Value>) -> &'static [&'static str] {
    match format.and_then(Value::as_str) {
        Some("int32" | "int64") => NUMERIC,
        Some("float" | "double") => &["number"],
        _ => &["string"],
    }
}

/// Several non-null types: `anyOf` one branch per type, each with the keywords of its type and
/// its `enum` values; annotations and the rest stay on the schema.
pub(super) fn split_by_type(obj: &mut Object, types: &[&'static str], nullable: bool) {
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
            types.iter().map(|t| values.iter().filter(|v| has_json_type(v, t)).cloned().collect()).collect();
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
