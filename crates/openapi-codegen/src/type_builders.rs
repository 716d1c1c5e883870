//! Types without typify's builders (`builders = false` in the manifest, the default).
//!
//! typify's `mod builder` is most of a types crate: a second struct for every struct, with a
//! setter per field. progenitor turns it on with its builder-style client and names it in the
//! client's body parameters. Without it, each struct gets a constructor of its required
//! fields instead (`Issue::new(number, title)`, the others at their defaults), and the client
//! holds the body type itself where it held the body's builder.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::quote;
use syn::{Fields, Item, LitStr, Token};

/// The types crate's items without `mod builder` and the `builder()` functions that return
/// one, each struct followed by its constructor.
pub fn constructors_instead_of_builders(items: Vec<TokenStream>) -> Vec<TokenStream> {
    let with_default: std::collections::BTreeSet<String> = items.iter().filter_map(default_impl_of).collect();
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if is_builder_module(&item) || is_builder_function(&item) {
            continue;
        }
        let constructor = constructor_of(&item, &with_default);
        out.push(item);
        out.extend(constructor);
    }
    out
}

/// `pub mod builder { … }`.
fn is_builder_module(item: &TokenStream) -> bool {
    let trees: Vec<TokenTree> = item.clone().into_iter().collect();
    trees.windows(3).any(|window| match window {
        [TokenTree::Ident(keyword), TokenTree::Ident(name), TokenTree::Group(body)] => {
            keyword == "mod" && name == "builder" && body.delimiter() == Delimiter::Brace
        }
        _ => false,
    })
}

/// `impl X { pub fn builder() -> builder::X { … } }`, an `impl` holding that function alone.
fn is_builder_function(item: &TokenStream) -> bool {
    let trees: Vec<TokenTree> = item.clone().into_iter().collect();
    let (Some(TokenTree::Ident(keyword)), Some(TokenTree::Group(body))) = (trees.first(), trees.last()) else {
        return false;
    };
    if keyword != "impl" || trees.len() != 3 || body.delimiter() != Delimiter::Brace {
        return false;
    }
    let inner: Vec<TokenTree> = body.stream().into_iter().collect();
    matches!(inner.as_slice(), [TokenTree::Ident(vis), TokenTree::Ident(fn_), TokenTree::Ident(name), ..]
        if vis == "pub" && fn_ == "fn" && name == "builder")
        && inner.iter().filter(|tree| matches!(tree, TokenTree::Ident(ident) if ident == "fn")).count() == 1
}

/// How a field that the constructor does not take is filled.
enum Filled {
    Default,
    /// `#[serde(default = "defaults::x")]`: the function serde calls.
    By(syn::Path),
}

/// `X` of `impl ::std::default::Default for X`.
fn default_impl_of(item: &TokenStream) -> Option<String> {
    let trees: Vec<TokenTree> = item.clone().into_iter().collect();
    let text: Vec<String> = trees.iter().take(12).map(ToString::to_string).collect();
    let at = text.iter().position(|token| token == "for")?;
    let path = text.get(..at)?.concat();
    (text.first().is_some_and(|first| first == "impl") && path.ends_with("default::Default"))
        .then(|| text.get(at + 1).cloned())
        .flatten()
}

