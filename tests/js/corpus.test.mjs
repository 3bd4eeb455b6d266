// The test corpus (tests/corpus/**/*.json) through the packed npm package, as a user calls it:
// the same files the native and wasm harnesses run (see tests/common/corpus.rs for the format),
// through the full entry and each product's own entry (its own wasm, without the adapters).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as full from "portcullis";
import * as dokployEntry from "portcullis/dokploy";
import * as portainerEntry from "portcullis/portainer";
import * as dokployCatalog from "portcullis/dokploy/catalog";
import * as portainerCatalog from "portcullis/portainer/catalog";

const root = new URL("../corpus/", import.meta.url);
const ADAPTERS = ["fromRows", "fromApi"];
/** Each entry and the model classes it holds. */
const ENTRIES = [
  { name: "portcullis", models: { dokploy: full.Dokploy, portainer: full.Portainer }, PortcullisError: full.PortcullisError, adapters: true },
  { name: "portcullis/dokploy", models: { dokploy: dokployEntry.Dokploy }, PortcullisError: dokployEntry.PortcullisError, adapters: false },
  { name: "portcullis/portainer", models: { portainer: portainerEntry.Portainer }, PortcullisError: portainerEntry.PortcullisError, adapters: false },
];

/** A corpus argument as the JS value it stands for. */
function js(value) {
  if (Array.isArray(value)) return value.map(js);
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === "$js") {
    return {
      undefined: undefined,
      NaN: Number.NaN,
      Infinity: Number.POSITIVE_INFINITY,
      symbol: Symbol("portcullis"),
      bigint: 12345678901234567890n,
      function: () => 1,
    }[value.$js];
  }
  return Object.fromEntries(keys.map((k) => [k, js(value[k])]));
}

function matches(expected, actual) {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => matches(e, actual[i]));
  }
  if (expected !== null && typeof expected === "object") {
    return actual !== null && typeof actual === "object" && Object.keys(expected).every((k) => matches(expected[k], actual[k] ?? null));
  }
  return expected === (actual === undefined ? null : actual);
}

function run(models, PortcullisError, authorizer, model, state, call) {
  const [method, ...args] = call.map(js);
  try {
    if (method === "load") return { answer: (authorizer.current = models[model].load(args.length ? args[0] : js(state.value), args[1])), loaded: true };
    if (method === "fromRows") return { answer: (authorizer.current = models[model].fromRows(args.length ? args[0] : js(state.value), args[1])), loaded: true };
    if (method === "fromApi") return { answer: (authorizer.current = models[model].fromApi(args.length ? args[0] : js(state.value), args[1])), loaded: true };
    return { answer: authorizer.current[method](...args) };
  } catch (error) {
    assert.ok(error instanceof PortcullisError, `only PortcullisError is thrown, got ${error?.stack ?? error}`);
    assert.ok(error instanceof Error);
    return { error };
  }
}

function check(where, step, outcome) {
  if (outcome.error) {
    assert.ok(step.error, `${where}: unexpected ${outcome.error.code} at \`${outcome.error.path}\`: ${outcome.error.message}`);
    assert.equal(outcome.error.code, step.error.code, `${where}: ${outcome.error.message}`);
    assert.equal(outcome.error.path, step.error.path, `${where}: ${outcome.error.message}`);
    return;
  }
  assert.ok(!step.error, `${where}: expected the error ${JSON.stringify(step.error)}`);
  const answer = outcome.loaded ? null : outcome.answer;
  if ("expect" in step) assert.ok(matches(step.expect, answer), `${where}: expected ${JSON.stringify(step.expect)}, got ${JSON.stringify(answer)}`);
  for (const item of step.includes ?? []) assert.ok(answer.some((x) => matches(item, x)), `${where}: includes ${JSON.stringify(item)}`);
  for (const item of step.excludes ?? []) assert.ok(!answer.some((x) => matches(item, x)), `${where}: excludes ${JSON.stringify(item)}`);
}

