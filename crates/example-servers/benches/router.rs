//! A request through a generated router vs a hand-written axum handler doing the same work
//! (route, read basic credentials / headers and cookie, parse the path, call the same
//! implementation, serialize JSON), in process with tower's `oneshot`: the cost the generated
//! parsing and validation add per request.
//!
//! `cargo bench -p example-servers --bench router` (add `-- --quick` for fewer rounds).

mod common;

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{BASIC, CORBADO_PATH, MERCHANTOPS_PATH};
use example_servers::corbado::InMemoryCorbado;
use example_servers::merchantops::InMemoryMerchantOps;
use tower::ServiceExt;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let (rounds, requests) = if quick { (3, 2_000) } else { (9, 20_000) };
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(err) => return eprintln!("cannot start a runtime: {err}"),
    };

    let corbado = Arc::new(InMemoryCorbado::sample());
    let generated = corbado_server::router(corbado.clone());
    let handwritten = common::corbado_by_hand(corbado);
    let corbado_request = || Request::get(CORBADO_PATH).header(header::AUTHORIZATION, BASIC).body(Body::empty());
    compare(&runtime, "corbado ExportDownloadLinkGet", generated, handwritten, corbado_request, rounds, requests);

    let merchantops = Arc::new(InMemoryMerchantOps::sample());
    let generated = merchantops_server::router(merchantops.clone());
    let handwritten = common::merchantops_by_hand(merchantops);
    let merchantops_request = || {
        Request::get(MERCHANTOPS_PATH)
            .header(header::AUTHORIZATION, "Bearer bench")
            .header("x-organization-id", "org_7")
            .header(header::COOKIE, "stytch_session=s1; theme=dark")
            .body(Body::empty())
    };
    compare(
        &runtime,
        "merchantops get_export_download_url",
        generated,
        handwritten,
        merchantops_request,
        rounds,
        requests,
    );
}

fn compare(
    runtime: &tokio::runtime::Runtime,
    name: &str,
    generated: axum::Router,
    handwritten: axum::Router,
    request: impl Fn() -> Result<Request<Body>, axum::http::Error>,
    rounds: usize,
    requests: usize,
) {
    let mut timings = [Vec::new(), Vec::new()];
    for _ in 0..rounds {
        for (slot, router) in [&generated, &handwritten].into_iter().enumerate() {
            let started = Instant::now();
            for _ in 0..requests {
                let Ok(request) = request() else { return eprintln!("{name}: bad request") };
                let response = runtime.block_on(router.clone().oneshot(request));
                match response {
                    Ok(response) if response.status() == StatusCode::OK => black_box(response),
                    other => return eprintln!("{name}: unexpected answer {other:?}"),
                };
            }
            timings[slot].push(started.elapsed() / requests as u32);
        }
    }
    let median = |samples: &mut Vec<Duration>| {
        samples.sort();
        samples.get(samples.len() / 2).copied().unwrap_or_default()
    };
    let generated = median(&mut timings[0]);
    let handwritten = median(&mut timings[1]);
    println!(
        "{name:<40} generated {:>7.2}µs/request   hand-written {:>7.2}µs/request   ratio {:.2}   ({rounds} rounds × {requests})",
        generated.as_secs_f64() * 1e6,
        handwritten.as_secs_f64() * 1e6,
        generated.as_secs_f64() / handwritten.as_secs_f64().max(f64::MIN_POSITIVE),
    );
}
