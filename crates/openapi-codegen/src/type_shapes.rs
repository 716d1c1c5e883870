//! Schema shapes the type generator (typify, inside progenitor) panics on, refuses, or reads
//! wrongly, rewritten into shapes it reads right. Runs on every document, 3.0 and 3.1 alike,
//! once it is in 3.0 form and before `prepare` names operation types, so the types crate, the
//! client and the server all see the same schemas. Each rewrite is exact unless its rule says
//! it is lossy, and then it is reported as such.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use crate::diagnostic::{Diagnostic, PointerError, Rule, Severity};
use crate::document::walk::{MAX_DEPTH, Object, Visit, Walk, subschemas_30, too_deep, walk_document};
use crate::document::{component_ref, has_json_type, pointer_join, pointer_push};
use crate::naming::{Case, sanitize};

pub const INTEGER_BOUNDS: Rule = Rule {
    name: "integer-bounds",
    severity: Severity::Note,
    description: "An integer's `minimum`/`maximum` that is fractional or beyond 64 bits becomes the nearest integer bound inside them (exact for integers).",
};
pub const ENUM_VALUE_TYPE: Rule = Rule {
    name: "enum-value-type",
    severity: Severity::Lossy,
    description: "`enum` values of another type than the schema's: numbers and booleans in a string enum become their text (lossy: `4` was never a valid string, `\"4\"` is now); other mismatches can never validate and are dropped.",
};
pub const ENUM_NAMES: Rule = Rule {
    name: "enum-names",
    severity: Severity::Lossy,
    description: "A string enum whose values give the same Rust variant name (`+2`/`-2`, `Etc/GMT+0`/`Etc/GMT-0`) becomes a plain string: every value keeps its exact wire form, but values are no longer checked (lossy).",
};
pub const FIELD_NAMES: Rule = Rule {
    name: "field-names",
    severity: Severity::Lossy,
    description: "Properties whose Rust field names collide (`fooBar`, `foo_bar`): the later one is kept in the type's map of other properties, untyped (lossy); a required name that is not a property and has the field name of one is no longer required (lossy).",
};
pub const MIXED_ENUM: Rule = Rule {
    name: "mixed-enum",
    severity: Severity::Note,
    description: "An `enum` without `type` whose values are of several JSON types becomes a `oneOf` with one branch per type, each with its values.",
};
pub const ENUM_BESIDE_ALL_OF: Rule = Rule {
    name: "enum-beside-all-of",
    severity: Severity::Lossy,
    description: "An `enum` beside `allOf` keeps the enum and drops the `allOf` (its `type` is kept): the enum lists every valid value already; lossy when a part narrowed them further.",
};
pub const STRUCTURE_FORMAT: Rule = Rule {
    name: "structure-format",
    severity: Severity::Note,
    description: "`format` on an object, array or boolean schema, or on a schema without `type` or any other keyword, is dropped: formats annotate strings and numbers only.",
};
pub const OTHER_TYPES_KEYWORDS: Rule = Rule {
    name: "other-types-keywords",
    severity: Severity::Note,
    description: "Validation keywords of another type than the schema's own (`uniqueItems` on an object, `maxLength` on an integer) are dropped, as is `uniqueItems: false`: they constrain nothing, and the type generator refuses the mix. A schema without `type` that has keywords of several types (`minimum` beside `pattern`) is typed by its `format` (`double`: a number) first, and one with `items` beside `properties` is an object, lossy: values of the other types were valid.",
};
pub const DEFAULT_OUTSIDE_SCHEMA: Rule = Rule {
    name: "default-outside-schema",
    severity: Severity::Lossy,
    description: "A `default` its own schema refuses (not in the `enum`, of another type, null where null is not allowed, an object without a required property or with one its closed schema does not declare), or that the type generator cannot check (a non-object beside `anyOf`), is dropped (lossy: the default is no longer generated).",
};
pub const NULLABLE_COMPONENT: Rule = Rule {
    name: "nullable-component",
    severity: Severity::Note,
    description: "A nullable component schema (or an enum listing null) that is a type of its own moves to `<name>-value`; the component becomes `nullable` + `allOf` of it, so the Rust `Option` wraps a type with a name of its own. An `allOf` part referring to it beside a part that refuses null refers to `<name>-value`: null cannot pass the other part. Below the components, such a schema loses its `title`, which would name both.",
};
pub const PRESENCE_BRANCHES: Rule = Rule {
    name: "presence-branches",
    severity: Severity::Lossy,
    description: "`oneOf`/`anyOf` whose branches only say which properties must be present (`required`, no shape of their own) constrain the object rather than replace it: the names every branch requires join the object's `required`, and the branches go, so the type keeps its properties (lossy when the branches differ: which of the others must be present is no longer checked).",
};
pub const EXCLUSIVE_ANY_OF: Rule = Rule {
    name: "exclusive-any-of",
    severity: Severity::Note,
    description: "An `anyOf` of object branches no value can match two of (a closed branch lacks a property another requires, or both require one property with different constant values) is a `oneOf`: the type is an enum of the branches, whose values keep every property, rather than a struct of optional parts that share them.",
};
pub const ABSENT_PROPERTY: Rule = Rule {
    name: "absent-property",
    severity: Severity::Lossy,
    description: "A property whose schema no value fits (`false`, `not: {}`) says the property must be absent: it leaves `properties`, as its type could hold no value. Exact in a closed object (the property is refused as an unknown one); lossy in an open one, which now lets it through.",
};
/// Every rule this stage applies, in the order of the rewrite table.
pub const RULES: &[Rule] = &[
    ABSENT_PROPERTY,
    PRESENCE_BRANCHES,
    EXCLUSIVE_ANY_OF,
    INTEGER_BOUNDS,
    ENUM_VALUE_TYPE,
    ENUM_NAMES,
    MIXED_ENUM,
    FIELD_NAMES,
    ENUM_BESIDE_ALL_OF,
    STRUCTURE_FORMAT,
    OTHER_TYPES_KEYWORDS,
    DEFAULT_OUTSIDE_SCHEMA,
    NULLABLE_COMPONENT,
];

/// Applies every rule in place.
pub fn rewrite(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) -> Result<(), PointerError> {
    let component_shapes = component_shapes(document);
    let Some(root) = document.as_object_mut() else { return Ok(()) };
    let mut shapes = Shapes { component_shapes, diagnostics: &mut *diagnostics };
    walk_document(root, &mut shapes)?;
    split_nullable_components(document, diagnostics);
    Ok(())
}

struct Shapes<'d> {
    /// What each component schema allows, for the schemas that refer to it.
    component_shapes: BTreeMap<String, ValueShape>,
    diagnostics: &'d mut Vec<Diagnostic>,
}

impl Visit for Shapes<'_> {
    fn schema(&mut self, schema: &mut Value, ptr: &str) -> Walk {
        self.rewrite_schema(schema, ptr, 0)
    }
}

