/** The command line was wrong in a way commander cannot see (e.g. --url on an operator command). */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The server could not be reached, or answered with something that is not the API's. */
export class ServerError extends Error {
  override name = "ServerError";
}

/** The person cancelled a prompt (Ctrl-C). */
export class CancelledError extends Error {
  override name = "CancelledError";
  constructor() {
    super("Cancelled.");
  }
}

/**
 * The command ran and printed its answer, and the answer is "no" (`hub check`: something blocks the
 * submission). Nothing more is printed; the exit code tells a script.
 */
export class CheckFailedError extends Error {
  override name = "CheckFailedError";
  constructor() {
    super("The check found something blocking.");
  }
}
