//! What changed between two versions of a spec, and whom each change breaks.
//!
//! Both versions are compared as the engine prepares them (files bundled, 3.1 normalized to
//! the 3.0 form, inline schemas moved into `components`), so the way a schema is written
//! (`nullable` or `type: [T, "null"]`, inline or behind a `$ref`, key order) is no change;
//! descriptions, summaries, titles and examples are not compared. Operations are matched by
//! method and path (parameter names in the path aside), parameters by location and name,
//! schemas by following both versions' `$ref`s, each pair of component schemas once per side
//! (cycles end there).
//!
//! Each change has three verdicts, because this workspace generates both sides: whether a
//! client generated from the old spec breaks against a server of the new one, whether a
//! server implementation written for the old spec must change, and whether Rust code written
//! against the old generated crates stops compiling. A change no rule covers is reported as
//! unclassified.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::document::{
    component_ref, first_server_url, follow_references, is_absolute_url, operations, pointer_join, pointer_push,
    template_variables, unescape_token,
};
use crate::load::sha256_hex;

/// Whether a change breaks one party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Impact {
    Breaks,
    Compatible,
}

/// A change's three verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdicts {
    /// A client generated from the old spec, against a server of the new one.
    pub clients: Impact,
    /// A server implementation written for the old spec, under the new one.
    pub servers: Impact,
    /// Rust code written against the old generated crates, compiled against the new ones.
    pub rust: Impact,
}

impl Verdicts {
    pub fn breaks_any(&self) -> bool {
        [self.clients, self.servers, self.rust].contains(&Impact::Breaks)
    }
}

/// One change between the two versions.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// `rule@location#hash`: the same change gives the same id in every run.
    pub id: String,
    pub rule: &'static str,
    /// A JSON pointer into the prepared spec (parameters as `parameters/<in>/<name>`).
    pub location: String,
    pub message: String,
    /// `None` for a change no rule covers.
    pub verdicts: Option<Verdicts>,
    /// For a change in a schema, the way its values travel: a component schema both sends and
    /// receives is compared, and reported, once for each.
    pub side: Option<Side>,
    /// The operations (`GET /pets`) whose inputs or answers the change is in.
    pub operations: BTreeSet<String>,
}

/// What the generated code does that decides some verdicts.
#[derive(Debug, Clone, Copy, Default)]
pub struct Generated {
    /// Received string enums keep values they do not list (`unknown-enum-values = "keep"`).
    pub tolerant_enums: bool,
}

/// Which way a schema's values travel, between the API's client and its provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    /// From the client to the provider: parameters and request bodies, and the answers a
    /// client gives to a webhook or a callback.
    Request,
    /// From the provider to the client: answers, and the requests of webhooks and callbacks.
    Response,
}

impl Side {
    /// `client to server` or `server to client`, as a report says it.
    pub fn word(self) -> &'static str {
        match self {
            Side::Request => "client to server",
            Side::Response => "server to client",
        }
    }

    fn reversed(self) -> Self {
        match self {
            Side::Request => Side::Response,
            Side::Response => Side::Request,
        }
    }
}

const B: Impact = Impact::Breaks;
const C: Impact = Impact::Compatible;

/// Verdicts for a change that narrows what a side accepts (a bound tightened, a value
/// removed): on a request the old client may send what is now refused; on a response the old
/// server may send what is now wrong.
const fn narrowed(side: Side, rust: Impact) -> Verdicts {
    match side {
        Side::Request => Verdicts { clients: B, servers: C, rust },
        Side::Response => Verdicts { clients: C, servers: B, rust },
    }
}

/// Verdicts for a change that widens what a side carries (a bound loosened, a value added):
/// the receiving party sees what it did not expect.
const fn widened(side: Side, rust: Impact) -> Verdicts {
    match side {
        Side::Request => Verdicts { clients: C, servers: B, rust },
        Side::Response => Verdicts { clients: B, servers: C, rust },
    }
}

const ALL_BREAK: Verdicts = Verdicts { clients: B, servers: B, rust: B };

/// Keywords that say nothing about what travels: never compared.
const DOCUMENTATION: &[&str] = &["description", "summary", "title", "example", "examples", "externalDocs", "xml"];

/// Schema keywords the rules below compare; any other that differs is unclassified.
const SCHEMA_KEYWORDS: &[&str] = &[
    "$ref",
    "type",
    "format",
    "nullable",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "oneOf",
    "anyOf",
    "allOf",
    "discriminator",
    "default",
    "maxLength",
    "minLength",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxItems",
    "minItems",
    "maxProperties",
    "minProperties",
    "uniqueItems",
    "pattern",
    "multipleOf",
    "deprecated",
    "readOnly",
    "writeOnly",
];

/// Upper bounds: a smaller value, or a new one, narrows.
const UPPER_BOUNDS: &[&str] = &["maxLength", "maximum", "maxItems", "maxProperties"];
/// Lower bounds: a larger value, or a new one, narrows.
const LOWER_BOUNDS: &[&str] = &["minLength", "minimum", "minItems", "minProperties"];
/// Constraints whose change cannot be ordered: a new or changed one narrows, a removed one widens.
const CONSTRAINTS: &[&str] = &["pattern", "multipleOf", "uniqueItems", "exclusiveMaximum", "exclusiveMinimum"];

/// What an absent keyword is compared as.
static NULL: Value = Value::Null;
static NO_ENTRIES: std::sync::LazyLock<serde_json::Map<String, Value>> = std::sync::LazyLock::new(serde_json::Map::new);

/// Schemas nest deeper than this only through `$ref`s, which are compared once.
const MAX_DEPTH: usize = 64;

/// One version of a spec, as `diff` compares it.
#[derive(Debug, Clone, Copy)]
pub struct Version<'a> {
    /// The prepared document.
    pub api: &'a Value,
    /// Its webhooks and callbacks as operations ([`events_view`], then prepared), if any.
    pub events: Option<&'a EventsView>,
    /// The component schemas the spec declares (see [`written_schemas`]); the others are
    /// inline schemas that preparation named.
    pub written: &'a BTreeSet<String>,
}

/// The names of the component schemas of a loaded document, before preparation adds any.
pub fn written_schemas(document: &Value) -> BTreeSet<String> {
    let schemas = document.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten();
    schemas.map(|(name, _)| name.clone()).collect()
}

/// Every change from `old` to `new`, in a stable order; a change that several operations
/// reach is one change listing them all.
pub fn diff(old: Version<'_>, new: Version<'_>, generated: Generated) -> Vec<Change> {
    let written = (old.written, new.written);
    let mut differ = Differ::new(old.api, new.api, written, generated, None);
    differ.servers();
    differ.security_schemes();
    differ.operations();
    let mut compared = differ.compared_components();
    let mut changes = differ.changes;
    if old.events.is_some() || new.events.is_some() {
        let empty = EventsView::default();
        let (old_events, new_events) = (old.events.unwrap_or(&empty), new.events.unwrap_or(&empty));
        let events = Some((old_events, new_events));
        let mut differ = Differ::new(&old_events.document, &new_events.document, written, generated, events);
        differ.operations();
        compared.extend(differ.compared_components());
        changes.extend(differ.changes);
    }
    // The types crate has a type for every component schema, reached or not.
    let mut differ = Differ::new(old.api, new.api, written, generated, None);
    differ.components(&compared);
    changes.extend(differ.changes);
    changes.sort_by(|a, b| (&a.location, a.rule, &a.message, &a.id).cmp(&(&b.location, b.rule, &b.message, &b.id)));
    let mut merged: Vec<Change> = Vec::with_capacity(changes.len());
    for change in changes {
        match merged.last_mut() {
            Some(last) if last.id == change.id => last.operations.extend(change.operations),
            _ => merged.push(change),
        }
    }
    merged
}

/// A spec's webhooks and callbacks as the operations of a document of their own, so that they
/// are prepared (and normalized) as any operation is, and compared with the two sides swapped:
/// the provider sends their requests, and the API's client answers them.
#[derive(Debug, Clone, Default)]
pub struct EventsView {
    /// The spec with `paths` holding one path item per webhook and per callback expression.
    pub document: Value,
    /// For each path of `document`: where the path item is in the spec, and how a report names it.
    pub origins: BTreeMap<String, EventOrigin>,
}

/// Where a webhook's or a callback's path item is in the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventOrigin {
    /// Its JSON pointer: `/webhooks/newPet`, `/paths/~1subscribe/post/callbacks/onEvent/{$request.body#~1url}`.
    pub pointer: String,
    /// `webhook newPet`, `callback onEvent of POST /subscribe`.
    pub label: String,
}

