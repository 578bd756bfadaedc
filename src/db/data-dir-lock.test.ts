import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { DatabaseInUseError, lockDataDir } from "./data-dir-lock.server";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), "chub-lock-unit-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it("creates the folder, writes our PID and removes the lock on release", () => {
  const dir = path.join(tempDir(), "nested", "data");
  const release = lockDataDir(dir);
  expect(readFileSync(path.join(dir, "commitment-hub.lock"), "utf8")).toBe(String(process.pid));
  release();
  expect(existsSync(path.join(dir, "commitment-hub.lock"))).toBe(false);
});

it("refuses a folder held by a live process, naming its PID", async () => {
  const dir = tempDir();
  const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
  try {
    writeFileSync(path.join(dir, "commitment-hub.lock"), String(holder.pid));
    expect(() => lockDataDir(dir)).toThrow(DatabaseInUseError);
    expect(() => lockDataDir(dir)).toThrow(`in use by PID ${holder.pid}`);
  } finally {
    holder.kill();
  }
});

it("takes over a lock left by a process that has died", () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, "commitment-hub.lock"), "999999999");
  const release = lockDataDir(dir);
  expect(readFileSync(path.join(dir, "commitment-hub.lock"), "utf8")).toBe(String(process.pid));
  release();
});
