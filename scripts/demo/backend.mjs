// The demo's stand-in for the products' backends: each page session has its own Dokploy
// organization and Portainer setup, held whole here and only here. The page receives the slice
// of the user it signs in as (`sliceJSON`) and the screen data that user may see; every change
// is applied here, to the full state, as the acting user, and answered with a fresh slice.
// Every permission question is asked of the package, as a real service would.
import { Dokploy, Portainer } from "../../pkg/node.js";
import { DOKPLOY_ACTIONS, gatedId, PORTAINER_ACTIONS } from "../../www/actions.js";
import { DOKPLOY_GIT_PROVIDERS, DOKPLOY_PROJECTS, DOKPLOY_SERVERS, DOKPLOY_STATE, PORTAINER_STATE } from "./samples.mjs";

/** A refusal of the demo API itself (not the model's): its HTTP status and code. */
export class DemoError extends Error {
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

const bytes = (text) => Buffer.byteLength(text, "utf8");

/** What both backends share: the full state, its size, and the slice answer. */
class Backend {
  constructor(Model, sample) {
    this.Model = Model;
    this.sample = sample;
    this.authorizer = Model.load(sample);
    this.fullSize = null;
  }

  free() {
    this.authorizer.free();
  }

  /** Loads a new full state (the package checks all of it); the old one stays if it is refused. */
  load(text, format) {
    const next = format === "product" ? this.fromProduct(text) : this.Model.load(text);
    this.swap(next);
    return next.warnings();
  }

  reset() {
    this.swap(this.Model.load(this.sample));
  }

  swap(next) {
    this.authorizer.free();
    this.authorizer = next;
    this.fullSize = null;
  }

  /** Applies an edit of the full state that no mutator makes (a switch of the demo's setup, an
   *  accepted invitation): edited as JSON and loaded again, so the package checks it whole. */
  edit(change) {
    const state = this.authorizer.toJSON();
    change(state);
    this.swap(this.Model.load(state));
  }

  /** The size of the full state as JSON, for the page to show beside its slice's. */
  fullBytes() {
    const fingerprint = this.authorizer.fingerprint();
    if (this.fullSize?.fingerprint !== fingerprint) this.fullSize = { fingerprint, bytes: bytes(JSON.stringify(this.authorizer.toJSON())) };
    return this.fullSize.bytes;
  }

  /** The answer that hands the page its user's slice: the slice as text (never parsed and
   *  written again), the server's fingerprint and both sizes. */
  sliceReply(user, extra = {}) {
    const slice = this.authorizer.sliceJSON(user);
    const head = JSON.stringify({ ...extra, fingerprint: this.authorizer.fingerprint(), fullBytes: this.fullBytes(), sliceBytes: bytes(slice) });
    return `${head.slice(0, -1)},"slice":${slice}}`;
  }

  /** Whether `user` may see everyone's access (who can, previews): Dokploy's `member.read`,
   *  Portainer's global administrator. */
  audits(user) {
    return this.name === "dokploy"
      ? this.authorizer.can(user, "member.read")
      : this.authorizer.toJSON().users.some((u) => u.id === user && u.administrator === true);
  }

  /** An action of the page's screens, decided here; a real service would then act. */
  act(user, action, target) {
    const id = gatedId(this.name, action);
    if (!id) throw new DemoError(404, "not_found", `no action \`${action}\``);
    const decision = this.authorizer.explain(user, id, target);
    return { decision: { ...decision, id, fingerprint: this.authorizer.fingerprint() }, label: this.actions[action].label };
  }
}

// ------------------------------------------------------------------------------- Dokploy

const FLAGS = ["canCreateProjects", "canDeleteProjects", "canCreateServices", "canDeleteServices", "canCreateEnvironments",
  "canDeleteEnvironments", "canAccessToTraefikFiles", "canAccessToDocker", "canAccessToAPI", "canAccessToSSHKeys", "canAccessToGitProviders"];
const ACCESS_LISTS = ["accessedProjects", "accessedEnvironments", "accessedServices", "accessedGitProviders", "accessedServers"];

function accessOf(member) {
  const access = {};
  for (const key of [...FLAGS, ...ACCESS_LISTS]) if (member[key] !== undefined) access[key] = member[key];
  return access;
}

export class DokployBackend extends Backend {
  name = "dokploy";
  actions = DOKPLOY_ACTIONS;

  constructor() {
    super(Dokploy, DOKPLOY_STATE);
    this.projects = structuredClone(DOKPLOY_PROJECTS);
    this.created = 0;
  }

  fromProduct(text) {
    return Dokploy.fromRows(text);
  }

  reset() {
    super.reset();
    this.projects = structuredClone(DOKPLOY_PROJECTS);
    this.created = 0;
  }

  /** The demo's sign-in choices: every member's id, nothing of their role or access. */
  accounts() {
    return this.authorizer.toJSON().members.map((m) => ({ id: m.userId, name: m.userId }));
  }

