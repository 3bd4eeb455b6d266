// End-to-end: the demo page and the demo server in real headless Chromium (Debian's), driven
// by playwright-core. Decisions asserted here are written from DESIGN.md and the demo's sample
// data (scripts/demo/samples.mjs, which only the server reads); screenshots of both views at
// laptop and phone width are saved to target/demo-screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";
import { DOKPLOY_STATE, PORTAINER_STATE } from "../../scripts/demo/samples.mjs";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SCREENSHOTS = new URL("../../target/demo-screenshots/", import.meta.url);
const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
let server, browser, page, base;
const errors = [];
const requests = [];

before(async () => {
  server = await startServer(0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: LAPTOP });
  page.on("pageerror", (e) => errors.push(e.message));
  // Chromium logs every refusal the demo server answers as an error: 403 for a denied action,
  // 400 for a state it does not load, 409 for a member invited twice (all on purpose).
  page.on("console", (m) => m.type() === "error" && !/status of 40[039]/.test(m.text()) && errors.push(m.text()));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${base}/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Every answer of the server has been taken in (the page counts what it waits for). */
const settled = () => page.waitForFunction(() => document.body.dataset.pending === "0", null, { timeout: 5000 });
/** Signs in as `user`: the page fetches their slice and screen data. */
async function viewAs(user) {
  await page.getByLabel("View as").selectOption(user);
  await settled();
}
const service = (id) => page.locator(`[data-service="${id}"]`);
const resource = (id) => page.locator(`[data-resource="${id}"]`);
const member = (id) => page.locator(`[data-member="${id}"]`);
const button = (scope, name) => scope.getByRole("button", { name, exact: true });

/** The accessible description of a control: the text its aria-describedby points at. */
async function description(locator) {
  const ids = (await locator.getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(ids.split(" ").filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

async function assertEnabled(locator, enabled, code) {
  assert.equal(await locator.isEnabled(), enabled, `${await locator.textContent()} should be ${enabled ? "enabled" : "disabled"}`);
  if (code) assert.match(await description(locator), new RegExp(`^${code}: `));
}

/** The server applied the same changes: both policy fingerprints are the same. */
async function serverAgrees() {
  await settled();
  await page.waitForFunction(() => document.getElementById("server-fingerprint").textContent === document.getElementById("browser-fingerprint").textContent, null, { timeout: 5000 });
  assert.doesNotMatch(await page.textContent("#notice"), /server refused/);
}

async function openView(name) {
  await page.getByRole("tab", { name }).click();
  await page.waitForFunction((view) => document.getElementById("view").dataset.view === view, name.toLowerCase());
  await settled();
}

test("the page loads the package and its user's slice; the server holds the policy it was cut from", async () => {
  assert.match(await page.textContent("#version"), /^\d+\.\d+\.\d+/);
  assert.match(await page.textContent("#browser-fingerprint"), /^sha256:/);
  assert.match(await page.textContent("#slice-size"), /^maya's slice: \d+ B of the \d+ B state \(\d+ %\)$/);
  assert.equal(await page.textContent("#server-fingerprint"), await page.textContent("#browser-fingerprint"));
  assert.equal(await page.getByRole("tab", { name: "Dokploy" }).getAttribute("aria-selected"), "true");
  assert.deepEqual(errors, []);
});

test("Dokploy: the dashboard's actions follow the user picked in View as", async () => {
  await viewAs("maya");
  // A member with canCreateServices but not canDeleteServices, scoped to the shop's services.
  await assertEnabled(button(service("shop-api"), "Deploy"), true, "granted");
  await assertEnabled(button(service("shop-api"), "Delete"), false, "no_permission");
  await assertEnabled(button(service("metabase"), "Logs"), false, "out_of_scope");
  await assertEnabled(button(page.locator('[data-project="shop"]'), "Create Service"), true);
  await assertEnabled(button(page.locator("#dokploy-projects"), "Create Project"), false, "no_permission");
  // The deployer custom role deploys what its lists name, and reads no environment variables.
  await viewAs("ci-bot");
  await assertEnabled(button(service("shop-web"), "Deploy"), true);
  await assertEnabled(button(service("shop-web"), "Environment variables"), false, "no_permission");
  await assertEnabled(button(service("shop-db"), "Deploy"), false, "out_of_scope");
  // The owner reaches everything.
  await viewAs("olivia");
  await assertEnabled(button(page.locator('[data-project="internal"]'), "Delete Project"), true, "administrator");
  await assertEnabled(button(service("blog-db"), "Backups"), true);
});

test("Dokploy: the licence switch turns custom roles off and on", async () => {
  await viewAs("olivia");
  const licence = page.getByRole("switch", { name: "Enterprise licence" });
  await licence.uncheck();
  await settled();
  await viewAs("ci-bot");
  await assertEnabled(button(service("shop-web"), "Deploy"), false, "unlicensed");
  await viewAs("olivia");
  await assertEnabled(button(page.locator("#dokploy-roles"), "Create role"), false, "unlicensed");
  await page.getByRole("switch", { name: "Enterprise licence" }).check();
  await settled();
  await viewAs("ci-bot");
  await assertEnabled(button(service("shop-web"), "Deploy"), true);
});

test("Dokploy: a custom role made from a preset, assigned, changes the dashboard", async () => {
  await viewAs("ci-bot");
  await assertEnabled(button(service("shop-api"), "Environment variables"), false, "no_permission");
  await viewAs("olivia");
  await button(page.locator("#dokploy-roles"), "Create role").click();
  const form = page.getByRole("form", { name: "Create role" });
  // Dokploy's naming rule, shown on the field as it is typed.
  await form.getByLabel("Role name").fill("read only");
  assert.match(await form.locator("#role-name-error").textContent(), /letters, digits/);
  await assertEnabled(button(form, "Create"), false, "invalid_role_name");
  await form.getByLabel("Role name").fill("readers");
  await button(form, "Viewer").click();
  assert.equal(await form.getByRole("group", { name: "Service Environment Variables" }).getByRole("checkbox", { name: "Read" }).isChecked(), true);
  await assertEnabled(button(form, "Create"), true, "granted");
  await button(form, "Create").click();
  await settled();
  assert.equal(await page.locator('[data-role="readers"]').count(), 1);
  // Assign it to ci-bot, whose access lists stay as they are.
  await member("ci-bot").getByLabel("Role of ci-bot").selectOption("readers");
  await button(member("ci-bot"), "Change role").click();
  // The server applied the same two calls as olivia, with the same package.
  await serverAgrees();
  await viewAs("ci-bot");
  await assertEnabled(button(service("shop-api"), "Environment variables"), true, "granted");
  await assertEnabled(button(service("shop-api"), "Deploy"), false, "no_permission");
  await assertEnabled(button(service("shop-db"), "Logs"), false, "out_of_scope");
  // A role held by someone cannot be deleted; renamed, its members follow it.
  await viewAs("olivia");
  await assertEnabled(button(page.locator('[data-role="readers"]'), "Delete"), false, "role_in_use");
  await button(page.locator('[data-role="readers"]'), "Edit").click();
  const edit = page.getByRole("form", { name: "Edit role readers" });
  await edit.getByLabel("Role name").fill("deployer");
  await assertEnabled(button(edit, "Save changes"), false, "role_exists");
  assert.match(await edit.locator("#role-name-error").textContent(), /exists already/);
  await edit.getByLabel("Role name").fill("watchers");
  await button(edit, "Save changes").click();
  await settled();
  assert.equal(await member("ci-bot").getByLabel("Role of ci-bot").inputValue(), "watchers");
});

test("Dokploy: who can, asked of the server by who manages the users, and a role edit previewed before it is saved", async () => {
  await viewAs("olivia");
  const why = service("shop-api").locator("details.why").first();
  await why.locator("summary").click();
  await why.locator("tr", { hasText: "deployment.create" }).first().getByRole("button", { name: "Who can?" }).click();
  await page.waitForFunction(() => /Effective access/.test(document.querySelector("[data-service=shop-api] .effective-access")?.textContent ?? ""));
  const answer = await why.locator(".effective-access").textContent();
  assert.match(answer, /olivia/, "the owner may deploy");
  assert.doesNotMatch(answer, /ci-bot/, "the watchers role does not deploy");
  // The role editor asks what saving would change before anything is saved.
  await button(page.locator('[data-role="watchers"]'), "Edit").click();
  const edit = page.getByRole("form", { name: "Edit role watchers" });
  await button(edit, "Preview").click();
  await page.waitForFunction(() => /Before saving/.test(document.getElementById("role-preview")?.textContent ?? ""));
  assert.match(await edit.locator("#role-preview").textContent(), /no answer changes/);
  await edit.locator('input[value="deployment.create"]').check();
  await button(edit, "Preview").click();
  await page.waitForFunction(() => /ci-bot gains/.test(document.getElementById("role-preview")?.textContent ?? ""));
  assert.match(await edit.locator("#role-preview").textContent(), /ci-bot gains deployment\.create on service shop-api/);
  await edit.getByRole("button", { name: "Cancel" }).click();
  // Nothing was saved, and a member who may not read the members is not offered the question.
  await viewAs("ci-bot");
  await assertEnabled(button(service("shop-api"), "Deploy"), false, "no_permission");
  assert.equal(await page.getByRole("button", { name: "Who can?" }).count(), 0);
});

test("Dokploy: the 10-role limit keeps Create role disabled, and says so", async () => {
  const roles = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`role-${i}`, { service: ["read"] }]));
  await page.getByLabel("State JSON").fill(JSON.stringify({ licensed: true, roles, members: [{ userId: "olivia", role: "owner" }] }));
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForFunction(() => /^Imported/.test(document.getElementById("import-status").textContent));
  await settled();
  assert.match(await page.textContent("#dokploy-roles"), /10 of 10 custom roles/);
  await assertEnabled(button(page.locator("#dokploy-roles"), "Create role"), false, "limit_exceeded");
  await page.getByRole("button", { name: "Reset" }).click();
  await page.waitForFunction(() => /^Reset/.test(document.getElementById("import-status").textContent));
  await settled();
});

test("Dokploy: the management rules apply to the acting user, and say why", async () => {
  await viewAs("adam");
  await member("amir").getByLabel("Role of amir").selectOption("member");
  await assertEnabled(button(member("amir"), "Change role"), false, "admin_protected");
  await assertEnabled(button(member("amir"), "Remove"), false, "admin_protected");
  await assertEnabled(button(member("olivia"), "Remove"), false, "owner_protected");
  await assertEnabled(button(member("adam"), "Edit permissions"), false, "self_access_change");
  // Edit noah's permissions with the pickers: the shop project and its api service.
  await viewAs("olivia");
  await button(member("noah"), "Edit permissions").click();
  const editor = page.getByRole("group", { name: "Permissions of noah" });
  await editor.getByRole("group", { name: "Projects" }).getByRole("checkbox", { name: "Shop" }).check();
  await editor.getByRole("group", { name: "Services" }).getByRole("checkbox", { name: "Shop / production / api" }).check();
  await button(editor, "Save permissions").click();
  await serverAgrees();
  await viewAs("noah");
  await assertEnabled(button(service("shop-api"), "Deploy"), true);
  await assertEnabled(button(service("shop-web"), "Deploy"), false, "out_of_scope");
});

test("a change the server refuses leaves the page's slice as it was, and says why", async () => {
  await viewAs("olivia");
  const before = await page.textContent("#browser-fingerprint");
  // Stand in for a server whose state went its own way: it refuses the next management call.
  await page.route("**/api/manage/**", (route) => route.fulfill({
    status: 403, contentType: "application/json", body: JSON.stringify({ code: "admin_protected", message: "refused by the stand-in" }),
  }), { times: 1 });
  await member("noah").getByLabel("Role of noah").selectOption("admin");
  await button(member("noah"), "Change role").click();
  await settled();
  assert.match(await page.textContent("#notice"), /server refused it — admin_protected: refused by the stand-in/);
  assert.equal(await page.textContent("#browser-fingerprint"), before);
  // The next call reaches the real server, which answers with a new slice.
  await button(member("noah"), "Change role").click();
  await serverAgrees();
  assert.notEqual(await page.textContent("#browser-fingerprint"), before);
  assert.equal(await member("noah").getByLabel("Role of noah").inputValue(), "admin");
  await member("noah").getByLabel("Role of noah").selectOption("member");
  await button(member("noah"), "Change role").click();
  await serverAgrees();
});

test("Portainer: row actions follow the user's role and resource access", async () => {
  await openView("Portainer");
  await viewAs("2"); // alice: Standard user on `local` through the group's policy
  await assertEnabled(button(resource("3f9a1c"), "Start"), true, "granted"); // through the stack's control
  await assertEnabled(button(resource("d15ea5"), "Start"), false, "no_resource_access"); // no control: admins only
  await assertEnabled(button(resource("0b5e55"), "Logs"), true); // public
  await assertEnabled(button(page.locator('[data-list="service"]'), "Add service"), false, "not_applicable");
  await viewAs("4"); // olga: Operator on `local`
  await assertEnabled(button(resource("d15ea5"), "Start"), true);
  await assertEnabled(button(resource("d15ea5"), "Remove"), false, "no_permission");
  await viewAs("3"); // bob: his team's read-only policy on the environment wins over the group's
  await assertEnabled(button(resource("3f9a1c"), "Start"), false, "no_permission");
  await viewAs("1");
  await assertEnabled(button(resource("d15ea5"), "Remove"), true, "administrator");
  // The matrix comes from Portainer.matrix(): 89 operations.
  assert.equal(await page.locator("#portainer-matrix tbody tr:not(:has(th.category))").count(), 89);
});

test("Portainer: disabling privileged mode refuses it to a standard user, not to an environment administrator", async () => {
  // View as names the users (their roles are not the page's to know); the switches are those
  // of the environment shown.
  assert.equal(await page.locator('#view-as option[value="2"]').textContent(), "alice");
  assert.equal(await page.locator('#view-as option[value="5"]').textContent(), "carl");
  await viewAs("2");
  assert.equal(await page.getByRole("switch", { name: "Disable privileged mode for non-administrators" }).count(), 1);
  const form = page.getByRole("form", { name: "Create container" });
  await form.getByRole("checkbox", { name: "Privileged mode" }).check();
  await assertEnabled(button(form, "Deploy the container"), true);
  await page.getByRole("switch", { name: "Disable privileged mode for non-administrators" }).check();
  await settled();
  assert.equal(await form.getByRole("checkbox", { name: "Privileged mode" }).isChecked(), true);
  await assertEnabled(button(form, "Deploy the container"), false, "security_setting");
  assert.match(await form.getByRole("alert").first().textContent(), /disablePrivilegedMode/);
  await form.getByRole("checkbox", { name: "Privileged mode" }).uncheck();
  await assertEnabled(button(form, "Deploy the container"), true);
  await form.getByRole("checkbox", { name: "Privileged mode" }).check();
  await viewAs("5"); // carl: Environment administrator on `local`
  await assertEnabled(button(form, "Deploy the container"), true, "granted");
  assert.equal(await form.getByRole("alert").count(), 0);
  // A bind mount is refused to the standard user by the sample's own setting.
  await viewAs("2");
  await form.getByRole("checkbox", { name: "Privileged mode" }).uncheck();
  await form.getByRole("checkbox", { name: "Bind mount /var/run/docker.sock" }).check();
  assert.match(await form.getByRole("alert").first().textContent(), /disableBindMounts/);
  await form.getByRole("checkbox", { name: "Bind mount /var/run/docker.sock" }).uncheck();
});

test("a denied action sent to the server comes back 403 with the browser's code", async () => {
  await viewAs("2");
  const row = resource("d15ea5");
  await row.locator("summary", { hasText: "Why?" }).click();
  const start = row.locator("tr", { hasText: "container.start" });
  assert.match(await start.textContent(), /would lift this refusal/, "the reason names the remedy");
  assert.match(await start.textContent(), /would be allowed with /, "and what decided lists it");
  await start.getByRole("button", { name: "Try it" }).click();
  await page.waitForSelector("#server-status");
  assert.equal(await page.textContent("#server-status"), "403");
  assert.equal(await page.textContent("#browser-code"), "no_resource_access");
  assert.equal(await page.textContent("#server-code"), "no_resource_access");
  assert.equal(await page.getAttribute("table.verdicts", "data-agree"), "true");
  // An allowed one is done, and the create form's request travels with it.
  await button(resource("3f9a1c"), "Start").click();
  await page.waitForFunction(() => document.getElementById("server-status")?.textContent === "200");
  assert.equal(await page.textContent("#server-code"), "granted");
  await page.getByRole("switch", { name: "Disable privileged mode for non-administrators" }).uncheck();
  await settled();
});

test("Export gives the slice the page holds; an invalid import shows the error with its path and keeps the state", async () => {
  await openView("Portainer");
  await viewAs("4");
  const before = await page.textContent("#browser-fingerprint");
  await page.getByRole("button", { name: "Export" }).click();
  const exported = JSON.parse(await page.getByLabel("State JSON").inputValue());
  assert.equal(exported.slice.user, "4");
  assert.equal(exported.slice.sourceFingerprint, before);
  assert.deepEqual(exported.users.map((u) => u.name), ["olga"]);
  const bad = structuredClone(PORTAINER_STATE);
  bad.environments[0].userPolicies["4"] = "XX";
  await page.getByLabel("State JSON").fill(JSON.stringify(bad));
  await page.getByRole("button", { name: "Import" }).click();
  await settled();
  assert.match(await page.textContent("#import-status"), /Not imported — invalid_value at environments\[0\]\.userPolicies\["4"\]: `XX` is not a role/);
  await page.getByLabel("State JSON").fill("{ \"users\": [ ");
  await page.getByRole("button", { name: "Import" }).click();
  await settled();
  assert.match(await page.textContent("#import-status"), /Not imported — invalid_json/);
  assert.equal(await page.textContent("#browser-fingerprint"), before);
  await assertEnabled(button(resource("d15ea5"), "Start"), true);
});

test("the product's own data imports through the adapters, with its warnings listed; reset restores the sample", async () => {
  await openView("Dokploy");
  await page.getByLabel("Format").selectOption("product");
  await page.getByLabel("State JSON").fill(JSON.stringify({
    licensed: true,
    roles: [{ role: "deployer", permission: '{"service":["read"],"deployment":["read","create"]}' }],
    members: [
      { id: "m0", userId: "u1", role: "owner", createdAt: "2025-04-11T08:47:02.861Z" },
      { id: "m1", userId: "u2", role: "admin", canAccessToDocker: true },
      { id: "m2", userId: "u3", role: "deployer", accessedServices: ["shop-api"] },
    ],
  }));
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForFunction(() => /^Imported/.test(document.getElementById("import-status").textContent));
  await settled();
  assert.match(await page.textContent("#import-status"), /Imported on the server from Dokploy rows: 1 warning/);
  assert.match(await page.textContent("#warnings"), /^flags_ignored at members\[1\]/);
  await viewAs("u3");
  await assertEnabled(button(service("shop-api"), "Deploy"), true);
  assert.equal(await page.textContent("#server-fingerprint"), await page.textContent("#browser-fingerprint"));
  await page.getByRole("button", { name: "Reset" }).click();
  await page.waitForFunction(() => /^Reset/.test(document.getElementById("import-status").textContent));
  await settled();
  assert.equal(await page.getByLabel("View as").inputValue(), "maya");
  await page.getByLabel("Format").selectOption("state");
  assert.deepEqual(errors, []);
});

test("keyboard: the skip link, the tabs and View as are reachable in order", async () => {
  await page.goto("about:blank");
  await page.goto(`${base}/#dokploy`);
  await page.waitForSelector("body[data-ready=true]");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to the view");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Dokploy");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("view").dataset.view === "portainer");
  await settled();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "view-as");
  // A switch used from the keyboard keeps the focus through the re-render its new slice causes.
  await page.getByRole("switch", { name: "Disable privileged mode for non-administrators" }).focus();
  await page.keyboard.press("Space");
  await settled();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("role")), "switch");
  assert.equal(await page.evaluate(() => document.activeElement.checked), true);
  await page.keyboard.press("Space");
  await settled();
  assert.equal(await page.evaluate(() => document.activeElement.checked), false);
});

