//! Turning token streams into the bytes of committed files: formatting, headers, manifests.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};

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

/// Whether `text` starts with a header the engine writes (a crate file's, from [`Provenance`],
/// or an engine file's): the one mark that lets a command write, replace or remove a file.
pub fn has_generated_header(text: &str) -> bool {
    let first_line = text.lines().next().unwrap_or_default();
    ["// @generated from ", "# @generated from ", "<!-- @generated from "]
        .iter()
        .any(|mark| first_line.starts_with(mark))
}

/// Paths in generated text use `/` on every platform, so the bytes do not depend on the host.
pub fn display_slashes(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// A file to write: text already, or Rust source still to be formatted.
pub struct PendingFile {
    pub path: PathBuf,
    pub contents: Pending,
}

pub enum Pending {
    Text(String),
    Rust(RustSource),
}

impl PendingFile {
    pub fn text(path: impl Into<PathBuf>, contents: String) -> Self {
        Self { path: path.into(), contents: Pending::Text(contents) }
    }

    pub fn rust(path: impl Into<PathBuf>, source: RustSource) -> Self {
        Self { path: path.into(), contents: Pending::Rust(source) }
    }
}

/// A Rust file under its header, item by item, handed to a [`Formatter`] as it is generated.
/// The items of a module (typify's `builder`, most of a types crate) and the functions of an
/// `impl` are formatted one by one too, so no single item dominates, and a function met
/// before (a builder's setter of a field many types share) is formatted once.
pub struct RustSource {
    header: String,
    units: Vec<Unit>,
}

/// Parts of a file, by their number at the [`Formatter`].
enum Unit {
    Item(usize),
    /// A module or an `impl`: its shell (the block with a placeholder for a body), then its items.
    Block {
        shell: usize,
        items: Vec<Unit>,
    },
}

/// What encloses an item formatted on its own: it is formatted inside blocks of these kinds,
/// so it is indented and wrapped exactly as it will stand.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Block {
    Module,
    Impl,
}

/// Stands for a block's body while its shell is formatted: the shell is then laid out as with
/// a body (an empty one can wrap a long header differently).
const BODY_PLACEHOLDER: &str = "fn __openapi_codegen_body() {}";

impl RustSource {
    pub fn new(provenance: &Provenance) -> Self {
        Self { header: format!("{}\n", provenance.header("//")), units: Vec::new() }
    }

    /// Hands each item of `tokens` to `formatter`.
    pub fn push_tokens(&mut self, tokens: TokenStream, formatter: &mut Formatter) {
        self.push_items(split_items(tokens), formatter);
    }

    /// [`Self::push_tokens`] for items already split by [`split_items`].
    pub fn push_items(&mut self, items: Vec<TokenStream>, formatter: &mut Formatter) {
        for item in items {
            let unit = submit_item(item, &mut Vec::new(), formatter);
            self.units.push(unit);
        }
    }
}

/// Submits `item` (inside the blocks of `context`), its items one by one when it is a block.
fn submit_item(item: TokenStream, context: &mut Vec<Block>, formatter: &mut Formatter) -> Unit {
    match split_block(item) {
        Ok((kind, shell, body)) => {
            let shell = formatter.submit(shell.to_string(), context);
            context.push(kind);
            // Not consecutive numbers: another thread may submit meanwhile.
            let items = split_items(body).into_iter().map(|item| submit_item(item, context, formatter)).collect();
            context.pop();
            Unit::Block { shell, items }
        }
        Err(item) => Unit::Item(formatter.submit(item.to_string(), context)),
    }
}

/// A module or `impl` with two items or more in braces, as its kind, its shell (the same block
/// holding [`BODY_PLACEHOLDER`]) and its body; any other item back as it was, and so is a block
/// with inner attributes, which belong to the block as a whole.
fn split_block(item: TokenStream) -> Result<(Block, TokenStream, TokenStream), TokenStream> {
    use proc_macro2::{Delimiter, Group, TokenTree};
    let mut trees: Vec<TokenTree> = item.into_iter().collect();
    let kind = match trees.as_slice() {
        [.., TokenTree::Ident(keyword), TokenTree::Ident(_), TokenTree::Group(_)] if keyword == "mod" => Block::Module,
        _ => {
            // After the outer attributes (`#` and a bracketed group each): `impl` or `unsafe impl`.
            let mut rest = trees.as_slice();
            while let [TokenTree::Punct(hash), TokenTree::Group(attribute), tail @ ..] = rest {
                if hash.as_char() != '#' || attribute.delimiter() != Delimiter::Bracket {
                    break;
                }
                rest = tail;
            }
            match rest {
                [TokenTree::Ident(first), ..] if first == "impl" => Block::Impl,
                [TokenTree::Ident(first), TokenTree::Ident(second), ..] if first == "unsafe" && second == "impl" => {
                    Block::Impl
                }
                _ => return Err(trees.into_iter().collect()),
            }
        }
    };
    let body = match trees.last() {
        Some(TokenTree::Group(body)) if body.delimiter() == Delimiter::Brace => body.stream(),
        _ => return Err(trees.into_iter().collect()),
    };
    let mut opening = body.clone().into_iter();
    let inner_attribute = matches!(
        (opening.next(), opening.next()),
        (Some(TokenTree::Punct(hash)), Some(TokenTree::Punct(bang))) if hash.as_char() == '#' && bang.as_char() == '!'
    );
    // A block of one item (or none) stays one item: splitting it would only add work.
    if inner_attribute || split_items(body.clone()).len() < 2 {
        return Err(trees.into_iter().collect());
    }
    let placeholder: TokenStream = BODY_PLACEHOLDER.parse().map_err(|_| TokenStream::new())?;
    trees.pop();
    trees.push(TokenTree::Group(Group::new(Delimiter::Brace, placeholder)));
    Ok((kind, trees.into_iter().collect(), body))
}

