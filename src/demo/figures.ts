import type { Observation, Unit } from "../core/figures/figure-types";

/**
 * Demo indicators modelled on the seeds' figures (domain.md §5, docs/seed-coverage.md §8). The
 * numbers are the seeds'; where a seed's own arithmetic is wrong we store the inputs and let the
 * product compute (LSTM senior technicians +175 %, not 125 %; Birmingham permanent roles 14, not 16).
 */
export type DemoIndicator = {
  institutionSlug: "birmingham" | "lstm";
  name: string;
  definition: string;
  unit: Unit;
  category:
    | "workforce"
    | "apprenticeships"
    | "training"
    | "registration"
    | "engagement"
    | "survey"
    | "funding";
  breakdownKeys: string[];
  observations: Observation[];
};

const year = (y: number) => ({ kind: "year", year: y }) as const;
const range = (startsOn: string, endsOn: string) => ({ kind: "range", startsOn, endsOn }) as const;

export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    institutionSlug: "lstm",
    name: "Technical staff",
    definition:
      "Headcount of staff on technical contracts at the census date, with those on senior technical grades.",
    unit: "count",
    category: "workforce",
    breakdownKeys: ["total", "senior"],
    observations: [
      { period: year(2019), value: 42, breakdown: { total: 42, senior: 4 } },
      { period: year(2024), value: 53, breakdown: { total: 53, senior: 11 } },
    ],
  },
  {
    institutionSlug: "lstm",
    name: "Technicians professionally registered",
    definition: "Share of technical staff holding professional registration (for example HCPC or RSciTech).",
    unit: "percent",
    category: "registration",
    breakdownKeys: [],
    observations: [{ period: year(2024), value: null, numerator: 5, denominator: 53 }],
  },
  {
    institutionSlug: "lstm",
    name: "School students on technical placements",
    definition: "Students hosted through a widening-participation placement scheme each summer.",
    unit: "count",
    category: "engagement",
    breakdownKeys: [],
    observations: [
      { period: year(2023), value: 10 },
      { period: year(2024), value: 17 },
    ],
  },
  {
    institutionSlug: "birmingham",
    name: "Training attendance (technical skills programme)",
    definition:
      "Places taken by the institution's technicians on a regional technical training programme, per programme year (March to February).",
    unit: "count",
    category: "training",
    breakdownKeys: [],
    observations: [
      { period: range("2020-03-01", "2021-02-28"), value: 26 },
      { period: range("2021-03-01", "2022-02-28"), value: 62 },
      { period: range("2022-03-01", "2023-02-28"), value: 73 },
      {
        period: range("2023-03-01", "2024-02-29"),
        value: 51,
        provisional: true,
        asOf: "2023-12-31",
        note: "Counted part-way through the year.",
      },
    ],
  },
  {
    institutionSlug: "birmingham",
    name: "Technical apprentices by cohort",
    definition: "Apprentices starting each year, how many completed, and how many then took permanent roles.",
    unit: "count",
    category: "apprenticeships",
    breakdownKeys: ["started", "completed", "in-permanent-roles"],
    observations: [
      { period: year(2020), value: 3, breakdown: { started: 3, completed: 3, "in-permanent-roles": 3 } },
      { period: year(2021), value: 6, breakdown: { started: 6, completed: 6, "in-permanent-roles": 6 } },
      { period: year(2022), value: 6, breakdown: { started: 6, completed: 5, "in-permanent-roles": 5 } },
    ],
  },
  {
    institutionSlug: "birmingham",
    name: "Apprentices on programme",
    definition: "New-entrant technical apprentices on programme at the census date.",
    unit: "count",
    category: "apprenticeships",
    breakdownKeys: [],
    observations: [{ period: { kind: "date", on: "2024-01-31" }, value: 33 }],
  },
  {
    institutionSlug: "birmingham",
    name: "Technicians positive about their appraisal",
    definition:
      "Share of technicians answering positively about their last development review in the staff survey.",
    unit: "percent",
    category: "survey",
    breakdownKeys: [],
    observations: [{ period: year(2023), value: 80, note: "The survey reports more than 80 % positive." }],
  },
  {
    institutionSlug: "birmingham",
    name: "Technical staff",
    definition: "Technicians and technical specialists across the colleges, estates and IT services.",
    unit: "count",
    category: "workforce",
    breakdownKeys: [],
    observations: [
      {
        period: year(2024),
        value: 400,
        note: 'The self-assessment says "over 400": the exact headcount was not given.',
      },
    ],
  },
  {
    institutionSlug: "birmingham",
    name: "Support staff on the new terms and conditions",
    definition: "Share of support staff who moved to the professional services grades and terms.",
    unit: "percent",
    category: "workforce",
    breakdownKeys: [],
    observations: [
      {
        period: { kind: "date", on: "2023-09-30" },
        value: 86,
        note: "Typed: the source gives no numbers behind it. Everyone remaining moved after July 2024.",
      },
    ],
  },
  {
    institutionSlug: "birmingham",
    name: "Leadership and mentoring programme attendance",
    definition: "Technicians attending each run of the regional development programmes.",
    unit: "count",
    category: "training",
    breakdownKeys: [
      "mentoring",
      "management-preparation",
      "collaborative-leadership",
      "leadership-in-action",
    ],
    observations: [
      { period: { kind: "academic-year", startYear: 2021 }, value: 4, breakdown: { mentoring: 4 } },
      { period: range("2022-02-01", "2022-03-31"), value: 1, breakdown: { "management-preparation": 1 } },
      { period: range("2022-05-01", "2022-06-30"), value: 5, breakdown: { "collaborative-leadership": 5 } },
      { period: { kind: "academic-year", startYear: 2022 }, value: 1, breakdown: { mentoring: 1 } },
      { period: range("2023-01-01", "2023-03-31"), value: 7, breakdown: { "management-preparation": 7 } },
      { period: range("2023-06-01", "2023-07-31"), value: 11, breakdown: { "leadership-in-action": 11 } },
    ],
  },
  {
    institutionSlug: "birmingham",
    name: "Technicians funded by the regional conference and training fund",
    definition: "Technicians who received money from the regional fund, counted to the date given.",
    unit: "count",
    category: "funding",
    breakdownKeys: [],
    observations: [{ period: { kind: "date", on: "2024-01-31" }, value: 6 }],
  },
  {
    institutionSlug: "lstm",
    name: "Secondment award ring-fenced for technicians",
    definition: "Share of the research council secondment award reserved for technical staff.",
    unit: "percent",
    category: "funding",
    breakdownKeys: [],
    observations: [{ period: year(2024), value: 25, note: "Typed: the source gives the share only." }],
  },
];

export type DemoGradeStructure = {
  institutionSlug: "birmingham" | "lstm";
  name: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  grades: { code: string; name: string }[];
};

/**
 * Birmingham's support staff moved from bands 200–500 to professional services grades 2–5: most
 * (86 %) in September 2023, the rest after the July 2024 agreement (seed S1 Q1). The old bands'
 * start is not given, and the last day is read as the end of July 2024. The seed does not name
 * each grade, so the names here say only where a grade sits.
 */
export const DEMO_GRADE_STRUCTURES: DemoGradeStructure[] = [
  {
    institutionSlug: "birmingham",
    name: "Support staff bands",
    effectiveFrom: null,
    effectiveTo: "2024-07-31",
    grades: [
      { code: "200", name: "Band 200" },
      { code: "300", name: "Band 300" },
      { code: "400", name: "Band 400" },
      { code: "500", name: "Band 500" },
    ],
  },
  {
    institutionSlug: "birmingham",
    name: "Professional services grades",
    effectiveFrom: "2023-09-01",
    effectiveTo: null,
    grades: [
      { code: "2", name: "Grade 2" },
      { code: "3", name: "Grade 3" },
      { code: "4", name: "Grade 4" },
      { code: "5", name: "Grade 5" },
    ],
  },
];
