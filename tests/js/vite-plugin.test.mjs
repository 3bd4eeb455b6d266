// portcullis/vite's plugin as Vite calls it, on bundles shaped as Vite's: which modules a page
// preloads and where its link points (browser.test.mjs and readme.test.mjs build real apps).
import { test } from "node:test";
import assert from "node:assert/strict";
import portcullis from "portcullis/vite";

const wasm = (fileName, source) => ({ type: "asset", fileName, names: [source.split("/").pop()], originalFileNames: [source] });
const chunk = (fileName, imports, assets) => ({ type: "chunk", fileName, imports, viteMetadata: { importedAssets: new Set(assets) } });

/** A page whose entry imports a vendor chunk holding portcullis/dokploy, a lazy route chunk
 *  holding portcullis/portainer, and another library's .wasm. */
const bundle = {
  "assets/page-1.js": chunk("assets/page-1.js", ["assets/vendor-2.js"], ["assets/other-5.wasm"]),
  "assets/vendor-2.js": chunk("assets/vendor-2.js", [], ["assets/portcullis_bg-3.wasm"]),
  "assets/route-4.js": chunk("assets/route-4.js", [], ["assets/portcullis_bg-6.wasm"]),
  "assets/portcullis_bg-3.wasm": wasm("assets/portcullis_bg-3.wasm", "node_modules/portcullis/dokploy/portcullis_bg.wasm"),
  "assets/portcullis_bg-6.wasm": wasm("assets/portcullis_bg-6.wasm", "node_modules/portcullis/portainer/portcullis_bg.wasm"),
  "assets/other-5.wasm": wasm("assets/other-5.wasm", "node_modules/other/other_bg.wasm"),
};

function tags(base, path) {
  const plugin = portcullis();
  assert.equal(plugin.apply, "build", "nothing to do for the dev server");
  plugin.configResolved({ base });
  return plugin.transformIndexHtml.handler("<!doctype html>", { path, bundle, chunk: bundle["assets/page-1.js"] });
}

test("a page preloads the portcullis modules its entry imports statically, and no other", () => {
  assert.deepEqual(tags("/", "/index.html"), [{
    tag: "link",
    attrs: { rel: "preload", href: "/assets/portcullis_bg-3.wasm", as: "fetch", type: "application/wasm", crossorigin: true },
    injectTo: "head-prepend",
  }]);
});

test("the link follows Vite's base: absolute, a path, or relative to the page", () => {
  const href = (base, path) => tags(base, path).map((t) => t.attrs.href);
  assert.deepEqual(href("/app/", "/index.html"), ["/app/assets/portcullis_bg-3.wasm"]);
  assert.deepEqual(href("https://cdn.example/x/", "/index.html"), ["https://cdn.example/x/assets/portcullis_bg-3.wasm"]);
  assert.deepEqual(href("./", "/index.html"), ["./assets/portcullis_bg-3.wasm"]);
  assert.deepEqual(href("./", "/admin/users/page.html"), ["../../assets/portcullis_bg-3.wasm"]);
  assert.deepEqual(href("", "/admin/page.html"), ["../assets/portcullis_bg-3.wasm"]);
});

test("each page preloads its own entry's modules; without a bundle (the dev server) or a portcullis module, none", () => {
  const plugin = portcullis();
  plugin.configResolved({ base: "/" });
  assert.deepEqual(plugin.transformIndexHtml.handler("", { path: "/index.html" }), []);
  assert.deepEqual(plugin.transformIndexHtml.handler("", { path: "/index.html", bundle, chunk: bundle["assets/route-4.js"] }).map((t) => t.attrs.href), ["/assets/portcullis_bg-6.wasm"]);
  const plain = { "assets/a.js": chunk("assets/a.js", [], []) };
  assert.deepEqual(plugin.transformIndexHtml.handler("", { path: "/index.html", bundle: plain, chunk: plain["assets/a.js"] }), []);
});
