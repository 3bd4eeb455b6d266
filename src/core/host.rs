//! What the core asks of its host instead of carrying its own code: under wasm, the
//! JavaScript engine's number text and number parsing (Rust's float formatting and parsing
//! would add some 30 KB to the module for the few non-integer numbers a state or an argument
//! holds) and, for the keyed tables of the full build, random bits. Natively, the standard
//! library's own.

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

        #[cfg(feature = "std")]
        #[wasm_bindgen(js_namespace = Math)]
        pub(super) fn random() -> f64;
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

/// 64 random bits from the host (`Math.random`, 32 bits a draw): the key of the tables that
/// store ids a caller chooses. Unpredictable to a caller, which is all a hash key needs.
#[cfg(all(feature = "std", target_arch = "wasm32"))]
pub(crate) fn random_u64() -> u64 {
    let draw = || (js::random() * 4_294_967_296.0) as u64;
    (draw() << 32) | draw()
}
