//! The server-stub crate of one API: a trait with one async method per operation, typed
//! request and response types on the shared types crate, a router that parses and validates
//! every input before the implementation runs, and rejections rendered in the error body the
//! spec declares.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::diagnostic::{Diagnostic, Rule, Severity, SpecError};
use crate::document::ParameterIn;
use crate::document::resolve_pointer;
use crate::naming::Case;
use crate::pipeline::PreparedSpec;
use crate::render::{Dependency, Formatter, PendingFile, RustSource, cargo_manifest, crate_root};
use crate::security::{Credential, KeyLocation};
use crate::server_model::{
    ApiModel, Bounds, ObjectInQuery, Operation, Response, ResponseContent, Scheme, Shape, Status, field_ident,
    pascal_or_snake_ident, typify_name,
};
use crate::type_definitions::TypeDefinitions;

/// The rules of the server generator, for the rewrite table.
pub const SERVER_CREDENTIALS: Rule = Rule {
    name: "server-credentials",
    severity: Severity::Lossy,
    description: "A security scheme the server stub does not check (mutual TLS, unknown types, or a name the spec does not declare): the implementation must; an alternative with nothing left to check lets requests through.",
};

pub const SERVER_ROUTES: Rule = Rule {
    name: "server-routes",
    severity: Severity::Lossy,
    description: "Operations that match the same requests (`/{a}` and `/{b}` for one method): the first is served, the others are left out of the server stub; so is a path with two parameters side by side in one segment (`/{a}{b}`). The client has them all. (Operations of one route that differ in the text around their parameters, `/{id}.json` and `/{id}.xml`, or in a query written into the path, `/things?beta=true`, are told apart when a request comes.)",
};

/// Every rule this stage applies, in the order of the rewrite table.
pub const RULES: &[Rule] = &[SERVER_CREDENTIALS, SERVER_ROUTES];

/// The crate names the server stub depends on.
pub struct ServerCrates<'a> {
    pub api_name: &'a str,
    pub types_crate: &'a str,
    pub server_crate: &'a str,
}

/// The server crate, all but its error bodies ([`ServerOutput::finish`] renders them), and
/// the names of the types crate it uses (each with a `$ref` that named it), which the types
/// crate must define.
pub struct ServerOutput {
    files: Vec<PendingFile>,
    pub used_types: BTreeMap<String, String>,
    source: RustSource,
    source_path: String,
    error_bodies: ErrorBodies,
}

impl ServerOutput {
    /// The crate's files, with its error bodies built as the types crate `definitions` allow.
    pub fn finish(
        mut self,
        document: &Value,
        definitions: &TypeDefinitions,
        formatter: &mut Formatter,
    ) -> Vec<PendingFile> {
        self.source.push_tokens(self.error_bodies.render(document, definitions), formatter);
        self.files.push(PendingFile::rust(self.source_path, self.source));
        self.files
    }
}

/// Generates the server crate; `type_roots` is told, early, which types of the types crate
/// its error bodies are built as (the client generator keeps their definitions).
pub fn generate_server_crate(
    spec: &PreparedSpec,
    crates: &ServerCrates<'_>,
    diagnostics: &mut Vec<Diagnostic>,
    formatter: &mut Formatter,
    type_roots: std::sync::mpsc::Sender<BTreeSet<String>>,
) -> Result<ServerOutput, SpecError> {
    let model = ApiModel::read(&spec.document, diagnostics).map_err(|e| spec.error(e))?;
    let mut error_bodies = ErrorBodies::default();
    let rejection_arms: Vec<TokenStream> =
        model.operations.iter().map(|op| render_rejection_arm(&model, op, &mut error_bodies)).collect();
    // Nobody listens when no client is generated beside the server.
    let _ = type_roots.send(error_bodies.type_roots());
    let code = render_server(&model, crates, &rejection_arms);
    let title = spec.document.pointer("/info/title").and_then(Value::as_str).unwrap_or(crates.api_name);
    let provenance = &spec.provenance;
    let dir = format!("crates/{}", crates.server_crate);
    let types_path = format!("../{}", crates.types_crate);
    let mut dependencies = vec![
        Dependency::Path { name: crates.types_crate, path: &types_path },
        Dependency::Workspace("openapi-server-runtime"),
        Dependency::Workspace("axum"),
        Dependency::Workspace("serde_json"),
    ];
    dependencies.extend(model.extra_crates.iter().map(|krate| Dependency::Workspace(krate)));
    dependencies.sort_by_key(|d| match d {
        Dependency::Path { name, .. } => name.to_string(),
        Dependency::Workspace(name) => name.to_string(),
    });
    let mut source = RustSource::new(provenance);
    source.push_tokens(code, formatter);
    let files = vec![
        PendingFile::text(
            format!("{dir}/Cargo.toml"),
            cargo_manifest(
                provenance,
                crates.server_crate,
                &format!("Server stub (axum) for the {title}, generated from its OpenAPI spec."),
                &dependencies,
                &[],
            ),
        ),
        PendingFile::text(
            format!("{dir}/src/lib.rs"),
            crate_root(
                provenance,
                &format!(
                    "Server stub for the {title}: implement [`{trait_name}`] and serve [`router`].\n\nInputs are parsed and validated against the spec before a method is called; refused\nrequests are answered with the error body the spec declares.",
                    trait_name = model.trait_name(crates.api_name)
                ),
            ),
        ),
    ];
    let source_path = format!("{dir}/src/generated.rs");
    Ok(ServerOutput { files, used_types: model.used_types, source, source_path, error_bodies })
}

