//! A value read where it lies in JSON text that [`check`](super::parse::check) accepted.
//!
//! A state is loaded straight from its text: the loaders walk the text through these views and
//! copy into the model only what it keeps, so that no tree of the whole state is ever built (a
//! 100,000-resource state's tree took more memory than the model and half the load time).
//! Every reader here assumes checked text: it cannot fail, and a view of unchecked text reads
//! as whatever its bytes look like, never panicking.

use crate::prelude::*;

use alloc::borrow::Cow;

use super::json::{Fields, Node, Value};

/// A JSON value inside checked text: the text and where the value starts.
#[derive(Debug, Clone, Copy)]
pub struct RawValue<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> RawValue<'t> {
    /// The value starting at byte `at` of `text` (after any white space).
    pub(crate) fn at(text: &'t str, at: usize) -> Self {
        RawValue { text, at }
    }

    fn first(self) -> u8 {
        self.text.as_bytes().get(self.at).copied().unwrap_or(b'n')
    }

    /// The JSON type name used in messages, as [`Value::kind`] says it.
    pub fn kind(self) -> &'static str {
        match self.first() {
            b'{' => "an object",
            b'[' => "an array",
            b'"' => "a string",
            b't' | b'f' => "a boolean",
            b'n' => "null",
            _ => "a number",
        }
    }

    pub fn is_null(self) -> bool {
        self.first() == b'n'
    }

    pub fn as_bool(self) -> Option<bool> {
        match self.first() {
            b't' => Some(true),
            b'f' => Some(false),
            _ => None,
        }
    }

    /// A string's text, borrowed from the JSON text unless it holds escapes.
    pub fn as_str(self) -> Option<Cow<'t, str>> {
        (self.first() == b'"').then(|| string_at(self.text, self.at).0)
    }

    pub fn as_number(self) -> Option<f64> {
        match self.first() {
            b'-' | b'0'..=b'9' => {
                let end = self.end();
                Some(super::host::parse_float(
                    self.text.get(self.at..end).unwrap_or(""),
                ))
            }
            _ => None,
        }
    }

    /// An array's items in order.
    pub fn items(self) -> Option<RawItems<'t>> {
        (self.first() == b'[').then_some(RawItems {
            text: self.text,
            at: self.at + 1,
        })
    }

    /// An object's entries in order, duplicates included.
    pub fn entries(self) -> Option<RawEntries<'t>> {
        (self.first() == b'{').then_some(RawEntries {
            text: self.text,
            at: self.at + 1,
        })
    }

    /// Where the value ends in the text.
    fn end(self) -> usize {
        skip_value(self.text.as_bytes(), self.at)
    }

    /// The value as a [`Value`] tree.
    pub fn to_value(self) -> Value {
        if let Some(items) = self.items() {
            return Value::array_from(&mut items.map(RawValue::to_value));
        }
        if let Some(entries) = self.entries() {
            return Value::object_from(
                &mut entries.map(|(key, value)| (key.into_owned(), value.to_value())),
            );
        }
        if let Some(text) = self.as_str() {
            return Value::String(text.into_owned());
        }
        if let Some(b) = self.as_bool() {
            return Value::Bool(b);
        }
        self.as_number().map_or(Value::Null, Value::Number)
    }
}

/// The items of an array in checked text.
#[derive(Clone)]
pub struct RawItems<'t> {
    text: &'t str,
    /// After `[` or after the last item read.
    at: usize,
}

impl<'t> Iterator for RawItems<'t> {
    type Item = RawValue<'t>;

    fn next(&mut self) -> Option<RawValue<'t>> {
        let bytes = self.text.as_bytes();
        let at = skip_separator(bytes, self.at)?;
        self.at = skip_value(bytes, at);
        Some(RawValue::at(self.text, at))
    }
}

/// The entries of an object in checked text.
#[derive(Clone)]
pub struct RawEntries<'t> {
    text: &'t str,
    /// After `{` or after the last entry read.
    at: usize,
}

impl<'t> Iterator for RawEntries<'t> {
    type Item = (Cow<'t, str>, RawValue<'t>);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        let at = skip_separator(bytes, self.at)?;
        let (key, after_key) = string_at(self.text, at);
        let value = skip_space(bytes, skip_space(bytes, after_key) + 1);
        self.at = skip_value(bytes, value);
        Some((key, RawValue::at(self.text, value)))
    }
}

#[inline(always)]
pub(crate) fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(at) {
        at += 1;
    }
    at
}

/// The start of the next item or entry after `at` (just past `[`, `{` or the last one), or
/// `None` at the closing bracket.
fn skip_separator(bytes: &[u8], at: usize) -> Option<usize> {
    let at = skip_space(bytes, at);
    match bytes.get(at)? {
        b']' | b'}' => None,
        b',' => Some(skip_space(bytes, at + 1)),
        _ => Some(at),
    }
}

