//! The shape of one row of Dokploy's procedure table: a procedure and the checks its router
//! runs, in Dokploy's order. `table.rs` holds the rows, generated from the reference in a
//! compact form (the paths as one text, each distinct check and list of checks once).

use super::table;

/// The procedure builder a router uses: what runs before the handler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcedureKind {
    /// Callable without a session.
    Public,
    /// A session; the handler's checks follow.
    Protected,
    /// A session and one `checkPermission` before the handler.
    WithPermission,
    /// A session whose role is owner or admin.
    Admin,
    /// Owner or admin, and an Enterprise licence.
    Enterprise,
}

impl ProcedureKind {
    /// Dokploy's own name of the builder.
    pub const fn as_str(self) -> &'static str {
        match self {
            ProcedureKind::Public => "publicProcedure",
            ProcedureKind::Protected => "protectedProcedure",
            ProcedureKind::WithPermission => "withPermission",
            ProcedureKind::Admin => "adminProcedure",
            ProcedureKind::Enterprise => "enterpriseProcedure",
        }
    }
}

/// tRPC's operation type: which HTTP method reaches the procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallType {
    /// A query: `GET`, its input in the URL.
    Query,
    /// A mutation: `POST` with a JSON body.
    Mutation,
    /// A subscription (a websocket); no gate passes it as a request.
    Subscription,
}

impl CallType {
    /// tRPC's name of the type.
    pub const fn as_str(self) -> &'static str {
        match self {
            CallType::Query => "query",
            CallType::Mutation => "mutation",
            CallType::Subscription => "subscription",
        }
    }
}

/// The helper (or inline code) a check is, by Dokploy's name of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Helper {
    /// The `withPermission(resource, action)` procedure builder.
    WithPermission,
    /// The `adminProcedure` builder: owner or admin.
    AdminProcedure,
    /// The `enterpriseProcedure` builder: owner or admin with a licence.
    EnterpriseProcedure,
    /// `checkPermission(ctx, permissions)`: the role holds every permission.
    CheckPermission,
    /// `hasPermission` over several permissions: the role holds one of them.
    HasPermissionAny,
    /// `checkServicePermissionAndAccess`: the permission, and the service in the access list.
    CheckServicePermissionAndAccess,
    /// `checkServiceAccess`: the service in the member's `accessedServices`.
    CheckServiceAccess,
    /// `checkProjectAccess`: the project in the member's `accessedProjects`.
    CheckProjectAccess,
    /// `checkEnvironmentAccess`: the environment in the member's `accessedEnvironments`.
    CheckEnvironmentAccess,
    /// `checkEnvironmentCreationPermission`: may create environments in the project.
    CheckEnvironmentCreationPermission,
    /// `checkEnvironmentDeletionPermission`: may delete the environment.
    CheckEnvironmentDeletionPermission,
    /// `getAccessibleServerIds`: the server among those the member reaches.
    GetAccessibleServerIds,
    /// `assertGitProviderAccess`: the git provider is the member's, shared, or listed.
    AssertGitProviderAccess,
    /// `assertHostScheduleAccess`: host schedules are the owner's and admins'.
    AssertHostScheduleAccess,
    /// `assertApplicationDomainAccess`: the domain's application is reachable.
    AssertApplicationDomainAccess,
    /// An Enterprise licence check in the handler.
    LicenseCheck,
    /// A role test written in the handler (`ctx.user.role === "owner"`).
    InlineRole,
    /// A test in the handler that the caller owns the organization.
    InlineOwner,
    /// A test in the handler that the object is the caller's own.
    InlineOwnership,
    /// An access-list test written in the handler.
    InlineAccessList,
    /// Rules written in the handler over the member's role (member management).
    InlineRules,
    /// One of several tests written in the handler.
    InlineAnyOf,
    /// Any other test written in the handler.
    InlineCheck,
    /// A shared secret or token compared in the handler, not a session.
    SharedSecret,
}

