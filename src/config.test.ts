import { describe, expect, it } from "vitest";
import { readConfig } from "./config.server";

describe("settings", () => {
  it("has the documented defaults", () => {
    expect(readConfig({})).toMatchObject({
      port: 3000,
      dataDir: "./data",
      databaseUrl: undefined,
      publicUrl: "http://localhost:3000",
      authSecret: undefined,
      demo: undefined,
      trustProxy: false,
      production: false,
    });
  });

  it.each([
    [{ DEMO: "1" }, { demo: true }],
    [{ DEMO: "0" }, { demo: false }],
    [{ PORT: "8080" }, { port: 8080, publicUrl: "http://localhost:8080" }],
    [{ PUBLIC_URL: "https://hub.example.ac.uk/" }, { publicUrl: "https://hub.example.ac.uk" }],
    [{ DATABASE_URL: "postgresql://u@h/db" }, { databaseUrl: "postgresql://u@h/db" }],
    [{ TRUST_PROXY: "1" }, { trustProxy: true }],
  ])("%o", (env, expected) => {
    expect(readConfig(env)).toMatchObject(expected);
  });

  it.each([
    [{ PORT: "eighty" }, /PORT/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must start with postgres/],
    [{ AUTH_SECRET: "short" }, /at least 32 characters/],
    [{ NODE_ENV: "production" }, /AUTH_SECRET is required when NODE_ENV=production/],
    [{ DEMO: "yes" }, /DEMO/],
  ])("refuses %o with a clear message", (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it("accepts production with a secret", () => {
    expect(readConfig({ NODE_ENV: "production", AUTH_SECRET: "s".repeat(32) }).production).toBe(true);
  });
});
