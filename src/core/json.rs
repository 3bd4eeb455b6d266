//! Strict JSON loading with paths.
//!
//! States arrive as JSON text (native callers), or as JS objects (the wasm layer). Both are
//! first turned into a [`Value`] that keeps every key in order, duplicates included, so the
//! typed loaders can refuse duplicate keys and unknown fields and name the JSON path of the
//! bad value. Serde's derive cannot do either with a path, hence the hand-written readers.

use crate::prelude::*;

use core::ops::Deref;

use super::error::{Error, ErrorCode, Result};
use super::id_map::{id_hash, IdList, IdTable, SCAN_LIMIT};
use super::runs::heapsort_by;
use super::text::{push_decimal, push_hex, text};

/// A JSON value that remembers key order and duplicate keys.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (JSON numbers are read as `f64`, as JavaScript reads them).
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object: its keys and values in document order.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The JSON type name used in messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// Compact JSON text with keys in the order they are held.
    pub fn to_json_string(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// Appends the compact JSON text of the value to `out`.
    pub(crate) fn write_json(&self, out: &mut String) {
        self.write(out, false);
    }

    /// Appends the canonical JSON text of the value: every object's keys sorted, so that two
    /// states that differ only in key order print, and therefore hash, the same.
    pub(crate) fn write_canonical(&self, out: &mut String) {
        self.write(out, true);
    }

    /// One writer for both texts (a module carries it once): keys in the order they are held,
    /// or sorted when `canonical`.
    fn write(&self, out: &mut String, canonical: bool) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => write_json_number(*n, out),
            Value::String(s) => write_json_string(s, out),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out, canonical);
                }
                out.push(']');
            }
            Value::Object(fields) => {
                out.push('{');
                let mut field = |i: usize, (key, value): &(String, Value)| {
                    if i > 0 {
                        out.push(',');
                    }
                    write_json_string(key, out);
                    out.push(':');
                    value.write(out, canonical);
                };
                if canonical {
                    let mut order: Vec<&(String, Value)> = fields.iter().collect();
                    heapsort_by(&mut order, |a, b| a.0 < b.0);
                    for (i, entry) in order.into_iter().enumerate() {
                        field(i, entry);
                    }
                } else {
                    // A state's hundred thousand objects written as they are held, unsorted
                    // and without a list of them each.
                    for (i, entry) in fields.iter().enumerate() {
                        field(i, entry);
                    }
                }
                out.push('}');
            }
        }
    }

    pub(crate) fn string_array<'a>(items: impl IntoIterator<Item = &'a str>) -> Value {
        Value::array_from(&mut items.into_iter().map(|s| Value::String(s.to_owned())))
    }

    /// An array of the values `items` yields. One loop for every list a module writes: a
    /// `collect` per kind of item builds an iterator chain of its own, some 250 bytes of a
    /// browser's kernel each.
    pub(crate) fn array_from(items: &mut dyn Iterator<Item = Value>) -> Value {
        let mut values = Vec::with_capacity(items.size_hint().0);
        for value in items {
            values.push(value);
        }
        Value::Array(values)
    }

    /// An object of the fields `fields` yields, in order; [`array_from`](Value::array_from)'s
    /// reason.
    pub(crate) fn object_from(fields: &mut dyn Iterator<Item = (String, Value)>) -> Value {
        let mut entries = Vec::with_capacity(fields.size_hint().0);
        for field in fields {
            entries.push(field);
        }
        Value::Object(entries)
    }
}

/// Integers (every number a state holds in practice) are written exactly without Rust's float
/// formatting, which would add some 15 KB to the wasm; other numbers use the host's own
/// shortest form: Rust's natively, JavaScript's `Number.prototype.toString` under wasm.
fn write_json_number(n: f64, out: &mut String) {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if !n.is_finite() {
        out.push_str("null");
    } else if n.abs() < EXACT && n == (n as i64) as f64 {
        if n < 0.0 {
            out.push('-');
        }
        push_decimal(n.abs() as u64, out);
    } else {
        out.push_str(&float_text(n));
    }
}

use super::host::float_text;

