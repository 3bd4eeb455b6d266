//! Every corpus file, compiled into the test binaries so that the wasm harness (which has no
//! file system) runs the same files; tests/corpus.rs checks this list against the folder.

pub const CORPUS: &[(&str, &str)] = &[
    (
        "dokploy/arguments.json",
        include_str!("../corpus/dokploy/arguments.json"),
    ),
    (
        "dokploy/rows.json",
        include_str!("../corpus/dokploy/rows.json"),
    ),
    (
        "dokploy/loading.json",
        include_str!("../corpus/dokploy/loading.json"),
    ),
    (
        "dokploy/scenarios.json",
        include_str!("../corpus/dokploy/scenarios.json"),
    ),
    (
        "portainer/api.json",
        include_str!("../corpus/portainer/api.json"),
    ),
    (
        "portainer/arguments.json",
        include_str!("../corpus/portainer/arguments.json"),
    ),
    (
        "portainer/loading.json",
        include_str!("../corpus/portainer/loading.json"),
    ),
    (
        "portainer/registry-grants.json",
        include_str!("../corpus/portainer/registry-grants.json"),
    ),
    (
        "portainer/scenarios.json",
        include_str!("../corpus/portainer/scenarios.json"),
    ),
    (
        "portainer/system-networks.json",
        include_str!("../corpus/portainer/system-networks.json"),
    ),
];
