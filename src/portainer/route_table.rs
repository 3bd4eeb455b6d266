//! The route table: every HTTP request portcullis decides for Portainer, with Portainer's own
//! authorization for it and the catalog operation that decides it.
//!
//! Sources, [`ROUTES_SOURCE`]: Portainer CE at `cc75167` (2024-10-23) — the authorization of
//! each Docker route is the `OperationDocker…` constant of `api/portainer.go` named after the
//! Docker Engine API operation (moby's `api/swagger.yaml` `operationId`: `ContainerExport`,
//! `ExecStart`, `ImageGetAll`, …), the roles holding it are the default role lists of
//! `api/internal/authorization/authorizations.go`, and the routes Portainer keeps to its
//! administrators are those `api/http/proxy/factory/docker/transport.go` sends to
//! `administratorOperation` (or, for `networks/prune`, to a resource check nothing passes).
//!
//! The rule of the table: a route is decided by catalog operations whose holders are exactly
//! the holders of its authorization (the Operator role aside: its list is Business Edition's
//! and not public). `tests/route_table.rs` checks every row against the role lists, recorded in
//! `tests/reference/portainer-authorizations.json`.

/// Where the table's authorizations and administrator-only routes come from.
pub const ROUTES_SOURCE: &str = "portainer/portainer@cc75167437c013a24d12f97d2e07c8468448cc35 (CE, 2024-10-23): api/portainer.go, api/internal/authorization/authorizations.go, api/http/proxy/factory/docker/transport.go";

/// How a route is decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decided {
    /// By one catalog operation.
    Operation(&'static str),
    /// By the first operation (on the target) and the second as well: the request needs both.
    Both(&'static str, &'static str),
    /// By the first operation on a standalone environment and the second on a swarm: the same
    /// route reads the host or the cluster.
    ByKind {
        /// The operation on a standalone environment.
        standalone: &'static str,
        /// The operation on a swarm.
        swarm: &'static str,
    },
    /// Portainer's global administrator alone, for the reason given: the proxy lets no role pass.
    AdministratorOnly(&'static str),
}

/// When a rule applies, besides its method and path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Always,
    /// The query parameter is set.
    Query(&'static str),
    /// The query parameter is absent or empty.
    NoQuery(&'static str),
    /// The query parameter has this value.
    QueryIs(&'static str, &'static str),
    /// The request has a JSON body.
    Body,
}

/// What the operation acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Takes {
    Nothing,
    /// The resource the path's `*` names.
    Captured,
    /// The resource a query parameter names.
    Query(&'static str),
    /// The container the body's `Container` names (joining or leaving a network).
    BodyContainer,
    /// The registry the path's `*` names.
    Registry,
}

/// What of the body the security settings read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reads {
    Nothing,
    HostConfig,
    ServiceMounts,
    /// The stack file, given as the path's last segment says (`string`, `file`, `repository`).
    StackFile,
    /// The stack file, as the deprecated route's `method` query parameter says.
    StackFileByQuery,
}

/// One row: a method and a path pattern (`*` one segment, `**` one or more: image names with
/// registries and slashes; method `_` is any), Portainer's authorization, the decision. The
/// first row that matches a request decides it.
#[derive(Debug, Clone, Copy)]
pub struct RouteRule {
    pub(crate) method: &'static str,
    pub(crate) path: &'static str,
    pub(crate) authorization: Option<&'static str>,
    pub(crate) decided: Decided,
    pub(crate) when: When,
    pub(crate) takes: Takes,
    pub(crate) reads: Reads,
    pub(crate) unseen: Option<&'static str>,
}

impl RouteRule {
    /// The HTTP method, `_` for any.
    pub fn method(&self) -> &'static str {
        self.method
    }

    /// The path pattern after `/api/endpoints/{id}/docker` (Docker) or `/api` (Portainer).
    pub fn path(&self) -> &'static str {
        self.path
    }

    /// Portainer's authorization for the route (`DockerContainerExport`), as its role lists
    /// name it; `None` for Portainer's own routes outside the environment role lists.
    pub fn authorization(&self) -> Option<&'static str> {
        self.authorization
    }

    /// How the row is decided.
    pub fn decided(&self) -> Decided {
        self.decided
    }

    /// What the gate cannot see of a request on this route and Portainer's proxy does not look
    /// at either (an exec instance names no container).
    pub fn unseen(&self) -> Option<&'static str> {
        self.unseen
    }

    /// Whether the rule reads a query parameter to apply or to find its resource.
    pub fn query_parameter(&self) -> Option<&'static str> {
        match (self.when, self.takes) {
            (When::Query(name) | When::NoQuery(name) | When::QueryIs(name, _), _) => Some(name),
            (_, Takes::Query(name)) => Some(name),
            _ => None,
        }
    }

    const fn new(
        method: &'static str,
        path: &'static str,
        authorization: &'static str,
        decided: Decided,
    ) -> RouteRule {
        RouteRule {
            method,
            path,
            authorization: if authorization.is_empty() {
                None
            } else {
                Some(authorization)
            },
            decided,
            when: When::Always,
            takes: Takes::Nothing,
            reads: Reads::Nothing,
            unseen: None,
        }
    }

    const fn on_captured(self) -> RouteRule {
        self.taking(Takes::Captured)
    }

    const fn taking(self, takes: Takes) -> RouteRule {
        RouteRule { takes, ..self }
    }

    const fn when(self, when: When) -> RouteRule {
        RouteRule { when, ..self }
    }

    const fn reading(self, reads: Reads) -> RouteRule {
        RouteRule { reads, ..self }
    }

    const fn unseen_is(self, unseen: &'static str) -> RouteRule {
        RouteRule {
            unseen: Some(unseen),
            ..self
        }
    }
}

