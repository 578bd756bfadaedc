#!/usr/bin/env node
// `npm start`: build the app, then start it (on embedded PGlite in ./data with demo data, unless
// DATABASE_URL says otherwise). Building every time keeps a pulled change from serving a stale build.
import { spawnSync } from "node:child_process";

console.log("Building Commitment Hub…");
const build = spawnSync("npx", ["react-router", "build"], { stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) {
  console.error("The build failed; see the messages above.");
  process.exit(build.status ?? 1);
}
console.log("Starting (the first start creates the database and demo data, which takes about 10 seconds)…");
await import("../server.js");
