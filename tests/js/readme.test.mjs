// Every JS example of README.md and docs/*.md runs against the packed package, and the results
// its comments show (`// → value`) are checked; every block of the documentation has a runner.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync, copyFileSync, rmSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readmeBlocks, withExpectations } from "./readme-examples.mjs";

const dir = new URL("./.readme/", import.meta.url);
mkdirSync(dir, { recursive: true });
after(() => rmSync(dir, { recursive: true, force: true }));

/** `expected` matches `actual`: objects by the keys they name, arrays item by item. */
function matches(expected, actual) {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => matches(e, actual[i]));
  if (expected !== null && typeof expected === "object") return actual !== null && typeof actual === "object" && Object.keys(expected).every((k) => matches(expected[k], actual[k]));
  return expected === actual;
}

let checked = 0;
globalThis.__expect = (actual, expected) => {
  assert.ok(matches(expected, actual), `README says ${JSON.stringify(expected)}, the package answers ${JSON.stringify(actual)}`);
  checked++;
};

/** Writes a block as a module next to the package's node_modules and imports it. */
async function run(name, code) {
  const file = new URL(`${name}.mjs`, dir);
  writeFileSync(file, code);
  return import(pathToFileURL(file.pathname).href);
}

const blocks = readmeBlocks().filter((b) => b.lang === "js");

test("every code block of the documentation is one the suites run", () => {
  // sh: the commands the Makefile tests run; rust: doctests (src/lib.rs includes the pages);
  // ts: types.test.mjs; jsx react and vue: frameworks.test.mjs; html: browser.test.mjs; js vite:
  // below, as a Vite build's config.
  const runners = new Set(["js node", "js page", "js worker", "js vite", "jsx react", "html ", "vue ", "ts ", "rust ", "sh "]);
  for (const block of readmeBlocks()) assert.ok(runners.has(`${block.lang} ${block.context}`), `${block.file}: a \`\`\`${block.lang} ${block.context} block nothing runs`);
  assert.deepEqual(blocks.filter((b) => b.file === "README.md").map((b) => b.context), ["node", "worker", "worker"]);
  assert.equal(blocks.filter((b) => b.context === "page").length, 1);
  assert.ok(blocks.filter((b) => b.context === "node").length >= 8);
});

blocks.filter((b) => b.context === "node").forEach((block, i) => {
  test(`${block.file}: Node example ${i + 1}`, async () => {
    const { code, count } = withExpectations(block.code);
    assert.ok(count >= 1);
    const before = checked;
    await run(`node-${i}`, code);
    assert.equal(checked - before, count, "every commented result was reached");
  });
});

