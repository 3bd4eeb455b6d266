//! Which operation an HTTP request to Portainer is, and on what: Docker Engine API requests as
//! they reach Portainer's proxy (`/api/endpoints/{id}/docker/…`, with or without the `/v1.xx`
//! prefix), following Portainer's own proxy (`api/http/proxy/factory/docker/transport.go`) and
//! Docker's API reference; and Portainer's own API for stacks, templates and registries. The
//! bodies of creations become the `request` the security settings read.
//!
//! A request that maps to no operation is `None`: the caller refuses it (fail closed).

use crate::prelude::*;

use super::stack_file::stack_asks;
use crate::core::error::{Error, Result};
use crate::core::http::{invalid, HttpRequest};
use crate::core::json::{present_field as field, ObjectWriter, Value};

/// Where a request goes: the operation and its target (as `explain` reads it).
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub operation: &'static str,
    /// `{ environmentId, resourceId?, registryId?, request? }`.
    pub target: Value,
    /// Set when the body that decides the security settings could not be read (a stack file
    /// in a repository or an upload): what it is.
    pub unread: Option<&'static str>,
}

impl Route {
    /// `{ id, target }`, with `unread` when set.
    pub fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string("id", self.operation)
            .field("target", self.target.clone())
            .field_opt_str("unread", self.unread)
            .build()
    }
}

/// What a request's rule finds: the operation, and what it acts on and asks for.
struct Found {
    operation: &'static str,
    resource: Option<String>,
    registry: Option<String>,
    request: Option<Value>,
    unread: Option<&'static str>,
}

