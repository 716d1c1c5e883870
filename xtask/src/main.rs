//! `cargo xtask codegen` regenerates every managed API's crates; `--check` verifies them;
//! `cargo xtask conformance` checks the example servers against their specs;
//! `cargo xtask try SPEC...` tells whether specs generate crates that compile;
//! `cargo xtask bench-codegen` measures the codegen on a large synthetic API;
//! `cargo xtask vendor NAME` brings in a new version of a managed spec;
//! `cargo xtask diff` says what changed in the specs since a revision, and whom it breaks.

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::codegen::{Mode, run};

/// Generating a large API allocates and frees millions of small token and syntax nodes, on
/// several threads: mimalloc does that about a third faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Each command, with its usage: `cargo xtask help` lists them all, `cargo xtask COMMAND
/// --help` one.
const COMMANDS: &[(&str, &str)] = &[
    (
        "codegen",
        "cargo xtask codegen [--check]\n    regenerate the crates of every API in specs/apis.toml; --check changes nothing\n    and fails, naming each stale file, when any generated file is not up to date",
    ),
    (
        "vendor",
        "cargo xtask vendor NAME [--from PATH_OR_URL]\n    fetch a new version of API NAME's spec (from its upstream in specs/apis.toml, or\n    from a file or an http(s) URL), with the files it refers to, into specs/; then\n    regenerate and print what changed in the API and whom it breaks, as diff does. A\n    download or a spec that fails changes nothing",
    ),
    (
        "diff",
        "cargo xtask diff [NAME...] [--base GIT_REV] [--format text|json|markdown|github]\n    what changed in each managed spec (or those named) since GIT_REV (default HEAD),\n    with a verdict for clients, servers and Rust code; exits 1 when a breaking change\n    is not accepted in specs/NAME.accepted.toml, 2 when a spec cannot be read",
    ),
    (
        "semver",
        "cargo xtask semver OLD_SPEC NEW_SPEC [--program FILE.rs]\n    generate both versions' crates in scratch workspaces and compare them with\n    cargo-semver-checks (installed separately), and compile FILE.rs (code using the old\n    crates as `types`, `client`, `server`) against both: whether code written against\n    the old crates breaks, beside what diff predicts; exits 1 when they disagree",
    ),
    ("conformance", "cargo xtask conformance\n    run schemathesis against the example servers on 127.0.0.1"),
    (
        "try",
        "cargo xtask try [--keep] [--no-check] [--builders] [--positional] [--tag=T] [--operation=PATTERN] [--path=PREFIX] SPEC...\n    generate each spec file into a scratch workspace (outside the checkout) and\n    `cargo check` its crates; --keep keeps the scratch workspaces, --no-check only\n    generates, --builders generates as `builders = true` would, --positional as\n    `interface = \"positional\"` would; --tag, --operation and --path generate a subset,\n    as [api.select] would",
    ),
    (
        "bench-codegen",
        "cargo xtask bench-codegen [OPERATIONS | SPEC]\n    time and peak memory of generating a synthetic API of OPERATIONS operations\n    (default 1200, about 13 MB), whole and with 20 selected; or of generating SPEC",
    ),
];

/// Operations of the synthetic API `bench-codegen` generates: as many as the largest public specs.
const DEFAULT_BENCH_OPERATIONS: usize = 1200;

enum Task {
    Codegen(Mode),
    Conformance,
    Try { specs: Vec<PathBuf>, options: xtask::try_spec::Options },
    BenchCodegen { operations: usize },
    BenchSpec { spec: PathBuf },
    Vendor { name: String, from: Option<String> },
    Diff { names: Vec<String>, base: String, format: xtask::diff::Format },
    Semver { old: PathBuf, new: PathBuf, program: Option<PathBuf> },
}

/// What the command line asks for.
enum Request {
    Run(Task),
    /// Usage text to print, on a request for it.
    Help(String),
}

/// A command line that asks for nothing this tool does: what is wrong, and the usage to show.
struct Refusal {
    message: String,
    usage: String,
}

fn usage_of(command: &str) -> String {
    COMMANDS.iter().find(|(name, _)| *name == command).map_or_else(all_usage, |(_, usage)| format!("usage: {usage}\n"))
}

fn all_usage() -> String {
    let mut text = String::from("usage: cargo xtask COMMAND [OPTIONS]  (cargo xtask COMMAND --help for one)\n\n");
    for (_, usage) in COMMANDS {
        text.push_str(&format!("  {usage}\n\n"));
    }
    text
}