impl Helper {
    /// Every helper, in declaration order.
    pub const ALL: [Helper; 24] = [
        Helper::WithPermission,
        Helper::AdminProcedure,
        Helper::EnterpriseProcedure,
        Helper::CheckPermission,
        Helper::HasPermissionAny,
        Helper::CheckServicePermissionAndAccess,
        Helper::CheckServiceAccess,
        Helper::CheckProjectAccess,
        Helper::CheckEnvironmentAccess,
        Helper::CheckEnvironmentCreationPermission,
        Helper::CheckEnvironmentDeletionPermission,
        Helper::GetAccessibleServerIds,
        Helper::AssertGitProviderAccess,
        Helper::AssertHostScheduleAccess,
        Helper::AssertApplicationDomainAccess,
        Helper::LicenseCheck,
        Helper::InlineRole,
        Helper::InlineOwner,
        Helper::InlineOwnership,
        Helper::InlineAccessList,
        Helper::InlineRules,
        Helper::InlineAnyOf,
        Helper::InlineCheck,
        Helper::SharedSecret,
    ];

    /// Dokploy's name of the helper (`checkPermission`), or of the inline test.
    pub const fn as_str(self) -> &'static str {
        match self {
            Helper::WithPermission => "withPermission",
            Helper::AdminProcedure => "adminProcedure",
            Helper::EnterpriseProcedure => "enterpriseProcedure",
            Helper::CheckPermission => "checkPermission",
            Helper::HasPermissionAny => "hasPermissionAny",
            Helper::CheckServicePermissionAndAccess => "checkServicePermissionAndAccess",
            Helper::CheckServiceAccess => "checkServiceAccess",
            Helper::CheckProjectAccess => "checkProjectAccess",
            Helper::CheckEnvironmentAccess => "checkEnvironmentAccess",
            Helper::CheckEnvironmentCreationPermission => "checkEnvironmentCreationPermission",
            Helper::CheckEnvironmentDeletionPermission => "checkEnvironmentDeletionPermission",
            Helper::GetAccessibleServerIds => "getAccessibleServerIds",
            Helper::AssertGitProviderAccess => "assertGitProviderAccess",
            Helper::AssertHostScheduleAccess => "assertHostScheduleAccess",
            Helper::AssertApplicationDomainAccess => "assertApplicationDomainAccess",
            Helper::LicenseCheck => "licenseCheck",
            Helper::InlineRole => "inlineRole",
            Helper::InlineOwner => "inlineOwner",
            Helper::InlineOwnership => "inlineOwnership",
            Helper::InlineAccessList => "inlineAccessList",
            Helper::InlineRules => "inlineRules",
            Helper::InlineAnyOf => "inlineAnyOf",
            Helper::InlineCheck => "inlineCheck",
            Helper::SharedSecret => "sharedSecret",
        }
    }
}

/// What a check's scope id is about, by the name Dokploy's table gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeField {
    /// A service (application, compose or database).
    ServiceId,
    /// A project.
    ProjectId,
    /// An environment.
    EnvironmentId,
    /// A remote server.
    ServerId,
    /// A git provider.
    GitProviderId,
    /// A schedule's type (`server`, `dokploy-server`, …).
    ScheduleType,
    /// An organization.
    OrganizationId,
    /// A user.
    UserId,
    /// A member row.
    MemberId,
    /// An API key.
    ApiKeyId,
}

impl ScopeField {
    /// Every field, in declaration order.
    pub const ALL: [ScopeField; 10] = [
        ScopeField::ServiceId,
        ScopeField::ProjectId,
        ScopeField::EnvironmentId,
        ScopeField::ServerId,
        ScopeField::GitProviderId,
        ScopeField::ScheduleType,
        ScopeField::OrganizationId,
        ScopeField::UserId,
        ScopeField::MemberId,
        ScopeField::ApiKeyId,
    ];

