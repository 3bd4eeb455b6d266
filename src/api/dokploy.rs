//! The `Dokploy` authorizer of the JS API, in plain Rust: every entry point takes its
//! arguments as JS hands them over ([`Value`]s), checks them, and answers or refuses with an
//! [`Error`]. The wasm bindings only convert values; native callers use the same methods, or
//! [`call_json`](DokployAuthorizer::call_json) with JSON text.

use crate::prelude::*;

use crate::core::text::text;

use super::arguments::{object, optional_string, shaped, string};
use super::authorizer::{load_limits, Authorizer, Model};
use super::entry_points::{entry_points, Answer};
use crate::core::decision::{Decision, DecisionCode};
use crate::core::error::{Error, ErrorCode, Result};
#[cfg(feature = "requests")]
use crate::core::http::request_refusal;
use crate::core::json::{ObjectWriter, Value};
use crate::core::limits::Limits;
use crate::core::permission_set::CatalogSet;
use crate::core::raw_value::RawValue;
use crate::core::slice::SliceInfo;
use crate::core::warning::Warning;
#[cfg(feature = "requests")]
use crate::dokploy::procedures::{self, CallContext, CallDecision};
use crate::dokploy::{
    permission_index, AccessGrant, MemberAccess, Organization, Permissions, ScopeKind, Target,
};

/// A loaded Dokploy organization.
pub type DokployAuthorizer = Authorizer<Organization>;

impl Model for Organization {
    fn from_value(value: &Value, limits: &Limits) -> Result<Self> {
        Organization::from_value_with(value, limits)
    }

    fn from_checked(value: RawValue<'_>) -> Result<Self> {
        Organization::from_checked(value)
    }

    fn to_value(&self) -> Value {
        Organization::to_value(self)
    }

    fn fingerprint(&self) -> String {
        Organization::fingerprint(self)
    }

    fn warnings(&self) -> &[Warning] {
        Organization::warnings(self)
    }

    fn slice_info(&self) -> Option<&SliceInfo> {
        Organization::slice_info(self)
    }

    #[cfg(feature = "slices")]
    fn slice_from(&self, user: &str, source: String) -> Result<Value> {
        Organization::slice_from(self, user, source)
    }

    fn user_position(&self, id: &str) -> Option<usize> {
        // In a slice only its user acts: anyone else is an unknown user.
        self.member_position(id)
            .filter(|&i| self.may_act(&self.members[i]))
    }
}

/// The target of ids in [`ScopeKind::ALL`] order.
fn ids_target(ids: [Option<&str>; 5]) -> Target<'_> {
    let mut target = Target::none();
    for (kind, id) in ScopeKind::ALL.into_iter().zip(ids) {
        if let Some(id) = id {
            target = target.with(kind, id);
        }
    }
    target
}

fn target(value: &Value) -> Result<Target<'_>> {
    shaped(Target::from_value(value, "target"))
}

