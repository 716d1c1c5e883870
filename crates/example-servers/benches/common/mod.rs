//! What both benchmarks share: the requests, and the hand-written axum servers the generated
//! ones are measured against (doing the same work: route, read credentials, headers and the
//! cookie, parse the path, call the same implementation, serialize JSON).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use corbado_server::types::ExportType;
use corbado_server::{BasicCredentials, CorbadoApi, ExportDownloadLinkGetRequest};
use example_servers::corbado::InMemoryCorbado;
use example_servers::merchantops::InMemoryMerchantOps;
use merchantops_server::{GetExportDownloadUrlRequest, MerchantopsApi};

pub const CORBADO_PATH: &str = "/exports/connect-timeseries/connect%20timeseries%20%C3%BC.csv/downloadLink";
pub const MERCHANTOPS_PATH: &str = "/api/products/export/job-1/download-url";
/// base64("pro-1:corbado1_secret")
pub const BASIC: &str = "Basic cHJvLTE6Y29yYmFkbzFfc2VjcmV0";

/// The Corbado operation written by hand with axum's extractors.
pub fn corbado_by_hand(api: Arc<InMemoryCorbado>) -> axum::Router {
    axum::Router::new()
        .route("/exports/{export_type}/{filename}/downloadLink", axum::routing::get(corbado_handler))
        .with_state(api)
}

/// The MerchantOps operation written by hand with axum's extractors.
pub fn merchantops_by_hand(api: Arc<InMemoryMerchantOps>) -> axum::Router {
    axum::Router::new()
        .route("/api/products/export/{job_id}/download-url", axum::routing::get(merchantops_handler))
        .with_state(api)
}

async fn corbado_handler(
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

async fn merchantops_handler(
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