/// When a rule applies, besides its method and path.
#[derive(Clone, Copy)]
enum When {
    Always,
    /// The query parameter is set.
    Query(&'static str),
    /// The query parameter has this value.
    QueryIs(&'static str, &'static str),
    /// The request has a JSON body.
    Body,
    /// The captured image name is `name:tag` (removing it drops a tag), not an id.
    Tagged,
}

/// What the operation acts on.
#[derive(Clone, Copy)]
enum Takes {
    Nothing,
    /// The resource the path's `*` or `**` names.
    Captured,
    /// The resource a query parameter names.
    Query(&'static str),
    /// The container the body's `Container` names (joining or leaving a network).
    BodyContainer,
    /// The registry the path's `*` names.
    Registry,
}

/// What of the body the security settings read.
#[derive(Clone, Copy)]
enum Reads {
    Nothing,
    HostConfig,
    ServiceMounts,
    /// The stack file, given as the path's last segment says (`string`, `file`, `repository`).
    StackFile,
    /// The stack file, as the deprecated route's `method` query parameter says.
    StackFileByQuery,
}

/// `(method, path pattern, operation, when, takes, reads)`: `*` is one segment, `**` one or
/// more (image names with registries and slashes); `_` is any method. The first rule that
/// matches decides.
type Rule = (&'static str, &'static str, &'static str, When, Takes, Reads);

const fn rule(method: &'static str, path: &'static str, operation: &'static str) -> Rule {
    (
        method,
        path,
        operation,
        When::Always,
        Takes::Nothing,
        Reads::Nothing,
    )
}

const fn on(method: &'static str, path: &'static str, operation: &'static str) -> Rule {
    (
        method,
        path,
        operation,
        When::Always,
        Takes::Captured,
        Reads::Nothing,
    )
}

/// Docker Engine API requests through Portainer's proxy, after `/api/endpoints/{id}/docker`
/// and Docker's version prefix.
const DOCKER: &[Rule] = &[
    rule("GET", "containers/json", "container.list"),
    (
        "POST",
        "containers/create",
        "container.create",
        When::Always,
        Takes::Nothing,
        Reads::HostConfig,
    ),
    on("GET", "containers/*/json", "container.inspect"),
    on("GET", "containers/*/top", "container.inspect"),
    on("GET", "containers/*/stats", "container.inspect"),
    on("GET", "containers/*/changes", "container.inspect"),
    on("GET", "containers/*/export", "container.inspect"),
    on("GET", "containers/*/archive", "container.inspect"),
    on("HEAD", "containers/*/archive", "container.inspect"),
    on("PUT", "containers/*/archive", "container.edit"),
    on("GET", "containers/*/logs", "container.logs"),
    on("POST", "containers/*/start", "container.start"),
    on("POST", "containers/*/stop", "container.stop"),
    on("POST", "containers/*/kill", "container.kill"),
    on("POST", "containers/*/restart", "container.restart"),
    on("POST", "containers/*/pause", "container.pause"),
    on("POST", "containers/*/unpause", "container.resume"),
    on("POST", "containers/*/wait", "container.inspect"),
    on("POST", "containers/*/exec", "container.console"),
    on("POST", "containers/*/resize", "container.console"),
    on("POST", "containers/*/attach", "container.attach"),
    on("GET", "containers/*/attach/ws", "container.attach"),
    on("POST", "containers/*/update", "container.edit"),
    on("POST", "containers/*/rename", "container.edit"),
    on("DELETE", "containers/*", "container.delete"),
    (
        "POST",
        "commit",
        "container.commit",
        When::Always,
        Takes::Query("container"),
        Reads::Nothing,
    ),
    (
        "POST",
        "networks/*/connect",
        "container.join_network",
        When::Always,
        Takes::BodyContainer,
        Reads::Nothing,
    ),
    (
        "POST",
        "networks/*/disconnect",
        "container.leave_network",
        When::Always,
        Takes::BodyContainer,
        Reads::Nothing,
    ),
    rule("GET", "images/json", "image.list"),
    (
        "POST",
        "images/create",
        "image.import",
        When::Query("fromSrc"),
        Takes::Nothing,
        Reads::Nothing,
    ),
    rule("POST", "images/create", "image.pull"),
    rule("POST", "images/load", "image.import"),
    rule("GET", "images/get", "image.export"),
    rule("POST", "build", "image.build"),
    on("POST", "images/**/push", "image.push"),
    on("POST", "images/**/tag", "image.tag"),
    on("GET", "images/**/json", "image.inspect"),
    on("GET", "images/**/history", "image.inspect"),
    on("GET", "images/**/get", "image.export"),
    (
        "DELETE",
        "images/**",
        "image.untag",
        When::Tagged,
        Takes::Captured,
        Reads::Nothing,
    ),
    on("DELETE", "images/**", "image.delete"),
    rule("GET", "volumes", "volume.list"),
    rule("POST", "volumes/create", "volume.create"),
    on("GET", "volumes/*", "volume.inspect"),
    on("DELETE", "volumes/*", "volume.delete"),
    // The agent's file browser on a volume; on the host's files (no volume) it is Portainer's
    // administrators' alone, no operation.
    (
        "_",
        "v2/browse/**",
        "volume.browse",
        When::Always,
        Takes::Query("volumeID"),
        Reads::Nothing,
    ),
    rule("GET", "networks", "network.list"),
    rule("POST", "networks/create", "network.create"),
    on("GET", "networks/*", "network.inspect"),
    on("DELETE", "networks/*", "network.delete"),
    rule("GET", "configs", "config.list"),
    rule("POST", "configs/create", "config.create"),
    on("GET", "configs/*", "config.inspect"),
    on("DELETE", "configs/*", "config.delete"),
    rule("GET", "secrets", "secret.list"),
    rule("POST", "secrets/create", "secret.create"),
    on("GET", "secrets/*", "secret.inspect"),
    on("DELETE", "secrets/*", "secret.delete"),
    rule("GET", "services", "service.list"),
    rule("GET", "tasks", "service.list"),
    (
        "POST",
        "services/create",
        "service.create",
        When::Always,
        Takes::Nothing,
        Reads::ServiceMounts,
    ),
    on("GET", "services/*", "service.inspect"),
    on("GET", "services/*/logs", "service.logs"),
    on("DELETE", "services/*", "service.delete"),
    (
        "POST",
        "services/*/update",
        "service.rollback",
        When::QueryIs("rollback", "previous"),
        Takes::Captured,
        Reads::Nothing,
    ),
    // A new spec is an edit, whose bind mounts the setting reads; none is a forced update.
    (
        "POST",
        "services/*/update",
        "service.edit",
        When::Body,
        Takes::Captured,
        Reads::ServiceMounts,
    ),
    on("POST", "services/*/update", "service.update"),
    rule("GET", "swarm", "swarm.inspect"),
    rule("GET", "nodes", "swarm.inspect"),
    rule("GET", "nodes/*", "swarm.inspect"),
    rule("GET", "info", "host.inspect"),
    rule("GET", "version", "host.inspect"),
    rule("GET", "_ping", "host.inspect"),
    rule("GET", "system/df", "host.inspect"),
    rule("GET", "events", "event.list"),
];

/// Portainer's own API after `/api`, the environment in `?endpointId=`.
const PORTAINER: &[Rule] = &[
    rule("GET", "stacks", "stack.list"),
    (
        "POST",
        "stacks/create/*/*",
        "stack.create",
        When::Always,
        Takes::Nothing,
        Reads::StackFile,
    ),
    (
        "POST",
        "stacks",
        "stack.create",
        When::Always,
        Takes::Nothing,
        Reads::StackFileByQuery,
    ),
    on("GET", "stacks/*", "stack.inspect"),
    on("GET", "stacks/*/file", "stack.inspect"),
    on("PUT", "stacks/*", "stack.edit"),
    on("POST", "stacks/*/git", "stack.edit"),
    on("PUT", "stacks/*/git/redeploy", "stack.edit"),
    on("POST", "stacks/*/start", "stack.start"),
    on("POST", "stacks/*/stop", "stack.stop"),
    on("POST", "stacks/*/migrate", "stack.migrate"),
    on("DELETE", "stacks/*", "stack.delete"),
    rule("GET", "custom_templates", "custom_template.list"),
    on("GET", "custom_templates/*", "custom_template.list"),
    on("GET", "custom_templates/*/file", "custom_template.list"),
    rule("POST", "custom_templates", "custom_template.create"),
    rule(
        "POST",
        "custom_templates/create/*",
        "custom_template.create",
    ),
    on("PUT", "custom_templates/*", "custom_template.edit"),
    on(
        "PUT",
        "custom_templates/*/git_fetch",
        "custom_template.edit",
    ),
    on("DELETE", "custom_templates/*", "custom_template.delete"),
    rule("GET", "templates", "app_template.list"),
    (
        "GET",
        "registries/*",
        "registry.inspect",
        When::Always,
        Takes::Registry,
        Reads::Nothing,
    ),
    (
        "GET",
        "registries/*/v2/**",
        "registry.browse",
        When::Always,
        Takes::Registry,
        Reads::Nothing,
    ),
    (
        "PUT",
        "registries/*/v2/**",
        "registry.update_repositories",
        When::Always,
        Takes::Registry,
        Reads::Nothing,
    ),
    (
        "DELETE",
        "registries/*/v2/**",
        "registry.delete_repositories",
        When::Always,
        Takes::Registry,
        Reads::Nothing,
    ),
];

/// Every operation some request routes to.
pub fn routed_operations() -> impl Iterator<Item = &'static str> {
    DOCKER
        .iter()
        .chain(PORTAINER)
        .map(|rule| rule.2)
        .chain(["container.recreate"])
}

/// Matches `path` against a pattern; the `*` or `**` segment(s) it captured (the first).
fn matches(pattern: &str, path: &[&str]) -> Option<Option<String>> {
    let parts: Vec<&str> = pattern.split('/').collect();
    let mut captured = None;
    let mut at = 0;
    for (i, part) in parts.iter().enumerate() {
        match *part {
            "**" => {
                let rest = parts.len() - i - 1;
                let end = path.len().checked_sub(rest).filter(|&end| end > at)?;
                captured.get_or_insert_with(|| path[at..end].join("/"));
                at = end;
            }
            "*" => {
                let segment = path.get(at)?;
                captured.get_or_insert_with(|| (*segment).to_owned());
                at += 1;
            }
            literal => {
                if path.get(at) != Some(&literal) {
                    return None;
                }
                at += 1;
            }
        }
    }
    (at == path.len()).then_some(captured)
}

fn first_rule(http: &HttpRequest, rules: &[Rule], path: &[&str]) -> Result<Option<Found>> {
    for &(method, pattern, operation, when, takes, reads) in rules {
        if method != "_" && method != http.method {
            continue;
        }
        let Some(captured) = matches(pattern, path) else {
            continue;
        };
        let applies = match when {
            When::Always => true,
            When::Query(name) => http.query(name).is_some_and(|v| !v.is_empty()),
            When::QueryIs(name, value) => http.query(name) == Some(value),
            When::Body => http.json_body()?.is_some(),
            When::Tagged => captured.as_deref().is_some_and(is_tagged_reference),
        };
        if !applies {
            continue;
        }
        let mut found = Found {
            operation,
            resource: None,
            registry: None,
            request: None,
            unread: None,
        };
        match takes {
            Takes::Nothing => {}
            Takes::Captured => found.resource = captured,
            Takes::Registry => found.registry = captured,
            Takes::Query(name) => match http.query(name) {
                Some(id) if !id.is_empty() => found.resource = Some(id.to_owned()),
                _ => return Ok(None),
            },
            Takes::BodyContainer => found.resource = Some(network_member(http)?),
        }
        match reads {
            Reads::Nothing => {}
            Reads::HostConfig => found.request = Some(container_request(http)?),
            Reads::ServiceMounts => found.request = Some(service_request(http)?),
            Reads::StackFile => {
                stack_creation(http, path.last().copied().unwrap_or_default(), &mut found)?
            }
            Reads::StackFileByQuery => {
                stack_creation(http, http.query("method").unwrap_or_default(), &mut found)?
            }
        }
        return Ok(Some(found));
    }
    Ok(None)
}

/// The operation and target of `{ method, url, body }`; `None` when it is none of the
/// operations.
pub fn route(request: &Value) -> Result<Option<Route>> {
    let http = HttpRequest::from_value(request, "request")?;
    let segments: Vec<&str> = http.path.split('/').filter(|s| !s.is_empty()).collect();
    let (environment, found) = match segments.as_slice() {
        ["api", "endpoints", env, "docker", rest @ ..]
        | ["api", "endpoints", env, "agent", "docker", rest @ ..] => {
            (*env, first_rule(&http, DOCKER, unversioned(rest))?)
        }
        // Portainer's own handler that recreates a container (pulling its image again).
        ["api", "docker", env, "containers", id, "recreate"] if http.method == "POST" => (
            *env,
            Some(Found {
                operation: "container.recreate",
                resource: Some((*id).to_owned()),
                registry: None,
                request: None,
                unread: None,
            }),
        ),
        ["api", rest @ ..] => match http.query("endpointId") {
            Some(env) if !env.is_empty() => (env, first_rule(&http, PORTAINER, rest)?),
            _ => ("", None),
        },
        _ => ("", None),
    };
    let Some(found) = found.filter(|_| !environment.is_empty()) else {
        return Ok(None);
    };
    let target = ObjectWriter::new()
        .string("environmentId", environment)
        .field_opt_str("resourceId", found.resource.as_deref())
        .field_opt_str("registryId", found.registry.as_deref())
        .field_opt("request", found.request)
        .build();
    Ok(Some(Route {
        operation: found.operation,
        target,
        unread: found.unread,
    }))
}

/// The path without Docker's `/v1.xx` version prefix.
fn unversioned<'a, 'b>(rest: &'a [&'b str]) -> &'a [&'b str] {
    match rest.split_first() {
        Some((first, tail)) if is_version(first) => tail,
        _ => rest,
    }
}