/// A row decided by one operation; `authorization` is Portainer's name without `Operation`.
const fn op(
    method: &'static str,
    path: &'static str,
    authorization: &'static str,
    operation: &'static str,
) -> RouteRule {
    RouteRule::new(method, path, authorization, Decided::Operation(operation))
}

/// A row decided by one operation on the resource the path's `*` names.
const fn on(
    method: &'static str,
    path: &'static str,
    authorization: &'static str,
    operation: &'static str,
) -> RouteRule {
    op(method, path, authorization, operation).on_captured()
}

/// A row that reads the host on a standalone environment and the cluster on a swarm.
const fn host(method: &'static str, path: &'static str, authorization: &'static str) -> RouteRule {
    RouteRule::new(
        method,
        path,
        authorization,
        Decided::ByKind {
            standalone: "host.inspect",
            swarm: "swarm.inspect",
        },
    )
}

/// A row Portainer's proxy keeps to its administrators.
const fn administrators(
    method: &'static str,
    path: &'static str,
    authorization: &'static str,
    reason: &'static str,
) -> RouteRule {
    RouteRule::new(
        method,
        path,
        authorization,
        Decided::AdministratorOnly(reason),
    )
}

const PRUNE: &str =
    "Portainer's proxy keeps pruning to its administrators (`administratorOperation`)";
const SWARM: &str = "Portainer's proxy keeps changing the swarm itself to its administrators (`administratorOperation`)";
const NODE: &str = "Portainer's proxy keeps a node's own routes to its administrators (`administratorOperation`); listing nodes is `swarm.inspect`";
const EXEC: &str = "the exec instance names no container: Portainer's proxy checked the container when the exec was created (`POST containers/{id}/exec`), and the gate checks the role only";
const TASK: &str =
    "a task names no service the state holds: the gate checks the role only, as Portainer's proxy does";

