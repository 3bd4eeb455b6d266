//! Dokploy scenarios written from the semantics of DESIGN.md: scoping, the licence switch and
//! every management rule with an allow and a refuse case.
#![cfg(not(target_arch = "wasm32"))]

use portcullis::dokploy::{presets, Organization, ScopeKind, Target};
use portcullis::{CatalogSet, Value};

const STATE: &str = r#"{
  "licensed": true,
  "roles": { "deployer": { "deployment": ["read", "create", "cancel"], "service": ["read"] },
             "auditor": { "auditLog": ["read"], "member": ["read", "update", "create"] } },
  "members": [
    { "userId": "owner", "role": "owner" },
    { "userId": "admin", "role": "admin" },
    { "userId": "admin2", "role": "admin" },
    { "userId": "dev", "role": "member", "canCreateServices": true, "canDeleteServices": false,
      "accessedProjects": ["p1"], "accessedEnvironments": ["e1"], "accessedServices": ["s1"] },
    { "userId": "ci", "role": "deployer", "accessedServices": ["s1"] },
    { "userId": "hr", "role": "auditor" }
  ]
}"#;

fn org() -> Organization {
    Organization::from_json(STATE).expect("fixture loads")
}

fn value(json: &str) -> Value {
    Value::parse(json).expect("test JSON")
}

