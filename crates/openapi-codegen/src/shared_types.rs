//! One type per distinct schema. Large specs repeat the same inline schema (a user, a
//! repository, a `state` enum) at every place it appears, and typify makes a new type of each
//! copy. Here an inline schema that is the same as a component schema refers to that
//! component, and one that appears at several places moves to `components.schemas` once, so
//! every place names one type.
//!
//! "The same" is decided on a fingerprint: the schema's keywords with annotations left out
//! (descriptions, titles, examples), property and `required` order ignored, and each
//! subschema replaced by its own fingerprint, so that comparing is linear in the document.
//! Whether a place may be null is a property of the place, not of the type: a nullable copy and
//! a plain one share the type, the nullable place wraps the reference.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Map, Value, json};

use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::document::walk::MAX_DEPTH;
use crate::document::{component_ref, pointer_join, pointer_push};
use crate::naming::{Case, sanitize};
use crate::type_shapes::{is_nullable, names_a_type};

pub const SHARED_TYPE: Rule = Rule {
    name: "shared-type",
    severity: Severity::Note,
    description: "An inline schema that names a Rust type and is the same as a component schema (keyword for keyword, annotations such as descriptions, titles and examples aside) refers to that component; one that appears at several places moves to `components.schemas` once, named after its title, else after the property it most often sits in (else after its first place, a number last), and each place refers to it. A property keeps its own description and default beside the reference, and a nullable place stays nullable. A part of an `allOf` is not made a type of its own (typify merges the parts), though what is inside it is shared; nor is an enum of one value (typify tells `oneOf` branches apart by such a property).",
};

pub const RULES: &[Rule] = &[SHARED_TYPE];

/// Rounds of collapsing: each round makes the outermost repeated schemas shared, which can make
/// the schemas around them repeat in the next. Nesting deeper than this keeps its copies.
const MAX_ROUNDS: usize = 32;

/// Keywords that say nothing about which values fit, or about the Rust type made of them.
const ANNOTATIONS: &[&str] = &["description", "title", "example", "examples", "externalDocs", "deprecated", "$comment"];

/// Names that component types cannot take (see `prepare::RESERVED_TYPE_NAMES`), besides the
/// names of the components themselves.
pub fn one_type_per_schema(document: &mut Value, reserved: &BTreeSet<String>, diagnostics: &mut Vec<Diagnostic>) {
    let mut fingerprints = Fingerprints::default();
    for _ in 0..MAX_ROUNDS {
        if !collapse_round(document, reserved, &mut fingerprints, diagnostics) {
            return;
        }
    }
}

/// Where an inline schema sits in its parent, which is what names its type.
#[derive(Clone)]
enum Place {
    Property(String),
    Items,
    Values,
    Branch(usize),
}

/// An inline schema that names a type, found in a component schema.
struct Occurrence {
    pointer: String,
    /// The component it is in.
    component: String,
    fingerprint: u32,
    place: Place,
    /// The name typify gives it where it is (`IssueState`).
    typify_name: String,
    /// The property holding the array or map it is the items or values of.
    holder: Option<String>,
    title: Option<String>,
    description: Option<Value>,
}

#[derive(Default)]
struct Fingerprints {
    ids: HashMap<String, u32>,
}

impl Fingerprints {
    fn intern(&mut self, text: String) -> u32 {
        let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        *self.ids.entry(text).or_insert(next)
    }

