//! What a stack file asks for, as Portainer's `IsValidStackFile` reads a compose file before
//! deploying it for a non-administrator: per service `privileged`, `pid: host`, `devices`,
//! `sysctls`, `cap_add`/`cap_drop` and bind volumes.
//!
//! Compose files are YAML; this reads the block style compose files are written in (and JSON).
//! What it cannot read for certain (anchors and aliases, flow-style services, tabs) makes the
//! file unreadable, and the caller refuses rather than guesses.

use crate::prelude::*;

use crate::core::json::{ObjectWriter, Value};

/// What the services of a stack file ask for, merged.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct StackAsks {
    privileged: bool,
    host_pid: bool,
    devices: usize,
    capabilities: usize,
    sysctls: usize,
    /// Sources of bind volumes.
    binds: Vec<String>,
}

impl StackAsks {
    /// The asks as a target's `request`.
    pub(crate) fn to_request(&self) -> Value {
        let placeholders = |n: usize| Value::Array(vec![Value::Null; n]);
        let mut writer = ObjectWriter::new();
        if self.privileged {
            writer = writer.field("privileged", Value::Bool(true));
        }
        if self.host_pid {
            writer = writer.string("pidMode", "host");
        }
        for (key, n) in [
            ("devices", self.devices),
            ("capAdd", self.capabilities),
            ("sysctls", self.sysctls),
        ] {
            if n > 0 {
                writer = writer.field(key, placeholders(n));
            }
        }
        if !self.binds.is_empty() {
            let mounts = self
                .binds
                .iter()
                .map(|source| {
                    ObjectWriter::new()
                        .string("type", "bind")
                        .string("source", source)
                        .build()
                })
                .collect();
            writer = writer.field("mounts", Value::Array(mounts));
        }
        writer.build()
    }
}

/// Reads a stack file; `None` when it cannot be read for certain.
pub(crate) fn stack_asks(text: &str) -> Option<StackAsks> {
    if let Ok(value) = Value::parse(text) {
        return from_json(&value);
    }
    from_yaml(text)
}

fn from_json(value: &Value) -> Option<StackAsks> {
    let mut asks = StackAsks::default();
    let Value::Object(top) = value else {
        return None;
    };
    let Some((_, Value::Object(services))) = top.iter().find(|(k, _)| k == "services") else {
        return Some(asks);
    };
    for (_, service) in services {
        let Value::Object(fields) = service else {
            return None;
        };
        for (key, value) in fields {
            match (key.as_str(), value) {
                ("privileged", v) => asks.privileged |= truthy_json(v),
                ("pid", Value::String(mode)) => asks.host_pid |= mode == "host",
                ("devices", v) => asks.devices += json_len(v),
                ("cap_add" | "cap_drop", v) => asks.capabilities += json_len(v),
                ("sysctls", v) => asks.sysctls += json_len(v),
                ("volumes", Value::Array(volumes)) => {
                    for volume in volumes {
                        match volume {
                            Value::String(short) => push_short_bind(&mut asks, short),
                            Value::Object(long) => {
                                let field = |name: &str| {
                                    long.iter().find(|(k, _)| k == name).and_then(
                                        |(_, v)| match v {
                                            Value::String(s) => Some(s.as_str()),
                                            _ => None,
                                        },
                                    )
                                };
                                if field("type") == Some("bind") {
                                    asks.binds
                                        .push(field("source").unwrap_or_default().to_owned());
                                }
                            }
                            _ => return None,
                        }
                    }
                }
                _ => {}
            }
        }
    }
    Some(asks)
}

fn truthy_json(value: &Value) -> bool {
    match value {
        Value::Bool(b) => *b,
        Value::String(s) => truthy(s),
        _ => false,
    }
}

fn json_len(value: &Value) -> usize {
    match value {
        Value::Array(items) => items.len(),
        Value::Object(fields) => fields.len(),
        Value::Null => 0,
        _ => 1,
    }
}

fn truthy(scalar: &str) -> bool {
    matches!(
        unquote(scalar),
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON"
    )
}

fn unquote(scalar: &str) -> &str {
    let s = scalar.trim();
    for quote in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(quote).and_then(|r| r.strip_suffix(quote)) {
            return inner;
        }
    }
    s
}

