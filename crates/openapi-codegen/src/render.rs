//! Turning token streams into the bytes of committed files: formatting, headers, manifests.

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

/// A file the engine produced, with its path relative to the workspace root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// The command that regenerates every generated file; named in each header.
pub const REGENERATE_COMMAND: &str = "cargo xtask codegen";

/// Identifies the spec a file came from, for its header.
#[derive(Debug, Clone)]
pub struct Provenance {
    pub spec_path: PathBuf,
    pub sha256: String,
}

impl Provenance {
    /// The header lines, each prefixed by `comment` (`//` or `#`).
    pub fn header(&self, comment: &str) -> String {
        format!(
            "{comment} @generated from {spec} (sha256 {sha}).\n{comment} Do not edit: change the spec, then run `{REGENERATE_COMMAND}`.\n",
            spec = display_slashes(&self.spec_path),
            sha = self.sha256,
        )
    }
}

/// Paths in generated text use `/` on every platform, so the bytes do not depend on the host.
pub fn display_slashes(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// A Rust file formatted item by item (prettyplease), under the header. Generated code for a
/// large API is millions of tokens: holding its whole syntax tree at once would take
/// gigabytes, one item at a time takes next to nothing beyond the text.
pub struct RustFile {
    text: String,
}

impl RustFile {
    pub fn new(provenance: &Provenance) -> Self {
        Self { text: format!("{}\n", provenance.header("//")) }
    }

    /// Appends one item.
    pub fn push(&mut self, item: syn::Item) {
        let file = syn::File { shebang: None, attrs: Vec::new(), items: vec![item] };
        self.text.push_str(&prettyplease::unparse(&file));
    }

    /// Parses and appends each item of `tokens`; `seen` is told of each item first.
    pub fn push_tokens(&mut self, tokens: TokenStream, mut seen: impl FnMut(&syn::Item)) -> Result<(), syn::Error> {
        for item in split_items(tokens) {
            let item = syn::parse2::<syn::Item>(item)?;
            seen(&item);
            self.push(item);
        }
        Ok(())
    }

    pub fn finish(self) -> String {
        self.text
    }
}

/// Formats `tokens`, a sequence of items, as a Rust file under the header.
pub fn rust_file(provenance: &Provenance, tokens: TokenStream) -> Result<String, syn::Error> {
    let mut file = RustFile::new(provenance);
    file.push_tokens(tokens, |_| {})?;
    Ok(file.finish())
}

/// Splits a sequence of items at their ends without parsing them: an item ends with `;` or
/// with a `{ … }` body (and the `;` that may follow it, as in `use a::{b, c};`). Inner
/// attributes (`#![…]`) are dropped: they belong to the enclosing module, not to an item.
pub fn split_items(tokens: TokenStream) -> Vec<TokenStream> {
    use proc_macro2::{Delimiter, TokenTree};
    let mut items = Vec::new();
    let mut current: Vec<TokenTree> = Vec::new();
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        if current.is_empty()
            && matches!(&tree, TokenTree::Punct(p) if p.as_char() == '#')
            && matches!(trees.peek(), Some(TokenTree::Punct(bang)) if bang.as_char() == '!')
        {
            trees.next();
            trees.next();
            continue;
        }
        let ends = match &tree {
            TokenTree::Punct(p) => p.as_char() == ';',
            TokenTree::Group(g) => g.delimiter() == Delimiter::Brace && !ends_in_semicolon(trees.peek()),
            _ => false,
        };
        current.push(tree);
        if ends {
            items.push(current.drain(..).collect());
        }
    }
    if !current.is_empty() {
        items.push(current.into_iter().collect());
    }
    items
}

fn ends_in_semicolon(next: Option<&proc_macro2::TokenTree>) -> bool {
    matches!(next, Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == ';')
}

/// `lib.rs` of a generated crate: docs and a `rustfmt::skip` module holding the code, so
/// `cargo fmt` leaves prettyplease's layout alone and lints see generated code as such.
pub fn crate_root(provenance: &Provenance, doc: &str) -> String {
    let doc: String = doc.lines().map(|line| format!("//! {line}\n").replace("//! \n", "//!\n")).collect();
    format!(
        "{header}\n{doc}\n#[rustfmt::skip]\n#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]\nmod generated;\n\npub use generated::*;\n",
        header = provenance.header("//"),
    )
}

/// A dependency line of a generated crate's `Cargo.toml`.
#[derive(Clone)]
pub enum Dependency<'a> {
    /// Version and features come from the workspace's `[workspace.dependencies]`.
    Workspace(&'a str),
    /// A sibling generated crate.
    Path { name: &'a str, path: &'a str },
}

/// `Cargo.toml` of a generated crate.
pub fn cargo_manifest(
    provenance: &Provenance,
    name: &str,
    description: &str,
    dependencies: &[Dependency<'_>],
    features: &[(&str, &str)],
) -> String {
    let mut out = provenance.header("#");
    out.push_str(&format!(
        "\n[package]\nname = \"{name}\"\nversion = \"0.1.0\"\ndescription = {description:?}\nedition.workspace = true\nrust-version.workspace = true\nlicense.workspace = true\npublish.workspace = true\n\n[dependencies]\n"
    ));
    for dependency in dependencies {
        match dependency {
            Dependency::Workspace(dep) => out.push_str(&format!("{dep}.workspace = true\n")),
            Dependency::Path { name, path } => out.push_str(&format!("{name} = {{ path = \"{path}\" }}\n")),
        }
    }
    if !features.is_empty() {
        out.push_str("\n[features]\n");
        for (feature, enables) in features {
            out.push_str(&format!("{feature} = {enables}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn items_split_where_they_end() {
        let tokens = quote! {
            #![allow(unused)]
            #[doc = "a"]
            pub struct A { x: u8 }
            pub struct B(u8);
            use std::{fmt, io};
            const _: () = { };
            impl A { fn f() -> u8 { 1 } }
            pub type C = Vec<u8>;
        };
        let items: Vec<String> = split_items(tokens).iter().map(|item| item.to_string()).collect();
        assert_eq!(items.len(), 6, "{items:?}");
        assert!(items[0].starts_with("# [doc = \"a\"] pub struct A"), "{}", items[0]);
        assert!(items[2].ends_with("} ;"), "{}", items[2]);
        assert!(items[3].starts_with("const _"), "{}", items[3]);
    }

    #[test]
    fn a_file_formatted_item_by_item_reads_as_one_formatted_whole() {
        let tokens = quote! {
            pub struct A { pub x: u8 }
            impl A { pub fn new() -> Self { Self { x: 1 } } }
        };
        let provenance = Provenance { spec_path: "specs/a.yaml".into(), sha256: "00".into() };
        let whole = prettyplease::unparse(&syn::parse2::<syn::File>(tokens.clone()).unwrap());
        let text = rust_file(&provenance, tokens).unwrap();
        assert_eq!(text, format!("{}\n{whole}", provenance.header("//")));
    }
}