    /// The field's name (`serviceId`).
    pub const fn as_str(self) -> &'static str {
        match self {
            ScopeField::ServiceId => "serviceId",
            ScopeField::ProjectId => "projectId",
            ScopeField::EnvironmentId => "environmentId",
            ScopeField::ServerId => "serverId",
            ScopeField::GitProviderId => "gitProviderId",
            ScopeField::ScheduleType => "scheduleType",
            ScopeField::OrganizationId => "organizationId",
            ScopeField::UserId => "userId",
            ScopeField::MemberId => "memberId",
            ScopeField::ApiKeyId => "apiKeyId",
        }
    }
}

/// A fact Dokploy reads from its database that the input does not carry: the caller gives it
/// in the call's `context` under [`name`](Lookup::name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// Context `environment.projectId`.
    EnvironmentProject,
    /// Context `backup.serviceId`.
    BackupService,
    /// Context `backup.postgresId`.
    BackupPostgres,
    /// Context `backup.mysqlId`.
    BackupMysql,
    /// Context `backup.mariadbId`.
    BackupMariadb,
    /// Context `backup.mongoId`.
    BackupMongo,
    /// Context `backup.libsqlId`.
    BackupLibsql,
    /// Context `backup.composeId`.
    BackupCompose,
    /// Context `volumeBackup.serviceId`.
    VolumeBackupService,
    /// Context `mount.serviceId`.
    MountService,
    /// Context `deployment.serviceId`.
    DeploymentService,
    /// Context `domain.serviceId`.
    DomainService,
    /// Context `domain.applicationId`.
    DomainApplication,
    /// Context `patch.serviceId`.
    PatchService,
    /// Context `port.applicationId`.
    PortApplication,
    /// Context `previewDeployment.applicationId`.
    PreviewDeploymentApplication,
    /// Context `redirect.applicationId`.
    RedirectApplication,
    /// Context `security.applicationId`.
    SecurityApplication,
    /// Context `rollback.applicationId`.
    RollbackApplication,
    /// Context `schedule.serviceId`.
    ScheduleService,
    /// Context `schedule.scheduleType`.
    ScheduleType,
    /// Context `schedule.serverId`.
    ScheduleServer,
    /// Context `github.gitProviderId`.
    GithubProvider,
    /// Context `gitlab.gitProviderId`.
    GitlabProvider,
    /// Context `bitbucket.gitProviderId`.
    BitbucketProvider,
    /// Context `gitea.gitProviderId`.
    GiteaProvider,
    /// Context `apiKey.referenceId`.
    ApiKeyReference,
    /// Context `member.userId`.
    MemberUser,
    /// Context `session.userId`.
    SessionUser,
}

impl Lookup {
    /// Every lookup, in declaration order.
    pub const ALL: [Lookup; 29] = [
        Lookup::EnvironmentProject,
        Lookup::BackupService,
        Lookup::BackupPostgres,
        Lookup::BackupMysql,
        Lookup::BackupMariadb,
        Lookup::BackupMongo,
        Lookup::BackupLibsql,
        Lookup::BackupCompose,
        Lookup::VolumeBackupService,
        Lookup::MountService,
        Lookup::DeploymentService,
        Lookup::DomainService,
        Lookup::DomainApplication,
        Lookup::PatchService,
        Lookup::PortApplication,
        Lookup::PreviewDeploymentApplication,
        Lookup::RedirectApplication,
        Lookup::SecurityApplication,
        Lookup::RollbackApplication,
        Lookup::ScheduleService,
        Lookup::ScheduleType,
        Lookup::ScheduleServer,
        Lookup::GithubProvider,
        Lookup::GitlabProvider,
        Lookup::BitbucketProvider,
        Lookup::GiteaProvider,
        Lookup::ApiKeyReference,
        Lookup::MemberUser,
        Lookup::SessionUser,
    ];

