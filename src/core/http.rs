//! An HTTP request as a gate sees it, `{ method, url, body }`: the method, the decoded path,
//! the query's pairs and the body as JSON. Both products' request readers start here.

use crate::prelude::*;

use super::decision::{Decision, DecisionCode, DecisionDetail};
use super::error::{Error, ErrorCode, Result};
use super::json::{check_unique_keys, join_key, ObjectReader, Value};

/// Longest URL read (a tRPC GET carries its input in the query).
pub const MAX_URL_LEN: usize = 64 * 1024;

/// A request's parts, decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRequest {
    /// Upper case (`GET`, `POST`).
    pub method: String,
    /// The path, percent-decoded, without scheme, host, query or fragment; starts with `/`.
    pub path: String,
    /// The query's pairs in order, percent-decoded (`+` is a space).
    pub query: Vec<(String, String)>,
    /// The body as JSON: `None` when absent, empty or `null`, or not JSON.
    pub body: Option<Value>,
    /// Set when the body is text that is not JSON (an upload, a YAML file): the message of
    /// the parse error, for the readers that need JSON.
    pub body_not_json: Option<String>,
}

/// A request a gate cannot read as one of the product's calls, refused as a decision: a
/// name nothing answers is `unknown_route`, anything else `invalid_request`; the path kept.
pub(crate) fn request_refusal<D: DecisionDetail>(error: Error) -> Decision<D> {
    let code = if error.code() == ErrorCode::UnknownId {
        DecisionCode::UnknownRoute
    } else {
        DecisionCode::InvalidRequest
    };
    Decision::new(code, error.message()).with_path(error.path())
}

pub(crate) fn invalid(path: impl Into<String>, message: impl Into<String>) -> Error {
    Error::new(ErrorCode::InvalidRequest, path, message)
}

impl HttpRequest {
    /// Reads `{ method, url, body? }`: `url` absolute or a path; `body` JSON text or an
    /// already parsed value.
    pub fn from_value(value: &Value, path: &str) -> Result<Self> {
        let mut reader =
            ObjectReader::new(value, path).map_err(|e| e.with_code(ErrorCode::InvalidArgument))?;
        let method = read_method(reader.optional("method"), path)?;
        let url_path = join_key(path, "url");
        let url = read_url(reader.optional("url"), &url_path)?;
        let (body, body_not_json) = read_body(reader.optional("body"), path)?;
        reader
            .finish(&["method", "url", "body"])
            .map_err(|e| e.with_code(ErrorCode::InvalidArgument))?;
        let (decoded, query) = split_decoded(url, &url_path)?;
        Ok(HttpRequest {
            method,
            path: decoded,
            query,
            body,
            body_not_json,
        })
    }

    /// The body, which must be JSON when there is one.
    pub fn json_body(&self) -> Result<Option<&Value>> {
        match &self.body_not_json {
            Some(message) => Err(invalid(
                "request.body",
                format!("the body is not JSON: {message}"),
            )),
            None => Ok(self.body.as_ref()),
        }
    }

    /// The value of the query parameter `name`: the first when repeated, as the products read
    /// it (`URLSearchParams.get`, Go's `Values.Get`).
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// `method`: an HTTP method name, upper-cased (`GET` when absent or null).
fn read_method(field: Option<(&Value, String)>, path: &str) -> Result<String> {
    match field {
        Some((Value::String(m), _)) if is_token(m) => Ok(m.to_ascii_uppercase()),
        Some((Value::Null, _)) | None => Ok("GET".to_owned()),
        Some((other, _)) => Err(Error::new(
            ErrorCode::InvalidArgument,
            join_key(path, "method"),
            format!(
                "`method` must be an HTTP method name, not {}",
                describe(other)
            ),
        )),
    }
}

/// `url`: a string no longer than [`MAX_URL_LEN`].
fn read_url<'v>(field: Option<(&'v Value, String)>, url_path: &str) -> Result<&'v str> {
    let url = match field {
        Some((Value::String(url), _)) => url.as_str(),
        Some((other, _)) => {
            return Err(Error::new(
                ErrorCode::InvalidArgument,
                url_path,
                format!("`url` must be a string, not {}", other.kind()),
            ))
        }
        None => {
            return Err(Error::new(
                ErrorCode::InvalidArgument,
                url_path,
                "`url` is required",
            ))
        }
    };
    if url.len() > MAX_URL_LEN {
        return Err(Error::new(
            ErrorCode::LimitExceeded,
            url_path,
            format!("the URL is longer than {MAX_URL_LEN} bytes"),
        ));
    }
    Ok(url)
}

/// `body`: JSON text or a parsed value, without repeated keys. Text that is not JSON is kept
/// as the parser's message: only a route that reads the body refuses it.
fn read_body(
    field: Option<(&Value, String)>,
    path: &str,
) -> Result<(Option<Value>, Option<String>)> {
    let unique = |value: &Value| {
        check_unique_keys(value, &join_key(path, "body"))
            .map_err(|e| e.with_code(ErrorCode::InvalidRequest))
    };
    Ok(match field {
        None | Some((Value::Null, _)) => (None, None),
        Some((Value::String(text), _)) if text.trim().is_empty() => (None, None),
        Some((Value::String(text), _)) => match Value::parse(text) {
            Ok(value) => {
                unique(&value)?;
                (Some(value), None)
            }
            Err(error) => (None, Some(error.message().to_owned())),
        },
        Some((other, _)) => {
            unique(other)?;
            (Some(other.clone()), None)
        }
    })
}

