//! The wasm bindings of the JS API, all through one object, [`Host`]. The package's JS writes
//! a call's arguments into the host's input as JSON text — with a marker where it met a value
//! JSON cannot hold, which [`check_host`] refuses with its path — and reads the answer, or the
//! error, as JSON text from the host's output. No JS value crosses: the bindings need none of
//! wasm-bindgen's value glue, and one JSON reader serves arguments and states alike. Every
//! binding is the same few lines — read the arguments, call the contract in [`crate::api`],
//! write the answer — and nothing here decides or reads a model's terms.

#[cfg(not(feature = "std"))]
mod runtime;

use wasm_bindgen::prelude::wasm_bindgen;

use crate::api::{self, EntryPoint};
#[cfg(feature = "dokploy")]
use crate::api::{DokployAuthorizer, DOKPLOY_ENTRY_POINTS};
#[cfg(feature = "portainer")]
use crate::api::{PortainerAuthorizer, PORTAINER_ENTRY_POINTS};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{ObjectWriter, Value};
use crate::core::parse::check_host;
use crate::core::text::text;
#[cfg(feature = "dokploy")]
use crate::dokploy::permission_index;
#[cfg(feature = "portainer")]
use crate::portainer::operation_index;
use crate::prelude::*;

/// A call's status: the output holds its answer.
const ANSWERED: u32 = 0;
/// A call's status: the output holds the error it was refused with.
const REFUSED: u32 = 1;

/// The catalog index [`Host::can_ids`] takes for a permission named by its id instead.
pub const BY_ID: u32 = u32::MAX;

/// In an argument's length, the bit that marks a state's own JSON text (read as the text of a
/// state, not as JSON of a string).
const STATE_TEXT: u32 = 1 << 31;

/// The models a build holds, by the number JS names them with.
const DOKPLOY: u32 = 0;
const PORTAINER: u32 = 1;

/// A loaded authorizer of either model.
enum Held {
    #[cfg(feature = "dokploy")]
    Dokploy(DokployAuthorizer),
    #[cfg(feature = "portainer")]
    Portainer(PortainerAuthorizer),
}

/// The state of the module that JS talks to: the authorizers it loaded (JS holds their
/// numbers), and the buffers every call reads its arguments from and writes its answer to.
#[wasm_bindgen]
pub struct Host {
    input: Vec<u8>,
    output: String,
    held: Vec<Option<Held>>,
    /// The last page of `allowedIds`, read word by word.
    #[cfg(feature = "std")]
    words: [u32; 4],
}

impl Default for Host {
    fn default() -> Self {
        Host::new()
    }
}

