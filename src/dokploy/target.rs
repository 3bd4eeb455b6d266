//! What a Dokploy check is about: the project, environment, service, git provider or server.

use super::catalog::ScopeKind;
use crate::core::error::Result;
use crate::core::json::{as_id, ObjectReader, Value};

/// What a check is about: the ids of the project, environment, service, git provider or
/// server concerned. Organization-wide permissions need none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Target<'a> {
    ids: [Option<&'a str>; 5],
}

impl<'a> Target<'a> {
    /// No target: an organization-wide question.
    pub fn none() -> Self {
        Target::default()
    }

    /// The target with `kind` set to `id`.
    pub fn with(mut self, kind: ScopeKind, id: &'a str) -> Self {
        self.ids[kind.index()] = Some(id);
        self
    }

    /// A project.
    pub fn project(id: &'a str) -> Self {
        Target::none().with(ScopeKind::Project, id)
    }

    /// An environment.
    pub fn environment(id: &'a str) -> Self {
        Target::none().with(ScopeKind::Environment, id)
    }

    /// A service.
    pub fn service(id: &'a str) -> Self {
        Target::none().with(ScopeKind::Service, id)
    }

    /// The id the target gives for `kind`.
    pub fn get(&self, kind: ScopeKind) -> Option<&'a str> {
        self.ids[kind.index()]
    }

    /// Reads a target object `{ projectId?, environmentId?, serviceId?, gitProviderId?,
    /// serverId? }`; `null` is no target.
    pub fn from_value(value: &'a Value, path: &str) -> Result<Self> {
        if matches!(value, Value::Null) {
            return Ok(Target::none());
        }
        let mut reader = ObjectReader::new(value, path)?;
        let mut target = Target::none();
        for kind in ScopeKind::ALL {
            if let Some((id, id_path)) = reader.optional(kind.target_field()) {
                target.ids[kind.index()] = Some(as_id(id, &id_path)?);
            }
        }
        reader.finish(&ScopeKind::TARGET_FIELDS)?;
        Ok(target)
    }
}
