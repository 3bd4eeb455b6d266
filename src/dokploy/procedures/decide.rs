//! Deciding a call of a Dokploy procedure as Dokploy's backend does: the procedure's checks in
//! its router's order on this state, the first refusal winning.
//!
//! What lies outside the state is said, never guessed: a stored fact the input does not carry
//! comes from the call's context (`missing_context` names it when absent); tenancy (that the
//! object belongs to the caller's organization) is not decided here at all.

use crate::prelude::*;

use super::check::{Check, Condition, Helper, Lookup, Procedure, ProcedureKind, Roles};
use super::check::{ScopeField, Source, TrpcCode};
use super::context::{
    CallContext, Fact, CLOUD, GIT_PROVIDER_CREATOR, GIT_PROVIDER_SHARED, MONITORING_TOKEN,
};
use super::procedure;
use crate::core::decision::{Decision, DecisionCode, DecisionDetail};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{check_unique_keys, ObjectWriter, Value};
use crate::core::permission_set::CatalogSet;
use crate::dokploy::catalog::{Permissions, ScopeKind, MEMBER_FLAGS};
use crate::dokploy::evaluate::{flag_grants, role_grants, RoleGrants};
use crate::dokploy::git_provider::{accessible, listed, not_accessible};
use crate::dokploy::model::{Member, Organization, Role};

/// What a call's decision adds: the procedure, and for a refusal which check refused, the
/// tRPC code Dokploy answers and the context that was needed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallDetail {
    /// The procedure decided (`application.deploy`).
    pub procedure: Option<&'static str>,
    /// The refusing check's position among the procedure's checks (`None`: the session).
    pub check: Option<usize>,
    /// The refusing check's helper (`checkServiceAccess`).
    pub helper: Option<&'static str>,
    /// The tRPC code Dokploy answers the refusal with (`UNAUTHORIZED`).
    pub trpc_code: Option<&'static str>,
    /// The context name whose value was needed and not given.
    pub context: Option<String>,
    /// In a request of several calls: the position of the one decided.
    pub call: Option<usize>,
}

impl DecisionDetail for CallDetail {
    fn write(&self, writer: ObjectWriter) -> ObjectWriter {
        writer
            .field_opt_str("procedure", self.procedure)
            .field_opt("check", self.check.map(|i| Value::Number(i as f64)))
            .field_opt_str("helper", self.helper)
            .field_opt_str("trpcCode", self.trpc_code)
            .field_opt_str("context", self.context.as_deref())
            .field_opt("call", self.call.map(|i| Value::Number(i as f64)))
    }
}

/// A call's decision.
pub type CallDecision = Decision<CallDetail>;

/// Why a check refused, before the check's position and helper are added.
struct Refusal {
    code: DecisionCode,
    message: String,
    trpc: Option<TrpcCode>,
    context: Option<&'static str>,
    path: Option<String>,
    role: Option<String>,
}

fn refusal(code: DecisionCode, message: String) -> Refusal {
    Refusal {
        code,
        message,
        trpc: None,
        context: None,
        path: None,
        role: None,
    }
}

type Step<T = ()> = core::result::Result<T, Refusal>;

/// The access list of a scope field that names one.
fn scope_kind(field: ScopeField) -> Option<ScopeKind> {
    match field {
        ScopeField::ServiceId => Some(ScopeKind::Service),
        ScopeField::ProjectId => Some(ScopeKind::Project),
        ScopeField::EnvironmentId => Some(ScopeKind::Environment),
        ScopeField::ServerId => Some(ScopeKind::Server),
        ScopeField::GitProviderId => Some(ScopeKind::GitProvider),
        _ => None,
    }
}

/// Whether an input value counts as given: not absent, `null`, `""` or `false`.
fn is_set(value: Option<&Value>) -> bool {
    !matches!(value, None | Some(Value::Null) | Some(Value::Bool(false)))
        && !matches!(value, Some(Value::String(s)) if s.is_empty())
}

struct CallState<'s> {
    org: &'s Organization,
    user: &'s str,
    member: Option<&'s Member>,
    input: &'s Value,
    context: &'s CallContext<'s>,
}