/// One item to format, inside the blocks of `context`.
struct Job {
    number: usize,
    source: Arc<str>,
    context: Vec<Block>,
}

type Formatted = Result<String, String>;

impl Job {
    fn format(&self) -> Formatted {
        let mut wrapped = String::with_capacity(self.source.len() + 16 * self.context.len());
        for block in &self.context {
            wrapped.push_str(match block {
                Block::Module => "mod m { ",
                Block::Impl => "impl m { ",
            });
        }
        wrapped.push_str(&self.source);
        wrapped.extend(self.context.iter().map(|_| " }"));
        let file: syn::File = syn::parse_str(&wrapped).map_err(|e| e.to_string())?;
        let text = prettyplease::unparse(&file);
        // The wrappers' lines are the first and the last `depth`: the item lies between them.
        let depth = self.context.len();
        let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
        if lines.len() < 2 * depth {
            return Err(format!("unexpected layout of a nested item: {text}"));
        }
        lines.truncate(lines.len() - depth);
        Ok(lines.drain(depth..).collect())
    }
}

/// Formats items (syn's parser, then prettyplease: most of the cost of a large API) on the
/// machine's other cores while the generators go on; the text is the same whatever the
/// number of cores.
/// A clone submits to the same queue, from another thread.
#[derive(Clone)]
pub struct Formatter {
    queue: mpsc::Sender<Job>,
    submitted: Arc<AtomicUsize>,
    known: Arc<Mutex<KnownItems>>,
}

/// Items submitted so far, by their text: each with the contexts it was met in and its number.
type KnownItems = HashMap<Arc<str>, Vec<(Vec<Block>, usize)>>;

impl Formatter {
    /// Queues `source` (inside the blocks of `context`) for formatting, unless the same item
    /// was queued before in the same context; its number among the items submitted.
    fn submit(&mut self, source: String, context: &[Block]) -> usize {
        let source: Arc<str> = source.into();
        let mut known = self.known.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let seen = known.entry(source.clone()).or_default();
        if let Some((_, number)) = seen.iter().find(|(seen_in, _)| seen_in.as_slice() == context) {
            return *number;
        }
        let number = self.submitted.fetch_add(1, Ordering::Relaxed);
        seen.push((context.to_vec(), number));
        drop(known);
        // The workers hold the receiver until the formatter is gone: a send cannot fail, and
        // an item that never arrives is reported as unformatted anyway.
        let _ = self.queue.send(Job { number, source, context: context.to_vec() });
        number
    }
}

/// Runs `generate` with a [`Formatter`] whose items are formatted meanwhile; then the items
/// left, on every core. Returns what `generate` returned, and the formatted items by number.
pub fn with_formatter<T>(generate: impl FnOnce(&mut Formatter) -> T) -> (T, Vec<Formatted>) {
    let (queue, receiver) = mpsc::channel();
    let receiver = Mutex::new(receiver);
    let cores = std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 8);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (1..cores).map(|_| scope.spawn(|| format_queued(&receiver))).collect();
        let submitted = Arc::new(AtomicUsize::new(0));
        let mut formatter = Formatter { queue, submitted: submitted.clone(), known: Arc::default() };
        let generated = generate(&mut formatter);
        // The queue closes with the last formatter: the generators are done.
        drop(formatter);
        let submitted = submitted.load(Ordering::Relaxed);
        let mut done = format_queued(&receiver);
        done.extend(workers.into_iter().filter_map(|worker| worker.join().ok()).flatten());
        // An item no thread delivered stays an error.
        let mut formatted: Vec<Formatted> =
            (0..submitted).map(|_| Err("internal: a formatting thread stopped".to_string())).collect();
        for (number, result) in done {
            formatted[number] = result;
        }
        (generated, formatted)
    })
}

/// Formats queued items until the queue is closed and empty.
fn format_queued(receiver: &Mutex<mpsc::Receiver<Job>>) -> Vec<(usize, Formatted)> {
    let mut done = Vec::new();
    loop {
        let job = match receiver.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return done,
        };
        let Ok(job) = job else { return done };
        let result = crate::panic_guard::catch_panic(|| job.format())
            .unwrap_or_else(|panic| Err(format!("the formatter panicked: {panic}")));
        done.push((job.number, result));
    }
}