/// Appends `s` as a JSON string to `out`.
pub(crate) fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    // Byte by byte, copying the runs between escapes whole (an id or a name is most often one
    // run): only ASCII bytes are escaped, so every run ends on a character's boundary, and
    // the module carries no UTF-8 decoder for it.
    let mut run_start = 0;
    for (at, &byte) in s.as_bytes().iter().enumerate() {
        let escape = match byte {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0..=0x1f => None,
            _ => continue,
        };
        out.push_str(s.get(run_start..at).unwrap_or_default());
        match escape {
            Some(escape) => out.push_str(escape),
            None => {
                out.push_str("\\u");
                push_hex(u64::from(byte), 4, out);
            }
        }
        run_start = at + 1;
    }
    out.push_str(s.get(run_start..).unwrap_or_default());
    out.push('"');
}

/// Appends an object key to a JSON path: `a.b` for plain keys, `a["x y"]` otherwise.
pub fn join_key(path: &str, key: &str) -> String {
    // Byte by byte, as `write_json_string` reads: a character outside ASCII makes a key quoted.
    let plain = key
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && key
            .as_bytes()
            .first()
            .is_some_and(|&b| !b.is_ascii_digit() && b != b'-');
    if plain {
        if path.is_empty() {
            key.to_owned()
        } else {
            text!(path, '.', key)
        }
    } else {
        let mut quoted = String::new();
        write_json_string(key, &mut quoted);
        text!(path, '[', quoted, ']')
    }
}

/// Appends an array index to a JSON path.
pub fn join_index(path: &str, index: usize) -> String {
    text!(path, '[', index, ']')
}

/// A JSON value the readers take: a [`Value`] of a tree (call arguments, requests, the
/// products' own data), or a [`RawValue`] in checked text (a state, loaded straight from its
/// text). One reader serves both; a state's loaders are only ever given text.
pub trait Node<'a>: Copy {
    /// A string's text: borrowed from the tree, or from the text unless it holds escapes.
    type Str: Deref<Target = str> + Into<String>;
    /// An object's entries, keys in order, duplicates included.
    type Object: Fields<'a, Self>;
    type Items: Iterator<Item = Self> + Clone;

    /// The JSON type name used in messages.
    fn kind(self) -> &'static str;
    fn is_null(self) -> bool;
    fn as_bool(self) -> Option<bool>;
    fn as_text(self) -> Option<Self::Str>;
    fn items(self) -> Option<Self::Items>;
    fn object(self) -> Option<Self::Object>;
}

/// The entries of one object, by position.
pub trait Fields<'a, N: Node<'a>> {
    fn len(&self) -> usize;
    fn key(&self, index: usize) -> &str;
    fn value(&self, index: usize) -> N;
}

impl<'a> Node<'a> for &'a Value {
    type Str = &'a str;
    type Object = &'a [(String, Value)];
    type Items = core::slice::Iter<'a, Value>;

    fn kind(self) -> &'static str {
        Value::kind(self)
    }

    fn is_null(self) -> bool {
        matches!(self, Value::Null)
    }

    fn as_bool(self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    fn as_text(self) -> Option<&'a str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    fn items(self) -> Option<Self::Items> {
        match self {
            Value::Array(items) => Some(items.iter()),
            _ => None,
        }
    }

    fn object(self) -> Option<Self::Object> {
        match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        }
    }
}

impl<'a> Fields<'a, &'a Value> for &'a [(String, Value)] {
    fn len(&self) -> usize {
        <[_]>::len(self)
    }

    fn key(&self, index: usize) -> &str {
        &self[index].0
    }

    fn value(&self, index: usize) -> &'a Value {
        &self[index].1
    }
}

fn wrong_type(path: &str, expected: &str, found: &str) -> Error {
    Error::new(
        ErrorCode::WrongType,
        path,
        text!("expected ", expected, ", found ", found),
    )
}

/// Reads a string.
pub fn as_str<'a, N: Node<'a>>(value: N, path: &str) -> Result<N::Str> {
    text_at(value, JsonPath::Text(path), false)
}

/// Reads a non-empty string id.
pub fn as_id<'a, N: Node<'a>>(value: N, path: &str) -> Result<N::Str> {
    text_at(value, JsonPath::Text(path), true)
}

