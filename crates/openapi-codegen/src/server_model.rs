//! The server generator's model of an API: each operation's parameters, body, answers and
//! credentials, read from the prepared spec (the same document the client is generated from),
//! with the Rust type of every input and answer.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use heck::ToSnakeCase;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::diagnostic::{Diagnostic, PointerError};
pub(crate) use crate::document::Status;
use crate::document::{
    Method, OperationAt, OperationObject, ParameterIn, ParameterObject, RequestBodyObject, ResponseObject,
    SecurityRequirement, first_media, follow_references, is_json_media_type, percent_decode, pointer_join,
    pointer_push,
};
use crate::security::{Credential, security_schemes};
pub(crate) struct ApiModel<'a> {
    pub(crate) base_path: String,
    /// Crates the parameter types need (`chrono`, `uuid`).
    pub(crate) extra_crates: BTreeSet<&'static str>,
    /// The types crate's names this model uses, each with a `$ref` that named it: the types
    /// crate must define them (checked once both are generated).
    pub(crate) used_types: BTreeMap<String, String>,
    pub(crate) operations: Vec<Operation>,
    /// The prepared document, for resolving error schemas when rendering rejections.
    pub(crate) document: &'a Value,
}

pub(crate) struct Operation {
    pub(crate) id: String,
    pub(crate) method: Method,
    pub(crate) template: String,
    /// The path as axum routes it: a segment with text around its parameter (`{sid}.json`)
    /// is matched whole (`{sid}`); the handler takes the parameter out of it by the template.
    pub(crate) route: String,
    pub(crate) summary: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) parameters: Vec<Parameter>,
    pub(crate) body: Option<Body>,
    pub(crate) responses: Vec<Response>,
    pub(crate) security: Security,
}

pub(crate) struct Parameter {
    pub(crate) name: String,
    pub(crate) field: Ident,
    pub(crate) location: ParameterIn,
    pub(crate) required: bool,
    pub(crate) rust_type: TokenStream,
    pub(crate) shape: Shape,
    pub(crate) many: bool,
    /// What joins a list written as one value: in a query `|` (`pipeDelimited`), ` `
    /// (`spaceDelimited`), `,` (`form` not exploded); in a path, where `,` is the default, `.`
    /// (`label` exploded) and `;name=` (`matrix` exploded). `None` for repeated keys, or `,`
    /// in a path or header.
    pub(crate) delimiter: Option<String>,
    pub(crate) bounds: Bounds,
    pub(crate) description: Option<String>,
    /// An object query parameter's style and properties.
    pub(crate) object_in_query: Option<(ObjectInQuery, Vec<QueryProperty>)>,
}

/// A property of an object query parameter: its name, the shape of its text, whether a list.
pub(crate) type QueryProperty = (String, Shape, bool);

/// How the properties of an object query parameter travel.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ObjectInQuery {
    /// `deepObject`: `?created[gt]=1`.
    Deep,
    /// `form`, exploded: `?gt=1`.
    Exploded,
    /// `form`, not exploded: `?created=gt,1,lt,9`.
    Joined,
}

/// How the runtime reads a parameter's text (each item's, for a list).
#[derive(Clone, Copy)]
pub(crate) enum Shape {
    String,
    Integer,
    Number,
    Boolean,
    Json,
}

#[derive(Default)]
pub(crate) struct Bounds {
    pub(crate) minimum: Option<f64>,
    pub(crate) maximum: Option<f64>,
    pub(crate) exclusive_minimum: bool,
    pub(crate) exclusive_maximum: bool,
    pub(crate) min_length: Option<usize>,
    pub(crate) max_length: Option<usize>,
    pub(crate) min_items: Option<usize>,
    pub(crate) max_items: Option<usize>,
    /// An object schema: a list is refused (serde's structs would take one).
    pub(crate) object: bool,
    /// Required properties, all reported when missing.
    pub(crate) required: Vec<String>,
    /// An integer schema: whole numbers written with a fraction or an exponent are integers.
    pub(crate) integer: bool,
}

impl Bounds {
    fn is_empty(&self) -> bool {
        !self.object
            && !self.integer
            && self.required.is_empty()
            && self.minimum.is_none()
            && self.maximum.is_none()
            && self.min_length.is_none()
            && self.max_length.is_none()
            && self.min_items.is_none()
            && self.max_items.is_none()
    }
}

