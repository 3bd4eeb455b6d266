// The demo page: the npm package's `portcullis/web` entry, used exactly as a page without a
// bundler would use it. One allowed() call renders every button; a click shows explain().
import init, { Dokploy, Portainer, PortcullisError, version } from "/pkg/web.js";

const SAMPLES = {
  dokploy: {
    licensed: true,
    roles: {
      deployer: { service: ["read"], environment: ["read"], deployment: ["read", "create", "cancel"], logs: ["read"], monitoring: ["read"] },
      auditor: { auditLog: ["read"], member: ["read"], logs: ["read"] },
    },
    members: [
      { userId: "olivia", role: "owner" },
      { userId: "adam", role: "admin" },
      {
        userId: "maya", role: "member", canCreateServices: true, canDeleteServices: false, canAccessToDocker: true,
        accessedProjects: ["shop"], accessedEnvironments: ["shop-prod"], accessedServices: ["shop-api", "shop-web"],
      },
      { userId: "ci-bot", role: "deployer", accessedEnvironments: ["shop-prod"], accessedServices: ["shop-api"] },
      { userId: "ines", role: "auditor" },
    ],
  },
  portainer: {
    users: [
      { id: "1", name: "admin", administrator: true },
      { id: "2", name: "alice", teams: ["10"] },
      { id: "3", name: "bob", teams: ["10", "11"] },
      { id: "4", name: "olga" },
    ],
    teams: [{ id: "10", name: "devs" }, { id: "11", name: "support" }],
    groups: [{ id: "g1", name: "production", userPolicies: { 2: "ST" }, teamPolicies: { 11: "HD" } }],
    environments: [
      {
        id: "e1", name: "local", kind: "standalone", groupId: "g1",
        userPolicies: { 4: "OP" }, teamPolicies: { 10: "RO" },
        securitySettings: { disablePrivilegedMode: true, disableBindMounts: true, enableVolumeBrowser: false },
        registryAccess: { r1: { users: ["2"], teams: [] } },
      },
      { id: "e2", name: "cluster", kind: "swarm", groupId: "g1", userPolicies: { 2: "ST", 4: "EA" }, securitySettings: { disableStacks: true } },
    ],
    registries: [{ id: "r1", name: "ghcr" }, { id: "r2", name: "quay" }],
    resources: [
      { type: "stack", id: "web", environmentId: "e1", control: { users: ["2"] } },
      { type: "container", id: "web-nginx-1", environmentId: "e1", stack: "web" },
      { type: "container", id: "db", environmentId: "e1", control: { teams: ["11"] } },
      { type: "container", id: "legacy", environmentId: "e1" },
      { type: "volume", id: "web-data", environmentId: "e1", control: { users: ["2"] } },
      { type: "service", id: "api", environmentId: "e2", control: { teams: ["10"] } },
      { type: "container", id: "api.1", environmentId: "e2", service: "api" },
    ],
  },
};

const $ = (id) => document.getElementById(id);
const ui = { model: "dokploy", authorizer: null, selected: null, state: null };

function element(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children);
  return node;
}

function loadState(text) {
  const status = $("load-status");
  try {
    // The product's own data goes through the package's adapters, which say what they had to
    // interpret in warnings().
    const product = $("format").value === "product";
    const authorizer = ui.model === "dokploy"
      ? (product ? Dokploy.fromRows(text) : Dokploy.load(text))
      : (product ? Portainer.fromApi(text) : Portainer.load(text));
    ui.authorizer?.free();
    ui.authorizer = authorizer;
    ui.state = authorizer.toJSON();
    status.textContent = "loaded";
    status.className = "ok";
    $("warnings").replaceChildren(
      ...authorizer.warnings().map((w) => element("li", { class: "warning" }, `${w.code}${w.path ? ` at ${w.path}` : ""}: ${w.message}`)),
    );
    $("fingerprint").textContent = authorizer.fingerprint().slice(0, 19) + "…";
    renderControls();
    render();
  } catch (error) {
    if (!(error instanceof PortcullisError)) throw error;
    status.textContent = `${error.code}${error.path ? ` at ${error.path}` : ""}: ${error.message}`;
    status.className = "error";
  }
}

function option(value, label, selected) {
  return element("option", { value, selected: value === selected }, label);
}

function select(id, label, options, current) {
  return element("label", {}, label, element("select", { id, onchange: render }, ...options.map(([v, l]) => option(v, l, current))));
}

function renderControls() {
  const previousUser = $("user").value;
  const users = ui.model === "dokploy"
    ? ui.state.members.map((m) => [m.userId, `${m.userId} (${m.role})`])
    : (ui.state.users ?? []).map((u) => [u.id, `${u.name ?? u.id}${u.administrator ? " (global admin)" : ""}`]);
  $("user").replaceChildren(...users.map(([v, l]) => option(v, l, previousUser)));
  const fields = $("target-fields");
  if (ui.model === "dokploy") {
    const ids = (key) => [...new Set(ui.state.members.flatMap((m) => m[key] ?? []))];
    const text = (field, key, placeholder) =>
      element("label", {}, field,
        element("input", { type: "text", id: `t-${field}`, list: `l-${field}`, placeholder, oninput: render }),
        element("datalist", { id: `l-${field}` }, ...ids(key).map((id) => element("option", { value: id }))));
    fields.replaceChildren(
      text("projectId", "accessedProjects", "e.g. shop"),
      text("environmentId", "accessedEnvironments", "e.g. shop-prod"),
      text("serviceId", "accessedServices", "e.g. shop-api"),
    );
    $("t-projectId").value = "shop";
    $("t-environmentId").value = "shop-prod";
    $("t-serviceId").value = "shop-api";
  } else {
    const environments = (ui.state.environments ?? []).map((e) => [e.id, `${e.name ?? e.id} (${e.kind})`]);
    fields.replaceChildren(
      element("label", {}, "Environment", element("select", { id: "t-environmentId", onchange: () => { renderResources(); render(); } }, ...environments.map(([v, l]) => option(v, l)))),
      element("label", {}, "Resource", element("select", { id: "t-resourceId", onchange: render })),
      select("t-registryId", "Registry", [["", "(none)"], ...(ui.state.registries ?? []).map((r) => [r.id, r.name ?? r.id])], ""),
      element("fieldset", {}, element("legend", {}, "Create/edit request asks for"),
        ...[["privileged", "privileged mode"], ["hostPid", "host PID namespace"], ["bind", "bind mount /var/run/docker.sock"], ["device", "device /dev/fuse"], ["cap", "capability NET_ADMIN"], ["sysctl", "a sysctl"]]
          .map(([id, label]) => element("label", { class: "check" }, element("input", { type: "checkbox", id: `r-${id}`, onchange: render }), label))),
    );
    renderResources();
  }
}

