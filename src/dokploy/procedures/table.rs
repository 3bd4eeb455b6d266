// Generated from tests/reference/dokploy-procedures.json (Dokploy/dokploy 772b76821771c53b072c2fbb95cf8876e1a65ae4) by
// tests/procedure_table.rs; do not edit: run `UPDATE_GENERATED=1 cargo test --test procedure_table`.

use super::check::{CallType, Check, Condition, Helper, Lookup, Procedure, ProcedureKind, Roles, ScopeField, Source, TrpcCode};

/// Every tRPC procedure of Dokploy, in path order.
pub(super) static PROCEDURES: [Procedure; 609] = [
    Procedure { path: "admin.setupMonitoring", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "ai.analyzeLogs", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "ai.create", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "ai.delete", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "ai.deploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C2 },
    Procedure { path: "ai.get", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "ai.getAll", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "ai.getCustomProviders", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "ai.getEnabledProviders", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "ai.getModels", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "ai.one", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "ai.saveCustomProviders", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "ai.suggest", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "ai.testConnection", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "ai.update", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "application.cancelDeployment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C3 },
    Procedure { path: "application.cleanQueues", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C3 },
    Procedure { path: "application.clearDeployments", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C4 },
    Procedure { path: "application.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C5 },
    Procedure { path: "application.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C6 },
    Procedure { path: "application.deploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C4 },
    Procedure { path: "application.disconnectGitProvider", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.dropDeployment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C4 },
    Procedure { path: "application.killBuild", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C3 },
    Procedure { path: "application.markRunning", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C4 },
    Procedure { path: "application.move", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C8 },
    Procedure { path: "application.readAppMonitoring", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C9 },
    Procedure { path: "application.readLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C8 },
    Procedure { path: "application.readTraefikConfig", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C10 },
    Procedure { path: "application.redeploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C4 },
    Procedure { path: "application.refreshToken", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.reload", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C4 },
    Procedure { path: "application.saveBitbucketProvider", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.saveBuildType", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.saveDockerProvider", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.saveEnvironment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C11 },
    Procedure { path: "application.saveGitProvider", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.saveGiteaProvider", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.saveGithubProvider", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.saveGitlabProvider", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "application.search", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "application.start", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C4 },
    Procedure { path: "application.stop", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C4 },
    Procedure { path: "application.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C12 },
    Procedure { path: "application.updateTraefikConfig", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C13 },
    Procedure { path: "auditLog.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C14 },
    Procedure { path: "backup.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C15 },
    Procedure { path: "backup.listBackupFiles", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C16 },
    Procedure { path: "backup.manualBackupCompose", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C17 },
    Procedure { path: "backup.manualBackupLibsql", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C18 },
    Procedure { path: "backup.manualBackupMariadb", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C19 },
    Procedure { path: "backup.manualBackupMongo", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C20 },
    Procedure { path: "backup.manualBackupMySql", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C21 },
    Procedure { path: "backup.manualBackupPostgres", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C22 },
    Procedure { path: "backup.manualBackupWebServer", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C23 },
    Procedure { path: "backup.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C24 },
    Procedure { path: "backup.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C25 },
    Procedure { path: "backup.restoreBackupWithLogs", kind: ProcedureKind::Protected, call_type: CallType::Subscription, checks: C26 },
    Procedure { path: "backup.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C27 },
    Procedure { path: "bitbucket.bitbucketProviders", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "bitbucket.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C28 },
    Procedure { path: "bitbucket.getBitbucketBranches", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C29 },
    Procedure { path: "bitbucket.getBitbucketRepositories", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C30 },
    Procedure { path: "bitbucket.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C30 },
    Procedure { path: "bitbucket.testConnection", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C30 },
    Procedure { path: "bitbucket.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C28 },
    Procedure { path: "certificates.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C31 },
    Procedure { path: "certificates.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C32 },
    Procedure { path: "certificates.one", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C31 },
    Procedure { path: "certificates.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C33 },
    Procedure { path: "certificates.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C34 },
    Procedure { path: "cluster.addManager", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C35 },
    Procedure { path: "cluster.addWorker", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C35 },
    Procedure { path: "cluster.getNodes", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "cluster.removeWorker", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C37 },
    Procedure { path: "compose.cancelDeployment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C38 },
    Procedure { path: "compose.cleanQueues", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C39 },
    Procedure { path: "compose.clearDeployments", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C39 },
    Procedure { path: "compose.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C5 },
    Procedure { path: "compose.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C40 },
    Procedure { path: "compose.deploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C39 },
    Procedure { path: "compose.deployTemplate", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C5 },
    Procedure { path: "compose.disconnectGitProvider", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C41 },
    Procedure { path: "compose.fetchSourceType", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C41 },
    Procedure { path: "compose.getConvertedCompose", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C41 },
    Procedure { path: "compose.getDefaultCommand", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C41 },
    Procedure { path: "compose.getTags", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "compose.import", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C41 },
    Procedure { path: "compose.isolatedDeployment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C41 },
    Procedure { path: "compose.killBuild", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C38 },
    Procedure { path: "compose.loadMountsByService", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C41 },
    Procedure { path: "compose.loadServices", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C42 },
    Procedure { path: "compose.move", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C41 },
    Procedure { path: "compose.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C43 },
    Procedure { path: "compose.previewTemplate", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C44 },
    Procedure { path: "compose.processTemplate", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C41 },
    Procedure { path: "compose.randomizeCompose", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C41 },
    Procedure { path: "compose.readLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C43 },
    Procedure { path: "compose.redeploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C39 },
    Procedure { path: "compose.refreshToken", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C41 },
    Procedure { path: "compose.saveEnvironment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C45 },
    Procedure { path: "compose.search", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "compose.start", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C39 },
    Procedure { path: "compose.stop", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C39 },
    Procedure { path: "compose.templates", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "compose.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C41 },
    Procedure { path: "customRole.all", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "customRole.create", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "customRole.getStatements", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "customRole.membersByRole", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "customRole.remove", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "customRole.update", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "deployment.all", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C47 },
    Procedure { path: "deployment.allByCompose", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C48 },
    Procedure { path: "deployment.allByServer", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C49 },
    Procedure { path: "deployment.allByType", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C50 },
    Procedure { path: "deployment.allCentralized", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C49 },
    Procedure { path: "deployment.killProcess", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C51 },
    Procedure { path: "deployment.queueList", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C49 },
    Procedure { path: "deployment.readLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C52 },
    Procedure { path: "deployment.removeDeployment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C51 },
    Procedure { path: "destination.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C53 },
    Procedure { path: "destination.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C54 },
    Procedure { path: "destination.one", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C53 },
    Procedure { path: "destination.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C55 },
    Procedure { path: "destination.testConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C54 },
    Procedure { path: "destination.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C54 },
    Procedure { path: "dnsProvider.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C56 },
    Procedure { path: "dnsProvider.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C57 },
    Procedure { path: "dnsProvider.createRecord", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C58 },
    Procedure { path: "dnsProvider.deleteRecord", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C59 },
    Procedure { path: "dnsProvider.listRecords", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C56 },
    Procedure { path: "dnsProvider.listZones", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C56 },
    Procedure { path: "dnsProvider.one", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C56 },
    Procedure { path: "dnsProvider.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C59 },
    Procedure { path: "dnsProvider.testConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C57 },
    Procedure { path: "dnsProvider.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C58 },
    Procedure { path: "dnsProvider.updateRecord", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C58 },
    Procedure { path: "docker.deleteContainerFile", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "docker.getConfig", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "docker.getContainers", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "docker.getContainersByAppLabel", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "docker.getContainersByAppNameMatch", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C60 },
    Procedure { path: "docker.getEvents", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "docker.getServerHealth", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C61 },
    Procedure { path: "docker.getServiceContainersByAppName", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "docker.getStackContainersByAppName", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "docker.killContainer", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "docker.listContainerFiles", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "docker.readContainerFile", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "docker.removeContainer", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "docker.restartContainer", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "docker.startContainer", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "docker.stopContainer", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "docker.uploadFileToContainer", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "docker.writeContainerFile", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "dockerDiskUsage.getBuildCache", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "dockerDiskUsage.getDiskUsage", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "dockerDiskUsage.pruneBuildCache", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "dockerImage.getImageConfig", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "dockerImage.getImages", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "dockerImage.removeImage", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "dockerVolume.deleteVolumeFile", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "dockerVolume.getVolumeConfig", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "dockerVolume.getVolumes", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "dockerVolume.getVolumesSize", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "dockerVolume.listVolumeFiles", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "dockerVolume.readVolumeFile", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "dockerVolume.removeVolume", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "dockerVolume.writeVolumeFile", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C36 },
    Procedure { path: "domain.byApplicationId", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C62 },
    Procedure { path: "domain.byComposeId", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C63 },
    Procedure { path: "domain.canGenerateTraefikMeDomains", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C64 },
    Procedure { path: "domain.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C65 },
    Procedure { path: "domain.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C66 },
    Procedure { path: "domain.generateDomain", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C67 },
    Procedure { path: "domain.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C68 },
    Procedure { path: "domain.toggleEnable", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C69 },
    Procedure { path: "domain.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C69 },
    Procedure { path: "domain.validateDomain", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C64 },
    Procedure { path: "environment.byProjectId", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C70 },
    Procedure { path: "environment.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C71 },
    Procedure { path: "environment.duplicate", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C72 },
    Procedure { path: "environment.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C73 },
    Procedure { path: "environment.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C74 },
    Procedure { path: "environment.search", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "environment.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C75 },
    Procedure { path: "forwardAuth.deployOnServer", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "forwardAuth.disable", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C76 },
    Procedure { path: "forwardAuth.enable", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C76 },
    Procedure { path: "forwardAuth.getAuthDomain", kind: ProcedureKind::Enterprise, call_type: CallType::Query, checks: C46 },
    Procedure { path: "forwardAuth.listProviders", kind: ProcedureKind::Enterprise, call_type: CallType::Query, checks: C46 },
    Procedure { path: "forwardAuth.removeAuthDomain", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "forwardAuth.removeOnServer", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "forwardAuth.serverStatus", kind: ProcedureKind::Enterprise, call_type: CallType::Query, checks: C46 },
    Procedure { path: "forwardAuth.setAuthDomain", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "forwardAuth.status", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C77 },
    Procedure { path: "gitProvider.allForPermissions", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C78 },
    Procedure { path: "gitProvider.getAll", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "gitProvider.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C79 },
    Procedure { path: "gitProvider.toggleShare", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C80 },
    Procedure { path: "gitea.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C28 },
    Procedure { path: "gitea.getGiteaBranches", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C81 },
    Procedure { path: "gitea.getGiteaRepositories", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C81 },
    Procedure { path: "gitea.getGiteaUrl", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "gitea.giteaProviders", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "gitea.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C81 },
    Procedure { path: "gitea.testConnection", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C81 },
    Procedure { path: "gitea.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C28 },
    Procedure { path: "github.getGithubBranches", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C82 },
    Procedure { path: "github.getGithubRepositories", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C83 },
    Procedure { path: "github.githubProviders", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "github.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C83 },
    Procedure { path: "github.testConnection", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C83 },
    Procedure { path: "github.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C28 },
    Procedure { path: "gitlab.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C28 },
    Procedure { path: "gitlab.getGitlabBranches", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C84 },
    Procedure { path: "gitlab.getGitlabRepositories", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C85 },
    Procedure { path: "gitlab.gitlabProviders", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "gitlab.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C85 },
    Procedure { path: "gitlab.testConnection", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C85 },
    Procedure { path: "gitlab.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C28 },
    Procedure { path: "libsql.changeStatus", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C86 },
    Procedure { path: "libsql.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C5 },
    Procedure { path: "libsql.deploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C86 },
    Procedure { path: "libsql.deployWithLogs", kind: ProcedureKind::Protected, call_type: CallType::Subscription, checks: C86 },
    Procedure { path: "libsql.move", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C87 },
    Procedure { path: "libsql.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C88 },
    Procedure { path: "libsql.readLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C88 },
    Procedure { path: "libsql.rebuild", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C86 },
    Procedure { path: "libsql.reload", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C86 },
    Procedure { path: "libsql.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C89 },
    Procedure { path: "libsql.saveEnvironment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C90 },
    Procedure { path: "libsql.saveExternalPorts", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C87 },
    Procedure { path: "libsql.start", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C86 },
    Procedure { path: "libsql.stop", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C86 },
    Procedure { path: "libsql.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C87 },
    Procedure { path: "licenseKey.activate", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C91 },
    Procedure { path: "licenseKey.deactivate", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C91 },
    Procedure { path: "licenseKey.getEnterpriseSettings", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C91 },
    Procedure { path: "licenseKey.haveValidLicenseKey", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "licenseKey.updateEnterpriseSettings", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C91 },
    Procedure { path: "licenseKey.validate", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C91 },
    Procedure { path: "mariadb.changePassword", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C92 },
    Procedure { path: "mariadb.changeStatus", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C93 },
    Procedure { path: "mariadb.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C5 },
    Procedure { path: "mariadb.deploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C93 },
    Procedure { path: "mariadb.deployWithLogs", kind: ProcedureKind::Protected, call_type: CallType::Subscription, checks: C93 },
    Procedure { path: "mariadb.move", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C92 },
    Procedure { path: "mariadb.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C94 },
    Procedure { path: "mariadb.readLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C94 },
    Procedure { path: "mariadb.rebuild", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C93 },
    Procedure { path: "mariadb.reload", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C93 },
    Procedure { path: "mariadb.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C95 },
    Procedure { path: "mariadb.saveEnvironment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C96 },
    Procedure { path: "mariadb.saveExternalPort", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C92 },
    Procedure { path: "mariadb.search", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "mariadb.start", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C93 },
    Procedure { path: "mariadb.stop", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C93 },
    Procedure { path: "mariadb.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C92 },
    Procedure { path: "mongo.changePassword", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C97 },
    Procedure { path: "mongo.changeStatus", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C98 },
    Procedure { path: "mongo.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C5 },
    Procedure { path: "mongo.deploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C98 },
    Procedure { path: "mongo.deployWithLogs", kind: ProcedureKind::Protected, call_type: CallType::Subscription, checks: C98 },
    Procedure { path: "mongo.move", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C97 },
    Procedure { path: "mongo.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C99 },
    Procedure { path: "mongo.readLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C99 },
    Procedure { path: "mongo.rebuild", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C98 },
    Procedure { path: "mongo.reload", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C98 },
    Procedure { path: "mongo.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C100 },
    Procedure { path: "mongo.saveEnvironment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C101 },
    Procedure { path: "mongo.saveExternalPort", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C97 },
    Procedure { path: "mongo.search", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "mongo.start", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C98 },
    Procedure { path: "mongo.stop", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C98 },
    Procedure { path: "mongo.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C97 },
    Procedure { path: "mounts.allNamedByApplicationId", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C102 },
    Procedure { path: "mounts.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C103 },
    Procedure { path: "mounts.listByServiceId", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C104 },
    Procedure { path: "mounts.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C105 },
    Procedure { path: "mounts.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C106 },
    Procedure { path: "mounts.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C107 },
    Procedure { path: "mysql.changePassword", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C108 },
    Procedure { path: "mysql.changeStatus", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C109 },
    Procedure { path: "mysql.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C5 },
    Procedure { path: "mysql.deploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C109 },
    Procedure { path: "mysql.deployWithLogs", kind: ProcedureKind::Protected, call_type: CallType::Subscription, checks: C109 },
    Procedure { path: "mysql.move", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C108 },
    Procedure { path: "mysql.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C110 },
    Procedure { path: "mysql.readLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C110 },
    Procedure { path: "mysql.rebuild", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C109 },
    Procedure { path: "mysql.reload", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C109 },
    Procedure { path: "mysql.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C111 },
    Procedure { path: "mysql.saveEnvironment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C112 },
    Procedure { path: "mysql.saveExternalPort", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C108 },
    Procedure { path: "mysql.search", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "mysql.start", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C109 },
    Procedure { path: "mysql.stop", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C109 },
    Procedure { path: "mysql.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C108 },
    Procedure { path: "network.all", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "network.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "network.import", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "network.inspect", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "network.networksToSync", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "network.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "network.recreate", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "network.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "notification.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C113 },
    Procedure { path: "notification.createCustom", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createDiscord", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createEmail", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createGotify", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createLark", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createMattermost", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createNtfy", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createPushover", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createResend", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createSlack", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createTeams", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.createTelegram", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.getEmailProviders", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C113 },
    Procedure { path: "notification.one", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C113 },
    Procedure { path: "notification.receiveNotification", kind: ProcedureKind::Public, call_type: CallType::Mutation, checks: C115 },
    Procedure { path: "notification.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C116 },
    Procedure { path: "notification.testCustomConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testDiscordConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testEmailConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testGotifyConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testLarkConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testMattermostConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testNtfyConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testPushoverConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testResendConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testSlackConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testTeamsConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.testTelegramConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C114 },
    Procedure { path: "notification.updateCustom", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateDiscord", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateEmail", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateGotify", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateLark", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateMattermost", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateNtfy", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updatePushover", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateResend", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateSlack", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateTeams", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "notification.updateTelegram", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C117 },
    Procedure { path: "organization.active", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "organization.all", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "organization.allInvitations", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C118 },
    Procedure { path: "organization.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C119 },
    Procedure { path: "organization.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C120 },
    Procedure { path: "organization.inviteMember", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C118 },
    Procedure { path: "organization.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "organization.removeInvitation", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C118 },
    Procedure { path: "organization.setDefault", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "organization.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C120 },
    Procedure { path: "organization.updateMemberRole", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C121 },
    Procedure { path: "overview.backups", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C122 },
    Procedure { path: "overview.domains", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C64 },
    Procedure { path: "overview.services", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C60 },
    Procedure { path: "patch.byEntityId", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C123 },
    Procedure { path: "patch.cleanPatchRepos", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "patch.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C124 },
    Procedure { path: "patch.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C125 },
    Procedure { path: "patch.ensureRepo", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C126 },
    Procedure { path: "patch.markFileForDeletion", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C126 },
    Procedure { path: "patch.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C127 },
    Procedure { path: "patch.readRepoDirectories", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C123 },
    Procedure { path: "patch.readRepoFile", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C123 },
    Procedure { path: "patch.saveFileAsPatch", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C126 },
    Procedure { path: "patch.toggleEnabled", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C128 },
    Procedure { path: "patch.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C128 },
    Procedure { path: "port.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "port.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C129 },
    Procedure { path: "port.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C130 },
    Procedure { path: "port.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C131 },
    Procedure { path: "postgres.changePassword", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C132 },
    Procedure { path: "postgres.changeStatus", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C133 },
    Procedure { path: "postgres.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C5 },
    Procedure { path: "postgres.deploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C133 },
    Procedure { path: "postgres.deployWithLogs", kind: ProcedureKind::Protected, call_type: CallType::Subscription, checks: C133 },
    Procedure { path: "postgres.move", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C132 },
    Procedure { path: "postgres.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C134 },
    Procedure { path: "postgres.readLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C134 },
    Procedure { path: "postgres.rebuild", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C133 },
    Procedure { path: "postgres.reload", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C133 },
    Procedure { path: "postgres.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C135 },
    Procedure { path: "postgres.saveEnvironment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C136 },
    Procedure { path: "postgres.saveExternalPort", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C132 },
    Procedure { path: "postgres.search", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "postgres.start", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C133 },
    Procedure { path: "postgres.stop", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C133 },
    Procedure { path: "postgres.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C132 },
    Procedure { path: "previewDeployment.all", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C47 },
    Procedure { path: "previewDeployment.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C137 },
    Procedure { path: "previewDeployment.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C138 },
    Procedure { path: "previewDeployment.redeploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C139 },
    Procedure { path: "project.all", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "project.allForPermissions", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C140 },
    Procedure { path: "project.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C141 },
    Procedure { path: "project.duplicate", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C142 },
    Procedure { path: "project.homeStats", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "project.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C143 },
    Procedure { path: "project.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C144 },
    Procedure { path: "project.search", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "project.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C145 },
    Procedure { path: "redirects.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "redirects.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C146 },
    Procedure { path: "redirects.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C147 },
    Procedure { path: "redirects.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C148 },
    Procedure { path: "redis.changePassword", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C149 },
    Procedure { path: "redis.changeStatus", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C150 },
    Procedure { path: "redis.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C5 },
    Procedure { path: "redis.deploy", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C150 },
    Procedure { path: "redis.deployWithLogs", kind: ProcedureKind::Protected, call_type: CallType::Subscription, checks: C150 },
    Procedure { path: "redis.move", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C149 },
    Procedure { path: "redis.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C151 },
    Procedure { path: "redis.readLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C151 },
    Procedure { path: "redis.rebuild", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C150 },
    Procedure { path: "redis.reload", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C150 },
    Procedure { path: "redis.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C152 },
    Procedure { path: "redis.saveEnvironment", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C153 },
    Procedure { path: "redis.saveExternalPort", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C149 },
    Procedure { path: "redis.search", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "redis.start", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C150 },
    Procedure { path: "redis.stop", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C150 },
    Procedure { path: "redis.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C149 },
    Procedure { path: "registry.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C154 },
    Procedure { path: "registry.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C155 },
    Procedure { path: "registry.one", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C154 },
    Procedure { path: "registry.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C156 },
    Procedure { path: "registry.testRegistry", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C154 },
    Procedure { path: "registry.testRegistryById", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C154 },
    Procedure { path: "registry.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C155 },
    Procedure { path: "rollback.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C157 },
    Procedure { path: "rollback.rollback", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C157 },
    Procedure { path: "schedule.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C158 },
    Procedure { path: "schedule.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C159 },
    Procedure { path: "schedule.list", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C160 },
    Procedure { path: "schedule.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C161 },
    Procedure { path: "schedule.runManually", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C162 },
    Procedure { path: "schedule.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C163 },
    Procedure { path: "scim.deleteProvider", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "scim.generateToken", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "scim.listProviders", kind: ProcedureKind::Enterprise, call_type: CallType::Query, checks: C46 },
    Procedure { path: "security.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C7 },
    Procedure { path: "security.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C164 },
    Procedure { path: "security.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C165 },
    Procedure { path: "security.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C164 },
    Procedure { path: "server.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C166 },
    Procedure { path: "server.allForPermissions", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C78 },
    Procedure { path: "server.buildServers", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C166 },
    Procedure { path: "server.count", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "server.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C35 },
    Procedure { path: "server.getDefaultCommand", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C166 },
    Procedure { path: "server.getServerMetrics", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C9 },
    Procedure { path: "server.getServerTime", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "server.one", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C167 },
    Procedure { path: "server.publicIp", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "server.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C37 },
    Procedure { path: "server.security", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C166 },
    Procedure { path: "server.setup", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C35 },
    Procedure { path: "server.setupMonitoring", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C35 },
    Procedure { path: "server.setupWithLogs", kind: ProcedureKind::WithPermission, call_type: CallType::Subscription, checks: C35 },
    Procedure { path: "server.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C35 },
    Procedure { path: "server.updateBuildsConcurrency", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C35 },
    Procedure { path: "server.validate", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C166 },
    Procedure { path: "server.withSSHKey", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C166 },
    Procedure { path: "settings.assignDomainServer", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.checkGPUStatus", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.checkInfrastructureHealth", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.cleanAll", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.cleanAllDeploymentQueue", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.cleanDockerBuilder", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.cleanDockerPrune", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.cleanMonitoring", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.cleanSSHPrivateKey", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.cleanStoppedContainers", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.cleanUnusedImages", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.cleanUnusedVolumes", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.getDockerDiskUsage", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.getDokployCloudIps", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.getDokployVersion", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.getIp", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.getLogCleanupStatus", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.getOpenApiDocument", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.getReleaseTag", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.getTraefikPorts", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.getUpdateData", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "settings.getWebServerSettings", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.haveActivateRequests", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.haveTraefikDashboardPortEnabled", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.health", kind: ProcedureKind::Public, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.isCloud", kind: ProcedureKind::Public, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.isUserSubscribed", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.readDirectories", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C168 },
    Procedure { path: "settings.readMiddlewareTraefikConfig", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.readStats", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.readStatsLogs", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "settings.readTraefikConfig", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.readTraefikEnv", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.readTraefikFile", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C168 },
    Procedure { path: "settings.readWebServerTraefikConfig", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "settings.reloadServer", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.reloadTraefik", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.saveSSHPrivateKey", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.setupGPU", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.toggleDashboard", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.toggleRequests", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "settings.updateBuildsConcurrency", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.updateDockerCleanup", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.updateEnforceSSO", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "settings.updateLogCleanup", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "settings.updateMiddlewareTraefikConfig", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.updateRemoteServersOnly", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "settings.updateServer", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.updateServerIp", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.updateTraefikConfig", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.updateTraefikFile", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C169 },
    Procedure { path: "settings.updateTraefikPorts", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.updateWebServerTraefikConfig", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "settings.writeTraefikEnv", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "sshKey.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C170 },
    Procedure { path: "sshKey.allForApps", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "sshKey.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C171 },
    Procedure { path: "sshKey.generate", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C170 },
    Procedure { path: "sshKey.one", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C170 },
    Procedure { path: "sshKey.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C172 },
    Procedure { path: "sshKey.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C171 },
    Procedure { path: "sso.addTrustedOrigin", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "sso.deleteProvider", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "sso.enforceSSO", kind: ProcedureKind::Public, call_type: CallType::Query, checks: C1 },
    Procedure { path: "sso.getTrustedOrigins", kind: ProcedureKind::Enterprise, call_type: CallType::Query, checks: C46 },
    Procedure { path: "sso.listProviders", kind: ProcedureKind::Enterprise, call_type: CallType::Query, checks: C46 },
    Procedure { path: "sso.one", kind: ProcedureKind::Enterprise, call_type: CallType::Query, checks: C46 },
    Procedure { path: "sso.register", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "sso.removeTrustedOrigin", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "sso.showSignInWithSSO", kind: ProcedureKind::Public, call_type: CallType::Query, checks: C1 },
    Procedure { path: "sso.update", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "sso.updateTrustedOrigin", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C46 },
    Procedure { path: "stripe.canCreateMoreServers", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C35 },
    Procedure { path: "stripe.createCheckoutSession", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "stripe.createCustomerPortalSession", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "stripe.getCurrentPlan", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "stripe.getInvoices", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "stripe.getProducts", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "stripe.updateInvoiceNotifications", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "stripe.upgradeSubscription", kind: ProcedureKind::Admin, call_type: CallType::Mutation, checks: C0 },
    Procedure { path: "swarm.getAppInfos", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "swarm.getContainerStats", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "swarm.getNodeApps", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "swarm.getNodeInfo", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "swarm.getNodes", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C36 },
    Procedure { path: "tag.all", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "tag.assignToProject", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C143 },
    Procedure { path: "tag.bulkAssign", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C143 },
    Procedure { path: "tag.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C173 },
    Procedure { path: "tag.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "tag.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C174 },
    Procedure { path: "tag.removeFromProject", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C143 },
    Procedure { path: "tag.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C175 },
    Procedure { path: "user.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C176 },
    Procedure { path: "user.assignPermissions", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C177 },
    Procedure { path: "user.checkUserOrganizations", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C178 },
    Procedure { path: "user.createApiKey", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "user.createUserWithCredentials", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C118 },
    Procedure { path: "user.deleteApiKey", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C179 },
    Procedure { path: "user.generateToken", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "user.get", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "user.getBackups", kind: ProcedureKind::Admin, call_type: CallType::Query, checks: C0 },
    Procedure { path: "user.getBookmarkedTemplates", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "user.getContainerMetrics", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C9 },
    Procedure { path: "user.getInvitations", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "user.getMetricsToken", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C9 },
    Procedure { path: "user.getPermissions", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "user.getServerMetrics", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C9 },
    Procedure { path: "user.getUserByToken", kind: ProcedureKind::Public, call_type: CallType::Query, checks: C1 },
    Procedure { path: "user.haveRootAccess", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "user.listPasskeys", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "user.listSessions", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C180 },
    Procedure { path: "user.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C181 },
    Procedure { path: "user.remove", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C182 },
    Procedure { path: "user.revokeSession", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C183 },
    Procedure { path: "user.sendInvitation", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C118 },
    Procedure { path: "user.session", kind: ProcedureKind::Public, call_type: CallType::Query, checks: C1 },
    Procedure { path: "user.toggleTemplateBookmark", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "user.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C1 },
    Procedure { path: "vaultProvider.all", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C184 },
    Procedure { path: "vaultProvider.create", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C185 },
    Procedure { path: "vaultProvider.listSecretNames", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C186 },
    Procedure { path: "vaultProvider.one", kind: ProcedureKind::WithPermission, call_type: CallType::Query, checks: C184 },
    Procedure { path: "vaultProvider.remove", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C187 },
    Procedure { path: "vaultProvider.testConnection", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C185 },
    Procedure { path: "vaultProvider.update", kind: ProcedureKind::WithPermission, call_type: CallType::Mutation, checks: C188 },
    Procedure { path: "volumeBackups.create", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C189 },
    Procedure { path: "volumeBackups.delete", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C190 },
    Procedure { path: "volumeBackups.list", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C191 },
    Procedure { path: "volumeBackups.one", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C192 },
    Procedure { path: "volumeBackups.restoreVolumeBackupWithLogs", kind: ProcedureKind::WithPermission, call_type: CallType::Subscription, checks: C193 },
    Procedure { path: "volumeBackups.runManually", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C194 },
    Procedure { path: "volumeBackups.update", kind: ProcedureKind::Protected, call_type: CallType::Mutation, checks: C195 },
    Procedure { path: "whitelabeling.get", kind: ProcedureKind::Protected, call_type: CallType::Query, checks: C1 },
    Procedure { path: "whitelabeling.getPublic", kind: ProcedureKind::Public, call_type: CallType::Query, checks: C1 },
    Procedure { path: "whitelabeling.reset", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C196 },
    Procedure { path: "whitelabeling.update", kind: ProcedureKind::Enterprise, call_type: CallType::Mutation, checks: C196 },
];

const C0: &[Check] = &[
    Check { helper: Helper::AdminProcedure, roles: Roles::OwnerOrAdmin, ..Check::NEW },
];

const C1: &[Check] = &[];

const C2: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ProjectId, Source::Lookup(Lookup::EnvironmentProject, "environmentId"))], ..Check::NEW },
];

const C3: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[38] /* deployment.cancel */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C4: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C5: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ProjectId, Source::Lookup(Lookup::EnvironmentProject, "environmentId"))], ..Check::NEW },
    Check { helper: Helper::GetAccessibleServerIds, scope: &[(ScopeField::ServerId, Source::Input(&["serverId"]))], condition: &[Condition::Present(Source::Input(&["serverId"]))], ..Check::NEW },
];

const C6: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C7: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C8: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C9: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[84] /* monitoring.read */, ..Check::NEW },
];

const C10: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[30] /* traefikFiles.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C11: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[40] /* envVars.write */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C12: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
    Check { helper: Helper::GetAccessibleServerIds, scope: &[(ScopeField::ServerId, Source::Input(&["buildServerId"]))], condition: &[Condition::Present(Source::Input(&["buildServerId"]))], ..Check::NEW },
];

const C13: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[31] /* traefikFiles.write */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C14: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[85] /* auditLog.read */, ..Check::NEW },
    Check { helper: Helper::LicenseCheck, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C15: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[56] /* backup.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["postgresId", "mysqlId", "mariadbId", "mongoId", "libsqlId", "composeId"]))], condition: &[Condition::Present(Source::Input(&["postgresId", "mysqlId", "mariadbId", "mongoId", "libsqlId", "composeId"]))], ..Check::NEW },
];

const C16: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[55] /* backup.read */, ..Check::NEW },
];

const C17: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[56] /* backup.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::BackupCompose, "backupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::BackupCompose, "backupId"))], ..Check::NEW },
];

const C18: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[56] /* backup.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::BackupLibsql, "backupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::BackupLibsql, "backupId"))], ..Check::NEW },
];

const C19: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[56] /* backup.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::BackupMariadb, "backupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::BackupMariadb, "backupId"))], ..Check::NEW },
];

const C20: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[56] /* backup.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::BackupMongo, "backupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::BackupMongo, "backupId"))], ..Check::NEW },
];

const C21: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[56] /* backup.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::BackupMysql, "backupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::BackupMysql, "backupId"))], ..Check::NEW },
];

const C22: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[56] /* backup.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::BackupPostgres, "backupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::BackupPostgres, "backupId"))], ..Check::NEW },
];

const C23: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[56] /* backup.create */, ..Check::NEW },
];

const C24: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[55] /* backup.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::BackupService, "backupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::BackupService, "backupId"))], ..Check::NEW },
];

const C25: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[58] /* backup.delete */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::BackupService, "backupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::BackupService, "backupId"))], ..Check::NEW },
];

const C26: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[59] /* backup.restore */, scope: &[(ScopeField::ServiceId, Source::Input(&["databaseId"]))], condition: &[Condition::Present(Source::Input(&["databaseId"]))], ..Check::NEW },
];

const C27: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[57] /* backup.update */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::BackupService, "backupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::BackupService, "backupId"))], ..Check::NEW },
];

const C28: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[28] /* gitProviders.create */, ..Check::NEW },
];

const C29: &[Check] = &[
    Check { helper: Helper::AssertGitProviderAccess, scope: &[(ScopeField::GitProviderId, Source::Lookup(Lookup::BitbucketProvider, "bitbucketId"))], condition: &[Condition::Present(Source::Input(&["bitbucketId"]))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C30: &[Check] = &[
    Check { helper: Helper::AssertGitProviderAccess, scope: &[(ScopeField::GitProviderId, Source::Lookup(Lookup::BitbucketProvider, "bitbucketId"))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C31: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[51] /* certificate.read */, ..Check::NEW },
];

const C32: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[52] /* certificate.create */, ..Check::NEW },
];

const C33: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[54] /* certificate.delete */, ..Check::NEW },
];

const C34: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[53] /* certificate.update */, ..Check::NEW },
];

const C35: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[46] /* server.create */, ..Check::NEW },
];

const C36: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[23] /* docker.read */, ..Check::NEW },
];

const C37: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[47] /* server.delete */, ..Check::NEW },
];

const C38: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[38] /* deployment.cancel */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], ..Check::NEW },
];

const C39: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], ..Check::NEW },
];

const C40: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], ..Check::NEW },
];

const C41: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], ..Check::NEW },
];

const C42: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], ..Check::NEW },
];

const C43: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], ..Check::NEW },
];

const C44: &[Check] = &[
    Check { helper: Helper::GetAccessibleServerIds, scope: &[(ScopeField::ServerId, Source::Input(&["serverId"]))], condition: &[Condition::Present(Source::Input(&["serverId"]))], ..Check::NEW },
];

const C45: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[40] /* envVars.write */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], ..Check::NEW },
];

const C46: &[Check] = &[
    Check { helper: Helper::EnterpriseProcedure, roles: Roles::OwnerOrAdmin, license: true, ..Check::NEW },
];

const C47: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[36] /* deployment.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C48: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[36] /* deployment.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], ..Check::NEW },
];

const C49: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[36] /* deployment.read */, ..Check::NEW },
];

const C50: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[36] /* deployment.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::ScheduleService, "id"))], condition: &[Condition::Equals("type", &["schedule"]), Condition::Present(Source::Lookup(Lookup::ScheduleService, "id"))], ..Check::NEW },
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[36] /* deployment.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["id"]))], condition: &[Condition::NotEquals("type", &["schedule"])], ..Check::NEW },
];

const C51: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[38] /* deployment.cancel */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::DeploymentService, "deploymentId"))], condition: &[Condition::Present(Source::Lookup(Lookup::DeploymentService, "deploymentId"))], ..Check::NEW },
];

const C52: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[36] /* deployment.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::DeploymentService, "deploymentId"))], condition: &[Condition::Present(Source::Lookup(Lookup::DeploymentService, "deploymentId"))], ..Check::NEW },
];

const C53: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[72] /* destination.read */, ..Check::NEW },
];

const C54: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[73] /* destination.create */, ..Check::NEW },
];

const C55: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[74] /* destination.delete */, ..Check::NEW },
];

const C56: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[90] /* dnsProvider.read */, ..Check::NEW },
];

const C57: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[91] /* dnsProvider.create */, ..Check::NEW },
];

const C58: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[92] /* dnsProvider.update */, ..Check::NEW },
];

const C59: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[93] /* dnsProvider.delete */, ..Check::NEW },
];

const C60: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[18] /* service.read */, ..Check::NEW },
];

const C61: &[Check] = &[
    Check { helper: Helper::CheckPermission, permissions: &[23, 45] /* docker.read, server.read */, ..Check::NEW },
];

const C62: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[69] /* domain.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C63: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[69] /* domain.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], ..Check::NEW },
];

const C64: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[69] /* domain.read */, ..Check::NEW },
];

const C65: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[70] /* domain.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["composeId"]))], condition: &[Condition::Equals("domainType", &["compose"]), Condition::Present(Source::Input(&["composeId"]))], ..Check::NEW },
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[70] /* domain.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], condition: &[Condition::Equals("domainType", &["application"]), Condition::Present(Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C66: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[71] /* domain.delete */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::DomainService, "domainId"))], condition: &[Condition::Present(Source::Lookup(Lookup::DomainService, "domainId"))], ..Check::NEW },
];

const C67: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[70] /* domain.create */, ..Check::NEW },
];

const C68: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[69] /* domain.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::DomainService, "domainId"))], condition: &[Condition::Present(Source::Lookup(Lookup::DomainService, "domainId"))], ..Check::NEW },
];

const C69: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[70] /* domain.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::DomainService, "domainId"))], condition: &[Condition::Present(Source::Lookup(Lookup::DomainService, "domainId"))], ..Check::NEW },
];

const C70: &[Check] = &[
    Check { helper: Helper::InlineAccessList, scope: &[(ScopeField::ProjectId, Source::Input(&["projectId"]))], roles: Roles::OwnerOrAdmin, blocking: false, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C71: &[Check] = &[
    Check { helper: Helper::CheckEnvironmentCreationPermission, permissions: &[20] /* environment.create */, scope: &[(ScopeField::ProjectId, Source::Input(&["projectId"]))], ..Check::NEW },
];

const C72: &[Check] = &[
    Check { helper: Helper::CheckEnvironmentAccess, permissions: &[21] /* environment.read */, scope: &[(ScopeField::EnvironmentId, Source::Input(&["environmentId"]))], ..Check::NEW },
    Check { helper: Helper::InlineAccessList, scope: &[(ScopeField::EnvironmentId, Source::Input(&["environmentId"]))], roles: Roles::OwnerOrAdmin, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C73: &[Check] = &[
    Check { helper: Helper::InlineAccessList, scope: &[(ScopeField::EnvironmentId, Source::Input(&["environmentId"]))], roles: Roles::OwnerOrAdmin, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C74: &[Check] = &[
    Check { helper: Helper::CheckEnvironmentDeletionPermission, permissions: &[22] /* environment.delete */, scope: &[(ScopeField::ProjectId, Source::Lookup(Lookup::EnvironmentProject, "environmentId"))], ..Check::NEW },
    Check { helper: Helper::CheckEnvironmentAccess, permissions: &[21] /* environment.read */, scope: &[(ScopeField::EnvironmentId, Source::Input(&["environmentId"]))], ..Check::NEW },
];

const C75: &[Check] = &[
    Check { helper: Helper::CheckEnvironmentAccess, permissions: &[21] /* environment.read */, scope: &[(ScopeField::EnvironmentId, Source::Input(&["environmentId"]))], ..Check::NEW },
    Check { helper: Helper::CheckPermission, permissions: &[44] /* environmentEnvVars.write */, condition: &[Condition::Present(Source::Input(&["env"]))], ..Check::NEW },
    Check { helper: Helper::InlineAccessList, scope: &[(ScopeField::EnvironmentId, Source::Input(&["environmentId"]))], roles: Roles::OwnerOrAdmin, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C76: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[70] /* domain.create */, ..Check::NEW },
    Check { helper: Helper::AssertApplicationDomainAccess, permissions: &[70] /* domain.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::DomainApplication, "domainId"))], ..Check::NEW },
];

const C77: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[69] /* domain.read */, ..Check::NEW },
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[69] /* domain.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::DomainApplication, "domainId"))], condition: &[Condition::Present(Source::Lookup(Lookup::DomainApplication, "domainId"))], ..Check::NEW },
];

const C78: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[4] /* member.update */, ..Check::NEW },
    Check { helper: Helper::LicenseCheck, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C79: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[29] /* gitProviders.delete */, ..Check::NEW },
    Check { helper: Helper::InlineOwnership, scope: &[(ScopeField::GitProviderId, Source::Input(&["gitProviderId"]))], roles: Roles::OwnerOrAdmin, ..Check::NEW },
];

const C80: &[Check] = &[
    Check { helper: Helper::InlineOwnership, scope: &[(ScopeField::GitProviderId, Source::Input(&["gitProviderId"]))], ..Check::NEW },
];

const C81: &[Check] = &[
    Check { helper: Helper::AssertGitProviderAccess, scope: &[(ScopeField::GitProviderId, Source::Lookup(Lookup::GiteaProvider, "giteaId"))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C82: &[Check] = &[
    Check { helper: Helper::AssertGitProviderAccess, scope: &[(ScopeField::GitProviderId, Source::Lookup(Lookup::GithubProvider, "githubId"))], condition: &[Condition::Present(Source::Input(&["githubId"]))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C83: &[Check] = &[
    Check { helper: Helper::AssertGitProviderAccess, scope: &[(ScopeField::GitProviderId, Source::Lookup(Lookup::GithubProvider, "githubId"))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C84: &[Check] = &[
    Check { helper: Helper::AssertGitProviderAccess, scope: &[(ScopeField::GitProviderId, Source::Lookup(Lookup::GitlabProvider, "gitlabId"))], condition: &[Condition::Present(Source::Input(&["gitlabId"]))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C85: &[Check] = &[
    Check { helper: Helper::AssertGitProviderAccess, scope: &[(ScopeField::GitProviderId, Source::Lookup(Lookup::GitlabProvider, "gitlabId"))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C86: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["libsqlId"]))], ..Check::NEW },
];

const C87: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["libsqlId"]))], ..Check::NEW },
];

const C88: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["libsqlId"]))], ..Check::NEW },
];

const C89: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Input(&["libsqlId"]))], ..Check::NEW },
];

const C90: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[40] /* envVars.write */, scope: &[(ScopeField::ServiceId, Source::Input(&["libsqlId"]))], ..Check::NEW },
];

const C91: &[Check] = &[
    Check { helper: Helper::AdminProcedure, roles: Roles::OwnerOrAdmin, ..Check::NEW },
    Check { helper: Helper::InlineRole, roles: Roles::Owner, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C92: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["mariadbId"]))], ..Check::NEW },
];

const C93: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["mariadbId"]))], ..Check::NEW },
];

const C94: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["mariadbId"]))], ..Check::NEW },
];

const C95: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Input(&["mariadbId"]))], ..Check::NEW },
];

const C96: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[40] /* envVars.write */, scope: &[(ScopeField::ServiceId, Source::Input(&["mariadbId"]))], ..Check::NEW },
];

const C97: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["mongoId"]))], ..Check::NEW },
];

const C98: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["mongoId"]))], ..Check::NEW },
];

const C99: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["mongoId"]))], ..Check::NEW },
];

const C100: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Input(&["mongoId"]))], ..Check::NEW },
];

const C101: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[40] /* envVars.write */, scope: &[(ScopeField::ServiceId, Source::Input(&["mongoId"]))], ..Check::NEW },
];

const C102: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[33] /* volume.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId"]))], ..Check::NEW },
];

const C103: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[34] /* volume.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["serviceId"]))], ..Check::NEW },
];

const C104: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["serviceId"]))], ..Check::NEW },
];

const C105: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[33] /* volume.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::MountService, "mountId"))], condition: &[Condition::Present(Source::Lookup(Lookup::MountService, "mountId"))], ..Check::NEW },
];

const C106: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[35] /* volume.delete */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::MountService, "mountId"))], condition: &[Condition::Present(Source::Lookup(Lookup::MountService, "mountId"))], ..Check::NEW },
];

const C107: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[34] /* volume.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::MountService, "mountId"))], condition: &[Condition::Present(Source::Lookup(Lookup::MountService, "mountId"))], ..Check::NEW },
];

const C108: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["mysqlId"]))], ..Check::NEW },
];

const C109: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["mysqlId"]))], ..Check::NEW },
];

const C110: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["mysqlId"]))], ..Check::NEW },
];

const C111: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Input(&["mysqlId"]))], ..Check::NEW },
];

const C112: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[40] /* envVars.write */, scope: &[(ScopeField::ServiceId, Source::Input(&["mysqlId"]))], ..Check::NEW },
];

const C113: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[75] /* notification.read */, ..Check::NEW },
];

const C114: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[76] /* notification.create */, ..Check::NEW },
];

const C115: &[Check] = &[
    Check { helper: Helper::SharedSecret, code: TrpcCode::BadRequest, ..Check::NEW },
];

const C116: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[78] /* notification.delete */, ..Check::NEW },
];

const C117: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[77] /* notification.update */, ..Check::NEW },
];

const C118: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[3] /* member.create */, ..Check::NEW },
];

const C119: &[Check] = &[
    Check { helper: Helper::InlineRole, condition: &[Condition::SelfHosted], roles: Roles::OwnerOrAdmin, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C120: &[Check] = &[
    Check { helper: Helper::InlineOwner, scope: &[(ScopeField::OrganizationId, Source::Input(&["organizationId"]))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C121: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[4] /* member.update */, ..Check::NEW },
    Check { helper: Helper::InlineRules, scope: &[(ScopeField::MemberId, Source::Input(&["memberId"]))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C122: &[Check] = &[
    Check { helper: Helper::HasPermissionAny, permissions: &[55, 60] /* backup.read, volumeBackup.read */, ..Check::NEW },
];

const C123: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["id"]))], ..Check::NEW },
];

const C124: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId", "composeId"]))], ..Check::NEW },
];

const C125: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::PatchService, "patchId"))], ..Check::NEW },
];

const C126: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["id"]))], ..Check::NEW },
];

