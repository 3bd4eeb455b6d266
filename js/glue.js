// Instantiating a build's module: the four imports its bindings (src/wasm/, declared through
// wasm-bindgen) name, and the forms a runtime hands a module over in. It stands in for
// wasm-bindgen's generated glue, whose general machinery — a JS class per exported Rust type,
// strings passed both ways, a finalizer per object, deprecation warnings — an entry would ship
// and never run: js/host.js calls the exports by their names. The imports are matched by the
// names wasm-bindgen gives them (a stable prefix and a hash of the signature); a module that
// asks for anything else is refused when it is instantiated, never half-run.

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** The exports of the instantiated module (one per entry). */
let exports;
let bytes = null;

/** A view of the module's memory, made again when the memory has grown. */
export function memory() {
  // A grown memory detaches the buffer a view was made on, which leaves the view empty: the
  // one test needed, where reading `memory.buffer` costs every call of the hot path.
  if (bytes === null || bytes.length === 0) bytes = new Uint8Array(exports.memory.buffer);
  return bytes;
}

/** The UTF-8 text of `length` bytes at `at` of the module's memory. */
export function text(at, length) {
  return decoder.decode(memory().subarray(at >>> 0, (at >>> 0) + length));
}

/** What each import the bindings use does, by the start of its name. */
const IMPORTS = [
  // A number's shortest round-trip text (the core writes JSON numbers as JS does), into
  // memory the module allocates; its address and length at `out`.
  ["__wbg_String_", (out, number) => {
    const written = String(number);
    const at = exports.__wbindgen_malloc(written.length, 1) >>> 0;
    const m = memory();
    for (let i = 0; i < written.length; i++) m[at + i] = written.charCodeAt(i);
    const view = new DataView(exports.memory.buffer);
    view.setInt32((out >>> 0) + 4, written.length, true);
    view.setInt32(out >>> 0, at, true);
  }],
  // A JSON number's text as the nearest double, as `JSON.parse` reads it.
  ["__wbg_parseFloat_", (at, length) => parseFloat(text(at, length))],
  // A bug in the module (a panic, or a borrow the bindings refuse): never an input's fault.
  ["__wbg___wbindgen_throw_", (at, length) => {
    throw new Error(text(at, length));
  }],
  // The table of JS values wasm-bindgen reserves, with its constants in their places.
  ["__wbindgen_init_externref_table", () => {
    const table = exports.__wbindgen_externrefs;
    table.set(0, undefined);
    table.set(1024, undefined);
    table.set(1025, null);
    table.set(1026, true);
    table.set(1027, false);
  }],
];

/** The import object `module` asks for. */
function importsOf(module) {
  const imports = {};
  for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
    const known = kind === "function" && IMPORTS.find(([prefix]) => name.startsWith(prefix));
    if (!known) throw new Error(`portcullis: the module imports \`${from}.${name}\`, which this package's JS does not provide; its .wasm and JS are from different builds`);
    (imports[from] ??= {})[name] = known[1];
  }
  return imports;
}

/** Runs the instantiated module's start (it fills the table of JS values) and keeps its exports. */
function started(instance) {
  exports = instance.exports;
  bytes = null;
  exports.__wbindgen_start();
  return exports;
}

/** Instantiates the module once, from its bytes or a compiled `WebAssembly.Module` (alone or
 *  as `{ module }`); later calls return the same exports. */
export function initSync(input) {
  if (exports !== undefined) return exports;
  const given = input !== null && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype ? input.module : input;
  const module = given instanceof WebAssembly.Module ? given : new WebAssembly.Module(given);
  return started(new WebAssembly.Instance(module, importsOf(module)));
}

let starting;

/** Instantiates the module once, from a URL (a string, `URL` or `Request`, fetched), a fetch
 *  `Response`, its bytes or a compiled module — alone, as `{ module_or_path }`, or a promise
 *  of any — or, without one, from `fallback`; later calls return the same exports. */
export function init(input, fallback) {
  if (exports !== undefined) return Promise.resolve(exports);
  starting ??= compile(input, fallback).then(async (module) => {
    const instance = await WebAssembly.instantiate(module, importsOf(module));
    return exports ?? started(instance);
  }).catch((error) => {
    starting = undefined;
    throw error;
  });
  return starting;
}

async function compile(input, fallback) {
  let given = await input;
  if (given !== null && typeof given === "object" && Object.getPrototypeOf(given) === Object.prototype) given = await given.module_or_path;
  given ??= fallback;
  if (typeof given === "string" || given instanceof URL || (typeof Request === "function" && given instanceof Request)) given = await fetch(given);
  if (given instanceof WebAssembly.Module) return given;
  if (typeof Response === "function" && given instanceof Response) {
    if (!given.ok) throw new Error(`portcullis: fetching the module failed: ${given.status} ${given.statusText} (${given.url})`);
    if (typeof WebAssembly.compileStreaming === "function") {
      try {
        return await WebAssembly.compileStreaming(given);
      } catch (error) {
        // A server that does not say `application/wasm` costs the streaming compile, not the
        // page: the bytes are compiled as they are, as wasm-bindgen's glue does.
        if (given.headers.get("Content-Type") === "application/wasm" || given.bodyUsed) throw error;
        console.warn("portcullis: the module is not served as `application/wasm`, so it is compiled after it has arrived rather than while it arrives:", error);
      }
    }
    return WebAssembly.compile(await given.arrayBuffer());
  }
  return WebAssembly.compile(given);
}
