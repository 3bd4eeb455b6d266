//! JSON text checked in one pass, on every target.
//!
//! The same checker natively and in wasm: a state given as text is read inside the module,
//! and both builds accept and refuse exactly the same texts. It checks the grammar (RFC 8259)
//! and, for a state, its [`Limits`], in one pass and without building anything: the loaders
//! then read the checked text where it lies ([`RawValue`]), and [`Value::parse`] builds a tree
//! only for the small values that want one (requests, call arguments). Errors come in the
//! order a reader of the whole text would find them: where the text stops being JSON first,
//! then the first limit exceeded in document order, with its path.

use crate::prelude::*;

use super::error::{Error, ErrorCode, Result};
use super::json::{join_index, join_key, Value};
use super::limits::Limits;
use super::raw_value::{read_escape, string_at, RawValue};
use super::text::text;

/// The deepest nesting the checker follows; [`Limits`] allow at most 100, so a deeper text is
/// refused before the stack is at risk.
const MAX_NESTING: usize = 128;

impl Value {
    /// Parses JSON text (RFC 8259).
    pub fn parse(text: &str) -> Result<Value> {
        Ok(check(text, None)?.to_value())
    }
}

/// Checks that `text` is one JSON value, within `limits` when given, and returns a view of it.
pub fn check<'t>(text: &'t str, limits: Option<&Limits>) -> Result<RawValue<'t>> {
    Checker::new(text, limits, "", false).run()
}

/// Checks JSON text that the package's JS wrote from one of its host's values: a call's
/// argument (no `limits`; errors under `root`, the argument's name) or a state object that is
/// not plain JSON (under its `limits`). Where the value held what JSON cannot, the text holds
/// a marker instead — `?s` a symbol, a bigint or a function, `?n` NaN or an infinity, `?d`
/// nesting too deep to follow (a cycle), `?l` and a count for an array or object too long to
/// read, `?t` and a JSON string for a getter or Proxy trap that threw — and the first marker
/// or exceeded limit in document order is the error, as a reader walking the value would
/// have met it.
#[cfg(any(target_arch = "wasm32", test))]
pub fn check_host<'t>(
    text: &'t str,
    limits: Option<&Limits>,
    root: &'static str,
) -> Result<RawValue<'t>> {
    Checker::new(text, limits, root, true).run()
}

/// Deepest nesting of a call argument that the package's JS follows: a cyclic argument ends in
/// an error, not a stack overflow.
pub const MAX_ARGUMENT_DEPTH: usize = 64;

/// Most entries of one array or object in a call argument that the package's JS reads (a
/// Proxy may claim any length).
pub const MAX_ARGUMENT_ENTRIES: usize = 1_000_000;

impl<'t, 'l> Checker<'t, 'l> {
    fn new(text: &'t str, limits: Option<&'l Limits>, root: &'static str, host: bool) -> Self {
        Checker {
            text,
            bytes: text.as_bytes(),
            at: 0,
            limits,
            values: 0,
            steps: Vec::new(),
            exceeded: None,
            root,
            host,
        }
    }

    fn run(mut self) -> Result<RawValue<'t>> {
        if let Some(limits) = self.limits {
            limits.check_text(self.text)?;
        }
        let checker = &mut self;
        let text = checker.text;
        checker.skip_space();
        let start = checker.at;
        checker.value(0)?;
        checker.skip_space();
        if checker.at < checker.bytes.len() {
            return Err(checker.error("more text after the JSON value"));
        }
        match self.exceeded {
            Some((_, error)) => Err(error),
            None => Ok(RawValue::at(text, start)),
        }
    }
}

/// A step of the path to the value being checked, written out only for an error.
enum Step {
    Index(usize),
    /// A key, by where its opening quote is.
    Key(usize),
}

struct Checker<'t, 'l> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    limits: Option<&'l Limits>,
    /// Values seen so far, for `maxValues`.
    values: usize,
    steps: Vec<Step>,
    /// The limit exceeded first in document order (or a host's marker): where its value
    /// starts, and the error. The text is still checked to its end, as JSON errors come first.
    exceeded: Option<(usize, Error)>,
    /// Where paths start: a call argument's name, or the root of a state.
    root: &'static str,
    /// Whether the text may hold a host's markers ([`check_host`]).
    host: bool,
}

impl Checker<'_, '_> {
    /// An `invalid_json` error at the current position, as line and column.
    fn error(&self, what: &str) -> Error {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Error::new(
            ErrorCode::InvalidJson,
            "",
            text!(
                "not valid JSON at line ",
                line,
                " column ",
                column,
                ": ",
                what
            ),
        )
    }

    fn path(&self) -> String {
        self.steps
            .iter()
            .fold(self.root.to_owned(), |path, step| match step {
                Step::Index(i) => join_index(&path, *i),
                Step::Key(at) => join_key(&path, &string_at(self.text, *at).0),
            })
    }

    /// Notes a limit exceeded by the value starting at `start`, unless one that comes before
    /// it in document order is noted already (a list comes before its items, though its
    /// length is known only at its end).
    fn exceed(&mut self, start: usize, error: impl FnOnce(&Limits, &str) -> Error) {
        let Some(limits) = self.limits else { return };
        if !self.noted_before(start) {
            self.exceeded = Some((start, error(limits, &self.path())));
        }
    }

