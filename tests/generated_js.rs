//! The JS classes' method lists and their types are generated from the table of entry points
//! (`entry_points!` in `src/api/`); this test writes them and fails when the committed files
//! are not what the table gives. After changing the table:
//! `UPDATE_GENERATED=1 cargo test --test generated_js`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

use std::collections::BTreeSet;
use std::path::Path;

use portcullis::api::{
    EntryPoint, EntryTypes, Kind, DOKPLOY_ENTRY_POINTS, DOKPLOY_ENTRY_TYPES,
    PORTAINER_ENTRY_POINTS, PORTAINER_ENTRY_TYPES,
};
use portcullis::dokploy::ScopeKind;
use portcullis::portainer::TARGET_FIELDS;

const BANNER: &str = "// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;\n// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.\n";

/// The rows JS needs: `[name, position, kind, feature, answers, arguments]`; and the target's
/// fields in the order the checks' fast paths write their ids.
fn table_js(model: &str, table: &[EntryPoint], types: &[EntryTypes], fields: &[&str]) -> String {
    let mut out = format!(
        "{BANNER}\n/** The target's fields, in the order the checks' fast paths write their ids. */\nexport const {model}_TARGET_FIELDS = {fields:?};\n\n/** `[name, position, kind, feature or null, whether it answers, how many arguments it reads]` of every entry point. */\nexport const {model}_ENTRY_POINTS = [\n"
    );
    for (position, (entry, types)) in table.iter().zip(types).enumerate() {
        let feature = entry
            .feature
            .map_or("null".to_owned(), |f| format!("\"{f}\""));
        out.push_str(&format!(
            "  [\"{}\", {position}, \"{}\", {feature}, {}, {}],\n",
            entry.name,
            entry.kind.as_str(),
            types.answer != "void",
            entry.arguments.len()
        ));
    }
    out.push_str("];\n");
    out
}

fn doc(text: &str, indent: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    match lines.as_slice() {
        [] => String::new(),
        [one] => format!("{indent}/** {one} */\n"),
        many => {
            let mut out = format!("{indent}/**\n");
            for line in many {
                out.push_str(&format!("{indent} * {line}\n"));
            }
            out.push_str(&format!("{indent} */\n"));
            out
        }
    }
}

fn signature(entry: &EntryPoint, types: &EntryTypes, class: &str) -> String {
    let arguments: Vec<String> = entry
        .arguments
        .iter()
        .zip(types.arguments)
        .map(|(a, ts)| {
            let optional = if a.optional { "?" } else { "" };
            format!("{}{optional}: {}", a.name, ts.replace("Self", class))
        })
        .collect();
    format!(
        "{}({}): {};",
        entry.name,
        arguments.join(", "),
        types.answer.replace("Self", class)
    )
}

/// Every type name a table's TypeScript mentions.
fn type_names(types: &[EntryTypes]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let texts = types
        .iter()
        .flat_map(|t| t.arguments.iter().copied().chain([t.answer]));
    for text in texts {
        for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
            if word.starts_with(|c: char| c.is_ascii_uppercase()) && word != "Self" {
                names.insert(word.to_owned());
            }
        }
    }
    names
}

/// The class declaration of one build: `features` are the features it holds.
fn class_dts(
    class: &str,
    module: &str,
    table: &[EntryPoint],
    types: &[EntryTypes],
    features: &[&str],
) -> String {
    let names: Vec<String> = type_names(types).into_iter().collect();
    let mut out = format!(
        "{BANNER}\nimport type {{ {} }} from \"{module}\";\n\n",
        names.join(", ")
    );
    out.push_str(&format!(
        "/** The `{class}` authorizer: create one with `{class}.load(state)`. */\nexport declare class {class} {{\n  private constructor(core: unknown);\n"
    ));
    let held = table
        .iter()
        .zip(types)
        .filter(|(e, _)| e.in_build(features));
    for (entry, types) in held.clone() {
        if matches!(entry.kind, Kind::Open | Kind::Static) {
            out.push_str(&doc(types.doc, "  "));
            out.push_str(&format!("  static {}\n", signature(entry, types, class)));
        }
    }
    for (entry, types) in held {
        if entry.kind != Kind::Open {
            out.push_str(&doc(types.doc, "  "));
            out.push_str(&format!("  {}\n", signature(entry, types, class)));
        }
    }
    out.push_str("  /** Runs `listener` after every change of state (each mutator that succeeds, each `replace`), never after a refused one; returns the function that unsubscribes it. */\n  subscribe(listener: () => void): () => void;\n");
    out.push_str("  /** Frees the wasm memory now; every later call throws `PortcullisError` with code `freed`. */\n  free(): void;\n}\n");
    out
}