/// Where the value starting at `at` ends. Never inlined: in wasm, V8 moves a function to
/// optimised code when it is entered again, never in the middle of one call, and a loop over
/// a state's hundred thousand items that skipped them inline would run on the baseline tier.
#[inline(never)]
fn skip_value(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        Some(b'"') => string_end(bytes, at),
        Some(b'[' | b'{') => {
            let mut depth = 0usize;
            let mut i = at;
            while let Some(&b) = bytes.get(i) {
                match b {
                    b'"' => {
                        i = string_end(bytes, i);
                        continue;
                    }
                    b'[' | b'{' => depth += 1,
                    b']' | b'}' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i
        }
        _ => {
            let mut i = at;
            while let Some(b) = bytes.get(i) {
                if matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                    break;
                }
                i += 1;
            }
            i
        }
    }
}

/// Where the string whose opening quote is at `at` ends (past its closing quote).
fn string_end(bytes: &[u8], at: usize) -> usize {
    let mut i = at + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => return i + 1,
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    i
}

/// The string whose opening quote is at `at`, and where it ends.
#[inline(never)]
pub(crate) fn string_at(text: &str, at: usize) -> (Cow<'_, str>, usize) {
    let bytes = text.as_bytes();
    let start = at + 1;
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => return (Cow::Borrowed(text.get(start..i).unwrap_or("")), i + 1),
            b'\\' => break,
            _ => i += 1,
        }
    }
    let mut out = String::from(text.get(start..i).unwrap_or(""));
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => return (Cow::Owned(out), i + 1),
            b'\\' => match read_escape(bytes, i + 1) {
                Ok((c, next)) => {
                    out.push(c);
                    i = next;
                }
                Err(_) => return (Cow::Owned(out), string_end(bytes, at)),
            },
            _ => {
                let run = i;
                while let Some(&b) = bytes.get(i) {
                    if b == b'"' || b == b'\\' {
                        break;
                    }
                    i += 1;
                }
                out.push_str(text.get(run..i).unwrap_or(""));
            }
        }
    }
    (Cow::Owned(out), i)
}

/// The character of the escape whose letter is at `at` (just past the backslash) and where
/// the escape ends, or what is wrong with it.
pub(crate) fn read_escape(bytes: &[u8], at: usize) -> Result<(char, usize), &'static str> {
    let Some(&b) = bytes.get(at) else {
        return Err("the text ends inside a string");
    };
    let c = match b {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let first = hex4(bytes, at + 1)?;
            if !(0xd800..0xdc00).contains(&first) {
                let c = char::from_u32(first).ok_or("a lone surrogate in a \\u escape")?;
                return Ok((c, at + 5));
            }
            if bytes.get(at + 5..at + 7) != Some(b"\\u") {
                return Err("a lone surrogate in a \\u escape");
            }
            let second = hex4(bytes, at + 7)?;
            if !(0xdc00..0xe000).contains(&second) {
                return Err("a lone surrogate in a \\u escape");
            }
            let code = 0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00);
            let c = char::from_u32(code).ok_or("a lone surrogate in a \\u escape")?;
            return Ok((c, at + 11));
        }
        _ => return Err("an unknown escape"),
    };
    Ok((c, at + 1))
}

fn hex4(bytes: &[u8], at: usize) -> Result<u32, &'static str> {
    let digits = bytes
        .get(at..at + 4)
        .ok_or("a \\u escape needs four hex digits")?;
    let mut code = 0;
    for &d in digits {
        let v = (d as char)
            .to_digit(16)
            .ok_or("a \\u escape needs four hex digits")?;
        code = code * 16 + v;
    }
    Ok(code)
}

impl<'a> Node<'a> for RawValue<'a> {
    type Str = Cow<'a, str>;
    type Object = Vec<(Cow<'a, str>, RawValue<'a>)>;
    type Items = RawItems<'a>;

    fn kind(self) -> &'static str {
        RawValue::kind(self)
    }

    fn is_null(self) -> bool {
        RawValue::is_null(self)
    }

    fn as_bool(self) -> Option<bool> {
        RawValue::as_bool(self)
    }

    fn as_text(self) -> Option<Cow<'a, str>> {
        RawValue::as_str(self)
    }

    fn items(self) -> Option<RawItems<'a>> {
        RawValue::items(self)
    }

    fn object(self) -> Option<Self::Object> {
        // A loop, not `collect`: see `Value::array_from`.
        let mut fields = Vec::new();
        for field in RawValue::entries(self)? {
            fields.push(field);
        }
        Some(fields)
    }
}

impl<'a> Fields<'a, RawValue<'a>> for Vec<(Cow<'a, str>, RawValue<'a>)> {
    fn len(&self) -> usize {
        <[_]>::len(self)
    }

    fn key(&self, index: usize) -> &str {
        &self[index].0
    }

    fn value(&self, index: usize) -> RawValue<'a> {
        self[index].1
    }
}
