import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [tailwindcss(), reactRouter()],
  ssr: {
    // Native and WASM database drivers must be loaded by Node, not bundled.
    external: ["@electric-sql/pglite", "pg"],
  },
});
