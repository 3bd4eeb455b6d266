//! The crate's floors, kept by the build: `core` (values, JSON, decisions, tables) knows no
//! product; a product (`dokploy`, `portainer`) knows `core` and not the other product; `api`
//! (the package's calls) knows the products; `wasm` (the bindings) is on top. No arrow runs down
//! from a higher floor's point of view — no import from a lower floor to a higher one — and no
//! two modules import each other around a circle, save a generated table with its types.
//!
//! The graph is read from the sources' `use` paths and qualified paths (`crate::…`, `super::…`,
//! `self::…`), comments and test modules left out.

#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Module path (`portainer::model`) → whether its file is a `mod.rs`, and its source.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, into: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix("src").unwrap().with_extension("");
                let mut name = relative.to_string_lossy().replace('/', "::");
                if let Some(parent) = name.strip_suffix("::mod") {
                    name = parent.to_owned();
                }
                into.insert(name, fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut found = BTreeMap::new();
    walk(Path::new("src"), &mut found);
    found
}

/// The source without comments and without its test module.
fn code(source: &str) -> String {
    let mut kept = String::new();
    for line in source.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") || trimmed.starts_with("#[cfg(all(test") {
            break;
        }
        if !trimmed.starts_with("//") {
            kept.push_str(line.split(" // ").next().unwrap_or(""));
            kept.push('\n');
        }
    }
    kept
}

/// The paths `crate::a::b`, `super::a`, `self::a` written in `code`, with the braces of a `use`
/// group followed one level (`use super::{a, b::C}`).
fn paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start) {
            let at = from + at;
            from = at + start.len();
            if at > 0
                && (bytes[at - 1].is_ascii_alphanumeric()
                    || bytes[at - 1] == b'_'
                    || bytes[at - 1] == b':')
            {
                continue;
            }
            let mut end = at;
            while end < bytes.len()
                && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_' || bytes[end] == b':')
            {
                end += 1;
            }
            let head = code[at..end].trim_end_matches(':').to_owned();
            if code[end..].starts_with('{') {
                let close = code[end..].find('}').map_or(code.len(), |c| end + c);
                for item in code[end + 1..close].split(',') {
                    let item = item.trim().trim_start_matches('{');
                    let name: String = item
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                        .collect();
                    if !name.is_empty() {
                        found.push(format!("{head}::{name}"));
                    }
                }
            }
            found.push(head);
        }
    }
    found
}

/// The module a path written in `module` names: the longest prefix that is a module.
fn resolve(module: &str, path: &str, known: &BTreeMap<String, String>) -> Option<String> {
    let mut parts: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = match parts.first() {
        Some(&"crate") => Vec::new(),
        Some(&"self") => module.split("::").collect(),
        Some(&"super") => {
            let mut here: Vec<&str> = module.split("::").collect();
            while parts.first() == Some(&"super") {
                here.pop();
                parts.remove(0);
            }
            parts.insert(0, "super");
            here
        }
        _ => return None,
    };
    parts.remove(0);
    for take in (1..=parts.len()).rev() {
        base.extend(&parts[..take]);
        let candidate = base.join("::");
        base.truncate(base.len() - take);
        if known.contains_key(&candidate) {
            return Some(candidate);
        }
    }
    None
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let known = modules();
    let mut edges = BTreeMap::new();
    for (module, source) in &known {
        let mut to = BTreeSet::new();
        for path in paths(&code(source)) {
            if let Some(target) = resolve(module, &path, &known) {
                let enclosing = module.starts_with(&format!("{target}::"));
                if target != *module && !enclosing && target != "lib" && target != "prelude" {
                    to.insert(target);
                }
            }
        }
        edges.insert(module.clone(), to);
    }
    edges
}

fn floor(module: &str) -> Option<(u8, &str)> {
    let top = module.split("::").next().unwrap_or("");
    match top {
        "core" => Some((0, top)),
        "dokploy" | "portainer" => Some((1, top)),
        "api" => Some((2, top)),
        "wasm" => Some((3, top)),
        _ => None,
    }
}

#[test]
fn the_graph_is_read() {
    let edges = graph();
    assert!(edges["portainer::evaluate"].contains("portainer::model"));
    assert!(edges["api::portainer"].contains("core::parse"));
    assert!(edges["core::error"].contains("core::decision_code"));
}

#[test]
fn no_import_runs_from_a_lower_floor_to_a_higher_one() {
    let mut wrong = Vec::new();
    for (module, targets) in graph() {
        let Some((here, product)) = floor(&module) else {
            continue;
        };
        for target in targets {
            let Some((there, other)) = floor(&target) else {
                continue;
            };
            if there > here || (here == 1 && there == 1 && product != other) {
                wrong.push(format!("{module} → {target}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports up a floor or across products: {wrong:#?}"
    );
}

/// Tarjan's strongly connected components over the graph; each of more than one module is a
/// circle.
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    struct Walk<'g> {
        edges: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        found: Vec<BTreeSet<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, node: &'g str) {
            let at = self.index.len();
            self.index.insert(node, at);
            self.low.insert(node, at);
            self.stack.push(node);
            for next in self.edges.get(node).into_iter().flatten() {
                if !self.index.contains_key(next.as_str()) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next.as_str()]);
                    self.low.insert(node, low);
                } else if self.stack.contains(&next.as_str()) {
                    let low = self.low[node].min(self.index[next.as_str()]);
                    self.low.insert(node, low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut component = BTreeSet::new();
                while let Some(top) = self.stack.pop() {
                    component.insert(top.to_owned());
                    if top == node {
                        break;
                    }
                }
                if component.len() > 1 {
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for node in edges.keys() {
        if !walk.index.contains_key(node.as_str()) {
            walk.visit(node);
        }
    }
    walk.found
}

#[test]
fn the_only_circles_are_generated_tables_with_their_types() {
    let known = modules();
    let generated = |module: &str| {
        let head = known[module].trim_start();
        head.starts_with("// Generated") || head.starts_with("// @generated")
    };
    let wrong: Vec<_> = circles(&graph())
        .into_iter()
        .filter(|circle| !(circle.len() == 2 && circle.iter().any(|m| generated(m))))
        .collect();
    assert!(
        wrong.is_empty(),
        "modules that import each other around a circle: {wrong:#?}"
    );
}

#[test]
fn a_circle_is_found() {
    let edges: BTreeMap<String, BTreeSet<String>> =
        [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]
            .into_iter()
            .map(|(from, to)| (from.to_owned(), BTreeSet::from([to.to_owned()])))
            .collect();
    let found = circles(&edges);
    assert_eq!(
        found,
        vec![BTreeSet::from([
            "a".to_owned(),
            "b".to_owned(),
            "c".to_owned()
        ])]
    );
}
