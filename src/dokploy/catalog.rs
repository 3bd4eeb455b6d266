//! Dokploy's permission catalog: 33 resources, their actions, and what each permission
//! needs as a target.

use crate::prelude::*;

use crate::core::text::{names_of, text};

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{
    as_items, as_object, as_str, join_index, join_key, quoted_list, Fields, Node, ObjectWriter,
    Value,
};
use crate::core::permission_set::{catalog_set, CatalogSet};

pub use super::catalog_data::Permissions;
pub(crate) use super::catalog_data::{
    MEMBER_BASE, MEMBER_FLAGS, PERMISSIONS, PERMISSION_IDS, PERMISSION_LABELS, PRESETS, RESOURCES,
    RESOURCE_LABELS,
};

/// Which edition a resource belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// Dokploy's free resources.
    Free,
    /// Enterprise resources: they bind only with a licence.
    Enterprise,
    /// Managed by Dokploy itself (better-auth); never in a custom role.
    Internal,
}

impl Tier {
    /// The tier as the catalog writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Tier::Free => "free",
            Tier::Enterprise => "enterprise",
            Tier::Internal => "internal",
        }
    }
}

/// One permission of the catalog: `resource.action`.
#[derive(Debug)]
pub struct PermissionInfo {
    /// `resource.action`.
    pub id: &'static str,
    /// Index into the resource table. A byte, and the action read from the id rather than
    /// stored beside it: the table is every browser kernel's, 94 rows.
    pub resource: u8,
}

impl PermissionInfo {
    /// The resource the permission belongs to.
    pub fn resource(&self) -> &'static ResourceInfo {
        &RESOURCES[usize::from(self.resource)]
    }

    /// The action (`read`, `create`, `delete`, …): the id after its resource and the dot.
    pub fn action(&self) -> &'static str {
        self.id
            .get(self.resource().name.len() + 1..)
            .unwrap_or_default()
    }
}

/// One resource of the catalog with its actions.
#[derive(Debug)]
pub struct ResourceInfo {
    /// The resource's name (`service`).
    pub name: &'static str,
    /// Free, Enterprise or internal.
    pub tier: Tier,
    /// Whether a custom role may hold its permissions.
    pub assignable_to_custom_role: bool,
    /// The catalog index of its first permission.
    pub first_permission: usize,
    /// How many permissions it has.
    pub permission_count: usize,
}

impl ResourceInfo {
    /// Its permissions, in catalog order.
    pub fn permissions(&self) -> &'static [PermissionInfo] {
        &PERMISSIONS[self.first_permission..self.first_permission + self.permission_count]
    }

    /// Its actions, in catalog order (for a message).
    fn actions(&self) -> Vec<&'static str> {
        let mut actions = Vec::new();
        for permission in self.permissions() {
            actions.push(permission.action());
        }
        actions
    }

    fn permission(&self, action: &str) -> Option<usize> {
        self.permissions()
            .iter()
            .position(|p| p.action() == action)
            .map(|offset| self.first_permission + offset)
    }
}

catalog_set!(Permissions, PERMISSIONS, PERMISSION_IDS);

/// Every permission in catalog order.
pub fn permissions() -> &'static [PermissionInfo] {
    &PERMISSIONS
}

/// Every resource in catalog order.
pub fn resources() -> &'static [ResourceInfo] {
    &RESOURCES
}

/// What the built-in `member` role grants without any flag.
pub fn member_base() -> Permissions {
    MEMBER_BASE
}

/// Each member flag with the permissions it adds to the `member` role, in Dokploy's order.
pub fn member_flags() -> &'static [(&'static str, Permissions)] {
    &MEMBER_FLAGS
}

/// Looks a permission up by id.
pub fn permission(id: &str) -> Option<&'static PermissionInfo> {
    Permissions::index_of(id).map(|i| &PERMISSIONS[i])
}

fn resource(name: &str) -> Option<&'static ResourceInfo> {
    RESOURCES.iter().find(|r| r.name == name)
}