impl<'s> CallState<'s> {
    fn field(&self, name: &str) -> Option<&'s Value> {
        match self.input {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    /// An input id: `None` when not set; a value that is not a string is refused as Dokploy's
    /// input validation refuses it.
    fn input_id(&self, name: &str) -> Step<Option<&'s str>> {
        match self.field(name) {
            Some(Value::String(s)) if !s.is_empty() => Ok(Some(s)),
            value if !is_set(value) => Ok(None),
            Some(other) => Err(Refusal {
                path: Some(format!("input.{name}")),
                trpc: Some(TrpcCode::BadRequest),
                ..refusal(
                    DecisionCode::InvalidInput,
                    format!("`input.{name}` must be a string id, not {}", other.kind()),
                )
            }),
            None => Ok(None),
        }
    }

    fn required_id(&self, name: &str) -> Step<&'s str> {
        self.input_id(name)?.ok_or_else(|| Refusal {
            path: Some(format!("input.{name}")),
            trpc: Some(TrpcCode::BadRequest),
            ..refusal(
                DecisionCode::InvalidInput,
                format!("`input.{name}` is required"),
            )
        })
    }

    /// The stored fact `lookup` about the row `input.key` names.
    fn lookup(&self, lookup: Lookup, key: &str) -> Step<Option<&'s str>> {
        let id = self.required_id(key)?;
        match self.context.fact(lookup.name(), Some(id)) {
            Fact::Id(value) => Ok(Some(value)),
            Fact::Null => Ok(None),
            Fact::Missing => Err(Refusal {
                context: Some(lookup.name()),
                ..refusal(
                    DecisionCode::MissingContext,
                    format!(
                        "this check needs {} `{id}`, which Dokploy reads from its database: give it as `context[\"{}\"]`",
                        lookup.meaning(),
                        lookup.name()
                    ),
                )
            }),
        }
    }

    fn resolve(&self, source: Source) -> Step<Option<&'s str>> {
        match source {
            Source::Input(fields) => {
                for field in fields {
                    if let Some(id) = self.input_id(field)? {
                        return Ok(Some(id));
                    }
                }
                Ok(None)
            }
            Source::Lookup(lookup, key) => self.lookup(lookup, key),
            Source::InputOrLookup(field, lookup, key) => match self.input_id(field)? {
                Some(id) => Ok(Some(id)),
                None => self.lookup(lookup, key),
            },
        }
    }

    /// The scope id `field` of `check`, which must be there.
    fn scope_id(&self, check: &Check, field: ScopeField) -> Step<&'s str> {
        let Some(source) = check.source(field) else {
            return Err(refusal(
                DecisionCode::InvalidInput,
                format!("the check names no `{}`", field.as_str()),
            ));
        };
        match self.resolve(source)? {
            Some(id) => Ok(id),
            None => Err(match source {
                Source::Input(fields) => Refusal {
                    path: Some(format!("input.{}", fields[0])),
                    trpc: Some(TrpcCode::BadRequest),
                    ..refusal(
                        DecisionCode::InvalidInput,
                        format!("`input.{}` is required", fields.join("` or `input.")),
                    )
                },
                Source::Lookup(lookup, _) | Source::InputOrLookup(_, lookup, _) => Refusal {
                    context: Some(lookup.name()),
                    ..refusal(
                        DecisionCode::UnknownResource,
                        format!(
                            "`context[\"{}\"]` is null: the stored row has none, and Dokploy fails the call",
                            lookup.name()
                        ),
                    )
                },
            }),
        }
    }

    fn holds(&self, condition: &Condition) -> Step<bool> {
        Ok(match *condition {
            Condition::Present(Source::Input(fields)) => {
                fields.iter().any(|f| is_set(self.field(f)))
            }
            Condition::Absent(Source::Input(fields)) => {
                !fields.iter().any(|f| is_set(self.field(f)))
            }
            Condition::Present(source) => self.resolve(source)?.is_some(),
            Condition::Absent(source) => self.resolve(source)?.is_none(),
            Condition::Equals(field, values) => {
                matches!(self.field(field), Some(Value::String(s)) if values.contains(&s.as_str()))
            }
            Condition::NotEquals(field, values) => {
                !matches!(self.field(field), Some(Value::String(s)) if values.contains(&s.as_str()))
            }
            Condition::NotCaller(field) => self.input_id(field)? != Some(self.user),
            Condition::NotCallerLookup(lookup, key) => {
                // The session's id is not needed when the context names its user outright.
                let id = self.input_id(key)?;
                match self.context.fact(lookup.name(), id) {
                    Fact::Id(owner) => owner != self.user,
                    Fact::Null => true,
                    Fact::Missing => self.lookup(lookup, key)? != Some(self.user),
                }
            }
            Condition::Differs(field, lookup, key) => {
                let given = self.input_id(field)?;
                given.is_some() && given != self.lookup(lookup, key)?
            }
            Condition::SelfHosted => !self.cloud()?,
        })
    }

    fn cloud(&self) -> Step<bool> {
        self.context.cloud().ok_or_else(|| Refusal {
            context: Some(CLOUD),
            ..refusal(
                DecisionCode::MissingContext,
                "this check depends on whether Dokploy runs as its cloud edition: give `context.cloud` (true or false)".to_owned(),
            )
        })
    }

    fn member(&self) -> Step<&'s Member> {
        self.member.ok_or_else(|| {
            refusal(
                DecisionCode::UnknownUser,
                format!("`{}` is not a member of the organization", self.user),
            )
        })
    }

    fn administrator(&self) -> bool {
        self.member.is_some_and(|m| m.role.is_administrator())
    }

    /// Dokploy's `checkPermission`: every requested permission from the role, or (for a
    /// plain member) every one from the member flags; the two never combine.
    fn check_permission(&self, permissions: &[u8]) -> Step<String> {
        let member = self.member()?;
        let requested = permissions.iter().fold(Permissions::empty(), |set, &i| {
            set.union(Permissions::single(usize::from(i)))
        });
        let name = member.role.name();
        let role_set = match role_grants(self.org, member) {
            RoleGrants::Set(set) => set,
            RoleGrants::Unlicensed => {
                return Err(Refusal {
                    role: Some(name.to_owned()),
                    ..refusal(
                        DecisionCode::Unlicensed,
                        format!("`{}` holds the custom role `{name}`, and custom roles need an Enterprise licence, which the organization does not have", self.user),
                    )
                })
            }
            RoleGrants::UnknownRole => {
                return Err(Refusal {
                    role: Some(name.to_owned()),
                    ..refusal(
                        DecisionCode::UnknownRole,
                        format!("the role `{name}` of `{}` is not one of the organization's custom roles (Dokploy: \"Invalid role\")", self.user),
                    )
                })
            }
        };
        if role_set.contains(requested) {
            return Ok(member.role.name().to_owned());
        }
        if member.role == Role::Member {
            let flags: Vec<&str> = MEMBER_FLAGS
                .iter()
                .enumerate()
                .filter(|&(i, (_, grant))| member.flag(i) && grant.intersects(requested))
                .map(|(_, (flag, _))| *flag)
                .collect();
            if flag_grants(member).contains(requested) {
                return Ok(flags.join(", "));
            }
        }
        let missing: Vec<&str> = requested.difference(role_set).ids().collect();
        let how = if member.role == Role::Member && permissions.len() > 1 {
            ", and the member flags do not cover the whole request either"
        } else {
            ""
        };
        Err(Refusal {
            role: Some(member.role.name().to_owned()),
            ..refusal(
                DecisionCode::NoPermission,
                format!(
                    "role `{}` does not include `{}`{how}",
                    member.role.name(),
                    missing.join("`, `")
                ),
            )
        })
    }

    /// Whether the caller is a member whose role `roles` admits.
    fn admitted(&self, roles: Roles) -> bool {
        self.member.is_some_and(|member| match roles {
            Roles::Any => true,
            Roles::OwnerOrAdmin => member.role.is_administrator(),
            Roles::Owner => member.role == Role::Owner,
        })
    }

    fn role_in(&self, roles: Roles, what: &str) -> Step {
        let member = self.member()?;
        if self.admitted(roles) {
            return Ok(());
        }
        let who = if roles == Roles::Owner {
            "the owner"
        } else {
            "the owner or an admin"
        };
        Err(Refusal {
            role: Some(member.role.name().to_owned()),
            ..refusal(
                DecisionCode::RoleRequired,
                format!(
                    "only {who} {what}; `{}` is {}",
                    self.user,
                    member.role.name()
                ),
            )
        })
    }

    fn licence(&self) -> Step {
        if self.org.licensed() {
            return Ok(());
        }
        Err(Refusal {
            trpc: Some(TrpcCode::Forbidden),
            ..refusal(
                DecisionCode::Unlicensed,
                "this needs an Enterprise licence, which the organization does not have".to_owned(),
            )
        })
    }

    /// `id` must be in the member's access list of `kind`, unless they are owner or admin.
    fn in_list(&self, kind: ScopeKind, id: &str) -> Step {
        let member = self.member()?;
        if member.role.is_administrator() || self.org.access.grants(member, kind, id) {
            return Ok(());
        }
        Err(Refusal {
            role: Some(member.role.name().to_owned()),
            ..refusal(
                DecisionCode::OutOfScope,
                format!(
                    "{} `{id}` is not in the `{}` of `{}`",
                    kind.noun(),
                    kind.access_list(),
                    self.user
                ),
            )
        })
    }

    /// The check's permission, then its scope id in the matching access list.
    fn permission_and_list(&self, check: &Check, field: ScopeField) -> Step<String> {
        let via = self.check_permission(check.permissions)?;
        self.in_scope_list(check, field)?;
        Ok(via)
    }

    /// The check's scope id in the access list of its kind (administrators need none).
    fn in_scope_list(&self, check: &Check, field: ScopeField) -> Step<()> {
        if let Some(kind) = scope_kind(field) {
            if !self.administrator() {
                self.in_list(kind, self.scope_id(check, field)?)?;
            }
        }
        Ok(())
    }

    /// `hasPermission` with several permissions: any one of them grants.
    fn any_permission(&self, check: &Check) -> Step<String> {
        let mut first = None;
        for &permission in check.permissions {
            match self.check_permission(&[permission]) {
                Ok(via) => return Ok(via),
                Err(refused) => first = first.or(Some(refused)),
            }
        }
        Err(first.map_or_else(
            || refusal(DecisionCode::NoPermission, "no permission".to_owned()),
            |mut refused| {
                let ids: Vec<&str> = check
                    .permissions
                    .iter()
                    .map(|&i| Permissions::id_at(usize::from(i)))
                    .collect();
                refused.message = format!(
                    "{}; any one of `{}` would do",
                    refused.message,
                    ids.join("`, `")
                );
                refused
            },
        ))
    }

    /// `getAccessibleServerIds`: a member reaches the servers of their access list, and
    /// unlicensed, every server of the organization.
    fn server_access(&self, check: &Check) -> Step<()> {
        if !self.administrator() && self.org.licensed() {
            self.in_list(
                ScopeKind::Server,
                self.scope_id(check, ScopeField::ServerId)?,
            )?;
        }
        Ok(())
    }

    /// An inline access-list check on the check's first scope field (a project by default).
    fn access_list(&self, check: &Check) -> Step<()> {
        let field = check
            .scope
            .first()
            .map(|(f, _)| *f)
            .unwrap_or(ScopeField::ProjectId);
        self.in_scope_list(check, field)
    }

    /// Runs one check; `Ok(Some(via))` when a grant decided it.
    fn run(&self, check: &Check) -> Step<Option<String>> {
        match check.helper {
            Helper::WithPermission | Helper::CheckPermission => {
                self.check_permission(check.permissions).map(Some)
            }
            Helper::AdminProcedure => self
                .role_in(Roles::OwnerOrAdmin, "may call it")
                .map(|_| None),
            Helper::EnterpriseProcedure => {
                self.role_in(Roles::OwnerOrAdmin, "may call it")?;
                self.licence().map(|_| None)
            }
            Helper::LicenseCheck => self.licence().map(|_| None),
            Helper::HasPermissionAny => self.any_permission(check).map(Some),
            Helper::CheckServicePermissionAndAccess => self
                .permission_and_list(check, ScopeField::ServiceId)
                .map(Some),
            Helper::AssertApplicationDomainAccess => {
                // Dokploy reads the domain's application first, for everyone: a domain
                // without one fails the call (BAD_REQUEST) before any permission.
                self.scope_id(check, ScopeField::ServiceId)?;
                self.permission_and_list(check, ScopeField::ServiceId)
                    .map(Some)
            }
            Helper::CheckServiceAccess => {
                let field = if check.source(ScopeField::ProjectId).is_some() {
                    ScopeField::ProjectId
                } else {
                    ScopeField::ServiceId
                };
                self.permission_and_list(check, field).map(Some)
            }
            Helper::CheckProjectAccess
            | Helper::CheckEnvironmentCreationPermission
            | Helper::CheckEnvironmentDeletionPermission => {
                if check.source(ScopeField::ProjectId).is_some() {
                    self.permission_and_list(check, ScopeField::ProjectId)
                        .map(Some)
                } else {
                    self.check_permission(check.permissions).map(Some)
                }
            }
            Helper::CheckEnvironmentAccess => self
                .permission_and_list(check, ScopeField::EnvironmentId)
                .map(Some),
            Helper::GetAccessibleServerIds => self.server_access(check).map(|_| None),
            Helper::AssertGitProviderAccess => self.git_provider_access(check).map(Some),
            Helper::AssertHostScheduleAccess => self.host_schedule(check).map(|_| None),
            Helper::InlineRole => self.role_in(check.roles, "may do this").map(|_| None),
            Helper::InlineOwner => self
                .role_in(Roles::Owner, "may change or delete the organization")
                .map(|_| None),
            Helper::InlineOwnership => self.ownership(check).map(|_| None),
            Helper::InlineAccessList => self.access_list(check).map(|_| None),
            Helper::InlineRules => self.member_rules(check).map(|_| None),
            Helper::InlineAnyOf => {
                if self.input_id("userId")? == Some(self.user) || self.administrator() {
                    self.member()?;
                    return Ok(None);
                }
                self.check_permission(check.permissions).map(Some)
            }
            Helper::InlineCheck => Ok(None),
            Helper::SharedSecret => self.shared_secret().map(|_| None),
        }
    }

    fn git_provider_access(&self, check: &Check) -> Step<String> {
        let member = self.member()?;
        let id = self.scope_id(check, ScopeField::GitProviderId)?;
        if member.role.is_administrator() {
            return Ok(member.role.name().to_owned());
        }
        let grant = accessible(
            || Ok(self.provider_creator(id)? == Some(self.user)),
            || self.provider_shared(id),
            listed(self.org, member, id),
        )?;
        match grant {
            Some(grant) => Ok(grant.via().to_owned()),
            None => Err(Refusal {
                role: Some(member.role.name().to_owned()),
                ..refusal(
                    DecisionCode::OutOfScope,
                    not_accessible(id, self.user, self.org.licensed()),
                )
            }),
        }
    }

    /// Who created the git provider `id`: from the state when it lists the organization's git
    /// providers (one it does not list is not the organization's: NOT_FOUND, as Dokploy
    /// answers), else from the context.
    fn provider_creator(&self, id: &str) -> Step<Option<&'s str>> {
        if self.org.git_providers.is_some() {
            return match self.org.git_provider(id) {
                Some(provider) => Ok(provider.creator()),
                None => Err(Refusal {
                    trpc: Some(TrpcCode::NotFound),
                    ..refusal(
                        DecisionCode::UnknownResource,
                        format!("git provider `{id}` is not one of the organization's git providers in the state"),
                    )
                }),
            };
        }
        match self.context.fact(GIT_PROVIDER_CREATOR, Some(id)) {
            Fact::Id(creator) => Ok(Some(creator)),
            Fact::Null => Ok(None),
            Fact::Missing => Err(Refusal {
                context: Some(GIT_PROVIDER_CREATOR),
                ..refusal(
                    DecisionCode::MissingContext,
                    format!("this check needs who created git provider `{id}`, and the state lists no git providers: give it as `context[\"{GIT_PROVIDER_CREATOR}\"]`"),
                )
            }),
        }
    }

    /// Whether the git provider `id` is shared with the organization, as
    /// [`provider_creator`](Self::provider_creator) reads it.
    fn provider_shared(&self, id: &str) -> Step<bool> {
        if self.org.git_providers.is_some() {
            return Ok(self.org.git_provider(id).is_some_and(|p| p.shared()));
        }
        self.context.flag(GIT_PROVIDER_SHARED, id).ok_or_else(|| Refusal {
            context: Some(GIT_PROVIDER_SHARED),
            ..refusal(
                DecisionCode::MissingContext,
                format!("this check needs whether git provider `{id}` is shared with the organization, and the state lists no git providers: give it as `context[\"{GIT_PROVIDER_SHARED}\"]`"),
            )
        })
    }

    fn host_schedule(&self, check: &Check) -> Step {
        let Some(source) = check.source(ScopeField::ScheduleType) else {
            return Ok(());
        };
        let schedule_type = self.resolve(source)?;
        if !matches!(schedule_type, Some("server" | "dokploy-server")) {
            return Ok(());
        }
        if schedule_type == Some("dokploy-server") && self.cloud()? {
            return Err(refusal(
                DecisionCode::NotApplicable,
                "schedules on the Dokploy server itself do not exist on Dokploy Cloud".to_owned(),
            ));
        }
        self.role_in(Roles::OwnerOrAdmin, "may schedule jobs on a server")
    }

    fn ownership(&self, check: &Check) -> Step {
        let member = self.member()?;
        if check.source(ScopeField::ApiKeyId).is_some() {
            let owner = self.lookup(Lookup::ApiKeyReference, "apiKeyId")?;
            if owner == Some(self.user) {
                return Ok(());
            }
            return Err(refusal(
                DecisionCode::NotCreator,
                format!("the API key belongs to someone other than `{}`", self.user),
            ));
        }
        let id = self.scope_id(check, ScopeField::GitProviderId)?;
        if check.roles == Roles::OwnerOrAdmin && member.role.is_administrator() {
            return Ok(());
        }
        if self.provider_creator(id)? == Some(self.user) {
            return Ok(());
        }
        let who = if check.roles == Roles::OwnerOrAdmin {
            "the owner, an admin or its creator"
        } else {
            "its creator (not even the owner)"
        };
        Err(Refusal {
            role: Some(member.role.name().to_owned()),
            ..refusal(
                DecisionCode::NotCreator,
                format!(
                    "only {who} may do this to git provider `{id}`, and `{}` did not create it",
                    self.user
                ),
            )
        })
    }

    /// The rules on the member a call changes: Dokploy's `updateMemberRole` and `user.remove`,
    /// as the management calls decide them.
    fn member_rules(&self, check: &Check) -> Step {
        let decided = if check.source(ScopeField::MemberId).is_some() {
            let target = self
                .lookup(Lookup::MemberUser, "memberId")?
                .ok_or_else(|| {
                    refusal(
                        DecisionCode::UnknownUser,
                        "the member row names no user".to_owned(),
                    )
                })?;
            let role = self.required_id("role")?;
            self.org
                .check_assign_role(self.user, target, role)
                .map(|_| ())
        } else {
            let target = self.scope_id(check, ScopeField::UserId)?;
            self.org.check_remove_member(self.user, target).map(|_| ())
        };
        decided.map_err(|decision| Refusal {
            role: decision.role,
            ..refusal(decision.code, decision.message)
        })
    }

    fn shared_secret(&self) -> Step {
        let token = self.required_id("Token")?;
        let tokens = self.context.monitoring_tokens().ok_or_else(|| Refusal {
            context: Some(MONITORING_TOKEN),
            ..refusal(
                DecisionCode::MissingContext,
                "this check compares the token with Dokploy's stored monitoring tokens: give them as `context.monitoringToken`".to_owned(),
            )
        })?;
        if tokens.contains(&token) {
            return Ok(());
        }
        Err(refusal(
            DecisionCode::InvalidToken,
            "the token is none of the stored monitoring tokens".to_owned(),
        ))
    }
}

