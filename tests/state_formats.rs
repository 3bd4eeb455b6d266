//! `docs/state-formats.md`, generated from the crate's own readers so it cannot drift: every
//! record's fields are the lists the readers finish with (`dokploy::format`,
//! `portainer::format`, the security settings), what each member flag grants is the catalog's,
//! and every documented type is checked against the reader — a value of that type loads, a value
//! of another is refused at the field's path. Run with `UPDATE_GENERATED=1` to rewrite the page.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

use portcullis::dokploy::{self, catalog, Organization};
use portcullis::portainer::{self, PortainerState, SecuritySetting};
use portcullis::CatalogSet;
use serde_json::{json, Value as Json};

/// One field of a record: its JSON type, whether it is required or what its absence means,
/// what it grants or changes, and two values to check the type with (`None`: not probed).
struct Field {
    name: &'static str,
    kind: &'static str,
    absent: &'static str,
    meaning: String,
    accepted: Option<Json>,
    refused: Option<Json>,
}

fn field(name: &'static str, kind: &'static str, absent: &'static str, meaning: &str) -> Field {
    let (accepted, refused) = match kind {
        "boolean" => (Some(json!(true)), Some(json!("yes"))),
        "string" => (None, Some(json!(42))),
        "string[]" => (Some(json!([])), Some(json!("x"))),
        "object" => (None, Some(json!([]))),
        _ => (None, None),
    };
    Field {
        name,
        kind,
        absent,
        meaning: meaning.to_owned(),
        accepted,
        refused,
    }
}

/// A record: where it sits in a state, a minimal state holding one (its path in it), and its
/// fields in the reader's order.
struct Record {
    title: &'static str,
    name: &'static str,
    about: &'static str,
    host: Json,
    path: &'static [PathStep],
    fields: Vec<Field>,
}

#[derive(Clone, Copy)]
enum PathStep {
    Key(&'static str),
    Index(usize),
}

fn json_path(steps: &[PathStep]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            PathStep::Key(key) if out.is_empty() => out.push_str(key),
            PathStep::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            PathStep::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

fn at<'a>(state: &'a mut Json, steps: &[PathStep]) -> &'a mut Json {
    steps.iter().fold(state, |value, step| match step {
        PathStep::Key(key) => &mut value[*key],
        PathStep::Index(i) => &mut value[*i],
    })
}

use PathStep::{Index, Key};

const PRIVILEGES: &str = "Read only for the role `member`; owner and admin hold every permission, a custom role its own.";

fn permissions(set: dokploy::Permissions) -> String {
    let ids: Vec<String> = set.ids().map(|id| format!("`{id}`")).collect();
    ids.join(", ")
}

