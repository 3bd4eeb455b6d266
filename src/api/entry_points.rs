//! The table of entry points: every public entry point of an authorizer declared once — its
//! JS name, the Rust method behind it, its arguments with their TypeScript types, the type of
//! its answer, its kind, and the Cargo feature a build needs to hold it.
//!
//! `entry_points!` turns one declaration into two parallel tables — [`EntryPoint`] rows,
//! which the wasm bindings read for argument names, and [`EntryTypes`] rows (the docs and
//! TypeScript types), which only `tests/generated_js.rs` reads, so that no build's module
//! carries them — and into the Rust dispatch (`call`, `call_json` and the per-kind dispatch
//! the bindings use). The generator turns both into the JS classes' method lists and types. Adding an entry point is one line there plus
//! its method; the method checks its own arguments (`string(user, "user")?`, …).

use crate::prelude::*;

use crate::core::text::text;

use super::arguments::Arguments;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::Value;

/// What an entry point does, which decides how it is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Builds an authorizer from an input and `load`'s options (`load`, `fromRows`): a static
    /// method of the JS class.
    Open,
    /// Answers without a state (`catalog`): a static method of the JS class, and a method.
    Static,
    /// Reads the state.
    Read,
    /// Changes the state: the JS class forgets the answers it remembered.
    Change,
}

impl Kind {
    /// The kind's name in the generated JS table.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Open => "open",
            Kind::Static => "static",
            Kind::Read => "read",
            Kind::Change => "change",
        }
    }
}

/// One argument of an entry point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Argument {
    /// Its name in JS and in errors (`targetUser`).
    pub name: &'static str,
    /// Whether it may be left out (`undefined` and `null` read as absent).
    pub optional: bool,
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryPoint {
    /// The JS name (`canCreateRole`), which [`call`](crate::api::DokployAuthorizer::call)
    /// also takes.
    pub name: &'static str,
    /// The arguments, in order.
    pub arguments: &'static [Argument],
    /// Whether it builds, reads or changes a state.
    pub kind: Kind,
    /// The Cargo feature a build needs to hold it besides its product's (`adapters`).
    pub feature: Option<&'static str>,
}

/// What the generated types say of an entry point: the row of the same position in the
/// table of types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryTypes {
    /// What it does.
    pub doc: &'static str,
    /// The TypeScript type of each argument.
    pub arguments: &'static [&'static str],
    /// The TypeScript type of the answer (`void` for none; `Self` for the authorizer).
    pub answer: &'static str,
}

impl EntryPoint {
    /// Whether a build with these features holds this entry point.
    pub fn in_build(&self, features: &[&str]) -> bool {
        self.feature
            .map_or(true, |feature| features.contains(&feature))
    }
}

/// The position of the entry point `name` in `table`, or the error for a name that is none.
pub fn position(table: &[EntryPoint], name: &str) -> Result<usize> {
    table
        .iter()
        .position(|entry| entry.name == name)
        .ok_or_else(|| unknown_method(name))
}

pub(crate) fn unknown_method(method: &str) -> Error {
    Error::new(
        ErrorCode::InvalidArgument,
        "method",
        text!("`", method, "` is not an entry point of this authorizer"),
    )
}

/// The error for an entry point this build does not hold (the table has a row for every
/// entry point in every build, as its positions are what JS passes; a build keeps the names
/// of its own only).
pub(crate) fn not_in_build(entry: &EntryPoint) -> Error {
    Error::new(
        ErrorCode::InvalidArgument,
        "method",
        text!(
            "the entry point is not in this build (it needs the `",
            entry.feature.unwrap_or("?"),
            "` feature); the full `portcullis` entry has it"
        ),
    )
}

/// The error for an entry point reached the wrong way (a change through the read dispatch).
pub(crate) fn wrong_kind(entry: &EntryPoint, expected: Kind) -> Error {
    Error::new(
        ErrorCode::InvalidArgument,
        "method",
        text!(
            "`",
            entry.name,
            "` is a ",
            entry.kind.as_str(),
            " entry point, not a ",
            expected.as_str(),
            " one"
        ),
    )
}

/// An entry point's answer as the JSON value JS receives, or the error it refused with.
pub trait Answer {
    /// The answer as JS receives it.
    fn into_answer(self) -> Result<Value>;
}