/// Checks an owner or admin passes whatever their ids: they skip every access list and
/// hold every permission a procedure requests.
fn administrators_pass(helper: Helper) -> bool {
    matches!(
        helper,
        Helper::WithPermission
            | Helper::CheckPermission
            | Helper::HasPermissionAny
            | Helper::CheckServicePermissionAndAccess
            | Helper::CheckServiceAccess
            | Helper::CheckProjectAccess
            | Helper::CheckEnvironmentAccess
            | Helper::CheckEnvironmentCreationPermission
            | Helper::CheckEnvironmentDeletionPermission
            | Helper::GetAccessibleServerIds
            | Helper::AssertGitProviderAccess
            | Helper::InlineAccessList
            | Helper::InlineAnyOf
            | Helper::InlineCheck
    )
}

impl Organization {
    /// Decides `user` calling the procedure `path` with `input` (the procedure's input
    /// object), as Dokploy's backend does. An unknown procedure is an `unknown_id` error.
    pub fn explain_call(
        &self,
        user: &str,
        path: &str,
        input: &Value,
        context: &CallContext<'_>,
    ) -> Result<CallDecision> {
        let procedure = procedure(path).ok_or_else(|| {
            Error::new(
                ErrorCode::UnknownId,
                "procedure",
                format!("`{path}` is not a Dokploy procedure"),
            )
        })?;
        Ok(self.decide_call(user, procedure, input, context))
    }