    fn noted_before(&self, start: usize) -> bool {
        matches!(&self.exceeded, Some((noted, _)) if *noted <= start)
    }

    /// A host's marker at `start` (`?` and what follows): noted as the error of its value.
    fn marker(&mut self, start: usize, depth: usize) -> Result<()> {
        self.at += 1;
        let kind = self.peek();
        self.at += 1;
        let message = match kind {
            Some(b's') => String::from(
                "expected a JSON value (object, array, string, number, boolean or null), found a symbol, a bigint or a function",
            ),
            Some(b'n') => String::from("expected a finite number, found NaN or an infinity"),
            Some(b'd') => match self.limits {
                Some(limits) => {
                    if !self.noted_before(start) {
                        self.exceeded = Some((start, limits.too_deep(&self.path(), depth)));
                    }
                    return Ok(());
                }
                None => text!(
                    "nested more than ",
                    MAX_ARGUMENT_DEPTH,
                    " levels deep (a cycle?)"
                ),
            },
            Some(b'l') => {
                let digits = self.at;
                self.digits();
                let entries = self.bytes[digits..self.at]
                    .iter()
                    .fold(0usize, |n, d| n.saturating_mul(10).saturating_add(usize::from(d - b'0')));
                match self.limits {
                    Some(limits) if entries > limits.max_list_length => {
                        if !self.noted_before(start) {
                            self.exceeded = Some((start, limits.too_long(&self.path(), entries)));
                        }
                        return Ok(());
                    }
                    _ => text!("more than ", MAX_ARGUMENT_ENTRIES, " entries"),
                }
            }
            Some(b't') if self.peek() == Some(b'"') => {
                let quoted = self.at;
                self.string()?;
                text!("reading the value threw: ", string_at(self.text, quoted).0)
            }
            _ => return Err(self.error("expected a value")),
        };
        if !self.noted_before(start) {
            let error = Error::new(ErrorCode::InvalidArgument, self.path(), message);
            self.exceeded = Some((start, error));
        }
        Ok(())
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    #[inline(always)]
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

    fn literal(&mut self, word: &str) -> Result<()> {
        if self
            .bytes
            .get(self.at..)
            .is_some_and(|rest| rest.starts_with(word.as_bytes()))
        {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<()> {
        let start = self.at;
        self.values += 1;
        if self.limits.is_some_and(|l| self.values > l.max_values) {
            self.exceed(start, |l, path| l.too_many_values(path));
        }
        match self.peek() {
            Some(b'{' | b'[') => self.list(depth),
            Some(b'"') => self.string_value(start),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'?') if self.host => self.marker(start, depth),
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("the text ends where a value belongs")),
        }
    }

    /// A string (a value or a key) and its length against `maxStringLength`.
    fn string_value(&mut self, start: usize) -> Result<()> {
        let length = self.string()?;
        if self.limits.is_some_and(|l| length > l.max_string_length) {
            self.exceed(start, |l, path| l.too_long_string(path, length));
        }
        Ok(())
    }

    /// An array or an object, from its opening bracket.
    fn list(&mut self, depth: usize) -> Result<()> {
        if depth >= MAX_NESTING {
            return Err(Error::new(
                ErrorCode::LimitExceeded,
                "",
                text!(
                    "nesting deeper than ",
                    MAX_NESTING,
                    " levels, over any `maxDepth`"
                ),
            ));
        }
        let start = self.at;
        if self.limits.is_some_and(|l| depth >= l.max_depth) {
            self.exceed(start, |l, path| l.too_deep(path, depth));
        }
        let object = self.peek() == Some(b'{');
        let close = if object { b'}' } else { b']' };
        self.at += 1;
        self.skip_space();
        let mut entries = 0;
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            self.skip_space();
            if object {
                if self.peek() != Some(b'"') {
                    return Err(self.error("expected a key in double quotes"));
                }
                let key = self.at;
                self.steps.push(Step::Key(key));
                self.string_value(key)?;
                self.skip_space();
                self.expect(b':', "expected `:` after a key")?;
                self.skip_space();
            } else {
                self.steps.push(Step::Index(entries));
            }
            self.value(depth + 1)?;
            self.steps.pop();
            entries += 1;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b) if b == close => {
                    self.at += 1;
                    break;
                }
                _ if object => return Err(self.error("expected `,` or `}`")),
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
        if self.limits.is_some_and(|l| entries > l.max_list_length) {
            self.exceed(start, |l, path| l.too_long(path, entries));
        }
        Ok(())
    }

