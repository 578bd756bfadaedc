import { invalid } from "../core/errors";
import { CancelledError } from "./errors";
import type { InputStream, TextSink } from "./io";

/**
 * The password comes from standard input, never from a flag: flags stay in shell history and
 * show in every user's process list. Piped input is read whole, less one trailing newline (what
 * `echo` and `printf '%s\n'` add); a terminal gets a prompt that does not echo.
 */
export async function readPassword(stdin: InputStream, prompt: TextSink): Promise<string> {
  if (stdin.isTTY && stdin.setRawMode) {
    const first = await promptHidden(stdin, prompt, "Password: ");
    const second = await promptHidden(stdin, prompt, "Repeat the password: ");
    if (first !== second)
      throw invalid("The two passwords differ.", { password: ["The two passwords differ."] });
    return first;
  }
  return stripTrailingNewline(await readAll(stdin));
}

export function stripTrailingNewline(text: string): string {
  return text.replace(/\r?\n$/, "");
}

async function readAll(stdin: InputStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

const ENTER = new Set(["\r", "\n", "\u0004"]);
const BACKSPACE = new Set(["\u007f", "\b"]);

function promptHidden(stdin: InputStream, out: TextSink, question: string): Promise<string> {
  out.write(question);
  return new Promise((resolve, reject) => {
    let value: string[] = [];
    const finish = () => {
      stdin.off?.("data", onData);
      stdin.setRawMode?.(false);
      stdin.pause?.();
      out.write("\n");
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) {
          finish();
          resolve(value.join(""));
          return;
        }
        if (char === "\u0003") {
          finish();
          reject(new CancelledError());
          return;
        }
        if (BACKSPACE.has(char)) value = value.slice(0, -1);
        else value.push(char);
      }
    };
    stdin.setRawMode?.(true);
    stdin.setEncoding?.("utf8");
    stdin.on?.("data", onData);
    stdin.resume?.();
  });
}