    pub(crate) fn decide_call(
        &self,
        user: &str,
        procedure: Procedure,
        input: &Value,
        context: &CallContext<'_>,
    ) -> CallDecision {
        let state = CallState {
            org: self,
            user,
            member: self.acting(user),
            input,
            context,
        };
        let detail = CallDetail {
            procedure: Some(procedure.path()),
            ..CallDetail::default()
        };
        let public = procedure.kind() == ProcedureKind::Public;
        if let Some(refusal) = refused_before_checks(&state, procedure, public) {
            return refusal;
        }
        let mut via = None;
        for (position, check) in procedure.checks().enumerate() {
            // A role test the caller's role passes holds whatever its condition says.
            let admitted = check.helper == Helper::InlineRole && state.admitted(check.roles);
            let outcome =
                if admitted || (state.administrator() && administrators_pass(check.helper)) {
                    Ok(None)
                } else {
                    run_check(&state, check)
                };
            match outcome {
                Ok(granted) => via = via.or(granted),
                Err(refused) => {
                    let trpc = refused.trpc.unwrap_or(check.code);
                    let mut decision = Decision::new(refused.code, refused.message);
                    decision.role = refused.role;
                    decision.path = refused.path;
                    decision.detail = CallDetail {
                        check: Some(position),
                        helper: Some(check.helper.as_str()),
                        trpc_code: Some(trpc.as_str()),
                        context: refused.context.map(str::to_owned),
                        ..detail
                    };
                    return decision;
                }
            }
        }
        let (code, message) = passed(&state, procedure, public);
        let mut decision = Decision::new(code, message);
        if let Some(member) = state.member {
            decision.role = Some(member.role.name().to_owned());
            decision.via = via.or_else(|| Some(member.role.name().to_owned()));
        }
        decision.detail = detail;
        decision
    }
}

