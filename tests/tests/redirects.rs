//! A generated client follows redirects only within the API's origin: an answer that sends
//! it to another host (here: another port of 127.0.0.1) is handed back as it is, so neither
//! the API key, nor the body, nor the URL (as `Referer`) reaches that host.

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::post;
use bookshelf_client::types::{Genre, NewBook};
use bookshelf_client::{Client, Error};
use codegen_tests::{RecordingServer, Served};

fn new_book() -> NewBook {
    NewBook::new(Genre::Fiction, "Dune".try_into().unwrap())
}

/// A server whose `POST /books` answers `status` with `Location: location`.
async fn redirecting(status: StatusCode, location: String) -> Served {
    let router = axum::Router::new().route(
        "/api/v1/books",
        post(move || {
            let location = location.clone();
            async move { (status, [(header::LOCATION, location)]).into_response() }
        }),
    );
    Served::start(router, "/api/v1").await.unwrap()
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_not_followed() {
    let elsewhere = RecordingServer::start(201, "{}", "").await.unwrap();
    for status in [StatusCode::MOVED_PERMANENTLY, StatusCode::FOUND, StatusCode::TEMPORARY_REDIRECT] {
        let api = redirecting(status, format!("{}/collect?from=api", elsewhere.base_url)).await;
        let client = Client::with_api_key_header_at(&api.base_url, "secret-key").unwrap();
        let answer = client.add_book().idempotency_key("key-0001").body(new_book()).send().await;
        match answer {
            Err(Error::UnexpectedResponse(response)) => assert_eq!(response.status(), status),
            other => panic!("{status}: expected the redirect itself, got {other:?}"),
        }
    }
    assert!(elsewhere.requests().is_empty(), "another origin was reached: {:?}", elsewhere.requests());
}

#[tokio::test]
async fn a_redirect_within_the_origin_is_followed_without_a_referer() {
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<HeaderMap>::new()));
    let recorded = seen.clone();
    let router = axum::Router::new()
        .route(
            "/api/v1/books",
            post(|| async { (StatusCode::TEMPORARY_REDIRECT, [(header::LOCATION, "/api/v1/shelf")]).into_response() }),
        )
        .route(
            "/api/v1/shelf",
            post(move |headers: HeaderMap| {
                let recorded = recorded.clone();
                async move {
                    recorded.lock().unwrap().push(headers);
                    let book = serde_json::json!({"id": 1, "title": "Dune", "genre": "fiction", "tags": []});
                    (StatusCode::CREATED, axum::Json(book)).into_response()
                }
            }),
        );
    let api = Served::start(router, "/api/v1").await.unwrap();
    let client = Client::with_api_key_header_at(&api.base_url, "secret-key").unwrap();
    let book = client.add_book().idempotency_key("key-0001").body(new_book()).send().await.unwrap();
    assert_eq!(book.id, 1);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0]["x-api-key"], "secret-key", "the key still goes to its own origin");
    assert!(seen[0].get(header::REFERER).is_none(), "{:?}", seen[0]);
}
