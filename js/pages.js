// A product entry's memo of `can` and `allowed`: a page is every id the core allows one user
// on one target, asked once per (user, target), and the ids the core refused there, each asked
// once; kept until the state changes. A page that gates a handful of buttons asks for it once;
// the full entry's fast path would cost more bytes than it saves there. Nothing here decides: a
// call it cannot answer from a page goes to the core, which answers or refuses it.
import { FALL_BACK, PAGE_CACHE_SIZE } from "./class.js";
import { valueText } from "./host.js";

/** A user's pages: without a target (`page`), and on each target of string ids, found id by
 *  id (`next`: field name → id → the node of the target's fields so far). Strings are the
 *  keys as given, so a render that asks again with the ids of its data pays for no new text
 *  and no hashing of it. */
function node() {
  return { page: undefined, next: undefined };
}

export class Pages {
  constructor(core, positions) {
    this.core = core;
    this.model = positions;
    /** The target read last: its field names and ids, in `Object.keys` order. */
    this.names = [];
    this.ids = [];
    this.refresh();
  }

  get size() { return this.count; }

  refresh() {
    this.users = new Map();
    /** The pages of calls that are not a string user on string ids, by their texts. */
    this.texts = new Map();
    this.count = 0;
  }

  /** How many fields `target` gives, read into `names` and `ids` as `valueText` walks it; -1
   *  when one is no string or it gives none (such a call is keyed by its texts). */
  read(target) {
    if (typeof target !== "object" || target === null || Array.isArray(target)) return -1;
    const names = Object.keys(target);
    for (let i = 0; i < names.length; i++) {
      const id = target[names[i]];
      if (typeof id !== "string") return -1;
      this.names[i] = names[i];
      this.ids[i] = id;
    }
    return names.length === 0 ? -1 : names.length;
  }

  /** The page of (`user`, `target`), or `FALL_BACK` when the core refuses the call (it then
   *  says why, through the call itself). */
  page(user, target) {
    if (typeof user !== "string") return FALL_BACK;
    let fields = 0;
    if (target !== undefined) {
      // As `Core.read` does, without a closure per call: a getter may not change the state.
      this.core.reading++;
      try {
        fields = this.read(target);
      } catch {
        // A getter or a Proxy trap threw: the texts carry what it threw to the core.
        fields = -1;
      } finally {
        this.core.reading--;
      }
    }
    if (fields < 0) {
      // The arguments as the core reads them, read once: the key of the page, and what is sent.
      const texts = [JSON.stringify(user), this.core.read(() => valueText(target))];
      const key = texts.join("\n");
      let page = this.texts.get(key);
      if (page === undefined) {
        page = this.ask(texts);
        if (page !== FALL_BACK) this.texts.set(key, page);
      }
      return page;
    }
    let at = this.users.get(user);
    for (let i = 0; at !== undefined && i < fields; i++) at = at.next?.get(this.names[i])?.get(this.ids[i]);
    if (at?.page !== undefined) return at.page;
    // Asked for the first time: the texts from what was read, not from a second read that a
    // getter could make differ.
    let target_ = "";
    for (let i = 0; i < fields; i++) target_ += `${i === 0 ? "{" : ","}${JSON.stringify(this.names[i])}:${JSON.stringify(this.ids[i])}`;
    const page = this.ask([JSON.stringify(user), fields === 0 ? "" : target_ + "}"]);
    if (page === FALL_BACK) return page;
    at = this.users.get(user);
    if (at === undefined) this.users.set(user, (at = node()));
    for (let i = 0; i < fields; i++) {
      at.next ??= new Map();
      let byId = at.next.get(this.names[i]);
      if (byId === undefined) at.next.set(this.names[i], (byId = new Map()));
      let child = byId.get(this.ids[i]);
      if (child === undefined) byId.set(this.ids[i], (child = node()));
      at = child;
    }
    return (at.page = page);
  }

  /** A new page from the core, for the call of `texts`; `FALL_BACK` if it refuses it. */
  ask(texts) {
    let allowed;
    try {
      allowed = this.core.callTexts(this.model.allowed, texts);
    } catch {
      return FALL_BACK;
    }
    // Bounded whatever the access pattern: full, it starts over.
    if (this.count >= PAGE_CACHE_SIZE) this.refresh();
    this.count++;
    return { texts, allowed: new Set(allowed), denied: new Set() };
  }

  can(user, id, target) {
    const page = this.page(user, target);
    if (page === FALL_BACK || typeof id !== "string") return FALL_BACK;
    if (page.allowed.has(id)) return true;
    if (page.denied.has(id)) return false;
    // An id not in the page: refused there, or no id of the catalog (the core then throws).
    const [userText, targetText] = page.texts;
    const answer = this.core.callTexts(this.model.can, [userText, JSON.stringify(id), targetText]);
    if (!answer) page.denied.add(id);
    return answer;
  }

  allowed(user, target) {
    const page = this.page(user, target);
    return page === FALL_BACK ? FALL_BACK : [...page.allowed];
  }
}