const C127: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::PatchService, "patchId"))], ..Check::NEW },
];

const C128: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::PatchService, "patchId"))], ..Check::NEW },
];

const C129: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::PortApplication, "portId"))], ..Check::NEW },
];

const C130: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::PortApplication, "portId"))], ..Check::NEW },
];

const C131: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::PortApplication, "portId"))], ..Check::NEW },
];

const C132: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["postgresId"]))], ..Check::NEW },
];

const C133: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["postgresId"]))], ..Check::NEW },
];

const C134: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["postgresId"]))], ..Check::NEW },
];

const C135: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Input(&["postgresId"]))], ..Check::NEW },
];

const C136: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[40] /* envVars.write */, scope: &[(ScopeField::ServiceId, Source::Input(&["postgresId"]))], ..Check::NEW },
];

const C137: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[38] /* deployment.cancel */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::PreviewDeploymentApplication, "previewDeploymentId"))], ..Check::NEW },
];

const C138: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[36] /* deployment.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::PreviewDeploymentApplication, "previewDeploymentId"))], ..Check::NEW },
];

const C139: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::PreviewDeploymentApplication, "previewDeploymentId"))], ..Check::NEW },
];

const C140: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[4] /* member.update */, ..Check::NEW },
];

const C141: &[Check] = &[
    Check { helper: Helper::CheckProjectAccess, permissions: &[15] /* project.create */, ..Check::NEW },
];