impl Shapes<'_> {
    fn rewrite_schema(&mut self, schema: &mut Value, ptr: &str, depth: usize) -> Walk {
        if depth > MAX_DEPTH {
            return Err(too_deep(ptr));
        }
        let Some(obj) = schema.as_object_mut() else { return Ok(()) };
        subschemas_30(obj, ptr, |child, child_ptr| self.rewrite_schema(child, child_ptr, depth + 1))?;
        self.absent_properties(obj, ptr);
        self.presence_branches(obj, ptr);
        self.exclusive_any_of(obj, ptr);
        self.enum_beside_all_of(obj, ptr);
        self.mixed_enum(obj, ptr);
        self.colliding_properties(obj, ptr);
        self.integer_bounds(obj, ptr);
        self.enum_value_types(obj, ptr);
        self.enum_names(obj, ptr);
        self.structure_format(obj, ptr);
        self.other_types_keywords(obj, ptr);
        self.default_outside_schema(obj, ptr);
        self.nullable_title(obj, ptr);
        Ok(())
    }

    /// typify names both the `Option` around a nullable schema and the type inside after its
    /// title: one name for two types. Below the components (whose roots are split instead),
    /// the title goes, and typify names them apart.
    fn nullable_title(&mut self, obj: &mut Object, ptr: &str) {
        let component_root = ptr.strip_prefix("/components/schemas/").is_some_and(|name| !name.contains('/'));
        if component_root || !is_nullable(obj) || !names_a_type(obj) {
            return;
        }
        if let Some(title) = obj.shift_remove("title") {
            let message =
                format!("title {title} of a nullable schema dropped: it would name the `Option` and its content alike");
            self.report(pointer_push(ptr, "title"), &NULLABLE_COMPONENT, false, message);
        }
    }

    /// typify types a property no value fits as an enum without variants, which the engine
    /// refuses as a type nothing decodes into: such a property says "never present" instead.
    fn absent_properties(&mut self, obj: &mut Object, ptr: &str) {
        let Some(Value::Object(properties)) = obj.get_mut("properties") else { return };
        let absent: Vec<String> =
            properties.iter().filter(|(_, schema)| fits_no_value(schema)).map(|(name, _)| name.clone()).collect();
        if absent.is_empty() {
            return;
        }
        properties.retain(|name, _| !absent.contains(name));
        let closed = obj.get("additionalProperties") == Some(&Value::Bool(false));
        for name in absent {
            let message = if closed {
                format!("property `{name}` that no value fits leaves `properties`: the closed object refuses it still")
            } else {
                format!("property `{name}` that no value fits leaves `properties`: the open object now lets it through")
            };
            self.report(pointer_join(ptr, ["properties", &name]), &ABSENT_PROPERTY, !closed, message);
        }
    }

    /// Branches that only list `required` names (a way to say "one of these must be present")
    /// give typify nothing to build a variant from: it makes enums with no variants, which no
    /// value decodes into. What all of them require is required; the rest cannot be typed.
    fn presence_branches(&mut self, obj: &mut Object, ptr: &str) {
        for key in ["oneOf", "anyOf"] {
            let Some(Value::Array(branches)) = obj.get(key) else { continue };
            if branches.is_empty() || !branches.iter().all(only_requires_presence) {
                continue;
            }
            let lists: Vec<Vec<&str>> = branches
                .iter()
                .map(|branch| branch.get("required").and_then(Value::as_array).into_iter().flatten())
                .map(|names| names.filter_map(Value::as_str).collect())
                .collect();
            let mut in_every: Vec<String> = Vec::new();
            let mut in_some: Vec<String> = Vec::new();
            for name in lists.iter().flatten() {
                let everywhere = lists.iter().all(|list| list.contains(name));
                let seen = if everywhere { &mut in_every } else { &mut in_some };
                if !seen.iter().any(|s| s == name) {
                    seen.push((*name).to_string());
                }
            }
            let counts_properties =
                |branch: &Value| branch.get("minProperties").is_some() || branch.get("maxProperties").is_some();
            let exact = in_some.is_empty() && !branches.iter().any(counts_properties);
            obj.shift_remove(key);
            let required = obj.entry("required").or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(required) = required {
                for name in &in_every {
                    if !required.iter().any(|r| r.as_str() == Some(name)) {
                        required.push(Value::String(name.clone()));
                    }
                }
                if required.is_empty() {
                    obj.shift_remove("required");
                }
            }
            let lifted =
                if in_every.is_empty() { String::new() } else { format!("{} now required; ", in_every.join(", ")) };
            let rest = match (in_some.is_empty(), exact) {
                (true, true) => "nothing else is lost".to_string(),
                (true, false) => "the branches' counts of properties are no longer checked".to_string(),
                (false, _) => format!("which of {} must be present is no longer checked", in_some.join(", ")),
            };
            let message = format!("`{key}` branches only require properties: {lifted}{rest}");
            self.report(pointer_push(ptr, key), &PRESENCE_BRANCHES, !exact, message);
        }
    }

    /// typify makes an `anyOf` a struct of one optional flattened field per branch; serde hands
    /// a property to the first branch that names it, so a later branch that names it too never
    /// sees it. When no value can match two branches, `oneOf` means the same and becomes an enum.
    fn exclusive_any_of(&mut self, obj: &mut Object, ptr: &str) {
        let Some(Value::Array(branches)) = obj.get("anyOf") else { return };
        if obj.contains_key("oneOf") || branches.len() < 2 {
            return;
        }
        let exclusive = branches
            .iter()
            .enumerate()
            .all(|(index, first)| branches[index + 1..].iter().all(|second| no_value_matches_both(first, second)));
        if !exclusive {
            return;
        }
        if let Some(branches) = obj.shift_remove("anyOf") {
            obj.insert("oneOf".into(), branches);
        }
        let message = "`anyOf` whose branches no value matches two of → `oneOf`".to_string();
        self.report(pointer_push(ptr, "anyOf"), &EXCLUSIVE_ANY_OF, false, message);
    }

    fn report(&mut self, ptr: String, rule: &'static Rule, lossy: bool, message: String) {
        self.diagnostics.push(if lossy {
            Diagnostic::lossy(ptr, rule, message)
        } else {
            Diagnostic::note(ptr, rule, message)
        });
    }

    fn integer_bounds(&mut self, obj: &mut Object, ptr: &str) {
        if obj.get("type").and_then(Value::as_str) != Some("integer") {
            return;
        }
        for (bound, flag, toward_inside) in
            [("minimum", "exclusiveMinimum", f64::ceil as fn(f64) -> f64), ("maximum", "exclusiveMaximum", f64::floor)]
        {
            let Some(Value::Number(written)) = obj.get(bound) else { continue };
            if written.is_i64() || written.is_u64() {
                continue;
            }
            let Some(value) = written.as_f64() else { continue };
            let written = written.to_string();
            // Fractional: the nearest integer inside the bound is inclusive.
            let exclusive = value.fract() == 0.0 && obj.get(flag) == Some(&Value::Bool(true));
            let inside = toward_inside(value).clamp(i64::MIN as f64, i64::MAX as f64);
            let (integer, exclusive) = if inside <= i64::MIN as f64 {
                (i64::MIN, false)
            } else if inside >= i64::MAX as f64 {
                (i64::MAX, false)
            } else {
                (inside as i64, exclusive)
            };
            obj.insert(bound.into(), json!(integer));
            if !exclusive {
                obj.shift_remove(flag);
            }
            let message = format!("integer `{bound}: {written}` → `{bound}: {integer}`");
            self.report(pointer_push(ptr, bound), &INTEGER_BOUNDS, false, message);
        }
    }

    fn enum_value_types(&mut self, obj: &mut Object, ptr: &str) {
        let Some(kind) = obj.get("type").and_then(Value::as_str).map(str::to_string) else { return };
        let Some(Value::Array(values)) = obj.get_mut("enum") else { return };
        if values.iter().all(|v| v.is_null() || has_json_type(v, &kind)) {
            return;
        }
        let mut changed = Vec::new();
        let mut kept = Vec::with_capacity(values.len());
        for value in values.drain(..) {
            match &value {
                v if v.is_null() || has_json_type(v, &kind) => kept.push(value),
                Value::Number(_) | Value::Bool(_) if kind == "string" => {
                    changed.push(format!("{value} → \"{value}\""));
                    kept.push(Value::String(value.to_string()));
                }
                _ => changed.push(format!("{value} dropped")),
            }
        }
        let message = if kept.is_empty() {
            obj.shift_remove("enum");
            format!("no `enum` value is a {kind}: the enum is dropped")
        } else {
            *values = kept;
            format!("`enum` values of a {kind} schema: {}", changed.join(", "))
        };
        self.report(pointer_push(ptr, "enum"), &ENUM_VALUE_TYPE, true, message);
    }

    fn enum_names(&mut self, obj: &mut Object, ptr: &str) {
        let Some(Value::Array(values)) = obj.get("enum") else { return };
        let texts: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
        if texts.len() + values.iter().filter(|v| v.is_null()).count() != values.len() {
            return;
        }
        if variant_names_unique(&texts) {
            return;
        }
        let message =
            format!("enum values {} give colliding Rust variant names: typed as a plain string", Value::from(texts));
        obj.shift_remove("enum");
        obj.insert("type".into(), json!("string"));
        self.report(pointer_push(ptr, "enum"), &ENUM_NAMES, true, message);
    }

    /// An enum without `type` whose values are of several JSON types: typify panics ("multiple
    /// implied types"). One `oneOf` branch per type, each with its own values, means the same.
    fn mixed_enum(&mut self, obj: &mut Object, ptr: &str) {
        if obj.contains_key("type") {
            return;
        }
        let Some(Value::Array(values)) = obj.get("enum") else { return };
        let kinds: Vec<&str> = ["boolean", "integer", "number", "string", "array", "object"]
            .into_iter()
            .filter(|kind| {
                values.iter().any(|v| has_json_type(v, kind) && !(*kind == "number" && has_json_type(v, "integer")))
            })
            .collect();
        if kinds.len() < 2 || obj.contains_key("oneOf") {
            return;
        }
        let branches: Vec<Value> = kinds
            .iter()
            .map(|kind| {
                let of_kind: Vec<Value> = values
                    .iter()
                    .filter(|v| has_json_type(v, kind) && !(*kind == "number" && has_json_type(v, "integer")))
                    .cloned()
                    .collect();
                json!({"type": kind, "enum": of_kind})
            })
            .collect();
        if values.iter().any(Value::is_null) {
            obj.insert("nullable".into(), Value::Bool(true));
        }
        obj.shift_remove("enum");
        obj.insert("oneOf".into(), Value::Array(branches));
        let message = format!("enum values of {} types → `oneOf` with one branch per type", kinds.len());
        self.report(pointer_push(ptr, "enum"), &MIXED_ENUM, false, message);
    }

    /// Properties whose Rust field names collide (`fooBar`, `foo_bar`) would be one field twice.
    /// A later one leaves `properties` for the map of other properties, where its value stays.
    fn colliding_properties(&mut self, obj: &mut Object, ptr: &str) {
        let Some(Value::Object(properties)) = obj.get("properties") else { return };
        let mut fields = BTreeSet::new();
        let moved: Vec<String> =
            properties.keys().filter(|name| !fields.insert(sanitize(name, Case::Snake))).cloned().collect();
        // typify gives a required name that is not a property a field of its own too
        // (Airbyte's `required: [json_schema]` beside the property `jsonSchema`).
        let undeclared: Vec<String> = obj
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|name| !properties.contains_key(*name) && !fields.insert(sanitize(name, Case::Snake)))
            .map(str::to_string)
            .collect();
        if !undeclared.is_empty() {
            if let Some(Value::Array(required)) = obj.get_mut("required") {
                required.retain(|name| !name.as_str().is_some_and(|name| undeclared.iter().any(|u| u == name)));
            }
            for name in undeclared {
                let message = format!(
                    "`{name}` is required but not a property, and has the Rust field name of one: no longer required"
                );
                self.report(pointer_push(ptr, "required"), &FIELD_NAMES, true, message);
            }
        }
        if moved.is_empty() {
            return;
        }
        if let Some(Value::Object(properties)) = obj.get_mut("properties") {
            properties.retain(|name, _| !moved.contains(name));
        }
        if let Some(Value::Array(required)) = obj.get_mut("required") {
            required.retain(|name| !name.as_str().is_some_and(|name| moved.contains(&name.to_string())));
        }
        if !matches!(obj.get("additionalProperties"), Some(Value::Object(_)) | Some(Value::Bool(true))) {
            obj.insert("additionalProperties".into(), json!({}));
        }
        for name in moved {
            let message = format!(
                "`{name}` has the Rust field name of another property: kept among the other properties, untyped"
            );
            self.report(pointer_join(ptr, ["properties", name.as_str()]), &FIELD_NAMES, true, message);
        }
    }

    fn enum_beside_all_of(&mut self, obj: &mut Object, ptr: &str) {
        if !obj.contains_key("enum") {
            return;
        }
        let Some(Value::Array(parts)) = obj.get("allOf") else { return };
        let part_type = parts.iter().find_map(|part| match part.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                self.component_shapes.get(reference).and_then(|shape| shape.kind.clone()).map(Value::String)
            }
            None => part.get("type").cloned(),
        });
        obj.shift_remove("allOf");
        if let Some(kind) = part_type
            && !obj.contains_key("type")
        {
            obj.insert("type".into(), kind);
        }
        let message = "`allOf` beside `enum` dropped: the enum lists the valid values".to_string();
        self.report(pointer_push(ptr, "allOf"), &ENUM_BESIDE_ALL_OF, true, message);
    }

    fn structure_format(&mut self, obj: &mut Object, ptr: &str) {
        // Keywords that describe a value without typing it.
        let annotation = |key: &str| {
            key.starts_with("x-")
                || matches!(
                    key,
                    "format"
                        | "description"
                        | "title"
                        | "example"
                        | "examples"
                        | "default"
                        | "deprecated"
                        | "readOnly"
                        | "writeOnly"
                        | "nullable"
                        | "externalDocs"
                        | "xml"
                        | "$comment"
                )
        };
        let structured = match obj.get("type").and_then(Value::as_str) {
            Some(kind) => matches!(kind, "object" | "array" | "boolean"),
            // A format alone types nothing: the value may be anything.
            None => {
                obj.contains_key("properties") || obj.contains_key("items") || obj.keys().all(|key| annotation(key))
            }
        };
        if structured && let Some(format) = obj.shift_remove("format") {
            let message = format!("`format: {format}` dropped: formats annotate strings and numbers");
            self.report(pointer_push(ptr, "format"), &STRUCTURE_FORMAT, false, message);
        }
    }

    fn other_types_keywords(&mut self, obj: &mut Object, ptr: &str) {
        /// Validation keywords that constrain values of one JSON type only, by that type.
        const KEYWORDS: &[(&str, &[&str])] = &[
            ("array", &["minItems", "maxItems", "uniqueItems"]),
            ("string", &["minLength", "maxLength", "pattern"]),
            ("number", &["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]),
            ("object", &["minProperties", "maxProperties"]),
        ];
        let mut own = obj
            .get("type")
            .and_then(Value::as_str)
            .map(|kind| if kind == "integer" { "number" } else { kind }.to_string());
        // Without a type, keywords of several types leave the generator no type to choose: a
        // numeric or string `format` chooses one, and the other types' keywords go (lossy:
        // values of those types were valid, unconstrained).
        // Without a type, `items` beside `properties` leaves the generator no type either: the
        // properties (and any required ones) say an object was meant (lossy: lists were valid).
        let object_keywords = ["properties", "required", "additionalProperties"].iter().any(|k| obj.contains_key(*k));
        if own.is_none() && object_keywords && obj.contains_key("items") {
            obj.shift_remove("items");
            obj.insert("type".into(), Value::String("object".into()));
            own = Some("object".to_string());
            let message = "`items` beside `properties` and no `type`: typed `object`, `items` dropped".to_string();
            self.report(ptr.to_string(), &OTHER_TYPES_KEYWORDS, true, message);
        }
        let kinds = KEYWORDS.iter().filter(|(_, keywords)| keywords.iter().any(|k| obj.contains_key(*k))).count();
        if own.is_none() && kinds > 1 {
            let chosen = match obj.get("format").and_then(Value::as_str) {
                Some("int32" | "int64") => Some("integer"),
                Some("float" | "double") => Some("number"),
                Some("date" | "date-time" | "uuid" | "email" | "uri" | "byte" | "binary") => Some("string"),
                _ => None,
            };
            if let Some(chosen) = chosen {
                obj.insert("type".into(), Value::String(chosen.into()));
                own = Some(if chosen == "integer" { "number" } else { chosen }.to_string());
                let message = format!("keywords of several types and no `type`: typed `{chosen}` by its `format`");
                self.report(ptr.to_string(), &OTHER_TYPES_KEYWORDS, true, message);
            }
        }
        let mut dropped = Vec::new();
        if obj.get("uniqueItems") == Some(&Value::Bool(false)) {
            obj.shift_remove("uniqueItems");
            dropped.push("uniqueItems");
        }
        if let Some(own) = own {
            for (_, keywords) in KEYWORDS.iter().filter(|(kind, _)| *kind != own.as_str()) {
                for keyword in *keywords {
                    if obj.shift_remove(*keyword).is_some() {
                        dropped.push(keyword);
                    }
                }
            }
        }
        if !dropped.is_empty() {
            let message = format!("{} dropped: they constrain no value of this schema", dropped.join(", "));
            self.report(ptr.to_string(), &OTHER_TYPES_KEYWORDS, false, message);
        }
    }

    fn default_outside_schema(&mut self, obj: &mut Object, ptr: &str) {
        let Some(default) = obj.get("default") else { return };
        let Some(reason) = ValueShape::of(obj).refuses(default, &self.component_shapes) else { return };
        if let Some(default) = obj.shift_remove("default") {
            let message = format!("`default: {default}` {reason}: dropped");
            self.report(pointer_push(ptr, "default"), &DEFAULT_OUTSIDE_SCHEMA, true, message);
        }
    }
}

/// What a schema lets a value be, as far as a `default` is checked against it.
#[derive(Debug, Clone, Default)]
struct ValueShape {
    kind: Option<String>,
    values: Option<Vec<Value>>,
    any_of: bool,
    nullable: bool,
    /// An object's declared properties, when it takes no others (no `additionalProperties`).
    closed_properties: Option<BTreeSet<String>>,
    required: Vec<String>,
    /// A component this schema is (a `$ref`, alone or as the one part of `allOf`).
    reference: Option<String>,
    /// The shape of an array's items.
    items: Option<Box<ValueShape>>,
    /// The shapes of an object's declared properties.
    properties: BTreeMap<String, ValueShape>,
}

impl ValueShape {
    fn of(obj: &Object) -> Self {
        let nested = |schema: &Value| schema.as_object().map(ValueShape::of);
        let reference = match obj.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
            Some([part]) => part.get("$ref"),
            _ => obj.get("$ref"),
        };
        ValueShape {
            kind: obj.get("type").and_then(Value::as_str).map(str::to_string).or_else(|| untyped_kind(obj)),
            values: obj.get("enum").and_then(Value::as_array).cloned(),
            any_of: obj.contains_key("anyOf"),
            nullable: obj.get("nullable") == Some(&Value::Bool(true)),
            // typify makes a struct of these fields only: a default with others cannot be one.
            closed_properties: match (obj.get("properties"), obj.get("additionalProperties")) {
                (Some(Value::Object(properties)), None | Some(Value::Bool(false))) => {
                    Some(properties.keys().cloned().collect())
                }
                _ => None,
            },
            required: obj
                .get("required")
                .and_then(Value::as_array)
                .map(|names| names.iter().filter_map(Value::as_str).map(str::to_string).collect())
                .unwrap_or_default(),
            reference: reference.and_then(Value::as_str).map(str::to_string),
            items: obj.get("items").and_then(nested).map(Box::new),
            properties: obj
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter_map(|(name, schema)| Some((name.clone(), nested(schema)?)))
                .collect(),
        }
    }

    /// Why `value` cannot be a default of this shape, if it cannot; a reference decides by
    /// its target's shape in `components`. Items and properties are checked too: typify
    /// checks the whole value.
    fn refuses(&self, value: &Value, components: &BTreeMap<String, ValueShape>) -> Option<&'static str> {
        let target = self.reference.as_ref().and_then(|reference| components.get(reference));
        if let Some(target) = target
            && self.kind.is_none()
            && self.values.is_none()
            && !self.any_of
        {
            // The target's own references are not followed again: a value ends, a cycle may not.
            let target = ValueShape { nullable: self.nullable || target.nullable, reference: None, ..target.clone() };
            return target.refuses(value, components);
        }
        let own = match (value, &self.values, &self.kind) {
            (Value::Null, _, _) if !self.nullable => Some("is null, which its schema does not allow"),
            (Value::Null, _, _) => return None,
            (value, Some(values), _) if !values.contains(value) => Some("is not a value of its enum"),
            (value, _, Some(kind)) if !has_json_type(value, kind) => Some("is not of its schema's type"),
            // typify reads `anyOf` as a struct of optional parts: only an object can be its default.
            (value, None, None) if self.any_of && !value.is_object() => {
                Some("sits beside `anyOf`, which the type generator cannot check it against")
            }
            (Value::Object(fields), _, _) if self.required.iter().any(|name| !fields.contains_key(name)) => {
                Some("lacks a required property")
            }
            (Value::Object(fields), _, _)
                if self.closed_properties.as_ref().is_some_and(|known| fields.keys().any(|k| !known.contains(k))) =>
            {
                Some("has a property its schema does not declare")
            }
            _ => None,
        };
        own.or_else(|| match value {
            Value::Array(items) => {
                let shape = self.items.as_deref()?;
                items
                    .iter()
                    .any(|item| shape.refuses(item, components).is_some())
                    .then_some("holds an item its schema refuses")
            }
            Value::Object(fields) => fields
                .iter()
                .any(|(name, field)| {
                    self.properties.get(name).is_some_and(|shape| shape.refuses(field, components).is_some())
                })
                .then_some("holds a property its schema refuses"),
            _ => None,
        })
    }
}