/** What only the full build holds: the products' API maps (feature `requests`), the
 *  management mutators (`manage`: a slice is read-only), slice cutting (`slices`) and the
 *  catalogs as data (`catalogs`: browsers import them from `portcullis/<product>/catalog`). */
const FULL_ONLY = [
  "procedures", "parseRequest", "canCall", "explainCall", "canRequest", "explainRequest", "route",
  "createRole", "updateRole", "deleteRole", "assignRole", "removeMember", "updateMemberAccess", "recordCreated",
  "slice", "sliceJSON", "catalog", "presets", "matrix",
  "whoCan", "accessOf", "changes", "previewCreateRole", "previewUpdateRole", "previewDeleteRole",
  "previewAssignRole", "previewRemoveMember", "previewUpdateMemberAccess",
];

/** Whether a case needs a product adapter (its state is rows or API data, or it calls one). */
function needsAdapter(corpus, c) {
  const calls = [c.call, ...(c.steps ?? []).map((step) => step.call)];
  return c.rows !== undefined || c.api !== undefined
    || (c.state === undefined && (corpus.rows !== undefined || corpus.api !== undefined))
    || calls.some((call) => ADAPTERS.includes(call[0]));
}

/** Whether a case calls, in a step or at its end, what only the full build holds. */
function needsFullBuild(c) {
  return [c.call, ...(c.steps ?? []).map((step) => step.call)].some((call) => FULL_ONLY.includes(call[0]));
}

const totals = new Map();
for (const entry of ENTRIES) {
  const { models, PortcullisError } = entry;
  const exec = (...args) => run(models, PortcullisError, ...args);
  totals.set(entry.name, 0);
  for (const model of readdirSync(root)) {
    if (!models[model]) continue;
    for (const file of readdirSync(new URL(`${model}/`, root))) {
      const corpus = JSON.parse(readFileSync(new URL(`${model}/${file}`, root), "utf8"));
      test(`corpus ${model}/${file} through ${entry.name}`, () => {
        for (const c of corpus.cases) {
          const where = `${entry.name}: ${model}/${file} / ${c.name}`;
          // An entry without the adapters has no way to read the products' own data, nor the
          // products' API maps (procedures, routes), the mutators or slicing, which the same
          // builds leave out.
          if (!entry.adapters && (needsAdapter(corpus, c) || needsFullBuild(c))) continue;
          // A case loads its own `state` or `rows`, else the file's.
          const state = [[c, "state"], [c, "rows"], [c, "api"], [corpus, "state"], [corpus, "rows"], [corpus, "api"]]
            .filter(([holder, key]) => holder[key] !== undefined)
            .map(([holder, key]) => ({ value: holder[key], adapter: key === "rows" ? "fromRows" : key === "api" ? "fromApi" : null }))[0];
          const authorizer = { current: null };
          if (!["load", ...ADAPTERS].includes(c.call[0])) {
            authorizer.current = state.adapter ? models[corpus.model][state.adapter](js(state.value)) : models[corpus.model].load(js(state.value));
          }
          for (const step of c.steps ?? []) check(`${where} (step ${step.call[0]})`, step, exec(authorizer, corpus.model, state, step.call));
          const outcome = exec(authorizer, corpus.model, state, c.call);
          check(where, c, outcome);
          if (c.call[0] === "explain" && !outcome.error) {
            // can() takes the handle path and explain() the value path: they must agree, and allowed() too.
            const [, user, id, target] = c.call.map(js);
            assert.equal(authorizer.current.can(user, id, target), outcome.answer.allowed, `${where}: can() disagrees with explain()`);
            assert.equal(authorizer.current.allowed(user, target).includes(id), outcome.answer.allowed, `${where}: allowed() disagrees with explain()`);
          }
          totals.set(entry.name, totals.get(entry.name) + 1);
        }
      });
    }
  }
}