fn dokploy_records() -> Vec<Record> {
    let host = json!({ "members": [{ "userId": "olivia", "role": "owner" }, { "userId": "maya", "role": "member" }],
                       "gitProviders": [{ "gitProviderId": "gh1", "userId": "maya" }] });
    let mut member = vec![
        field("userId", "string", "required", "The member's user id: the `user` every check names. Unique."),
        field("role", "string", "required", "`owner` (exactly one member), `admin`, `member`, or the name of a custom role in `roles`."),
    ];
    for (flag, grants) in catalog::member_flags() {
        member.push(field(
            flag,
            "boolean",
            "`false`",
            &format!("Grants {}. {PRIVILEGES}", permissions(*grants)),
        ));
    }
    for (list, noun) in [
        ("accessedProjects", "projects"),
        ("accessedEnvironments", "environments"),
        ("accessedServices", "services"),
        ("accessedGitProviders", "git providers"),
        ("accessedServers", "servers"),
    ] {
        member.push(field(list, "string[]", "`[]`", &format!(
            "The {noun} the member reaches: a scoped permission on any other is `out_of_scope`. Owner and admin reach all.{}",
            if list == "accessedGitProviders" { " Binds only with a licence; a provider the member created, or one shared with the organization, is reached anyway." } else { "" }
        )));
    }
    let mut role_names = field("roleNames", "string[]", "—", "The names of the custom roles the slice's user does not hold (to tell a taken name in the management checks).");
    role_names.accepted = None;
    let mut member_roles = field("memberRoles", "object", "—", "Every other member's id and role, when the slice's user may manage members; never their flags or lists.");
    member_roles.accepted = None;
    let mut roles = field("roles", "object", "`{}`", "The custom roles: name → permissions in Dokploy's stored shape `{ resource: [actions] }` (`{ \"deployment\": [\"read\", \"create\"] }`). At most 10; a name is 1–50 characters as JS counts them (UTF-16 units, the length Dokploy's router bounds) and not `owner`, `admin` or `member`. They grant only with a licence.");
    roles.accepted = Some(json!({ "deployer": { "deployment": ["read", "create"] } }));
    let mut slice = field("slice", "object", "—", "Written by `slice()`: `{ user, sourceFingerprint }`. A state with it is a slice: read-only, answering for its user only. Never write it yourself.");
    slice.refused = None;
    let mut members = field(
        "members",
        "object[]",
        "required",
        "The organization's members (below).",
    );
    members.refused = Some(json!({}));
    let mut providers = field("gitProviders", "object[]", "absent", "The organization's git providers (below), for the checks that read who created one and whether it is shared. Absent: those facts come from a call's `context`.");
    providers.accepted = Some(json!([]));
    providers.refused = Some(json!({}));
    vec![
        Record {
            title: "Dokploy: the state",
            name: "state",
            about: "`Dokploy.load(state)`: an object or its JSON text.",
            host: host.clone(),
            path: &[],
            fields: vec![
                field("licensed", "boolean", "`false`", "The organization has a valid Enterprise licence: custom roles grant their permissions, and the access lists of Enterprise permissions and `accessedGitProviders` bind. Without one, a member holding a custom role is refused everything (`unlicensed`)."),
                roles,
                members,
                providers,
                slice,
            ],
        },
        Record {
            title: "Dokploy: what only a slice holds",
            name: "slice",
            about: "Written by `slice()` beside the state's fields; refused in a state that is no slice.",
            host: host.clone(),
            path: &[],
            fields: vec![role_names, member_roles],
        },
        Record {
            title: "Dokploy: a member",
            name: "members[]",
            about: "A `member` row in Dokploy's own field names. Flags and lists on an owner or admin row are kept and ignored; on a custom role's, likewise for the flags.",
            host: host.clone(),
            path: &[Key("members"), Index(1)],
            fields: member,
        },
        Record {
            title: "Dokploy: a git provider",
            name: "gitProviders[]",
            about: "A `git_provider` row in Dokploy's own field names.",
            host,
            path: &[Key("gitProviders"), Index(0)],
            fields: vec![
                field("gitProviderId", "string", "required", "The provider's id. Unique."),
                field("userId", "string", "required", "The user who created it: they reach it and may delete it, licence or not."),
                field("sharedWithOrganization", "boolean", "`false`", "Shared with the organization: every member reaches it."),
            ],
        },
    ]
}

