import { CommanderError } from "commander";
import { CheckFailedError } from "./errors";
import { EXIT, type ExitCode } from "./exit-codes";
import type { CliIo } from "./io";
import { exitCodeFor, formatError } from "./output";
import { buildProgram } from "./program";

/** Runs one command line and returns its exit code; never exits the process itself. */
export async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.OK;
  } catch (error) {
    // Commander has already printed its own message (or the help) to standard error.
    if (error instanceof CommanderError) return exitCodeFor(error);
    // The command has printed its answer already; only the exit code is left to give.
    if (error instanceof CheckFailedError) return exitCodeFor(error);
    io.stderr.write(formatError(error, program.opts().json === true));
    return exitCodeFor(error);
  }
}
