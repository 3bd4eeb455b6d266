// The error every portcullis call throws: a real Error subclass that keeps the machine-readable
// `code` and the JSON `path` of the offending value, so callers never parse messages.
//
// Each runtime entry is one self-contained module (a fresh process resolves and loads every
// module an import reaches, about a millisecond each on a cold start), so each holds this
// code. The class is still one per realm: the first entry to run registers it under a
// registered symbol on `globalThis` (not enumerable), and every other entry, or copy of the
// package in the same bundle, takes that one. `instanceof` and `===` hold across them all.
const KEY = Symbol.for("portcullis.PortcullisError");

class PortcullisErrorClass extends Error {
  constructor(code, message, path) {
    super(message);
    this.name = "PortcullisError";
    this.code = code;
    this.path = path;
  }
}
// Its name survives the entries' minification.
Object.defineProperty(PortcullisErrorClass, "name", { value: "PortcullisError" });

function registered() {
  const held = globalThis[KEY];
  if (typeof held === "function") return held;
  try {
    Object.defineProperty(globalThis, KEY, { value: PortcullisErrorClass });
  } catch {
    // A frozen global object (a hardened realm): this entry keeps its own class.
  }
  return PortcullisErrorClass;
}

export const PortcullisError = registered();
