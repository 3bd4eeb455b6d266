//! Load time against the size of each list a state holds, natively: 1,000 to 100,000
//! entries, loads that succeed and loads that fail at the last entry. Linear loading shows
//! as a flat time per entry. Run with `cargo run --release --example load_scaling` (part of
//! `make bench`); nothing here is asserted.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

// Native only: there is nothing to run in a wasm32 build of the examples.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::time::{Duration, Instant};

    use portcullis::dokploy::Organization;
    use portcullis::portainer::PortainerState;

    fn list(n: usize, item: impl Fn(usize) -> String) -> String {
        (0..n).map(item).collect::<Vec<_>>().join(",")
    }

    /// The median of five loads.
    fn time(load: impl Fn() -> bool) -> (Duration, bool) {
        let mut times = Vec::new();
        let mut loaded = false;
        for _ in 0..5 {
            let start = Instant::now();
            loaded = load();
            times.push(start.elapsed());
        }
        times.sort();
        (times[2], loaded)
    }

    type Case = (&'static str, fn(usize) -> (String, bool));

    fn dokploy(text: &str) -> bool {
        Organization::from_json(text).is_ok()
    }

    fn portainer(text: &str) -> bool {
        PortainerState::from_json(text).is_ok()
    }

    const OWNER: &str = r#"{"userId":"o","role":"owner"}"#;

    fn cases() -> Vec<Case> {
        vec![
            ("Dokploy members", |n| {
                let members = list(n, |i| {
                    format!(r#"{{"userId":"u{i}","role":"member","accessedServices":["s{i}"]}}"#)
                });
                (format!(r#"{{"members":[{OWNER},{members}]}}"#), true)
            }),
            ("Dokploy: one access list", |n| {
                let ids = list(n, |i| format!(r#""svc-{i}""#));
                (
                    format!(
                        r#"{{"members":[{OWNER},{{"userId":"m","role":"member","accessedServices":[{ids}]}}]}}"#
                    ),
                    true,
                )
            }),
            ("Dokploy: access list, repeated id at the end", |n| {
                let ids = list(n, |i| format!(r#""svc-{i}""#));
                (
                    format!(
                        r#"{{"members":[{OWNER},{{"userId":"m","role":"member","accessedServices":[{ids},"svc-0"]}}]}}"#
                    ),
                    false,
                )
            }),
            ("Portainer users", |n| {
                (
                    format!(
                        r#"{{"users":[{}]}}"#,
                        list(n, |i| format!(r#"{{"id":"u{i}"}}"#))
                    ),
                    true,
                )
            }),
            ("Portainer: one user's teams", |n| {
                let teams = list(n, |i| format!(r#"{{"id":"t{i}"}}"#));
                let ids = list(n, |i| format!(r#""t{i}""#));
                (
                    format!(r#"{{"users":[{{"id":"u","teams":[{ids}]}}],"teams":[{teams}]}}"#),
                    true,
                )
            }),
            ("Portainer: teams the state does not hold", |n| {
                (
                    format!(
                        r#"{{"users":[{{"id":"u","teams":[{}]}}]}}"#,
                        list(n, |i| format!(r#""t{i}""#))
                    ),
                    false,
                )
            }),
            ("Portainer: user policies", |n| {
                let users = list(n, |i| format!(r#"{{"id":"u{i}"}}"#));
                let policies = list(n, |i| format!(r#""u{i}":"ST""#));
                (
                    format!(
                        r#"{{"users":[{users}],"environments":[{{"id":"e","kind":"swarm","userPolicies":{{{policies}}}}}]}}"#
                    ),
                    true,
                )
            }),
            ("Portainer: policies, repeated key at the end", |n| {
                let users = list(n, |i| format!(r#"{{"id":"u{i}"}}"#));
                let policies = list(n, |i| format!(r#""u{i}":"ST""#));
                (
                    format!(
                        r#"{{"users":[{users}],"environments":[{{"id":"e","kind":"swarm","userPolicies":{{{policies},"u0":"RO"}}}}]}}"#
                    ),
                    false,
                )
            }),
            ("Portainer: environments and registry grants", |n| {
                let envs = list(n, |i| {
                    format!(
                        r#"{{"id":"e{i}","kind":"standalone","registryAccess":{{"r":{{"users":["u"]}}}}}}"#
                    )
                });
                (
                    format!(
                        r#"{{"users":[{{"id":"u"}}],"registries":[{{"id":"r"}}],"environments":[{envs}]}}"#
                    ),
                    true,
                )
            }),
            ("Portainer resources with controls", |n| {
                let resources = list(n, |i| {
                    format!(
                        r#"{{"type":"container","id":"c{i}","environmentId":"e","stack":"s{}","control":{{"users":["u"]}}}}"#,
                        i % 100
                    )
                });
                let stacks = list(100, |i| {
                    format!(
                        r#"{{"type":"stack","id":"s{i}","environmentId":"e","control":{{"teams":["t"]}}}}"#
                    )
                });
                (
                    format!(
                        r#"{{"users":[{{"id":"u","teams":["t"]}}],"teams":[{{"id":"t"}}],"environments":[{{"id":"e","kind":"swarm"}}],"resources":[{stacks},{resources}]}}"#
                    ),
                    true,
                )
            }),
            ("Portainer: one control's sub-resources", |n| {
                let volumes = list(n, |i| {
                    format!(r#"{{"type":"volume","id":"v{i}","environmentId":"e"}}"#)
                });
                let subs = list(n, |i| format!(r#""v{i}""#));
                (
                    format!(
                        r#"{{"environments":[{{"id":"e","kind":"swarm"}}],"resources":[{volumes},{{"type":"service","id":"svc","environmentId":"e","control":{{"public":true,"subResources":[{subs}]}}}}]}}"#
                    ),
                    true,
                )
            }),
        ]
    }

    pub fn main() {
        println!("| list | 1,000 | 10,000 | 100,000 | per entry at 100,000 |");
        println!("|---|---|---|---|---|");
        for (name, build) in cases() {
            let mut row = format!("| {name} |");
            let mut last = Duration::ZERO;
            for n in [1_000, 10_000, 100_000] {
                let (text, loads) = build(n);
                let is_dokploy = name.starts_with("Dokploy");
                let (took, loaded) = time(|| {
                    if is_dokploy {
                        dokploy(&text)
                    } else {
                        portainer(&text)
                    }
                });
                assert_eq!(loaded, loads, "{name} at {n}");
                row.push_str(&format!(" {:.2} ms |", took.as_secs_f64() * 1e3));
                last = took;
            }
            row.push_str(&format!(" {:.0} ns |", last.as_nanos() as f64 / 100_000.0));
            println!("{row}");
        }
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
