//! The generated Corbado client against a real loopback server: what it sends, and how every
//! declared answer (200 and the `default` error envelope) decodes.

use codegen_tests::RecordingServer;
use corbado_client::types::{ExportDownloadLink, ExportType};
use corbado_client::{Client, DEFAULT_BASE_URL, Error};

const LINK: &str = r#"{"link":"https://files.example/exports/a.csv?sig=1"}"#;

const ENVELOPE: &str = r#"{
  "httpStatusCode": 404,
  "message": "export file not found",
  "requestData": {"requestID": "req-557", "link": "https://my.corbado.com/requests/req-557"},
  "runtime": 0.061,
  "error": {
    "type": "not_found",
    "details": "no such file",
    "validation": [{"field": "filename", "message": "unknown"}],
    "links": ["https://docs.corbado.com/errors"]
  }
}"#;

#[test]
fn one_line_constructor_targets_the_specs_server() {
    use corbado_client::ClientInfo;
    assert_eq!(DEFAULT_BASE_URL, "https://backendapi.corbado.io/v2");
    let client = Client::with_basic_auth("pro-1", "secret").unwrap();
    assert_eq!(client.baseurl(), DEFAULT_BASE_URL);
}

#[tokio::test]
async fn sends_method_path_and_basic_auth() {
    let server = RecordingServer::start(200, LINK, "/v2").await.unwrap();
    let client = Client::with_basic_auth_at(&server.base_url, "pro-1234", "corbado1_secret").unwrap();

    let link = client
        .export_download_link_get()
        .export_type(ExportType::ConnectTimeseries)
        .filename("report 2024/ü ß.csv")
        .send()
        .await
        .unwrap();

    assert_eq!(link.status().as_u16(), 200);
    assert_eq!(link.into_inner(), ExportDownloadLink::new("https://files.example/exports/a.csv?sig=1".into()));
    let request = server.single_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, "/v2/exports/connect-timeseries/report%202024%2F%C3%BC%20%C3%9F.csv/downloadLink");
    // base64("pro-1234:corbado1_secret")
    assert_eq!(request.header("authorization"), Some("Basic cHJvLTEyMzQ6Y29yYmFkbzFfc2VjcmV0"));
    assert_eq!(request.header("accept"), Some("application/json"));
}

#[tokio::test]
async fn every_non_success_status_decodes_the_error_envelope() {
    for status in [400u16, 401, 404, 422, 500, 503] {
        let body = ENVELOPE.replace("404", &status.to_string());
        let server = RecordingServer::start(status, &body, "/v2").await.unwrap();
        let client = Client::with_basic_auth_at(&server.base_url, "pro-1", "s").unwrap();

        let err = client
            .export_download_link_get()
            .export_type(ExportType::Credentials)
            .filename("a.csv")
            .send()
            .await
            .unwrap_err();

        let Error::ErrorResponse(envelope) = err else {
            panic!("status {status}: expected the typed envelope, got {err:?}")
        };
        assert_eq!(envelope.status().as_u16(), status);
        assert_eq!(envelope.http_status_code, i32::from(status));
        assert_eq!(envelope.message, "export file not found");
        assert_eq!(envelope.request_data.request_id, "req-557");
        assert_eq!(envelope.error.type_, "not_found");
        assert_eq!(envelope.error.details.as_deref(), Some("no such file"));
        assert_eq!(envelope.error.validation[0].field, "filename");
        assert_eq!(envelope.error.links, ["https://docs.corbado.com/errors"]);
    }
}

#[tokio::test]
async fn an_undecodable_error_body_is_reported_not_swallowed() {
    let server = RecordingServer::start(500, r#"{"unexpected": true}"#, "/v2").await.unwrap();
    let client = Client::with_basic_auth_at(&server.base_url, "pro-1", "s").unwrap();
    let err =
        client.export_download_link_get().export_type(ExportType::Credentials).filename("a").send().await.unwrap_err();
    assert!(matches!(err, Error::InvalidResponsePayload(..)), "{err:?}");
}
