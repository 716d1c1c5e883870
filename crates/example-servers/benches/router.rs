//! A request through a generated router vs a hand-written axum handler doing the same work
//! (route, read basic credentials / headers and cookie, parse the path, call the same
//! implementation, serialize JSON), in process with tower's `oneshot`: the cost the generated
//! parsing and validation add per request.
//!
//! `cargo bench -p example-servers` (add `-- --quick` for fewer rounds).

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use corbado_server::types::ExportType;
use corbado_server::{BasicCredentials, CorbadoApi, ExportDownloadLinkGetRequest};
use example_servers::corbado::InMemoryCorbado;
use example_servers::merchantops::InMemoryMerchantOps;
use merchantops_server::{GetExportDownloadUrlRequest, MerchantopsApi};
use tower::ServiceExt;

const CORBADO_PATH: &str = "/exports/connect-timeseries/connect%20timeseries%20%C3%BC.csv/downloadLink";
const MERCHANTOPS_PATH: &str = "/api/products/export/job-1/download-url";
// base64("pro-1:corbado1_secret")
const BASIC: &str = "Basic cHJvLTE6Y29yYmFkbzFfc2VjcmV0";

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let (rounds, requests) = if quick { (3, 2_000) } else { (9, 20_000) };
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(err) => return eprintln!("cannot start a runtime: {err}"),
    };

    let corbado = Arc::new(InMemoryCorbado::sample());
    let generated = corbado_server::router(corbado.clone());
    let handwritten = axum::Router::new()
        .route("/exports/{export_type}/{filename}/downloadLink", axum::routing::get(corbado_by_hand))
        .with_state(corbado);
    let corbado_request = || Request::get(CORBADO_PATH).header(header::AUTHORIZATION, BASIC).body(Body::empty());
    compare(&runtime, "corbado ExportDownloadLinkGet", generated, handwritten, corbado_request, rounds, requests);

    let merchantops = Arc::new(InMemoryMerchantOps::sample());
    let generated = merchantops_server::router(merchantops.clone());
    let handwritten = axum::Router::new()
        .route("/api/products/export/{job_id}/download-url", axum::routing::get(merchantops_by_hand))
        .with_state(merchantops);
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

/// What one would write by hand with axum's extractors for the Corbado operation.
async fn corbado_by_hand(
    State(api): State<Arc<InMemoryCorbado>>,
    Path((export_type, filename)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let credentials = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|v| base64::engine::general_purpose::STANDARD.decode(v).ok())
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| {
            text.split_once(':').map(|(u, p)| BasicCredentials { username: u.into(), password: p.into() })
        });
    let Some(credentials) = credentials else { return StatusCode::UNAUTHORIZED.into_response() };
    let Ok(export_type) = export_type.parse::<ExportType>() else { return StatusCode::BAD_REQUEST.into_response() };
    api.export_download_link_get(credentials, ExportDownloadLinkGetRequest { export_type, filename })
        .await
        .into_response()
}

/// What one would write by hand with axum's extractors for the MerchantOps operation.
async fn merchantops_by_hand(
    State(api): State<Arc<InMemoryMerchantOps>>,
    Path(job_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let stytch_session = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|line| line.split(';').find_map(|pair| pair.trim().strip_prefix("stytch_session=")))
        .map(str::to_string);
    let request = GetExportDownloadUrlRequest {
        job_id,
        authorization: text("authorization"),
        x_organization_id: text("x-organization-id"),
        stytch_session,
    };
    api.get_export_download_url(request).await.into_response()
}
