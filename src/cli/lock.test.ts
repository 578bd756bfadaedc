import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { captureIo } from "./capture-io";
import { run } from "./run";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "chub-cli-lock-"));
  // The parent process (vitest's) is alive, so this stands for a server holding the folder.
  writeFileSync(path.join(dir, "commitment-hub.lock"), String(process.ppid));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("exits 7 with the in-use message when a live process holds the embedded database", async () => {
  const io = captureIo({ env: { DATA_DIR: dir } });
  expect(await run(["members", "list", "lstm"], io)).toBe(7);
  expect(io.out()).toBe("");
  expect(io.err()).toContain(`is in use by PID ${process.ppid}`);
  expect(io.err()).toContain("--url");
  // The holder keeps its lock.
  expect(readFileSync(path.join(dir, "commitment-hub.lock"), "utf8")).toBe(String(process.ppid));
});

it("reports it as JSON on standard error with --json", async () => {
  const io = captureIo({ env: { DATA_DIR: dir } });
  expect(await run(["users", "list", "--json"], io)).toBe(7);
  expect(JSON.parse(io.err()).error).toMatchObject({ code: "DATABASE_IN_USE", exitCode: 7 });
});