    /// The fingerprint of `schema`, recording in `found` each inline schema below it that
    /// names a type (in document order, parents first). `name` is typify's name for `schema`.
    fn of(&mut self, schema: &Value, at: &Walker<'_>, found: &mut Vec<Occurrence>) -> u32 {
        let Some(object) = schema.as_object() else { return self.intern(canonical(schema)) };
        if let Some(reference) = object.get("$ref") {
            return self.intern(format!("$ref {}", canonical(reference)));
        }
        if at.depth > MAX_DEPTH {
            return self.intern(format!("deep {}", at.pointer));
        }
        // Nullability is the place's (see `child`).
        let mut keys: Vec<&String> =
            object.keys().filter(|key| *key != "nullable" && !ANNOTATIONS.contains(&key.as_str())).collect();
        keys.sort();
        let mut text = String::from("{");
        for key in keys {
            let value = &object[key];
            text.push_str(key);
            text.push('=');
            match (key.as_str(), value) {
                ("properties", Value::Object(properties)) => {
                    let mut names: Vec<&String> = properties.keys().collect();
                    names.sort();
                    for name in names {
                        let child = at.child(&["properties", name], Place::Property(name.clone()));
                        let token = self.child(&properties[name], &child, found);
                        text.push_str(&format!("{}:{token},", canonical(&Value::String(name.clone()))));
                    }
                }
                ("items" | "additionalProperties" | "not", Value::Object(_)) => {
                    let place = match key.as_str() {
                        "items" => Place::Items,
                        "additionalProperties" => Place::Values,
                        _ => Place::Branch(0),
                    };
                    let mut child = at.child(&[key], place);
                    child.shared &= key != "not";
                    text.push_str(&self.child(value, &child, found));
                }
                ("allOf" | "anyOf" | "oneOf", Value::Array(branches)) => {
                    for (index, branch) in branches.iter().enumerate() {
                        let mut child = at.child(&[key, &index.to_string()], Place::Branch(index));
                        // typify merges the parts of an `allOf` into one type: a part is not a
                        // type of its own to share (what is inside it is).
                        child.part = key == "allOf";
                        text.push_str(&self.child(branch, &child, found));
                        text.push(',');
                    }
                }
                ("required", Value::Array(names)) => {
                    let mut names: Vec<String> = names.iter().map(canonical).collect();
                    names.sort();
                    text.push_str(&names.join(","));
                }
                ("enum", Value::Array(values)) => {
                    let values: Vec<String> = values.iter().filter(|value| !value.is_null()).map(canonical).collect();
                    text.push_str(&values.join(","));
                }
                _ => text.push_str(&canonical(value)),
            }
            text.push(';');
        }
        text.push('}');
        self.intern(text)
    }

    /// A subschema's token in its parent's fingerprint: its own fingerprint, and whether the
    /// place is nullable. Records it when it names a type.
    fn child(&mut self, schema: &Value, at: &Walker<'_>, found: &mut Vec<Occurrence>) -> String {
        let object = schema.as_object();
        let candidate =
            at.shared && !at.part && object.is_some_and(|object| names_a_type(object) && !is_constant(object));
        let index = found.len();
        if let (true, Some(object)) = (candidate, object) {
            let holder = match &at.place {
                Place::Items | Place::Values => at.holder.clone(),
                _ => None,
            };
            found.push(Occurrence {
                pointer: at.pointer.clone(),
                component: at.component.to_string(),
                fingerprint: 0,
                place: at.place.clone(),
                typify_name: at.name.clone(),
                holder,
                title: object.get("title").and_then(Value::as_str).map(str::to_string),
                description: object.get("description").cloned(),
            });
        }
        let fingerprint = self.of(schema, at, found);
        if candidate {
            found[index].fingerprint = fingerprint;
        }
        let nullable = object.is_some_and(is_nullable);
        format!("{fingerprint}{}", if nullable { "?" } else { "" })
    }
}

/// An enum of one value: typify reads such a property of `oneOf` branches as the tag that
/// tells them apart, which it no longer sees behind a reference.
fn is_constant(object: &Map<String, Value>) -> bool {
    object
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|values| values.iter().filter(|v| !v.is_null()).count() == 1)
}

/// Where the fingerprinting walk is.
struct Walker<'c> {
    component: &'c str,
    pointer: String,
    place: Place,
    /// typify's name for the schema here.
    name: String,
    /// The property this schema is the value of, when it is one.
    holder: Option<String>,
    /// Whether schemas here may be shared (not inside a `not`).
    shared: bool,
    /// Whether the schema here is a part of an `allOf`.
    part: bool,
    depth: usize,
}

impl<'c> Walker<'c> {
    fn child(&self, tokens: &[&str], place: Place) -> Walker<'c> {
        let name = match &place {
            Place::Property(property) => crate::prepare::property_type_name(&self.name, property),
            Place::Items => format!("{}Item", self.name),
            Place::Values => format!("{}Value", self.name),
            Place::Branch(index) => format!("{}Variant{index}", self.name),
        };
        let holder = match &place {
            Place::Property(property) => Some(property.clone()),
            _ => self.holder.clone(),
        };
        Walker {
            component: self.component,
            pointer: pointer_join(&self.pointer, tokens.iter().copied()),
            place,
            name,
            holder,
            shared: self.shared,
            part: false,
            depth: self.depth + 1,
        }
    }
}

