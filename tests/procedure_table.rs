//! Dokploy's procedure table is data of the crate (`src/dokploy/procedures/table.rs`), generated
//! from the reference (`tests/reference/dokploy-procedures.json`, Dokploy at the commit it names).
//! This test reads every row of the reference into the crate's types — each condition and
//! scope text of the reference is read by an exact match below, so a new text fails here
//! until someone reads it — and then
//! - compares the crate's table with it row by row (path, kind, type, each check's helper,
//!   permissions, scope, condition, roles, licence, blocking and refusal code), and the
//!   permissions each row uses with the reference's `permissionsUsed`;
//! - fails when the committed `table.rs` is not what the reference gives. After a new
//!   reference: `UPDATE_GENERATED=1 cargo test --test procedure_table`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

use std::collections::BTreeSet;
use std::path::Path;

use portcullis::dokploy::procedures::{
    procedures, CallType, Check, Condition, Helper, Lookup, Procedure, ProcedureKind, Roles,
    ScopeField, Source, TrpcCode,
};
use portcullis::dokploy::Permissions;
use portcullis::CatalogSet;
use serde_json::Value as Json;

const REFERENCE: &str = include_str!("reference/dokploy-procedures.json");
const TABLE: &str = "src/dokploy/procedures/table.rs";

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

fn text(value: &Json) -> &str {
    value.as_str().expect("a string in the reference")
}

fn kind(name: &str) -> ProcedureKind {
    match name {
        "publicProcedure" => ProcedureKind::Public,
        "protectedProcedure" => ProcedureKind::Protected,
        "withPermission" => ProcedureKind::WithPermission,
        "adminProcedure" => ProcedureKind::Admin,
        "enterpriseProcedure" => ProcedureKind::Enterprise,
        other => panic!("unknown procedure kind {other}"),
    }
}

fn call_type(name: &str) -> CallType {
    match name {
        "query" => CallType::Query,
        "mutation" => CallType::Mutation,
        "subscription" => CallType::Subscription,
        other => panic!("unknown procedure type {other}"),
    }
}

fn helper(name: &str) -> Helper {
    Helper::ALL
        .into_iter()
        .find(|h| h.as_str() == name)
        .unwrap_or_else(|| panic!("unknown helper {name}"))
}

fn scope_field(name: &str) -> ScopeField {
    ScopeField::ALL
        .into_iter()
        .find(|f| f.as_str() == name)
        .unwrap_or_else(|| panic!("unknown scope field {name}"))
}

const SERVICE_COLUMNS_8: &[&str] = &[
    "applicationId",
    "postgresId",
    "mysqlId",
    "mariadbId",
    "mongoId",
    "redisId",
    "libsqlId",
    "composeId",
];
const BACKUP_COLUMNS: &[&str] = &[
    "postgresId",
    "mysqlId",
    "mariadbId",
    "mongoId",
    "libsqlId",
    "composeId",
];

