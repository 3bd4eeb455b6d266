// Serves the demo: www/ at /, the built package at /pkg/, and the demo's API at /api/: the
// products' backends in miniature (scripts/demo/backend.mjs). The server holds each session's
// full states; the page receives the slice of the user it signs in as and what that user may
// see, and sends every change here. Loopback only.
// Usage: node scripts/serve.mjs [port]   (port 0 picks a free one; the URL is printed)
//
// API (JSON in and out; `x-demo-session` names the page's session, `x-demo-user` the signed-in
// user, standing in for what a real service reads from its authentication). {model} is
// dokploy or portainer; a session starts with the samples. "→ slice" answers
// { fingerprint, fullBytes, sliceBytes, slice, … } with the user's new slice.
//   GET    /api/accounts/{model}          the sign-in choices (ids and names only)
//   GET    /api/slice/{model}             → slice
//   GET    /api/view/{model}              what the user's screens show (see backend.mjs)
//   PUT    /api/state/{model}[?format=product]   body: a full state, or the product's own data
//                                         → { fingerprint, warnings } | 400 error with its path
//   DELETE /api/state/{model}             back to the sample → { fingerprint }
//   POST   /api/actions/{model}/{action}  body: { target? } → 200 | 403 { code, message, … }
//                                         (+ slice when the action changed the state)
//   POST   /api/manage/{model}/{method}   body: { args } → slice | 403 | 400: a management call
//                                         (createRole, assignRole, …) as the signed-in user
//   POST   /api/who-can/{model}           body: { id, target } → { entries: [{ user, decision }] } | 403
//   POST   /api/preview/{model}/{method}  body: { args } → { total, changes } | 403 | 400: a preview
//   POST   /api/invite/dokploy            body: { userId, role } → slice | 403 | 400 | 409
//   POST   /api/setup/{model}             the demo's own switches (licence, security settings)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, normalize, extname, dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { PortcullisError } from "../pkg/node.js";
import { DOKPLOY_ENTRY_POINTS } from "../pkg/lib/generated/dokploy-entry-points.js";
import { PORTAINER_ENTRY_POINTS } from "../pkg/lib/generated/portainer-entry-points.js";
import { BACKENDS, DemoError } from "./demo/backend.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};
/** The management calls the API applies — every entry point that changes the state, from the
 *  package's table, but `replace` (a whole state is PUT) — each taking the acting user first,
 *  and how many arguments each reads. */
const management = (table) => new Map(table.filter(([name, , kind]) => kind === "change" && name !== "replace").map(([name, , , , , arity]) => [name, arity - 1]));
const MANAGEMENT = { dokploy: management(DOKPLOY_ENTRY_POINTS), portainer: management(PORTAINER_ENTRY_POINTS) };
/** What a call may get wrong in its own arguments (400); any other refusal is the model's (403). */
const BAD_ARGUMENTS = new Set(["invalid_argument", "invalid_value", "duplicate_id", "duplicate_key", "unknown_id"]);
/** Largest request body the API reads. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Sessions kept at once; the least recently used one is dropped (and its states freed) first. */
const MAX_SESSIONS = 64;

/** Each page session's backends, by model; a Map keeps them in least-recently-used order. */
const sessions = new Map();