/// JSON text of `value` with object keys sorted: equal values, equal texts.
fn canonical(value: &Value) -> String {
    match value {
        Value::Object(object) => {
            let mut keys: Vec<&String> = object.keys().collect();
            keys.sort();
            let entries: Vec<String> = keys
                .iter()
                .map(|key| format!("{}:{}", canonical(&Value::String((*key).clone())), canonical(&object[*key])))
                .collect();
            format!("{{{}}}", entries.join(","))
        }
        Value::Array(items) => format!("[{}]", items.iter().map(canonical).collect::<Vec<_>>().join(",")),
        scalar => scalar.to_string(),
    }
}

/// One round: every inline schema whose fingerprint is a component's, or that appears at
/// two places or more (not counting places inside another copy shared this round), refers to
/// its component. Whether anything changed.
fn collapse_round(
    document: &mut Value,
    reserved: &BTreeSet<String>,
    fingerprints: &mut Fingerprints,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let Some(schemas) = document.pointer("/components/schemas").and_then(Value::as_object) else { return false };
    let mut found = Vec::new();
    let mut components: HashMap<u32, String> = HashMap::new();
    for (name, schema) in schemas {
        let walker = Walker {
            component: name,
            pointer: pointer_push("/components/schemas", name),
            place: Place::Branch(0),
            name: sanitize(name, Case::Pascal),
            holder: None,
            shared: true,
            part: false,
            depth: 0,
        };
        let fingerprint = fingerprints.of(schema, &walker, &mut found);
        if schema.as_object().is_some_and(|schema| names_a_type(schema) && !is_nullable(schema)) {
            // Of equal components, the first by name: the spec's key order does not choose
            // which one a copy refers to.
            let chosen = components.entry(fingerprint).or_insert_with(|| name.clone());
            if name < chosen {
                chosen.clone_from(name);
            }
        }
    }
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for occurrence in &found {
        *counts.entry(occurrence.fingerprint).or_default() += 1;
    }
    let first_choice = |fingerprint: &u32| components.contains_key(fingerprint) || counts[fingerprint] > 1;
    // A copy inside another that is shared this round goes with it.
    let chosen_at: HashMap<&str, u32> = found
        .iter()
        .filter(|occurrence| first_choice(&occurrence.fingerprint))
        .map(|occurrence| (occurrence.pointer.as_str(), occurrence.fingerprint))
        .collect();
    let outermost: Vec<&Occurrence> = found
        .iter()
        .filter(|occurrence| first_choice(&occurrence.fingerprint))
        .filter(|occurrence| !has_chosen_ancestor(&occurrence.pointer, &chosen_at))
        .collect();
    let mut by_fingerprint: BTreeMap<(usize, u32), Vec<&Occurrence>> = BTreeMap::new();
    let mut first_seen: HashMap<u32, usize> = HashMap::new();
    for (index, occurrence) in outermost.iter().enumerate() {
        let first = *first_seen.entry(occurrence.fingerprint).or_insert(index);
        by_fingerprint.entry((first, occurrence.fingerprint)).or_default().push(occurrence);
    }
    let mut taken: BTreeSet<String> = reserved.clone();
    taken.extend(schemas.keys().map(|name| sanitize(name, Case::Pascal)));
    let keys: BTreeSet<String> = schemas.keys().map(|name| crate::prepare::type_key(name)).collect();
    let mut replacements: Vec<(&Occurrence, String)> = Vec::new();
    let mut new_types: Vec<(String, Vec<&Occurrence>)> = Vec::new();
    for ((_, fingerprint), places) in by_fingerprint {
        if let Some(component) = components.get(&fingerprint) {
            // A component does not refer to itself in place of its own copy: that could make a
            // type of infinite size.
            replacements
                .extend(places.into_iter().filter(|o| o.component != *component).map(|o| (o, component.clone())));
        } else if places.len() > 1 {
            let name = shared_name(&places, &taken, &keys);
            taken.insert(sanitize(&name, Case::Pascal));
            replacements.extend(places.iter().map(|o| (*o, name.clone())));
            new_types.push((name, places));
        }
    }
    if replacements.is_empty() {
        return false;
    }
    let created: BTreeSet<&str> = new_types.iter().map(|(name, _)| name.as_str()).collect();
    let mut bodies: BTreeMap<String, Value> = BTreeMap::new();
    let mut notes = Vec::new();
    for (occurrence, target) in &replacements {
        let Some(schema) = document.pointer_mut(&occurrence.pointer) else { continue };
        let reference = reference_in_place(schema, occurrence, target);
        let body = std::mem::replace(schema, reference);
        if created.contains(target.as_str()) && !bodies.contains_key(target) {
            bodies.insert(target.clone(), type_body(body, new_types.iter().find(|(n, _)| n == target)));
        }
        let message = if created.contains(target.as_str()) {
            format!("the same schema as at other places: moved to #/components/schemas/{target}, to which each refers")
        } else {
            format!("the same schema as #/components/schemas/{target}: refers to it")
        };
        notes.push(Diagnostic::note(occurrence.pointer.clone(), &SHARED_TYPE, message));
    }
    diagnostics.extend(notes);
    if let Some(schemas) = crate::document::component_schemas_mut(document) {
        // In the order they were named, which is document order.
        for (name, _) in &new_types {
            if let Some(body) = bodies.remove(name) {
                schemas.insert(name.clone(), body);
            }
        }
    }
    true
}

