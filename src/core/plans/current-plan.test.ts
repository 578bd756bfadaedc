import { describe, expect, it } from "vitest";
import { canTransition, currentPlan, nextStatus } from "./current-plan";
import type { PlanStatus } from "./plan-types";

type Plan = { id: string; status: PlanStatus; startsOn: string; endsOn: string; approvedAt: Date | null };
const plan = (
  id: string,
  status: PlanStatus,
  startsOn: string,
  endsOn: string,
  approvedAt?: string,
): Plan => ({
  id,
  status,
  startsOn,
  endsOn,
  approvedAt: approvedAt ? new Date(approvedAt) : null,
});

const OLD = plan("2019", "published", "2019-01-01", "2021-12-31", "2019-01-10T12:00:00Z");
const NOW = plan("2024", "published", "2024-08-01", "2027-07-31", "2024-07-26T12:00:00Z");
const NEXT_APPROVED = plan("2027", "approved", "2027-08-01", "2030-07-31", "2027-06-01T12:00:00Z");
const EARLIER_APPROVED = plan("2027a", "approved", "2027-08-01", "2030-07-31", "2027-05-01T12:00:00Z");
const DRAFT = plan("draft", "draft", "2024-08-01", "2027-07-31");
const OVERLAP = plan("2025", "published", "2025-01-01", "2027-12-31", "2024-12-01T12:00:00Z");

describe("currentPlan", () => {
  it.each<[string, Plan[], string, string | null]>([
    ["no plans", [], "2025-01-01", null],
    ["the published plan covering today", [OLD, NOW], "2025-01-01", "2024"],
    ["first day of the period", [OLD, NOW], "2024-08-01", "2024"],
    ["last day of the period", [OLD, NOW], "2027-07-31", "2024"],
    ["overlapping periods: the latest start", [NOW, OVERLAP], "2025-06-01", "2025"],
    ["a draft covering today never counts", [DRAFT], "2025-01-01", null],
    ["between plans with nothing approved: none", [OLD, NOW], "2023-01-01", null],
    ["after the last plan: the approved next one", [NOW, NEXT_APPROVED], "2027-08-01", "2027"],
    ["a covering published plan beats an approved one", [NEXT_APPROVED, NOW], "2025-01-01", "2024"],
    ["newest approval wins", [EARLIER_APPROVED, NEXT_APPROVED], "2027-08-01", "2027"],
    ["newest approval wins, order reversed", [NEXT_APPROVED, EARLIER_APPROVED], "2027-08-01", "2027"],
    [
      "approved without a time ranks last",
      [plan("undated", "approved", "2027-08-01", "2030-07-31"), EARLIER_APPROVED],
      "2027-08-01",
      "2027a",
    ],
    [
      "an approved plan alone",
      [plan("undated", "approved", "2027-08-01", "2030-07-31")],
      "2020-01-01",
      "undated",
    ],
  ])("%s", (_, plans, today, expected) => {
    expect(currentPlan(plans, today)?.id ?? null).toBe(expected);
  });
});

describe("plan status transitions", () => {
  it.each<[PlanStatus, PlanStatus, boolean]>([
    ["draft", "approved", true],
    ["draft", "published", false],
    ["draft", "draft", false],
    ["approved", "published", true],
    ["approved", "draft", true],
    ["approved", "approved", false],
    ["published", "draft", false],
    ["published", "approved", false],
    ["published", "published", false],
  ])("%s → %s: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it.each<[PlanStatus, PlanStatus | null]>([
    ["draft", "approved"],
    ["approved", "published"],
    ["published", null],
  ])("next after %s is %s", (from, next) => {
    expect(nextStatus(from)).toBe(next);
  });
});
