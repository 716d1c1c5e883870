//! The types crate's structs and string enums read through `openapi-types-runtime` instead
//! of serde's derive.
//!
//! serde's derived `Deserialize` is several visitors per type, and for a struct a `visit_map`
//! with a local and an arm per field: on GitHub's API it was 70% of the time `cargo check`
//! took for the types crate, and the derived `Serialize`, a generic call per field, 15%. A
//! struct with named fields and only the serde attributes typify writes gets an `Object`
//! impl instead (one loop over the entries with an arm per field) and a `Serialize` that
//! lists its fields as `&dyn Serialize`; a string enum gets a `StrEnum` impl (its strings
//! and variants as two lists); the rest is in generic helpers compiled once. Anything else
//! (tuple structs, `flatten`, enums with data, attributes not listed here) keeps the derive.

use std::collections::{BTreeSet, HashSet};

use crate::tolerant_enums::Tolerance;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;
use syn::punctuated::Punctuated;
use syn::{Attribute, Fields, Ident, Item, LitStr, Token};

/// The items, each struct and string enum the runtime can read given its impls instead of
/// serde's derive; and whether any was: the types crate then depends on
/// `openapi-types-runtime`. With a `tolerance`, the received string enums keep a string they
/// do not list, in a variant of their own.
pub fn runtime_serde_impls(items: Vec<TokenStream>, tolerance: Option<&Tolerance<'_>>) -> (Vec<TokenStream>, bool) {
    let keeping = tolerance.map(|tolerance| keeping_enums(&items, tolerance)).unwrap_or_default();
    let mut out = Vec::with_capacity(items.len() + 1);
    let mut used = false;
    // The string enums given a `StrEnum`: typify writes their `Display` and `FromStr` after them.
    let mut str_enums = HashSet::new();
    for item in items {
        let rewritten = match first_keyword(&item).as_deref() {
            Some("struct") => object_of(&item).map(Vec::from),
            Some("enum") => match str_enum_of(&item, &keeping) {
                Some((name, items)) => {
                    str_enums.insert(name);
                    Some(Vec::from(items))
                }
                None => tolerance.and_then(|tolerance| {
                    let union = untagged_union_of(&item, tolerance, &keeping);
                    union.or_else(|| tagged_union_of(&item, tolerance)).map(Vec::from)
                }),
            },
            Some("impl") if !str_enums.is_empty() => str_enum_text_impl(&item, &str_enums).map(|item| vec![item]),
            _ => None,
        };
        match rewritten {
            Some(rewritten) => {
                used = true;
                out.extend(rewritten);
            }
            None => out.push(item),
        }
    }
    if used {
        // The helpers' crate by a short name, for the `Object` impls.
        out.insert(0, quote! { use ::openapi_types_runtime as runtime; });
    }
    (out, used)
}

/// How a field's value is found when its entry is left out.
enum WhenLeftOut {
    /// Serde's answer for its type: `None` for an `Option`, an error otherwise.
    AsSerde,
    /// An error even for an `Option` (`deserialize_with = "Option::deserialize"`).
    Error,
    /// `#[serde(default)]`.
    Default,
    /// `#[serde(default = "path")]`.
    By(syn::Path),
}

struct FieldRead {
    ident: Ident,
    json_name: String,
    left_out: WhenLeftOut,
    /// `skip_serializing_if`'s function.
    skipped_if: Option<syn::Path>,
}