const C142: &[Check] = &[
    Check { helper: Helper::CheckProjectAccess, permissions: &[15] /* project.create */, ..Check::NEW },
    Check { helper: Helper::InlineAccessList, scope: &[(ScopeField::ProjectId, Source::Lookup(Lookup::EnvironmentProject, "sourceEnvironmentId"))], condition: &[Condition::Present(Source::Input(&["duplicateInSameProject"]))], roles: Roles::OwnerOrAdmin, ..Check::NEW },
];

const C143: &[Check] = &[
    Check { helper: Helper::InlineAccessList, scope: &[(ScopeField::ProjectId, Source::Input(&["projectId"]))], roles: Roles::OwnerOrAdmin, ..Check::NEW },
];

const C144: &[Check] = &[
    Check { helper: Helper::CheckProjectAccess, permissions: &[16] /* project.delete */, scope: &[(ScopeField::ProjectId, Source::Input(&["projectId"]))], ..Check::NEW },
];

const C145: &[Check] = &[
    Check { helper: Helper::InlineAccessList, scope: &[(ScopeField::ProjectId, Source::Input(&["projectId"]))], roles: Roles::OwnerOrAdmin, ..Check::NEW },
    Check { helper: Helper::CheckPermission, permissions: &[42] /* projectEnvVars.write */, condition: &[Condition::Present(Source::Input(&["env"]))], ..Check::NEW },
];