fn code(org: &Organization, user: &str, id: &str, target: &Target<'_>) -> &'static str {
    let decision = org.explain(user, id, target).expect("known permission");
    assert_eq!(org.can(user, id, target).expect("known"), decision.allowed);
    decision.code.as_str()
}

#[test]
fn owner_and_admin_are_unscoped() {
    let o = org();
    for user in ["owner", "admin"] {
        assert_eq!(
            code(&o, user, "service.delete", &Target::service("anything")),
            "administrator"
        );
        assert_eq!(
            code(&o, user, "project.delete", &Target::project("anywhere")),
            "administrator"
        );
    }
    assert_eq!(
        code(&o, "owner", "organization.delete", &Target::none()),
        "administrator"
    );
    assert_eq!(
        code(&o, "admin", "organization.delete", &Target::none()),
        "no_permission"
    );
}

#[test]
fn members_reach_only_what_their_lists_name() {
    let o = org();
    assert_eq!(
        code(&o, "dev", "deployment.create", &Target::service("s1")),
        "granted"
    );
    let d = o
        .explain("dev", "deployment.create", &Target::service("s2"))
        .unwrap();
    assert_eq!(
        (d.code.as_str(), d.scope),
        ("out_of_scope", Some("serviceId"))
    );
    assert_eq!(
        code(&o, "dev", "environment.read", &Target::environment("e1")),
        "granted"
    );
    assert_eq!(
        code(&o, "dev", "environment.read", &Target::environment("e2")),
        "out_of_scope"
    );
    // A flag grants, and the reason names it.
    let d = o
        .explain("dev", "service.create", &Target::project("p1"))
        .unwrap();
    assert_eq!(
        (d.code.as_str(), d.via.as_deref()),
        ("granted", Some("canCreateServices"))
    );
    assert_eq!(
        code(&o, "dev", "service.create", &Target::project("p2")),
        "out_of_scope"
    );
    // A flag that is false grants nothing.
    assert_eq!(
        code(&o, "dev", "service.delete", &Target::service("s1")),
        "no_permission"
    );
    // Custom roles are scoped the same way.
    assert_eq!(
        code(&o, "ci", "deployment.create", &Target::service("s1")),
        "granted"
    );
    assert_eq!(
        code(&o, "ci", "deployment.create", &Target::service("s9")),
        "out_of_scope"
    );
    assert_eq!(
        code(&o, "ci", "domain.create", &Target::service("s1")),
        "no_permission"
    );
}

#[test]
fn a_scoped_permission_without_its_target_is_missing_scope() {
    let o = org();
    let d = o
        .explain("dev", "deployment.create", &Target::none())
        .unwrap();
    assert_eq!(
        (d.code.as_str(), d.scope),
        ("missing_scope", Some("serviceId"))
    );
    assert_eq!(
        code(&o, "owner", "service.create", &Target::none()),
        "missing_scope"
    );
    assert_eq!(code(&o, "dev", "tag.read", &Target::none()), "granted");
}

#[test]
fn licence_switch_turns_custom_roles_off() {
    let unlicensed =
        Organization::from_json(&STATE.replace(r#""licensed": true"#, r#""licensed": false"#))
            .unwrap();
    let d = unlicensed
        .explain("ci", "deployment.create", &Target::service("s1"))
        .unwrap();
    assert_eq!(d.code.as_str(), "unlicensed");
    assert!(d.message.contains("licence"), "{}", d.message);
    assert!(unlicensed.allowed("ci", &Target::service("s1")).is_empty());
    // Built-in roles do not need the licence.
    assert_eq!(
        code(
            &unlicensed,
            "dev",
            "deployment.create",
            &Target::service("s1")
        ),
        "granted"
    );
    // An absent licence field means no licence.
    let absent = Organization::from_json(&STATE.replace(r#""licensed": true,"#, "")).unwrap();
    assert_eq!(
        code(&absent, "ci", "deployment.read", &Target::service("s1")),
        "unlicensed"
    );
}

#[test]
fn git_provider_and_server_lists_bind_only_with_a_licence() {
    let json = r#"{"licensed": true, "members": [{"userId": "o", "role": "owner"},
        {"userId": "m", "role": "member", "canAccessToGitProviders": true, "accessedGitProviders": ["g1"]}]}"#;
    let o = Organization::from_json(json).unwrap();
    let g = |id| Target::none().with(ScopeKind::GitProvider, id);
    assert_eq!(code(&o, "m", "gitProviders.read", &g("g1")), "granted");
    assert_eq!(code(&o, "m", "gitProviders.read", &g("g2")), "out_of_scope");
    assert_eq!(
        code(&o, "m", "gitProviders.read", &Target::none()),
        "granted"
    );
    let free =
        Organization::from_json(&json.replace(r#""licensed": true"#, r#""licensed": false"#))
            .unwrap();
    assert_eq!(code(&free, "m", "gitProviders.read", &g("g2")), "granted");
}

#[test]
fn unknown_user_and_unknown_permission_never_allow() {
    let o = org();
    assert_eq!(
        code(&o, "ghost", "service.read", &Target::service("s1")),
        "unknown_user"
    );
    assert!(o.allowed("ghost", &Target::none()).is_empty());
    let error = o
        .explain("dev", "service.deploy", &Target::none())
        .unwrap_err();
    assert_eq!(error.code(), "unknown_id");
    assert!(o.can("dev", "serivce.read", &Target::none()).is_err());
}

#[test]
fn custom_role_lifecycle_with_rename() {
    let mut o = org();
    let perms = value(r#"{"service": ["read"], "logs": ["read"]}"#);
    assert!(o.can_create_role("admin", "viewer", &perms).allowed);
    o.create_role("admin", "viewer", &perms).unwrap();
    assert_eq!(
        o.can_create_role("admin", "viewer", &perms).code.as_str(),
        "role_exists"
    );
    o.assign_role("owner", "dev", "viewer").unwrap();
    assert_eq!(o.member("dev").unwrap().role().name(), "viewer");
    assert_eq!(
        o.can_delete_role("owner", "viewer").code.as_str(),
        "role_in_use"
    );
    assert_eq!(
        o.delete_role("owner", "viewer").unwrap_err().code(),
        "role_in_use"
    );
    // Rename: members follow the new name.
    o.update_role(
        "owner",
        "viewer",
        &value(r#"{"service": ["read"]}"#),
        Some("reader"),
    )
    .unwrap();
    assert_eq!(o.member("dev").unwrap().role().name(), "reader");
    assert!(o.custom_role("viewer").is_none());
    assert_eq!(
        o.permissions("dev").ids().collect::<Vec<_>>(),
        ["service.read"]
    );
    assert_eq!(
        o.can_update_role("owner", "reader", &perms, Some("deployer"))
            .code
            .as_str(),
        "role_exists"
    );
    o.assign_role("owner", "dev", "member").unwrap();
    assert!(o.can_delete_role("owner", "reader").allowed);
    o.delete_role("owner", "reader").unwrap();
    assert_eq!(
        o.can_delete_role("owner", "reader").code.as_str(),
        "unknown_role"
    );
    // The saved state reloads and decides the same.
    let reloaded = Organization::from_value(&o.to_value()).unwrap();
    assert_eq!(reloaded.fingerprint(), o.fingerprint());
}

#[test]
fn custom_role_definitions_are_validated_with_paths() {
    let o = org();
    let check = |name: &str, perms: &str| o.can_create_role("owner", name, &value(perms));
    let ok = r#"{"service": ["read"]}"#;
    assert!(check("release-bot_2", ok).allowed);
    assert_eq!(check("", ok).code.as_str(), "invalid_role_name");
    assert_eq!(check("has space", ok).code.as_str(), "invalid_role_name");
    assert_eq!(
        check(&"x".repeat(51), ok).code.as_str(),
        "invalid_role_name"
    );
    assert!(check(&"x".repeat(50), ok).allowed);
    for reserved in ["owner", "admin", "member"] {
        assert_eq!(check(reserved, ok).code.as_str(), "reserved_role_name");
    }
    let d = check("r", r#"{"ac": ["read"]}"#);
    assert_eq!(
        (d.code.as_str(), d.path.as_deref()),
        ("internal_resource", Some("permissions.ac"))
    );
    let d = check("r", r#"{"service": ["read", "deploy"]}"#);
    assert_eq!(
        (d.code.as_str(), d.path.as_deref()),
        ("unknown_permission", Some("permissions.service[1]"))
    );
    let d = check("r", r#"{"servce": ["read"]}"#);
    assert_eq!(
        (d.code.as_str(), d.path.as_deref()),
        ("unknown_permission", Some("permissions.servce"))
    );
    let d = check("r", r#"{"service": "read"}"#);
    assert_eq!(
        (d.code.as_str(), d.path.as_deref()),
        ("invalid_permissions", Some("permissions.service"))
    );
    // member IS assignable to a custom role.
    assert!(check("r", r#"{"member": ["read"]}"#).allowed);
}

#[test]
fn only_owner_and_admins_of_a_licensed_organization_manage_roles() {
    let o = org();
    let perms = value(r#"{"service": ["read"]}"#);
    assert_eq!(
        o.can_create_role("dev", "x", &perms).code.as_str(),
        "no_permission"
    );
    assert_eq!(
        o.can_create_role("hr", "x", &perms).code.as_str(),
        "no_permission"
    );
    assert_eq!(
        o.can_create_role("ghost", "x", &perms).code.as_str(),
        "unknown_user"
    );
    let unlicensed =
        Organization::from_json(&STATE.replace(r#""licensed": true"#, r#""licensed": false"#))
            .unwrap();
    assert_eq!(
        unlicensed
            .can_create_role("owner", "x", &perms)
            .code
            .as_str(),
        "unlicensed"
    );
}

#[test]
fn at_most_ten_custom_roles() {
    let mut o = org();
    let perms = value(r#"{"logs": ["read"]}"#);
    for i in 0..8 {
        o.create_role("owner", &format!("role{i}"), &perms).unwrap();
    }
    let d = o.can_create_role("owner", "one-too-many", &perms);
    assert_eq!(d.code.as_str(), "limit_exceeded");
    let error = o.create_role("owner", "one-too-many", &perms).unwrap_err();
    assert_eq!(error.code(), "limit_exceeded");
}

#[test]
fn invitations_never_make_an_owner() {
    let o = org();
    assert!(o.can_invite("admin", "member").allowed);
    assert!(o.can_invite("admin", "admin").allowed);
    assert!(o.can_invite("owner", "deployer").allowed);
    assert_eq!(o.can_invite("owner", "owner").code.as_str(), "owner_role");
    assert_eq!(
        o.can_invite("owner", "nonexistent").code.as_str(),
        "unknown_role"
    );
    assert_eq!(o.can_invite("dev", "member").code.as_str(), "no_permission");
    // A custom role holding member.create may invite.
    assert!(o.can_invite("hr", "member").allowed);
}

#[test]
fn role_assignment_rules() {
    let mut o = org();
    assert!(o.can_assign_role("owner", "admin", "member").allowed);
    assert_eq!(
        o.can_assign_role("owner", "owner", "admin").code.as_str(),
        "self_role_change"
    );
    assert_eq!(
        o.can_assign_role("admin", "admin", "member").code.as_str(),
        "self_role_change"
    );
    assert_eq!(
        o.can_assign_role("admin", "owner", "member").code.as_str(),
        "owner_role"
    );
    assert_eq!(
        o.can_assign_role("owner", "dev", "owner").code.as_str(),
        "owner_role"
    );
    assert_eq!(
        o.can_assign_role("admin", "admin2", "member").code.as_str(),
        "admin_protected"
    );
    assert!(o.can_assign_role("admin", "dev", "admin").allowed);
    assert_eq!(
        o.can_assign_role("admin", "dev", "ghost-role")
            .code
            .as_str(),
        "unknown_role"
    );
    assert_eq!(
        o.can_assign_role("admin", "ghost", "member").code.as_str(),
        "unknown_user"
    );
    assert_eq!(
        o.can_assign_role("dev", "ci", "member").code.as_str(),
        "no_permission"
    );
    // A custom role with member.update is not bound by the admin rule.
    assert!(o.can_assign_role("hr", "admin2", "member").allowed);
    let error = o.assign_role("admin", "admin2", "member").unwrap_err();
    assert_eq!(error.code(), "admin_protected");
    o.assign_role("owner", "admin2", "member").unwrap();
    assert_eq!(o.member("admin2").unwrap().role().name(), "member");
}

#[test]
fn member_removal_rules() {
    let mut o = org();
    assert_eq!(
        o.can_remove_member("admin", "owner").code.as_str(),
        "owner_protected"
    );
    assert_eq!(
        o.can_remove_member("owner", "owner").code.as_str(),
        "owner_protected"
    );
    assert_eq!(
        o.can_remove_member("admin", "admin").code.as_str(),
        "self_removal"
    );
    assert_eq!(
        o.can_remove_member("admin", "admin2").code.as_str(),
        "admin_protected"
    );
    assert_eq!(
        o.can_remove_member("hr", "dev").code.as_str(),
        "no_permission"
    );
    assert!(o.can_remove_member("admin", "dev").allowed);
    assert!(o.can_remove_member("owner", "admin2").allowed);
    o.remove_member("owner", "admin2").unwrap();
    assert!(o.member("admin2").is_none());
    assert_eq!(
        code(&o, "admin2", "service.read", &Target::service("s1")),
        "unknown_user"
    );
    // The index follows the removal.
    assert_eq!(
        code(&o, "dev", "deployment.read", &Target::service("s1")),
        "granted"
    );
    assert_eq!(
        o.remove_member("admin", "owner").unwrap_err().code(),
        "owner_protected"
    );
}

#[test]
fn creators_get_access_to_what_they_create() {
    let mut o = org();
    assert_eq!(
        code(&o, "dev", "deployment.create", &Target::service("s2")),
        "out_of_scope"
    );
    let grant = o
        .record_created("dev", ScopeKind::Service, "s2")
        .unwrap()
        .expect("a grant");
    assert_eq!((grant.list, grant.id.as_str()), ("accessedServices", "s2"));
    assert_eq!(
        code(&o, "dev", "deployment.create", &Target::service("s2")),
        "granted"
    );
    assert_eq!(
        o.record_created("dev", ScopeKind::Service, "s2").unwrap(),
        None
    );
    assert_eq!(
        o.record_created("owner", ScopeKind::Project, "p9").unwrap(),
        None
    );
    // A member row without the list gets one.
    let grant = o.record_created("hr", ScopeKind::Project, "p3").unwrap();
    assert!(grant.is_some());
    let saved = o.to_json();
    assert!(saved.contains(r#""accessedProjects":["p3"]"#), "{saved}");
    assert_eq!(
        o.record_created("ghost", ScopeKind::Project, "p1")
            .unwrap_err()
            .code(),
        "unknown_user"
    );
}

#[test]
fn presets_are_valid_custom_roles() {
    let mut o = org();
    let names: Vec<&str> = presets().map(|(name, _)| name).collect();
    assert_eq!(names, ["viewer", "developer", "deployer", "devops"]);
    for (name, statements) in presets() {
        let role_name = format!("preset-{name}");
        o.create_role("owner", &role_name, &statements.to_value())
            .unwrap();
        assert_eq!(
            o.custom_role(&role_name).unwrap().permissions(),
            statements.permissions()
        );
    }
}

#[test]
fn saving_gives_back_what_was_loaded() {
    let o = org();
    assert_eq!(
        o.to_value(),
        value(STATE),
        "same keys, same order, nothing invented"
    );
    let minimal = r#"{"members":[{"userId":"o","role":"owner"}]}"#;
    assert_eq!(Organization::from_json(minimal).unwrap().to_json(), minimal);
}

/// Long access lists are looked up by hash: the answers must not change with their length.
#[test]
fn long_access_lists_decide_like_short_ones() {
    let services: Vec<String> = (0..2000).map(|i| format!("\"svc-{i}\"")).collect();
    let json = format!(
        r#"{{"members":[{{"userId":"o","role":"owner"}},
            {{"userId":"m","role":"member","accessedServices":[{}]}}]}}"#,
        services.join(",")
    );
    let mut o = Organization::from_json(&json).expect("loads");
    for id in ["svc-0", "svc-8", "svc-9", "svc-1999"] {
        assert_eq!(
            code(&o, "m", "service.read", &Target::service(id)),
            "granted"
        );
    }
    for id in ["svc-2000", "svc-", "SVC-1", ""] {
        assert_eq!(
            code(&o, "m", "service.read", &Target::service(id)),
            "out_of_scope"
        );
    }
    o.record_created("m", ScopeKind::Service, "svc-new")
        .expect("records");
    assert_eq!(
        code(&o, "m", "service.read", &Target::service("svc-new")),
        "granted"
    );
    // Saving keeps the list as it was, plus the new id at the end.
    let saved = Organization::from_value(&o.to_value()).expect("reloads");
    assert_eq!(saved, o);
}
