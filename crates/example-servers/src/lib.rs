//! Example implementations of the generated server stubs: in memory, deterministic, and small
//! enough to read as a how-to. The round-trip tests and the conformance run serve them on
//! 127.0.0.1.

pub mod bookshelf;
pub mod corbado;
pub mod merchantops;

use std::net::SocketAddr;

use sha2::{Digest, Sha256};

/// A credential the example servers know, kept as its SHA-256 digest (never in clear) and
/// compared in time that does not depend on where a guess differs, nor on its length.
pub struct Secret([u8; 32]);

impl Secret {
    pub fn new(secret: &str) -> Self {
        Self(Sha256::digest(secret.as_bytes()).into())
    }

    pub fn matches(&self, given: &str) -> bool {
        let given: [u8; 32] = Sha256::digest(given.as_bytes()).into();
        self.0.iter().zip(given).fold(0u8, |differences, (known, given)| differences | (known ^ given)) == 0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// Binds `router` to 127.0.0.1:`port` (0 picks a free port) and serves it in the background,
/// within the runtime's default limits.
pub async fn serve_on_loopback(
    router: axum::Router,
    port: u16,
) -> std::io::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let address = listener.local_addr()?;
    let task =
        tokio::spawn(openapi_server_runtime::serve(listener, router, openapi_server_runtime::ServeLimits::default()));
    Ok((address, task))
}
