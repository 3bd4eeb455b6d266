// A product entry's memo of `can` and `allowed`: a page is every id the core allows one user
// on one target, asked once per (user, target) and kept until the state changes. A page that
// gates a handful of buttons asks for it once; the full entry's handles would cost more bytes
// than they save there. Nothing here decides: a call it cannot answer from a page goes to the
// core, which answers or refuses it.
import { FALL_BACK, PAGE_CACHE_SIZE } from "./class.js";
import { valueText } from "./host.js";

export class Pages {
  constructor(core, model) {
    this.core = core;
    this.model = model;
    this.pages = new Map();
  }

  get size() { return this.pages.size; }

  refresh() { this.pages.clear(); }

  /** The page of (`user`, `target`): the ids allowed, as a set; `FALL_BACK` when the core
   *  refuses the call (it then says why, through the call itself). */
  page(user, target) {
    if (typeof user !== "string") return FALL_BACK;
    // The target as the core reads it, read once: the key of its page, and what is sent.
    const text = target === undefined ? "" : this.core.read(() => valueText(target));
    const key = JSON.stringify(user) + "\n" + text;
    let page = this.pages.get(key);
    if (page === undefined) {
      try {
        page = new Set(this.core.callTexts(this.model.allowed, [JSON.stringify(user), text]));
      } catch {
        return FALL_BACK;
      }
      if (this.pages.size >= PAGE_CACHE_SIZE) this.pages.clear();
      this.pages.set(key, page);
    }
    return page;
  }

  can(user, id, target) {
    if (!this.model.index.has(id)) return FALL_BACK;
    return this.page(user, target)?.has(id);
  }

  allowed(user, target) {
    const page = this.page(user, target);
    return page === FALL_BACK ? FALL_BACK : [...page];
  }
}
