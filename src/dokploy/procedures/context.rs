//! What a call's `context` gives: the facts Dokploy reads from its database that neither the
//! state nor the input holds (an environment's project, a domain's application, …), and the
//! deployment (`cloud`). Each has a documented name; a check that needs one that is not
//! given refuses with `missing_context` and that name, never guessing.

use crate::prelude::*;

use super::check::Lookup;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{join_key, Value};

/// Whether Dokploy runs as its cloud edition (`IS_CLOUD`): `true` or `false`.
pub const CLOUD: &str = "cloud";
/// The monitoring token(s) Dokploy stores (web server and servers): a string or an array.
pub const MONITORING_TOKEN: &str = "monitoringToken";
/// Who created a git provider, by its id, when the state does not list the organization's
/// git providers: a string, `null`, or an object from provider ids to either.
pub const GIT_PROVIDER_CREATOR: &str = "gitProvider.userId";
/// Whether a git provider is shared with the organization, when the state does not list
/// them: a boolean, or an object from provider ids to booleans.
pub const GIT_PROVIDER_SHARED: &str = "gitProvider.sharedWithOrganization";

/// Every context name besides the lookups' ([`Lookup::name`]).
pub const CONTEXT_NAMES: [&str; 4] = [
    CLOUD,
    MONITORING_TOKEN,
    GIT_PROVIDER_CREATOR,
    GIT_PROVIDER_SHARED,
];

/// What the context says about one stored fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fact<'a> {
    /// Not given: the check cannot be decided.
    Missing,
    /// Given as `null`: the stored row has no such value (a web-server backup has no service).
    Null,
    Id(&'a str),
}

/// A call's context, checked when the call is read.
#[derive(Debug, Clone, Copy, Default)]
pub struct CallContext<'a> {
    fields: &'a [(String, Value)],
}

impl<'a> CallContext<'a> {
    /// Reads `context` (an object or `null`): known names only, each of its type. A lookup is a
    /// string, `null`, or an object from the input's id to a string or `null` (for a batch
    /// whose calls name different rows).
    pub fn from_value(value: &'a Value, path: &str) -> Result<Self> {
        let fields = match value {
            Value::Null => return Ok(CallContext::default()),
            Value::Object(fields) => fields.as_slice(),
            other => {
                return Err(Error::new(
                    ErrorCode::InvalidArgument,
                    path,
                    format!("`{path}` must be an object, not {}", other.kind()),
                ))
            }
        };
        for (i, (name, value)) in fields.iter().enumerate() {
            let field_path = join_key(path, name);
            if fields[..i].iter().any(|(other, _)| other == name) {
                return Err(Error::new(
                    ErrorCode::InvalidArgument,
                    field_path,
                    format!("`{name}` is given twice"),
                ));
            }
            let fine = match name.as_str() {
                CLOUD => matches!(value, Value::Bool(_)),
                MONITORING_TOKEN => match value {
                    Value::String(_) => true,
                    Value::Array(items) => items.iter().all(|t| matches!(t, Value::String(_))),
                    _ => false,
                },
                GIT_PROVIDER_SHARED => match value {
                    Value::Bool(_) => true,
                    Value::Object(by_id) => by_id.iter().all(|(_, v)| matches!(v, Value::Bool(_))),
                    _ => false,
                },
                GIT_PROVIDER_CREATOR => fact_shape(value),
                other if Lookup::ALL.iter().any(|l| l.name() == other) => fact_shape(value),
                other => {
                    return Err(Error::new(
                        ErrorCode::InvalidArgument,
                        field_path,
                        format!(
                            "`{other}` is not a context name; expected `cloud`, `monitoringToken`, `gitProvider.userId`, `gitProvider.sharedWithOrganization` or a lookup such as `environment.projectId`"
                        ),
                    ))
                }
            };
            if !fine {
                let expected = match name.as_str() {
                    CLOUD => "a boolean",
                    GIT_PROVIDER_SHARED => "a boolean, or an object from ids to booleans",
                    MONITORING_TOKEN => "a string or an array of strings",
                    _ => "a string, null, or an object from ids to strings or null",
                };
                return Err(Error::new(
                    ErrorCode::InvalidArgument,
                    field_path,
                    format!("`{name}` must be {expected}, not {}", value.kind()),
                ));
            }
        }
        Ok(CallContext { fields })
    }

    fn get(&self, name: &str) -> Option<&'a Value> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The fact `name` about the row `key` names.
    pub(crate) fn fact(&self, name: &str, key: Option<&str>) -> Fact<'a> {
        let value = match self.get(name) {
            Some(Value::Object(by_id)) => {
                match key.and_then(|k| by_id.iter().find(|(id, _)| id == k)) {
                    Some((_, value)) => value,
                    None => return Fact::Missing,
                }
            }
            Some(value) => value,
            None => return Fact::Missing,
        };
        match value {
            Value::String(s) if !s.is_empty() => Fact::Id(s),
            _ => Fact::Null,
        }
    }

    /// The boolean fact `name` about the row `key` names.
    pub(crate) fn flag(&self, name: &str, key: &str) -> Option<bool> {
        match self.get(name)? {
            Value::Bool(flag) => Some(*flag),
            Value::Object(by_id) => {
                by_id
                    .iter()
                    .find(|(id, _)| id == key)
                    .and_then(|(_, v)| match v {
                        Value::Bool(flag) => Some(*flag),
                        _ => None,
                    })
            }
            _ => None,
        }
    }

    pub(crate) fn cloud(&self) -> Option<bool> {
        match self.get(CLOUD) {
            Some(Value::Bool(cloud)) => Some(*cloud),
            _ => None,
        }
    }

    /// The stored monitoring tokens, when given.
    pub(crate) fn monitoring_tokens(&self) -> Option<Vec<&'a str>> {
        match self.get(MONITORING_TOKEN)? {
            Value::String(token) => Some(vec![token.as_str()]),
            Value::Array(items) => Some(
                items
                    .iter()
                    .filter_map(|t| match t {
                        Value::String(s) => Some(s.as_str()),
                        _ => None,
                    })
                    .collect(),
            ),
            _ => None,
        }
    }
}

fn fact_shape(value: &Value) -> bool {
    match value {
        Value::String(_) | Value::Null => true,
        Value::Object(by_id) => by_id
            .iter()
            .all(|(_, v)| matches!(v, Value::String(_) | Value::Null)),
        _ => false,
    }
}
