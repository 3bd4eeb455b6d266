//! The evaluator alone, natively, without the JS boundary: the cost of one check through
//! the Rust API with string ids, so that the boundary's share of the package's cost shows.
//! `cargo run --release --example native` (part of `make bench`); nothing is asserted.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

// Native only: there is nothing to run in a wasm32 build of the examples.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Instant;

    use portcullis::dokploy::{self, Organization};
    use portcullis::portainer::{self, PortainerState};
    use portcullis::CatalogSet;

    /// Median over seven rounds of the time per call, in nanoseconds.
    fn measure(name: &str, mut check: impl FnMut() -> bool) {
        const CALLS: u32 = 1_000_000;
        let mut rounds = Vec::new();
        for _ in 0..7 {
            let start = Instant::now();
            let mut allowed = 0u32;
            for _ in 0..CALLS {
                allowed += u32::from(black_box(check()));
            }
            black_box(allowed);
            rounds.push(start.elapsed().as_nanos() as f64 / f64::from(CALLS));
        }
        rounds.sort_by(f64::total_cmp);
        println!("| {name} | {:.1} ns |", rounds[3]);
    }

    pub fn main() {
        let org = Organization::from_json(
            r#"{"licensed":true,"roles":{"deployer":{"deployment":["read","create","cancel"],"service":["read"]}},
            "members":[{"userId":"owner","role":"owner"},
              {"userId":"maya","role":"member","canCreateServices":true,"accessedProjects":["p1"],"accessedServices":["s1","s2","s3"]},
              {"userId":"ci","role":"deployer","accessedServices":["s1"]}]}"#,
        )
        .expect("the benchmark state loads");
        let docker = PortainerState::from_json(
            r#"{"users":[{"id":"2","teams":["10"]}],"teams":[{"id":"10"}],
            "environments":[{"id":"e1","kind":"standalone","userPolicies":{"2":"ST"}}],
            "resources":[{"type":"stack","id":"web","environmentId":"e1","control":{"teams":["10"]}},
              {"type":"container","id":"c1","environmentId":"e1","stack":"web"}]}"#,
        )
        .expect("the benchmark state loads");
        let service = dokploy::Target::service("s1");
        let container = portainer::Target::environment("e1").resource("c1");
        println!("| native check (release) | time |");
        println!("|---|---|");
        measure("Dokploy can(), organization-wide", || {
            org.can("maya", "tag.read", &dokploy::Target::none())
                .unwrap_or(false)
        });
        measure("Dokploy can(), custom role on a service", || {
            org.can("ci", "deployment.create", &service)
                .unwrap_or(false)
        });
        measure(
            "Portainer can(), container inheriting a team's stack control",
            || {
                docker
                    .can("2", "container.start", &container)
                    .unwrap_or(false)
            },
        );
        let create = dokploy::Permissions::index_of("deployment.create").expect("a permission");
        let ci = org.for_member("ci");
        measure(
            "Dokploy ForMember::can_index(), the member looked up once",
            || ci.can_index(create, &service),
        );
        let start = portainer::Operations::index_of("container.start").expect("an operation");
        measure(
            "Portainer can_index(), the same check by catalog index",
            || docker.can_index("2", start, &container),
        );
        // A backend checking a page of rows: the user's standing on the environment resolved
        // once, each row then checked by its resource.
        let on_e1 = docker.on_environment("2", "e1");
        measure(
            "Portainer OnEnvironment::can_index(), user and environment resolved once",
            || on_e1.can_index(start, &container),
        );
        measure("Dokploy allowed(), the whole page", || {
            !org.allowed("maya", &service).is_empty()
        });
        measure("Portainer allowed(), the whole page", || {
            !docker.allowed("2", &container).is_empty()
        });
        // The call the package's fast path makes for a pair it has not remembered: the user
        // and the ids as strings, the permission by its catalog index.
        let authorizer = portcullis::api::DokployAuthorizer::new(org.clone());
        let create = create as u32;
        measure("Dokploy can_ids(), the JS fast path's call", || {
            authorizer
                .can_ids("ci", create, [None, None, Some("s1"), None, None])
                .unwrap_or(false)
        });
        let docker_authorizer = portcullis::api::PortainerAuthorizer::new(docker.clone());
        let start = start as u32;
        measure("Portainer can_ids(), the JS fast path's call", || {
            docker_authorizer
                .can_ids("2", start, [Some("e1"), Some("c1"), None])
                .unwrap_or(false)
        });
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