entry_points! {
    /// The entry points of the `Dokploy` class, in the order their positions count.
    pub static DOKPLOY_ENTRY_POINTS, DOKPLOY_ENTRY_TYPES for DokployAuthorizer, state "DokployState";

    /// Validates and compiles a state (object or JSON text) under `options.limits`; throws `PortcullisError`.
    open "load" => load_with(state: "DokployState | string"; options: "LoadOptions") -> "Self";
    /// Loads Dokploy's own data as it stores and serves it: `{ organization?, members, roles?,
    /// users?, licensed? }` (member and organization_role rows as Drizzle returns them, Dates
    /// included); `warnings()` lists what had to be interpreted. Throws `PortcullisError`.
    #[feature = "adapters"]
    open "fromRows" => from_rows_with(input: "DokployRows | string"; options: "LoadOptions") -> "Self";
    /// The catalog: one entry per permission, in order.
    #[feature = "catalogs"]
    static "catalog" => catalog() -> "DokployCatalogEntry[]";
    /// Dokploy's four custom-role presets, in its stored shape.
    #[feature = "catalogs"]
    static "presets" => presets() -> "DokployPresets";
    /// Whether the user may use the permission on the target.
    read "can" => can(user: "string", id: "DokployPermissionId"; target: "DokployTarget | null") -> "boolean";
    /// The decision with its reason.
    read "explain" => explain(user: "string", id: "DokployPermissionId"; target: "DokployTarget | null") -> "DokployDecision";
    /// Every permission allowed to the user on the target, in catalog order.
    read "allowed" => allowed(user: "string"; target: "DokployTarget | null") -> "DokployPermissionId[]";
    /// What the user's role grants, ignoring scope.
    read "permissions" => permissions(user: "string") -> "DokployPermissionId[]";
    /// Whether `actor` may create the custom role `name` with these permissions.
    read "canCreateRole" => can_create_role(actor: "string", name: "string", permissions: "DokployRolePermissions") -> "DokployDecision";
    /// Creates a custom role; throws the refusing decision's code.
    #[feature = "manage"]
    change "createRole" => create_role(actor: "string", name: "string", permissions: "DokployRolePermissions") -> "void";
    /// Whether `actor` may replace the custom role's permissions (and rename it to `newName`).
    read "canUpdateRole" => can_update_role(actor: "string", name: "string", permissions: "DokployRolePermissions"; newName: "string | null") -> "DokployDecision";
    /// Replaces a custom role's permissions, renaming it (members follow) when `newName` is given.
    #[feature = "manage"]
    change "updateRole" => update_role(actor: "string", name: "string", permissions: "DokployRolePermissions"; newName: "string | null") -> "void";
    /// Whether `actor` may delete the custom role (never while members hold it).
    read "canDeleteRole" => can_delete_role(actor: "string", name: "string") -> "DokployDecision";
    /// Deletes a custom role.
    #[feature = "manage"]
    change "deleteRole" => delete_role(actor: "string", name: "string") -> "void";
    /// Whether `actor` may invite someone with `role` (nobody invites an owner).
    read "canInvite" => can_invite(actor: "string", role: "string") -> "DokployDecision";
    /// Whether `actor` may give `targetUser` the role.
    read "canAssignRole" => can_assign_role(actor: "string", targetUser: "string", role: "string") -> "DokployDecision";
    /// Gives `targetUser` the role.
    #[feature = "manage"]
    change "assignRole" => assign_role(actor: "string", targetUser: "string", role: "string") -> "void";
    /// Whether `actor` may remove `targetUser` from the organization.
    read "canRemoveMember" => can_remove_member(actor: "string", targetUser: "string") -> "DokployDecision";
    /// Removes `targetUser` from the organization.
    #[feature = "manage"]
    change "removeMember" => remove_member(actor: "string", targetUser: "string") -> "void";
    /// Whether `actor` may change `targetUser`'s flags and access lists (`member.update`; never the owner's, never one's own, an admin never another admin's).
    read "canUpdateMemberAccess" => can_update_member_access(actor: "string", targetUser: "string") -> "DokployDecision";
    /// Dokploy's "Add permissions": replaces the flags and access lists given; refused like `canUpdateMemberAccess`.
    #[feature = "manage"]
    change "updateMemberAccess" => update_member_access(actor: "string", targetUser: "string", access: "DokployMemberAccess") -> "void";
    /// Whether `user` may point a deploy at the git provider (Dokploy's `canEditDeployGitSource`: the owner always; anyone else a provider they created or one shared with the organization).
    read "canEditDeployGitSource" => can_edit_deploy_git_source(user: "string", gitProviderId: "string") -> "DokployDecision";
    /// Adds what `user` created to their access list; the grant to persist, or `null` if none was needed.
    #[feature = "manage"]
    change "recordCreated" => record_created(user: "string", kind: "keyof DokployTarget", id: "string") -> "DokployAccessGrant | null";
    /// Every member allowed `id` on the target, sorted by user id, each with the decision `explain` gives; an unknown target yields `[]`.
    #[feature = "manage"]
    read "whoCan" => who_can(id: "DokployPermissionId"; target: "DokployTarget | null") -> "DokployWhoCan[]";
    /// Every target the state names (the organization, every project, environment, service and git provider id) where the user is allowed something, with what `allowed` gives there.
    #[feature = "manage"]
    read "accessOf" => access_of(user: "string") -> "DokployAccess[]";
    /// Every (user, permission, target) whose answer differs between this state and `next` (an object or JSON text), with both decisions; `[]` when nothing changes.
    #[feature = "manage"]
    read "changes" => changes(next: "DokployState | string") -> "DokployChange[]";
    /// What `createRole` would change (the `changes` list), changing nothing; throws its refusal.
    #[feature = "manage"]
    read "previewCreateRole" => preview_create_role(actor: "string", name: "string", permissions: "DokployRolePermissions") -> "DokployChange[]";
    /// What `updateRole` would change, changing nothing; throws its refusal.
    #[feature = "manage"]
    read "previewUpdateRole" => preview_update_role(actor: "string", name: "string", permissions: "DokployRolePermissions"; newName: "string | null") -> "DokployChange[]";
    /// What `deleteRole` would change, changing nothing; throws its refusal.
    #[feature = "manage"]
    read "previewDeleteRole" => preview_delete_role(actor: "string", name: "string") -> "DokployChange[]";
    /// What `assignRole` would change, changing nothing; throws its refusal.
    #[feature = "manage"]
    read "previewAssignRole" => preview_assign_role(actor: "string", targetUser: "string", role: "string") -> "DokployChange[]";
    /// What `removeMember` would change, changing nothing; throws its refusal.
    #[feature = "manage"]
    read "previewRemoveMember" => preview_remove_member(actor: "string", targetUser: "string") -> "DokployChange[]";
    /// What `updateMemberAccess` would change, changing nothing; throws its refusal.
    #[feature = "manage"]
    read "previewUpdateMemberAccess" => preview_update_member_access(actor: "string", targetUser: "string", access: "DokployMemberAccess") -> "DokployChange[]";
    /// Every tRPC procedure of Dokploy (at the commit the README names), in path order: its path, builder, operation type, the permissions its checks request, and whether Dokploy checks tenancy in it.
    #[feature = "requests"]
    static "procedures" => procedures() -> "DokployProcedure[]";
    /// Reads an HTTP request Dokploy serves (tRPC, batched or not, GET or POST, superjson; the OpenAPI routes) into the calls it carries; throws `PortcullisError` (`invalid_request`, `unknown_id`, `limit_exceeded`) with the path of what is wrong.
    #[feature = "requests"]
    static "parseRequest" => parse_request(request: "RequestShape") -> "DokployCall[]";
    /// Whether `user` may call the procedure with `input`, as Dokploy's backend decides it.
    #[feature = "requests"]
    read "canCall" => can_call(user: "string", procedure: "DokployProcedurePath"; input: "object | null", context: "DokployCallContext | null") -> "boolean";
    /// The decision on `user` calling the procedure with `input`: the procedure's checks in Dokploy's order, the first refusal winning (`check`, `helper` and `trpcCode` say which and how Dokploy answers); stored facts the state lacks come from `context` (`missing_context` names one not given). An unknown procedure throws `unknown_id`.
    #[feature = "requests"]
    read "explainCall" => explain_call(user: "string", procedure: "DokployProcedurePath"; input: "object | null", context: "DokployCallContext | null") -> "DokployCallDecision";
    /// Whether `user` may make the HTTP request (every call it carries).
    #[feature = "requests"]
    read "canRequest" => can_request(user: "string", request: "RequestShape"; context: "DokployCallContext | null") -> "boolean";
    /// The decision on `user` making the HTTP request: every call it carries, the first refusal winning (`call` is its position); a request that is no Dokploy call is refused (`invalid_request`, `unknown_route`), never allowed by omission.
    #[feature = "requests"]
    read "explainRequest" => explain_request(user: "string", request: "RequestShape"; context: "DokployCallContext | null") -> "DokployCallDecision";
}