  /**
   * What Dokploy's screens show this user, as its procedures serve it: the dashboard (project
   * structure, no one's access), the custom roles (`customRole.all` serves them to any member),
   * and the members only to a holder of `member.read` (`user.all`) — each member's flags and
   * lists only where the user may change them (the "Add permissions" dialog). Without
   * `member.read`, the user sees their own row alone.
   */
  view(user) {
    const state = this.authorizer.toJSON();
    const listed = this.authorizer.can(user, "member.read");
    const rows = listed ? state.members : state.members.filter((m) => m.userId === user);
    const members = rows.map((m) => {
      const row = { userId: m.userId, role: m.role };
      if (m.userId === user || this.authorizer.canUpdateMemberAccess(user, m.userId).allowed) row.access = accessOf(m);
      return row;
    });
    return {
      projects: this.dashboard(state), gitProviders: DOKPLOY_GIT_PROVIDERS, servers: DOKPLOY_SERVERS,
      roles: state.roles ?? {}, members, membersListed: listed,
    };
  }

  /** The dashboard's projects: the sample's, those created in this session, and any service an
   *  imported state's access lists name that the sample does not hold (as structure only). */
  dashboard(state) {
    const list = structuredClone(this.projects);
    const known = new Set(list.flatMap((p) => p.environments.flatMap((e) => e.services.map((s) => s.id))));
    const unlisted = [...new Set(state.members.flatMap((m) => m.accessedServices ?? []))].filter((id) => !known.has(id)).sort();
    if (unlisted.length) {
      list.push({
        id: null, name: "Other services named in access lists", environments: [
          { id: null, name: "(environment unknown to the demo)", services: unlisted.map((id) => ({ id, name: id, kind: "application", detail: "named in an imported access list" })) },
        ],
      });
    }
    return list;
  }

  /** "Create Project" and "Create Service" do what Dokploy does once they are allowed: the new
   *  object exists, and the creator's access list gains it (`recordCreated`). */
  act(user, action, target) {
    const answer = super.act(user, action, target);
    if (!answer.decision.allowed) return answer;
    if (action === "project.create") {
      this.created += 1;
      const id = `project-${this.projects.length + 1}`;
      this.projects.push({ id, name: `New project ${this.created}`, environments: [{ id: `${id}-production`, name: "production", services: [] }] });
      this.authorizer.recordCreated(user, "projectId", id);
      answer.done = `created project ${id}`;
      answer.changed = true;
    } else if (action === "project.createService") {
      const project = this.projects.find((p) => p.id === target?.projectId);
      const environment = project?.environments[0];
      if (!environment) throw new DemoError(404, "not_found", `no project \`${target?.projectId}\` with an environment`);
      this.created += 1;
      const id = `${project.id}-svc-${this.created}`;
      environment.services.push({ id, name: `new-app-${this.created}`, kind: "application", detail: `created by ${user}` });
      this.authorizer.recordCreated(user, "serviceId", id);
      answer.done = `created service ${id}; Dokploy added it to ${user}'s accessedServices`;
      answer.changed = true;
    }
    return answer;
  }

  /** Dokploy's invitation, accepted at once: allowed when `canInvite` allows the role. */
  invite(user, body) {
    const userId = typeof body?.userId === "string" ? body.userId.trim() : "";
    const role = typeof body?.role === "string" ? body.role : "";
    const decision = this.authorizer.canInvite(user, role);
    if (!decision.allowed) throw new DemoError(403, decision.code, decision.message, decision);
    if (!userId) throw new DemoError(400, "invalid_argument", "give the new member's user id", { path: "userId" });
    if (this.authorizer.toJSON().members.some((m) => m.userId === userId)) throw new DemoError(409, "already_member", `${userId} is already a member`, { path: "userId" });
    this.edit((state) => { state.members.push({ userId, role }); });
    return `${userId} joined as ${role}`;
  }

  /** The demo's own switch (not a user's action): the Enterprise licence. */
  setup(body) {
    if (typeof body?.licensed !== "boolean") throw new DemoError(400, "invalid_argument", "`licensed` must be true or false", { path: "licensed" });
    this.edit((state) => { state.licensed = body.licensed; });
    return `Enterprise licence ${body.licensed ? "on" : "off"}`;
  }
}

// ------------------------------------------------------------------------------- Portainer

const SETTINGS = new Set(["disableBindMounts", "disablePrivilegedMode", "disableHostPid", "disableDeviceMappings",
  "disableCapabilities", "disableSysctls", "disableStacks", "enableVolumeBrowser"]);

export class PortainerBackend extends Backend {
  name = "portainer";
  actions = PORTAINER_ACTIONS;

  constructor() {
    super(Portainer, PORTAINER_STATE);
  }