fn is_version(segment: &str) -> bool {
    let Some((major, minor)) = segment.strip_prefix('v').and_then(|n| n.split_once('.')) else {
        return false;
    };
    !major.is_empty()
        && !minor.is_empty()
        && major.bytes().all(|b| b.is_ascii_digit())
        && minor.bytes().all(|b| b.is_ascii_digit())
}

/// `name:tag` or `registry:port/name:tag`, as opposed to an image id.
fn is_tagged_reference(name: &str) -> bool {
    let last = name.rsplit('/').next().unwrap_or(name);
    !name.starts_with("sha256:") && last.contains(':')
}

/// The container a network connection names in its body.
fn network_member(http: &HttpRequest) -> Result<String> {
    match http.json_body()?.and_then(|body| field(body, "Container")) {
        Some(Value::String(id)) if !id.is_empty() => Ok(id.clone()),
        _ => Err(invalid(
            "request.body.Container",
            "the container to connect or disconnect is required",
        )),
    }
}

fn wrong(path: &str, expected: &str, value: &Value) -> Error {
    invalid(
        path,
        format!("`{path}` must be {expected}, not {}", value.kind()),
    )
}

fn array_at(value: Option<&Value>, path: &str) -> Result<Option<Value>> {
    match value {
        None => Ok(None),
        Some(Value::Array(items)) => Ok(Some(Value::Array(items.clone()))),
        Some(other) => Err(wrong(path, "an array", other)),
    }
}