impl DokployAuthorizer {
    /// Dokploy's catalog: one entry per permission, in order.
    pub fn catalog() -> Value {
        super::statics::dokploy_catalog()
    }

    /// Dokploy's four custom-role presets, in its stored shape.
    pub fn presets() -> Value {
        super::statics::dokploy_presets()
    }

    #[cfg(feature = "adapters")]
    /// Loads Dokploy's own data as it stores and serves it (`{ organization?, members,
    /// roles?, users?, licensed? }`; JSON text too) under the default [`Limits`];
    /// [`warnings`](Self::warnings) lists what had to be interpreted.
    pub fn from_rows(input: &Value) -> Result<Self> {
        Self::from_rows_with_limits(input, &Limits::default())
    }

    #[cfg(feature = "adapters")]
    /// [`from_rows`](Self::from_rows) with `load`'s options, `{ limits? }`.
    pub fn from_rows_with(input: &Value, options: &Value) -> Result<Self> {
        Self::from_rows_with_limits(input, &load_limits(options)?)
    }

    #[cfg(feature = "adapters")]
    /// [`from_rows`](Self::from_rows) under `limits`.
    pub fn from_rows_with_limits(input: &Value, limits: &Limits) -> Result<Self> {
        Self::read_input(input, "input", limits, Organization::from_rows_with)
    }

