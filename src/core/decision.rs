//! Decisions: an answer with its reason.
//!
//! Evaluation never builds strings on the way to a boolean: `can` stops at the verdict,
//! and only `explain` turns it into a [`Decision`] with a message.

use crate::prelude::*;

pub use super::decision_code::DecisionCode;
use super::error::{Error, ErrorCode};
use super::json::{ObjectWriter, Value};
use super::text::text;

/// What a product adds to its decisions beyond the fields every decision has: Portainer's
/// control origin and security setting, for instance. Written between `scope` and `path`.
pub trait DecisionDetail: Clone + Default + core::fmt::Debug + PartialEq + Eq {
    /// Adds the detail's fields, absent ones left out.
    fn write(&self, writer: ObjectWriter) -> ObjectWriter;
}

/// No detail: the decisions of a product that adds no fields (Dokploy's).
impl DecisionDetail for () {
    fn write(&self, writer: ObjectWriter) -> ObjectWriter {
        writer
    }
}

/// A grant that, given to the user, would lift a denial: the decision's `wouldAllow` lists
/// every grant the change needs, all together. Found by deciding again as if the grants were
/// held, so they do allow — save for a Portainer user without a role on the environment, who
/// is told the least privileged role that includes the operation and nothing the environment
/// holds. Each product's remedies exist in the builds with its feature: a browser's kernel
/// carries neither the other product's variants nor their words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remedy {
    /// Dokploy: the member flag (`canDeleteServices`).
    #[cfg(feature = "dokploy")]
    Flag(&'static str),
    /// Dokploy: the permission in the member's custom role.
    #[cfg(feature = "dokploy")]
    RolePermission {
        /// The custom role's name.
        role: String,
        /// The permission it would hold.
        permission: &'static str,
    },
    /// Dokploy: the id in the member's access list.
    #[cfg(feature = "dokploy")]
    AccessList {
        /// The list (`accessedServices`).
        list: &'static str,
        /// The id it would hold.
        id: String,
    },
    /// Portainer: the role as the user's own policy on the environment.
    #[cfg(feature = "portainer")]
    EnvironmentRole {
        /// The environment's id.
        environment: String,
        /// The role's code (`ST`).
        role: &'static str,
    },
    /// Portainer: the control of the resource names the user.
    #[cfg(feature = "portainer")]
    Control {
        /// The type of the resource whose control applies (`stack`).
        resource_type: &'static str,
        /// Its id.
        resource_id: String,
    },
    /// Portainer: the registry granted to the user on the environment.
    #[cfg(feature = "portainer")]
    Registry {
        /// The registry's id.
        registry: String,
        /// The environment's id.
        environment: String,
    },
}

impl Remedy {
    /// The remedy as the JS `wouldAllow` item.
    pub fn to_value(&self) -> Value {
        // `*self` with `ref` bindings: a build with neither product has no remedy at all.
        match *self {
            #[cfg(feature = "dokploy")]
            Remedy::Flag(flag) => ObjectWriter::new().string("flag", flag).build(),
            #[cfg(feature = "dokploy")]
            Remedy::RolePermission {
                ref role,
                permission,
            } => ObjectWriter::new()
                .string("role", role)
                .string("permission", permission)
                .build(),
            #[cfg(feature = "dokploy")]
            Remedy::AccessList { list, ref id } => ObjectWriter::new()
                .string("accessList", list)
                .string("id", id)
                .build(),
            #[cfg(feature = "portainer")]
            Remedy::EnvironmentRole {
                ref environment,
                role,
            } => ObjectWriter::new()
                .string("environmentId", environment)
                .string("role", role)
                .build(),
            #[cfg(feature = "portainer")]
            Remedy::Control {
                resource_type,
                ref resource_id,
            } => ObjectWriter::new()
                .string("resourceType", resource_type)
                .string("resourceId", resource_id)
                .build(),
            #[cfg(feature = "portainer")]
            Remedy::Registry {
                ref registry,
                ref environment,
            } => ObjectWriter::new()
                .string("registryId", registry)
                .string("environmentId", environment)
                .build(),
        }
    }

