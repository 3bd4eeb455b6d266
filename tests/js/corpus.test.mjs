// The test corpus (tests/corpus/**/*.json) through the packed npm package, as a user calls it:
// the same files the native and wasm harnesses run (see tests/common/corpus.rs for the format).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { Dokploy, Portainer, PortcullisError } from "portcullis";

const root = new URL("../corpus/", import.meta.url);
const models = { dokploy: Dokploy, portainer: Portainer };

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

function run(authorizer, model, state, call) {
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

let total = 0;
for (const model of readdirSync(root)) {
  for (const file of readdirSync(new URL(`${model}/`, root))) {
    const corpus = JSON.parse(readFileSync(new URL(`${model}/${file}`, root), "utf8"));
    test(`corpus ${model}/${file}`, () => {
      for (const c of corpus.cases) {
        const where = `${model}/${file} / ${c.name}`;
        // A case loads its own `state` or `rows`, else the file's.
        const state = [[c, "state"], [c, "rows"], [c, "api"], [corpus, "state"], [corpus, "rows"], [corpus, "api"]]
          .filter(([holder, key]) => holder[key] !== undefined)
          .map(([holder, key]) => ({ value: holder[key], adapter: key === "rows" ? "fromRows" : key === "api" ? "fromApi" : null }))[0];
        const authorizer = { current: null };
        if (!["load", "fromRows", "fromApi"].includes(c.call[0])) {
          authorizer.current = state.adapter ? models[corpus.model][state.adapter](js(state.value)) : models[corpus.model].load(js(state.value));
        }
        for (const step of c.steps ?? []) check(`${where} (step ${step.call[0]})`, step, run(authorizer, corpus.model, state, step.call));
        const outcome = run(authorizer, corpus.model, state, c.call);
        check(where, c, outcome);
        if (c.call[0] === "explain" && !outcome.error) {
          // can() takes the handle path and explain() the value path: they must agree, and allowed() too.
          const [, user, id, target] = c.call.map(js);
          assert.equal(authorizer.current.can(user, id, target), outcome.answer.allowed, `${where}: can() disagrees with explain()`);
          assert.equal(authorizer.current.allowed(user, target).includes(id), outcome.answer.allowed, `${where}: allowed() disagrees with explain()`);
        }
        total++;
      }
    });
  }
}

test("the corpus ran", () => {
  assert.ok(total > 500, `ran ${total} cases`);
});
