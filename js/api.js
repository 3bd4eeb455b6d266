// The public classes of API.md over the wasm cores. No decision logic lives here: this file
// only turns the ids of a hot `can()` into small integers (handles) so that a check crosses
// into wasm as numbers, and falls back to the core's own string path for everything else
// (unknown ids, malformed targets, `request`s), which also gives the exact errors.
import { DokployCore, PortainerCore, version as coreVersion } from "./portcullis.js";

export { PortcullisError } from "./errors.js";

/** The package version. */
export function version() {
  return coreVersion();
}

const ABSENT = 0;
const UNKNOWN = 1;

/** `Map` from each id to its handle: users from 1, target ids from 2. */
function handles(ids, first) {
  const map = new Map();
  for (let i = 0; i < ids.length; i++) map.set(ids[i], i + first);
  return map;
}

/** Catalog id → catalog index, built once per model from the first core loaded. */
let dokployIndex = null;
let portainerIndex = null;

function catalogIndex(core) {
  return handles(core.catalog().map((entry) => entry.id), 0);
}

const DOKPLOY_FIELDS = ["projectId", "environmentId", "serviceId", "gitProviderId", "serverId"];

export class Dokploy {
  #core;
  #users;
  #ids;

  /** Use `Dokploy.load(state)`. */
  constructor(core) {
    if (!(core instanceof DokployCore)) throw new TypeError("create a Dokploy authorizer with Dokploy.load(state)");
    this.#core = core;
    dokployIndex ??= catalogIndex(core);
    this.#reindex();
  }

  #reindex() {
    this.#users = handles(this.#core.userIds(), 1);
    this.#ids = handles(this.#core.targetIds(), 2);
  }

  /** Validates and compiles a state (object or JSON text); throws `PortcullisError`. */
  static load(state) {
    return new Dokploy(DokployCore.load(state));
  }

  can(user, id, target) {
    const permission = dokployIndex.get(id);
    if (permission === undefined || typeof user !== "string") return this.#core.can(user, id, target);
    const userHandle = this.#users.get(user) ?? ABSENT;
    if (target === undefined || target === null) return this.#core.canHandles(userHandle, permission, 0, 0, 0, 0, 0);
    if (typeof target !== "object") return this.#core.can(user, id, target);
    const scope = [ABSENT, ABSENT, ABSENT, ABSENT, ABSENT];
    for (const key in target) {
      const value = target[key];
      const field = DOKPLOY_FIELDS.indexOf(key);
      if (field < 0 || typeof value !== "string" || value === "") return this.#core.can(user, id, target);
      scope[field] = this.#ids.get(value) ?? UNKNOWN;
    }
    return this.#core.canHandles(userHandle, permission, scope[0], scope[1], scope[2], scope[3], scope[4]);
  }

  explain(user, id, target) { return this.#core.explain(user, id, target); }
  allowed(user, target) { return this.#core.allowed(user, target); }
  permissions(user) { return this.#core.permissions(user); }
  toJSON() { return this.#core.toJSON(); }
  fingerprint() { return this.#core.fingerprint(); }
  catalog() { return this.#core.catalog(); }
  presets() { return this.#core.presets(); }

  canCreateRole(actor, name, permissions) { return this.#core.canCreateRole(actor, name, permissions); }
  canUpdateRole(actor, name, permissions, newName) { return this.#core.canUpdateRole(actor, name, permissions, newName); }
  canDeleteRole(actor, name) { return this.#core.canDeleteRole(actor, name); }
  canInvite(actor, role) { return this.#core.canInvite(actor, role); }
  canAssignRole(actor, targetUser, role) { return this.#core.canAssignRole(actor, targetUser, role); }
  canRemoveMember(actor, targetUser) { return this.#core.canRemoveMember(actor, targetUser); }

  createRole(actor, name, permissions) { this.#core.createRole(actor, name, permissions); this.#reindex(); }
  updateRole(actor, name, permissions, newName) { this.#core.updateRole(actor, name, permissions, newName); this.#reindex(); }
  deleteRole(actor, name) { this.#core.deleteRole(actor, name); this.#reindex(); }
  assignRole(actor, targetUser, role) { this.#core.assignRole(actor, targetUser, role); this.#reindex(); }
  removeMember(actor, targetUser) { this.#core.removeMember(actor, targetUser); this.#reindex(); }
  recordCreated(user, kind, id) {
    const grant = this.#core.recordCreated(user, kind, id);
    this.#reindex();
    return grant;
  }

  /** Frees the wasm memory now rather than when the garbage collector gets to it. */
  free() { this.#core.free(); }
}

export class Portainer {
  #core;
  #users;
  #ids;

  /** Use `Portainer.load(state)`. */
  constructor(core) {
    if (!(core instanceof PortainerCore)) throw new TypeError("create a Portainer authorizer with Portainer.load(state)");
    this.#core = core;
    portainerIndex ??= catalogIndex(core);
    this.#users = handles(core.userIds(), 1);
    this.#ids = handles(core.targetIds(), 2);
  }

  /** Validates and compiles a state (object or JSON text); throws `PortcullisError`. */
  static load(state) {
    return new Portainer(PortainerCore.load(state));
  }

  can(user, id, target) {
    const operation = portainerIndex.get(id);
    if (operation === undefined || typeof user !== "string" || target === null || typeof target !== "object") {
      return this.#core.can(user, id, target);
    }
    let environment = ABSENT;
    let resource = ABSENT;
    let registry = ABSENT;
    for (const key in target) {
      const value = target[key];
      if (typeof value !== "string" || value === "") return this.#core.can(user, id, target);
      const handle = this.#ids.get(value) ?? UNKNOWN;
      if (key === "environmentId") environment = handle;
      else if (key === "resourceId") resource = handle;
      else if (key === "registryId") registry = handle;
      else return this.#core.can(user, id, target);
    }
    if (environment === ABSENT) return this.#core.can(user, id, target);
    return this.#core.canHandles(this.#users.get(user) ?? ABSENT, operation, environment, resource, registry);
  }

  explain(user, id, target) { return this.#core.explain(user, id, target); }
  allowed(user, target) { return this.#core.allowed(user, target); }
  roleOf(user, environmentId) { return this.#core.roleOf(user, environmentId); }
  canChangeOwnership(user, target, newControl) { return this.#core.canChangeOwnership(user, target, newControl); }
  matrix() { return this.#core.matrix(); }
  catalog() { return this.#core.catalog(); }
  toJSON() { return this.#core.toJSON(); }
  fingerprint() { return this.#core.fingerprint(); }

  /** Frees the wasm memory now rather than when the garbage collector gets to it. */
  free() { this.#core.free(); }
}
