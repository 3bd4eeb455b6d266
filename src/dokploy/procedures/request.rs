//! Reading the HTTP requests Dokploy serves into calls: tRPC (`/api/trpc/a.b`, batched
//! `a.b,c.d?batch=1`, input in the GET query or the POST body, superjson's `{ json, meta }`
//! envelope) and its OpenAPI routes (`POST /api/a.b` with a JSON body, `GET /api/a.b?x=…`).

use crate::prelude::*;

use super::check::{CallType, Procedure};
use super::procedure;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::http::{invalid, HttpRequest};
use crate::core::json::{check_unique_keys, Value};

/// Most calls one batched request may carry.
pub const MAX_BATCH: usize = 100;

/// One procedure call a request carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The procedure called.
    pub procedure: Procedure,
    /// The procedure's input (`null` when the request gives none).
    pub input: Value,
}

const TRPC_PREFIX: &str = "/api/trpc/";
const OPENAPI_PREFIX: &str = "/api/";

/// Reads `{ method, url, body }` into the calls it carries, in order.
pub fn parse_request(request: &Value) -> Result<Vec<Call>> {
    let http = HttpRequest::from_value(request, "request")?;
    let path = http.path.trim_end_matches('/');
    if let Some(names) = path.strip_prefix(TRPC_PREFIX) {
        trpc(&http, names)
    } else if let Some(name) = path.strip_prefix(OPENAPI_PREFIX) {
        openapi(&http, name)
    } else {
        Err(invalid(
            "request.url",
            format!(
                "`{}` is not a Dokploy API path (`/api/trpc/…` or `/api/…`)",
                http.path
            ),
        ))
    }
}

fn known(name: &str, path: &str) -> Result<Procedure> {
    procedure(name).ok_or_else(|| {
        Error::new(
            ErrorCode::UnknownId,
            path,
            format!("`{name}` is not a Dokploy procedure"),
        )
    })
}

/// tRPC serves queries and subscriptions to GET and mutations to POST.
fn served(procedure: Procedure, method: &str, openapi: bool) -> Result<()> {
    let expected = match procedure.call_type() {
        CallType::Mutation => "POST",
        CallType::Query => "GET",
        CallType::Subscription if openapi => {
            return Err(invalid(
                "request.url",
                format!(
                    "`{}` is a subscription, which Dokploy does not serve on its OpenAPI routes",
                    procedure.path()
                ),
            ))
        }
        CallType::Subscription => "GET",
    };
    if method == expected {
        return Ok(());
    }
    Err(invalid(
        "request.method",
        format!(
            "`{}` is a {}, served only to {expected}, not {method}",
            procedure.path(),
            procedure.call_type().as_str()
        ),
    ))
}

/// The input inside superjson's `{ json, meta }` envelope; a value without one is taken as
/// it is.
fn unwrap_superjson(value: Value, path: &str) -> Result<Value> {
    match value {
        Value::Object(mut fields) if fields.iter().any(|(k, _)| k == "json") => {
            if let Some((key, _)) = fields.iter().find(|(k, _)| k != "json" && k != "meta") {
                return Err(invalid(
                    path,
                    format!("a superjson envelope holds only `json` and `meta`, not `{key}`"),
                ));
            }
            let at = fields.iter().position(|(k, _)| k == "json").unwrap_or(0);
            Ok(fields.swap_remove(at).1)
        }
        other => Ok(other),
    }
}

fn trpc(http: &HttpRequest, names: &str) -> Result<Vec<Call>> {
    let batch = http.query("batch").is_some_and(|b| b == "1" || b == "true");
    let names: Vec<&str> = names.split(',').collect();
    if names.len() > MAX_BATCH {
        return Err(Error::new(
            ErrorCode::LimitExceeded,
            "request.url",
            format!("a batch of {} calls is more than {MAX_BATCH}", names.len()),
        ));
    }
    if !batch && names.len() > 1 {
        return Err(invalid("request.url", "several procedures need `?batch=1`"));
    }
    let procedures = names
        .iter()
        .map(|name| known(name, "request.url"))
        .collect::<Result<Vec<_>>>()?;
    for procedure in &procedures {
        served(*procedure, &http.method, false)?;
    }
    let (raw, raw_path) = trpc_input(http)?;
    let mut calls = Vec::with_capacity(procedures.len());
    if batch {
        calls.extend(batch_calls(procedures, raw, raw_path)?);
    } else {
        let input = match raw {
            Some(value) => unwrap_superjson(value, raw_path)?,
            None => Value::Null,
        };
        calls.push(Call {
            procedure: procedures[0],
            input,
        });
    }
    Ok(calls)
}

/// A tRPC request's input and its path: the `input` query parameter of a `GET`, else the body.
fn trpc_input(http: &HttpRequest) -> Result<(Option<Value>, &'static str)> {
    if http.method != "GET" {
        return Ok((http.json_body()?.cloned(), "request.body"));
    }
    let path = "request.url.input";
    let Some(text) = http.query("input") else {
        return Ok((None, path));
    };
    let input = Value::parse(text).map_err(|e| {
        invalid(
            "request.url",
            format!("the `input` query parameter is not JSON: {}", e.message()),
        )
    })?;
    check_unique_keys(&input, path).map_err(|e| e.with_code(ErrorCode::InvalidRequest))?;
    Ok((Some(input), path))
}

/// The calls of a batch: its input is an object keyed by each call's position.
fn batch_calls(
    procedures: Vec<Procedure>,
    raw: Option<Value>,
    raw_path: &str,
) -> Result<Vec<Call>> {
    let inputs = match raw {
        None => Vec::new(),
        Some(Value::Object(fields)) => fields,
        Some(other) => {
            return Err(invalid(
                raw_path,
                format!(
                    "a batch's input is an object keyed by position, not {}",
                    other.kind()
                ),
            ))
        }
    };
    if let Some((key, _)) = inputs
        .iter()
        .find(|(k, _)| k.parse::<usize>().map_or(true, |i| i >= procedures.len()))
    {
        return Err(invalid(
            format!("{raw_path}.{key}"),
            format!("`{key}` is not the position of a call of the batch"),
        ));
    }
    let mut calls = Vec::with_capacity(procedures.len());
    for (position, procedure) in procedures.into_iter().enumerate() {
        let key = position.to_string();
        let input = match inputs.iter().find(|(k, _)| *k == key) {
            Some((_, value)) => unwrap_superjson(value.clone(), &format!("{raw_path}.{key}"))?,
            None => Value::Null,
        };
        calls.push(Call { procedure, input });
    }
    Ok(calls)
}

fn openapi(http: &HttpRequest, name: &str) -> Result<Vec<Call>> {
    let procedure = known(name, "request.url")?;
    served(procedure, &http.method, true)?;
    let input = if http.method == "GET" {
        let mut fields: Vec<(String, Value)> = Vec::new();
        for (key, value) in &http.query {
            if fields.iter().any(|(k, _)| k == key) {
                return Err(invalid(
                    "request.url",
                    format!("the query parameter `{key}` is given twice"),
                ));
            }
            fields.push((key.clone(), Value::String(value.clone())));
        }
        Value::Object(fields)
    } else {
        http.json_body()?.cloned().unwrap_or(Value::Null)
    };
    Ok(vec![Call { procedure, input }])
}
