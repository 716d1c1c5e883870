//! Generated Corbado client → generated Corbado server (example implementation) on 127.0.0.1:
//! every declared answer and every rejection path, decoded by the client as typed values.

use std::sync::Arc;

use axum::response::IntoResponse;
use codegen_tests::Served;
use corbado_client::types::{ErrorResponse, ExportType};
use corbado_client::{Client, Error};
use example_servers::corbado::InMemoryCorbado;

async fn serve() -> Served {
    let router = corbado_server::router_at_base_path(Arc::new(InMemoryCorbado::sample()));
    Served::start(router, corbado_server::BASE_PATH).await.unwrap()
}

fn client(served: &Served) -> Client {
    Client::with_basic_auth_at(&served.base_url, "pro-1", "corbado1_secret").unwrap()
}

/// The typed envelope of an error answer, or a failure naming what came instead.
fn envelope(err: Error<ErrorResponse>) -> (u16, ErrorResponse) {
    match err {
        Error::ErrorResponse(value) => (value.status().as_u16(), value.into_inner()),
        other => panic!("expected the typed error envelope, got {other:?}"),
    }
}

#[tokio::test]
async fn status_200_decodes_the_link() {
    let served = serve().await;
    let link = client(&served)
        .export_download_link_get()
        .export_type(ExportType::ConnectTimeseries)
        .filename("connect timeseries ü.csv")
        .send()
        .await
        .unwrap();
    assert_eq!(link.status().as_u16(), 200);
    assert_eq!(
        link.link,
        "https://exports.example.test/connect-timeseries/connect%20timeseries%20ü.csv?signature=fixed"
    );
}

#[tokio::test]
async fn default_answer_chosen_by_the_implementation_decodes() {
    let served = serve().await;
    let err = client(&served)
        .export_download_link_get()
        .export_type(ExportType::Credentials)
        .filename("nope.csv")
        .send()
        .await
        .unwrap_err();
    let (status, body) = envelope(err);
    assert_eq!((status, body.http_status_code), (404, 404));
    assert_eq!(body.error.type_, "not_found");
}

#[tokio::test]
async fn wrong_secret_is_refused_by_the_implementation() {
    let served = serve().await;
    let client = Client::with_basic_auth_at(&served.base_url, "pro-1", "wrong").unwrap();
    let err =
        client.export_download_link_get().export_type(ExportType::Credentials).filename("a").send().await.unwrap_err();
    let (status, body) = envelope(err);
    assert_eq!(status, 401);
    assert_eq!(body.message, "project ID or API secret is wrong");
}

#[tokio::test]
async fn missing_credentials_are_rejected_with_401_before_input_validation() {
    let served = serve().await;
    // No credentials *and* a bad path value: the 401 comes first.
    let response = reqwest::get(format!("{}/exports/foo/a.csv/downloadLink", served.base_url)).await.unwrap();
    assert_eq!(response.status().as_u16(), 401);
    assert_eq!(response.headers()["content-type"], "application/json");
    // The challenge of the spec's scheme (RFC 9110 requires one on every 401).
    assert_eq!(response.headers()["www-authenticate"], r#"Basic realm="Corbado Backend API", charset="UTF-8""#);
    let body: ErrorResponse = response.json().await.unwrap();
    assert_eq!(body.http_status_code, 401);
    assert_eq!(body.error.type_, "unauthorized");
    assert!(body.message.contains("missing `Authorization: Basic"), "{}", body.message);
    assert_eq!(body.error.validation.len(), 1);
    assert_eq!(body.error.validation[0].field, "header.authorization");

    // The generated client without credentials gets the same typed envelope.
    let err = Client::new(&served.base_url)
        .export_download_link_get()
        .export_type(ExportType::Credentials)
        .filename("a")
        .send()
        .await
        .unwrap_err();
    assert_eq!(envelope(err).0, 401);
}

#[tokio::test]
async fn malformed_credentials_are_rejected_with_401() {
    let served = serve().await;
    for header in ["Basic not-base64!", "Basic bm9jb2xvbg==", "Bearer abc"] {
        let response = codegen_tests::http_client()
            .get(format!("{}/exports/credentials/a.csv/downloadLink", served.base_url))
            .header("authorization", header)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 401, "{header}");
        let body: ErrorResponse = response.json().await.unwrap();
        assert_eq!(body.error.type_, "unauthorized", "{header}");
    }
}

#[tokio::test]
async fn bad_path_value_is_rejected_with_the_declared_envelope() {
    let served = serve().await;
    let response = codegen_tests::http_client()
        .get(format!("{}/exports/foo/a.csv/downloadLink", served.base_url))
        .basic_auth("pro-1", Some("corbado1_secret"))
        .header("x-request-id", "req-test-1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let body: ErrorResponse = response.json().await.unwrap();
    assert_eq!(body.http_status_code, 400);
    assert_eq!(body.request_data.request_id, "req-test-1");
    assert_eq!(body.error.type_, "invalid_request");
    assert_eq!(body.error.validation.len(), 1);
    assert_eq!(body.error.validation[0].field, "path.exportType");
    assert!(body.error.validation[0].message.contains("unknown variant `foo`"), "{}", body.error.validation[0].message);
}

/// An implementation that renders rejections itself.
struct PlainRejections(InMemoryCorbado);

impl corbado_server::CorbadoApi for PlainRejections {
    async fn export_download_link_get(
        &self,
        credentials: corbado_server::BasicCredentials,
        request: corbado_server::ExportDownloadLinkGetRequest,
    ) -> corbado_server::ExportDownloadLinkGetResponse {
        self.0.export_download_link_get(credentials, request).await
    }

    fn reject(
        &self,
        operation: corbado_server::Operation,
        rejection: corbado_server::Rejection,
    ) -> axum::response::Response {
        let body = serde_json::json!({
            "operation": operation.operation_id(),
            "reason": rejection.reason.code(),
            "fields": rejection.problems.iter().map(|p| p.field()).collect::<Vec<_>>(),
        });
        (axum::http::StatusCode::UNPROCESSABLE_ENTITY, axum::Json(body)).into_response()
    }
}

#[tokio::test]
async fn an_implementation_can_render_rejections_itself() {
    let router = corbado_server::router(Arc::new(PlainRejections(InMemoryCorbado::sample())));
    let served = Served::start(router, "").await.unwrap();
    let response = codegen_tests::http_client()
        .get(format!("{}/exports/foo/a.csv/downloadLink", served.base_url))
        .basic_auth("pro-1", Some("corbado1_secret"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        body,
        serde_json::json!({"operation": "ExportDownloadLinkGet", "reason": "invalid_request", "fields": ["path.exportType"]})
    );
}
