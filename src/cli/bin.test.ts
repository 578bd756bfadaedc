import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "chub-cli-bin-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function hub(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "bin/hub.js"), ...args], {
      // Only the embedded database in a fresh folder: never a DATABASE_URL or HUB_URL from outside.
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", HUB_URL: "", HUB_TOKEN: "", DEMO: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

it("prints the exit codes in the help", async () => {
  const r = await hub(["--help"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Exit codes:\n  0  ok\n");
  expect(r.out).toContain("7  database in use");
});

it("migrates a fresh folder, lists no institutions as JSON, and releases the lock", async () => {
  const r = await hub(["institutions", "list", "--json"]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out)).toEqual([]);
  expect(existsSync(path.join(dataDir, "pglite"))).toBe(true);
  expect(existsSync(path.join(dataDir, "commitment-hub.lock"))).toBe(false);
}, 60_000);
