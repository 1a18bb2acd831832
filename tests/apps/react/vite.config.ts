// The plugin every React app on Vite has (JSX, Fast Refresh); nothing for bouton-3018.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({ plugins: [react()] });
