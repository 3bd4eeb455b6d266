// The boundary every entry shares: the wasm module's one `Host` object, a call's arguments
// written into its memory as JSON text, and its answers read back as JSON text. Nothing here
// decides, or checks more than JSON can say: a value JSON cannot hold becomes a marker that the
// core refuses with its path and message (`core::parse::check_host`), so every build refuses
// every bad argument alike, and with the core's words.
import { PortcullisError } from "./errors.js";
import { memory, text } from "./glue.js";

/** In an argument's length, the bit that marks a state's own JSON text. */
const STATE_TEXT = 2 ** 31;
/** How deep and how long a call argument is followed (`core::parse`'s MAX_ARGUMENT_*). */
const ARGUMENT_DEPTH = 64;
const ARGUMENT_ENTRIES = 1_000_000;
/** A state object that is not plain JSON is followed past any `maxDepth` a load accepts (at
 *  most 100): the core's limits refuse it first. */
const STATE_DEPTH = 101;
const STATE_ENTRIES = 2 ** 24;

const encoder = new TextEncoder();

/** The module's exports and its `Host` (the address the bindings' `host_*` exports take), once
 *  the entry has instantiated it (js/glue.js). Results cross as i32: `>>> 0` reads them as the
 *  u32 they are. */
let wasm = null;
let host = null;

/** Called by each entry with what instantiating its module gave. */
export function connect(exports) {
  if (wasm !== exports) {
    wasm = exports;
    host = exports.host_new();
  }
}

function live() {
  if (host === null) throw new Error("portcullis: the module is not instantiated yet; `await init()` first (the `web` entry)");
  return host;
}

/** What a getter or a Proxy trap threw, in the words the core reports. */
function thrownMessage(error) {
  if ((typeof error === "object" && error !== null) || typeof error === "function") {
    try {
      const message = error.message;
      if (typeof message === "string") return message;
    } catch {
      // A `message` getter that throws tells nothing either.
    }
  }
  return "an exception";
}

/**
 * `value` as the JSON text the core reads: the same walk a JSON reader of the value makes
 * (own enumerable keys, array items by index), with a marker where it meets what JSON cannot
 * hold — `?s` a symbol, bigint or function, `?n` NaN or an infinity, `?d` nesting past
 * `maxDepth` (a cycle), `?l<n>` an array or object of more than `maxEntries` entries, `?t` and
 * the message of a getter or Proxy trap that threw.
 */
export function valueText(value, maxDepth = ARGUMENT_DEPTH, maxEntries = ARGUMENT_ENTRIES) {
  let out = "";
  const write = (item, depth) => {
    switch (typeof item) {
      case "undefined":
        out += "null";
        return;
      case "boolean":
        out += item ? "true" : "false";
        return;
      case "number":
        out += Number.isFinite(item) ? JSON.stringify(item) : "?n";
        return;
      case "string":
        out += JSON.stringify(item);
        return;
      case "object":
        if (item === null) {
          out += "null";
          return;
        }
        break;
      default:
        out += "?s";
        return;
    }
    if (depth >= maxDepth) {
      out += "?d";
      return;
    }
    let keys = null;
    let length;
    try {
      if (Array.isArray(item)) {
        const claimed = item.length;
        length = typeof claimed === "number" && claimed > 0 ? Math.min(Math.floor(claimed), 2 ** 32 - 1) : 0;
      } else {
        keys = Object.keys(item);
        length = keys.length;
      }
    } catch (error) {
      out += "?t" + JSON.stringify(thrownMessage(error));
      return;
    }
    if (length > maxEntries) {
      out += "?l" + length;
      return;
    }
    out += keys === null ? "[" : "{";
    for (let i = 0; i < length; i++) {
      if (i > 0) out += ",";
      if (keys !== null) out += JSON.stringify(keys[i]) + ":";
      let entry;
      try {
        entry = item[keys === null ? i : keys[i]];
      } catch (error) {
        out += "?t" + JSON.stringify(thrownMessage(error));
        continue;
      }
      write(entry, depth + 1);
    }
    out += keys === null ? "]" : "}";
  };
  write(value, 0);
  return out;
}

/** JSON.stringify's replacer that refuses what JSON cannot hold instead of dropping it. */
function strictJson(_key, value) {
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("not JSON");
      return value;
    case "bigint":
    case "symbol":
    case "function":
      throw new TypeError("not JSON");
    default:
      return value;
  }
}

