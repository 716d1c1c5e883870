//! Serving a router on a network: every connection bounded in time, size and number, so
//! clients that send slowly, or not at all, or stop reading, cannot hold the server.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
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
    /// Connections served at once. A further one takes the place of the connection idle
    /// longest (asked to close once its answer is sent); it waits only while every
    /// connection is in a request.
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
///
/// When every slot is taken, a new connection takes the place of the one that has waited
/// longest since its last request, asked to close once it is idle: kept-alive connections
/// that send a request now and then cannot hold the server against new clients. Only when
/// every connection is in a request does a new one wait for a slot.
pub async fn serve(listener: TcpListener, router: axum::Router, limits: ServeLimits) {
    let body_limits = (limits.body != BodyLimits::default()).then_some(limits.body);
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let connections = Arc::new(Connections::new());
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, or a connection reset before it was accepted: the
            // listener itself is fine, so wait a moment rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let slot = loop {
            // The semaphore is never closed: only "no permits" can fail.
            if let Ok(slot) = slots.clone().try_acquire_owned() {
                break slot;
            }
            connections.ask_idlest_to_close();
            if let Ok(Ok(slot)) = tokio::time::timeout(RECLAIM_WAIT, slots.clone().acquire_owned()).await {
                break slot;
            }
        };
        let _ = stream.set_nodelay(true);
        let activity = connections.open();
        let service = Routed { router: router.clone(), body_limits, activity: activity.clone() };
        let connections = connections.clone();
        tokio::spawn(async move {
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .max_buf_size(limits.max_header_bytes.max(MIN_HEADER_BYTES));
            // A connection's errors (a client gone, a timeout) end that connection only.
            let stream = WriteStall { inner: TokioIo::new(stream), timeout: limits.write_timeout, stalled: None };
            let connection = builder.serve_connection(stream, service);
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                () = activity.close_asked.notified() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
            connections.closed(&activity);
            drop(slot);
        });
    }
}

/// How long a new connection waits for the connection asked to close before the next one
/// idle longest is asked too (the first may be mid-head, which it finishes first).
const RECLAIM_WAIT: Duration = Duration::from_millis(50);

/// The connections being served, for choosing which one gives way to a new client.
struct Connections {
    open: std::sync::Mutex<Vec<Arc<Activity>>>,
    /// When `serve` started: activity is kept as milliseconds since then.
    started: tokio::time::Instant,
}

impl Connections {
    fn new() -> Self {
        Self { open: std::sync::Mutex::new(Vec::new()), started: tokio::time::Instant::now() }
    }

    fn open(&self) -> Arc<Activity> {
        let activity = Arc::new(Activity {
            started: self.started,
            last_request: AtomicU64::new(0),
            in_flight: AtomicUsize::new(0),
            close_asked: tokio::sync::Notify::new(),
            asked: AtomicBool::new(false),
        });
        activity.touch();
        if let Ok(mut open) = self.open.lock() {
            open.push(activity.clone());
        }
        activity
    }

    fn closed(&self, activity: &Arc<Activity>) {
        if let Ok(mut open) = self.open.lock() {
            open.retain(|other| !Arc::ptr_eq(other, activity));
        }
    }

    /// Asks the connection with no request in flight that has waited longest since its last
    /// one (and was not asked before) to close.
    fn ask_idlest_to_close(&self) {
        let Ok(open) = self.open.lock() else { return };
        let idlest = open
            .iter()
            .filter(|activity| {
                activity.in_flight.load(Ordering::Acquire) == 0 && !activity.asked.load(Ordering::Acquire)
            })
            .min_by_key(|activity| activity.last_request.load(Ordering::Acquire));
        if let Some(activity) = idlest {
            activity.asked.store(true, Ordering::Release);
            // A permit is stored if the connection's task is not waiting yet.
            activity.close_asked.notify_one();
        }
    }
}

/// What `serve` knows of one connection.
struct Activity {
    started: tokio::time::Instant,
    /// When its last request came (or it was opened), in milliseconds since `started`.
    last_request: AtomicU64,
    /// Requests whose answer is not yet produced.
    in_flight: AtomicUsize,
    close_asked: tokio::sync::Notify,
    asked: AtomicBool,
}

impl Activity {
    fn touch(&self) {
        let now = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_request.store(now, Ordering::Release);
    }
}

/// The router as hyper calls it. Handlers take the default [`BodyLimits`] from a request
/// without any, so only other limits are put in each request, here rather than by a layer,
/// which would wrap every route in one more boxed service.
#[derive(Clone)]
struct Routed {
    router: axum::Router,
    body_limits: Option<BodyLimits>,
    activity: Arc<Activity>,
}

impl hyper::service::Service<hyper::Request<Incoming>> for Routed {
    type Response = axum::response::Response;
    type Error = Infallible;
    type Future = InFlight;

    fn call(&self, mut request: hyper::Request<Incoming>) -> Self::Future {
        if let Some(limits) = self.body_limits {
            request.extensions_mut().insert(limits);
        }
        self.activity.touch();
        self.activity.in_flight.fetch_add(1, Ordering::AcqRel);
        // A router is always ready: it has no `poll_ready` to wait for.
        let answer = tower_service::Service::call(&mut self.router.clone(), request);
        InFlight { answer, activity: self.activity.clone() }
    }
}

/// A request's answer being produced; the connection counts it in flight until it is done
/// or dropped.
struct InFlight {
    answer: RouteFuture<Infallible>,
    activity: Arc<Activity>,
}

impl Future for InFlight {
    type Output = Result<axum::response::Response, Infallible>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.answer).poll(cx)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.activity.in_flight.fetch_sub(1, Ordering::AcqRel);
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