const C146: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::RedirectApplication, "redirectId"))], ..Check::NEW },
];

const C147: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::RedirectApplication, "redirectId"))], ..Check::NEW },
];

const C148: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::RedirectApplication, "redirectId"))], ..Check::NEW },
];

const C149: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["redisId"]))], ..Check::NEW },
];

const C150: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["redisId"]))], ..Check::NEW },
];

const C151: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["redisId"]))], ..Check::NEW },
];

const C152: &[Check] = &[
    Check { helper: Helper::CheckServiceAccess, permissions: &[19] /* service.delete */, scope: &[(ScopeField::ServiceId, Source::Input(&["redisId"]))], ..Check::NEW },
];

const C153: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[40] /* envVars.write */, scope: &[(ScopeField::ServiceId, Source::Input(&["redisId"]))], ..Check::NEW },
];

const C154: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[48] /* registry.read */, ..Check::NEW },
];

const C155: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[49] /* registry.create */, ..Check::NEW },
];

const C156: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[50] /* registry.delete */, ..Check::NEW },
];

const C157: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[37] /* deployment.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::RollbackApplication, "rollbackId"))], condition: &[Condition::Present(Source::Lookup(Lookup::RollbackApplication, "rollbackId"))], ..Check::NEW },
];

const C158: &[Check] = &[
    Check { helper: Helper::AssertHostScheduleAccess, scope: &[(ScopeField::ScheduleType, Source::Input(&["scheduleType"])), (ScopeField::ServerId, Source::Input(&["serverId"]))], code: TrpcCode::Forbidden, ..Check::NEW },
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[66] /* schedule.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId", "composeId"]))], condition: &[Condition::Present(Source::Input(&["applicationId", "composeId"]))], ..Check::NEW },
    Check { helper: Helper::CheckPermission, permissions: &[66] /* schedule.create */, condition: &[Condition::Absent(Source::Input(&["applicationId", "composeId"]))], ..Check::NEW },
];

