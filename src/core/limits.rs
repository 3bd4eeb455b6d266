//! Bounds on what a loaded state may hold. Loading checks them before it reads the state, so
//! that no input — however large, deep or long its strings — costs more than the limits
//! allow; exceeding one is a `limit_exceeded` error naming the path and the limit.
//!
//! The defaults are far above the largest real installation (Dokploy organizations of
//! thousands of members, Portainer setups of hundreds of thousands of resources, whose
//! states are tens of megabytes) and can be raised or lowered at load.

use crate::prelude::*;

use crate::core::text::{joined, text};

use super::error::{Error, ErrorCode, Result};
use super::json::{as_object, join_index, join_key, Value};

/// The limits a state is loaded under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Size of the state's JSON text in bytes (for a JS object, of the JSON text it would be).
    pub max_input_bytes: usize,
    /// Nesting of arrays and objects; a state nests six deep. At most 100.
    pub max_depth: usize,
    /// Length in bytes of any string, keys included: ids, names, role names.
    pub max_string_length: usize,
    /// Entries of one array or object: members, users, resources, ids in one list, policies.
    pub max_list_length: usize,
    /// Values in the whole state, every string, number, array and object counted.
    pub max_values: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 256 << 20,
            max_depth: 32,
            max_string_length: 64 << 10,
            max_list_length: 1_000_000,
            max_values: 20_000_000,
        }
    }
}

/// The deepest nesting any load accepts, whatever its limits: reading deeper JSON would
/// risk the stack.
pub const MAX_DEPTH: usize = 100;

/// The JS names of the limits, in [`Limits`] field order.
const NAMES: [&str; 5] = [
    "maxInputBytes",
    "maxDepth",
    "maxStringLength",
    "maxListLength",
    "maxValues",
];

fn exceeded(path: &str, what: String, name: &str, limit: usize) -> Error {
    Error::new(
        ErrorCode::LimitExceeded,
        path,
        text!(what, ", over the limit `", name, "` of ", limit),
    )
}

impl Limits {
    fn fields(&mut self) -> [&mut usize; 5] {
        [
            &mut self.max_input_bytes,
            &mut self.max_depth,
            &mut self.max_string_length,
            &mut self.max_list_length,
            &mut self.max_values,
        ]
    }

    /// Reads `{ maxInputBytes?, maxDepth?, maxStringLength?, maxListLength?, maxValues? }`
    /// over the defaults; each a whole number of at least 1.
    pub fn from_value(value: &Value, path: &str) -> Result<Self> {
        let mut limits = Limits::default();
        for (key, item) in as_object(value, path)? {
            let item_path = join_key(path, key);
            let Some(index) = NAMES.iter().position(|name| name == key) else {
                return Err(Error::new(
                    ErrorCode::UnknownField,
                    item_path,
                    text!(
                        "unknown limit `",
                        key,
                        "`; expected one of ",
                        joined(&NAMES, ", ")
                    ),
                ));
            };
            let number = match item {
                Value::Number(n)
                    if *n >= 1.0 && *n <= 9_007_199_254_740_991.0 && *n == (*n as u64) as f64 =>
                {
                    *n as usize
                }
                _ => {
                    return Err(Error::new(
                        ErrorCode::InvalidValue,
                        item_path,
                        text!("`", key, "` must be a whole number of at least 1"),
                    ))
                }
            };
            if index == 1 && number > MAX_DEPTH {
                return Err(Error::new(
                    ErrorCode::InvalidValue,
                    item_path,
                    text!("`maxDepth` is at most ", MAX_DEPTH),
                ));
            }
            *limits.fields()[index] = number;
        }
        Ok(limits)
    }

    /// The error for an array or object at `depth` (the root is 0) when that is too deep.
    pub fn too_deep(&self, path: &str, depth: usize) -> Error {
        exceeded(
            path,
            text!("nesting ", depth + 1, " levels deep"),
            NAMES[1],
            self.max_depth,
        )
    }

    /// The error for an array or object of `entries` entries when that is too many.
    pub fn too_long(&self, path: &str, entries: usize) -> Error {
        exceeded(
            path,
            text!(entries, " entries"),
            NAMES[3],
            self.max_list_length,
        )
    }

    /// The error for the value that makes the state hold more than `maxValues`.
    pub fn too_many_values(&self, path: &str) -> Error {
        exceeded(
            path,
            "the state holds more values".to_owned(),
            NAMES[4],
            self.max_values,
        )
    }

    /// The error for a string (or key) of `bytes` bytes when that is too long.
    pub fn too_long_string(&self, path: &str, bytes: usize) -> Error {
        exceeded(
            path,
            text!("a string of ", bytes, " bytes"),
            NAMES[2],
            self.max_string_length,
        )
    }

    /// Refuses JSON text longer than [`max_input_bytes`](Self::max_input_bytes), before it
    /// is parsed.
    pub fn check_text(&self, text: &str) -> Result<()> {
        if text.len() > self.max_input_bytes {
            return Err(exceeded(
                "",
                text!("the state is ", text.len(), " bytes of JSON"),
                NAMES[0],
                self.max_input_bytes,
            ));
        }
        Ok(())
    }

    /// Checks a whole value against every limit; linear in its size.
    pub fn check(&self, value: &Value) -> Result<()> {
        let mut walk = Walk {
            limits: self,
            values: 0,
            bytes: 0,
        };
        walk.visit(value, &Step::Root, 0)
    }
}

