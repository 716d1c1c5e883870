//! Example implementations of the generated server stubs: in memory, deterministic, and small
//! enough to read as a how-to. The round-trip tests and the conformance run serve them on
//! 127.0.0.1.

pub mod bookshelf;
pub mod corbado;
pub mod merchantops;

use std::net::SocketAddr;

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