    /// The context name: the Dokploy row the input's id names, and the column read from it
    /// (`serviceId` where Dokploy takes the first service column set).
    pub const fn name(self) -> &'static str {
        match self {
            Lookup::EnvironmentProject => "environment.projectId",
            Lookup::BackupService => "backup.serviceId",
            Lookup::BackupPostgres => "backup.postgresId",
            Lookup::BackupMysql => "backup.mysqlId",
            Lookup::BackupMariadb => "backup.mariadbId",
            Lookup::BackupMongo => "backup.mongoId",
            Lookup::BackupLibsql => "backup.libsqlId",
            Lookup::BackupCompose => "backup.composeId",
            Lookup::VolumeBackupService => "volumeBackup.serviceId",
            Lookup::MountService => "mount.serviceId",
            Lookup::DeploymentService => "deployment.serviceId",
            Lookup::DomainService => "domain.serviceId",
            Lookup::DomainApplication => "domain.applicationId",
            Lookup::PatchService => "patch.serviceId",
            Lookup::PortApplication => "port.applicationId",
            Lookup::PreviewDeploymentApplication => "previewDeployment.applicationId",
            Lookup::RedirectApplication => "redirect.applicationId",
            Lookup::SecurityApplication => "security.applicationId",
            Lookup::RollbackApplication => "rollback.applicationId",
            Lookup::ScheduleService => "schedule.serviceId",
            Lookup::ScheduleType => "schedule.scheduleType",
            Lookup::ScheduleServer => "schedule.serverId",
            Lookup::GithubProvider => "github.gitProviderId",
            Lookup::GitlabProvider => "gitlab.gitProviderId",
            Lookup::BitbucketProvider => "bitbucket.gitProviderId",
            Lookup::GiteaProvider => "gitea.gitProviderId",
            Lookup::ApiKeyReference => "apiKey.referenceId",
            Lookup::MemberUser => "member.userId",
            Lookup::SessionUser => "session.userId",
        }
    }

    /// What the value is, for messages: "the project of environment `e1`".
    pub const fn meaning(self) -> &'static str {
        match self {
            Lookup::EnvironmentProject => "the project of environment",
            Lookup::BackupService
            | Lookup::VolumeBackupService
            | Lookup::MountService
            | Lookup::DeploymentService
            | Lookup::DomainService
            | Lookup::PatchService
            | Lookup::ScheduleService => "the service of",
            Lookup::BackupPostgres
            | Lookup::BackupMysql
            | Lookup::BackupMariadb
            | Lookup::BackupMongo
            | Lookup::BackupLibsql
            | Lookup::BackupCompose => "the database or compose of backup",
            Lookup::DomainApplication
            | Lookup::PortApplication
            | Lookup::PreviewDeploymentApplication
            | Lookup::RedirectApplication
            | Lookup::SecurityApplication
            | Lookup::RollbackApplication => "the application of",
            Lookup::ScheduleType => "the stored type of schedule",
            Lookup::ScheduleServer => "the server of schedule",
            Lookup::GithubProvider
            | Lookup::GitlabProvider
            | Lookup::BitbucketProvider
            | Lookup::GiteaProvider => "the git provider of",
            Lookup::ApiKeyReference => "the user who owns API key",
            Lookup::MemberUser => "the user of member row",
            Lookup::SessionUser => "the user of session",
        }
    }
}

/// Where a check's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The first of these input fields that is set.
    Input(&'static [&'static str]),
    /// A stored fact about the row the input field names.
    Lookup(Lookup, &'static str),
    /// The input field when set, else the stored fact (`input.serverId ?? schedule.serverId`).
    InputOrLookup(&'static str, Lookup, &'static str),
}

