/**
 * The columns of an action plan as a spreadsheet (Excel and CSV), in order: what the export writes
 * and the first thing the import's mapping guess recognises, so an exported plan comes back whole.
 * `field` is the import's target; list fields are one item per line in the cell.
 */
export const PLAN_COLUMNS = [
  { field: "ref", header: "Ref" },
  { field: "pillars", header: "Pillars" },
  { field: "title", header: "Action" },
  { field: "notes", header: "Notes" },
  { field: "aims", header: "Aims" },
  { field: "miniGoals", header: "Mini-goals" },
  { field: "timescale", header: "Timescale" },
  { field: "outcomes", header: "Measurable outcome" },
  { field: "plannedOutcomes", header: "Planned outcomes" },
  { field: "owner", header: "Owner" },
  { field: "lead", header: "Lead" },
  { field: "rating", header: "Current rating" },
  { field: "explanation", header: "Explanation" },
  { field: "ratedOn", header: "Rated on" },
  { field: "evidence", header: "Evidence" },
] as const;

export type PlanColumnField = (typeof PLAN_COLUMNS)[number]["field"];