fn parse(args: &[String]) -> Result<Request, Refusal> {
    let Some((command, rest)) = args.split_first() else { return Ok(Request::Help(all_usage())) };
    let command = command.as_str();
    let refuse = |message: String| Refusal { message, usage: usage_of(command) };
    if matches!(command, "--help" | "-h" | "help") {
        return Ok(Request::Help(rest.first().map_or_else(all_usage, |name| usage_of(name))));
    }
    if !COMMANDS.iter().any(|(name, _)| *name == command) {
        return Err(Refusal { message: format!("unknown command `{command}`"), usage: all_usage() });
    }
    if rest.iter().any(|arg| arg == "--help" || arg == "-h") {
        return Ok(Request::Help(usage_of(command)));
    }
    let (flags, operands): (Vec<&str>, Vec<&str>) = rest.iter().map(String::as_str).partition(|a| a.starts_with('-'));
    // Options outside `known`, or operands past `most`, are refused.
    let only = |known: &[&str], most: usize| match (flags.iter().find(|flag| !known.contains(flag)), operands.get(most))
    {
        (Some(unknown), _) => Err(refuse(format!("unknown option `{unknown}`"))),
        (None, Some(extra)) => Err(refuse(format!("unexpected argument `{extra}`"))),
        (None, None) => Ok(()),
    };
    let task = match command {
        "codegen" => {
            only(&["--check"], 0)?;
            Task::Codegen(if flags.is_empty() { Mode::Write } else { Mode::Check })
        }
        "vendor" => vendor_task(rest).map_err(refuse)?,
        "diff" => diff_task(rest).map_err(refuse)?,
        "conformance" => {
            only(&[], 0)?;
            Task::Conformance
        }
        "semver" => semver_task(rest).map_err(refuse)?,
        "bench-codegen" => {
            only(&[], 1)?;
            match operands.first() {
                None => Task::BenchCodegen { operations: DEFAULT_BENCH_OPERATIONS },
                Some(count) => match count.parse() {
                    Ok(operations) => Task::BenchCodegen { operations },
                    Err(_) => Task::BenchSpec { spec: PathBuf::from(count) },
                },
            }
        }
        // `try`, the one command left.
        _ => {
            let mut select = openapi_codegen::select::Selection::default();
            for flag in &flags {
                match flag.split_once('=') {
                    Some(("--tag", tag)) => select.tags.push(tag.to_string()),
                    Some(("--operation", pattern)) => select.operations.push(pattern.to_string()),
                    Some(("--path", prefix)) => select.paths.push(prefix.to_string()),
                    None if matches!(*flag, "--keep" | "--no-check" | "--builders" | "--positional") => {}
                    _ => return Err(refuse(format!("unknown option `{flag}`"))),
                }
            }
            if operands.is_empty() {
                return Err(refuse("no spec file given".to_string()));
            }
            let selected = !(select.tags.is_empty() && select.operations.is_empty() && select.paths.is_empty());
            let options = xtask::try_spec::Options {
                keep: flags.contains(&"--keep"),
                check: !flags.contains(&"--no-check"),
                builders: flags.contains(&"--builders"),
                positional: flags.contains(&"--positional"),
                select: selected.then_some(select),
            };
            Task::Try { specs: operands.into_iter().map(PathBuf::from).collect(), options }
        }
    };
    Ok(Request::Run(task))
}

/// `vendor NAME [--from PATH_OR_URL]`, `--from=PATH_OR_URL` too.
fn vendor_task(rest: &[String]) -> Result<Task, String> {
    let (mut name, mut from) = (None, None);
    let mut args = rest.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--from" => from = Some(args.next().ok_or("--from needs a path or a URL")?.clone()),
            flag if flag.starts_with("--from=") => from = Some(flag["--from=".len()..].to_string()),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            operand if name.is_none() => name = Some(operand.to_string()),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    let name = name.ok_or("no API name given")?;
    Ok(Task::Vendor { name, from })
}

/// `semver OLD_SPEC NEW_SPEC [--program FILE]`, `--program=FILE` too.
fn semver_task(rest: &[String]) -> Result<Task, String> {
    let (mut specs, mut program) = (Vec::new(), None);
    let mut args = rest.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--program" => program = Some(PathBuf::from(args.next().ok_or("--program needs a file")?)),
            flag if flag.starts_with("--program=") => program = Some(PathBuf::from(&flag["--program=".len()..])),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            spec if specs.len() < 2 => specs.push(PathBuf::from(spec)),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    let [old, new] = <[PathBuf; 2]>::try_from(specs).map_err(|_| "give the old spec and the new one")?;
    Ok(Task::Semver { old, new, program })
}