function backend(sessionId, model) {
  let entry = sessions.get(sessionId);
  if (entry) sessions.delete(sessionId);
  else entry = {};
  sessions.set(sessionId, entry);
  while (sessions.size > MAX_SESSIONS) {
    const [oldest, dropped] = sessions.entries().next().value;
    for (const held of Object.values(dropped)) held.free();
    sessions.delete(oldest);
  }
  entry[model] ??= new BACKENDS[model]();
  return entry[model];
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

function errorBody(error) {
  return { code: error.code, message: error.message, path: error.path };
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new DemoError(413, "body_too_large", `the body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A request's JSON body; an empty body reads as `{}`. */
async function readJson(req) {
  const text = await readBody(req);
  return text ? JSON.parse(text) : {};
}

/** Runs a change of the full state; a refusal of the package is 403 (400 for bad arguments)
 *  with the server's fingerprint, to show that nothing changed. */
function change(held, task) {
  try {
    return task();
  } catch (error) {
    if (!(error instanceof PortcullisError)) throw error;
    throw new DemoError(BAD_ARGUMENTS.has(error.code) ? 400 : 403, error.code, error.message, { path: error.path, fingerprint: held.authorizer.fingerprint() });
  }
}

async function api(req, res, parts, query) {
  const [kind, model, name] = parts;
  const sessionId = req.headers["x-demo-session"];
  if (!Object.hasOwn(BACKENDS, model ?? "") || typeof sessionId !== "string" || sessionId === "") {
    throw new DemoError(404, "not_found", "unknown model or missing x-demo-session");
  }
  const user = req.headers["x-demo-user"] ?? "";
  const held = backend(sessionId, model);
  const route = `${req.method} ${kind}${parts.length === 3 ? "/*" : ""}`;
  switch (route) {
    case "GET accounts": return send(res, 200, { accounts: held.accounts() });
    case "GET slice": return send(res, 200, held.sliceReply(user));
    case "GET view": return send(res, 200, held.view(user));
    case "PUT state": {
      // Loading checks everything: a bad state is refused with the path of the bad value, and
      // the session keeps the state it had.
      const warnings = held.load(await readBody(req), query.get("format"));
      return send(res, 200, { fingerprint: held.authorizer.fingerprint(), warnings });
    }
    case "DELETE state":
      held.reset();
      return send(res, 200, { fingerprint: held.authorizer.fingerprint() });
    case "POST actions/*": {
      const body = await readJson(req);
      const { decision, label, done, changed } = held.act(user, name, body?.target ?? undefined);
      if (!decision.allowed) return send(res, 403, decision);
      // A real service would act here; the demo reports what it would have done.
      const answer = { ...decision, done: `${label}: ${done ?? "done"}` };
      return send(res, 200, changed ? held.sliceReply(user, answer) : answer);
    }
    case "POST manage/*": {
      if (!MANAGEMENT[model].has(name)) throw new DemoError(404, "not_found", `no management call \`${name}\``);
      const body = await readJson(req);
      const args = Array.isArray(body?.args) ? body.args.slice(0, MANAGEMENT[model].get(name)) : [];
      change(held, () => held.authorizer[name](user, ...args));
      return send(res, 200, held.sliceReply(user, { done: `${name} applied` }));
    }
    case "POST who-can": {
      // Effective access: who may do `id` on `target`, for those who may see everyone's access.
      const body = await readJson(req);
      if (!held.audits(user)) throw new DemoError(403, "role_required", "only who manages the users sees everyone's access");
      const entries = change(held, () => held.authorizer.whoCan(body?.id, body?.target ?? null));
      return send(res, 200, { entries: entries.map(({ user: who, decision }) => ({ user: who, decision: { code: decision.code, message: decision.message } })) });
    }
    case "POST preview/*": {
      // What a management call would change, before it is saved: the same refusals as the call.
      if (!MANAGEMENT[model].has(name)) throw new DemoError(404, "not_found", `no management call \`${name}\``);
      const preview = `preview${name[0].toUpperCase()}${name.slice(1)}`;
      if (typeof held.authorizer[preview] !== "function") throw new DemoError(404, "not_found", `no preview of \`${name}\``);
      const body = await readJson(req);
      const args = Array.isArray(body?.args) ? body.args.slice(0, MANAGEMENT[model].get(name)) : [];
      const changes = change(held, () => held.authorizer[preview](user, ...args));
      const shown = changes.slice(0, 50).map((c) => ({ user: c.user, id: c.id, target: c.target, gains: c.after.allowed }));
      return send(res, 200, { total: changes.length, changes: shown });
    }
    case "POST invite": {
      if (!held.invite) break;
      const body = await readJson(req);
      const done = change(held, () => held.invite(user, body));
      return send(res, 200, held.sliceReply(user, { done }));
    }
    case "POST setup": {
      const body = await readJson(req);
      const done = change(held, () => held.setup(body));
      return send(res, 200, held.sliceReply(user, { done }));
    }
  }
  throw new DemoError(405, "method_not_allowed", `${req.method} /api/${parts.join("/")}`);
}

/** Static files come from www/ (at /) and pkg/ (at /pkg/) only: a path that leaves its folder
 *  (`/pkg/..%2F.git%2Fconfig`) is refused. */
async function file(req, res, path) {
  const [base, inside] = path.startsWith("/pkg/") ? [join(root, "pkg"), path.slice("/pkg".length)] : [join(root, "www"), path];
  if (path.endsWith("/")) path += "index.html";
  const target = normalize(join(base, inside.endsWith("/") ? `${inside}index.html` : inside));
  if (!target.startsWith(base + sep)) return send(res, 403, { code: "forbidden", message: "outside the served folders" });
  try {
    if (!(await stat(target)).isFile()) throw new Error("not a file");
    const body = await readFile(target);
    res.writeHead(200, { "content-type": TYPES[extname(target)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch {
    send(res, 404, { code: "not_found", message: `not found: ${path}` });
  }
}

export function startServer(port = 8080, host = "127.0.0.1") {
  const server = createServer(async (req, res) => {
    try {
      // The request target as a path on this host: `//name/…` is a path here, not another host.
      const url = new URL(`http://localhost${req.url ?? "/"}`);
      const path = decodeURIComponent(url.pathname);
      if (path.startsWith("/api/")) await api(req, res, path.slice(5).split("/"), url.searchParams);
      else await file(req, res, path);
    } catch (error) {
      if (res.headersSent) return res.end();
      if (error instanceof DemoError) send(res, error.status, { ...error.extra, code: error.code, message: error.message });
      else if (error instanceof PortcullisError) send(res, 400, errorBody(error));
      else if (error instanceof SyntaxError) send(res, 400, { code: "invalid_json", message: error.message });
      else if (error instanceof URIError || error?.code === "ERR_INVALID_URL") send(res, 400, { code: "bad_path", message: error.message });
      else send(res, error.status ?? 500, { code: error.code ?? "server_error", message: String(error.message ?? error) });
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer(Number(process.argv[2] ?? 8080));
  const { port } = server.address();
  console.log(`portcullis demo: http://127.0.0.1:${port}/  (Ctrl-C stops it)`);
}