fn render_server(model: &ApiModel, crates: &ServerCrates<'_>, rejection_arms: &[TokenStream]) -> TokenStream {
    let types_crate = format_ident!("{}", crates.types_crate.replace('-', "_"));
    let trait_name = model.trait_name(crates.api_name);
    let base_path = &model.base_path;
    let operation_doc =
        format!(" Every operation of the API, to tell [`{trait_name}::reject`] which one refused a request.");
    let base_doc = format!(
        " The path of the spec's first server (`{base_path}`): nest [`router`] under it, or use [`router_at_base_path`]."
    );

    let operation_variants: Vec<Ident> = model.operations.iter().map(operation_variant).collect();
    let operation_names: Vec<&str> = model.operations.iter().map(|op| op.id.as_str()).collect();

    let request_types = model.operations.iter().map(render_request_type);
    let response_types = model.operations.iter().map(render_response_type);
    let credential_types = model.operations.iter().filter_map(render_credentials_type);
    let trait_methods = model.operations.iter().map(render_trait_method);
    let handlers = model.operations.iter().map(|op| render_handler(model, op, &trait_name));
    let routes = render_routes(model, &trait_name);
    // A spec without operations (webhooks only) still gets a valid, warning-free crate.
    let unused_without_operations = model.operations.is_empty().then(|| quote! { let _ = rejection; });

    quote! {
        pub use #types_crate as types;
        pub use openapi_server_runtime::{AnyStatus, ApiKey, BasicCredentials, BearerToken, RangeStatus, Rejection, ServeLimits, serve};

        use std::sync::Arc;

        use axum::extract::State;
        use axum::response::{IntoResponse, Response};
        use openapi_server_runtime::input::{BodyRule, Bounds, Inputs, PathStep, Shape};
        use openapi_server_runtime::rejection::{RejectionReason, Source};
        use openapi_server_runtime::{credentials, respond};

        #[doc = #base_doc]
        pub const BASE_PATH: &str = #base_path;

        #[doc = #operation_doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Operation {
            #(#operation_variants,)*
        }

        impl Operation {
            /// The spec's `operationId`.
            pub fn operation_id(self) -> &'static str {
                match self {
                    #(Self::#operation_variants => #operation_names,)*
                }
            }
        }

        #(#request_types)*
        #(#response_types)*
        #(#credential_types)*

        /// The API: one method per operation. Implement it and serve it with [`router`].
        pub trait #trait_name: Send + Sync + 'static {
            #(#trait_methods)*

            /// Answers a request refused before it reached a method (bad credentials, bad
            /// input). By default, the error body the spec declares for the operation.
            fn reject(&self, operation: Operation, rejection: Rejection) -> Response {
                render_rejection(operation, &rejection)
            }
        }

        #routes
        #(#handlers)*

        /// The spec's declared error answer for a refused request.
        pub fn render_rejection(operation: Operation, rejection: &Rejection) -> Response {
            #unused_without_operations
            match operation {
                #(#rejection_arms)*
            }
        }
    }
}

fn request_type_ident(op: &Operation) -> Ident {
    pascal_or_snake_ident(&format!("{}-Request", op.id), Case::Pascal)
}

fn response_type_ident(op: &Operation) -> Ident {
    pascal_or_snake_ident(&format!("{}-Response", op.id), Case::Pascal)
}

