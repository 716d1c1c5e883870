//! The types crate as generated code must see it to build its values: each struct's fields
//! (Rust name, name on the wire, type, whether serde fills it when absent) and each enum's
//! variants, read from the items typify made. The server builds its error bodies from them, so
//! the compiler proves those bodies match the types crate.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, TokenStream, TokenTree};
use syn::{Fields, Item, Type};

/// The definitions of some types of a types crate, by name.
#[derive(Default)]
pub struct TypeDefinitions {
    by_name: BTreeMap<String, Definition>,
}

pub enum Definition {
    Struct(Vec<Field>),
    /// An enum of unit variants (a string enum): its first variant.
    Unit(Ident),
    /// `#[serde(untagged)]`, one unnamed field per variant: each variant with its field's type.
    Untagged(Vec<(Ident, Type)>),
    Alias(Type),
    /// A struct of one public unnamed field (a schema typify names but does not constrain).
    Newtype(Type),
    /// A struct of one private unnamed field: a newtype with checks (a constrained string),
    /// made with `try_from`.
    Checked(Type),
    /// Any other shape: no value is made of it here.
    Opaque,
}

pub struct Field {
    pub ident: Ident,
    /// The property name in JSON (`#[serde(rename)]`, or the field's own name).
    pub wire_name: String,
    pub ty: Type,
    /// `#[serde(flatten)]`: the schema's additional properties.
    pub flattened: bool,
    /// A parameter of the struct's constructor (`new`, in field order): the struct is
    /// `#[non_exhaustive]`, so other crates make it through that.
    pub constructor_parameter: bool,
}

impl TypeDefinitions {
    /// The definitions of `roots`, and of every type their definitions name, among the root
    /// `items` of a types crate (`names`: what each defines, by [`defined_type_name`]). Names
    /// not found are left out: their users make no value.
    pub fn collect(items: &[TokenStream], names: &[Option<String>], roots: &BTreeSet<String>) -> Self {
        let mut definitions = Self::default();
        if roots.is_empty() {
            return definitions;
        }
        let by_name: BTreeMap<&str, &TokenStream> =
            names.iter().zip(items).filter_map(|(name, item)| Some((name.as_deref()?, item))).collect();
        let mut pending: Vec<String> = roots.iter().cloned().collect();
        while let Some(name) = pending.pop() {
            if definitions.by_name.contains_key(&name) {
                continue;
            }
            let Some(item) = by_name.get(name.as_str()) else { continue };
            let definition = syn::parse2::<Item>((*item).clone()).map_or(Definition::Opaque, read_item);
            pending.extend(named_types(&definition));
            definitions.by_name.insert(name, definition);
        }
        definitions
    }

    pub fn get(&self, name: &str) -> Option<&Definition> {
        self.by_name.get(name)
    }
}

/// The name an item of the types crate defines at its root: a struct, an enum or an alias.
pub fn defined_type_name(item: &TokenStream) -> Option<String> {
    let mut trees = item.clone().into_iter();
    // Attributes (`#` and a bracketed group) and visibility come before the keyword.
    while let Some(tree) = trees.next() {
        if let TokenTree::Ident(keyword) = &tree {
            if keyword == "struct" || keyword == "enum" || keyword == "type" {
                return match trees.next() {
                    Some(TokenTree::Ident(name)) => Some(name.to_string()),
                    _ => None,
                };
            }
            if keyword != "pub" {
                return None;
            }
        }
    }
    None
}

/// Whether an item of the types crate is an enum without variants: a type no value decodes
/// into, made when typify finds that no value fits a schema.
pub fn is_uninhabited_enum(item: &TokenStream) -> bool {
    let mut trees =
        item.clone().into_iter().skip_while(|tree| !matches!(tree, TokenTree::Ident(word) if word == "enum"));
    let (Some(_), Some(TokenTree::Ident(_)), Some(TokenTree::Group(body))) = (trees.next(), trees.next(), trees.next())
    else {
        return false;
    };
    body.delimiter() == proc_macro2::Delimiter::Brace && body.stream().is_empty()
}

fn read_item(item: Item) -> Definition {
    match item {
        Item::Struct(item) => match item.fields {
            Fields::Named(fields) => Definition::Struct(fields.named.into_iter().filter_map(read_field).collect()),
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => match fields.unnamed.into_iter().next() {
                Some(field) if matches!(field.vis, syn::Visibility::Public(_)) => Definition::Newtype(field.ty),
                Some(field) => Definition::Checked(field.ty),
                None => Definition::Opaque,
            },
            _ => Definition::Opaque,
        },
        Item::Enum(item) => {
            let untagged = serde_entries(&item.attrs).iter().any(|(word, value)| word == "untagged" && value.is_none());
            if item.variants.iter().all(|variant| matches!(variant.fields, Fields::Unit)) {
                return item.variants.into_iter().next().map_or(Definition::Opaque, |v| Definition::Unit(v.ident));
            }
            let single = |variant: syn::Variant| match variant.fields {
                Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                    fields.unnamed.into_iter().next().map(|field| (variant.ident, field.ty))
                }
                _ => None,
            };
            match item.variants.into_iter().map(single).collect::<Option<Vec<_>>>() {
                Some(variants) if untagged => Definition::Untagged(variants),
                _ => Definition::Opaque,
            }
        }
        Item::Type(item) => Definition::Alias(*item.ty),
        _ => Definition::Opaque,
    }
}