const C159: &[Check] = &[
    Check { helper: Helper::AssertHostScheduleAccess, scope: &[(ScopeField::ScheduleType, Source::Lookup(Lookup::ScheduleType, "scheduleId")), (ScopeField::ServerId, Source::Lookup(Lookup::ScheduleServer, "scheduleId"))], code: TrpcCode::Forbidden, ..Check::NEW },
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[68] /* schedule.delete */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::ScheduleService, "scheduleId"))], condition: &[Condition::Present(Source::Lookup(Lookup::ScheduleService, "scheduleId"))], ..Check::NEW },
    Check { helper: Helper::CheckPermission, permissions: &[68] /* schedule.delete */, condition: &[Condition::Absent(Source::Lookup(Lookup::ScheduleService, "scheduleId"))], ..Check::NEW },
];

const C160: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[65] /* schedule.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["id"]))], condition: &[Condition::Equals("scheduleType", &["application", "compose"])], ..Check::NEW },
    Check { helper: Helper::CheckPermission, permissions: &[65] /* schedule.read */, condition: &[Condition::Equals("scheduleType", &["server", "dokploy-server"])], ..Check::NEW },
    Check { helper: Helper::InlineRole, condition: &[Condition::Equals("scheduleType", &["dokploy-server"])], roles: Roles::OwnerOrAdmin, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C161: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[65] /* schedule.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::ScheduleService, "scheduleId"))], condition: &[Condition::Present(Source::Lookup(Lookup::ScheduleService, "scheduleId"))], ..Check::NEW },
    Check { helper: Helper::CheckPermission, permissions: &[65] /* schedule.read */, condition: &[Condition::Absent(Source::Lookup(Lookup::ScheduleService, "scheduleId"))], ..Check::NEW },
];