    #[cfg(feature = "requests")]
    /// Every tRPC procedure of Dokploy: `[{ path, kind, type, permissions, tenancy }]`.
    pub fn procedures() -> Value {
        Value::Array(
            procedures::procedures()
                .map(|p| {
                    let mut used = Permissions::empty();
                    for check in p.checks() {
                        for &i in check.permissions {
                            used |= Permissions::single(usize::from(i));
                        }
                    }
                    ObjectWriter::new()
                        .string("path", p.path())
                        .string("kind", p.kind().as_str())
                        .string("type", p.call_type().as_str())
                        .field("permissions", Value::string_array(used.ids()))
                        .field("tenancy", Value::Bool(p.tenancy_checked()))
                        .build()
                })
                .collect(),
        )
    }

    #[cfg(feature = "requests")]
    /// The calls an HTTP request carries: `[{ procedure, input }]`.
    pub fn parse_request(request: &Value) -> Result<Value> {
        let calls = procedures::parse_request(object(request, "request")?)?;
        Ok(Value::Array(
            calls
                .into_iter()
                .map(|call| {
                    ObjectWriter::new()
                        .string("procedure", call.procedure.path())
                        .field("input", call.input)
                        .build()
                })
                .collect(),
        ))
    }

    /// `canCall(user, procedure, input?, context?)`: whether Dokploy's router lets the call through.
    #[cfg(feature = "requests")]
    pub fn can_call(
        &self,
        user: &Value,
        procedure: &Value,
        input: &Value,
        context: &Value,
    ) -> Result<bool> {
        Ok(self.explain_call(user, procedure, input, context)?.allowed)
    }

    /// `explainCall(user, procedure, input?, context?)`: the call's decision, with the check that refused.
    #[cfg(feature = "requests")]
    pub fn explain_call(
        &self,
        user: &Value,
        procedure: &Value,
        input: &Value,
        context: &Value,
    ) -> Result<CallDecision> {
        let user = string(user, "user")?;
        let procedure = string(procedure, "procedure")?;
        let context = CallContext::from_value(context, "context")?;
        self.model.explain_call(user, procedure, input, &context)
    }

    /// `canRequest(user, { method, url, body }, context?)`: whether every call of the request passes.
    #[cfg(feature = "requests")]
    pub fn can_request(&self, user: &Value, request: &Value, context: &Value) -> Result<bool> {
        Ok(self.explain_request(user, request, context)?.allowed)
    }

    /// `explainRequest(user, { method, url, body }, context?)`: the first refusal among the request's calls, or its grant.
    #[cfg(feature = "requests")]
    pub fn explain_request(
        &self,
        user: &Value,
        request: &Value,
        context: &Value,
    ) -> Result<CallDecision> {
        let user = string(user, "user")?;
        let context = CallContext::from_value(context, "context")?;
        let calls = match procedures::parse_request(object(request, "request")?) {
            Ok(calls) => calls,
            Err(error) if error.code() == ErrorCode::InvalidArgument => return Err(error),
            Err(error) => return Ok(request_refusal(error)),
        };
        let several = calls.len() > 1;
        let mut last = None;
        for (position, call) in calls.iter().enumerate() {
            let mut decision = self
                .model
                .decide_call(user, call.procedure, &call.input, &context);
            if several {
                decision.detail.call = Some(position);
            }
            if !decision.allowed {
                return Ok(decision);
            }
            last = Some(decision);
        }
        Ok(match last {
            Some(decision) if !several => decision,
            _ => {
                let paths: Vec<&str> = calls.iter().map(|c| c.procedure.path()).collect();
                CallDecision::new(
                    DecisionCode::Granted,
                    text!(
                        "`",
                        user,
                        "` may make every call of the batch: `",
                        paths.join("`, `"),
                        "`"
                    ),
                )
            }
        })
    }

    /// The organization the authorizer decides on.
    pub fn organization(&self) -> &Organization {
        &self.model
    }

    /// `can(user, id, target?)`.
    pub fn can(&self, user: &Value, id: &Value, target: &Value) -> Result<bool> {
        let (user, index, target) = self.query(user, id, target)?;
        Ok(self.model.can_index(user, index, &target))
    }

