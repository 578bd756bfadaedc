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
