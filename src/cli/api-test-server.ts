import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dispatch } from "../../app/api/call-route";
import { captureIo } from "./capture-io";
import type { LocalServices } from "./local";
import { run } from "./run";

/*
 * For the CLI's tests: the real API routes behind an HTTP server on the test database (for --url
 * mode), and `hub` run in-process locally or against that server.
 */

export type ApiServer = { base: string; close(): Promise<void> };

export async function startApiServer(): Promise<ApiServer> {
  let base = "";
  const server = createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const response = await dispatch(
      new Request(`${base}${req.url}`, { method: req.method, headers, body: raw || undefined }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** `hub` on the database, as the operator. */
export async function hubLocal(services: LocalServices, argv: string[]) {
  const io = captureIo({ services });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** `hub --url`, with HUB_TOKEN when given; opening the database fails the test. */
export async function hubAt(base: string, argv: string[], token?: string) {
  const io = captureIo({ env: token ? { HUB_URL: base, HUB_TOKEN: token } : { HUB_URL: base } });
  io.openLocal = () => Promise.reject(new Error("remote mode opened the database"));
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}
