//! `cargo xtask codegen` regenerates every managed API's crates; `--check` verifies them;
//! `cargo xtask conformance` checks the example servers against their specs.

use std::process::ExitCode;

use xtask::codegen::{Mode, run};

const USAGE: &str = "usage: cargo xtask codegen [--check] | conformance\n\n  codegen          regenerate the crates of every API in specs/apis.toml\n  codegen --check  change nothing; fail if any generated file is stale\n  conformance      run schemathesis against the example servers on 127.0.0.1\n";

enum Task {
    Codegen(Mode),
    Conformance,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => Task::Codegen(Mode::Write),
        ["codegen", "--check"] => Task::Codegen(Mode::Check),
        ["conformance"] => Task::Conformance,
        ["--help" | "-h" | "help"] | [] => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = match xtask::workspace_root() {
        Ok(root) => root,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    match task {
        Task::Codegen(mode) => {
            let report = run(&root, mode);
            print!("{}", report.render());
            if report.succeeded() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        Task::Conformance => match xtask::conformance::run(&root) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::FAILURE
            }
        },
    }
}
