//! The types crate and the client crate of one API: progenitor generates both from the
//! client view of the spec; this module splits them and adds what progenitor does not
//! (default base URL, auth constructors, cookie parameters).

use std::collections::BTreeSet;

use heck::ToSnakeCase;
use proc_macro2::{Ident, Span, TokenStream};
use progenitor_impl::{GenerationSettings, Generator, HooksMode, InterfaceStyle};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::diagnostic::{Diagnostic, Location, PointerError, Severity, SpecError};
use crate::manifest::{ApiEntry, Interface};
use crate::panic_guard::catch_panic;
use crate::pipeline::{PreparedSpec, to_openapi};
use crate::prepare::for_each_operation;
use crate::progenitor_view::{CookieParameter, ProgenitorView, UntypedErrors, is_header_token, progenitor_view};
use crate::render::{Dependency, GeneratedFile, cargo_manifest, crate_root, rust_file_from_items};

/// The rules of the client generator, for the rewrite table.
pub const RULES: &[(&str, Severity, &str)] = &[(
    "client-credentials",
    Severity::Lossy,
    "A security scheme the client has no constructor for (API key in a query, mutual TLS, …): configure a reqwest client.",
)];

/// Request timeout of generated clients when the manifest sets none, in seconds.
const DEFAULT_TIMEOUT_SECONDS: u64 = 15;

/// The types and client crates, and the names the types crate defines (for the server).
pub struct ClientOutput {
    pub files: Vec<GeneratedFile>,
    pub type_names: BTreeSet<String>,
}

