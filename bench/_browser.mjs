import { readFileSync, existsSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const ROLE = { tag: ["read", "create"], notification: ["read"], certificate: ["read"], registry: ["read"], destination: ["read"] };
const dokploySlice = readFileSync("/tmp/dslice.json", "utf8").trim();
const portainerSlice = readFileSync("/tmp/pslice.json", "utf8").trim();
async function browserStart(pages, extra) {
  const { createServer } = await import("node:http");
  const { chromium } = await import(pathToFileURL(join(root, "node_modules", "playwright-core", "index.mjs")).href);
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const type = types[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream";
    const text = pages[path] ?? extra[path];
    const file = join(root, path);
    if (text === undefined && (!file.startsWith(root) || !existsSync(file))) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(text ?? readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  const results = {};
  try {
    for (let round = 0; round < 2; round++)
    for (const path of Object.keys(pages)) {
      const samples = [];
      for (let i = 0; i < 9; i++) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        await tab.goto(`http://127.0.0.1:${server.address().port}${path}`);
        await tab.waitForFunction(() => window.__decided !== undefined, null, { timeout: 20000 });
        samples.push(await tab.evaluate(() => window.__decided));
        await context.close();
      }
      (results[path] ??= []).push(samples.sort((a, b) => a - b)[4].toFixed(1));
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
const caslBundle = join(mkdtempSync(join(tmpdir(), "portcullis-casl-")), "casl.js");
execFileSync(join(root, "node_modules", ".bin", "esbuild"), ["--bundle", "--minify", "--format=esm", "--platform=browser", "--target=es2022", `--outfile=${caslBundle}`, "--log-level=error"], { cwd: here, input: `export { createMongoAbility, AbilityBuilder } from "@casl/ability";` });
const decidingPage = (script) => `<!doctype html><meta charset="utf-8"><title>start</title><script type="module">${script}; window.__decided = performance.now();</script>`;
console.log(await browserStart({
  "/dokploy.html": decidingPage(`import init, { Dokploy } from "/pkg/dokploy/web.js"; await init(); const o = Dokploy.load(${JSON.stringify(dokploySlice)}); if (!o.can("op", "tag.read")) throw 1`),
  "/portainer.html": decidingPage(`import init, { Portainer } from "/pkg/portainer/web.js"; await init(); const o = Portainer.load(${JSON.stringify(portainerSlice)}); if (!o.can("2", "container.start", { environmentId: "e1", resourceId: "c1" })) throw 1`),
  "/casl.html": decidingPage(`const { AbilityBuilder, createMongoAbility } = await import("/casl-bundle.js"); const b = new AbilityBuilder(createMongoAbility); for (const [r, a] of Object.entries(${JSON.stringify(ROLE)})) b.can(a, r); if (!b.build().can("read", "tag")) throw 1`),
}, { "/casl-bundle.js": readFileSync(caslBundle, "utf8") }));
