//! Which string enums of a types crate keep a value their spec does not list: every one a
//! client may receive (in an answer, in a webhook's payload, in a schema no operation names),
//! so that a provider adding a value does not break a client built before it. An enum that
//! only requests reach (parameters, request bodies) stays closed: a client is not offered a
//! value its server would refuse.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{TokenStream, TokenTree};
use serde_json::Value;

use crate::document::{operations, schemas_reached_from};
use crate::server_model::typify_name;

/// The component schemas of a document, split by who receives their values.
pub struct SchemaSides {
    /// Those that requests reach and nothing else does.
    pub sent_only: BTreeSet<String>,
    /// The others: in an answer, in a webhook's payload, or in no operation at all.
    pub received: BTreeSet<String>,
}

impl SchemaSides {
    pub fn of(document: &Value) -> Self {
        let mut sent = Vec::new();
        let mut received = Vec::new();
        for at in operations(document) {
            sent.extend(at.operation.get("parameters"));
            sent.extend(at.operation.get("requestBody"));
            received.extend(at.operation.get("responses"));
        }
        let sent = schemas_reached_from(document, sent);
        let answered = schemas_reached_from(document, received);
        let sent_only: BTreeSet<String> = sent.difference(&answered).cloned().collect();
        let components = document.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten();
        let received = components.map(|(name, _)| name).filter(|name| !sent_only.contains(*name)).cloned().collect();
        Self { sent_only, received }
    }

    /// The types of `graph` a client may receive: every type but those that only the types of
    /// sent-only schemas reach.
    fn received_types(&self, graph: &TypeGraph<'_>) -> BTreeSet<String> {
        let roots =
            |schemas: &BTreeSet<String>| -> Vec<String> { schemas.iter().map(|name| typify_name(name)).collect() };
        let sent_only = graph.reached(&roots(&self.sent_only));
        let received = graph.reached(&roots(&self.received));
        // A type no schema reaches (one the client generator made) is received, to be safe.
        let defined = graph.named.keys().copied();
        let received_or_unreached = defined.filter(|name| received.contains(name) || !sent_only.contains(name));
        received_or_unreached.map(str::to_string).collect()
    }
}

/// The received types of a types crate, and what each reaches: what the types crate's serde
/// impls need to know to keep unknown values.
pub struct Tolerance<'a> {
    received: BTreeSet<String>,
    graph: TypeGraph<'a>,
}

impl<'a> Tolerance<'a> {
    pub fn new(sides: &SchemaSides, items: &[TokenStream], names: &'a [Option<String>]) -> Self {
        let graph = TypeGraph::new(items, names);
        Self { received: sides.received_types(&graph), graph }
    }

    pub fn is_received(&self, name: &str) -> bool {
        self.received.contains(name)
    }

    /// Whether the type `from`, or a type it reaches, is one of `targets`.
    pub fn reaches_any(&self, from: &str, targets: &BTreeSet<String>) -> bool {
        self.graph.reached(&[from.to_string()]).iter().any(|name| targets.contains(*name))
    }
}

/// Which types of a types crate each type's definition names.
struct TypeGraph<'a> {
    named: BTreeMap<&'a str, BTreeSet<&'a str>>,
}

impl<'a> TypeGraph<'a> {
    /// The graph of the root `items` of a types crate, `names` what each defines.
    fn new(items: &[TokenStream], names: &'a [Option<String>]) -> Self {
        let defined: BTreeSet<&str> = names.iter().flatten().map(String::as_str).collect();
        let named = names
            .iter()
            .zip(items)
            .filter_map(|(name, item)| Some((name.as_deref()?, types_named_in(item, &defined))))
            .collect();
        Self { named }
    }

    /// The types of `roots` that are defined, and every type their definitions name,
    /// transitively.
    fn reached(&self, roots: &[String]) -> BTreeSet<&'a str> {
        let mut reached = BTreeSet::new();
        let mut pending: Vec<&'a str> =
            roots.iter().filter_map(|root| self.named.get_key_value(root.as_str())).map(|(name, _)| *name).collect();
        while let Some(name) = pending.pop() {
            if reached.insert(name) {
                pending.extend(self.named.get(name).into_iter().flatten().copied());
            }
        }
        reached
    }
}

/// The type names among `defined` that `item`'s tokens mention. A word that only looks like a
/// type's name (a variant called as a type is) counts too: a type is then received when it
/// need not be, which costs a variant, never a refused answer.
fn types_named_in<'a>(item: &TokenStream, defined: &BTreeSet<&'a str>) -> BTreeSet<&'a str> {
    let mut found = BTreeSet::new();
    let mut pending = vec![item.clone()];
    while let Some(stream) = pending.pop() {
        for tree in stream {
            match tree {
                TokenTree::Ident(ident) => found.extend(defined.get(ident.to_string().as_str()).copied()),
                TokenTree::Group(group) => pending.push(group.stream()),
                TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;
    use serde_json::json;

    #[test]
    fn only_what_requests_alone_reach_is_not_received() {
        let document = json!({
            "paths": {"/books": {
                "post": {
                    "parameters": [{"name": "sort", "in": "query", "schema": {"$ref": "#/components/schemas/Sort"}}],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewBook"}}}},
                    "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Book"}}}}}
                }
            }},
            "components": {"schemas": {
                "Sort": {"enum": ["asc", "desc"]},
                "NewBook": {"properties": {"genre": {"$ref": "#/components/schemas/Genre"}}},
                "Book": {"properties": {"genre": {"$ref": "#/components/schemas/Genre"}}},
                "Genre": {"enum": ["fiction"]},
                "Event": {"properties": {"kind": {"enum": ["created"]}}}
            }}
        });
        let sides = SchemaSides::of(&document);
        assert_eq!(sides.sent_only, BTreeSet::from(["NewBook".to_string(), "Sort".to_string()]));
        // The Rust items as typify names them, with an inline enum of each side.
        let items = [
            quote! { pub enum Sort { Asc, Desc } },
            quote! { pub struct NewBook { pub genre: Genre, pub shelf: NewBookShelf } },
            quote! { pub enum NewBookShelf { Top } },
            quote! { pub struct Book { pub genre: Genre, pub state: ::std::option::Option<BookState> } },
            quote! { pub enum BookState { Lent } },
            quote! { pub enum Genre { Fiction } },
            quote! { pub struct Event { pub kind: EventKind } },
            quote! { pub enum EventKind { Created } },
            quote! { impl Sort { fn all() -> Vec<Sort> { vec![] } } },
        ];
        let names: Vec<Option<String>> = items.iter().map(crate::type_definitions::defined_type_name).collect();
        let tolerance = Tolerance::new(&sides, &items, &names);
        let received: BTreeSet<String> = tolerance.received.clone();
        let expected = ["Book", "BookState", "Event", "EventKind", "Genre"];
        assert_eq!(received, expected.into_iter().map(str::to_string).collect::<BTreeSet<_>>());
        assert!(tolerance.reaches_any("Book", &BTreeSet::from(["BookState".to_string()])));
        assert!(!tolerance.reaches_any("NewBook", &BTreeSet::from(["BookState".to_string()])));
    }
}