fn credentials_type(op: &Operation) -> Option<TokenStream> {
    let alternatives = &op.security.alternatives;
    let inner = match alternatives.as_slice() {
        [] => return None,
        [only] if only.len() == 1 => scheme_type(&only[0].credential),
        _ => {
            let ident = pascal_or_snake_ident(&format!("{}-Credentials", op.id), Case::Pascal);
            quote! { #ident }
        }
    };
    Some(if op.security.optional {
        quote! { Option<#inner> }
    } else {
        inner
    })
}

fn scheme_type(credential: &Credential) -> TokenStream {
    match credential {
        Credential::Basic => quote! { BasicCredentials },
        Credential::Bearer => quote! { BearerToken },
        Credential::ApiKey { .. } => quote! { ApiKey },
    }
}

fn scheme_reader(credential: &Credential) -> TokenStream {
    match credential {
        Credential::Basic => quote! { credentials::basic(inputs.headers()) },
        Credential::Bearer => quote! { credentials::bearer(inputs.headers()) },
        Credential::ApiKey { location: KeyLocation::Header, name } => {
            let name = name.to_ascii_lowercase();
            quote! { credentials::api_key_in_header(inputs.headers(), #name) }
        }
        Credential::ApiKey { location: KeyLocation::Query, name } => {
            quote! { credentials::api_key_in_pairs(inputs.query(), #name, Source::Query) }
        }
        Credential::ApiKey { location: KeyLocation::Cookie, name } => {
            quote! { credentials::api_key_in_pairs(inputs.cookies(), #name, Source::Cookie) }
        }
    }
}

/// The variant of the credentials enum naming each alternative: its schemes' names joined,
/// numbered when two are spelt alike in Rust (`api_key` and `ApiKey`).
fn alternative_variants(alternatives: &[Vec<Scheme>]) -> Vec<Ident> {
    let mut taken = BTreeSet::new();
    alternatives
        .iter()
        .map(|alternative| {
            let name: String = alternative.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join("-and-");
            let plain = pascal_or_snake_ident(&name, Case::Pascal).to_string();
            let free = crate::naming::first_free(&plain, '_', |candidate| taken.contains(candidate));
            taken.insert(free.clone());
            format_ident!("{free}")
        })
        .collect()
}

/// The variant of `Operation` (and of other per-operation enums) naming `op`.
fn operation_variant(op: &Operation) -> Ident {
    pascal_or_snake_ident(&op.id, Case::Pascal)
}

fn render_credentials_type(op: &Operation) -> Option<TokenStream> {
    let alternatives = &op.security.alternatives;
    if alternatives.len() == 1 && alternatives[0].len() == 1 || alternatives.is_empty() {
        return None;
    }
    let ident = pascal_or_snake_ident(&format!("{}-Credentials", op.id), Case::Pascal);
    let variants = alternatives.iter().zip(alternative_variants(alternatives)).map(|(alternative, variant)| {
        let types = alternative.iter().map(|s| scheme_type(&s.credential));
        let doc = format!(
            " Security schemes {}.",
            alternative.iter().map(|s| format!("`{}`", s.name)).collect::<Vec<_>>().join(" + ")
        );
        quote! { #[doc = #doc] #variant(#(#types),*), }
    });
    let doc = format!(" The credentials `{}` accepts: any one of these.", op.id);
    Some(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum #ident { #(#variants)* }
    })
}

fn render_request_type(op: &Operation) -> TokenStream {
    let ident = request_type_ident(op);
    let fields = op.parameters.iter().map(|p| {
        let field = &p.field;
        let ty = &p.rust_type;
        let ty = if p.required {
            quote! { #ty }
        } else {
            quote! { Option<#ty> }
        };
        let doc = format!(
            " {} `{}`{}",
            p.location.as_str(),
            p.name,
            p.description.as_deref().map(|d| format!(": {}", d.trim())).unwrap_or_default()
        );
        quote! { #[doc = #doc] pub #field: #ty, }
    });
    let body = op.body.as_ref().map(|body| {
        let ty = body.json_type.clone().unwrap_or_else(|| quote! { axum::body::Bytes });
        let ty = if body.required {
            quote! { #ty }
        } else {
            quote! { Option<#ty> }
        };
        quote! { /// The request body.
        pub body: #ty, }
    });
    let doc = format!(
        " Inputs of `{}` (`{} {}`), parsed and validated.",
        op.id,
        op.method.as_str().to_uppercase(),
        op.template
    );
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #ident {
            #(#fields)*
            #body
        }
    }
}

fn response_variant(status: &Status) -> Ident {
    match status {
        Status::Code(code) => format_ident!("Status{}", code),
        Status::Range(class) => format_ident!("Status{}xx", class),
        Status::Default => format_ident!("Default"),
    }
}

fn render_response_type(op: &Operation) -> TokenStream {
    let ident = response_type_ident(op);
    let variants = op.responses.iter().map(|response| {
        let variant = response_variant(&response.status);
        let status_type = match response.status {
            Status::Code(_) => None,
            Status::Range(class) => Some(quote! { RangeStatus<#class> }),
            Status::Default => Some(quote! { AnyStatus }),
        };
        let body_type = match &response.content {
            ResponseContent::Empty => None,
            ResponseContent::Json { rust_type, .. } => Some(rust_type.clone()),
            ResponseContent::Raw(_) => Some(quote! { axum::body::Bytes }),
        };
        let fields: Vec<TokenStream> = status_type.into_iter().chain(body_type).collect();
        let label = match &response.status {
            Status::Code(code) => code.to_string(),
            Status::Range(class) => format!("{class}XX"),
            Status::Default => "default".to_string(),
        };
        let doc = format!(" {label}: {}", response.description.trim());
        if fields.is_empty() {
            quote! { #[doc = #doc] #variant, }
        } else {
            quote! { #[doc = #doc] #variant(#(#fields),*), }
        }
    });
    let arms = op.responses.iter().map(|response| {
        let variant = response_variant(&response.status);
        let (pattern, status) = match response.status {
            Status::Code(code) => (None, quote! { respond::status(#code) }),
            Status::Range(_) | Status::Default => (Some(quote! { status }), quote! { status.code() }),
        };
        let (body_pattern, value) = match &response.content {
            ResponseContent::Empty => (None, quote! { respond::empty(#status) }),
            ResponseContent::Json { media_type, .. } => {
                (Some(quote! { body }), json_answer(&status, media_type, quote! { &body }))
            }
            ResponseContent::Raw(media) => {
                (Some(quote! { body }), quote! { respond::with_body(#status, #media, body) })
            }
        };
        let patterns: Vec<TokenStream> = pattern.into_iter().chain(body_pattern).collect();
        if patterns.is_empty() {
            quote! { Self::#variant => #value, }
        } else {
            quote! { Self::#variant(#(#patterns),*) => #value, }
        }
    });
    let doc = format!(" Answers of `{}`: one variant per status the spec declares.", op.id);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #ident {
            #(#variants)*
        }

        impl IntoResponse for #ident {
            fn into_response(self) -> Response {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

fn method_ident(op: &Operation) -> Ident {
    field_ident(&op.id)
}

fn render_trait_method(op: &Operation) -> TokenStream {
    let method = method_ident(op);
    let request = request_type_ident(op);
    let response = response_type_ident(op);
    let credentials = credentials_type(op).map(|ty| quote! { credentials: #ty, });
    let doc = format!(
        " `{} {}`{}",
        op.method.as_str().to_uppercase(),
        op.template,
        op.summary.as_deref().map(|s| format!(": {}", s.trim())).unwrap_or_default()
    );
    // The operation's description, as the client's method has it, after a blank line.
    let description = op.description.as_deref().map(str::trim).filter(|d| !d.is_empty()).map(|description| {
        let lines = description.lines().map(|line| format!(" {}", line.trim_end()));
        quote! { #[doc = ""] #(#[doc = #lines])* }
    });
    quote! {
        #[doc = #doc]
        #description
        fn #method(&self, #credentials request: #request) -> impl std::future::Future<Output = #response> + Send;
    }
}

/// A handler for operations of one route and method, which hands each request to the first
/// operation whose template it matches: those with a query in their path first, then those
/// with the most text around their parameters (`/{id}.json` before `/{id}`).
fn render_dispatcher(ops: &[&Operation], trait_name: &Ident) -> (Ident, TokenStream) {
    let specificity = |op: &Operation| {
        let (path, query) = op.template.split_once('?').unwrap_or((&op.template, ""));
        let around_parameters: usize = path
            .split('/')
            .filter(|segment| segment.contains('{'))
            .map(|segment| segment.split(['{', '}']).step_by(2).map(str::len).sum::<usize>())
            .sum();
        (
            std::cmp::Reverse(query.split('&').filter(|pair| !pair.is_empty()).count()),
            std::cmp::Reverse(around_parameters),
        )
    };
    let mut ordered = ops.to_vec();
    ordered.sort_by_key(|op| specificity(op));
    let dispatcher = format_ident!("dispatch_{}", handler_ident(ops[0]).to_string().trim_start_matches("handle_"));
    let arms = ordered.iter().map(|op| {
        let template = &op.template;
        let handler = handler_ident(op);
        quote! {
            if openapi_server_runtime::input::matches_template(#template, request.uri()) {
                return #handler::<A>(state, request).await;
            }
        }
    });
    let doc = format!(
        " `{} {}`: {}.",
        ops[0].method.as_str().to_uppercase(),
        ops[0].route,
        ordered.iter().map(|op| format!("`{}`", op.template)).collect::<Vec<_>>().join(", then ")
    );
    let code = quote! {
        #[doc = #doc]
        async fn #dispatcher<A: #trait_name>(state: State<Arc<A>>, request: axum::extract::Request) -> Response {
            #(#arms)*
            axum::http::StatusCode::NOT_FOUND.into_response()
        }
    };
    (dispatcher, code)
}

fn handler_ident(op: &Operation) -> Ident {
    format_ident!("handle_{}", method_ident(op).to_string().trim_start_matches("r#"))
}

fn render_credentials_read(op: &Operation) -> Option<TokenStream> {
    let alternatives = &op.security.alternatives;
    if alternatives.is_empty() {
        return None;
    }
    let variant = operation_variant(op);
    let single = alternatives.len() == 1 && alternatives[0].len() == 1;
    let enum_ident = pascal_or_snake_ident(&format!("{}-Credentials", op.id), Case::Pascal);
    // An alternative's schemes all read, in order: `a.and_then(|part0| b.and_then(|part1| Ok(…)))`.
    let attempt = |alternative: &[Scheme], alt: Ident| {
        let names: Vec<Ident> = (0..alternative.len()).map(|i| format_ident!("part{}", i)).collect();
        let found = quote! { Ok(#enum_ident::#alt(#(#names),*)) };
        alternative.iter().zip(&names).rev().fold(found, |inner, (scheme, name)| {
            let reader = scheme_reader(&scheme.credential);
            quote! { #reader.and_then(|#name| #inner) }
        })
    };
    // Alternatives are tried in the spec's order, each only if those before it fail; the
    // first problem explains a failure.
    let read = if single {
        scheme_reader(&alternatives[0][0].credential)
    } else {
        let mut attempts = alternatives.iter().zip(alternative_variants(alternatives)).map(|(a, alt)| attempt(a, alt));
        let first = attempts.next().unwrap_or_default();
        match attempts.reduce(|earlier, later| quote! { #earlier.or_else(|_| #later) }) {
            Some(later) => quote! { #first.or_else(|first_problem| #later.map_err(|_| first_problem)) },
            None => first,
        }
    };
    let missing = if op.security.optional {
        quote! { None }
    } else {
        quote! { return api.reject(Operation::#variant, inputs.unauthenticated(problem)) }
    };
    let found = if op.security.optional {
        quote! { Some(found) }
    } else {
        quote! { found }
    };
    Some(quote! {
        let credentials = match #read {
            Ok(found) => #found,
            Err(problem) => #missing,
        };
    })
}

fn render_handler(model: &ApiModel, op: &Operation, trait_name: &Ident) -> TokenStream {
    let handler = handler_ident(op);
    let method = method_ident(op);
    let request_type = request_type_ident(op);
    let variant = operation_variant(op);
    // A query written into the path is not part of what the handler matches.
    let template = op.template.split_once('?').map_or(op.template.as_str(), |(path, _)| path);
    let credentials = render_credentials_read(op);
    let credentials_arg = credentials.as_ref().map(|_| quote! { credentials, });
    let locals = parameter_locals(op);
    let reads = op.parameters.iter().zip(&locals).map(|(p, field)| {
        let ty = &p.rust_type;
        let name = &p.name;
        let source = source_tokens(p.location);
        let shape = shape_tokens(p.shape);
        let required = p.required;
        let reader = if p.many {
            quote! { many }
        } else {
            quote! { one }
        };
        if let Some((style, properties)) = &p.object_in_query {
            let properties = properties.iter().map(|(property, shape, many)| {
                let shape = shape_tokens(*shape);
                quote! { (#property, #shape, #many) }
            });
            let reader = match style {
                ObjectInQuery::Deep => quote! { deep_object },
                ObjectInQuery::Exploded => quote! { exploded_object },
                ObjectInQuery::Joined => quote! { joined_object },
            };
            return quote! {
                let #field = inputs.#reader::<#ty>(#name, &[#(#properties),*], #required);
            };
        }
        let bounds = render_bounds(&p.bounds);
        if let Some(delimiter) = &p.delimiter {
            return quote! {
                let #field = inputs.joined::<#ty>(#source, #name, #delimiter, #shape, #required, #bounds);
            };
        }
        quote! {
            let #field = inputs.#reader::<#ty>(#source, #name, #shape, #required, #bounds);
        }
    });
    let field_values = op.parameters.iter().zip(&locals).map(|(p, local)| {
        let field = &p.field;
        if local == field {
            quote! { #field, }
        } else {
            quote! { #field: #local, }
        }
    });
    // Required inputs are present once no problem was found (each absent one is a problem).
    let mut required: Vec<&Ident> =
        op.parameters.iter().zip(&locals).filter(|(p, _)| p.required).map(|(_, l)| l).collect();
    let body_local = format_ident!("body");
    if op.body.as_ref().is_some_and(|body| body.required) {
        required.push(&body_local);
    }
    let refuse = quote! { return api.reject(Operation::#variant, inputs.into_rejection()); };
    // An implementation's 401 gets the operation's challenges too, unless it set its own.
    let answer = quote! { api.#method(#credentials_arg request).await.into_response() };
    let answer = match challenges(model, op) {
        Some(challenges) => quote! { respond::challenged_if_unauthorized(#answer, #challenges) },
        None => answer,
    };
    // Inputs change only as parameters and bodies are read.
    let inputs_binding = if op.parameters.is_empty() && op.body.is_none() {
        quote! { inputs }
    } else {
        quote! { mut inputs }
    };
    // Whole-segment parameters are taken as the router matched and decoded them (the route is
    // the template); a segment with text around its parameters (or none matched, a value not
    // UTF-8) is read again by the template, which says which value is at fault.
    let read_path = if op.route == template {
        quote! {
            let (mut parts, body) = request.into_parts();
            let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
            let #inputs_binding = Inputs::routed(&parts, routed.as_ref(), #template);
        }
    } else {
        quote! {
            let (parts, body) = request.into_parts();
            let Some(path) = openapi_server_runtime::input::path_params(#template, parts.uri.path()) else {
                return axum::http::StatusCode::NOT_FOUND.into_response();
            };
            let #inputs_binding = Inputs::new(&parts, path);
        }
    };
    let checked = if required.is_empty() {
        quote! { if !inputs.problems.is_empty() { #refuse } }
    } else {
        quote! {
            let (true, #(Some(#required)),*) = (inputs.problems.is_empty(), #(#required),*) else { #refuse };
        }
    };
    let (body_read, body_value) = match &op.body {
        Some(body) => {
            let required = body.required;
            let decode = match &body.json_type {
                Some(ty) if !body.rules.is_empty() => {
                    let rules = body.rules.iter().map(|rule| {
                        let steps = rule.path.iter().map(|step| match step {
                            Some(key) => quote! { PathStep::Key(#key) },
                            None => quote! { PathStep::Each },
                        });
                        let bounds = render_bounds(&rule.bounds);
                        quote! { BodyRule { path: &[#(#steps),*], bounds: #bounds } }
                    });
                    quote! {{
                        const RULES: &[BodyRule] = &[#(#rules),*];
                        inputs.json_body_within::<#ty>(&bytes, #required, RULES)
                    }}
                }
                Some(ty) => quote! { inputs.json_body::<#ty>(&bytes, #required) },
                None => quote! { Some(bytes) },
            };
            let media_type = match &body.json_type {
                Some(_) => quote! { None },
                None => {
                    let media_type = &body.media_type;
                    quote! { Some(#media_type) }
                }
            };
            let value = quote! { body, };
            (
                quote! {
                    let body = match inputs.body_bytes(body, #media_type, #required).await {
                        Some(bytes) => #decode,
                        None => None,
                    };
                },
                value,
            )
        }
        None => (quote! { let _ = body; }, quote! {}),
    };
    // The request is read in a block of its own: the parts and inputs end with it, so the
    // handler's future holds none of them while the implementation runs (a future of a
    // kilobyte or more costs every request a larger allocation and copy).
    let read = quote! { #request_type { #(#field_values)* #body_value } };
    let (bindings, read) = match &credentials {
        Some(_) => (quote! { (credentials, request) }, quote! { (credentials, #read) }),
        None => (quote! { request }, read),
    };
    quote! {
        async fn #handler<A: #trait_name>(State(api): State<Arc<A>>, request: axum::extract::Request) -> Response {
            let #bindings = {
                #read_path
                #credentials
                #(#reads)*
                #body_read
                #checked
                #read
            };
            #answer
        }
    }
}

/// Names the handler itself binds: a parameter's value is held under another name.
const HANDLER_LOCALS: &[&str] = &["api", "body", "credentials", "inputs", "parts", "rejection", "request"];

/// The local variable holding each parameter's value in the handler: its field name, unless
/// the handler uses that name itself after the parameters are read (`inputs`, `body`, …).
fn parameter_locals(op: &Operation) -> Vec<Ident> {
    let fields: BTreeSet<String> = op.parameters.iter().map(|p| p.field.to_string()).collect();
    op.parameters
        .iter()
        .map(|p| {
            let plain = p.field.to_string();
            if !HANDLER_LOCALS.contains(&plain.as_str()) {
                return p.field.clone();
            }
            let free = crate::naming::first_free(&format!("{plain}_value"), '_', |candidate| {
                fields.contains(candidate) || HANDLER_LOCALS.contains(&candidate)
            });
            format_ident!("{free}")
        })
        .collect()
}

/// The runtime's `Source` of a parameter.
fn source_tokens(location: ParameterIn) -> TokenStream {
    match location {
        ParameterIn::Path => quote! { Source::Path },
        ParameterIn::Query => quote! { Source::Query },
        ParameterIn::Header => quote! { Source::Header },
        ParameterIn::Cookie => quote! { Source::Cookie },
    }
}

/// The runtime's `Shape` of a parameter.
fn shape_tokens(shape: Shape) -> TokenStream {
    match shape {
        Shape::String => quote! { Shape::String },
        Shape::Integer => quote! { Shape::Integer },
        Shape::Number => quote! { Shape::Number },
        Shape::Boolean => quote! { Shape::Boolean },
        Shape::Json => quote! { Shape::Json },
    }
}

/// The runtime's `Bounds` with the bounds that are set; the others stay as `Bounds::NONE`.
fn render_bounds(bounds: &Bounds) -> TokenStream {
    // Destructured without `..`: a new bound does not compile until it is rendered here.
    let Bounds {
        minimum,
        maximum,
        exclusive_minimum,
        exclusive_maximum,
        min_length,
        max_length,
        min_items,
        max_items,
        object,
        required,
        integer,
    } = bounds;
    let number = |value: &Option<f64>| value.map(|v| quote! { Some(#v) });
    let count = |value: &Option<usize>| value.map(|v| quote! { Some(#v) });
    let flag = |value: &bool| value.then(|| quote! { true });
    let fields = [
        number(minimum).map(|v| quote! { minimum: #v, }),
        number(maximum).map(|v| quote! { maximum: #v, }),
        flag(exclusive_minimum).map(|v| quote! { exclusive_minimum: #v, }),
        flag(exclusive_maximum).map(|v| quote! { exclusive_maximum: #v, }),
        count(min_length).map(|v| quote! { min_length: #v, }),
        count(max_length).map(|v| quote! { max_length: #v, }),
        count(min_items).map(|v| quote! { min_items: #v, }),
        count(max_items).map(|v| quote! { max_items: #v, }),
        flag(object).map(|v| quote! { object: #v, }),
        flag(integer).map(|v| quote! { integer: #v, }),
        (!required.is_empty()).then(|| quote! { required: &[#(#required),*], }),
    ];
    let fields: Vec<TokenStream> = fields.into_iter().flatten().collect();
    if fields.is_empty() {
        quote! { Bounds::NONE }
    } else {
        quote! { Bounds { #(#fields)* ..Bounds::NONE } }
    }
}

fn render_routes(model: &ApiModel, trait_name: &Ident) -> TokenStream {
    let mut by_route: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    let mut order = Vec::new();
    for op in &model.operations {
        if !by_route.contains_key(op.route.as_str()) {
            order.push(op.route.as_str());
        }
        by_route.entry(&op.route).or_default().push(op);
    }
    let mut dispatchers = Vec::new();
    // The methods of the spec's `/`, which `router_at_base_path` routes once more.
    let mut root_chain = None;
    let routes: Vec<TokenStream> = order
        .iter()
        .map(|route| {
            let mut by_method: Vec<(&str, Vec<&Operation>)> = Vec::new();
            for op in &by_route[route] {
                match by_method.iter_mut().find(|(method, _)| *method == op.method.as_str()) {
                    Some((_, ops)) => ops.push(op),
                    None => by_method.push((op.method.as_str(), vec![op])),
                }
            }
            let mut chain = TokenStream::new();
            for (index, (method, ops)) in by_method.into_iter().enumerate() {
                let method = format_ident!("{}", method);
                let handler = match ops.as_slice() {
                    [op] => handler_ident(op),
                    _ => {
                        let (handler, dispatcher) = render_dispatcher(&ops, trait_name);
                        dispatchers.push(dispatcher);
                        handler
                    }
                };
                chain = if index == 0 {
                    quote! { axum::routing::#method(#handler::<A>) }
                } else {
                    quote! { #chain.#method(#handler::<A>) }
                };
            }
            if *route == "/" {
                root_chain = Some(chain.clone());
            }
            quote! { .route(#route, #chain) }
        })
        .collect();
    let at_base_path = match root_chain.filter(|_| !model.base_path.is_empty()) {
        // axum's `nest` serves a nested `/` at the base path itself, not below it with a
        // slash, which is where the spec's `/` under its server is (`/v1/`).
        Some(chain) => {
            let root = format!("{}/", model.base_path);
            quote! {
                let root = axum::Router::new().route(#root, #chain).with_state(api.clone());
                axum::Router::new().nest(BASE_PATH, router(api)).merge(root)
            }
        }
        None => {
            quote! { if BASE_PATH.is_empty() { router(api) } else { axum::Router::new().nest(BASE_PATH, router(api)) } }
        }
    };
    quote! {
        /// Routes every operation, relative to [`BASE_PATH`], to `api`.
        pub fn router<A: #trait_name>(api: Arc<A>) -> axum::Router {
            axum::Router::new()
                #(#routes)*
                .with_state(api)
        }

        #(#dispatchers)*

        /// [`router`] nested under [`BASE_PATH`], as the spec's first server serves it.
        pub fn router_at_base_path<A: #trait_name>(api: Arc<A>) -> axum::Router {
            #at_base_path
        }
    }
}

/// `body` as JSON with `status`, in the JSON media type the spec declares for it.
fn json_answer(status: &TokenStream, media_type: &str, body: TokenStream) -> TokenStream {
    if media_type == "application/json" {
        quote! { respond::json(#status, #body) }
    } else {
        quote! { respond::json_as(#status, #media_type, #body) }
    }
}

/// The answer the spec declares for `code`: that exact status, its range, or `default`.
fn declared_answer(op: &Operation, code: u16) -> Option<(u16, &Response)> {
    let exact = op.responses.iter().find(|r| r.status == Status::Code(code));
    let range = || op.responses.iter().find(|r| r.status == Status::Range(code / 100));
    let default = || op.responses.iter().find(|r| r.status == Status::Default);
    exact.or_else(range).or_else(default).map(|response| (code, response))
}

fn render_rejection_arm(model: &ApiModel, op: &Operation, bodies: &mut ErrorBodies) -> TokenStream {
    let variant = operation_variant(op);
    let mut answer = |(code, response): (u16, Option<&Response>)| match response.and_then(|r| r.schema_pointer.as_ref())
    {
        Some(pointer) => {
            let function = bodies.function_for(pointer);
            let media_type = match response.map(|r| &r.content) {
                Some(ResponseContent::Json { media_type, .. }) => media_type.as_str(),
                _ => "application/json",
            };
            json_answer(&quote! { respond::status(#code) }, media_type, quote! { &#function(#code, rejection) })
        }
        None => quote! { respond::empty(respond::status(#code)) },
    };
    let declared = |code| declared_answer(op, code).map(|(code, response)| (code, Some(response)));
    // Input errors answer with what the spec declares for them: 422 (FastAPI style), then 400.
    let exact = |code| op.responses.iter().find(|r| r.status == Status::Code(code)).map(|r| (code, Some(r)));
    let invalid = exact(422).or_else(|| exact(400)).or_else(|| declared(400)).unwrap_or((400, None));
    // 415, 413 and 408 where the spec allows them; otherwise the declared input-error answer.
    let media = answer(declared(415).unwrap_or(invalid));
    let too_large = answer(declared(413).unwrap_or(invalid));
    let timeout = answer(declared(408).unwrap_or(invalid));
    let unauthenticated = answer(declared(401).unwrap_or((401, None)));
    let unauthenticated = match challenges(model, op) {
        Some(challenges) => quote! { respond::challenged(#unauthenticated, #challenges) },
        None => unauthenticated,
    };
    let invalid = answer(invalid);
    quote! {
        Operation::#variant => match rejection.reason {
            RejectionReason::Unauthenticated => #unauthenticated,
            RejectionReason::InvalidInput => #invalid,
            RejectionReason::UnsupportedMediaType => #media,
            RejectionReason::PayloadTooLarge => #too_large,
            RejectionReason::RequestTimeout => #timeout,
        },
    }
}

/// The `WWW-Authenticate` challenges of a 401 for `op`: one per kind of credential its
/// security alternatives accept, in their order, with the API's title as realm. API keys
/// have no registered scheme: theirs, `ApiKey`, names where the key goes.
fn challenges(model: &ApiModel, op: &Operation) -> Option<String> {
    let title = model.document.pointer("/info/title").and_then(Value::as_str).unwrap_or("API");
    // A quoted-string of visible ASCII: other characters dropped, `"` and `\` escaped.
    let quoted = |text: &str| {
        let visible: String = text.chars().filter(|c| c.is_ascii_graphic() || *c == ' ').collect();
        format!("\"{}\"", visible.replace('\\', "\\\\").replace('"', "\\\""))
    };
    let realm = quoted(title);
    let mut challenges: Vec<String> = Vec::new();
    for scheme in op.security.alternatives.iter().flatten() {
        let challenge = match &scheme.credential {
            Credential::Basic => format!("Basic realm={realm}, charset=\"UTF-8\""),
            Credential::Bearer => format!("Bearer realm={realm}"),
            Credential::ApiKey { location, name } => {
                let location = match location {
                    KeyLocation::Header => "header",
                    KeyLocation::Query => "query",
                    KeyLocation::Cookie => "cookie",
                };
                format!("ApiKey realm={realm}, in=\"{location}\", name={}", quoted(name))
            }
        };
        if !challenges.contains(&challenge) {
            challenges.push(challenge);
        }
    }
    (!challenges.is_empty()).then(|| challenges.join(", "))
}

/// One function per error schema a rejection is rendered into, named on first use. Their
/// bodies are rendered last, once the types crate's definitions are known.
#[derive(Default)]
struct ErrorBodies {
    /// The schema pointer of each function, in the order of their numbers.
    pointers: Vec<String>,
}

impl ErrorBodies {
    fn function_for(&mut self, pointer: &str) -> Ident {
        let number = match self.pointers.iter().position(|known| known == pointer) {
            Some(number) => number,
            None => {
                self.pointers.push(pointer.to_string());
                self.pointers.len() - 1
            }
        };
        format_ident!("error_body_{}", number)
    }

    /// The types crate's types the bodies are built as: those of component schemas.
    fn type_roots(&self) -> BTreeSet<String> {
        self.pointers.iter().filter_map(|pointer| component_type(pointer)).collect()
    }

    /// The functions: each body built as its types-crate type where `definitions` allow, as
    /// a JSON value from its schema otherwise.
    fn render(&self, document: &Value, definitions: &TypeDefinitions) -> TokenStream {
        let functions = self.pointers.iter().enumerate().map(|(number, pointer)| {
            let function = format_ident!("error_body_{}", number);
            let schema = resolve_pointer(document, pointer).cloned().unwrap_or(Value::Null);
            let typed = component_type(pointer).and_then(|name| {
                let body = crate::rejection_body::fill_typed(document, &schema, &name, definitions)?;
                let ident = format_ident!("{}", name);
                Some((quote! { types::#ident }, body))
            });
            let (body_type, body) =
                typed.unwrap_or_else(|| (quote! { serde_json::Value }, crate::rejection_body::fill(document, &schema)));
            // A body built in a block (a constructor, then fields set) is the function's own.
            let body = match body.clone().into_iter().collect::<Vec<_>>().as_slice() {
                [proc_macro2::TokenTree::Group(block)] if block.delimiter() == proc_macro2::Delimiter::Brace => {
                    block.stream()
                }
                _ => body,
            };
            let doc = format!(" The body of `#{pointer}` describing a rejection.");
            quote! {
                #[doc = #doc]
                fn #function(status: u16, rejection: &Rejection) -> #body_type {
                    let _ = (status, rejection);
                    #body
                }
            }
        });
        quote! { #(#functions)* }
    }
}

/// The types crate's name for the schema at `pointer`, when it is a component.
fn component_type(pointer: &str) -> Option<String> {
    let name = pointer.strip_prefix("/components/schemas/").filter(|name| !name.contains('/'))?;
    Some(typify_name(&crate::document::unescape_token(name)))
}
