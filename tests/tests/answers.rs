//! A generated client reads answers within a limit it is given at run time, reports an
//! answer that does not decode with an excerpt of it, and takes every reqwest setting at run
//! time without losing its credential constructors.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use bookshelf_client::{AnswerTooLarge, Client, Error, client_builder};
use codegen_tests::{RecordingServer, Served};
use openapi_client_runtime::EXCERPT_BYTES;

const CHUNK: usize = 64 * 1024;
/// What the endless server would send in all, were the client to read it.
const OFFERED: usize = 64 * 1024 * 1024;

/// `GET /books` answers a JSON list that never closes, chunk by chunk, counting the chunks
/// made; no `Content-Length`.
async fn endless_list(made: Arc<AtomicUsize>) -> Served {
    let router = axum::Router::new().route(
        "/api/v1/books",
        get(move || {
            let made = made.clone();
            async move {
                let chunks = futures::stream::unfold(0usize, move |sent| {
                    let made = made.clone();
                    async move {
                        if sent >= OFFERED {
                            return None;
                        }
                        made.fetch_add(1, Ordering::Relaxed);
                        let chunk = if sent == 0 { b"[".repeat(CHUNK) } else { b" ".repeat(CHUNK) };
                        Some((Ok::<_, std::io::Error>(chunk), sent + CHUNK))
                    }
                });
                ([(header::CONTENT_TYPE, "application/json")], Body::from_stream(chunks)).into_response()
            }
        }),
    );
    Served::start(router, "/api/v1").await.unwrap()
}

#[tokio::test]
async fn an_answer_past_the_limit_fails_without_being_read_whole() {
    let made = Arc::new(AtomicUsize::new(0));
    let served = endless_list(made.clone()).await;
    let limit = 1024 * 1024;
    let client = Client::new(&served.base_url).with_max_answer_bytes(limit);
    assert_eq!(client.max_answer_bytes(), limit);
    let error = client.list_books().send().await.unwrap_err();
    let Error::ResponseBodyError(cause) = &error else { panic!("not a body error: {error:?}") };
    assert_eq!(AnswerTooLarge::in_error(cause), Some(&AnswerTooLarge { limit }));
    // The server stops when the client lets go: what it made is the limit and what the
    // connection's buffers held, not the 64 MiB it offered.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let made_bytes = made.load(Ordering::Relaxed) * CHUNK;
    assert!(made_bytes < OFFERED / 4, "the server made {made_bytes} bytes");
}

#[tokio::test]
async fn a_declared_length_past_the_limit_fails_at_once() {
    let body = format!("[{}]", "1,".repeat(20_000) + "1");
    let server = RecordingServer::start(200, &body, "/api/v1").await.unwrap();
    let client = Client::new(&server.base_url).with_max_answer_bytes(1000);
    let error = client.list_books().send().await.unwrap_err();
    let Error::ResponseBodyError(cause) = &error else { panic!("not a body error: {error:?}") };
    assert!(AnswerTooLarge::in_error(cause).is_some(), "{error}");
    assert!(error.to_string().len() < 1_000, "{error}");
}

#[tokio::test]
async fn an_answer_that_does_not_decode_is_quoted_in_part() {
    let body = "x".repeat(5 * 1024 * 1024);
    let server = RecordingServer::start(200, &body, "/api/v1").await.unwrap();
    let error = Client::new(&server.base_url).list_books().send().await.unwrap_err();
    let Error::InvalidResponsePayload(excerpt, _) = &error else { panic!("not a payload error: {error:?}") };
    assert_eq!(excerpt.len(), EXCERPT_BYTES);
    // Quoted, not copied whole: the message is a few hundred bytes for a 5 MiB answer.
    assert!(error.to_string().len() < 2_000, "{} bytes", error.to_string().len());
}

#[tokio::test]
async fn reqwest_settings_are_taken_at_run_time_beside_a_credential() {
    // A server that answers after 2 s: the client's own timeout, 150 ms, comes first.
    let router = axum::Router::new().route(
        "/api/v1/books",
        get(|headers: axum::http::HeaderMap| async move {
            let agent = headers.get(header::USER_AGENT).cloned();
            let key = headers.get("x-api-key").cloned();
            if agent.as_ref().is_some_and(|a| a == "shelf-tests/1") && key.as_ref().is_some_and(|k| k == "key-1") {
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
            ([(header::CONTENT_TYPE, "application/json")], "[]").into_response()
        }),
    );
    let served = Served::start(router, "/api/v1").await.unwrap();
    let builder = client_builder(Duration::from_millis(150)).user_agent("shelf-tests/1");
    let client = Client::with_api_key_header_using(&served.base_url, "key-1", builder).unwrap();
    let started = Instant::now();
    let error = client.list_books().send().await.unwrap_err();
    assert!(matches!(&error, Error::CommunicationError(e) if e.is_timeout()), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[test]
fn the_client_re_exports_the_crates_its_api_exposes() {
    // Named through the client, in the versions it was built with.
    let _: bookshelf_client::reqwest::ClientBuilder = bookshelf_client::reqwest::Client::builder();
    let _: Option<shapes_client::chrono::DateTime<shapes_client::chrono::Utc>> =
        shapes_client::chrono::DateTime::from_timestamp(0, 0);
    let _: bookshelf_client::serde_json::Value = bookshelf_client::serde_json::json!({});
}
