import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { exited, startServer, waitHealthy } from "./server-process";

const dir = mkdtempSync(path.join(tmpdir(), "chub-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("refuses a second server on the same PGlite folder with the first one's PID", async () => {
  const first = startServer(3311, { DATA_DIR: dir });
  try {
    const health = await waitHealthy(first);
    expect(health).toMatchObject({ status: "ok", database: "pglite" });
    const second = startServer(3312, { DATA_DIR: dir });
    expect(await exited(second)).toBe(1);
    expect(second.output()).toContain(`in use by PID ${first.child.pid}`);
    // The first is unharmed.
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  } finally {
    await first.stop();
  }
  // Once the first has stopped, the folder is free again, with its data kept.
  const again = startServer(3313, { DATA_DIR: dir });
  try {
    await waitHealthy(again);
    const res = await fetch(`${again.url}/api/v1/institutions`);
    const body = (await res.json()) as { items: { slug: string }[] };
    expect(body.items.map((i) => i.slug)).toEqual(["birmingham", "lstm"]);
  } finally {
    await again.stop();
  }
});
