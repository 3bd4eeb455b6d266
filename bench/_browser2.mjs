import { readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const dokploySlice = readFileSync("/tmp/dslice.json", "utf8").trim();
const portainerSlice = readFileSync("/tmp/pslice.json", "utf8").trim();
const { createServer } = await import("node:http");
const { chromium } = await import(pathToFileURL(join(root, "node_modules", "playwright-core", "index.mjs")).href);
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
const page = (script, head = "") => `<!doctype html><meta charset="utf-8"><title>start</title>${head}<script type="module">const m = [performance.now()]; ${script}; m.push(performance.now()); window.__marks = m;</script>`;
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
const caslBundle = join(mkdtempSync(join(tmpdir(), "c-")), "casl.js");
execFileSync(join(root, "node_modules", ".bin", "esbuild"), ["--bundle", "--minify", "--format=esm", "--platform=browser", "--target=es2022", `--outfile=${caslBundle}`, "--log-level=error"], { cwd: here, input: `export { createMongoAbility, AbilityBuilder } from "@casl/ability";` });
const ROLE = { tag: ["read", "create"], notification: ["read"], certificate: ["read"], registry: ["read"], destination: ["read"] };
const pages = {
  "/c.html": page(`const { AbilityBuilder, createMongoAbility } = await import("/casl-bundle.js"); m.push(performance.now()); m.push(performance.now()); const b = new AbilityBuilder(createMongoAbility); for (const [r, a] of Object.entries(${JSON.stringify(ROLE)})) b.can(a, r); const ab = b.build(); m.push(performance.now()); if (!ab.can("read", "tag")) throw 1`),
  "/casl-bundle.js": readFileSync(caslBundle, "utf8"),
  "/d.html": page(`const { default: init, Dokploy } = await import("/pkg/dokploy/web.js"); m.push(performance.now()); const buf = await (await fetch("/pkg/dokploy/portcullis_bg.wasm")).arrayBuffer(); m.push(performance.now()); const mod = await WebAssembly.compile(buf); m.push(performance.now()); await init(mod); m.push(performance.now()); const o = Dokploy.load(${JSON.stringify(dokploySlice)}); m.push(performance.now()); if (!o.can("op", "tag.read")) throw 1`),
  "/dp.html": page(`const { default: init, Dokploy } = await import("/pkg/dokploy/web.js"); m.push(performance.now()); await init(); m.push(performance.now()); const o = Dokploy.load(${JSON.stringify(dokploySlice)}); m.push(performance.now()); if (!o.can("op", "tag.read")) throw 1`, '<link rel="preload" href="/pkg/dokploy/portcullis_bg.wasm" as="fetch" type="application/wasm" crossorigin>'),
  "/d0.html": page(`const { default: init, Dokploy } = await import("/pkg/dokploy/web.js"); m.push(performance.now()); await init(); m.push(performance.now()); const o = Dokploy.load(${JSON.stringify(dokploySlice)}); m.push(performance.now()); if (!o.can("op", "tag.read")) throw 1`),
  "/p.html": page(`const { default: init, Portainer } = await import("/pkg/portainer/web.js"); m.push(performance.now()); await init(); m.push(performance.now()); const o = Portainer.load(${JSON.stringify(portainerSlice)}); m.push(performance.now()); if (!o.can("2", "container.start", { environmentId: "e1", resourceId: "c1" })) throw 1`),
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const type = types[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream";
  const text = pages[path]; const file = join(root, path);
  if (text === undefined && (!file.startsWith(root) || !existsSync(file))) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(text ?? readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
for (const path of Object.keys(pages).filter((p) => p.endsWith('.html'))) {
  const rows = [];
  for (let i = 0; i < 9; i++) {
    const context = await browser.newContext(); const tab = await context.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}${path}`);
    await tab.waitForFunction(() => window.__marks !== undefined, null, { timeout: 20000 });
    rows.push(await tab.evaluate(() => window.__marks)); await context.close();
  }
  const med = (k) => rows.map((r) => r[k] - (k ? r[k - 1] : 0)).sort((a, b) => a - b)[4].toFixed(1);
  console.log(path, rows[0].length, Array.from({ length: rows[0].length }, (_, k) => med(k)).join(" "), "total", rows.map((r) => r[r.length - 1]).sort((a, b) => a - b)[4].toFixed(1));
}
await browser.close(); server.close();