/// Reads one scope text of the reference.
fn source(text: &str) -> Source {
    use Lookup::*;
    let lookup = |lookup, key| Source::Lookup(lookup, key);
    match text {
        "input.(first non-empty of applicationId|postgresId|mysqlId|mariadbId|mongoId|redisId|libsqlId|composeId)" => {
            Source::Input(SERVICE_COLUMNS_8)
        }
        "input.(first non-empty of postgresId|mysqlId|mariadbId|mongoId|libsqlId|composeId)" => {
            Source::Input(BACKUP_COLUMNS)
        }
        "input.applicationId ?? input.composeId" | "input.applicationId || input.composeId" => {
            Source::Input(&["applicationId", "composeId"])
        }
        "input.applicationId (multipart form field)" => Source::Input(&["applicationId"]),
        "input.serverId ?? schedule.serverId" => {
            Source::InputOrLookup("serverId", ScheduleServer, "scheduleId")
        }
        "lookup: environment(input.environmentId).projectId" => lookup(EnvironmentProject, "environmentId"),
        "lookup: environment(input.sourceEnvironmentId).project.projectId" => {
            lookup(EnvironmentProject, "sourceEnvironmentId")
        }
        "lookup: bitbucket(input.bitbucketId).gitProviderId" => lookup(BitbucketProvider, "bitbucketId"),
        "lookup: gitea(input.giteaId).gitProviderId" => lookup(GiteaProvider, "giteaId"),
        "lookup: github(input.githubId).gitProviderId" => lookup(GithubProvider, "githubId"),
        "lookup: gitlab(input.gitlabId).gitProviderId" => lookup(GitlabProvider, "gitlabId"),
        "lookup: domain(input.domainId).applicationId || .composeId, else previewDeployment(domain.previewDeploymentId).applicationId" => {
            lookup(DomainService, "domainId")
        }
        "lookup: domain(input.domainId).applicationId" => lookup(DomainApplication, "domainId"),
        "lookup: patch(input.patchId).applicationId ?? .composeId" => lookup(PatchService, "patchId"),
        "lookup: schedule.applicationId || schedule.composeId" => lookup(ScheduleService, "scheduleId"),
        "lookup: schedule(input.id).applicationId || schedule(input.id).composeId" => {
            lookup(ScheduleService, "id")
        }
        "lookup: schedule.scheduleType" => lookup(ScheduleType, "scheduleId"),
        "lookup: schedule.serverId" => lookup(ScheduleServer, "scheduleId"),
        "lookup: volumeBackup(input.volumeBackupId).(first non-empty of applicationId|postgresId|mysqlId|mariadbId|mongoId|redisId|libsqlId|composeId)" => {
            lookup(VolumeBackupService, "volumeBackupId")
        }
        "lookup: backup(input.backupId).(first non-empty of postgresId|mysqlId|mariadbId|mongoId|libsqlId|composeId)" => {
            lookup(BackupService, "backupId")
        }
        "lookup: backup(input.backupId).postgresId" => lookup(BackupPostgres, "backupId"),
        "lookup: backup(input.backupId).mysqlId" => lookup(BackupMysql, "backupId"),
        "lookup: backup(input.backupId).mariadbId" => lookup(BackupMariadb, "backupId"),
        "lookup: backup(input.backupId).mongoId" => lookup(BackupMongo, "backupId"),
        "lookup: backup(input.backupId).libsqlId" => lookup(BackupLibsql, "backupId"),
        "lookup: backup(input.backupId).composeId" => lookup(BackupCompose, "backupId"),
        "lookup: deployment(input.deploymentId).applicationId || .composeId" => {
            lookup(DeploymentService, "deploymentId")
        }
        "lookup: mount(input.mountId).(first non-empty of applicationId|postgresId|mariadbId|mongoId|mysqlId|redisId|libsqlId|composeId)" => {
            lookup(MountService, "mountId")
        }
        "lookup: port(input.portId).applicationId" => lookup(PortApplication, "portId"),
        "lookup: previewDeployment(input.previewDeploymentId).applicationId" => {
            lookup(PreviewDeploymentApplication, "previewDeploymentId")
        }
        "lookup: redirect(input.redirectId).applicationId" => lookup(RedirectApplication, "redirectId"),
        "lookup: security(input.securityId).applicationId" => lookup(SecurityApplication, "securityId"),
        "lookup: rollback(input.rollbackId).deployment.applicationId" => {
            lookup(RollbackApplication, "rollbackId")
        }
        simple => {
            let field = simple
                .strip_prefix("input.")
                .filter(|f| f.chars().all(|c| c.is_ascii_alphanumeric()))
                .unwrap_or_else(|| panic!("unread scope text: {simple}"));
            Source::Input(leak(vec![&*Box::leak(field.to_owned().into_boxed_str())]))
        }
    }
}

fn input(field: &'static str) -> Source {
    Source::Input(leak(vec![field]))
}

