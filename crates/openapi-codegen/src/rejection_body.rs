//! Filling an error schema from a rejection, so a refused request is answered in the body the
//! spec declares. Properties are matched by meaning (a status, a message, a list of problems
//! with their location) as error bodies commonly name them; anything else required gets a
//! valid placeholder of its type, and optional properties without a meaning are left out.
//!
//! A body whose schema is a component is built as the types crate's own type, so the compiler
//! proves it matches; one the types crate's type cannot be made for (an inline schema, a
//! required constrained string, which checks itself) is built as a `serde_json::Value` from
//! the schema instead.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;
use syn::Type;

use crate::document::follow_references;
use crate::type_definitions::{Definition, Field, TypeDefinitions};

/// Depth past which nested required objects are not filled further (schemas can recurse).
const MAX_DEPTH: usize = 8;

/// An expression of type `serde_json::Value`, using `status: u16` and `rejection: &Rejection`.
pub fn fill(document: &Value, schema: &Value) -> TokenStream {
    let flattened = flatten(document, schema, 0);
    match root_meaning(document, &flattened) {
        Some(meaning) => meaning_as_json(document, meaning, &flattened, 0),
        None => fill_value(document, &flattened, Context::Rejection, 0),
    }
}

/// What a whole body carries when it is no object: a text is the summary, a list of
/// objects the problems.
fn root_meaning(document: &Value, schema: &Value) -> Option<Meaning> {
    if schema.get("enum").is_some() {
        return None;
    }
    match kind_of(schema) {
        "string" => Some(Meaning::Summary),
        "array" => meaning(document, "", schema, Context::Rejection, 0),
        _ => None,
    }
}

/// An expression of type `types::<type_name>` (the types crate's type of `schema`), using
/// `status` and `rejection` as [`fill`] does; `None` when some required part of the type has
/// no value this module can make.
pub fn fill_typed(
    document: &Value,
    schema: &Value,
    type_name: &str,
    definitions: &TypeDefinitions,
) -> Option<TokenStream> {
    let builder = TypedBuilder { document, definitions };
    let flattened = flatten(document, schema, 0);
    builder.named(type_name, &flattened, root_meaning(document, &flattened), Context::Rejection, 0)
}

#[derive(Clone, Copy, PartialEq)]
enum Context {
    /// Filling the body (or an object inside it) from the whole rejection.
    Rejection,
    /// Filling one item of a problem list from `problem: &Problem`.
    Problem,
}

/// The schema with `$ref`s followed and `allOf` parts merged into one object schema.
fn flatten(document: &Value, schema: &Value, depth: usize) -> Value {
    let current = follow_references(document, schema).clone();
    let Some(parts) = current.get("allOf").and_then(Value::as_array).cloned() else { return current };
    if depth > MAX_DEPTH {
        return current;
    }
    let mut merged = serde_json::Map::new();
    let mut properties = serde_json::Map::new();
    let mut required: Vec<Value> = Vec::new();
    for part in parts.iter().map(|p| flatten(document, p, depth + 1)).chain(std::iter::once(current.clone())) {
        if let Some(part_properties) = part.get("properties").and_then(Value::as_object) {
            properties.extend(part_properties.clone());
        }
        for name in part.get("required").and_then(Value::as_array).into_iter().flatten() {
            if !required.contains(name) {
                required.push(name.clone());
            }
        }
        if let Some(kind) = part.get("type") {
            merged.insert("type".into(), kind.clone());
        }
    }
    merged.insert("type".into(), Value::String("object".into()));
    merged.insert("properties".into(), Value::Object(properties));
    merged.insert("required".into(), Value::Array(required));
    Value::Object(merged)
}

fn kind_of(schema: &Value) -> &str {
    match schema.get("type").and_then(Value::as_str) {
        Some(kind) => kind,
        None if schema.get("properties").is_some() => "object",
        None if schema.get("items").is_some() => "array",
        None => "any",
    }
}

