//! What the core asks of the JS host instead of carrying its own code: Rust's float
//! formatting and parsing would add some 30 KB to the module for the few non-integer numbers
//! a state holds. Every `js_sys` call outside the bindings lives here.

/// The shortest text of a double that reads back as it, by `Number.prototype.toString`.
pub(crate) fn float_text(n: f64) -> String {
    String::from(
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .unwrap_or_else(|_| "null".into()),
    )
}

/// The double nearest to a JSON number's text, by `parseFloat`.
pub(crate) fn parse_float(text: &str) -> f64 {
    js_sys::parse_float(text)
}
