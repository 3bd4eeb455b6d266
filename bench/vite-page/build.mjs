// Builds the measured React page three times with Vite for production — without authorization
// (the baseline), with portcullis/dokploy and portcullis/react over maya's slice (and
// portcullis/vite's preload, as docs/frameworks.md configures it), and with CASL
// and @casl/react over her rules — and sums what each ships (JS and wasm, gzip -9). Used by
// bench/compare.mjs and bench/bytes.mjs.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/** maya's rules as CASL holds them: she deploys and reads the service's environment
 *  variables, and may not delete it (what her slice decides, checked by compare.mjs). */
export const MAYA_RULES = [{ action: "create", subject: "Deployment" }, { action: "read", subject: "EnvVars" }];

/** Each variant's bytes and the path its page is served at (from the repository root). */
export async function buildPages(slice) {
  const policies = { none: "", portcullis: slice, casl: JSON.stringify(MAYA_RULES) };
  const require = createRequire(join(root, "package.json"));
  const { build } = await import(pathToFileURL(require.resolve("vite")).href);
  // The portcullis page is configured as docs/frameworks.md shows: the package's plugin preloads its module.
  const { default: portcullis } = await import(pathToFileURL(join(root, "pkg", "vite.js")).href);
  const built = {};
  for (const [variant, policy] of Object.entries(policies)) {
    const html = join(here, `${variant}.html`);
    writeFileSync(html, `<!doctype html><meta charset="utf-8"><title>${variant}</title><div id="root"></div><script type="application/json" id="policy">${policy}</script><script type="module" src="./${variant}.jsx"></script>`);
    const outDir = join(here, "dist", variant);
    await build({
      root: here,
      configFile: false,
      logLevel: "warn",
      base: "./",
      esbuild: { jsx: "automatic", jsxImportSource: "react" },
      plugins: variant === "portcullis" ? [portcullis()] : [],
      // One React for the page and the helpers, whichever node_modules holds it.
      resolve: {
        dedupe: ["react", "react-dom"],
        alias: [
          { find: /^portcullis\/dokploy$/, replacement: join(root, "pkg", "dokploy", "index.js") },
          { find: /^portcullis\/react$/, replacement: join(root, "pkg", "react.js") },
        ],
      },
      build: { target: "es2022", outDir, emptyOutDir: true, rollupOptions: { input: html } },
    });
    const assets = readdirSync(join(outDir, "assets")).filter((f) => /\.(js|wasm)$/.test(f));
    built[variant] = {
      bytes: assets.reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, "assets", f)), { level: 9 }).length, 0),
      path: `/bench/vite-page/dist/${variant}/${variant}.html`,
    };
  }
  return built;
}