fn read_field(field: syn::Field) -> Option<Field> {
    let constructor_parameter = crate::type_builders::is_constructor_parameter(&field);
    let ident = field.ident?;
    let mut wire_name = ident.to_string().trim_start_matches("r#").to_string();
    let mut flattened = false;
    for (word, value) in serde_entries(&field.attrs) {
        match (word.as_str(), value) {
            ("rename", Some(name)) => wire_name = name,
            ("flatten", None) => flattened = true,
            _ => {}
        }
    }
    Some(Field { ident, wire_name, ty: field.ty, flattened, constructor_parameter })
}

/// The entries of the `#[serde(…)]` attributes among `attrs`, each word with its string
/// value if it has one: `rename = "type"` → `("rename", Some("type"))`, `untagged` →
/// `("untagged", None)`.
pub(crate) fn serde_entries(attrs: &[syn::Attribute]) -> Vec<(String, Option<String>)> {
    let mut entries = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            let word = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            let value = match meta.input.peek(syn::Token![=]) {
                true => match meta.value()?.parse::<syn::Expr>()? {
                    syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) => Some(text.value()),
                    _ => Some(String::new()),
                },
                false => None,
            };
            entries.push((word, value));
            Ok(())
        });
    }
    entries
}

/// The types of the crate a definition names: single-segment paths, at any depth of generics.
fn named_types(definition: &Definition) -> Vec<String> {
    let mut names = Vec::new();
    let mut add = |ty: &Type| collect_names(ty, &mut names);
    match definition {
        Definition::Struct(fields) => fields.iter().for_each(|field| add(&field.ty)),
        Definition::Untagged(variants) => variants.iter().for_each(|(_, ty)| add(ty)),
        Definition::Alias(ty) | Definition::Newtype(ty) | Definition::Checked(ty) => add(ty),
        Definition::Unit(_) | Definition::Opaque => {}
    }
    names
}

fn collect_names(ty: &Type, names: &mut Vec<String>) {
    let Type::Path(path) = ty else { return };
    if path.qself.is_none() && path.path.leading_colon.is_none() && path.path.segments.len() == 1 {
        names.push(path.path.segments[0].ident.to_string());
    }
    for segment in &path.path.segments {
        if let syn::PathArguments::AngleBracketed(arguments) = &segment.arguments {
            for argument in &arguments.args {
                if let syn::GenericArgument::Type(inner) = argument {
                    collect_names(inner, names);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn enums_without_variants_are_uninhabited() {
        let items = crate::render::split_items(quote! {
            #[derive(Clone)]
            #[serde(deny_unknown_fields)]
            pub enum Never {}
            pub enum Kind { Text }
            pub struct Empty {}
        });
        let uninhabited: Vec<bool> = items.iter().map(is_uninhabited_enum).collect();
        assert_eq!(uninhabited, [true, false, false]);
    }

    #[test]
    fn fields_enums_and_the_types_they_name_are_read() {
        let items = crate::render::split_items(quote! {
            pub struct Problem {
                #[serde(rename = "httpStatus")]
                pub http_status: i64,
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub errors: ::std::vec::Vec<ProblemError>,
                #[serde(default = "defaults::problem_kind")]
                pub kind: Kind,
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            }
            pub struct ProblemError { pub r#type: ::std::option::Option<::std::string::String> }
            #[serde(untagged)]
            pub enum Kind { Text(::std::string::String), Number(i64) }
            pub enum Unrelated { A, B }
            pub struct Open(pub ::std::option::Option<Problem>);
            pub struct Checked(::std::string::String);
        });
        let roots = BTreeSet::from(["Problem".to_string()]);
        let names: Vec<Option<String>> = items.iter().map(defined_type_name).collect();
        let definitions = TypeDefinitions::collect(&items, &names, &roots);
        let Some(Definition::Struct(fields)) = definitions.get("Problem") else { panic!("Problem is a struct") };
        let read: Vec<(String, &str, bool, bool)> = fields
            .iter()
            .map(|f| (f.ident.to_string(), f.wire_name.as_str(), f.constructor_parameter, f.flattened))
            .collect();
        assert_eq!(
            read,
            [
                ("http_status".to_string(), "httpStatus", true, false),
                ("errors".to_string(), "errors", false, false),
                ("kind".to_string(), "kind", false, false),
                ("extra".to_string(), "extra", false, true),
            ]
        );
        let Some(Definition::Struct(inner)) = definitions.get("ProblemError") else { panic!("named by a field") };
        assert_eq!(inner[0].wire_name, "type");
        assert!(matches!(definitions.get("Kind"), Some(Definition::Untagged(variants)) if variants.len() == 2));
        assert!(definitions.get("Unrelated").is_none(), "not named by the roots");
        let roots = BTreeSet::from(["Open".to_string(), "Checked".to_string()]);
        let definitions = TypeDefinitions::collect(&items, &names, &roots);
        assert!(matches!(definitions.get("Open"), Some(Definition::Newtype(_))));
        assert!(matches!(definitions.get("Problem"), Some(Definition::Struct(_))), "named inside the newtype");
        assert!(matches!(definitions.get("Checked"), Some(Definition::Checked(_))));
    }
}