#[wasm_bindgen]
impl Host {
    /// A host with empty buffers and nothing held.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Host {
        Host {
            input: Vec::new(),
            output: String::new(),
            held: Vec::new(),
            #[cfg(feature = "std")]
            words: [0; 4],
        }
    }

    /// Room for `len` bytes of input, which the next call reads: its address in the module's
    /// memory, for JS to write the arguments' UTF-8 into.
    pub fn input(&mut self, len: usize) -> usize {
        // A fresh zeroed buffer is one `memory.fill`; `resize` would zero it a byte at a time
        // in a loop (half a millisecond for the 1.2 MB a 400 KB slice asks for).
        self.input = vec![0; len];
        self.input.as_ptr() as usize
    }

    /// Where the last answer's UTF-8 starts in the module's memory.
    pub fn output(&self) -> usize {
        self.output.as_ptr() as usize
    }

    /// How many bytes the last answer is.
    #[wasm_bindgen(js_name = outputLength)]
    pub fn output_length(&self) -> usize {
        self.output.len()
    }

    /// Writes what the JS layer needs of a build, as JSON: `0` the version; in the full
    /// build (for its fast path, and for the package's generated types) `1` Dokploy's
    /// permission ids, `3` Portainer's operation ids, `5`, `6` and `7` every decision, error
    /// and warning code. (The target fields are generated into the JS.)
    pub fn describe(&mut self, what: u32) -> u32 {
        let value = match what {
            0 => Value::String(crate::VERSION.to_owned()),
            #[cfg(all(feature = "std", feature = "dokploy"))]
            1 => api::statics::dokploy_ids(),
            #[cfg(all(feature = "std", feature = "portainer"))]
            3 => api::statics::portainer_ids(),
            #[cfg(feature = "std")]
            5 => api::statics::decision_codes(),
            #[cfg(feature = "std")]
            6 => api::statics::error_codes(),
            #[cfg(feature = "std")]
            7 => api::statics::warning_codes(),
            _ => Value::Null,
        };
        self.answer(Ok(value))
    }

    /// Runs the `open` entry point `entry` of `model`: the input holds `load`'s options
    /// (`options` bytes of argument text) and then the state (`state` bytes: its JSON text, or
    /// with [`STATE_TEXT`] clear the argument text JS wrote of a value that is not plain JSON).
    /// The number of the loaded authorizer (from 1), or 0 when refused.
    pub fn open(&mut self, model: u32, entry: u32, options: u32, state: u32) -> u32 {
        let opened = self.read_open(model, entry, options, state);
        match opened {
            Ok(held) => {
                let slot = self.held.iter().position(Option::is_none);
                let number = match slot {
                    Some(free) => {
                        self.held[free] = Some(held);
                        free
                    }
                    None => {
                        self.held.push(Some(held));
                        self.held.len() - 1
                    }
                };
                self.output.clear();
                number as u32 + 1
            }
            Err(error) => {
                self.refuse(error);
                0
            }
        }
    }

    /// Runs the `static` entry point `entry` of `model` with arguments of these lengths. Every
    /// static entry point comes with `catalogs` or `requests`: a kernel holds none.
    #[cfg(any(feature = "catalogs", feature = "requests"))]
    #[wasm_bindgen(js_name = callStatic)]
    pub fn call_static(
        &mut self,
        model: u32,
        entry: u32,
        a0: u32,
        a1: u32,
        a2: u32,
        a3: u32,
    ) -> u32 {
        let lengths = [a0, a1, a2, a3];
        let answer = table(model).and_then(|table| {
            let args = self.arguments(row(table, entry)?, lengths)?;
            match model {
                #[cfg(feature = "dokploy")]
                DOKPLOY => DokployAuthorizer::call_static(entry as usize, &args),
                #[cfg(feature = "portainer")]
                PORTAINER => PortainerAuthorizer::call_static(entry as usize, &args),
                _ => Err(no_model(model)),
            }
        });
        self.answer(answer)
    }

    /// Runs the `read` or `change` entry point `entry` of the authorizer `number` with
    /// arguments of these lengths.
    pub fn call(&mut self, number: u32, entry: u32, a0: u32, a1: u32, a2: u32, a3: u32) -> u32 {
        let lengths = [a0, a1, a2, a3];
        let answer = self
            .arguments_of(number, entry, lengths)
            .and_then(|(args, change)| match (self.held_mut(number)?, change) {
                #[cfg(feature = "dokploy")]
                (Held::Dokploy(a), false) => a.read_entry(entry as usize, &args),
                #[cfg(feature = "dokploy")]
                (Held::Dokploy(a), true) => a.change_entry(entry as usize, &args),
                #[cfg(feature = "portainer")]
                (Held::Portainer(a), false) => a.read_entry(entry as usize, &args),
                #[cfg(feature = "portainer")]
                (Held::Portainer(a), true) => a.change_entry(entry as usize, &args),
            });
        self.answer(answer)
    }

    /// Frees the authorizer `number`; its number may be handed out again.
    pub fn release(&mut self, number: u32) {
        if let Some(slot) = (number as usize)
            .checked_sub(1)
            .and_then(|i| self.held.get_mut(i))
        {
            *slot = None;
        }
        // Let the memory of a large state go with it.
        while matches!(self.held.last(), Some(None)) {
            self.held.pop();
        }
        if self.held.is_empty() {
            self.input = Vec::new();
            self.output = String::new();
        }
    }
}

/// For Rust callers of the bindings (the wasm test harness): the input written, the output read,
/// as the package's JS does through the module's memory.
impl Host {
    /// Writes `text` as the input of the next call.
    pub fn set_input(&mut self, text: &str) {
        self.input.clear();
        self.input.extend_from_slice(text.as_bytes());
    }

    /// The last answer's JSON text.
    pub fn output_text(&self) -> &str {
        &self.output
    }
}

impl Host {
    fn read_open(&self, model: u32, entry: u32, options: u32, state: u32) -> Result<Held> {
        let table = table(model)?;
        let row = row(table, entry)?;
        let text = self.text(options as usize + (state & !STATE_TEXT) as usize)?;
        let (options_text, state_text) = text
            .split_at_checked(options as usize)
            .ok_or_else(bad_lengths)?;
        let options = argument_value(options_text, "options")?;
        let limits = api::load_limits(&options)?;
        let name = row.arguments.first().map_or("state", |a| a.name);
        if state & STATE_TEXT == 0 {
            // A value that is not plain JSON, as JS wrote it: refused where it holds what JSON
            // cannot, under the limits of a state; once checked, it is loaded as the text it is.
            check_host(state_text, Some(&limits), "").map_err(|error| {
                if error.path().is_empty() {
                    Error::new(error.code(), name, error.message())
                } else {
                    error
                }
            })?;
        }
        let input = Value::String(state_text.to_owned());
        match model {
            #[cfg(feature = "dokploy")]
            DOKPLOY => {
                DokployAuthorizer::open_entry(entry as usize, &input, &options).map(Held::Dokploy)
            }
            #[cfg(feature = "portainer")]
            PORTAINER => PortainerAuthorizer::open_entry(entry as usize, &input, &options)
                .map(Held::Portainer),
            _ => Err(no_model(model)),
        }
    }