/// Bounds at a path inside a JSON body (`None` steps are "every array item").
pub(crate) struct BodyRule {
    pub(crate) path: Vec<Option<String>>,
    pub(crate) bounds: Bounds,
}

pub(crate) struct Body {
    pub(crate) required: bool,
    /// Bounds inside a JSON body that its Rust type does not check.
    pub(crate) rules: Vec<BodyRule>,
    /// JSON bodies decode into this type; other media types arrive as bytes.
    pub(crate) json_type: Option<TokenStream>,
    pub(crate) media_type: String,
}

pub(crate) struct Response {
    pub(crate) status: Status,
    pub(crate) description: String,
    pub(crate) content: ResponseContent,
    /// JSON pointer of the JSON schema, for rendering rejection bodies.
    pub(crate) schema_pointer: Option<String>,
}

pub(crate) enum ResponseContent {
    Empty,
    /// A JSON body of `rust_type`, sent as `media_type` (`application/json`, or a `+json` type).
    Json {
        rust_type: TokenStream,
        media_type: String,
    },
    Raw(String),
}

/// Alternatives (any one suffices); each alternative is a set of schemes (all required).
pub(crate) struct Security {
    pub(crate) alternatives: Vec<Vec<Scheme>>,
    pub(crate) optional: bool,
    /// Schemes named that the stub does not check (the implementation must): of a type it
    /// cannot check, or not declared at all.
    pub(crate) unchecked: Vec<String>,
}

#[derive(Clone)]
pub(crate) struct Scheme {
    pub(crate) name: String,
    pub(crate) credential: Credential,
}

impl<'a> ApiModel<'a> {
    pub(crate) fn read(document: &'a Value, diagnostics: &mut Vec<Diagnostic>) -> Result<Self, PointerError> {
        let base_path = base_path(document);
        let schemes = read_schemes(document, diagnostics);
        let types = TypeNamer::default();
        let declared: BTreeSet<String> =
            security_schemes(document).iter().map(|scheme| scheme.name.to_string()).collect();
        let mut operations: Vec<Operation> = Vec::new();
        for at in crate::document::operations(document) {
            let route = match axum_route(at.path) {
                Ok(route) => route,
                Err(message) => {
                    let message = format!("{message}; the operation is left out of the server stub");
                    diagnostics.push(Diagnostic::lossy(at.pointer(), &crate::server::SERVER_ROUTES, message));
                    continue;
                }
            };
            let operation = read_operation(document, at, route, &schemes, &types)?;
            for name in operation.security.unchecked.iter().filter(|name| !declared.contains(name.as_str())) {
                diagnostics.push(Diagnostic::lossy(
                    pointer_push(&at.pointer(), "security"),
                    &crate::server::SERVER_CREDENTIALS,
                    format!("the requirement names `{name}`, which the spec does not declare: the server stub does not check it"),
                ));
            }
            // Operations of one route are told apart at run time by the text around their
            // parameters and the query written into their path; without either, they cannot be.
            let shape = route_shape(&operation.template);
            let same = operations.iter().find(|o| {
                o.method == operation.method && o.route == operation.route && route_shape(&o.template) == shape
            });
            if let Some(other) = same {
                diagnostics.push(Diagnostic::lossy(
                    at.pointer(),
                    &crate::server::SERVER_ROUTES,
                    format!(
                        "`{}` and `{}` match the same requests: only the first is served",
                        other.template, operation.template
                    ),
                ));
                continue;
            }
            operations.push(operation);
        }
        Ok(Self {
            base_path,
            operations,
            document,
            extra_crates: types.crates.into_inner(),
            used_types: types.used.into_inner(),
        })
    }

    pub(crate) fn trait_name(&self, api_name: &str) -> Ident {
        pascal_or_snake_ident(&format!("{api_name}-api"), crate::naming::Case::Pascal)
    }
}

/// The path of the first server URL (`https://host/v2` → `/v2`), without a trailing slash.
pub(crate) fn base_path(document: &Value) -> String {
    let url = document.pointer("/servers/0/url").and_then(Value::as_str).unwrap_or("");
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
    let path = if url.contains("://") { after_scheme } else { url };
    path.trim_end_matches('/').to_string()
}