/// `impl X { pub fn new(required…) -> Self }` for a struct with named fields; none for a
/// struct with nothing required and a `Default` (typify's) already.
fn constructor_of(item: &TokenStream, with_default: &std::collections::BTreeSet<String>) -> Option<TokenStream> {
    let first = item.clone().into_iter().find(|tree| matches!(tree, TokenTree::Ident(i) if i == "struct"));
    first.as_ref()?;
    let Ok(Item::Struct(definition)) = syn::parse2::<Item>(item.clone()) else { return None };
    let Fields::Named(fields) = &definition.fields else { return None };
    let name = &definition.ident;
    let mut parameters = Vec::new();
    let mut values = Vec::new();
    for field in &fields.named {
        let ident = field.ident.as_ref()?;
        match filled_when_left_out(&field.attrs, &field.ty) {
            None => {
                let ty = &field.ty;
                parameters.push(quote! { #ident: #ty });
                values.push(quote! { #ident });
            }
            Some(Filled::Default) => values.push(quote! { #ident: Default::default() }),
            Some(Filled::By(path)) => values.push(quote! { #ident: #path() }),
        }
    }
    if parameters.is_empty() && with_default.contains(&name.to_string()) {
        return None;
    }
    let doc = format!("`{name}` of its required fields; the others are left at their defaults.");
    Some(quote! {
        impl #name {
            #[doc = #doc]
            pub fn new(#(#parameters),*) -> Self {
                Self { #(#values),* }
            }
        }
    })
}

/// How serde fills the field when the JSON leaves it out; `None` when it must be given.
/// serde fills an `Option` left out with `None`, unless it is read by a function of its own
/// (typify's `Option::deserialize` for a property that is required but may be null).
fn filled_when_left_out(attributes: &[syn::Attribute], ty: &syn::Type) -> Option<Filled> {
    let mut filled = None;
    let mut read_by_function = false;
    for attribute in attributes.iter().filter(|attribute| attribute.path().is_ident("serde")) {
        let _ = attribute.parse_nested_meta(|meta| {
            if meta.path.is_ident("default") {
                filled = Some(match meta.input.peek(Token![=]) {
                    true => {
                        let path: LitStr = meta.value()?.parse()?;
                        match path.parse::<syn::Path>() {
                            Ok(path) => Filled::By(path),
                            Err(_) => Filled::Default,
                        }
                    }
                    false => Filled::Default,
                });
            } else if meta.path.is_ident("flatten") {
                // The properties the schema does not name: none, unless given.
                filled.get_or_insert(Filled::Default);
            } else if meta.input.peek(Token![=]) {
                read_by_function |= meta.path.is_ident("deserialize_with") || meta.path.is_ident("with");
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    if filled.is_none() && !read_by_function && is_option(ty) {
        return Some(Filled::Default);
    }
    filled
}

pub(crate) fn is_option(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.path.segments.last().is_some_and(|last| last.ident == "Option"))
}

/// progenitor's builder-style client with the body types in place of their builders: a body
/// field holds `types::X` (unset until `body` is called, as any required parameter), `body`
/// and `body_map` take and map the type itself, and `send` has nothing left to convert.
pub fn client_without_type_builders(tokens: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::with_capacity(trees.len());
    let mut index = 0;
    while index < trees.len() {
        match &trees[index] {
            // `types::builder::X` → `types::X`: `builder` and the `::` after it go.
            TokenTree::Ident(ident)
                if ident == "builder" && follows_types_path(&out) && is_path_separator(&trees[index + 1..]) =>
            {
                index += 3;
                continue;
            }
            TokenTree::Group(group) => {
                let mut rewritten = Group::new(group.delimiter(), client_without_type_builders(group.stream()));
                rewritten.set_span(group.span());
                out.push(TokenTree::Group(rewritten));
            }
            other => out.push(other.clone()),
        }
        index += 1;
        drop_identity_conversions(&mut out);
    }
    out.into_iter().collect()
}

/// Whether `trees` starts with `::`.
fn is_path_separator(trees: &[TokenTree]) -> bool {
    matches!(trees, [TokenTree::Punct(a), TokenTree::Punct(b), ..] if a.as_char() == ':' && b.as_char() == ':')
}

/// Whether `out` ends with `types ::`.
fn follows_types_path(out: &[TokenTree]) -> bool {
    out.len() >= 3
        && matches!(&out[out.len() - 3], TokenTree::Ident(types) if types == "types")
        && is_path_separator(&out[out.len() - 2..])
}

/// Once the body holds its type: `body: Ok(Default::default())` (a builder's start) becomes
/// unset, `.map(From::from)` and `.and_then(|v| types::X::try_from(v)…)` (a builder's
/// conversions) go.
fn drop_identity_conversions(out: &mut Vec<TokenTree>) {
    let compact = |group: &Group| group.stream().to_string().replace(' ', "");
    let len = out.len();
    match out.as_slice() {
        // `body: Ok(::std::default::Default::default())`
        [.., TokenTree::Ident(field), TokenTree::Punct(colon), TokenTree::Ident(ok), TokenTree::Group(args)]
            if field == "body"
                && colon.as_char() == ':'
                && ok == "Ok"
                && compact(args) == "::std::default::Default::default()" =>
        {
            out.truncate(len - 2);
            out.extend(quote! { Err("body was not initialized".to_string()) });
        }
        // `.map(From::from)`, `.and_then(|v| types::X::try_from(v).map_err(|e| e.to_string()))`
        [.., TokenTree::Punct(dot), TokenTree::Ident(method), TokenTree::Group(args)]
            if dot.as_char() == '.'
                && ((method == "map" && compact(args) == "From::from")
                    || (method == "and_then" && is_builder_conversion(&compact(args)))) =>
        {
            out.truncate(len - 3);
        }
        _ => {}
    }
}

/// `|v| types::X::try_from(v).map_err(|e| e.to_string())`, as token text without spaces.
fn is_builder_conversion(compact: &str) -> bool {
    compact.starts_with("|v|types::") && compact.ends_with("::try_from(v).map_err(|e|e.to_string())")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(tokens: impl IntoIterator<Item = TokenStream>) -> String {
        tokens.into_iter().map(|t| t.to_string()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn a_struct_gets_a_constructor_of_its_required_fields() {
        let item = quote! {
            #[derive(Clone)]
            pub struct Issue {
                pub number: i64,
                #[serde(rename = "ttl", default = "defaults::issue_ttl")]
                pub ttl: i64,
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub title: ::std::option::Option<::std::string::String>,
                #[serde(deserialize_with = "::std::option::Option::deserialize")]
                pub closed_by: ::std::option::Option<User>,
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            }
        };
        let builder = quote! { impl Issue { pub fn builder() -> builder::Issue { Default::default() } } };
        let module = quote! { pub mod builder { pub struct Issue {} } };
        let out = text(constructors_instead_of_builders(vec![item, builder, module]));
        let expected = quote! {
            impl Issue {
                #[doc = "`Issue` of its required fields; the others are left at their defaults."]
                pub fn new(number: i64, closed_by: ::std::option::Option<User>) -> Self {
                    Self { number, ttl: defaults::issue_ttl(), title: Default::default(), closed_by, extra: Default::default() }
                }
            }
        };
        assert!(out.ends_with(&expected.to_string()), "{out}");
        assert!(!out.contains("builder"), "{out}");
    }

    #[test]
    fn a_struct_with_nothing_required_keeps_its_default_alone() {
        let item = quote! { pub struct Page { #[serde(default)] pub size: i64 } };
        let default = quote! { impl ::std::default::Default for Page { fn default() -> Self { Self { size: 0 } } } };
        let out = constructors_instead_of_builders(vec![item.clone(), default.clone()]);
        assert_eq!(text(out), text([item.clone(), default]));
        assert_eq!(constructors_instead_of_builders(vec![item]).len(), 2, "without a Default, `new()`");
    }

    #[test]
    fn the_client_holds_body_types_instead_of_their_builders() {
        let tokens = quote! {
            pub struct AddBook<'a> { body: Result<types::builder::NewBook, String> }
            impl<'a> AddBook<'a> {
                pub fn new(client: &'a super::Client) -> Self { Self { client: client, body: Ok(::std::default::Default::default()) } }
                pub fn body<V>(mut self, value: V) -> Self where V: std::convert::TryInto<types::NewBook> {
                    self.body = value.try_into().map(From::from).map_err(|s| format!("{}", s));
                    self
                }
                pub fn body_map<F>(mut self, f: F) -> Self where F: std::ops::FnOnce(types::builder::NewBook) -> types::builder::NewBook {
                    self.body = self.body.map(f);
                    self
                }
                pub async fn send(self) {
                    let body = body.and_then(|v| types::NewBook::try_from(v).map_err(|e| e.to_string())).map_err(Error::InvalidRequest)?;
                }
            }
        };
        let expected = quote! {
            pub struct AddBook<'a> { body: Result<types::NewBook, String> }
            impl<'a> AddBook<'a> {
                pub fn new(client: &'a super::Client) -> Self { Self { client: client, body: Err("body was not initialized".to_string()) } }
                pub fn body<V>(mut self, value: V) -> Self where V: std::convert::TryInto<types::NewBook> {
                    self.body = value.try_into().map_err(|s| format!("{}", s));
                    self
                }
                pub fn body_map<F>(mut self, f: F) -> Self where F: std::ops::FnOnce(types::NewBook) -> types::NewBook {
                    self.body = self.body.map(f);
                    self
                }
                pub async fn send(self) {
                    let body = body.map_err(Error::InvalidRequest)?;
                }
            }
        };
        assert_eq!(client_without_type_builders(tokens).to_string(), expected.to_string());
    }
}