/// Reads one condition text of the reference; `own` is the check's service scope and
/// `previous` the service scope of the check before it ("otherwise").
fn condition(text: &str, own: Option<Source>, previous: Option<Source>) -> Vec<Condition> {
    use Condition::*;
    let own = || own.unwrap_or_else(|| panic!("condition on a stored service without one: {text}"));
    match text {
        "only when input.serverId is set" => vec![Present(input("serverId"))],
        "only when input.buildServerId is set" => vec![Present(input("buildServerId"))],
        "only when input.env is provided" => vec![Present(input("env"))],
        "only when input.databaseId is non-empty" => vec![Present(input("databaseId"))],
        "only when input.bitbucketId is set (otherwise returns [] without calling out)" => {
            vec![Present(input("bitbucketId"))]
        }
        "only when input.githubId is set" => vec![Present(input("githubId"))],
        "only when input.gitlabId is set" => vec![Present(input("gitlabId"))],
        "only when input.duplicateInSameProject" => vec![Present(input("duplicateInSameProject"))],
        "only when the stored domain has an applicationId/composeId or a previewDeploymentId"
        | "when the stored schedule has a service id"
        | "only when the stored volume backup has a service id"
        | "only when the deployment belongs to an application or compose"
        | "only when the mount row has a service id"
        | "only when the stored backup has a service id"
        | "only when the rollback's deployment has an applicationId"
        | "only when one of the service ids is present in the input; otherwise (e.g. web-server backups, databaseType 'web-server') NO check runs"
        | "only when the backup row has a service id; web-server backups: no check"
        | "only when backup.postgresId is set"
        | "only when backup.mysqlId is set"
        | "only when backup.mariadbId is set"
        | "only when backup.composeId is set"
        | "only when backup.mongoId is set"
        | "only when backup.libsqlId is set"
        | "only when the domain has an applicationId"
        | "only when one of the service ids is present"
        | "when a service id is given" => vec![Present(own())],
        "when no service id is given" => vec![Absent(Source::Input(&["applicationId", "composeId"]))],
        "otherwise" => vec![Absent(previous.expect("`otherwise` after a scoped check"))],
        "input.type == 'schedule' and the schedule has an application/compose" => {
            vec![Equals("type", &["schedule"]), Present(own())]
        }
        "input.type != 'schedule' (application, compose, server, previewDeployment, backup, volumeBackup): input.id is treated as a service id" => {
            vec![NotEquals("type", &["schedule"])]
        }
        "input.domainType == 'compose' and input.composeId set" => {
            vec![Equals("domainType", &["compose"]), Present(own())]
        }
        "input.domainType == 'application' and input.applicationId set" => {
            vec![Equals("domainType", &["application"]), Present(own())]
        }
        "self-hosted only (skipped when IS_CLOUD)" => vec![SelfHosted],
        "only when input.scheduleType differs from the stored one" => {
            vec![Differs("scheduleType", Lookup::ScheduleType, "scheduleId")]
        }
        "input.scheduleType in ('application','compose')" => {
            vec![Equals("scheduleType", &["application", "compose"])]
        }
        "input.scheduleType in ('server','dokploy-server')" => {
            vec![Equals("scheduleType", &["server", "dokploy-server"])]
        }
        "input.scheduleType == 'dokploy-server'" => vec![Equals("scheduleType", &["dokploy-server"])],
        "only when input.userId != caller" => vec![NotCaller("userId")],
        other => panic!("unread condition text: {other}"),
    }
}

fn roles(value: Option<&Json>) -> Roles {
    let Some(value) = value else {
        return Roles::Any;
    };
    let names: Vec<&str> = value.as_array().expect("roles").iter().map(text).collect();
    match names.as_slice() {
        ["owner", "admin"] => Roles::OwnerOrAdmin,
        ["owner"] => Roles::Owner,
        other => panic!("unread roles {other:?}"),
    }
}

fn code(check: &Json, helper: Helper) -> TrpcCode {
    match check.get("code").map(text) {
        Some("UNAUTHORIZED") => TrpcCode::Unauthorized,
        Some("FORBIDDEN" | "FORBIDDEN/NOT_FOUND") => TrpcCode::Forbidden,
        Some("BAD_REQUEST") => TrpcCode::BadRequest,
        Some(other) => panic!("unread code {other}"),
        // The helpers' own refusals (`helpers` in the reference).
        None => match helper {
            Helper::AssertGitProviderAccess
            | Helper::AssertHostScheduleAccess
            | Helper::LicenseCheck => TrpcCode::Forbidden,
            _ => TrpcCode::Unauthorized,
        },
    }
}

fn permission_indices(check: &Json) -> &'static [u8] {
    let ids = check.get("permissions").and_then(Json::as_array);
    leak(
        ids.into_iter()
            .flatten()
            .map(|id| {
                let id = text(id);
                let index = Permissions::index_of(id)
                    .unwrap_or_else(|| panic!("{id} is not in the catalog"));
                u8::try_from(index).expect("a catalog index fits a byte")
            })
            .collect(),
    )
}