fn portainer_records() -> Vec<Record> {
    let host = json!({
        "users": [{ "id": "1", "administrator": true }, { "id": "2", "teams": ["t1"] }],
        "teams": [{ "id": "t1" }],
        "groups": [{ "id": "g1" }],
        "environments": [{ "id": "e1", "kind": "standalone", "groupId": "g1",
                           "registryAccess": { "r1": { "users": ["2"] } } }],
        "registries": [{ "id": "r1" }],
        "resources": [{ "type": "stack", "id": "web", "environmentId": "e1", "control": { "public": false } },
                      { "type": "container", "id": "web-1", "environmentId": "e1", "stack": "web" }],
    });
    let list = |name: &'static str, what: &str| {
        let mut f = field(name, "object[]", "`[]`", what);
        f.refused = Some(json!({}));
        f
    };
    let policies = |name: &'static str, who: &str| {
        let mut f = field(
            name,
            "object",
            "`{}`",
            &format!("{who} id → role (`EA`, `OP`, `HD`, `ST`, `RO`)."),
        );
        f.accepted = Some(json!({}));
        f
    };
    let mut slice = field("slice", "object", "—", "Written by `slice()`: `{ user, sourceFingerprint }`. A state with it is a slice: read-only, answering for its user only. Never write it yourself.");
    slice.refused = None;
    let mut user_ids = field(
        "userIds",
        "string[]",
        "—",
        "The ids of the users a slice does not describe (a new control may name them).",
    );
    user_ids.accepted = None;
    let mut settings = field(
        "securitySettings",
        "object",
        "every setting off",
        "The environment's security settings (below).",
    );
    settings.accepted = Some(json!({}));
    let mut registry_access = field("registryAccess", "object", "`{}`", "Registry id → who it is granted to on this environment (below): what a non-administrator needs to use a registry.");
    registry_access.accepted = Some(json!({}));
    let mut kind = field(
        "kind",
        "string",
        "required",
        "`standalone` or `swarm`: an operation of the other kind is `not_applicable` there.",
    );
    kind.accepted = Some(json!("swarm"));
    let mut control = field("control", "object", "inherited", "Its own access control (below). Without one it inherits: the control of a resource listing it in `subResources`, its Swarm service's (containers), its stack's; with none anywhere it is for administrators only.");
    control.accepted = Some(json!({ "public": true }));
    let mut resource_type = field("type", "string", "required", "`container`, `service`, `volume`, `network`, `secret`, `config`, `stack`, `custom_template` (Portainer keeps no control on images).");
    resource_type.refused = Some(json!("image-ish"));
    let mut administrator = field("administrator", "boolean", "`false`", "Portainer's global administrator: allowed everything, on every environment, without a role.");
    administrator.accepted = Some(json!(false));
    vec![
        Record {
            title: "Portainer: the state",
            name: "state",
            about: "`Portainer.load(state)`: an object or its JSON text. A check names an environment, and a resource or a registry the state lists: an unknown one is refused, even to the administrator.",
            host: host.clone(),
            path: &[],
            fields: vec![
                list("users", "The users (below)."),
                list("teams", "The teams (below)."),
                list("groups", "The environment groups (below)."),
                list("environments", "The Docker environments (below)."),
                list("registries", "The registries (below)."),
                list("resources", "The Docker resources of every environment (below)."),
                slice,
            ],
        },
        Record { title: "Portainer: what only a slice holds", name: "slice", about: "Written by `slice()`; refused in a state that is no slice.", host: host.clone(), path: &[], fields: vec![user_ids] },
        Record {
            title: "Portainer: a user",
            name: "users[]",
            about: "",
            host: host.clone(),
            path: &[Key("users"), Index(1)],
            fields: vec![
                field("id", "string", "required", "The user's id: the `user` every check names. Unique."),
                field("name", "string", "absent", "A name, for people; nothing reads it."),
                administrator,
                field("teams", "string[]", "`[]`", "The ids of the user's teams: their policies and the controls naming them apply to the user."),
            ],
        },
        Record {
            title: "Portainer: a team",
            name: "teams[]",
            about: "",
            host: host.clone(),
            path: &[Key("teams"), Index(0)],
            fields: vec![field("id", "string", "required", "The team's id. Unique."), field("name", "string", "absent", "A name, for people.")],
        },
        Record {
            title: "Portainer: an environment group",
            name: "groups[]",
            about: "",
            host: host.clone(),
            path: &[Key("groups"), Index(0)],
            fields: vec![
                field("id", "string", "required", "The group's id. Unique."),
                field("name", "string", "absent", "A name, for people."),
                policies("userPolicies", "User"),
                policies("teamPolicies", "Team"),
            ],
        },
        Record {
            title: "Portainer: an environment",
            name: "environments[]",
            about: "A user's role on it is the first of: their own policy on it, their own policy on its group, their teams' policies on it, their teams' on the group (the least privileged team role wins a tie).",
            host: host.clone(),
            path: &[Key("environments"), Index(0)],
            fields: vec![
                field("id", "string", "required", "The environment's id. Unique."),
                field("name", "string", "absent", "A name, for people."),
                kind,
                field("groupId", "string", "absent", "Its group, whose policies apply after its own."),
                policies("userPolicies", "User"),
                policies("teamPolicies", "Team"),
                settings,
                registry_access,
            ],
        },
        Record {
            title: "Portainer: who a registry is granted to",
            name: "environments[].registryAccess.*",
            about: "",
            host: host.clone(),
            path: &[Key("environments"), Index(0), Key("registryAccess"), Key("r1")],
            fields: vec![
                field("users", "string[]", "`[]`", "The users it is granted to."),
                field("teams", "string[]", "`[]`", "The teams it is granted to."),
            ],
        },
        Record {
            title: "Portainer: a registry",
            name: "registries[]",
            about: "",
            host: host.clone(),
            path: &[Key("registries"), Index(0)],
            fields: vec![field("id", "string", "required", "The registry's id. Unique."), field("name", "string", "absent", "A name, for people.")],
        },
        Record {
            title: "Portainer: a resource",
            name: "resources[]",
            about: "A Docker object of one environment, with its ownership.",
            host: host.clone(),
            path: &[Key("resources"), Index(1)],
            fields: vec![
                resource_type,
                field("id", "string", "required", "The Docker id (a volume's name). Unique per type and environment."),
                field("name", "string", "absent", "Its name: a system network (`bridge`, `host`, …) is known by it."),
                field("environmentId", "string", "required", "The environment that holds it."),
                control,
                field("stack", "string", "absent", "The id of the stack it belongs to, whose control it inherits."),
                field("service", "string", "absent", "A container's Swarm service, whose control it inherits."),
            ],
        },
        Record {
            title: "Portainer: a resource's control",
            name: "resources[].control",
            about: "Who may reach the resource: public, administrators only, or the named users and teams. EA, OP and HD reach every resource of their environment but where an operation says otherwise.",
            host,
            path: &[Key("resources"), Index(0), Key("control")],
            fields: vec![
                field("public", "boolean", "`false`", "Everyone with a role on the environment reaches it."),
                field("administratorsOnly", "boolean", "`false`", "Only administrators (and the roles that bypass controls) reach it, whoever else it names."),
                field("users", "string[]", "`[]`", "The users it names."),
                field("teams", "string[]", "`[]`", "The teams it names: their members reach it."),
                field("subResources", "string[]", "`[]`", "The ids of resources that take this control as theirs."),
            ],
        },
    ]
}

