import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { exited, startServer, waitHealthy } from "./server-process";

/** POSTs with a Content-Length header of `bytes` but sends nothing: the answer must not wait for the body. */
function statusOfDeclaredBody(url: string, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-length": String(bytes) } }, (res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      req.destroy();
    });
    req.on("error", reject);
    req.flushHeaders();
  });
}

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
    // A body declared larger than any request needs is refused before it is read.
    expect(
      await statusOfDeclaredBody(`${first.url}/api/v1/institutions/lstm/evidence`, 40 * 1024 * 1024),
    ).toBe(413);
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
