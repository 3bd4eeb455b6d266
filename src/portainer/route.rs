//! Which operation an HTTP request to Portainer is, and on what: Docker Engine API requests as
//! they reach Portainer's proxy (`/api/endpoints/{id}/docker/…`, with or without the `/v1.xx`
//! prefix), following Portainer's own proxy (`api/http/proxy/factory/docker/transport.go`) and
//! Docker's API reference; and Portainer's own API for stacks, templates and registries. The
//! bodies of creations become the `request` the security settings read.
//!
//! A request that maps to no operation is `None`: the caller refuses it (fail closed).

use crate::prelude::*;

use super::route_table::{Decided, Reads, RouteRule, Takes, When, DOCKER, PORTAINER, RECREATE};
use super::stack_file::stack_asks;
use crate::core::error::{Error, Result};
use crate::core::http::{invalid, HttpRequest};
use crate::core::json::{present_field as field, ObjectWriter, Value};

/// Where a request goes: the operation(s) and the target (as `explain` reads it).
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The catalog operation that decides it.
    pub operation: &'static str,
    /// An operation the request needs as well, on the same target (changing files in a
    /// volume: `volume.browse` and `volume.delete`).
    pub also: Option<&'static str>,
    /// The operation instead of [`operation`](Self::operation) when the environment is a
    /// swarm (the daemon's own routes read the host, or the cluster).
    pub on_swarm: Option<&'static str>,
    /// Portainer's authorization for the route (`DockerContainerExport`).
    pub authorization: Option<&'static str>,
    /// `{ environmentId, resourceId?, registryId?, request? }`.
    pub target: Value,
    /// Set when the body that decides the security settings could not be read (a stack file
    /// in a repository or an upload): what it is.
    pub unread: Option<&'static str>,
    /// What the gate cannot see of the request and Portainer's proxy does not look at either.
    pub unseen: Option<&'static str>,
}

impl Route {
    /// `{ id, target, authorization?, also?, onSwarm?, unread?, unseen? }`.
    pub fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string("id", self.operation)
            .field("target", self.target.clone())
            .field_opt_str("authorization", self.authorization)
            .field_opt_str("also", self.also)
            .field_opt_str("onSwarm", self.on_swarm)
            .field_opt_str("unread", self.unread)
            .field_opt_str("unseen", self.unseen)
            .build()
    }
}

/// What the route table makes of a request.
#[derive(Debug, Clone, PartialEq)]
pub enum Routed {
    /// Decided by the route's operations.
    Operation(Route),
    /// Portainer's global administrator's alone, on the environment, for the reason given.
    AdministratorOnly {
        /// The environment the request names.
        environment: String,
        /// Portainer's authorization for the route.
        authorization: Option<&'static str>,
        /// Why Portainer keeps it to its administrators.
        reason: &'static str,
    },
    /// None of the routes: refused.
    Unknown,
}

/// What a request's rule finds: the rule, and what it acts on and asks for.
struct Found {
    rule: &'static RouteRule,
    resource: Option<String>,
    registry: Option<String>,
    request: Option<Value>,
    unread: Option<&'static str>,
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

fn first_rule(
    http: &HttpRequest,
    rules: &'static [RouteRule],
    path: &[&str],
) -> Result<Option<Found>> {
    for rule in rules {
        if rule.method != "_" && rule.method != http.method {
            continue;
        }
        let Some(captured) = matches(rule.path, path) else {
            continue;
        };
        let set = |name| http.query(name).is_some_and(|v: &str| !v.is_empty());
        let applies = match rule.when {
            When::Always => true,
            When::Query(name) => set(name),
            When::NoQuery(name) => !set(name),
            When::QueryIs(name, value) => http.query(name) == Some(value),
            When::Body => http.json_body()?.is_some(),
        };
        if !applies {
            continue;
        }
        let mut found = Found {
            rule,
            resource: None,
            registry: None,
            request: None,
            unread: None,
        };
        match rule.takes {
            Takes::Nothing => {}
            Takes::Captured => found.resource = captured,
            Takes::Registry => found.registry = captured,
            Takes::Query(name) => match http.query(name) {
                Some(id) if !id.is_empty() => found.resource = Some(id.to_owned()),
                _ => return Ok(None),
            },
            Takes::BodyContainer => found.resource = Some(network_member(http)?),
        }
        match rule.reads {
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
/// catalog's operations (unknown, or Portainer's administrators' alone: [`resolve`] says which).
///
/// ```
/// use portcullis::portainer::route;
/// use portcullis::Value;
///
/// let request = Value::parse(r#"{ "method": "GET", "url": "/api/endpoints/3/docker/v1.41/containers/c1/export" }"#)?;
/// let route = route(&request)?.expect("a route");
/// assert_eq!(route.operation, "container.commit");
/// assert_eq!(route.authorization, Some("DockerContainerExport"));
/// # Ok::<(), portcullis::Error>(())
/// ```
pub fn route(request: &Value) -> Result<Option<Route>> {
    Ok(match resolve(request)? {
        Routed::Operation(route) => Some(route),
        Routed::AdministratorOnly { .. } | Routed::Unknown => None,
    })
}

/// What the route table makes of `{ method, url, body }`.
pub fn resolve(request: &Value) -> Result<Routed> {
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
                rule: &RECREATE,
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
        return Ok(Routed::Unknown);
    };
    let rule = found.rule;
    let (operation, also, on_swarm) = match rule.decided {
        Decided::Operation(id) => (id, None, None),
        Decided::Both(first, second) => (first, Some(second), None),
        Decided::ByKind { standalone, swarm } => (standalone, None, Some(swarm)),
        Decided::AdministratorOnly(reason) => {
            return Ok(Routed::AdministratorOnly {
                environment: environment.to_owned(),
                authorization: rule.authorization,
                reason,
            })
        }
    };
    let target = ObjectWriter::new()
        .string("environmentId", environment)
        .field_opt_str("resourceId", found.resource.as_deref())
        .field_opt_str("registryId", found.registry.as_deref())
        .field_opt("request", found.request)
        .build();
    Ok(Routed::Operation(Route {
        operation,
        also,
        on_swarm,
        authorization: rule.authorization,
        target,
        unread: found.unread,
        unseen: rule.unseen,
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