/// The type the generator gives a schema without `type` and without parts: an object where
/// it has object keywords only, a list where it has `items` only.
fn untyped_kind(obj: &Object) -> Option<String> {
    let has = |keywords: &[&str]| keywords.iter().any(|k| obj.contains_key(*k));
    if has(&["allOf", "anyOf", "oneOf", "$ref", "enum"]) {
        return None;
    }
    match (has(&["properties", "required", "additionalProperties"]), has(&["items"])) {
        (true, false) => Some("object".to_string()),
        (false, true) => Some("array".to_string()),
        _ => None,
    }
}

/// Whether typify can give each value its own variant name (it tries the plain spelling, then
/// one with separators spelt `X`).
fn variant_names_unique(values: &[&str]) -> bool {
    let unique = |names: Vec<String>| names.iter().collect::<BTreeSet<_>>().len() == names.len();
    unique(values.iter().map(|v| sanitize(v, Case::Pascal)).collect())
        || unique(
            values
                .iter()
                .map(|v| {
                    let spelt: String =
                        v.chars().map(|c| if c == '_' || !(c.is_alphanumeric()) { 'X' } else { c }).collect();
                    sanitize(&spelt, Case::Pascal)
                })
                .collect(),
        )
}

/// The shape of each component schema, by its `$ref`.
fn component_shapes(document: &Value) -> BTreeMap<String, ValueShape> {
    let schemas = document.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten();
    schemas
        .filter_map(|(name, schema)| Some((component_ref("schemas", name), ValueShape::of(schema.as_object()?))))
        .collect()
}

