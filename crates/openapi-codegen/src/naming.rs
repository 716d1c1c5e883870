//! Names as progenitor and typify spell them, so code we add beside theirs refers to the
//! same identifiers (type names, `OperationInfo::operation_id`).

use heck::{ToPascalCase, ToSnakeCase};

#[derive(Clone, Copy)]
pub enum Case {
    Pascal,
    Snake,
}

/// typify's `sanitize`: non-identifier characters split words, the case is applied, a leading
/// non-letter gets an `x`/`X` prefix, and a keyword gets a trailing `_`.
pub fn sanitize(input: &str, case: Case) -> String {
    let to_case = |text: &str| match case {
        Case::Pascal => text.to_pascal_case(),
        Case::Snake => text.to_snake_case(),
    };
    let cleaned: String =
        input.replace('\'', "").chars().map(|c| if c.is_alphanumeric() || c == '_' { c } else { '-' }).collect();
    let out = match input {
        "+1" => "plus1".to_string(),
        "-1" => "minus1".to_string(),
        _ => to_case(&cleaned),
    };
    let out = match out.chars().next() {
        None => to_case("x"),
        Some(c) if c.is_alphabetic() || c == '_' => out,
        Some(_) => format!("{}{out}", to_case("x")),
    };
    if syn::parse_str::<syn::Ident>(&out).is_ok() { out } else { format!("{out}_") }
}

/// `name` with the comparison operators that parameter names use as suffixes spelt out as
/// words (`StartTime<` → `StartTime_lt_`), so names that differ only by them stay apart once
/// cased.
pub fn spell_operators(name: &str) -> String {
    let mut spelt = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        match c {
            '<' => spelt.push_str("_lt_"),
            '>' => spelt.push_str("_gt_"),
            '=' => spelt.push_str("_eq_"),
            '!' => spelt.push_str("_not_"),
            other => spelt.push(other),
        }
    }
    spelt
}

/// The first of `base`, `base<separator>2`, `base<separator>3`, … that `taken` does not hold.
pub fn first_free(base: &str, separator: char, taken: impl Fn(&str) -> bool) -> String {
    std::iter::once(base.to_string())
        .chain((2..).map(|n| format!("{base}{separator}{n}")))
        .find(|candidate| !taken(candidate))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_typify_spelling() {
        assert_eq!(sanitize("exportDownloadLink", Case::Pascal), "ExportDownloadLink");
        assert_eq!(sanitize("error-response", Case::Pascal), "ErrorResponse");
        assert_eq!(sanitize("ExportDownloadLinkGet", Case::Snake), "export_download_link_get");
        assert_eq!(sanitize("getBook", Case::Snake), "get_book");
        assert_eq!(sanitize("type", Case::Snake), "type_");
        assert_eq!(sanitize("2fa", Case::Pascal), "X2fa");
    }
}