/// The kind of thing an access list scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// `projectId`, `accessedProjects`.
    Project,
    /// `environmentId`, `accessedEnvironments`.
    Environment,
    /// `serviceId`, `accessedServices`.
    Service,
    /// `gitProviderId`, `accessedGitProviders`.
    GitProvider,
    /// `serverId`, `accessedServers`.
    Server,
}

impl ScopeKind {
    /// Every kind, in declaration order.
    pub const ALL: [ScopeKind; 5] = [
        ScopeKind::Project,
        ScopeKind::Environment,
        ScopeKind::Service,
        ScopeKind::GitProvider,
        ScopeKind::Server,
    ];

    /// The target field that names it.
    pub const fn target_field(self) -> &'static str {
        match self {
            ScopeKind::Project => "projectId",
            ScopeKind::Environment => "environmentId",
            ScopeKind::Service => "serviceId",
            ScopeKind::GitProvider => "gitProviderId",
            ScopeKind::Server => "serverId",
        }
    }

    /// Every kind's target field, in [`ALL`](Self::ALL) order, the order the checks' fast
    /// path passes their ids in: written at compile time.
    pub const TARGET_FIELDS: [&'static str; ScopeKind::ALL.len()] =
        names_of!(ScopeKind::ALL, ScopeKind::target_field);

    /// The member's access list that holds it.
    pub const fn access_list(self) -> &'static str {
        match self {
            ScopeKind::Project => "accessedProjects",
            ScopeKind::Environment => "accessedEnvironments",
            ScopeKind::Service => "accessedServices",
            ScopeKind::GitProvider => "accessedGitProviders",
            ScopeKind::Server => "accessedServers",
        }
    }

    /// The kind's noun for messages (`service`).
    pub const fn noun(self) -> &'static str {
        match self {
            ScopeKind::Project => "project",
            ScopeKind::Environment => "environment",
            ScopeKind::Service => "service",
            ScopeKind::GitProvider => "git provider",
            ScopeKind::Server => "server",
        }
    }

    pub(crate) const fn index(self) -> usize {
        self as usize
    }

    /// Reads a kind by its target field (`serviceId`) or its noun (`service`, `gitProvider`).
    pub fn from_name(name: &str) -> Option<ScopeKind> {
        ScopeKind::ALL.into_iter().find(|kind| {
            kind.target_field() == name || kind.target_field().strip_suffix("Id") == Some(name)
        })
    }
}

/// What target a permission is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeRule {
    /// Organization-wide: no target.
    Organization,
    /// The target must name one of these, and scoped users must have it in their list.
    Required(ScopeKind),
    /// Organization-wide in general; when the target names one, scoped users must have it in
    /// their list. Dokploy keeps these lists only with a licence, so only then do they bind.
    LicensedList(ScopeKind),
    /// `gitProviders.read`: organization-wide in general; on a `gitProviderId`, Dokploy's
    /// provider access (`assertGitProviderAccess`), which reads no permission: owner and admin
    /// reach every provider, others the ones they created, the ones shared with the
    /// organization and, with a licence, those in `accessedGitProviders`.
    ProviderAccess,
    /// `gitProviders.delete`: the permission, and on a `gitProviderId` Dokploy's
    /// `gitProvider.remove` rule: owner and admin any provider, others only their own.
    ProviderCreator,
}

/// The scope rule of the permission at a catalog index (organization-wide past the end).
pub fn scope_rule(index: usize) -> ScopeRule {
    SCOPE_RULES
        .get(index)
        .copied()
        .unwrap_or(ScopeRule::Organization)
}

/// Every permission's scope rule, in catalog order, computed when the crate compiles.
static SCOPE_RULES: [ScopeRule; PERMISSION_IDS.len()] = {
    let mut rules = [ScopeRule::Organization; PERMISSION_IDS.len()];
    let mut i = 0;
    while i < rules.len() {
        rules[i] = rule_for(PERMISSION_IDS[i]);
        i += 1;
    }
    rules
};

