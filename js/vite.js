// `portcullis/vite`: a Vite plugin that preloads the package's .wasm from the page's HTML.
//
// A bundler entry (`portcullis`, `portcullis/dokploy`, `portcullis/portainer`) fetches its module
// once its JS has run: one request after the other, where a page with a JS-only library makes
// one. The HTML cannot name the module itself (Vite names it `portcullis_bg-<hash>.wasm`), so
// this plugin writes the `<link rel="preload">` of each module a page's entry chunk needs, as
// docs/slices.md writes it by hand for a page without a bundler. It runs at build time only and
// imports nothing: the page ships none of it.

/** Whether a bundle asset is one of the package's modules (its source file's name). */
function isPortcullisModule(asset) {
  const names = [...(asset.originalFileNames ?? []), ...(asset.names ?? []), asset.name ?? ""];
  return asset.type === "asset" && asset.fileName.endsWith(".wasm") && names.some((name) => /(^|[\\/])portcullis_bg\.wasm$/.test(name));
}

/** The modules `chunk` and the chunks it imports statically reference (a lazily loaded
 *  chunk's module is fetched when that chunk loads, not preloaded with the page). */
function modulesOf(bundle, chunk, found = new Set(), seen = new Set()) {
  if (chunk === undefined || chunk.type !== "chunk" || seen.has(chunk.fileName)) return found;
  seen.add(chunk.fileName);
  for (const file of chunk.viteMetadata?.importedAssets ?? []) {
    if (bundle[file] !== undefined && isPortcullisModule(bundle[file])) found.add(file);
  }
  for (const imported of chunk.imports) modulesOf(bundle, bundle[imported], found, seen);
  return found;
}

/** `to` (a path from the output's root) relative to the directory of `from` (the page's path). */
function relativeTo(from, to) {
  const fromDirs = from.split("/").slice(0, -1).filter(Boolean);
  const toParts = to.split("/").filter(Boolean);
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const ups = fromDirs.slice(common).map(() => "..");
  return [...(ups.length === 0 ? ["."] : ups), ...toParts.slice(common)].join("/");
}

/** The plugin: `plugins: [portcullis()]` in `vite.config.js`. */
export default function portcullis() {
  let base = "/";
  return {
    name: "portcullis:preload-module",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, { path, bundle, chunk }) {
        if (bundle === undefined) return [];
        return [...modulesOf(bundle, chunk)].map((file) => ({
          tag: "link",
          attrs: {
            rel: "preload",
            // A relative base (`./`) resolves against the page, as Vite writes its own links.
            href: base === "" || base.startsWith(".") ? relativeTo(path, file) : `${base}${file}`,
            as: "fetch",
            type: "application/wasm",
            // `fetch()` asks in `cors` mode; a preload must match it to be used.
            crossorigin: true,
          },
          injectTo: "head-prepend",
        }));
      },
    },
  };
}
