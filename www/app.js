// The demo page, built as a product's front-end would be: it signs in as one user, receives
// that user's slice of the policy from the demo server (scripts/serve.mjs), which holds the
// whole state, and decides every control locally with the package's product entries
// (`portcullis/dokploy/web`, `portcullis/portainer/web`: no adapter, one product each). Every
// change goes to the server, which applies it to the full state as the signed-in user and
// answers with a new slice; the page swaps it in with `replace()` and re-renders from
// `subscribe()`. The page never receives another user's policy.
import initDokploy, { Dokploy, version } from "/pkg/dokploy/web.js";
import initPortainer, { Portainer } from "/pkg/portainer/web.js";
import { renderDokploy, resetDokployView } from "./dokploy.js";
import { renderPortainer, resetPortainerView } from "./portainer.js";
import { decidedBy, effectiveAccess, h } from "./ui.js";

const MODELS = {
  dokploy: { Model: Dokploy, render: renderDokploy, reset: resetDokployView, firstUser: "maya", product: "Dokploy rows" },
  portainer: { Model: Portainer, render: renderPortainer, reset: resetPortainerView, firstUser: "2", product: "Portainer API responses" },
};

const $ = (id) => document.getElementById(id);
const app = {
  view: "dokploy",
  /** Per model: the authorizer holding the signed-in user's slice. */
  authorizers: {},
  /** Per model: what the server said with the slice (its fingerprint, both sizes). */
  held: {},
  /** Per model: the screen data the server lets the signed-in user see. */
  views: {},
  /** Per model: the sign-in choices. */
  accounts: {},
  users: { dokploy: MODELS.dokploy.firstUser, portainer: MODELS.portainer.firstUser },
  // Each page is its own session on the server, so two tabs never share a state.
  session: globalThis.crypto?.randomUUID?.() ?? `s-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  queues: {},
  pending: 0,
};

function notify(message, isError = false) {
  const node = $("notice");
  node.textContent = message;
  node.className = `small ${isError ? "error" : "ok"}`;
}

// ------------------------------------------------------------------- the server

/** One request to the demo API as this page's session and signed-in user of `model`: its
 *  status and JSON body, or status 0 when the server cannot be reached. */
async function request(method, path, model, body) {
  const headers = { "x-demo-session": app.session, "x-demo-user": app.users[model] };
  if (body !== undefined) headers["content-type"] = "application/json";
  try {
    const response = await fetch(path, { method, headers, body: body === undefined || typeof body === "string" ? body : JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  } catch (error) {
    return { status: 0, body: { code: "unreachable", message: error.message } };
  }
}

/** Runs `task` after everything sent before for `model`, so answers apply in order. */
function queue(model, task) {
  // `data-pending` tells a watcher (the end-to-end test) when every answer has been taken in.
  app.pending += 1;
  document.body.dataset.pending = String(app.pending);
  app.queues[model] = Promise.resolve(app.queues[model]).catch(() => {}).then(task).finally(() => {
    app.pending -= 1;
    document.body.dataset.pending = String(app.pending);
  });
  return app.queues[model];
}

/** Takes in an answer that carries a new slice: the screen data first (read again, as it may
 *  have changed with the state), then the slice, whose `replace` re-renders the page. The
 *  first slice makes the model's authorizer. */
async function takeSlice(model, reply) {
  const view = await request("GET", `/api/view/${model}`, model);
  if (view.status === 200) app.views[model] = view.body;
  app.held[model] = { fingerprint: reply.fingerprint, fullBytes: reply.fullBytes, sliceBytes: reply.sliceBytes };
  if (app.authorizers[model]) return app.authorizers[model].replace(reply.slice);
  app.authorizers[model] = MODELS[model].Model.load(reply.slice);
  // Every later slice (a change, another user) re-renders the view that shows it.
  app.authorizers[model].subscribe(() => { if (app.view === model) render(); });
}

/** Fetches the signed-in user's slice and screen data. */
function refresh(model) {
  return queue(model, async () => {
    const reply = await request("GET", `/api/slice/${model}`, model);
    if (reply.status !== 200) return notify(`The server did not send the policy: ${reply.body.code}: ${reply.body.message}`, true);
    await takeSlice(model, reply.body);
  });
}

/** Sends a change to the server; on success takes the new slice it answers with. A refusal is
 *  shown (beside the control, when `errorNode` is given) and changes nothing. */
function change(method, path, body, message, after, errorNode) {
  const model = app.view;
  return queue(model, async () => {
    const reply = await request(method, path, model, body);
    if (reply.status !== 200) {
      const text = `${reply.body.code}${reply.body.path ? ` at ${reply.body.path}` : ""}: ${reply.body.message}`;
      errorNode?.replaceChildren(h("p", { class: "field-error", role: "alert" }, text));
      notify(`The server refused it — ${text}`, true);
      return false;
    }
    after?.();
    await takeSlice(model, reply.body);
    notify(message ?? reply.body.done ?? "Done.");
    return true;
  });
}

/** A management call (`createRole`, `assignRole`, …) as the signed-in user, applied by the
 *  server to the full state. */
function manage(method, args, message, after, errorNode) {
  return change("POST", `/api/manage/${app.view}/${method}`, { args }, message, after, errorNode);
}

function showPolicy() {
  const model = app.view;
  const authorizer = app.authorizers[model];
  const held = app.held[model];
  const browser = authorizer.sourceFingerprint() ?? "…";
  const server = held?.fingerprint ?? "…";
  $("browser-fingerprint").textContent = browser;
  $("server-fingerprint").textContent = server;
  $("slice-size").textContent = held
    ? `${nameOf(model)}'s slice: ${size(held.sliceBytes)} of the ${size(held.fullBytes)} state (${Math.round((100 * held.sliceBytes) / held.fullBytes)} %)`
    : "…";
  const same = browser === server;
  $("sync-status").textContent = same ? "✓ same policy" : "✗ not the same policy";
  $("sync-status").className = same ? "ok" : "error";
}

