import type { SectionContext } from "./context";

/** A small institution's lists, shared by the sections' rule, form and view tests. */

export const EV1 = "11111111-1111-4111-8111-111111111111";
export const EV2 = "22222222-2222-4222-8222-222222222222";
export const EVENT = "33333333-3333-4333-8333-333333333333";
export const PLAN = "44444444-4444-4444-8444-444444444444";
export const A1 = "55555555-5555-4555-8555-555555555551";
export const A2 = "55555555-5555-4555-8555-555555555552";
export const A3 = "55555555-5555-4555-8555-555555555553";
export const OTHER = "99999999-9999-4999-8999-999999999999";

export const CONTEXT: SectionContext = {
  slug: "lstm",
  plans: [
    {
      id: PLAN,
      title: "Action plan 2024–27",
      startsOn: "2024-08-01",
      endsOn: "2027-07-31",
      status: "published",
    },
  ],
  actions: [
    { id: A1, ref: "V1", title: "Technician profiles", pillars: ["visibility"] },
    { id: A2, ref: "R1", title: "Registration", pillars: ["recognition", "career-development"] },
    { id: A3, ref: "R2", title: "Awards", pillars: ["recognition"] },
  ],
  pillars: [
    { id: "visibility", name: "Visibility" },
    { id: "recognition", name: "Recognition" },
    { id: "career-development", name: "Career Development" },
    { id: "sustainability", name: "Sustainability" },
  ],
  events: [{ id: EVENT, title: "Technician away day", occurredOn: "2024-03-14", attendance: 31 }],
  evidence: [
    { id: EV1, title: "News story", kind: "link" },
    { id: EV2, title: "Testimonial", kind: "testimonial" },
    { id: EVENT, title: "Technician away day", kind: "event" },
  ],
  recommendations: [
    { id: "talent-01", number: 1, summary: "Strategic approach" },
    { id: "talent-02", number: 2, summary: "Overlapping roles" },
  ],
  crossReferenceSchemes: ["Athena Swan", "Race Equality Charter", "REF"],
};
