import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../config.server";
import { AppError, type AppErrorCode } from "../core/errors";
import { DatabaseInUseError } from "../db/data-dir-lock.server";
import { CancelledError, ServerError, UsageError } from "./errors";
import { EXIT, exitCodesHelp } from "./exit-codes";
import { exitCodeFor, formatError, formatTimestamp, table } from "./output";
import { stripTrailingNewline } from "./password";

describe("exit codes", () => {
  it.each<[AppErrorCode, number]>([
    ["UNAUTHENTICATED", 4],
    ["FORBIDDEN", 4],
    ["NOT_FOUND", 3],
    ["INVALID", 5],
    ["CONFLICT", 6],
    ["STALE", 6],
    ["RATE_LIMITED", 8],
  ])("AppError %s exits %i", (code, exit) => {
    expect(exitCodeFor(new AppError(code, "x"))).toBe(exit);
  });

  it.each<[string, unknown, number]>([
    ["database in use", new DatabaseInUseError("/data", 42), 7],
    ["usage", new UsageError("x"), 2],
    ["bad settings", new ConfigError("x"), 2],
    ["commander usage", new CommanderError(1, "commander.unknownOption", "x"), 2],
    ["commander help", new CommanderError(0, "commander.helpDisplayed", "x"), 0],
    ["server", new ServerError("x"), 8],
    ["cancelled", new CancelledError(), 1],
    ["a bug", new TypeError("x is undefined"), 1],
    ["a thrown string", "boom", 1],
  ])("%s exits %i", (_name, error, exit) => {
    expect(exitCodeFor(error)).toBe(exit);
  });

  it("lists every code in the help text", () => {
    const help = exitCodesHelp();
    for (const code of Object.values(EXIT)) expect(help).toMatch(new RegExp(`^  ${code}  \\S`, "m"));
  });
});

describe("error output", () => {
  const invalid = new AppError("INVALID", "Some answers need correcting.", {
    fieldErrors: { slug: ["Use lower-case letters.", "Too long."], name: ["Enter a name."] },
  });

  it("prints the message and each field's messages for people", () => {
    expect(formatError(invalid, false)).toBe(
      "Error: Some answers need correcting.\n  slug: Use lower-case letters.\n  slug: Too long.\n  name: Enter a name.\n",
    );
  });

  it("prints one JSON object with the code and exit code for scripts", () => {
    expect(JSON.parse(formatError(invalid, true))).toEqual({
      error: {
        code: "INVALID",
        message: "Some answers need correcting.",
        exitCode: 5,
        fieldErrors: { slug: ["Use lower-case letters.", "Too long."], name: ["Enter a name."] },
      },
    });
  });

  it("prints the database-in-use message as it is, since it says what to do", () => {
    const text = formatError(new DatabaseInUseError("/srv/data", 4242), false);
    expect(text).toContain("in use by PID 4242");
    expect(text).toContain("--url");
    expect(JSON.parse(formatError(new DatabaseInUseError("/srv/data", 4242), true)).error.code).toBe(
      "DATABASE_IN_USE",
    );
  });

  it("shows the stack for unexpected errors only", () => {
    const bug = new TypeError("x is undefined");
    expect(formatError(bug, false)).toContain("Error: Unexpected error: x is undefined\nTypeError");
    expect(formatError(new UsageError("Bad."), false)).toBe("Error: Bad.\n");
  });
});

describe("tables", () => {
  it("pads every column but the last and leaves empty cells blank", () => {
    expect(
      table(
        ["SLUG", "NAME", "NOTE"],
        [
          ["lstm", "Liverpool", null],
          ["b", "Birmingham", 3],
        ],
        "none",
      ),
    ).toBe("SLUG  NAME        NOTE\nlstm  Liverpool\nb     Birmingham  3");
  });

  it("prints the empty text when there are no rows", () => {
    expect(table(["A"], [], "No institutions.")).toBe("No institutions.");
  });

  it.each<[unknown, string]>([
    [new Date("2026-11-22T20:09:17.133Z"), "2026-11-22 20:09 UTC"],
    ["2026-11-22T20:09:17.133Z", "2026-11-22 20:09 UTC"],
    [null, ""],
    ["not a date", "not a date"],
  ])("formats the timestamp %s as %j", (value, text) => {
    expect(formatTimestamp(value)).toBe(text);
  });
});

describe("piped passwords", () => {
  it.each([
    ["secret words\n", "secret words"],
    ["secret words\r\n", "secret words"],
    ["secret words", "secret words"],
    ["ends with spaces  \n", "ends with spaces  "],
    ["two newlines\n\n", "two newlines\n"],
  ])("reads %j as %j", (input, password) => {
    expect(stripTrailingNewline(input)).toBe(password);
  });
});