fn has_chosen_ancestor(pointer: &str, chosen_at: &HashMap<&str, u32>) -> bool {
    let mut rest = pointer;
    while let Some(cut) = rest.rfind('/') {
        rest = &rest[..cut];
        if chosen_at.contains_key(rest) {
            return true;
        }
    }
    false
}

/// What stands where a shared schema was: the reference, with what belongs to the place
/// (a property's description and default, nullability) beside it.
fn reference_in_place(schema: &Value, occurrence: &Occurrence, target: &str) -> Value {
    let reference = json!({ "$ref": component_ref("schemas", target) });
    let Some(object) = schema.as_object() else { return reference };
    let mut wrapper = Map::new();
    if matches!(occurrence.place, Place::Property(_)) {
        for key in ["description", "default"] {
            if let Some(value) = object.get(key) {
                wrapper.insert(key.to_string(), value.clone());
            }
        }
    }
    if is_nullable(object) {
        wrapper.insert("nullable".into(), Value::Bool(true));
    }
    if wrapper.is_empty() {
        return reference;
    }
    wrapper.insert("allOf".into(), json!([reference]));
    Value::Object(wrapper)
}

/// The component made of the first copy: without its place's nullability, and with a
/// description only where every place agrees on it.
fn type_body(mut body: Value, named: Option<&(String, Vec<&Occurrence>)>) -> Value {
    let Some(object) = body.as_object_mut() else { return body };
    object.shift_remove("nullable");
    if let Some(Value::Array(values)) = object.get_mut("enum") {
        values.retain(|value| !value.is_null());
    }
    let places = named.map(|(_, places)| places.as_slice()).unwrap_or_default();
    let agreed = places.windows(2).all(|pair| pair[0].description == pair[1].description);
    if !agreed {
        object.shift_remove("description");
    }
    let titles: BTreeSet<&str> = places.iter().filter_map(|place| place.title.as_deref()).collect();
    if titles.len() > 1 {
        object.shift_remove("title");
    }
    body
}

