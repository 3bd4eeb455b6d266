// The demo page: the npm package's `portcullis/web` entry, used as a page without a bundler
// uses it. The browser decides every control with the package; the demo server (scripts/
// serve.mjs) decides every action sent to it with the same package in Node.
import init, { Dokploy, Portainer, PortcullisError, version } from "/pkg/web.js";
import { DOKPLOY_STATE, PORTAINER_STATE } from "./samples.js";
import { dokployUsers, renderDokploy, resetDokployView } from "./dokploy.js";
import { portainerUsers, renderPortainer, resetPortainerView } from "./portainer.js";
import { decidedBy, h } from "./ui.js";

const MODELS = {
  dokploy: {
    Model: Dokploy, sample: DOKPLOY_STATE, render: renderDokploy, users: dokployUsers, reset: resetDokployView,
    fromProduct: (text) => Dokploy.fromRows(text), firstUser: "maya", product: "Dokploy rows",
  },
  portainer: {
    Model: Portainer, sample: PORTAINER_STATE, render: renderPortainer, users: portainerUsers, reset: resetPortainerView,
    fromProduct: (text) => Portainer.fromApi(text), firstUser: "2", product: "Portainer API responses",
  },
};

const $ = (id) => document.getElementById(id);
const app = {
  view: "dokploy",
  authorizers: {},
  users: { dokploy: MODELS.dokploy.firstUser, portainer: MODELS.portainer.firstUser },
  // Each page is its own session on the server, so two tabs never share a state.
  session: globalThis.crypto?.randomUUID?.() ?? `s-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  synced: {},
  syncs: {},
};

function errorText(error) {
  if (error instanceof PortcullisError) return `${error.code}${error.path ? ` at ${error.path}` : ""}: ${error.message}`;
  return String(error?.message ?? error);
}

function notify(message, isError = false) {
  const node = $("notice");
  node.textContent = message;
  node.className = `small ${isError ? "error" : "ok"}`;
}

// ------------------------------------------------------------------- the server

/** One request to the demo API as this page's session (and `user`, when given): its status
 * and JSON body, or status 0 when the server cannot be reached. */
async function request(method, path, body, user) {
  const headers = { "content-type": "application/json", "x-demo-session": app.session };
  if (user !== undefined) headers["x-demo-user"] = user;
  try {
    const response = await fetch(path, { method, headers, body: typeof body === "string" ? body : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  } catch (error) {
    return { status: 0, body: { code: "unreachable", message: error.message } };
  }
}

/** Runs `task` after everything sent before for `model`, so that the server sees the
 * browser's changes in order. */
function queue(model, task) {
  app.syncs[model] = Promise.resolve(app.syncs[model]).catch(() => {}).then(task);
  return app.syncs[model];
}

/** Hands `text`, a state of `model`, to the server, which loads it with the package. */
async function putState(model, text) {
  const reply = await request("PUT", `/api/state/${model}`, text);
  app.synced[model] = reply.status === 200 ? reply.body.fingerprint : `${reply.status === 0 ? "unreachable" : "refused"}: ${reply.body.code}`;
}

/** Hands the model's state to the server; the page shows both fingerprints so a difference
 * would be visible. */
function sync(model) {
  const authorizer = app.authorizers[model];
  const text = JSON.stringify(authorizer.toJSON());
  const fingerprint = authorizer.fingerprint();
  return queue(model, async () => {
    await putState(model, text);
    if (model === app.view && app.authorizers[model].fingerprint() === fingerprint) showFingerprints();
  });
}

function showFingerprints() {
  const browser = app.authorizers[app.view].fingerprint();
  const server = app.synced[app.view] ?? "…";
  $("browser-fingerprint").textContent = browser;
  $("server-fingerprint").textContent = server;
  const same = browser === server;
  $("sync-status").textContent = same ? "✓ same policy" : "✗ not the same policy";
  $("sync-status").className = same ? "ok" : "error";
}

/** Sends an action to the server, allowed or not, and shows the browser's prediction beside
 * the server's answer. */
async function perform(send) {
  await app.syncs[send.model];
  const browserFingerprint = app.authorizers[send.model].fingerprint();
  const { status, body } = await request("POST", `/api/actions/${send.model}/${encodeURIComponent(send.action)}`, { target: send.target }, send.user);
  const predicted = send.prediction;
  const agree = (status === 200) === predicted.allowed && (status === 200 || status === 403) && body.code === predicted.code;
  $("server-result").replaceChildren(
    h("h3", {}, `${send.label} `, h("span", { class: "muted small" }, `as ${send.user} · ${body.id ?? ""}`)),
    h("table", { class: "verdicts", "data-agree": String(agree) },
      h("tr", {}, h("th", { scope: "row" }, "Browser predicted"),
        h("td", { id: "browser-verdict" }, predicted.allowed ? "allowed" : "denied"), h("td", {}, h("code", { id: "browser-code" }, predicted.code))),
      h("tr", {}, h("th", { scope: "row" }, "Server answered"),
        h("td", { id: "server-status" }, String(status)), h("td", {}, h("code", { id: "server-code" }, body.code ?? ""))),
      h("tr", {}, h("th", { scope: "row" }, "Policies"),
        h("td", { colspan: 2, class: "small" }, "browser ", h("code", {}, browserFingerprint.slice(0, 19)), " · server ", h("code", { id: "server-answer-fingerprint" }, (body.fingerprint ?? "").slice(0, 19))))),
    h("p", { class: agree ? "ok" : "error" }, agree ? "✓ The server reached the browser's decision." : "✗ The server and the browser disagree."),
    h("p", { class: "small" }, body.message ?? "", body.done ? ` — ${body.done}` : ""),
    decidedBy(body) ? h("p", { class: "small muted" }, `Decided by: ${decidedBy(body)}`) : null);
  // On a phone the panel sits below the view: bring the answer into sight.
  if (window.matchMedia("(max-width: 900px)").matches) $("server-panel").scrollIntoView({ block: "nearest" });
  return { status, body };
}

// ------------------------------------------------------------------- state changes

/**
 * Applies a management call (`createRole`, `assignRole`, …) as the acting user, in the
 * browser and on the server, which applies it to its own state with the same package: both
 * fingerprints then show whether they still hold the same policy. A refusal is shown and
 * changes nothing.
 */
function mutate(method, args, message, after, errorNode) {
  const model = app.view;
  const user = app.users[model];
  try {
    app.authorizers[model][method](user, ...args);
  } catch (error) {
    const text = errorText(error);
    if (errorNode) errorNode.replaceChildren(h("p", { class: "field-error", role: "alert" }, text));
    notify(text, true);
    return false;
  }
  after?.();
  notify(message);
  manage(model, method, user, args);
  render();
  return true;
}

/** Sends a management call to the server; if it refuses what the browser applied, says so and
 * hands it the browser's state so the two agree again. */
function manage(model, method, user, args) {
  return queue(model, async () => {
    const reply = await request("POST", `/api/manage/${model}/${method}`, { args }, user);
    if (reply.status === 200) {
      app.synced[model] = reply.body.fingerprint;
    } else {
      notify(`The server refused ${method}: ${reply.body.code}: ${reply.body.message}`, true);
      await putState(model, JSON.stringify(app.authorizers[model].toJSON()));
    }
    if (model === app.view) showFingerprints();
  });
}

/** A change the model has no mutator for (the licence, a security setting, an accepted
 * invitation): the state is edited and loaded again, so the package checks all of it. */
function editState(edit, message) {
  const model = app.view;
  const state = app.authorizers[model].toJSON();
  edit(state);
  let next;
  try {
    next = MODELS[model].Model.load(state);
  } catch (error) {
    notify(errorText(error), true);
    render();
    return false;
  }
  replace(model, next);
  notify(message);
  render();
  return true;
}

function replace(model, authorizer) {
  app.authorizers[model]?.free();
  app.authorizers[model] = authorizer;
  sync(model);
}

// ------------------------------------------------------------------- rendering

function currentUser(state) {
  const choices = MODELS[app.view].users(state, app.authorizers[app.view]);
  if (!choices.some((c) => c.id === app.users[app.view])) app.users[app.view] = choices[0]?.id ?? "";
  return { choices, user: app.users[app.view] };
}

function render() {
  const model = MODELS[app.view];
  const focused = document.activeElement?.dataset?.key;
  for (const tab of document.querySelectorAll("[role=tab]")) {
    tab.setAttribute("aria-selected", String(tab.id === `tab-${app.view}`));
  }
  // The state every screen reads, taken once per render.
  const state = app.authorizers[app.view].toJSON();
  const { choices, user } = currentUser(state);
  $("view-as").replaceChildren(...choices.map((c) => h("option", { value: c.id, selected: c.id === user }, c.label)));
  const userLabel = choices.find((c) => c.id === user)?.label.replace(/ \(.*\)$/, "") ?? user;
  const ctx = {
    authorizer: app.authorizers[app.view], state, user, userLabel, Dokploy, Portainer,
    perform, tryIt: perform, mutate, editState, render, notify,
  };
  $("view").replaceChildren(model.render(ctx));
  $("view").dataset.view = app.view;
  $("state-format").options[1].textContent = `the product's own data (${model.product})`;
  showFingerprints();
  if (focused) document.querySelector(`[data-key="${CSS.escape(focused)}"]`)?.focus();
}

