// portcullis/vite's plugin is a Vite plugin by Vite's own types (which need Node's, hence
// skipLibCheck in its tsconfig).
import { defineConfig, type Plugin } from "vite";
import portcullis from "portcullis/vite";

const plugin: Plugin = portcullis();
export default defineConfig({ plugins: [plugin, portcullis()] });