test("axe-core finds no violation in either view, at laptop and phone width, with every Why? open", async () => {
  const axe = fileURLToPath(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url));
  for (const [width, viewport] of [["laptop", LAPTOP], ["phone", PHONE]]) {
    await page.setViewportSize(viewport);
    for (const view of ["dokploy", "portainer"]) {
      for (const user of view === "dokploy" ? ["maya", "olivia"] : ["2", "1"]) {
        await page.goto("about:blank");
        await page.goto(`${base}/#${view}`);
        await page.waitForSelector("body[data-ready=true]");
        await viewAs(user);
        await page.evaluate(() => { for (const details of document.querySelectorAll("details")) details.open = true; });
        await page.addScriptTag({ path: axe });
        const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
          .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`));
        assert.deepEqual(violations, [], `${view} as ${user} at ${width} width`);
      }
    }
  }
  await page.setViewportSize(LAPTOP);
});

test("screenshots of both views at laptop and phone width; nothing fetched beyond 127.0.0.1", async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const [width, viewport] of [["laptop", LAPTOP], ["phone", PHONE]]) {
    await page.setViewportSize(viewport);
    for (const view of ["dokploy", "portainer"]) {
      // A fresh page: what a newcomer sees, with the samples.
      await page.goto("about:blank");
      await page.goto(`${base}/#${view}`);
      await page.waitForSelector("body[data-ready=true]");
      await viewAs(view === "dokploy" ? "ci-bot" : "2");
      await page.screenshot({ path: new URL(`${view}-${width}.png`, SCREENSHOTS).pathname });
      // Nothing is wider than the screen: the page never scrolls sideways.
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, `${view} at ${width} width`);
    }
  }
  await page.setViewportSize(LAPTOP);
  const outside = requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
});

