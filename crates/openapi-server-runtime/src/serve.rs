//! Serving a router on a network: every connection bounded in time, size and number, so
//! clients that send slowly, or not at all, or stop reading, cannot hold the server.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::routing::future::RouteFuture;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::input::BodyLimits;

/// What one client may take of the server. The defaults suit an API on a network; tests
/// shorten the timeouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServeLimits {
    /// Longest wait for a request's line and headers, and for the next request on an idle
    /// connection; the connection is closed after it.
    pub header_timeout: Duration,
    /// Largest request line and headers, in bytes (at least 8 KiB); a larger head gets 431.
    pub max_header_bytes: usize,
    /// Size and time allowed for a body, enforced by the generated handlers (413, 408).
    pub body: BodyLimits,
    /// Connections served at once; further ones wait in the listener's backlog until one ends.
    pub max_connections: usize,
    /// Longest a write may make no progress (a client that stops reading an answer); the
    /// connection is closed after it.
    pub write_timeout: Duration,
}

impl Default for ServeLimits {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            max_header_bytes: 16 * 1024,
            body: BodyLimits::default(),
            max_connections: 512,
            write_timeout: Duration::from_secs(30),
        }
    }
}

/// The smallest read buffer hyper accepts: the floor of [`ServeLimits::max_header_bytes`].
const MIN_HEADER_BYTES: usize = 8 * 1024;

/// Serves `router` (HTTP/1.1) on `listener` within `limits`, until the task running it is
/// dropped or aborted. Connections already accepted finish on their own tasks, each within
/// the limits.
pub async fn serve(listener: TcpListener, router: axum::Router, limits: ServeLimits) {
    let service = Routed { router, body_limits: (limits.body != BodyLimits::default()).then_some(limits.body) };
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    loop {
        // The semaphore is never closed: acquiring only waits.
        let Ok(slot) = slots.clone().acquire_owned().await else { return };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, or a connection reset before it was accepted: the
            // listener itself is fine, so wait a moment rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = service.clone();
        tokio::spawn(async move {
            let mut connection = http1::Builder::new();
            connection
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .max_buf_size(limits.max_header_bytes.max(MIN_HEADER_BYTES));
            // A connection's errors (a client gone, a timeout) end that connection only.
            let stream = WriteStall { inner: TokioIo::new(stream), timeout: limits.write_timeout, stalled: None };
            let _ = connection.serve_connection(stream, service).await;
            drop(slot);
        });
    }
}

/// The router as hyper calls it. Handlers take the default [`BodyLimits`] from a request
/// without any, so only other limits are put in each request, here rather than by a layer,
/// which would wrap every route in one more boxed service.
#[derive(Clone)]
struct Routed {
    router: axum::Router,
    body_limits: Option<BodyLimits>,
}

impl hyper::service::Service<hyper::Request<Incoming>> for Routed {
    type Response = axum::response::Response;
    type Error = Infallible;
    type Future = RouteFuture<Infallible>;

    fn call(&self, mut request: hyper::Request<Incoming>) -> Self::Future {
        if let Some(limits) = self.body_limits {
            request.extensions_mut().insert(limits);
        }
        // A router is always ready: it has no `poll_ready` to wait for.
        tower_service::Service::call(&mut self.router.clone(), request)
    }
}

/// A connection's stream that fails a write (closing the connection) once it has made no
/// progress for `timeout`: the socket's buffers are full because the client stopped reading.
struct WriteStall<T> {
    inner: T,
    timeout: Duration,
    /// Armed when a write first waits; disarmed by any progress.
    stalled: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl<T> WriteStall<T> {
    fn progress<R>(&mut self, cx: &mut Context<'_>, poll: Poll<io::Result<R>>) -> Poll<io::Result<R>> {
        if poll.is_ready() {
            self.stalled = None;
            return poll;
        }
        let timeout = self.timeout;
        let stalled = self.stalled.get_or_insert_with(|| Box::pin(tokio::time::sleep(timeout)));
        match stalled.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, "the client stopped reading"))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T: hyper::rt::Read + Unpin> hyper::rt::Read for WriteStall<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: hyper::rt::Write + Unpin> hyper::rt::Write for WriteStall<T> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.progress(cx, poll)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.progress(cx, poll)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_flush(cx);
        self.progress(cx, poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_shutdown(cx);
        self.progress(cx, poll)
    }
}
