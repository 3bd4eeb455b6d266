// Where each module's bytes go: builds the three wasm modules of the package with their names
// kept (the same features and optimisation level as `make build`), reads them with twiggy and
// sums the code and data by concept (the crate's modules, the standard library's, the
// allocator, wasm-bindgen); adds what a Vite-built page ships and each kernel's floor, the
// kernel built with `load` and `can` alone. Writes bench/BYTES.md, which bench/compare.mjs
// appends to RESULTS.md. Run by `make bench-bytes` (it installs twiggy).
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUILDS = [
  // The module bundlers ship; the Node entry reads the same code built for speed (NODE_OPT_LEVEL).
  { entry: "portcullis", dir: "", features: [], opt: process.env.FULL_OPT_LEVEL ?? "z" },
  { entry: "portcullis/dokploy", dir: "dokploy/", features: ["--no-default-features", "--features", "dokploy"], opt: process.env.BROWSER_OPT_LEVEL ?? "z" },
  { entry: "portcullis/portainer", dir: "portainer/", features: ["--no-default-features", "--features", "portainer"], opt: process.env.BROWSER_OPT_LEVEL ?? "z" },
];

/** The concept a function or data item belongs to. */
function concept(name) {
  if (name.startsWith("data segment")) return "data (strings, catalogs, tables)";
  const ours = name.match(/portcullis::(\w+)(?:::(\w+))?/);
  if (ours) {
    const [, top, sub] = ours;
    if (top === "core" || top === "api") return `portcullis::${top}::${sub ?? ""}`;
    if (top === "wasm") return "portcullis::wasm (bindings)";
    return `portcullis::${top}::${["management", "catalog_data", "catalog"].includes(sub) ? sub : sub ?? ""}`.replace(/::$/, "");
  }
  if (/dlmalloc|rlsf|__rdl_|__rust_(alloc|dealloc|realloc)/.test(name)) return "allocator (dlmalloc in the full module, TLSF in the kernels)";
  if (/wasm_bindgen|js_sys|__wbindgen|__wbg|^import /.test(name)) return "wasm-bindgen, js-sys glue";
  if (/hashbrown/.test(name)) return "std: hash tables";
  if (/core::fmt|core\[\w+\]::fmt|pad_integral|fmt::write/.test(name)) return "std: formatting";
  if (/slice::sort|smallsort|quicksort|heapsort/.test(name)) return "std: sorting";
  if (/alloc::vec|raw_vec|alloc::string|alloc::str|alloc\[/.test(name)) return "std: Vec, String";
  if (/core::iter|iter::adapters/.test(name)) return "std: iterators (inlined closures)";
  return "std: other";
}

/** Builds `build`'s module from the crate at `cwd` (cargo's output in `target`) and binds it
 *  with wasm-bindgen into `out` (`flags` added): the path of the bound module. */
function bindModule(build, cwd, target, out, flags = []) {
  execFileSync("cargo", ["build", "--release", "--lib", "--target", "wasm32-unknown-unknown", "--target-dir", target, ...build.features], {
    cwd, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CARGO_PROFILE_RELEASE_OPT_LEVEL: build.opt },
  });
  execFileSync("wasm-bindgen", ["--target", "web", ...flags, "--out-dir", out, join(target, "wasm32-unknown-unknown", "release", "portcullis.wasm")]);
  return join(out, "portcullis_bg.wasm");
}
/** A file's bytes, gzip -9. */
const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const lines = [];
/** Each shipped module's gzip -9, by its directory in pkg/. */
const shippedGzip = new Map();
const crate = mkdtempSync(join(tmpdir(), "portcullis-bytes-"));
for (const build of BUILDS) {
  const bound = bindModule(build, root, join(root, "target", "bytes"), join(crate, build.dir || "full"), ["--keep-debug"]);
  const csv = execFileSync("twiggy", ["top", "-n", "1000000", "--format", "csv", bound], { encoding: "utf8", maxBuffer: 1 << 28 });
  const sums = new Map();
  let total = 0;
  for (const row of csv.trim().split("\n").slice(1)) {
    const match = row.match(/^"?(.*?)"?,(\d+),/);
    if (!match) continue;
    const [, name, bytes] = match;
    if (/^custom section|function names|\.debug_/.test(name)) continue;
    const key = concept(name);
    sums.set(key, (sums.get(key) ?? 0) + Number(bytes));
    total += Number(bytes);
  }
  const shipped = join(root, "pkg", build.dir, "portcullis_bg.wasm");
  shippedGzip.set(build.dir, gzipped(shipped));
  lines.push(`### ${build.entry} (opt-level ${build.opt}; shipped module ${(statSync(shipped).size / 1000).toFixed(1)} KB, ${(shippedGzip.get(build.dir) / 1000).toFixed(1)} KB gzip -9)`, "");
  lines.push("| concept | bytes before wasm-opt | share |", "|---|---|---|");
  for (const [key, bytes] of [...sums].sort((a, b) => b[1] - a[1])) {
    if (bytes / total < 0.01) continue;
    lines.push(`| ${key} | ${(bytes / 1000).toFixed(1)} KB | ${((100 * bytes) / total).toFixed(1)} % |`);
  }
  lines.push(`| (each under 1 %) | ${([...sums.values()].filter((b) => b / total < 0.01).reduce((a, b) => a + b, 0) / 1000).toFixed(1)} KB | |`, "");
}
// The page a front-end developer builds: three buttons gated by portcullis or CASL.
const { Dokploy } = await import(pathToFileURL(join(root, "pkg", "node.js")).href);
const { buildPages } = await import(pathToFileURL(join(root, "bench", "vite-page", "build.mjs")).href);
const pageOrg = Dokploy.load({ members: [{ userId: "olivia", role: "owner" }, { userId: "maya", role: "member", accessedServices: ["shop-api"] }] });
const pages = await buildPages(pageOrg.sliceJSON("maya"));
lines.push(
  "### A Vite-built React page gating three buttons (bench/vite-page/)",
  "",
  "| page | JS + wasm shipped, gzip -9 | beyond the page without authorization |",
  "|---|---|---|",
  `| no authorization | ${(pages.none.bytes / 1000).toFixed(1)} KB | — |`,
  `| portcullis/dokploy + portcullis/react, maya's slice | ${(pages.portcullis.bytes / 1000).toFixed(1)} KB | ${((pages.portcullis.bytes - pages.none.bytes) / 1000).toFixed(1)} KB |`,
  `| @casl/ability + @casl/react, her rules | ${(pages.casl.bytes / 1000).toFixed(1)} KB | ${((pages.casl.bytes - pages.none.bytes) / 1000).toFixed(1)} KB |`,
  "",
);
// The floor: each kernel built with `load` and `can` alone, every other entry point left out
// (marked with the `manage` feature, which no kernel has, in a copy of the crate), and optimised
// as `make build` optimises it. What is left is the strict loader, the evaluator and the
// bindings: what the kernel ships to load a slice and answer `can` at all.
const floor = mkdtempSync(join(tmpdir(), "portcullis-floor-"));
const CRATE_FILES = /^(|Cargo\.(toml|lock)|README\.md|src(\/.*)?|docs(\/.*)?|bench(\/[^/]+\.rs)?|tests(\/tools(\/.*)?)?)$/;
cpSync(root, floor, { recursive: true, filter: (path) => CRATE_FILES.test(relative(root, path)) });
const KEPT = new Set(["load", "can"]);
for (const file of ["src/api/dokploy.rs", "src/api/portainer.rs", "src/api/entry_points.rs"]) {
  const path = join(floor, file);
  let left = 0;
  const patched = readFileSync(path, "utf8").replace(/^([ \t]*)((?:#\[feature = "\w+"\]\s*)?)(open|static|read|change) "(\w+)" =>/gm, (row, indent, feature, kind, name) => {
    if (KEPT.has(name) || feature) return row;
    left++;
    return `${indent}#[feature = "manage"]\n${indent}${kind} "${name}" =>`;
  });
  if (left === 0) throw new Error(`bench/bytes.mjs: no entry point row found in ${file}; the floor's patch needs updating`);
  writeFileSync(path, patched);
}
const wasmOpt = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^wasm-opt = (\[.*\])$/m);
if (!wasmOpt) throw new Error("bench/bytes.mjs: Cargo.toml has no wasm-opt line for the release profile");
lines.push("### The floor: each kernel with `load` and `can` alone", "", "| kernel | shipped module, gzip -9 | with `load` and `can` alone | the rest of the entry points |", "|---|---|---|---|");
for (const build of BUILDS.filter((b) => b.dir)) {
  const out = join(crate, `floor-${build.dir}`);
  const bound = bindModule(build, floor, join(root, "target", "bytes-floor"), out);
  const optimised = join(out, "optimised.wasm");
  execFileSync(join(root, "node_modules", ".bin", "wasm-opt"), [...JSON.parse(wasmOpt[1]), bound, "-o", optimised]);
  const whole = shippedGzip.get(build.dir);
  const least = gzipped(optimised);
  lines.push(`| ${build.entry} | ${(whole / 1000).toFixed(1)} KB | ${(least / 1000).toFixed(1)} KB | ${((whole - least) / 1000).toFixed(1)} KB |`);
}
lines.push("");
const text = `## Where the bytes go

Written by \`make bench-bytes\` (bench/bytes.mjs): each module built as \`make build\` builds it,
its names kept, read with twiggy; code and data summed by concept, before wasm-opt (which
shrinks the whole by about a third).

${lines.join("\n")}`;
writeFileSync(join(root, "bench", "BYTES.md"), text);
console.log(text);