/// The schemes the server stub checks, by name; the others are reported as lossy.
pub(crate) fn read_schemes(document: &Value, diagnostics: &mut Vec<Diagnostic>) -> BTreeMap<String, Credential> {
    let mut schemes = BTreeMap::new();
    for scheme in security_schemes(document) {
        match scheme.credential {
            Some(credential) => {
                schemes.insert(scheme.name.to_string(), credential);
            }
            None => diagnostics.push(Diagnostic::lossy(
                pointer_push("/components/securitySchemes", scheme.name),
                &crate::server::SERVER_CREDENTIALS,
                format!("security scheme `{}` ({}) is not checked by the server stub", scheme.name, scheme.type_name),
            )),
        }
    }
    schemes
}

pub(crate) fn read_operation(
    document: &Value,
    at: OperationAt<'_>,
    route: String,
    schemes: &BTreeMap<String, Credential>,
    types: &TypeNamer,
) -> Result<Operation, PointerError> {
    let operation = OperationObject::read(document, at)?;
    let pointer = &operation.pointer();
    let template = at.path;
    let mut parameters = Vec::new();
    // The request type's `body` field holds the request body: a parameter so named gets another.
    let mut fields: BTreeSet<String> = operation.request_body.iter().map(|_| "body".to_string()).collect();
    for parameter in &operation.parameters {
        let mut read = read_parameter(document, parameter, types)?;
        read.field = unique_field(parameter.name, &mut fields);
        parameters.push(read);
    }
    let body = match &operation.request_body {
        Some(body) => read_body(document, body, pointer, types)?,
        None => None,
    };
    let responses = operation
        .responses
        .iter()
        .map(|response| read_response(response, &pointer_join(pointer, ["responses", response.key]), types))
        .collect::<Result<_, _>>()?;
    let security = read_security(&operation.security, schemes);
    Ok(Operation {
        id: operation.id.to_string(),
        method: at.method,
        template: template.to_string(),
        route,
        summary: operation.summary.map(str::to_string),
        description: operation.description.map(str::to_string),
        parameters,
        body,
        responses,
        security,
    })
}

/// What tells the requests of a path template apart from those of another of the same axum
/// route: the template with its parameters unnamed, and the query written into it.
fn route_shape(template: &str) -> (String, BTreeSet<&str>) {
    let (path, query) = template.split_once('?').unwrap_or((template, ""));
    let mut unnamed = String::new();
    let mut in_parameter = false;
    for c in path.chars() {
        match c {
            '{' => in_parameter = true,
            '}' => {
                in_parameter = false;
                unnamed.push_str("{}");
            }
            _ if !in_parameter => unnamed.push(c),
            _ => {}
        }
    }
    (unnamed, query.split('&').filter(|pair| !pair.is_empty()).collect())
}

/// The axum route of a path template. axum matches whole segments only, so a segment with
/// text around its parameters (`{name}.json`, `{base}...{head}`) is routed as one capture
/// named after its first parameter; the runtime splits it (`input::path_params`). Two
/// parameters with no text between them cannot be told apart.
fn axum_route(template: &str) -> Result<String, String> {
    // A query written into the path (`/things?beta=true`) is not part of what axum routes.
    let path = template.split_once('?').map_or(template, |(path, _)| path);
    let segments = path.split('/').map(|segment| {
        let Some((_, parameters)) = segment.split_once('{') else { return Ok(segment.to_string()) };
        let first = parameters.split_once('}').map(|(name, _)| name).filter(|name| !name.contains('{'));
        let Some(first) = first else { return Err(format!("the path segment `{segment}` has an unclosed parameter")) };
        if segment.contains("}{") {
            return Err(format!(
                "the path segment `{segment}` holds two parameters with nothing between them: the server cannot tell them apart"
            ));
        }
        Ok(format!("{{{first}}}"))
    });
    segments.collect::<Result<Vec<_>, _>>().map(|segments| segments.join("/"))
}