/// The refusal of a call before any of its checks: no session in the organization (unless
/// the procedure is public), an input with a repeated key or that is not an object.
fn refused_before_checks(
    state: &CallState<'_>,
    procedure: Procedure,
    public: bool,
) -> Option<CallDecision> {
    let user = state.user;
    let (trpc, mut decision): (TrpcCode, CallDecision) = if !public && state.member.is_none() {
        let decision = Decision::new(
            DecisionCode::UnknownUser,
            format!(
                "`{user}` is not a member of the organization, and `{}` needs a session in it",
                procedure.path()
            ),
        );
        (TrpcCode::Unauthorized, decision)
    } else if let Err(error) = check_unique_keys(state.input, "input") {
        let decision = Decision::new(DecisionCode::InvalidInput, error.message().to_owned())
            .with_path(error.path());
        (TrpcCode::BadRequest, decision)
    } else if !matches!(state.input, Value::Object(_) | Value::Null) {
        let decision = Decision::new(
            DecisionCode::InvalidInput,
            format!(
                "the input of `{}` must be an object, not {}",
                procedure.path(),
                state.input.kind()
            ),
        )
        .with_path("input");
        (TrpcCode::BadRequest, decision)
    } else {
        return None;
    };
    decision.detail = CallDetail {
        procedure: Some(procedure.path()),
        trpc_code: Some(trpc.as_str()),
        ..CallDetail::default()
    };
    Some(decision)
}

/// The code and message of a call that passed every check.
fn passed(state: &CallState<'_>, procedure: Procedure, public: bool) -> (DecisionCode, String) {
    let user = state.user;
    match state.member {
        Some(member) if member.role.is_administrator() => (
            DecisionCode::Administrator,
            format!(
                "`{user}` is the organization's {} and may call `{}`",
                member.role.name(),
                procedure.path()
            ),
        ),
        _ if procedure.checks().len() == 0 && public => (
            DecisionCode::Granted,
            format!("`{}` is public", procedure.path()),
        ),
        _ if procedure.checks().len() == 0 => (
            DecisionCode::Granted,
            format!(
                "`{}` needs only a session, which `{user}` has as a member",
                procedure.path()
            ),
        ),
        _ => (
            DecisionCode::Granted,
            format!("`{user}` passes every check `{}` runs", procedure.path()),
        ),
    }
}

fn run_check(state: &CallState<'_>, check: &Check) -> Step<Option<String>> {
    for condition in check.condition {
        if !state.holds(condition)? {
            return Ok(None);
        }
    }
    if !check.blocking {
        return Ok(None);
    }
    state.run(check)
}