/// `diff [NAME...] [--base GIT_REV] [--format FORMAT]`, `--base=` and `--format=` too.
fn diff_task(rest: &[String]) -> Result<Task, String> {
    let (mut names, mut base, mut format) = (Vec::new(), "HEAD".to_string(), xtask::diff::Format::Text);
    let mut args = rest.iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value =
            |what: &str| inline.clone().or_else(|| args.next().cloned()).ok_or(format!("{flag} needs {what}"));
        match flag {
            "--base" => base = value("a git revision")?,
            "--format" => {
                let given = value("text, json, markdown or github")?;
                format = xtask::diff::Format::parse(&given).ok_or(format!("unknown format `{given}`"))?;
            }
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            name => names.push(name.to_string()),
        }
    }
    Ok(Task::Diff { names, base, format })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = match parse(&args) {
        Ok(Request::Run(task)) => task,
        Ok(Request::Help(usage)) => {
            xtask::out!("{usage}");
            return ExitCode::SUCCESS;
        }
        Err(refusal) => {
            eprint!("error: {}\n\n{}", refusal.message, refusal.usage);
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
            let (outcome, diagnostics) = report.render_parts();
            eprint!("{diagnostics}");
            xtask::out!("{outcome}");
            if report.succeeded() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        Task::BenchSpec { spec } => {
            let root = std::env::temp_dir();
            match xtask::bench::measure(&root, &spec, None) {
                Ok(measured) => {
                    xtask::outln!("{}: {}", spec.display(), measured.render());
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
                    xtask::outln!("{}", figures.render());
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
        Task::Vendor { name, from } => match xtask::vendor::run(&root, &name, from.as_deref()) {
            Ok(vendored) => {
                xtask::out!("{}", vendored.render());
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                eprintln!("specs/ and crates/ are unchanged");
                ExitCode::FAILURE
            }
        },
        Task::Diff { names, base, format } => match xtask::diff::run(&root, &names, &base, &xtask::diff::today()) {
            Ok(reports) => {
                xtask::out!("{}", xtask::diff::render(&reports, format));
                match xtask::diff::outcome(&reports) {
                    xtask::diff::Outcome::Clean => ExitCode::SUCCESS,
                    xtask::diff::Outcome::Breaking => ExitCode::FAILURE,
                }
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(2)
            }
        },
        Task::Semver { old, new, program } => match xtask::semver::run(&root, &old, &new, program.as_deref()) {
            Ok(report) => {
                xtask::out!("{}", report.render());
                if report.agrees() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(2)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(line: &str) -> Refusal {
        let args: Vec<String> = line.split_whitespace().map(String::from).collect();
        match parse(&args) {
            Err(refusal) => refusal,
            Ok(_) => panic!("`{line}` was accepted"),
        }
    }

    fn help(line: &str) -> String {
        let args: Vec<String> = line.split_whitespace().map(String::from).collect();
        match parse(&args) {
            Ok(Request::Help(text)) => text,
            _ => panic!("`{line}` printed no help"),
        }
    }

    #[test]
    fn an_unknown_option_is_named_beside_the_command_s_usage() {
        let refused = refusal("codegen --chek");
        assert_eq!(refused.message, "unknown option `--chek`");
        assert!(refused.usage.starts_with("usage: cargo xtask codegen [--check]"), "{}", refused.usage);
        assert_eq!(refusal("try --kep spec.yaml").message, "unknown option `--kep`");
        assert_eq!(refusal("try").message, "no spec file given");
        assert_eq!(refusal("generate").message, "unknown command `generate`");
        assert_eq!(refusal("conformance now").message, "unexpected argument `now`");
        assert_eq!(refusal("vendor").message, "no API name given");
        assert_eq!(refusal("vendor pets --from").message, "--from needs a path or a URL");
        assert_eq!(refusal("vendor pets cats").message, "unexpected argument `cats`");
        assert_eq!(refusal("diff --format yaml").message, "unknown format `yaml`");
        assert_eq!(refusal("diff --base").message, "--base needs a git revision");
        assert_eq!(refusal("semver old.yaml").message, "give the old spec and the new one");
        assert_eq!(refusal("semver a b c").message, "unexpected argument `c`");
    }

    #[test]
    fn help_lists_every_command_and_each_command_its_options() {
        let all = help("--help");
        for (name, _) in COMMANDS {
            assert!(all.contains(&format!("cargo xtask {name}")), "{name} missing from {all}");
        }
        assert_eq!(help(""), all);
        assert!(help("codegen --help").contains("--check"));
        assert!(help("try --help").contains("--operation=PATTERN"));
        assert!(help("help bench-codegen").starts_with("usage: cargo xtask bench-codegen"));
    }

    #[test]
    fn commands_parse_into_their_tasks() {
        let parsed = |line: &str| parse(&line.split_whitespace().map(String::from).collect::<Vec<_>>());
        assert!(matches!(parsed("codegen --check"), Ok(Request::Run(Task::Codegen(Mode::Check)))));
        assert!(matches!(parsed("codegen"), Ok(Request::Run(Task::Codegen(Mode::Write)))));
        assert!(matches!(parsed("bench-codegen 20"), Ok(Request::Run(Task::BenchCodegen { operations: 20 }))));
        match parsed("try --no-check --tag=pets a.yaml b.json") {
            Ok(Request::Run(Task::Try { specs, options })) => {
                assert_eq!(specs, [PathBuf::from("a.yaml"), PathBuf::from("b.json")]);
                assert!(!options.check);
                assert_eq!(options.select.map(|s| s.tags), Some(vec!["pets".to_string()]));
            }
            _ => panic!("try was not parsed"),
        }
    }
}