/// typify wraps a nullable schema in `Option` and names the inner type after the schema's
/// `title`, or the component's own name: two types of one name, or one lost. The inner part
/// becomes a component of its own.
fn split_nullable_components(document: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(Value::Object(schemas)) = document.pointer_mut("/components/schemas") else { return };
    let mut taken: BTreeSet<String> = schemas.keys().map(|name| sanitize(name, Case::Pascal)).collect();
    let mut added = Map::new();
    // The reference to each split component, and to its non-null part.
    let mut split = BTreeMap::new();
    for (name, schema) in schemas.iter_mut() {
        let Some(obj) = schema.as_object_mut() else { continue };
        // An enum listing null is nullable too, and typify wraps it the same way.
        let null_in_enum =
            obj.get("enum").and_then(Value::as_array).is_some_and(|values| values.contains(&Value::Null));
        if !(obj.get("nullable") == Some(&Value::Bool(true)) || null_in_enum) || !names_a_type(obj) {
            continue;
        }
        let value_name = (1..)
            .map(|n| if n == 1 { format!("{name}-value") } else { format!("{name}-value-{n}") })
            .find(|candidate| !taken.contains(&sanitize(candidate, Case::Pascal)))
            .unwrap_or_default();
        taken.insert(sanitize(&value_name, Case::Pascal));
        let mut inner = std::mem::take(obj);
        *obj = nullable_reference(&mut inner, &value_name);
        diagnostics.push(Diagnostic::note(
            pointer_push("/components/schemas", name),
            &NULLABLE_COMPONENT,
            format!("nullable `{name}`: its non-null part moved to `{value_name}`"),
        ));
        split.insert(component_ref("schemas", name), component_ref("schemas", &value_name));
        added.insert(value_name, Value::Object(inner));
    }
    schemas.extend(added);
    if !split.is_empty() {
        non_null_parts_of_all_of(document, "", &split, diagnostics, 0);
    }
}

