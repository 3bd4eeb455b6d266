// The packed package in edge runtimes: Cloudflare's workerd (through miniflare) and Vercel's
// edge-runtime. Each function is bundled the way its platform's tooling does it: esbuild with
// the platform's export condition, the .wasm left to the platform as a compiled module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { EdgeRuntime } from "edge-runtime";

const here = fileURLToPath(new URL(".", import.meta.url));
const packageDir = dirname(createRequire(join(here, "package.json")).resolve("portcullis/package.json"));
/** The module of the package entry `entry` (`portcullis`, `portcullis/dokploy`, …). */
const wasmBytes = (entry = "portcullis") => readFile(join(packageDir, entry.slice("portcullis".length), "portcullis_bg.wasm"));

/** Bundles `edge/<file>` as written (importing `portcullis`), or importing `entry` instead. */
async function bundle(file, conditions, extra = {}, entry = "portcullis") {
  const source = (await readFile(join(here, "edge", file), "utf8")).replace('from "portcullis";', `from "${entry}";`);
  const result = await build({
    stdin: { contents: source, resolveDir: join(here, "edge"), sourcefile: file, loader: "js" },
    absWorkingDir: here,
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions,
    logLevel: "silent",
    ...extra,
  });
  return result.outputFiles[0].text;
}

for (const entry of ["portcullis", "portcullis/dokploy"]) test(`Cloudflare workerd (miniflare): a Worker gates fetch and answers 403 with the reason (${entry})`, async () => {
  // wrangler's rule: `import x from "./y.wasm"` is a CompiledWasm module.
  const script = await bundle("worker.js", ["workerd", "worker", "browser"], { external: ["*.wasm"] }, entry);
  assert.match(script, /from "\.\/portcullis_bg\.wasm"/, "the workerd entry imports the wasm as a module");
  const mf = new Miniflare({
    modules: [
      { type: "ESModule", path: join(here, "edge", "worker.mjs"), contents: script },
      { type: "CompiledWasm", path: join(here, "edge", "portcullis_bg.wasm"), contents: await wasmBytes(entry) },
    ],
    compatibilityDate: "2025-01-01",
  });
  try {
    const allowed = await mf.dispatchFetch("http://worker/deploy?service=api", { headers: { "x-user": "ci" } });
    assert.equal(allowed.status, 200);
    const body = await allowed.json();
    assert.equal(body.via, "deployer");
    assert.match(body.policy, /^sha256:/);

    const denied = await mf.dispatchFetch("http://worker/deploy?service=db", { headers: { "x-user": "ci" } });
    assert.equal(denied.status, 403);
    const reason = await denied.json();
    assert.equal(reason.code, "out_of_scope");
    assert.match(reason.reason, /accessedServices/);

    const missing = await mf.dispatchFetch("http://worker/deploy", { headers: { "x-user": "ci" } });
    assert.equal(missing.status, 403);
    assert.equal((await missing.json()).code, "missing_scope");

    const stranger = await mf.dispatchFetch("http://worker/deploy?service=api", { headers: { "x-user": "mallory" } });
    assert.equal((await stranger.json()).code, "unknown_user");
  } finally {
    await mf.dispose();
  }
});

for (const entry of ["portcullis", "portcullis/portainer"]) test(`Vercel edge-runtime: an edge function gates fetch on a Portainer policy (${entry})`, async () => {
  // Vercel's bundler hands the function a compiled WebAssembly.Module for `import … from "*.wasm"`;
  // the plugin does the same inside the runtime's own realm.
  const wasmAsModule = {
    name: "wasm-as-module",
    setup(b) {
      b.onResolve({ filter: /\.wasm$/ }, (args) => ({ path: args.path, namespace: "wasm-module" }));
      b.onLoad({ filter: /.*/, namespace: "wasm-module" }, () => ({
        contents: "export default new WebAssembly.Module(globalThis.__PORTCULLIS_WASM_BYTES__);",
        loader: "js",
      }));
    },
  };
  const script = await bundle("edge-function.js", ["edge-light", "worker", "browser"], { format: "iife", plugins: [wasmAsModule] }, entry);
  const bytes = new Uint8Array(await wasmBytes(entry));
  const runtime = new EdgeRuntime({
    initialCode: script,
    extend: (context) => Object.assign(context, { __PORTCULLIS_WASM_BYTES__: bytes }),
  });
  const allowed = await runtime.dispatchFetch("http://edge/start?env=e1&container=web-1", { headers: { "x-user": "2" } });
  assert.equal(allowed.status, 200);
  assert.equal(await allowed.text(), "started web-1");
  const denied = await runtime.dispatchFetch("http://edge/start?env=e1&container=web-1", { headers: { "x-user": "3" } });
  assert.equal(denied.status, 403);
  const reason = await denied.json();
  assert.equal(reason.code, "no_resource_access");
  assert.deepEqual(reason.control, { source: "stack", resourceType: "stack", resourceId: "web" });
});