impl<A: Answer> Answer for Result<A> {
    fn into_answer(self) -> Result<Value> {
        self?.into_answer()
    }
}

impl Answer for bool {
    fn into_answer(self) -> Result<Value> {
        Ok(Value::Bool(self))
    }
}

impl Answer for () {
    fn into_answer(self) -> Result<Value> {
        Ok(Value::Null)
    }
}

impl Answer for String {
    fn into_answer(self) -> Result<Value> {
        Ok(Value::String(self))
    }
}

impl Answer for Value {
    fn into_answer(self) -> Result<Value> {
        Ok(self)
    }
}

impl<D: crate::core::decision::DecisionDetail> Answer for crate::core::decision::Decision<D> {
    fn into_answer(self) -> Result<Value> {
        Ok(self.to_value())
    }
}

impl<A: Answer> Answer for Option<A> {
    fn into_answer(self) -> Result<Value> {
        self.map_or(Ok(Value::Null), Answer::into_answer)
    }
}

impl Answer for &[crate::core::warning::Warning] {
    fn into_answer(self) -> Result<Value> {
        Ok(crate::core::warning::warnings_value(self))
    }
}

/// The next argument of a dispatched call, in declaration order (`null` once they run out).
pub(crate) fn next<'a>(arguments: &mut Arguments<'a>) -> &'a Value {
    arguments.next()
}