fn read_check(path: &str, check: &Json, previous: Option<Source>) -> Check {
    let helper = helper(text(&check["helper"]));
    let mut scope = Vec::new();
    if let Some(fields) = check.get("scope").and_then(Json::as_object) {
        for (field, value) in fields {
            scope.push((scope_field(field), source(text(value))));
        }
    }
    let own = scope
        .iter()
        .find(|(f, _)| *f == ScopeField::ServiceId)
        .map(|&(_, s)| s);
    let condition = check
        .get("condition")
        .map(|c| condition(text(c), own, previous))
        .unwrap_or_default();
    let filters = check
        .get("accessList")
        .and_then(Json::as_str)
        .is_some_and(|list| list.contains("filter, not a throw"));
    let blocking = check
        .get("blocking")
        .and_then(Json::as_bool)
        .unwrap_or(true)
        && !filters;
    let rule = check.get("rule").and_then(Json::as_str).unwrap_or_default();
    let mut roles = roles(check.get("roles").or_else(|| check.get("roles_bypass")));
    let mut condition = condition;
    match (helper, rule) {
        (Helper::InlineOwnership, r)
            if r.starts_with("owner/admin (by member.role) may delete any") =>
        {
            roles = Roles::OwnerOrAdmin;
        }
        (Helper::InlineRole, r) if r.starts_with("non-owner may only revoke own sessions") => {
            condition.push(Condition::NotCallerLookup(Lookup::SessionUser, "sessionId"));
        }
        _ => {}
    }
    assert!(
        check.get("lookups").is_none()
            || scope.iter().any(|(_, s)| !matches!(s, Source::Input(_)))
            || matches!(
                helper,
                Helper::InlineOwnership | Helper::InlineOwner | Helper::InlineRules
            ),
        "{path}: a check with lookups reads every scope from the input"
    );
    Check {
        helper,
        permissions: permission_indices(check),
        scope: leak(scope),
        condition: leak(condition),
        roles,
        license: check
            .get("license")
            .and_then(Json::as_bool)
            .unwrap_or(false),
        blocking,
        code: code(check, helper),
    }
}

/// One row of the reference, read into the crate's types.
#[derive(Debug, PartialEq)]
struct Row {
    path: &'static str,
    kind: ProcedureKind,
    call_type: CallType,
    tenancy_checked: bool,
    checks: Vec<Check>,
}

impl Row {
    /// The crate's row, read the same way.
    fn of(procedure: Procedure) -> Row {
        Row {
            path: procedure.path(),
            kind: procedure.kind(),
            call_type: procedure.call_type(),
            tenancy_checked: procedure.tenancy_checked(),
            checks: procedure.checks().copied().collect(),
        }
    }
}

/// The reference's rows, read into the crate's types, in path order.
fn reference() -> Vec<(Row, Vec<String>)> {
    let reference: Json = serde_json::from_str(REFERENCE).expect("the reference is JSON");
    let mut rows = Vec::new();
    for row in reference["procedures"].as_array().expect("procedures") {
        let path: &'static str = Box::leak(text(&row["path"]).to_owned().into_boxed_str());
        let mut checks = Vec::new();
        let mut previous = None;
        for check in row["checks"].as_array().expect("checks") {
            let check = read_check(path, check, previous);
            previous = check.source(ScopeField::ServiceId).or(previous);
            checks.push(check);
        }
        let used = row["permissionsUsed"]
            .as_array()
            .expect("permissionsUsed")
            .iter()
            .map(|id| text(id).to_owned())
            .collect();
        rows.push((
            Row {
                path,
                kind: kind(text(&row["kind"])),
                call_type: call_type(text(&row["type"])),
                tenancy_checked: row["tenancyChecked"].as_bool().expect("tenancyChecked"),
                checks,
            },
            used,
        ));
    }
    rows.sort_by_key(|(p, _)| p.path);
    rows
}

fn render_strs(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", quoted.join(", "))
}

