// A product entry's memo of `can` and `allowed`, kept until the state changes. Each
// (user, target) a page asks about has a node, found by the call's own strings: the user, then
// each of the target's fields by name and id. A node keeps the core's answer for each id asked
// there, and the page of `allowed` once asked. An answer not kept yet crosses alone, the ids
// written into the module's memory as bytes, no JSON either way. A call the memo cannot read
// as string ids goes to the core by its texts. Nothing here decides: it only answers from what
// the core computed, and a call the core refuses is left to the core, which says why.
import { FALL_BACK, PAGE_CACHE_SIZE } from "./class.js";
import { canId, valueText } from "./host.js";

/** What the core answered: allowed, not allowed, refused (it then says why through its call). */
const REFUSED = 2;

/** The ids of a call without a target. */
const NO_IDS = [];

/** A (user, target) node: the first id asked there and its answer (a row's button asks one),
 *  the answers for any other ids, the page of `allowed`, and the nodes of further fields. */
function node() {
  return { id: undefined, answer: false, answers: undefined, page: undefined, next: undefined };
}

export class Pages {
  constructor(core, positions) {
    this.core = core;
    this.model = positions;
    /** The target read last: its fields (by position in the model's) and ids in the order
     *  its own keys enumerate (the node's path), and its ids in the model's field order (what
     *  crosses). */
    this.order = [];
    this.ids = [];
    this.fields = 0;
    this.values = positions.fields.map(() => undefined);
    /** Whether a target is being read (its getters may call back in). */
    this.reading = false;
    this.refresh();
  }

  get size() { return this.count; }

  refresh() {
    /** user → node; a node's `next`: field position → id → the node of the fields so far. */
    this.users = new Map();
    /** The pages of calls the memo cannot read, by their texts. */
    this.texts = new Map();
    this.count = 0;
  }

  /** Room for one more pair: bounded whatever the access pattern, a full memo starts over. */
  admit() {
    if (this.count >= PAGE_CACHE_SIZE) this.refresh();
    this.count++;
  }

  /** How many fields `target` gives, read as `valueText` walks it into `order`, `ids` and
   *  `values`; -1 when one is not a model's field with a string id, or it gives none. */
  read(target) {
    if (typeof target !== "object" || target === null || Array.isArray(target)) return -1;
    const values = this.values;
    const fields = this.model.fields;
    for (let f = 0; f < values.length; f++) values[f] = undefined;
    let count = 0;
    // Read as the full entry's `FastPath.read` (authorizer.js) reads a target, for the reasons
    // given there: `for…in` (no array per call), own keys only, field names by identity.
    for (const name in target) {
      if (!Object.prototype.hasOwnProperty.call(target, name)) return -1;
      let field = fields.length - 1;
      while (field >= 0 && fields[field] !== name) field--;
      const id = target[name];
      // An empty id is the core's to read: it is not "no id".
      if (field < 0 || typeof id !== "string" || id === "") return -1;
      this.order[count] = field;
      this.ids[count++] = id;
      values[field] = id;
    }
    return count === 0 ? -1 : count;
  }

  /** The node of (`user`, `target`), made if `make`; `undefined` when there is none, or when
   *  the call is not a string user on string ids. */
  node(user, target, make) {
    // Called back from a getter of the target being read, whose ids fill `values`: the core
    // reads this call itself.
    if (typeof user !== "string" || this.reading) return undefined;
    let fields = 0;
    if (target !== undefined) {
      // As `Core.read` does, without a closure per call: a getter may not change the state.
      this.core.reading++;
      this.reading = true;
      try {
        fields = this.read(target);
      } catch {
        // A getter or a Proxy trap threw: the core reads the target again and says so.
        fields = -1;
      } finally {
        this.core.reading--;
        this.reading = false;
      }
      if (fields < 0) return undefined;
    }
    this.fields = fields;
    let at = this.users.get(user);
    for (let i = 0; at !== undefined && i < fields; i++) at = at.next?.[this.order[i]]?.get(this.ids[i]);
    if (at !== undefined || !make) return at;
    this.admit();
    at = this.users.get(user);
    if (at === undefined) this.users.set(user, (at = node()));
    for (let i = 0; i < fields; i++) {
      at.next ??= [];
      const byId = (at.next[this.order[i]] ??= new Map());
      let child = byId.get(this.ids[i]);
      if (child === undefined) byId.set(this.ids[i], (child = node()));
      at = child;
    }
    return at;
  }

  can(user, id, target) {
    if (typeof id !== "string") return FALL_BACK;
    const at = this.node(user, target, true);
    if (at === undefined) return FALL_BACK;
    if (at.id === id) return at.answer;
    const known = at.answers?.get(id);
    if (known !== undefined) return known;
    // The ids read into `values` just now, not read again: a getter cannot make them differ.
    const answer = canId(this.core, id, user, target === undefined ? NO_IDS : this.values);
    if (answer === REFUSED) return FALL_BACK;
    if (at.id === undefined) {
      at.id = id;
      at.answer = answer === 1;
    } else {
      (at.answers ??= new Map()).set(id, answer === 1);
    }
    return answer === 1;
  }

  allowed(user, target) {
    const at = this.node(user, target, true);
    let page;
    if (at !== undefined) {
      page = at.page;
      if (page === undefined) {
        const texts = [JSON.stringify(user), target === undefined ? "" : this.written()];
        page = this.ask(texts);
        if (page === FALL_BACK) return FALL_BACK;
        at.page = page;
      }
    } else {
      if (typeof user !== "string") return FALL_BACK;
      // The arguments as the core reads them, read once: the key of the page, and what is sent.
      const texts = [JSON.stringify(user), target === undefined ? "" : this.core.read(() => valueText(target))];
      const key = texts.join("\n");
      page = this.texts.get(key);
      if (page === undefined) {
        page = this.ask(texts);
        if (page === FALL_BACK) return FALL_BACK;
        this.admit();
        this.texts.set(key, page);
      }
    }
    return page.slice();
  }

  /** The target read last as `valueText` writes it, from what was read. */
  written() {
    let text = "";
    for (let i = 0; i < this.fields; i++) {
      text += `${i === 0 ? "{" : ","}${JSON.stringify(this.model.fields[this.order[i]])}:${JSON.stringify(this.ids[i])}`;
    }
    return text + "}";
  }

  /** The page of the call of `texts` from the core; `FALL_BACK` if it refuses it. */
  ask(texts) {
    try {
      return this.core.callTexts(this.model.allowed, texts);
    } catch {
      return FALL_BACK;
    }
  }
}
