// The full entry's memo of `can` and `allowed`. Nothing here decides: it turns the ids of a
// `can()` or `allowed()` into small integers (handles, tied to the state generation they were
// minted for), asks the core for the whole page of that (user, target) once and remembers its
// answer until the state changes; anything else it leaves to the core, which checks every
// argument and throws `PortcullisError` for anything it refuses.
import { FALL_BACK, PAGE_CACHE_SIZE } from "./class.js";
import { describe } from "./host.js";

/** Per model (0 Dokploy, 1 Portainer): its catalog ids, their `index`, its target fields in
 *  the core's order, and whether the first must be given (Portainer's environment); read
 *  from the core once. */
const models = [];

function modelOf({ model, can, allowed }) {
  if (models[model] === undefined) {
    const ids = describe(1 + 2 * model);
    models[model] = { ids, index: new Map(ids.map((id, i) => [id, i])), fields: describe(2 + 2 * model), needsFirst: model === 1 };
  }
  return { ...models[model], can, allowed };
}

/** A target field not given, as the core's handle calls take it. */
const ABSENT = 0;
/** In `scope`: an id given that JS holds no handle for yet. */
const UNSEEN = -1;

/** How a target was read: every id has a handle; some id has none yet; only the core can
 *  read it. */
const READ = 1;
const READ_UNSEEN = 2;
const UNREAD = 0;

/** Slots of the tables of pairs and ids seen once (a power of two). */
const SEEN_SLOTS = 8192;

/** Most user ids whose handles an authorizer remembers; past it, it forgets them all (the
 *  core hands them out again). Target handles are bounded by the core's own table. */
const USER_HANDLES = 1 << 17;

const hasOwn = Object.prototype.hasOwnProperty;

/** FNV-1a of a string, 32 bits. */
function stringHash(value) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * The fast path of `can` and `allowed`: the user and the target's ids as handles of the
 * state's current generation, and the core's answer for that (user, target) pair — the whole
 * page of allowed ids, as the bits the core computed — remembered until the state changes.
 * It only ever answers from what the core computed; a call it cannot read as plain string
 * ids it leaves to the core (`FALL_BACK`), which answers or refuses with the exact error.
 *
 * The target being read lives in `scope` and `values`; a target's getter or Proxy trap that
 * calls back into this authorizer while they are filled gets the core's answer instead, and
 * one that changes the state makes the outer call fall back too, so two targets never mix
 * and no answer comes from a page of another state.
 */
export class FastPath {
  constructor(core, positions) {
    const model = modelOf(positions);
    this.core = core;
    this.model = model;
    this.fieldNames = model.fields;
    this.pages = new Map();
    this.seenPairs = new Int32Array(SEEN_SLOTS);
    this.seenIds = new Int32Array(SEEN_SLOTS);
    // Plain arrays of small integers: V8 reads and clears them faster than typed arrays.
    this.scope = new Array(model.fields.length).fill(ABSENT);
    this.values = new Array(model.fields.length).fill(undefined);
    this.idHashes = new Array(model.fields.length).fill(0);
    this.lastValues = new Array(model.fields.length).fill(null);
    this.lastHandles = new Array(model.fields.length).fill(ABSENT);
    /** Whether a target is being read (its getters may call back in). */
    this.reading = false;
    /** Counts the changes of state, so that a read can tell one happened during it. */
    this.version = 0;
    this.refresh();
  }

  /** How many pages are remembered. */
  get size() { return this.pages.size; }

  /** Forgets every handle and page: the core's generation changed. Handles are asked for
   *  again one id at a time, as calls need them, so a change costs nothing here. */
  refresh() {
    this.version++;
    this.generation = this.core.generation();
    this.users = new Map();
    this.ids = new Map();
    this.pages.clear();
    this.seenPairs.fill(0);
    this.seenIds.fill(0);
    // The two pages and the two users asked about last: a list alternates rows of a few users
    // and targets, and these answer it without hashing.
    this.lastPage = null;
    this.previousPage = null;
    this.previousUser = null;
    this.previousUserHandle = ABSENT;
    // The page of `bareUser` without a target (`null`: none yet); a page is never changed.
    this.barePage = null;
    this.bareUser = null;
    this.lastUser = null;
    this.lastUserHandle = ABSENT;
    this.lastValues.fill(null);
  }