fn render_source(source: &Source) -> String {
    match source {
        Source::Input(fields) => format!("Source::Input({})", render_strs(fields)),
        Source::Lookup(lookup, key) => format!("Source::Lookup(Lookup::{lookup:?}, {key:?})"),
        Source::InputOrLookup(field, lookup, key) => {
            format!("Source::InputOrLookup({field:?}, Lookup::{lookup:?}, {key:?})")
        }
    }
}

fn render_condition(condition: &Condition) -> String {
    match condition {
        Condition::Present(s) => format!("Condition::Present({})", render_source(s)),
        Condition::Absent(s) => format!("Condition::Absent({})", render_source(s)),
        Condition::Equals(f, values) => {
            format!("Condition::Equals({f:?}, {})", render_strs(values))
        }
        Condition::NotEquals(f, values) => {
            format!("Condition::NotEquals({f:?}, {})", render_strs(values))
        }
        Condition::NotCaller(f) => format!("Condition::NotCaller({f:?})"),
        Condition::NotCallerLookup(lookup, key) => {
            format!("Condition::NotCallerLookup(Lookup::{lookup:?}, {key:?})")
        }
        Condition::Differs(f, lookup, key) => {
            format!("Condition::Differs({f:?}, Lookup::{lookup:?}, {key:?})")
        }
        Condition::SelfHosted => "Condition::SelfHosted".to_owned(),
    }
}

fn render_check(check: &Check) -> String {
    let mut fields = vec![format!("helper: Helper::{:?}", check.helper)];
    if !check.permissions.is_empty() {
        let names: Vec<&str> = check
            .permissions
            .iter()
            .map(|&i| Permissions::id_at(usize::from(i)))
            .collect();
        fields.push(format!(
            "permissions: &{:?} /* {} */",
            check.permissions,
            names.join(", ")
        ));
    }
    if !check.scope.is_empty() {
        let scope: Vec<String> = check
            .scope
            .iter()
            .map(|(f, s)| format!("(ScopeField::{f:?}, {})", render_source(s)))
            .collect();
        fields.push(format!("scope: &[{}]", scope.join(", ")));
    }
    if !check.condition.is_empty() {
        let parts: Vec<String> = check.condition.iter().map(render_condition).collect();
        fields.push(format!("condition: &[{}]", parts.join(", ")));
    }
    if check.roles != Roles::Any {
        fields.push(format!("roles: Roles::{:?}", check.roles));
    }
    if check.license {
        fields.push("license: true".to_owned());
    }
    if !check.blocking {
        fields.push("blocking: false".to_owned());
    }
    if check.code != TrpcCode::Unauthorized {
        fields.push(format!("code: TrpcCode::{:?}", check.code));
    }
    format!("Check {{ {}, ..Check::NEW }}", fields.join(", "))
}

