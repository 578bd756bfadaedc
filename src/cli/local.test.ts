import { PassThrough } from "node:stream";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestServices, type TestServices } from "../../tests/setup/test-services";
import { account, user } from "../db/schema";
import { captureIo } from "./capture-io";
import type { InputStream } from "./io";
import { run } from "./run";

let s: TestServices;
beforeAll(async () => {
  s = await openTestServices();
});
afterAll(() => s.close());

const PASSWORD = "plum orbit cascade lantern 7";

async function hub(argv: string[], stdin?: InputStream | string) {
  const io = captureIo({ services: s, stdin });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err(), closed: io.closed() };
}

async function storedHash(email: string): Promise<string> {
  const [row] = await s.db
    .select({ hash: account.password })
    .from(account)
    .innerJoin(user, eq(user.id, account.userId))
    .where(eq(user.email, email));
  return row!.hash!;
}

async function passwordMatches(email: string, password: string): Promise<boolean> {
  const ctx = await s.auth.$context;
  return ctx.password.verify({ hash: await storedHash(email), password });
}

describe("institutions", () => {
  it("lists every institution as JSON, with the operator's people counts, and closes the database", async () => {
    const r = await hub(["institutions", "list", "--json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out);
    expect(list.map((i: { slug: string }) => i.slug)).toEqual(["birmingham", "lstm"]);
    expect(list[1]).toMatchObject({ name: "Liverpool School of Tropical Medicine", memberCount: 3 });
    expect(r.err).toBe("");
    expect(r.closed).toBe(1);
  });

  it("prints a table for people", async () => {
    const r = await hub(["institutions", "list"]);
    expect(r.out).toMatch(/^SLUG +NAME +TYPE +SIGNED +MEMBERS +INVITATIONS\n/);
    expect(r.out).toMatch(/\nlstm +Liverpool School of Tropical Medicine +signatory/);
  });

  it("creates one, then refuses the same slug with exit 6", async () => {
    const args = ["institutions", "create", "--name", "University of Testing", "--slug", "testing"];
    const created = await hub([...args, "--type", "supporter", "--signing-date", "2020-01-31", "--json"]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out)).toMatchObject({
      slug: "testing",
      type: "supporter",
      signingDate: "2020-01-31",
    });
    const again = await hub([...args, "--type", "supporter"]);
    expect(again.code).toBe(6);
    expect(again.err).toContain("slug: That slug is taken.");
    expect(again.out).toBe("");
  });

  it("exits 5 with a message per field for invalid input", async () => {
    const r = await hub([
      "institutions",
      "create",
      "--name",
      "Bad Place",
      "--slug",
      "Not A Slug",
      "--type",
      "signatory",
      "--contact-email",
      "nope",
    ]);
    expect(r.code).toBe(5);
    expect(r.err).toContain("slug: Use 1 to 60 lower-case letters, digits and hyphens.");
    expect(r.err).toContain("contactEmail: Enter an email address like name@example.ac.uk.");
  });

  it.each([
    [["institutions", "create", "--name", "X Y", "--slug", "xy"], "--type"],
    [["institutions", "create", "--name", "X Y", "--slug", "xy", "--type", "member"], "member"],
    [["institutions", "lists"], "unknown command 'lists'"],
  ])("exits 2 for a usage error: %j", async (argv, mention) => {
    const r = await hub(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(mention);
    expect(r.closed).toBe(0);
  });
});

describe("members and invitations", () => {
  it("lists members, and exits 3 for an unknown institution", async () => {
    const r = await hub(["members", "list", "birmingham", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((m: { email: string }) => m.email)).toContain("lead@birmingham.demo");
    const missing = await hub(["members", "list", "nowhere"]);
    expect(missing.code).toBe(3);
    expect(missing.err).toBe("Error: The institution was not found.\n");
  });

  it("invites, mails the link, lists the invitation, and refuses a second one with exit 6", async () => {
    const r = await hub([
      "invitations",
      "create",
      "lstm",
      "--email",
      "New.Person@Example.org",
      "--role",
      "editor",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Invited new.person@example.org to lstm as editor.");
    const link = /https?:\/\/\S+\/invitations\/[0-9a-f-]+/.exec(r.out)?.[0];
    expect(link).toBeDefined();
    expect(s.mails.at(-1)).toMatchObject({ to: "new.person@example.org" });
    expect(s.mails.at(-1)!.text).toContain(link);

    const list = await hub(["invitations", "list", "lstm", "--json"]);
    expect(JSON.parse(list.out)).toEqual([
      expect.objectContaining({ email: "new.person@example.org", role: "editor", state: "pending", link }),
    ]);

    const again = await hub([
      "invitations",
      "create",
      "lstm",
      "--email",
      "new.person@example.org",
      "--role",
      "viewer",
    ]);
    expect(again.code).toBe(6);
    expect(again.err).toContain("already waiting");
  });

  it("refuses a role that does not exist with exit 2", async () => {
    const r = await hub(["invitations", "create", "lstm", "--email", "a@example.org", "--role", "owner"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("lead, editor, contributor, signatory, viewer");
  });
});

describe("users", () => {
  it("has no password flag: commander refuses it with exit 2 and nothing is created", async () => {
    const r = await hub(
      ["users", "create", "--email", "flag@example.org", "--name", "Flag", "--password", PASSWORD],
      `${PASSWORD}\n`,
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown option '--password'");
    const list = await hub(["users", "list", "--json"]);
    expect(list.out).not.toContain("flag@example.org");
  });

  it("reads the password from piped standard input, less the trailing newline", async () => {
    const r = await hub(
      ["users", "create", "--email", "Piped@Example.org", "--name", "Pat Piper", "--central", "--json"],
      `${PASSWORD}\n`,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ email: "piped@example.org", platformRole: "central" });
    expect(await passwordMatches("piped@example.org", PASSWORD)).toBe(true);
    expect(await passwordMatches("piped@example.org", `${PASSWORD}\n`)).toBe(false);

    const list = JSON.parse((await hub(["users", "list", "--json"])).out);
    expect(list).toContainEqual(
      expect.objectContaining({ email: "piped@example.org", platformRole: "central", isDemo: false }),
    );
  });

  it("refuses a weak or empty password with exit 5", async () => {
    const weak = await hub(["users", "create", "--email", "weak@example.org", "--name", "W"], "password1\n");
    expect(weak.code).toBe(5);
    expect(weak.err).toMatch(/password: /);
    const empty = await hub(["users", "create", "--email", "empty@example.org", "--name", "E"], "");
    expect(empty.code).toBe(5);
    expect(empty.err).toContain("password: Enter a password.");
  });

  it("exits 6 for an address that already has an account", async () => {
    const r = await hub(["users", "create", "--email", "lead@lstm.demo", "--name", "Again"], PASSWORD);
    expect(r.code).toBe(6);
    expect(r.err).toContain("email: Already registered.");
  });

  it("prompts twice on a terminal without echoing, and prompts on standard error", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} });
    const done = hub(["users", "create", "--email", "typed@example.org", "--name", "Tye Ped"], stdin);
    // Typed a character at a time, with a mistake corrected by backspace.
    for (const key of [..."plum orbit cascade lantern 8", "\u007f", "7", "\r", ...PASSWORD, "\r"]) {
      await new Promise((resolve) => setImmediate(resolve));
      stdin.write(key);
    }
    const r = await done;
    expect(r.code).toBe(0);
    expect(r.err).toBe("Password: \nRepeat the password: \n");
    expect(r.out).not.toContain(PASSWORD);
    expect(await passwordMatches("typed@example.org", PASSWORD)).toBe(true);
  });

  it("exits 5 when the two typed passwords differ", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} });
    const done = hub(["users", "create", "--email", "typo@example.org", "--name", "Typo"], stdin);
    await new Promise((resolve) => setImmediate(resolve));
    stdin.write(`${PASSWORD}\r`);
    await new Promise((resolve) => setImmediate(resolve));
    stdin.write(`${PASSWORD}x\r`);
    const r = await done;
    expect(r.code).toBe(5);
    expect(r.err).toContain("password: The two passwords differ.");
  });
});

describe("operator commands", () => {
  it("migrates (idempotently) and reports the engine", async () => {
    const r = await hub(["migrate", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ migrated: true, engine: s.handle.kind });
  });

  it("reports demo data as present rather than loading it twice", async () => {
    const r = await hub(["demo", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ status: "present" });
  });

  it.each([
    [["--url", "http://127.0.0.1:9", "users", "list"], "no --url mode"],
    [["users", "list", "--token", "chub_x"], "takes no --token"],
    [["demo", "--url", "http://127.0.0.1:9"], "no --url mode"],
  ])("refuse --url and --token with exit 2: %j", async (argv, message) => {
    const r = await hub(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.closed).toBe(0);
  });

  it("refuses to run while HUB_URL points at a server, so the wrong database is never changed", async () => {
    const io = captureIo({ services: s, env: { HUB_URL: "http://127.0.0.1:9" } });
    expect(await run(["migrate"], io)).toBe(2);
    expect(io.err()).toContain("unset HUB_URL");
    expect(io.closed()).toBe(0);
  });
});
