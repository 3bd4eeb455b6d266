#!/usr/bin/env python3
"""Writes tests/corpus/portainer/route-roles.json: every Docker route (and Portainer's stack and
console routes) asked by Portainer's global administrator and by a user of each role, with the
answer Portainer's default role lists give (tests/reference/portainer-authorizations.json).

The expectations come from the role lists alone, never from portcullis: a role is allowed when
its list holds the route's authorization (with the volume-browsing authorizations where the
environment allows volume browsing), the global administrator always, and the routes Portainer's
proxy keeps to administrators refuse every role. The Operator role's list is Business Edition's
and not public: it is asked only where the issue that introduced the test states Portainer's
answer (container export, exec start and resize). Every resource is public, so resource access
never decides here. tests/route_table.rs checks that the file still agrees with the reference
and reaches every row of the route table. Run after either changes:

    python3 scripts/generate_route_roles.py
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "tests" / "reference" / "portainer-authorizations.json"
OUTPUT = ROOT / "tests" / "corpus" / "portainer" / "route-roles.json"

ROLES = ["EA", "HD", "ST", "RO"]
USERS = {"EA": "ea", "OP": "op", "HD": "hd", "ST": "st", "RO": "ro"}
# Environments: a standalone one that allows volume browsing, one that does not, a swarm.
OPEN, CLOSED, SWARM = "1", "2", "3"
BROWSING = {OPEN: True, CLOSED: False, SWARM: True}

STACK_FILE = "services:\n  web:\n    image: nginx\n"

# (method, path after /api/endpoints/{env}/docker, body, environment, authorization); an
# authorization of None marks a route Portainer's proxy keeps to its administrators.
DOCKER = [
    ("GET", "containers/json?all=1", None, OPEN, "DockerContainerList"),
    ("POST", "containers/create?name=web", {"Image": "nginx"}, OPEN, "DockerContainerCreate"),
    ("POST", "containers/prune", None, OPEN, None),
    ("GET", "containers/c1/json", None, OPEN, "DockerContainerInspect"),
    ("GET", "containers/c1/top", None, OPEN, "DockerContainerTop"),
    ("GET", "containers/c1/stats?stream=false", None, OPEN, "DockerContainerStats"),
    ("GET", "containers/c1/changes", None, OPEN, "DockerContainerChanges"),
    ("HEAD", "containers/c1/archive?path=/etc", None, OPEN, "DockerContainerArchiveInfo"),
    ("GET", "containers/c1/export", None, OPEN, "DockerContainerExport"),
    ("GET", "containers/c1/archive?path=/etc", None, OPEN, "DockerContainerArchive"),
    ("PUT", "containers/c1/archive?path=/tmp", None, OPEN, "DockerContainerPutContainerArchive"),
    ("GET", "containers/c1/logs?stdout=1", None, OPEN, "DockerContainerLogs"),
    ("POST", "containers/c1/start", None, OPEN, "DockerContainerStart"),
    ("POST", "containers/c1/stop", None, OPEN, "DockerContainerStop"),
    ("POST", "containers/c1/kill", None, OPEN, "DockerContainerKill"),
    ("POST", "containers/c1/restart", None, OPEN, "DockerContainerRestart"),
    ("POST", "containers/c1/pause", None, OPEN, "DockerContainerPause"),
    ("POST", "containers/c1/unpause", None, OPEN, "DockerContainerUnpause"),
    ("POST", "containers/c1/wait", None, OPEN, "DockerContainerWait"),
    ("POST", "containers/c1/exec", {"Cmd": ["sh"]}, OPEN, "DockerContainerExec"),
    ("POST", "containers/c1/resize?h=40&w=80", None, OPEN, "DockerContainerResize"),
    ("POST", "containers/c1/attach?stream=1", None, OPEN, "DockerContainerAttach"),
    ("GET", "containers/c1/attach/ws?stream=1", None, OPEN, "DockerContainerAttachWebsocket"),
    ("POST", "containers/c1/update", {"Memory": 0}, OPEN, "DockerContainerUpdate"),
    ("POST", "containers/c1/rename?name=web2", None, OPEN, "DockerContainerRename"),
    ("DELETE", "containers/c1?force=true", None, OPEN, "DockerContainerDelete"),
    ("POST", "commit?container=c1&repo=snapshot", None, OPEN, "DockerImageCommit"),
    ("POST", "exec/5f0c3a/start", {"Detach": False}, OPEN, "DockerExecStart"),
    ("POST", "exec/5f0c3a/resize?h=40&w=80", None, OPEN, "DockerExecResize"),
    ("GET", "exec/5f0c3a/json", None, OPEN, "DockerExecInspect"),
    ("POST", "networks/n1/connect", {"Container": "c1"}, OPEN, "DockerNetworkConnect"),
    ("POST", "networks/n1/disconnect", {"Container": "c1"}, OPEN, "DockerNetworkDisconnect"),
    ("GET", "images/json", None, OPEN, "DockerImageList"),
    ("GET", "images/search?term=nginx", None, OPEN, "DockerImageSearch"),
    ("POST", "images/create?fromImage=nginx&tag=latest", None, OPEN, "DockerImageCreate"),
    ("POST", "images/create?fromSrc=-&repo=imported", None, OPEN, "DockerImageCreate"),
    ("POST", "images/load", None, OPEN, "DockerImageLoad"),
    ("GET", "images/get?names=nginx", None, OPEN, "DockerImageGetAll"),
    ("POST", "images/prune", None, OPEN, "DockerImagePrune"),
    ("POST", "build?t=app:1", None, OPEN, "DockerImageBuild"),
    ("POST", "build/prune", None, OPEN, "DockerBuildPrune"),
    ("POST", "build/cancel?id=b1", None, OPEN, "DockerBuildCancel"),
    ("POST", "session", None, OPEN, "DockerSessionStart"),
    ("POST", "images/ghcr.io/org/app:1.0/push", None, OPEN, "DockerImagePush"),
    ("POST", "images/nginx:latest/tag?repo=mirror/nginx&tag=v1", None, OPEN, "DockerImageTag"),
    ("GET", "images/registry.example.com:5000/org/app:1.0/json", None, OPEN, "DockerImageInspect"),
    ("GET", "images/nginx/history", None, OPEN, "DockerImageHistory"),
    ("GET", "images/nginx:latest/get", None, OPEN, "DockerImageGet"),
    ("GET", "distribution/ghcr.io/org/app:1.0/json", None, OPEN, "DockerDistributionInspect"),
    ("DELETE", "images/mirror/nginx:v1", None, OPEN, "DockerImageDelete"),
    ("DELETE", "images/sha256:0123abcd?force=true", None, OPEN, "DockerImageDelete"),
    ("GET", "plugins", None, OPEN, "DockerPluginList"),
    ("GET", "plugins/privileges?remote=vieux/sshfs", None, OPEN, "DockerPluginPrivileges"),
    ("POST", "plugins/pull?remote=vieux/sshfs", None, OPEN, "DockerPluginPull"),
    ("POST", "plugins/create?name=local/p", None, OPEN, "DockerPluginCreate"),
    ("GET", "plugins/vieux/sshfs:latest/json", None, OPEN, "DockerPluginInspect"),
    ("POST", "plugins/vieux/sshfs:latest/enable", None, OPEN, "DockerPluginEnable"),
    ("POST", "plugins/vieux/sshfs:latest/disable", None, OPEN, "DockerPluginDisable"),
    ("POST", "plugins/vieux/sshfs:latest/upgrade?remote=vieux/sshfs:next", None, OPEN, "DockerPluginUpgrade"),
    ("POST", "plugins/vieux/sshfs:latest/push", None, OPEN, "DockerPluginPush"),
    ("POST", "plugins/vieux/sshfs:latest/set", ["DEBUG=1"], OPEN, "DockerPluginSet"),
    ("DELETE", "plugins/vieux/sshfs:latest", None, OPEN, "DockerPluginDelete"),
    ("GET", "volumes", None, OPEN, "DockerVolumeList"),
    ("POST", "volumes/create", {"Name": "data"}, OPEN, "DockerVolumeCreate"),
    ("POST", "volumes/prune", None, OPEN, None),
    ("GET", "volumes/v1", None, OPEN, "DockerVolumeInspect"),
    ("DELETE", "volumes/v1", None, OPEN, "DockerVolumeDelete"),
    ("GET", "networks", None, OPEN, "DockerNetworkList"),
    ("POST", "networks/create", {"Name": "backend"}, OPEN, "DockerNetworkCreate"),
    ("POST", "networks/prune", None, OPEN, None),
    ("GET", "networks/n1", None, OPEN, "DockerNetworkInspect"),
    ("DELETE", "networks/n1", None, OPEN, "DockerNetworkDelete"),
    ("GET", "events?since=1", None, OPEN, "DockerEvents"),
    ("GET", "events?since=1", None, SWARM, "DockerEvents"),
    ("GET", "configs", None, SWARM, "DockerConfigList"),
    ("POST", "configs/create", {"Name": "app.conf", "Data": ""}, SWARM, "DockerConfigCreate"),
    ("GET", "configs/cfg1", None, SWARM, "DockerConfigInspect"),
    ("POST", "configs/cfg1/update?version=3", {"Name": "app.conf", "Labels": {}}, SWARM, "DockerConfigUpdate"),
    ("DELETE", "configs/cfg1", None, SWARM, "DockerConfigDelete"),
    ("GET", "secrets", None, SWARM, "DockerSecretList"),
    ("POST", "secrets/create", {"Name": "token", "Data": ""}, SWARM, "DockerSecretCreate"),
    ("GET", "secrets/sec1", None, SWARM, "DockerSecretInspect"),
    ("POST", "secrets/sec1/update?version=3", {"Name": "token", "Labels": {}}, SWARM, "DockerSecretUpdate"),
    ("DELETE", "secrets/sec1", None, SWARM, "DockerSecretDelete"),
    ("GET", "services", None, SWARM, "DockerServiceList"),
    ("POST", "services/create", {"Name": "web"}, SWARM, "DockerServiceCreate"),
    ("GET", "services/s1", None, SWARM, "DockerServiceInspect"),
    ("GET", "services/s1/logs?stdout=1", None, SWARM, "DockerServiceLogs"),
    ("DELETE", "services/s1", None, SWARM, "DockerServiceDelete"),
    ("POST", "services/s1/update?version=3&rollback=previous", None, SWARM, "DockerServiceUpdate"),
    ("POST", "services/s1/update?version=3", {"Name": "s1"}, SWARM, "DockerServiceUpdate"),
    ("POST", "services/s1/update?version=3", None, SWARM, "DockerServiceUpdate"),
    ("GET", "tasks", None, SWARM, "DockerTaskList"),
    ("GET", "tasks/t1", None, SWARM, "DockerTaskInspect"),
    ("GET", "tasks/t1/logs?stdout=1", None, SWARM, "DockerTaskLogs"),
    ("GET", "swarm", None, SWARM, "DockerSwarmInspect"),
    ("POST", "swarm/init", {"ListenAddr": "0.0.0.0"}, SWARM, None),
    ("POST", "swarm/join", {"RemoteAddrs": ["10.0.0.2"]}, SWARM, None),
    ("POST", "swarm/leave?force=true", None, SWARM, None),
    ("POST", "swarm/update?version=3", {}, SWARM, None),
    ("GET", "swarm/unlockkey", None, SWARM, None),
    ("POST", "swarm/unlock", {"UnlockKey": "k"}, SWARM, None),
    ("GET", "nodes", None, SWARM, "DockerNodeList"),
    ("GET", "nodes/node1", None, SWARM, None),
    ("DELETE", "nodes/node1", None, SWARM, None),
    ("POST", "nodes/node1/update?version=3", {"Availability": "drain"}, SWARM, None),
    # The agent's file browser: in a volume, on both kinds of environment setting; the host's.
    ("GET", "v2/browse/ls?volumeID=v1&path=/", None, OPEN, "DockerAgentBrowseList"),
    ("GET", "v2/browse/get?volumeID=v1&path=/a.txt", None, OPEN, "DockerAgentBrowseGet"),
    ("DELETE", "v2/browse/delete?volumeID=v1&path=/a.txt", None, OPEN, "DockerAgentBrowseDelete"),
    ("PUT", "v2/browse/rename?volumeID=v1", {"CurrentFilePath": "/a", "NewFilePath": "/b"}, OPEN, "DockerAgentBrowseRename"),
    ("POST", "v2/browse/put?volumeID=v1", None, OPEN, "DockerAgentBrowsePut"),
    ("GET", "v2/browse/ls?volumeID=v2&path=/", None, CLOSED, "DockerAgentBrowseList"),
    ("GET", "v2/browse/get?volumeID=v2&path=/a.txt", None, CLOSED, "DockerAgentBrowseGet"),
    ("DELETE", "v2/browse/delete?volumeID=v2&path=/a.txt", None, CLOSED, "DockerAgentBrowseDelete"),
    ("GET", "v2/browse/ls?path=/etc", None, OPEN, None),
    ("DELETE", "v2/browse/delete?path=/etc/passwd", None, OPEN, None),
]

# The daemon's and the agent's own routes, on each kind of environment.
for where in (OPEN, SWARM):
    DOCKER += [
        ("GET", "_ping", None, where, "DockerPing"),
        ("HEAD", "_ping", None, where, "DockerPing"),
        ("GET", "info", None, where, "DockerInfo"),
        ("GET", "version", None, where, "DockerVersion"),
        ("GET", "system/df", None, where, "DockerSystem"),
        ("GET", "ping", None, where, "DockerAgentPing"),
        ("GET", "v2/agents", None, where, "DockerAgentList"),
        ("GET", "v2/host/info", None, where, "DockerAgentHostInfo"),
    ]

# Portainer's own routes that its environment role lists name: (method, url, body, authorization).
PORTAINER = [
    ("GET", f"/api/stacks?endpointId={OPEN}", None, "PortainerStackList"),
    (
        "POST",
        f"/api/stacks/create/standalone/string?endpointId={OPEN}",
        {"Name": "web", "StackFileContent": STACK_FILE},
        "PortainerStackCreate",
    ),
    ("GET", f"/api/stacks/7?endpointId={OPEN}", None, "PortainerStackInspect"),
    ("GET", f"/api/stacks/7/file?endpointId={OPEN}", None, "PortainerStackFile"),
    ("PUT", f"/api/stacks/7?endpointId={OPEN}", {"StackFileContent": STACK_FILE}, "PortainerStackUpdate"),
    ("POST", f"/api/stacks/7/migrate?endpointId={OPEN}", {"EndpointID": 2}, "PortainerStackMigrate"),
    ("DELETE", f"/api/stacks/7?endpointId={OPEN}", None, "PortainerStackDelete"),
    ("GET", f"/api/websocket/exec?id=5f0c3a&endpointId={OPEN}", None, "PortainerWebsocketExec"),
]

# What the issue states of Business Edition's Operator role, for three routes.
OPERATOR = {
    ("GET", "containers/c1/export"): False,
    ("POST", "exec/5f0c3a/start"): True,
    ("POST", "exec/5f0c3a/resize?h=40&w=80"): True,
}


def public(kind, ident, env):
    return {"type": kind, "id": ident, "environmentId": env, "control": {"public": True}}


def state():
    policies = {USERS[role]: role for role in ["EA", "OP", "HD", "ST", "RO"]}
    users = [{"id": "admin", "administrator": True}] + [
        {"id": USERS[role]} for role in ["EA", "OP", "HD", "ST", "RO"]
    ]

    def environment(ident, name, kind):
        return {
            "id": ident,
            "name": name,
            "kind": kind,
            "userPolicies": policies,
            "securitySettings": {"enableVolumeBrowser": BROWSING[ident]},
        }

    return {
        "users": users,
        "teams": [],
        "environments": [
            environment(OPEN, "local", "standalone"),
            environment(CLOSED, "edge", "standalone"),
            environment(SWARM, "cluster", "swarm"),
        ],
        "registries": [],
        "resources": [
            public("container", "c1", OPEN),
            public("volume", "v1", OPEN),
            public("network", "n1", OPEN),
            public("stack", "7", OPEN),
            public("volume", "v2", CLOSED),
            public("service", "s1", SWARM),
            public("config", "cfg1", SWARM),
            public("secret", "sec1", SWARM),
        ],
    }


def holds(reference, role, authorization, env):
    lists = reference["roles"][role]
    return authorization in lists["always"] or (
        BROWSING[env] and authorization in lists["withVolumeBrowsing"]
    )


def cases_for(reference, method, url, body, env, authorization):
    request = {"method": method, "url": url}
    if body is not None:
        request["body"] = body
    line = f"{method} {url}"
    where = {OPEN: "", CLOSED: " (volume browsing off)", SWARM: " (swarm)"}[env]
    cases = [
        {
            "name": f"route: {line} is {authorization or 'administrators only'}",
            "call": ["route", request],
            "expect": {"authorization": authorization} if authorization else None,
        },
        {
            "name": f"{line}{where}: Portainer's administrator",
            "call": ["explainRequest", "admin", request],
            "expect": {"allowed": True, "code": "administrator"},
        },
    ]
    for role in ROLES:
        if authorization is None:
            expect = {"allowed": False, "code": "role_required", "role": role}
            said = "refused: administrators only"
        else:
            allowed = holds(reference, role, authorization, env)
            expect = {"allowed": allowed}
            said = f"{'holds' if allowed else 'lacks'} {authorization}"
        cases.append(
            {
                "name": f"{line}{where}: {role} {said}",
                "call": ["explainRequest", USERS[role], request],
                "expect": expect,
            }
        )
    path = url.split("/docker/", 1)[-1]
    for (op_method, op_path), allowed in OPERATOR.items():
        if (op_method, op_path) == (method, path):
            cases.append(
                {
                    "name": f"{line}: OP {'holds' if allowed else 'lacks'} {authorization} (Business Edition)",
                    "call": ["explainRequest", USERS["OP"], request],
                    "expect": {"allowed": allowed},
                }
            )
    return cases


def main():
    reference = json.loads(REFERENCE.read_text())
    cases = []
    for method, path, body, env, authorization in DOCKER:
        url = f"/api/endpoints/{env}/docker/{path}"
        cases += cases_for(reference, method, url, body, env, authorization)
    for method, url, body, authorization in PORTAINER:
        cases += cases_for(reference, method, url, body, OPEN, authorization)
    corpus = {
        "model": "portainer",
        "about": "@generated by scripts/generate_route_roles.py from tests/reference/portainer-authorizations.json; do not edit. Every route of the table asked by Portainer's administrator and by a user of each role, every resource public: a role is allowed exactly when Portainer's default role list holds the route's authorization (the volume-browsing ones where the environment allows browsing); the routes Portainer's proxy keeps to administrators refuse every role.",
        "state": state(),
        "cases": cases,
    }
    OUTPUT.write_text(json.dumps(corpus, indent=1) + "\n")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(cases)} cases")


if __name__ == "__main__":
    main()