/// A short volume `source:target[:mode]` binds when its source is a path.
fn push_short_bind(asks: &mut StackAsks, short: &str) {
    let short = unquote(short);
    let source = short.split(':').next().unwrap_or_default();
    if short.contains(':') && (source.starts_with(['/', '.', '~']) || source.is_empty()) {
        asks.binds.push(source.to_owned());
    }
}

/// One meaningful line: its indentation and its text without comment.
struct Line<'t> {
    indent: usize,
    text: &'t str,
}

fn lines(text: &str) -> Option<Vec<Line<'_>>> {
    let mut out = Vec::new();
    for raw in text.lines() {
        let content = strip_comment(raw);
        let trimmed = content.trim_start_matches(' ');
        if trimmed.trim().is_empty() || trimmed.starts_with("---") {
            continue;
        }
        if trimmed.starts_with('\t') {
            return None;
        }
        out.push(Line {
            indent: content.len() - trimmed.len(),
            text: trimmed.trim_end(),
        });
    }
    Some(out)
}

/// The line without a trailing `# comment` (a `#` after a space, outside quotes).
fn strip_comment(line: &str) -> &str {
    let mut quote = None;
    let mut previous = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if previous == ' ' || previous == '\t' => return &line[..i],
            _ => {}
        }
        previous = c;
    }
    line
}

/// `key: value` → (key, value); `None` for a line that is no mapping entry.
fn entry(text: &str) -> Option<(&str, &str)> {
    let (key, value) = text.split_once(':')?;
    let key = unquote(key);
    if key.is_empty() || key.contains(' ') && !key.starts_with('"') {
        return None;
    }
    if !value.is_empty() && !value.starts_with(' ') {
        return None;
    }
    Some((key, value.trim()))
}

fn from_yaml(text: &str) -> Option<StackAsks> {
    // Anchors, aliases and merge keys can bring keys from elsewhere: not read here.
    if text.contains("<<:")
        || text.lines().any(|l| {
            let l = strip_comment(l);
            l.contains(": *") || l.contains(": &") || l.trim_start().starts_with("- *")
        })
    {
        return None;
    }
    let lines = lines(text)?;
    let mut asks = StackAsks::default();
    let Some(start) = lines
        .iter()
        .position(|l| l.indent == 0 && entry(l.text).is_some_and(|(k, _)| k == "services"))
    else {
        return Some(asks);
    };
    if !entry(lines[start].text)?.1.is_empty() {
        return None;
    }
    let body: Vec<&Line> = lines[start + 1..]
        .iter()
        .take_while(|l| l.indent > 0)
        .collect();
    let Some(service_indent) = body.first().map(|l| l.indent) else {
        return Some(asks);
    };
    let mut i = 0;
    while i < body.len() {
        let line = body[i];
        if line.indent != service_indent {
            return None;
        }
        let (_, inline) = entry(line.text)?;
        if !inline.is_empty() {
            return None;
        }
        let children = block(&body[i + 1..], |l| l.indent > service_indent);
        i += 1 + children.len();
        service(&children, &mut asks)?;
    }
    Some(asks)
}

/// The lines that belong to the one before them: the leading ones `inside` accepts.
fn block<'t, 'l>(lines: &[&'l Line<'t>], inside: impl Fn(&Line) -> bool) -> Vec<&'l Line<'t>> {
    lines.iter().take_while(|l| inside(l)).copied().collect()
}

/// Reads one service's lines.
fn service(lines: &[&Line], asks: &mut StackAsks) -> Option<()> {
    let Some(key_indent) = lines.first().map(|l| l.indent) else {
        return Some(());
    };
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        // A list may sit at its key's own indentation (`key:` then `- item`).
        let nested = block(&lines[i + 1..], |l| {
            l.indent > key_indent || (l.indent == key_indent && l.text.starts_with("- "))
        });
        i += 1 + nested.len();
        if line.indent != key_indent {
            return None;
        }
        let (key, value) = entry(line.text)?;
        match key {
            "privileged" => asks.privileged |= truthy(value),
            "pid" => asks.host_pid |= unquote(value) == "host",
            "devices" => asks.devices += count(value, &nested)?,
            "cap_add" | "cap_drop" => asks.capabilities += count(value, &nested)?,
            "sysctls" => asks.sysctls += count(value, &nested)?,
            "volumes" => volumes(value, &nested, asks)?,
            _ => {}
        }
    }
    Some(())
}

