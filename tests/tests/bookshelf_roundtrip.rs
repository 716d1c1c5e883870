//! Generated Bookshelf client → generated Bookshelf server (example implementation) on
//! 127.0.0.1: JSON and raw bodies, a required header, bounded and repeated query parameters,
//! alternative credentials, an API-key cookie, `4XX` answers, an answer without a body, and
//! every rejection path (credentials, path, query, header, body, media type) as the declared
//! `Problem`.

use std::sync::Arc;

use bookshelf_client::types::{Genre, NewBook, Problem};
use bookshelf_client::{Client, Error};
use codegen_tests::Served;
use example_servers::bookshelf::{API_KEY, InMemoryBookshelf, KEEPER_SESSION, WRITER_TOKEN};

async fn serve() -> (Served, Arc<InMemoryBookshelf>) {
    let api = Arc::new(InMemoryBookshelf::sample());
    let router = bookshelf_server::router_at_base_path(api.clone());
    (Served::start(router, bookshelf_server::BASE_PATH).await.unwrap(), api)
}

fn new_book(title: &str) -> NewBook {
    let mut book = NewBook::new(Genre::Science, title.try_into().unwrap());
    book.tags = vec!["space".try_into().unwrap()];
    book
}

/// The typed `Problem` of an error answer.
fn problem<T: std::fmt::Debug>(result: Result<T, Error<Problem>>) -> (u16, Problem) {
    match result {
        Err(Error::ErrorResponse(value)) => (value.status().as_u16(), value.into_inner()),
        other => panic!("expected a typed Problem, got {other:?}"),
    }
}

/// A raw request, for inputs the typed client cannot produce.
async fn raw(request: reqwest::RequestBuilder) -> (u16, Problem) {
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    assert_eq!(response.headers()["content-type"], "application/json", "status {status}");
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn list_filters_and_pages_with_typed_query_parameters() {
    let (served, _) = serve().await;
    let client = Client::new(&served.base_url);
    let all = client.list_books().send().await.unwrap();
    assert_eq!((all.total, all.items.len()), (2, 2));
    let history =
        client.list_books().genre(Genre::History).tag(vec!["rome".to_string()]).limit(5).send().await.unwrap();
    assert_eq!(history.items.iter().map(|b| b.title.as_str()).collect::<Vec<_>>(), ["SPQR"]);
    let none = client.list_books().tag(vec!["rome".to_string(), "classic".to_string()]).send().await.unwrap();
    assert_eq!(none.total, 0);
    let first = client.list_books().limit(1).send().await.unwrap();
    assert_eq!((first.total, first.items.len()), (2, 1));
}

#[tokio::test]
async fn add_with_bearer_then_read_back_and_idempotent_retry() {
    let (served, _) = serve().await;
    let client = Client::with_bearer_auth_at(&served.base_url, WRITER_TOKEN).unwrap();
    let added = client.add_book().idempotency_key("key-0001").body(new_book("Cosmos")).send().await.unwrap();
    assert_eq!(added.status().as_u16(), 201);
    assert_eq!((added.id, added.title.as_str(), &added.genre), (3, "Cosmos", &Genre::Science));
    let again = client.add_book().idempotency_key("key-0001").body(new_book("Cosmos")).send().await.unwrap();
    assert_eq!(again.id, 3);
    let read = Client::new(&served.base_url).get_book().book_id(3).send().await.unwrap();
    assert_eq!(read.into_inner(), added.into_inner());
}

#[tokio::test]
async fn api_key_is_the_alternative_credential() {
    let (served, _) = serve().await;
    let writer = Client::with_api_key_header_at(&served.base_url, API_KEY).unwrap();
    writer.add_book().idempotency_key("key-0002").body(new_book("Contact")).send().await.unwrap();
    let stranger = Client::with_api_key_header_at(&served.base_url, "other-key").unwrap();
    let (status, body) = problem(stranger.add_book().idempotency_key("key-0003").body(new_book("Sphere")).send().await);
    assert_eq!((status, body.status, body.title.as_str()), (403, 403, "these credentials may not add books"));
    // A bearer token is a writer's only when the shelf knows it.
    let stranger = Client::with_bearer_auth_at(&served.base_url, "any-token").unwrap();
    let (status, _) = problem(stranger.add_book().idempotency_key("key-0004").body(new_book("Sphere")).send().await);
    assert_eq!(status, 403);
}

#[tokio::test]
async fn implementation_4xx_answers_decode_and_bodiless_404_is_unexpected() {
    let (served, _) = serve().await;
    let client = Client::with_bearer_auth_at(&served.base_url, WRITER_TOKEN).unwrap();
    let (status, body) = problem(client.add_book().idempotency_key("key-0004").body(new_book("Dune")).send().await);
    assert_eq!((status, body.title.as_str()), (409, "a book with this title is on the shelf"));
    // 404 has no body in the spec: the client hands back the raw response.
    match Client::new(&served.base_url).get_book().book_id(99).send().await {
        Err(Error::UnexpectedResponse(response)) => assert_eq!(response.status().as_u16(), 404),
        other => panic!("expected the bodiless 404, got {other:?}"),
    }
}

#[tokio::test]
async fn delete_needs_the_keeper_cookie() {
    let (served, _) = serve().await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("cookie", format!("shelf_session={KEEPER_SESSION}").parse().unwrap());
    let keeper = Client::new_with_client(
        &served.base_url,
        codegen_tests::http_client_builder().default_headers(headers).build().unwrap(),
    );
    assert_eq!(keeper.delete_book().book_id(1).send().await.unwrap().status().as_u16(), 204);
    let (status, body) = problem(keeper.delete_book().book_id(1).send().await);
    assert_eq!((status, body.title.as_str()), (404, "no such book"));
    // Without the cookie: the server's own 401, as the declared Problem.
    let (status, body) = problem(Client::new(&served.base_url).delete_book().book_id(2).send().await);
    assert_eq!((status, body.status), (401, 401));
    assert_eq!(body.errors[0].pointer, "cookie.shelf_session");
    // Another session is refused by the implementation.
    let visitor = Client::with_session_cookie_at(&served.base_url, "visitor; admin=1").unwrap();
    let (status, body) = problem(visitor.delete_book().book_id(2).send().await);
    assert_eq!((status, body.title.as_str()), (403, "only shelf keepers remove books"));
}

#[tokio::test]
async fn raw_cover_bytes_arrive_unchanged() {
    let (served, api) = serve().await;
    let client = Client::with_bearer_auth_at(&served.base_url, WRITER_TOKEN).unwrap();
    let png = vec![0x89, b'P', b'N', b'G', 0, 255, 13, 10];
    let answer = client.put_cover().book_id(2).body(png.clone()).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 204);
    assert_eq!(api.cover(2), Some(png));
    assert_eq!(Client::new(&served.base_url).get_book().book_id(2).send().await.unwrap().has_cover, Some(true));
}