/// For each scope kind, the permissions that require it in the target and those that its
/// access list binds only with a licence: `allowed` applies a target with a few set
/// operations instead of a rule per permission.
pub(crate) fn scope_masks(kind: ScopeKind) -> (Permissions, Permissions) {
    SCOPE_MASKS[kind.index()]
}

static SCOPE_MASKS: [(Permissions, Permissions); 5] = {
    let mut masks = [(Permissions::empty(), Permissions::empty()); 5];
    let mut index = 0;
    while index < PERMISSION_IDS.len() {
        let bit = 1u128 << index;
        match rule_for(PERMISSION_IDS[index]) {
            ScopeRule::Required(k) => {
                let held = masks[k.index()].0.bits();
                masks[k.index()].0 = Permissions::from_bits_retain(held | bit);
            }
            ScopeRule::LicensedList(k) => {
                let held = masks[k.index()].1.bits();
                masks[k.index()].1 = Permissions::from_bits_retain(held | bit);
            }
            // Decided on the provider itself, not on a list (`allowed_for`).
            ScopeRule::Organization | ScopeRule::ProviderAccess | ScopeRule::ProviderCreator => {}
        }
        index += 1;
    }
    masks
};

/// Whether two strings are equal, when the crate compiles.
const fn same(a: &[u8], b: &str) -> bool {
    let b = b.as_bytes();
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The scope rule of the permission `resource.action`.
const fn rule_for(id: &str) -> ScopeRule {
    use ScopeKind::*;
    let bytes = id.as_bytes();
    let mut dot = 0;
    while dot < bytes.len() && bytes[dot] != b'.' {
        dot += 1;
    }
    let (resource, action) = bytes.split_at(dot);
    let action = match action.split_first() {
        Some((_, rest)) => rest,
        None => action,
    };
    let r = resource;
    if (same(r, "service") || same(r, "environment")) && same(action, "create")
        || same(r, "project") && same(action, "delete")
    {
        ScopeRule::Required(Project)
    } else if same(r, "service")
        || same(r, "deployment")
        || same(r, "envVars")
        || same(r, "domain")
        || same(r, "volume")
        || same(r, "backup")
        || same(r, "volumeBackup")
        || same(r, "schedule")
        || same(r, "logs")
        || same(r, "monitoring")
    {
        ScopeRule::Required(Service)
    } else if same(r, "environment") || same(r, "environmentEnvVars") {
        ScopeRule::Required(Environment)
    } else if same(r, "projectEnvVars") {
        ScopeRule::Required(Project)
    } else if same(r, "gitProviders") && same(action, "read") {
        ScopeRule::ProviderAccess
    } else if same(r, "gitProviders") && same(action, "delete") {
        ScopeRule::ProviderCreator
    } else if same(r, "server") && (same(action, "read") || same(action, "delete")) {
        ScopeRule::LicensedList(Server)
    } else {
        ScopeRule::Organization
    }
}

/// A role's permissions as Dokploy stores them, `{ "service": ["read", "create"], … }`,
/// kept in the order given so that a saved state gives back what was loaded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoleStatements {
    pub(crate) entries: Vec<(String, Vec<String>)>,
    pub(crate) permissions: Permissions,
}

impl RoleStatements {
    /// Reads and validates a custom role's stored permissions at `path`.
    pub fn from_value<'a, N: Node<'a>>(value: N, path: &str) -> Result<Self> {
        let fields = as_object(value, path)?;
        let mut statements = RoleStatements::default();
        for entry in 0..fields.len() {
            let (name, actions) = (fields.key(entry), fields.value(entry));
            let resource_path = join_key(path, name);
            let info = resource(name).ok_or_else(|| {
                Error::new(
                    ErrorCode::UnknownResource,
                    &resource_path,
                    text!("unknown resource `", name, "`"),
                )
            })?;
            if !info.assignable_to_custom_role {
                return Err(Error::new(
                    ErrorCode::InternalResource,
                    &resource_path,
                    text!(
                        "resource `",
                        name,
                        "` is managed internally and cannot be in a custom role"
                    ),
                ));
            }
            let mut kept = Vec::new();
            for (i, action) in as_items(actions, &resource_path)?.enumerate() {
                let action_path = join_index(&resource_path, i);
                let action = as_str(action, &action_path)?;
                let index = info.permission(&action).ok_or_else(|| {
                    Error::new(
                        ErrorCode::UnknownAction,
                        &action_path,
                        text!(
                            "resource `",
                            name,
                            "` has no action `",
                            &*action,
                            "`; it has ",
                            quoted_list(&info.actions())
                        ),
                    )
                })?;
                let bit = Permissions::single(index);
                if statements.permissions.contains(bit) {
                    return Err(Error::new(
                        ErrorCode::DuplicateId,
                        &action_path,
                        text!("action `", &*action, "` is listed twice"),
                    ));
                }
                statements.permissions |= bit;
                kept.push(action.into());
            }
            statements.entries.push((name.to_owned(), kept));
        }
        Ok(statements)
    }

