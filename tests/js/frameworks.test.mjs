// `portcullis/react` and `portcullis/vue` as front-end developers use them: a small app of each,
// built by Vite against the packed tarball and driven in headless Chromium. The React app is
// rendered on the server with the Node entry and hydrated in the page with the Dokploy entry
// and the user's slice. Every gated component counts its renders: a change re-renders exactly
// the components whose answer it changes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, normalize, extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { build as viteBuild } from "vite";
import { build as esbuild } from "esbuild";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { Dokploy } from "portcullis";
import vue from "@vitejs/plugin-vue";
import { readmeBlocks } from "./readme-examples.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** An organization where a custom role (deployer) and a plain member reach the same service. */
const STATE = {
  licensed: true,
  roles: { deployer: { service: ["read"], deployment: ["read"], logs: ["read"] } },
  members: [
    { userId: "olivia", role: "owner" },
    { userId: "ci-bot", role: "deployer", accessedServices: ["shop-api"] },
    { userId: "maya", role: "member", accessedServices: ["shop-api"] },
  ],
};
/** The deployer role, gaining `deployment.create`. */
const DEPLOYER_DEPLOYS = { service: ["read"], deployment: ["read", "create"], logs: ["read"] };

/** Serves `root`, with `index.html` as `page` gives it. */
function serve(root, page) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/") return res.writeHead(200, { "content-type": "text/html" }).end(page);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The built page with the state (and the server's markup) in it. */
async function pageWith(dist, state, user, markup = "") {
  const html = await readFile(join(dist, "index.html"), "utf8");
  const data = JSON.stringify({ state, user }).replaceAll("<", "\\u003c");
  return html.replace("<!--ssr-->", markup).replace("<!--state-->", data);
}

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
after(() => browser?.close());

/** Opens `html` served beside `dist`; every console error or warning is collected. */
async function open(dist, html) {
  const server = await serve(dist, html);
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(m.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  return { page, problems, close: async () => { await page.close(); server.close(); } };
}

const renders = (page) => page.evaluate(() => ({ ...window.__renders }));
/** How many times each component rendered since `before`. */
async function rendersSince(page, before) {
  const now = await renders(page);
  return Object.fromEntries(Object.keys(now).map((name) => [name, now[name] - (before[name] ?? 0)]));
}

test("React: server rendering with the Node entry, hydration with a slice, re-renders only where an answer changes", async () => {
  const root = join(here, "react-app");
  await viteBuild({ configFile: join(root, "vite.config.mjs"), logLevel: "warn" });
  // The same App module, compiled for Node, rendered with the full state.
  const ssr = join(root, "dist-ssr", "App.mjs");
  await esbuild({ entryPoints: [join(root, "App.jsx")], outfile: ssr, format: "esm", jsx: "automatic", logLevel: "error" });
  const { App } = await import(pathToFileURL(ssr).href);
  const full = Dokploy.load(STATE);
  const markup = renderToString(createElement(App, { authorizer: full, user: "ci-bot" }));
  assert.match(markup, /<button id="deploy" disabled="">Deploy<\/button>/);

  const { page, problems, close } = await open(join(root, "dist"), await pageWith(join(root, "dist"), full.slice("ci-bot"), "ci-bot", markup));
  try {
    // Hydrated without a mismatch: the page's markup is the server's, and nothing complained.
    assert.equal(await page.innerHTML("#root"), markup);
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    assert.deepEqual(problems, []);
    // The deployer: no deployment.create, no service.delete, no envVars.read; logs.read granted.
    assert.equal(await page.isDisabled("#deploy"), true);
    assert.equal(await page.isDisabled("#delete"), true);
    assert.match(await page.getAttribute("#delete", "title"), /deployer/);
    assert.equal(await page.textContent("#env"), "no environment variables");
    assert.equal(await page.getAttribute("#why", "data-code"), "granted");
    assert.equal(await page.isDisabled("#new-project"), true);
    assert.deepEqual(await renders(page), { Deploy: 1, Delete: 1, EnvVars: 1, Why: 1, NewProject: 1, Allowed: 1 });

    // The server changes the role and sends a new slice: only Deploy and Allowed change.
    let before = await renders(page);
    full.updateRole("olivia", "deployer", DEPLOYER_DEPLOYS);
    await page.evaluate((slice) => window.__app.authorizer.replace(slice), full.sliceJSON("ci-bot"));
    await page.waitForFunction(() => !document.getElementById("deploy").disabled);
    assert.deepEqual(await rendersSince(page, before), { Deploy: 1, Delete: 0, EnvVars: 0, Why: 0, NewProject: 0, Allowed: 1 });
    assert.match(await page.textContent("#allowed"), /deployment\.create/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }

  // A whole state in the page: switching the user re-renders what differs for the new one.
  const whole = await open(join(root, "dist"), await pageWith(join(root, "dist"), full.toJSON(), "ci-bot"));
  try {
    const { page, problems } = whole;
    let before = await renders(page);
    await page.evaluate(() => window.__app.setUser("maya"));
    await page.waitForFunction(() => document.getElementById("user").textContent === "maya" && document.querySelector("button#env"));
    // maya deploys too (a member, the service in her list) and creates no project, as ci-bot:
    // those two stay; her service.delete and logs.read decisions, env vars and page differ.
    assert.deepEqual(await rendersSince(page, before), { Deploy: 0, Delete: 1, EnvVars: 1, Why: 1, NewProject: 0, Allowed: 1 });
    // A change on the server, the page's state replaced by its answer: maya loses the service
    // from her list.
    before = await renders(page);
    full.updateMemberAccess("olivia", "maya", { accessedServices: [] });
    await page.evaluate((state) => window.__app.authorizer.replace(state), full.toJSON());
    await page.waitForFunction(() => document.getElementById("deploy").disabled);
    const since = await rendersSince(page, before);
    assert.equal(since.Deploy, 1);
    assert.equal(since.NewProject, 0);
    assert.deepEqual(problems, []);
  } finally {
    await whole.close();
  }
});

/** The accessible description Chromium computes for the element with `id`. */
async function accessibleDescription(page, id) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `#${id}` });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
  await cdp.detach();
  return nodes[0]?.description?.value ?? "";
}