function renderResources() {
  const environmentId = $("t-environmentId").value;
  const resources = (ui.state.resources ?? []).filter((r) => r.environmentId === environmentId);
  $("t-resourceId").replaceChildren(
    option("", "(none: the operation in general)"),
    ...resources.map((r) => option(r.id, `${r.type} ${r.id}`)),
    option("bridge", "network bridge (system)"),
  );
}

function currentTarget() {
  if (ui.model === "dokploy") {
    const target = {};
    for (const field of ["projectId", "environmentId", "serviceId"]) {
      const value = $(`t-${field}`).value.trim();
      if (value) target[field] = value;
    }
    return target;
  }
  const target = { environmentId: $("t-environmentId").value };
  if ($("t-resourceId").value) target.resourceId = $("t-resourceId").value;
  if ($("t-registryId").value) target.registryId = $("t-registryId").value;
  const checked = (id) => $(`r-${id}`).checked;
  const request = {};
  if (checked("privileged")) request.privileged = true;
  if (checked("hostPid")) request.pidMode = "host";
  if (checked("bind")) request.binds = ["/var/run/docker.sock:/var/run/docker.sock"];
  if (checked("device")) request.devices = ["/dev/fuse"];
  if (checked("cap")) request.capAdd = ["NET_ADMIN"];
  if (checked("sysctl")) request.sysctls = { "net.ipv4.ip_forward": "1" };
  if (Object.keys(request).length) target.request = request;
  return target;
}

function render() {
  if (!ui.authorizer) return;
  const user = $("user").value;
  const target = currentTarget();
  const allowed = new Set(ui.authorizer.allowed(user, target));
  const catalog = ui.authorizer.catalog();
  const byCategory = new Map();
  for (const entry of catalog) {
    if (!byCategory.has(entry.category)) byCategory.set(entry.category, []);
    byCategory.get(entry.category).push(entry);
  }
  $("actions").replaceChildren(...[...byCategory].map(([category, entries]) =>
    element("div", { class: "category" }, element("h3", {}, category),
      element("div", { class: "buttons" }, ...entries.map((entry) => element("button", {
        class: `action${entry.id === ui.selected ? " selected" : ""}`,
        "data-id": entry.id,
        "aria-disabled": allowed.has(entry.id) ? "false" : "true",
        title: entry.id,
        onclick: () => { ui.selected = entry.id; render(); },
      }, category.startsWith("(") ? entry.id : entry.label))))));
  $("allowed-count").textContent = `${allowed.size} of ${catalog.length} allowed`;
  const role = ui.model === "portainer" ? ui.authorizer.roleOf(user, target.environmentId) : null;
  $("summary").textContent = ui.model === "portainer" ? `Role on this environment: ${role ?? "none"}` : `target ${JSON.stringify(target)}`;
  renderDecision(user, target);
}

function renderDecision(user, target) {
  const box = $("decision");
  if (!ui.selected) return;
  const d = ui.authorizer.explain(user, ui.selected, target);
  const details = [["id", ui.selected], ["code", d.code], ["via", d.via], ["role", d.role], ["scope", d.scope], ["setting", d.setting], ["feature", d.feature],
    ["control", d.control && `${d.control.source}${d.control.resourceId ? ` (${d.control.resourceType} ${d.control.resourceId})` : ""}`]]
    .filter(([, v]) => v);
  box.replaceChildren(
    element("div", { class: `verdict ${d.allowed ? "allowed" : "denied"}`, id: "verdict" }, d.allowed ? "Allowed" : "Denied"),
    element("p", { id: "decision-message" }, d.message),
    element("dl", {}, ...details.flatMap(([k, v]) => [element("dt", {}, k), element("dd", { "data-field": k }, v)])),
  );
}

function switchModel(model) {
  ui.model = model;
  ui.selected = null;
  for (const tab of document.querySelectorAll("nav button")) tab.setAttribute("aria-selected", String(tab.dataset.model === model));
  $("state").value = JSON.stringify(SAMPLES[model], null, 2);
  $("user").replaceChildren();
  $("decision").replaceChildren(element("p", { class: "hint" }, "Click an action to see why it is allowed or denied."));
  loadState($("state").value);
}

await init();
$("version").textContent = version();
$("load").addEventListener("click", () => loadState($("state").value));
$("user").addEventListener("change", render);
for (const tab of document.querySelectorAll("nav button")) tab.addEventListener("click", () => switchModel(tab.dataset.model));
switchModel("dokploy");
document.body.dataset.ready = "true";
