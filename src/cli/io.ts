import type { LocalSession } from "./local";

export type TextSink = { write(chunk: string): unknown };

export type InputStream = AsyncIterable<string | Buffer> & {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
  on?(event: "data", listener: (chunk: string) => void): unknown;
  off?(event: "data", listener: (chunk: string) => void): unknown;
  resume?(): unknown;
  pause?(): unknown;
};

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export type CliIo = {
  stdout: TextSink;
  stderr: TextSink;
  stdin: InputStream;
  env: Record<string, string | undefined>;
  /** Opens the database for local mode; tests hand in their own services instead. */
  openLocal?: (env: Record<string, string | undefined>, log: (line: string) => void) => Promise<LocalSession>;
};

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
