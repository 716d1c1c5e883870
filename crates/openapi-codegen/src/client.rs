//! The types crate and the client crate of one API: progenitor generates both from the
//! client view of the spec; this module splits them and adds what progenitor does not
//! (default base URL, auth constructors, cookie parameters).

use std::collections::{BTreeSet, HashMap};

use heck::ToSnakeCase;
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use progenitor_impl::{GenerationSettings, Generator, HooksMode, InterfaceStyle};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::diagnostic::{Diagnostic, ErrorKind, Location, PointerError, Rule, Severity, SpecError};
use crate::document::{pointer_join, pointer_push};
use crate::manifest::{ApiEntry, Interface, UnknownEnumValues};
use crate::naming::{Case, sanitize};
use crate::panic_guard::catch_panic;
use crate::pipeline::{PreparedSpec, to_openapi};
use crate::progenitor_view::{FormStyle, ProgenitorView, progenitor_view};
use crate::render::{Dependency, Formatter, PendingFile, RustSource, cargo_manifest, crate_root, split_items};
use crate::security::{Credential, KeyLocation, security_schemes};
use crate::type_definitions::{TypeDefinitions, defined_type_name, is_uninhabited_enum};

/// The rules of the client generator, for the rewrite table.
pub const CLIENT_CREDENTIALS: Rule = Rule {
    name: "client-credentials",
    severity: Severity::Lossy,
    description: "A security scheme the client has no constructor for (API key in a query, mutual TLS, …): configure a reqwest client.",
};

/// Every rule this stage applies, in the order of the rewrite table.
pub const RULES: &[Rule] = &[CLIENT_CREDENTIALS];

/// Request timeout of generated clients when the manifest sets none, in seconds.
const DEFAULT_TIMEOUT_SECONDS: u64 = 15;

/// The types and client crates, and for the server: the names the types crate defines, and
/// the definitions of the types it asked for.
pub struct ClientOutput {
    pub files: Vec<PendingFile>,
    pub type_names: BTreeSet<String>,
    pub definitions: TypeDefinitions,
}