/// Docker's mount objects (`Type`, `Source`) as the request's `mounts`.
fn mounts_at(value: Option<&Value>, path: &str) -> Result<Option<Value>> {
    let Some(value) = value else {
        return Ok(None);
    };
    let Value::Array(items) = value else {
        return Err(wrong(path, "an array", value));
    };
    let mut mounts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let text = |name: &str| match field(item, name) {
            None => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(other) => Err(wrong(&format!("{item_path}.{name}"), "a string", other)),
        };
        if !matches!(item, Value::Object(_)) {
            return Err(wrong(&item_path, "an object", item));
        }
        mounts.push(
            ObjectWriter::new()
                .string("type", &text("Type")?)
                .string("source", &text("Source")?)
                .build(),
        );
    }
    Ok(Some(Value::Array(mounts)))
}

fn required_body<'h>(http: &'h HttpRequest, what: &str) -> Result<&'h Value> {
    match http.json_body()? {
        Some(body @ Value::Object(_)) => Ok(body),
        _ => Err(invalid(
            "request.body",
            format!("a JSON body is required: the security settings read {what}"),
        )),
    }
}

/// A container creation's `HostConfig`, as the security settings read it.
fn container_request(http: &HttpRequest) -> Result<Value> {
    let body = required_body(http, "the container's HostConfig")?;
    let mut writer = ObjectWriter::new();
    let Some(host) = field(body, "HostConfig") else {
        return Ok(writer.build());
    };
    let at = |name: &str| format!("request.body.HostConfig.{name}");
    match field(host, "Privileged") {
        None => {}
        Some(Value::Bool(b)) => writer = writer.field("privileged", Value::Bool(*b)),
        Some(other) => return Err(wrong(&at("Privileged"), "a boolean", other)),
    }
    match field(host, "PidMode") {
        None => {}
        Some(Value::String(mode)) => writer = writer.string("pidMode", mode),
        Some(other) => return Err(wrong(&at("PidMode"), "a string", other)),
    }
    writer = writer
        .field_opt("devices", array_at(field(host, "Devices"), &at("Devices"))?)
        .field_opt("capAdd", array_at(field(host, "CapAdd"), &at("CapAdd"))?)
        .field_opt("capDrop", array_at(field(host, "CapDrop"), &at("CapDrop"))?);
    if let Some(binds) = array_at(field(host, "Binds"), &at("Binds"))? {
        if let Value::Array(items) = &binds {
            if let Some(i) = items.iter().position(|b| !matches!(b, Value::String(_))) {
                return Err(wrong(
                    &format!("{}[{i}]", at("Binds")),
                    "a string",
                    &items[i],
                ));
            }
        }
        writer = writer.field("binds", binds);
    }
    writer = writer.field_opt("mounts", mounts_at(field(host, "Mounts"), &at("Mounts"))?);
    match field(host, "Sysctls") {
        None => {}
        Some(sysctls @ Value::Object(_)) => writer = writer.field("sysctls", sysctls.clone()),
        Some(other) => return Err(wrong(&at("Sysctls"), "an object", other)),
    }
    Ok(writer.build())
}