  /** Reads the target into `scope` (handles, or `UNSEEN` for an id that has none yet) and
   *  `values` (its ids): `READ`, `READ_UNSEEN` when an id has no handle yet, or `UNREAD`
   *  when only the core can read it. */
  read(target) {
    const scope = this.scope;
    const values = this.values;
    for (let i = 0; i < scope.length; i++) {
      scope[i] = ABSENT;
      values[i] = undefined;
    }
    if (target === undefined || target === null) return this.model.needsFirst ? UNREAD : READ;
    if (typeof target !== "object") return UNREAD;
    const version = this.version;
    let read = READ;
    this.reading = true;
    // A getter that changes the state is refused while the target is read (`Core.changing`).
    this.core.reading++;
    try {
      // Inside the try: a revoked Proxy throws even here.
      if (Array.isArray(target)) return UNREAD;
      for (const key in target) {
        // Own keys only, as the core reads them: an enumerable property on a prototype
        // (Object.prototype polluted, say) must not become part of a target here alone.
        if (!hasOwn.call(target, key)) return UNREAD;
        // A handful of field names, compared by identity: faster than any table.
        const names = this.fieldNames;
        let field = -1;
        for (let f = 0; f < names.length; f++) {
          if (names[f] === key) {
            field = f;
            break;
          }
        }
        const value = target[key];
        if (field < 0 || typeof value !== "string" || value === "") return UNREAD;
        if (value !== this.lastValues[field]) {
          this.lastValues[field] = value;
          this.lastHandles[field] = this.ids.get(value) ?? UNSEEN;
        }
        values[field] = value;
        if ((scope[field] = this.lastHandles[field]) === UNSEEN) read = READ_UNSEEN;
      }
    } catch {
      // A getter or a Proxy trap threw: the core reads the target again and refuses it.
      return UNREAD;
    } finally {
      this.reading = false;
      this.core.reading--;
    }
    // A getter changed the state: the handles read belong to the state before.
    if (this.version !== version) return UNREAD;
    return this.model.needsFirst && scope[0] === ABSENT ? UNREAD : read;
  }

  /** Reads `user` and `target` as handles (`lastUserHandle`, `scope`), answering as `read`. */
  prepare(user, target) {
    // Called back from a getter of the target being read: `scope` is that target's.
    if (this.reading || typeof user !== "string") return UNREAD;
    const read = this.read(target);
    if (read === UNREAD) return UNREAD;
    if (user !== this.lastUser) {
      const previous = this.previousUser;
      const previousHandle = this.previousUserHandle;
      this.previousUser = this.lastUser;
      this.previousUserHandle = this.lastUserHandle;
      if (user === previous) {
        this.lastUser = user;
        this.lastUserHandle = previousHandle;
        return read;
      }
      let handle = this.users.get(user);
      if (handle === undefined) {
        handle = this.core.userHandle(this.generation, user);
        if (this.users.size >= USER_HANDLES) this.users.clear();
        this.users.set(user, handle);
      }
      this.lastUser = user;
      this.lastUserHandle = handle;
    }
    return read;
  }

  /** Asks the core for the handles of the target's ids that have none yet; false when its
   *  table was full and the handles started over (the caller then falls back). */
  handOut() {
    const scope = this.scope;
    for (let field = 0; field < scope.length; field++) {
      if (scope[field] !== UNSEEN) continue;
      const value = this.values[field];
      const handle = this.core.targetHandle(this.generation, value);
      if (handle === ABSENT) {
        this.core.renewHandles();
        this.refresh();
        return false;
      }
      this.ids.set(value, handle);
      scope[field] = handle;
      if (this.lastValues[field] === value) this.lastHandles[field] = handle;
    }
    return true;
  }

  /** Hashes the prepared target's ids into `idHashes` and notes those without a handle as
   *  seen; true when one of them had been seen before (then they get handles). A table of
   *  hashes with no allocation: a collision only hands a handle out early. */
  noteIds() {
    let again = false;
    const { scope, values, idHashes } = this;
    for (let field = 0; field < values.length; field++) {
      const value = values[field];
      if (value === undefined) continue;
      const hash = (idHashes[field] = stringHash(value));
      if (scope[field] !== UNSEEN) continue;
      const slot = hash & (SEEN_SLOTS - 1);
      if (this.seenIds[slot] === hash) again = true;
      else this.seenIds[slot] = hash;
    }
    return again;
  }

  /** The key of the prepared pair by its ids as strings (after `noteIds`). */
  stringKey() {
    const { values, idHashes } = this;
    let key = this.lastUserHandle ^ 0x811c9dc5;
    for (let field = 0; field < values.length; field++) {
      key = Math.imul(key ^ field, 0x01000193);
      if (values[field] !== undefined) key = Math.imul(key ^ idHashes[field], 0x01000193);
    }
    return key ^ (key >>> 15);
  }

