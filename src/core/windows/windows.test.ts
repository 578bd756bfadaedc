import { describe, expect, it } from "vitest";
import {
  closeInstant,
  daysRemaining,
  deadlineStatus,
  initialWindow,
  isOverdue,
  nextWindow,
  normaliseDueMonths,
  renewalWindow,
  windowClosingOnOrAfter,
  windowLabel,
} from "./windows";

describe("initial submission: the first window ending at least 12 months after signing", () => {
  it.each([
    ["2024-07-31", "2025-07-31"],
    ["2024-08-01", "2026-01-31"],
    ["2024-02-29", "2025-07-31"],
    ["2024-01-31", "2025-01-31"],
    ["2024-02-01", "2025-07-31"],
    ["2023-12-31", "2025-01-31"],
    ["2017-05-15", "2018-07-31"],
  ])("signed %s → %s", (signedOn, closesOn) => {
    expect(initialWindow(signedOn)).toBe(closesOn);
  });
});

describe("renewal: 36 months after the window the previous submission was made in", () => {
  it.each([
    ["2024-07-26", "2024-07-31", "2027-07-31"],
    ["2024-08-23", "2025-01-31", "2028-01-31"],
    ["2024-08-20", "2025-01-31", "2028-01-31"],
    ["2024-07-31", "2024-07-31", "2027-07-31"],
    ["2024-01-31", "2024-01-31", "2027-01-31"],
    ["2024-02-01", "2024-07-31", "2027-07-31"],
    ["2023-12-15", "2024-01-31", "2027-01-31"],
  ])("submitted %s → window %s → next %s", (submittedOn, window, next) => {
    expect(windowClosingOnOrAfter(submittedOn)).toBe(window);
    expect(renewalWindow(submittedOn)).toBe(next);
  });
});

describe("the older phase timetable: an institution's own due months", () => {
  it.each<[string, number[], string]>([
    ["2023-12-10", [4], "2024-04-30"],
    ["2024-05-01", [4], "2025-04-30"],
    ["2024-02-10", [9], "2024-09-30"],
    ["2024-10-01", [4, 9], "2025-04-30"],
    ["2024-02-29", [2], "2024-02-29"],
  ])("a submission on %s with due months %j belongs to %s", (date, months, closesOn) => {
    expect(windowClosingOnOrAfter(date, months)).toBe(closesOn);
  });

  it.each<[string, number[], string]>([
    ["2024-04-10", [4], "2027-04-30"],
    ["2024-05-10", [9], "2027-09-30"],
    ["2024-02-10", [2], "2027-02-28"],
  ])("a renewal after %s with due months %j is due %s", (submittedOn, months, closesOn) => {
    expect(renewalWindow(submittedOn, months)).toBe(closesOn);
  });

  it.each<[number[] | null, number[]]>([
    [null, [1, 7]],
    [[], [1, 7]],
    [
      [9, 4, 9],
      [4, 9],
    ],
    [
      [0, 13, 4.5],
      [1, 7],
    ],
  ])("due months %j are read as %j", (months, expected) => {
    expect(normaliseDueMonths(months)).toEqual(expected);
  });
});

describe("the next window: renewal after the latest submission, else initial after signing", () => {
  it.each([
    [{ signedOn: "2018-11-01", lastSubmittedOn: "2024-07-26" }, "renewal", "2027-07-31"],
    [{ signedOn: "2024-08-01", lastSubmittedOn: null }, "initial", "2026-01-31"],
    [{ signedOn: null, lastSubmittedOn: "2024-08-23" }, "renewal", "2028-01-31"],
  ])("%j → %s %s", (facts, rule, closesOn) => {
    expect(nextWindow(facts)).toMatchObject({ rule, closesOn });
  });

  it("knows nothing without a signing date or a submission", () => {
    expect(nextWindow({ signedOn: null, lastSubmittedOn: null })).toBeNull();
  });
});

describe("the close instant is 23:59:59 in London, in GMT or BST", () => {
  it.each([
    ["2027-07-31", "2027-07-31T22:59:59.000Z"],
    ["2028-01-31", "2028-01-31T23:59:59.000Z"],
    ["2024-04-30", "2024-04-30T22:59:59.000Z"],
  ])("%s closes at %s", (closesOn, instant) => {
    expect(closeInstant(closesOn).toISOString()).toBe(instant);
  });

  it.each([
    ["2027-07-31T22:59:58Z", false],
    ["2027-07-31T22:59:59Z", false],
    ["2027-07-31T23:00:00Z", true],
    ["2027-08-01T10:00:00Z", true],
    ["2027-01-01T10:00:00Z", false],
  ])("31 July 2027 at %s is overdue: %s", (now, expected) => {
    expect(isOverdue("2027-07-31", new Date(now))).toBe(expected);
  });
});

describe("days remaining are London calendar days", () => {
  it.each([
    ["2027-07-31", "2027-07-31T08:00:00Z", 0],
    ["2027-07-31", "2027-07-30T23:30:00Z", 0],
    ["2027-07-31", "2027-07-30T22:30:00Z", 1],
    ["2027-07-31", "2026-11-23T12:00:00Z", 250],
    // Across the clocks going forward (29 March 2026) and back (25 October 2026).
    ["2026-03-31", "2026-03-28T23:30:00Z", 3],
    ["2026-03-31", "2026-03-29T23:30:00Z", 1],
    ["2026-10-31", "2026-10-24T23:30:00Z", 6],
    ["2026-10-31", "2026-10-25T23:30:00Z", 6],
    ["2025-01-31", "2025-02-03T12:00:00Z", -3],
  ])("%s seen at %s: %i", (closesOn, now, days) => {
    expect(daysRemaining(closesOn, new Date(now))).toBe(days);
  });
});

describe("deadline status and label", () => {
  it.each([
    ["2027-07-31", "31 July 2027"],
    ["2028-01-31", "31 January 2028"],
    ["2025-04-30", "30 April 2025"],
  ])("%s is called %s", (closesOn, label) => {
    expect(windowLabel(closesOn)).toBe(label);
  });

  it.each([
    ["2027-07-31", "2026-11-23T12:00:00Z", { daysRemaining: 250, isOverdue: false, daysOverdue: 0 }],
    ["2027-07-31", "2027-07-31T22:00:00Z", { daysRemaining: 0, isOverdue: false, daysOverdue: 0 }],
    ["2027-07-31", "2027-07-31T23:00:30Z", { daysRemaining: 0, isOverdue: true, daysOverdue: 1 }],
    ["2026-01-31", "2026-11-23T12:00:00Z", { daysRemaining: 0, isOverdue: true, daysOverdue: 296 }],
  ])("%s at %s → %j", (closesOn, now, expected) => {
    expect(deadlineStatus(closesOn, new Date(now))).toMatchObject(expected);
  });
});