/// A service spec's container mounts, which the bind-mount setting reads.
fn service_request(http: &HttpRequest) -> Result<Value> {
    let body = required_body(http, "the service's mounts")?;
    let mounts = field(body, "TaskTemplate")
        .and_then(|t| field(t, "ContainerSpec"))
        .and_then(|c| field(c, "Mounts"));
    Ok(ObjectWriter::new()
        .field_opt(
            "mounts",
            mounts_at(mounts, "request.body.TaskTemplate.ContainerSpec.Mounts")?,
        )
        .build())
}

/// A stack creation: the compose file given as text is read for the security settings; one
/// in a repository or an upload cannot be, and says so.
fn stack_creation(http: &HttpRequest, kind: &str, found: &mut Found) -> Result<()> {
    if kind != "string" {
        found.unread = Some(if kind == "repository" {
            "the stack file is in a git repository"
        } else {
            "the stack file is an upload"
        });
        return Ok(());
    }
    let body = required_body(http, "the stack file")?;
    let text = match field(body, "StackFileContent").or_else(|| field(body, "stackFileContent")) {
        Some(Value::String(text)) => text,
        Some(other) => return Err(wrong("request.body.StackFileContent", "a string", other)),
        None => {
            return Err(invalid(
                "request.body.StackFileContent",
                "the stack file's content is required",
            ))
        }
    };
    match stack_asks(text) {
        Some(asks) => found.request = Some(asks.to_request()),
        None => {
            found.unread = Some(
                "the stack file uses YAML this reader does not follow (anchors, aliases, flow-style services)",
            )
        }
    }
    Ok(())
}
