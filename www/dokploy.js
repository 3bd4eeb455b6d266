// The Dokploy view: the project dashboard, Settings → Custom Roles and Settings → Users, as
// Dokploy lays them out, every control enabled or disabled by the package's decisions on the
// signed-in user's slice. What the screens list comes from the server (`ctx.view`), which
// sends only what that user may see; every change goes to the server.
import { catalog, presets as presetRoles } from "/pkg/dokploy/catalog.js";
import { DOKPLOY_ACTIONS } from "./actions.js";
import { actionButton, actionsOn as sharedActionsOn, fieldError, h, tableWrap, uniqueId, whyTable } from "./ui.js";

const MAX_CUSTOM_ROLES = 10;
const SERVICE_ACTIONS = ["service.deploy", "service.stop", "service.envVars", "service.domains", "service.deployments",
  "service.logs", "service.monitoring", "service.volumes", "service.backups", "service.schedules", "service.delete"];
const PRESET_LABELS = { viewer: "Viewer", developer: "Developer", deployer: "Deployer", devops: "DevOps" };
const FLAG_LABELS = {
  canCreateProjects: "Create Projects", canDeleteProjects: "Delete Projects",
  canCreateServices: "Create Services", canDeleteServices: "Delete Services",
  canCreateEnvironments: "Create Environments", canDeleteEnvironments: "Delete Environments",
  canAccessToTraefikFiles: "Access to Traefik Files", canAccessToDocker: "Access to Docker",
  canAccessToAPI: "Access to API/CLI", canAccessToSSHKeys: "Access to SSH Keys",
  canAccessToGitProviders: "Access to Git Providers",
};
/** A member row's five access lists, in Dokploy's order. */
const ACCESS_LISTS = ["accessedProjects", "accessedEnvironments", "accessedServices", "accessedGitProviders", "accessedServers"];
const KIND_ICONS = { application: "◆", database: "◉", compose: "▦" };

/** What the view remembers between renders: the open role editor, pending role picks, the
 * member whose permissions are being edited. */
const local = { editor: null, pendingRoles: new Map(), accessEditor: null };

/** Forgets what belonged to the previous state (a new import or a reset). */
export function resetDokployView() {
  local.editor = null;
  local.pendingRoles.clear();
  local.accessEditor = null;
}

function targetOf(project, environment, service) {
  const target = {};
  if (project?.id) target.projectId = project.id;
  if (environment?.id) target.environmentId = environment.id;
  if (service) target.serviceId = service.id;
  return target;
}

function actionsOn(ctx, keys, target) {
  return sharedActionsOn(ctx, "dokploy", DOKPLOY_ACTIONS, keys, target);
}

function projectsSection(ctx) {
  const top = actionsOn(ctx, ["project.create"], {});
  return h("section", { id: "dokploy-projects", class: "screen", "aria-labelledby": "dokploy-projects-title" },
    h("header", { class: "screen-head" },
      h("div", {}, h("h2", { id: "dokploy-projects-title" }, "Projects"), h("p", { class: "muted" }, "Create and manage your projects")),
      h("div", { class: "actions" }, top.buttons)),
    h("div", { class: "projects" }, ctx.view.projects.map((project) => projectCard(ctx, project))));
}

function projectCard(ctx, project) {
  const target = targetOf(project);
  const head = project.id
    ? actionsOn(ctx, ["project.createService", "project.createEnvironment", "project.delete"], target)
    : { buttons: [], rows: [] };
  return h("article", { class: "card project", "data-project": project.id ?? "" },
    h("header", { class: "card-head" },
      h("h3", {}, project.name),
      h("div", { class: "actions" }, head.buttons)),
    head.rows.length ? whyTable(head.rows, ctx.tryIt) : null,
    project.environments.map((environment) => environmentBlock(ctx, project, environment)));
}