const C162: &[Check] = &[
    Check { helper: Helper::AssertHostScheduleAccess, scope: &[(ScopeField::ScheduleType, Source::Lookup(Lookup::ScheduleType, "scheduleId")), (ScopeField::ServerId, Source::Lookup(Lookup::ScheduleServer, "scheduleId"))], code: TrpcCode::Forbidden, ..Check::NEW },
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[66] /* schedule.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::ScheduleService, "scheduleId"))], condition: &[Condition::Present(Source::Lookup(Lookup::ScheduleService, "scheduleId"))], ..Check::NEW },
    Check { helper: Helper::CheckPermission, permissions: &[66] /* schedule.create */, condition: &[Condition::Absent(Source::Lookup(Lookup::ScheduleService, "scheduleId"))], ..Check::NEW },
];

const C163: &[Check] = &[
    Check { helper: Helper::AssertHostScheduleAccess, scope: &[(ScopeField::ScheduleType, Source::Lookup(Lookup::ScheduleType, "scheduleId")), (ScopeField::ServerId, Source::Lookup(Lookup::ScheduleServer, "scheduleId"))], code: TrpcCode::Forbidden, ..Check::NEW },
    Check { helper: Helper::AssertHostScheduleAccess, scope: &[(ScopeField::ScheduleType, Source::Input(&["scheduleType"])), (ScopeField::ServerId, Source::InputOrLookup("serverId", Lookup::ScheduleServer, "scheduleId"))], condition: &[Condition::Differs("scheduleType", Lookup::ScheduleType, "scheduleId")], code: TrpcCode::Forbidden, ..Check::NEW },
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[67] /* schedule.update */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::ScheduleService, "scheduleId"))], condition: &[Condition::Present(Source::Lookup(Lookup::ScheduleService, "scheduleId"))], ..Check::NEW },
    Check { helper: Helper::CheckPermission, permissions: &[67] /* schedule.update */, condition: &[Condition::Absent(Source::Lookup(Lookup::ScheduleService, "scheduleId"))], ..Check::NEW },
];