/// Generates `crates/<types>/…` and `crates/<client>/…` for `entry`.
pub fn generate_client_crates(
    spec: &PreparedSpec,
    entry: &ApiEntry,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<ClientOutput, SpecError> {
    let file = &spec.provenance.spec_path;
    let view = progenitor_view(&spec.document, diagnostics).map_err(|e| spec.error(e))?;
    let openapi = to_openapi(&view.document, file)?;
    let needs_hooks = !view.cookie_parameters.is_empty() || !view.untyped_errors.is_empty();
    let settings = generation_settings(entry, needs_hooks);

    let mut generator = Generator::new(&settings);
    let tokens = match catch_panic(|| generator.generate_tokens(&openapi)) {
        Ok(Ok(tokens)) => tokens,
        Ok(Err(err)) => return Err(locate_failure(&view.document, &settings, spec, &err.to_string())),
        Err(panic) => {
            return Err(locate_failure(&view.document, &settings, spec, &format!("progenitor panicked: {panic}")));
        }
    };
    let type_space = generator.get_type_space();
    let (types_items, progenitor_client_items) =
        split_types_module(tokens).map_err(|message| spec.error(PointerError::new("", message)))?;
    let type_names = defined_type_names(&types_items);

    // Our additions are parsed on their own; progenitor's items are reused as parsed.
    let types_ident = crate_ident(&entry.types_crate);
    let extras = client_extras(&view, settings_timeout(entry), diagnostics);
    let parse = |tokens| {
        syn::parse2::<syn::File>(tokens)
            .map(|file| file.items)
            .map_err(|e| spec.error(PointerError::new("", format!("generated code does not parse: {e}"))))
    };
    let mut client_items = parse(quote! { pub use #types_ident as types; })?;
    client_items.extend(progenitor_client_items);
    client_items.extend(parse(extras)?);

    let provenance = &spec.provenance;
    let title = view.document.pointer("/info/title").and_then(Value::as_str).unwrap_or(&entry.name).to_string();

    // Types that appear in signatures need their crates in the client too.
    let type_deps: Vec<&str> = [
        (type_space.uses_regress(), "regress"),
        (type_space.uses_chrono(), "chrono"),
        (type_space.uses_uuid(), "uuid"),
    ]
    .into_iter()
    .filter_map(|(used, name)| used.then_some(name))
    .collect();
    let mut types_deps = vec![Dependency::Workspace("serde"), Dependency::Workspace("serde_json")];
    types_deps.extend(type_deps.iter().map(|name| Dependency::Workspace(name)));
    let types_path = format!("../{}", entry.types_crate);
    let mut client_deps = vec![
        Dependency::Path { name: &entry.types_crate, path: &types_path },
        Dependency::Workspace("progenitor-client"),
        Dependency::Workspace("reqwest"),
        Dependency::Workspace("serde"),
        Dependency::Workspace("serde_json"),
    ];
    client_deps.extend(type_deps.iter().map(|name| Dependency::Workspace(name)));
    if generator.uses_futures() {
        client_deps.push(Dependency::Workspace("futures"));
    }
    let websockets = generator.uses_websockets();
    if uses_basic_auth(&view.document) || websockets {
        client_deps.push(Dependency::Workspace("base64"));
    }
    if websockets {
        client_deps.push(Dependency::Workspace("rand"));
    }
    if !view.cookie_parameters.is_empty() || uses_cookie_credentials(&view.document) {
        client_deps.push(Dependency::Workspace("percent-encoding"));
    }
    if !view.untyped_errors.is_empty() {
        client_deps.push(Dependency::Workspace("http"));
    }

    let types_dir = format!("crates/{}", entry.types_crate);
    let client_dir = format!("crates/{}", entry.client_crate);
    let client_text = rust_file_from_items(provenance, client_items);
    let hooked = view
        .cookie_parameters
        .iter()
        .map(|c| &c.operation_id)
        .chain(view.untyped_errors.iter().map(|u| &u.operation_id));
    for operation_id in hooked {
        let id = progenitor_operation_id(operation_id);
        if !client_text.contains(&format!("operation_id: \"{id}\"")) {
            let message = format!("internal: the client hooks name operation `{id}`, which progenitor's code does not");
            return Err(spec.error(PointerError::new("", message)));
        }
    }
    let files = vec![
        GeneratedFile {
            path: format!("{types_dir}/Cargo.toml").into(),
            contents: cargo_manifest(
                provenance,
                &entry.types_crate,
                &format!("Types of the {title}, generated from its OpenAPI spec."),
                &types_deps,
                &[],
            ),
        },
        GeneratedFile {
            path: format!("{types_dir}/src/lib.rs").into(),
            contents: crate_root(
                provenance,
                &format!(
                    "Types of the {title}: every schema of the spec, as serde types.\n\nShared by the `{}` client and the server stubs.",
                    entry.client_crate
                ),
            ),
        },
        GeneratedFile {
            path: format!("{types_dir}/src/generated.rs").into(),
            contents: rust_file_from_items(provenance, types_items),
        },
        GeneratedFile {
            path: format!("{client_dir}/Cargo.toml").into(),
            contents: cargo_manifest(
                provenance,
                &entry.client_crate,
                &format!("Typed client for the {title}, generated from its OpenAPI spec."),
                &client_deps,
                &[("rustls", "[\"reqwest/rustls\"]")],
            ),
        },
        GeneratedFile {
            path: format!("{client_dir}/src/lib.rs").into(),
            contents: crate_root(
                provenance,
                &format!(
                    "Typed client for the {title}.\n\nEnable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers."
                ),
            ),
        },
        GeneratedFile { path: format!("{client_dir}/src/generated.rs").into(), contents: client_text },
    ];
    Ok(ClientOutput { files, type_names })
}

/// Names of the structs, enums and aliases at the root of the types crate.
fn defined_type_names(types_items: &[syn::Item]) -> BTreeSet<String> {
    types_items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(item) => Some(item.ident.to_string()),
            syn::Item::Enum(item) => Some(item.ident.to_string()),
            syn::Item::Type(item) => Some(item.ident.to_string()),
            _ => None,
        })
        .collect()
}

fn settings_timeout(entry: &ApiEntry) -> u64 {
    entry.client.timeout_seconds.unwrap_or(DEFAULT_TIMEOUT_SECONDS)
}

fn generation_settings(entry: &ApiEntry, own_hooks: bool) -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(match entry.client.interface {
            Interface::Builder => InterfaceStyle::Builder,
            Interface::Positional => InterfaceStyle::Positional,
        })
        .with_timeout(settings_timeout(entry))
        // Users compare decoded values; every schema type can be compared for equality.
        .with_derive("PartialEq")
        // Cookie parameters and untyped errors need our own `ClientHooks` impl.
        .with_hooks(if own_hooks { HooksMode::Expected } else { HooksMode::Optional });
    settings
}

