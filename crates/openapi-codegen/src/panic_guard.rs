//! progenitor and typify `assert!`, `unwrap` and `todo!` on input they do not expect. A panic
//! there is a spec the engine cannot handle: it is caught and reported, not printed as a crash.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Set while a guarded call runs on this thread: its panic message lands here, not on stderr.
    static CAPTURED: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

static INSTALL: Once = Once::new();

/// Runs `f`; a panic inside becomes `Err(message)`.
pub fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let captured = CAPTURED.with(|slot| {
                let mut slot = slot.borrow_mut();
                match slot.as_mut() {
                    Some(message) => {
                        let location = info
                            .location()
                            .map(|l| format!(" ({}:{})", short_path(l.file()), l.line()))
                            .unwrap_or_default();
                        *message = Some(format!("{}{location}", payload_text(info.payload())));
                        true
                    }
                    None => false,
                }
            });
            if !captured {
                previous(info);
            }
        }));
    });
    CAPTURED.with(|slot| *slot.borrow_mut() = Some(None));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    let message = CAPTURED.with(|slot| slot.borrow_mut().take().flatten());
    result.map_err(|payload| message.unwrap_or_else(|| payload_text(payload.as_ref())))
}

/// `…/progenitor-impl-0.15.1/src/to_schema.rs`: the crate and file, not the host's layout.
fn short_path(file: &str) -> String {
    let parts: Vec<&str> = file.split(['/', '\\']).collect();
    let start = parts.iter().rposition(|p| *p == "src").map_or(0, |i| i.saturating_sub(1));
    parts[start..].join("/")
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "panic with a non-text payload".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_becomes_error_with_message() {
        let err = catch_panic(|| -> u8 { panic!("boom {}", 7) }).unwrap_err();
        assert!(err.starts_with("boom 7"), "{err}");
        assert_eq!(catch_panic(|| 3).unwrap(), 3);
    }
}