    /// `explain(user, id, target?)`: the decision with its reason.
    pub fn explain(&self, user: &Value, id: &Value, target: &Value) -> Result<Decision> {
        let (user, index, target) = self.query(user, id, target)?;
        Ok(self.model.explain_index(user, index, &target))
    }

    fn query<'v>(
        &self,
        user: &'v Value,
        id: &'v Value,
        target_value: &'v Value,
    ) -> Result<(&'v str, usize, Target<'v>)> {
        let user = string(user, "user")?;
        let index = permission_index(string(id, "id")?)?;
        Ok((user, index, target(target_value)?))
    }

    /// Every permission allowed to `user` on `target`, in catalog order.
    pub fn allowed(&self, user: &Value, target_value: &Value) -> Result<Permissions> {
        let user = string(user, "user")?;
        Ok(self.model.allowed(user, &target(target_value)?))
    }

    /// What the user's role grants, ignoring scope.
    pub fn permissions(&self, user: &Value) -> Result<Permissions> {
        Ok(self.model.permissions(string(user, "user")?))
    }

    /// `canCreateRole(actor, name, permissions)`: whether the actor may create the custom role.
    pub fn can_create_role(
        &self,
        actor: &Value,
        name: &Value,
        permissions: &Value,
    ) -> Result<Decision> {
        let actor = string(actor, "actor")?;
        let name = string(name, "name")?;
        Ok(self.model.can_create_role(actor, name, permissions))
    }

    /// `createRole(actor, name, permissions)`: creates the custom role, or throws the refusal.
    pub fn create_role(&mut self, actor: &Value, name: &Value, permissions: &Value) -> Result<()> {
        let actor = string(actor, "actor")?;
        let name = string(name, "name")?;
        let result = self.model.create_role(actor, name, permissions);
        self.changed(result)
    }

    /// `canUpdateRole(actor, name, permissions, newName?)`: whether the actor may change the custom role.
    pub fn can_update_role(
        &self,
        actor: &Value,
        name: &Value,
        permissions: &Value,
        new_name: &Value,
    ) -> Result<Decision> {
        let actor = string(actor, "actor")?;
        let name = string(name, "name")?;
        let new_name = optional_string(new_name, "newName")?;
        Ok(self
            .model
            .can_update_role(actor, name, permissions, new_name))
    }

    /// `updateRole(actor, name, permissions, newName?)`: changes the custom role, or throws the refusal.
    pub fn update_role(
        &mut self,
        actor: &Value,
        name: &Value,
        permissions: &Value,
        new_name: &Value,
    ) -> Result<()> {
        let actor = string(actor, "actor")?;
        let name = string(name, "name")?;
        let new_name = optional_string(new_name, "newName")?;
        let result = self.model.update_role(actor, name, permissions, new_name);
        self.changed(result)
    }

    /// `canDeleteRole(actor, name)`: whether the actor may delete the custom role.
    pub fn can_delete_role(&self, actor: &Value, name: &Value) -> Result<Decision> {
        Ok(self
            .model
            .can_delete_role(string(actor, "actor")?, string(name, "name")?))
    }

    /// `deleteRole(actor, name)`: deletes the custom role, or throws the refusal.
    pub fn delete_role(&mut self, actor: &Value, name: &Value) -> Result<()> {
        let result = self
            .model
            .delete_role(string(actor, "actor")?, string(name, "name")?);
        self.changed(result)
    }

    /// `canEditDeployGitSource(user, provider)`: whether the user may point a service at the git provider.
    pub fn can_edit_deploy_git_source(&self, user: &Value, provider: &Value) -> Result<Decision> {
        Ok(self
            .model
            .can_edit_deploy_git_source(string(user, "user")?, string(provider, "gitProviderId")?))
    }

    /// `canInvite(actor, role)`: whether the actor may invite someone with the role.
    pub fn can_invite(&self, actor: &Value, role: &Value) -> Result<Decision> {
        Ok(self
            .model
            .can_invite(string(actor, "actor")?, string(role, "role")?))
    }

    /// `canAssignRole(actor, targetUser, role)`: whether the actor may give the member the role.
    pub fn can_assign_role(
        &self,
        actor: &Value,
        target_user: &Value,
        role: &Value,
    ) -> Result<Decision> {
        Ok(self.model.can_assign_role(
            string(actor, "actor")?,
            string(target_user, "targetUser")?,
            string(role, "role")?,
        ))
    }

    /// `assignRole(actor, targetUser, role)`: gives the member the role, or throws the refusal.
    pub fn assign_role(&mut self, actor: &Value, target_user: &Value, role: &Value) -> Result<()> {
        let result = self.model.assign_role(
            string(actor, "actor")?,
            string(target_user, "targetUser")?,
            string(role, "role")?,
        );
        self.changed(result)
    }

    /// `canRemoveMember(actor, targetUser)`: whether the actor may remove the member.
    pub fn can_remove_member(&self, actor: &Value, target_user: &Value) -> Result<Decision> {
        Ok(self
            .model
            .can_remove_member(string(actor, "actor")?, string(target_user, "targetUser")?))
    }

    /// `removeMember(actor, targetUser)`: removes the member, or throws the refusal.
    pub fn remove_member(&mut self, actor: &Value, target_user: &Value) -> Result<()> {
        let result = self
            .model
            .remove_member(string(actor, "actor")?, string(target_user, "targetUser")?);
        self.changed(result)
    }

    /// `canUpdateMemberAccess(actor, targetUser)`: whether the actor may change the member's flags and access lists.
    pub fn can_update_member_access(&self, actor: &Value, target_user: &Value) -> Result<Decision> {
        Ok(self
            .model
            .can_update_member_access(string(actor, "actor")?, string(target_user, "targetUser")?))
    }

    /// Replaces the flags and access lists `access` gives on `targetUser`'s row.
    pub fn update_member_access(
        &mut self,
        actor: &Value,
        target_user: &Value,
        access: &Value,
    ) -> Result<()> {
        let actor = string(actor, "actor")?;
        let target_user = string(target_user, "targetUser")?;
        let access = shaped(MemberAccess::from_value(
            object(access, "access")?,
            "access",
        ))?;
        let result = self.model.update_member_access(actor, target_user, access);
        self.changed(result)
    }

    /// Records that `user` created the project, environment, service, … `id`, and returns
    /// the access grant to persist (`None` when none was needed).
    pub fn record_created(
        &mut self,
        user: &Value,
        kind: &Value,
        id: &Value,
    ) -> Result<Option<AccessGrant>> {
        let user = string(user, "user")?;
        let kind_name = string(kind, "kind")?;
        let kind = ScopeKind::from_name(kind_name).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidValue,
                "kind",
                text!("`", kind_name, "` is not one of `projectId`, `environmentId`, `serviceId`, `gitProviderId`, `serverId`"),
            )
        })?;
        let id = string(id, "id")?;
        let result = self.model.record_created(user, kind, id);
        self.changed(result)
    }
}

