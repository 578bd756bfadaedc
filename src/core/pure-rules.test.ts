import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "../../app/lib/format";
import { safeRedirect } from "../../app/lib/safe-redirect";
import { decodeCursor, encodeCursor, toPage } from "./pagination";
import { invitationState } from "./people/invitation-view.server";
import { passwordProblem } from "./people/password-policy";
import { tokenState } from "./tokens/token-view.server";

const NOW = new Date("2026-06-01T12:00:00Z");

describe("password policy", () => {
  it.each([
    ["short", "Use at least 10 characters."],
    ["password123", /breached/],
    ["qwertyuiop", /breached/],
    ["iloveyou2024", /breached/],
    ["aaaaaaaaaaaa", /too easy/],
    ["commitment-hub-commitment", null],
    ["heron-lantern-quarry-93", null],
    ["correct horse battery staple", null],
    ["x".repeat(129), "Use at most 128 characters."],
  ])("%s → %s", (password, expected) => {
    const problem = passwordProblem(password);
    if (expected === null) expect(problem).toBeNull();
    else if (typeof expected === "string") expect(problem).toBe(expected);
    else expect(problem).toMatch(expected);
  });

  it("counts the person's own name and email as guessable", () => {
    expect(passwordProblem("jordanpike2024", ["jordan.pike@lstm.demo", "Jordan Pike"])).not.toBeNull();
  });
});

describe("invitation state (expiry is read from the clock)", () => {
  it.each([
    [{ status: "pending", expiresAt: new Date("2026-06-08T12:00:00Z") }, "pending"],
    [{ status: "pending", expiresAt: new Date("2026-06-01T12:00:00Z") }, "expired"],
    [{ status: "pending", expiresAt: new Date("2026-05-31T12:00:00Z") }, "expired"],
    [{ status: "accepted", expiresAt: new Date("2026-05-31T12:00:00Z") }, "accepted"],
    [{ status: "canceled", expiresAt: new Date("2026-06-08T12:00:00Z") }, "canceled"],
  ])("%o → %s", (row, state) => {
    expect(invitationState(row, NOW)).toBe(state);
  });
});

describe("token state", () => {
  it.each([
    [{ expiresAt: null, revokedAt: null }, "active"],
    [{ expiresAt: new Date("2026-07-01"), revokedAt: null }, "active"],
    [{ expiresAt: new Date("2026-05-01"), revokedAt: null }, "expired"],
    [{ expiresAt: new Date("2026-07-01"), revokedAt: new Date("2026-05-01") }, "revoked"],
  ])("%o → %s", (token, state) => {
    expect(tokenState(token, NOW)).toBe(state);
  });
});

describe("cursor pagination", () => {
  it("round-trips a cursor and refuses one it did not make", () => {
    expect(decodeCursor(encodeCursor("lstm"))).toBe("lstm");
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(() => decodeCursor("not-a-cursor")).toThrow(expect.objectContaining({ code: "INVALID" }));
  });

  it.each([
    [["a", "b", "c"], 2, ["a", "b"], "b"],
    [["a", "b"], 2, ["a", "b"], null],
    [[], 2, [], null],
  ])("%o limit %d", (rows, limit, items, next) => {
    const page = toPage(rows, limit, (r) => r);
    expect(page.items).toEqual(items);
    expect(page.nextCursor ? decodeCursor(page.nextCursor) : null).toBe(next);
  });
});

describe("dates are shown in Europe/London", () => {
  it.each([
    ["2018-04-01", "1 April 2018"],
    ["2026-12-31", "31 December 2026"],
    [new Date("2026-06-30T23:30:00Z"), "1 July 2026"],
    [new Date("2026-12-31T23:30:00Z"), "31 December 2026"],
    [null, ""],
  ])("%s → %s", (value, shown) => {
    expect(formatDate(value)).toBe(shown);
  });

  it("shows times in British Summer Time in summer", () => {
    expect(formatDateTime(new Date("2026-07-01T09:05:00Z"))).toBe("1 July 2026 at 10:05");
  });
});

describe("safe redirects stay on this site", () => {
  it.each([
    ["/i/lstm", "/i/lstm"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [null, "/"],
  ])("%s → %s", (to, result) => {
    expect(safeRedirect(to)).toBe(result);
  });
});