#[tokio::test]
async fn missing_credentials_come_before_any_input_check() {
    let (served, _) = serve().await;
    // No credentials, no Idempotency-Key and a broken body: only the 401 is reported.
    let response =
        codegen_tests::http_client().post(format!("{}/books", served.base_url)).body("{not json").send().await;
    let challenges = response.as_ref().unwrap().headers()["www-authenticate"].to_str().unwrap().to_string();
    // Either credential would do: both challenges.
    assert_eq!(
        challenges,
        r#"Bearer realm="Bookshelf API", ApiKey realm="Bookshelf API", in="header", name="X-API-Key""#
    );
    let (status, body) =
        raw(codegen_tests::http_client().post(format!("{}/books", served.base_url)).body("{not json")).await;
    assert_eq!((status, body.status), (401, 401));
    assert_eq!(body.errors.len(), 1);
    assert!(body.title.contains("missing `Authorization: Bearer"), "{}", body.title);
}

#[tokio::test]
async fn every_input_problem_is_listed_in_one_400() {
    let (served, _) = serve().await;
    let (status, body) = raw(codegen_tests::http_client()
        .post(format!("{}/books", served.base_url))
        .bearer_auth(WRITER_TOKEN)
        .header("content-type", "application/json")
        .body(r#"{"title": "", "genre": "poetry"}"#))
    .await;
    assert_eq!((status, body.status), (400, 400));
    let pointers: Vec<&str> = body.errors.iter().map(|e| e.pointer.as_str()).collect();
    // The header is missing; the body is decoded only as far as its first bad field.
    assert_eq!(pointers[0], "header.idempotency-key");
    assert_eq!(body.errors[0].message, "Field required");
    assert!(pointers[1].starts_with("body"), "{pointers:?}");
}

#[tokio::test]
async fn bad_path_query_and_header_values_are_400s() {
    let (served, _) = serve().await;
    let http = codegen_tests::http_client();
    let (status, body) = raw(http.get(format!("{}/books/abc", served.base_url))).await;
    assert_eq!((status, body.errors[0].pointer.as_str()), (400, "path.bookId"));
    let (status, body) = raw(http.get(format!("{}/books/0", served.base_url))).await;
    assert_eq!((status, body.errors[0].message.as_str()), (400, "Input should be greater than or equal to 1"));
    let (status, body) = raw(http.get(format!("{}/books?limit=0&genre=poetry", served.base_url))).await;
    assert_eq!(status, 400);
    let problems: Vec<(&str, &str)> = body.errors.iter().map(|e| (e.pointer.as_str(), e.message.as_str())).collect();
    assert_eq!(
        problems[0],
        ("query.genre", "unknown variant `poetry`, expected one of `fiction`, `history`, `science`")
    );
    assert_eq!(problems[1], ("query.limit", "Input should be greater than 0"));
    let (status, body) = raw(http
        .post(format!("{}/books", served.base_url))
        .bearer_auth(WRITER_TOKEN)
        .header("idempotency-key", "short")
        .json(&serde_json::json!({"title": "A", "genre": "science"})))
    .await;
    assert_eq!((status, body.errors[0].message.as_str()), (400, "String should have at least 8 characters"));
}

#[tokio::test]
async fn bounds_inside_the_body_are_checked_where_they_apply() {
    let (served, _) = serve().await;
    let tags: Vec<String> = (0..11).map(|n| format!("t{n}")).collect();
    let (status, body) = raw(codegen_tests::http_client()
        .post(format!("{}/books", served.base_url))
        .bearer_auth(WRITER_TOKEN)
        .header("idempotency-key", "key-0010")
        .json(&serde_json::json!({"title": "Incunable", "genre": "history", "year": 1200, "tags": tags})))
    .await;
    assert_eq!(status, 400);
    let problems: Vec<(&str, &str)> = body.errors.iter().map(|e| (e.pointer.as_str(), e.message.as_str())).collect();
    assert_eq!(
        problems,
        [
            ("body.year", "Input should be greater than or equal to 1450"),
            ("body.tags", "List should have at most 10 items"),
        ]
    );
    // In bounds, the same book is stored.
    let client = Client::with_bearer_auth_at(&served.base_url, WRITER_TOKEN).unwrap();
    let mut book = new_book("Gutenberg Bible");
    book.year = Some(1455);
    assert_eq!(client.add_book().idempotency_key("key-0011").body(book).send().await.unwrap().year, Some(1455));
}

#[tokio::test]
async fn undecodable_and_wrongly_typed_bodies_are_refused() {
    let (served, _) = serve().await;
    let http = codegen_tests::http_client();
    let post = || {
        http.post(format!("{}/books", served.base_url)).bearer_auth(WRITER_TOKEN).header("idempotency-key", "key-0009")
    };
    let (status, body) = raw(post().header("content-type", "application/json").body("{not json")).await;
    assert_eq!(status, 400);
    assert!(body.errors[0].message.starts_with("JSON decode error"), "{}", body.errors[0].message);
    let (status, body) = raw(post().header("content-type", "text/plain").body("Dune")).await;
    assert_eq!((status, body.status), (415, 415));
    let (status, _) = raw(post().header("content-type", "application/json")).await;
    assert_eq!(status, 400, "a required body that is absent");
    // serde's structs take a list of their fields in order: refused before it is decoded so.
    let tags: Vec<String> = (0..12).map(|n| n.to_string()).collect();
    let (status, body) = raw(post().json(&serde_json::json!(["fiction", tags, "Array 3", 3000]))).await;
    let problems: Vec<(&str, &str)> = body.errors.iter().map(|e| (e.pointer.as_str(), e.message.as_str())).collect();
    assert_eq!((status, problems), (400, vec![("body", "Input should be an object")]));
    // Every missing field is listed, not only the first.
    let (status, body) = raw(post().json(&serde_json::json!({}))).await;
    let problems: Vec<(&str, &str)> = body.errors.iter().map(|e| (e.pointer.as_str(), e.message.as_str())).collect();
    assert_eq!((status, problems), (400, vec![("body.title", "Field required"), ("body.genre", "Field required")]));
    let (status, _) = raw(http
        .put(format!("{}/books/1/cover", served.base_url))
        .bearer_auth(WRITER_TOKEN)
        .header("content-type", "image/png")
        .body("x"))
    .await;
    assert_eq!(status, 415, "a raw body of another media type");
}