/// The generated table: the paths as one text, each distinct check and list of checks once,
/// and per procedure its shape (kind, type) and list.
fn render(rows: &[(Row, Vec<String>)]) -> String {
    let reference: Json = serde_json::from_str(REFERENCE).expect("the reference is JSON");
    let commit = text(&reference["source"]["commit"]);
    let mut checks: Vec<String> = Vec::new();
    let mut lists: Vec<Vec<usize>> = Vec::new();
    let (mut paths, mut ends, mut shapes, mut list_of) =
        (String::new(), Vec::new(), Vec::new(), Vec::new());
    for (row, _) in rows {
        if !paths.is_empty() {
            paths.push('\n');
        }
        paths.push_str(row.path);
        ends.push(paths.len().to_string());
        let kind = match row.kind {
            ProcedureKind::Public => 0,
            ProcedureKind::Protected => 1,
            ProcedureKind::WithPermission => 2,
            ProcedureKind::Admin => 3,
            ProcedureKind::Enterprise => 4,
        };
        let call = match row.call_type {
            CallType::Query => 0,
            CallType::Mutation => 1,
            CallType::Subscription => 2,
        };
        let tenancy = if row.tenancy_checked { 32 } else { 0 };
        shapes.push((kind | call << 3 | tenancy).to_string());
        let list: Vec<usize> = row
            .checks
            .iter()
            .map(|check| {
                let rendered = render_check(check);
                checks
                    .iter()
                    .position(|c| *c == rendered)
                    .unwrap_or_else(|| {
                        checks.push(rendered);
                        checks.len() - 1
                    })
            })
            .collect();
        let index = lists.iter().position(|l| *l == list).unwrap_or_else(|| {
            lists.push(list);
            lists.len() - 1
        });
        list_of.push(index.to_string());
    }
    assert!(
        checks.len() <= 256 && lists.len() <= 256,
        "indices fit a byte"
    );
    let mut items = Vec::new();
    let mut spans = Vec::new();
    for list in &lists {
        spans.push(format!("({}, {})", items.len(), list.len()));
        items.extend(list.iter().map(usize::to_string));
    }
    let n = rows.len();
    let mut out = format!(
        "// Generated from tests/reference/dokploy-procedures.json (Dokploy/dokploy {commit}) by\n// tests/procedure_table.rs; do not edit: run `UPDATE_GENERATED=1 cargo test --test procedure_table`.\n\nuse super::check::{{Check, Condition, Helper, Lookup, Roles, ScopeField, Source, TrpcCode}};\n\n"
    );
    out.push_str(&format!("/// Every procedure's path, in order, one per line.\npub(super) static PATHS: &str = {paths:?};\n\n"));
    out.push_str(&format!(
        "/// Where each path ends in `PATHS`.\npub(super) static PATH_ENDS: [u16; {n}] = [{}];\n\n",
        ends.join(", ")
    ));
    out.push_str(&format!("/// Each procedure's builder (bits 0-2), operation type (bits 3-4) and whether Dokploy checks tenancy (bit 5).\npub(super) static SHAPES: [u8; {n}] = [{}];\n\n", shapes.join(", ")));
    out.push_str(&format!("/// Each procedure's list of checks in `LISTS`.\npub(super) static LIST_OF: [u8; {n}] = [{}];\n\n", list_of.join(", ")));
    out.push_str(&format!("/// Each list of checks: where it starts in `LIST_ITEMS`, and its length.\npub(super) static LISTS: [(u16, u8); {}] = [{}];\n\n", lists.len(), spans.join(", ")));
    out.push_str(&format!("/// The lists' checks, as positions in `CHECKS`.\npub(super) static LIST_ITEMS: [u8; {}] = [{}];\n\n", items.len(), items.join(", ")));
    out.push_str(&format!(
        "/// Every distinct check.\npub(super) static CHECKS: [Check; {}] = [\n",
        checks.len()
    ));
    for check in &checks {
        out.push_str(&format!("    {check},\n"));
    }
    out.push_str("];\n");
    out
}

#[test]
fn the_committed_table_is_the_reference() {
    let rows = reference();
    let expected = render(&rows);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(TABLE);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &expected).expect("write the table");
        return;
    }
    let committed = std::fs::read_to_string(&path).expect("the committed table");
    assert!(
        committed == expected,
        "{TABLE} is not what the reference gives: run `UPDATE_GENERATED=1 cargo test --test procedure_table`"
    );
}

#[test]
fn every_row_matches_the_reference() {
    let rows = reference();
    let table = procedures();
    assert_eq!(
        table.len(),
        609,
        "Dokploy has 609 procedures at the reference commit"
    );
    assert_eq!(table.len(), rows.len());
    for ((expected, used), actual) in rows.iter().zip(table.clone()) {
        let actual = Row::of(actual);
        assert_eq!(&actual, expected, "row {}", expected.path);
        assert_eq!(
            portcullis::dokploy::procedures::procedure(expected.path)
                .map(Row::of)
                .as_ref(),
            Some(expected),
            "the procedure `{}` is found by its path",
            expected.path
        );
        let mut permissions: BTreeSet<&str> = BTreeSet::new();
        for check in &actual.checks {
            for &index in check.permissions {
                permissions.insert(Permissions::id_at(usize::from(index)));
            }
        }
        let used: BTreeSet<&str> = used.iter().map(String::as_str).collect();
        assert_eq!(permissions, used, "permissionsUsed of {}", actual.path);
    }
    let paths: BTreeSet<&str> = table.clone().map(|p| p.path()).collect();
    assert_eq!(paths.len(), table.len(), "paths are unique");
    assert!(portcullis::dokploy::procedures::procedure("application.launch").is_none());
    assert!(portcullis::dokploy::procedures::procedure("").is_none());
}