  fromProduct(text) {
    return Portainer.fromApi(text);
  }

  /** The demo's sign-in choices: every user's id and name, nothing of their roles. */
  accounts() {
    return (this.authorizer.toJSON().users ?? []).map((u) => ({ id: u.id, name: u.name ?? u.id }));
  }

  /**
   * What Portainer's screens show this user: the environments where they hold a role (all of
   * them for the administrator), the Docker resources there with their ownership as the
   * user's slice tells it (the user and their own teams by name; whom else a control names
   * stays here), and the users, teams and policies only to the administrator (Portainer's
   * user management is theirs).
   */
  view(user) {
    const state = this.authorizer.toJSON();
    const me = (state.users ?? []).find((u) => u.id === user);
    const admin = me?.administrator === true;
    const teamName = new Map((state.teams ?? []).map((t) => [t.id, t.name ?? t.id]));
    const groupName = new Map((state.groups ?? []).map((g) => [g.id, g.name ?? g.id]));
    const environments = (state.environments ?? []).filter((e) => admin || this.authorizer.roleOf(user, e.id) !== null);
    const shown = new Set(environments.map((e) => e.id));
    // The administrator may know every control; anyone else knows what their slice holds.
    const source = admin ? state : JSON.parse(this.authorizer.sliceJSON(user));
    const knownUsers = new Map(admin ? (state.users ?? []).map((u) => [u.id, u.name ?? u.id]) : me ? [[me.id, me.name ?? me.id]] : []);
    const knownTeams = admin ? teamName : new Map((me?.teams ?? []).map((id) => [id, teamName.get(id) ?? id]));
    const ownership = (resource) => {
      const control = resource.control;
      if (!control) return resource.stack ? `inherits from stack ${resource.stack}` : resource.service ? `inherits from service ${resource.service}` : "administrators (no control)";
      if (control.public) return "public";
      if (control.administratorsOnly) return "administrators";
      const names = (control.users ?? []).map((id) => knownUsers.get(id) ?? id)
        .concat((control.teams ?? []).map((id) => `team ${knownTeams.get(id) ?? id}`));
      return names.length ? `restricted: ${names.join(", ")}` : "restricted to others";
    };
    const view = {
      me: me ? { id: me.id, name: me.name ?? me.id, administrator: admin, teams: (me.teams ?? []).map((id) => ({ id, name: teamName.get(id) ?? id })) } : null,
      environments: environments.map((e) => ({
        id: e.id, name: e.name ?? e.id, kind: e.kind, group: e.groupId === undefined ? null : groupName.get(e.groupId) ?? e.groupId,
        securitySettings: e.securitySettings ?? {},
      })),
      resources: (source.resources ?? []).filter((r) => shown.has(r.environmentId)).map((r) => ({
        id: r.id, type: r.type, name: r.name ?? r.id, environmentId: r.environmentId, ownership: ownership(r),
      })),
    };
    if (admin) {
      const policies = (holder) => Object.entries(holder.userPolicies ?? {}).map(([id, role]) => `${knownUsers.get(id) ?? id}: ${role}`)
        .concat(Object.entries(holder.teamPolicies ?? {}).map(([id, role]) => `team ${teamName.get(id) ?? id}: ${role}`)).join(", ") || "—";
      view.users = (state.users ?? []).map((u) => ({
        id: u.id, name: u.name ?? u.id, administrator: u.administrator === true,
        teams: (u.teams ?? []).map((id) => teamName.get(id) ?? id),
        roles: Object.fromEntries(environments.map((e) => [e.id, u.administrator ? null : this.authorizer.roleOf(u.id, e.id)])),
      }));
      view.policies = (state.groups ?? []).map((g) => ({ label: `group ${g.name ?? g.id}`, policies: policies(g) }))
        .concat(environments.map((e) => ({ label: `environment ${e.name ?? e.id}`, policies: policies(e) })));
    }
    return view;
  }

  /** The demo's own switches (not a user's action): an environment's security settings. */
  setup(body) {
    const environmentId = body?.environmentId;
    const setting = body?.setting;
    if (!SETTINGS.has(setting)) throw new DemoError(400, "invalid_argument", "`setting` is not a security setting", { path: "setting" });
    if (typeof body?.value !== "boolean") throw new DemoError(400, "invalid_argument", "`value` must be true or false", { path: "value" });
    let name;
    this.edit((state) => {
      const environment = (state.environments ?? []).find((e) => e.id === environmentId);
      if (!environment) throw new DemoError(404, "not_found", `no environment \`${environmentId}\``, { path: "environmentId" });
      environment.securitySettings = { ...environment.securitySettings, [setting]: body.value };
      name = environment.name ?? environment.id;
    });
    return `${name}: ${setting} ${body.value ? "on" : "off"}`;
  }
}

export const BACKENDS = { dokploy: DokployBackend, portainer: PortainerBackend };