/// How many items a list or map holds, inline (`[a, b]`, `{a: 1}`) or on the lines below.
fn count(inline: &str, nested: &[&Line]) -> Option<usize> {
    if inline.is_empty() {
        let item_indent = nested.first().map(|l| l.indent)?;
        return Some(nested.iter().filter(|l| l.indent == item_indent).count());
    }
    let inner = inline
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .or_else(|| inline.strip_prefix('{').and_then(|r| r.strip_suffix('}')));
    match inner {
        Some(inner) => Some(inner.split(',').filter(|s| !s.trim().is_empty()).count()),
        None if inline == "null" || inline == "~" => Some(0),
        None => None,
    }
}

fn volumes(inline: &str, nested: &[&Line], asks: &mut StackAsks) -> Option<()> {
    if !inline.is_empty() {
        let inner = inline.strip_prefix('[').and_then(|r| r.strip_suffix(']'))?;
        for item in inner.split(',').filter(|s| !s.trim().is_empty()) {
            push_short_bind(asks, item);
        }
        return Some(());
    }
    let Some(item_indent) = nested.first().map(|l| l.indent) else {
        return Some(());
    };
    let mut i = 0;
    while i < nested.len() {
        let line = nested[i];
        let item = line.text.strip_prefix("- ")?;
        let rest = block(&nested[i + 1..], |l| l.indent > item_indent);
        i += 1 + rest.len();
        match entry(item) {
            // The long syntax: a mapping whose first key is on the dash's line.
            Some((key, value)) => {
                let mut fields = vec![(key, value)];
                for line in &rest {
                    fields.push(entry(line.text)?);
                }
                let field = |name: &str| {
                    fields
                        .iter()
                        .find(|(k, _)| *k == name)
                        .map(|(_, v)| unquote(v))
                };
                if field("type") == Some("bind") {
                    asks.binds
                        .push(field("source").unwrap_or_default().to_owned());
                }
            }
            None if rest.is_empty() => push_short_bind(asks, item),
            None => return None,
        }
    }
    Some(())
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

    #[test]
    fn block_style_compose_files() {
        let asks = stack_asks(
            "version: '3'\nservices:\n  web:\n    image: nginx # a comment\n    privileged: true\n    volumes:\n      - ./site:/usr/share/nginx/html:ro\n      - data:/data\n  db:\n    image: postgres\n    cap_add:\n      - NET_ADMIN\n    sysctls:\n      net.core.somaxconn: 1024\n    pid: \"host\"\n    devices: [\"/dev/fuse:/dev/fuse\"]\n    volumes:\n      - type: bind\n        source: /srv/db\n        target: /var/lib/postgresql\nvolumes:\n  data: {}\n",
        )
        .expect("readable");
        assert!(asks.privileged && asks.host_pid);
        assert_eq!((asks.devices, asks.capabilities, asks.sysctls), (1, 1, 1));
        assert_eq!(asks.binds, ["./site", "/srv/db"]);
    }

    #[test]
    fn named_volumes_and_plain_services_ask_nothing() {
        let asks = stack_asks("services:\n  web:\n    image: nginx\n    volumes:\n      - data:/data\n    privileged: false\n").expect("readable");
        assert_eq!(asks, StackAsks::default());
    }

    #[test]
    fn anchors_and_flow_services_are_not_read() {
        assert!(
            stack_asks("x: &base\n  privileged: true\nservices:\n  web:\n    <<: *base\n")
                .is_none()
        );
        assert!(stack_asks("services: {web: {privileged: true}}\n").is_none());
    }

    #[test]
    fn json_compose_files() {
        let asks = stack_asks(r#"{"services":{"a":{"privileged":true,"volumes":["/etc:/etc"]}}}"#)
            .expect("readable");
        assert!(asks.privileged);
        assert_eq!(asks.binds, ["/etc"]);
    }
}