test("the corpus ran through every entry", () => {
  assert.ok(totals.get("portcullis") > 700, `ran ${totals.get("portcullis")} cases through portcullis`);
  assert.ok(totals.get("portcullis/dokploy") > 250, `ran ${totals.get("portcullis/dokploy")} cases through portcullis/dokploy`);
  assert.ok(totals.get("portcullis/portainer") > 250, `ran ${totals.get("portcullis/portainer")} cases through portcullis/portainer`);
});

test("the catalogs' own modules give what the full entry's catalog(), presets() and matrix() give, a fresh copy each call", () => {
  assert.deepEqual(Object.keys(dokployCatalog).sort(), ["catalog", "presets"]);
  assert.deepEqual(Object.keys(portainerCatalog).sort(), ["catalog", "matrix"]);
  assert.deepEqual(dokployCatalog.catalog(), full.Dokploy.catalog());
  assert.deepEqual(dokployCatalog.presets(), full.Dokploy.presets());
  assert.deepEqual(portainerCatalog.catalog(), full.Portainer.catalog());
  assert.deepEqual(portainerCatalog.matrix(), full.Portainer.matrix());
  const mine = dokployCatalog.catalog();
  mine[0].id = "changed";
  assert.equal(dokployCatalog.catalog()[0].id, "organization.update");
  for (const name of ["catalog", "presets"]) assert.equal(dokployEntry.Dokploy[name], undefined, name);
  for (const name of ["catalog", "matrix"]) assert.equal(portainerEntry.Portainer[name], undefined, name);
});

test("a product entry holds one model and neither adapter nor API map; the full entry holds both with theirs", () => {
  assert.deepEqual(Object.keys(dokployEntry).sort(), ["Dokploy", "PAGE_CACHE_SIZE", "PortcullisError", "version"]);
  assert.deepEqual(Object.keys(portainerEntry).sort(), ["PAGE_CACHE_SIZE", "Portainer", "PortcullisError"].concat("version").sort());
  assert.equal(dokployEntry.Dokploy.fromRows, undefined);
  assert.equal(portainerEntry.Portainer.fromApi, undefined);
  assert.equal(typeof full.Dokploy.fromRows, "function");
  assert.equal(typeof full.Portainer.fromApi, "function");
  for (const name of ["procedures", "parseRequest"]) assert.equal(dokployEntry.Dokploy[name], undefined, name);
  assert.equal(portainerEntry.Portainer.route, undefined);
  assert.equal(typeof full.Dokploy.parseRequest, "function");
  assert.equal(typeof full.Portainer.route, "function");
  assert.equal(typeof full.requestShape, "function");
  // Every entry throws the one PortcullisError class, under its own name.
  assert.equal(dokployEntry.PortcullisError, full.PortcullisError);
  assert.equal(portainerEntry.PortcullisError, full.PortcullisError);
  assert.equal(full.PortcullisError.name, "PortcullisError");
  assert.throws(() => dokployEntry.Dokploy.load("{"), (e) => e instanceof full.PortcullisError && e.name === "PortcullisError" && e.code === "invalid_json");
  // The same state decides the same and has the same fingerprint in every build.
  const state = { members: [{ userId: "u1", role: "owner" }, { userId: "u2", role: "member", accessedServices: ["s1"] }] };
  const a = full.Dokploy.load(state);
  const b = dokployEntry.Dokploy.load(state);
  assert.equal(a.fingerprint(), b.fingerprint());
  assert.deepEqual(a.explain("u2", "service.delete", { serviceId: "s1" }), b.explain("u2", "service.delete", { serviceId: "s1" }));
  // The same methods, but for the mutators, slicing and the products' requests, which are for servers.
  const serverOnly = FULL_ONLY;
  assert.deepEqual(Object.getOwnPropertyNames(full.Dokploy.prototype).filter((m) => !serverOnly.includes(m)).sort(), Object.getOwnPropertyNames(b.constructor.prototype).sort());
});