/// After a whole-document failure, generates each operation alone to name the one at fault.
fn locate_failure(document: &Value, settings: &GenerationSettings, spec: &PreparedSpec, message: &str) -> SpecError {
    let mut operations = Vec::new();
    let mut copy = document.clone();
    for_each_operation(&mut copy, |pointer, _, _| operations.push(pointer.to_string()));
    let culprit = operations.into_iter().find(|pointer| {
        let Some(alone) = only_operation(document, pointer) else { return false };
        let Ok(openapi) = to_openapi(&alone, &spec.provenance.spec_path) else { return true };
        let mut generator = Generator::new(settings);
        !matches!(catch_panic(|| generator.generate_tokens(&openapi)), Ok(Ok(_)))
    });
    SpecError {
        file: spec.provenance.spec_path.clone(),
        location: Location::Pointer(culprit.unwrap_or_default()),
        message: format!("the client generator cannot handle this: {message}"),
    }
}

/// `document` with every operation removed but the one at `pointer` (`/paths/<path>/<method>`).
fn only_operation(document: &Value, pointer: &str) -> Option<Value> {
    let tokens: Vec<String> = crate::diagnostic::pointer_tokens(pointer).collect();
    let [_, path, method] = tokens.as_slice() else { return None };
    let mut alone = document.clone();
    let item = document.get("paths")?.get(path)?.as_object()?;
    let mut kept = item.clone();
    kept.retain(|key, _| key == method || !crate::prepare::METHODS.contains(&key.as_str()));
    *alone.get_mut("paths")? = serde_json::json!({ path.clone(): kept });
    Some(alone)
}