pub(crate) fn read_parameter(
    document: &Value,
    parameter: &ParameterObject<'_>,
    types: &TypeNamer,
) -> Result<Parameter, PointerError> {
    let empty_schema = Value::Object(Default::default());
    let schema = parameter.schema.unwrap_or(&empty_schema);
    let (many, shape, item) = match parameter.content_media_type {
        // Described by `content`: the whole value is one text of that media type.
        Some(media_type) if is_json_media_type(media_type) => (false, Shape::Json, follow_references(document, schema)),
        Some(_) => (false, Shape::String, follow_references(document, schema)),
        None => text_shape(document, schema),
    };
    // A header or cookie of a union or object type is taken as text, as the client sends it
    // (a list is read as one, comma-separated).
    let as_text = matches!(parameter.location, ParameterIn::Header | ParameterIn::Cookie)
        && !many
        && crate::document::has_no_text_form(follow_references(document, schema));
    let object_in_query = object_query_style(document, parameter).map(|style| {
        let object = follow_references(document, schema);
        let properties = object.get("properties").and_then(Value::as_object).into_iter().flatten();
        let properties = properties
            .map(|(name, property)| {
                let (many, shape, _) = text_shape(document, property);
                (name.clone(), shape, many)
            })
            .collect();
        (style, properties)
    });
    let rust_type = if as_text {
        quote! { String }
    } else {
        types
            .rust_type(schema)
            .map_err(|message| PointerError::generator(pointer_push(&parameter.pointer, "schema"), message))?
    };
    let (many, shape) = if as_text { (false, Shape::String) } else { (many, shape) };
    let name = match parameter.location {
        // Header names are case-insensitive; the runtime looks them up in lower case.
        ParameterIn::Header => parameter.name.to_ascii_lowercase(),
        _ => parameter.name.to_string(),
    };
    Ok(Parameter {
        name,
        field: field_ident(parameter.name),
        location: parameter.location,
        required: parameter.required,
        rust_type,
        shape,
        many,
        delimiter: match (parameter.location, parameter.style, parameter.explode) {
            (ParameterIn::Query, Some("pipeDelimited"), _) if many => Some("|".into()),
            (ParameterIn::Query, Some("spaceDelimited"), _) if many => Some(" ".into()),
            (ParameterIn::Query, None | Some("form"), Some(false)) if many => Some(",".into()),
            (ParameterIn::Path, Some("label"), Some(true)) if many => Some(".".into()),
            (ParameterIn::Path, Some("matrix"), Some(true)) if many => Some(format!(";{}=", parameter.name)),
            _ => None,
        },
        // An object parameter's required properties are checked as it is gathered; its text
        // is read as an integer by its shape.
        bounds: Bounds { required: Vec::new(), integer: false, ..read_bounds(item) },
        description: parameter.description.map(str::to_string),
        object_in_query,
    })
}

/// How an object query parameter travels: its properties as keys `name[property]`, or as
/// keys of their own (`form` style, exploded, the default); `None` for anything else.
fn object_query_style(document: &Value, parameter: &ParameterObject<'_>) -> Option<ObjectInQuery> {
    let object = follow_references(document, parameter.schema?);
    let is_object = object.get("type").and_then(Value::as_str) == Some("object") || object.get("properties").is_some();
    if parameter.location != ParameterIn::Query || !is_object {
        return None;
    }
    match (parameter.style, parameter.explode) {
        (Some("deepObject"), _) => Some(ObjectInQuery::Deep),
        (None | Some("form"), None | Some(true)) if object.get("properties").is_some() => Some(ObjectInQuery::Exploded),
        (None | Some("form"), Some(false)) if object.get("properties").is_some() => Some(ObjectInQuery::Joined),
        _ => None,
    }
}

/// How a parameter's text is read: whether it is a list, the shape of each value, and the
/// schema of each value.
fn text_shape<'a>(document: &'a Value, schema: &'a Value) -> (bool, Shape, &'a Value) {
    let resolved = follow_references(document, schema);
    let (many, item) = match resolved.get("type").and_then(Value::as_str) {
        Some("array") => (true, resolved.get("items").map(|i| follow_references(document, i)).unwrap_or(&Value::Null)),
        _ => (false, resolved),
    };
    let shape = match item.get("type").and_then(Value::as_str) {
        Some("string") => Shape::String,
        Some("integer") => Shape::Integer,
        Some("number") => Shape::Number,
        Some("boolean") => Shape::Boolean,
        _ => Shape::Json,
    };
    (many, shape, item)
}

pub(crate) fn read_bounds(schema: &Value) -> Bounds {
    let number = |key| schema.get(key).and_then(Value::as_f64);
    let flag = |key| schema.get(key).and_then(Value::as_bool).unwrap_or(false);
    let length = |key| schema.get(key).and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok());
    Bounds {
        minimum: number("minimum"),
        maximum: number("maximum"),
        exclusive_minimum: flag("exclusiveMinimum"),
        exclusive_maximum: flag("exclusiveMaximum"),
        min_length: length("minLength"),
        max_length: length("maxLength"),
        min_items: length("minItems"),
        max_items: length("maxItems"),
        object: schema.get("type").and_then(Value::as_str) == Some("object"),
        integer: schema.get("type").and_then(Value::as_str) == Some("integer"),
        required: schema
            .get("required")
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default(),
    }
}