function environmentBlock(ctx, project, environment) {
  const head = environment.id
    ? actionsOn(ctx, ["environment.delete"], targetOf(project, environment))
    : { buttons: [], rows: [] };
  return h("section", { class: "environment", "aria-label": `${project.name} / ${environment.name}` },
    h("header", { class: "environment-head" },
      h("h4", {}, h("span", { class: "muted" }, "Environment "), environment.name),
      h("div", { class: "actions" }, head.buttons)),
    h("ul", { class: "services" }, environment.services.map((service) => serviceRow(ctx, project, environment, service))));
}

function serviceRow(ctx, project, environment, service) {
  const target = targetOf(project, environment, service);
  const keys = SERVICE_ACTIONS.filter((key) => !DOKPLOY_ACTIONS[key].kinds || DOKPLOY_ACTIONS[key].kinds.includes(service.kind));
  const { buttons, rows } = actionsOn(ctx, keys, target);
  const visible = ctx.authorizer.can(ctx.user, "service.read", target);
  return h("li", { class: `service${visible ? "" : " hidden-service"}`, "data-service": service.id, "aria-label": `service ${service.name}` },
    h("div", { class: "service-head" },
      h("span", { class: `kind ${service.kind}`, "aria-hidden": "true" }, KIND_ICONS[service.kind] ?? "◆"),
      h("div", {},
        h("strong", {}, service.name), " ", h("span", { class: "badge" }, service.kind),
        h("div", { class: "muted small" }, service.detail, " · ", h("code", {}, service.id))),
      visible ? null : h("span", { class: "badge warn" }, `Hidden from ${ctx.user} in Dokploy`)),
    h("div", { class: "actions" }, buttons),
    whyTable(rows, ctx.tryIt));
}

// ---------------------------------------------------------------- Settings → Custom Roles

function assignableCatalog(ctx) {
  return catalog().filter((entry) => entry.assignableToCustomRole);
}

function permissionsOf(set) {
  const permissions = {};
  for (const id of set) {
    const [resource, action] = id.split(".");
    (permissions[resource] ??= []).push(action);
  }
  return permissions;
}

function idsOf(permissions) {
  return Object.entries(permissions).flatMap(([resource, actions]) => actions.map((action) => `${resource}.${action}`));
}

function rolesSection(ctx) {
  const { view } = ctx;
  const roles = Object.entries(view.roles);
  const licensed = ctx.slice.licensed === true;
  let probe = "new-role";
  for (let n = 2; Object.hasOwn(view.roles, probe); n += 1) probe = `new-role-${n}`;
  const create = ctx.authorizer.canCreateRole(ctx.user, probe, { service: ["read"] });
  const licence = uniqueId("licence");
  return h("section", { id: "dokploy-roles", class: "screen", "aria-labelledby": "dokploy-roles-title" },
    h("header", { class: "screen-head" },
      h("div", {},
        h("h2", { id: "dokploy-roles-title" }, "Custom Roles"),
        h("p", { class: "muted" }, `Enterprise: roles built from permissions. ${roles.length} of ${MAX_CUSTOM_ROLES} custom roles.`)),
      h("div", { class: "actions" },
        h("label", { class: "switch", for: licence },
          h("input", { type: "checkbox", role: "switch", id: licence, checked: licensed, "data-key": "licence", "aria-describedby": `${licence}-hint`,
            onchange: (e) => ctx.setup({ licensed: e.target.checked }) }),
          "Enterprise licence"),
        h("span", { id: `${licence}-hint`, class: "visually-hidden" }, "A switch of the demo's setup, not a user's action"),
        actionButton("Create role", create, () => openEditor(ctx, { mode: "create", original: null, name: "", permissions: new Set() }), { "data-key": "create-role" }))),
    licensed ? null : h("p", { class: "notice" }, "Without an Enterprise licence, members holding a custom role are denied everything."),
    h("ul", { class: "roles" }, roles.map(([name, permissions]) => roleRow(ctx, name, permissions))),
    local.editor ? roleEditor(ctx) : null);
}

