/**
 * The TALENT Commission's 16 recommendations as reference data: stable ids, short summaries in our
 * own words, and the source. The report itself was not available when these were written, so the
 * numbering follows LSTM's 2024 submission and every entry is marked unverified until the central
 * team checks it against the report (they can edit the wording; ids never change).
 * Source: The TALENT Commission, "Technical skills, roles and careers in UK higher education and
 * research", February 2022 (https://www.mitalent.ac.uk/theTALENTcommission).
 */
export type TalentRecommendationData = {
  id: string;
  number: number;
  summary: string;
  addressedTo: string;
};

export const TALENT_SOURCE =
  "The TALENT Commission report, February 2022 (mitalent.ac.uk/theTALENTcommission); numbering as quoted in a 2024 renewal submission, not yet checked against the report";

const items: [number, string, string][] = [
  [
    1,
    "Take a strategic approach, locally and nationally, so technical skills and careers stay sustainable and fit for purpose.",
    "Employers, funders, government",
  ],
  [
    2,
    "Recognise that technical and academic roles overlap, and make it possible to move between career paths and sectors.",
    "Funders, employers",
  ],
  [
    3,
    "Support outreach in schools and colleges so young people can see technical careers.",
    "Employers, funders, sector bodies",
  ],
  [4, "Widen entry to technical careers through both vocational and academic routes.", "Employers"],
  [5, "Involve technical experts throughout recruitment to technical roles.", "Employers"],
  [
    6,
    "Not yet confirmed: the submission this numbering comes from repeats recommendation 1 here. Check against the report and edit.",
    "",
  ],
  [
    7,
    "Make career pathways and progression routes visible, with accurate, consistent job descriptions.",
    "Employers",
  ],
  [
    8,
    "Partner with technical and vocational training providers to share skills and shape future training.",
    "Employers",
  ],
  [9, "Technical staff should take up the development opportunities open to them.", "Technical staff"],
  [
    10,
    "Take specific action on the equality, diversity and inclusion challenges the technical community faces.",
    "Employers, funders, learned societies",
  ],
  [
    11,
    "Make technical contributions visible and recognised, including in publications.",
    "Employers, publishers, sector bodies",
  ],
  [
    12,
    "Collect, report and analyse data on the technical workforce; develop a simple classification of technical roles.",
    "Employers",
  ],
  [
    13,
    "Give clear guidance so technical contributions are costed properly, and open funding eligibility to technical staff.",
    "Funders, employers",
  ],
  [
    14,
    "Put technical staff on decision-making committees and boards at institution and sector level.",
    "Employers, funders, sector bodies",
  ],
  [15, "Include technical staff in consultations on sector-level policy.", "Government"],
  [
    16,
    "Create a national body for technical skills and strategy building on the Technician Commitment (delivered in 2023 as ITSS).",
    "The sector",
  ],
];

export const TALENT_RECOMMENDATIONS: TalentRecommendationData[] = items.map(
  ([number, summary, addressedTo]) => ({
    id: `talent-${String(number).padStart(2, "0")}`,
    number,
    summary,
    addressedTo,
  }),
);