fn settings_record() -> Vec<(&'static str, &'static str)> {
    SecuritySetting::ALL
        .iter()
        .map(|s| {
            let meaning = match s {
                SecuritySetting::Privileged => {
                    "Refuses privileged containers (`privileged: true`) to non-administrators."
                }
                SecuritySetting::HostPid => "Refuses the host's PID namespace (`pidMode: host`).",
                SecuritySetting::DeviceMappings => "Refuses device mappings.",
                SecuritySetting::Capabilities => "Refuses added or dropped capabilities.",
                SecuritySetting::BindMounts => {
                    "Refuses bind mounts of host paths (named volumes stay allowed)."
                }
                SecuritySetting::Sysctls => "Refuses sysctls.",
                SecuritySetting::Stacks => "Refuses every stack operation.",
                SecuritySetting::VolumeBrowser => {
                    "Lets non-administrators browse volumes; off, only EA may."
                }
            };
            (s.field(), meaning)
        })
        .collect()
}

fn load(product: &str, state: &Json) -> Result<(), (String, String)> {
    let text = state.to_string();
    let result = match product {
        "Dokploy" => Organization::from_json(&text).map(|_| ()),
        _ => PortainerState::from_json(&text).map(|_| ()),
    };
    result.map_err(|e| (e.code().as_str().to_owned(), e.path().to_owned()))
}

