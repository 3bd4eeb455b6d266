// The public classes of API.md over the wasm cores. Nothing here decides: this file turns the
// ids of a hot `can()` into small integers (handles, tied to the state generation they were
// minted for) so that a check crosses into wasm as numbers, and hands everything else to the
// core, which checks every argument and throws `PortcullisError` for anything it refuses.
import {
  DokployCore, PortainerCore, version as coreVersion,
  dokployCatalog, dokployPresets, dokployTargetFields,
  portainerCatalog, portainerMatrix, portainerTargetFields,
} from "./portcullis.js";
import { PortcullisError } from "./errors.js";

export { PortcullisError };

/** The package version. */
export function version() {
  return coreVersion();
}

const ABSENT = 0;
const UNKNOWN = 1;

/** `Map` from each id to its handle, counting from `first`. */
function handles(ids, first) {
  const map = new Map();
  for (let i = 0; i < ids.length; i++) map.set(ids[i], i + first);
  return map;
}

/** A model's catalog: its ids in order, id → catalog index, and the target fields in handle order. */
function catalogOf(entries, targetFields) {
  const ids = entries.map((entry) => entry.id);
  return { ids, index: handles(ids, 0), fields: targetFields };
}

let dokploy = null;
let portainer = null;
const dokployModel = () => (dokploy ??= catalogOf(dokployCatalog(), dokployTargetFields()));
const portainerModel = () => (portainer ??= catalogOf(portainerCatalog(), portainerTargetFields()));

/** The handles of a core's current state generation: users from 1, target ids from 2. */
function stateHandles(core) {
  return { generation: core.generation(), users: handles(core.userIds(), 1), ids: handles(core.targetIds(), 2) };
}

/** Catalog indexes (a Uint32Array from wasm) → ids, reusing the same JS strings every time. */
function idsAt(ids, indexes) {
  const out = new Array(indexes.length);
  for (let i = 0; i < indexes.length; i++) out[i] = ids[indexes[i]];
  return out;
}

/** A target's ids as handles in the model's field order, or `null` when only the core's
 *  value path can read it (anything but a plain object of string ids of known fields). */
function targetHandles(target, fields, ids) {
  const scope = new Array(fields.length).fill(ABSENT);
  if (target === undefined || target === null) return scope;
  if (typeof target !== "object") return null;
  try {
    if (Array.isArray(target)) return null;
    for (const key in target) {
      const value = target[key];
      const field = fields.indexOf(key);
      if (field < 0 || typeof value !== "string" || value === "") return null;
      scope[field] = ids.get(value) ?? UNKNOWN;
    }
  } catch {
    // A getter or a Proxy trap threw: the core reads the target again and refuses it with
    // a PortcullisError naming the path.
    return null;
  }
  return scope;
}

function freed() {
  return new PortcullisError("freed", "this authorizer was freed; load the state again", "");
}

export class Dokploy {
  #core;
  #handles;

  /** Use `Dokploy.load(state)`. */
  constructor(core) {
    if (!(core instanceof DokployCore)) throw new TypeError("create a Dokploy authorizer with Dokploy.load(state)");
    this.#core = core;
    this.#handles = stateHandles(core);
  }

  /** Validates and compiles a state (object or JSON text) under `options.limits`; throws `PortcullisError`. */
  static load(state, options) {
    return new Dokploy(DokployCore.load(state, options));
  }

  /** The catalog: one entry per permission, in order. */
  static catalog() { return dokployCatalog(); }
  /** The four custom-role presets of Dokploy's UI. */
  static presets() { return dokployPresets(); }

  get #live() {
    if (this.#core === null) throw freed();
    return this.#core;
  }

