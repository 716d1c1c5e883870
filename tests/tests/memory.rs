//! What a slow body costs the server, measured: this test binary counts every byte its heap
//! holds, serves the Bookshelf example on 127.0.0.1, and has clients trickle bodies one byte
//! per write. The server must hold about what arrived (one buffer per body, capped by the
//! body limit), not a read buffer per piece.
//!
//! One test only: the count is process-wide, so nothing else may run beside it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use codegen_tests::Served;
use example_servers::bookshelf::{InMemoryBookshelf, WRITER_TOKEN};
use openapi_server_runtime::ServeLimits;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

/// The system allocator, counting the bytes it holds for the program.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn note_held(held: usize) {
    PEAK.fetch_max(held, Ordering::Relaxed);
}

// SAFETY: every call goes to `System` unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            note_held(HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(pointer, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            HELD.fetch_sub(layout.size(), Ordering::Relaxed);
            note_held(HELD.fetch_add(new_size, Ordering::Relaxed) + new_size);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const CONNECTIONS: usize = 20;
/// Bytes each client trickles, one per write, before it stops (its body is never finished).
const TRICKLED: usize = 400;
/// What the server may hold per connection beyond the bytes that arrived: its read buffer
/// (`max_header_bytes`), the body buffer's first capacity and the request's own state.
const ALLOWED_PER_CONNECTION: usize = 48 * 1024;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trickled_body_costs_the_server_about_what_arrived() {
    let limits = ServeLimits::default();
    let router = bookshelf_server::router_at_base_path(Arc::new(InMemoryBookshelf::sample()));
    let served = Served::start_within(router, bookshelf_server::BASE_PATH, limits).await.unwrap();
    let address = served.base_url.trim_start_matches("http://").split('/').next().unwrap_or_default().to_string();
    let head = format!(
        "POST /api/v1/books HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {WRITER_TOKEN}\r\nIdempotency-Key: key-0001\r\n\
         Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"
    );

    let mut streams = Vec::new();
    for _ in 0..CONNECTIONS {
        let stream = TcpStream::connect(&address).await.unwrap();
        stream.set_nodelay(true).unwrap();
        streams.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let before = HELD.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);

    let trickles: Vec<_> = streams
        .into_iter()
        .map(|mut stream| {
            let head = head.clone();
            tokio::spawn(async move {
                stream.write_all(head.as_bytes()).await.unwrap();
                for sent in 0..TRICKLED {
                    if let Err(err) = stream.write_all(b" ").await {
                        let mut answer = String::new();
                        let _ = tokio::io::AsyncReadExt::read_to_string(&mut stream, &mut answer).await;
                        panic!("the server stopped reading after {sent} bytes ({err}): {answer}");
                    }
                    // One piece per read on the server: each write its own segment.
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
                stream
            })
        })
        .collect();
    let mut open = Vec::new();
    for trickle in trickles {
        open.push(tokio::time::timeout(Duration::from_secs(30), trickle).await.unwrap().unwrap());
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let grown = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    let per_connection = grown / CONNECTIONS;
    println!(
        "{CONNECTIONS} connections trickling {TRICKLED} bytes each: the heap grew by {grown} bytes at most, {per_connection} per connection"
    );
    assert!(
        per_connection <= ALLOWED_PER_CONNECTION + TRICKLED,
        "{per_connection} bytes per connection for {TRICKLED} bytes of body"
    );
    drop(open);
    drop(served);
}