/** A state as `[text, flag]`: JSON text as given; a plain object as the engine's JSON text
 *  (much faster than any walk of it); anything else as the argument text of the value, for the
 *  core to refuse with the path of what JSON cannot hold. */
export function stateText(state) {
  if (typeof state === "string") return [state, STATE_TEXT];
  if (state !== null && typeof state === "object") {
    try {
      return [JSON.stringify(state, strictJson), STATE_TEXT];
    } catch {
      // A cycle, a symbol, NaN, a getter that threw: the walk finds it and its path.
    }
  }
  return [valueText(state, STATE_DEPTH, STATE_ENTRIES), 0];
}

/** The host's input as JS last reserved it (its address and size). A call of the hot path
 *  writes its ids where the last one did, crossing no further. */
let inputAt = 0;
let inputRoom = 0;

/** At least `room` bytes of input. */
function reserve(room) {
  if (room > inputRoom) {
    inputAt = wasm.host_input(live(), room) >>> 0;
    inputRoom = room;
  }
}

/** Forgets the input reserved: the host lets it go when it holds no authorizer any more. */
function forgetInput() {
  inputAt = 0;
  inputRoom = 0;
}

/** Writes `text` at `offset` of the input; its length in bytes. Short ASCII text (every id of
 *  a check, mostly) is copied as it is; anything else goes through the engine's encoder. */
function put(text, offset) {
  const m = memory();
  const at = inputAt + offset;
  const n = text.length;
  if (n <= 64) {
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f) break;
      m[at + i] = c;
    }
    if (i === n) return n;
  }
  const { read, written } = encoder.encodeInto(text, m.subarray(at, inputAt + inputRoom));
  return read === n ? written : -1;
}

/** Writes `texts` one after the other into the input; their lengths in bytes, each with its
 *  `flags`. A large text gets room for one byte a character first (states are mostly ASCII),
 *  three when that was short. */
function write(texts, flags) {
  let total = 0;
  for (const text of texts) total += text.length;
  reserve(total > 1 << 20 ? total : 3 * total);
  for (;;) {
    let offset = 0;
    const lengths = [];
    for (let i = 0; i < texts.length; i++) {
      const written = put(texts[i], offset);
      if (written < 0) break;
      offset += written;
      lengths.push(written + (flags?.[i] ?? 0));
    }
    if (lengths.length === texts.length) return lengths;
    reserve(3 * total);
  }
}

/** The last answer's JSON text. */
function outputText() {
  return text(wasm.host_output(host), wasm.host_outputLength(host) >>> 0);
}

/** The last answer, or the error the last call was refused with, thrown. */
function answer(status) {
  const value = JSON.parse(outputText());
  if (status === 0) return value;
  throw new PortcullisError(value.code, value.message, value.path);
}

/** Up to four call arguments as their texts (`undefined` crosses as nothing). */
function argumentTexts(a, b, c, d) {
  return [a, b, c, d].map((value) => (value === undefined ? "" : valueText(value)));
}

function release(number) {
  if (host === null) return;
  wasm.host_release(host, number);
  forgetInput();
}

// Numbers of authorizers no longer reachable from JS: their memory goes back to the module
// (where the runtime collects them at all; workerd has no FinalizationRegistry: `free()`).
const released = typeof FinalizationRegistry === "function"
  ? new FinalizationRegistry((number) => release(number))
  : { register() {}, unregister() {} };

/** One loaded authorizer of the module, by its number there. */
export class Core {
  constructor(number) {
    this.number = number;
    /** How many calls are reading their arguments: a getter or Proxy trap may call back in,
     *  and a change then is refused (`changing`), as the state an argument was read against
     *  must be the state the call is decided on. */
    this.reading = 0;
    released.register(this, number, this);
  }

  /** Reads a call's arguments (or a target, for a memo) with `read`. */
  read(read) {
    this.reading++;
    try {
      return read();
    } finally {
      this.reading--;
    }
  }

  /** Refuses a change while arguments are being read: the getter that asked for it throws,
   *  and the call being read is refused with the path of that getter's value. */
  changing() {
    if (this.reading > 0) {
      throw new PortcullisError("invalid_argument", "the state cannot change while a call's arguments are read", "");
    }
  }

