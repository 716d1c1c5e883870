//! placeholder (being written)
use crate::diagnostic::{Diagnostic, PointerError};
pub fn normalize_31(doc: &mut serde_json::Value, diagnostics: &mut Vec<Diagnostic>) -> Result<(), PointerError> {
    let _ = diagnostics;
    if let Some(o) = doc.as_object_mut() { o.insert("openapi".into(), "3.0.3".into()); }
    Ok(())
}