/// An `allOf` part that refers to a split nullable component, beside a part that refuses
/// null, refers to the component's non-null part: null cannot pass the other part, and
/// typify finds no value in "null or object" and "object" together (an enum of no variants).
fn non_null_parts_of_all_of(
    node: &mut Value,
    ptr: &str,
    split: &BTreeMap<String, String>,
    diagnostics: &mut Vec<Diagnostic>,
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let refuses_null = |part: &Value| match part.get("$ref").and_then(Value::as_str) {
        Some(reference) => !split.contains_key(reference),
        None => {
            part.get("nullable") != Some(&Value::Bool(true))
                && (part.get("type").is_some() || part.get("properties").is_some())
        }
    };
    match node {
        Value::Object(obj) => {
            if let Some(Value::Array(parts)) = obj.get_mut("allOf")
                && parts.iter().any(refuses_null)
            {
                for (index, part) in parts.iter_mut().enumerate() {
                    let Some(Value::String(reference)) = part.get_mut("$ref") else { continue };
                    let Some(value_reference) = split.get(reference.as_str()) else { continue };
                    let message =
                        format!("`allOf` part beside one that refuses null: `{reference}` → `{value_reference}`");
                    *reference = value_reference.clone();
                    let at = pointer_join(ptr, ["allOf", &index.to_string()]);
                    diagnostics.push(Diagnostic::note(at, &NULLABLE_COMPONENT, message));
                }
            }
            for (key, child) in obj.iter_mut() {
                non_null_parts_of_all_of(child, &pointer_push(ptr, key), split, diagnostics, depth + 1);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter_mut().enumerate() {
                non_null_parts_of_all_of(child, &pointer_push(ptr, &index.to_string()), split, diagnostics, depth + 1);
            }
        }
        _ => {}
    }
}

/// What stands where the nullable schema `inner` was, now that it moves to the component
/// `name`: `nullable` + `allOf` of a reference, so the Rust `Option` wraps a type with a name
/// of its own. `inner` loses null: the wrapper carries it, the inner type has values only.
pub(crate) fn nullable_reference(inner: &mut Object, name: &str) -> Object {
    inner.shift_remove("nullable");
    if let Some(Value::Array(values)) = inner.get_mut("enum") {
        values.retain(|value| !value.is_null());
    }
    let mut wrapper = Map::new();
    if let Some(description) = inner.get("description") {
        wrapper.insert("description".into(), description.clone());
    }
    wrapper.insert("nullable".into(), Value::Bool(true));
    wrapper.insert("allOf".into(), json!([{ "$ref": component_ref("schemas", name) }]));
    wrapper
}

/// Whether typify wraps the schema in `Option`: `nullable`, or an enum listing null.
pub(crate) fn is_nullable(obj: &Object) -> bool {
    obj.get("nullable") == Some(&Value::Bool(true))
        || obj.get("enum").and_then(Value::as_array).is_some_and(|values| values.contains(&Value::Null))
}

/// Whether typify makes a type of its own for this schema (as opposed to a scalar, a list
/// of one, or an alias of a reference).
pub(crate) fn names_a_type(obj: &Object) -> bool {
    let only_a_reference = match obj.get("allOf").and_then(Value::as_array) {
        Some(parts) => {
            parts.len() == 1
                && obj.keys().all(|k| matches!(k.as_str(), "allOf" | "nullable" | "description" | "default"))
        }
        None => false,
    };
    // A string with length or pattern constraints is a newtype that checks them.
    let constrained_string = obj.get("type").and_then(Value::as_str) == Some("string")
        && ["minLength", "maxLength", "pattern"].iter().any(|k| obj.contains_key(*k));
    !only_a_reference
        && !obj.contains_key("$ref")
        && (constrained_string
            || ["properties", "enum", "oneOf", "anyOf", "allOf"].iter().any(|k| obj.contains_key(*k)))
}

/// `not: {}` (3.1's `false`, as normalized): no value fits, whatever words sit beside it.
fn fits_no_value(schema: &Value) -> bool {
    schema.as_object().is_some_and(|schema| {
        schema.get("not").is_some_and(|not| not.as_object().is_some_and(Map::is_empty))
            && schema.keys().all(|key| ["not", "description", "title", "deprecated"].contains(&key.as_str()))
    })
}

/// Whether two inline object schemas exclude each other: one is closed and lacks a property the
/// other requires, or both require a property whose constant values differ.
fn no_value_matches_both(first: &Value, second: &Value) -> bool {
    let (Some(first), Some(second)) = (first.as_object(), second.as_object()) else { return false };
    let declares = |schema: &Object, name: &str| schema.get("properties").and_then(|p| p.get(name)).is_some();
    let required = |schema: &'_ Object| -> Vec<String> {
        let names = schema.get("required").and_then(Value::as_array).into_iter().flatten();
        names.filter_map(Value::as_str).map(str::to_string).collect()
    };
    let closed = |schema: &Object| schema.get("additionalProperties") == Some(&Value::Bool(false));
    let lacks_required = |closed_one: &Object, other: &Object| {
        closed(closed_one) && required(other).iter().any(|name| !declares(closed_one, name))
    };
    let constants = |schema: &'_ Object, name: &str| -> Option<Vec<Value>> {
        schema.get("properties")?.get(name)?.get("enum")?.as_array().cloned()
    };
    let differing_constant = required(first).iter().filter(|name| required(second).contains(name)).any(|name| {
        match (constants(first, name), constants(second, name)) {
            (Some(ones), Some(others)) => ones.iter().all(|value| !others.contains(value)),
            _ => false,
        }
    });
    lacks_required(first, second) || lacks_required(second, first) || differing_constant
}

