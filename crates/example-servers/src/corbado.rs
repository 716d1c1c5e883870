//! The Corbado export-link operation over a fixed set of export files.

use std::collections::BTreeMap;

use crate::Secret;

use axum::http::StatusCode;
use corbado_server::types::{
    ErrorResponse, ErrorResponseError, ErrorResponseRequestData, ExportDownloadLink, ExportType,
};
use corbado_server::{
    AnyStatus, BasicCredentials, CorbadoApi, ExportDownloadLinkGetRequest, ExportDownloadLinkGetResponse,
};

/// One project (ID and API secret) and the export files it holds.
pub struct InMemoryCorbado {
    pub project_id: String,
    api_secret: Secret,
    files: BTreeMap<(ExportType, String), String>,
}

impl InMemoryCorbado {
    /// Project `pro-1` with secret `corbado1_secret` and two export files.
    pub fn sample() -> Self {
        let mut corbado =
            Self { project_id: "pro-1".into(), api_secret: Secret::new("corbado1_secret"), files: BTreeMap::new() };
        corbado.add(ExportType::Credentials, "credentials-2026-11.csv");
        corbado.add(ExportType::ConnectTimeseries, "connect timeseries ü.csv");
        corbado
    }

    pub fn add(&mut self, export_type: ExportType, filename: &str) {
        let link =
            format!("https://exports.example.test/{export_type}/{}?signature=fixed", filename.replace(' ', "%20"));
        self.files.insert((export_type, filename.to_string()), link);
    }

    fn error(&self, status: StatusCode, kind: &str, message: &str) -> ExportDownloadLinkGetResponse {
        let body = ErrorResponse {
            data: Default::default(),
            error: ErrorResponseError {
                details: Some(message.to_string()),
                links: Vec::new(),
                type_: kind.to_string(),
                validation: Vec::new(),
            },
            http_status_code: i32::from(status.as_u16()),
            message: message.to_string(),
            request_data: ErrorResponseRequestData { link: None, request_id: "req-example".into() },
            runtime: 0.0,
        };
        ExportDownloadLinkGetResponse::Default(AnyStatus::from(status), body)
    }
}

impl CorbadoApi for InMemoryCorbado {
    async fn export_download_link_get(
        &self,
        credentials: BasicCredentials,
        request: ExportDownloadLinkGetRequest,
    ) -> ExportDownloadLinkGetResponse {
        // Both compared in full, so the time taken does not tell which was wrong.
        let project = credentials.username == self.project_id;
        let secret = self.api_secret.matches(&credentials.password);
        if !(project && secret) {
            return self.error(StatusCode::UNAUTHORIZED, "unauthorized", "project ID or API secret is wrong");
        }
        match self.files.get(&(request.export_type, request.filename)) {
            Some(link) => ExportDownloadLinkGetResponse::Status200(ExportDownloadLink { link: link.clone() }),
            None => self.error(StatusCode::NOT_FOUND, "not_found", "no such export file"),
        }
    }
}