/// One part of a check's condition; a check runs only when all of them hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// The value is set (not absent, `null`, `""` or `false`).
    Present(Source),
    /// The value is not set.
    Absent(Source),
    /// The input field is one of these strings.
    Equals(&'static str, &'static [&'static str]),
    /// The input field is none of these strings.
    NotEquals(&'static str, &'static [&'static str]),
    /// The input field names someone other than the caller.
    NotCaller(&'static str),
    /// The stored fact names someone other than the caller.
    NotCallerLookup(Lookup, &'static str),
    /// The input field differs from the stored value.
    Differs(&'static str, Lookup, &'static str),
    /// Only on a self-hosted Dokploy (context `cloud` is `false`).
    SelfHosted,
}

/// The roles a role test admits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Roles {
    /// Every role.
    Any,
    /// The owner and admins.
    OwnerOrAdmin,
    /// The owner alone.
    Owner,
}

/// The tRPC error code Dokploy answers when the check refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrpcCode {
    /// `UNAUTHORIZED`.
    Unauthorized,
    /// `FORBIDDEN`.
    Forbidden,
    /// `BAD_REQUEST`.
    BadRequest,
    /// `NOT_FOUND`.
    NotFound,
}

impl TrpcCode {
    /// The code as tRPC writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            TrpcCode::Unauthorized => "UNAUTHORIZED",
            TrpcCode::Forbidden => "FORBIDDEN",
            TrpcCode::BadRequest => "BAD_REQUEST",
            TrpcCode::NotFound => "NOT_FOUND",
        }
    }
}

/// One check of a procedure, in Dokploy's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check {
    /// The helper or inline test it is.
    pub helper: Helper,
    /// Catalog indices of the permissions it requests.
    pub permissions: &'static [u8],
    /// The ids it tests, and where each comes from.
    pub scope: &'static [(ScopeField, Source)],
    /// When it runs (every part must hold); empty: always.
    pub condition: &'static [Condition],
    /// The roles a role test admits, or that skip an access list (`roles_bypass`).
    pub roles: Roles,
    /// A licence is required too (`enterpriseProcedure`).
    pub license: bool,
    /// `false` where the check filters what is returned and never refuses.
    pub blocking: bool,
    /// What Dokploy answers when it refuses.
    pub code: TrpcCode,
}

impl Check {
    /// The fields every check starts from.
    pub const NEW: Check = Check {
        helper: Helper::InlineCheck,
        permissions: &[],
        scope: &[],
        condition: &[],
        roles: Roles::Any,
        license: false,
        blocking: true,
        code: TrpcCode::Unauthorized,
    };

    /// The source of the scope id `field`, when the check has one.
    pub fn source(&self, field: ScopeField) -> Option<Source> {
        self.scope
            .iter()
            .find(|(f, _)| *f == field)
            .map(|&(_, source)| source)
    }
}

/// One tRPC procedure of Dokploy: a position in the generated table, read through its methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Procedure {
    pub(super) index: u16,
}

impl Procedure {
    /// `router.procedure`, as tRPC addresses it.
    pub fn path(self) -> &'static str {
        let i = usize::from(self.index);
        let start = match i {
            0 => 0,
            _ => usize::from(table::PATH_ENDS[i - 1]) + 1,
        };
        table::PATHS
            .get(start..usize::from(table::PATH_ENDS[i]))
            .unwrap_or_default()
    }

    /// The procedure builder its router uses.
    pub fn kind(self) -> ProcedureKind {
        match table::SHAPES[usize::from(self.index)] & 7 {
            0 => ProcedureKind::Public,
            1 => ProcedureKind::Protected,
            2 => ProcedureKind::WithPermission,
            3 => ProcedureKind::Admin,
            _ => ProcedureKind::Enterprise,
        }
    }

    /// Query, mutation or subscription.
    pub fn call_type(self) -> CallType {
        match (table::SHAPES[usize::from(self.index)] >> 3) & 3 {
            0 => CallType::Query,
            1 => CallType::Mutation,
            _ => CallType::Subscription,
        }
    }

    /// Whether Dokploy checks that the objects the call names belong to the caller's
    /// organization (tenancy, which the state does not hold and no decision here reads).
    pub fn tenancy_checked(self) -> bool {
        table::SHAPES[usize::from(self.index)] & 32 != 0
    }

    /// The checks, in the order Dokploy runs them.
    pub fn checks(self) -> impl ExactSizeIterator<Item = &'static Check> + Clone {
        let (start, len) = table::LISTS[usize::from(table::LIST_OF[usize::from(self.index)])];
        let start = usize::from(start);
        table::LIST_ITEMS[start..start + usize::from(len)]
            .iter()
            .map(|&i| &table::CHECKS[usize::from(i)])
    }
}