/// Lower-case letters and digits only: `httpStatusCode`, `http_status_code` → `httpstatuscode`.
fn key(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

fn fill_value(document: &Value, schema: &Value, context: Context, depth: usize) -> TokenStream {
    let schema = flatten(document, schema, depth);
    if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|values| values.first()) {
        let text = first.to_string();
        return quote! { serde_json::from_str(#text).unwrap_or(serde_json::Value::Null) };
    }
    match kind_of(&schema) {
        "object" if depth <= MAX_DEPTH => fill_object(document, &schema, context, depth),
        kind => match union_parts(&schema).first() {
            // A union: a value of its first part.
            Some(first) if kind == "any" && depth <= MAX_DEPTH => fill_value(document, first, context, depth + 1),
            _ => placeholder(kind, &schema),
        },
    }
}

/// The parts of a `oneOf` or `anyOf`, in order (typify's variants follow it).
fn union_parts(schema: &Value) -> &[Value] {
    ["oneOf", "anyOf"]
        .iter()
        .find_map(|keyword| schema.get(keyword).and_then(Value::as_array))
        .map_or(&[], Vec::as_slice)
}

fn fill_object(document: &Value, schema: &Value, context: Context, depth: usize) -> TokenStream {
    let required: Vec<&str> =
        schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    let mut entries = Vec::new();
    for (name, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
        let property = flatten(document, property, depth + 1);
        let is_required = required.contains(&name.as_str());
        let value = match (meaning(document, name, &property, context, depth), is_required) {
            (Some(meaning), _) => meaning_as_json(document, meaning, &property, depth),
            (None, true) => fill_value(document, &property, context, depth + 1),
            (None, false) => continue,
        };
        entries.push(quote! { map.insert(#name.to_string(), #value); });
    }
    quote! {{
        let mut map = serde_json::Map::new();
        #(#entries)*
        serde_json::Value::Object(map)
    }}
}

/// What part of a rejection a property carries, told by its name and type.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Meaning {
    /// The status code, as a number.
    Status,
    /// The status code, as text.
    StatusText,
    Summary,
    RequestId,
    ReasonCode,
    /// A list of objects, one per problem (filled in [`Context::Problem`]).
    Problems,
    /// A problem's location, as a list of steps (`["body", "items", 3]`).
    Loc,
    ProblemMessage,
    ProblemKind,
    /// A problem's location, as text (`body.items.3`).
    ProblemField,
    ProblemInput,
}

/// The meaning of property `name` of schema `property` (flattened), in `context`.
fn meaning(document: &Value, name: &str, property: &Value, context: Context, depth: usize) -> Option<Meaning> {
    let kind = kind_of(property);
    if property.get("enum").is_some() {
        return None;
    }
    let key = key(name);
    Some(match context {
        Context::Rejection => match (key.as_str(), kind) {
            ("httpstatuscode" | "statuscode" | "status" | "code" | "httpstatus", "integer" | "number") => {
                Meaning::Status
            }
            ("status", "string") => Meaning::StatusText,
            (
                "message" | "msg" | "title" | "detail" | "details" | "description" | "error" | "errormessage"
                | "reason",
                "string",
            ) => Meaning::Summary,
            ("requestid" | "traceid" | "correlationid" | "id", "string") => Meaning::RequestId,
            ("type" | "kind" | "errortype" | "errorcode" | "code", "string") => Meaning::ReasonCode,
            (_, "array") => {
                let items = flatten(document, property.get("items").unwrap_or(&Value::Null), depth + 1);
                if kind_of(&items) != "object" {
                    return None;
                }
                Meaning::Problems
            }
            _ => return None,
        },
        Context::Problem => match (key.as_str(), kind) {
            ("loc" | "location", "array") => Meaning::Loc,
            ("msg" | "message" | "detail" | "description" | "error", "string") => Meaning::ProblemMessage,
            ("type" | "code" | "kind", "string") => Meaning::ProblemKind,
            (
                "field" | "name" | "param" | "parameter" | "path" | "pointer" | "property" | "loc" | "location",
                "string",
            ) => Meaning::ProblemField,
            ("input" | "value", "any") => Meaning::ProblemInput,
            _ => return None,
        },
    })
}

/// A meaning carried as text: an expression of type `String`.
fn meaning_as_text(meaning: Meaning) -> Option<TokenStream> {
    Some(match meaning {
        Meaning::StatusText => quote! { status.to_string() },
        Meaning::Summary => quote! { rejection.summary() },
        Meaning::RequestId => quote! { rejection.request_id.clone() },
        Meaning::ReasonCode => quote! { rejection.reason.code().to_string() },
        Meaning::ProblemMessage => quote! { problem.message.clone() },
        Meaning::ProblemKind => quote! { problem.kind.code().to_string() },
        Meaning::ProblemField => quote! { problem.field() },
        Meaning::Status | Meaning::Problems | Meaning::Loc | Meaning::ProblemInput => return None,
    })
}

/// [`meaning_as_text`] cut to the `maxLength` of `property`, if it has one.
fn bounded_text(meaning: Meaning, property: &Value) -> Option<TokenStream> {
    let text = meaning_as_text(meaning)?;
    Some(match property.get("maxLength").and_then(Value::as_u64) {
        Some(max) => {
            let max = Literal::u64_unsuffixed(max);
            quote! { openapi_server_runtime::rejection::truncated(#text, #max) }
        }
        None => text,
    })
}

/// A meaning as an expression of type `serde_json::Value`; `property` is its schema.
fn meaning_as_json(document: &Value, meaning: Meaning, property: &Value, depth: usize) -> TokenStream {
    match meaning {
        Meaning::Status => quote! { serde_json::Value::from(status) },
        Meaning::Problems => {
            let items = flatten(document, property.get("items").unwrap_or(&Value::Null), depth + 1);
            let item = fill_value(document, &items, Context::Problem, depth + 1);
            quote! { serde_json::Value::Array(rejection.problems.iter().map(|problem| #item).collect()) }
        }
        Meaning::Loc => quote! { problem.loc() },
        Meaning::ProblemInput => quote! { problem.input.clone().unwrap_or(serde_json::Value::Null) },
        text => {
            let text = bounded_text(text, property).unwrap_or_default();
            quote! { serde_json::Value::from(#text) }
        }
    }
}

/// A valid value of `kind` that means nothing.
fn placeholder(kind: &str, schema: &Value) -> TokenStream {
    let nullable = schema.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    match kind {
        _ if nullable => quote! { serde_json::Value::Null },
        "string" => {
            let text = text_placeholder(schema);
            quote! { serde_json::Value::from(#text) }
        }
        "integer" => {
            let minimum = integer_placeholder(schema);
            quote! { serde_json::Value::from(#minimum) }
        }
        "number" => {
            let minimum = number_placeholder(schema);
            quote! { serde_json::Value::from(#minimum) }
        }
        "boolean" => quote! { serde_json::Value::Bool(false) },
        "array" => quote! { serde_json::Value::Array(Vec::new()) },
        "object" => quote! { serde_json::Value::Object(serde_json::Map::new()) },
        _ => quote! { serde_json::Value::Null },
    }
}

/// A string of `schema`'s format, at least as long as it must be (a pattern is not followed).
fn text_placeholder(schema: &Value) -> String {
    let text = match schema.get("format").and_then(Value::as_str).unwrap_or_default() {
        "date-time" => "1970-01-01T00:00:00Z",
        "date" => "1970-01-01",
        "time" => "00:00:00Z",
        "uuid" => "00000000-0000-0000-0000-000000000000",
        "email" => "nobody@example.invalid",
        "uri" | "url" => "about:blank",
        "hostname" => "localhost",
        "ipv4" => "0.0.0.0",
        "ipv6" => "::",
        _ => "",
    };
    let length = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0);
    let missing = usize::try_from(length).unwrap_or(0).saturating_sub(text.chars().count()).min(1024);
    format!("{text}{}", "x".repeat(missing))
}

/// The first integer of `schema`'s enum, or the least it allows (0 without a minimum).
fn integer_placeholder(schema: &Value) -> i64 {
    let listed = schema.get("enum").and_then(Value::as_array).and_then(|values| values.iter().find_map(Value::as_i64));
    listed.unwrap_or_else(|| schema.get("minimum").and_then(Value::as_f64).map_or(0, |m| m.ceil() as i64))
}

fn number_placeholder(schema: &Value) -> f64 {
    schema.get("minimum").and_then(Value::as_f64).unwrap_or(0.0)
}

/// Builds values of the types crate's types, walking each type beside its schema: the schema
/// tells a property's meaning and bounds, the type how to spell its value.
struct TypedBuilder<'a> {
    document: &'a Value,
    definitions: &'a TypeDefinitions,
}

/// How a Rust type of the types crate is built.
enum RustShape<'t> {
    Option(&'t Type),
    Vec(&'t Type),
    Boxed(&'t Type),
    Text,
    Integer(&'t Ident),
    Float(&'t Ident),
    /// `std::num::NonZeroU64` and its kin, with the integer type they wrap.
    NonZero(&'t Ident, Ident),
    Bool,
    Json,
    /// A map of additional properties: empty.
    Map,
    /// A type whose `Default` is a valid placeholder (dates, UUIDs).
    Default,
    /// A type of the types crate.
    Named(String),
    Other,
}

fn rust_shape(ty: &Type) -> RustShape<'_> {
    let Type::Path(path) = ty else { return RustShape::Other };
    let Some(last) = path.path.segments.last() else { return RustShape::Other };
    let argument = match &last.arguments {
        syn::PathArguments::AngleBracketed(arguments) => arguments.args.iter().find_map(|argument| match argument {
            syn::GenericArgument::Type(inner) => Some(inner),
            _ => None,
        }),
        _ => None,
    };
    let name = last.ident.to_string();
    let single = path.path.segments.len() == 1 && path.path.leading_colon.is_none();
    match (name.as_str(), argument) {
        ("Option", Some(inner)) => RustShape::Option(inner),
        ("Vec", Some(inner)) => RustShape::Vec(inner),
        ("Box", Some(inner)) => RustShape::Boxed(inner),
        ("Map" | "HashMap" | "BTreeMap", _) => RustShape::Map,
        // Their defaults are the placeholders of their formats: the epoch, the nil UUID.
        ("DateTime" | "NaiveDate" | "Uuid", _) if !single => RustShape::Default,
        ("String", None) => RustShape::Text,
        ("Value", None) if !single => RustShape::Json,
        ("bool", None) => RustShape::Bool,
        ("i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize", None) => {
            RustShape::Integer(&last.ident)
        }
        ("f32" | "f64", None) => RustShape::Float(&last.ident),
        (nonzero, None) if nonzero.starts_with("NonZero") => {
            let base = nonzero.trim_start_matches("NonZero").to_ascii_lowercase();
            RustShape::NonZero(&last.ident, format_ident!("{}", base))
        }
        (_, None) if single => RustShape::Named(name),
        _ => RustShape::Other,
    }
}

/// The placeholder of an integer of `schema`, unsuffixed: it takes the type of its field.
fn integer_literal(schema: &Value) -> TokenStream {
    let literal = Literal::i64_unsuffixed(integer_placeholder(schema));
    quote! { #literal }
}

fn float_literal(schema: &Value) -> TokenStream {
    let literal = Literal::f64_unsuffixed(number_placeholder(schema));
    quote! { #literal }
}

/// `status: u16` as integer type `ty`.
fn status_as(ty: &Ident) -> TokenStream {
    if ty == "u16" {
        quote! { status }
    } else if ["i8", "u8", "i16", "isize"].contains(&ty.to_string().as_str()) {
        quote! { #ty::try_from(status).unwrap_or(#ty::MAX) }
    } else {
        quote! { #ty::from(status) }
    }
}

impl TypedBuilder<'_> {
    /// A value of `ty` carrying `meaning`, or the placeholder `schema` allows when it has none.
    fn build(
        &self,
        ty: &Type,
        schema: &Value,
        meaning: Option<Meaning>,
        context: Context,
        depth: usize,
    ) -> Option<TokenStream> {
        Some(match rust_shape(ty) {
            RustShape::Option(inner) => match meaning {
                None => quote! { None },
                Some(Meaning::ProblemInput) if matches!(rust_shape(inner), RustShape::Json) => {
                    quote! { problem.input.clone() }
                }
                Some(meaning) => match self.checked_text(inner) {
                    // A string with checks of its own: the text if it passes them, else nothing.
                    Some(checked) => {
                        let text = bounded_text(meaning, schema)?;
                        quote! { types::#checked::try_from(#text).ok() }
                    }
                    None => {
                        let value = self.build(inner, schema, Some(meaning), context, depth)?;
                        quote! { Some(#value) }
                    }
                },
            },
            RustShape::Boxed(inner) => {
                let value = self.build(inner, schema, meaning, context, depth)?;
                quote! { Box::new(#value) }
            }
            RustShape::Json => match meaning {
                Some(meaning) => meaning_as_json(self.document, meaning, schema, depth),
                None => fill_value(self.document, schema, context, depth),
            },
            RustShape::Vec(item) => match meaning {
                Some(Meaning::Problems) => {
                    let items = flatten(self.document, schema.get("items").unwrap_or(&Value::Null), depth + 1);
                    let value = self.build(item, &items, None, Context::Problem, depth + 1)?;
                    quote! { rejection.problems.iter().map(|problem| #value).collect() }
                }
                Some(Meaning::Loc) => {
                    let step = self.loc_step(item)?;
                    quote! { problem.loc_steps().map(|step| #step).collect() }
                }
                _ => quote! { Vec::new() },
            },
            RustShape::Text => {
                meaning.and_then(|m| bounded_text(m, schema)).unwrap_or_else(|| match text_placeholder(schema) {
                    text if text.is_empty() => quote! { String::new() },
                    text => quote! { #text.to_string() },
                })
            }
            RustShape::Integer(ty) => match meaning {
                Some(Meaning::Status) => status_as(ty),
                _ => integer_literal(schema),
            },
            RustShape::Float(ty) => match meaning {
                Some(Meaning::Status) => quote! { #ty::from(status) },
                _ => float_literal(schema),
            },
            RustShape::NonZero(wrapper, base) => {
                let value = match meaning {
                    Some(Meaning::Status) => status_as(&base),
                    _ => integer_literal(schema),
                };
                quote! { std::num::#wrapper::new(#value).unwrap_or(std::num::#wrapper::MIN) }
            }
            RustShape::Bool => quote! { false },
            RustShape::Map | RustShape::Default => quote! { Default::default() },
            RustShape::Named(name) => return self.named(&name, schema, meaning, context, depth),
            RustShape::Other => return None,
        })
    }

    /// A value of the types crate's type `name`.
    fn named(
        &self,
        name: &str,
        schema: &Value,
        meaning: Option<Meaning>,
        context: Context,
        depth: usize,
    ) -> Option<TokenStream> {
        let ident = format_ident!("{}", name);
        match self.definitions.get(name)? {
            Definition::Struct(fields) if depth <= MAX_DEPTH => self.object(&ident, fields, schema, context, depth),
            Definition::Unit(first) => Some(quote! { types::#ident::#first }),
            Definition::Untagged(variants) => match meaning {
                Some(meaning) => {
                    let text = bounded_text(meaning, schema)?;
                    let (variant, _) = variants.iter().find(|(_, ty)| matches!(rust_shape(ty), RustShape::Text))?;
                    Some(quote! { types::#ident::#variant(#text) })
                }
                // The first variant a value can be made of, with the schema of its part.
                None if depth <= MAX_DEPTH => variants.iter().enumerate().find_map(|(index, (variant, ty))| {
                    let part =
                        flatten(self.document, union_parts(schema).get(index).unwrap_or(&Value::Null), depth + 1);
                    let value = self.build(ty, &part, None, context, depth + 1)?;
                    Some(quote! { types::#ident::#variant(#value) })
                }),
                None => None,
            },
            Definition::Alias(ty) => self.build(ty, schema, meaning, context, depth),
            Definition::Newtype(inner) => {
                let value = match rust_shape(inner) {
                    // A nullable schema: its value rather than null, when one can be made.
                    RustShape::Option(wrapped) if meaning.is_none() => self
                        .build(wrapped, schema, None, context, depth)
                        .map_or_else(|| quote! { None }, |value| quote! { Some(#value) }),
                    _ => self.build(inner, schema, meaning, context, depth)?,
                };
                Some(quote! { types::#ident(#value) })
            }
            Definition::Struct(_) | Definition::Checked(_) | Definition::Opaque => None,
        }
    }

    /// A value of the struct `ident`, each field by its meaning in `schema` or its placeholder:
    /// its constructor of the required fields (the struct is `#[non_exhaustive]`), then the
    /// other fields that have more than their default.
    fn object(
        &self,
        ident: &Ident,
        fields: &[Field],
        schema: &Value,
        context: Context,
        depth: usize,
    ) -> Option<TokenStream> {
        let properties = schema.get("properties").and_then(Value::as_object);
        let mut arguments = Vec::new();
        let mut assignments = Vec::new();
        for field in fields.iter().filter(|field| !field.flattened) {
            let name = &field.ident;
            let property = properties.and_then(|properties| properties.get(&field.wire_name)).unwrap_or(&Value::Null);
            let property = flatten(self.document, property, depth + 1);
            let meaning = meaning(self.document, &field.wire_name, &property, context, depth);
            // A meaning the field's type cannot carry is given up, not the whole body.
            let carried =
                meaning.and_then(|meaning| self.build(&field.ty, &property, Some(meaning), context, depth + 1));
            match (carried, field.constructor_parameter) {
                (Some(value), true) => arguments.push(value),
                (Some(value), false) => assignments.push(quote! { value.#name = #value; }),
                // What the constructor leaves a field at is its placeholder already.
                (None, false) => {}
                (None, true) => arguments.push(self.build(&field.ty, &property, None, context, depth + 1)?),
            }
        }
        let made = quote! { types::#ident::new(#(#arguments),*) };
        if assignments.is_empty() {
            return Some(made);
        }
        Some(quote! {{
            let mut value = #made;
            #(#assignments)*
            value
        }})
    }

    /// The name of `ty` when it is a newtype of a string with checks (typify's constrained
    /// strings, which are made with `try_from`).
    fn checked_text(&self, ty: &Type) -> Option<Ident> {
        let RustShape::Named(name) = rust_shape(ty) else { return None };
        match self.definitions.get(&name)? {
            Definition::Checked(inner) if matches!(rust_shape(inner), RustShape::Text) => {
                Some(format_ident!("{}", name))
            }
            _ => None,
        }
    }

    /// An item of a problem's `loc` list of type `ty`, from `step: LocStep`.
    fn loc_step(&self, ty: &Type) -> Option<TokenStream> {
        match rust_shape(ty) {
            RustShape::Text => Some(quote! { step.to_string() }),
            RustShape::Json => Some(quote! { serde_json::Value::from(step) }),
            RustShape::Named(name) => match self.definitions.get(&name)? {
                Definition::Alias(ty) => self.loc_step(ty),
                Definition::Untagged(variants) => {
                    let ident = format_ident!("{}", name);
                    let shape =
                        |wanted: fn(&RustShape<'_>) -> bool| variants.iter().find(|(_, ty)| wanted(&rust_shape(ty)));
                    let (text, _) = shape(|s| matches!(s, RustShape::Text))?;
                    Some(match shape(|s| matches!(s, RustShape::Integer(_))) {
                        Some((integer, ty)) => quote! {
                            match step {
                                openapi_server_runtime::rejection::LocStep::Key(key) => types::#ident::#text(key.to_string()),
                                openapi_server_runtime::rejection::LocStep::Index(index) => {
                                    types::#ident::#integer(#ty::try_from(index).unwrap_or(#ty::MAX))
                                }
                            }
                        },
                        None => quote! { types::#ident::#text(step.to_string()) },
                    })
                }
                _ => None,
            },
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeSet;

    fn typed(document: &Value, items: TokenStream, name: &str) -> Option<String> {
        let items = crate::render::split_items(items);
        let names: Vec<Option<String>> = items.iter().map(crate::type_definitions::defined_type_name).collect();
        let definitions = TypeDefinitions::collect(&items, &names, &BTreeSet::from([name.to_string()]));
        let schema = json!({"$ref": format!("#/components/schemas/{name}")});
        fill_typed(document, &schema, name, &definitions).map(|tokens| tokens.to_string().replace(' ', ""))
    }

    #[test]
    fn a_component_body_is_built_as_its_type_field_by_field() {
        let document = json!({"components": {"schemas": {"Failure": {
            "type": "object",
            "required": ["code", "kind", "count"],
            "properties": {
                "code": {"type": "integer"},
                "kind": {"type": "string", "enum": ["bad", "worse"]},
                "count": {"type": "integer", "minimum": 3},
                "detail": {"type": "string"},
                "problems": {"type": "array", "items": {"type": "object", "properties": {
                    "loc": {"type": "array", "items": {"type": "string"}},
                    "msg": {"type": "string"}
                }}}
            }
        }}}});
        let items = quote! {
            pub struct Failure {
                pub code: ::std::num::NonZeroU16,
                pub count: u64,
                pub kind: FailureKind,
                #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                pub detail: ::std::option::Option<::std::string::String>,
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub problems: ::std::vec::Vec<FailureProblemsItem>,
            }
            pub enum FailureKind { Bad, Worse }
            pub struct FailureProblemsItem {
                #[serde(default)]
                pub loc: ::std::vec::Vec<::std::string::String>,
                pub msg: ::std::option::Option<::std::string::String>,
            }
        };
        let built = typed(&document, items, "Failure").expect("every field has a value");
        // The required fields through the constructor, in order; the others set after it.
        for part in [
            "types::Failure::new(std::num::NonZeroU16::new(status).unwrap_or(std::num::NonZeroU16::MIN),3,types::FailureKind::Bad)",
            "value.detail=Some(rejection.summary());",
            "types::FailureProblemsItem::new();",
            "value.loc=problem.loc_steps().map(|step|step.to_string()).collect();",
            "value.msg=Some(problem.message.clone());",
        ] {
            assert!(built.contains(part), "{part} in {built}");
        }
    }

    #[test]
    fn a_required_field_of_no_buildable_type_leaves_the_body_to_its_schema() {
        let document = json!({"components": {"schemas": {"Failure": {
            "type": "object",
            "required": ["message", "at"],
            "properties": {
                "message": {"type": "string", "maxLength": 8},
                "at": {"type": "string", "format": "date-time"}
            }
        }}}});
        // A string of bounded length is a newtype with checks of its own.
        let bounded = quote! {
            pub struct Failure { pub at: ::chrono::DateTime<::chrono::offset::Utc>, pub message: FailureMessage }
            pub struct FailureMessage(::std::string::String);
        };
        assert_eq!(typed(&document, bounded, "Failure"), None);
        let json = fill(&document, &document["components"]["schemas"]["Failure"]).to_string().replace(' ', "");
        assert!(json.contains("truncated(rejection.summary(),8)"), "{json}");
        assert!(json.contains("\"1970-01-01T00:00:00Z\""), "{json}");
        // A date's default, the epoch, is a valid placeholder.
        let plain = quote! {
            pub struct Failure { pub at: ::chrono::DateTime<::chrono::offset::Utc>, pub message: ::std::string::String }
        };
        assert_eq!(
            typed(&document, plain, "Failure").as_deref(),
            Some(
                "types::Failure::new(Default::default(),openapi_server_runtime::rejection::truncated(rejection.summary(),8))"
            )
        );
    }

    #[test]
    fn a_union_is_built_as_its_first_variant_that_can_be_and_checked_text_is_tried() {
        let document = json!({"components": {"schemas": {
            "Either": {"oneOf": [{"$ref": "#/components/schemas/Dated"}, {"$ref": "#/components/schemas/Plain"}]},
            "Dated": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "maxLength": 4}}},
            "Plain": {"type": "object", "properties": {
                "message": {"type": "string", "maxLength": 16},
                "value": {"oneOf": [{"type": "string"}, {"type": "integer"}]}
            }}
        }}});
        let items = quote! {
            #[serde(untagged)]
            pub enum Either { Dated(Dated), Plain(Plain) }
            pub struct Dated { pub id: DatedId }
            pub struct DatedId(::std::string::String);
            pub struct Plain {
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub message: ::std::option::Option<PlainMessage>,
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub value: ::std::option::Option<PlainValue>,
            }
            pub struct PlainMessage(::std::string::String);
            #[serde(untagged)]
            pub enum PlainValue { String(::std::string::String), Integer(i64) }
        };
        // `Dated` needs a checked id, which has no infallible value: `Plain` is built.
        assert_eq!(
            typed(&document, items, "Either").as_deref(),
            Some(
                "types::Either::Plain({letmutvalue=types::Plain::new();value.message=types::PlainMessage::try_from(openapi_server_runtime::rejection::truncated(rejection.summary(),16)).ok();value})"
            )
        );
        let json = fill(&document, &document["components"]["schemas"]["Either"]).to_string().replace(' ', "");
        assert!(json.contains("map.insert(\"id\".to_string(),serde_json::Value::from(openapi_server_runtime::rejection::truncated(rejection.request_id.clone(),4)))"), "{json}");
    }

    #[test]
    fn a_body_that_is_text_or_a_list_carries_the_summary_or_the_problems() {
        let document = json!({"components": {"schemas": {
            "Errors": {"type": "array", "items": {"$ref": "#/components/schemas/Error"}},
            "Error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}}
        }}});
        let items = quote! {
            pub struct Errors(pub ::std::vec::Vec<Error>);
            pub struct Error { pub message: ::std::string::String }
        };
        assert_eq!(
            typed(&document, items, "Errors").as_deref(),
            Some(
                "types::Errors(rejection.problems.iter().map(|problem|types::Error::new(problem.message.clone())).collect())"
            )
        );
        let text = fill(&document, &json!({"type": "string"})).to_string().replace(' ', "");
        assert_eq!(text, "serde_json::Value::from(rejection.summary())");
    }

    #[test]
    fn a_recursive_body_falls_back_and_negative_bounds_stay_valid_rust() {
        let document = json!({"components": {"schemas": {
            "Chain": {"type": "object", "required": ["cause", "depth"], "properties": {
                "cause": {"$ref": "#/components/schemas/Chain"},
                "depth": {"type": "integer", "minimum": -3}
            }}
        }}});
        let items = quote! {
            pub struct Chain { pub cause: ::std::boxed::Box<Chain>, pub depth: i64 }
        };
        // Every level requires the next: no value ends it, so the schema's JSON is built.
        assert_eq!(typed(&document, items, "Chain"), None);
        let json = fill(&document, &document["components"]["schemas"]["Chain"]);
        assert!(syn::parse2::<syn::Expr>(json.clone()).is_ok(), "{json}");
        let items = quote! { pub struct Chain { pub depth: i64 } };
        let names: Vec<Option<String>> =
            crate::render::split_items(items.clone()).iter().map(crate::type_definitions::defined_type_name).collect();
        let definitions = TypeDefinitions::collect(
            &crate::render::split_items(items),
            &names,
            &BTreeSet::from(["Chain".to_string()]),
        );
        let schema = json!({"$ref": "#/components/schemas/Chain"});
        let built = fill_typed(&document, &schema, "Chain", &definitions).expect("a depth can be made");
        let parsed = syn::parse2::<syn::Expr>(built.clone()).map(|expr| quote! { #expr }.to_string());
        assert_eq!(parsed.ok().as_deref(), Some("types :: Chain :: new (- 3)"), "{built}");
    }
}
