//! Messages put together from their pieces without the formatting machinery: `format!` brings
//! `core::fmt` into a module (a few KB of wasm), and every message of a decision or an error
//! is only strings and whole numbers side by side.

use crate::prelude::*;

/// A piece of a message: text, or a whole number written in decimal.
pub(crate) trait Piece {
    fn push_to(&self, out: &mut String);
}

impl Piece for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for char {
    fn push_to(&self, out: &mut String) {
        out.push(*self);
    }
}

impl Piece for usize {
    fn push_to(&self, out: &mut String) {
        push_decimal(*self as u64, out);
    }
}

impl Piece for u32 {
    fn push_to(&self, out: &mut String) {
        push_decimal(u64::from(*self), out);
    }
}

impl Piece for u64 {
    fn push_to(&self, out: &mut String) {
        push_decimal(*self, out);
    }
}

impl Piece for alloc::borrow::Cow<'_, str> {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

/// Appends `n` in decimal.
pub(crate) fn push_decimal(mut n: u64, out: &mut String) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &digit in &digits[start..] {
        out.push(char::from(digit));
    }
}

/// Appends the low `width` hex digits of `n`, lowercase, zeros in front.
pub(crate) fn push_hex(n: u64, width: u32, out: &mut String) {
    for shift in (0..width).rev() {
        let digit = ((n >> (4 * shift)) & 0xf) as u8;
        out.push(char::from(if digit < 10 {
            b'0' + digit
        } else {
            b'a' + digit - 10
        }));
    }
}

/// The pieces one after the other: what `text!` calls, once for every message (a call site
/// only lists its pieces).
pub(crate) fn join(pieces: &[&dyn Piece]) -> String {
    let mut out = String::new();
    for piece in pieces {
        piece.push_to(&mut out);
    }
    out
}

/// The pieces one after the other as a `String`: `text!("`", user, "` is not a member")`.
macro_rules! text {
    ($($piece:expr),+ $(,)?) => {
        $crate::core::text::join(&[$(&$piece as &dyn $crate::core::text::Piece),+])
    };
}
pub(crate) use text;

#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]
mod tests {
    use super::*;

    #[test]
    fn pieces_read_as_format_would_write_them() {
        let user = "maya";
        let owned = String::from("owner");
        assert_eq!(
            text!("`", user, "` is the ", owned, " of ", 3usize, " and ", 0u32),
            "`maya` is the owner of 3 and 0"
        );
        assert_eq!(text!(u64::MAX), u64::MAX.to_string());
        let mut hex = String::new();
        push_hex(0x1f, 4, &mut hex);
        assert_eq!(hex, "001f");
        assert_eq!(text!(1_000_000usize), "1000000");
    }
}