    /// The remedy in words, for the decision's message.
    pub fn describe(&self) -> String {
        match *self {
            #[cfg(feature = "dokploy")]
            Remedy::Flag(flag) => text!("the member flag `", flag, "`"),
            #[cfg(feature = "dokploy")]
            Remedy::RolePermission {
                ref role,
                permission,
            } => text!("`", permission, "` in custom role `", role, "`"),
            #[cfg(feature = "dokploy")]
            Remedy::AccessList { list, ref id } => text!("`", id, "` in their `", list, "`"),
            #[cfg(feature = "portainer")]
            Remedy::EnvironmentRole {
                ref environment,
                role,
            } => text!(
                "a policy of their own giving them role ",
                role,
                " on environment `",
                environment,
                "`"
            ),
            #[cfg(feature = "portainer")]
            Remedy::Control {
                resource_type,
                ref resource_id,
            } => text!(
                "the control of ",
                resource_type,
                " `",
                resource_id,
                "` naming them"
            ),
            #[cfg(feature = "portainer")]
            Remedy::Registry {
                ref registry,
                ref environment,
            } => text!(
                "registry `",
                registry,
                "` granted to them on environment `",
                environment,
                "`"
            ),
        }
    }
}

/// An answer with its reason. Written as the JS `Decision` of the API contract; `D` is what
/// the product adds (nothing for Dokploy, `Detail` for Portainer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision<D = ()> {
    /// Whether the user may.
    pub allowed: bool,
    /// Why, as a stable code.
    pub code: DecisionCode,
    /// Why, in words.
    pub message: String,
    /// What granted it: a role (`owner`, `ST`, a custom role), a flag (`canCreateServices`).
    pub via: Option<String>,
    /// The role the user holds, when one was involved.
    pub role: Option<String>,
    /// The target field that was needed or out of reach (`serviceId`, `environmentId`, …).
    pub scope: Option<&'static str>,
    /// What the product adds.
    pub detail: D,
    /// The grants that together would lift this denial (empty when allowed, or when no grant
    /// would: an owner's prerogative, a missing target id, an unknown user).
    pub would_allow: Vec<Remedy>,
    /// Management calls: the JSON path of the offending input.
    pub path: Option<String>,
}

impl<D: DecisionDetail> Decision<D> {
    /// A decision with nothing but its code and message; `allowed` follows the code. Not
    /// inlined, as explanations are not a hot path (`can` builds none): 0.4 KB of the Dokploy
    /// kernel's gzip.
    #[inline(never)]
    pub fn new(code: DecisionCode, message: impl Into<String>) -> Self {
        Decision {
            allowed: code.allows(),
            code,
            message: message.into(),
            via: None,
            role: None,
            scope: None,
            detail: D::default(),
            would_allow: Vec::new(),
            path: None,
        }
    }

    /// Names the grants that would lift the denial, in the field and the message.
    pub fn with_remedies(mut self, remedies: Vec<Remedy>) -> Self {
        if let Some((first, rest)) = remedies.split_first() {
            let mut words = first.describe();
            for remedy in rest {
                words.push_str(" and ");
                words.push_str(&remedy.describe());
            }
            self.message = text!(self.message, "; ", words, " would lift this refusal");
            self.would_allow = remedies;
        }
        self
    }

    /// Names what granted it.
    pub fn with_via(mut self, via: impl Into<String>) -> Self {
        self.via = Some(via.into());
        self
    }

    /// Names the role the user holds.
    pub fn with_role(mut self, role: impl Into<String>) -> Self {
        self.role = Some(role.into());
        self
    }

    /// Names the target field that was needed or out of reach.
    pub fn with_scope(mut self, scope: &'static str) -> Self {
        self.scope = Some(scope);
        self
    }

    /// Names the JSON path of the offending input.
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The decision as the JSON object the JS API returns (absent fields left out).
    pub fn to_value(&self) -> Value {
        let writer = ObjectWriter::new()
            .field("allowed", Value::Bool(self.allowed))
            .string("code", self.code.as_str())
            .string("message", &self.message)
            .field_opt_str("via", self.via.as_deref())
            .field_opt_str("role", self.role.as_deref())
            .field_opt_str("scope", self.scope);
        let remedies = (!self.would_allow.is_empty())
            .then(|| Value::array_from(&mut self.would_allow.iter().map(Remedy::to_value)));
        self.detail
            .write(writer)
            .field_opt("wouldAllow", remedies)
            .field_opt_str("path", self.path.as_deref())
            .build()
    }

    /// The error a refused mutator throws: the decision's code, path and message.
    pub(crate) fn into_refusal(self) -> Error {
        Error::new(
            ErrorCode::Refused(self.code),
            self.path.unwrap_or_default(),
            self.message,
        )
    }
}