function route() {
  const hash = location.hash.slice(1);
  const view = hash.startsWith("portainer") ? "portainer" : "dokploy";
  const changed = view !== app.view;
  app.view = view;
  render();
  const section = hash.includes("-") ? document.getElementById(hash) : null;
  if (section) section.scrollIntoView({ block: "start" });
  else if (changed) window.scrollTo(0, 0);
}

// ------------------------------------------------------------------- state in and out

function importState() {
  const text = $("state-text").value;
  const product = $("state-format").value === "product";
  const model = MODELS[app.view];
  let authorizer;
  try {
    authorizer = product ? model.fromProduct(text) : model.Model.load(text);
  } catch (error) {
    // The current state stays: nothing is replaced until the new one has loaded.
    $("import-status").replaceChildren(h("p", { class: "error" }, `Not imported — ${errorText(error)}`));
    return;
  }
  replace(app.view, authorizer);
  model.reset();
  const warnings = authorizer.warnings();
  $("import-status").replaceChildren(h("p", { class: "ok" }, `Imported${product ? ` from ${model.product}` : ""}: ${warnings.length} warning${warnings.length === 1 ? "" : "s"}.`));
  $("warnings").replaceChildren(...warnings.map((w) => h("li", { class: "warning" }, h("code", {}, w.code), w.path ? ` at ${w.path}` : "", `: ${w.message}`)));
  render();
}

function exportState() {
  const text = JSON.stringify(app.authorizers[app.view].toJSON(), null, 2);
  $("state-text").value = text;
  $("state-format").value = "state";
  const link = $("download");
  URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  link.download = `${app.view}-state.json`;
  link.hidden = false;
  $("import-status").replaceChildren(h("p", { class: "ok" }, "Exported: the state is in the box above, as toJSON() gives it."));
}

function resetState() {
  const model = MODELS[app.view];
  replace(app.view, model.Model.load(model.sample));
  model.reset();
  app.users[app.view] = model.firstUser;
  $("import-status").replaceChildren(h("p", { class: "ok" }, "Reset to the sample."));
  $("warnings").replaceChildren();
  render();
}

await init();
$("version").textContent = version();
for (const [name, model] of Object.entries(MODELS)) replace(name, model.Model.load(model.sample));
$("view-as").addEventListener("change", (e) => { app.users[app.view] = e.target.value; render(); });
$("import").addEventListener("click", importState);
$("export").addEventListener("click", exportState);
$("reset").addEventListener("click", resetState);
window.addEventListener("hashchange", route);
route();
await Promise.all(Object.values(app.syncs));
showFingerprints();
document.body.dataset.ready = "true";
