// `make build` (and every target that builds or serves) installs its tools first, as
// `make demo` and `make test` do: on a fresh clone, wasm-pack would otherwise try to download
// binaryen from the web, which these machines cannot reach. Read from the Makefile itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const makefile = readFileSync(new URL("../../Makefile", import.meta.url), "utf8");

/** Every rule: its prerequisites and its recipe lines. */
function rules() {
  const found = new Map();
  let current = null;
  for (const line of makefile.split("\n")) {
    const rule = line.match(/^([A-Za-z][\w-]*):(?!=)(.*)$/);
    if (rule) {
      current = { prerequisites: rule[2].trim().split(/\s+/).filter(Boolean), recipe: [] };
      found.set(rule[1], current);
    } else if (line.startsWith("\t") && current) {
      current.recipe.push(line.trim());
    } else if (line.trim() !== "" && !line.startsWith("#")) {
      current = null;
    }
  }
  return found;
}

function needs(all, target, wanted, seen = new Set()) {
  if (target === wanted) return true;
  if (seen.has(target)) return false;
  seen.add(target);
  return (all.get(target)?.prerequisites ?? []).some((p) => needs(all, p, wanted, seen));
}

test("every target that runs the build tools installs them first (bootstrap)", () => {
  const all = rules();
  const tooled = [...all].filter(([, rule]) => rule.recipe.some((line) => /wasm-pack build|scripts\/package\.mjs|bench\/(compare|bytes)\.mjs/.test(line)));
  assert.ok(tooled.some(([name]) => name === "build"), "the Makefile builds the package in `build`");
  for (const [name] of tooled) assert.ok(needs(all, name, "bootstrap"), `make ${name} installs its tools first`);
  for (const name of ["demo", "test", "bench", "bench-compare", "bench-bytes"]) {
    assert.ok(needs(all, name, "bootstrap") || needs(all, name, "bootstrap-browser"), `make ${name} installs its tools first`);
  }
});