/// The struct without serde's derives, its `Serialize`, `Deserialize` and `Object` impls;
/// `None` for an item this cannot read.
fn object_of(item: &TokenStream) -> Option<[TokenStream; 4]> {
    let Ok(Item::Struct(mut definition)) = syn::parse2::<Item>(item.clone()) else { return None };
    if !definition.generics.params.is_empty() || !drop_derived(&mut definition.attrs, &["Deserialize", "Serialize"]) {
        return None;
    }
    let deny_unknown_fields = container_denies_unknown_fields(&definition.attrs)?;
    let Fields::Named(named) = &definition.fields else { return None };
    let fields: Vec<FieldRead> = named.named.iter().map(field_read).collect::<Option<_>>()?;

    let name = &definition.ident;
    let name_text = name.to_string();
    let map = free_name(&fields, ["map", "entries", "object"]);
    let index = free_name(&fields, ["field", "entry", "key"]);
    let json_names = fields.iter().map(|field| &field.json_name);
    let slots = fields.iter().map(|field| &field.ident);
    let arms = fields.iter().enumerate().map(|(position, field)| {
        let slot = &field.ident;
        let position = proc_macro2::Literal::usize_unsuffixed(position);
        quote! { #position => runtime::read_field(&mut #map, &mut #slot, #index), }
    });
    // The fields that may not be left out are taken in one step (see `runtime::take`).
    let taken: Vec<(&Ident, TokenStream)> = fields
        .iter()
        .filter_map(|field| {
            let (slot, json_name) = (&field.ident, &field.json_name);
            match &field.left_out {
                WhenLeftOut::AsSerde => Some((slot, quote! { runtime::given(#slot, #json_name) })),
                WhenLeftOut::Error => Some((slot, quote! { runtime::required(#slot, #json_name) })),
                WhenLeftOut::Default | WhenLeftOut::By(_) => None,
            }
        })
        .collect();
    let take = (!taken.is_empty()).then(|| {
        let (pattern, slots) = slot_tuples(&taken);
        quote! { let #pattern = runtime::take(&#map, #slots)?; }
    });
    let values = fields.iter().map(|field| {
        let slot = &field.ident;
        match &field.left_out {
            WhenLeftOut::AsSerde | WhenLeftOut::Error => quote! { #slot },
            WhenLeftOut::Default => quote! { #slot: #slot.unwrap_or_default() },
            WhenLeftOut::By(path) => quote! { #slot: #slot.unwrap_or_else(#path) },
        }
    });
    let entries = fields.iter().map(|field| {
        let (ident, json_name) = (&field.ident, &field.json_name);
        match &field.skipped_if {
            None => quote! { runtime::Entry::new(#json_name, &self.#ident) },
            Some(path) => skipped_entry(path, ident, json_name),
        }
    });
    let deny = deny_unknown_fields.then(|| quote! { const DENY_UNKNOWN_FIELDS: bool = true; });
    let read_entries = if fields.is_empty() {
        quote! {
            while runtime::next_field::<Self, _>(&mut #map)?.is_some() {
                runtime::ignore_value(&mut #map)?;
            }
        }
    } else {
        quote! {
            #(let mut #slots = None;)*
            while let Some(#index) = runtime::next_field::<Self, _>(&mut #map)? {
                match #index.position {
                    #(#arms)*
                    _ => runtime::ignore_value(&mut #map),
                }?;
            }
        }
    };
    // Without serde's derive its attributes would be errors.
    if let Fields::Named(named) = &mut definition.fields {
        for field in &mut named.named {
            field.attrs.retain(|attribute| !attribute.path().is_ident("serde"));
        }
    }
    definition.attrs.retain(|attribute| !attribute.path().is_ident("serde"));
    Some([
        quote! { #definition },
        quote! {
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    runtime::serialize_object(serializer, #name_text, &[#(#entries),*])
                }
            }
        },
        quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    runtime::deserialize_object(deserializer)
                }
            }
        },
        quote! {
            impl runtime::Object for #name {
                const NAME: &'static str = #name_text;
                const FIELDS: &'static [&'static str] = &[#(#json_names),*];
                #deny
                fn from_map<'de, A: ::serde::de::MapAccess<'de>>(mut #map: A) -> ::std::result::Result<Self, A::Error> {
                    #read_entries
                    #take
                    Ok(Self { #(#values),* })
                }
            }
        },
    ])
}

/// The most slots `runtime::take` reads as one tuple; more are nested.
const SLOTS_PER_TUPLE: usize = 12;

/// The pattern binding the taken values and the slots' expression: one slot, one tuple, or
/// tuples of tuples where there are more than a tuple holds.
fn slot_tuples(taken: &[(&Ident, TokenStream)]) -> (TokenStream, TokenStream) {
    if let [(name, slot)] = taken {
        return (quote! { #name }, slot.clone());
    }
    if taken.len() <= SLOTS_PER_TUPLE {
        let (names, slots): (Vec<_>, Vec<_>) = taken.iter().map(|(name, slot)| (*name, slot)).unzip();
        return (quote! { (#(#names,)*) }, quote! { (#(#slots,)*) });
    }
    let per_part = taken.len().div_ceil(SLOTS_PER_TUPLE).max(SLOTS_PER_TUPLE);
    let (patterns, slots): (Vec<_>, Vec<_>) = taken.chunks(per_part).map(slot_tuples).unzip();
    (quote! { (#(#patterns,)*) }, quote! { (#(#slots,)*) })
}

/// The item's kind: the first of `struct`, `enum`, `impl` or `fn` among its outer tokens
/// (after its attributes and visibility). Only structs and enums are parsed.
fn first_keyword(item: &TokenStream) -> Option<String> {
    item.clone().into_iter().find_map(|tree| match tree {
        TokenTree::Ident(ident) if ident == "struct" || ident == "enum" || ident == "impl" || ident == "fn" => {
            Some(ident.to_string())
        }
        _ => None,
    })
}

/// Takes serde's derives of `traits` out of the item's derive; false unless it had them all.
fn drop_derived(attributes: &mut [Attribute], traits: &[&str]) -> bool {
    remove_derives(attributes, |path| traits.iter().any(|name| is_serde_trait(path, name))) == traits.len()
}

/// Takes the derives `is_removed` picks out of the item's derive; how many there were.
fn remove_derives(attributes: &mut [Attribute], is_removed: impl Fn(&syn::Path) -> bool) -> usize {
    let mut removed = 0;
    for attribute in attributes.iter_mut().filter(|attribute| attribute.path().is_ident("derive")) {
        let Ok(paths) = attribute.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated) else {
            continue;
        };
        let kept: Vec<&syn::Path> = paths.iter().filter(|path| !is_removed(path)).collect();
        if kept.len() != paths.len() {
            removed += paths.len() - kept.len();
            *attribute = syn::parse_quote! { #[derive(#(#kept),*)] };
        }
    }
    removed
}

fn is_serde_trait(path: &syn::Path, name: &str) -> bool {
    let segments: Vec<String> = path.segments.iter().map(|segment| segment.ident.to_string()).collect();
    segments.len() == 2 && segments[0] == "serde" && segments[1] == name
}

/// Whether the item derives a trait `is_trait` picks (`Copy`, serde's `Serialize`).
fn derives(attributes: &[Attribute], is_trait: impl Fn(&syn::Path) -> bool) -> bool {
    attributes.iter().filter(|attribute| attribute.path().is_ident("derive")).any(|attribute| {
        attribute
            .parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
            .is_ok_and(|paths| paths.iter().any(&is_trait))
    })
}

/// A string enum without serde's derives and with its `StrEnum`, `Serialize` and
/// `Deserialize` impls; `None` for an enum with data, serde attributes other than a variant's
/// `rename`, or without `Copy` and `PartialEq`. One named in `keeping` gets a variant that
/// keeps any other string (and so is no longer `Copy`).
fn str_enum_of(item: &TokenStream, keeping: &BTreeSet<String>) -> Option<(String, [TokenStream; 4])> {
    let Ok(Item::Enum(mut definition)) = syn::parse2::<Item>(item.clone()) else { return None };
    let unit_only = definition.variants.iter().all(|v| matches!(v.fields, Fields::Unit) && v.discriminant.is_none());
    let plain = definition.generics.params.is_empty()
        && unit_only
        && !definition.variants.is_empty()
        && derives(&definition.attrs, |path| path.is_ident("Copy"))
        && derives(&definition.attrs, |path| path.is_ident("PartialEq"))
        && !definition.attrs.iter().any(|attribute| attribute.path().is_ident("serde"));
    if !plain {
        return None;
    }
    let mut strings = Vec::with_capacity(definition.variants.len());
    for variant in &mut definition.variants {
        let mut string = variant.ident.to_string();
        for attribute in variant.attrs.iter().filter(|attribute| attribute.path().is_ident("serde")) {
            let parsed = attribute.parse_nested_meta(|meta| match meta.path.is_ident("rename") {
                true => {
                    string = meta.value()?.parse::<LitStr>()?.value();
                    Ok(())
                }
                false => Err(meta.error("not read here")),
            });
            parsed.ok()?;
        }
        // Without serde's derive its attributes would be errors.
        variant.attrs.retain(|attribute| !attribute.path().is_ident("serde"));
        strings.push(string);
    }
    if !drop_derived(&mut definition.attrs, &["Deserialize", "Serialize"]) {
        return None;
    }
    let name = definition.ident.clone();
    let name_text = name.to_string();
    let variants: Vec<Ident> = definition.variants.iter().map(|variant| variant.ident.clone()).collect();
    let unknown_impls = keeping.contains(&name_text).then(|| {
        let unknown = unknown_variant_name(&variants);
        remove_derives(&mut definition.attrs, |path| path.is_ident("Copy"));
        definition.variants.push(syn::parse_quote! {
            /// A value this version of the spec does not list, kept as it was read.
            #unknown(runtime::UnknownValue)
        });
        quote! {
            fn unknown(value: runtime::UnknownValue) -> ::std::option::Option<Self> {
                Some(Self::#unknown(value))
            }
            fn unknown_value(&self) -> ::std::option::Option<&runtime::UnknownValue> {
                match self {
                    Self::#unknown(value) => Some(value),
                    _ => None,
                }
            }
        }
    });
    Some((
        name_text.clone(),
        [
            quote! { #definition },
            quote! {
                impl runtime::StrEnum for #name {
                    const NAME: &'static str = #name_text;
                    const STRINGS: &'static [&'static str] = &[#(#strings),*];
                    const VARIANTS: &'static [Self] = &[#(Self::#variants),*];
                    #unknown_impls
                }
            },
            quote! {
                impl ::serde::Serialize for #name {
                    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                        runtime::serialize_str_enum(self, serializer)
                    }
                }
            },
            quote! {
                impl<'de> ::serde::Deserialize<'de> for #name {
                    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                        runtime::deserialize_str_enum(deserializer)
                    }
                }
            },
        ],
    ))
}

/// The received string enums that keep a value they do not list: those of more than one
/// value. A single value is a constant, which tells the branches of a union apart
/// (`"object": "card"`): kept open, it would let a value of another branch through.
fn keeping_enums(items: &[TokenStream], tolerance: &Tolerance<'_>) -> BTreeSet<String> {
    let received_enums = items.iter().filter(|item| first_keyword(item).as_deref() == Some("enum")).filter(|item| {
        crate::type_definitions::defined_type_name(item).is_some_and(|name| tolerance.is_received(&name))
    });
    let keeping = received_enums.filter_map(|item| match syn::parse2::<Item>(item.clone()) {
        Ok(Item::Enum(definition)) => {
            let unit_only = definition.variants.iter().all(|variant| matches!(variant.fields, Fields::Unit));
            (unit_only && definition.variants.len() > 1).then(|| definition.ident.to_string())
        }
        _ => None,
    });
    keeping.collect()
}

/// A received untagged union (`oneOf` without a discriminator) that reads its branches
/// strictly first: otherwise an earlier branch whose enum keeps an unknown value would take
/// what a later branch lists (`oneOf: [{enum: [a, b]}, {type: string}]` and `"c"`). serde's
/// derive stays, as inherent functions (`remote = "Self"`) the two impls call. `None` for any
/// other enum.
fn untagged_union_of(
    item: &TokenStream,
    tolerance: &Tolerance<'_>,
    keeping: &BTreeSet<String>,
) -> Option<[TokenStream; 3]> {
    let Ok(Item::Enum(mut definition)) = syn::parse2::<Item>(item.clone()) else { return None };
    let entries = crate::type_definitions::serde_entries(&definition.attrs);
    let untagged = entries.iter().any(|(word, value)| word == "untagged" && value.is_none());
    let derived =
        ["Serialize", "Deserialize"].iter().all(|name| derives(&definition.attrs, |path| is_serde_trait(path, name)));
    let name = definition.ident.clone();
    let name_text = name.to_string();
    let reads_unknown = tolerance.is_received(&name_text) && tolerance.reaches_any(&name_text, keeping);
    if !untagged || !derived || !definition.generics.params.is_empty() || !reads_unknown {
        return None;
    }
    derive_as_inherent_functions(&mut definition.attrs);
    Some([
        quote! { #definition },
        quote! {
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    Self::serialize(self, serializer)
                }
            }
        },
        quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    runtime::deserialize_untagged(deserializer, |value| Self::deserialize(value))
                }
            }
        },
    ])
}

/// A received tagged union (`oneOf` whose branches typify tells apart by a property, serde's
/// `tag`) of more than one branch, with a variant that keeps an object of any other tag whole
/// and writes it back as it was. serde's derive stays, as inherent functions (`remote =
/// "Self"`), for the listed tags. `None` for any other enum, and for one ordered
/// (`PartialOrd`), which a JSON value is not.
fn tagged_union_of(item: &TokenStream, tolerance: &Tolerance<'_>) -> Option<[TokenStream; 3]> {
    let Ok(Item::Enum(mut definition)) = syn::parse2::<Item>(item.clone()) else { return None };
    let entries = crate::type_definitions::serde_entries(&definition.attrs);
    let tag = entries.iter().find_map(|(word, value)| (word == "tag").then(|| value.clone()).flatten())?;
    let derived =
        ["Serialize", "Deserialize"].iter().all(|name| derives(&definition.attrs, |path| is_serde_trait(path, name)));
    let ordered = derives(&definition.attrs, |path| path.is_ident("PartialOrd") || path.is_ident("Ord"));
    let name = definition.ident.clone();
    let plain = definition.generics.params.is_empty() && definition.variants.len() > 1;
    if !derived || ordered || !plain || !tolerance.is_received(&name.to_string()) {
        return None;
    }
    let mut tags = Vec::with_capacity(definition.variants.len());
    for variant in &definition.variants {
        let renamed = crate::type_definitions::serde_entries(&variant.attrs)
            .into_iter()
            .find_map(|(word, value)| (word == "rename").then_some(value).flatten());
        tags.push(renamed.unwrap_or_else(|| variant.ident.to_string()));
    }
    let variants: Vec<Ident> = definition.variants.iter().map(|variant| variant.ident.clone()).collect();
    let unknown = unknown_variant_name(&variants);
    remove_derives(&mut definition.attrs, |path| path.is_ident("Copy"));
    derive_as_inherent_functions(&mut definition.attrs);
    definition.variants.push(syn::parse_quote! {
        /// An object of a kind this version of the spec does not list, kept whole as it was read.
        #[serde(skip)]
        #unknown(::serde_json::Value)
    });
    Some([
        quote! { #definition },
        quote! {
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    match self {
                        Self::#unknown(value) => ::serde::Serialize::serialize(value, serializer),
                        _ => Self::serialize(self, serializer),
                    }
                }
            }
        },
        quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    runtime::deserialize_tagged(deserializer, #tag, &[#(#tags),*], |value| Self::deserialize(value), Self::#unknown)
                }
            }
        },
    ])
}

/// `#[serde(remote = "Self")]` after the item's other serde attributes: serde's derive then
/// writes inherent `serialize` and `deserialize` functions, which hand-written impls call.
fn derive_as_inherent_functions(attributes: &mut Vec<Attribute>) {
    let after_serde =
        attributes.iter().rposition(|attribute| attribute.path().is_ident("serde")).map_or(0, |at| at + 1);
    attributes.insert(after_serde, syn::parse_quote! { #[serde(remote = "Self")] });
}

/// The variant keeping unknown strings: `Unknown`, unless a listed value has that name.
fn unknown_variant_name(variants: &[Ident]) -> Ident {
    let taken = |candidate: &str| variants.iter().any(|variant| variant == candidate);
    let candidates = ["Unknown".to_string()].into_iter().chain((1..).map(|n| match n {
        1 => "UnknownValue".to_string(),
        n => format!("UnknownValue{n}"),
    }));
    let free = candidates.into_iter().find(|candidate| !taken(candidate)).unwrap_or_default();
    Ident::new(&free, Span::call_site())
}

/// typify's `Display` or `FromStr` of one of `str_enums` (a match with an arm per variant),
/// as one call of the runtime's, which reads the strings of its `StrEnum`; `None` for any
/// other item.
fn str_enum_text_impl(item: &TokenStream, str_enums: &HashSet<String>) -> Option<TokenStream> {
    // Only the words before the body are read, not parsed: every `impl` of a types crate
    // comes through here, and these two are recognized by their head alone.
    let head: Vec<Ident> = item
        .clone()
        .into_iter()
        .take_while(
            |tree| !matches!(tree, TokenTree::Group(group) if group.delimiter() == proc_macro2::Delimiter::Brace),
        )
        .filter_map(|tree| match tree {
            TokenTree::Ident(ident) => Some(ident),
            _ => None,
        })
        .collect();
    let [keyword, std, module, trait_name, for_keyword, name] = head.as_slice() else { return None };
    if keyword != "impl" || std != "std" || for_keyword != "for" || !str_enums.contains(&name.to_string()) {
        return None;
    }
    match (module.to_string().as_str(), trait_name.to_string().as_str()) {
        ("fmt", "Display") => Some(quote! {
            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    runtime::write_str_enum(self, f)
                }
            }
        }),
        ("str", "FromStr") => Some(quote! {
            impl ::std::str::FromStr for #name {
                type Err = self::error::ConversionError;
                fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
                    runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
                }
            }
        }),
        _ => None,
    }
}

/// `Some(true)` for `#[serde(deny_unknown_fields)]`, `Some(false)` without it; `None` when
/// the struct has a serde attribute this does not read (`transparent`, `from`, …).
fn container_denies_unknown_fields(attributes: &[Attribute]) -> Option<bool> {
    let mut deny = false;
    for attribute in attributes.iter().filter(|attribute| attribute.path().is_ident("serde")) {
        let parsed = attribute.parse_nested_meta(|meta| {
            if meta.path.is_ident("deny_unknown_fields") {
                deny = true;
                Ok(())
            } else {
                Err(meta.error("not read here"))
            }
        });
        parsed.ok()?;
    }
    Some(deny)
}

/// How a field is named in JSON and filled when left out; `None` for a field this does not
/// read (`flatten`, a function of its own other than `Option::deserialize`, …).
fn field_read(field: &syn::Field) -> Option<FieldRead> {
    let ident = field.ident.clone()?;
    let mut json_name = ident.to_string().trim_start_matches("r#").to_string();
    let mut left_out = WhenLeftOut::AsSerde;
    let mut skipped_if = None;
    for attribute in field.attrs.iter().filter(|attribute| attribute.path().is_ident("serde")) {
        let parsed = attribute.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                json_name = meta.value()?.parse::<LitStr>()?.value();
            } else if meta.path.is_ident("default") {
                left_out = match meta.input.peek(Token![=]) {
                    true => WhenLeftOut::By(meta.value()?.parse::<LitStr>()?.parse()?),
                    false => WhenLeftOut::Default,
                };
            } else if meta.path.is_ident("deserialize_with") {
                let function = meta.value()?.parse::<LitStr>()?.value().replace(' ', "");
                if function != "::std::option::Option::deserialize" {
                    return Err(meta.error("a function of its own"));
                }
                left_out = WhenLeftOut::Error;
            } else if meta.path.is_ident("skip_serializing_if") {
                skipped_if = Some(meta.value()?.parse::<LitStr>()?.parse()?);
            } else {
                return Err(meta.error("not read here"));
            }
            Ok(())
        });
        parsed.ok()?;
    }
    // serde fills a left-out `Option` with `None`, its default.
    if matches!(left_out, WhenLeftOut::AsSerde) && crate::type_builders::is_option(&field.ty) {
        left_out = WhenLeftOut::Default;
    }
    Some(FieldRead { ident, json_name, left_out, skipped_if })
}

/// The field's entry when serde leaves it out by `path`: for the standard tests typify writes,
/// the runtime's entry that makes the test itself (`Option::is_none`: `unless_none`;
/// `Vec::is_empty`, a standard map's `is_empty`: `unless_empty`), shorter and meaning the
/// same; for any other, `path(&self.ident)` as serde calls it.
fn skipped_entry(path: &syn::Path, ident: &Ident, json_name: &str) -> TokenStream {
    let segments: Vec<String> = path.segments.iter().map(|segment| segment.ident.to_string()).collect();
    let field = quote! { self.#ident };
    let standard = match segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["std", "option", "Option", "is_none"] => Some(quote! { runtime::Entry::unless_none(#json_name, &#field) }),
        ["std", "vec", "Vec", "is_empty"] | ["std", "collections", "HashMap" | "BTreeMap", "is_empty"] => {
            Some(quote! { runtime::Entry::unless_empty(#json_name, &#field) })
        }
        // The runtime does not depend on serde_json, so this map's test is written out.
        ["serde_json", "Map", "is_empty"] => {
            Some(quote! { runtime::Entry::unless(#field.is_empty(), #json_name, &#field) })
        }
        _ => None,
    };
    match standard {
        Some(entry) if path.leading_colon.is_some() => entry,
        _ => quote! { runtime::Entry::unless(#path(&#field), #json_name, &#field) },
    }
}

/// A name for one of `from_map`'s own variables that no field's variable has: the first free
/// candidate, or the first with underscores added until it is free.
fn free_name(fields: &[FieldRead], candidates: [&str; 3]) -> Ident {
    let is_free = |name: &str| fields.iter().all(|field| field.ident != name);
    let mut name = candidates.iter().find(|name| is_free(name)).unwrap_or(&candidates[0]).to_string();
    while !is_free(&name) {
        name.push('_');
    }
    Ident::new(&name, Span::call_site())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(item: TokenStream) -> String {
        let (items, used) = runtime_serde_impls(vec![item], None);
        assert!(used);
        let file: syn::File = syn::parse2(quote! { #(#items)* }).unwrap_or_else(|e| panic!("{e}"));
        prettyplease::unparse(&file)
    }

    #[test]
    fn a_struct_loses_serde_s_derives_and_attributes_and_writes_as_they_did() {
        let code = rewritten(quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
            pub struct Issue {
                #[serde(rename = "htmlUrl")]
                pub html_url: ::std::string::String,
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub labels: ::std::vec::Vec<::std::string::String>,
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub note: ::std::option::Option<::std::string::String>,
                #[serde(skip_serializing_if = "is_zero")]
                pub count: i64,
            }
        });
        assert!(code.contains("#[derive(Clone, Debug)]"), "{code}");
        assert!(!code.contains("#[serde"), "{code}");
        for entry in [
            r#"runtime::Entry::new("htmlUrl", &self.html_url)"#,
            r#"runtime::Entry::unless_empty("labels", &self.labels)"#,
            r#"runtime::Entry::unless_none("note", &self.note)"#,
            r#"runtime::Entry::unless(is_zero(&self.count), "count", &self.count)"#,
        ] {
            assert!(code.contains(entry), "{entry} in {code}");
        }
        assert!(code.contains(r#"const FIELDS: &'static [&'static str] = &["htmlUrl", "labels", "note", "count"];"#));
    }

    #[test]
    fn a_string_enum_s_display_and_from_str_read_its_strings() {
        let definition = quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Copy, Debug, PartialEq)]
            pub enum State { #[serde(rename = "open")] Open }
        };
        let display = quote! {
            impl ::std::fmt::Display for State {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    match *self { Self::Open => f.write_str("open"), }
                }
            }
        };
        let other = quote! { impl ::std::fmt::Display for Other { fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { Ok(()) } } };
        let (items, _) = runtime_serde_impls(vec![definition, display, other.clone()], None);
        let text: Vec<String> = items.iter().map(TokenStream::to_string).collect();
        assert!(text.iter().any(|item| item.contains("runtime :: write_str_enum (self , f)")), "{text:?}");
        assert!(!text.iter().any(|item| item.contains("write_str (\"open\")")), "{text:?}");
        assert_eq!(text.last(), Some(&other.to_string()));
    }

    #[test]
    fn more_required_fields_than_a_tuple_holds_are_nested() {
        let names: Vec<Ident> = (0..14).map(|n| Ident::new(&format!("f{n}"), Span::call_site())).collect();
        let taken: Vec<(&Ident, TokenStream)> = names.iter().map(|name| (name, quote! { #name })).collect();
        let (pattern, _) = slot_tuples(&taken);
        assert_eq!(pattern.to_string().replace(' ', ""), "((f0,f1,f2,f3,f4,f5,f6,f7,f8,f9,f10,f11,),(f12,f13,),)");
        let many: Vec<Ident> = (0..200).map(|n| Ident::new(&format!("f{n}"), Span::call_site())).collect();
        let taken: Vec<(&Ident, TokenStream)> = many.iter().map(|name| (name, quote! { #name })).collect();
        let (_, slots) = slot_tuples(&taken);
        let Ok(syn::Expr::Tuple(outer)) = syn::parse2::<syn::Expr>(slots.clone()) else { panic!("{slots}") };
        assert!(outer.elems.len() <= SLOTS_PER_TUPLE);
        assert!(
            outer
                .elems
                .iter()
                .all(|part| matches!(part, syn::Expr::Tuple(inner) if inner.elems.len() <= SLOTS_PER_TUPLE))
        );
        let words: Vec<String> = slots
            .to_string()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect();
        assert_eq!(words, many.iter().map(Ident::to_string).collect::<Vec<_>>());
    }
}