test("Vue: composables and v-can follow the state and the user; re-renders only where an answer changes", async () => {
  const root = join(here, "vue-app");
  await viteBuild({ configFile: join(root, "vite.config.mjs"), logLevel: "warn" });
  const full = Dokploy.load(STATE);
  const { page, problems, close } = await open(join(root, "dist"), await pageWith(join(root, "dist"), full.toJSON(), "ci-bot"));
  try {
    assert.equal(await page.isDisabled("#Deploy"), true);
    assert.equal(await page.isDisabled("#Delete"), true);
    assert.equal(await page.textContent("#summary"), "may not deploy");
    // v-can: disabled with the decision's reason as the accessible description; .hide hides.
    assert.equal(await page.isDisabled("#v-delete"), true);
    assert.match(await accessibleDescription(page, "v-delete"), /^no_permission: .*deployer/);
    assert.equal(await page.isDisabled("#v-logs"), false);
    assert.match(await accessibleDescription(page, "v-logs"), /^granted: /);
    assert.equal(await page.isHidden("#v-env"), true);
    assert.deepEqual(await renders(page), { Deploy: 1, Delete: 1, NewProject: 1, Allowed: 1 });

    let before = await renders(page);
    full.updateRole("olivia", "deployer", DEPLOYER_DEPLOYS);
    await page.evaluate((state) => window.__app.authorizer.replace(state), full.toJSON());
    await page.waitForFunction(() => !document.getElementById("Deploy").disabled);
    assert.equal(await page.textContent("#summary"), "may deploy");
    assert.deepEqual(await rendersSince(page, before), { Deploy: 1, Delete: 0, NewProject: 0, Allowed: 1 });

    before = await renders(page);
    await page.evaluate(() => { window.__app.user.value = "maya"; });
    await page.waitForFunction(() => !document.getElementById("v-env").hidden);
    assert.deepEqual(await rendersSince(page, before), { Deploy: 0, Delete: 1, NewProject: 0, Allowed: 1 });
    assert.match(await accessibleDescription(page, "v-delete"), /^no_permission: .*member/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("React with the Portainer entry: a hook reads the operation's answer on the server", async () => {
  const { Portainer } = await import("portcullis/portainer");
  const { useCan, PortcullisProvider } = await import("portcullis/react");
  const docker = Portainer.load({
    users: [{ id: "2" }, { id: "3" }],
    environments: [{ id: "1", kind: "standalone", userPolicies: { 2: "OP", 3: "RO" } }],
  });
  const Start = () => createElement("button", { disabled: !useCan("container.start", { environmentId: "1" }) }, "Start");
  const render = (user) => renderToString(createElement(PortcullisProvider, { authorizer: docker, user }, createElement(Start)));
  assert.equal(render("2"), "<button>Start</button>");
  assert.equal(render("3"), '<button disabled="">Start</button>');
  // The typed hooks are the same functions, typed for the authorizer given.
  const typed = (await import("portcullis/react")).createPortcullis(docker);
  assert.equal(typed.useCan, useCan);
  assert.equal(typed.PortcullisProvider, PortcullisProvider);
  const vue = await import("portcullis/vue");
  const plugin = vue.createPortcullis({ authorizer: docker, user: "2" });
  assert.equal(plugin.useCan, vue.useCan);
  assert.equal(plugin.useDecision, vue.useDecision);
  docker.free();
});

test("the helpers import no part of the package and stay small", async () => {
  const { createRequire } = await import("node:module");
  const { gzipSync } = await import("node:zlib");
  const require = createRequire(join(here, "package.json"));
  for (const [name, framework] of [["react", "react"], ["vue", "vue"]]) {
    const file = require.resolve(`portcullis/${name}`);
    const text = await readFile(file, "utf8");
    const imports = [...text.matchAll(/from\s*"([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(imports)], [framework], `portcullis/${name} imports ${imports}`);
    assert.ok(gzipSync(text, { level: 9 }).length <= 2048, `portcullis/${name} is over 2 KB gzip`);
  }
  // The core entries gain no dependency: installing the package installs neither framework.
  const manifest = JSON.parse(await readFile(require.resolve("portcullis/package.json"), "utf8"));
  assert.equal(manifest.dependencies, undefined);
  assert.deepEqual(manifest.peerDependenciesMeta, { react: { optional: true }, vue: { optional: true } });
});

test("README: the React page quick start loads the slice, renders, and follows a new user after replace()", async () => {
  const block = readmeBlocks().find((b) => b.lang === "jsx" && b.context === "react");
  assert.ok(block, "the README shows a React example");
  const dir = join(here, ".readme-react");
  await mkdir(dir, { recursive: true });
  const saved = globalThis.fetch;
  try {
    await writeFile(join(dir, "example.jsx"), block.code);
    await esbuild({ entryPoints: [join(dir, "example.jsx")], outfile: join(dir, "example.mjs"), format: "esm", jsx: "automatic", logLevel: "error" });
    const { ServicePage, startPage, signInAs } = await import(pathToFileURL(join(dir, "example.mjs")).href);
    const org = Dokploy.load(STATE);
    // maya, a member with the service in her list, deploys and deletes nothing.
    const markup = renderToString(createElement(ServicePage, { org, user: "maya", serviceId: "shop-api" }));
    assert.equal(markup, '<button title="role `member` grants `deployment.create` and the service is in `accessedServices`">Deploy</button><p>Ask an admin to delete it.</p>');
    const owner = renderToString(createElement(ServicePage, { org, user: "olivia", serviceId: "shop-api" }));
    assert.equal(owner, '<button title="`olivia` is the organization&#x27;s owner and may `deployment.create` everywhere">Deploy</button><button>Delete</button>');
    // The page: the signed-in user's slice from the server, then a sign-in as someone else.
    let session = "maya";
    globalThis.fetch = async (url) => new Response(url === "/api/session" ? JSON.stringify({ userId: session }) : org.sliceJSON(session));
    const rendered = [];
    const render = (element) => rendered.push(renderToString(element));
    const page = await startPage(render);
    assert.equal(page.sourceFingerprint(), org.fingerprint(), "the page decides on a slice of the server's state");
    assert.equal(rendered[0], markup);
    session = "ci-bot";
    await signInAs(page, render);
    assert.equal(rendered[1], '<button disabled="" title="role `deployer` does not include `deployment.create`; `deployment.create` in custom role `deployer` would lift this refusal">Deploy</button><p>Ask an admin to delete it.</p>');
  } finally {
    globalThis.fetch = saved;
    await rm(dir, { recursive: true, force: true });
  }
});

test("README: the Vue example, built by Vite, in Chromium", async () => {
  const block = readmeBlocks().find((b) => b.lang === "vue");
  assert.ok(block, "the README shows a Vue example");
  const dir = join(here, ".readme-vue");
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(join(dir, "Example.vue"), block.code);
    await writeFile(join(dir, "main.js"), [
      'import { createApp } from "vue";',
      'import { Dokploy } from "portcullis/dokploy";',
      'import { createPortcullis } from "portcullis/vue";',
      'import Example from "./Example.vue";',
      'const { state, user } = JSON.parse(document.getElementById("state").textContent);',
      'createApp(Example, { serviceId: "shop-api" }).use(createPortcullis({ authorizer: Dokploy.load(state), user })).mount("#root");',
      'document.body.dataset.ready = "true";',
    ].join("\n"));
    await writeFile(join(dir, "index.html"), '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>README</title></head><body><div id="root"></div><script id="state" type="application/json"><!--state--></script><script type="module" src="./main.js"></script></body></html>');
    await viteBuild({ configFile: false, root: dir, logLevel: "warn", plugins: [vue()], build: { target: "es2022", outDir: "dist", emptyOutDir: true } });
    const dist = join(dir, "dist");
    const { page, problems, close } = await open(dist, await pageWith(dist, Dokploy.load(STATE).slice("ci-bot"), "ci-bot"));
    try {
      // The deployer (its slice): no deployment.create, no service.delete, no envVars.read.
      assert.equal(await page.getByRole("button", { name: "Deploy" }).isDisabled(), true);
      assert.equal(await page.getByRole("button", { name: "Delete" }).isDisabled(), true);
      assert.match(await page.getByRole("button", { name: "Delete" }).getAttribute("aria-description"), /^no_permission: /);
      assert.equal(await page.getByText("Environment variables").isHidden(), true);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
