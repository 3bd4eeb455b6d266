import { defineConfig } from "vite";

export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  logLevel: "warn",
  // JSX through esbuild's automatic runtime: no React plugin needed for a production build.
  esbuild: { jsx: "automatic", jsxImportSource: "react" },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
});
