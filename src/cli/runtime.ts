import type { Command } from "commander";
import type { UseCaseContext } from "../core/context";
import { UsageError } from "./errors";
import type { CliIo } from "./io";
import { type LocalServices, openLocal, operatorContext } from "./local";
import { Output } from "./output";
import { RemoteClient } from "./remote";

export type GlobalOptions = { json?: boolean; url?: string; token?: string };

/** What a command's action needs: the parsed global options, output, and either mode. */
export class Runtime {
  readonly out: Output;

  constructor(
    readonly io: CliIo,
    readonly options: GlobalOptions,
  ) {
    this.out = new Output(options.json === true, io.stdout, io.stderr);
  }

  static of(command: Command, io: CliIo): Runtime {
    return new Runtime(io, command.optsWithGlobals<GlobalOptions>());
  }

  /** The server to talk to, from --url or HUB_URL; null means "open the database". */
  remote(): RemoteClient | null {
    const url = this.options.url ?? this.io.env.HUB_URL;
    if (!url) {
      if (this.options.token) throw new UsageError("--token is only used with --url (or HUB_URL).");
      return null;
    }
    return new RemoteClient(url, this.options.token ?? this.io.env.HUB_TOKEN);
  }

  /**
   * Operator commands have no remote mode. HUB_URL refuses them too: an operator who has it set
   * would otherwise change a local database while believing they changed the server's.
   */
  requireLocal(name: string): void {
    if (this.options.url)
      throw new UsageError(`hub ${name} works on the database directly; it has no --url mode.`);
    if (this.io.env.HUB_URL)
      throw new UsageError(
        `hub ${name} works on the database directly; unset HUB_URL (now ${this.io.env.HUB_URL}) to run it.`,
      );
    if (this.options.token)
      throw new UsageError(`hub ${name} works on the database directly; it takes no --token.`);
  }

  /** Opens the database, runs `fn` as the operator, and closes it (releasing the PGlite lock). */
  async local<T>(fn: (ctx: UseCaseContext, services: LocalServices) => Promise<T>): Promise<T> {
    const log = (line: string) => this.io.stderr.write(`${line}\n`);
    const session = await (this.io.openLocal ?? openLocal)(this.io.env, log);
    try {
      return await fn(operatorContext(session.services), session.services);
    } finally {
      await session.close();
    }
  }
}