#[test]
fn the_table_counts_match_the_reference_notes() {
    let table = procedures();
    let count = |kind| table.clone().filter(|p| p.kind() == kind).count();
    // dokploy-procedures.md, "Counts".
    assert_eq!(count(ProcedureKind::Protected), 340);
    assert_eq!(count(ProcedureKind::WithPermission), 179);
    assert_eq!(count(ProcedureKind::Admin), 56);
    assert_eq!(count(ProcedureKind::Enterprise), 26);
    assert_eq!(count(ProcedureKind::Public), 8);
    let types = |t| table.clone().filter(|p| p.call_type() == t).count();
    assert_eq!(types(CallType::Mutation), 374);
    assert_eq!(types(CallType::Query), 226);
    assert_eq!(types(CallType::Subscription), 9);
    assert_eq!(
        table.clone().filter(|p| p.tenancy_checked()).count(),
        283,
        "283 procedures check tenancy"
    );
}

/// The corpus's procedure calls cover every procedure kind, helper and condition of the
/// table, and every lookup both given and missing (except the ones only tenancy reads: a
/// schedule's server is checked against the organization, which is outside the state).
#[test]
fn the_corpus_covers_every_kind_helper_condition_and_lookup() {
    let corpus: Json = serde_json::from_str(include_str!("corpus/dokploy/procedures.json"))
        .expect("the corpus is JSON");
    let mut kinds = BTreeSet::new();
    let mut helpers = BTreeSet::new();
    let mut conditions = BTreeSet::new();
    let mut given = BTreeSet::new();
    let mut missing = BTreeSet::new();
    for case in corpus["cases"].as_array().expect("cases") {
        let call = case["call"].as_array().expect("a call");
        if call[0] != "explainCall" {
            continue;
        }
        let procedure = portcullis::dokploy::procedures::procedure(text(&call[2]));
        let Some(procedure) = procedure else {
            continue;
        };
        kinds.insert(format!("{:?}", procedure.kind()));
        for check in procedure.checks() {
            helpers.insert(check.helper.as_str());
            for condition in check.condition {
                let name = format!("{condition:?}");
                conditions.insert(name.split('(').next().unwrap_or_default().to_owned());
            }
        }
        if let Some(context) = call.get(4).and_then(Json::as_object) {
            given.extend(context.keys().cloned());
        }
        if let Some(name) = case["expect"].get("context").and_then(Json::as_str) {
            missing.insert(name.to_owned());
        }
    }
    assert_eq!(kinds.len(), 5, "every procedure kind: {kinds:?}");
    let table_helpers: BTreeSet<&str> = procedures()
        .flat_map(|p| p.checks().map(|c| c.helper.as_str()))
        .collect();
    assert_eq!(helpers, table_helpers, "every helper");
    let table_conditions: BTreeSet<String> = procedures()
        .flat_map(|p| p.checks().flat_map(|c| c.condition.iter()))
        .map(|c| {
            format!("{c:?}")
                .split('(')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert_eq!(conditions, table_conditions, "every kind of condition");
    for lookup in Lookup::ALL {
        assert!(
            given.contains(lookup.name()),
            "`{}` is given in some case",
            lookup.name()
        );
        if lookup != Lookup::ScheduleServer {
            assert!(
                missing.contains(lookup.name()),
                "`{}` is missing in some case",
                lookup.name()
            );
        }
    }
    for name in portcullis::dokploy::procedures::CONTEXT_NAMES {
        assert!(
            given.contains(name) && missing.contains(name),
            "`{name}` given and missing"
        );
    }
}

/// Every context name is documented in docs/requests.md and typed in the declarations.
#[test]
fn every_context_name_is_documented_and_typed() {
    let readme = include_str!("../docs/requests.md");
    let types = include_str!("../js/dokploy-types.d.ts");
    let names = Lookup::ALL
        .iter()
        .map(|l| l.name())
        .chain(portcullis::dokploy::procedures::CONTEXT_NAMES);
    for name in names {
        assert!(
            readme.contains(&format!("`{name}`")),
            "docs/requests.md documents `{name}`"
        );
        assert!(
            types.contains(&format!("\"{name}\"?:")) || types.contains(&format!("  {name}?:")),
            "dokploy-types.d.ts types `{name}`"
        );
    }
}