    /// The stored shape of a permission set, resources and actions in catalog order.
    pub fn from_permissions(permissions: Permissions) -> Self {
        let mut entries: Vec<(String, Vec<String>)> = Vec::new();
        for id in permissions.ids() {
            if let Some(info) = permission(id) {
                let name = info.resource().name;
                match entries.last_mut() {
                    Some((last, actions)) if last == name => actions.push(info.action().to_owned()),
                    _ => entries.push((name.to_owned(), vec![info.action().to_owned()])),
                }
            }
        }
        RoleStatements {
            entries,
            permissions,
        }
    }

    /// Adds `other`'s statements, as Dokploy merges the rows of one role: each resource's
    /// actions as a set, in first-seen order.
    #[cfg(feature = "adapters")]
    pub(crate) fn merge(&mut self, other: RoleStatements) {
        for (resource, actions) in other.entries {
            match self.entries.iter_mut().find(|(r, _)| *r == resource) {
                Some((_, kept)) => {
                    for action in actions {
                        if !kept.contains(&action) {
                            kept.push(action);
                        }
                    }
                }
                None => self.entries.push((resource, actions)),
            }
        }
        self.permissions |= other.permissions;
    }

    /// The permissions the statements grant.
    pub fn permissions(&self) -> Permissions {
        self.permissions
    }

    /// The statements in Dokploy's stored shape: `{ resource: [actions] }`.
    pub fn to_value(&self) -> Value {
        statements_value(&self.entries)
    }
}

/// Statements in Dokploy's stored shape, `{ resource: [action, …] }`, in the order given.
pub(crate) fn statements_value(entries: &[(String, Vec<String>)]) -> Value {
    Value::object_from(&mut entries.iter().map(|(resource, actions)| {
        (
            resource.clone(),
            Value::string_array(actions.iter().map(String::as_str)),
        )
    }))
}

/// The catalog as the JS `catalog()` returns it: one entry per permission, in order.
pub fn catalog_value() -> Value {
    Value::Array(
        PERMISSIONS
            .iter()
            .enumerate()
            .map(|(index, info)| {
                let resource = info.resource();
                let scope = match scope_rule(index) {
                    ScopeRule::Organization => Value::Null,
                    ScopeRule::ProviderAccess | ScopeRule::ProviderCreator => {
                        Value::String(ScopeKind::GitProvider.target_field().to_owned())
                    }
                    ScopeRule::Required(kind) | ScopeRule::LicensedList(kind) => {
                        Value::String(kind.target_field().to_owned())
                    }
                };
                ObjectWriter::new()
                    .string("id", info.id)
                    .string("category", RESOURCE_LABELS[usize::from(info.resource)])
                    .string("label", PERMISSION_LABELS[index])
                    .string("resource", resource.name)
                    .string("action", info.action())
                    .string("tier", resource.tier.as_str())
                    .field(
                        "assignableToCustomRole",
                        Value::Bool(resource.assignable_to_custom_role),
                    )
                    .field("scope", scope)
                    .field(
                        "scopeRequired",
                        Value::Bool(matches!(scope_rule(index), ScopeRule::Required(_))),
                    )
                    .build()
            })
            .collect(),
    )
}