/// The files' text: Rust sources assembled from their formatted items. An item that does not
/// parse is an error naming its file.
pub fn assemble_files(files: Vec<PendingFile>, formatted: Vec<Formatted>) -> Result<Vec<GeneratedFile>, String> {
    files
        .into_iter()
        .map(|file| {
            let contents = match file.contents {
                Pending::Text(text) => text,
                Pending::Rust(source) => {
                    let mut text = source.header;
                    for unit in &source.units {
                        assemble_unit(unit, &formatted, &mut text).map_err(|e| {
                            format!("generated code of {} does not parse: {e}", display_slashes(&file.path))
                        })?;
                    }
                    text
                }
            };
            Ok(GeneratedFile { path: file.path, contents })
        })
        .collect()
}

/// Appends the text of `unit` to `text`: an item as formatted; a block as its shell's lines
/// around the placeholder, with its items in between.
fn assemble_unit(unit: &Unit, formatted: &[Formatted], text: &mut String) -> Result<(), String> {
    let item = |number: usize| match formatted.get(number) {
        Some(Ok(item)) => Ok(item.as_str()),
        Some(Err(e)) => Err(e.clone()),
        None => Err("internal: an item was not formatted".to_string()),
    };
    match unit {
        Unit::Item(number) => text.push_str(item(*number)?),
        Unit::Block { shell, items } => {
            let shell = item(*shell)?;
            let at = shell.find(BODY_PLACEHOLDER).and_then(|at| shell[..at].rfind('\n').map(|line| line + 1));
            let close = at.and_then(|at| shell[at..].find('\n').map(|end| at + end + 1));
            let (Some(at), Some(close)) = (at, close) else {
                return Err(format!("unexpected layout of a block: {shell}"));
            };
            text.push_str(&shell[..at]);
            for unit in items {
                assemble_unit(unit, formatted, text)?;
            }
            text.push_str(&shell[close..]);
        }
    }
    Ok(())
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
            #[doc = "Builders."]
            pub mod builder {
                #[derive(Clone)]
                pub struct A { x: Result<u8, String> }
                impl A {
                    pub fn x<T>(mut self, value: T) -> Self where T: std::convert::TryInto<u8>, T::Error: std::fmt::Display {
                        self.x = value.try_into().map_err(|e| format!("error converting supplied value for x, a rather long field name: {e}"));
                        self
                    }
                }
                pub const TEXT: &str = "two
        lines";
            }
            mod with_inner { #![allow(unused)] pub struct C; }
            pub mod empty {}
            pub mod nested {
                #[doc = "A trait impl whose header is too long for one line, so that it wraps."]
                impl ::std::convert::TryFrom<ARatherLongBuilderTypeNameForThisTest> for super::ARatherLongTypeNameForThisTest {
                    type Error = String;
                    fn try_from(value: ARatherLongBuilderTypeNameForThisTest) -> ::std::result::Result<Self, String> { Ok(Self { x: value.x? }) }
                }
                impl B { pub fn x(mut self, value: u8) -> Self { self.x = Ok(value); self } pub fn y(self) -> Self { self } }
                impl D { pub fn x(mut self, value: u8) -> Self { self.x = Ok(value); self } pub fn y(self) -> Self { self } }
                unsafe impl Send for D { }
                impl E { pub fn only(self) {} }
            }
        };
        let provenance = Provenance { spec_path: "specs/a.yaml".into(), sha256: "00".into() };
        let whole = prettyplease::unparse(&syn::parse2::<syn::File>(tokens.clone()).unwrap());
        let (files, formatted) = with_formatter(|formatter| {
            let mut source = RustSource::new(&provenance);
            source.push_tokens(tokens, formatter);
            vec![
                PendingFile::rust("crates/a/src/generated.rs", source),
                PendingFile::text("crates/a/Cargo.toml", "[package]\n".into()),
            ]
        });
        // Items and shells: `A`, its impl, `builder` (shell and 3 items), `with_inner`, `empty`,
        // `nested` (shell; `TryFrom`, `B` and `D` a shell and 2 methods each; 2 items whole).
        // `D`'s methods are `B`'s: formatted once.
        assert_eq!(formatted.len(), 1 + 1 + 4 + 1 + 1 + (1 + 3 * 3 + 2) - 2);
        let files = assemble_files(files, formatted).unwrap();
        assert_eq!(files[0].contents, format!("{}\n{whole}", provenance.header("//")));
        assert_eq!(files[1].contents, "[package]\n");
    }

    #[test]
    fn an_item_that_does_not_parse_names_its_file() {
        let provenance = Provenance { spec_path: "specs/a.yaml".into(), sha256: "00".into() };
        let (files, formatted) = with_formatter(|formatter| {
            let mut source = RustSource::new(&provenance);
            source.push_tokens(quote! { pub mod builder { pub struct ; } }, formatter);
            vec![PendingFile::rust("crates/a/src/generated.rs", source)]
        });
        let err = assemble_files(files, formatted).err().unwrap();
        assert!(err.starts_with("generated code of crates/a/src/generated.rs does not parse"), "{err}");
    }
}