function roleRow(ctx, name, permissions) {
  // Who holds a role is shown to those who may list the members (`member.read`).
  const holders = ctx.view.membersListed ? ctx.view.members.filter((m) => m.role === name).map((m) => m.userId) : null;
  const ids = idsOf(permissions);
  const edit = ctx.authorizer.canUpdateRole(ctx.user, name, permissions);
  const remove = ctx.authorizer.canDeleteRole(ctx.user, name);
  return h("li", { class: "card role", "data-role": name },
    h("div", {},
      h("h3", {}, name),
      h("p", { class: "muted small" }, `${ids.length} permissions${holders ? ` · held by ${holders.length ? holders.join(", ") : "nobody"}` : ""}`),
      h("p", { class: "pills" }, ids.slice(0, 12).map((id) => h("code", { class: "pill" }, id)), ids.length > 12 ? ` … +${ids.length - 12}` : "")),
    h("div", { class: "actions" },
      actionButton("Edit", edit, () => openEditor(ctx, { mode: "edit", original: name, name, permissions: new Set(ids) }), { "data-key": `edit-role-${name}` }),
      actionButton("Delete", remove, () => ctx.manage("deleteRole", [name], `role ${name} deleted`), { "data-key": `delete-role-${name}` })));
}

function openEditor(ctx, editor) {
  local.editor = { ...editor, touched: editor.mode === "edit" };
  ctx.render();
  document.getElementById("role-name")?.focus();
}

/** The role form: name, presets, permissions grouped by category; every rule checked live
 * by `canCreateRole` / `canUpdateRole`, the refusal shown on the field it concerns. */
function roleEditor(ctx) {
  const editor = local.editor;
  const catalog = assignableCatalog(ctx);
  const categories = new Map();
  for (const entry of catalog) {
    if (!categories.has(entry.category)) categories.set(entry.category, []);
    categories.get(entry.category).push(entry);
  }
  const nameError = h("div", { id: "role-name-error" });
  const formError = h("div", { id: "role-form-error" });
  const preview = h("div", { id: "role-preview", role: "status" });
  const groupErrors = new Map();
  const submit = h("span", { class: "actions" });
  const boxes = [];
  const update = () => {
    const permissions = permissionsOf(editor.permissions);
    const decision = editor.mode === "create"
      ? ctx.authorizer.canCreateRole(ctx.user, editor.name, permissions)
      : ctx.authorizer.canUpdateRole(ctx.user, editor.original, permissions, editor.name === editor.original ? undefined : editor.name);
    const path = decision.allowed ? "" : decision.path ?? "";
    nameError.replaceChildren(!decision.allowed && /^(name|newName)/.test(path) && editor.touched ? fieldError(decision.message) : "");
    for (const [resource, node] of groupErrors) {
      node.replaceChildren(!decision.allowed && path.startsWith(`permissions.${resource}`) ? fieldError(decision.message) : "");
    }
    const placed = decision.allowed || /^(name|newName|permissions\.)/.test(path);
    formError.replaceChildren(placed ? "" : fieldError(`${decision.code}: ${decision.message}`));
    nameInput.setAttribute("aria-invalid", String(!decision.allowed && /^(name|newName)/.test(path) && editor.touched));
    for (const box of boxes) box.checked = editor.permissions.has(box.value);
    const label = editor.mode === "create" ? "Create" : "Save changes";
    submit.replaceChildren(
      actionButton(label, decision, () => saveRole(ctx, permissions, formError)),
      actionButton("Preview", decision, () => previewRole(ctx, permissions, preview)));
  };
  const nameInput = h("input", {
    id: "role-name", type: "text", value: editor.name, autocomplete: "off", "aria-describedby": "role-name-error role-name-hint",
    oninput: (e) => { editor.name = e.target.value; editor.touched = true; update(); },
  });
  const presets = Object.entries(presetRoles()).map(([key, permissions]) =>
    h("button", { type: "button", class: "preset", onclick: () => { editor.permissions = new Set(idsOf(permissions)); update(); } }, PRESET_LABELS[key] ?? key));
  const groups = [...categories].map(([category, entries]) => {
    const error = h("div", {});
    groupErrors.set(entries[0].resource, error);
    for (const entry of entries.slice(1)) if (!groupErrors.has(entry.resource)) groupErrors.set(entry.resource, error);
    return h("fieldset", { class: "permission-group" },
      h("legend", {}, category),
      entries.map((entry) => {
        const box = h("input", {
          type: "checkbox", value: entry.id, checked: editor.permissions.has(entry.id),
          onchange: (e) => { if (e.target.checked) editor.permissions.add(entry.id); else editor.permissions.delete(entry.id); update(); },
        });
        boxes.push(box);
        return h("label", { class: "check", title: entry.id }, box, entry.label, entry.tier === "enterprise" ? h("span", { class: "badge" }, "Enterprise") : null);
      }),
      error);
  });
  const form = h("form", { class: "card editor", "aria-label": editor.mode === "create" ? "Create role" : `Edit role ${editor.original}`, onsubmit: (e) => e.preventDefault() },
    h("h3", {}, editor.mode === "create" ? "New custom role" : `Edit role ${editor.original}`),
    h("div", { class: "field" },
      h("label", { for: "role-name" }, "Role name"), nameInput,
      h("p", { id: "role-name-hint", class: "muted small" }, "1 to 50 characters: letters, digits, _ and -. Not owner, admin or member."),
      nameError),
    h("div", { class: "field" }, h("span", { class: "label" }, "Start from a preset"), h("div", { class: "actions" }, presets)),
    h("div", { class: "permission-groups" }, groups),
    formError,
    preview,
    h("div", { class: "form-actions" }, submit,
      h("button", { type: "button", onclick: () => { local.editor = null; ctx.render(); } }, "Cancel")));
  update();
  return form;
}