/// Docker Engine API requests through Portainer's proxy, after `/api/endpoints/{id}/docker`
/// (or `/agent/docker`) and Docker's version prefix.
pub(crate) const DOCKER: &[RouteRule] = &[
    // Containers.
    op("GET", "containers/json", "DockerContainerList", "container.list"),
    op(
        "POST",
        "containers/create",
        "DockerContainerCreate",
        "container.create",
    )
    .reading(Reads::HostConfig),
    administrators("POST", "containers/prune", "DockerContainerPrune", PRUNE),
    on(
        "GET",
        "containers/*/json",
        "DockerContainerInspect",
        "container.inspect",
    ),
    on(
        "GET",
        "containers/*/top",
        "DockerContainerTop",
        "container.inspect",
    ),
    on(
        "GET",
        "containers/*/stats",
        "DockerContainerStats",
        "container.inspect",
    ),
    on(
        "GET",
        "containers/*/changes",
        "DockerContainerChanges",
        "container.inspect",
    ),
    on(
        "HEAD",
        "containers/*/archive",
        "DockerContainerArchiveInfo",
        "container.inspect",
    ),
    // Copying a container's files out is taking its content, as a commit does: EA and ST.
    on(
        "GET",
        "containers/*/export",
        "DockerContainerExport",
        "container.commit",
    ),
    on(
        "GET",
        "containers/*/archive",
        "DockerContainerArchive",
        "container.commit",
    ),
    on(
        "PUT",
        "containers/*/archive",
        "DockerContainerPutContainerArchive",
        "container.edit",
    ),
    on("GET", "containers/*/logs", "DockerContainerLogs", "container.logs"),
    on(
        "POST",
        "containers/*/start",
        "DockerContainerStart",
        "container.start",
    ),
    on("POST", "containers/*/stop", "DockerContainerStop", "container.stop"),
    on("POST", "containers/*/kill", "DockerContainerKill", "container.kill"),
    on(
        "POST",
        "containers/*/restart",
        "DockerContainerRestart",
        "container.restart",
    ),
    on(
        "POST",
        "containers/*/pause",
        "DockerContainerPause",
        "container.pause",
    ),
    on(
        "POST",
        "containers/*/unpause",
        "DockerContainerUnpause",
        "container.resume",
    ),
    // Waiting for a container is what `docker run` does while attached to it.
    on(
        "POST",
        "containers/*/wait",
        "DockerContainerWait",
        "container.attach",
    ),
    on(
        "POST",
        "containers/*/exec",
        "DockerContainerExec",
        "container.console",
    ),
    on(
        "POST",
        "containers/*/resize",
        "DockerContainerResize",
        "container.console",
    ),
    on(
        "POST",
        "containers/*/attach",
        "DockerContainerAttach",
        "container.attach",
    ),
    on(
        "GET",
        "containers/*/attach/ws",
        "DockerContainerAttachWebsocket",
        "container.attach",
    ),
    on(
        "POST",
        "containers/*/update",
        "DockerContainerUpdate",
        "container.edit",
    ),
    on(
        "POST",
        "containers/*/rename",
        "DockerContainerRename",
        "container.edit",
    ),
    on(
        "DELETE",
        "containers/*",
        "DockerContainerDelete",
        "container.delete",
    ),
    op("POST", "commit", "DockerImageCommit", "container.commit").taking(Takes::Query("container")),
    // Exec instances: created on a container (above), then started, resized and inspected by
    // their own id.
    op("POST", "exec/*/start", "DockerExecStart", "container.console").unseen_is(EXEC),
    op("POST", "exec/*/resize", "DockerExecResize", "container.console").unseen_is(EXEC),
    op("GET", "exec/*/json", "DockerExecInspect", "container.console").unseen_is(EXEC),
    // Networks joined and left by a container.
    op(
        "POST",
        "networks/*/connect",
        "DockerNetworkConnect",
        "container.join_network",
    )
    .taking(Takes::BodyContainer),
    op(
        "POST",
        "networks/*/disconnect",
        "DockerNetworkDisconnect",
        "container.leave_network",
    )
    .taking(Takes::BodyContainer),
    // Images. Portainer keeps no access control on images: a route names none as its target.
    op("GET", "images/json", "DockerImageList", "image.list"),
    op("GET", "images/search", "DockerImageSearch", "image.list"),
    op("POST", "images/create", "DockerImageCreate", "image.import").when(When::Query("fromSrc")),
    op("POST", "images/create", "DockerImageCreate", "image.pull"),
    op("POST", "images/load", "DockerImageLoad", "image.import"),
    // Saving images as a tarball is granted to every role that inspects them.
    op("GET", "images/get", "DockerImageGetAll", "image.inspect"),
    op("POST", "images/prune", "DockerImagePrune", "image.delete"),
    op("POST", "build", "DockerImageBuild", "image.build"),
    op("POST", "build/prune", "DockerBuildPrune", "image.build"),
    op("POST", "build/cancel", "DockerBuildCancel", "image.build"),
    op("POST", "session", "DockerSessionStart", "image.build"),
    // Pushing is a registry transfer Portainer grants with pulling (EA, ST).
    op("POST", "images/**/push", "DockerImagePush", "image.pull"),
    op("POST", "images/**/tag", "DockerImageTag", "image.tag"),
    op("GET", "images/**/json", "DockerImageInspect", "image.inspect"),
    op("GET", "images/**/history", "DockerImageHistory", "image.inspect"),
    op("GET", "images/**/get", "DockerImageGet", "image.inspect"),
    op(
        "GET",
        "distribution/**/json",
        "DockerDistributionInspect",
        "image.inspect",
    ),
    // Removing an image removes its tags, by name or by id alike.
    op("DELETE", "images/**", "DockerImageDelete", "image.untag"),
    // Plugins are images the daemon pulls and runs: Portainer grants listing them to every
    // role and the rest to EA and ST, as it grants pulling images.
    op("GET", "plugins", "DockerPluginList", "image.list"),
    op("GET", "plugins/privileges", "DockerPluginPrivileges", "image.pull"),
    op("POST", "plugins/pull", "DockerPluginPull", "image.pull"),
    op("POST", "plugins/create", "DockerPluginCreate", "image.import"),
    op("GET", "plugins/**/json", "DockerPluginInspect", "image.pull"),
    op("POST", "plugins/**/enable", "DockerPluginEnable", "image.pull"),
    op("POST", "plugins/**/disable", "DockerPluginDisable", "image.pull"),
    op("POST", "plugins/**/upgrade", "DockerPluginUpgrade", "image.pull"),
    op("POST", "plugins/**/push", "DockerPluginPush", "image.pull"),
    op("POST", "plugins/**/set", "DockerPluginSet", "image.pull"),
    op("DELETE", "plugins/**", "DockerPluginDelete", "image.pull"),
    // Volumes.
    op("GET", "volumes", "DockerVolumeList", "volume.list"),
    op("POST", "volumes/create", "DockerVolumeCreate", "volume.create"),
    administrators("POST", "volumes/prune", "DockerVolumePrune", PRUNE),
    on("GET", "volumes/*", "DockerVolumeInspect", "volume.inspect"),
    on("DELETE", "volumes/*", "DockerVolumeDelete", "volume.delete"),
    // The agent's file browser in a volume: reading is browsing; changing files is browsing
    // and the volume's deletion grant (EA, ST).
    browse("GET", "v2/browse/ls", "DockerAgentBrowseList", None),
    browse("GET", "v2/browse/get", "DockerAgentBrowseGet", None),
    browse(
        "DELETE",
        "v2/browse/delete",
        "DockerAgentBrowseDelete",
        Some("volume.delete"),
    ),
    browse(
        "PUT",
        "v2/browse/rename",
        "DockerAgentBrowseRename",
        Some("volume.delete"),
    ),
    browse(
        "POST",
        "v2/browse/put",
        "DockerAgentBrowsePut",
        Some("volume.delete"),
    ),
    administrators(
        "_",
        "v2/browse/**",
        "",
        "without `volumeID` the agent browses the host's file system, which Portainer's proxy keeps to its administrators",
    )
    .when(When::NoQuery("volumeID")),
    // Networks.
    op("GET", "networks", "DockerNetworkList", "network.list"),
    op("POST", "networks/create", "DockerNetworkCreate", "network.create"),
    administrators(
        "POST",
        "networks/prune",
        "DockerNetworkPrune",
        "Portainer's proxy reads `prune` as a network id that no resource control covers, which only its administrators pass",
    ),
    on("GET", "networks/*", "DockerNetworkInspect", "network.inspect"),
    on("DELETE", "networks/*", "DockerNetworkDelete", "network.delete"),
    // Configs and secrets: an update (of labels) needs reaching the object and creating.
    op("GET", "configs", "DockerConfigList", "config.list"),
    op("POST", "configs/create", "DockerConfigCreate", "config.create"),
    on("GET", "configs/*", "DockerConfigInspect", "config.inspect"),
    RouteRule::new(
        "POST",
        "configs/*/update",
        "DockerConfigUpdate",
        Decided::Both("config.inspect", "config.create"),
    )
    .on_captured(),
    on("DELETE", "configs/*", "DockerConfigDelete", "config.delete"),
    op("GET", "secrets", "DockerSecretList", "secret.list"),
    op("POST", "secrets/create", "DockerSecretCreate", "secret.create"),
    on("GET", "secrets/*", "DockerSecretInspect", "secret.inspect"),
    RouteRule::new(
        "POST",
        "secrets/*/update",
        "DockerSecretUpdate",
        Decided::Both("secret.inspect", "secret.create"),
    )
    .on_captured(),
    on("DELETE", "secrets/*", "DockerSecretDelete", "secret.delete"),
    // Services and their tasks.
    op("GET", "services", "DockerServiceList", "service.list"),
    op(
        "POST",
        "services/create",
        "DockerServiceCreate",
        "service.create",
    )
    .reading(Reads::ServiceMounts),
    on("GET", "services/*", "DockerServiceInspect", "service.inspect"),
    on("GET", "services/*/logs", "DockerServiceLogs", "service.logs"),
    on("DELETE", "services/*", "DockerServiceDelete", "service.delete"),
    on(
        "POST",
        "services/*/update",
        "DockerServiceUpdate",
        "service.rollback",
    )
    .when(When::QueryIs("rollback", "previous")),
    // A new spec is an edit, whose bind mounts the setting reads; none is a forced update.
    on(
        "POST",
        "services/*/update",
        "DockerServiceUpdate",
        "service.edit",
    )
    .when(When::Body)
    .reading(Reads::ServiceMounts),
    on(
        "POST",
        "services/*/update",
        "DockerServiceUpdate",
        "service.update",
    ),
    op("GET", "tasks", "DockerTaskList", "service.list"),
    op("GET", "tasks/*", "DockerTaskInspect", "service.inspect").unseen_is(TASK),
    op("GET", "tasks/*/logs", "DockerTaskLogs", "service.logs").unseen_is(TASK),
    // The swarm and its nodes.
    op("GET", "swarm", "DockerSwarmInspect", "swarm.inspect"),
    administrators("POST", "swarm/init", "DockerSwarmInit", SWARM),
    administrators("POST", "swarm/join", "DockerSwarmJoin", SWARM),
    administrators("POST", "swarm/leave", "DockerSwarmLeave", SWARM),
    administrators("POST", "swarm/update", "DockerSwarmUpdate", SWARM),
    administrators("GET", "swarm/unlockkey", "DockerSwarmUnlockKey", SWARM),
    administrators("POST", "swarm/unlock", "DockerSwarmUnlock", SWARM),
    op("GET", "nodes", "DockerNodeList", "swarm.inspect"),
    administrators("GET", "nodes/*", "DockerNodeInspect", NODE),
    administrators("DELETE", "nodes/*", "DockerNodeDelete", NODE),
    administrators("POST", "nodes/*/update", "DockerNodeUpdate", NODE),
    // The daemon and the agent: the host on a standalone environment, the cluster on a swarm.
    host("GET", "_ping", "DockerPing"),
    host("HEAD", "_ping", "DockerPing"),
    host("GET", "info", "DockerInfo"),
    host("GET", "version", "DockerVersion"),
    host("GET", "system/df", "DockerSystem"),
    host("GET", "ping", "DockerAgentPing"),
    host("GET", "v2/agents", "DockerAgentList"),
    host("GET", "v2/host/info", "DockerAgentHostInfo"),
    // Events are granted to every role, on every kind of environment, as listing containers is.
    op("GET", "events", "DockerEvents", "container.list"),
];

