//! Hostile input against the example Bookshelf server on 127.0.0.1, served by the runtime's
//! `serve` with short timeouts: slow and partial requests, too many connections, bodies that
//! lie about their length or type, odd paths, deep JSON, garbage cookies, values of the wrong
//! shape, repeated or undecodable, and credentials given twice. Each answer is checked
//! (status, content type, the declared `Problem`), and the server must still answer a valid
//! request afterwards.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bookshelf_client::types::Problem;
use codegen_tests::Served;
use example_servers::bookshelf::{InMemoryBookshelf, WRITER_TOKEN};
use openapi_server_runtime::ServeLimits;
use openapi_server_runtime::input::BodyLimits;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const HEADER_TIMEOUT: Duration = Duration::from_millis(300);
const BODY_TIMEOUT: Duration = Duration::from_millis(300);
/// Bound on every wait of these tests: far above the timeouts, far below forever.
const PATIENCE: Duration = Duration::from_secs(10);

async fn serve(max_connections: usize) -> Served {
    serve_within(ServeLimits {
        header_timeout: HEADER_TIMEOUT,
        body: BodyLimits { read_timeout: BODY_TIMEOUT, ..BodyLimits::default() },
        max_connections,
        ..ServeLimits::default()
    })
    .await
}

async fn serve_within(limits: ServeLimits) -> Served {
    let router = bookshelf_server::router_at_base_path(Arc::new(InMemoryBookshelf::sample()));
    Served::start_within(router, bookshelf_server::BASE_PATH, limits).await.unwrap()
}

/// `host:port` of a served base URL.
fn address(served: &Served) -> String {
    let rest = served.base_url.trim_start_matches("http://");
    rest.split('/').next().unwrap_or(rest).to_string()
}

/// Everything the server sends until it closes the connection (bounded by [`PATIENCE`]).
async fn read_to_close(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    let read = tokio::time::timeout(PATIENCE, stream.read_to_end(&mut received)).await;
    assert!(read.is_ok(), "the server kept the connection open");
    String::from_utf8_lossy(&received).into_owned()
}

/// One answer on a kept-alive connection: its head and the `Content-Length` bytes after it
/// (bounded by [`PATIENCE`]).
async fn read_answer(stream: &mut TcpStream) -> String {
    let read = async {
        let mut received = Vec::new();
        loop {
            let text = String::from_utf8_lossy(&received).into_owned();
            if let Some((head, body)) = text.split_once("\r\n\r\n") {
                let length = head.lines().find_map(|line| {
                    let (name, value) = line.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length").then(|| value.trim().parse::<usize>().ok())?
                });
                if length.is_some_and(|length| body.len() >= length) {
                    return text;
                }
            }
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return text,
                Ok(read) => received.extend_from_slice(&chunk[..read]),
            }
        }
    };
    tokio::time::timeout(PATIENCE, read).await.expect("no whole answer in time")
}

/// Status and body of a raw HTTP/1.1 answer.
fn status_and_body(answer: &str) -> (u16, &str) {
    let status = answer.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
    (status, answer.split_once("\r\n\r\n").map_or("", |(_, body)| body))
}

/// The server still answers a valid request.
async fn still_answers(served: &Served) {
    let response = tokio::time::timeout(PATIENCE, reqwest::get(format!("{}/books", served.base_url))).await;
    assert_eq!(response.expect("no answer in time").unwrap().status(), 200);
}

/// A `Problem` answer of `status`, as the spec declares it.
async fn problem(response: reqwest::Response, status: u16) -> Problem {
    assert_eq!(response.status().as_u16(), status);
    assert_eq!(response.headers()["content-type"], "application/json");
    let problem: Problem = response.json().await.unwrap();
    assert_eq!(problem.status, i64::from(status));
    problem
}