/// The events view of a loaded (and bundled) document, before it is prepared; `None` when the
/// spec has neither webhooks nor callbacks.
pub fn events_view(document: &Value) -> Option<EventsView> {
    let mut items: Vec<(EventOrigin, Value)> = Vec::new();
    let webhooks = document.get("webhooks").and_then(Value::as_object).into_iter().flatten();
    for (name, item) in webhooks {
        let origin = EventOrigin { pointer: pointer_push("/webhooks", name), label: format!("webhook {name}") };
        items.push((origin, item.clone()));
    }
    for at in operations(document) {
        let callbacks = at.operation.get("callbacks").and_then(Value::as_object).into_iter().flatten();
        for (name, callback) in callbacks {
            let callback = follow_references(document, callback);
            let expressions = callback.as_object().into_iter().flatten();
            for (expression, item) in expressions.filter(|(key, _)| !key.starts_with("x-")) {
                let pointer = pointer_join(&at.pointer(), ["callbacks", name.as_str(), expression.as_str()]);
                let method = at.method.as_str().to_uppercase();
                let label = format!("callback {name} of {method} {}", at.path);
                items.push((EventOrigin { pointer, label }, item.clone()));
            }
        }
    }
    if items.is_empty() {
        return None;
    }
    let mut view = document.clone();
    let object = view.as_object_mut()?;
    object.shift_remove("webhooks");
    let mut paths = serde_json::Map::new();
    let mut origins = BTreeMap::new();
    for (index, (origin, mut item)) in items.into_iter().enumerate() {
        // A path with no template variable, unique and stable: the origin's place in the list
        // would change as events come and go, so the key is made of the pointer.
        let key = format!("/{}", origin.pointer.replace(['{', '}'], "").replace('/', "."));
        let key = if paths.contains_key(&key) { format!("{key}.{index}") } else { key };
        for (_, operation) in item.as_object_mut().into_iter().flatten() {
            if let Some(operation) = operation.as_object_mut() {
                operation.shift_remove("callbacks");
            }
        }
        paths.insert(key.clone(), item);
        origins.insert(key, origin);
    }
    object.insert("paths".into(), Value::Object(paths));
    Some(EventsView { document: view, origins })
}

/// A pair of component schemas (old name, new name) compared for values going one way.
type ComparedKey = (String, String, Side);

/// A component pair being walked.
struct Walk {
    key: ComparedKey,
    /// The changes it reaches through pairs compared before.
    gathered: Vec<usize>,
    /// Pairs walked inside it that refer back to it: they reach what it reaches.
    cycle: Vec<ComparedKey>,
}

struct Differ<'a> {
    old: &'a Value,
    new: &'a Value,
    /// The old and the new version's component schemas as written.
    written: (&'a BTreeSet<String>, &'a BTreeSet<String>),
    generated: Generated,
    /// Set when comparing events: the provider sends the requests, so the verdicts for
    /// clients and servers trade places, and operations are named by their origin.
    events: Option<(&'a EventsView, &'a EventsView)>,
    changes: Vec<Change>,
    /// Component schema pairs compared, by side: the changes they reach (indexes of `changes`).
    compared: BTreeMap<ComparedKey, Vec<usize>>,
    /// The pairs being walked, innermost last.
    walking: Vec<Walk>,
    /// The operation being compared (`GET /pets`), for the changes found in it.
    operation: String,
    /// The side of the schema being compared, if one is.
    side: Option<Side>,
    /// Set while comparing the component schemas no operation reached: the pairs operations
    /// did reach (compared already).
    unreached: Option<BTreeSet<(String, String)>>,
}

impl<'a> Differ<'a> {
    fn new(
        old: &'a Value,
        new: &'a Value,
        written: (&'a BTreeSet<String>, &'a BTreeSet<String>),
        generated: Generated,
        events: Option<(&'a EventsView, &'a EventsView)>,
    ) -> Self {
        let (changes, compared, operation) = (Vec::new(), BTreeMap::new(), String::new());
        let (walking, side, unreached) = (Vec::new(), None, None);
        Differ { old, new, written, generated, events, changes, compared, walking, operation, side, unreached }
    }

    /// The way the values of an operation's part travel: for an event, its request goes from
    /// the provider to the client.
    fn schema_side(&self, part: Side) -> Side {
        if self.events.is_some() { part.reversed() } else { part }
    }

    /// How a report names the operation at `path` of the old (or new) version, and its pointer.
    fn operation_place(&self, method: &str, path: &str, in_new: bool) -> (String, String) {
        let origin = self.events.and_then(|(old, new)| if in_new { new } else { old }.origins.get(path));
        match origin {
            Some(origin) => {
                (format!("{method} {}", origin.label), pointer_push(&origin.pointer, &method.to_lowercase()))
            }
            None => (format!("{method} {path}"), pointer_push(&pointer_push("/paths", path), &method.to_lowercase())),
        }
    }

    fn report(
        &mut self,
        rule: &'static str,
        location: &str,
        message: String,
        verdicts: Option<Verdicts>,
        values: (&Value, &Value),
    ) {
        let side = self.side.map_or("", Side::word);
        // Of what the rule compares, so that a reworded description keeps the id.
        let (was, is) = (without_documentation(values.0), without_documentation(values.1));
        let digest = sha256_hex(format!("{was}\u{0}{is}\u{0}{side}").as_bytes());
        let operations = match self.operation.is_empty() {
            true => BTreeSet::new(),
            false => BTreeSet::from([self.operation.clone()]),
        };
        // An event's provider sends its request and the client answers: the verdicts of the
        // operation's parts trade places. A schema's values are already compared by the way
        // they travel (`schema_side`), whose verdicts name the parties as they are.
        let verdicts = match (self.events, self.side) {
            (Some(_), None) => verdicts.map(|v| Verdicts { clients: v.servers, servers: v.clients, rust: v.rust }),
            _ => verdicts,
        };
        // No code is generated for events, only types for the component schemas they use.
        let verdicts = match self.events {
            Some(_) if !location.starts_with("/components/") => verdicts.map(|v| Verdicts { rust: C, ..v }),
            _ => verdicts,
        };
        // No operation carries the values of a schema no operation reaches.
        let verdicts = match self.unreached {
            Some(_) => verdicts.map(|v| Verdicts { clients: C, servers: C, ..v }),
            None => verdicts,
        };
        self.changes.push(Change {
            id: format!("{rule}@{location}#{}", &digest[..8]),
            rule,
            location: location.to_string(),
            message,
            verdicts,
            side: self.side,
            operations,
        });
    }

    fn servers(&mut self) {
        let url = |document: &Value| first_server_url(document).map_or(Value::Null, Value::String);
        let (old, new) = (url(self.old), url(self.new));
        if old != new {
            // The client's default base URL and the server's base path both follow it; the
            // client has `DEFAULT_BASE_URL` only for an absolute URL.
            let absolute = |url: &Value| url.as_str().is_some_and(is_absolute_url);
            let rust = if absolute(&old) == absolute(&new) { C } else { B };
            let verdicts = Verdicts { clients: B, servers: B, rust };
            self.report(
                "server-url-changed",
                "/servers/0/url",
                format!("the first server is {new}, was {old}"),
                Some(verdicts),
                (&old, &new),
            );
        }
    }

    fn security_schemes(&mut self) {
        let schemes = |document: &'a Value| document.pointer("/components/securitySchemes").and_then(Value::as_object);
        let (old, new) = (schemes(self.old), schemes(self.new));
        let empty: &serde_json::Map<String, Value> = &NO_ENTRIES;
        let (old, new) = (old.unwrap_or(empty), new.unwrap_or(empty));
        for (name, old_scheme) in old {
            let location = pointer_push("/components/securitySchemes", name);
            match new.get(name) {
                None => self.report(
                    "security-scheme-removed",
                    &location,
                    format!("security scheme `{name}` is removed"),
                    Some(ALL_BREAK),
                    (old_scheme, &Value::Null),
                ),
                Some(new_scheme) => self.security_scheme_pair(&location, name, old_scheme, new_scheme),
            }
        }
        for (name, new_scheme) in new.iter().filter(|(name, _)| !old.contains_key(*name)) {
            let location = pointer_push("/components/securitySchemes", name);
            let verdicts = Verdicts { clients: C, servers: C, rust: C };
            self.report(
                "security-scheme-added",
                &location,
                format!("security scheme `{name}` is added"),
                Some(verdicts),
                (&Value::Null, new_scheme),
            );
        }
    }

    /// A security scheme in both versions: its OAuth2 scopes one by one, anything else as one
    /// change (the client's constructors and the server's credentials follow the scheme).
    fn security_scheme_pair(&mut self, location: &str, name: &str, old: &'a Value, new: &'a Value) {
        let (mut old_rest, mut new_rest) = (without_documentation(old), without_documentation(new));
        let (old_scopes, new_scopes) = (take_scopes(&mut old_rest), take_scopes(&mut new_rest));
        let (old_urls, new_urls) = (take_urls(&mut old_rest), take_urls(&mut new_rest));
        if old_rest != new_rest {
            let message = format!("security scheme `{name}` changed");
            self.report("security-scheme-changed", location, message, Some(ALL_BREAK), (old, new));
        }
        let places: BTreeSet<&String> = old_urls.keys().chain(new_urls.keys()).collect();
        for at in places {
            let (was, url) = (old_urls.get(at).unwrap_or(&NULL), new_urls.get(at).unwrap_or(&NULL));
            if was != url {
                // Where a client gets its token: the API's own code takes the token as it is.
                let verdicts = Verdicts { clients: B, servers: C, rust: C };
                let message = format!("`{at}` is {url}, was {was}");
                self.report("token-url-changed", &format!("{location}{at}"), message, Some(verdicts), (was, url));
            }
        }
        // A client that asks for a removed scope is refused a token; servers and Rust code
        // never name scopes.
        let removed = old_scopes.difference(&new_scopes).map(|scope| (scope, true));
        let added = new_scopes.difference(&old_scopes).map(|scope| (scope, false));
        for ((flow, scope), was_removed) in removed.chain(added) {
            let at = pointer_join(location, ["flows", flow.as_str(), "scopes", scope.as_str()]);
            let value = Value::String(scope.clone());
            let (rule, word, clients, values) = match was_removed {
                true => ("scope-removed", "removed", B, (&value, &NULL)),
                false => ("scope-added", "added", C, (&NULL, &value)),
            };
            let message = format!("scope `{scope}` of the {flow} flow is {word}");
            self.report(rule, &at, message, Some(Verdicts { clients, servers: C, rust: C }), values);
        }
    }

