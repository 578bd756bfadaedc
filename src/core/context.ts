import type { Auth } from "../auth/auth.server";
import type { AppConfig } from "../config.server";
import type { DbOrTx } from "../db/types";
import type { Actor } from "./actor";

export type Mail = { to: string; subject: string; text: string };

/** Sends mail, or writes it to the log when no mail transport is configured. */
export type Mailer = { send(mail: Mail): Promise<"sent" | "logged"> };

/** What every use-case receives: the database, the acting person, and the platform's services. */
export type UseCaseContext = {
  db: DbOrTx;
  actor: Actor;
  auth: Auth;
  config: AppConfig;
  mailer: Mailer;
};