/**
 * What the page receives while it is signed in as `user`, from a fresh page: every answer of
 * the demo server but the sign-in list (the demo's stand-in for a login, which no product's
 * page has). The page's files are code: the samples are the server's alone (asserted below).
 */
async function trafficAs(view, user) {
  const context = await browser.newContext({ viewport: LAPTOP });
  const fresh = await context.newPage();
  const answers = [];
  fresh.on("response", (response) => {
    const url = response.url();
    assert.doesNotMatch(url, /samples/);
    if (url.includes("/api/") && !url.includes("/api/accounts/")) answers.push(response.text().then((text) => [response.url(), text], () => [response.url(), ""]));
  });
  // Signed in as `user` from the first request (a login would set who asks): the page's
  // first requests name its default users, so the header is rewritten before anything leaves.
  await fresh.route("**/api/**", (route) => route.continue({ headers: { ...route.request().headers(), "x-demo-user": user } }));
  await fresh.goto(`${base}/#${view}`);
  await fresh.waitForSelector("body[data-ready=true]");
  await fresh.waitForFunction(() => document.body.dataset.pending === "0");
  const texts = await Promise.all(answers);
  await context.close();
  return texts;
}

/** Which of `needles` the answers in `texts` carry, and where. */
function carrying(texts, needles) {
  return texts.flatMap(([url, text]) => needles.filter((needle) => text.includes(needle)).map((needle) => `${needle} in ${url}`));
}

