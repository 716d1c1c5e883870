//! Status codes for `default` and range (`4XX`) answers: the implementation picks the code,
//! and these types make a code outside what the spec allows impossible to construct.

use axum::http::StatusCode;

/// A status in the class `CLASS`xx (e.g. `RangeStatus<4>` is 400–499).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RangeStatus<const CLASS: u16>(StatusCode);

impl<const CLASS: u16> RangeStatus<CLASS> {
    /// `None` when `code` is not in the class.
    pub fn new(code: u16) -> Option<Self> {
        let in_class = (CLASS * 100..CLASS * 100 + 100).contains(&code);
        in_class.then(|| StatusCode::from_u16(code).ok().map(Self)).flatten()
    }

    /// `code` when it is in the class, else the class's first code (`RangeStatus<4>` → 400).
    pub fn clamped(code: u16) -> Self {
        Self::new(code).unwrap_or(Self(StatusCode::from_u16(CLASS * 100).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)))
    }

    pub fn code(self) -> StatusCode {
        self.0
    }
}

/// Any valid status (100–599), for `default` answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnyStatus(StatusCode);

impl AnyStatus {
    pub fn new(code: u16) -> Option<Self> {
        (100..600).contains(&code).then(|| StatusCode::from_u16(code).ok().map(Self)).flatten()
    }

    pub fn code(self) -> StatusCode {
        self.0
    }
}

impl From<StatusCode> for AnyStatus {
    fn from(status: StatusCode) -> Self {
        // StatusCode holds 100–999; codes past 599 have no meaning in HTTP and read as 500.
        if status.as_u16() < 600 { Self(status) } else { Self(StatusCode::INTERNAL_SERVER_ERROR) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_status_only_holds_its_class() {
        assert_eq!(RangeStatus::<4>::new(418).map(|s| s.code().as_u16()), Some(418));
        assert!(RangeStatus::<4>::new(500).is_none());
        assert!(RangeStatus::<5>::new(600).is_none());
        assert!(AnyStatus::new(99).is_none());
        assert_eq!(RangeStatus::<4>::clamped(503).code(), StatusCode::BAD_REQUEST);
        assert_eq!(AnyStatus::new(404).map(|s| s.code()), Some(StatusCode::NOT_FOUND));
    }
}
