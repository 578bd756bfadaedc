import { Readable } from "node:stream";
import type { CliIo, InputStream } from "./io";
import type { LocalServices } from "./local";

export type CapturedIo = CliIo & { out(): string; err(): string; closed(): number };

/** An in-memory CliIo for tests: captured output, a given stdin, and optionally given services. */
export function captureIo(
  options: { stdin?: InputStream | string; env?: Record<string, string>; services?: LocalServices } = {},
): CapturedIo {
  let out = "";
  let err = "";
  let closed = 0;
  const { services } = options;
  const stdin =
    typeof options.stdin === "string" || options.stdin === undefined
      ? Readable.from(options.stdin ? [options.stdin] : [])
      : options.stdin;
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    stdin,
    env: options.env ?? {},
    openLocal: services
      ? async () => ({
          services,
          close: async () => {
            closed++;
          },
        })
      : undefined,
    out: () => out,
    err: () => err,
    closed: () => closed,
  };
}