    fn operations(&mut self) {
        let by_key = |document: &'a Value| -> BTreeMap<String, (String, &'a str, &'a Value)> {
            operations(document)
                .map(|at| {
                    let method = at.method.as_str().to_uppercase();
                    (format!("{method} {}", template_shape(at.path)), (method, at.path, at.operation))
                })
                .collect()
        };
        let (old, new) = (by_key(self.old), by_key(self.new));
        let events = self.events.is_some();
        for (key, (method, path, old_operation)) in &old {
            let (label, location) = self.operation_place(method, path, false);
            self.operation = label;
            match new.get(key) {
                Some((_, new_path, new_operation)) => {
                    let (label, location) = self.operation_place(method, new_path, true);
                    self.operation = label;
                    let renamed = renamed_path_parameters(path, new_path);
                    self.operation_pair(&location, old_operation, new_operation, &renamed);
                }
                None => {
                    let deprecated = old_operation.get("deprecated").and_then(Value::as_bool) == Some(true);
                    let (rule, verdicts) = match (events, deprecated) {
                        // The provider no longer sends it; no code is generated for events (a
                        // component schema its payload used is compared on its own).
                        (true, _) => ("event-removed", Verdicts { clients: C, servers: C, rust: C }),
                        (false, true) => ("deprecated-operation-removed", Verdicts { clients: B, servers: C, rust: B }),
                        (false, false) => ("operation-removed", Verdicts { clients: B, servers: C, rust: B }),
                    };
                    let message = format!("{} is removed", self.operation);
                    self.report(rule, &location, message, Some(verdicts), (old_operation, &Value::Null));
                }
            }
        }
        for (key, (method, path, new_operation)) in &new {
            if !old.contains_key(key) {
                let (label, location) = self.operation_place(method, path, true);
                self.operation = label;
                let (rule, verdicts) = match events {
                    // Generated code neither sends nor receives events: their payloads are types.
                    true => ("event-added", Verdicts { clients: C, servers: C, rust: C }),
                    // A new required method of the server trait.
                    false => ("operation-added", Verdicts { clients: C, servers: B, rust: B }),
                };
                let message = format!("{} is added", self.operation);
                self.report(rule, &location, message, Some(verdicts), (&Value::Null, new_operation));
            }
        }
        self.operation.clear();
    }

    /// `renamed`: the path parameters whose name changed, old name to new.
    fn operation_pair(&mut self, location: &str, old: &'a Value, new: &'a Value, renamed: &BTreeMap<String, String>) {
        let (old_id, new_id) = (old.get("operationId"), new.get("operationId"));
        if old_id != new_id {
            // Events have no generated methods to rename.
            let rust = if self.events.is_some() { C } else { B };
            let verdicts = Verdicts { clients: C, servers: C, rust };
            let message = format!("operationId is {}, was {} (the Rust names follow it)", show(new_id), show(old_id));
            self.report(
                "operation-id-changed",
                &pointer_push(location, "operationId"),
                message,
                Some(verdicts),
                (old_id.unwrap_or(&Value::Null), new_id.unwrap_or(&Value::Null)),
            );
        }
        let deprecated = |operation: &Value| operation.get("deprecated").and_then(Value::as_bool) == Some(true);
        if !deprecated(old) && deprecated(new) {
            let verdicts = Verdicts { clients: C, servers: C, rust: C };
            self.report(
                "operation-deprecated",
                &pointer_push(location, "deprecated"),
                "the operation is deprecated".into(),
                Some(verdicts),
                (&Value::Bool(false), &Value::Bool(true)),
            );
        }
        self.parameters(location, old, new, renamed);
        self.request_body(location, old.get("requestBody"), new.get("requestBody"));
        self.responses(location, old, new);
        let security = |operation: &'a Value, document: &'a Value| {
            operation.get("security").or_else(|| document.get("security")).cloned().unwrap_or(Value::Null)
        };
        let (old_security, new_security) = (security(old, self.old), security(new, self.new));
        if requirement_set(&old_security) != requirement_set(&new_security) {
            // The server trait's method takes the operation's credentials.
            let verdicts = Verdicts { clients: B, servers: B, rust: B };
            self.report(
                "security-changed",
                &pointer_push(location, "security"),
                "the credentials the operation takes changed".into(),
                Some(verdicts),
                (&old_security, &new_security),
            );
        }
        const COMPARED: &[&str] = &[
            "operationId",
            "deprecated",
            "parameters",
            "requestBody",
            "responses",
            "security",
            "tags",
            "callbacks",
            "servers",
        ];
        self.unclassified_keywords(location, old, new, COMPARED);
    }

    fn parameters(&mut self, location: &str, old: &'a Value, new: &'a Value, renamed: &BTreeMap<String, String>) {
        let by_name = |document: &'a Value, operation: &'a Value| -> BTreeMap<(String, String), &'a Value> {
            let list = operation.get("parameters").and_then(Value::as_array).into_iter().flatten();
            list.map(|parameter| follow_references(document, parameter))
                .filter_map(|parameter| {
                    let place = parameter.get("in")?.as_str()?.to_string();
                    Some(((place, parameter.get("name")?.as_str()?.to_string()), parameter))
                })
                .collect()
        };
        let (mut old, new) = (by_name(self.old, old), by_name(self.new, new));
        // A path parameter renamed in the template is the same parameter: the wire does not
        // change, the Rust field named after it does.
        for (was, is) in renamed {
            let Some(parameter) = old.remove(&("path".to_string(), was.clone())) else { continue };
            if new.contains_key(&("path".to_string(), is.clone())) {
                let at = pointer_join(location, ["parameters", "path", is.as_str()]);
                let verdicts = Verdicts { clients: C, servers: C, rust: B };
                let message = format!("path parameter `{was}` is renamed `{is}`");
                let values = (Value::String(was.clone()), Value::String(is.clone()));
                self.report("path-parameter-renamed", &at, message, Some(verdicts), (&values.0, &values.1));
            }
            old.insert(("path".to_string(), is.clone()), parameter);
        }
        let required = |parameter: &Value| parameter.get("required").and_then(Value::as_bool) == Some(true);
        // A parameter moved: one of a name the old version alone has in one place, and the new
        // version alone in another (each paired once).
        let mut moved_to: BTreeMap<&(String, String), &String> = BTreeMap::new();
        for key in old.keys().filter(|key| !new.contains_key(*key)) {
            let taken: BTreeSet<&String> = moved_to.values().copied().collect();
            let target = new.keys().find(|(to, other)| {
                *other == key.1 && !old.contains_key(&(to.clone(), other.clone())) && !taken.contains(to)
            });
            if let Some((to, _)) = target {
                moved_to.insert(key, to);
            }
        }
        for ((place, name), old_parameter) in &old {
            let at = pointer_join(location, ["parameters", place.as_str(), name.as_str()]);
            let Some(new_parameter) = new.get(&(place.clone(), name.clone())) else {
                let moved = moved_to.get(&(place.clone(), name.clone())).map(|to| (*to).clone());
                match moved {
                    Some(to) => self.report(
                        "parameter-moved",
                        &at,
                        format!("parameter `{name}` moved from the {place} to the {to}"),
                        // The Rust field and argument keep their name and type.
                        Some(Verdicts { clients: B, servers: B, rust: C }),
                        (old_parameter, &Value::Null),
                    ),
                    None => {
                        let verdicts = Verdicts { clients: C, servers: C, rust: B };
                        self.report(
                            "parameter-removed",
                            &at,
                            format!("{place} parameter `{name}` is removed"),
                            Some(verdicts),
                            (old_parameter, &Value::Null),
                        )
                    }
                }
                continue;
            };
            match (required(old_parameter), required(new_parameter)) {
                (false, true) => self.report(
                    "parameter-made-required",
                    &at,
                    format!("{place} parameter `{name}` is required"),
                    Some(Verdicts { clients: B, servers: C, rust: B }),
                    (old_parameter, new_parameter),
                ),
                (true, false) => self.report(
                    "parameter-made-optional",
                    &at,
                    format!("{place} parameter `{name}` is optional"),
                    Some(Verdicts { clients: C, servers: B, rust: B }),
                    (old_parameter, new_parameter),
                ),
                _ => {}
            }
            for keyword in ["style", "explode", "allowReserved"] {
                let (was, is) = (old_parameter.get(keyword), new_parameter.get(keyword));
                if was != is {
                    let message = format!("{place} parameter `{name}`: `{keyword}` is {}, was {}", show(is), show(was));
                    let verdicts = Verdicts { clients: B, servers: B, rust: C };
                    self.report(
                        "parameter-style-changed",
                        &pointer_push(&at, keyword),
                        message,
                        Some(verdicts),
                        (was.unwrap_or(&Value::Null), is.unwrap_or(&Value::Null)),
                    );
                }
            }
            let empty = &NULL;
            let schema = |parameter: &'a Value| parameter.get("schema").unwrap_or(empty);
            let side = self.schema_side(Side::Request);
            self.schema(&pointer_push(&at, "schema"), schema(old_parameter), schema(new_parameter), side, 0);
            self.deprecation(&at, old_parameter, new_parameter);
            const COMPARED: &[&str] =
                &["name", "in", "required", "style", "explode", "allowReserved", "schema", "deprecated"];
            self.unclassified_keywords(&at, old_parameter, new_parameter, COMPARED);
        }
        for ((place, name), new_parameter) in new.iter().filter(|(key, _)| !old.contains_key(*key)) {
            if moved_to.iter().any(|((_, from), to)| from == name && *to == place) {
                continue; // reported as moved
            }
            // A new field of the server's request struct, which struct literals must name (and,
            // with `interface = "positional"`, a new argument of the client's method).
            let at = pointer_join(location, ["parameters", place.as_str(), name.as_str()]);
            match required(new_parameter) {
                true => self.report(
                    "required-parameter-added",
                    &at,
                    format!("required {place} parameter `{name}` is added"),
                    Some(ALL_BREAK),
                    (&Value::Null, new_parameter),
                ),
                false => {
                    let verdicts = Verdicts { clients: C, servers: B, rust: B };
                    self.report(
                        "optional-parameter-added",
                        &at,
                        format!("optional {place} parameter `{name}` is added"),
                        Some(verdicts),
                        (&Value::Null, new_parameter),
                    )
                }
            }
        }
    }

    fn request_body(&mut self, location: &str, old: Option<&'a Value>, new: Option<&'a Value>) {
        let at = pointer_push(location, "requestBody");
        let required = |body: &Value| body.get("required").and_then(Value::as_bool) == Some(true);
        let (old, new) =
            match (old.map(|b| follow_references(self.old, b)), new.map(|b| follow_references(self.new, b))) {
                (None, None) => return,
                (Some(old), None) => {
                    let verdicts = Verdicts { clients: C, servers: C, rust: B };
                    return self.report(
                        "request-body-removed",
                        &at,
                        "the request body is removed".into(),
                        Some(verdicts),
                        (old, &Value::Null),
                    );
                }
                (None, Some(new)) => {
                    let (rule, verdicts) = match required(new) {
                        true => ("required-request-body-added", ALL_BREAK),
                        false => (
                            "optional-request-body-added",
                            // A new field of the server's request struct.
                            Verdicts { clients: C, servers: B, rust: B },
                        ),
                    };
                    return self.report(
                        rule,
                        &at,
                        "a request body is added".into(),
                        Some(verdicts),
                        (&Value::Null, new),
                    );
                }
                (Some(old), Some(new)) => (old, new),
            };
        match (required(old), required(new)) {
            (false, true) => self.report(
                "request-body-made-required",
                &at,
                "the request body is required".into(),
                Some(Verdicts { clients: B, servers: C, rust: B }),
                (old, new),
            ),
            (true, false) => self.report(
                "request-body-made-optional",
                &at,
                "the request body is optional".into(),
                Some(Verdicts { clients: C, servers: B, rust: B }),
                (old, new),
            ),
            _ => {}
        }
        self.content(&at, old, new, Side::Request);
        self.unclassified_keywords(&at, old, new, &["required", "content"]);
    }

    fn responses(&mut self, location: &str, old: &'a Value, new: &'a Value) {
        let empty: &serde_json::Map<String, Value> = &NO_ENTRIES;
        let responses = |operation: &'a Value| operation.get("responses").and_then(Value::as_object);
        let (old_responses, new_responses) = (responses(old).unwrap_or(empty), responses(new).unwrap_or(empty));
        let at = pointer_push(location, "responses");
        for (status, old_response) in old_responses {
            let here = pointer_push(&at, status);
            let old_response = follow_references(self.old, old_response);
            let Some(new_response) = new_responses.get(status).map(|r| follow_references(self.new, r)) else {
                // An implementation that gives this answer no longer can.
                let verdicts = Verdicts { clients: C, servers: B, rust: B };
                self.report(
                    "response-status-removed",
                    &here,
                    format!("the {status} answer is removed"),
                    Some(verdicts),
                    (old_response, &Value::Null),
                );
                continue;
            };
            self.content(&here, old_response, new_response, Side::Response);
            self.response_headers(&here, old_response, new_response);
            // Links only document what a client may call next: no generated code reads them.
            self.unclassified_keywords(&here, old_response, new_response, &["content", "headers", "links"]);
        }
        for (status, new_response) in new_responses.iter().filter(|(status, _)| !old_responses.contains_key(*status)) {
            let here = pointer_push(&at, status);
            // An old client takes an answer it does not know for an error; a success it did
            // not expect fails the call.
            let success = status.starts_with('2');
            let verdicts =
                Verdicts { clients: if success { B } else { C }, servers: C, rust: if success { B } else { C } };
            self.report(
                "response-status-added",
                &here,
                format!("a {status} answer is added"),
                Some(verdicts),
                (&Value::Null, new_response),
            );
        }
    }

    fn response_headers(&mut self, location: &str, old: &'a Value, new: &'a Value) {
        let empty: &serde_json::Map<String, Value> = &NO_ENTRIES;
        let headers = |response: &'a Value| response.get("headers").and_then(Value::as_object);
        let (old_headers, new_headers) = (headers(old).unwrap_or(empty), headers(new).unwrap_or(empty));
        let required = |header: &Value| header.get("required").and_then(Value::as_bool) == Some(true);
        let at = pointer_push(location, "headers");
        for (name, old_header) in old_headers {
            let here = pointer_push(&at, name);
            match new_headers.get(name) {
                Some(new_header) => {
                    let (old_header, new_header) =
                        (follow_references(self.old, old_header), follow_references(self.new, new_header));
                    let empty = &NULL;
                    let schema = |header: &'a Value| header.get("schema").unwrap_or(empty);
                    let side = self.schema_side(Side::Response);
                    self.schema(&pointer_push(&here, "schema"), schema(old_header), schema(new_header), side, 0);
                    self.deprecation(&here, old_header, new_header);
                    const COMPARED: &[&str] = &["schema", "required", "deprecated"];
                    self.unclassified_keywords(&here, old_header, new_header, COMPARED);
                }
                None => {
                    let verdicts = Verdicts { clients: if required(old_header) { B } else { C }, servers: C, rust: C };
                    self.report(
                        "response-header-removed",
                        &here,
                        format!("answer header `{name}` is removed"),
                        Some(verdicts),
                        (old_header, &Value::Null),
                    );
                }
            }
        }
        for (name, new_header) in new_headers.iter().filter(|(name, _)| !old_headers.contains_key(*name)) {
            let verdicts = Verdicts { clients: C, servers: if required(new_header) { B } else { C }, rust: C };
            self.report(
                "response-header-added",
                &pointer_push(&at, name),
                format!("answer header `{name}` is added"),
                Some(verdicts),
                (&Value::Null, new_header),
            );
        }
    }

    /// The media types of a body or an answer, and the schema of each kept.
    fn content(&mut self, location: &str, old: &'a Value, new: &'a Value, side: Side) {
        let empty: &serde_json::Map<String, Value> = &NO_ENTRIES;
        let content = |body: &'a Value| body.get("content").and_then(Value::as_object);
        let (old_content, new_content) = (content(old).unwrap_or(empty), content(new).unwrap_or(empty));
        let at = pointer_push(location, "content");
        for (media_type, old_media) in old_content {
            let here = pointer_push(&at, media_type);
            match new_content.get(media_type) {
                Some(new_media) => {
                    let null = &NULL;
                    let schema = |media: &'a Value| media.get("schema").unwrap_or(null);
                    let schema_side = self.schema_side(side);
                    self.schema(&pointer_push(&here, "schema"), schema(old_media), schema(new_media), schema_side, 0);
                    // `encoding` shapes a form's or a multipart body's parts: no rule reads it yet.
                    self.unclassified_keywords(&here, old_media, new_media, &["schema"]);
                }
                None => {
                    let message = format!("media type `{media_type}` is removed");
                    self.report(
                        "media-type-removed",
                        &here,
                        message,
                        Some(narrowed(side, B)),
                        (old_media, &Value::Null),
                    );
                }
            }
        }
        for (media_type, new_media) in
            new_content.iter().filter(|(media_type, _)| !old_content.contains_key(*media_type))
        {
            let message = format!("media type `{media_type}` is added");
            let verdicts = match side {
                Side::Request => Verdicts { clients: C, servers: B, rust: C },
                // An answer in a media type the old client does not read.
                Side::Response => Verdicts { clients: B, servers: C, rust: C },
            };
            self.report(
                "media-type-added",
                &pointer_push(&at, media_type),
                message,
                Some(verdicts),
                (&Value::Null, new_media),
            );
        }
    }

    /// Compares two schemas at `location`, following `$ref`s; a pair of component schemas is
    /// compared once per side, its changes then listed under every operation reaching it.
    fn schema<'v>(&mut self, location: &str, old: &'v Value, new: &'v Value, side: Side, depth: usize) {
        let outer = self.side.replace(side);
        self.schema_pair(location, old, new, side, depth);
        self.side = outer;
    }

    fn schema_pair<'v>(&mut self, location: &str, old: &'v Value, new: &'v Value, side: Side, depth: usize) {
        if let (Some((old_name, old_place)), Some((new_name, new_place))) =
            (referenced_component(old), referenced_component(new))
        {
            // What the place adds to the component (`nullable`, a `default`) is the place's own.
            if old_place != new_place {
                self.schema_body(location, &old_place, &new_place, side, depth);
            }
            if self.unreached.as_ref().is_some_and(|reached| reached.contains(&(old_name.clone(), new_name.clone()))) {
                return;
            }
            let key = (old_name, new_name.clone(), side);
            if let Some(reached) = self.compared.get(&key).cloned() {
                if !self.operation.is_empty() {
                    let operation = self.operation.clone();
                    for &index in &reached {
                        self.changes[index].operations.insert(operation.clone());
                    }
                }
                // The pairs being walked reach these changes too, though they lie outside
                // their own stretch of `changes`.
                for walk in &mut self.walking {
                    walk.gathered.extend(reached.iter().copied());
                }
                // A pair still being walked (a cycle): the pairs walked inside it reach all it
                // will reach, which is known when it ends.
                if let Some(open) = self.walking.iter().position(|walk| walk.key == key) {
                    let inner: Vec<ComparedKey> =
                        self.walking[open + 1..].iter().map(|walk| walk.key.clone()).collect();
                    self.walking[open].cycle.extend(inner);
                }
                return;
            }
            // Marked before the walk, so a schema that refers to itself ends here.
            let start = self.changes.len();
            self.compared.insert(key.clone(), Vec::new());
            self.walking.push(Walk { key: key.clone(), gathered: Vec::new(), cycle: Vec::new() });
            // A schema written inline, and moved into `components` by preparation, is reported
            // where the spec has it: where this walk met it first.
            let (old_written, new_written) = self.written;
            let at = match new_written.contains(&new_name) {
                true => pointer_push("/components/schemas", &new_name),
                false => location.to_string(),
            };
            let old_name = key.0.clone();
            if old_name != new_name && old_written.contains(&old_name) && new_written.contains(&new_name) {
                self.reference_changed(location, &at, &old_name, &new_name);
            }
            // The components themselves: what the place adds to them was compared above.
            let (old_component, new_component) = (
                json!({ "$ref": component_ref("schemas", &old_name) }),
                json!({ "$ref": component_ref("schemas", &new_name) }),
            );
            let (old, new) = (as_compared(self.old, &old_component), as_compared(self.new, &new_component));
            self.schema_forms(&at, &old, &new, side, depth);
            let mut reached: Vec<usize> = (start..self.changes.len()).collect();
            let walk = self.walking.pop().unwrap_or_else(|| Walk {
                key: key.clone(),
                gathered: Vec::new(),
                cycle: Vec::new(),
            });
            reached.extend(walk.gathered);
            for member in walk.cycle {
                if let Some(member_reached) = self.compared.get_mut(&member) {
                    member_reached.extend(reached.iter().copied());
                }
            }
            self.compared.insert(key, reached);
            return;
        }
        if depth > MAX_DEPTH {
            return;
        }
        let (old, new) = (as_compared(self.old, old), as_compared(self.new, new));
        self.schema_forms(location, &old, &new, side, depth);
    }

    /// A place that referred to the component schema `old_name` refers to `new_name`: the
    /// schema is renamed when neither name is in both versions, else the place names another.
    fn reference_changed(&mut self, place: &str, at: &str, old_name: &str, new_name: &str) {
        let (old_written, new_written) = self.written;
        let (was, is) = (Value::String(old_name.to_string()), Value::String(new_name.to_string()));
        // The Rust type's name follows the schema's.
        let verdicts = Some(Verdicts { clients: C, servers: C, rust: B });
        // A name is not a value: reported once, whichever way the schema's values travel.
        let side = self.side.take();
        if !new_written.contains(old_name) && !old_written.contains(new_name) {
            let message = format!("schema `{old_name}` is renamed `{new_name}`");
            self.report("schema-renamed", at, message, verdicts, (&was, &is));
        } else {
            let message = format!("the schema here is `{new_name}`, was `{old_name}`");
            self.report("reference-changed", place, message, verdicts, (&was, &is));
        }
        self.side = side;
    }

    /// The component schemas compared so far, by their old and new names.
    fn compared_components(&self) -> BTreeSet<(String, String)> {
        self.compared.keys().map(|(old, new, _)| (old.clone(), new.clone())).collect()
    }

    /// The component schemas no operation reached (`compared` holds those that were): those
    /// of both versions are compared as values a client receives (the types crate treats them
    /// so), the others are added or removed, unless renamed.
    fn components(&mut self, compared: &BTreeSet<(String, String)>) {
        let (old_written, new_written) = self.written;
        // A rename: a place refers to a name the old version alone has, and now to one only
        // the new version has.
        let renamed: Vec<&(String, String)> =
            compared.iter().filter(|(o, n)| o != n && !new_written.contains(o) && !old_written.contains(n)).collect();
        let renamed_from: BTreeSet<&str> = renamed.iter().map(|(o, _)| o.as_str()).collect();
        let renamed_to: BTreeSet<&str> = renamed.iter().map(|(_, n)| n.as_str()).collect();
        // Only Rust code can tell these apart: no operation carries their values. Pairs the
        // operations reached are not compared again.
        self.unreached = Some(compared.clone());
        for name in old_written.intersection(new_written) {
            if compared.contains(&(name.clone(), name.clone())) {
                continue;
            }
            let reference = json!({ "$ref": component_ref("schemas", name) });
            self.schema(&pointer_push("/components/schemas", name), &reference, &reference, Side::Response, 0);
        }
        self.unreached = None;
        for name in old_written.difference(new_written).filter(|name| !renamed_from.contains(name.as_str())) {
            let schema = self.old.pointer(&pointer_push("/components/schemas", name)).unwrap_or(&NULL);
            let message = format!("schema `{name}` is removed (and its Rust type)");
            let verdicts = Some(Verdicts { clients: C, servers: C, rust: B });
            self.report(
                "schema-removed",
                &pointer_push("/components/schemas", name),
                message,
                verdicts,
                (schema, &NULL),
            );
        }
        for name in new_written.difference(old_written).filter(|name| !renamed_to.contains(name.as_str())) {
            let schema = self.new.pointer(&pointer_push("/components/schemas", name)).unwrap_or(&NULL);
            let message = format!("schema `{name}` is added");
            let verdicts = Some(Verdicts { clients: C, servers: C, rust: C });
            self.report("schema-added", &pointer_push("/components/schemas", name), message, verdicts, (&NULL, schema));
        }
    }

    /// `deprecated` set or cleared on a parameter, a header or a schema: nothing breaks yet.
    fn deprecation(&mut self, location: &str, old: &Value, new: &Value) {
        let deprecated = |value: &Value| value.get("deprecated").and_then(Value::as_bool) == Some(true);
        let (was, is) = (deprecated(old), deprecated(new));
        if was != is {
            let (rule, message) = match is {
                true => ("deprecated", "it is deprecated"),
                false => ("no-longer-deprecated", "it is no longer deprecated"),
            };
            let verdicts = Some(Verdicts { clients: C, servers: C, rust: C });
            let values = (&Value::Bool(was), &Value::Bool(is));
            self.report(rule, &pointer_push(location, "deprecated"), message.into(), verdicts, values);
        }
    }

    /// Compares two schemas in the form their values take: a list of values written as a
    /// `oneOf` of one-value enums is the enum it means (preparation makes it one Rust enum).
    fn schema_forms(&mut self, location: &str, old: &Value, new: &Value, side: Side, depth: usize) {
        let (old_values, new_values) = (enum_of_branches(old), enum_of_branches(new));
        let old = old_values.as_ref().unwrap_or(old);
        let new = new_values.as_ref().unwrap_or(new);
        self.schema_body(location, old, new, side, depth);
    }

    fn schema_body<'v>(&mut self, location: &str, old: &'v Value, new: &'v Value, side: Side, depth: usize) {
        let keyword = |schema: &'v Value, name: &str| schema.get(name).filter(|value| !value.is_null());
        let (old_type, new_type) = (keyword(old, "type"), keyword(new, "type"));
        if old_type != new_type {
            let message = format!("the type is {}, was {}", show(new_type), show(old_type));
            let at = pointer_push(location, "type");
            let values = (old_type.unwrap_or(&NULL), new_type.unwrap_or(&NULL));
            // Every integer is a number, and a schema without a type takes any value; the
            // Rust type changes either way.
            let (rule, verdicts) = match (old_type.and_then(Value::as_str), new_type.and_then(Value::as_str)) {
                (Some("integer"), Some("number")) | (Some(_), None) => ("type-widened", widened(side, B)),
                (Some("number"), Some("integer")) | (None, Some(_)) => ("type-narrowed", narrowed(side, B)),
                _ => ("type-changed", ALL_BREAK),
            };
            self.report(rule, &at, message, Some(verdicts), values);
            if rule == "type-changed" {
                return;
            }
        }
        if keyword(old, "format") != keyword(new, "format") {
            let message =
                format!("the format is {}, was {}", show(keyword(new, "format")), show(keyword(old, "format")));
            let values = (keyword(old, "format").unwrap_or(&NULL), keyword(new, "format").unwrap_or(&NULL));
            self.report("format-changed", &pointer_push(location, "format"), message, Some(ALL_BREAK), values);
        }
        let nullable = |schema: &Value| {
            let listed =
                schema.get("enum").and_then(Value::as_array).is_some_and(|values| values.contains(&Value::Null));
            listed || schema.get("nullable").and_then(Value::as_bool) == Some(true)
        };
        match (nullable(old), nullable(new)) {
            // `T` becomes `Option<T>`, or the other way.
            (false, true) => self.report(
                "made-nullable",
                location,
                "null is allowed".into(),
                Some(widened(side, B)),
                (&Value::Bool(false), &Value::Bool(true)),
            ),
            (true, false) => self.report(
                "made-not-nullable",
                location,
                "null is no longer allowed".into(),
                Some(narrowed(side, B)),
                (&Value::Bool(true), &Value::Bool(false)),
            ),
            _ => {}
        }
        self.enum_values(location, old, new, side);
        self.bounds(location, old, new, side);
        self.properties(location, old, new, side, depth);
        for list in ["oneOf", "anyOf", "allOf"] {
            self.branches(location, list, old, new, side, depth);
        }
        let null = &NULL;
        match (keyword(old, "items"), keyword(new, "items")) {
            (Some(old_items), Some(new_items)) => {
                self.schema(&pointer_push(location, "items"), old_items, new_items, side, depth + 1)
            }
            (None, None) => {}
            (old_items, new_items) => self.report(
                "items-changed",
                &pointer_push(location, "items"),
                "the item schema is added or removed".into(),
                Some(ALL_BREAK),
                (old_items.unwrap_or(null), new_items.unwrap_or(null)),
            ),
        }
        self.additional_properties(location, old, new, side, depth);
        if keyword(old, "discriminator") != keyword(new, "discriminator") {
            let (was, is) =
                (keyword(old, "discriminator").unwrap_or(null), keyword(new, "discriminator").unwrap_or(null));
            self.report(
                "discriminator-changed",
                &pointer_push(location, "discriminator"),
                "the discriminator changed".into(),
                Some(ALL_BREAK),
                (was, is),
            );
        }
        if keyword(old, "default") != keyword(new, "default") {
            let (was, is) = (keyword(old, "default").unwrap_or(null), keyword(new, "default").unwrap_or(null));
            let message =
                format!("the default is {}, was {}", show(keyword(new, "default")), show(keyword(old, "default")));
            // The side that fills in the default now fills in another value.
            let verdicts = match side {
                Side::Request => Verdicts { clients: C, servers: B, rust: C },
                Side::Response => Verdicts { clients: B, servers: C, rust: C },
            };
            self.report("default-changed", &pointer_push(location, "default"), message, Some(verdicts), (was, is));
        }
        self.deprecation(location, old, new);
        // A property only answers carry (`readOnly`), or only requests (`writeOnly`): on the
        // side it leaves, as if removed from it; on the other, nothing changes.
        for (keyword, leaves) in [("readOnly", Side::Request), ("writeOnly", Side::Response)] {
            let flag = |schema: &Value| schema.get(keyword).and_then(Value::as_bool) == Some(true);
            let (was, is) = (flag(old), flag(new));
            if was == is {
                continue;
            }
            let verdicts = match (side == leaves, is) {
                (true, true) => narrowed(side, C),
                (true, false) => widened(side, C),
                (false, _) => Verdicts { clients: C, servers: C, rust: C },
            };
            let message = format!("`{keyword}` is {is}, was {was}");
            let values = (&Value::Bool(was), &Value::Bool(is));
            self.report("visibility-changed", &pointer_push(location, keyword), message, Some(verdicts), values);
        }
        self.unclassified_keywords(location, old, new, SCHEMA_KEYWORDS);
    }

    fn enum_values<'v>(&mut self, location: &str, old: &'v Value, new: &'v Value, side: Side) {
        // `null` in a list of values says what `nullable` says, and is compared there.
        let values = |schema: &'v Value| -> Option<Vec<&'v Value>> {
            let list = schema.get("enum").and_then(Value::as_array)?;
            Some(list.iter().filter(|value| !value.is_null()).collect())
        };
        let (Some(old_values), Some(new_values)) = (values(old), values(new)) else {
            if values(old).is_some() != values(new).is_some() {
                let (was, is) = (old.get("enum").unwrap_or(&Value::Null), new.get("enum").unwrap_or(&Value::Null));
                let (rule, verdicts) = match values(new).is_some() {
                    true => ("enum-added", narrowed(side, B)),
                    false => ("enum-removed", widened(side, B)),
                };
                self.report(
                    rule,
                    &pointer_push(location, "enum"),
                    "the list of values is added or removed".into(),
                    Some(verdicts),
                    (was, is),
                );
            }
            return;
        };
        let at = pointer_push(location, "enum");
        for removed in old_values.iter().copied().filter(|value| !new_values.contains(value)) {
            let message = format!("value {removed} is removed");
            self.report(
                "enum-value-removed",
                &pointer_push(&at, &text_of(removed)),
                message,
                Some(narrowed(side, B)),
                (removed, &Value::Null),
            );
        }
        for added in new_values.iter().copied().filter(|value| !old_values.contains(value)) {
            let message = format!("value {added} is added");
            // A received string enum keeps a value it does not list: the old client reads it.
            let kept =
                side == Side::Response && self.generated.tolerant_enums && added.is_string() && old_values.len() > 1;
            let verdicts = if kept { Verdicts { clients: C, servers: C, rust: C } } else { widened(side, C) };
            self.report(
                "enum-value-added",
                &pointer_push(&at, &text_of(added)),
                message,
                Some(verdicts),
                (&Value::Null, added),
            );
        }
    }

    fn bounds<'v>(&mut self, location: &str, old: &'v Value, new: &'v Value, side: Side) {
        let number = |schema: &Value, name: &str| schema.get(name).and_then(Value::as_f64);
        let null = &NULL;
        for name in UPPER_BOUNDS.iter().chain(LOWER_BOUNDS) {
            let upper = UPPER_BOUNDS.contains(name);
            let (was, is) = (number(old, name), number(new, name));
            let narrows = match (was, is) {
                (None, Some(_)) => true,
                (Some(_), None) => false,
                (Some(was), Some(is)) if was != is => (is < was) == upper,
                _ => continue,
            };
            let values = (old.get(*name).unwrap_or(null), new.get(*name).unwrap_or(null));
            let message = format!("`{name}` is {}, was {}", show(new.get(*name)), show(old.get(*name)));
            let (rule, verdicts) =
                if narrows { ("bound-tightened", narrowed(side, C)) } else { ("bound-loosened", widened(side, C)) };
            self.report(rule, &pointer_push(location, name), message, Some(verdicts), values);
        }
        for name in CONSTRAINTS {
            // `uniqueItems: false` and `exclusiveMinimum: false` say what their absence says.
            let given = |schema: &'v Value| schema.get(*name).filter(|value| **value != Value::Bool(false));
            let (was, is) = (given(old), given(new));
            if was == is {
                continue;
            }
            let values = (was.unwrap_or(null), is.unwrap_or(null));
            let message = format!("`{name}` is {}, was {}", show(is), show(was));
            let loosened = is.is_none();
            let (rule, verdicts) = if loosened {
                ("constraint-loosened", widened(side, C))
            } else {
                ("constraint-tightened", narrowed(side, C))
            };
            self.report(rule, &pointer_push(location, name), message, Some(verdicts), values);
        }
    }

    fn properties<'v>(&mut self, location: &str, old: &'v Value, new: &'v Value, side: Side, depth: usize) {
        let empty: &serde_json::Map<String, Value> = &NO_ENTRIES;
        let properties = |schema: &'v Value| schema.get("properties").and_then(Value::as_object);
        let (old_properties, new_properties) = (properties(old).unwrap_or(empty), properties(new).unwrap_or(empty));
        let required = |schema: &Value, name: &str| {
            schema.get("required").and_then(Value::as_array).is_some_and(|list| list.iter().any(|n| n == name))
        };
        let at = pointer_push(location, "properties");
        for (name, old_property) in old_properties {
            let here = pointer_push(&at, name);
            let was_required = required(old, name);
            let Some(new_property) = new_properties.get(name) else {
                // A field of the generated struct goes; a required one its receiver needed.
                let verdicts = match (side, was_required) {
                    (Side::Request, true) => Verdicts { clients: C, servers: B, rust: B },
                    (Side::Request, false) => Verdicts { clients: C, servers: C, rust: B },
                    (Side::Response, true) => Verdicts { clients: B, servers: C, rust: B },
                    (Side::Response, false) => Verdicts { clients: C, servers: C, rust: B },
                };
                self.report(
                    "property-removed",
                    &here,
                    format!("property `{name}` is removed"),
                    Some(verdicts),
                    (old_property, &Value::Null),
                );
                continue;
            };
            match (was_required, required(new, name)) {
                // `T` becomes `Option<T>` and the constructor loses a parameter, or the other way.
                (true, false) => self.report(
                    "property-made-optional",
                    &here,
                    format!("property `{name}` is optional"),
                    Some(widened(side, B)),
                    (&Value::Bool(true), &Value::Bool(false)),
                ),
                (false, true) => self.report(
                    "property-made-required",
                    &here,
                    format!("property `{name}` is required"),
                    Some(narrowed(side, B)),
                    (&Value::Bool(false), &Value::Bool(true)),
                ),
                _ => {}
            }
            let start = self.changes.len();
            self.schema(&here, old_property, new_property, side, depth + 1);
            if !was_required && !required(new, name) {
                // An optional property is an `Option` either way: null changes the wire only.
                let nullability = self.changes[start..].iter_mut().filter(|change| {
                    change.location == here && matches!(change.rule, "made-nullable" | "made-not-nullable")
                });
                for change in nullability {
                    change.verdicts = change.verdicts.map(|v| Verdicts { rust: C, ..v });
                }
            }
        }
        for (name, new_property) in new_properties.iter().filter(|(name, _)| !old_properties.contains_key(*name)) {
            let here = pointer_push(&at, name);
            let is_required = required(new, name);
            // Structs are `#[non_exhaustive]`: a new optional field breaks no Rust code; a
            // required one is a new constructor parameter.
            let verdicts = match (side, is_required) {
                // The old client does not send it; an implementation may leave it unread.
                (Side::Request, true) => Verdicts { clients: B, servers: C, rust: B },
                (Side::Request, false) => Verdicts { clients: C, servers: B, rust: C },
                (Side::Response, true) => Verdicts { clients: C, servers: B, rust: B },
                (Side::Response, false) => Verdicts { clients: C, servers: C, rust: C },
            };
            let kind = if is_required { "required" } else { "optional" };
            self.report(
                "property-added",
                &here,
                format!("{kind} property `{name}` is added"),
                Some(verdicts),
                (&Value::Null, new_property),
            );
        }
        // A name `required` lists without declaring it: the wire tightens, no Rust field moves.
        let undeclared = |schema: &'v Value| -> BTreeSet<&'v str> {
            let list = schema.get("required").and_then(Value::as_array).into_iter().flatten();
            list.filter_map(Value::as_str)
                .filter(|name| !old_properties.contains_key(*name) && !new_properties.contains_key(*name))
                .collect()
        };
        let (was, is) = (undeclared(old), undeclared(new));
        for name in is.difference(&was) {
            self.report(
                "property-made-required",
                &pointer_push(&at, name),
                format!("`{name}` is required, with no property declared for it"),
                // The struct gains a field for it, and its constructor a parameter.
                Some(narrowed(side, B)),
                (&Value::Bool(false), &Value::Bool(true)),
            );
        }
        for name in was.difference(&is) {
            self.report(
                "property-made-optional",
                &pointer_push(&at, name),
                format!("`{name}` is no longer required, with no property declared for it"),
                Some(widened(side, B)),
                (&Value::Bool(true), &Value::Bool(false)),
            );
        }
    }

    /// The branches of `oneOf`, `anyOf` or `allOf`: a provider inserting one should not read
    /// as every later branch changed, so branches are paired as they are (unchanged, or the
    /// same `$ref`) first, and the rest in their order.
    fn branches<'v>(&mut self, location: &str, list: &str, old: &'v Value, new: &'v Value, side: Side, depth: usize) {
        let branches =
            |schema: &'v Value| schema.get(list).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let (old_branches, new_branches) = (branches(old), branches(new));
        let at = pointer_push(location, list);
        let pairs = paired_branches(old_branches, new_branches);
        for &(old_index, new_index) in &pairs {
            let here = pointer_push(&at, &new_index.to_string());
            self.schema(&here, &old_branches[old_index], &new_branches[new_index], side, depth + 1);
        }
        // `allOf` adds constraints; `oneOf`/`anyOf` add alternatives. Either changes the Rust type.
        let constrains = list == "allOf";
        for (index, branch) in old_branches.iter().enumerate().filter(|(i, _)| !pairs.iter().any(|p| p.0 == *i)) {
            let verdicts = if constrains { widened(side, B) } else { narrowed(side, B) };
            let message = format!("branch {index} of `{list}` is removed");
            self.report(
                "branch-removed",
                &pointer_push(&at, &index.to_string()),
                message,
                Some(verdicts),
                (branch, &NULL),
            );
        }
        // A received union told apart by a discriminator keeps a kind it does not list, in its
        // `Unknown` variant; its enum is `#[non_exhaustive]`.
        let kept = !constrains
            && side == Side::Response
            && self.generated.tolerant_enums
            && old.get("discriminator").is_some();
        for (index, branch) in new_branches.iter().enumerate().filter(|(i, _)| !pairs.iter().any(|p| p.1 == *i)) {
            let verdicts = match (constrains, kept) {
                (true, _) => narrowed(side, B),
                (false, true) => Verdicts { clients: C, servers: C, rust: C },
                (false, false) => widened(side, B),
            };
            let message = format!("branch {index} of `{list}` is added");
            self.report(
                "branch-added",
                &pointer_push(&at, &index.to_string()),
                message,
                Some(verdicts),
                (&NULL, branch),
            );
        }
    }

    fn additional_properties<'v>(&mut self, location: &str, old: &'v Value, new: &'v Value, side: Side, depth: usize) {
        /// What a schema says of properties it does not name.
        #[derive(PartialEq)]
        enum Others<'s> {
            /// Absent or `true`: any value.
            Free,
            /// `false`: none.
            Refused,
            Schema(&'s Value),
        }
        let others = |schema: &'v Value| match schema.get("additionalProperties") {
            Some(Value::Bool(false)) => Others::Refused,
            Some(schema @ Value::Object(_)) => Others::Schema(schema),
            _ => Others::Free,
        };
        let at = pointer_push(location, "additionalProperties");
        let values = (
            old.get("additionalProperties").unwrap_or(&Value::Null),
            new.get("additionalProperties").unwrap_or(&Value::Null),
        );
        match (others(old), others(new)) {
            (Others::Schema(was), Others::Schema(is)) => self.schema(&at, was, is, side, depth + 1),
            (was, is) if was == is => {}
            // A typed map becomes a struct of its properties alone, or the other way.
            (Others::Schema(_), _) | (_, Others::Schema(_)) => self.report(
                "additional-properties-changed",
                &at,
                "the schema of other properties changed".into(),
                Some(ALL_BREAK),
                values,
            ),
            (_, Others::Refused) => self.report(
                "additional-properties-refused",
                &at,
                "other properties are refused".into(),
                Some(narrowed(side, C)),
                values,
            ),
            (Others::Refused, _) => self.report(
                "additional-properties-allowed",
                &at,
                "other properties are allowed".into(),
                Some(widened(side, C)),
                values,
            ),
            // Free-form values become typed ones, or the other way: the map's Rust type changes.
            _ => self.report(
                "additional-properties-changed",
                &at,
                "the schema of other properties changed".into(),
                Some(ALL_BREAK),
                values,
            ),
        }
    }

    /// Keywords outside `compared` (and documentation, and extensions) that differ: no rule
    /// covers them, so they are reported as they are.
    fn unclassified_keywords(&mut self, location: &str, old: &Value, new: &Value, compared: &[&str]) {
        let keys: BTreeSet<&String> =
            [old, new].into_iter().filter_map(Value::as_object).flat_map(|map| map.keys()).collect();
        for key in keys {
            if compared.contains(&key.as_str()) || DOCUMENTATION.contains(&key.as_str()) || key.starts_with("x-") {
                continue;
            }
            let null = &NULL;
            let (was, is) = (old.get(key).unwrap_or(null), new.get(key).unwrap_or(null));
            if without_documentation(was) != without_documentation(is) {
                self.report(
                    "unclassified",
                    &pointer_push(location, key),
                    format!("`{key}` changed: no rule covers it"),
                    None,
                    (was, is),
                );
            }
        }
    }
}