fn page() -> String {
    let mut out = String::from(
        "<!-- @generated by tests/state_formats.rs from the crate's readers; do not edit: run `UPDATE_GENERATED=1 cargo test --test state_formats`. -->\n\n\
         # State formats\n\n\
         Every field a state may hold, as the loaders read it: its JSON type, whether it is required or \
         what its absence means, and what it grants or changes. A field not listed is refused \
         (`unknown_field`, with its path), as is a value of another type (`wrong_type`). `toJSON()` gives \
         a state back in this format, nothing dropped and nothing added. The products' own data loads \
         through `Dokploy.fromRows` and `Portainer.fromApi` ([dokploy.md](dokploy.md), \
         [portainer.md](portainer.md)).\n",
    );
    for (product, records) in [
        ("Dokploy", dokploy_records()),
        ("Portainer", portainer_records()),
    ] {
        out.push_str(&format!("\n## {product}\n"));
        for record in records {
            out.push_str(&format!(
                "\n### {}\n\n",
                record
                    .title
                    .split_once(": ")
                    .map_or(record.title, |(_, t)| t)
            ));
            let location = if record.name == "state" || record.name == "slice" {
                "the top level".to_owned()
            } else {
                format!("`{}`", record.name)
            };
            out.push_str(&format!("At {location}. {}\n\n", record.about).replace(". \n", ".\n"));
            out.push_str(
                "| field | type | when absent | what it grants or changes |\n|---|---|---|---|\n",
            );
            for f in &record.fields {
                out.push_str(&format!(
                    "| `{}` | {} | {} | {} |\n",
                    f.name, f.kind, f.absent, f.meaning
                ));
            }
            if product == "Portainer" && record.name == "environments[]" {
                out.push_str("\n### security settings\n\nAt `environments[].securitySettings`. They bind standard and read-only users only: EA, OP and HD never, the global administrator never.\n\n| field | type | when absent | what it changes |\n|---|---|---|---|\n");
                for (name, meaning) in settings_record() {
                    out.push_str(&format!("| `{name}` | boolean | `false` | {meaning} |\n"));
                }
            }
        }
        if product == "Dokploy" {
            out.push_str(&format!(
                "\n### what the `member` role grants\n\nWithout any flag: {}.\n\nEach flag adds the permissions its row above names; `explain` names the flag that would lift a refusal (`wouldAllow: [{{ flag }}]`).\n",
                permissions(catalog::member_base())
            ));
        }
    }
    out
}

#[test]
fn every_record_documents_exactly_the_fields_its_reader_accepts() {
    let documented = |records: &[Record]| -> Vec<(String, Vec<String>)> {
        records
            .iter()
            .map(|r| {
                (
                    r.name.to_owned(),
                    r.fields.iter().map(|f| f.name.to_owned()).collect(),
                )
            })
            .collect()
    };
    let read = |records: &[(&str, &[&str])]| -> Vec<(String, Vec<String>)> {
        records
            .iter()
            .map(|(n, fields)| {
                (
                    (*n).to_owned(),
                    fields.iter().map(|f| (*f).to_owned()).collect(),
                )
            })
            .collect()
    };
    assert_eq!(
        documented(&dokploy_records()),
        read(&dokploy::format::RECORDS)
    );
    assert_eq!(
        documented(&portainer_records()),
        read(&portainer::format::RECORDS)
    );
}

#[test]
fn every_documented_type_is_the_one_the_reader_takes() {
    let mut probed = 0;
    for (product, records) in [
        ("Dokploy", dokploy_records()),
        ("Portainer", portainer_records()),
    ] {
        for record in records {
            assert_eq!(
                load(product, &record.host),
                Ok(()),
                "{product}: the host state of {} loads",
                record.name
            );
            for f in &record.fields {
                let path = match json_path(record.path).as_str() {
                    "" => f.name.to_owned(),
                    base => format!("{base}.{}", f.name),
                };
                if let Some(good) = &f.accepted {
                    let mut state = record.host.clone();
                    at(&mut state, record.path)[f.name] = good.clone();
                    assert_eq!(
                        load(product, &state),
                        Ok(()),
                        "{product} {path}: a {} loads",
                        f.kind
                    );
                    probed += 1;
                }
                if let Some(bad) = &f.refused {
                    let mut state = record.host.clone();
                    at(&mut state, record.path)[f.name] = bad.clone();
                    let refused = load(product, &state).expect_err("another type is refused");
                    assert!(
                        refused.1.starts_with(&path),
                        "{product} {path}: refused at its path, not {refused:?}"
                    );
                    probed += 1;
                }
            }
        }
    }
    assert!(probed > 80, "every field probed ({probed})");
}

#[test]
fn the_page_is_generated_from_the_readers() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/state-formats.md");
    let page = page();
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(path, &page).expect("docs/state-formats.md is writable");
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == page,
        "docs/state-formats.md is stale: UPDATE_GENERATED=1 cargo test --test state_formats"
    );
}