test("the page's traffic never carries another user's data: a member's, a custom role holder's, a Portainer user's", async () => {
  const memberIds = DOKPLOY_STATE.members.map((m) => m.userId);
  for (const user of ["maya", "ci-bot", "noah"]) {
    const texts = await trafficAs("dokploy", user);
    assert.ok(texts.some(([url, text]) => url.includes("/api/slice/dokploy") && text.includes(`"user":"${user}"`)), "the user's slice was fetched");
    // No other member's id (as a JSON string): their answers name no one else, and listing
    // the members needs member.read.
    const others = memberIds.filter((id) => id !== user).map((id) => `"${id}"`);
    assert.deepEqual(carrying(texts, others), [], `signed in as ${user}`);
  }
  // The auditor holds member.read: the server lists the members (ids and roles, as Dokploy's
  // user.all does), never another member's flags or lists, which the auditor may not change.
  const auditor = await trafficAs("dokploy", "ines");
  const view = JSON.parse(auditor.find(([url]) => url.includes("/api/view/dokploy"))[1]);
  assert.deepEqual(view.members.map((m) => m.userId), memberIds);
  assert.deepEqual(view.members.filter((m) => m.access).map((m) => m.userId), ["ines"]);
  assert.deepEqual(carrying(auditor, ['"canCreateServices"', '"canAccessToDocker"', '"accessedServices":["shop']), []);
  // Portainer: a standard user and an environment administrator receive no other user's or
  // team's name; their slices keep the others' ids only (a new control may name anyone).
  for (const [user, mine] of [["2", ["alice", "devs"]], ["5", ["carl"]]]) {
    const names = PORTAINER_STATE.users.map((u) => u.name).concat(PORTAINER_STATE.teams.map((t) => t.name)).filter((name) => !mine.includes(name));
    const texts = await trafficAs("portainer", user);
    assert.ok(texts.some(([url, text]) => url.includes("/api/slice/portainer") && text.includes(`"user":"${user}"`)), "the user's slice was fetched");
    assert.deepEqual(carrying(texts, names.map((name) => `"${name}"`).concat(names.map((name) => `team ${name}`), names.map((name) => `: ${name}`))), [], `signed in as ${user}`);
  }
});