  /** The key of the prepared pair by its handles: where its page is remembered. */
  handleKey() {
    const scope = this.scope;
    let key = this.lastUserHandle;
    for (let i = 0; i < scope.length; i++) key = Math.imul(key ^ scope[i], 0x9e3779b1) ^ (key >>> 15);
    return key;
  }

  /** The remembered page of the prepared pair, or `null`. */
  find() {
    const u = this.lastUserHandle;
    const scope = this.scope;
    // A render loop asks about one (user, target) many times in a row: no hashing then.
    const last = this.lastPage;
    if (last !== null && last.user === u && sameScope(last.scope, scope)) return last;
    const previous = this.previousPage;
    const known = previous !== null && previous.user === u && sameScope(previous.scope, scope)
      ? previous
      : this.pages.get(this.handleKey());
    if (known === undefined || known.user !== u || !sameScope(known.scope, scope)) return null;
    this.previousPage = last;
    return (this.lastPage = known);
  }

  /** Fetches and remembers the page of the prepared pair under `key`. */
  fetch(key) {
    const u = this.lastUserHandle;
    const scope = this.scope;
    const bits = this.core.allowedBits(this.generation, u, ...scope);
    if (this.pages.size >= PAGE_CACHE_SIZE) this.pages.clear();
    // A hash collision overwrites: the memo forgets a page, it never answers for another pair.
    const page = { user: u, scope: scope.slice(), bits, ids: null };
    this.pages.set(key, page);
    this.previousPage = this.lastPage;
    return (this.lastPage = page);
  }

  /** Whether the pair under `key` is asked about for the first time: then one check is
   *  cheaper than a page, which is fetched when the pair comes back. A table of the keys of
   *  pairs seen once, with no allocation: a collision only fetches a page early. */
  firstSight(key) {
    const slot = key & (SEEN_SLOTS - 1);
    if (this.seenPairs[slot] === key) return false;
    this.seenPairs[slot] = key;
    return true;
  }

  /** `can` from the core's answers, or `FALL_BACK`. */
  can(user, id, target) {
    const index = this.model.index.get(id);
    if (index === undefined) return FALL_BACK;
    // Checks without a target (organization-wide permissions) for the user asked about last:
    // no target to read, so its page is read at once.
    if ((target === undefined || target === null) && this.barePage !== null && user === this.bareUser) {
      return bit(this.barePage.bits, index);
    }
    const read = this.prepare(user, target);
    if (read === UNREAD) return FALL_BACK;
    if (read === READ_UNSEEN) {
      // Ids asked about for the first time are checked as strings; an id that comes back
      // gets its handle. Kept apart so that `can` stays small.
      if (!this.noteIds() && this.firstSight(this.stringKey())) return this.checkIds(index);
      if (!this.handOut()) return FALL_BACK;
    }
    let page = this.find();
    if (page === null) {
      const key = this.handleKey();
      if (this.firstSight(key)) return this.checkHandles(index);
      page = this.fetch(key);
    }
    if (target === undefined || target === null) {
      this.bareUser = user;
      this.barePage = page;
    }
    return bit(page.bits, index);
  }

  /** One check of the prepared pair with its ids as strings, or `FALL_BACK` for the core to
   *  say why it refuses. */
  checkIds(index) {
    const v = this.values;
    const answer = v.length === 5
      ? this.core.canIds(this.generation, this.lastUserHandle, index, v[0], v[1], v[2], v[3], v[4])
      : this.core.canIds(this.generation, this.lastUserHandle, index, v[0], v[1], v[2]);
    return answer === 2 ? FALL_BACK : answer === 1;
  }

  /** One check of the prepared pair by its handles, or `FALL_BACK`. */
  checkHandles(index) {
    const scope = this.scope;
    const answer = scope.length === 5
      ? this.core.canHandles(this.generation, this.lastUserHandle, index, scope[0], scope[1], scope[2], scope[3], scope[4])
      : this.core.canHandles(this.generation, this.lastUserHandle, index, scope[0], scope[1], scope[2]);
    return answer === 2 ? FALL_BACK : answer === 1;
  }

  /** `allowed` from the page, as a fresh array the caller may change, or `FALL_BACK`. */
  allowed(user, target) {
    const read = this.prepare(user, target);
    if (read === UNREAD || (read === READ_UNSEEN && !this.handOut())) return FALL_BACK;
    const page = this.find() ?? this.fetch(this.handleKey());
    if (page.ids === null) {
      const ids = this.model.ids;
      page.ids = ids.filter((_, i) => bit(page.bits, i));
    }
    return page.ids.slice();
  }
}

function bit(bits, index) {
  return ((bits[index >>> 5] >>> (index & 31)) & 1) === 1;
}

function sameScope(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