/// Reads a string (a non-empty one when `id`), its path written out only for an error: the
/// readers of a state's hundred thousand ids call this with a lazy path.
pub(crate) fn text_at<'a, N: Node<'a>>(value: N, path: JsonPath<'_>, id: bool) -> Result<N::Str> {
    match value.as_text() {
        Some(text) if !(id && text.is_empty()) => Ok(text),
        text if id => Err(not_an_id(&path.text(), text.is_some(), value.kind())),
        _ => Err(wrong_type(&path.text(), "a string", value.kind())),
    }
}

/// The error for a value of JSON type `kind` (`empty`: an empty string) where an id belongs.
fn not_an_id(path: &str, empty: bool, kind: &str) -> Error {
    match kind {
        _ if empty => Error::new(ErrorCode::InvalidValue, path, "an id may not be empty"),
        "a number" => Error::new(
            ErrorCode::WrongType,
            path,
            "expected a string id, found a number (write numeric ids as strings)",
        ),
        _ => wrong_type(path, "a string id", kind),
    }
}

/// Reads an array.
pub fn as_array<'a>(value: &'a Value, path: &str) -> Result<&'a [Value]> {
    match value {
        Value::Array(items) => Ok(items),
        other => Err(wrong_type(path, "an array", other.kind())),
    }
}

/// Reads an array's items in order.
pub fn as_items<'a, N: Node<'a>>(value: N, path: &str) -> Result<N::Items> {
    value
        .items()
        .ok_or_else(|| wrong_type(path, "an array", value.kind()))
}

/// Reads an array of distinct non-empty string ids, with the path written out only for an
/// error (a state holds millions of ids). Linear: a repeated id is found by hash once the list
/// is longer than a few ids.
pub(crate) fn id_list<'a, N: Node<'a>>(value: N, path: &dyn Fn() -> String) -> Result<IdList> {
    let Some(items) = value.items() else {
        return Err(wrong_type(&path(), "an array", value.kind()));
    };
    // Sized first: most lists name one or two ids, and a state holds a hundred thousand.
    let mut ids = IdList::with_capacity(items.clone().count());
    for (i, item) in items.enumerate() {
        let id = text_at(item, JsonPath::Lazy(&|| join_index(&path(), i)), true)?;
        if ids.contains(&id) {
            return Err(listed_twice(path, i, &id));
        }
        ids.push(id.into());
    }
    Ok(ids)
}

/// The fields of one JSON object, checked for duplicate keys, read one by one, then
/// [`finish`](ObjectReader::finish)ed to refuse whatever was not read. A field's path is
/// written out only for an error, or when a caller asks for it to read a nested value.
pub struct ObjectReader<'a, 'p, N: Node<'a> = &'a Value> {
    fields: N::Object,
    /// Which fields were read: bit `i` for the first 64, then `taken_more`.
    taken: u64,
    taken_more: Vec<bool>,
    /// How many fields are not read yet: once none is left, every other key is absent.
    unread: usize,
    /// The field after the last one read: writers give a record's fields in the order its
    /// reader asks for them, so the next one asked is most often there.
    next: usize,
    path: JsonPath<'p>,
}

/// The JSON path of a value being read: its text, or how to write it when an error needs it
/// (a state's hundred thousand resources would otherwise each format a path they never use).
#[derive(Clone, Copy)]
pub enum JsonPath<'p> {
    Text(&'p str),
    Lazy(&'p dyn Fn() -> String),
}

impl JsonPath<'_> {
    pub fn text(self) -> String {
        match self {
            JsonPath::Text(path) => path.to_owned(),
            JsonPath::Lazy(path) => path(),
        }
    }

    /// The path of the field `key` below this one.
    pub fn key(self, key: &str) -> String {
        match self {
            JsonPath::Text(path) => join_key(path, key),
            JsonPath::Lazy(path) => join_key(&path(), key),
        }
    }
}

impl<'p> From<&'p str> for JsonPath<'p> {
    fn from(path: &'p str) -> Self {
        JsonPath::Text(path)
    }
}

impl<'p> From<&'p String> for JsonPath<'p> {
    fn from(path: &'p String) -> Self {
        JsonPath::Text(path)
    }
}

