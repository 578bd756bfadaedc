import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { apiTestBed } from "../../app/api/api-test-bed";
import { dispatch } from "../../app/api/call-route";
import { captureIo } from "./capture-io";
import { run } from "./run";

/**
 * For CLI test files: local mode runs on a fresh test database as the operator; remote mode runs
 * against the real API routes on the same database, behind an HTTP server, with the API test bed's
 * tokens (LSTM's lead and signatory, Birmingham's lead as "other", the central team).
 */
export function cliTestBed(label: string) {
  const { tokens, services } = apiTestBed(label);
  let server: Server | undefined;
  let base = "";

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const response = await dispatch(
        new Request(`${base}${req.url}`, { method: req.method, headers, body }),
      );
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** `hub …` on the database, as the operator. */
  async function hub(argv: string[]) {
    const io = captureIo({ services: services() });
    const code = await run(argv, io);
    return { code, out: io.out(), err: io.err() };
  }
  /** `hub …` with HUB_URL (and HUB_TOKEN when given); opening the database fails the test. */
  async function hubRemote(argv: string[], token?: string) {
    const io = captureIo({ env: token ? { HUB_URL: base, HUB_TOKEN: token } : { HUB_URL: base } });
    io.openLocal = () => Promise.reject(new Error("remote mode opened the database"));
    const code = await run(argv, io);
    return { code, out: io.out(), err: io.err() };
  }

  return { tokens, hub, hubRemote, services };
}