/// Generates `crates/<types>/…` and `crates/<client>/…` for `entry`; `type_roots` names the
/// types whose definitions the server needs, when it is generated beside.
pub fn generate_client_crates(
    spec: &PreparedSpec,
    entry: &ApiEntry,
    diagnostics: &mut Vec<Diagnostic>,
    formatter: &mut Formatter,
    type_roots: Option<std::sync::mpsc::Receiver<BTreeSet<String>>>,
) -> Result<ClientOutput, SpecError> {
    let file = &spec.provenance.spec_path;
    let mut view = progenitor_view(&spec.document, diagnostics).map_err(|e| spec.error(e))?;
    let settings = generation_settings(entry);
    // All the client needs of the view's document, taken before the document becomes
    // openapiv3's model (moved, not copied: a large spec's strings are most of its memory).
    let extras = client_extras(&view, settings_timeout(entry), diagnostics);
    let title = view.document.pointer("/info/title").and_then(Value::as_str).unwrap_or(&entry.name).to_string();
    let uses_methods_without_helpers = crate::document::operations(&view.document)
        .any(|at| matches!(at.method, crate::document::Method::Options | crate::document::Method::Trace));
    let schema_sides = (entry.unknown_enum_values == UnknownEnumValues::Keep)
        .then(|| crate::tolerant_enums::SchemaSides::of(&view.document));
    let openapi = to_openapi(std::mem::take(&mut view.document), file)?;

    let mut generator = Generator::new(&settings);
    let generated = catch_panic(|| generator.generate_tokens(&openapi));
    let failure = match generated {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(err)) => Err(err.to_string()),
        Err(panic) => Err(format!("progenitor panicked: {panic}")),
    };
    let tokens = failure.map_err(|message| {
        // The failure is looked for in the view again: its document went to openapiv3.
        let located = progenitor_view(&spec.document, &mut Vec::new())
            .map(|view| locate_failure(&view.document, &settings, spec, &message));
        located.unwrap_or_else(|e| spec.error(e))
    })?;
    let (types_tokens, progenitor_client_tokens) =
        split_types_module(tokens).map_err(|message| spec.error(PointerError::generator("", message)))?;
    let progenitor_client_tokens = if uses_methods_without_helpers {
        request_by_method(progenitor_client_tokens)
    } else {
        progenitor_client_tokens
    };
    let progenitor_client_tokens = if entry.builders {
        progenitor_client_tokens
    } else {
        crate::type_builders::client_without_type_builders(progenitor_client_tokens)
    };
    let progenitor_client_tokens = rewrite_operation_calls(progenitor_client_tokens, &view)
        .and_then(|tokens| runtime_client_builder(tokens, settings_timeout(entry)))
        .and_then(answer_limit_field)
        .map(bounded_decoding)
        .map_err(|message| spec.error(PointerError::generator("", message)))?;
    let hooks = client_hooks(&view, &streaming_operations(&progenitor_client_tokens));
    let types_path = format!("../{}", entry.types_crate);
    let (mut types_deps, client_deps) = dependencies(&generator, &entry.types_crate, &types_path);
    let reexports = reexported_crates(&client_deps);
    // The type generator's state is no longer needed: freed before the code is formatted.
    drop(generator);
    drop(openapi);

    let provenance = &spec.provenance;
    let mut types_source = RustSource::new(provenance);
    let type_items: Vec<TokenStream> = split_items(types_tokens).into_iter().map(without_name_only_doc).collect();
    let type_items = crate::type_builders::evolvable_types(type_items, entry.builders);
    let item_names: Vec<Option<String>> = type_items.iter().map(defined_type_name).collect();
    refuse_uninhabited_types(&type_items, &item_names, spec)?;
    // The server has named its types long before progenitor is done: this does not wait.
    let roots = type_roots.and_then(|roots| roots.recv().ok()).unwrap_or_default();
    // Read while the items still carry their serde attributes, which the next pass takes
    // out of the structs it writes impls for.
    let definitions = TypeDefinitions::collect(&type_items, &item_names, &roots);
    let tolerance = schema_sides.map(|sides| crate::tolerant_enums::Tolerance::new(&sides, &type_items, &item_names));
    let (type_items, reads_objects) = crate::type_serde::runtime_serde_impls(type_items, tolerance.as_ref());
    drop(tolerance);
    let type_names: BTreeSet<String> = item_names.into_iter().flatten().collect();
    if reads_objects {
        types_deps.push(Dependency::Workspace("openapi-types-runtime"));
    }
    types_source.push_items(type_items, formatter);
    let types_ident = crate_ident(&entry.types_crate);
    let hooked: Vec<String> = view.hooked_operations().map(progenitor_operation_id).collect();
    let named = if hooked.is_empty() { BTreeSet::new() } else { operation_ids(&progenitor_client_tokens) };
    let mut client_source = RustSource::new(provenance);
    // Inlined, so the client's documentation shows the types its methods take and return.
    client_source.push_tokens(quote! { #[doc(inline)] pub use #types_ident as types; }, formatter);
    client_source.push_tokens(progenitor_client_tokens, formatter);
    client_source.push_tokens(quote! { #extras #hooks #reexports }, formatter);

    let types_dir = format!("crates/{}", entry.types_crate);
    let client_dir = format!("crates/{}", entry.client_crate);
    for id in hooked {
        if !named.contains(&id) {
            let message = format!("internal: the client hooks name operation `{id}`, which progenitor's code does not");
            return Err(spec.error(PointerError::generator("", message)));
        }
    }
    let files = vec![
        PendingFile::text(
            format!("{types_dir}/Cargo.toml"),
            cargo_manifest(
                provenance,
                &entry.types_crate,
                &format!("Types of the {title}, generated from its OpenAPI spec."),
                &types_deps,
                &[],
            ),
        ),
        PendingFile::text(
            format!("{types_dir}/src/lib.rs"),
            crate_root(
                provenance,
                &format!(
                    "Types of the {title}: every schema of the spec, as serde types.\n\nShared by the `{}` client and the server stubs.",
                    entry.client_crate
                ),
            ),
        ),
        PendingFile::rust(format!("{types_dir}/src/generated.rs"), types_source),
        PendingFile::text(
            format!("{client_dir}/Cargo.toml"),
            cargo_manifest(
                provenance,
                &entry.client_crate,
                &format!("Typed client for the {title}, generated from its OpenAPI spec."),
                &client_deps,
                // TLS by default, so the spec's `https://` servers are reachable as generated;
                // `default-features = false` leaves it out.
                &[("default", "[\"rustls\"]"), ("rustls", "[\"openapi-client-runtime/rustls\"]")],
            ),
        ),
        PendingFile::text(
            format!("{client_dir}/src/lib.rs"),
            crate_root(
                provenance,
                &format!(
                    "Typed client for the {title}.\n\nTLS (rustls with its `ring` provider) is on by default, for `https://` servers; without default features the client speaks plain HTTP only, unless reqwest's own TLS features are enabled."
                ),
            ),
        ),
        PendingFile::rust(format!("{client_dir}/src/generated.rs"), client_source),
    ];
    Ok(ClientOutput { files, type_names, definitions })
}

/// The dependencies of the types crate and of the client crate: the run-time crates the
/// generated code names, and nothing else.
fn dependencies<'a>(
    generator: &Generator,
    types_crate: &'a str,
    types_path: &'a str,
) -> (Vec<Dependency<'a>>, Vec<Dependency<'a>>) {
    let type_space = generator.get_type_space();
    // Types that appear in signatures need their crates in the client too.
    let type_deps: Vec<Dependency<'a>> = [
        (type_space.uses_regress(), "regress"),
        (type_space.uses_chrono(), "chrono"),
        (type_space.uses_uuid(), "uuid"),
    ]
    .into_iter()
    .filter_map(|(used, name)| used.then_some(Dependency::Workspace(name)))
    .collect();
    let mut types_deps = vec![Dependency::Workspace("serde"), Dependency::Workspace("serde_json")];
    types_deps.extend(type_deps.iter().cloned());
    let mut client_deps = vec![
        Dependency::Path { name: types_crate, path: types_path },
        Dependency::Workspace("progenitor-client"),
        // `Client::new` builds its reqwest client with the runtime's `client_builder`.
        Dependency::Workspace("openapi-client-runtime"),
        Dependency::Workspace("reqwest"),
        Dependency::Workspace("serde"),
        Dependency::Workspace("serde_json"),
    ];
    client_deps.extend(type_deps);
    if generator.uses_futures() {
        client_deps.push(Dependency::Workspace("futures"));
    }
    // progenitor's websocket upgrade code names these crates itself.
    if generator.uses_websockets() {
        client_deps.extend([Dependency::Workspace("base64"), Dependency::Workspace("rand")]);
    }
    (types_deps, client_deps)
}

/// progenitor builds a request with `client.options(url)` or `client.trace(url)`, which
/// reqwest does not have: `client.request(Method::OPTIONS, url)` instead.
fn request_by_method(tokens: TokenStream) -> TokenStream {
    rewrite_each_level(tokens, &mut |out, tree| {
        let method = match (out.as_slice(), &tree) {
            ([.., TokenTree::Punct(dot), TokenTree::Ident(name)], TokenTree::Group(arguments))
                if dot.as_char() == '.'
                    && (name == "options" || name == "trace")
                    && arguments.delimiter() == proc_macro2::Delimiter::Parenthesis
                    && arguments.stream().to_string() == "url" =>
            {
                Some(format_ident!("{}", name.to_string().to_uppercase()))
            }
            _ => None,
        };
        match method {
            Some(method) => {
                out.pop();
                out.extend(quote! { request(::reqwest::Method::#method, url) });
            }
            None => out.push(tree),
        }
    })
}

/// `tokens` rewritten level by level, innermost groups first: `place` puts each token (its
/// group already rewritten) after those placed before it, as it is or changed.
fn rewrite_each_level(tokens: TokenStream, place: &mut dyn FnMut(&mut Vec<TokenTree>, TokenTree)) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    for tree in tokens {
        let tree = match tree {
            TokenTree::Group(group) => {
                let mut rewritten =
                    proc_macro2::Group::new(group.delimiter(), rewrite_each_level(group.stream(), place));
                rewritten.set_span(group.span());
                TokenTree::Group(rewritten)
            }
            other => other,
        };
        place(&mut out, tree);
    }
    out.into_iter().collect()
}

/// progenitor's `Client::new` builds its reqwest client with timeouts only; the runtime's
/// `client_builder` adds the redirect and `Referer` policy that keeps credentials at the
/// API's origin. An error when progenitor's code is not the one this replaces, so that a new
/// progenitor cannot drop the policy unnoticed.
fn runtime_client_builder(tokens: TokenStream, timeout: u64) -> Result<TokenStream, String> {
    let progenitors = quote! {
        let dur = ::std::time::Duration::from_secs(#timeout);
        reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
    }
    .to_string();
    let mut replaced = 0;
    let rewritten = replace_groups(tokens, &mut |group| {
        (group.delimiter() == proc_macro2::Delimiter::Brace && group.stream().to_string() == progenitors).then(|| {
            replaced += 1;
            quote! {
                let dur = ::std::time::Duration::from_secs(#timeout);
                ::openapi_client_runtime::client_builder(dur)
            }
        })
    });
    match replaced {
        1 => Ok(rewritten),
        found => Err(format!(
            "internal: progenitor's `Client::new` builds its reqwest client in {found} places, not the one expected"
        )),
    }
}

/// `tokens` with every group for which `replace` gives new contents given them (outermost
/// first; a replaced group's contents are not looked into).
fn replace_groups(
    tokens: TokenStream,
    replace: &mut impl FnMut(&proc_macro2::Group) -> Option<TokenStream>,
) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let stream = replace(&group).unwrap_or_else(|| replace_groups(group.stream(), replace));
                let mut rewritten = proc_macro2::Group::new(group.delimiter(), stream);
                rewritten.set_span(group.span());
                TokenTree::Group(rewritten)
            }
            other => other,
        })
        .collect()
}

/// Rewrites of calls in progenitor's operation code, each for its operation (named by the
/// `operation_id` of the function around the call):
/// - `.header(ACCEPT, …"application/json")` lists the media types the client reads of the
///   operation's answers, so a server that honours `Accept` may answer in the error media
///   type the spec declares;
/// - `.form_urlencoded(&body)` becomes `.form_urlencoded(&FormBody::new(&body, STYLES))`:
///   progenitor's `serde_urlencoded` refuses lists and nested objects, which the runtime
///   flattens with the styles of the operation's `encoding`;
/// - `header_map.append(NAME, value.to_string().try_into()?)` takes visible ASCII only:
///   `try_into` also takes other bytes, which servers refuse, so the client refuses them
///   first, naming the header. Cookie parameters (headers in progenitor's view) are left
///   alone: their values are percent-encoded later, by the client's hook.
fn rewrite_operation_calls(tokens: TokenStream, view: &ProgenitorView) -> Result<TokenStream, String> {
    // Keyed once by the name progenitor's code gives each operation: a search of the
    // view's lists per operation made a large API's generation quadratic.
    let mut of_operations: HashMap<String, OperationRewrites> = HashMap::new();
    for (operation_id, accept) in &view.accepts {
        of_operations.entry(progenitor_operation_id(operation_id)).or_default().accept.get_or_insert(accept);
    }
    for body in &view.form_bodies {
        of_operations.entry(progenitor_operation_id(&body.operation_id)).or_default().form_body.get_or_insert(body);
    }
    for cookie in &view.cookie_parameters {
        of_operations.entry(progenitor_operation_id(&cookie.operation_id)).or_default().cookies.insert(&cookie.name);
    }
    rewrite_calls_in(tokens, &of_operations, None)
}

/// What [`rewrite_operation_calls`] changes in one operation's code.
#[derive(Default)]
struct OperationRewrites<'a> {
    accept: Option<&'a str>,
    form_body: Option<&'a crate::progenitor_view::FormBody>,
    cookies: BTreeSet<&'a str>,
}

