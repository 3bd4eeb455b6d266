// The Portainer view: environments with their security settings, users and teams with their
// roles, the Docker lists of one environment with row actions, the create-container form,
// and the role × operation matrix, every control decided by the package on the signed-in
// user's slice. What the screens list comes from the server (`ctx.view`): the environments
// where the user holds a role, their resources with the ownership the user may know, and the
// users and policies only for Portainer's administrator.
import { matrix as roleMatrix } from "/pkg/portainer/catalog.js";
import { PORTAINER_ACTIONS } from "./actions.js";
import { actionButton, actionsOn as sharedActionsOn, fieldError, h, tableWrap, uniqueId, whyTable } from "./ui.js";

/** Portainer's own wording of the security settings (Environment → Security). */
const SETTINGS = [
  ["disableBindMounts", "Disable bind mounts for non-administrators"],
  ["disablePrivilegedMode", "Disable privileged mode for non-administrators"],
  ["disableHostPid", "Disable the use of host PID 1 for non-administrators"],
  ["disableDeviceMappings", "Disable device mappings for non-administrators"],
  ["disableCapabilities", "Disable container capabilities for non-administrators"],
  ["disableSysctls", "Disable sysctl settings for non-administrators"],
  ["disableStacks", "Disable the use of Stacks for non-administrators"],
  ["enableVolumeBrowser", "Enable volume management for non-administrators"],
];

const LISTS = [
  ["container", "Containers"], ["stack", "Stacks"], ["service", "Services"],
  ["volume", "Volumes"], ["network", "Networks"], ["image", "Images"],
];

/** The create-container form's fields that ask Docker for something a setting may forbid. */
const REQUEST_FIELDS = [
  ["privileged", "Privileged mode", { privileged: true }],
  ["pidMode", "Use the host PID namespace", { pidMode: "host" }],
  ["bind", "Bind mount /var/run/docker.sock", { binds: ["/var/run/docker.sock:/var/run/docker.sock"] }],
  ["device", "Map device /dev/fuse", { devices: ["/dev/fuse"] }],
  ["capability", "Add capability NET_ADMIN", { capAdd: ["NET_ADMIN"] }],
  ["sysctl", "Sysctl net.ipv4.ip_forward = 1", { sysctls: { "net.ipv4.ip_forward": "1" } }],
];

/** What the view remembers between renders: the environment shown and the form's fields. */
const local = { environmentId: null, form: { name: "my-container", image: "nginx:latest", asks: new Set() } };

export function resetPortainerView() {
  local.environmentId = null;
  local.form = { name: "my-container", image: "nginx:latest", asks: new Set() };
}

function currentEnvironment(view) {
  const environments = view.environments;
  if (!environments.some((e) => e.id === local.environmentId)) local.environmentId = environments[0]?.id ?? null;
  return environments.find((e) => e.id === local.environmentId);
}

function actionsOn(ctx, keys, target) {
  return sharedActionsOn(ctx, "portainer", PORTAINER_ACTIONS, keys, target);
}

function environmentsSection(ctx, view) {
  return h("section", { id: "portainer-environments", class: "screen", "aria-labelledby": "portainer-environments-title" },
    h("header", { class: "screen-head" },
      h("div", {}, h("h2", { id: "portainer-environments-title" }, "Environments"),
        h("p", { class: "muted" }, "Security settings bind standard and read-only users. The switches are the administrator's in Portainer; here they set up the demo for anyone."))),
    view.environments.length ? null : h("p", { class: "notice" }, `${ctx.userLabel} holds no role on any environment: Portainer lists none.`),
    h("div", { class: "environments" }, view.environments.map((environment) => {
      const role = ctx.authorizer.roleOf(ctx.user, environment.id);
      const admin = view.me?.administrator;
      return h("article", { class: `card environment-card${environment.id === local.environmentId ? " current" : ""}`, "data-environment": environment.id },
        h("header", { class: "card-head" },
          h("div", {},
            h("h3", {}, environment.name ?? environment.id),
            h("p", { class: "muted small" }, `${environment.kind === "swarm" ? "Swarm" : "Standalone"}${environment.group ? ` · group ${environment.group}` : ""} · id ${environment.id}`)),
          h("span", { class: "badge role" }, admin ? "global administrator" : `your role: ${role ?? "none"}`),
          h("button", { type: "button", "aria-pressed": String(environment.id === local.environmentId), onclick: () => { local.environmentId = environment.id; ctx.render(); document.getElementById("portainer-docker")?.scrollIntoView(); } }, "Show its Docker lists")),
        environment.id !== local.environmentId ? settingsSummary(environment) : h("fieldset", { class: "settings" }, h("legend", {}, `Security settings of ${environment.name ?? environment.id}`),
          SETTINGS.map(([field, label]) => {
            const id = uniqueId("setting");
            return h("label", { class: "switch", for: id },
              h("input", {
                type: "checkbox", role: "switch", id, "data-key": `setting-${environment.id}-${field}`,
                checked: environment.securitySettings?.[field] === true,
                onchange: (e) => ctx.setup({ environmentId: environment.id, setting: field, value: e.target.checked }),
              }),
              label);
          })));
    })));
}