/// The calls of the checks' fast paths (`js/authorizer.js`, `js/pages.js`): the permission by
/// its catalog index and every id as a string, read where JS wrote it.
impl DokployAuthorizer {
    /// `can` of `user` with the permission's catalog index and the target's ids in
    /// [`ScopeKind::ALL`] order.
    pub fn can_ids(&self, user: &str, permission: u32, ids: [Option<&str>; 5]) -> Result<bool> {
        let index = permission as usize;
        if index >= Permissions::LEN {
            return Err(Error::new(
                ErrorCode::InvalidArgument,
                "id",
                text!(permission, " is not a Dokploy permission index"),
            ));
        }
        let member = self.model.user_position(user);
        Ok(self.model.can_member(member, index, &ids_target(ids)))
    }

    /// `allowed` of `user` on the target of ids in [`ScopeKind::ALL`] order.
    pub fn allowed_ids(&self, user: &str, ids: [Option<&str>; 5]) -> Permissions {
        let member = self.model.user_position(user);
        self.model.allowed_member(member, &ids_target(ids))
    }
}

impl Answer for Permissions {
    fn into_answer(self) -> Result<Value> {
        Ok(Value::string_array(self.ids()))
    }
}

impl Answer for AccessGrant {
    fn into_answer(self) -> Result<Value> {
        Ok(grant_value(&self))
    }
}

/// The grant `recordCreated` returns: `{ userId, list, id }`.
pub fn grant_value(grant: &AccessGrant) -> Value {
    ObjectWriter::new()
        .string("userId", &grant.user_id)
        .string("list", grant.list)
        .string("id", &grant.id)
        .build()
}
