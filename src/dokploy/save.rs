//! Writing an organization back: the fields that were loaded, in Dokploy's order, so that
//! `load(save(org))` is the same organization with the same fingerprint.

use crate::prelude::*;

use super::catalog::{ScopeKind, MEMBER_FLAGS};
use super::format::{git_provider, member_role, slice_state, state};
use super::model::{GitProvider, Member, Organization};
use crate::core::json::{ObjectWriter, Value};

impl Member {
    /// Who the member is and which role they hold: a slice's other members are written so.
    fn role_value(&self) -> ObjectWriter {
        ObjectWriter::new()
            .string(member_role::USER_ID, &self.user_id)
            .string(member_role::ROLE, self.role.name())
    }

    fn to_value(&self) -> Value {
        let mut row = self.role_value();
        for ((flag, _), value) in MEMBER_FLAGS.iter().zip(self.flags) {
            row = row.optional_bool(flag, value);
        }
        for (kind, list) in ScopeKind::ALL.iter().zip(&self.lists) {
            row = row.optional_ids(kind.access_list(), list.as_deref());
        }
        row.build()
    }
}

impl GitProvider {
    fn to_value(&self) -> Value {
        let row = ObjectWriter::new().string(git_provider::GIT_PROVIDER_ID, &self.id);
        match &self.creator {
            Some(creator) => row.string(git_provider::USER_ID, creator),
            None => row,
        }
        .optional_bool(git_provider::SHARED_WITH_ORGANIZATION, self.shared)
        .build()
    }
}

impl Organization {
    /// The state as loaded plus any changes made since.
    pub fn to_value(&self) -> Value {
        let mut top = ObjectWriter::new();
        if let Some(slice) = &self.slice {
            top = top.field(state::SLICE, slice.to_value());
        }
        top = top.optional_bool(state::LICENSED, self.licensed);
        // Each list written straight from its records (no partition into lists of them).
        let defined = || self.roles.iter().filter(|r| !r.withheld);
        if defined().next().is_some() {
            top = top.field(
                state::ROLES,
                Value::object_from(
                    &mut defined().map(|r| (r.name.clone(), r.statements.to_value())),
                ),
            );
        }
        let named = || self.roles.iter().filter(|r| r.withheld);
        if named().next().is_some() {
            top = top.field(
                slice_state::ROLE_NAMES,
                Value::string_array(named().map(|r| r.name.as_str())),
            );
        }
        top = top.field(
            state::MEMBERS,
            Value::array_from(
                &mut self
                    .members
                    .iter()
                    .filter(|m| !m.reference)
                    .map(Member::to_value),
            ),
        );
        let references = || self.members.iter().filter(|m| m.reference);
        if references().next().is_some() {
            top = top.field(
                slice_state::MEMBER_ROLES,
                Value::array_from(&mut references().map(|m| m.role_value().build())),
            );
        }
        if let Some(providers) = &self.git_providers {
            top = top.field(
                state::GIT_PROVIDERS,
                Value::array_from(&mut providers.iter().map(GitProvider::to_value)),
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