/// The name of a type shared by `places`: their title, else the property they most often
/// sit in (or whose items or values they are), else typify's name at the first place; a
/// number only when all of these are taken.
fn shared_name(places: &[&Occurrence], taken: &BTreeSet<String>, keys: &BTreeSet<String>) -> String {
    let free = |candidate: &str| {
        !taken.contains(&sanitize(candidate, Case::Pascal)) && !keys.contains(&crate::prepare::type_key(candidate))
    };
    let titles: BTreeSet<&str> = places.iter().filter_map(|place| place.title.as_deref()).collect();
    let mut candidates: Vec<String> = Vec::new();
    if titles.len() == 1 {
        candidates.extend(titles.iter().map(|title| sanitize(title, Case::Pascal)));
    }
    let mut by_property: Vec<(String, usize)> = Vec::new();
    for place in places {
        let base = match (&place.place, &place.holder) {
            (Place::Property(property), _) => property.clone(),
            (Place::Items, Some(holder)) => format!("{holder}_item"),
            (Place::Values, Some(holder)) => format!("{holder}_value"),
            _ => continue,
        };
        match by_property.iter_mut().find(|(name, _)| *name == base) {
            Some((_, count)) => *count += 1,
            None => by_property.push((base, 1)),
        }
    }
    // The most frequent; of equals, the first met.
    let most = by_property.iter().map(|(_, count)| *count).max().unwrap_or(0);
    candidates.extend(
        by_property.iter().filter(|(_, count)| *count == most).take(1).map(|(name, _)| sanitize(name, Case::Pascal)),
    );
    let first = places.first().map(|place| place.typify_name.clone()).unwrap_or_else(|| "Shared".to_string());
    candidates.push(first.clone());
    candidates
        .into_iter()
        .find(|candidate| !candidate.is_empty() && free(candidate))
        .unwrap_or_else(|| crate::naming::first_free(&first, '_', |candidate| !free(candidate)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collapsed(mut document: Value) -> (Value, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        one_type_per_schema(&mut document, &BTreeSet::new(), &mut diagnostics);
        (document, diagnostics)
    }

    fn state(values: &[&str]) -> Value {
        json!({ "type": "string", "enum": values })
    }

    #[test]
    fn identical_inline_enums_become_one_type_named_after_their_property() {
        let (document, diagnostics) = collapsed(json!({ "components": { "schemas": {
            "Issue": { "type": "object", "properties": { "state": state(&["open", "closed"]) } },
            "Pull": { "type": "object", "properties": {
                "state": { "description": "Whether it is open.", "type": "string", "enum": ["open", "closed"] }
            } },
        } } }));
        let schemas = &document["components"]["schemas"];
        assert_eq!(schemas["State"], state(&["open", "closed"]));
        assert_eq!(schemas["Issue"]["properties"]["state"], json!({ "$ref": "#/components/schemas/State" }));
        assert_eq!(
            schemas["Pull"]["properties"]["state"],
            json!({ "description": "Whether it is open.", "allOf": [{ "$ref": "#/components/schemas/State" }] })
        );
        assert_eq!(diagnostics.len(), 2);
    }

    #[test]
    fn schemas_that_differ_in_one_keyword_stay_two_types() {
        let (document, _) = collapsed(json!({ "components": { "schemas": {
            "Issue": { "type": "object", "properties": { "state": state(&["open", "closed"]) } },
            "Pull": { "type": "object", "properties": { "state": state(&["open", "merged"]) } },
        } } }));
        let schemas = document["components"]["schemas"].as_object().map(|s| s.len());
        assert_eq!(schemas, Some(2));
        assert_eq!(document["components"]["schemas"]["Pull"]["properties"]["state"], state(&["open", "merged"]));
    }

    #[test]
    fn of_two_equal_components_a_copy_refers_to_the_first_by_name_in_any_key_order() {
        let key = json!({ "type": "object", "properties": { "key": { "type": "string" } } });
        for order in [["Wallet", "Consent"], ["Consent", "Wallet"]] {
            let mut schemas = serde_json::Map::new();
            for name in order {
                schemas.insert(name.to_string(), key.clone());
            }
            schemas.insert("User".into(), json!({ "type": "object", "properties": { "key": key.clone() } }));
            let (document, _) = collapsed(json!({ "components": { "schemas": schemas } }));
            let reference = &document["components"]["schemas"]["User"]["properties"]["key"];
            assert_eq!(reference, &json!({ "$ref": "#/components/schemas/Consent" }), "{order:?}");
        }
    }

    #[test]
    fn an_inline_copy_of_a_component_refers_to_it_and_objects_collapse_bottom_up() {
        let user = json!({ "type": "object", "required": ["login"], "properties": {
            "login": { "type": "string" }, "kind": state(&["user", "bot"]) } });
        let mut described = user.clone();
        described["description"] = json!("The author.");
        described["properties"]["kind"]["description"] = json!("What the account is.");
        let (document, _) = collapsed(json!({ "components": { "schemas": {
            "user": user,
            "Comment": { "type": "object", "properties": { "author": described, "editor": {
                "nullable": true, "type": "object", "properties": {
                    "kind": state(&["user", "bot"]), "login": { "type": "string" } }, "required": ["login"] } } },
        } } }));
        let comment = &document["components"]["schemas"]["Comment"]["properties"];
        assert_eq!(
            comment["author"],
            json!({ "description": "The author.", "allOf": [{ "$ref": "#/components/schemas/user" }] })
        );
        assert_eq!(comment["editor"], json!({ "nullable": true, "allOf": [{ "$ref": "#/components/schemas/user" }] }));
        assert_eq!(document["components"]["schemas"].as_object().map(|s| s.len()), Some(2));
    }

    #[test]
    fn a_copy_nested_in_a_shared_copy_goes_with_it() {
        let repository = json!({ "type": "object", "properties": {
            "visibility": state(&["public", "private"]), "name": { "type": "string" } } });
        let (document, _) = collapsed(json!({ "components": { "schemas": {
            "Push": { "type": "object", "properties": { "repository": repository.clone() } },
            "Fork": { "type": "object", "properties": { "repository": repository } },
        } } }));
        let schemas = &document["components"]["schemas"];
        assert_eq!(schemas["Repository"]["properties"]["visibility"], state(&["public", "private"]));
        assert!(schemas.get("Visibility").is_none());
        assert_eq!(schemas["Fork"]["properties"]["repository"], json!({ "$ref": "#/components/schemas/Repository" }));
    }

    #[test]
    fn a_taken_name_gives_the_parent_and_property_then_a_number() {
        let (document, _) = collapsed(json!({ "components": { "schemas": {
            "State": { "type": "object", "properties": { "a": { "type": "string" } } },
            "Issue": { "type": "object", "properties": { "state": state(&["open", "draft"]), "items": {
                "type": "array", "items": { "type": "object", "properties": { "state": state(&["open", "draft"]) } } } } },
            "Pull": { "type": "object", "properties": { "state": state(&["open", "draft"]), "items": {
                "type": "array", "items": { "type": "object", "properties": { "state": state(&["open", "draft"]) } } } } },
        } } }));
        let schemas = &document["components"]["schemas"];
        assert_eq!(schemas["IssueState"], state(&["open", "draft"]));
        assert_eq!(schemas["ItemsItem"]["properties"]["state"], json!({ "$ref": "#/components/schemas/IssueState" }));
    }

    #[test]
    fn enums_of_one_value_stay_where_they_tag_a_branch() {
        let branch = |extra: &str| {
            json!({ "type": "object", "required": ["type"], "properties": {
            "type": state(&["create"]), extra: { "type": "string" } } })
        };
        let (document, _) = collapsed(json!({ "components": { "schemas": {
            "Disk": { "oneOf": [branch("name"), branch("size")] },
            "Nic": { "oneOf": [branch("ip"), branch("mac")] },
        } } }));
        assert_eq!(document["components"]["schemas"]["Nic"]["oneOf"][0], branch("ip"));
        assert_eq!(document["components"]["schemas"].as_object().map(|s| s.len()), Some(2));
    }

    #[test]
    fn parts_of_an_all_of_are_not_types_but_what_is_inside_them_is_shared() {
        let part = json!({ "type": "object", "properties": { "a": state(&["x", "y"]) } });
        let (document, _) = collapsed(json!({ "components": { "schemas": {
            "One": { "allOf": [{ "$ref": "#/components/schemas/Two" }, part.clone()] },
            "Two": { "allOf": [part] },
        } } }));
        let schemas = &document["components"]["schemas"];
        let shared_part = json!({ "type": "object", "properties": { "a": { "$ref": "#/components/schemas/A" } } });
        assert_eq!(schemas["One"]["allOf"][1], shared_part);
        assert_eq!(schemas["Two"]["allOf"][0], shared_part);
        assert_eq!(schemas.as_object().map(|s| s.len()), Some(3));
    }
}