/** The settings of an environment not shown: a line, so that the page holds one switch per
 *  setting (those of the environment shown). */
function settingsSummary(environment) {
  const on = SETTINGS.filter(([field]) => environment.securitySettings?.[field] === true).map(([, label]) => label);
  return h("p", { class: "muted small" }, on.length ? `Security: ${on.join("; ")}.` : "Security: no restriction for non-administrators.",
    " Show its Docker lists to change them.");
}

function usersSection(ctx, view) {
  const environments = view.environments;
  const head = h("header", { class: "screen-head" }, h("div", {}, h("h2", { id: "portainer-users-title" }, "Users and teams"),
    h("p", { class: "muted" }, "A user's role on an environment: their own policy there, then on its group, then their teams' (the least privileged team wins).")));
  if (!view.users) {
    // Anyone but the administrator sees themselves: their teams, and their roles as their slice answers.
    const teams = view.me?.teams.map((t) => t.name).join(", ") || "—";
    return h("section", { id: "portainer-users", class: "screen", "aria-labelledby": "portainer-users-title" }, head,
      h("p", { class: "notice" }, "Portainer shows the other users, the teams and the access policies to its administrator only."),
      tableWrap("Your roles", h("table", {},
        h("thead", {}, h("tr", {}, h("th", {}, "User"), h("th", {}, "Teams"), environments.map((e) => h("th", {}, `Role on ${e.name}`)))),
        h("tbody", {}, h("tr", { "data-user": ctx.user, class: "current" },
          h("th", { scope: "row" }, ctx.userLabel), h("td", {}, teams),
          environments.map((e) => h("td", {}, ctx.authorizer.roleOf(ctx.user, e.id) ?? "no access")))))));
  }
  return h("section", { id: "portainer-users", class: "screen", "aria-labelledby": "portainer-users-title" }, head,
    tableWrap("Users' roles", h("table", {},
      h("thead", {}, h("tr", {}, h("th", {}, "User"), h("th", {}, "Teams"), environments.map((e) => h("th", {}, `Role on ${e.name}`)))),
      h("tbody", {}, view.users.map((user) => h("tr", { "data-user": user.id, class: user.id === ctx.user ? "current" : "" },
        h("th", { scope: "row" }, user.name, user.administrator ? h("span", { class: "badge" }, "administrator") : null),
        h("td", {}, user.teams.join(", ") || "—"),
        environments.map((e) => h("td", {}, user.administrator ? "all (administrator)" : user.roles[e.id] ?? "no access"))))))),
    tableWrap("Access policies", h("table", {},
      h("caption", {}, "Access policies by group and environment"),
      h("thead", {}, h("tr", {}, h("th", {}, "Group or environment"), h("th", {}, "Policies"))),
      h("tbody", {}, view.policies.map((p) => h("tr", {}, h("th", { scope: "row" }, p.label), h("td", {}, p.policies)))))));
}

const ROLE_NAMES = { EA: "Environment administrator", OP: "Operator", HD: "Helpdesk", ST: "Standard user", RO: "Read-only user" };

function roleLine(ctx, environment) {
  if (ctx.view.me?.administrator) return `${ctx.userLabel} is Portainer's administrator.`;
  const role = ctx.authorizer.roleOf(ctx.user, environment.id);
  return role ? `${ctx.userLabel} is ${ROLE_NAMES[role]} (${role}) here.` : `${ctx.userLabel} has no role here.`;
}