  /** Runs a change, then takes the handles of the new generation. */
  #change(result) {
    this.#handles = stateHandles(this.#core);
    return result;
  }

  can(user, id, target) {
    const core = this.#live;
    const model = dokployModel();
    const permission = typeof id === "string" ? model.index.get(id) : undefined;
    const scope = typeof user === "string" && permission !== undefined ? targetHandles(target, model.fields, this.#handles.ids) : null;
    if (scope === null) return core.can(user, id, target);
    const h = this.#handles;
    return core.canHandles(h.generation, h.users.get(user) ?? ABSENT, permission, scope[0], scope[1], scope[2], scope[3], scope[4]);
  }

  allowed(user, target) {
    const core = this.#live;
    const model = dokployModel();
    const scope = typeof user === "string" ? targetHandles(target, model.fields, this.#handles.ids) : null;
    if (scope === null) return core.allowed(user, target);
    const h = this.#handles;
    return idsAt(model.ids, core.allowedHandles(h.generation, h.users.get(user) ?? ABSENT, scope[0], scope[1], scope[2], scope[3], scope[4]));
  }

  explain(user, id, target) { return this.#live.explain(user, id, target); }
  permissions(user) { return this.#live.permissions(user); }
  toJSON() { return this.#live.toJSON(); }
  fingerprint() { return this.#live.fingerprint(); }
  catalog() { this.#live; return dokployCatalog(); }
  presets() { this.#live; return dokployPresets(); }

  canCreateRole(actor, name, permissions) { return this.#live.canCreateRole(actor, name, permissions); }
  canUpdateRole(actor, name, permissions, newName) { return this.#live.canUpdateRole(actor, name, permissions, newName); }
  canDeleteRole(actor, name) { return this.#live.canDeleteRole(actor, name); }
  canInvite(actor, role) { return this.#live.canInvite(actor, role); }
  canAssignRole(actor, targetUser, role) { return this.#live.canAssignRole(actor, targetUser, role); }
  canRemoveMember(actor, targetUser) { return this.#live.canRemoveMember(actor, targetUser); }

  createRole(actor, name, permissions) { this.#change(this.#live.createRole(actor, name, permissions)); }
  updateRole(actor, name, permissions, newName) { this.#change(this.#live.updateRole(actor, name, permissions, newName)); }
  deleteRole(actor, name) { this.#change(this.#live.deleteRole(actor, name)); }
  assignRole(actor, targetUser, role) { this.#change(this.#live.assignRole(actor, targetUser, role)); }
  removeMember(actor, targetUser) { this.#change(this.#live.removeMember(actor, targetUser)); }
  recordCreated(user, kind, id) { return this.#change(this.#live.recordCreated(user, kind, id)); }

  /** Frees the wasm memory now rather than when the garbage collector gets to it; every
   *  later call throws `PortcullisError` with code `freed`. */
  free() {
    if (this.#core === null) return;
    this.#core.free();
    this.#core = null;
  }
}

export class Portainer {
  #core;
  #handles;

  /** Use `Portainer.load(state)`. */
  constructor(core) {
    if (!(core instanceof PortainerCore)) throw new TypeError("create a Portainer authorizer with Portainer.load(state)");
    this.#core = core;
    this.#handles = stateHandles(core);
  }

  /** Validates and compiles a state (object or JSON text) under `options.limits`; throws `PortcullisError`. */
  static load(state, options) {
    return new Portainer(PortainerCore.load(state, options));
  }

  /** The catalog: one entry per operation, in order. */
  static catalog() { return portainerCatalog(); }
  /** The role × operation table. */
  static matrix() { return portainerMatrix(); }

  get #live() {
    if (this.#core === null) throw freed();
    return this.#core;
  }

  /** `[environment, resource, registry]` handles, or `null` for the core's value path. */
  #target(target) {
    if (target === null || typeof target !== "object") return null;
    const handles = targetHandles(target, portainerModel().fields, this.#handles.ids);
    return handles === null || handles[0] === ABSENT ? null : handles;
  }

  can(user, id, target) {
    const core = this.#live;
    const operation = typeof id === "string" ? portainerModel().index.get(id) : undefined;
    const t = typeof user === "string" && operation !== undefined ? this.#target(target) : null;
    if (t === null) return core.can(user, id, target);
    const h = this.#handles;
    return core.canHandles(h.generation, h.users.get(user) ?? ABSENT, operation, t[0], t[1], t[2]);
  }

  allowed(user, target) {
    const core = this.#live;
    const t = typeof user === "string" ? this.#target(target) : null;
    if (t === null) return core.allowed(user, target);
    const h = this.#handles;
    return idsAt(portainerModel().ids, core.allowedHandles(h.generation, h.users.get(user) ?? ABSENT, t[0], t[1], t[2]));
  }

  explain(user, id, target) { return this.#live.explain(user, id, target); }
  roleOf(user, environmentId) { return this.#live.roleOf(user, environmentId); }
  canChangeOwnership(user, target, newControl) { return this.#live.canChangeOwnership(user, target, newControl); }
  matrix() { this.#live; return portainerMatrix(); }
  catalog() { this.#live; return portainerCatalog(); }
  toJSON() { return this.#live.toJSON(); }
  fingerprint() { return this.#live.fingerprint(); }

  /** Frees the wasm memory now rather than when the garbage collector gets to it; every
   *  later call throws `PortcullisError` with code `freed`. */
  free() {
    if (this.#core === null) return;
    this.#core.free();
    this.#core = null;
  }
}
