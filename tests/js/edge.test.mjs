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

test("Cloudflare workerd (miniflare): a Worker in front of stand-in Docker and Dokploy APIs passes what the user may do and refuses the rest with the code", async () => {
  const script = await bundle("gate-worker.js", ["workerd", "worker", "browser"], { external: ["*.wasm"] });
  const upstream = [];
  const mf = new Miniflare({
    modules: [
      { type: "ESModule", path: join(here, "edge", "gate-worker.mjs"), contents: script },
      { type: "CompiledWasm", path: join(here, "edge", "portcullis_bg.wasm"), contents: await wasmBytes() },
    ],
    compatibilityDate: "2025-01-01",
    // The stand-ins: whatever the gate passes on reaches them, and they say what they received.
    outboundService: async (request) => {
      const url = new URL(request.url);
      upstream.push(`${request.method} ${url.host}${url.pathname}`);
      return url.host.startsWith("dokploy.")
        ? Response.json([{ result: { data: { json: true } } }])
        : url.pathname.endsWith("/create")
          ? Response.json({ Id: "4f1c", Warnings: [] }, { status: 201 })
          : new Response(null, { status: 204 });
    },
  });
  const send = (url, user, init = {}) => mf.dispatchFetch(url, { ...init, headers: { "x-user": user, "content-type": "application/json", ...init.headers } });
  try {
    const docker = "https://portainer.example/api/endpoints/3/docker";
    assert.equal((await send(`${docker}/v1.45/containers/web-1/start`, "2", { method: "POST" })).status, 204);
    assert.equal((await send(`${docker}/containers/web-1/stop`, "2", { method: "POST" })).status, 204, "unversioned");
    const adminsOnly = await send(`${docker}/v1.45/containers/db-1/start`, "2", { method: "POST" });
    assert.equal(adminsOnly.status, 403);
    assert.equal((await adminsOnly.json()).code, "no_resource_access");
    const privileged = JSON.stringify({ Image: "alpine", HostConfig: { Privileged: true } });
    const refused = await send(`${docker}/v1.45/containers/create?name=x`, "2", { method: "POST", body: privileged });
    assert.equal(refused.status, 403);
    assert.match((await refused.json()).reason, /privileged/);
    assert.equal((await send(`${docker}/v1.45/containers/create?name=x`, "1", { method: "POST", body: privileged })).status, 201, "the administrator is not bound");
    const bind = await send(`${docker}/containers/create`, "2", { method: "POST", body: JSON.stringify({ HostConfig: { Binds: ["/:/host"] } }) });
    assert.equal((await bind.json()).code, "security_setting");
    const prune = await send(`${docker}/containers/prune`, "2", { method: "POST" });
    assert.equal(prune.status, 403);
    assert.equal((await prune.json()).code, "role_required", "Portainer keeps pruning to its administrator");
    assert.equal((await send(`${docker}/containers/prune`, "1", { method: "POST" })).status, 204, "whom it lets through");
    const unknown = await send(`${docker}/auth`, "1", { method: "POST", body: JSON.stringify({ username: "u" }) });
    assert.equal((await unknown.json()).code, "unknown_route", "an unknown route is refused, even to the administrator");

    const dokploy = "https://dokploy.example/api/trpc";
    const batch = (ids) => send(`${dokploy}/${ids.map(() => "application.deploy").join(",")}?batch=1`, "ci", {
      method: "POST",
      body: JSON.stringify(Object.fromEntries(ids.map((id, i) => [i, { json: { applicationId: id } }]))),
    });
    assert.equal((await batch(["api"])).status, 200);
    const mixed = await batch(["api", "db"]);
    assert.equal(mixed.status, 403);
    assert.equal((await mixed.json()).code, "out_of_scope");
    const query = await send(`${dokploy}/application.one?input=${encodeURIComponent(JSON.stringify({ json: { applicationId: "api" } }))}`, "ci");
    assert.equal(query.status, 200);
    const admin = await send(`${dokploy}/admin.setupMonitoring`, "ci", { method: "POST", body: JSON.stringify({ json: {} }) });
    assert.equal((await admin.json()).code, "role_required");
    const big = await send(`${dokploy}/application.deploy`, "ci", { method: "POST", body: JSON.stringify({ json: { applicationId: "api", pad: "x".repeat(1100000) } }) });
    assert.equal(big.status, 413);
    assert.equal((await big.json()).code, "limit_exceeded");

    assert.deepEqual(upstream, [
      "POST portainer.example/api/endpoints/3/docker/v1.45/containers/web-1/start",
      "POST portainer.example/api/endpoints/3/docker/containers/web-1/stop",
      "POST portainer.example/api/endpoints/3/docker/v1.45/containers/create",
      "POST portainer.example/api/endpoints/3/docker/containers/prune",
      "POST dokploy.example/api/trpc/application.deploy",
      "GET dokploy.example/api/trpc/application.one",
    ], "only what the user may do reached the APIs");
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
