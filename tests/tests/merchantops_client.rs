//! The generated MerchantOps client against a real loopback server: optional `authorization`
//! and `X-Organization-ID` headers, the `stytch_session` cookie, and how 200 and the FastAPI
//! 422 body (with string and integer `loc` items) decode.

use codegen_tests::RecordingServer;
use merchantops_client::types::{ExportDownloadUrlResponse, LocationItem};
use merchantops_client::{Client, DEFAULT_BASE_URL, Error};

const URL_BODY: &str =
    r#"{"download_url":"https://cdn.example/exports/1.csv?sig=x","filename":"products.csv","expires_in_seconds":900}"#;

const VALIDATION: &str = r#"{"detail":[
  {"loc":["path","job_id"],"msg":"Field required","type":"missing"},
  {"loc":["body","items",3,"price"],"msg":"Input should be greater than 0","type":"greater_than","input":-1,"ctx":{"gt":0}}
]}"#;

#[test]
fn default_base_url_is_the_specs_server() {
    assert_eq!(DEFAULT_BASE_URL, "https://api.merchantops.ai");
}

#[tokio::test]
async fn sends_headers_cookie_and_encoded_path() {
    let server = RecordingServer::start(200, URL_BODY, "").await.unwrap();
    let client = Client::new(&server.base_url);

    let answer = client
        .get_export_download_url()
        .job_id("job 42/ä")
        .authorization("Bearer sk_test_1")
        .x_organization_id("org_7")
        .stytch_session("session token;with=odd chars")
        .send()
        .await
        .unwrap();

    assert_eq!(
        answer.into_inner(),
        ExportDownloadUrlResponse::new("https://cdn.example/exports/1.csv?sig=x".into(), 900, "products.csv".into())
    );
    let request = server.single_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, "/api/products/export/job%2042%2F%C3%A4/download-url");
    assert_eq!(request.header("authorization"), Some("Bearer sk_test_1"));
    assert_eq!(request.header("x-organization-id"), Some("org_7"));
    assert_eq!(request.header("cookie"), Some("stytch_session=session%20token%3Bwith=odd%20chars"));
    assert!(request.headers.get("stytch_session").is_none(), "the cookie must not also travel as a header");
}

#[tokio::test]
async fn optional_parameters_left_out_send_nothing() {
    let server = RecordingServer::start(200, URL_BODY, "").await.unwrap();
    let client = Client::new(&server.base_url);

    client.get_export_download_url().job_id("j1").send().await.unwrap();

    let request = server.single_request();
    assert_eq!(request.target, "/api/products/export/j1/download-url");
    for absent in ["authorization", "x-organization-id", "cookie", "stytch_session"] {
        assert!(request.headers.get(absent).is_none(), "{absent} was sent");
    }
}

#[tokio::test]
async fn validation_error_decodes_with_string_and_integer_locations() {
    let server = RecordingServer::start(422, VALIDATION, "").await.unwrap();
    let client = Client::new(&server.base_url);

    let err = client.get_export_download_url().job_id("j1").send().await.unwrap_err();

    let Error::ErrorResponse(body) = err else { panic!("expected the typed 422 body, got {err:?}") };
    assert_eq!(body.status().as_u16(), 422);
    let detail = &body.detail;
    assert_eq!(detail.len(), 2);
    assert_eq!(detail[0].loc, [LocationItem::String("path".into()), LocationItem::String("job_id".into())]);
    assert_eq!(detail[0].msg, "Field required");
    assert_eq!(detail[0].type_, "missing");
    assert_eq!(detail[1].loc[2], LocationItem::Integer(3));
    assert_eq!(detail[1].input, Some(serde_json::json!(-1)));
    assert_eq!(detail[1].ctx.get("gt"), Some(&serde_json::json!(0)));
}

#[tokio::test]
async fn an_undeclared_status_is_an_unexpected_response() {
    let server = RecordingServer::start(500, r#"{"oops":1}"#, "").await.unwrap();
    let client = Client::new(&server.base_url);
    let err = client.get_export_download_url().job_id("j1").send().await.unwrap_err();
    let Error::UnexpectedResponse(response) = err else { panic!("expected UnexpectedResponse, got {err:?}") };
    assert_eq!(response.status().as_u16(), 500);
}
