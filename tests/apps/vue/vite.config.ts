// The plugin every Vue app on Vite has (single-file components, hot reload), told that
// <bouton-3018> is a custom element (README, "The <bouton-3018> element"): Vue leaves it to the
// browser instead of looking for a Vue component of that name.
import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === "bouton-3018" } } })],
});