    fn held_mut(&mut self, number: u32) -> Result<&mut Held> {
        (number as usize)
            .checked_sub(1)
            .and_then(|i| self.held.get_mut(i))
            .and_then(Option::as_mut)
            .ok_or_else(freed)
    }

    fn held(&self, number: u32) -> Result<&Held> {
        (number as usize)
            .checked_sub(1)
            .and_then(|i| self.held.get(i))
            .and_then(Option::as_ref)
            .ok_or_else(freed)
    }

    /// The arguments of the entry point `entry` of the authorizer `number`, and whether it
    /// is a change.
    fn arguments_of(
        &self,
        number: u32,
        entry: u32,
        lengths: [u32; 4],
    ) -> Result<(Vec<Value>, bool)> {
        let table = match self.held(number)? {
            #[cfg(feature = "dokploy")]
            Held::Dokploy(_) => DOKPLOY_ENTRY_POINTS,
            #[cfg(feature = "portainer")]
            Held::Portainer(_) => PORTAINER_ENTRY_POINTS,
        };
        let row = row(table, entry)?;
        Ok((self.arguments(row, lengths)?, row.kind == api::Kind::Change))
    }

    /// The arguments of a call of `row`, read from the input in order.
    fn arguments(&self, row: &EntryPoint, lengths: [u32; 4]) -> Result<Vec<Value>> {
        let total = lengths.iter().map(|&l| (l & !STATE_TEXT) as usize).sum();
        let mut rest = self.text(total)?;
        let mut args = Vec::with_capacity(row.arguments.len());
        for (argument, length) in row.arguments.iter().zip(lengths) {
            let (text, after) = rest
                .split_at_checked((length & !STATE_TEXT) as usize)
                .ok_or_else(bad_lengths)?;
            rest = after;
            args.push(if length & STATE_TEXT != 0 {
                Value::String(text.to_owned())
            } else {
                argument_value(text, argument.name)?
            });
        }
        Ok(args)
    }

    /// The first `len` bytes of the input as text: JS writes them with the engine's UTF-8
    /// encoder.
    fn text(&self, len: usize) -> Result<&str> {
        let bytes = self.input.get(..len).ok_or_else(bad_lengths)?;
        core::str::from_utf8(bytes).map_err(|_| {
            Error::new(
                ErrorCode::InvalidJson,
                "",
                "not valid JSON: the text is not UTF-8",
            )
        })
    }

    /// Writes an answer, or the error it was refused with, to the output.
    fn answer(&mut self, answer: Result<Value>) -> u32 {
        match answer {
            Ok(value) => {
                self.output.clear();
                value.write_json(&mut self.output);
                ANSWERED
            }
            Err(error) => self.refuse(error),
        }
    }

    fn refuse(&mut self, error: Error) -> u32 {
        self.output.clear();
        ObjectWriter::new()
            .string("code", error.code().as_str())
            .string("message", error.message())
            .string("path", error.path())
            .build()
            .write_json(&mut self.output);
        REFUSED
    }
}

/// The checks' fast paths: the user and the target's ids written one after the other into
/// the input as UTF-8, and the answer as a number — no JSON either way, nothing allocated.
/// The full build's memo (`js/authorizer.js`) names the permission by its catalog index; a
/// product entry's (`js/pages.js`), which holds no catalog, by its id, written first.
#[wasm_bindgen]
impl Host {
    /// `can` of the user and target in the input (the permission's id, `id` bytes, when
    /// `index` is [`BY_ID`]; then `user` bytes, then the ids' in the model's field order, 0
    /// where not given) with the permission at `index` of the catalog, or the one named: 1
    /// allowed, 0 not, 2 refused (the output says why).
    #[wasm_bindgen(js_name = canIds)]
    #[allow(clippy::too_many_arguments, reason = "one length per target field")]
    pub fn can_ids(
        &mut self,
        number: u32,
        index: u32,
        id: u32,
        user: u32,
        l0: u32,
        l1: u32,
        l2: u32,
        l3: u32,
        l4: u32,
    ) -> u32 {
        let lead = if index == BY_ID { id } else { 0 };
        let permission = |id: &str, lookup: fn(&str) -> Result<usize>| {
            if index == BY_ID {
                lookup(id).map(catalog_index)
            } else {
                Ok(index)
            }
        };
        let answer = self
            .call_ids(lead, user, [l0, l1, l2, l3, l4])
            .and_then(|(id, user, ids)| match self.held(number)? {
                #[cfg(feature = "dokploy")]
                Held::Dokploy(a) => a.can_ids(user, permission(id, permission_index)?, ids),
                #[cfg(feature = "portainer")]
                Held::Portainer(a) => a.can_ids(
                    user,
                    permission(id, operation_index)?,
                    [ids[0], ids[1], ids[2]],
                ),
            });
        match answer {
            Ok(allowed) => u32::from(allowed),
            Err(error) => {
                self.refuse(error);
                2
            }
        }
    }
}