/// A `oneOf`/`anyOf` branch that says which properties must be present and nothing of a shape:
/// `required`, and words about it.
fn only_requires_presence(branch: &Value) -> bool {
    const PRESENCE_KEYS: [&str; 5] = ["required", "title", "description", "minProperties", "maxProperties"];
    branch.as_object().is_some_and(|branch| {
        branch.contains_key("required")
            && branch.keys().all(|key| PRESENCE_KEYS.contains(&key.as_str()) || key.starts_with("x-"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(document: Value) -> (Value, Vec<(String, &'static str)>) {
        let mut document = document;
        let mut diagnostics = Vec::new();
        rewrite(&mut document, &mut diagnostics).expect("rewrites");
        (document, diagnostics.into_iter().map(|d| (d.pointer, d.rule)).collect())
    }

    fn one_schema(schema: Value) -> (Value, Vec<(String, &'static str)>) {
        let voice = json!({"anyOf": [{"type": "string"}, {"type": "object"}]});
        let (document, seen) = rewritten(json!({"components": {"schemas": {"S": schema, "Voice": voice}}}));
        (document["components"]["schemas"]["S"].clone(), seen)
    }

    const S: &str = "/components/schemas/S";

    #[test]
    fn a_property_no_value_fits_leaves_the_object() {
        let (out, seen) = one_schema(json!({"properties": {"a": {}, "never": {"not": {}}}}));
        assert_eq!(out, json!({"properties": {"a": {}}}));
        assert_eq!(seen, [(format!("{S}/properties/never"), "absent-property")]);
    }

    #[test]
    fn branches_that_only_require_properties_constrain_the_object() {
        let properties =
            json!({"title": {"type": "string"}, "category": {"type": "string"}, "slug": {"type": "string"}});
        let (out, seen) = one_schema(json!({
            "type": "object",
            "properties": properties,
            "required": ["title"],
            "oneOf": [
                {"title": "By category", "required": ["title", "category"]},
                {"title": "By slug", "required": ["title", "slug"]},
            ],
        }));
        assert_eq!(out, json!({"type": "object", "properties": properties, "required": ["title"]}));
        assert_eq!(seen, [(format!("{S}/oneOf"), "presence-branches")]);
        let (out, _) =
            one_schema(json!({"properties": properties, "anyOf": [{"required": ["slug"]}, {"required": ["slug"]}]}));
        assert_eq!(out, json!({"properties": properties, "required": ["slug"]}));
        // A branch with a shape of its own is a variant, not a constraint.
        let shaped = json!({"properties": properties, "oneOf": [{"required": ["slug"]}, {"type": "object", "required": ["title"]}]});
        assert_eq!(one_schema(shaped.clone()).0, shaped);
    }

    #[test]
    fn an_any_of_no_value_matches_twice_is_a_one_of() {
        let card = json!({"properties": {"number": {}}, "required": ["number"], "additionalProperties": false});
        let bank = json!({"properties": {"iban": {}}, "required": ["iban"], "additionalProperties": false});
        let (out, seen) = one_schema(json!({"anyOf": [card, bank]}));
        assert_eq!(out, json!({"oneOf": [card, bank]}));
        assert_eq!(seen, [(format!("{S}/anyOf"), "exclusive-any-of")]);
        let tagged = |kind: &str| json!({"properties": {"kind": {"enum": [kind]}}, "required": ["kind"]});
        let (out, _) = one_schema(json!({"anyOf": [tagged("a"), tagged("b")]}));
        assert_eq!(out, json!({"oneOf": [tagged("a"), tagged("b")]}));
        // Open branches may both match one value.
        let open = json!({"anyOf": [
            {"properties": {"number": {}}, "required": ["number"]},
            {"properties": {"iban": {}}, "required": ["iban"]},
        ]});
        assert_eq!(one_schema(open.clone()).0, open);
    }

    #[test]
    fn integer_bounds_become_integers_inside_them() {
        let (out, seen) =
            one_schema(json!({"type": "integer", "minimum": -9.3e18, "maximum": 2.5, "exclusiveMaximum": true}));
        assert_eq!(out, json!({"type": "integer", "minimum": i64::MIN, "maximum": 2}));
        assert_eq!(seen.len(), 2);
        let (out, _) = one_schema(json!({"type": "integer", "minimum": 3.0, "exclusiveMinimum": true}));
        assert_eq!(out, json!({"type": "integer", "minimum": 3, "exclusiveMinimum": true}));
    }

    #[test]
    fn enum_values_of_another_type() {
        let (out, seen) = one_schema(json!({"type": "string", "enum": [4.1, 4, true, "x", {}]}));
        assert_eq!(out["enum"], json!(["4.1", "4", "true", "x"]));
        assert_eq!(seen, [(format!("{S}/enum"), "enum-value-type")]);
        let (out, _) = one_schema(json!({"type": "integer", "enum": ["a"]}));
        assert_eq!(out, json!({"type": "integer"}));
    }

    #[test]
    fn enum_values_without_distinct_rust_names_become_a_string() {
        let (out, seen) = one_schema(json!({"enum": ["+2", "-2", "0"]}));
        assert_eq!(out, json!({"type": "string"}));
        assert_eq!(seen, [(format!("{S}/enum"), "enum-names")]);
        // `Etc/GMT+0` and `Etc/GMT-0` differ only in separators: plain and `X` spellings collide.
        let (out, _) = one_schema(json!({"type": "string", "enum": ["Etc/GMT+0", "Etc/GMT-0"]}));
        assert_eq!(out, json!({"type": "string"}));
        // `a-b` and `a--b` collide plainly but not with separators spelt out: typify copes.
        let (out, seen) = one_schema(json!({"type": "string", "enum": ["a-b", "a--b"]}));
        assert_eq!(out["enum"], json!(["a-b", "a--b"]));
        assert!(seen.is_empty());
    }

    #[test]
    fn enums_of_several_types_become_one_branch_per_type() {
        let (out, seen) = one_schema(json!({"properties": {"p": {"enum": [1, "a", true, 2.5, null, "b"]}}}));
        assert_eq!(
            out["properties"]["p"],
            json!({"nullable": true, "oneOf": [
                {"type": "boolean", "enum": [true]},
                {"type": "integer", "enum": [1]},
                {"type": "number", "enum": [2.5]},
                {"type": "string", "enum": ["a", "b"]}
            ]})
        );
        assert_eq!(seen, [(format!("{S}/properties/p/enum"), "mixed-enum")]);
    }

    #[test]
    fn properties_of_one_field_name_keep_their_values() {
        let (out, seen) = one_schema(json!({"type": "object", "required": ["foo_bar"], "properties": {
            "fooBar": {"type": "string"}, "foo_bar": {"type": "integer"}
        }}));
        assert_eq!(
            out,
            json!({"type": "object", "required": [], "properties": {"fooBar": {"type": "string"}}, "additionalProperties": {}})
        );
        assert_eq!(seen, [(format!("{S}/properties/foo_bar"), "field-names")]);
        // A required name that is not a property would be a second field of that name too.
        let (out, seen) = one_schema(json!({"type": "object", "required": ["name", "json_schema"],
            "additionalProperties": false, "properties": {"jsonSchema": {"type": "object"}, "name": {"type": "string"}}}));
        assert_eq!(out["required"], json!(["name"]));
        assert_eq!(seen, [(format!("{S}/required"), "field-names")]);
    }

    #[test]
    fn enum_beside_all_of_keeps_the_enum_and_the_type() {
        let (document, seen) = rewritten(json!({"components": {"schemas": {
            "Kind": {"type": "string", "enum": ["a", "b", "c"]},
            "S": {"enum": ["a", "b"], "allOf": [{"$ref": "#/components/schemas/Kind"}]}
        }}}));
        assert_eq!(document["components"]["schemas"]["S"], json!({"enum": ["a", "b"], "type": "string"}));
        assert_eq!(seen, [(format!("{S}/allOf"), "enum-beside-all-of")]);
    }

    #[test]
    fn formats_of_structures_and_defaults_outside_the_schema_are_dropped() {
        let (out, seen) = one_schema(json!({"type": "object", "format": "uri-map", "properties": {
            "quality": {"type": "string", "enum": ["low", "high"], "default": "auto"},
            "count": {"type": "integer", "default": "3"},
            "kept": {"type": "string", "nullable": true, "default": null},
            "size": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["small"]}], "default": "auto"},
            "voice": {"allOf": [{"$ref": "#/components/schemas/Voice"}], "default": "alloy"}
        }}));
        assert_eq!(out.get("format"), None);
        assert_eq!(out["properties"]["quality"].get("default"), None);
        assert_eq!(out["properties"]["count"].get("default"), None);
        assert_eq!(out["properties"]["kept"]["default"], Value::Null);
        let rules: Vec<&str> = seen.iter().map(|(_, rule)| *rule).collect();
        assert_eq!(out["properties"]["size"].get("default"), None);
        assert_eq!(out["properties"]["voice"].get("default"), None);
        assert_eq!(rules, [["default-outside-schema"; 4].as_slice(), &["structure-format"]].concat());
    }

    #[test]
    fn object_defaults_must_fit_their_struct() {
        let (out, seen) = one_schema(json!({"type": "object", "properties": {
            "language": {"type": "object", "required": ["value"], "default": {"id": 20, "value": "jinja2"},
                "properties": {"value": {"type": "string"}}},
            "partial": {"type": "object", "required": ["value"], "default": {}, "properties": {"value": {"type": "string"}}},
            "open": {"type": "object", "additionalProperties": true, "default": {"id": 1}, "properties": {"value": {"type": "string"}}},
            "fits": {"type": "object", "default": {"value": "django"}, "properties": {"value": {"type": "string"}}}
        }}));
        let properties = &out["properties"];
        assert_eq!(properties["language"].get("default"), None);
        assert_eq!(properties["partial"].get("default"), None);
        assert_eq!(properties["open"]["default"], json!({"id": 1}));
        assert_eq!(properties["fits"]["default"], json!({"value": "django"}));
        assert_eq!(seen.len(), 2);
    }

    #[test]
    fn defaults_are_checked_item_by_item_and_property_by_property() {
        let (out, seen) = one_schema(json!({"type": "object", "properties": {
            // Nordigen's `access_scope`: a list of lists, whose default is a list of strings.
            "scopes": {"type": "array", "default": ["balances", "details"],
                "items": {"type": "array", "items": {"type": "string"}}},
            "tags": {"type": "array", "default": ["a", "b"], "items": {"type": "string"}},
            "limits": {"type": "object", "default": {"max": "ten"}, "properties": {"max": {"type": "integer"}}}
        }}));
        let properties = &out["properties"];
        assert_eq!(properties["scopes"].get("default"), None);
        assert_eq!(properties["tags"]["default"], json!(["a", "b"]));
        assert_eq!(properties["limits"].get("default"), None);
        assert_eq!(seen.len(), 2, "{seen:?}");
        // Without `type`, properties make an object (VTEX's `fixedPrices` items, `default: []`).
        let (out, seen) = one_schema(json!({"type": "array", "items": {"default": [], "required": ["value"],
            "properties": {"value": {"type": "number"}}}}));
        assert_eq!(out["items"].get("default"), None);
        assert_eq!(seen.len(), 1, "{seen:?}");
        // Items that are references are checked against their target.
        let document = json!({"components": {"schemas": {
            "Voice": {"type": "string", "enum": ["alloy", "echo"]},
            "Speech": {"type": "array", "default": ["alloy", "x"], "items": {"$ref": "#/components/schemas/Voice"}},
            "Chorus": {"type": "array", "default": ["echo"], "items": {"$ref": "#/components/schemas/Voice"}}
        }}});
        let (document, seen) = rewritten(document);
        assert_eq!(document["components"]["schemas"]["Speech"].get("default"), None);
        assert_eq!(document["components"]["schemas"]["Chorus"]["default"], json!(["echo"]));
        assert_eq!(seen.len(), 1, "{seen:?}");
    }

    #[test]
    fn keywords_of_other_types_go() {
        let (out, seen) = one_schema(json!({"type": "object", "uniqueItems": false, "properties": {
            "n": {"type": "integer", "maxLength": 3, "minimum": 1},
            "tags": {"type": "array", "uniqueItems": true, "maxItems": 2}
        }}));
        assert_eq!(out.get("uniqueItems"), None);
        assert_eq!(out["properties"]["n"], json!({"type": "integer", "minimum": 1}));
        assert_eq!(out["properties"]["tags"], json!({"type": "array", "uniqueItems": true, "maxItems": 2}));
        let (out, _) = one_schema(json!({"type": "array", "items": {"format": "host-name"}}));
        assert_eq!(out["items"], json!({}));
        // Keywords of two types and no type: the format decides.
        let (out, typed) =
            one_schema(json!({"type": "array", "items": {"format": "double", "minimum": 0, "pattern": "^\\d+$"}}));
        assert_eq!(out["items"], json!({"format": "double", "minimum": 0, "type": "number"}));
        assert_eq!(typed.len(), 2, "typed by its format, then `pattern` dropped: {typed:?}");
        // `items` beside `properties` without a type: an object.
        let (out, typed) = one_schema(json!({"type": "array", "items": {
            "items": {"type": "array"}, "required": ["name"], "properties": {"name": {"type": "string"}}
        }}));
        assert_eq!(out["items"]["type"], "object");
        assert_eq!(out["items"].get("items"), None);
        assert_eq!(typed.len(), 1, "{typed:?}");
        // Annotations beside it type nothing either.
        let (out, _) =
            one_schema(json!({"type": "array", "items": {"format": "int32", "examples": [2], "x-unit": "s"}}));
        assert_eq!(out["items"], json!({"examples": [2], "x-unit": "s"}));
        let rules: Vec<&str> = seen.iter().map(|(_, rule)| *rule).collect();
        assert_eq!(rules, ["other-types-keywords", "other-types-keywords"]);
    }

    #[test]
    fn a_nullable_inline_schema_loses_its_title() {
        let (out, seen) = one_schema(json!({"type": "object", "properties": {
            "tracing": {"title": "Tracing", "nullable": true, "oneOf": [{"type": "string"}, {"type": "object"}]},
            "plain": {"title": "Plain", "type": "object", "properties": {}}
        }}));
        assert_eq!(out["properties"]["tracing"].get("title"), None);
        assert_eq!(out["properties"]["plain"]["title"], "Plain");
        assert_eq!(seen, [(format!("{S}/properties/tracing/title"), "nullable-component")]);
    }

    #[test]
    fn a_nullable_component_wraps_a_component_of_its_own() {
        let (document, seen) = rewritten(json!({"components": {"schemas": {
            "git-user": {"title": "Git User", "type": "object", "properties": {"name": {"type": "string"}}},
            "nullable-git-user": {"title": "Git User", "nullable": true, "type": "object", "properties": {"email": {"type": "string"}}},
            "V": {"nullable": true, "oneOf": [{"type": "boolean"}, {"type": "string"}]},
            "Level": {"type": "string", "nullable": true, "enum": ["low", null]},
            "Frequency": {"title": "Frequency", "type": "string", "enum": ["weekly", null]},
            "Plain": {"type": "string", "nullable": true},
            "Short": {"title": "Short", "type": "string", "maxLength": 10, "nullable": true}
        }}}));
        let schemas = &document["components"]["schemas"];
        assert_eq!(
            schemas["nullable-git-user"],
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/nullable-git-user-value"}]})
        );
        assert_eq!(schemas["nullable-git-user-value"]["properties"]["email"], json!({"type": "string"}));
        assert_eq!(schemas["V"]["allOf"], json!([{"$ref": "#/components/schemas/V-value"}]));
        assert_eq!(schemas["Level-value"], json!({"type": "string", "enum": ["low"]}));
        assert_eq!(schemas["Plain"], json!({"type": "string", "nullable": true}));
        let rules: Vec<&str> = seen.iter().map(|(_, rule)| *rule).collect();
        assert_eq!(schemas["Frequency-value"], json!({"title": "Frequency", "type": "string", "enum": ["weekly"]}));
        assert_eq!(schemas["Short"]["allOf"], json!([{"$ref": "#/components/schemas/Short-value"}]));
        assert_eq!(rules, ["nullable-component"; 5]);
    }

    #[test]
    fn an_all_of_part_beside_one_refusing_null_refers_to_the_non_null_part() {
        let base = json!({"type": "object", "nullable": true, "properties": {"start": {"type": "string"}}});
        let (document, _) = rewritten(json!({"components": {"schemas": {
            "Base": base,
            "Get": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object"}], "required": ["start"]},
            "Alias": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/Base"}]},
        }}}));
        let schemas = &document["components"]["schemas"];
        assert_eq!(schemas["Get"]["allOf"][0], json!({"$ref": "#/components/schemas/Base-value"}));
        // Alone in its `allOf`, the part keeps its null.
        assert_eq!(schemas["Alias"]["allOf"][0], json!({"$ref": "#/components/schemas/Base"}));
    }
}
