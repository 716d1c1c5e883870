//! `cargo xtask codegen` regenerates every managed API's crates; `--check` verifies them;
//! `cargo xtask conformance` checks the example servers against their specs.

use std::process::ExitCode;

use xtask::codegen::{Mode, run};

const USAGE: &str = "usage: cargo xtask codegen [--check] | conformance\n\n  codegen          regenerate the crates of every API in specs/apis.toml\n  codegen --check  change nothing; fail if any generated file is stale\n  conformance      run schemathesis against the example servers on 127.0.0.1\n";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => Mode::Write,
        ["codegen", "--check"] => Mode::Check,
        ["conformance"] => {
            return match xtask::conformance::run(&xtask::workspace_root()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("error: {err}");
                    ExitCode::FAILURE
                }
            };
        }
        ["--help" | "-h" | "help"] | [] => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = xtask::workspace_root();
    let report = run(&root, mode);
    print!("{}", report.render());
    if report.succeeded() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
