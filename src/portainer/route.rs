//! Which operation an HTTP request to Portainer is, and on what: Docker Engine API requests as
//! they reach Portainer's proxy (`/api/endpoints/{id}/docker/…`, with or without the `/v1.xx`
//! prefix), following Portainer's own proxy (`api/http/proxy/factory/docker/transport.go`) and
//! Docker's API reference; and Portainer's own API for stacks, templates and registries. The
//! bodies of creations become the `request` the security settings read.
//!
//! A request that maps to no operation is `None`: the caller refuses it (fail closed).

use super::stack_file::stack_asks;
use crate::core::error::{Error, Result};
use crate::core::http::{invalid, HttpRequest};
use crate::core::json::{ObjectWriter, Value};

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

struct Found {
    operation: &'static str,
    resource: Option<String>,
    registry: Option<String>,
    request: Option<Value>,
    unread: Option<&'static str>,
}

fn found(operation: &'static str) -> Found {
    Found {
        operation,
        resource: None,
        registry: None,
        request: None,
        unread: None,
    }
}

fn found_on(operation: &'static str, resource: &str) -> Found {
    Found {
        resource: Some(resource.to_owned()),
        ..found(operation)
    }
}

fn op(operation: &'static str) -> Option<Found> {
    Some(found(operation))
}

fn on(operation: &'static str, resource: &str) -> Option<Found> {
    Some(found_on(operation, resource))
}

/// The operation and target of `{ method, url, body }`; `None` when it is none of the
/// operations.
pub fn route(request: &Value) -> Result<Option<Route>> {
    let http = HttpRequest::from_value(request, "request")?;
    let segments: Vec<&str> = http.path.split('/').filter(|s| !s.is_empty()).collect();
    let (environment, found) = match segments.as_slice() {
        ["api", "endpoints", env, "docker", rest @ ..]
        | ["api", "endpoints", env, "agent", "docker", rest @ ..] => {
            (env.to_string(), docker(&http, unversioned(rest))?)
        }
        ["api", "docker", env, "containers", id, "recreate"] if http.method == "POST" => {
            (env.to_string(), on("container.recreate", id))
        }
        ["api", rest @ ..] => match http.query("endpointId") {
            Some(env) if !env.is_empty() => (env.to_owned(), portainer_api(&http, rest)?),
            _ => (String::new(), None),
        },
        _ => (String::new(), None),
    };
    let Some(found) = found else {
        return Ok(None);
    };
    if environment.is_empty() {
        return Ok(None);
    }
    let target = ObjectWriter::new()
        .string("environmentId", &environment)
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
    let Some(number) = segment.strip_prefix('v') else {
        return false;
    };
    let (major, minor) = number.split_once('.').unwrap_or((number, "0"));
    !major.is_empty()
        && !minor.is_empty()
        && major.bytes().all(|b| b.is_ascii_digit())
        && minor.bytes().all(|b| b.is_ascii_digit())
        && number.contains('.')
}