function nameOf(model) {
  return app.accounts[model]?.find((a) => a.id === app.users[model])?.name ?? app.users[model];
}

function size(count) {
  return count < 1024 ? `${count} B` : `${(count / 1024).toFixed(1)} KB`;
}

/** Sends an action to the server, allowed or not, and shows the browser's prediction beside
 * the server's answer. An action that changed the state (creating a project) brings a slice. */
async function perform(send) {
  await app.queues[send.model];
  const browserFingerprint = app.authorizers[send.model].sourceFingerprint();
  const { status, body } = await request("POST", `/api/actions/${send.model}/${encodeURIComponent(send.action)}`, send.model, { target: send.target });
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
        h("td", { colspan: 2, class: "small" }, "browser ", h("code", {}, (browserFingerprint ?? "").slice(0, 19)), " · server ", h("code", { id: "server-answer-fingerprint" }, (body.fingerprint ?? "").slice(0, 19))))),
    h("p", { class: agree ? "ok" : "error" }, agree ? "✓ The server reached the browser's decision." : "✗ The server and the browser disagree."),
    h("p", { class: "small" }, body.message ?? "", body.done ? ` — ${body.done}` : ""),
    decidedBy(body) ? h("p", { class: "small muted" }, `Decided by: ${decidedBy(body)}`) : null);
  // On a phone the panel sits below the view: bring the answer into sight.
  if (window.matchMedia("(max-width: 900px)").matches) $("server-panel").scrollIntoView({ block: "nearest" });
  if (status === 200 && body.slice) await queue(send.model, () => takeSlice(send.model, body));
  return { status, body };
}

// ------------------------------------------------------------------- rendering

