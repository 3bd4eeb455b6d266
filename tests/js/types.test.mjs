// The package's TypeScript declarations: a typed example compiles, a misspelled id does not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const here = fileURLToPath(new URL(".", import.meta.url));
const tsc = join(here, "..", "..", "node_modules", "typescript", "bin", "tsc");

function compile(project) {
  return spawnSync(process.execPath, [tsc, "--noEmit", "-p", join(here, "types", project)], { encoding: "utf8" });
}

test("a typed example compiles against the package's declarations", () => {
  const result = compile("tsconfig.json");
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test("a misspelled operation id fails to compile", () => {
  const result = compile("tsconfig.misspelled.json");
  assert.notEqual(result.status, 0, "tsc accepted a misspelled id");
  assert.match(result.stdout, /misspelled\.ts\(5,17\): error TS2345: Argument of type '"contaner\.start"' is not assignable/);
});