/// A row of the agent's file browser in the volume `?volumeID=` names.
const fn browse(
    method: &'static str,
    path: &'static str,
    authorization: &'static str,
    also: Option<&'static str>,
) -> RouteRule {
    let decided = match also {
        Some(also) => Decided::Both("volume.browse", also),
        None => Decided::Operation("volume.browse"),
    };
    RouteRule::new(method, path, authorization, decided)
        .when(When::Query("volumeID"))
        .taking(Takes::Query("volumeID"))
}

/// Portainer's own API after `/api`, the environment in `?endpointId=`.
pub(crate) const PORTAINER: &[RouteRule] = &[
    op("GET", "stacks", "PortainerStackList", "stack.list"),
    op(
        "POST",
        "stacks/create/*/*",
        "PortainerStackCreate",
        "stack.create",
    )
    .reading(Reads::StackFile),
    op("POST", "stacks", "PortainerStackCreate", "stack.create").reading(Reads::StackFileByQuery),
    on("GET", "stacks/*", "PortainerStackInspect", "stack.inspect"),
    on(
        "GET",
        "stacks/*/file",
        "PortainerStackFile",
        "stack.inspect",
    ),
    on("PUT", "stacks/*", "PortainerStackUpdate", "stack.edit"),
    on("POST", "stacks/*/git", "", "stack.edit"),
    on("PUT", "stacks/*/git/redeploy", "", "stack.edit"),
    on("POST", "stacks/*/start", "", "stack.start"),
    on("POST", "stacks/*/stop", "", "stack.stop"),
    on(
        "POST",
        "stacks/*/migrate",
        "PortainerStackMigrate",
        "stack.migrate",
    ),
    on("DELETE", "stacks/*", "PortainerStackDelete", "stack.delete"),
    // The console's websocket: an exec instance (created on its container), or the container
    // itself to attach to.
    op(
        "GET",
        "websocket/exec",
        "PortainerWebsocketExec",
        "container.console",
    )
    .unseen_is(EXEC),
    op("GET", "websocket/attach", "", "container.attach").taking(Takes::Query("id")),
    op("GET", "custom_templates", "", "custom_template.list"),
    on("GET", "custom_templates/*", "", "custom_template.list"),
    on("GET", "custom_templates/*/file", "", "custom_template.list"),
    op("POST", "custom_templates", "", "custom_template.create"),
    op(
        "POST",
        "custom_templates/create/*",
        "",
        "custom_template.create",
    ),
    on("PUT", "custom_templates/*", "", "custom_template.edit"),
    on(
        "PUT",
        "custom_templates/*/git_fetch",
        "",
        "custom_template.edit",
    ),
    on("DELETE", "custom_templates/*", "", "custom_template.delete"),
    op("GET", "templates", "", "app_template.list"),
    op("GET", "registries/*", "", "registry.inspect").taking(Takes::Registry),
    op("GET", "registries/*/v2/**", "", "registry.browse").taking(Takes::Registry),
    op(
        "PUT",
        "registries/*/v2/**",
        "",
        "registry.update_repositories",
    )
    .taking(Takes::Registry),
    op(
        "DELETE",
        "registries/*/v2/**",
        "",
        "registry.delete_repositories",
    )
    .taking(Takes::Registry),
];

/// Portainer's own handler that recreates a container, pulling its image again
/// (`POST /api/docker/{environment}/containers/{id}/recreate`).
pub(crate) const RECREATE: RouteRule =
    on("POST", "containers/*/recreate", "", "container.recreate");

/// The Docker Engine API rows, in the order they are tried.
pub fn docker_routes() -> &'static [RouteRule] {
    DOCKER
}

/// The rows of Portainer's own API (and its container recreation handler).
pub fn portainer_routes() -> impl Iterator<Item = &'static RouteRule> {
    PORTAINER.iter().chain([&RECREATE])
}

/// Every row: Docker's, then Portainer's own.
pub fn route_rules() -> impl Iterator<Item = &'static RouteRule> {
    DOCKER.iter().chain(portainer_routes())
}

/// Every operation some request routes to.
pub fn routed_operations() -> impl Iterator<Item = &'static str> {
    route_rules()
        .flat_map(|rule| match rule.decided {
            Decided::Operation(id) => [Some(id), None],
            Decided::Both(first, second) => [Some(first), Some(second)],
            Decided::ByKind { standalone, swarm } => [Some(standalone), Some(swarm)],
            Decided::AdministratorOnly(_) => [None, None],
        })
        .flatten()
}