/// A schema of `document` as it is compared: its `$ref` followed, its `allOf` merged.
fn as_compared<'v>(document: &'v Value, schema: &'v Value) -> Cow<'v, Value> {
    merged_all_of(document, follow_references(document, schema), 0)
}

/// `schema` with its `allOf` merged into it, so that `allOf: [{$ref: X}]` beside a
/// description (how 3.1's `$ref` siblings are normalized), a nullable `$ref`, or a schema split
/// into parts compares as the one schema it means. Properties and `required` lists are joined;
/// any other keyword two parts both give must agree, or the schema is compared as written.
fn merged_all_of<'v>(document: &'v Value, schema: &'v Value, depth: usize) -> Cow<'v, Value> {
    let Some(parts) = schema.get("allOf").and_then(Value::as_array) else {
        return Cow::Borrowed(schema);
    };
    // Parts that refer back to the schema they are part of end here.
    if depth > MAX_DEPTH {
        return Cow::Borrowed(schema);
    }
    let Some(mut merged) = schema.as_object().cloned() else {
        return Cow::Borrowed(schema);
    };
    merged.shift_remove("allOf");
    merged.retain(|key, _| !DOCUMENTATION.contains(&key.as_str()));
    for part in parts {
        let part = merged_all_of(document, follow_references(document, part), depth + 1);
        let Some(part) = part.as_object() else {
            return Cow::Borrowed(schema);
        };
        for (key, value) in part.iter().filter(|(key, _)| !DOCUMENTATION.contains(&key.as_str())) {
            let joined = match (key.as_str(), merged.get_mut(key)) {
                (_, None) => {
                    merged.insert(key.clone(), value.clone());
                    true
                }
                (_, Some(existing)) if existing == value => true,
                ("properties", Some(Value::Object(properties))) => value.as_object().is_some_and(|added| {
                    added.iter().all(|(name, property)| match properties.get(name) {
                        Some(existing) => existing == property,
                        None => {
                            properties.insert(name.clone(), property.clone());
                            true
                        }
                    })
                }),
                ("required", Some(Value::Array(names))) => value.as_array().is_some_and(|added| {
                    for name in added {
                        if !names.contains(name) {
                            names.push(name.clone());
                        }
                    }
                    true
                }),
                _ => false,
            };
            if !joined {
                return Cow::Borrowed(schema);
            }
        }
    }
    Cow::Owned(Value::Object(merged))
}

