import { defineConfig } from "vite";
import portcullis from "portcullis/vite";

export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  logLevel: "warn",
  // The package's plugin: each page preloads the module its entry imports.
  plugins: [portcullis()],
  // The package instantiates its wasm with top-level await.
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
});