function render() {
  const model = MODELS[app.view];
  const authorizer = app.authorizers[app.view];
  const focused = document.activeElement?.dataset?.key;
  for (const tab of document.querySelectorAll("[role=tab]")) {
    tab.setAttribute("aria-selected", String(tab.id === `tab-${app.view}`));
  }
  const user = app.users[app.view];
  const choices = app.accounts[app.view] ?? [];
  $("view-as").replaceChildren(...choices.map((c) => h("option", { value: c.id, selected: c.id === user }, c.name)));
  const userLabel = nameOf(app.view);
  const slice = authorizer.toJSON();
  // Everyone's access is for those who manage the users: Dokploy's member.read, Portainer's
  // global administrator. The server checks it again.
  const audits = app.view === "dokploy"
    ? authorizer.can(user, "member.read")
    : slice.users?.some((u) => u.id === user && u.administrator) === true;
  const viewModel = app.view;
  effectiveAccess.ask = audits ? (id, target) => request("POST", `/api/who-can/${viewModel}`, viewModel, { id, target }) : null;
  const ctx = {
    authorizer, slice, view: app.views[app.view], user, userLabel, Dokploy, Portainer,
    perform, tryIt: perform, manage, render, notify,
    preview: (method, args) => request("POST", `/api/preview/${viewModel}/${method}`, viewModel, { args }),
    setup: (body) => change("POST", `/api/setup/${app.view}`, body),
    invite: (body, errorNode) => change("POST", `/api/invite/${app.view}`, body, undefined, undefined, errorNode),
  };
  $("view").replaceChildren(model.render(ctx));
  $("view").dataset.view = app.view;
  $("state-format").options[1].textContent = `the product's own data (${model.product})`;
  showPolicy();
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

/** Sign-in choices, then the signed-in user's slice: after a new state, the user may be gone. */
async function signIn(model) {
  const reply = await request("GET", `/api/accounts/${model}`, model);
  app.accounts[model] = reply.status === 200 ? reply.body.accounts : [];
  if (!app.accounts[model].some((a) => a.id === app.users[model])) app.users[model] = app.accounts[model][0]?.id ?? "";
  await refresh(model);
}

/** The state text goes to the server, which loads it with the package (the adapters, for the
 *  product's own data, stay there); the page then receives its user's slice of it. */
async function importState() {
  const model = app.view;
  const product = $("state-format").value === "product";
  const reply = await queue(model, () => request("PUT", `/api/state/${model}${product ? "?format=product" : ""}`, model, $("state-text").value));
  if (reply.status !== 200) {
    // The server keeps the state it had: nothing is replaced until the new one has loaded.
    const { code, path, message } = reply.body;
    $("import-status").replaceChildren(h("p", { class: "error" }, `Not imported — ${code}${path ? ` at ${path}` : ""}: ${message}`));
    return;
  }
  MODELS[model].reset();
  await signIn(model);
  const { warnings } = reply.body;
  $("import-status").replaceChildren(h("p", { class: "ok" }, `Imported on the server${product ? ` from ${MODELS[model].product}` : ""}: ${warnings.length} warning${warnings.length === 1 ? "" : "s"}.`));
  $("warnings").replaceChildren(...warnings.map((w) => h("li", { class: "warning" }, h("code", {}, w.code), w.path ? ` at ${w.path}` : "", `: ${w.message}`)));
}

/** What the page holds: the signed-in user's slice, as `toJSON()` gives it. */
function exportState() {
  const text = JSON.stringify(app.authorizers[app.view].toJSON(), null, 2);
  $("state-text").value = text;
  $("state-format").value = "state";
  const link = $("download");
  URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  link.download = `${app.view}-slice-${app.users[app.view]}.json`;
  link.hidden = false;
  $("import-status").replaceChildren(h("p", { class: "ok" }, `Exported: ${nameOf(app.view)}'s slice, the policy this page holds. The full state stays on the server.`));
}

async function resetState() {
  const model = app.view;
  await queue(model, () => request("DELETE", `/api/state/${model}`, model));
  MODELS[model].reset();
  app.users[model] = MODELS[model].firstUser;
  await signIn(model);
  $("import-status").replaceChildren(h("p", { class: "ok" }, "Reset to the sample."));
  $("warnings").replaceChildren();
}

// Both product modules at once: each is the package's entry for that product alone.
await Promise.all([initDokploy(), initPortainer()]);
$("version").textContent = version();
await Promise.all(Object.keys(MODELS).map(signIn));
if (Object.keys(MODELS).some((model) => !app.authorizers[model] || !app.views[model])) throw new Error("the demo server did not send the policy");
$("view-as").addEventListener("change", (e) => { app.users[app.view] = e.target.value; refresh(app.view); });
$("import").addEventListener("click", importState);
$("export").addEventListener("click", exportState);
$("reset").addEventListener("click", resetState);
window.addEventListener("hashchange", route);
route();
document.body.dataset.pending = String(app.pending);
document.body.dataset.ready = "true";
