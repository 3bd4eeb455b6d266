// A product entry's memo of `can` and `allowed`: a page is every id the core allows one user
// on one target, asked once per (user, target), and the ids the core refused there, each asked
// once; kept until the state changes. A page that gates a handful of buttons asks for it once;
// the full entry's fast path would cost more bytes than it saves there. Nothing here decides: a
// call it cannot answer from a page goes to the core, which answers or refuses it.
import { FALL_BACK, PAGE_CACHE_SIZE } from "./class.js";
import { valueText } from "./host.js";

export class Pages {
  constructor(core, positions) {
    this.core = core;
    this.model = positions;
    this.pages = new Map();
  }

  get size() { return this.pages.size; }

  refresh() { this.pages.clear(); }

  /** The page of (`user`, `target`), or `FALL_BACK` when the core refuses the call (it then
   *  says why, through the call itself). */
  page(user, target) {
    if (typeof user !== "string") return FALL_BACK;
    // The arguments as the core reads them, read once: the key of the page, and what is sent.
    const texts = [JSON.stringify(user), target === undefined ? "" : this.core.read(() => valueText(target))];
    const key = texts.join("\n");
    let page = this.pages.get(key);
    if (page === undefined) {
      try {
        page = { texts, allowed: new Set(this.core.callTexts(this.model.allowed, texts)), denied: new Set() };
      } catch {
        return FALL_BACK;
      }
      if (this.pages.size >= PAGE_CACHE_SIZE) this.pages.clear();
      this.pages.set(key, page);
    }
    return page;
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