impl<'a, 'p, N: Node<'a>> ObjectReader<'a, 'p, N> {
    /// Reads `value` as an object at `path` (its text, or how to write it).
    #[inline]
    pub fn new(value: N, path: impl Into<JsonPath<'p>>) -> Result<Self> {
        Self::at(value, path.into())
    }

    /// [`new`](Self::new), built once per kind of value whatever form its path comes in.
    fn at(value: N, path: JsonPath<'p>) -> Result<Self> {
        let fields = object_at(value, path)?;
        Ok(ObjectReader {
            taken: 0,
            taken_more: vec![false; fields.len().saturating_sub(64)],
            unread: fields.len(),
            next: 0,
            fields,
            path,
        })
    }

    /// The path of a field of this object.
    pub fn field_path(&self, key: &str) -> String {
        self.path.key(key)
    }

    /// Takes a field, marking it read; `null` counts as absent.
    fn take(&mut self, key: &str) -> Option<N> {
        if self.unread == 0 {
            return None;
        }
        let len = self.fields.len();
        // Keys are unique (`object_at` refuses a repeated one): the first match is the field.
        let index = if self.next < len && self.fields.key(self.next) == key {
            self.next
        } else {
            (0..len).find(|&i| self.fields.key(i) == key)?
        };
        let read = match index.checked_sub(64) {
            None => {
                let bit = 1 << index;
                let read = self.taken & bit != 0;
                self.taken |= bit;
                read
            }
            Some(more) => self
                .taken_more
                .get_mut(more)
                .is_some_and(|taken| core::mem::replace(taken, true)),
        };
        if !read {
            self.unread -= 1;
        }
        self.next = index + 1;
        let value = self.fields.value(index);
        (!value.is_null()).then_some(value)
    }

    fn missing(&self, key: &str) -> Error {
        Error::new(
            ErrorCode::MissingField,
            self.field_path(key),
            text!("`", key, "` is required"),
        )
    }

    /// Takes an optional field, for a reader that writes its path only if it needs it.
    pub fn optional_value(&mut self, key: &str) -> Option<N> {
        self.take(key)
    }

    /// Takes an optional field, with its path for reading inside it.
    pub fn optional(&mut self, key: &str) -> Option<(N, String)> {
        let value = self.take(key)?;
        Some((value, self.field_path(key)))
    }

    /// Takes a required field, with its path for reading inside it.
    pub fn required(&mut self, key: &str) -> Result<(N, String)> {
        match self.take(key) {
            Some(value) => Ok((value, self.field_path(key))),
            None => Err(self.missing(key)),
        }
    }

    pub fn optional_bool(&mut self, key: &str) -> Result<Option<bool>> {
        match self.take(key) {
            None => Ok(None),
            Some(value) => match value.as_bool() {
                Some(b) => Ok(Some(b)),
                None => Err(wrong_type(&self.field_path(key), "a boolean", value.kind())),
            },
        }
    }

    /// A field's string (a non-empty one for an `id`), its path written out only for an error.
    fn text(&self, value: N, key: &str, id: bool) -> Result<N::Str> {
        text_at(value, JsonPath::Lazy(&|| self.field_path(key)), id)
    }

    pub fn optional_str(&mut self, key: &str) -> Result<Option<N::Str>> {
        match self.take(key) {
            None => Ok(None),
            Some(value) => self.text(value, key, false).map(Some),
        }
    }

    pub fn required_str(&mut self, key: &str) -> Result<N::Str> {
        match self.take(key) {
            Some(value) => self.text(value, key, false),
            None => Err(self.missing(key)),
        }
    }

    /// An optional non-empty string id.
    pub fn optional_id(&mut self, key: &str) -> Result<Option<N::Str>> {
        match self.take(key) {
            None => Ok(None),
            Some(value) => self.text(value, key, true).map(Some),
        }
    }

    pub fn required_id(&mut self, key: &str) -> Result<String> {
        self.required_id_text(key).map(Into::into)
    }

    /// A required id, for a reader that only looks it up.
    pub fn required_id_text(&mut self, key: &str) -> Result<N::Str> {
        match self.take(key) {
            Some(value) => self.text(value, key, true),
            None => Err(self.missing(key)),
        }
    }

    pub fn optional_id_list(&mut self, key: &str) -> Result<Option<IdList>> {
        match self.take(key) {
            None => Ok(None),
            Some(value) => id_list(value, &|| self.field_path(key)).map(Some),
        }
    }

    /// Refuses the first field that no reader took.
    pub fn finish(self, known: &[&str]) -> Result<()> {
        self.finish_among(&[known])
    }

    /// [`finish`](Self::finish) for an object whose fields come in several lists (a slice's:
    /// a state's, then its own), named one after the other in the error.
    pub fn finish_among(self, known: &[&[&str]]) -> Result<()> {
        let unread = (0..self.fields.len()).find(|&i| match i.checked_sub(64) {
            None => self.taken & (1 << i) == 0,
            Some(more) => !self.taken_more[more],
        });
        match unread {
            None => Ok(()),
            Some(index) => Err(unknown_field(self.path, self.fields.key(index), known)),
        }
    }
}

