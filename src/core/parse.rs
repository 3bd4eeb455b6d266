//! JSON text to a [`Value`], on every target.
//!
//! The same parser natively and in wasm: a state given as text is parsed inside the module in
//! one pass, instead of becoming a JS object graph that the module then reads property by
//! property, and both builds accept and refuse exactly the same texts. It keeps every key in
//! order, duplicates included (the loaders refuse those with their path), and reports where
//! the text stops being JSON.

use super::error::{Error, ErrorCode, Result};
use super::json::Value;

/// The deepest nesting the parser follows; [`Limits`](super::limits::Limits) allow at most
/// 100, so a deeper text is refused before the stack is at risk.
const MAX_NESTING: usize = 128;

impl Value {
    /// Parses JSON text (RFC 8259).
    pub fn parse(text: &str) -> Result<Value> {
        let mut parser = Parser {
            bytes: text.as_bytes(),
            at: 0,
        };
        parser.skip_space();
        let value = parser.value(0)?;
        parser.skip_space();
        if parser.at < parser.bytes.len() {
            return Err(parser.error("more text after the JSON value"));
        }
        Ok(value)
    }
}

struct Parser<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    /// An `invalid_json` error at the current position, as line and column.
    fn error(&self, what: &str) -> Error {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Error::new(
            ErrorCode::InvalidJson,
            "",
            format!("not valid JSON at line {line} column {column}: {what}"),
        )
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<()> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value> {
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("the text ends where a value belongs")),
        }
    }

    fn nest(&self, depth: usize) -> Result<()> {
        if depth >= MAX_NESTING {
            return Err(Error::new(
                ErrorCode::LimitExceeded,
                "",
                format!("nesting deeper than {MAX_NESTING} levels, over any `maxDepth`"),
            ));
        }
        Ok(())
    }

    fn array(&mut self, depth: usize) -> Result<Value> {
        self.nest(depth)?;
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value> {
        self.nest(depth)?;
        self.at += 1;
        let mut fields = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let key = self.string()?;
            self.skip_space();
            self.expect(b':', "expected `:` after a key")?;
            self.skip_space();
            fields.push((key, self.value(depth + 1)?));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(fields));
                }
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String> {
        self.at += 1;
        let start = self.at;
        // The common case: no escapes, copied at once.
        while let Some(b) = self.peek() {
            match b {
                b'"' => {
                    let text = self.text(start, self.at)?.to_owned();
                    self.at += 1;
                    return Ok(text);
                }
                b'\\' => break,
                0..=0x1f => return Err(self.error("a control character inside a string")),
                _ => self.at += 1,
            }
        }
        let mut out = self.text(start, self.at)?.to_owned();
        loop {
            let run = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(self.text(run, self.at)?);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error("a control character inside a string")),
                None => return Err(self.error("the text ends inside a string")),
            }
        }
    }

    fn text(&self, start: usize, end: usize) -> Result<&str> {
        // The input is a `&str` and the bounds sit on ASCII bytes, so this always holds.
        std::str::from_utf8(&self.bytes[start..end]).map_err(|_| self.error("not UTF-8"))
    }

    fn escape(&mut self, out: &mut String) -> Result<()> {
        let Some(b) = self.peek() else {
            return Err(self.error("the text ends inside a string"));
        };
        self.at += 1;
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
                let first = self.hex4()?;
                let code = if (0xd800..0xdc00).contains(&first) {
                    if !self.bytes[self.at..].starts_with(b"\\u") {
                        return Err(self.error("a lone surrogate in a \\u escape"));
                    }
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xdc00..0xe000).contains(&second) {
                        return Err(self.error("a lone surrogate in a \\u escape"));
                    }
                    0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                } else {
                    first
                };
                char::from_u32(code)
                    .ok_or_else(|| self.error("a lone surrogate in a \\u escape"))?
            }
            _ => return Err(self.error("an unknown escape")),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("a \\u escape needs four hex digits"))?;
        let mut code = 0;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or_else(|| self.error("a \\u escape needs four hex digits"))?;
            code = code * 16 + v;
        }
        self.at += 4;
        Ok(code)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("a number needs digits")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error("a number needs digits after `.`"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("a number needs digits in its exponent"));
            }
        }
        let n = float(self.text(start, self.at)?);
        if n.is_finite() {
            Ok(Value::Number(n))
        } else {
            Err(self.error("a number too large for a double"))
        }
    }
}

/// The double nearest to a JSON number's text (the host's parsing, under wasm).
#[cfg(not(target_arch = "wasm32"))]
fn float(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

#[cfg(target_arch = "wasm32")]
use crate::wasm::host::parse_float as float;

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Value {
        Value::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn every_kind_of_value() {
        assert_eq!(
            parsed(r#" {"a": [1, -2.5e3, 0, true, false, null], "b": {}, "c": [], "d": "x"} "#),
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number(1.0),
                        Value::Number(-2500.0),
                        Value::Number(0.0),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null
                    ])
                ),
                ("b".into(), Value::Object(vec![])),
                ("c".into(), Value::Array(vec![])),
                ("d".into(), Value::String("x".into())),
            ])
        );
    }

    #[test]
    fn escapes_and_unicode() {
        assert_eq!(
            parsed(r#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00é""#),
            Value::String("a\"b\\c/d\u{8}\u{c}\n\r\té😀é".into())
        );
    }

    #[test]
    fn duplicate_keys_are_kept_in_order() {
        assert_eq!(
            parsed(r#"{"a":1,"a":2}"#),
            Value::Object(vec![
                ("a".into(), Value::Number(1.0)),
                ("a".into(), Value::Number(2.0))
            ])
        );
    }

    #[test]
    fn what_is_not_json_is_refused_with_its_place() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{a:1}",
            "01",
            "1.",
            "-",
            "1e",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"a\nb\"",
            "tru",
            "[1] 2",
            "1e999",
            "{\"a\":1,}",
            "\"\\u12\"",
            "'a'",
            "NaN",
        ] {
            let error = Value::parse(text).expect_err(text);
            assert_eq!(error.code(), "invalid_json", "{text:?}");
            assert!(
                error.message().contains("line 1 column"),
                "{text:?}: {}",
                error.message()
            );
        }
        let error = Value::parse("{\n  \"a\": tru\n}").unwrap_err();
        assert!(
            error.message().contains("line 2 column 8"),
            "{}",
            error.message()
        );
    }

    #[test]
    fn nesting_stops_before_the_stack_does() {
        let deep = "[".repeat(100_000);
        assert_eq!(Value::parse(&deep).unwrap_err().code(), "limit_exceeded");
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(Value::parse(&fine).is_ok());
    }

    #[test]
    fn numbers_are_doubles() {
        assert_eq!(
            parsed("9007199254740993"),
            Value::Number(9007199254740992.0)
        );
        assert_eq!(parsed("-0"), Value::Number(-0.0));
        assert_eq!(parsed("1E+2"), Value::Number(100.0));
    }
}
