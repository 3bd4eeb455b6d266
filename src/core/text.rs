//! Messages put together from their pieces without the formatting machinery: `format!` brings
//! `core::fmt` into a module (a few KB of wasm), and every message of a decision or an error
//! is only strings and whole numbers side by side. A message's literals are joined at compile
//! time into one template, so a call site hands over one string and its other pieces: a piece
//! each, as before, cost the browsers' kernels 1.3–1.5 KB of their gzip.

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

/// Where a template holds the next piece that is not a literal: the NUL character, which no
/// message's literal holds (`text!` checks each at compile time).
pub(crate) const SLOT: char = '\u{0}';

/// `template` with each [`SLOT`] replaced by the next of `pieces`: what `text!` calls, once
/// for every message. A call site passes its literals as one string and only the rest as
/// pieces, which costs a module a few bytes a message instead of a few bytes a piece.
pub(crate) fn fill(template: &str, pieces: &[&dyn Piece]) -> String {
    let mut out = String::new();
    let mut pieces = pieces.iter();
    // The slots found byte by byte rather than with `str::split`, whose searcher (memchr
    // included) is the only one a browser's kernel would otherwise carry: SLOT is one byte
    // in UTF-8, and no other character's encoding holds a zero byte.
    let mut part_start = 0;
    for (at, &byte) in template.as_bytes().iter().enumerate() {
        if byte == SLOT as u8 {
            out.push_str(template.get(part_start..at).unwrap_or_default());
            if let Some(piece) = pieces.next() {
                piece.push_to(&mut out);
            }
            part_start = at + 1;
        }
    }
    out.push_str(template.get(part_start..).unwrap_or_default());
    out
}

/// `items` with `separator` between them: `[T]::join` without its generic machinery, which a
/// browser's kernel would carry for two messages.
pub(crate) fn joined(items: &[&str], separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item);
    }
    out
}

/// The part of `text` before the first `ascii` character, or all of it. Byte by byte, for the
/// reason [`fill`] gives.
pub(crate) fn before(text: &str, ascii: u8) -> &str {
    match text.as_bytes().iter().position(|&byte| byte == ascii) {
        Some(at) => text.get(..at).unwrap_or(text),
        None => text,
    }
}

/// Whether `literal` is free of [`SLOT`]: checked at compile time for every literal of a
/// `text!`, whose template would otherwise misplace its pieces.
pub(crate) const fn free_of_slot(literal: &str) -> bool {
    let bytes = literal.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0 {
            return false;
        }
        i += 1;
    }
    true
}

/// The pieces one after the other as a `String`: `text!("`", user, "` is not a member")`.
/// Literals (strings, characters, whole numbers) go into the template as they are written;
/// every other piece fills a slot.
macro_rules! text {
    (@munch [$($template:expr),*] [$($arg:expr),*] $literal:literal $(, $($rest:tt)*)?) => {{
        const _: () = assert!($crate::core::text::free_of_slot(concat!($literal)));
        $crate::core::text::text!(@munch [$($template,)* $literal] [$($arg),*] $($($rest)*)?)
    }};
    (@munch [$($template:expr),*] [$($arg:expr),*] $piece:expr $(, $($rest:tt)*)?) => {
        $crate::core::text::text!(@munch [$($template,)* "\u{0}"] [$($arg,)* $piece] $($($rest)*)?)
    };
    (@munch [$($template:expr),*] [$($arg:expr),*]) => {
        $crate::core::text::fill(
            concat!($($template),*),
            &[$(&$arg as &dyn $crate::core::text::Piece),*],
        )
    };
    ($($piece:tt)+) => {
        $crate::core::text::text!(@munch [] [] $($piece)+)
    };
}
pub(crate) use text;

/// `[name(ALL[0]), name(ALL[1]), …]` for a `const fn name` over the array `ALL` of an enum's
/// values: the names a message or a reader lists, written at compile time (an array's `map`
/// at run time is an instance of its own in the module).
macro_rules! names_of {
    ($all:expr, $name:path) => {{
        let mut names = [""; $all.len()];
        let mut i = 0;
        while i < names.len() {
            names[i] = $name($all[i]);
            i += 1;
        }
        names
    }};
}
pub(crate) use names_of;

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

    #[test]
    fn literals_and_pieces_keep_their_order_whatever_the_pieces_hold() {
        let count = 2usize;
        // A piece that holds the template's slot character is written as it is.
        let odd = "a\u{0}b";
        assert_eq!(
            text!('`', odd, "` has ", count, ' ', "roles", '.'),
            "`a\u{0}b` has 2 roles."
        );
        // An expression that starts with a literal is a piece, not a literal.
        assert_eq!(text!("x".repeat(3), "-", "y".len()), "xxx-1");
        assert_eq!(text!(odd, odd), "a\u{0}ba\u{0}b");
        assert_eq!(text!("only a literal"), "only a literal");
        // Pieces at either end, next to each other, and characters outside ASCII around a slot.
        assert_eq!(text!(count, count, "é", odd, "ü"), "22éa\u{0}bü");
    }

    #[test]
    fn joined_and_before_read_as_join_and_split_would() {
        assert_eq!(joined(&[], ", "), "");
        assert_eq!(joined(&["a"], ", "), "a");
        assert_eq!(joined(&["a", "", "ç"], "`, `"), "a`, ``, `ç");
        assert_eq!(before("container.start", b'.'), "container");
        assert_eq!(before("/host:/data:ro", b':'), "/host");
        assert_eq!(before("no-dot", b'.'), "no-dot");
        assert_eq!(before(".lead", b'.'), "");
        assert_eq!(before("é:x", b':'), "é");
    }
}
