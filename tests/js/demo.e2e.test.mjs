// End-to-end: the demo page in real headless Chromium (Debian's), driven by playwright-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
let server, browser, page, base;
const errors = [];

before(async () => {
  server = await startServer(0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${base}/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const disabled = (id) => page.getAttribute(`button[data-id="${id}"]`, "aria-disabled");

test("the page loads the wasm package and shows its version", async () => {
  assert.match(await page.textContent("#version"), /^\d+\.\d+\.\d+/);
  assert.match(await page.textContent("#fingerprint"), /^sha256:/);
  assert.deepEqual(errors, []);
});

test("Dokploy: buttons follow the user and the target, and a click explains", async () => {
  await page.selectOption("#user", "ci-bot");
  assert.equal(await disabled("deployment.create"), "false");
  assert.equal(await disabled("service.delete"), "true");
  await page.click('button[data-id="deployment.create"]');
  assert.equal(await page.textContent("#verdict"), "Allowed");
  await page.fill("#t-serviceId", "shop-web");
  assert.equal(await disabled("deployment.create"), "true");
  assert.equal(await page.textContent("#verdict"), "Denied");
  assert.equal(await page.textContent('dd[data-field="code"]'), "out_of_scope");
  await page.selectOption("#user", "olivia");
  assert.equal(await disabled("organization.delete"), "false");
  assert.match(await page.textContent("#allowed-count"), /^94 of 94 allowed$/);
});

test("Dokploy: a bad state is refused with its path, and the last good one stays", async () => {
  const good = await page.inputValue("#state");
  await page.fill("#state", good.replace('"role": "deployer"', '"role": "boss"'));
  await page.click("#load");
  assert.match(await page.textContent("#load-status"), /^invalid_value at members\[3\]\.role/);
  assert.equal(await disabled("organization.delete"), "false");
  await page.fill("#state", good);
  await page.click("#load");
  assert.equal(await page.textContent("#load-status"), "loaded");
});

test("Portainer: inherited access, a security setting and an inapplicable operation", async () => {
  await page.click("#tab-portainer");
  await page.selectOption("#user", "2");
  await page.selectOption("#t-resourceId", "web-nginx-1");
  assert.equal(await disabled("container.start"), "false");
  await page.click('button[data-id="container.start"]');
  assert.match(await page.textContent('dd[data-field="control"]'), /stack/);
  await page.selectOption("#t-resourceId", "");
  await page.check("#r-privileged");
  await page.click('button[data-id="container.create"]', { force: true }); // aria-disabled buttons still explain
  assert.equal(await page.textContent('dd[data-field="code"]'), "security_setting");
  assert.equal(await page.textContent('dd[data-field="setting"]'), "privileged");
  await page.uncheck("#r-privileged");
  assert.equal(await disabled("container.create"), "false");
  await page.click('button[data-id="service.list"]', { force: true });
  assert.equal(await page.textContent('dd[data-field="code"]'), "not_applicable");
  assert.match(await page.textContent("#summary"), /ST/);
  assert.deepEqual(errors, []);
});

test("the product's own data loads through the adapters and the page lists their warnings", async () => {
  await page.click("#tab-dokploy");
  await page.selectOption("#format", "product");
  await page.fill("#state", JSON.stringify({
    licensed: true,
    roles: [{ role: "deployer", permission: '{"service":["read"],"deployment":["read","create"]}' }],
    members: [
      { id: "m0", userId: "u1", role: "owner", createdAt: "2025-04-11T08:47:02.861Z" },
      { id: "m1", userId: "u2", role: "admin", canAccessToDocker: true },
      { id: "m2", userId: "u3", role: "deployer", accessedServices: ["s1"] },
    ],
  }));
  await page.click("#load");
  assert.equal(await page.textContent("#load-status"), "loaded");
  assert.match(await page.textContent("#warnings"), /^flags_ignored at members\[1\]/);
  await page.fill("#state", JSON.stringify({ members: [{ userId: "u1", role: "owner" }, { userId: "u2", role: "owner" }] }));
  await page.click("#load");
  assert.match(await page.textContent("#load-status"), /^owner_count at members\[1\]\.role/);
  await page.selectOption("#format", "state");
  assert.deepEqual(errors, []);
});
