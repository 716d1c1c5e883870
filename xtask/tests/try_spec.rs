//! `cargo xtask try`: specs generated outside the checkout, one line each, failures named by
//! file and pointer. (`cargo check` of the scratch crates is left out here: it would compile
//! the generated crates' dependencies a second time.)

use std::path::PathBuf;

use xtask::try_spec::{Options, run};

const GENERATE_ONLY: Options = Options { keep: false, check: false, builders: false, positional: false, select: None };

fn checkout() -> PathBuf {
    xtask::workspace_root().expect("the tests run inside the checkout")
}

/// Every file under `crates/`, with its size: what `try` must leave alone.
fn crates_listing(root: &std::path::Path) -> Vec<(PathBuf, u64)> {
    let mut listing = Vec::new();
    let mut pending = vec![root.join("crates")];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            match entry.metadata() {
                Ok(meta) if meta.is_dir() => pending.push(path),
                Ok(meta) => listing.push((path, meta.len())),
                Err(_) => {}
            }
        }
    }
    listing.sort();
    listing
}

#[test]
fn a_spec_is_tried_without_touching_the_checkout() {
    let root = checkout();
    let before = crates_listing(&root);
    let outcomes = run(&root, &[root.join("specs/bookshelf.yaml")], &GENERATE_ONLY).expect("runs");
    assert_eq!(outcomes.len(), 1);
    let line = outcomes[0].render();
    assert!(outcomes[0].succeeded(), "{line}");
    assert!(line.contains("OpenAPI 3.1.0, 5 operations (client 5, server 5), 9 files"), "{line}");
    assert_eq!(crates_listing(&root), before);
}

#[test]
fn a_subset_is_tried_as_the_manifest_would_select_it() {
    let root = checkout();
    let select = openapi_codegen::select::Selection { operations: vec!["get*".into()], ..Default::default() };
    let options = Options { select: Some(select), ..GENERATE_ONLY };
    let outcomes = run(&root, &[root.join("specs/bookshelf.yaml")], &options).expect("runs");
    let line = outcomes[0].render();
    assert!(line.contains("1 operations (client 1, server 1)"), "{line}");
}

#[test]
fn a_positional_client_is_tried_and_its_methods_counted() {
    let root = checkout();
    let options = Options { positional: true, ..GENERATE_ONLY };
    let outcomes = run(&root, &[root.join("specs/bookshelf.yaml")], &options).expect("runs");
    let line = outcomes[0].render();
    assert!(line.contains("5 operations (client 5, server 5)"), "{line}");
    let builder_style = run(&root, &[root.join("specs/bookshelf.yaml")], &GENERATE_ONLY).expect("runs");
    let client_lines = |outcome: &xtask::try_spec::Outcome| {
        let generated = outcome.generated.as_ref().expect("generated");
        generated.lines.iter().find(|(role, _)| *role == "client").map(|(_, lines)| *lines)
    };
    // Without a builder struct per operation the client is shorter.
    assert!(client_lines(&outcomes[0]) < client_lines(&builder_style[0]), "{line}");
}

#[test]
fn a_failing_spec_is_named_with_its_pointer() {
    let dir = tempfile::tempdir().expect("a scratch folder");
    let spec = dir.path().join("broken.yaml");
    let text = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: body}\n      responses: {'200': {description: ok}}\n";
    std::fs::write(&spec, text).expect("written");
    let missing = dir.path().join("missing.yaml");
    let outcomes = run(&checkout(), &[spec, missing], &GENERATE_ONLY).expect("runs");
    let lines: Vec<String> = outcomes.iter().map(|o| o.render()).collect();
    assert!(outcomes.iter().all(|o| !o.succeeded()), "{lines:?}");
    assert!(lines[0].contains("generate FAILED"), "{}", lines[0]);
    assert!(lines[0].contains("broken.yaml: #/paths/~1a/get/parameters/0/in (line 7"), "{}", lines[0]);
    assert!(lines[1].contains("missing.yaml: no such file"), "{}", lines[1]);
}