function dockerSection(ctx, environment) {
  const environmentId = environment.id;
  const resources = ctx.view.resources.filter((r) => r.environmentId === environmentId);
  const pickId = uniqueId("environment");
  return h("section", { id: "portainer-docker", class: "screen", "aria-labelledby": "portainer-docker-title" },
    h("header", { class: "screen-head" },
      h("div", {}, h("h2", { id: "portainer-docker-title" }, `Docker: ${environment.name ?? environmentId}`),
        h("p", { class: "muted" }, roleLine(ctx, environment), " Row actions follow the role and the access to each resource.")),
      h("div", { class: "inline-form" },
        h("label", { for: pickId }, "Environment"),
        h("select", { id: pickId, "data-key": "environment-pick", onchange: (e) => { local.environmentId = e.target.value; ctx.render(); } },
          ctx.view.environments.map((e) => h("option", { value: e.id, selected: e.id === environmentId }, e.name))))),
    LISTS.map(([type, title]) => {
      const listKeys = Object.keys(PORTAINER_ACTIONS).filter((k) => PORTAINER_ACTIONS[k].type === type && PORTAINER_ACTIONS[k].on === "list");
      const rowKeys = Object.keys(PORTAINER_ACTIONS).filter((k) => PORTAINER_ACTIONS[k].type === type && PORTAINER_ACTIONS[k].on === "row");
      const head = actionsOn(ctx, listKeys, { environmentId });
      const rows = resources.filter((r) => r.type === type);
      return h("section", { class: "card docker-list", "data-list": type, "aria-label": title },
        h("header", { class: "card-head" }, h("h3", {}, title, h("span", { class: "muted small" }, ` ${rows.length}`)), h("div", { class: "actions" }, head.buttons)),
        whyTable(head.rows, ctx.tryIt),
        rows.length === 0 ? h("p", { class: "muted small" }, `No ${title.toLowerCase()} on this environment.`) : tableWrap(`${title}: the list`, h("table", {},
          h("thead", {}, h("tr", {}, h("th", {}, "Name"), h("th", {}, "Ownership"), h("th", {}, "Actions"))),
          h("tbody", {}, rows.map((resource) => {
            const row = actionsOn(ctx, rowKeys, { environmentId, resourceId: resource.id });
            return h("tr", { "data-resource": resource.id },
              h("th", { scope: "row" }, resource.name, h("div", { class: "muted small" }, h("code", {}, resource.id))),
              h("td", { class: "small" }, resource.ownership),
              h("td", {}, h("div", { class: "actions" }, row.buttons), whyTable(row.rows, ctx.tryIt)));
          })))));
    }));
}

/** Portainer's "Create container": each field that asks for something is checked live for
 * the viewed user (`explain` with that request alone), the refusal shown on the field with
 * the setting that forbids it; "Deploy the container" is decided on the whole request. */