fn check(path: &str, text: &str, stale: &mut Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder is made");
        std::fs::write(&path, text).expect("the generated file is written");
    } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
        stale.push(path.display().to_string());
    }
}

#[test]
fn the_js_method_lists_and_types_are_those_of_the_table() {
    let mut stale = Vec::new();
    check(
        "js/generated/dokploy-entry-points.js",
        &table_js(
            "DOKPLOY",
            DOKPLOY_ENTRY_POINTS,
            DOKPLOY_ENTRY_TYPES,
            &ScopeKind::TARGET_FIELDS,
        ),
        &mut stale,
    );
    check(
        "js/generated/portainer-entry-points.js",
        &table_js(
            "PORTAINER",
            PORTAINER_ENTRY_POINTS,
            PORTAINER_ENTRY_TYPES,
            &TARGET_FIELDS,
        ),
        &mut stale,
    );
    for (class, table, types) in [
        ("Dokploy", DOKPLOY_ENTRY_POINTS, DOKPLOY_ENTRY_TYPES),
        ("Portainer", PORTAINER_ENTRY_POINTS, PORTAINER_ENTRY_TYPES),
    ] {
        let file = class.to_lowercase();
        let module = format!("../{file}-types.js");
        check(
            &format!("js/generated/{file}-class.d.ts"),
            &class_dts(class, &module, table, types, &[]),
            &mut stale,
        );
        check(
            &format!("js/generated/{file}-class-full.d.ts"),
            &class_dts(class, &module, table, types, &FULL_FEATURES),
            &mut stale,
        );
    }
    assert!(
        stale.is_empty(),
        "generated files differ from the table: {stale:?}; run `UPDATE_GENERATED=1 cargo test --test generated_js`"
    );
}

/// The features of the full build's classes (every entry point); the product entries hold none
/// of them.
const FULL_FEATURES: [&str; 5] = ["catalogs", "manage", "slices", "adapters", "requests"];

#[test]
fn every_entry_point_is_named_once_and_reads_at_most_four_arguments() {
    for (table, types) in [
        (DOKPLOY_ENTRY_POINTS, DOKPLOY_ENTRY_TYPES),
        (PORTAINER_ENTRY_POINTS, PORTAINER_ENTRY_TYPES),
    ] {
        let names: BTreeSet<&str> = table.iter().map(|e| e.name).collect();
        assert_eq!(names.len(), table.len(), "a name twice");
        assert_eq!(table.len(), types.len(), "a row of types per entry point");
        for (entry, types) in table.iter().zip(types) {
            // The wasm bindings pass four arguments at most.
            assert!(entry.arguments.len() <= 4, "{} takes too many", entry.name);
            assert_eq!(entry.arguments.len(), types.arguments.len());
            assert!(!types.doc.is_empty(), "{} has a doc", entry.name);
            if entry.kind == Kind::Open {
                assert_eq!(types.answer, "Self", "{} opens an authorizer", entry.name);
            }
        }
    }
}

#[test]
fn an_entry_point_a_build_lacks_is_refused_with_its_name() {
    // Every entry point is in the default build; the product builds lack the adapters, and the
    // position JS passes is the same in every build.
    let position = DOKPLOY_ENTRY_POINTS
        .iter()
        .position(|e| e.name == "fromRows")
        .expect("fromRows is in the table");
    assert_eq!(DOKPLOY_ENTRY_POINTS[position].feature, Some("adapters"));
    assert!(!DOKPLOY_ENTRY_POINTS[position].in_build(&[]));
    assert!(DOKPLOY_ENTRY_POINTS[position].in_build(&["adapters"]));
}