#[cfg(feature = "std")]
#[wasm_bindgen]
impl Host {
    /// Every id allowed to the user on the target in the input (as [`can_ids`](Self::can_ids)
    /// reads them), as four words that [`word`](Self::word) reads: one crossing answers a
    /// whole page, which the fast path keeps. `ANSWERED`, or `REFUSED` with the error in the
    /// output.
    #[wasm_bindgen(js_name = allowedIds)]
    #[allow(clippy::too_many_arguments, reason = "one length per target field")]
    pub fn allowed_ids(
        &mut self,
        number: u32,
        user: u32,
        l0: u32,
        l1: u32,
        l2: u32,
        l3: u32,
        l4: u32,
    ) -> u32 {
        use crate::core::permission_set::CatalogSet;
        let words = self
            .call_ids(0, user, [l0, l1, l2, l3, l4])
            .and_then(|(_, user, ids)| match self.held(number)? {
                #[cfg(feature = "dokploy")]
                Held::Dokploy(a) => Ok(a.allowed_ids(user, ids).words()),
                #[cfg(feature = "portainer")]
                Held::Portainer(a) => a
                    .allowed_ids(user, [ids[0], ids[1], ids[2]])
                    .map(CatalogSet::words),
            });
        match words {
            Ok(words) => {
                self.words = words;
                ANSWERED
            }
            Err(error) => self.refuse(error),
        }
    }

    /// Word `i` of the last page of [`allowed_ids`](Self::allowed_ids).
    pub fn word(&self, i: usize) -> u32 {
        self.words.get(i).copied().unwrap_or(0)
    }
}

impl Host {
    /// The texts of a fast-path call: the input's first `lead` bytes, then the user's `user`
    /// bytes, then each id of `lengths` after the one before it (`None` for a length of 0).
    fn call_ids(
        &self,
        lead: u32,
        user: u32,
        lengths: [u32; 5],
    ) -> Result<(&str, &str, [Option<&str>; 5])> {
        let total = lengths
            .iter()
            .fold(lead as usize + user as usize, |sum, &l| sum + l as usize);
        let (lead, rest) = self
            .text(total)?
            .split_at_checked(lead as usize)
            .ok_or_else(bad_lengths)?;
        let (user, mut rest) = rest
            .split_at_checked(user as usize)
            .ok_or_else(bad_lengths)?;
        let mut ids = [None; 5];
        for (id, length) in ids.iter_mut().zip(lengths) {
            let (text, after) = rest
                .split_at_checked(length as usize)
                .ok_or_else(bad_lengths)?;
            rest = after;
            *id = (length > 0).then_some(text);
        }
        Ok((lead, user, ids))
    }
}

/// The entry points of `model`.
fn table(model: u32) -> Result<&'static [EntryPoint]> {
    match model {
        #[cfg(feature = "dokploy")]
        DOKPLOY => Ok(DOKPLOY_ENTRY_POINTS),
        #[cfg(feature = "portainer")]
        PORTAINER => Ok(PORTAINER_ENTRY_POINTS),
        _ => Err(no_model(model)),
    }
}

/// The row at `entry` of `table`, or the error for an index that is none.
fn row(table: &'static [EntryPoint], entry: u32) -> Result<&'static EntryPoint> {
    table.get(entry as usize).ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidArgument,
            "method",
            text!(entry, " is not an entry point index"),
        )
    })
}

/// An argument as JS wrote it (empty: not given).
fn argument_value(text: &str, name: &'static str) -> Result<Value> {
    if text.is_empty() {
        return Ok(Value::Null);
    }
    Ok(check_host(text, None, name)?.to_value())
}

/// A catalog index as the fast paths pass it: every catalog holds at most 128 ids.
fn catalog_index(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

fn bad_lengths() -> Error {
    Error::new(
        ErrorCode::InvalidArgument,
        "",
        "the lengths of the arguments do not match the input",
    )
}

fn no_model(model: u32) -> Error {
    Error::new(
        ErrorCode::InvalidArgument,
        "model",
        text!(model, " is not a model of this build"),
    )
}

fn freed() -> Error {
    Error::new(
        ErrorCode::Freed,
        "",
        "this authorizer was freed; load the state again",
    )
}
