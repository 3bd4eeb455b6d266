import { defineConfig } from "vite";

export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  logLevel: "warn",
  // The package instantiates its wasm with top-level await.
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
});