/** What saving the role would change, asked of the server before anything is saved. */
async function previewRole(ctx, permissions, node) {
  const editor = local.editor;
  const args = editor.mode === "create"
    ? [editor.name, permissions]
    : [editor.original, permissions, editor.name === editor.original ? null : editor.name];
  const reply = await ctx.preview(editor.mode === "create" ? "createRole" : "updateRole", args);
  if (reply.status !== 200) return node.replaceChildren(fieldError(`${reply.body.code}: ${reply.body.message}`));
  const { total, changes } = reply.body;
  const where = (target) => Object.entries(target).map(([field, id]) => `${field.replace(/Id$/, "")} ${id}`).join(", ") || "the organization";
  node.replaceChildren(
    h("p", { class: "small" }, h("strong", {}, "Before saving: "), total === 0 ? "no answer changes." : `${total} answer${total === 1 ? "" : "s"} change${total === 1 ? "s" : ""}:`),
    total ? h("ul", { class: "small" }, changes.map((c) => h("li", {}, `${c.user} ${c.gains ? "gains" : "loses"} `, h("code", {}, c.id), ` on ${where(c.target)}`))) : null,
    total > changes.length ? h("p", { class: "muted small" }, `… and ${total - changes.length} more.`) : null);
}

function saveRole(ctx, permissions, errorNode) {
  const editor = local.editor;
  const done = () => { local.editor = null; };
  if (editor.mode === "create") ctx.manage("createRole", [editor.name, permissions], `role ${editor.name} created`, done, errorNode);
  else ctx.manage("updateRole", [editor.original, permissions, editor.name === editor.original ? null : editor.name], `role ${editor.original} saved`, done, errorNode);
}

// ---------------------------------------------------------------- Settings → Users