/// [`rewrite_operation_calls`] in `tokens`, inside the operation `operation_outside` names.
fn rewrite_calls_in(
    tokens: TokenStream,
    of_operations: &HashMap<String, OperationRewrites>,
    operation_outside: Option<&str>,
) -> Result<TokenStream, String> {
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    let operation = named_operation(&trees);
    let operation = operation.as_deref().or(operation_outside);
    let form_call = trees.windows(3).enumerate().find_map(|(at, window)| match window {
        [TokenTree::Punct(dot), TokenTree::Ident(name), TokenTree::Group(arguments)]
            if dot.as_char() == '.'
                && name == "form_urlencoded"
                && arguments.delimiter() == proc_macro2::Delimiter::Parenthesis =>
        {
            Some((at + 2, arguments.stream()))
        }
        _ => None,
    });
    let header_appends: Vec<usize> = trees
        .windows(4)
        .enumerate()
        .filter(|(_, window)| {
            matches!(window, [TokenTree::Ident(map), TokenTree::Punct(dot), TokenTree::Ident(append), TokenTree::Group(_)]
                if map == "header_map" && dot.as_char() == '.' && append == "append")
        })
        .map(|(at, _)| at + 3)
        .collect();
    // `.header(ACCEPT, from_static("application/json"))`: the operation's own media types.
    let accept_at = trees.windows(3).enumerate().find_map(|(at, window)| match window {
        [TokenTree::Punct(dot), TokenTree::Ident(name), TokenTree::Group(arguments)]
            if dot.as_char() == '.'
                && name == "header"
                && arguments.stream().to_string().starts_with(":: reqwest :: header :: ACCEPT ,") =>
        {
            Some(at + 2)
        }
        _ => None,
    });
    let rewrites = operation.and_then(|id| of_operations.get(id));
    let accept = accept_at.zip(rewrites.and_then(|rewrites| rewrites.accept));
    if let Some((at, accept)) = accept {
        let arguments = quote! { ::reqwest::header::ACCEPT, ::reqwest::header::HeaderValue::from_static(#accept) };
        trees[at] = TokenTree::Group(proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, arguments));
    }
    if form_call.is_some() || !header_appends.is_empty() {
        let id = match (operation, form_call.is_some()) {
            (Some(id), _) => id,
            // Headers outside one operation's request are left as progenitor wrote them.
            (None, false) => "",
            (None, true) => return Err("internal: a form body is encoded outside an operation".to_string()),
        };
        if let Some((arguments_at, body_argument)) = form_call {
            let body = rewrites.and_then(|rewrites| rewrites.form_body);
            let body = body
                .ok_or_else(|| format!("internal: operation `{id}` encodes a form body the spec does not give it"))?;
            let styles = body.styles.iter().map(|(property, style)| {
                let style = match style {
                    FormStyle::Form { explode } => quote! { Form { explode: #explode } },
                    FormStyle::SpaceDelimited => quote! { SpaceDelimited },
                    FormStyle::PipeDelimited => quote! { PipeDelimited },
                    FormStyle::DeepObject => quote! { DeepObject },
                };
                quote! { (#property, ::openapi_client_runtime::FormStyle::#style) }
            });
            let arguments = quote! { &::openapi_client_runtime::FormBody::new(#body_argument, &[#(#styles),*]) };
            trees[arguments_at] =
                TokenTree::Group(proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, arguments));
        }
        let no_cookies = BTreeSet::new();
        let cookies = rewrites.map_or(&no_cookies, |rewrites| &rewrites.cookies);
        for at in header_appends.into_iter().filter(|_| !id.is_empty()) {
            if let TokenTree::Group(arguments) = &trees[at]
                && let Some(checked) = ascii_header_value(arguments.stream(), cookies)
            {
                trees[at] = TokenTree::Group(proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, checked));
            }
        }
    }
    trees
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let stream = rewrite_calls_in(group.stream(), of_operations, operation)?;
                let mut rewritten = proc_macro2::Group::new(group.delimiter(), stream);
                rewritten.set_span(group.span());
                Ok(TokenTree::Group(rewritten))
            }
            other => Ok(other),
        })
        .collect()
}

/// The operation the function among `trees` sends a request for, if it names one:
/// `OperationInfo { operation_id: "…" }`.
fn named_operation(trees: &[TokenTree]) -> Option<String> {
    trees.windows(2).find_map(|window| match window {
        [TokenTree::Ident(info), TokenTree::Group(fields)]
            if info == "OperationInfo" && fields.delimiter() == proc_macro2::Delimiter::Brace =>
        {
            operation_ids(&quote! { { #fields } }).into_iter().next()
        }
        _ => None,
    })
}

/// The arguments `NAME, value.to_string().try_into()?` of a header append, with a value of
/// visible ASCII only; `None` for other arguments and for the cookies.
fn ascii_header_value(arguments: TokenStream, cookies: &BTreeSet<&str>) -> Option<TokenStream> {
    let trees: Vec<TokenTree> = arguments.into_iter().collect();
    let [TokenTree::Literal(name), TokenTree::Punct(comma), TokenTree::Ident(value), rest @ ..] = trees.as_slice()
    else {
        return None;
    };
    let tail: String = rest.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ");
    let header = name.to_string().trim_matches('"').to_string();
    if comma.as_char() != ',' || tail != ". to_string () . try_into () ?" || cookies.contains(header.as_str()) {
        return None;
    }
    let message = format!("header `{header}` takes visible ASCII only");
    // `from_str` takes bytes past ASCII too; `to_str` reads visible ASCII only.
    Some(quote! {
        #name, ::reqwest::header::HeaderValue::from_str(&#value.to_string())
            .ok()
            .filter(|header| header.to_str().is_ok())
            .ok_or_else(|| ::progenitor_client::Error::InvalidRequest(#message.to_string()))?
    })
}

/// The `operation_id: "…"` values in progenitor's client code.
fn operation_ids(tokens: &TokenStream) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    while let Some(tree) = trees.pop() {
        if let TokenTree::Group(group) = tree {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            for window in inner.windows(3) {
                if let [TokenTree::Ident(key), TokenTree::Punct(colon), TokenTree::Literal(value)] = window
                    && key == "operation_id"
                    && colon.as_char() == ':'
                {
                    let text = value.to_string();
                    ids.extend(text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).map(str::to_string));
                }
            }
            trees.extend(inner);
        }
    }
    ids
}

fn settings_timeout(entry: &ApiEntry) -> u64 {
    entry.client.timeout_seconds.unwrap_or(DEFAULT_TIMEOUT_SECONDS)
}

fn generation_settings(entry: &ApiEntry) -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(match entry.client.interface {
            Interface::Builder => InterfaceStyle::Builder,
            Interface::Positional => InterfaceStyle::Positional,
        })
        .with_timeout(settings_timeout(entry))
        // Users compare decoded values; every schema type can be compared for equality.
        .with_derive("PartialEq")
        // Answers read within the client's limit, cookie parameters and untyped errors need
        // our own `ClientHooks` impl.
        .with_hooks(HooksMode::Expected);
    settings
}

/// After a whole-document failure, names what is at fault: a component schema, when the
/// components fail without any operation, else the first operation that fails alone.
fn locate_failure(document: &Value, settings: &GenerationSettings, spec: &PreparedSpec, message: &str) -> SpecError {
    let fails = |candidate: &Value| {
        let Ok(openapi) = to_openapi(candidate.clone(), &spec.provenance.spec_path) else { return true };
        let mut generator = Generator::new(settings);
        !matches!(catch_panic(|| generator.generate_tokens(&openapi)), Ok(Ok(_)))
    };
    let (culprit, what) = match failing_component_schema(document, &fails) {
        Some(name) => (pointer_push("/components/schemas", &name), "this schema (or one it references)"),
        None => (failing_operation(document, &fails).unwrap_or_default(), "this"),
    };
    SpecError::new(
        &spec.provenance.spec_path,
        Location::at_pointer(culprit),
        ErrorKind::Generator,
        format!("the client generator cannot handle {what}: {message}"),
    )
}

/// The component schema the type generator fails on, if the schemas fail without any
/// operation.
fn failing_component_schema(document: &Value, fails: &dyn Fn(&Value) -> bool) -> Option<String> {
    let schemas = document.pointer("/components/schemas").and_then(Value::as_object)?;
    let names: Vec<&String> = schemas.keys().collect();
    let with_schemas = |kept: &BTreeSet<String>| {
        let mut candidate = document.clone();
        if let Some(paths) = candidate.get_mut("paths") {
            *paths = Value::Object(Default::default());
        }
        if let Some(Value::Object(schemas)) = candidate.pointer_mut("/components/schemas") {
            schemas.retain(|name, _| kept.contains(name));
        }
        candidate
    };
    // A schema with every schema it references.
    let closure = |roots: &[&String]| {
        let mut kept =
            crate::document::schemas_reached_from(document, roots.iter().filter_map(|name| schemas.get(*name)));
        kept.extend(roots.iter().map(|name| name.to_string()));
        kept
    };
    if !fails(&with_schemas(&closure(&names))) {
        return None;
    }
    // The shortest failing prefix of the schemas (in document order) ends with a schema whose
    // references hold the culprit.
    let failing = shortest_failing_prefix(names.len(), |count| fails(&with_schemas(&closure(&names[..count]))));
    // Of the schemas it brings in, the one failing with the fewest schemas of its own: a
    // schema that fails only through a reference is not the culprit.
    let suspects = closure(&names[failing - 1..failing]);
    let culprit = names
        .iter()
        .filter(|name| suspects.contains(name.as_str()))
        .map(|name| (name, closure(&[name])))
        .filter(|(_, own)| fails(&with_schemas(own)))
        .min_by_key(|(_, own)| own.len())
        .map(|(name, _)| name.to_string());
    culprit.or_else(|| Some(names[failing - 1].to_string()))
}

/// The pointer of the operation the generator fails on, when the schemas alone pass: the last
/// of the shortest failing prefix of the operations (in document order). Bisecting keeps a
/// spec of a thousand operations to a dozen generator runs.
fn failing_operation(document: &Value, fails: &dyn Fn(&Value) -> bool) -> Option<String> {
    let pointers: Vec<String> = crate::document::operations(document).map(|op| op.pointer()).collect();
    let with_first = |count: usize| {
        let kept: BTreeSet<&str> = pointers[..count].iter().map(String::as_str).collect();
        let mut candidate = document.clone();
        if let Some(Value::Object(paths)) = candidate.get_mut("paths") {
            for (path, item) in paths.iter_mut() {
                if let Value::Object(item) = item {
                    item.retain(|key, _| match crate::document::Method::from_key(key) {
                        Some(method) => kept.contains(crate::document::operation_pointer(path, method).as_str()),
                        None => true,
                    });
                }
            }
            let has_operation = |item: &Value| {
                item.as_object()
                    .is_some_and(|item| item.keys().any(|key| crate::document::Method::from_key(key).is_some()))
            };
            paths.retain(|_, item| has_operation(item));
        }
        candidate
    };
    if pointers.is_empty() || !fails(&with_first(pointers.len())) {
        return None;
    }
    let failing = shortest_failing_prefix(pointers.len(), |count| fails(&with_first(count)));
    pointers.into_iter().nth(failing - 1)
}

/// The length of the shortest prefix for which `fails_with_first` holds, by bisection; the
/// whole (`len`) is known to fail, the empty prefix to pass.
fn shortest_failing_prefix(len: usize, fails_with_first: impl Fn(usize) -> bool) -> usize {
    let (mut passing, mut failing) = (0, len);
    while failing - passing > 1 {
        let middle = (passing + failing) / 2;
        if fails_with_first(middle) {
            failing = middle;
        } else {
            passing = middle;
        }
    }
    failing
}

/// Takes `pub mod types { … }` out of progenitor's output, without parsing it: its items are
/// the types crate, the rest is the client, which re-exports the types crate under the same
/// name.
fn split_types_module(tokens: TokenStream) -> Result<(TokenStream, TokenStream), String> {
    use proc_macro2::{Delimiter, TokenTree};
    let mut types = None;
    let mut client = TokenStream::new();
    for item in crate::render::split_items(tokens) {
        let trees: Vec<TokenTree> = item.into_iter().collect();
        let body = trees.windows(3).find_map(|window| match window {
            [TokenTree::Ident(keyword), TokenTree::Ident(name), TokenTree::Group(body)]
                if keyword == "mod" && name == "types" && body.delimiter() == Delimiter::Brace =>
            {
                Some(body.stream())
            }
            _ => None,
        });
        match body {
            Some(body) if types.is_none() => types = Some(body),
            _ => client.extend(trees),
        }
    }
    let types = types.ok_or("progenitor output has no `types` module")?;
    Ok((types, client))
}

fn crate_ident(crate_name: &str) -> Ident {
    Ident::new(&crate_name.replace('-', "_"), Span::call_site())
}

/// The first server URL, when it is absolute, with its variables at their defaults.
fn default_base_url(document: &Value) -> Option<String> {
    let url = crate::document::first_server_url(document)?;
    crate::document::is_absolute_url(&url).then(|| url.trim_end_matches('/').to_string())
}

/// Items added to the client crate beside progenitor's output.
fn client_extras(view: &ProgenitorView, timeout: u64, diagnostics: &mut Vec<Diagnostic>) -> TokenStream {
    let document = &view.document;
    let base_url = default_base_url(document);
    let base_url_items = base_url.as_ref().map(|url| {
        let doc = format!(" The spec's first server: `{url}`.");
        quote! {
            #[doc = #doc]
            pub const DEFAULT_BASE_URL: &str = #url;

            impl Client {
                /// A client for [`DEFAULT_BASE_URL`], without credentials.
                pub fn with_default_base_url() -> Self {
                    Self::new(DEFAULT_BASE_URL)
                }
            }
        }
    });

    let mut constructors = Vec::new();
    for scheme in security_schemes(document) {
        let constructor = scheme
            .credential
            .as_ref()
            .and_then(|credential| credential_constructors(scheme.name, credential, base_url.is_some(), timeout));
        match constructor {
            Some(constructor) => constructors.push(constructor),
            None => diagnostics.push(Diagnostic::lossy(
                crate::document::pointer_push("/components/securitySchemes", scheme.name),
                &CLIENT_CREDENTIALS,
                format!(
                    "no client constructor for `{}` ({}): pass a configured reqwest::Client to `Client::new_with_client`",
                    scheme.name, scheme.type_name
                ),
            )),
        }
    }
    let auth_support = (!constructors.is_empty()).then(|| {
        quote! { pub use openapi_client_runtime::{ClientBuildError, client_builder, install_tls_provider}; }
    });
    quote! {
        #base_url_items
        #auth_support
        #(#constructors)*
        impl Client {
            /// This client with answers read whole (every answer but a stream the caller reads)
            /// limited to `limit` bytes: a longer one fails with `Error::ResponseBodyError`,
            /// whose cause is an [`AnswerTooLarge`]. The default is
            /// [`DEFAULT_MAX_ANSWER_BYTES`](openapi_client_runtime::DEFAULT_MAX_ANSWER_BYTES).
            pub fn with_max_answer_bytes(mut self, limit: u64) -> Self {
                self.max_answer_bytes = limit;
                self
            }

            /// The longest answer this client reads whole, in bytes.
            pub fn max_answer_bytes(&self) -> u64 {
                self.max_answer_bytes
            }
        }
        pub use openapi_client_runtime::AnswerTooLarge;
    }
}

/// `with_<scheme>` constructors for a credential a reqwest client can carry; `None` for an API
/// key in a query, which a reqwest client cannot add to every request.
fn credential_constructors(
    scheme: &str,
    credential: &Credential,
    has_default_url: bool,
    timeout: u64,
) -> Option<TokenStream> {
    let snake = scheme_snake_case(scheme);
    let method = format_ident!("with_{snake}");
    let method_at = format_ident!("with_{snake}_at");
    let (params, args, value, what) = match credential {
        Credential::Basic => (
            quote! { username: &str, password: &str },
            quote! { username, password },
            quote! { Credential::Basic { username, password } },
            "HTTP basic auth",
        ),
        Credential::Bearer => {
            (quote! { token: &str }, quote! { token }, quote! { Credential::Bearer(token) }, "a bearer token")
        }
        Credential::ApiKey { location: KeyLocation::Header, name } => {
            let name = name.to_ascii_lowercase();
            (
                quote! { key: &str },
                quote! { key },
                quote! { Credential::Header { name: #name, key } },
                "an API key header",
            )
        }
        Credential::ApiKey { location: KeyLocation::Query, .. } => return None,
        Credential::ApiKey { location: KeyLocation::Cookie, name } => (
            quote! { key: &str },
            quote! { key },
            quote! { Credential::Cookie { name: #name, key } },
            "an API key cookie",
        ),
    };
    let method_using = format_ident!("with_{snake}_using");
    let doc_at = format!(" A client for `base_url` that sends {what} (security scheme `{scheme}`) on every request.");
    let doc_using = format!(
        " A client for `base_url` that sends {what} (security scheme `{scheme}`) on every request, built by `builder`: its timeouts, proxies, TLS and other settings. Start from [`client_builder`], which follows redirects within the API's origin only, so the credential never leaves it."
    );
    let default_url = has_default_url.then(|| {
        let doc = format!(
            " A client for [`DEFAULT_BASE_URL`] that sends {what} (security scheme `{scheme}`) on every request."
        );
        quote! {
            #[doc = #doc]
            pub fn #method(#params) -> Result<Self, ClientBuildError> {
                Self::#method_at(DEFAULT_BASE_URL, #args)
            }
        }
    });
    Some(quote! {
        impl Client {
            #default_url

            #[doc = #doc_at]
            pub fn #method_at(base_url: &str, #params) -> Result<Self, ClientBuildError> {
                let timeout = std::time::Duration::from_secs(#timeout);
                Self::#method_using(base_url, #args, client_builder(timeout))
            }

            #[doc = #doc_using]
            pub fn #method_using(
                base_url: &str,
                #params,
                builder: reqwest::ClientBuilder,
            ) -> Result<Self, ClientBuildError> {
                use openapi_client_runtime::Credential;
                let client = openapi_client_runtime::build_with_credential(builder, &#value)?;
                Ok(Self::new_with_client(base_url, client))
            }
        }
    })
}

/// A security scheme's name in snake case, with the words scheme names are made of kept
/// whole: `OAuth2` is `oauth2` (not `o_auth2`), `OpenIDConnect` is `openid_connect`.
fn scheme_snake_case(scheme: &str) -> String {
    let whole = scheme.replace("OAuth", "Oauth").replace("OpenID", "Openid").replace("OpenId", "Openid");
    whole.to_snake_case()
}

/// The `OperationInfo::operation_id` progenitor's code passes to the hooks.
fn progenitor_operation_id(operation_id: &str) -> String {
    crate::naming::sanitize(operation_id, crate::naming::Case::Snake)
}

/// Our `ClientHooks`: before a request leaves, cookie parameters (sent by progenitor as headers
/// of their name) are folded into one `Cookie` header (RFC 6265, values percent-encoded) and
/// renamed query parameters get their own names back; after it returns, error statuses the
/// spec gives no body are handed back as `Error::UnexpectedResponse` instead of failing to
/// decode under a typed range.
fn client_hooks(view: &ProgenitorView, streaming: &BTreeSet<String>) -> TokenStream {
    let (cookies, renamed, untyped) = (&view.cookie_parameters, &view.renamed_query_parameters, &view.untyped_errors);
    let mut cookies_by_operation: std::collections::BTreeMap<String, Vec<&str>> = Default::default();
    for cookie in cookies {
        cookies_by_operation.entry(progenitor_operation_id(&cookie.operation_id)).or_default().push(&cookie.name);
    }
    let fold_cookies = (!cookies.is_empty()).then(|| {
        let arms = cookies_by_operation.iter().map(|(operation, names)| quote! { #operation => &[#(#names),*], });
        quote! {
            let names: &[&str] = match info.operation_id {
                #(#arms)*
                _ => &[],
            };
            openapi_client_runtime::fold_cookie_parameters(request.headers_mut(), names)
                .map_err(|e| Error::Custom(e.to_string()))?;
        }
    });
    let mut renamed_by_operation: std::collections::BTreeMap<String, Vec<(&str, &str)>> = Default::default();
    for parameter in renamed {
        renamed_by_operation
            .entry(progenitor_operation_id(&parameter.operation_id))
            .or_default()
            .push((&parameter.sent_as, &parameter.name));
    }
    let rename_query = (!renamed.is_empty()).then(|| {
        let arms = renamed_by_operation.iter().map(|(operation, pairs)| {
            let pairs = pairs.iter().map(|(sent_as, name)| quote! { (#sent_as, #name) });
            quote! { #operation => &[#(#pairs),*], }
        });
        quote! {
            let renames: &[(&str, &str)] = match info.operation_id {
                #(#arms)*
                _ => &[],
            };
            openapi_client_runtime::rename_query_keys(request.url_mut(), renames);
        }
    });
    let pre = (!cookies.is_empty() || !renamed.is_empty()).then(|| {
        quote! {
            async fn pre<E>(&self, request: &mut reqwest::Request, info: &OperationInfo) -> Result<(), Error<E>> {
                #fold_cookies
                #rename_query
                Ok(())
            }
        }
    });
    let untyped_arms = untyped.iter().map(|errors| {
        let operation = progenitor_operation_id(&errors.operation_id);
        let typed: Vec<&u16> = errors.typed_codes.iter().collect();
        let exclusion = (!typed.is_empty()).then(|| quote! { !matches!(status, #(#typed)|*) && });
        let patterns = errors.statuses.iter().filter_map(|status| match status.parse::<u16>() {
            Ok(code) => Some(quote! { #code }),
            Err(_) => {
                let class: u16 = status.get(..1)?.parse().ok()?;
                let (low, high) = (class * 100, class * 100 + 99);
                Some(quote! { #low..=#high })
            }
        });
        quote! { #operation => #exclusion matches!(status, #(#patterns)|*), }
    });
    let post = (!untyped.is_empty()).then(|| {
        quote! {
            async fn post<E>(
                &self,
                result: &reqwest::Result<reqwest::Response>,
                info: &OperationInfo,
            ) -> Result<(), Error<E>> {
                let Ok(response) = result else { return Ok(()) };
                let status = response.status().as_u16();
                let untyped = match info.operation_id {
                    #(#untyped_arms)*
                    _ => false,
                };
                if untyped {
                    return Err(Error::UnexpectedResponse(openapi_client_runtime::bodiless_copy(response)));
                }
                Ok(())
            }
        }
    });
    let limited = quote! { Ok(openapi_client_runtime::limit_answer(response, self.max_answer_bytes)) };
    let answer = if streaming.is_empty() {
        limited
    } else {
        let streams = streaming.iter();
        quote! {
            // A successful stream is read by the caller, as far as the caller wants.
            match info.operation_id {
                #(#streams)|* => Ok(response),
                _ => #limited,
            }
        }
    };
    let info = if streaming.is_empty() {
        quote! { _info }
    } else {
        quote! { info }
    };
    quote! {
        impl ClientHooks<()> for Client {
            #pre

            async fn exec(&self, request: reqwest::Request, #info: &OperationInfo) -> reqwest::Result<reqwest::Response> {
                let response = self.client.execute(request).await?;
                #answer
            }

            #post
        }
    }
}

/// The operations whose successful answer is a stream progenitor hands to the caller
/// (`ResponseValue::stream` outside `Error::ErrorResponse`).
fn streaming_operations(tokens: &TokenStream) -> BTreeSet<String> {
    fn scan(tokens: TokenStream, operation: Option<&str>, in_error: bool, found: &mut BTreeSet<String>) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let named = named_operation(&trees);
        let operation = named.as_deref().or(operation);
        for (at, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Ident(stream) if stream == "stream" && !in_error => {
                    let call = at >= 3
                        && matches!(&trees[at - 3], TokenTree::Ident(value) if value == "ResponseValue")
                        && matches!(trees.get(at + 1), Some(TokenTree::Group(_)));
                    if let (true, Some(operation)) = (call, operation) {
                        found.insert(operation.to_string());
                    }
                }
                TokenTree::Group(group) => {
                    let error = in_error
                        || at > 0 && matches!(&trees[at - 1], TokenTree::Ident(variant) if variant == "ErrorResponse");
                    scan(group.stream(), operation, error, found);
                }
                _ => {}
            }
        }
    }
    let mut found = BTreeSet::new();
    scan(tokens.clone(), None, false, &mut found);
    found
}

/// The crates the client's public API exposes, re-exported so that callers name the very
/// versions it was built with instead of matching them in their own manifest.
fn reexported_crates(client_deps: &[Dependency<'_>]) -> TokenStream {
    let exposed = ["chrono", "uuid", "reqwest", "serde_json"];
    let crates = client_deps.iter().filter_map(|dependency| match dependency {
        Dependency::Workspace(name) if exposed.contains(name) => Some(format_ident!("{name}")),
        _ => None,
    });
    quote! { #(pub use #crates;)* }
}

/// The client carries its answer limit: progenitor's `Client` and `new_with_client` get the
/// field (an error when progenitor's code is not the one this extends).
fn answer_limit_field(tokens: TokenStream) -> Result<TokenStream, String> {
    let fields = quote! { pub(crate) baseurl: String, pub(crate) client: reqwest::Client, }.to_string();
    let values = quote! { baseurl: baseurl.to_string(), client, }.to_string();
    let (mut in_struct, mut in_constructor) = (0, 0);
    let rewritten = replace_groups(tokens, &mut |group| {
        if group.delimiter() != proc_macro2::Delimiter::Brace {
            return None;
        }
        let text = group.stream().to_string();
        if text == fields {
            in_struct += 1;
            Some(
                quote! { pub(crate) baseurl: String, pub(crate) client: reqwest::Client, pub(crate) max_answer_bytes: u64, },
            )
        } else if text == values {
            in_constructor += 1;
            Some(quote! {
                baseurl: baseurl.to_string(),
                client,
                max_answer_bytes: openapi_client_runtime::DEFAULT_MAX_ANSWER_BYTES,
            })
        } else {
            None
        }
    });
    match (in_struct, in_constructor) {
        (1, 1) => Ok(rewritten),
        found => {
            Err(format!("internal: progenitor's `Client` and its constructor found {found:?} times, not once each"))
        }
    }
}

/// progenitor's `ResponseValue::from_response(response)` becomes the runtime's
/// `json_answer(response)`, whose error for an answer that does not decode quotes an excerpt.
fn bounded_decoding(tokens: TokenStream) -> TokenStream {
    rewrite_each_level(tokens, &mut |out, tree| {
        let is_from_response = matches!(&tree, TokenTree::Ident(name) if name == "from_response");
        let after_response_value =
            out.len() >= 3 && matches!(&out[out.len() - 3], TokenTree::Ident(value) if value == "ResponseValue");
        if is_from_response && after_response_value {
            out.truncate(out.len() - 3);
            out.extend(quote! { openapi_client_runtime::json_answer });
        } else {
            out.push(tree);
        }
    })
}

/// The item without the doc comment typify gives a schema that has no description: its own
/// name (`///`Book``), which says nothing the line below does not.
fn without_name_only_doc(item: TokenStream) -> TokenStream {
    let Some(name) = defined_type_name(&item) else { return item };
    let name_only = format!("\"`{name}`\"");
    let trees: Vec<TokenTree> = item.clone().into_iter().collect();
    let is_name_only_doc = |pair: &[TokenTree]| match pair {
        [TokenTree::Punct(hash), TokenTree::Group(attribute)] if hash.as_char() == '#' => {
            let words: Vec<String> = attribute.stream().into_iter().map(|tree| tree.to_string()).collect();
            matches!(words.as_slice(), [doc, eq, text] if doc == "doc" && eq == "=" && *text == name_only)
        }
        _ => false,
    };
    // typify writes the doc first, before the derives.
    match trees.get(..2) {
        Some(first) if is_name_only_doc(first) => trees.into_iter().skip(2).collect(),
        _ => item,
    }
}

/// A type no value decodes into would make every answer that carries it an error, however
/// right the answer: the spec is refused, naming the schema, rather than generated so.
fn refuse_uninhabited_types(
    items: &[TokenStream],
    names: &[Option<String>],
    spec: &PreparedSpec,
) -> Result<(), SpecError> {
    let Some(name) =
        items.iter().zip(names).find_map(|(item, name)| name.as_ref().filter(|_| is_uninhabited_enum(item)))
    else {
        return Ok(());
    };
    // The component the type is, or, for a type of an inline schema (named after its place:
    // `BookNotes` for `Book`'s `notes`), the component it is part of.
    let components = spec.document.pointer("/components/schemas").and_then(Value::as_object);
    let key = components
        .into_iter()
        .flatten()
        .map(|(key, _)| (key, sanitize(key, Case::Pascal)))
        .filter(|(_, rust_name)| name.starts_with(rust_name.as_str()))
        .max_by_key(|(_, rust_name)| rust_name.len());
    let pointer = key.as_ref().map_or_else(String::new, |(key, _)| pointer_join("/components/schemas", [key.as_str()]));
    let place = match key {
        Some((_, rust_name)) if rust_name != *name => format!(" (in a part of it, type `{name}`)"),
        _ => format!(" (type `{name}`)"),
    };
    let message = format!(
        "no value fits this schema{place} as the type generator reads it: its type would be an enum without variants, which nothing decodes into"
    );
    Err(spec.error(PointerError::unsupported(pointer, message)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_doc_comment_of_the_type_s_own_name_alone_is_dropped() {
        let plain = quote! { #[doc = "`Book`"] #[derive(Clone)] pub struct Book { pub id: i64 } };
        let expected = quote! { #[derive(Clone)] pub struct Book { pub id: i64 } };
        assert_eq!(without_name_only_doc(plain).to_string(), expected.to_string());
        for kept in [
            quote! { #[doc = "A book."] pub struct Book { pub id: i64 } },
            quote! { #[doc = "`Shelf`"] pub struct Book { pub id: i64 } },
            quote! { #[doc = "`Book`"] impl Book {} },
        ] {
            assert_eq!(without_name_only_doc(kept.clone()).to_string(), kept.to_string());
        }
    }

    #[test]
    fn scheme_names_keep_their_words_whole() {
        assert_eq!(scheme_snake_case("OAuth2"), "oauth2");
        assert_eq!(scheme_snake_case("petstore_OAuth"), "petstore_oauth");
        assert_eq!(scheme_snake_case("OpenIDConnect"), "openid_connect");
        assert_eq!(scheme_snake_case("apiKeyHeader"), "api_key_header");
    }

    #[test]
    fn options_and_trace_requests_go_through_request() {
        let tokens = quote! { let request = client.client.options(url).header(a, b); let other = x.trace(y); };
        let rewritten = request_by_method(tokens).to_string();
        assert!(
            rewritten.contains("client . client . request (:: reqwest :: Method :: OPTIONS , url) . header"),
            "{rewritten}"
        );
        assert!(rewritten.contains("x . trace (y)"), "{rewritten}");
    }
    use serde_json::json;

    #[test]
    fn a_failing_operation_is_found_by_bisection() {
        let operation = |marked: bool| json!({"responses": {}, "x-marked": marked});
        let document = json!({"paths": {
            "/a": {"get": operation(false), "post": operation(false)},
            "/b": {"get": operation(true), "parameters": []},
            "/c": {"put": operation(false)}
        }});
        let runs = std::cell::Cell::new(0);
        let fails = |candidate: &Value| {
            runs.set(runs.get() + 1);
            candidate.to_string().contains("\"x-marked\":true")
        };
        assert_eq!(failing_operation(&document, &fails).as_deref(), Some("/paths/~1b/get"));
        assert!(runs.get() <= 3, "{} runs", runs.get());
        let fine = json!({"paths": {"/a": {"get": operation(false)}}});
        assert_eq!(failing_operation(&fine, &fails), None);
    }

    #[test]
    fn a_failing_schema_is_named_not_the_schemas_that_reference_it() {
        let reference = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
        let document = json!({
            "paths": {"/a": {"get": {}}},
            "components": {"schemas": {
                "Fine": {"type": "string"},
                "Order": {"type": "object", "properties": {"line": reference("Line")}},
                "Line": {"type": "object", "properties": {"kind": reference("Kind")}},
                "Later": {"type": "integer"},
                "Kind": {"x-breaks-the-generator": true}
            }}
        });
        // Stands in for the generator: it fails on any document holding the marked schema.
        let fails = |candidate: &Value| candidate.to_string().contains("x-breaks-the-generator");
        assert_eq!(failing_component_schema(&document, &fails).as_deref(), Some("Kind"));
        let fine = json!({"components": {"schemas": {"Fine": {"type": "string"}}}});
        assert_eq!(failing_component_schema(&fine, &fails), None);
    }
}
