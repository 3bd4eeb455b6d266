// The full entry's memo of `can` and `allowed`. Nothing here decides: a call whose user and
// target are plain strings crosses into the core as the strings' bytes with the permission's
// catalog index as a number, and the core's answer is remembered for that (user, target) until
// the state changes; anything else it leaves to the core, which checks every argument and
// throws `PortcullisError` for anything it refuses.
import { FALL_BACK } from "./class.js";
import { allowedIds, canIds, describe } from "./host.js";

/** Per model (0 Dokploy, 1 Portainer): its catalog ids (read from the core once), their
 *  `index` (a dictionary without a prototype: faster than a Map for the engine's own strings),
 *  its target fields in the core's order, and whether the first must be given (Portainer's
 *  environment). */
const models = [];

function modelOf({ model, fields, can, allowed }) {
  if (models[model] === undefined) {
    const ids = describe(1 + 2 * model);
    const index = Object.create(null);
    ids.forEach((id, i) => { index[id] = i; });
    models[model] = { ids, index, fields, needsFirst: model === 1 };
  }
  return { ...models[model], can, allowed };
}

/** Words of a page's bits: every catalog holds at most 128 ids. */
const WORDS = 4;

/** The slots of remembered pairs (a power of two, at most `PAGE_CACHE_SIZE`): few enough that
 *  the table (some 70 KB) stays in the processor's cache, which a pair never seen before would
 *  otherwise pay for with a miss per column. */
const SLOTS = 1024;

/** The hashes of pairs asked about once that are kept (a power of two). */
const SEEN = 4096;

/** What `slotOf` answers for a call only the core can read, and for a pair that gets no slot
 *  yet. */
const UNREAD = -1;
const NO_SLOT = -2;

/**
 * `text` mixed into `hash`: every character of a short id, the first and last eight of a long
 * one (ids differ at their ends: counters, random tails), and its length. No call pays for a
 * walk over a long id, nor for the engine's hashing of a fresh string, which costs more than
 * a check; two pairs with one hash only take turns in a slot.
 */
