//! `cargo xtask codegen` regenerates every managed API's crates; `--check` verifies them;
//! `cargo xtask conformance` checks the example servers against their specs;
//! `cargo xtask try SPEC...` tells whether specs generate crates that compile;
//! `cargo xtask bench-codegen` measures the codegen on a large synthetic API.

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::codegen::{Mode, run};

/// Generating a large API allocates and frees millions of small token and syntax nodes, on
/// several threads: mimalloc does that about a third faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: cargo xtask codegen [--check] | conformance | try [OPTIONS] SPEC... | bench-codegen [OPERATIONS]\n\n  codegen          regenerate the crates of every API in specs/apis.toml\n  codegen --check  change nothing; fail if any generated file is stale\n  conformance      run schemathesis against the example servers on 127.0.0.1\n  try SPEC...      generate each spec into a scratch workspace (outside the checkout)\n                   and `cargo check` its crates; --keep keeps the scratch workspaces,\n                   --no-check only generates; --tag=T, --operation=PATTERN and\n                   --path=PREFIX generate a subset, as [api.select] would\n  bench-codegen    time and peak memory of generating a synthetic API of OPERATIONS\n                   operations (default 1200, about 13 MB), whole and with 20 selected;\n                   bench-codegen SPEC: of generating that spec\n";

/// Operations of the synthetic API `bench-codegen` generates: as many as the largest public specs.
const DEFAULT_BENCH_OPERATIONS: usize = 1200;

enum Task {
    Codegen(Mode),
    Conformance,
    Try { specs: Vec<PathBuf>, options: xtask::try_spec::Options },
    BenchCodegen { operations: usize },
    BenchSpec { spec: PathBuf },
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => Task::Codegen(Mode::Write),
        ["codegen", "--check"] => Task::Codegen(Mode::Check),
        ["conformance"] => Task::Conformance,
        ["bench-codegen"] => Task::BenchCodegen { operations: DEFAULT_BENCH_OPERATIONS },
        ["bench-codegen", count] => match count.parse() {
            Ok(operations) => Task::BenchCodegen { operations },
            Err(_) => Task::BenchSpec { spec: PathBuf::from(count) },
        },
        ["try", rest @ ..] => {
            let (flags, specs): (Vec<&str>, Vec<&str>) = rest.iter().partition(|a| a.starts_with("--"));
            let mut select = openapi_codegen::select::Selection::default();
            let mut known = true;
            for flag in &flags {
                match flag.split_once('=') {
                    Some(("--tag", tag)) => select.tags.push(tag.to_string()),
                    Some(("--operation", pattern)) => select.operations.push(pattern.to_string()),
                    Some(("--path", prefix)) => select.paths.push(prefix.to_string()),
                    None if matches!(*flag, "--keep" | "--no-check") => {}
                    _ => known = false,
                }
            }
            if specs.is_empty() || !known {
                eprint!("{USAGE}");
                return ExitCode::from(2);
            }
            let selected = !(select.tags.is_empty() && select.operations.is_empty() && select.paths.is_empty());
            let options = xtask::try_spec::Options {
                keep: flags.contains(&"--keep"),
                check: !flags.contains(&"--no-check"),
                select: selected.then_some(select),
            };
            Task::Try { specs: specs.into_iter().map(PathBuf::from).collect(), options }
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
        Task::BenchSpec { spec } => {
            let root = std::env::temp_dir();
            match xtask::bench::measure(&root, &spec, None) {
                Ok(measured) => {
                    println!("{}: {}", spec.display(), measured.render());
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("error: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Task::BenchCodegen { operations } => match xtask::bench::run(operations) {
            Ok(measured) => {
                for figures in measured {
                    println!("{}", figures.render());
                }
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::FAILURE
            }
        },
        Task::Try { specs, options } => match xtask::try_spec::run(&root, &specs, &options) {
            Ok(outcomes) if outcomes.iter().all(|o| o.succeeded()) => ExitCode::SUCCESS,
            Ok(_) => ExitCode::FAILURE,
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::FAILURE
            }
        },
        Task::Conformance => match xtask::conformance::run(&root) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::FAILURE
            }
        },
    }
}
