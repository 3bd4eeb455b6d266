// What the public classes of API.md share over a wasm core, in every entry: the core, the
// listeners of `subscribe`, `free()`, and the methods installed from the generated table of
// entry points. `can` and `allowed` go through a memo of the core's answers (the full entry's
// slots, a product entry's pages), which answers only from what the core computed and hands
// everything it cannot read to the core.
import { PortcullisError } from "./errors.js";
import { Core } from "./host.js";

/** What a memo answers when it cannot: the core then reads the call itself and answers or
 *  refuses it. */
export const FALL_BACK = undefined;

/** How many answers a memo keeps at most; when full it starts over, so memory stays bounded
 *  whatever the access pattern. */
export const PAGE_CACHE_SIZE = 4096;

function freed() {
  return new PortcullisError("freed", "this authorizer was freed; load the state again", "");
}

// The product classes reach their authorizer's core through these, set once by `Authorizer`;
// they are not exported, so a caller holds no way around `free()` or the memo.
let live;
let changed;

/** What both product classes share: the core, the memo of its answers, `can` and `allowed`
 *  on it, `subscribe` and `free()`. Every other method is installed from the table. */
class Authorizer {
  #core;
  #memo;
  /** The listeners of `subscribe`, each in its own entry (one function may subscribe twice). */
  #listeners = new Set();

  constructor(core, memo) {
    this.#core = core;
    this.#memo = memo;
  }

  static {
    live = (authorizer) => {
      if (authorizer.#core === null) throw freed();
      return authorizer.#core;
    };
    // After a change: every remembered answer forgotten, and every listener told. A listener
    // that throws is reported and the others still run.
    changed = (authorizer) => {
      authorizer.#memo.refresh();
      for (const entry of [...authorizer.#listeners]) {
        if (!authorizer.#listeners.has(entry)) continue;
        try {
          entry.listener();
        } catch (error) {
          (globalThis.reportError ?? console.error)(error);
        }
      }
    };
  }

  /** Runs `listener` after every change of state (each mutator that succeeds, each
   *  `replace`), never after a refused one; returns the function that unsubscribes it. */
  subscribe(listener) {
    if (typeof listener !== "function") {
      throw new PortcullisError("invalid_argument", "`listener` must be a function", "listener");
    }
    live(this);
    const entry = { listener };
    this.#listeners.add(entry);
    return () => { this.#listeners.delete(entry); };
  }

  can(user, id, target) {
    if (this.#core === null) throw freed();
    return this.#memo.can(user, id, target) ?? this.#core.call(this.#memo.model.can, user, id, target);
  }

  allowed(user, target) {
    if (this.#core === null) throw freed();
    return this.#memo.allowed(user, target) ?? this.#core.call(this.#memo.model.allowed, user, target);
  }

  /** How many answers are remembered (at most `PAGE_CACHE_SIZE`): for the package's own
   *  tests, not part of its types. */
  get cachedPages() { return this.#memo.size; }

  /** Frees the wasm memory now rather than when the garbage collector gets to it; every
   *  later call throws `PortcullisError` with code `freed`. */
  free() {
    if (this.#core === null) return;
    this.#core.free();
    this.#core = null;
  }
}

/** A model's public class (`Dokploy`, `Portainer`): the entry points of `table` (generated
 *  from the Rust table) that a build with `features` holds, over `Memo` (a class taking the
 *  core and `{ model, fields, can, allowed }`: the product's number in the module, 0 Dokploy
 *  or 1 Portainer, its target's `fields` in the core's order, and the positions of `can` and
 *  `allowed` in the table). */
export function modelClass(name, model, table, fields, features, Memo) {
  const Class = {
    [name]: class extends Authorizer {
      constructor(core) {
        if (!(core instanceof Core)) throw new TypeError(`create a ${name} authorizer with ${name}.load(state)`);
        super(core, new Memo(core, positions));
      }
    },
  }[name];
  const define = (target, key, value) =>
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
  const positions = { model, fields };
  for (const [key, position, kind, feature, answers] of table) {
    if (feature !== null && !features.includes(feature)) continue;
    switch (kind) {
      case "open":
        define(Class, key, { [key](input, options) { return new Class(Core.open(model, position, input, options)); } }[key]);
        break;
      case "static":
        define(Class, key, { [key](a, b, c, d) { return Core.callStatic(model, position, a, b, c, d); } }[key]);
        define(Class.prototype, key, { [key](a, b, c, d) { live(this); return Core.callStatic(model, position, a, b, c, d); } }[key]);
        break;
      case "read":
        if (key === "can" || key === "allowed") positions[key] = position;
        else define(Class.prototype, key, { [key](a, b, c, d) { return live(this).call(position, a, b, c, d); } }[key]);
        break;
      case "change":
        define(Class.prototype, key, { [key](a, b, c, d) {
          const core = live(this);
          core.changing();
          // A whole state crosses as `load` sends it.
          const answer = core.call(position, a, b, c, d, key === "replace");
          changed(this);
          return answers ? answer : undefined;
        } }[key]);
        break;
    }
  }
  return Class;
}
