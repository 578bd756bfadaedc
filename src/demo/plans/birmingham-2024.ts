import type { DemoAction, DemoPlan, DemoRating } from "./demo-plan-types";

/**
 * Birmingham's 2024–27 plan (seed S1, Appendix 4): eleven actions with priority areas, mini-goals and
 * markers of success. The seed has no timescale, owner or resource column, so those stay undefined
 * here (a known gap: the readiness checks warn about it). Where a mini-goal carries a number, it is
 * also a marker with a target.
 *
 * Period (inferred): 2024-10-01 to 2027-09-30, the 36 months after the 2021–24 plan (which started in
 * October 2021) ended.
 *
 * The seed's current plan has no ratings yet: those below are INVENTED (invented: true) to show a year
 * on the five-point scale, assessed on 2025-03-31 and 2025-09-30.
 */
const MARCH = "2025-03-31";
const SEPTEMBER = "2025-09-30";

type Level = "red" | "red-amber" | "amber-red" | "amber" | "green";

function invented(assessedOn: string, level: Level, commentary: string, qualifier?: string): DemoRating {
  return { level, assessedOn, commentary, invented: true, ...(qualifier ? { qualifier } : {}) };
}

const actions: DemoAction[] = [
  {
    key: "birmingham-2024-1",
    title:
      "Increase internal communications and showcase activities to grow the reputation, value and influence of the Technical Academy and technical workforce",
    pillars: ["visibility", "recognition"],
    primaryPillar: "visibility",
    miniGoals: [
      "Show technicians' work on the information screens around campus",
      "A 'technician heroes' campaign",
      "Posters on how colleagues can support technicians",
      "A Birmingham Professional showcase event for technicians",
      "Invite technician case studies through the Academy: one per department each year",
      "Local Academy champions who reach quieter technicians doing great work: at least one per department by the end of 2024",
      "Events for technicians by technicians (showcases, talks, facility tours): two each year",
      "Every technician's profile on the Academy's SharePoint",
      "Brief technical managers so they encourage their staff to take part",
      "Careers events showing different pathways: at least one each year",
    ],
    markers: [
      { text: "The staff survey shows more technician engagement" },
      { text: "Technician-led events draw more people and good feedback" },
      {
        text: "At least one Academy champion in every department by the end of 2024",
        target: { comparator: ">=", value: 100, unit: "% of departments", byDate: "2024-12-31", baseline: 0 },
        observed: { value: 80, on: MARCH },
      },
      {
        text: "Two technician-led events in the plan's first year",
        target: { comparator: ">=", value: 2, unit: "events", byDate: SEPTEMBER },
        observed: { value: 2, on: SEPTEMBER },
      },
      {
        text: "At least one technician careers event in the plan's first year",
        target: { comparator: ">=", value: 1, unit: "events", byDate: SEPTEMBER },
        observed: { value: 1, on: "2025-06-18" },
      },
    ],
    carriedFromKey: "birmingham-2021-3",
    ratings: [
      invented(
        MARCH,
        "amber",
        "Champions in most departments; the first showcase ran in February.",
        "with some departments still to join",
      ),
      invented(
        SEPTEMBER,
        "green",
        "Two technician-led events and a careers event held; champions cover four departments in five.",
      ),
    ],
  },
  {
    key: "birmingham-2024-2",
    title:
      "Increase external communications and showcase activities to grow the reputation, value and influence of the Technical Academy and technical workforce",
    pillars: ["visibility", "recognition"],
    primaryPillar: "visibility",
    miniGoals: [
      "Send a wider range of Academy representatives to national technician conferences",
      "Look for case studies to show at external events: at least one each year",
      "Share good practice with nearby universities",
      "A session on technical careers for work-experience students",
      "Coordinate and support entries to the Papin Prize",
    ],
    markers: [
      { text: "More requests for support, and more case studies of external activity" },
      {
        text: "At least one case study shown externally in the plan's first year",
        target: { comparator: ">=", value: 1, unit: "case studies", byDate: SEPTEMBER },
        observed: { value: 0, on: SEPTEMBER },
      },
    ],
    ratings: [
      invented(
        MARCH,
        "amber-red",
        "Three representatives booked for the spring conference; no external case study yet.",
      ),
      invented(
        SEPTEMBER,
        "amber",
        "Work-experience session delivered and two Papin Prize entries supported; the external case study slipped to the autumn.",
      ),
    ],
  },
  {
    key: "birmingham-2024-3",
    title: "Increase technicians' representation in local and University activity and decision making",
    pillars: ["visibility", "recognition"],
    primaryPillar: "visibility",
    miniGoals: [
      "More technicians on internal groups such as EDI, Birmingham Professional and teaching groups",
      "A technician voice on every relevant committee: at least one technical member each",
    ],
    markers: [
      { text: "Wider and more varied membership of groups and committees over the three years" },
      {
        text: "Every relevant committee has at least one technical member",
        target: { comparator: "=", value: 100, unit: "% of relevant committees", byDate: "2027-09-30" },
        observed: { value: 60, on: SEPTEMBER },
      },
    ],
    ratings: [
      invented(MARCH, "amber", "Committee list agreed with the Steering Group; gaps identified."),
      invented(SEPTEMBER, "amber", "Technicians joined the EDI group and two College committees."),
    ],
  },
  {
    key: "birmingham-2024-4",
    title:
      "Engage with External Relations to promote content about technicians and widen understanding of the range and skill of their roles",
    pillars: ["visibility", "recognition"],
    primaryPillar: "visibility",
    miniGoals: ["Articles in the internal online magazines and weekly bulletins"],
    markers: [{ text: "More articles over the three years" }],
    ratings: [
      invented(MARCH, "green", "Monthly technician slot agreed in the staff bulletin."),
      invented(SEPTEMBER, "green", "Six articles so far, including a feature on the teaching labs."),
    ],
  },
  {
    key: "birmingham-2024-5",
    title: "Increase the number of technicians voted for in internal and external awards",
    pillars: ["visibility", "recognition"],
    primaryPillar: "visibility",
    miniGoals: [
      "Promote the Papin Prize and others, with an internal review of nominations before they go in",
      "Raise the profile of the University Technician of the Year and help local teams write stronger nominations",
    ],
    markers: [{ text: "Nominations and winners rise every year of the plan" }],
    ratings: [
      invented(MARCH, "amber", "Nomination review panel set up."),
      invented(SEPTEMBER, "amber", "Nominations for Technician of the Year up from 9 to 14; no winner yet."),
    ],
  },
  {
    key: "birmingham-2024-6",
    title: "Optimise technicians' engagement and representation in REF 2029",
    pillars: ["visibility", "recognition"],
    primaryPillar: "visibility",
    miniGoals: [
      "Operations Group members are briefed on, and take part in, REF 2029 preparations in their areas",
    ],
    markers: [{ text: "The work runs through the plan; the results come after it" }],
    ratings: [
      invented(MARCH, "red", "Not started: waiting for the University's REF 2029 guidance."),
      invented(
        SEPTEMBER,
        "red-amber",
        "Two Operations Group members now sit on School REF groups; the other Colleges have not yet responded.",
      ),
    ],
  },
  {
    key: "birmingham-2024-7",
    title: "Improve PDR as a route to recognition and development",
    pillars: ["career-development", "recognition"],
    primaryPillar: "career-development",
    miniGoals: [
      "Seek academic colleagues' feedback in PDRs, and explain why it matters",
      "Academy sessions on acting on PDR recommendations",
      "Include activity beyond the day job (Birmingham Professional events, outreach) as an objective",
      "Point new staff to the Technical Academy and the Technician Commitment",
      "Encourage technicians to record impact and papers in Pure",
    ],
    markers: [
      { text: "Better feedback in the annual and pulse surveys" },
      { text: "More case studies, and more technicians with impact and papers recorded in Pure" },
    ],
    carriedFromKey: "birmingham-2021-1",
    ratings: [
      invented(MARCH, "amber", "First session on PDR recommendations held; Pure guidance drafted."),
      invented(
        SEPTEMBER,
        "amber",
        "Pure guidance published; academic feedback prompt added to the PDR form.",
      ),
    ],
  },
  {
    key: "birmingham-2024-8",
    title:
      "Improve understanding and use of the career pathway with more tools and resources, online and through PDR and one-to-ones",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    miniGoals: [
      "Use the national skills survey's results to build development programmes towards permanent roles with clear pathways",
      "A work-shadowing programme",
      "More secondments for technical staff",
      "Look into national qualifications that suit technical staff",
      "A personal CPD record for every technician",
      "Better training for managers supporting their staff's careers",
      "Use PDR and one-to-ones to widen roles beyond technical work: outreach, presenting, committees, open days, training others",
      "At least one career conversation a year between each technician and their line manager",
    ],
    markers: [
      { text: "Better feedback from one-to-ones, PDR and the staff survey" },
      { text: "More, and more varied, case studies of the career pathway working" },
      {
        text: "Every technician has a personal CPD record",
        target: { comparator: "=", value: 100, unit: "% of technicians", byDate: "2027-09-30", baseline: 40 },
        observed: { value: 55, on: SEPTEMBER },
      },
      {
        text: "Every technician has at least one career conversation with their line manager a year",
        target: { comparator: "=", value: 100, unit: "% of technicians", byDate: SEPTEMBER },
        observed: { value: 72, on: SEPTEMBER },
      },
    ],
    carriedFromKey: "birmingham-2021-5",
    ratings: [
      invented(MARCH, "amber-red", "Shadowing scheme designed, but no hosts recruited yet."),
      invented(
        SEPTEMBER,
        "amber-red",
        "Career conversations reached 72% of technicians, short of all; shadowing still has only two hosts.",
      ),
    ],
  },
  {
    key: "birmingham-2024-9",
    title:
      "Improve learning opportunities for technicians and provide better digital tools for personal and career development",
    pillars: ["career-development", "sustainability"],
    primaryPillar: "career-development",
    miniGoals: [
      "Use the national skills survey's results to plan development and skills training",
      "Encourage a minimum number of CPD days, in line with the Researcher Development Concordat",
      "Move all technicians' online training to the HR learning platform",
      "Review the training pages on SharePoint regularly",
      "An action-learning programme for technicians",
      "Work with academic colleagues on the technical skills research and teaching will need",
    ],
    markers: [
      { text: "Better feedback from one-to-ones, PDR and the staff survey" },
      { text: "More staff moving along the career pathway" },
      {
        // Fed by the demo's training figures: "not met" on the 2023–24 count, met once 2024–25's
        // figure (1 March 2024 – 28 February 2025) reaches 75.
        text: "At least 75 places taken on the regional technical training programme in 2024–25",
        target: { comparator: ">=", value: 75, unit: "places", byDate: "2025-02-28", baseline: 73 },
        indicatorName: "Training attendance (technical skills programme)",
      },
    ],
    carriedFromKey: "birmingham-2021-4",
    ratings: [
      invented(MARCH, "amber", "Skills survey results received; training pages reviewed."),
      invented(
        SEPTEMBER,
        "amber",
        "Half of the online courses moved to the learning platform; action learning starts in January.",
      ),
    ],
  },
  {
    key: "birmingham-2024-10",
    title: "Improve the stability of employment conditions",
    pillars: ["sustainability"],
    primaryPillar: "sustainability",
    miniGoals: [
      "Carry out the review's recommendations on relying less on fixed-term contracts, in step with changes for all staff: match skills to externally funded work, with better training and line-manager support",
    ],
    markers: [{ text: "A larger share of technical staff on permanent contracts" }],
    ratings: [
      invented(MARCH, "amber", "Finance and HR processes for moving staff to permanent contracts agreed."),
      invented(SEPTEMBER, "amber", "The first group of fixed-term technicians moved to permanent contracts."),
    ],
  },
  {
    key: "birmingham-2024-11",
    title:
      "Support a change in culture and upskill line managers to support staff development, with better systems",
    pillars: ["sustainability", "career-development"],
    primaryPillar: "sustainability",
    miniGoals: [
      "Personal career pathways: managers gather training needs at the interim PDR, the Academy finds training or shadowing inside and outside the University, and a mentoring scheme helps with planning",
      "A training database built from the national skills survey's results",
      "Look into whether a CPD scheme is feasible",
    ],
    markers: [
      { text: "Better staff and pulse survey feedback on line-manager and career-development support" },
    ],
    carriedFromKey: "birmingham-2021-6",
    ratings: [
      invented(
        MARCH,
        "red-amber",
        "Interim PDR prompt drafted, but there is no budget for the training database yet.",
      ),
      invented(
        SEPTEMBER,
        "amber-red",
        "Training needs from interim PDRs collected in two Colleges; database still unfunded.",
      ),
    ],
  },
];

export const BIRMINGHAM_2024: DemoPlan = {
  key: "birmingham-2024",
  institutionSlug: "birmingham",
  title: "Technical Academy Action Plan 2024–2027",
  startsOn: "2024-10-01",
  endsOn: "2027-09-30",
  status: "published",
  ragScaleId: "five-point",
  previousKey: "birmingham-2021",
  pillarAims: {
    visibility:
      "Technicians are seen inside and outside the University, and have a voice where decisions are made.",
    recognition: "More technicians are nominated for, and win, internal and external recognition.",
    "career-development": "PDR and one-to-ones turn technicians' ambitions into real development.",
    sustainability: "Secure employment and skilled line managers keep technical expertise at the University.",
  },
  actions,
};