function createContainerSection(ctx, environment) {
  const form = local.form;
  const environmentId = environment.id;
  const request = () => Object.assign({}, ...REQUEST_FIELDS.filter(([key]) => form.asks.has(key)).map(([, , part]) => part));
  const submit = h("div", { class: "form-actions" });
  const errors = new Map();
  const boxes = new Map();
  const update = () => {
    for (const [key, , part] of REQUEST_FIELDS) {
      const decision = ctx.authorizer.explain(ctx.user, "container.create", { environmentId, request: part });
      const refused = !decision.allowed && decision.code === "security_setting";
      const box = boxes.get(key);
      box.setAttribute("aria-invalid", String(refused && form.asks.has(key)));
      errors.get(key).replaceChildren(refused
        ? (form.asks.has(key) ? fieldError(`Refused: ${decision.message}`) : h("p", { class: "muted small" }, `Forbidden for ${ctx.userLabel} by the setting ${decision.setting}`))
        : "");
    }
    const target = { environmentId, request: request() };
    const decision = ctx.authorizer.explain(ctx.user, "container.create", target);
    const send = { model: "portainer", action: "container.deploy", label: "Deploy the container", user: ctx.user, target, prediction: decision };
    submit.replaceChildren(actionButton("Deploy the container", decision, () => ctx.perform(send), { "data-action": "container.deploy" }),
      h("button", { type: "button", class: "try", onclick: () => ctx.tryIt(send) }, "Try it"));
  };
  const text = (key, label) => {
    const id = uniqueId(key);
    return h("div", { class: "field" }, h("label", { for: id }, label),
      h("input", { id, type: "text", value: form[key], oninput: (e) => { form[key] = e.target.value; } }));
  };
  const section = h("section", { id: "portainer-create", class: "screen", "aria-labelledby": "portainer-create-title" },
    h("header", { class: "screen-head" }, h("div", {}, h("h2", { id: "portainer-create-title" }, `Create container on ${environment.name ?? environmentId}`),
      h("p", { class: "muted" }, "Fields a security setting forbids are refused as you tick them."))),
    h("form", { class: "card", "aria-label": "Create container", onsubmit: (e) => e.preventDefault() },
      text("name", "Name"), text("image", "Image"),
      h("fieldset", {}, h("legend", {}, "Runtime & resources"),
        REQUEST_FIELDS.map(([key, label]) => {
          const error = h("div", { id: uniqueId("ask-error") });
          const box = h("input", {
            type: "checkbox", checked: form.asks.has(key), "data-key": `ask-${key}`, "aria-describedby": error.id,
            onchange: (e) => { if (e.target.checked) form.asks.add(key); else form.asks.delete(key); update(); },
          });
          errors.set(key, error);
          boxes.set(key, box);
          return h("div", { class: "field" }, h("label", { class: "check" }, box, label), error);
        })),
      submit));
  update();
  return section;
}

function matrixSection(ctx, Portainer, role) {
  const matrix = roleMatrix();
  const categories = new Map();
  for (const operation of matrix.operations) {
    if (!categories.has(operation.category)) categories.set(operation.category, []);
    categories.get(operation.category).push(operation);
  }
  return h("section", { id: "portainer-matrix", class: "screen", "aria-labelledby": "portainer-matrix-title" },
    h("header", { class: "screen-head" }, h("div", {}, h("h2", { id: "portainer-matrix-title" }, "Role × operation matrix"),
      h("p", { class: "muted" }, `From matrix() (portcullis/portainer/catalog): ${matrix.operations.length} operations.${role ? ` ${ctx.userLabel}'s role here is highlighted (${role}).` : ""}`))),
    tableWrap("The matrix: roles across, operations down", h("table", { class: "matrix" },
      h("thead", {}, h("tr", {}, h("th", {}, "Operation"), matrix.roles.map((r) => h("th", { class: r.code === role ? "current" : "", title: r.label, scope: "col" }, r.code)))),
      [...categories].map(([category, operations]) => h("tbody", {},
        h("tr", {}, h("th", { colspan: matrix.roles.length + 1, class: "category", scope: "colgroup" }, category)),
        operations.map((operation) => h("tr", {},
          h("th", { scope: "row" }, operation.label, " ", h("code", { class: "small" }, operation.id)),
          matrix.roles.map((r) => h("td", { class: `${operation[r.code] ? "yes" : "no"}${r.code === role ? " current" : ""}` },
            h("span", { "aria-hidden": "true" }, operation[r.code] ? "✓" : "–"),
            h("span", { class: "visually-hidden" }, operation[r.code] ? "yes" : "no"))))))))));
}

export function renderPortainer(ctx) {
  const { view } = ctx;
  const environment = currentEnvironment(view);
  const role = environment ? ctx.authorizer.roleOf(ctx.user, environment.id) : null;
  return h("div", { class: "product portainer" },
    h("nav", { class: "sidebar", "aria-label": "Portainer sections" },
      h("p", { class: "sidebar-title" }, "Portainer"),
      h("a", { href: "#portainer-docker" }, "Docker lists"),
      h("a", { href: "#portainer-create" }, "Create container"),
      h("a", { href: "#portainer-environments" }, "Environments"),
      h("a", { href: "#portainer-users" }, "Users and teams"),
      h("a", { href: "#portainer-matrix" }, "Role matrix")),
    h("div", { class: "content" },
      environment ? dockerSection(ctx, environment) : null,
      environment ? createContainerSection(ctx, environment) : null,
      environmentsSection(ctx, view),
      usersSection(ctx, view),
      matrixSection(ctx, ctx.Portainer, role)));
}