// The errors of the readers, written once for trees and text alike (each reader is built into
// the module once per kind of value; its errors need not be).

fn unknown_field(path: JsonPath<'_>, key: &str, known: &[&[&str]]) -> Error {
    let mut names = Vec::new();
    for list in known {
        names.extend_from_slice(list);
    }
    Error::new(
        ErrorCode::UnknownField,
        path.key(key),
        text!(
            "unknown field `",
            key,
            "`; expected one of ",
            quoted_list(&names)
        ),
    )
}

/// `` `a`, `b`, `c` ``: the names a message offers.
pub(crate) fn quoted_list(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
    out
}

fn listed_twice(list: &dyn Fn() -> String, at: usize, id: &str) -> Error {
    Error::new(
        ErrorCode::DuplicateId,
        join_index(&list(), at),
        text!("`", id, "` is listed twice"),
    )
}

fn duplicate_key(path: JsonPath<'_>, key: &str) -> Error {
    Error::new(
        ErrorCode::DuplicateKey,
        path.key(key),
        text!("key `", key, "` appears twice in one object"),
    )
}

/// The field `key` of an object that may hold more than a reader reads (a product's row, a
/// request body); `None` when absent or `null`, or when `value` is no object.
pub(crate) fn present_field<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Object(fields) => fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::Null)),
        _ => None,
    }
}