const C164: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[17] /* service.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::SecurityApplication, "securityId"))], ..Check::NEW },
];

const C165: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[18] /* service.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::SecurityApplication, "securityId"))], ..Check::NEW },
];

const C166: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[45] /* server.read */, ..Check::NEW },
];

const C167: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[45] /* server.read */, ..Check::NEW },
    Check { helper: Helper::GetAccessibleServerIds, scope: &[(ScopeField::ServerId, Source::Input(&["serverId"]))], ..Check::NEW },
];

const C168: &[Check] = &[
    Check { helper: Helper::CheckPermission, permissions: &[30] /* traefikFiles.read */, ..Check::NEW },
];

const C169: &[Check] = &[
    Check { helper: Helper::CheckPermission, permissions: &[31] /* traefikFiles.write */, ..Check::NEW },
];

const C170: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[24] /* sshKeys.read */, ..Check::NEW },
];

const C171: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[25] /* sshKeys.create */, ..Check::NEW },
];

const C172: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[26] /* sshKeys.delete */, ..Check::NEW },
];

const C173: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[80] /* tag.create */, ..Check::NEW },
];

const C174: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[82] /* tag.delete */, ..Check::NEW },
];

const C175: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[81] /* tag.update */, ..Check::NEW },
];

const C176: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[2] /* member.read */, ..Check::NEW },
];