/// The component schema `schema` stands for, as `$ref: X` or as `allOf: [{$ref: X}]` beside
/// keywords of its place (how a description, `nullable` or a `default` is written beside a
/// reference), with those keywords; documentation aside.
fn referenced_component(schema: &Value) -> Option<(String, Value)> {
    let name_of = |reference: &Value| {
        let pointer = reference.get("$ref")?.as_str()?.strip_prefix("#/components/schemas/")?;
        (!pointer.contains('/')).then(|| unescape_token(pointer))
    };
    if let Some(name) = name_of(schema) {
        return Some((name, Value::Object(serde_json::Map::new())));
    }
    let object = schema.as_object()?;
    let [part] = object.get("allOf")?.as_array()?.as_slice() else {
        return None;
    };
    let name = name_of(part).filter(|_| part.as_object().is_some_and(|p| p.len() == 1))?;
    let place = object
        .iter()
        .filter(|(key, _)| *key != "allOf" && !DOCUMENTATION.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    Some((name, Value::Object(place)))
}

/// `oneOf: [{type: string, enum: [a]}, {type: string, enum: [b]}]` as the schema
/// `{type: string, enum: [a, b]}` it means, with the schema's other keywords; `None` for any
/// other schema.
fn enum_of_branches(schema: &Value) -> Option<Value> {
    let object = schema.as_object()?;
    let (list, branches) =
        ["oneOf", "anyOf"].into_iter().find_map(|list| Some((list, object.get(list)?.as_array()?)))?;
    let mut values = Vec::new();
    let mut kind = None;
    for branch in branches {
        let branch = without_documentation(branch);
        let branch = branch.as_object()?;
        if branch.keys().any(|key| key != "type" && key != "enum") {
            return None;
        }
        let branch_kind = branch.get("type")?;
        if kind.get_or_insert_with(|| branch_kind.clone()) != branch_kind {
            return None;
        }
        for value in branch.get("enum")?.as_array()? {
            if !values.contains(value) {
                values.push(value.clone());
            }
        }
    }
    let mut flattened = object.clone();
    flattened.shift_remove(list);
    flattened.insert("type".into(), kind?);
    flattened.insert("enum".into(), Value::Array(values));
    Some(Value::Object(flattened))
}

/// Pairs of (old, new) branch indexes: equal branches, then branches naming the same `$ref`,
/// then the rest in order; a branch left out of every pair is removed (or added).
fn paired_branches(old: &[Value], new: &[Value]) -> Vec<(usize, usize)> {
    /// How strongly an old and a new branch are taken for one: each pass pairs what is left.
    #[derive(Clone, Copy)]
    enum Likeness {
        Equal,
        SameReference,
        Any,
    }
    let reference = |branch: &Value| branch.get("$ref").and_then(Value::as_str).map(str::to_string);
    let alike = |likeness: Likeness, a: &Value, b: &Value| match likeness {
        Likeness::Equal => without_documentation(a) == without_documentation(b),
        Likeness::SameReference => reference(a).is_some() && reference(a) == reference(b),
        Likeness::Any => true,
    };
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for likeness in [Likeness::Equal, Likeness::SameReference, Likeness::Any] {
        for (old_index, old_branch) in old.iter().enumerate() {
            if pairs.iter().any(|p| p.0 == old_index) {
                continue;
            }
            let free = |index: &usize| !pairs.iter().any(|p| p.1 == *index);
            let found = (0..new.len()).filter(free).find(|&index| alike(likeness, old_branch, &new[index]));
            if let Some(new_index) = found {
                pairs.push((old_index, new_index));
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Takes out the URLs a client gets its tokens from (each flow's, OpenID Connect's
/// discovery document), by their pointer within the scheme.
fn take_urls(scheme: &mut Value) -> BTreeMap<String, Value> {
    let mut urls = BTreeMap::new();
    if let Some(url) = scheme.as_object_mut().and_then(|scheme| scheme.shift_remove("openIdConnectUrl")) {
        urls.insert("/openIdConnectUrl".to_string(), url);
    }
    let flows = scheme.get_mut("flows").and_then(Value::as_object_mut).into_iter().flatten();
    for (flow, settings) in flows {
        for key in ["authorizationUrl", "tokenUrl", "refreshUrl"] {
            if let Some(url) = settings.as_object_mut().and_then(|settings| settings.shift_remove(key)) {
                urls.insert(pointer_join("", ["flows", flow.as_str(), key]), url);
            }
        }
    }
    urls
}

/// Takes the scopes out of an OAuth2 scheme's flows: each as (flow, scope).
fn take_scopes(scheme: &mut Value) -> BTreeSet<(String, String)> {
    let mut scopes = BTreeSet::new();
    let flows = scheme.get_mut("flows").and_then(Value::as_object_mut).into_iter().flatten();
    for (flow, settings) in flows {
        let taken = settings.as_object_mut().and_then(|settings| settings.shift_remove("scopes"));
        let names = taken.as_ref().and_then(Value::as_object).into_iter().flatten().map(|(name, _)| name.clone());
        scopes.extend(names.map(|name| (flow.clone(), name)));
    }
    scopes
}

/// The path parameters of two templates of one shape whose names differ, by position:
/// `/pets/{id}` and `/pets/{petId}` give `id` → `petId`.
fn renamed_path_parameters(old: &str, new: &str) -> BTreeMap<String, String> {
    template_variables(old)
        .zip(template_variables(new))
        .filter(|(was, is)| was != is)
        .map(|(was, is)| (was.to_string(), is.to_string()))
        .collect()
}

/// A path template with its parameters unnamed (`/pets/{}`): renaming a path parameter is no
/// new operation.
fn template_shape(path: &str) -> String {
    let mut shape = String::with_capacity(path.len());
    let mut in_name = false;
    for character in path.chars() {
        match character {
            '{' => {
                in_name = true;
                shape.push('{');
            }
            '}' => {
                in_name = false;
                shape.push('}');
            }
            _ if in_name => {}
            other => shape.push(other),
        }
    }
    shape
}

/// The security requirements as sets of `scheme:scope`, each alternative one set.
fn requirement_set(security: &Value) -> BTreeSet<BTreeSet<String>> {
    let alternatives = security.as_array().into_iter().flatten();
    alternatives
        .filter_map(Value::as_object)
        .map(|requirement| {
            requirement
                .iter()
                .flat_map(|(scheme, scopes)| {
                    let scopes: Vec<String> = scopes
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .map(|s| format!("{scheme}:{s}"))
                        .collect();
                    if scopes.is_empty() { vec![scheme.clone()] } else { scopes }
                })
                .collect()
        })
        .collect()
}

/// `value` without documentation keywords at any depth, for comparing what travels. The keys
/// of maps of names (properties, scopes, media types…) are names, kept whatever they are.
fn without_documentation(value: &Value) -> Value {
    without_documentation_in(value, false)
}

/// Keywords whose value maps names to things: its keys are not keywords.
const NAME_MAPS: &[&str] =
    &["properties", "patternProperties", "scopes", "encoding", "content", "headers", "mapping", "variables", "links"];

fn without_documentation_in(value: &Value, names: bool) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(key, _)| names || !DOCUMENTATION.contains(&key.as_str()))
                .map(|(key, value)| {
                    let holds_names = !names && NAME_MAPS.contains(&key.as_str());
                    (key.clone(), without_documentation_in(value, holds_names))
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_documentation).collect()),
        other => other.clone(),
    }
}

fn show(value: Option<&Value>) -> String {
    value.map_or_else(|| "absent".to_string(), Value::to_string)
}

/// An enum value as a pointer token: a string as it is, anything else as JSON.
fn text_of(value: &Value) -> String {
    value.as_str().map_or_else(|| value.to_string(), str::to_string)
}
