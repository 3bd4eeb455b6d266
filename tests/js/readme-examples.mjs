// The fenced examples of README.md and docs/*.md, for the tests that run them. A block's info
// string names the language and how to run it (```js node, ```js page, ```js worker,
// ```jsx react, ```html, ```vue, ```ts; Rust blocks are doctests of the crate).
import { readFileSync, readdirSync } from "node:fs";

const root = new URL("../../", import.meta.url);

/** README.md first, then every page of docs/, in name order. */
export function documentFiles() {
  const docs = readdirSync(new URL("docs/", root)).filter((name) => name.endsWith(".md")).sort();
  return ["README.md", ...docs.map((name) => `docs/${name}`)];
}

/** Every fenced block `{ file, lang, context, code }`, README first, in document order. */
export function readmeBlocks() {
  const blocks = [];
  for (const file of documentFiles()) {
    const text = readFileSync(new URL(file, root), "utf8");
    const fence = /^```(\w+)(?: ([\w-]+))?\n([\s\S]*?)^```$/gm;
    for (let m; (m = fence.exec(text)); ) blocks.push({ file, lang: m[1], context: m[2] ?? "", code: m[3] });
  }
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