function usersSection(ctx) {
  const { view } = ctx;
  const roleNames = ["admin", "member", ...Object.keys(view.roles)];
  const inviteId = uniqueId("invite");
  const inviteRole = uniqueId("invite-role");
  const invite = { userId: "", role: "member" };
  const inviteButton = h("span", {});
  const inviteError = h("div", {});
  const updateInvite = () => {
    const decision = ctx.authorizer.canInvite(ctx.user, invite.role);
    // The server invites (and the demo accepts at once): it checks the id and that it is new.
    inviteButton.replaceChildren(actionButton("Invite", decision, () => ctx.invite({ userId: invite.userId, role: invite.role }, inviteError)));
  };
  updateInvite();
  return h("section", { id: "dokploy-users", class: "screen", "aria-labelledby": "dokploy-users-title" },
    h("header", { class: "screen-head" },
      h("div", {}, h("h2", { id: "dokploy-users-title" }, "Users"), h("p", { class: "muted" }, `Acting as ${ctx.user}: the management rules apply to them.`)),
      h("form", { class: "inline-form", "aria-label": "Invite member", onsubmit: (e) => e.preventDefault() },
        h("label", { for: inviteId }, "User id"),
        h("input", { id: inviteId, type: "text", placeholder: "e.g. zoe", oninput: (e) => { invite.userId = e.target.value; } }),
        h("label", { for: inviteRole }, "Role"),
        h("select", { id: inviteRole, onchange: (e) => { invite.role = e.target.value; updateInvite(); } },
          roleNames.map((name) => h("option", { value: name, selected: name === "member" }, name))),
        inviteButton, inviteError)),
    view.membersListed ? null : h("p", { class: "notice" }, `Listing the members needs member.read (Dokploy's user.all): ${ctx.userLabel} sees their own row.`),
    tableWrap("Members",
      h("table", { class: "members" },
        h("thead", {}, h("tr", {}, h("th", {}, "User"), h("th", {}, "Role"), h("th", {}, "Access"), h("th", {}, "Actions"))),
        h("tbody", {}, view.members.flatMap((member) => memberRows(ctx, member, roleNames))))));
}

function accessSummary(member) {
  if (member.role === "owner" || member.role === "admin") return "everything";
  const access = member.access;
  // The server sends a member's flags and lists only to who may change them (and to themselves).
  if (!access) return "not shown to you";
  const flags = Object.keys(FLAG_LABELS).filter((flag) => access[flag]).map((flag) => FLAG_LABELS[flag]);
  const lists = ACCESS_LISTS
    .filter((list) => access[list]?.length).map((list) => `${list.replace("accessed", "")}: ${access[list].join(", ")}`);
  return [...flags, ...lists].join(" · ") || "nothing yet";
}

function memberRows(ctx, member, roleNames) {
  const target = member.userId;
  const pending = local.pendingRoles.get(target) ?? member.role;
  const selectId = uniqueId("role-of");
  const changeCell = h("span", {});
  const updateChange = () => {
    const role = local.pendingRoles.get(target) ?? member.role;
    const decision = ctx.authorizer.canAssignRole(ctx.user, target, role);
    changeCell.replaceChildren(actionButton("Change role", decision, () =>
      ctx.manage("assignRole", [target, role], `${target} is now ${role}`, () => local.pendingRoles.delete(target)), { "data-key": `change-role-${target}` }));
  };
  updateChange();
  const roleControl = member.role === "owner"
    ? h("span", { class: "badge" }, "owner")
    : h("span", {},
      h("label", { class: "visually-hidden", for: selectId }, `Role of ${target}`),
      h("select", { id: selectId, "data-key": `role-of-${target}`, onchange: (e) => { local.pendingRoles.set(target, e.target.value); updateChange(); } },
        roleNames.map((name) => h("option", { value: name, selected: name === pending }, name))));
  const access = ctx.authorizer.canUpdateMemberAccess(ctx.user, target);
  const remove = ctx.authorizer.canRemoveMember(ctx.user, target);
  const row = h("tr", { "data-member": target },
    h("th", { scope: "row" }, target, member.userId === ctx.user ? h("span", { class: "badge" }, "you") : null),
    h("td", {}, roleControl),
    h("td", { class: "small" }, accessSummary(member)),
    h("td", {}, h("div", { class: "actions" },
      member.role === "owner" ? null : changeCell,
      actionButton("Edit permissions", access, () => { local.accessEditor = target; ctx.render(); document.getElementById("access-editor")?.focus(); }, { "data-key": `access-of-${target}` }),
      actionButton("Remove", remove, () => ctx.manage("removeMember", [target], `${target} removed`), { "data-key": `remove-${target}` }))));
  if (local.accessEditor !== target || !member.access) return [row];
  return [row, h("tr", { class: "access-row" }, h("td", { colspan: 4 }, accessEditor(ctx, member)))];
}

