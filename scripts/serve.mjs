// Serves the demo: www/ at /, the built package at /pkg/, and the demo's API at /api/, which
// gates every action with the same package in Node, as a user's own service would. Loopback
// only. Usage: node scripts/serve.mjs [port]   (port 0 picks a free one; the URL is printed)
//
// API (JSON in and out; `x-demo-session` names the page's session, `x-demo-user` the acting
// user, standing in for what a real service reads from its authentication):
//   PUT  /api/state/{dokploy|portainer}          body: the state → 200 { fingerprint } | 400 error
//   POST /api/actions/{dokploy|portainer}/{action} body: { target? } → 200 | 403 { code, message, … }
//   POST /api/manage/dokploy/{method}             body: { args } → 200 { fingerprint } | 403 | 400
//        a management call (createRole, assignRole, …) applied as the acting user
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, normalize, extname, dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Dokploy, Portainer, PortcullisError } from "../pkg/node.js";
import { DOKPLOY_ENTRY_POINTS } from "../pkg/lib/generated/dokploy-entry-points.js";
import { PORTAINER_ENTRY_POINTS } from "../pkg/lib/generated/portainer-entry-points.js";
import { DOKPLOY_ACTIONS, PORTAINER_ACTIONS, gatedId } from "../www/actions.js";

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
const MODELS = { dokploy: Dokploy, portainer: Portainer };
/** The management calls the API applies — every entry point that changes the state, from the
 *  package's table — each taking the acting user first, and how many arguments each reads. */
const management = (table) => new Map(table.filter(([, , kind]) => kind === "change").map(([name, , , , , arity]) => [name, arity - 1]));
const MANAGEMENT = { dokploy: management(DOKPLOY_ENTRY_POINTS), portainer: management(PORTAINER_ENTRY_POINTS) };
/** What a call may get wrong in its own arguments (400); any other refusal is the model's (403). */
const BAD_ARGUMENTS = new Set(["invalid_argument", "invalid_value", "duplicate_id", "duplicate_key"]);
const LABELS = { dokploy: DOKPLOY_ACTIONS, portainer: PORTAINER_ACTIONS };
/** Largest request body the API reads. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Sessions kept at once; the least recently used one is dropped (and its state freed) first. */
const MAX_SESSIONS = 64;

/** Each page session's authorizers, by model; a Map keeps them in least-recently-used order. */
const sessions = new Map();

function session(id) {
  let entry = sessions.get(id);
  if (entry) sessions.delete(id);
  else entry = {};
  sessions.set(id, entry);
  while (sessions.size > MAX_SESSIONS) {
    const [oldest, dropped] = sessions.entries().next().value;
    for (const authorizer of Object.values(dropped)) authorizer.free();
    sessions.delete(oldest);
  }
  return entry;
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function errorBody(error) {
  return { code: error.code, message: error.message, path: error.path };
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error(`the body is over ${MAX_BODY_BYTES} bytes`), { status: 413, code: "body_too_large" });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A request's JSON body; an empty body reads as `{}`. */
async function readJson(req) {
  const text = await readBody(req);
  return text ? JSON.parse(text) : {};
}

async function api(req, res, parts) {
  const [kind, model, action] = parts;
  const Model = Object.hasOwn(MODELS, model) ? MODELS[model] : undefined;
  const sessionId = req.headers["x-demo-session"];
  if (!Model || typeof sessionId !== "string" || sessionId === "") {
    return send(res, 404, { code: "not_found", message: "unknown model or missing x-demo-session" });
  }
  if (kind === "state" && req.method === "PUT" && parts.length === 2) {
    // Loading checks everything: a bad state is refused with the path of the bad value,
    // and the session keeps the state it had.
    const authorizer = Model.load(await readBody(req));
    const states = session(sessionId);
    states[model]?.free();
    states[model] = authorizer;
    return send(res, 200, { fingerprint: authorizer.fingerprint() });
  }
  if (kind === "actions" && req.method === "POST" && parts.length === 3) {
    const id = gatedId(model, action);
    if (!id) return send(res, 404, { code: "not_found", message: `no action \`${action}\`` });
    const authorizer = session(sessionId)[model];
    if (!authorizer) return send(res, 409, { code: "no_state", message: "PUT the session's state first" });
    const body = await readJson(req);
    const user = req.headers["x-demo-user"] ?? "";
    const decision = authorizer.explain(user, id, body?.target ?? undefined);
    const fingerprint = authorizer.fingerprint();
    if (!decision.allowed) return send(res, 403, { ...decision, id, fingerprint });
    // A real service would act here; the demo only reports what it would have done.
    return send(res, 200, { ...decision, id, fingerprint, done: `${LABELS[model][action].label}: done` });
  }
  if (kind === "manage" && req.method === "POST" && parts.length === 3) {
    if (!MANAGEMENT[model].has(action)) return send(res, 404, { code: "not_found", message: `no management call \`${action}\`` });
    const authorizer = session(sessionId)[model];
    if (!authorizer) return send(res, 409, { code: "no_state", message: "PUT the session's state first" });
    const body = await readJson(req);
    const args = Array.isArray(body?.args) ? body.args.slice(0, MANAGEMENT[model].get(action)) : [];
    const user = req.headers["x-demo-user"] ?? "";
    try {
      authorizer[action](user, ...args);
    } catch (error) {
      if (!(error instanceof PortcullisError)) throw error;
      return send(res, BAD_ARGUMENTS.has(error.code) ? 400 : 403, { ...errorBody(error), fingerprint: authorizer.fingerprint() });
    }
    return send(res, 200, { fingerprint: authorizer.fingerprint() });
  }
  return send(res, 405, { code: "method_not_allowed", message: `${req.method} /api/${parts.join("/")}` });
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
      if (path.startsWith("/api/")) await api(req, res, path.slice(5).split("/"));
      else await file(req, res, path);
    } catch (error) {
      if (res.headersSent) return res.end();
      if (error instanceof PortcullisError) send(res, 400, errorBody(error));
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
