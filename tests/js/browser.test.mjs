// The packed package in real headless Chromium: a plain <script type="module"> page and a
// Vite production build of a tiny app.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, readdir } from "node:fs/promises";
import { join, normalize, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";
import { writeFileSync, rmSync } from "node:fs";
import { readmeBlocks } from "./readme-examples.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Serves `root` on a free loopback port. */
function serve(root) {
  const server = createServer(async (req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (file.endsWith("/")) file = join(file, "index.html");
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
after(() => browser?.close());

async function open(url, selector, expected) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(([s, e]) => document.querySelector(s)?.textContent !== e, [selector, "loading"], { timeout: 15000 });
  assert.deepEqual(errors, []);
  return page;
}

test("a plain <script type=module> page, with and without init()", async () => {
  const server = await serve(here);
  try {
    const page = await open(`http://127.0.0.1:${server.address().port}/browser-page/`, "#web");
    assert.match(await page.textContent("#web"), /^\d+\.\d+\.\d+ true no_permission$/);
    await page.waitForFunction(() => document.querySelector("#default").textContent !== "loading");
    assert.equal(await page.textContent("#default"), "true");
  } finally {
    server.close();
  }
});

test("plain module pages through the product entries: init() from a Response, a compiled module and a URL, idempotent", async () => {
  const server = await serve(here);
  try {
    const page = await open(`http://127.0.0.1:${server.address().port}/browser-page/products.html`, "#dokploy");
    assert.equal(await page.textContent("#dokploy"), "true true out_of_scope undefined");
    await page.waitForFunction(() => document.querySelector("#portainer").textContent !== "loading");
    assert.equal(await page.textContent("#portainer"), "true true no_permission undefined");
  } finally {
    server.close();
  }
});

for (const entry of ["portcullis", "portcullis/dokploy"]) test(`a Vite production build of a tiny app (${entry})`, async () => {
  const root = join(here, "vite-app");
  // The app imports `portcullis`; the product build is the same app importing `portcullis/dokploy`.
  const alias = entry === "portcullis" ? [] : [{ find: /^portcullis$/, replacement: entry }];
  await build({ configFile: join(root, "vite.config.mjs"), resolve: { alias }, logLevel: "warn" });
  const dist = join(root, "dist");
  const html = await readFile(join(dist, "index.html"), "utf8");
  assert.match(html, /assets\/index-[\w-]+\.js/, "Vite emitted a bundle");
  const wasm = (await readdir(join(dist, "assets"))).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 1, "Vite emitted the .wasm as an asset");
  // The entry's own module, not the full one.
  const shipped = await readFile(join(dist, "assets", wasm[0]));
  const own = await readFile(join(here, "node_modules", ...entry.split("/"), "portcullis_bg.wasm"));
  assert.equal(shipped.length, own.length, `Vite shipped the module of ${entry}`);
  // portcullis/vite's plugin wrote the module's preload into the page, as fetch() asks for it.
  const preloads = html.match(/<link rel="preload"[^>]*>/g) ?? [];
  assert.deepEqual(preloads, [`<link rel="preload" href="/assets/${wasm[0]}" as="fetch" type="application/wasm" crossorigin>`]);
  const server = await serve(dist);
  try {
    const page = await open(`http://127.0.0.1:${server.address().port}/`, "#result");
    // A plain member on a service in its list: the member role's service-scoped permissions.
    const allowed = (await page.textContent("#result")).split(" ");
    assert.ok(allowed.includes("deployment.create") && allowed.includes("logs.read"), allowed.join(" "));
    assert.ok(!allowed.includes("service.delete") && !allowed.includes("project.create"));
    assert.equal(await page.isDisabled("#deploy"), false);
    assert.equal(await page.isDisabled("#delete"), true);
    assert.match(await page.getAttribute("#delete", "title"), /does not include `service.delete`/);
    // One fetch of the module, begun by the <link> beside the page's JS; the entry's
    // instantiation took that response instead of asking again once its JS had run.
    const fetched = await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm")).map((e) => e.initiatorType));
    assert.deepEqual(fetched, ["link"]);
  } finally {
    server.close();
  }
});

test("README: the plain module page example", async () => {
  const html = readmeBlocks().find((b) => b.lang === "html");
  assert.ok(html, "the README shows a plain module page");
  const file = join(here, "readme-page.html");
  writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><title>loading</title></head><body>\n${html.code}</body></html>\n`);
  const server = await serve(here);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/readme-page.html`);
    await page.waitForFunction(() => document.title !== "loading", null, { timeout: 15000 });
    assert.deepEqual(errors, []);
    assert.equal(await page.title(), "allowed");
    // The page preloads the module, and init() takes the preloaded response: one fetch of
    // it, begun by the <link>, not a second one after the script ran.
    const fetched = await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm")).map((e) => e.initiatorType));
    assert.deepEqual(fetched, ["link"]);
    await page.close();
  } finally {
    server.close();
    rmSync(file, { force: true });
  }
});