  /** Loads `input` with the `open` entry point at `position` of `model` (0 Dokploy, 1
   *  Portainer) under `options`. */
  static open(model, position, input, options) {
    const [state, flag] = stateText(input);
    const [optionsLength, stateLength] = write([options === undefined ? "" : valueText(options), state], [0, flag]);
    const number = wasm.host_open(live(), model, position, optionsLength, stateLength) >>> 0;
    if (number === 0) answer(1);
    return new Core(number);
  }

  /** A `static` entry point of `model`. */
  static callStatic(model, position, a, b, c, d) {
    const [l0, l1, l2, l3] = write(argumentTexts(a, b, c, d));
    return answer(wasm.host_callStatic(host, model, position, l0, l1, l2, l3));
  }

  /** A `read` or `change` entry point; `stateFirst`: its first argument is a whole state
   *  (`replace`), which crosses as a state does. */
  call(position, a, b, c, d, stateFirst = false) {
    const texts = this.read(() => argumentTexts(a, b, c, d));
    const flags = [0, 0, 0, 0];
    if (stateFirst) [texts[0], flags[0]] = this.read(() => stateText(a));
    const [l0, l1, l2, l3] = write(texts, flags);
    return answer(wasm.host_call(live(), this.number, position, l0, l1, l2, l3));
  }

  /** A `read` entry point with its arguments' texts written already (`valueText`): for a
   *  caller that keys what it remembers by the very text the core reads. */
  callTexts(position, texts) {
    const [l0 = 0, l1 = 0, l2 = 0, l3 = 0] = write(texts);
    return answer(wasm.host_call(live(), this.number, position, l0, l1, l2, l3));
  }

  free() {
    if (this.number === 0) return;
    released.unregister(this);
    release(this.number);
    this.number = 0;
  }
}

// The checks' fast paths (js/authorizer.js, js/pages.js): the user and the target's ids as
// bytes, one after the other in the input, the answer as a number. Functions rather than
// methods of `Core`, so that an entry drops what its memo does not use.

/** The lengths `writeIds` wrote last: one array for every call. */
const lengths = [0, 0, 0, 0, 0, 0, 0];

/** Writes `lead`, `user` and then each of `values` (an absent one empty) into the input; the
 *  lengths in bytes, in that order. */
function writeIds(lead, user, values) {
  let room = lead.length + user.length;
  for (let i = 0; i < values.length; i++) room += values[i]?.length ?? 0;
  reserve(3 * room);
  let offset = (lengths[0] = lead === "" ? 0 : put(lead, 0));
  offset += lengths[1] = put(user, offset);
  for (let i = 0; i < 5; i++) {
    const value = i < values.length ? values[i] : undefined;
    const length = value === undefined ? 0 : put(value, offset);
    offset += length;
    lengths[i + 2] = length;
  }
  return lengths;
}

/** The catalog index `Host.canIds` takes for a permission named by its id. */
const BY_ID = 2 ** 32 - 1;

/** `can` of `user` with the permission `id` on the target of `values` (ids in the model's
 *  field order), decided by `core`: 1 allowed, 0 not, 2 refused (the core's call says why). */
export function canId(core, id, user, values) {
  const [i, u, l0, l1, l2, l3, l4] = writeIds(id, user, values);
  return wasm.host_canIds(host, core.number, BY_ID, i, u, l0, l1, l2, l3, l4);
}

/** `canId` with the permission at `index` of the catalog (the full build). */
export function canIds(core, index, user, values) {
  const [, u, l0, l1, l2, l3, l4] = writeIds("", user, values);
  return wasm.host_canIds(host, core.number, index, 0, u, l0, l1, l2, l3, l4);
}

/** The page of `user` on the target of `values` as its four words of bits, or `null` when
 *  `core` refuses it (the full build). */
export function allowedIds(core, user, values) {
  const [, u, l0, l1, l2, l3, l4] = writeIds("", user, values);
  if (wasm.host_allowedIds(host, core.number, u, l0, l1, l2, l3, l4) !== 0) return null;
  return [wasm.host_word(host, 0), wasm.host_word(host, 1), wasm.host_word(host, 2), wasm.host_word(host, 3)];
}

/** What a build says of itself (`Host.describe`): 0 the version, 1 Dokploy's permission ids,
 *  3 Portainer's operation ids, 5 to 7 the decision, error and warning codes. */
export function describe(what) {
  return answer(wasm.host_describe(live(), what));
}
