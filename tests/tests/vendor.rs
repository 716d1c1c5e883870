//! `cargo xtask vendor`: a new version of a spec, and the file it refers to, fetched from a
//! real HTTP server on 127.0.0.1 into `specs/`, then regenerated; and every way a download
//! fails (404, a refused connection, a truncated body, YAML that does not parse, a document
//! that is not OpenAPI, a spec that does not load) leaves `specs/` and `crates/` as they were.

use std::io::{Read, Write};
use std::path::PathBuf;

use axum::routing::get;
use codegen_tests::{ScratchWorkspace, Served};
use xtask::codegen::{Mode, run};

const VERSION_1: &str = r##"openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
"##;

/// The next version: a second operation, whose schema sits in a file of its own.
const VERSION_2: &str = r##"openapi: 3.0.3
info: {title: Pets, version: "2"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
  /toys:
    get:
      operationId: listToys
      responses:
        "200":
          description: the toys
          content:
            application/json:
              schema: {type: array, items: {$ref: "shared/toys.yaml#/Toy"}}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
"##;

const TOYS: &str = "Toy:\n  type: object\n  required: [label]\n  properties:\n    label: {type: string}\n";

/// Every file under `specs/` and `crates/`, with its bytes.
fn tree(workspace: &ScratchWorkspace) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = workspace.generated_files();
    for entry in std::fs::read_dir(workspace.root().join("specs")).unwrap().flatten() {
        if entry.path().is_file() {
            files.push((entry.path(), std::fs::read(entry.path()).unwrap()));
        }
    }
    files.sort();
    files
}

/// A server on 127.0.0.1 that answers one connection with a body shorter than it announces.
fn truncating_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let mut request = [0; 4096];
            let _ = stream.read(&mut request);
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/yaml\r\nContent-Length: 4000\r\n\r\n";
            let _ = stream.write_all(format!("{head}{}", &VERSION_2[..200]).as_bytes());
        }
    });
    format!("http://{address}/pets.yaml")
}

async fn vendor(workspace: &ScratchWorkspace, from: String) -> Result<xtask::vendor::Vendored, String> {
    let root = workspace.root().to_path_buf();
    tokio::task::spawn_blocking(move || xtask::vendor::run(&root, "pets", Some(&from))).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_version_and_the_files_it_refers_to_are_vendored_and_failed_downloads_change_nothing() {
    let workspace = ScratchWorkspace::with_spec("pets.yaml", VERSION_1).unwrap();
    assert!(run(workspace.root(), Mode::Write).succeeded());
    let before = tree(&workspace);

    let router = axum::Router::new()
        .route("/v2/pets.yaml", get(|| async { VERSION_2 }))
        .route("/v2/shared/toys.yaml", get(|| async { TOYS }))
        .route("/broken/pets.yaml", get(|| async { "openapi: 3.0.3\npaths: [unclosed\n" }))
        .route("/other/pets.yaml", get(|| async { "name: not a spec\nversion: 2\n" }))
        .route("/dangling/pets.yaml", get(|| async { VERSION_2 }));
    let served = Served::start(router, "").await.unwrap();
    let refused = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        drop(listener);
        format!("http://{address}/pets.yaml")
    };
    let failures = [
        (format!("{}/missing/pets.yaml", served.base_url), "returned error: 404"),
        (refused, "onnect"),
        (truncating_server(), "transfer closed"),
        (format!("{}/broken/pets.yaml", served.base_url), "invalid YAML"),
        (format!("{}/other/pets.yaml", served.base_url), "openapi"),
        // The spec loads, but the file it refers to is not there.
        (
            format!("{}/dangling/pets.yaml", served.base_url),
            "dangling/shared/toys.yaml: The requested URL returned error: 404",
        ),
    ];
    for (url, reason) in failures {
        let error = vendor(&workspace, url.clone()).await.expect_err(&url);
        assert!(error.contains(reason), "{url}: {error}");
        assert!(tree(&workspace) == before, "{url} changed files");
    }

    let vendored = vendor(&workspace, format!("{}/v2/pets.yaml", served.base_url)).await.unwrap();
    assert_eq!(vendored.files, [PathBuf::from("pets.yaml"), PathBuf::from("shared/toys.yaml")]);
    let rules: Vec<(&str, &str)> = vendored.changes.iter().map(|c| (c.rule, c.location.as_str())).collect();
    assert!(rules.contains(&("operation-added", "/paths/~1toys/get")), "{rules:?}");
    assert!(!rules.iter().any(|(rule, _)| rule.ends_with("-removed")), "{rules:?}");
    assert!(vendored.render().contains("GET /toys is added"), "{}", vendored.render());
    assert_eq!(workspace.read("specs/pets.yaml").unwrap(), VERSION_2);
    assert_eq!(workspace.read("specs/shared/toys.yaml").unwrap(), TOYS);
    // The new digest is recorded, and the crates are what the new version generates.
    let manifest = workspace.read("specs/apis.toml").unwrap();
    assert!(manifest.contains(&format!("sha256 = \"{}\"", vendored.sha256.1)), "{manifest}");
    assert!(workspace.read("crates/pets-types/src/generated.rs").unwrap().contains("pub label: ::std::string::String"));
    assert!(run(workspace.root(), Mode::Check).succeeded());
}