function mix(hash, text) {
  const n = text.length;
  hash = Math.imul(hash ^ n, 0x01000193);
  if (n <= 16) {
    for (let i = 0; i < n; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return hash;
  }
  for (let i = 0; i < 8; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  for (let i = n - 8; i < n; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * The fast path of `can` and `allowed`. A (user, target) pair is remembered in one slot of a
 * table without allocation: the user and ids it is for, which ids of the catalog the core
 * has answered for it and how, and whether that is all of them (a page, from `allowed`). An id
 * not answered yet crosses alone — the user's and the target's ids written into the module's
 * memory as bytes, the core hashing and looking them up once — and its answer joins the slot.
 * It only ever answers from what the core computed; a call it cannot read as plain string ids
 * it leaves to the core (`FALL_BACK`), which answers or refuses with the exact error.
 *
 * The target being read lives in `values`; a target's getter or Proxy trap that calls back
 * into this authorizer while it is filled gets the core's answer instead, and one that changes
 * the state makes the outer call fall back too, so two targets never mix and no answer comes
 * from another state.
 */
export class FastPath {
  constructor(core, positions) {
    const model = modelOf(positions);
    const fields = model.fields.length;
    this.core = core;
    this.model = model;
    this.fieldNames = model.fields;
    // Plain arrays: V8 reads and clears them faster than typed arrays.
    this.values = new Array(fields).fill(undefined);
    /** The fields of `values` the target read last gives, a bit each. */
    this.shape = 0;
    /** The hashes of pairs asked about once (made at the first such pair). */
    this.seen = null;
    // The slots, made when a pair first takes one (a state loaded for a few checks, as a
    // server does per request, makes none), as columns: see `allocate`. Named here, so that
    // every memo has one shape for the engine.
    this.slotHashes = null;
    this.slotUsers = null;
    this.slotShapes = null;
    this.slotValues = null;
    this.slotKnown = null;
    this.slotBits = null;
    this.slotPages = null;
    this.recent = null;
    /** How many slots hold a pair. */
    this.used = 0;
    /** The id `can` asked about last, and its index in the catalog. */
    this.lastId = undefined;
    this.lastIndex = -1;
    /** Whether a target is being read (its getters may call back in). */
    this.reading = false;
    /** Counts the changes of state, so that a read can tell one happened during it. */
    this.version = 0;
    this.refresh();
  }

  /** How many pairs are remembered. */
  get size() { return this.used; }

  /** Forgets every answer: the state changed. */
  refresh() {
    this.version++;
    this.seen?.fill(0);
    if (this.slotHashes !== null) {
      this.slotUsers.fill(undefined);
      this.slotValues.fill(undefined);
      this.slotPages.fill(null);
    }
    this.used = 0;
    // The slots asked about last and before: a render loop asks about one pair many times in
    // a row.
    this.last = -1;
    this.previous = -1;
    // The slot of the user asked about last without a target (`undefined`: none), and the
    // answers kept there by id: a menu asks one user about many ids in a row.
    this.bareUser = undefined;
    this.bareSlot = -1;
    this.bareAnswers = new Map();
  }

  /** Reads the target's ids into `values`, in the core's field order, and which fields it
   *  gives into `shape` (a bit each): false when only the core can read it. */
  read(target) {
    const values = this.values;
    // The fields of the target read before, cleared below where this one does not give them:
    // a loop over the same kind of target clears nothing.
    const before = this.shape;
    if (target === undefined || target === null) {
      if (before !== 0) {
        for (let i = 0; i < values.length; i++) values[i] = undefined;
        this.shape = 0;
      }
      return !this.model.needsFirst;
    }
    if (typeof target !== "object") return false;
    const version = this.version;
    let shape = 0;
    this.reading = true;
    // A getter that changes the state is refused while the target is read (`Core.changing`).
    this.core.reading++;
    try {
      // Inside the try: a revoked Proxy throws even here.
      if (Array.isArray(target)) return false;
      const names = this.fieldNames;
      for (const key in target) {
        // Own keys only, as the core reads them: an enumerable property on a prototype
        // (Object.prototype polluted, say) must not become part of a target here alone. The
        // builtin is named here, not held in a module binding: a bundler turns that into a
        // `var`, which the engine cannot fold, and the check then costs a third of the call.
        if (!Object.prototype.hasOwnProperty.call(target, key)) return false;
        // A handful of field names, compared by identity: faster than any table.
        let field = -1;
        for (let f = 0; f < names.length; f++) {
          if (names[f] === key) {
            field = f;
            break;
          }
        }
        const value = target[key];
        if (field < 0 || typeof value !== "string" || value === "") return false;
        values[field] = value;
        shape |= 1 << field;
      }
    } catch {
      // A getter or a Proxy trap threw: the core reads the target again and refuses it.
      return false;
    } finally {
      const stale = before & ~shape;
      if (stale !== 0) {
        for (let i = 0; i < values.length; i++) if (((stale >>> i) & 1) !== 0) values[i] = undefined;
      }
      this.shape = shape;
      this.reading = false;
      this.core.reading--;
    }
    // A getter changed the state: what was read belongs to the state before.
    if (this.version !== version) return false;
    return !this.model.needsFirst || (shape & 1) !== 0;
  }

  /** Whether `slot` holds `user` and the ids read. */
  holds(slot, user) {
    const shape = this.shape;
    if (this.slotUsers[slot] !== user || this.slotShapes[slot] !== shape) return false;
    const values = this.values;
    const at = slot * values.length;
    // Only the fields given: the same shape leaves the others absent in both.
    for (let i = 0; i < values.length; i++) {
      if ((shape & (1 << i)) !== 0 && this.slotValues[at + i] !== values[i]) return false;
    }
    return true;
  }

  /** The slot of `user` and the ids read, taken over (and emptied) when it held another
   *  pair; `NO_SLOT` for a pair asked about for the first time (unless `always`), `UNREAD`
   *  when the call is not the fast path's to answer. */
  slotOf(user, target, always) {
    // Called back from a getter of the target being read: `values` is that target's.
    if (this.reading || typeof user !== "string" || !this.read(target)) return UNREAD;
    const last = this.last;
    if (last >= 0 && this.holds(last, user)) return last;
    // A list alternates rows of two users or targets: no hashing then either.
    const previous = this.previous;
    if (previous >= 0 && this.holds(previous, user)) {
      this.previous = last;
      return (this.last = previous);
    }
    const values = this.values;
    let hash = mix(0x811c9dc5, user);
    for (let i = 0; i < values.length; i++) hash = values[i] === undefined ? Math.imul(hash ^ i, 0x01000193) : mix(hash, values[i]);
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash ^= hash >>> 13;
    // Two slots a hash may take, side by side: two pairs that share them both stay.
    const set = hash & (SLOTS - 2);
    let slot = -1;
    if (this.slotHashes !== null) {
      if (this.slotHashes[set] === hash && this.holds(set, user)) slot = set;
      else if (this.slotHashes[set + 1] === hash && this.holds(set + 1, user)) slot = set + 1;
    }
    if (slot < 0) {
      if (!always && this.firstSight(hash)) return NO_SLOT;
      slot = this.claim(set, hash, user);
    }
    this.recent[slot >> 1] = slot & 1;
    if (this.shape === 0 && this.bareSlot !== slot) {
      this.bareUser = user;
      this.bareSlot = slot;
      this.bareAnswers = new Map();
    }
    this.previous = last;
    return (this.last = slot);
  }

  /** Whether the pair of `hash` is asked about for the first time: a pair that is gets no
   *  slot (its check crosses alone) and only its hash is noted, so that pairs never seen again
   *  (a list of fresh ids) leave the slots as they were. A collision of hashes only gives a
   *  pair its slot early. */
  firstSight(hash) {
    if (this.seen === null) this.seen = new Int32Array(SEEN);
    const at = hash & (SEEN - 1);
    if (this.seen[at] === hash) return false;
    this.seen[at] = hash;
    return true;
  }

  /** The slot of the two at `set` not asked about last, emptied for the pair read (of
   *  `hash`). */
  claim(set, hash, user) {
    if (this.slotHashes === null) this.allocate();
    const slot = set + (this.recent[set >> 1] ^ 1);
    if (slot === this.bareSlot) {
      this.bareUser = undefined;
      this.bareSlot = -1;
      this.bareAnswers = new Map();
    }
    if (this.slotUsers[slot] === undefined) this.used++;
    this.slotHashes[slot] = hash;
    this.slotUsers[slot] = user;
    this.slotShapes[slot] = this.shape;
    const values = this.values;
    const at = slot * values.length;
    for (let i = 0; i < values.length; i++) this.slotValues[at + i] = values[i];
    for (let w = slot * WORDS; w < slot * WORDS + WORDS; w++) {
      this.slotKnown[w] = 0;
      this.slotBits[w] = 0;
    }
    this.slotPages[slot] = null;
    return slot;
  }

  /** The slots, as columns: the pair's hash (compared first: a pair never seen touches no
   *  string), its user, which fields its target gives (`shapes`) and their ids, the ids of
   *  the catalog answered (`known`) and how (`bits`), the ids of a whole page once `allowed`
   *  asked for one, and of each two slots the one asked about last. */
  allocate() {
    this.slotHashes = new Int32Array(SLOTS);
    this.slotUsers = new Array(SLOTS).fill(undefined);
    this.slotShapes = new Int32Array(SLOTS);
    this.slotValues = new Array(SLOTS * this.values.length).fill(undefined);
    this.slotKnown = new Int32Array(SLOTS * WORDS);
    this.slotBits = new Int32Array(SLOTS * WORDS);
    this.slotPages = new Array(SLOTS).fill(null);
    this.recent = new Uint8Array(SLOTS / 2);
  }

  /** `can` from the core's answers, or `FALL_BACK`. An organization-wide check of the user
   *  asked about last is one lookup by id. */
  can(user, id, target) {
    if (target === undefined && user === this.bareUser && !this.reading) {
      const known = this.bareAnswers.get(id);
      if (known !== undefined) return known;
    }
    // The id asked about last, compared by identity first: most loops ask for one.
    let index = this.lastIndex;
    if (id !== this.lastId) {
      index = typeof id === "string" ? this.model.index[id] : undefined;
      if (index === undefined) return FALL_BACK;
      this.lastId = id;
      this.lastIndex = index;
    }
    // Organization-wide checks of the user asked about last: no target to read, as long as
    // `values` holds none either (it crosses with an answer not remembered yet).
    const slot = (target === undefined || target === null) && user === this.bareUser && this.shape === 0 && !this.reading
      ? this.bareSlot
      : this.slotOf(user, target, false);
    let answer;
    if (slot >= 0) {
      const word = slot * WORDS + (index >>> 5);
      const mask = 1 << (index & 31);
      if ((this.slotKnown[word] & mask) !== 0) answer = (this.slotBits[word] & mask) !== 0;
    } else if (slot === UNREAD) {
      return FALL_BACK;
    }
    answer ??= this.ask(slot, index, user);
    if (slot === this.bareSlot && answer !== FALL_BACK) this.bareAnswers.set(id, answer);
    return answer;
  }

  /** The core's answer for the id at `index` and the pair read, kept in `slot` if it has one;
   *  kept apart so that `can` stays small. */
  ask(slot, index, user) {
    const answer = canIds(this.core, index, user, this.values);
    // Refused: the core says why through the call itself.
    if (answer === 2) return FALL_BACK;
    if (slot !== NO_SLOT) {
      const word = slot * WORDS + (index >>> 5);
      const mask = 1 << (index & 31);
      this.slotKnown[word] |= mask;
      if (answer === 1) this.slotBits[word] |= mask;
    }
    return answer === 1;
  }

  /** `allowed` from the core's page, as a fresh array the caller may change, or `FALL_BACK`. */
  allowed(user, target) {
    // A page is worth its slot at once.
    const slot = this.slotOf(user, target, true);
    if (slot === UNREAD) return FALL_BACK;
    let page = this.slotPages[slot];
    if (page === null) {
      const words = allowedIds(this.core, user, this.values);
      if (words === null) return FALL_BACK;
      const ids = this.model.ids;
      page = ids.filter((_, i) => ((words[i >>> 5] >>> (i & 31)) & 1) === 1);
      this.slotPages[slot] = page;
      // Every id of the catalog is answered now.
      for (let w = 0; w < WORDS; w++) {
        this.slotKnown[slot * WORDS + w] = -1;
        this.slotBits[slot * WORDS + w] = words[w];
      }
    }
    return page.slice();
  }
}