/// Nesting past which body rules are not collected (schemas may recurse through `$ref`).
const MAX_RULE_DEPTH: usize = 16;

/// The bounds of a body schema and of everything inside it that a path reaches: properties,
/// array items and `allOf` parts. (`anyOf`/`oneOf` branches are left to the types.)
fn body_rules(
    document: &Value,
    schema: &Value,
    path: &mut Vec<Option<String>>,
    seen: &mut Vec<String>,
    out: &mut Vec<BodyRule>,
) {
    if path.len() > MAX_RULE_DEPTH {
        return;
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        if seen.iter().any(|r| r == reference) {
            return;
        }
        seen.push(reference.to_string());
        body_rules(document, follow_references(document, schema), path, seen, out);
        seen.pop();
        return;
    }
    let bounds = read_bounds(schema);
    if !bounds.is_empty() {
        out.push(BodyRule { path: path.clone(), bounds });
    }
    for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        body_rules(document, part, path, seen, out);
    }
    for (name, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
        path.push(Some(name.clone()));
        body_rules(document, property, path, seen, out);
        path.pop();
    }
    if let Some(items) = schema.get("items") {
        path.push(None);
        body_rules(document, items, path, seen, out);
        path.pop();
    }
}

pub(crate) fn read_body(
    document: &Value,
    body: &RequestBodyObject<'_>,
    pointer: &str,
    types: &TypeNamer,
) -> Result<Option<Body>, PointerError> {
    let required = body.required;
    let empty_schema = Value::Object(Default::default());
    if let Some(media) = first_media(&body.content, is_json_media_type) {
        let schema = media.schema.unwrap_or(&empty_schema);
        let at = pointer_join(pointer, ["requestBody", "content", media.media_type]);
        let rust_type = types.rust_type(schema).map_err(|m| PointerError::generator(at, m))?;
        let mut rules = Vec::new();
        body_rules(document, schema, &mut Vec::new(), &mut Vec::new(), &mut rules);
        return Ok(Some(Body {
            required,
            rules,
            json_type: Some(rust_type),
            media_type: media.media_type.to_string(),
        }));
    }
    Ok(body.content.first().map(|media| Body {
        required,
        rules: Vec::new(),
        json_type: None,
        media_type: media.media_type.to_string(),
    }))
}

pub(crate) fn read_response(
    response: &ResponseObject<'_>,
    pointer: &str,
    types: &TypeNamer,
) -> Result<Response, PointerError> {
    let empty_schema = Value::Object(Default::default());
    let (content, schema_pointer) = match (first_media(&response.content, is_json_media_type), response.content.first())
    {
        (Some(media), _) => {
            let schema = media.schema.unwrap_or(&empty_schema);
            let at = pointer_join(pointer, ["content", media.media_type, "schema"]);
            let rust_type = types.rust_type(schema).map_err(|m| PointerError::generator(&at, m))?;
            let schema_pointer = match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => reference.strip_prefix('#').map(percent_decode),
                None => Some(at),
            };
            (ResponseContent::Json { rust_type, media_type: media.media_type.to_string() }, schema_pointer)
        }
        (None, Some(media)) => (ResponseContent::Raw(media.media_type.to_string()), None),
        (None, None) => (ResponseContent::Empty, None),
    };
    Ok(Response { status: response.status, description: response.description.to_string(), content, schema_pointer })
}