/** Dokploy's "Add permissions" dialog: the member flags and the five access lists, picked
 * from the dashboard's projects, environments and services, git providers and servers. */
function accessEditor(ctx, member) {
  const draft = {};
  for (const flag of Object.keys(FLAG_LABELS)) draft[flag] = member.access[flag] === true;
  for (const list of ACCESS_LISTS) {
    draft[list] = new Set(member.access[list] ?? []);
  }
  const all = ctx.view.projects.filter((p) => p.id);
  const picker = (legend, list, options) => h("fieldset", { class: "picker" }, h("legend", {}, legend),
    options.map(({ id, name }) => h("label", { class: "check" },
      h("input", { type: "checkbox", checked: draft[list].has(id), onchange: (e) => { if (e.target.checked) draft[list].add(id); else draft[list].delete(id); } }),
      name)));
  const status = h("div", {});
  const save = () => {
    const access = { ...draft };
    for (const list of Object.keys(draft)) if (draft[list] instanceof Set) access[list] = [...draft[list]];
    ctx.manage("updateMemberAccess", [member.userId, access], `${member.userId}'s permissions saved`, () => { local.accessEditor = null; }, status);
  };
  return h("div", { class: "editor", id: "access-editor", tabindex: "-1", role: "group", "aria-label": `Permissions of ${member.userId}` },
    h("h3", {}, `Permissions of ${member.userId}`),
    member.role === "member" ? null : h("p", { class: "notice" }, `${member.userId} holds ${member.role}: flags only count for the member role; the access lists scope any non-admin.`),
    h("fieldset", { class: "picker" }, h("legend", {}, "Flags"),
      Object.entries(FLAG_LABELS).map(([flag, label]) => h("label", { class: "check" },
        h("input", { type: "checkbox", checked: draft[flag], onchange: (e) => { draft[flag] = e.target.checked; } }), label))),
    picker("Projects", "accessedProjects", all.map((p) => ({ id: p.id, name: p.name }))),
    picker("Environments", "accessedEnvironments", all.flatMap((p) => p.environments.map((e) => ({ id: e.id, name: `${p.name} / ${e.name}` })))),
    picker("Services", "accessedServices", all.flatMap((p) => p.environments.flatMap((e) => e.services.map((s) => ({ id: s.id, name: `${p.name} / ${e.name} / ${s.name}` }))))),
    picker("Git providers", "accessedGitProviders", ctx.view.gitProviders),
    picker("Servers", "accessedServers", ctx.view.servers),
    status,
    h("div", { class: "form-actions" },
      h("button", { type: "button", class: "primary", onclick: save }, "Save permissions"),
      h("button", { type: "button", onclick: () => { local.accessEditor = null; ctx.render(); } }, "Cancel")));
}

export function renderDokploy(ctx) {
  return h("div", { class: "product dokploy" },
    h("nav", { class: "sidebar", "aria-label": "Dokploy sections" },
      h("p", { class: "sidebar-title" }, "Dokploy"),
      h("a", { href: "#dokploy-projects" }, "Projects"),
      h("p", { class: "sidebar-group" }, "Settings"),
      h("a", { href: "#dokploy-roles" }, "Custom Roles"),
      h("a", { href: "#dokploy-users" }, "Users")),
    h("div", { class: "content" }, projectsSection(ctx), rolesSection(ctx), usersSection(ctx)));
}
