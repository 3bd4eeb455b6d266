//! What the core asks of its host instead of carrying its own code: under wasm, the
//! JavaScript engine's number text and number parsing (Rust's float formatting and parsing
//! would add some 30 KB to the module for the few non-integer numbers a state or an argument
//! holds). Natively, the standard library's own.

use crate::prelude::*;

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::wasm_bindgen;

    use crate::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_name = parseFloat)]
        pub(super) fn parse_float(text: &str) -> f64;

        #[wasm_bindgen(js_name = String)]
        pub(super) fn number_text(n: f64) -> String;
    }
}

/// The shortest text of a double that reads back as it: JavaScript's `String(n)` under wasm,
/// Rust's `Display` natively (the same digits).
pub(crate) fn float_text(n: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js::number_text(n)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        n.to_string()
    }
}

/// The double nearest to a JSON number's text: `parseFloat` under wasm, Rust's correctly
/// rounded parser natively.
pub(crate) fn parse_float(text: &str) -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js::parse_float(text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.parse().unwrap_or(f64::NAN)
    }
}