#[tokio::test]
async fn partial_and_idle_connections_are_closed_after_the_header_timeout() {
    let served = serve(512).await;
    let started = Instant::now();
    let mut partial = TcpStream::connect(address(&served)).await.unwrap();
    partial.write_all(b"GET /api/v1/bo").await.unwrap();
    let mut trickle = TcpStream::connect(address(&served)).await.unwrap();
    trickle.write_all(b"GET /api/v1/books HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    let mut silent = TcpStream::connect(address(&served)).await.unwrap();
    for stream in [&mut partial, &mut trickle, &mut silent] {
        read_to_close(stream).await;
    }
    assert!(started.elapsed() < PATIENCE);
    still_answers(&served).await;
}

#[tokio::test]
async fn a_kept_alive_connection_gets_the_whole_header_timeout_for_each_request() {
    let header_timeout = Duration::from_secs(1);
    let served = serve_within(ServeLimits { header_timeout, ..ServeLimits::default() }).await;
    let mut stream = TcpStream::connect(address(&served)).await.unwrap();
    let started = Instant::now();
    // Each request comes 0.6 of the timeout after the answer before it: the third one after
    // the deadline of the first head, well within its own.
    for pause in [Duration::ZERO, header_timeout * 3 / 5, header_timeout * 3 / 5] {
        tokio::time::sleep(pause).await;
        stream.write_all(b"GET /api/v1/books HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
        let answer = read_answer(&mut stream).await;
        assert_eq!(status_and_body(&answer).0, 200, "{answer}");
    }
    assert!(started.elapsed() > header_timeout, "the requests came too fast to show anything");
    // Silent from now on: closed after the timeout.
    assert_eq!(read_to_close(&mut stream).await, "");
    still_answers(&served).await;
}

/// `POST /books` of `body` as a writer, under the idempotency key `key`.
fn post_book(http: &reqwest::Client, served: &Served, body: &serde_json::Value, key: &str) -> reqwest::RequestBuilder {
    http.post(format!("{}/books", served.base_url)).bearer_auth(WRITER_TOKEN).header("idempotency-key", key).json(body)
}

/// A `POST /books` head with a body of `length` bytes, of which `sent` are given.
fn book_post(length: usize, sent: &str) -> String {
    format!(
        "POST /api/v1/books HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {WRITER_TOKEN}\r\nIdempotency-Key: key-0001\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n{sent}"
    )
}

#[tokio::test]
async fn connections_past_the_limit_wait_while_every_one_is_in_a_request() {
    let served = serve(2).await;
    // Two requests whose bodies never finish take every slot until the body timeout ends them.
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut stream = TcpStream::connect(address(&served)).await.unwrap();
        stream.write_all(book_post(100, "{").as_bytes()).await.unwrap();
        held.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    let started = Instant::now();
    still_answers(&served).await;
    assert!(started.elapsed() >= BODY_TIMEOUT / 2, "served before a slot was free");
}

#[tokio::test]
async fn idle_connections_give_way_to_a_new_client() {
    // Slots held by connections that never sent a byte, and by kept-alive ones that send a
    // request every 200 ms, well within a long header timeout: without reclaiming the one idle
    // longest, a new client would wait for as long as they keep it up.
    let header_timeout = Duration::from_secs(5);
    let served = serve_within(ServeLimits { header_timeout, max_connections: 6, ..ServeLimits::default() }).await;
    let mut silent = Vec::new();
    for _ in 0..2 {
        silent.push(TcpStream::connect(address(&served)).await.unwrap());
    }
    let mut flood = Vec::new();
    for _ in 0..4 {
        let mut stream = TcpStream::connect(address(&served)).await.unwrap();
        flood.push(tokio::spawn(async move {
            let mut answered = 0;
            for _ in 0..40 {
                if stream.write_all(b"GET /api/v1/books HTTP/1.1\r\nHost: x\r\n\r\n").await.is_err() {
                    break;
                }
                if status_and_body(&read_answer(&mut stream).await).0 != 200 {
                    break;
                }
                answered += 1;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            answered
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    for round in 0..6 {
        let started = Instant::now();
        still_answers(&served).await;
        let waited = started.elapsed();
        assert!(waited < header_timeout / 2, "round {round}: a new client waited {waited:?} behind idle connections");
    }
    for silent in &mut silent {
        assert_eq!(read_to_close(silent).await, "", "a connection that never spoke gave way first");
    }
    for flooder in flood {
        assert!(flooder.await.unwrap() >= 1, "every kept-alive connection was served before giving way");
    }
}

#[tokio::test]
async fn a_body_shorter_than_its_length_is_a_408_with_the_declared_problem() {
    let served = serve(512).await;
    let mut stream = TcpStream::connect(address(&served)).await.unwrap();
    let head = format!(
        "POST /api/v1/books HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {WRITER_TOKEN}\r\nIdempotency-Key: key-0001\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"title\":"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let answer = read_to_close(&mut stream).await;
    let (status, body) = status_and_body(&answer);
    assert_eq!(status, 408, "{answer}");
    let problem: Problem = serde_json::from_str(body).unwrap();
    assert_eq!(problem.status, 408);
    still_answers(&served).await;
}

#[tokio::test]
async fn a_malformed_chunked_body_is_a_400_with_the_declared_problem() {
    let served = serve(512).await;
    let mut stream = TcpStream::connect(address(&served)).await.unwrap();
    let head = book_post(0, "").replace("Content-Length: 0", "Transfer-Encoding: chunked");
    // A chunk size that is not hexadecimal.
    stream.write_all(format!("{head}5\r\n{{\"ti\"\r\nzz\r\n").as_bytes()).await.unwrap();
    let answer = read_to_close(&mut stream).await;
    let (status, body) = status_and_body(&answer);
    assert_eq!(status, 400, "{answer}");
    let problem: Problem = serde_json::from_str(body).unwrap();
    assert_eq!(problem.errors[0].message, "body cut off, or its chunked framing is malformed");
    still_answers(&served).await;
}

#[tokio::test]
async fn a_body_past_its_limit_by_its_length_is_refused_unread() {
    let served = serve(512).await;
    let mut stream = TcpStream::connect(address(&served)).await.unwrap();
    let length = BodyLimits::default().max_bytes + 1;
    stream.write_all(book_post(length, "{").as_bytes()).await.unwrap();
    let started = Instant::now();
    let answer = read_answer(&mut stream).await;
    assert_eq!(status_and_body(&answer).0, 413, "{answer}");
    assert!(started.elapsed() < BODY_TIMEOUT, "answered only after waiting for the body");
}

#[tokio::test]
async fn rejections_echo_a_bounded_part_of_what_was_sent() {
    let served = serve(512).await;
    let http = codegen_tests::http_client();
    let post = |body: serde_json::Value, key: &str| post_book(&http, &served, &body, key).send();
    // A 1 MB enum value: quoted in the answer only in part.
    let huge = "x".repeat(1_000_000);
    let response = post(serde_json::json!({"title": "T", "genre": huge}), "key-0005").await.unwrap();
    let text = response.text().await.unwrap();
    assert!(text.len() < 4 * 1024, "a {}-byte answer to a 1 MB value", text.len());
    let problem_answer: Problem = serde_json::from_str(&text).unwrap();
    assert_eq!(problem_answer.errors[0].pointer, "body.genre");
    assert!(problem_answer.errors[0].message.ends_with('…'), "{}", problem_answer.errors[0].message);

    // 5,000 bad tags: the first problems are listed, the rest counted.
    let tags: Vec<String> = (0..5_000).map(|_| "t".repeat(40)).collect();
    let response = post(serde_json::json!({"title": "T", "genre": "fiction", "tags": tags}), "key-0006").await.unwrap();
    let problem_answer = problem(response, 400).await;
    assert_eq!(problem_answer.errors.len(), openapi_server_runtime::rejection::MAX_PROBLEMS);
    let title = &problem_answer.title;
    let more = 5_000; // 5,001 problems: the tag count and every tag, the first one named
    assert!(title.ends_with(&format!("(and {more} more)")), "{title}");
}

#[tokio::test]
async fn a_body_of_the_wrong_type_is_refused_before_it_is_read() {
    let served = serve(512).await;
    let mut stream = TcpStream::connect(address(&served)).await.unwrap();
    // 50 MB announced, none sent: the answer cannot wait for the body.
    let head = format!(
        "POST /api/v1/books HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {WRITER_TOKEN}\r\nIdempotency-Key: key-0002\r\nContent-Type: text/plain\r\nContent-Length: 52428800\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let started = Instant::now();
    let answer = read_to_close(&mut stream).await;
    assert!(started.elapsed() < BODY_TIMEOUT, "the body was waited for");
    assert_eq!(status_and_body(&answer).0, 415, "{answer}");
    // Too large, though of the right type: 413 as soon as the limit is passed.
    let big = "x".repeat(BodyLimits::default().max_bytes + 1);
    let response = codegen_tests::http_client()
        .post(format!("{}/books", served.base_url))
        .bearer_auth(WRITER_TOKEN)
        .header("idempotency-key", "key-0003")
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    problem(response, 413).await;
    still_answers(&served).await;
}

#[tokio::test]
async fn an_empty_binary_body_is_a_body() {
    let served = serve(512).await;
    let response = codegen_tests::http_client()
        .put(format!("{}/books/1/cover", served.base_url))
        .bearer_auth(WRITER_TOKEN)
        .header("content-type", "application/octet-stream")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    // Without a media type and without a body, it is missing.
    let response =
        codegen_tests::http_client().put(format!("{}/books/1/cover", served.base_url)).bearer_auth(WRITER_TOKEN).send();
    let problem = problem(response.await.unwrap(), 400).await;
    assert_eq!(problem.errors[0].message, "Field required");
}

#[tokio::test]
async fn odd_paths_deep_json_and_garbage_cookies_get_declared_answers() {
    let served = serve(512).await;
    let http = codegen_tests::http_client();
    for path in ["/books/..%2F..%2Fetc%2Fpasswd", "/books/%00", "/books/1%FF"] {
        let response = http.get(format!("{}{path}", served.base_url)).send().await.unwrap();
        let problem = problem(response, 400).await;
        assert_eq!(problem.errors[0].pointer, "path.bookId", "{path}");
    }
    // Long segments, on a server that reads heads that long: 32 KB is a number out of range;
    // 64 KB is past the longest URI the HTTP layer takes (414, before any route).
    let roomy = ServeLimits { max_header_bytes: 128 * 1024, ..ServeLimits::default() };
    let router = bookshelf_server::router_at_base_path(Arc::new(InMemoryBookshelf::sample()));
    let roomy = Served::start_within(router, bookshelf_server::BASE_PATH, roomy).await.unwrap();
    for (length, expected) in [(32 * 1024, 400), (64 * 1024, 414)] {
        let mut stream = TcpStream::connect(address(&roomy)).await.unwrap();
        let segment = "9".repeat(length);
        let request = format!("GET /api/v1/books/{segment} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let answer = read_to_close(&mut stream).await;
        let (status, body) = status_and_body(&answer);
        assert_eq!(status, expected, "{answer}");
        if status == 400 {
            let problem_answer: Problem = serde_json::from_str(body).unwrap();
            assert_eq!(problem_answer.errors[0].pointer, "path.bookId");
        }
    }

    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let response = http
        .post(format!("{}/books", served.base_url))
        .bearer_auth(WRITER_TOKEN)
        .header("idempotency-key", "key-0004")
        .header("content-type", "application/json")
        .body(deep)
        .send()
        .await
        .unwrap();
    let problem_answer = problem(response, 400).await;
    assert!(problem_answer.errors[0].message.starts_with("JSON decode error"), "{:?}", problem_answer.errors);

    let response = http
        .delete(format!("{}/books/1", served.base_url))
        .bearer_auth(WRITER_TOKEN)
        .header("cookie", reqwest::header::HeaderValue::from_bytes(b"keeper=\xff%%%; ;;=; =x").unwrap())
        .send()
        .await
        .unwrap();
    assert!(response.status().is_client_error(), "{}", response.status());
    assert_eq!(response.headers()["content-type"], "application/json");
    still_answers(&served).await;
}

#[tokio::test]
async fn values_of_the_wrong_shape_repeated_or_undecodable_are_refused_everywhere() {
    let served = serve(512).await;
    let http = codegen_tests::http_client();
    let post = |body: serde_json::Value, key: &str| post_book(&http, &served, &body, key).send();
    // A list where an object is declared: refused, not read field by field.
    let response = post(serde_json::json!(["fiction", ["t"], "Array 3", 3000]), "key-0101").await.unwrap();
    assert_eq!(problem(response, 400).await.errors[0].message, "Input should be an object");
    // An integer written with a zero fraction is an integer.
    let book = serde_json::json!({"title": "Whole", "genre": "science", "year": 2.0e3});
    let response = post(book, "key-0102").await.unwrap();
    assert_eq!(response.status(), 201);
    assert_eq!(response.json::<serde_json::Value>().await.unwrap()["year"], 2000);

    let list = |query: &str| http.get(format!("{}/books?{query}", served.base_url)).send();
    for (query, pointer, message) in [
        ("limit=1&limit=abc", "query.limit", "given more than once"),
        ("genre=%FF", "query.genre", "percent-encoded bytes are not UTF-8"),
    ] {
        let answer = problem(list(query).await.unwrap(), 400).await;
        assert_eq!((answer.errors[0].pointer.as_str(), answer.errors[0].message.as_str()), (pointer, message));
    }
    // Credentials given twice are not guessed between.
    let response = http
        .post(format!("{}/books", served.base_url))
        .header("authorization", format!("Bearer {WRITER_TOKEN}"))
        .header("authorization", "Bearer other")
        .send()
        .await
        .unwrap();
    assert!(response.headers().contains_key("www-authenticate"));
    problem(response, 401).await;
    still_answers(&served).await;
}

#[tokio::test]
async fn a_client_that_stops_reading_is_cut_off_after_the_write_timeout() {
    // An answer far larger than the sockets' buffers, from a plain route: what matters is the
    // serving loop, not the operation.
    const ANSWER: usize = 64 << 20;
    let router = axum::Router::new().route("/big", axum::routing::get(|| async { vec![b'x'; ANSWER] }));
    let limits = ServeLimits { write_timeout: Duration::from_millis(300), ..ServeLimits::default() };
    let served = Served::start_within(router, "", limits).await.unwrap();
    let mut stream = TcpStream::connect(address(&served)).await.unwrap();
    stream.write_all(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    // Not reading: the server's writes stall, then it gives up on the connection.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut received = Vec::new();
    let read = tokio::time::timeout(PATIENCE, stream.read_to_end(&mut received)).await;
    assert!(read.is_ok(), "the server kept the connection open");
    assert!(received.len() < ANSWER, "the whole answer arrived: the connection was not cut");
}