/// Declares an authorizer's entry points: the tables `$table` and `$types` and the dispatch methods of
/// `$authorizer` (`call`, `call_json`, `open_entry`, `call_static`, `read_entry`,
/// `change_entry`). Each line:
///
/// ```text
/// /// doc
/// #[feature = "adapters"]            (optional: the build needs this feature)
/// kind "jsName" => rust_method(arg: "TsType", …; optional: "TsType", …) -> "TsAnswer";
/// ```
///
/// The header names the state's TypeScript type (`… for DokployAuthorizer, state
/// "DokployState";`), and the entry points every authorizer holds (`replace`, `slice`,
/// `sliceJSON`, `sourceFingerprint`, `toJSON`, `fingerprint`, `warnings`) are added after the
/// model's own.
///
/// `kind` is `open` (`fn(&Value, &Value) -> Result<Self>`: input and options), `static`
/// (`fn() -> Value`), `read` (`fn(&self, &Value…) -> Result<impl Answer>`) or `change`
/// (`fn(&mut self, &Value…) -> Result<impl Answer>`).
macro_rules! entry_points {
    (
        @expand
        $(#[doc = $table_doc:literal])*
        $vis:vis static $table:ident, $types:ident for $authorizer:ty;
        $(
            $(#[doc = $doc:literal])*
            $(#[feature = $feature:literal])?
            $kind:ident $js:literal => $method:ident (
                $($arg:ident : $ts:tt),* $(; $($opt:ident : $ots:tt),*)?
            ) -> $answer:tt;
        )*
    ) => {
        $(#[doc = $table_doc])*
        $vis static $table: &[$crate::api::entry_points::EntryPoint] = &[$(
            entry_points!(@row $js $kind [$($arg)*] [$($($opt)*)?] $($feature)?),
        )*];

        /// The docs and TypeScript types of the entry points, row for row.
        $vis static $types: &[$crate::api::entry_points::EntryTypes] = &[$(
            $crate::api::entry_points::EntryTypes {
                doc: concat!($($doc, "\n",)*),
                arguments: &[$($ts,)* $($($ots,)*)?],
                answer: $answer,
            },
        )*];

        impl $authorizer {
            /// The table of entry points.
            pub fn entry_points() -> &'static [$crate::api::entry_points::EntryPoint] {
                $table
            }

            /// Calls the entry point `method` (its JS name) with positional arguments, and
            /// answers with the JSON value JS would receive (`null` for no answer). An `open`
            /// entry point answers with the fingerprint of the state it loads.
            pub fn call(&mut self, method: &str, args: &[$crate::Value]) -> $crate::Result<$crate::Value> {
                use $crate::api::entry_points::Kind;
                let entry = $crate::api::entry_points::position($table, method)?;
                match $table[entry].kind {
                    Kind::Open => {
                        let arguments = $crate::api::arguments::Arguments::new(args);
                        let opened = Self::open_entry(entry, arguments.get(0), arguments.get(1))?;
                        Ok($crate::Value::String(opened.fingerprint()))
                    }
                    Kind::Static => Self::call_static(entry, args),
                    Kind::Read => self.read_entry(entry, args),
                    Kind::Change => self.change_entry(entry, args),
                }
            }

            /// [`call`](Self::call) with the arguments as a JSON array and the answer as JSON text.
            pub fn call_json(&mut self, method: &str, args: &str) -> $crate::Result<String> {
                $crate::api::authorizer::call_json(args, |args| self.call(method, args))
            }

            /// Runs the `open` entry point at `entry` of the table.
            pub fn open_entry(entry: usize, input: &$crate::Value, options: &$crate::Value) -> $crate::Result<Self> {
                let mut position = 0usize;
                $(
                    entry_points!(@open $kind position entry input options $method $table $(feature $feature)?);
                    position += 1;
                )*
                let _ = (input, options, position);
                Err(entry_points!(@mismatch $table entry Open))
            }

            /// Runs the `static` entry point at `entry` of the table.
            pub fn call_static(entry: usize, args: &[$crate::Value]) -> $crate::Result<$crate::Value> {
                let mut arguments = $crate::api::arguments::Arguments::new(args);
                let mut position = 0usize;
                $(
                    entry_points!(@static $kind position entry arguments $method $table
                        [$($arg)* $($($opt)*)?] $(feature $feature)?);
                    position += 1;
                )*
                let _ = (&mut arguments, position);
                Err(entry_points!(@mismatch $table entry Static))
            }

            /// Runs the `read` entry point at `entry` of the table (a `static` one too).
            pub fn read_entry(&self, entry: usize, args: &[$crate::Value]) -> $crate::Result<$crate::Value> {
                let mut arguments = $crate::api::arguments::Arguments::new(args);
                let mut position = 0usize;
                $(
                    entry_points!(@read $kind self position entry arguments $method $table
                        [$($arg)* $($($opt)*)?] $(feature $feature)?);
                    position += 1;
                )*
                let _ = (&mut arguments, position);
                Err(entry_points!(@mismatch $table entry Read))
            }

            /// Runs the `change` entry point at `entry` of the table.
            pub fn change_entry(&mut self, entry: usize, args: &[$crate::Value]) -> $crate::Result<$crate::Value> {
                let mut arguments = $crate::api::arguments::Arguments::new(args);
                let mut position = 0usize;
                $(
                    entry_points!(@change $kind self position entry arguments $method $table
                        [$($arg)* $($($opt)*)?] $(feature $feature)?);
                    position += 1;
                )*
                let _ = (&mut arguments, position);
                Err(entry_points!(@mismatch $table entry Change))
            }
        }
    };

    (@kind open) => { $crate::api::entry_points::Kind::Open };
    (@kind static) => { $crate::api::entry_points::Kind::Static };
    (@kind read) => { $crate::api::entry_points::Kind::Read };
    (@kind change) => { $crate::api::entry_points::Kind::Change };

    // A row of the table.
    (@row $js:literal $kind:ident [$($arg:ident)*] [$($opt:ident)*]) => {
        $crate::api::entry_points::EntryPoint {
            name: $js,
            arguments: &[
                $($crate::api::entry_points::Argument { name: stringify!($arg), optional: false },)*
                $($crate::api::entry_points::Argument { name: stringify!($opt), optional: true },)*
            ],
            kind: entry_points!(@kind $kind),
            feature: None,
        }
    };
    // A build without the row's feature keeps its place (the position JS passes), its kind
    // and its feature, but not its names: they are bytes a product's module would ship for an
    // entry point it cannot run.
    (@row $js:literal $kind:ident [$($arg:ident)*] [$($opt:ident)*] $feature:literal) => {{
        #[cfg(feature = $feature)]
        const ROW: $crate::api::entry_points::EntryPoint = $crate::api::entry_points::EntryPoint {
            feature: Some($feature),
            ..entry_points!(@row $js $kind [$($arg)*] [$($opt)*])
        };
        #[cfg(not(feature = $feature))]
        const ROW: $crate::api::entry_points::EntryPoint = $crate::api::entry_points::EntryPoint {
            name: "",
            arguments: &[],
            kind: entry_points!(@kind $kind),
            feature: Some($feature),
        };
        ROW
    }};

    // An entry at `entry` that is not of the kind asked for, not in this build, or none.
    (@mismatch $table:ident $entry:ident $expected:ident) => {
        match $table.get($entry) {
            None => $crate::core::error::Error::new(
                $crate::core::error::ErrorCode::InvalidArgument,
                "method",
                $crate::core::text::text!($entry, " is not an entry point index"),
            ),
            Some(row) if row.kind == $crate::api::entry_points::Kind::$expected
                || (row.kind == $crate::api::entry_points::Kind::Static
                    && $crate::api::entry_points::Kind::$expected == $crate::api::entry_points::Kind::Read) =>
            {
                $crate::api::entry_points::not_in_build(row)
            }
            Some(row) => $crate::api::entry_points::wrong_kind(row, $crate::api::entry_points::Kind::$expected),
        }
    };

    (@open open $position:ident $entry:ident $input:ident $options:ident $method:ident $table:ident $(feature $feature:literal)?) => {
        $(#[cfg(feature = $feature)])?
        if $entry == $position {
            return Self::$method($input, $options);
        }
    };
    (@open $other:ident $($rest:tt)*) => {};

    (@static static $position:ident $entry:ident $arguments:ident $method:ident $table:ident [$($arg:ident)*] $(feature $feature:literal)?) => {
        $(#[cfg(feature = $feature)])?
        if $entry == $position {
            return $crate::api::entry_points::Answer::into_answer(Self::$method($({
                let _ = stringify!($arg);
                $crate::api::entry_points::next(&mut $arguments)
            }),*));
        }
    };
    (@static $other:ident $($rest:tt)*) => {};

    (@read read $($rest:tt)*) => { entry_points!(@invoke $($rest)*); };
    // A `static` entry point asked for as a method runs as it runs statically.
    (@read static $self:ident $($rest:tt)*) => { entry_points!(@static static $($rest)*); };
    (@read $other:ident $($rest:tt)*) => {};

    (@change change $($rest:tt)*) => { entry_points!(@invoke $($rest)*); };
    (@change $other:ident $($rest:tt)*) => {};

    // A `read` or `change` entry point at `entry`: its method with the arguments in order.
    (@invoke $self:ident $position:ident $entry:ident $arguments:ident $method:ident $table:ident [$($arg:ident)*] $(feature $feature:literal)?) => {
        $(#[cfg(feature = $feature)])?
        if $entry == $position {
            return $crate::api::entry_points::Answer::into_answer($self.$method($({
                let _ = stringify!($arg);
                $crate::api::entry_points::next(&mut $arguments)
            }),*));
        }
    };

    // What every authorizer holds besides its model's own entry points, declared once here:
    // `state` is the TypeScript type of the model's state.
    (
        $(#[doc = $table_doc:literal])*
        $vis:vis static $table:ident, $types:ident for $authorizer:ty, state $state:literal;
        $($entries:tt)*
    ) => {
        entry_points! {
            @expand
            $(#[doc = $table_doc])*
            $vis static $table, $types for $authorizer;
            $($entries)*
            /// Swaps in a whole new state (a fresh slice from the server, say), validated as `load` validates it, all or nothing: a refused state throws and changes nothing.
            change "replace" => replace(state: (concat!($state, " | string")); options: "LoadOptions") -> "void";
            /// The slice of `user`: a state that `load` accepts in every build and that answers every call with `user` acting exactly as this one does, holding nothing else (other acting users are unknown in it); for a server to send to that user's browser.
            #[feature = "slices"]
            read "slice" => slice(user: "string") -> $state;
            /// `slice(user)` as JSON text, ready to send: a server that writes the slice to a response skips building and serializing the object.
            #[feature = "slices"]
            read "sliceJSON" => slice_json(user: "string") -> "string";
            /// The fingerprint of the state this slice was cut from; `null` for a state that is no slice.
            read "sourceFingerprint" => source_fingerprint() -> "string | null";
            /// The state, as loaded plus any changes.
            read "toJSON" => to_json() -> $state;
            /// `sha256:` and the hash of the canonical state.
            read "fingerprint" => fingerprint() -> "string";
            /// What the input held that had to be interpreted; empty for a clean input.
            read "warnings" => warnings() -> "Warning[]";
        }
    };
}

pub(crate) use entry_points;