/// Where the walk is, kept as a chain of steps and written out only for an error: building
/// a path string for every value would cost more than the walk itself.
#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Index(&'a Step<'a>, usize),
    Key(&'a Step<'a>, &'a str),
}

impl Step<'_> {
    fn path(&self) -> String {
        match self {
            Step::Root => String::new(),
            Step::Index(parent, i) => join_index(&parent.path(), *i),
            Step::Key(parent, key) => join_key(&parent.path(), key),
        }
    }
}

/// A walk over a value, counting what it has seen.
struct Walk<'l> {
    limits: &'l Limits,
    values: usize,
    /// The size of the JSON text the value would be, so far.
    bytes: usize,
}

impl Walk<'_> {
    fn string(&mut self, s: &str, at: &Step<'_>) -> Result<()> {
        if s.len() > self.limits.max_string_length {
            return Err(self.limits.too_long_string(&at.path(), s.len()));
        }
        self.bytes += s.len() + 3;
        Ok(())
    }

    fn visit(&mut self, value: &Value, at: &Step<'_>, depth: usize) -> Result<()> {
        self.values += 1;
        if self.values > self.limits.max_values {
            return Err(self.limits.too_many_values(&at.path()));
        }
        // The size is the whole state's, so the error is about the whole state, as for text.
        if self.bytes > self.limits.max_input_bytes {
            return Err(exceeded(
                "",
                text!("the state is more than ", self.bytes, " bytes of JSON"),
                NAMES[0],
                self.limits.max_input_bytes,
            ));
        }
        let entries = match value {
            Value::Array(items) => items.len(),
            Value::Object(fields) => fields.len(),
            Value::String(s) => return self.string(s, at),
            _ => {
                self.bytes += 6;
                return Ok(());
            }
        };
        if depth >= self.limits.max_depth {
            return Err(self.limits.too_deep(&at.path(), depth));
        }
        if entries > self.limits.max_list_length {
            return Err(self.limits.too_long(&at.path(), entries));
        }
        self.bytes += 2;
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.visit(item, &Step::Index(at, i), depth + 1)?;
                }
            }
            Value::Object(fields) => {
                for (key, item) in fields {
                    let step = Step::Key(at, key);
                    self.string(key, &step)?;
                    self.visit(item, &step, depth + 1)?;
                }
            }
            _ => {}
        }
        Ok(())
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

    fn limited(json: &str, limits: Limits) -> Error {
        limits
            .check(&Value::parse(json).expect("JSON"))
            .expect_err("over a limit")
    }

    #[test]
    fn each_limit_names_its_path() {
        let tight = Limits {
            max_input_bytes: 1000,
            max_depth: 3,
            max_string_length: 4,
            max_list_length: 3,
            max_values: 20,
        };
        let error = limited(r#"{"a":{"b":{"c":{}}}}"#, tight);
        assert_eq!(
            (error.code().as_str(), error.path()),
            ("limit_exceeded", "a.b.c")
        );
        assert!(error.message().contains("maxDepth"), "{}", error.message());
        let error = limited(r#"{"a":["ok","toolong"]}"#, tight);
        assert_eq!(error.path(), "a[1]");
        assert!(error.message().contains("maxStringLength"));
        let error = limited(r#"{"toolongkey":1}"#, tight);
        assert_eq!(error.path(), "toolongkey");
        let error = limited(r#"{"a":[1,2,3,4]}"#, tight);
        assert_eq!(error.path(), "a");
        assert!(error.message().contains("maxListLength"));
        let error = limited(
            r#"[[1,2,3],[1,2,3],[1,2,3],[1,2,3]]"#,
            Limits {
                max_list_length: 4,
                max_values: 10,
                ..tight
            },
        );
        assert!(error.message().contains("maxValues"), "{}", error.message());
        let error = limited(
            r#"["abcd","abcd","abcd"]"#,
            Limits {
                max_input_bytes: 12,
                ..tight
            },
        );
        assert!(
            error.message().contains("maxInputBytes"),
            "{}",
            error.message()
        );
        assert!(tight
            .check(&Value::parse(r#"{"a":[1,"ok"]}"#).expect("JSON"))
            .is_ok());
    }

    #[test]
    fn limits_are_read_over_the_defaults() {
        let limits =
            Limits::from_value(&Value::parse(r#"{"maxDepth":8}"#).expect("JSON"), "limits")
                .expect("valid");
        assert_eq!(
            limits,
            Limits {
                max_depth: 8,
                ..Limits::default()
            }
        );
        for (json, code, path) in [
            (r#"{"maxDepht":8}"#, "unknown_field", "limits.maxDepht"),
            (r#"{"maxDepth":0}"#, "invalid_value", "limits.maxDepth"),
            (r#"{"maxDepth":1.5}"#, "invalid_value", "limits.maxDepth"),
            (r#"{"maxDepth":"8"}"#, "invalid_value", "limits.maxDepth"),
            (r#"{"maxDepth":101}"#, "invalid_value", "limits.maxDepth"),
            (r#"[]"#, "wrong_type", "limits"),
        ] {
            let error =
                Limits::from_value(&Value::parse(json).expect("JSON"), "limits").unwrap_err();
            assert_eq!(
                (error.code().as_str(), error.path()),
                (code, path),
                "{json}"
            );
        }
        assert!(Limits::default().check_text("{}").is_ok());
        let error = Limits {
            max_input_bytes: 1,
            ..Limits::default()
        }
        .check_text("{}")
        .unwrap_err();
        assert_eq!(error.code(), "limit_exceeded");
    }
}
