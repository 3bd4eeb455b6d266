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

test("the product entries compile as a browser uses them (web init, one model each, its own types)", () => {
  const result = compile("tsconfig.product-entries.json");
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test("portcullis/vite's plugin is a Vite Plugin by Vite's own types", () => {
  const result = compile("tsconfig.vite-plugin.json");
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test("a Portainer id passed to the Dokploy entry fails to compile", () => {
  const result = compile("tsconfig.wrong-product.json");
  assert.notEqual(result.status, 0, "tsc accepted a Portainer id on the Dokploy entry");
  assert.match(result.stdout, /wrong-product\.ts\(5,15\): error TS2345: Argument of type '"container\.start"' is not assignable to parameter of type 'DokployPermissionId'/);
});

test("an adapter called through a product entry fails to compile", () => {
  const result = compile("tsconfig.no-adapters.json");
  assert.notEqual(result.status, 0, "tsc accepted Dokploy.fromRows on portcullis/dokploy");
  assert.match(result.stdout, /no-adapters\.ts\(4,9\): error TS2339: Property 'fromRows' does not exist on type 'typeof Dokploy'/);
});

test("each product entry's declarations name nothing of the other product", async () => {
  const { readFileSync } = await import("node:fs");
  const { createRequire } = await import("node:module");
  const { dirname } = await import("node:path");
  const packageDir = dirname(createRequire(join(here, "package.json")).resolve("portcullis/package.json"));
  for (const [entry, other] of [["dokploy", /portainer|container\.|PortainerOperationId/i], ["portainer", /dokploy|deployment\.create|DokployPermissionId/i]]) {
    // Every declaration file the entry's types reach, followed through their imports.
    const seen = new Set();
    const queue = [join(packageDir, entry, "index.d.ts")];
    while (queue.length > 0) {
      const file = queue.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      assert.doesNotMatch(text, other, `${file} (reached from portcullis/${entry}) names the other product`);
      for (const [, path] of text.matchAll(/from "(\.[^"]+)\.js"/g)) queue.push(join(dirname(file), `${path}.d.ts`));
    }
    assert.ok(seen.size >= 6, `followed ${seen.size} declaration files of portcullis/${entry}`);
  }
});

test("portcullis/react: a typed app compiles (ids of either product, decisions typed); a misspelled id in <Can> does not", () => {
  const typed = compile("tsconfig.react.json");
  assert.equal(typed.status, 0, typed.stdout + typed.stderr);
  const misspelled = compile("tsconfig.react-misspelled.json");
  assert.notEqual(misspelled.status, 0, "tsc accepted <Can I=\"deployment.craete\">");
  assert.match(misspelled.stdout, /react-misspelled\.tsx\(4,15\): error TS2820: Type '"deployment\.craete"' is not assignable to type 'PermissionId'/);
});

test("portcullis/react typed by the app's authorizer: registered, or from createPortcullis(authorizer), another product's id fails to compile", () => {
  // The file holds @ts-expect-error on every misuse: it compiles only when each one is refused.
  const registered = compile("tsconfig.react-registered.json");
  assert.equal(registered.status, 0, registered.stdout + registered.stderr);
});

test("portcullis/vue typed by the app's authorizer: registered, or the plugin's own composables", () => {
  const registered = compile("tsconfig.vue-registered.json");
  assert.equal(registered.status, 0, registered.stdout + registered.stderr);
});

test("the TypeScript examples of the documentation compile against the package", async () => {
  const { readmeBlocks } = await import("./readme-examples.mjs");
  const { writeFileSync, rmSync } = await import("node:fs");
  const blocks = readmeBlocks().filter((b) => b.lang === "ts");
  assert.ok(blocks.length >= 1);
  const files = blocks.map((block, i) => {
    const file = join(here, "types", `docs-example-${i}.ts`);
    writeFileSync(file, `// ${block.file}\n${block.code}`);
    return file;
  });
  try {
    for (const file of files) {
      const result = spawnSync(process.execPath, [tsc, "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--lib", "es2022,dom", file], { encoding: "utf8", cwd: here });
      assert.equal(result.status, 0, result.stdout + result.stderr);
    }
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
});

test("portcullis/vue: Vue's type check passes on the Vite app and fails on a misspelled id in v-can", () => {
  const vueTsc = join(here, "..", "..", "node_modules", "vue-tsc", "bin", "vue-tsc.js");
  const check = (project) => spawnSync(process.execPath, [vueTsc, "--noEmit", "-p", join(here, project)], { encoding: "utf8" });
  const typed = check("vue-app/tsconfig.json");
  assert.equal(typed.status, 0, typed.stdout + typed.stderr);
  const misspelled = check("types/vue-misspelled/tsconfig.json");
  assert.notEqual(misspelled.status, 0, "vue-tsc accepted v-can with a misspelled id");
  assert.match(misspelled.stdout, /Misspelled\.vue\(6,20\): error TS2820: Type '"deployment\.craete"' is not assignable to type 'PermissionId'/);
});