/// Refuses a key given twice in any object inside `value`, with its path: where a reader takes
/// the first of two keys and the product the last (`JSON.parse`, Go's decoder), a gate would
/// decide on a value the product never sees.
pub fn check_unique_keys(value: &Value, path: &str) -> Result<()> {
    match value {
        Value::Object(fields) => {
            as_object(value, path)?;
            for (key, field) in fields {
                check_unique_keys(field, &join_key(path, key))?;
            }
            Ok(())
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_unique_keys(item, &join_index(path, i))?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Reads an object's entries, refusing duplicate keys. Linear: past a few keys, a repeated
/// key is found by hash.
pub fn as_object<'a, N: Node<'a>>(value: N, path: &str) -> Result<N::Object> {
    object_at(value, JsonPath::Text(path))
}

/// [`as_object`] with a path written out only for an error.
pub(crate) fn object_at<'a, N: Node<'a>>(value: N, path: JsonPath<'_>) -> Result<N::Object> {
    let Some(fields) = value.object() else {
        return Err(wrong_type(&path.text(), "an object", value.kind()));
    };
    if fields.len() <= SCAN_LIMIT {
        for i in 0..fields.len() {
            let key = fields.key(i);
            if (0..i).any(|earlier| fields.key(earlier) == key) {
                return Err(duplicate_key(path, key));
            }
        }
    } else {
        let mut seen = IdTable::with_capacity(fields.len());
        for i in 0..fields.len() {
            let key = fields.key(i);
            let hash = id_hash(key);
            if seen
                .find(hash, |earlier| fields.key(earlier) == key)
                .is_some()
            {
                return Err(duplicate_key(path, key));
            }
            seen.insert(hash, i);
        }
    }
    Ok(fields)
}

/// Builds JSON objects in a fixed key order, skipping absent optional fields so that a
/// saved state holds exactly what was loaded.
#[derive(Default, Clone)]
pub struct ObjectWriter {
    fields: Vec<(String, Value)>,
}

impl ObjectWriter {
    pub fn new() -> Self {
        ObjectWriter::default()
    }

    pub fn field(mut self, key: &str, value: Value) -> Self {
        self.fields.push((key.to_owned(), value));
        self
    }

    pub fn string(self, key: &str, value: &str) -> Self {
        self.field(key, Value::String(value.to_owned()))
    }

    pub fn optional_bool(self, key: &str, value: Option<bool>) -> Self {
        match value {
            Some(b) => self.field(key, Value::Bool(b)),
            None => self,
        }
    }

    pub fn field_opt(self, key: &str, value: Option<Value>) -> Self {
        match value {
            Some(value) => self.field(key, value),
            None => self,
        }
    }

    pub fn field_opt_str(self, key: &str, value: Option<&str>) -> Self {
        self.field_opt(key, value.map(|s| Value::String(s.to_owned())))
    }

    pub fn optional_ids(self, key: &str, value: Option<&[String]>) -> Self {
        match value {
            Some(ids) => self.field(key, Value::string_array(ids.iter().map(String::as_str))),
            None => self,
        }
    }

    pub fn build(self) -> Value {
        Value::Object(self.fields)
    }
}

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
    fn paths_quote_keys_that_are_not_identifiers() {
        assert_eq!(join_key("", "members"), "members");
        assert_eq!(join_key("roles", "deployer"), "roles.deployer");
        assert_eq!(join_key("userPolicies", "2"), "userPolicies[\"2\"]");
        assert_eq!(join_key("a", "x y"), "a[\"x y\"]");
        assert_eq!(join_index("members", 2), "members[2]");
        // Read byte by byte: any character outside ASCII, a leading digit or dash, or an
        // empty key makes the key quoted.
        assert_eq!(join_key("roles", "a-b_C9"), "roles.a-b_C9");
        assert_eq!(join_key("roles", "équipe"), "roles[\"équipe\"]");
        assert_eq!(join_key("roles", "-x"), "roles[\"-x\"]");
        assert_eq!(join_key("roles", ""), "roles[\"\"]");
    }

    #[test]
    fn strings_escape_quotes_backslashes_and_control_characters_only() {
        let written = |s: &str| {
            let mut out = String::new();
            write_json_string(s, &mut out);
            out
        };
        assert_eq!(written("plain id"), "\"plain id\"");
        assert_eq!(written(""), "\"\"");
        assert_eq!(written("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(written("\n\r\t\u{0}\u{1f}"), r#""\n\r\t\u0000\u001f""#);
        // Characters outside ASCII, a DEL and an astral one, stay as they are, between escapes too.
        assert_eq!(written("é\n😀\u{7f}ß"), "\"é\\n😀\u{7f}ß\"");
    }

    #[test]
    fn duplicate_keys_are_refused_with_their_path() {
        let value = Value::parse(r#"{"a": {"b": 1, "b": 2}}"#).unwrap();
        let mut outer = ObjectReader::new(&value, "").unwrap();
        let (inner, path) = outer.required("a").unwrap();
        let err = ObjectReader::new(inner, &path).err().unwrap();
        assert_eq!(err.code(), "duplicate_key");
        assert_eq!(err.path(), "a.b");
    }

    #[test]
    fn unread_fields_are_refused() {
        let value = Value::parse(r#"{"known": true, "typo": 1}"#).unwrap();
        let mut reader = ObjectReader::new(&value, "x").unwrap();
        assert_eq!(reader.optional_bool("known").unwrap(), Some(true));
        let err = reader.finish(&["known"]).unwrap_err();
        assert_eq!(err.code(), "unknown_field");
        assert_eq!(err.path(), "x.typo");
    }

    #[test]
    fn canonical_text_ignores_key_order() {
        let a = Value::parse(r#"{"b": [1, {"y": 1, "x": 2}], "a": "é\n"}"#).unwrap();
        let b = Value::parse(r#"{"a": "é\n", "b": [1, {"x": 2, "y": 1}]}"#).unwrap();
        let canonical = |value: &Value| {
            let mut out = String::new();
            value.write_canonical(&mut out);
            out
        };
        assert_eq!(canonical(&a), canonical(&b));
        assert_eq!(canonical(&a), r#"{"a":"é\n","b":[1,{"x":2,"y":1}]}"#);
    }

    #[test]
    fn invalid_json_is_an_error_not_a_panic() {
        let err = Value::parse("{\"a\": ").unwrap_err();
        assert_eq!(err.code(), "invalid_json");
    }
}
