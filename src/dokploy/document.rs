//! The records a Dokploy state is made of, and the organization they make: the one meeting
//! point of every reader (a state's text, Dokploy's own rows) and the model.

use crate::prelude::*;

use super::catalog::{Permissions, MEMBER_FLAGS};
use super::model::index_by;
use super::model::{CustomRole, GitProvider, Member, Organization, Role};
use crate::core::id_map::{IdList, IdTable};
use crate::core::slice::SliceInfo;
use crate::core::warning::Warning;

/// A state as its readers give it: every record read and checked on its own and against the
/// others (each id once, one owner, every role a member holds defined), nothing compiled yet.
pub(crate) struct Document {
    pub(crate) licensed: Option<bool>,
    pub(crate) roles: Vec<CustomRole>,
    pub(crate) members: Vec<Member>,
    /// The members' positions by user id, as the reader built it to find a member twice.
    pub(crate) member_index: IdTable,
    pub(crate) git_providers: Option<Vec<GitProvider>>,
    pub(crate) slice: Option<SliceInfo>,
    pub(crate) warnings: Vec<Warning>,
}

impl Member {
    /// A member as a reader gives it; what it grants is compiled with its organization.
    pub(crate) fn record(
        user_id: String,
        role: Role,
        flags: [Option<bool>; MEMBER_FLAGS.len()],
        lists: [Option<IdList>; 5],
        reference: bool,
    ) -> Self {
        Member {
            user_id,
            role,
            flags,
            lists,
            permissions: Permissions::empty(),
            access: Default::default(),
            access_filter: 0,
            reference,
        }
    }
}

impl Organization {
    /// The organization `document` describes, compiled for checks.
    pub(crate) fn from_document(document: Document) -> Self {
        let provider_index = index_by(
            document
                .git_providers
                .iter()
                .flatten()
                .map(|p| p.id.as_str()),
        );
        let mut org = Organization {
            warnings: document.warnings,
            licensed: document.licensed,
            roles: document.roles,
            members: document.members,
            member_index: document.member_index,
            git_providers: document.git_providers,
            provider_index,
            slice: document.slice,
            access: Default::default(),
        };
        org.compile();
        org
    }
}
