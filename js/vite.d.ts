// `portcullis/vite`: preloads the package's .wasm from the pages Vite builds.

/** The part of Vite's `Plugin` this plugin fills in (structurally a Vite plugin; the package
 *  does not depend on Vite). */
export interface PortcullisVitePlugin {
  name: string;
  apply: "build";
  configResolved(config: { base: string }): void;
  transformIndexHtml: {
    order: "post";
    handler(html: string, context: { path: string; bundle?: Record<string, unknown>; chunk?: unknown }): Array<{
      tag: "link";
      attrs: { rel: "preload"; href: string; as: "fetch"; type: "application/wasm"; crossorigin: true };
      injectTo: "head-prepend";
    }>;
  };
}

/** A Vite plugin that writes, into each page a production build makes, a
 *  `<link rel="preload" as="fetch" crossorigin>` of every portcullis module the page's entry
 *  imports, so the browser fetches it beside the page's JS instead of after it:
 *
 *  ```js
 *  import { defineConfig } from "vite";
 *  import portcullis from "portcullis/vite";
 *  export default defineConfig({ plugins: [portcullis()] });
 *  ```
 */
export default function portcullis(): PortcullisVitePlugin;
