// The README's fenced examples, for the tests that run them. A block's info string names
// the language and how to run it (```js node, ```js page, ```js worker, ```html).
import { readFileSync } from "node:fs";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** Every fenced block `{ lang, context, code }`, in README order. */
export function readmeBlocks() {
  const blocks = [];
  const fence = /^```(\w+)(?: (\w+))?\n([\s\S]*?)^```$/gm;
  for (let m; (m = fence.exec(readme)); ) blocks.push({ lang: m[1], context: m[2] ?? "", code: m[3] });
  return blocks;
}

/** Turns each `expression; // → JSON` line into a checked expectation `__expect(expression, JSON)`;
 *  returns the code and how many expectations it holds. */
export function withExpectations(code) {
  let count = 0;
  const out = code.replace(/^(\s*)(.+?);\s*\/\/ → (.+)$/gm, (_, indent, expression, json) => {
    count++;
    return `${indent}__expect(${expression}, ${json});`;
  });
  return { code: out, count };
}
