#!/usr/bin/env node
// Production server: migrates, then serves the React Router build with Express.
// Stateless: sessions, rate limits and data live in the database, so several can share one PostgreSQL.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@react-router/express";
import express from "express";

const root = path.dirname(fileURLToPath(import.meta.url));
const build = await import(path.join(root, "build/server/index.js"));

let services;
try {
  services = await build.entry.module.startup();
} catch (error) {
  console.error(error.name === "DatabaseInUseError" || error.name === "ConfigError" ? error.message : error);
  process.exit(1);
}
const { config, handle } = services;

const app = express();
app.disable("x-powered-by");
// The client's address for the sign-in rate limit comes from the socket, so a client cannot
// choose it; behind a load balancer (TRUST_PROXY=1) better-auth reads X-Forwarded-For instead.
app.use((req, _res, next) => {
  req.headers["x-commitment-hub-client-ip"] = req.socket.remoteAddress ?? "unknown";
  next();
});
// No request needs more than this (an evidence file is at most 10 MB, even as base64 in JSON), so a
// larger declared body is refused before anything reads it. Routes that read uploads also count
// the bytes of bodies sent without a length (app/lib/evidence-upload.server.ts, app/api/evidence-body.server.ts).
const MAX_BODY_BYTES = 32 * 1024 * 1024;
app.use((req, res, next) => {
  if (Number(req.headers["content-length"] ?? 0) <= MAX_BODY_BYTES) return next();
  res.set("connection", "close");
  res.status(413).type("text/plain").send("The request is too large: a file may be at most 10 MB.\n");
});
app.use("/assets", express.static(path.join(root, "build/client/assets"), { immutable: true, maxAge: "1y" }));
app.use(express.static(path.join(root, "build/client"), { maxAge: "1h" }));
app.all("/{*splat}", createRequestHandler({ build }));

const server = app.listen(config.port, () => {
  console.log(
    `Commitment Hub listening on ${config.publicUrl} (port ${config.port}, database: ${handle.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL"})`,
  );
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  server.close();
  await handle.close();
  process.exit(0);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
