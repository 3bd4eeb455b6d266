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

/** A model's catalog: its ids in order, and id → catalog index. */
function catalogOf(core) {
  const ids = core.catalog().map((entry) => entry.id);
  return { ids, index: handles(ids, 0) };
}

/** The handles of one loaded state. */
function stateHandles(core) {
  return { users: handles(core.userIds(), 1), ids: handles(core.targetIds(), 2) };
}

/** Built from the first core of each model that is loaded; the catalogs never change. */
let dokployCatalog = null;
let portainerCatalog = null;

/** Catalog indexes (a Uint32Array from wasm) → ids, reusing the same JS strings every time. */
function idsAt(ids, indexes) {
  const out = new Array(indexes.length);
  for (let i = 0; i < indexes.length; i++) out[i] = ids[indexes[i]];
  return out;
}

const DOKPLOY_FIELDS = ["projectId", "environmentId", "serviceId", "gitProviderId", "serverId"];

export class Dokploy {
  #core;
  #handles;

  /** Use `Dokploy.load(state)`. */
  constructor(core) {
    if (!(core instanceof DokployCore)) throw new TypeError("create a Dokploy authorizer with Dokploy.load(state)");
    this.#core = core;
    dokployCatalog ??= catalogOf(core);
    this.#reindex();
  }

  #reindex() {
    this.#handles = stateHandles(this.#core);
  }

  /** Validates and compiles a state (object or JSON text); throws `PortcullisError`. */
  static load(state) {
    return new Dokploy(DokployCore.load(state));
  }

  /** The target's ids as handles, or `null` when only the core's string path can read it. */
  #scope(target) {
    const scope = [ABSENT, ABSENT, ABSENT, ABSENT, ABSENT];
    if (target === undefined || target === null) return scope;
    if (typeof target !== "object") return null;
    for (const key in target) {
      const value = target[key];
      const field = DOKPLOY_FIELDS.indexOf(key);
      if (field < 0 || typeof value !== "string" || value === "") return null;
      scope[field] = this.#handles.ids.get(value) ?? UNKNOWN;
    }
    return scope;
  }

  can(user, id, target) {
    const permission = dokployCatalog.index.get(id);
    const scope = typeof user === "string" && permission !== undefined ? this.#scope(target) : null;
    if (scope === null) return this.#core.can(user, id, target);
    return this.#core.canHandles(this.#handles.users.get(user) ?? ABSENT, permission, scope[0], scope[1], scope[2], scope[3], scope[4]);
  }

  allowed(user, target) {
    const scope = typeof user === "string" ? this.#scope(target) : null;
    if (scope === null) return this.#core.allowed(user, target);
    const indexes = this.#core.allowedHandles(this.#handles.users.get(user) ?? ABSENT, scope[0], scope[1], scope[2], scope[3], scope[4]);
    return idsAt(dokployCatalog.ids, indexes);
  }

  explain(user, id, target) { return this.#core.explain(user, id, target); }
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
  #handles;

  /** Use `Portainer.load(state)`. */
  constructor(core) {
    if (!(core instanceof PortainerCore)) throw new TypeError("create a Portainer authorizer with Portainer.load(state)");
    this.#core = core;
    portainerCatalog ??= catalogOf(core);
    this.#handles = stateHandles(core);
  }

  /** Validates and compiles a state (object or JSON text); throws `PortcullisError`. */
  static load(state) {
    return new Portainer(PortainerCore.load(state));
  }

  /** `[environment, resource, registry]` handles, or `null` when only the core's string path can read the target. */
  #target(target) {
    if (target === null || typeof target !== "object") return null;
    let environment = ABSENT;
    let resource = ABSENT;
    let registry = ABSENT;
    for (const key in target) {
      const value = target[key];
      if (typeof value !== "string" || value === "") return null;
      const handle = this.#handles.ids.get(value) ?? UNKNOWN;
      if (key === "environmentId") environment = handle;
      else if (key === "resourceId") resource = handle;
      else if (key === "registryId") registry = handle;
      else return null;
    }
    return environment === ABSENT ? null : [environment, resource, registry];
  }

  can(user, id, target) {
    const operation = portainerCatalog.index.get(id);
    const handles = typeof user === "string" && operation !== undefined ? this.#target(target) : null;
    if (handles === null) return this.#core.can(user, id, target);
    return this.#core.canHandles(this.#handles.users.get(user) ?? ABSENT, operation, handles[0], handles[1], handles[2]);
  }

  allowed(user, target) {
    const handles = typeof user === "string" ? this.#target(target) : null;
    if (handles === null) return this.#core.allowed(user, target);
    return idsAt(portainerCatalog.ids, this.#core.allowedHandles(this.#handles.users.get(user) ?? ABSENT, handles[0], handles[1], handles[2]));
  }

  explain(user, id, target) { return this.#core.explain(user, id, target); }
  roleOf(user, environmentId) { return this.#core.roleOf(user, environmentId); }
  canChangeOwnership(user, target, newControl) { return this.#core.canChangeOwnership(user, target, newControl); }
  matrix() { return this.#core.matrix(); }
  catalog() { return this.#core.catalog(); }
  toJSON() { return this.#core.toJSON(); }
  fingerprint() { return this.#core.fingerprint(); }

  /** Frees the wasm memory now rather than when the garbage collector gets to it. */
  free() { this.#core.free(); }
}