fn docker(http: &HttpRequest, path: &[&str]) -> Result<Option<Found>> {
    let method = http.method.as_str();
    Ok(match (method, path) {
        // Containers.
        ("GET", ["containers", "json"]) => op("container.list"),
        ("POST", ["containers", "create"]) => Some(Found {
            request: Some(container_request(http)?),
            ..found("container.create")
        }),
        ("GET", ["containers", id, "json" | "top" | "stats" | "changes" | "export"]) => {
            on("container.inspect", id)
        }
        ("GET" | "HEAD", ["containers", id, "archive"]) => on("container.inspect", id),
        ("PUT", ["containers", id, "archive"]) => on("container.edit", id),
        ("GET", ["containers", id, "logs"]) => on("container.logs", id),
        ("POST", ["containers", id, "start"]) => on("container.start", id),
        ("POST", ["containers", id, "stop"]) => on("container.stop", id),
        ("POST", ["containers", id, "kill"]) => on("container.kill", id),
        ("POST", ["containers", id, "restart"]) => on("container.restart", id),
        ("POST", ["containers", id, "pause"]) => on("container.pause", id),
        ("POST", ["containers", id, "unpause"]) => on("container.resume", id),
        ("POST", ["containers", id, "wait"]) => on("container.inspect", id),
        ("POST", ["containers", id, "exec" | "resize"]) => on("container.console", id),
        ("POST", ["containers", id, "attach"]) | ("GET", ["containers", id, "attach", "ws"]) => {
            on("container.attach", id)
        }
        ("POST", ["containers", id, "update" | "rename"]) => on("container.edit", id),
        ("DELETE", ["containers", id]) => on("container.delete", id),
        ("POST", ["commit"]) => match http.query("container") {
            Some(id) if !id.is_empty() => on("container.commit", id),
            _ => None,
        },
        ("POST", ["networks", _, "connect"]) => network_member(http, "container.join_network")?,
        ("POST", ["networks", _, "disconnect"]) => network_member(http, "container.leave_network")?,
        // Images: names may hold a registry and slashes.
        ("GET", ["images", "json"]) => op("image.list"),
        ("POST", ["images", "create"]) => {
            if http.query("fromSrc").is_some_and(|s| !s.is_empty()) {
                op("image.import")
            } else {
                op("image.pull")
            }
        }
        ("POST", ["images", "load"]) => op("image.import"),
        ("GET", ["images", "get"]) => op("image.export"),
        ("POST", ["build"]) => op("image.build"),
        ("POST", ["images", name @ .., "push"]) if !name.is_empty() => {
            on("image.push", &name.join("/"))
        }
        ("POST", ["images", name @ .., "tag"]) if !name.is_empty() => {
            on("image.tag", &name.join("/"))
        }
        ("GET", ["images", name @ .., "json" | "history"]) if !name.is_empty() => {
            on("image.inspect", &name.join("/"))
        }
        ("GET", ["images", name @ .., "get"]) if !name.is_empty() => {
            on("image.export", &name.join("/"))
        }
        ("DELETE", ["images", name @ ..]) if !name.is_empty() => {
            let name = name.join("/");
            // Removing `repo:tag` drops a tag; removing an id deletes the image.
            if is_tagged_reference(&name) {
                on("image.untag", &name)
            } else {
                on("image.delete", &name)
            }
        }
        // Volumes (names may hold dots), and the agent's volume browser.
        ("GET", ["volumes"]) => op("volume.list"),
        ("POST", ["volumes", "create"]) => op("volume.create"),
        ("GET", ["volumes", name]) => on("volume.inspect", name),
        ("DELETE", ["volumes", name]) => on("volume.delete", name),
        (_, ["v2", "browse", ..]) => match http.query("volumeID") {
            Some(volume) if !volume.is_empty() => on("volume.browse", volume),
            // The host's file system: Portainer keeps it to administrators, no operation here.
            _ => None,
        },
        // Networks.
        ("GET", ["networks"]) => op("network.list"),
        ("POST", ["networks", "create"]) => op("network.create"),
        ("GET", ["networks", id]) => on("network.inspect", id),
        ("DELETE", ["networks", id]) => on("network.delete", id),
        // Swarm objects.
        ("GET", ["configs"]) => op("config.list"),
        ("POST", ["configs", "create"]) => op("config.create"),
        ("GET", ["configs", id]) => on("config.inspect", id),
        ("DELETE", ["configs", id]) => on("config.delete", id),
        ("GET", ["secrets"]) => op("secret.list"),
        ("POST", ["secrets", "create"]) => op("secret.create"),
        ("GET", ["secrets", id]) => on("secret.inspect", id),
        ("DELETE", ["secrets", id]) => on("secret.delete", id),
        ("GET", ["services"]) | ("GET", ["tasks"]) => op("service.list"),
        ("POST", ["services", "create"]) => Some(Found {
            request: Some(service_request(http, true)?),
            ..found("service.create")
        }),
        ("GET", ["services", id]) => on("service.inspect", id),
        ("GET", ["services", id, "logs"]) => on("service.logs", id),
        ("DELETE", ["services", id]) => on("service.delete", id),
        ("POST", ["services", id, "update"]) => {
            if http.query("rollback") == Some("previous") {
                on("service.rollback", id)
            } else if http.json_body()?.is_some() {
                // A new spec: an edit, whose bind mounts the setting reads.
                Some(Found {
                    request: Some(service_request(http, false)?),
                    ..found_on("service.edit", id)
                })
            } else {
                on("service.update", id)
            }
        }
        ("GET", ["swarm"]) | ("GET", ["nodes"]) | ("GET", ["nodes", _]) => op("swarm.inspect"),
        ("GET", ["info" | "version" | "_ping" | "system"]) | ("GET", ["system", "df"]) => {
            op("host.inspect")
        }
        ("GET", ["events"]) => op("event.list"),
        _ => None,
    })
}