pub(crate) fn read_security(
    requirements: &[SecurityRequirement<'_>],
    schemes: &BTreeMap<String, Credential>,
) -> Security {
    let mut alternatives = Vec::new();
    let mut optional = false;
    let mut unchecked = Vec::new();
    for requirement in requirements {
        if requirement.schemes.is_empty() {
            optional = true;
            continue;
        }
        let mut all = Vec::new();
        for &name in &requirement.schemes {
            match schemes.get(name) {
                Some(credential) => all.push(Scheme { name: name.to_string(), credential: credential.clone() }),
                None => unchecked.push(name.to_string()),
            }
        }
        // Nothing the stub can check is left of this alternative: it lets the request through.
        // One the stub already reads (the same schemes, with other OAuth scopes, which are the
        // implementation's to check) adds nothing.
        let same_schemes = |earlier: &Vec<Scheme>| {
            earlier.len() == all.len() && earlier.iter().all(|scheme| all.iter().any(|s| s.name == scheme.name))
        };
        if all.is_empty() {
            optional = true;
        } else if !alternatives.iter().any(same_schemes) {
            alternatives.push(all);
        }
    }
    Security { alternatives, optional, unchecked }
}

/// Names Rust types for prepared schemas, and notes the crates and the types-crate names
/// those types need.
#[derive(Default)]
pub(crate) struct TypeNamer {
    crates: RefCell<BTreeSet<&'static str>>,
    /// Names of the types crate used, each with a `$ref` that named it.
    used: RefCell<BTreeMap<String, String>>,
}

impl TypeNamer {
    /// A named type of the types crate, or a scalar typed as typify types it (formats included,
    /// so a `uuid` path parameter is checked as one).
    pub(crate) fn rust_type(&self, schema: &Value) -> Result<TokenStream, String> {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = crate::document::unescape_token(reference.rsplit('/').next().unwrap_or_default());
            let rust_name = typify_name(&name);
            let ident = format_ident!("{}", rust_name);
            self.used.borrow_mut().entry(rust_name).or_insert_with(|| reference.to_string());
            return Ok(quote! { types::#ident });
        }
        let format = schema.get("format").and_then(Value::as_str).unwrap_or_default();
        let needs = |krate| self.crates.borrow_mut().insert(krate);
        Ok(match schema.get("type").and_then(Value::as_str) {
            Some("string") => match format {
                "date-time" => {
                    needs("chrono");
                    quote! { chrono::DateTime<chrono::offset::Utc> }
                }
                "date" => {
                    needs("chrono");
                    quote! { chrono::NaiveDate }
                }
                "uuid" => {
                    needs("uuid");
                    quote! { uuid::Uuid }
                }
                "ipv4" => quote! { std::net::Ipv4Addr },
                "ipv6" => quote! { std::net::Ipv6Addr },
                _ => quote! { String },
            },
            Some("integer") => match format {
                "int32" => quote! { i32 },
                _ => quote! { i64 },
            },
            Some("number") => match format {
                "float" => quote! { f32 },
                _ => quote! { f64 },
            },
            Some("boolean") => quote! { bool },
            Some("array") => {
                let item = self.rust_type(schema.get("items").unwrap_or(&Value::Null))?;
                quote! { Vec<#item> }
            }
            _ => quote! { serde_json::Value },
        })
    }
}

/// The name typify gives the component schema `name`.
pub(crate) fn typify_name(name: &str) -> String {
    crate::naming::sanitize(name, crate::naming::Case::Pascal)
}

/// The field of parameter `name` in a request type, distinct from the fields in `taken`:
/// `StartTime<` beside `StartTime` is `start_time_lt`, and a number tells apart the rest.
fn unique_field(name: &str, taken: &mut BTreeSet<String>) -> Ident {
    let plain = field_ident(name);
    if taken.insert(plain.to_string()) {
        return plain;
    }
    let spelt = field_ident(&crate::naming::spell_operators(name)).to_string();
    let free = crate::naming::first_free(spelt.trim_start_matches("r#"), '_', |candidate| taken.contains(candidate));
    taken.insert(free.clone());
    field_ident(&free)
}

pub(crate) fn field_ident(name: &str) -> Ident {
    let snake = name.to_snake_case();
    let snake =
        if snake.starts_with(|c: char| c.is_ascii_digit()) || snake.is_empty() { format!("p_{snake}") } else { snake };
    if let Ok(ident) = syn::parse_str::<Ident>(&snake) {
        return ident;
    }
    // A keyword: raw (`r#type`), except those that cannot be (`self`, `Self`, `super`, `crate`).
    syn::parse_str::<Ident>(&format!("r#{snake}"))
        .unwrap_or_else(|_| pascal_or_snake_ident(name, crate::naming::Case::Snake))
}

/// `text` as an identifier of `case`, as typify spells it: never a keyword, never starting
/// with a digit, never empty.
pub(crate) fn pascal_or_snake_ident(text: &str, case: crate::naming::Case) -> Ident {
    Ident::new(&crate::naming::sanitize(text, case), Span::call_site())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A rule's path, minimum, maximum item count, and whether it must be an object.
    type Seen = (Vec<Option<String>>, Option<f64>, Option<usize>, bool);

    fn rules_of(document: &Value, schema: &Value) -> Vec<Seen> {
        let mut rules = Vec::new();
        body_rules(document, schema, &mut Vec::new(), &mut Vec::new(), &mut rules);
        rules.into_iter().map(|r| (r.path, r.bounds.minimum, r.bounds.max_items, r.bounds.object)).collect()
    }

    #[test]
    fn body_rules_follow_properties_items_and_all_of() {
        let document = json!({"components": {"schemas": {"Line": {"type": "object", "properties": {"qty": {"type": "integer", "minimum": 1}}}}}});
        let schema = json!({"allOf": [{"properties": {"lines": {"type": "array", "maxItems": 5, "items": {"$ref": "#/components/schemas/Line"}}}}]});
        let key = |k: &str| Some(k.to_string());
        assert_eq!(
            rules_of(&document, &schema),
            [
                (vec![key("lines")], None, Some(5), false),
                (vec![key("lines"), None], None, None, true),
                (vec![key("lines"), None, key("qty")], Some(1.0), None, false)
            ]
        );
    }

    #[test]
    fn parameter_fields_are_unique() {
        let mut taken = BTreeSet::new();
        let fields: Vec<String> = ["StartTime", "StartTime<", "StartTime>", "start_time", "start-time", "type", "self"]
            .into_iter()
            .map(|name| unique_field(name, &mut taken).to_string())
            .collect();
        assert_eq!(
            fields,
            ["start_time", "start_time_lt", "start_time_gt", "start_time_2", "start_time_3", "r#type", "self_"]
        );
    }

    #[test]
    fn schemes_the_stub_cannot_check_are_left_to_the_implementation() {
        use crate::document::SecurityRequirement;
        let schemes = BTreeMap::from([("bearer".to_string(), Credential::Bearer)]);
        let requirements = [
            SecurityRequirement { schemes: vec!["undeclared"] },
            SecurityRequirement { schemes: vec!["bearer", "mtls"] },
        ];
        let security = read_security(&requirements, &schemes);
        assert_eq!(security.unchecked, ["undeclared", "mtls"]);
        // The first alternative has nothing left to check: requests may come without it.
        assert!(security.optional);
        assert_eq!(security.alternatives.len(), 1);
        assert_eq!(security.alternatives[0][0].name, "bearer");
    }

    #[test]
    fn alternatives_of_the_same_schemes_are_read_once() {
        use crate::document::SecurityRequirement;
        let schemes =
            BTreeMap::from([("Oauth2".to_string(), Credential::Bearer), ("Oauth2c".to_string(), Credential::Bearer)]);
        // Google's APIs list one alternative per scope, each of both schemes.
        let requirements = [
            SecurityRequirement { schemes: vec!["Oauth2", "Oauth2c"] },
            SecurityRequirement { schemes: vec!["Oauth2c", "Oauth2"] },
            SecurityRequirement { schemes: vec!["Oauth2"] },
        ];
        let security = read_security(&requirements, &schemes);
        let names: Vec<Vec<&str>> =
            security.alternatives.iter().map(|a| a.iter().map(|s| s.name.as_str()).collect()).collect();
        assert_eq!(names, [vec!["Oauth2", "Oauth2c"], vec!["Oauth2"]]);
    }

    #[test]
    fn routes_match_whole_segments() {
        assert_eq!(axum_route("/Accounts/{Sid}.json").as_deref(), Ok("/Accounts/{Sid}"));
        assert_eq!(axum_route("/files/v{n}/{id}").as_deref(), Ok("/files/{n}/{id}"));
        assert_eq!(axum_route("/range/{from}-{to}").as_deref(), Ok("/range/{from}"));
        assert!(axum_route("/range/{from}{to}").is_err());
        assert!(axum_route("/range/{from").is_err());
        assert_eq!(axum_route("/responses/{id}?beta=true").as_deref(), Ok("/responses/{id}"));
    }

    #[test]
    fn recursive_schemas_end() {
        let document = json!({"components": {"schemas": {"Node": {"type": "object", "properties": {
            "depth": {"type": "integer", "minimum": 0},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
        }}}}});
        let rules = rules_of(&document, &json!({"$ref": "#/components/schemas/Node"}));
        // The node's own rules once; the recursion through `children` stops at the cycle.
        assert_eq!(rules, [(vec![], None, None, true), (vec![Some("depth".to_string())], Some(0.0), None, false)]);
    }
}