    /// A string, from its opening quote; its length in bytes once unescaped.
    fn string(&mut self) -> Result<usize> {
        self.at += 1;
        let mut length = 0;
        loop {
            let run = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            length += self.at - run;
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(length);
                }
                Some(b'\\') => match read_escape(self.bytes, self.at + 1) {
                    Ok((c, next)) => {
                        length += c.len_utf8();
                        self.at = next;
                    }
                    Err(what) => {
                        self.at = (self.at + 2).min(self.bytes.len());
                        return Err(self.error(what));
                    }
                },
                Some(_) => return Err(self.error("a control character inside a string")),
                None => return Err(self.error("the text ends inside a string")),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<()> {
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
        if float(self.text.get(start..self.at).unwrap_or("")).is_finite() {
            Ok(())
        } else {
            Err(self.error("a number too large for a double"))
        }
    }
}

pub(crate) use super::host::parse_float as float;

/// Reads a tree (a call's argument) with a reader of text, through its JSON text: a reader
/// that states and arguments share is then built once into the module, for text.
pub(crate) fn read_tree<T>(
    value: &Value,
    read: impl FnOnce(RawValue<'_>) -> Result<T>,
) -> Result<T> {
    let text = value.to_json_string();
    read(check(&text, None)?)
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Value {
        Value::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    /// What a host's markers stand for, refused with the path of the value they stand in for,
    /// the first in document order, and plain JSON read as JSON.
    #[test]
    fn a_hosts_markers_are_refused_where_they_stand() {
        let refused = |text: &str, limits: Option<&Limits>| {
            let error = check_host(text, limits, "target").expect_err(text);
            (
                error.code().as_str(),
                error.path().to_owned(),
                error.message().to_owned(),
            )
        };
        assert_eq!(
            refused(r#"{"serviceId":?s}"#, None),
            ("invalid_argument", "target.serviceId".into(), "expected a JSON value (object, array, string, number, boolean or null), found a symbol, a bigint or a function".into())
        );
        assert_eq!(
            refused("[1,?n,?s]", None),
            (
                "invalid_argument",
                "target[1]".into(),
                "expected a finite number, found NaN or an infinity".into()
            )
        );
        assert_eq!(
            refused(r#"{"a":?t"boom \"x\""}"#, None).2,
            "reading the value threw: boom \"x\""
        );
        assert_eq!(
            refused(r#"{"a":{"a":?d}}"#, None),
            (
                "invalid_argument",
                "target.a.a".into(),
                "nested more than 64 levels deep (a cycle?)".into()
            )
        );
        assert_eq!(refused("?l2000000", None).2, "more than 1000000 entries");
        // A state: its limits come first where they come first in the document.
        let limits = Limits {
            max_list_length: 2,
            ..Limits::default()
        };
        assert_eq!(refused("[1,2,3,?s]", Some(&limits)).0, "limit_exceeded");
        assert_eq!(refused("[?s,[1,2,3]]", Some(&limits)).0, "invalid_argument");
        assert_eq!(
            refused("[?l7]", Some(&limits)).2,
            "7 entries, over the limit `maxListLength` of 2"
        );
        // Plain JSON is JSON; a marker is no JSON anywhere else.
        assert_eq!(
            check_host(r#"{"a":[1,"?s"]}"#, None, "x").map(|v| v.to_value()),
            Value::parse(r#"{"a":[1,"?s"]}"#)
        );
        assert_eq!(
            Value::parse("?s").map_err(|e| e.code()),
            Err(ErrorCode::InvalidJson)
        );
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
        let fine = text!("[".repeat(100), "]".repeat(100));
        assert!(Value::parse(&fine).is_ok());
    }

    #[test]
    fn limits_are_refused_as_the_tree_walk_refuses_them() {
        let tight = Limits {
            max_input_bytes: 1000,
            max_depth: 3,
            max_string_length: 4,
            max_list_length: 3,
            max_values: 12,
        };
        for text in [
            r#"{"a":{"b":{"c":{}}}}"#,
            r#"{"a":["ok","toolong"]}"#,
            r#"{"toolongkey":1}"#,
            r#"{"a":[1,2,3,4]}"#,
            r#"{"a":[1,2,3,["toolong"]]}"#,
            r#"{"a":[[[[1]]],2,3,4]}"#,
            r#"[[1,2,3],[1,2,3],[1,2,3],[1,2,3]]"#,
            r#"{"k\u00e9y":"abc\u00e9"}"#,
            r#"{"ok":[1,2],"x":"toolong","y":[1,2,3,4,5]}"#,
        ] {
            let tree = tight.check(&parsed(text)).expect_err(text);
            let checked = check(text, Some(&tight)).expect_err(text);
            assert_eq!(
                (checked.code(), checked.path(), checked.message()),
                (tree.code(), tree.path(), tree.message()),
                "{text}"
            );
        }
        assert!(check(r#"{"a":[1,2,3]}"#, Some(&tight)).is_ok());
    }

    #[test]
    fn a_checked_text_reads_as_its_tree() {
        let text = r#" { "k\"ey" : [ 1 , "x\ny" , { "n" : null } , true ] , "e" : { } } "#;
        let raw = check(text, None).expect("JSON");
        assert_eq!(raw.to_value(), parsed(text));
        let entries: Vec<_> = raw.entries().expect("an object").collect();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].0, "k\"ey");
        assert_eq!(entries[0].1.items().expect("an array").count(), 4);
        assert_eq!(entries[1].1.kind(), "an object");
        assert_eq!(entries[1].1.entries().expect("an object").count(), 0);
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
