import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  logLevel: "warn",
  plugins: [vue()],
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
});
