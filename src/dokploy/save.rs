//! Writing an organization back: the fields that were loaded, in Dokploy's order, so that
//! `load(save(org))` is the same organization with the same fingerprint.

use crate::prelude::*;

use super::catalog::{ScopeKind, MEMBER_FLAGS};
use super::model::{Member, Organization};
use crate::core::json::{ObjectWriter, Value};

impl Member {
    fn to_value(&self) -> Value {
        let mut row = ObjectWriter::new()
            .string("userId", &self.user_id)
            .string("role", self.role.name());
        for ((flag, _), value) in MEMBER_FLAGS.iter().zip(self.flags) {
            row = row.optional_bool(flag, value);
        }
        for (kind, list) in ScopeKind::ALL.iter().zip(&self.lists) {
            row = row.optional_ids(kind.access_list(), list.as_deref());
        }
        row.build()
    }
}

impl Organization {
    /// The state as loaded plus any changes made since.
    pub fn to_value(&self) -> Value {
        let mut top = ObjectWriter::new();
        if let Some(slice) = &self.slice {
            top = top.field("slice", slice.to_value());
        }
        top = top.optional_bool("licensed", self.licensed);
        let (defined, named): (Vec<_>, Vec<_>) = self.roles.iter().partition(|r| !r.withheld);
        if !defined.is_empty() {
            top = top.field(
                "roles",
                Value::Object(
                    defined
                        .iter()
                        .map(|r| (r.name.clone(), r.statements.to_value()))
                        .collect(),
                ),
            );
        }
        if !named.is_empty() {
            top = top.field(
                "roleNames",
                Value::string_array(named.iter().map(|r| r.name.as_str())),
            );
        }
        let (full, reference): (Vec<_>, Vec<_>) = self.members.iter().partition(|m| !m.reference);
        top = top.field(
            "members",
            Value::Array(full.into_iter().map(Member::to_value).collect()),
        );
        if !reference.is_empty() {
            top = top.field(
                "memberRoles",
                Value::Array(
                    reference
                        .iter()
                        .map(|m| {
                            ObjectWriter::new()
                                .string("userId", &m.user_id)
                                .string("role", m.role.name())
                                .build()
                        })
                        .collect(),
                ),
            );
        }
        if let Some(providers) = &self.git_providers {
            top = top.field(
                "gitProviders",
                Value::Array(
                    providers
                        .iter()
                        .map(|p| {
                            let row = ObjectWriter::new().string("gitProviderId", &p.id);
                            match &p.creator {
                                Some(creator) => row.string("userId", creator),
                                None => row,
                            }
                            .optional_bool("sharedWithOrganization", p.shared)
                            .build()
                        })
                        .collect(),
                ),
            );
        }
        top.build()
    }

    /// JSON text of [`to_value`](Self::to_value).
    pub fn to_json(&self) -> String {
        self.to_value().to_json_string()
    }

    /// A stable hash of the canonical state.
    pub fn fingerprint(&self) -> String {
        crate::core::fingerprint::fingerprint(&self.to_value())
    }
}