/// The URL's path, percent-decoded, and its query's decoded pairs.
fn split_decoded(url: &str, url_path: &str) -> Result<(String, Vec<(String, String)>)> {
    let (path_part, query_part) = split_url(url);
    // A proxy and the API behind it may disagree on where an encoded separator splits the
    // path (`containers/a%2F..%2Fb/start`): a gate refuses rather than pick one reading.
    let lower = path_part.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") {
        return Err(invalid(
            url_path,
            "the path holds an encoded `/` or `\\`, which the proxy and the API behind it may read differently",
        ));
    }
    let decoded = decode(path_part, false)
        .ok_or_else(|| invalid(url_path, "the URL's path has a malformed percent escape"))?;
    let mut query = Vec::new();
    if let Some(query_part) = query_part {
        for pair in query_part.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match (decode(key, true), decode(value, true)) {
                (Some(key), Some(value)) => query.push((key, value)),
                _ => {
                    return Err(invalid(
                        url_path,
                        "the URL's query has a malformed percent escape",
                    ))
                }
            }
        }
    }
    Ok((decoded, query))
}

fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => format!("`{s}`"),
        other => other.kind().to_owned(),
    }
}

/// An HTTP token (RFC 9110): what a method name may be.
fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The path and the query of an absolute URL or a path.
fn split_url(url: &str) -> (&str, Option<&str>) {
    let url = url.split('#').next().unwrap_or(url);
    let after_scheme = match url.find("://") {
        Some(i)
            if url[..i]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b)) =>
        {
            let rest = &url[i + 3..];
            match rest.find(['/', '?']) {
                Some(j) => &rest[j..],
                None => "/",
            }
        }
        _ => url,
    };
    match after_scheme.split_once('?') {
        Some((path, query)) => (if path.is_empty() { "/" } else { path }, Some(query)),
        None => (after_scheme, None),
    }
}

/// Percent-decodes `text` (`+` as a space in a query); `None` for a malformed escape or
/// bytes that are not UTF-8.
fn decode(text: &str, plus_is_space: bool) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let high = (hex[0] as char).to_digit(16)?;
                let low = (hex[1] as char).to_digit(16)?;
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]
mod tests {
    use super::*;

    fn request(method: &str, url: &str) -> HttpRequest {
        let value = Value::Object(vec![
            ("method".into(), Value::String(method.into())),
            ("url".into(), Value::String(url.into())),
        ]);
        HttpRequest::from_value(&value, "request").expect("a request")
    }

    #[test]
    fn absolute_urls_and_paths_give_the_same_parts() {
        let a = request(
            "get",
            "https://dokploy.example.com:3000/api/trpc/a.b?batch=1&input=%7B%7D#x",
        );
        let b = request("GET", "/api/trpc/a.b?batch=1&input=%7B%7D");
        assert_eq!(a, b);
        assert_eq!(a.path, "/api/trpc/a.b");
        assert_eq!(a.query("input"), Some("{}"));
        assert_eq!(a.method, "GET");
    }

    #[test]
    fn the_query_decodes_plus_and_escapes() {
        let r = request("GET", "/x?a=1+2&b=%2Fv%C3%A9&a=3");
        assert_eq!(
            r.query("a"),
            Some("1 2"),
            "the first, as URLSearchParams and Go read it"
        );
        assert_eq!(r.query("b"), Some("/vé"));
    }

    #[test]
    fn a_key_given_twice_in_a_body_is_refused_with_its_path() {
        for body in [
            Value::String(r#"{"HostConfig":{"Privileged":false,"Privileged":true}}"#.into()),
            Value::Object(vec![(
                "HostConfig".into(),
                Value::Object(vec![
                    ("Privileged".into(), Value::Bool(false)),
                    ("Privileged".into(), Value::Bool(true)),
                ]),
            )]),
        ] {
            let value = Value::Object(vec![
                ("method".into(), Value::String("POST".into())),
                ("url".into(), Value::String("/x".into())),
                ("body".into(), body),
            ]);
            let error = HttpRequest::from_value(&value, "request").expect_err("refused");
            assert_eq!(error.code(), ErrorCode::InvalidRequest);
            assert_eq!(error.path(), "request.body.HostConfig.Privileged");
        }
    }

    #[test]
    fn malformed_escapes_are_refused_with_the_url_path() {
        let value = Value::Object(vec![("url".into(), Value::String("/x%zz".into()))]);
        let error = HttpRequest::from_value(&value, "request").expect_err("refused");
        assert_eq!(error.code(), ErrorCode::InvalidRequest);
        assert_eq!(error.path(), "request.url");
    }
}