const C177: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[4] /* member.update */, ..Check::NEW },
    Check { helper: Helper::InlineCheck, ..Check::NEW },
];

const C178: &[Check] = &[
    Check { helper: Helper::InlineRole, condition: &[Condition::NotCaller("userId")], roles: Roles::OwnerOrAdmin, code: TrpcCode::Forbidden, ..Check::NEW },
];

const C179: &[Check] = &[
    Check { helper: Helper::InlineOwnership, scope: &[(ScopeField::ApiKeyId, Source::Input(&["apiKeyId"]))], ..Check::NEW },
];

const C180: &[Check] = &[
    Check { helper: Helper::InlineRole, roles: Roles::Owner, blocking: false, ..Check::NEW },
];

const C181: &[Check] = &[
    Check { helper: Helper::InlineAnyOf, permissions: &[4] /* member.update */, scope: &[(ScopeField::UserId, Source::Input(&["userId"]))], ..Check::NEW },
];

const C182: &[Check] = &[
    Check { helper: Helper::InlineRole, roles: Roles::OwnerOrAdmin, code: TrpcCode::Forbidden, ..Check::NEW },
    Check { helper: Helper::InlineRules, scope: &[(ScopeField::UserId, Source::Input(&["userId"]))], code: TrpcCode::Forbidden, ..Check::NEW },
];

const C183: &[Check] = &[
    Check { helper: Helper::InlineRole, condition: &[Condition::NotCallerLookup(Lookup::SessionUser, "sessionId")], roles: Roles::Owner, ..Check::NEW },
];

const C184: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[86] /* vaultProvider.read */, ..Check::NEW },
];

const C185: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[87] /* vaultProvider.create */, ..Check::NEW },
];

const C186: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[86] /* vaultProvider.read */, ..Check::NEW },
    Check { helper: Helper::InlineAccessList, scope: &[(ScopeField::ProjectId, Source::Input(&["projectId"]))], roles: Roles::OwnerOrAdmin, ..Check::NEW },
];

const C187: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[89] /* vaultProvider.delete */, ..Check::NEW },
];

const C188: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[88] /* vaultProvider.update */, ..Check::NEW },
];

const C189: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[61] /* volumeBackup.create */, scope: &[(ScopeField::ServiceId, Source::Input(&["applicationId", "postgresId", "mysqlId", "mariadbId", "mongoId", "redisId", "libsqlId", "composeId"]))], condition: &[Condition::Present(Source::Input(&["applicationId", "postgresId", "mysqlId", "mariadbId", "mongoId", "redisId", "libsqlId", "composeId"]))], ..Check::NEW },
];

const C190: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[63] /* volumeBackup.delete */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::VolumeBackupService, "volumeBackupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::VolumeBackupService, "volumeBackupId"))], ..Check::NEW },
];

const C191: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[60] /* volumeBackup.read */, scope: &[(ScopeField::ServiceId, Source::Input(&["id"]))], ..Check::NEW },
];

const C192: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[60] /* volumeBackup.read */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::VolumeBackupService, "volumeBackupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::VolumeBackupService, "volumeBackupId"))], ..Check::NEW },
];

const C193: &[Check] = &[
    Check { helper: Helper::WithPermission, permissions: &[64] /* volumeBackup.restore */, ..Check::NEW },
];

const C194: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[61] /* volumeBackup.create */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::VolumeBackupService, "volumeBackupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::VolumeBackupService, "volumeBackupId"))], ..Check::NEW },
];

const C195: &[Check] = &[
    Check { helper: Helper::CheckServicePermissionAndAccess, permissions: &[62] /* volumeBackup.update */, scope: &[(ScopeField::ServiceId, Source::Lookup(Lookup::VolumeBackupService, "volumeBackupId"))], condition: &[Condition::Present(Source::Lookup(Lookup::VolumeBackupService, "volumeBackupId"))], ..Check::NEW },
];

const C196: &[Check] = &[
    Check { helper: Helper::EnterpriseProcedure, roles: Roles::OwnerOrAdmin, license: true, ..Check::NEW },
    Check { helper: Helper::InlineRole, roles: Roles::Owner, code: TrpcCode::Forbidden, ..Check::NEW },
];
