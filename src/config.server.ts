import { z } from "zod";

/** The settings table in README.md lists the same variables; keep them together. */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  PUBLIC_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  DEMO: z.enum(["0", "1"]).optional(),
  NODE_ENV: z.string().optional(),
  TRUST_PROXY: z.enum(["0", "1"]).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Commitment Hub <no-reply@commitment-hub.invalid>"),
});

export type AppConfig = {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  authSecret: string | undefined;
  /** undefined: the default for the engine (on for an empty PGlite, off for PostgreSQL). */
  demo: boolean | undefined;
  production: boolean;
  /** Behind a load balancer: take the client's address from X-Forwarded-For. */
  trustProxy: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = ZEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new ConfigError(
      `Invalid settings:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && !e.AUTH_SECRET) {
    throw new ConfigError("AUTH_SECRET is required when NODE_ENV=production (at least 32 characters).");
  }
  return {
    port: e.PORT,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    authSecret: e.AUTH_SECRET,
    demo: e.DEMO === undefined ? undefined : e.DEMO === "1",
    production,
    trustProxy: e.TRUST_PROXY === "1",
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
  };
}
