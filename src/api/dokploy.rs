//! The `Dokploy` authorizer of the JS API, in plain Rust: every entry point takes its
//! arguments as JS hands them over ([`Value`]s), checks them, and answers or refuses with an
//! [`Error`]. The wasm bindings only convert values; native callers use the same methods, or
//! [`call_json`](DokployAuthorizer::call_json) with JSON text.

use super::arguments::{object, optional_string, shaped, string, Arguments};
use super::authorizer::{load_limits, Authorizer, Model};
use crate::core::decision::Decision;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::handles::user_index;
use crate::core::json::{ObjectWriter, Value};
use crate::core::limits::Limits;
use crate::core::permission_set::CatalogSet;
use crate::core::warning::{warnings_value, Warning};
use crate::dokploy::{
    permission_index, AccessGrant, MemberAccess, Organization, Permissions, ScopeKind, Target,
};

/// A loaded Dokploy organization with the handles of its current generation.
pub type DokployAuthorizer = Authorizer<Organization>;

impl Model for Organization {
    fn from_value(value: &Value, limits: &Limits) -> Result<Self> {
        Organization::from_value_with(value, limits)
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

    fn user_position(&self, id: &str) -> Option<usize> {
        self.member_index.get(id).copied()
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

impl DokployAuthorizer {
    /// Loads Dokploy's own data as it stores and serves it (`{ organization?, members,
    /// roles?, users?, licensed? }`; JSON text too) under the default [`Limits`];
    /// [`warnings`](Self::warnings) lists what had to be interpreted.
    pub fn from_rows(input: &Value) -> Result<Self> {
        Self::from_rows_with_limits(input, &Limits::default())
    }

    /// [`from_rows`](Self::from_rows) with `load`'s options, `{ limits? }`.
    pub fn from_rows_with(input: &Value, options: &Value) -> Result<Self> {
        Self::from_rows_with_limits(input, &load_limits(options)?)
    }

    /// [`from_rows`](Self::from_rows) under `limits`.
    pub fn from_rows_with_limits(input: &Value, limits: &Limits) -> Result<Self> {
        Self::read_input(input, "input", limits, Organization::from_rows_with)
    }

    pub fn organization(&self) -> &Organization {
        &self.model
    }

    pub fn can(&self, user: &Value, id: &Value, target: &Value) -> Result<bool> {
        let (user, index, target) = self.query(user, id, target)?;
        Ok(self.model.can_index(user, index, &target))
    }

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

    pub fn create_role(&mut self, actor: &Value, name: &Value, permissions: &Value) -> Result<()> {
        let actor = string(actor, "actor")?;
        let name = string(name, "name")?;
        let result = self.model.create_role(actor, name, permissions);
        self.changed(result)
    }

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

    pub fn can_delete_role(&self, actor: &Value, name: &Value) -> Result<Decision> {
        Ok(self
            .model
            .can_delete_role(string(actor, "actor")?, string(name, "name")?))
    }

    pub fn delete_role(&mut self, actor: &Value, name: &Value) -> Result<()> {
        let result = self
            .model
            .delete_role(string(actor, "actor")?, string(name, "name")?);
        self.changed(result)
    }

    pub fn can_invite(&self, actor: &Value, role: &Value) -> Result<Decision> {
        Ok(self
            .model
            .can_invite(string(actor, "actor")?, string(role, "role")?))
    }

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

    pub fn assign_role(&mut self, actor: &Value, target_user: &Value, role: &Value) -> Result<()> {
        let result = self.model.assign_role(
            string(actor, "actor")?,
            string(target_user, "targetUser")?,
            string(role, "role")?,
        );
        self.changed(result)
    }

    pub fn can_remove_member(&self, actor: &Value, target_user: &Value) -> Result<Decision> {
        Ok(self
            .model
            .can_remove_member(string(actor, "actor")?, string(target_user, "targetUser")?))
    }

    pub fn remove_member(&mut self, actor: &Value, target_user: &Value) -> Result<()> {
        let result = self
            .model
            .remove_member(string(actor, "actor")?, string(target_user, "targetUser")?);
        self.changed(result)
    }

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
                format!("`{kind_name}` is not one of `projectId`, `environmentId`, `serviceId`, `gitProviderId`, `serverId`"),
            )
        })?;
        let id = string(id, "id")?;
        let result = self.model.record_created(user, kind, id);
        self.changed(result)
    }

    /// The target of handles in [`ScopeKind::ALL`] order.
    fn handle_target(&self, handles: [u32; 5]) -> Result<Target<'_>> {
        let mut ids = [None; 5];
        for ((id, kind), handle) in ids.iter_mut().zip(ScopeKind::ALL).zip(handles) {
            *id = self.resolve(handle, kind.target_field())?;
        }
        Ok(ids_target(ids))
    }

    /// `can` with handles of `generation`: the user's, the permission's catalog index, and
    /// the target ids' in [`ScopeKind::ALL`] order.
    pub fn can_handles(
        &self,
        generation: u32,
        user: u32,
        permission: u32,
        scope: [u32; 5],
    ) -> Result<bool> {
        self.check(generation)?;
        self.can_target(user, permission, &self.handle_target(scope)?)
    }

    /// [`can_handles`](Self::can_handles) with the target's ids as strings, in
    /// [`ScopeKind::ALL`] order: for ids asked about once, which then need no handle.
    pub fn can_ids(
        &self,
        generation: u32,
        user: u32,
        permission: u32,
        ids: [Option<&str>; 5],
    ) -> Result<bool> {
        self.check(generation)?;
        self.can_target(user, permission, &ids_target(ids))
    }

    fn can_target(&self, user: u32, permission: u32, target: &Target<'_>) -> Result<bool> {
        let member = user_index(user, self.model.members().len())?;
        let index = permission as usize;
        if index >= Permissions::LEN {
            return Err(Error::new(
                ErrorCode::InvalidArgument,
                "id",
                format!("{permission} is not a Dokploy permission index"),
            ));
        }
        Ok(self.model.can_member(member, index, target))
    }

    /// `allowed` with handles of `generation`.
    pub fn allowed_handles(
        &self,
        generation: u32,
        user: u32,
        scope: [u32; 5],
    ) -> Result<Permissions> {
        self.check(generation)?;
        let member = user_index(user, self.model.members().len())?;
        Ok(self
            .model
            .allowed_member(member, &self.handle_target(scope)?))
    }

    /// Calls the entry point `method` (its JS name) with positional arguments, and answers
    /// with the JSON value JS would receive (`null` for no answer).
    pub fn call(&mut self, method: &str, args: &[Value]) -> Result<Value> {
        let a = Arguments::new(args);
        Ok(match method {
            "can" => Value::Bool(self.can(a.get(0), a.get(1), a.get(2))?),
            "explain" => self.explain(a.get(0), a.get(1), a.get(2))?.to_value(),
            "allowed" => ids(self.allowed(a.get(0), a.get(1))?),
            "permissions" => ids(self.permissions(a.get(0))?),
            "toJSON" => self.to_json(),
            "fingerprint" => Value::String(self.fingerprint()),
            "warnings" => warnings_value(self.warnings()),
            "catalog" => super::statics::dokploy_catalog(),
            "presets" => super::statics::dokploy_presets(),
            "canCreateRole" => self
                .can_create_role(a.get(0), a.get(1), a.get(2))?
                .to_value(),
            "createRole" => unit(self.create_role(a.get(0), a.get(1), a.get(2))?),
            "canUpdateRole" => self
                .can_update_role(a.get(0), a.get(1), a.get(2), a.get(3))?
                .to_value(),
            "updateRole" => unit(self.update_role(a.get(0), a.get(1), a.get(2), a.get(3))?),
            "canDeleteRole" => self.can_delete_role(a.get(0), a.get(1))?.to_value(),
            "deleteRole" => unit(self.delete_role(a.get(0), a.get(1))?),
            "canInvite" => self.can_invite(a.get(0), a.get(1))?.to_value(),
            "canAssignRole" => self
                .can_assign_role(a.get(0), a.get(1), a.get(2))?
                .to_value(),
            "assignRole" => unit(self.assign_role(a.get(0), a.get(1), a.get(2))?),
            "canRemoveMember" => self.can_remove_member(a.get(0), a.get(1))?.to_value(),
            "removeMember" => unit(self.remove_member(a.get(0), a.get(1))?),
            "canUpdateMemberAccess" => self
                .can_update_member_access(a.get(0), a.get(1))?
                .to_value(),
            "updateMemberAccess" => {
                unit(self.update_member_access(a.get(0), a.get(1), a.get(2))?)
            }
            "recordCreated" => self
                .record_created(a.get(0), a.get(1), a.get(2))?
                .map_or(Value::Null, |grant| grant_value(&grant)),
            other => return Err(unknown_method(other)),
        })
    }

    /// [`call`](Self::call) with the arguments as a JSON array and the answer as JSON text.
    pub fn call_json(&mut self, method: &str, args: &str) -> Result<String> {
        super::authorizer::call_json(args, |args| self.call(method, args))
    }
}

pub(crate) fn ids<S: CatalogSet>(set: S) -> Value {
    Value::string_array(set.ids())
}

pub(crate) fn unit(_: ()) -> Value {
    Value::Null
}

pub(crate) fn unknown_method(method: &str) -> Error {
    Error::new(
        ErrorCode::InvalidArgument,
        "method",
        format!("`{method}` is not an entry point of this authorizer"),
    )
}

/// The grant `recordCreated` returns: `{ userId, list, id }`.
pub fn grant_value(grant: &AccessGrant) -> Value {
    ObjectWriter::new()
        .string("userId", &grant.user_id)
        .string("list", grant.list)
        .string("id", &grant.id)
        .build()
}
