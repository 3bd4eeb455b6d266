//! What a Portainer check is about: the environment and, as the operation needs them, the
//! resource, the registry and what a create or edit asks for.

use crate::core::text::text;

use super::request::Request;
use super::resource_type::ResourceType;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{as_id, as_str, ObjectReader, Value};

/// The target's fields, in the order the fast path passes them.
pub const TARGET_FIELDS: [&str; 3] = ["environmentId", "resourceId", "registryId"];

/// What a Portainer check is about: an environment, and as the operation needs them a resource, a registry, what a create asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target<'a> {
    /// The environment's id.
    pub environment_id: &'a str,
    /// Without it, the answer is about the operation in general on the environment.
    pub resource_id: Option<&'a str>,
    /// The registry, for operations that use one.
    pub registry_id: Option<&'a str>,
    /// What a create or edit asks for, which the security settings read.
    pub request: Option<Request>,
    /// Only for an ownership change, when the id alone names resources of several types.
    pub resource_type: Option<ResourceType>,
}

impl<'a> Target<'a> {
    /// A target on the environment alone.
    pub fn environment(environment_id: &'a str) -> Self {
        Target {
            environment_id,
            ..Target::default()
        }
    }

    /// The target with a resource.
    pub fn resource(mut self, resource_id: &'a str) -> Self {
        self.resource_id = Some(resource_id);
        self
    }

    /// The target with a registry.
    pub fn registry(mut self, registry_id: &'a str) -> Self {
        self.registry_id = Some(registry_id);
        self
    }

    /// The target with what a create or edit asks for.
    pub fn request(mut self, request: Request) -> Self {
        self.request = Some(request);
        self
    }

    /// Reads `{ environmentId, resourceId?, registryId?, request?, resourceType? }`.
    pub fn from_value(value: &'a Value, path: &str) -> Result<Self> {
        let mut reader = ObjectReader::new(value, path)?;
        let (env, env_path) = reader.required("environmentId")?;
        let mut target = Target::environment(as_id(env, &env_path)?);
        if let Some((v, p)) = reader.optional("resourceId") {
            target.resource_id = Some(as_id(v, &p)?);
        }
        if let Some((v, p)) = reader.optional("registryId") {
            target.registry_id = Some(as_id(v, &p)?);
        }
        if let Some((v, p)) = reader.optional("request") {
            target.request = Some(Request::from_value(v, &p)?);
        }
        if let Some((v, p)) = reader.optional("resourceType") {
            let name = as_str(v, &p)?;
            target.resource_type = Some(ResourceType::from_name(name).ok_or_else(|| {
                Error::new(
                    ErrorCode::InvalidValue,
                    &p,
                    text!(
                        "`",
                        name,
                        "` is not a resource type; expected one of ",
                        ResourceType::names()
                    ),
                )
            })?);
        }
        reader.finish(&[
            "environmentId",
            "resourceId",
            "registryId",
            "request",
            "resourceType",
        ])?;
        Ok(target)
    }
}