/// Takes `pub mod types { … }` out of progenitor's output: its items are the types crate, the
/// rest is the client, which re-exports the types crate under the same name.
fn split_types_module(tokens: TokenStream) -> Result<(Vec<syn::Item>, Vec<syn::Item>), String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| format!("progenitor output does not parse: {e}"))?;
    let mut types = None;
    let mut client = Vec::new();
    for item in file.items {
        match item {
            syn::Item::Mod(module) if module.ident == "types" => types = module.content.map(|(_, items)| items),
            other => client.push(other),
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
    let server = document.get("servers")?.get(0)?;
    let mut url = server.get("url")?.as_str()?.to_string();
    if let Some(Value::Object(variables)) = server.get("variables") {
        for (name, variable) in variables {
            let default = variable.get("default").and_then(Value::as_str).unwrap_or_default();
            url = url.replace(&format!("{{{name}}}"), default);
        }
    }
    let absolute = url.starts_with("https://") || url.starts_with("http://");
    absolute.then(|| url.trim_end_matches('/').to_string())
}

fn uses_basic_auth(document: &Value) -> bool {
    security_schemes(document).iter().any(|(_, scheme)| matches!(scheme, Credential::Basic))
}

fn uses_cookie_credentials(document: &Value) -> bool {
    security_schemes(document).iter().any(|(_, scheme)| matches!(scheme, Credential::Cookie(_)))
}

/// How a security scheme's credential travels, for the schemes a client constructor can set.
enum Credential {
    Basic,
    Bearer,
    Header(String),
    Cookie(String),
}

/// The schemes of `components.securitySchemes` a constructor can carry, in document order.
fn security_schemes(document: &Value) -> Vec<(String, Credential)> {
    let Some(Value::Object(schemes)) = document.pointer("/components/securitySchemes") else { return Vec::new() };
    schemes
        .iter()
        .filter_map(|(name, scheme)| {
            let field = |key| scheme.get(key).and_then(Value::as_str).unwrap_or_default();
            let credential = match (field("type"), field("scheme").to_ascii_lowercase().as_str(), field("in")) {
                ("http", "basic", _) => Credential::Basic,
                ("http", "bearer", _) | ("oauth2" | "openIdConnect", _, _) => Credential::Bearer,
                ("apiKey", _, "header") if is_header_token(field("name")) => {
                    Credential::Header(field("name").to_string())
                }
                ("apiKey", _, "cookie") if is_header_token(field("name")) => {
                    Credential::Cookie(field("name").to_string())
                }
                _ => return None,
            };
            Some((name.clone(), credential))
        })
        .collect()
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

    for (name, scheme) in
        document.pointer("/components/securitySchemes").and_then(Value::as_object).into_iter().flatten()
    {
        let supported = security_schemes(document).iter().any(|(n, _)| n == name);
        if !supported {
            let kind = scheme.get("type").and_then(Value::as_str).unwrap_or("unknown");
            diagnostics.push(Diagnostic::lossy(
                crate::diagnostic::pointer_push("/components/securitySchemes", name),
                "client-credentials",
                format!("no client constructor for `{name}` ({kind}): pass a configured reqwest::Client to `Client::new_with_client`"),
            ));
        }
    }
    let constructors: Vec<TokenStream> = security_schemes(document)
        .iter()
        .map(|(name, credential)| credential_constructors(name, credential, base_url.is_some()))
        .collect();
    let auth_support = (!constructors.is_empty()).then(|| auth_support(timeout));
    let hooks = (!view.cookie_parameters.is_empty() || !view.untyped_errors.is_empty())
        .then(|| client_hooks(&view.cookie_parameters, &view.untyped_errors));
    let cookie_escapes = (!view.cookie_parameters.is_empty() || uses_cookie_credentials(document)).then(|| {
        quote! {
            /// Bytes a cookie value cannot hold as they are (RFC 6265 `cookie-octet`), plus `%`.
            const COOKIE_VALUE_ESCAPES: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
                .add(b' ').add(b'"').add(b',').add(b';').add(b'\\').add(b'%');
        }
    });
    quote! {
        #base_url_items
        #cookie_escapes
        #auth_support
        #(#constructors)*
        #hooks
    }
}

fn credential_constructors(scheme: &str, credential: &Credential, has_default_url: bool) -> TokenStream {
    let method = format_ident!("with_{}", scheme.to_snake_case());
    let method_at = format_ident!("with_{}_at", scheme.to_snake_case());
    let (params, args, header, value, what) = match credential {
        Credential::Basic => (
            quote! { username: &str, password: &str },
            quote! { username, password },
            quote! { reqwest::header::AUTHORIZATION },
            quote! {{
                let pair = format!("{username}:{password}");
                format!("Basic {}", base64::Engine::encode(&base64::engine::general_purpose::STANDARD, pair))
            }},
            "HTTP basic auth",
        ),
        Credential::Bearer => (
            quote! { token: &str },
            quote! { token },
            quote! { reqwest::header::AUTHORIZATION },
            quote! { format!("Bearer {token}") },
            "a bearer token",
        ),
        Credential::Header(name) => {
            let name = name.to_ascii_lowercase();
            (
                quote! { key: &str },
                quote! { key },
                quote! { reqwest::header::HeaderName::from_static(#name) },
                quote! { key.to_string() },
                "an API key header",
            )
        }
        Credential::Cookie(name) => (
            quote! { key: &str },
            quote! { key },
            quote! { reqwest::header::COOKIE },
            quote! { format!("{}={}", #name, percent_encoding::utf8_percent_encode(key, COOKIE_VALUE_ESCAPES)) },
            "an API key cookie",
        ),
    };
    let doc_at = format!(" A client for `base_url` that sends {what} (security scheme `{scheme}`) on every request.");
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
    quote! {
        impl Client {
            #default_url

            #[doc = #doc_at]
            pub fn #method_at(base_url: &str, #params) -> Result<Self, ClientBuildError> {
                Self::with_credential_header(base_url, #header, #value)
            }
        }
    }
}

/// The error type and builder shared by every credential constructor.
fn auth_support(timeout: u64) -> TokenStream {
    quote! {
        /// Why a client with credentials could not be built.
        #[derive(Debug)]
        pub enum ClientBuildError {
            /// The credential cannot travel in an HTTP header (e.g. it holds a newline).
            InvalidCredential(reqwest::header::InvalidHeaderValue),
            /// reqwest could not build its client (e.g. TLS could not be initialised).
            Http(reqwest::Error),
        }

        impl std::fmt::Display for ClientBuildError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    Self::InvalidCredential(err) => write!(f, "credential is not a valid header value: {err}"),
                    Self::Http(err) => write!(f, "cannot build the HTTP client: {err}"),
                }
            }
        }

        impl std::error::Error for ClientBuildError {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                match self {
                    Self::InvalidCredential(err) => Some(err),
                    Self::Http(err) => Some(err),
                }
            }
        }

        impl Client {
            fn with_credential_header(
                base_url: &str,
                name: reqwest::header::HeaderName,
                value: String,
            ) -> Result<Self, ClientBuildError> {
                let mut value = reqwest::header::HeaderValue::try_from(value).map_err(ClientBuildError::InvalidCredential)?;
                value.set_sensitive(true);
                let mut headers = reqwest::header::HeaderMap::new();
                headers.insert(name, value);
                let timeout = std::time::Duration::from_secs(#timeout);
                let client = reqwest::ClientBuilder::new()
                    .connect_timeout(timeout)
                    .timeout(timeout)
                    .default_headers(headers)
                    .build()
                    .map_err(ClientBuildError::Http)?;
                Ok(Self::new_with_client(base_url, client))
            }
        }
    }
}

/// The `OperationInfo::operation_id` progenitor's code passes to the hooks.
fn progenitor_operation_id(operation_id: &str) -> String {
    crate::naming::sanitize(operation_id, crate::naming::Case::Snake)
}

/// Our `ClientHooks`: before a request leaves, cookie parameters (sent by progenitor as headers
/// of their name) are folded into one `Cookie` header (RFC 6265, values percent-encoded);
/// after it returns, error statuses the spec gives no body are handed back as
/// `Error::UnexpectedResponse` instead of failing to decode under a typed range.
fn client_hooks(cookies: &[CookieParameter], untyped: &[UntypedErrors]) -> TokenStream {
    let mut by_operation: std::collections::BTreeMap<String, Vec<&str>> = Default::default();
    for cookie in cookies {
        by_operation.entry(progenitor_operation_id(&cookie.operation_id)).or_default().push(&cookie.name);
    }
    let cookie_arms = by_operation.iter().map(|(operation, names)| quote! { #operation => &[#(#names),*], });
    let pre = (!cookies.is_empty()).then(|| {
        quote! {
            async fn pre<E>(&self, request: &mut reqwest::Request, info: &OperationInfo) -> Result<(), Error<E>> {
                let names: &[&str] = match info.operation_id {
                    #(#cookie_arms)*
                    _ => &[],
                };
                let headers = request.headers_mut();
                let pairs: Vec<String> = names
                    .iter()
                    .filter_map(|name| {
                        let value = headers.remove(*name)?;
                        Some(format!("{name}={}", percent_encoding::percent_encode(value.as_bytes(), COOKIE_VALUE_ESCAPES)))
                    })
                    .collect();
                if pairs.is_empty() {
                    return Ok(());
                }
                let mut cookie = pairs.join("; ");
                if let Some(existing) = headers.get(reqwest::header::COOKIE).and_then(|v| v.to_str().ok()) {
                    cookie = format!("{existing}; {cookie}");
                }
                let value = reqwest::header::HeaderValue::try_from(cookie).map_err(|e| Error::Custom(e.to_string()))?;
                headers.insert(reqwest::header::COOKIE, value);
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
                if !untyped {
                    return Ok(());
                }
                // The spec gives this answer no body, so status and headers are all there is.
                let mut bare = reqwest::header::HeaderMap::new();
                bare.clone_from(response.headers());
                let mut rebuilt = ::http::Response::new(Vec::<u8>::new());
                *rebuilt.status_mut() = response.status();
                *rebuilt.headers_mut() = bare;
                Err(Error::UnexpectedResponse(reqwest::Response::from(rebuilt)))
            }
        }
    });
    quote! {
        impl ClientHooks<()> for Client {
            #pre
            #post
        }
    }
}
