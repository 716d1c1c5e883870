//! One `xtask` binary, two checkouts: what a target directory shared between clones (a global
//! `CARGO_TARGET_DIR`, a CI cache, git worktrees) amounts to, since cargo then reuses the
//! binary built for the first clone. The binary must act on the checkout it runs in.

use std::path::Path;
use std::process::{Command, Output};

/// Copies the parts of the workspace that codegen reads and writes (no build output, no git).
fn copy_checkout(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        if entry.file_type()?.is_dir() {
            copy_checkout(&entry.path(), &to.join(&name))?;
        } else {
            std::fs::copy(entry.path(), to.join(&name))?;
        }
    }
    Ok(())
}

/// `xtask codegen --check`, run by the very binary cargo built for this test, inside `dir`.
fn check_in(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--check"])
        .current_dir(dir)
        .output()
        .expect("the xtask binary runs")
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn one_binary_acts_on_the_checkout_it_runs_in() {
    let root = xtask::workspace_root().expect("tests run inside the workspace");
    let clones = tempfile::tempdir().unwrap();
    let (first, second) = (clones.path().join("first"), clones.path().join("second"));
    copy_checkout(&root, &first).unwrap();
    copy_checkout(&root, &second).unwrap();

    let clean = check_in(&first);
    assert!(clean.status.success(), "{}", text(&clean));

    // A spec changed in the second clone only: its check fails, naming its stale files...
    let spec = second.join("specs/bookshelf.yaml");
    let changed = std::fs::read_to_string(&spec).unwrap().replace("title: Bookshelf", "title: Bookshelf 2");
    std::fs::write(&spec, changed).unwrap();
    let stale = check_in(&second);
    assert!(!stale.status.success(), "{}", text(&stale));
    assert!(text(&stale).contains("stale: crates/bookshelf-client/Cargo.toml"), "{}", text(&stale));

    // ...also when run from a folder inside it, while the first clone is still up to date.
    let from_inside = check_in(&second.join("crates"));
    assert!(!from_inside.status.success(), "{}", text(&from_inside));
    let still_clean = check_in(&first);
    assert!(still_clean.status.success(), "{}", text(&still_clean));
}

#[test]
fn outside_a_checkout_it_says_so() {
    let elsewhere = tempfile::tempdir().unwrap();
    let output = check_in(elsewhere.path());
    assert!(!output.status.success());
    assert!(text(&output).contains("is not inside a checkout of this workspace"), "{}", text(&output));
}