test("docs: the Vite config with portcullis/vite builds pages that preload the module", async () => {
  const config = blocks.filter((b) => b.context === "vite");
  assert.equal(config.length, 1, "the docs show one Vite config");
  const file = new URL("vite.config.mjs", dir);
  writeFileSync(file, config[0].code);
  const { build } = await import("vite");
  // The tiny app of browser.test.mjs, built with the documented config and nothing else.
  const outDir = new URL("vite-dist/", dir).pathname;
  await build({ configFile: file.pathname, root: new URL("./vite-app/", import.meta.url).pathname, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const wasm = readdirSync(join(outDir, "assets")).filter((name) => name.endsWith(".wasm"));
  assert.equal(wasm.length, 1);
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  assert.deepEqual(html.match(/<link rel="preload"[^>]*>/g), [`<link rel="preload" href="/assets/${wasm[0]}" as="fetch" type="application/wasm" crossorigin>`]);
});

test("README: hiding and disabling buttons in a page", async () => {
  const policy = {
    licensed: true,
    roles: { deployer: { deployment: ["read", "create", "cancel"], service: ["read"] } },
    members: [{ userId: "u1", role: "owner" }, { userId: "u3", role: "deployer", accessedServices: ["s1"] }],
  };
  const button = (permission, whenDenied) => ({ dataset: { permission, ...(whenDenied ? { whenDenied } : {}) }, hidden: false, disabled: false, title: "" });
  const buttons = [button("deployment.create"), button("service.delete", "hide"), button("domain.create")];
  const saved = { fetch: globalThis.fetch, document: globalThis.document };
  // The server: the full entry cuts the signed-in user's slice.
  const { Dokploy: ServerDokploy } = await import("portcullis");
  const server = ServerDokploy.load(policy);
  const answers = { "/api/session": JSON.stringify({ userId: "u3", serviceId: "s1" }), "/api/policy": server.sliceJSON("u3") };
  globalThis.fetch = async (url) => (assert.ok(url in answers, url), new Response(answers[url]));
  globalThis.document = { querySelectorAll: (selector) => (assert.equal(selector, "[data-permission]"), buttons) };
  try {
    await run("page", blocks.find((b) => b.context === "page").code);
  } finally {
    Object.assign(globalThis, saved);
  }
  assert.deepEqual(buttons.map((b) => [b.disabled, b.hidden]), [[false, false], [true, true], [true, false]]);
  assert.equal(buttons[0].title, "");
  assert.match(buttons[1].title, /role `deployer` does not include `service.delete`/);
});

test("README: gating Portainer requests in a Worker", async () => {
  copyFileSync(new URL("./edge/portainer-policy.json", import.meta.url), new URL("portainer-policy.json", dir));
  const worker = (await run("worker-portainer", blocks.filter((b) => b.context === "worker")[0].code)).default;
  const saved = globalThis.fetch;
  globalThis.fetch = async (request) => new Response(`proxied ${new URL(request.url).pathname}`);
  try {
    const start = (user, version = "/v1.41") => new Request(`https://portainer.example/api/endpoints/e1/docker${version}/containers/web-1/start`, { method: "POST", headers: { "x-user": user } });
    const denied = await worker.fetch(start("3"));
    assert.equal(denied.status, 403);
    const body = await denied.json();
    assert.equal(body.code, "no_resource_access");
    assert.deepEqual(body.control, { source: "stack", resourceType: "stack", resourceId: "web" });
    const allowed = await worker.fetch(start("2"));
    assert.equal(await allowed.text(), "proxied /api/endpoints/e1/docker/v1.41/containers/web-1/start");
    assert.equal((await worker.fetch(start("2", ""))).status, 200, "without the version prefix too");
    const prune = await worker.fetch(new Request("https://portainer.example/api/endpoints/e1/docker/containers/prune", { method: "POST", headers: { "x-user": "2" } }));
    assert.equal(prune.status, 403);
    assert.equal((await prune.json()).code, "role_required", "Portainer keeps pruning to its administrator");
  } finally {
    globalThis.fetch = saved;
  }
});

test("README: gating Dokploy requests in a Worker", async () => {
  copyFileSync(new URL("./edge/policy.json", import.meta.url), new URL("policy.json", dir));
  const worker = (await run("worker-dokploy", blocks.filter((b) => b.context === "worker")[1].code)).default;
  const saved = globalThis.fetch;
  const seen = [];
  globalThis.fetch = async (request) => (seen.push(await request.text()), new Response("deployed"));
  try {
    const deploy = (applicationId) => new Request("https://dokploy.example/api/trpc/application.deploy", {
      method: "POST",
      headers: { "x-user": "ci", "content-type": "application/json" },
      body: JSON.stringify({ json: { applicationId } }),
    });
    const allowed = await worker.fetch(deploy("api"));
    assert.equal(await allowed.text(), "deployed");
    assert.deepEqual(seen, [JSON.stringify({ json: { applicationId: "api" } })], "the body still reaches Dokploy");
    const denied = await worker.fetch(deploy("db"));
    assert.equal(denied.status, 403);
    assert.deepEqual(await denied.json(), { code: "out_of_scope", reason: "service `db` is not in the `accessedServices` of `ci`", trpc: "UNAUTHORIZED" });
  } finally {
    globalThis.fetch = saved;
  }
});