/// `name:tag` or `registry:port/name:tag`, as opposed to an image id.
fn is_tagged_reference(name: &str) -> bool {
    let last = name.rsplit('/').next().unwrap_or(name);
    !name.starts_with("sha256:") && last.contains(':')
}

/// Joining or leaving a network acts on the container the body names.
fn network_member(http: &HttpRequest, operation: &'static str) -> Result<Option<Found>> {
    match http.json_body()? {
        Some(Value::Object(fields)) => match fields.iter().find(|(k, _)| k == "Container") {
            Some((_, Value::String(id))) if !id.is_empty() => Ok(on(operation, id)),
            _ => Err(invalid(
                "request.body.Container",
                "the container to connect or disconnect is required",
            )),
        },
        _ => Err(invalid(
            "request.body",
            "a JSON body naming the `Container` is required",
        )),
    }
}

fn field<'v>(value: &'v Value, name: &str) -> Option<&'v Value> {
    match value {
        Value::Object(fields) => fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::Null)),
        _ => None,
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
fn service_request(http: &HttpRequest, required: bool) -> Result<Value> {
    let body = if required {
        required_body(http, "the service's mounts")?
    } else {
        match http.json_body()? {
            Some(body) => body,
            None => return Ok(ObjectWriter::new().build()),
        }
    };
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

/// Portainer's own API: stacks, custom and app templates, registries (the environment from
/// the `endpointId` query parameter).
fn portainer_api(http: &HttpRequest, path: &[&str]) -> Result<Option<Found>> {
    let method = http.method.as_str();
    Ok(match (method, path) {
        ("GET", ["stacks"]) => op("stack.list"),
        ("POST", ["stacks", "create", _, kind]) => stack_creation(http, kind)?,
        ("POST", ["stacks"]) => stack_creation(http, http.query("method").unwrap_or_default())?,
        ("GET", ["stacks", id] | ["stacks", id, "file"]) => on("stack.inspect", id),
        ("PUT", ["stacks", id])
        | ("POST", ["stacks", id, "git"])
        | ("PUT", ["stacks", id, "git", "redeploy"]) => on("stack.edit", id),
        ("POST", ["stacks", id, "start"]) => on("stack.start", id),
        ("POST", ["stacks", id, "stop"]) => on("stack.stop", id),
        ("POST", ["stacks", id, "migrate"]) => on("stack.migrate", id),
        ("DELETE", ["stacks", id]) => on("stack.delete", id),
        ("GET", ["custom_templates"]) => op("custom_template.list"),
        ("GET", ["custom_templates", id] | ["custom_templates", id, "file"]) => {
            on("custom_template.list", id)
        }
        ("POST", ["custom_templates"]) | ("POST", ["custom_templates", "create", _]) => {
            op("custom_template.create")
        }
        ("PUT", ["custom_templates", id]) | ("PUT", ["custom_templates", id, "git_fetch"]) => {
            on("custom_template.edit", id)
        }
        ("DELETE", ["custom_templates", id]) => on("custom_template.delete", id),
        ("GET", ["templates"]) => op("app_template.list"),
        ("GET", ["registries", id]) => registry("registry.inspect", id),
        ("GET", ["registries", id, "v2", ..]) => registry("registry.browse", id),
        ("PUT", ["registries", id, "v2", .., "manifests", _]) => {
            registry("registry.update_repositories", id)
        }
        ("DELETE", ["registries", id, "v2", .., "manifests", _]) => {
            registry("registry.delete_repositories", id)
        }
        _ => None,
    })
}

fn registry(operation: &'static str, id: &str) -> Option<Found> {
    Some(Found {
        registry: Some(id.to_owned()),
        ..found(operation)
    })
}

/// A stack creation: the compose file given as text is read for the security settings; one
/// in a repository or an upload cannot be, and says so.
fn stack_creation(http: &HttpRequest, kind: &str) -> Result<Option<Found>> {
    let creation = found("stack.create");
    if kind != "string" {
        return Ok(Some(Found {
            unread: Some(if kind == "repository" {
                "the stack file is in a git repository"
            } else {
                "the stack file is an upload"
            }),
            ..creation
        }));
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
    Ok(Some(match stack_asks(text) {
        Some(asks) => Found {
            request: Some(asks.to_request()),
            ..creation
        },
        None => Found {
            unread: Some("the stack file uses YAML this reader does not follow (anchors, aliases, flow-style services)"),
            ..creation
        },
    }))
}
