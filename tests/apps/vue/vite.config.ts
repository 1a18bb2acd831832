// The plugin every Vue app on Vite has (single-file components, hot reload); nothing for
// bouton-3018.
import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

export default defineConfig({ plugins: [vue()] });
