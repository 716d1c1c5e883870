//! Test support: a real HTTP server on 127.0.0.1 that records what arrives and answers what
//! the test scripted, and scratch workspaces for running the codegen on changed specs. The
//! tests themselves live in `tests/`. The README's examples compile as this crate's doctests.
#![doc = include_str!("../README.md")]

use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: Method,
    /// Path and query exactly as sent (still percent-encoded).
    pub target: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Recorded {
    /// The header's value as text, if present once and valid.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

#[derive(Clone)]
struct Script {
    status: StatusCode,
    body: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

/// A router served on 127.0.0.1 (ephemeral port) for one test; stopped when dropped.
pub struct Served {
    /// `http://127.0.0.1:PORT` followed by the path the router was nested under.
    pub base_url: String,
    task: tokio::task::JoinHandle<()>,
}

impl Served {
    /// Serves `router`; `base_path` (e.g. `/v2`, or `""`) is appended to the base URL.
    pub async fn start(router: axum::Router, base_path: &str) -> std::io::Result<Self> {
        Self::start_within(router, base_path, openapi_server_runtime::ServeLimits::default()).await
    }

    /// [`Served::start`] within `limits`.
    pub async fn start_within(
        router: axum::Router,
        base_path: &str,
        limits: openapi_server_runtime::ServeLimits,
    ) -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let task = tokio::spawn(openapi_server_runtime::serve(listener, router, limits));
        Ok(Self { base_url: format!("http://{address}{base_path}"), task })
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A loopback server on an ephemeral port that answers every request with one scripted reply.
pub struct RecordingServer {
    pub base_url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    _served: Served,
}

impl RecordingServer {
    /// Serves `status` with the JSON `body` to every request; `path_stem` (e.g. `/v2`) is
    /// appended to the base URL so clients are tested with the spec's path stem.
    pub async fn start(status: u16, body: &str, path_stem: &str) -> std::io::Result<Self> {
        let requests = Arc::new(Mutex::new(Vec::new()));
        let script = Script {
            status: StatusCode::from_u16(status).map_err(std::io::Error::other)?,
            body: body.to_string(),
            requests: requests.clone(),
        };
        let app = axum::Router::new().fallback(record).with_state(script);
        let served = Served::start(app, path_stem).await?;
        Ok(Self { base_url: served.base_url.clone(), requests, _served: served })
    }

    /// What has arrived so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// The only request that arrived; panics (failing the test) otherwise.
    pub fn single_request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(requests.len(), 1, "expected exactly one request, got {requests:?}");
        requests[0].clone()
    }
}

async fn record(
    axum::extract::State(script): axum::extract::State<Script>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let target = uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
    if let Ok(mut requests) = script.requests.lock() {
        requests.push(Recorded { method, target, headers, body });
    }
    (script.status, [(header::CONTENT_TYPE, "application/json")], script.body).into_response()
}

/// A throw-away workspace: `specs/apis.toml` plus spec files, for running the codegen on
/// specs that tests change or break without touching the real tree.
pub struct ScratchWorkspace {
    pub dir: tempfile::TempDir,
}

impl ScratchWorkspace {
    /// One API named `pets` whose spec is `specs/<spec_name>` with `spec_text`.
    pub fn with_spec(spec_name: &str, spec_text: &str) -> std::io::Result<Self> {
        let dir = tempfile::tempdir()?;
        std::fs::create_dir_all(dir.path().join("specs"))?;
        let manifest = format!(
            "[[api]]\nname = \"pets\"\nspec = \"{spec_name}\"\nupstream = \"https://example.test/{spec_name}\"\nsha256 = \"{}\"\ntypes-crate = \"pets-types\"\nclient-crate = \"pets-client\"\nserver-crate = \"pets-server\"\n",
            openapi_sha256(spec_text.as_bytes()),
        );
        std::fs::write(dir.path().join("specs/apis.toml"), manifest)?;
        std::fs::write(dir.path().join("specs").join(spec_name), spec_text)?;
        Ok(Self { dir })
    }

    pub fn root(&self) -> &std::path::Path {
        self.dir.path()
    }

    pub fn write_spec(&self, spec_name: &str, spec_text: &str) -> std::io::Result<()> {
        std::fs::write(self.root().join("specs").join(spec_name), spec_text)
    }

    pub fn read(&self, relative: &str) -> std::io::Result<String> {
        std::fs::read_to_string(self.root().join(relative))
    }

    /// Every file under `crates/`, with its contents, sorted by path.
    pub fn generated_files(&self) -> Vec<(std::path::PathBuf, Vec<u8>)> {
        let mut found = Vec::new();
        let mut pending = vec![self.root().join("crates")];
        while let Some(dir) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    pending.push(path);
                } else if let Ok(bytes) = std::fs::read(&path) {
                    found.push((path, bytes));
                }
            }
        }
        found.sort();
        found
    }
}

/// A plain reqwest client's builder, for sending what the generated clients would not. The TLS
/// provider first: the generated clients turn on reqwest's rustls, which then needs one to
/// build any client, even one that only speaks HTTP.
pub fn http_client_builder() -> reqwest::ClientBuilder {
    openapi_client_runtime::install_tls_provider();
    reqwest::Client::builder()
}

/// [`http_client_builder`]'s client with reqwest's default settings.
pub fn http_client() -> reqwest::Client {
    http_client_builder().build().expect("a client with default settings builds")
}

/// The checkout under test: found from the current folder (cargo runs tests in the package's
/// folder), never from a path compiled in, so a test binary shared between checkouts through
/// one target directory still reads its own checkout.
pub fn workspace_root() -> std::path::PathBuf {
    let here = std::env::current_dir().unwrap_or_default();
    openapi_codegen::manifest::find_workspace_root(&here).unwrap_or(here)
}

fn openapi_sha256(bytes: &[u8]) -> String {
    openapi_codegen::load::sha256_hex(bytes)
}
