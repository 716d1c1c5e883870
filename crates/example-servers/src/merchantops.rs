//! The MerchantOps export-download operation over a fixed set of finished export jobs.

use std::collections::BTreeMap;
use std::sync::Mutex;

use merchantops_server::types::{ExportDownloadUrlResponse, HttpValidationError, LocationItem, ValidationError};
use merchantops_server::{GetExportDownloadUrlRequest, GetExportDownloadUrlResponse, MerchantopsApi};

/// Seconds a minted URL stays valid.
pub const URL_LIFETIME_SECONDS: i64 = 900;

/// Finished export jobs by ID, and the requests seen (for tests to inspect).
pub struct InMemoryMerchantOps {
    jobs: BTreeMap<String, String>,
    seen: Mutex<Vec<GetExportDownloadUrlRequest>>,
}

impl InMemoryMerchantOps {
    /// Jobs `job-1` and `job 2/ä` (an ID that needs percent-encoding in a path).
    pub fn sample() -> Self {
        let jobs = [("job-1", "products-2026-11.csv"), ("job 2/ä", "prices ü.csv")];
        Self {
            jobs: jobs.into_iter().map(|(id, file)| (id.to_string(), file.to_string())).collect(),
            seen: Mutex::new(Vec::new()),
        }
    }

    /// Every request the implementation received, in order.
    pub fn seen(&self) -> Vec<GetExportDownloadUrlRequest> {
        self.seen.lock().map(|seen| seen.clone()).unwrap_or_default()
    }

    fn invalid(location: &[&str], message: &str, kind: &str) -> GetExportDownloadUrlResponse {
        GetExportDownloadUrlResponse::Status422(HttpValidationError {
            detail: vec![ValidationError {
                ctx: Default::default(),
                input: None,
                loc: location.iter().map(|part| LocationItem::String(part.to_string())).collect(),
                msg: message.to_string(),
                type_: kind.to_string(),
            }],
        })
    }
}

impl MerchantopsApi for InMemoryMerchantOps {
    async fn get_export_download_url(&self, request: GetExportDownloadUrlRequest) -> GetExportDownloadUrlResponse {
        if let Ok(mut seen) = self.seen.lock() {
            seen.push(request.clone());
        }
        // The spec declares 200 and 422 only, so every refusal is a validation error.
        let authorized = request.authorization.as_deref().is_some_and(|a| a.starts_with("Bearer "))
            || request.stytch_session.is_some();
        if !authorized {
            return Self::invalid(
                &["header", "authorization"],
                "a bearer token or a session cookie is required",
                "missing",
            );
        }
        let Some(filename) = self.jobs.get(&request.job_id) else {
            return Self::invalid(&["path", "job_id"], "no finished export job with this ID", "not_found");
        };
        let organization = request.x_organization_id.as_deref().unwrap_or("default");
        GetExportDownloadUrlResponse::Status200(ExportDownloadUrlResponse {
            download_url: format!(
                "https://cdn.merchantops.example/{organization}/{}?expires={URL_LIFETIME_SECONDS}",
                filename.replace(' ', "%20")
            ),
            expires_in_seconds: URL_LIFETIME_SECONDS,
            filename: filename.clone(),
        })
    }
}
