import { describe, expect, it } from "vitest";
import { cliTestBed } from "./cli-test-bed";

const { tokens, hub, hubRemote } = cliTestBed("cli deadline test");

describe("hub deadline", () => {
  it("prints LSTM's renewal window and the rule that gave it (local, as the operator)", async () => {
    const r = await hub(["deadline", "lstm"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Liverpool School of Tropical Medicine: next window 31 July 2027");
    expect(r.out).toMatch(/\d+ days? remaining|Overdue by/);
    expect(r.out).toContain(
      "Rule: renewal: 36 months after the submission of 26 July 2024 (window 31 July 2024)",
    );
  });

  it("gives the same JSON locally and through the API", async () => {
    const local = JSON.parse((await hub(["deadline", "birmingham", "--json"])).out);
    expect(local.next).toMatchObject({ rule: "renewal", closesOn: "2028-01-31", madeInWindow: "2025-01-31" });
    const remote = JSON.parse((await hubRemote(["deadline", "birmingham", "--json"], tokens.central)).out);
    expect(remote).toEqual(local);
  });

  it("refuses: exit 4 for another institution or anyone anonymous, 3 for a missing institution", async () => {
    expect((await hubRemote(["deadline", "lstm"], tokens.other)).code).toBe(4);
    expect((await hubRemote(["deadline", "lstm"])).code).toBe(4);
    const missing = await hub(["deadline", "nowhere"]);
    expect(missing.code).toBe(3);
    expect(missing.err).toContain("institution was not found");
  });
});
