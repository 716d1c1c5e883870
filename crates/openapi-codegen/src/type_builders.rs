//! How code outside a types crate makes and reads its values, so that the next version of
//! the spec (a new property, a new enum value) does not break it.
//!
//! Every struct with named fields and every enum is `#[non_exhaustive]`: a struct literal or
//! an exhaustive `match` in user code would stop compiling when a property or a value is
//! added. A struct is made instead by its constructor of the required fields
//! (`Issue::new(number, title)`, the others at their defaults, public fields to set after).
//!
//! typify's `mod builder` is most of a types crate: a second struct for every struct, with a
//! setter per field. progenitor turns it on with its builder-style client and names it in the
//! client's body parameters. Without it (`builders = false` in the manifest, the default),
//! the client holds the body type itself where it held the body's builder.

use proc_macro2::{Delimiter, Group, Punct, Spacing, TokenStream, TokenTree};
use quote::quote;
use syn::{Fields, Item, LitStr, Token};

/// The types crate's items, each struct and enum `#[non_exhaustive]` and each struct with
/// named fields followed by its constructor; without `mod builder` and the `builder()`
/// functions that return one unless `keep_builders`.
pub fn evolvable_types(items: Vec<TokenStream>, keep_builders: bool) -> Vec<TokenStream> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if !keep_builders && (is_builder_module(&item) || is_builder_function(&item)) {
            continue;
        }
        let constructor = constructor_of(&item);
        out.push(non_exhaustive(item));
        out.extend(constructor);
    }
    out
}

/// A struct with named fields or an enum with `#[non_exhaustive]` after its attributes; any
/// other item as it is.
fn non_exhaustive(item: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = item.clone().into_iter().collect();
    // Attributes are `#` and a bracketed group; the first word after them starts the item.
    let Some(start) = trees.iter().position(|tree| matches!(tree, TokenTree::Ident(_))) else { return item };
    let mut words = trees[start..].iter().filter_map(|tree| match tree {
        TokenTree::Ident(word) => Some(word.to_string()),
        _ => None,
    });
    let keyword = match words.next() {
        Some(word) if word == "pub" => words.next(),
        other => other,
    };
    let body = trees[start..].iter().find_map(|tree| match tree {
        TokenTree::Group(group) if group.delimiter() != Delimiter::Bracket => Some(group.delimiter()),
        _ => None,
    });
    let marked = match keyword.as_deref() {
        Some("enum") => true,
        // A tuple struct (a newtype) is made as `Name(value)`: it has no properties to gain.
        Some("struct") => body == Some(Delimiter::Brace),
        _ => false,
    };
    if !marked {
        return item;
    }
    let attribute = [
        TokenTree::Punct(Punct::new('#', Spacing::Alone)),
        TokenTree::Group(Group::new(Delimiter::Bracket, quote! { non_exhaustive })),
    ];
    let (attributes, rest) = trees.split_at(start);
    attributes.iter().cloned().chain(attribute).chain(rest.iter().cloned()).collect()
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

/// `impl X { pub fn new(required…) -> Self }` for a struct with named fields.
fn constructor_of(item: &TokenStream) -> Option<TokenStream> {
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

/// Whether the field is a parameter of its struct's constructor: one serde cannot fill when
/// the JSON leaves it out.
pub(crate) fn is_constructor_parameter(field: &syn::Field) -> bool {
    filled_when_left_out(&field.attrs, &field.ty).is_none()
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
        let out = text(evolvable_types(vec![item, builder.clone(), module.clone()], false));
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
        assert!(out.starts_with(&quote! { #[derive(Clone)] #[non_exhaustive] pub struct Issue }.to_string()), "{out}");
        let kept = text(evolvable_types(vec![builder.clone(), module.clone()], true));
        assert_eq!(kept, text([builder, module]));
    }

    #[test]
    fn enums_and_structs_of_properties_are_non_exhaustive_and_newtypes_are_not() {
        let enumeration = quote! { #[doc = "A state."] #[derive(Clone)] pub enum State { Open } };
        let newtype = quote! { #[derive(Clone)] pub struct Id(pub i64); };
        let page = quote! { pub struct Page { #[serde(default)] pub size: i64 } };
        let out = evolvable_types(vec![enumeration, newtype.clone(), page], false);
        let marked = quote! { #[doc = "A state."] #[derive(Clone)] #[non_exhaustive] pub enum State { Open } };
        assert_eq!(out[0].to_string(), marked.to_string());
        assert_eq!(out[1].to_string(), newtype.to_string());
        assert!(out[2].to_string().starts_with(&quote! { #[non_exhaustive] pub struct Page }.to_string()));
        // Nothing required: `new()` all the same, so every struct is made one way.
        assert!(out[3].to_string().contains(&quote! { pub fn new() -> Self }.to_string()), "{}", out[3]);
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
