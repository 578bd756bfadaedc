import type { DemoAction, DemoPlan, DemoRating } from "./demo-plan-types";

/**
 * LSTM's current plan, 2024–2027 (seed S2, "LSTM Technician Commitment Action Plan 2024-2027"): 20
 * actions with the seed's timescales as printed. Each "Measurable Outcome" question becomes a marker of
 * success; where the question or the notes give a number, the marker has a target.
 *
 * Period (inferred): 2024-08-01 to 2027-07-31, 36 months from the month after the renewal was signed
 * (26 July 2024), ending with the plan's last timescale ("July 2027") and its "by July 2027" targets.
 *
 * Committee leads are fictional first names standing in for the seed's, with the seed's distribution:
 * Morgan 8 (the co-chair; the demo editor), Tomasz 5, Jordan 4 (the chair; the demo lead), Imani 3.
 *
 * The seed's current plan has no ratings yet: those below are INVENTED (invented: true) to show a year
 * of progress, assessed on 2025-03-31 and 2025-09-30.
 */
const MARCH = "2025-03-31";
const SEPTEMBER = "2025-09-30";

const MORGAN = { leadName: "Morgan", leadEmail: "editor@lstm.demo" };
const JORDAN = { leadName: "Jordan", leadEmail: "lead@lstm.demo" };
const TOMASZ = { leadName: "Tomasz" };
const IMANI = { leadName: "Imani" };

type Level = "completed" | "in-progress" | "no-progress";

function invented(assessedOn: string, level: Level, commentary?: string): DemoRating {
  return { level, assessedOn, invented: true, ...(commentary ? { commentary } : {}) };
}

const visibility: DemoAction[] = [
  {
    key: "lstm-2024-v-1",
    referenceAsPublished: "V1",
    title: "Keep the technician page on the LSTM website updated",
    pillars: ["visibility"],
    primaryPillar: "visibility",
    notes:
      "The page explains the Commitment and holds each technician's profile; review it regularly with the new External Relations department.",
    timescaleText: "Ongoing",
    markers: [{ text: "Has the page had its yearly review, and is everything on it up to date?" }],
    ...MORGAN,
    carriedFromKey: "lstm-2019-v-1",
    ratings: [
      invented(
        MARCH,
        "in-progress",
        "Page reviewed with External Relations; a third of the profiles still need new text.",
      ),
      invented(
        SEPTEMBER,
        "in-progress",
        "Most profiles refreshed; the yearly review is now in the forum's calendar.",
      ),
    ],
  },
  {
    key: "lstm-2024-v-2",
    referenceAsPublished: "V2",
    title: "Links to technician profiles from PI profiles",
    pillars: ["visibility"],
    primaryPillar: "visibility",
    notes:
      "Every research group leader's page links to their team, technicians included; the 2024/25 website refresh is the moment to do it.",
    timescaleText: "July 2025",
    markers: [
      { text: "Do all group leaders' pages show their team members, with current links to their profiles?" },
    ],
    ...MORGAN,
    carriedFromKey: "lstm-2019-v-2",
    ratings: [
      invented(MARCH, "no-progress", "Waiting for the website refresh: the old site cannot show team lists."),
      invented(
        SEPTEMBER,
        "in-progress",
        "The new site launched with team lists; about half of the group pages link their technicians so far.",
      ),
    ],
  },
  {
    key: "lstm-2024-v-3",
    referenceAsPublished: "V3",
    title: "Keep technician representation on committees across the School",
    pillars: ["visibility"],
    primaryPillar: "visibility",
    notes:
      "Technicians stepping down from a committee tell the forum committee, which finds a replacement. Watch researcher development, sustainability, health and safety, early-career researchers, lab users, biological safety and animal welfare; describe the forum in the staff welcome pack.",
    timescaleText: "Ongoing",
    markers: [{ text: "Does every committee on the list still have a technician member?" }],
    ...MORGAN,
    carriedFromKey: "lstm-2019-v-3",
    ratings: [
      invented(
        MARCH,
        "in-progress",
        "One seat (health and safety) vacant since January; a volunteer is lined up.",
      ),
      invented(
        SEPTEMBER,
        "completed",
        "Every listed committee has a technician member; the welcome pack has a forum page.",
      ),
    ],
  },
];

const recognition: DemoAction[] = [
  {
    key: "lstm-2024-r-1",
    referenceAsPublished: "R1",
    title: "Professional registrations",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "About one technician in ten is professionally registered. The aim is one in five by July 2027, with help from the Learning & Development fund.",
    timescaleText: "July 2025",
    markers: [
      {
        // As in the seed, the target's date (July 2027) is later than the action's timescale (July 2025).
        text: "Are at least 20% of technical staff professionally registered?",
        target: { comparator: ">=", value: 20, unit: "%", byDate: "2027-07-31", baseline: 10 },
        observed: { value: 11, on: SEPTEMBER },
      },
    ],
    ...JORDAN,
    carriedFromKey: "lstm-2019-r-1",
    ratings: [
      invented(MARCH, "in-progress", "Three applications under way, funded from the L&D budget."),
      invented(
        SEPTEMBER,
        "in-progress",
        "One new registration (now 11%); two applications still with the bodies.",
      ),
    ],
  },
  {
    key: "lstm-2024-r-2",
    referenceAsPublished: "R2",
    title: "Regular showcasing of what the Technician Commitment and Technical Forum have achieved",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "Updates to all staff at least twice a year by email or newsletter, with the internal communications manager, so everyone sees how technical roles serve the School's goals.",
    timescaleText: "Ongoing",
    markers: [
      {
        text: "Have forum updates gone to all staff at least twice a year?",
        target: { comparator: ">=", value: 2, unit: "updates a year", byDate: "2025-07-31" },
        observed: { value: 2, on: "2025-07-31" },
      },
      { text: "Has the forum presented at a School Staff Forum in the last three years?" },
    ],
    ...MORGAN,
    carriedFromKey: "lstm-2019-r-2",
    ratings: [
      invented(MARCH, "in-progress", "Winter update sent in the staff newsletter."),
      invented(SEPTEMBER, "in-progress", "Summer update sent; a Staff Forum slot is booked for the spring."),
    ],
  },
  {
    key: "lstm-2024-r-3",
    referenceAsPublished: "R3",
    title: "Increase the representation of technical staff among LSTM award nominees",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "At least ten technicians nominated in the 2025 LSTM Awards, and more in 2026 and 2027; ask group leaders and senior staff to nominate.",
    timescaleText: "Ongoing",
    markers: [
      {
        text: "Were ten or more technicians nominated for the 2025 LSTM Awards?",
        target: { comparator: ">=", value: 10, unit: "nominations", byDate: "2025-12-31" },
        observed: { value: 7, on: "2025-07-31" },
      },
      { text: "Did the number of nominations rise again in 2026 and 2027?" },
    ],
    ...JORDAN,
    carriedFromKey: "lstm-2019-r-3",
    ratings: [
      invented(MARCH, "in-progress", "Reminder sent to group leaders before nominations opened."),
      invented(
        SEPTEMBER,
        "in-progress",
        "Seven technicians nominated, short of ten; start the 2026 round earlier.",
      ),
    ],
  },
  {
    key: "lstm-2024-r-4",
    referenceAsPublished: "R4",
    title: "Continue championing SEDA/Higher Education Academy (LIGHT)",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "Make sure every technician hears about the Faculty of Education's training, recognition and qualifications.",
    timescaleText: "Ongoing",
    markers: [
      { text: "Is the information sent to technicians every year, and kept on LSTM Learns all year?" },
    ],
    ...MORGAN,
    carriedFromKey: "lstm-2019-r-4",
    ratings: [
      invented(MARCH, "completed", "Sent to all technicians in January; the LSTM Learns page is current."),
      invented(SEPTEMBER, "completed", "Two technicians started the LIGHT pathway this year."),
    ],
  },
  {
    key: "lstm-2024-r-5",
    referenceAsPublished: "R5",
    title: "Increase recognition of technicians' roles in student projects",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "Record technicians' supervision of student projects in the online activity dashboard or a similar record.",
    timescaleText: "July 2025",
    markers: [
      { text: "Is technical supervision recorded on the activity dashboard, or a similar online record?" },
    ],
    ...IMANI,
    carriedFromKey: "lstm-2019-r-5",
    ratings: [
      invented(MARCH, "no-progress", "The dashboard team has not scheduled the change yet."),
      invented(
        SEPTEMBER,
        "no-progress",
        "Missed the July deadline: the dashboard change is still unscheduled. Raised with the research office.",
      ),
    ],
  },
  {
    key: "lstm-2024-r-6",
    referenceAsPublished: "R6",
    title: "Guidelines and training for technicians with pastoral care of students/visitors",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "Two sessions a year on pastoral care, plus named contacts in HR and departments for concerns and advice.",
    timescaleText: "July 2025",
    markers: [
      {
        text: "Have the sessions started?",
        target: { comparator: ">=", value: 2, unit: "sessions a year", byDate: "2025-07-31" },
        observed: { value: 1, on: SEPTEMBER },
      },
      { text: "Is there a named contact for these matters, and who is it?" },
    ],
    ...JORDAN,
    carriedFromKey: "lstm-2019-r-8",
    ratings: [
      invented(MARCH, "no-progress", "No session yet, and HR has not agreed a named contact."),
      invented(
        SEPTEMBER,
        "in-progress",
        "First session held in June; HR named a contact; the second session is booked.",
      ),
    ],
  },
  {
    key: "lstm-2024-r-7",
    referenceAsPublished: "R7",
    title: "Technical representation at external conferences",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "Group leaders encourage technicians to attend and present; technicians raise it in their PDC so it can be budgeted.",
    timescaleText: "Ongoing",
    markers: [
      { text: "In the last three years, have technicians gone to conferences and presented their work?" },
    ],
    ...TOMASZ,
    carriedFromKey: "lstm-2019-r-9",
    ratings: [
      invented(MARCH, "in-progress", "Conference wishes added to the PDC prompts."),
      invented(SEPTEMBER, "in-progress", "Four technicians attended external meetings; one gave a poster."),
    ],
  },
  {
    key: "lstm-2024-r-8",
    referenceAsPublished: "R8",
    title: "Ensure that technician appreciation days continue",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes: "Keep the yearly appreciation days, aiming for more than half of all technicians to attend.",
    timescaleText: "Ongoing",
    markers: [
      {
        // The seed asks for "> 50%"; the marker comparators have no strict "greater than".
        text: "Have the appreciation days continued to 2027, with more than half of technicians attending?",
        target: { comparator: ">=", value: 50, unit: "%", byDate: "2027-07-31" },
        observed: { value: 55, on: "2025-09-26" },
      },
    ],
    ...IMANI,
    ratings: [
      invented(MARCH, "in-progress", "September 2025 date agreed with the researcher development committee."),
      invented(SEPTEMBER, "completed", "The 2025 day was held; 55% of technicians came."),
    ],
  },
];

const careerDevelopment: DemoAction[] = [
  {
    key: "lstm-2024-cd-1",
    referenceAsPublished: "CD1",
    title: "Showcase case studies of technicians who have progressed (within LSTM and elsewhere)",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Case studies on the web page and a series of talks by current and former staff about their paths, to help technicians plan their own.",
    timescaleText: "Jul-26",
    markers: [{ text: "Are case studies on the website?" }, { text: "Have talks been held in person?" }],
    ...MORGAN,
    ratings: [
      invented(MARCH, "no-progress", "Not started: planned for the 2025–26 academic year."),
      invented(SEPTEMBER, "in-progress", "Two case studies drafted; the first talk is set for November."),
    ],
  },
  {
    key: "lstm-2024-cd-2",
    referenceAsPublished: "CD2",
    title: "Produce a 'job family tree' showing sideways as well as upward moves",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Programme managers already have one; the committee works with the Learning & Development Manager and HR on one for technicians.",
    timescaleText: "July 2027",
    markers: [{ text: "How far has the job family tree got?" }],
    ...TOMASZ,
    carriedFromKey: "lstm-2019-cd-3",
    ratings: [
      invented(
        SEPTEMBER,
        "no-progress",
        "HR has had no capacity this year; a first meeting is booked for November.",
      ),
    ],
  },
  {
    key: "lstm-2024-cd-3",
    referenceAsPublished: "CD3",
    title: "Ensure technicians know about regrade and salary review opportunities",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Point technicians to regrade windows and the salary review, as a standing item at forum meetings.",
    timescaleText: "Ongoing",
    markers: [{ text: "Are technicians pointed to these opportunities regularly?" }],
    ...IMANI,
    carriedFromKey: "lstm-2019-s-3",
    ratings: [
      invented(MARCH, "in-progress", "Standing item added; covered at the February forum."),
      invented(SEPTEMBER, "in-progress", "Covered before both regrade windows."),
    ],
  },
  {
    key: "lstm-2024-cd-4",
    referenceAsPublished: "CD4",
    title: "External secondment opportunities",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "A BBSRC Skills and Mobility Accelerator award funds external secondments, a quarter of them kept for technicians. Encourage applications and gather feedback.",
    timescaleText: "December 2025",
    markers: [
      { text: "Has a short report on technicians' secondments been written and published as a news item?" },
      {
        text: "Do technicians hold at least a quarter of the funded secondments?",
        target: { comparator: ">=", value: 25, unit: "%", byDate: "2025-12-31" },
        observed: { value: 20, on: SEPTEMBER },
      },
    ],
    ...JORDAN,
    carriedFromKey: "lstm-2019-cd-8",
    ratings: [
      invented(MARCH, "in-progress", "First call promoted at the forum; two technicians applied."),
      invented(SEPTEMBER, "in-progress", "One technician on secondment; the second call closes in October."),
    ],
  },
  {
    key: "lstm-2024-cd-5",
    referenceAsPublished: "CD5",
    title: "Continue to offer the mentoring/coaching scheme to technicians",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Technicians were offered mentoring before but none took it up. Keep promoting it, and ask technicians what stands in the way.",
    timescaleText: "Ongoing",
    markers: [
      {
        text: "Have at least 10% of technical staff used the mentoring scheme by 2027?",
        target: { comparator: ">=", value: 10, unit: "%", byDate: "2027-07-31", baseline: 0 },
        observed: { value: 4, on: SEPTEMBER },
      },
    ],
    ...TOMASZ,
    carriedFromKey: "lstm-2019-cd-9",
    ratings: [
      invented(MARCH, "in-progress", "Short survey on barriers sent to technicians."),
      invented(SEPTEMBER, "in-progress", "Two technicians now have mentors (4%)."),
    ],
  },
  {
    key: "lstm-2024-cd-6",
    referenceAsPublished: "CD6",
    title: "Develop personal online profiles",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes: "Ask the CPD day organisers for workshops on online profiles (LinkedIn, Twitter, ResearchGate).",
    timescaleText: "July 2025",
    markers: [{ text: "Have online-profile sessions been part of a CPD day?" }],
    ...MORGAN,
    carriedFromKey: "lstm-2019-cd-11",
    ratings: [
      invented(MARCH, "in-progress", "Request made; a slot is offered at the June CPD day."),
      invented(SEPTEMBER, "completed", "Online-profile workshop ran at the June CPD day."),
    ],
  },
  {
    key: "lstm-2024-cd-7",
    referenceAsPublished: "CD7",
    title: "CV writing, job application and interview training",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Ask the CPD day organisers for workshops on CVs, applications and interviews, tailored to technicians.",
    timescaleText: "July 2025",
    markers: [{ text: "Have technician-specific sessions on these been part of a CPD day?" }],
    ...TOMASZ,
    carriedFromKey: "lstm-2019-cd-12",
    ratings: [
      invented(MARCH, "no-progress", "Not yet requested: waiting for the CPD programme to be published."),
      invented(
        SEPTEMBER,
        "in-progress",
        "A general CV session ran in June; a technician version is planned.",
      ),
    ],
  },
];

const sustainability: DemoAction[] = [
  {
    key: "lstm-2024-s-1",
    referenceAsPublished: "S1",
    title: "Create a 'Technical Lead' role",
    pillars: ["sustainability"],
    primaryPillar: "sustainability",
    notes:
      "A core-funded 'Technician Champion' who raises technicians' issues, organises events and drives the action plan.",
    timescaleText: "July 2025",
    markers: [
      { text: "Has a 'Technician Champion' (or similar) post been created?" },
      { text: "Has the post eased the volunteer workload on technical staff?" },
    ],
    ...MORGAN,
    ratings: [
      invented(MARCH, "no-progress", "Not funded in this year's budget; raised with the Research Committee."),
      invented(
        SEPTEMBER,
        "no-progress",
        "Still unfunded; a costed proposal goes to the Research Committee in the autumn.",
      ),
    ],
  },
  {
    key: "lstm-2024-s-2",
    referenceAsPublished: "S2",
    title: "Increase opportunities for technicians to learn new skills",
    pillars: ["sustainability"],
    primaryPillar: "sustainability",
    notes: "A programme of short placements, work shadowing and training events within LSTM.",
    timescaleText: "July 2026",
    markers: [{ text: "Have placements or events taken place?" }],
    ...TOMASZ,
    ratings: [
      invented(
        SEPTEMBER,
        "in-progress",
        "Three hosts offered short placements; the first starts in January.",
      ),
    ],
  },
];

export const LSTM_2024: DemoPlan = {
  key: "lstm-2024",
  institutionSlug: "lstm",
  title: "LSTM Technician Commitment Action Plan 2024–2027",
  startsOn: "2024-08-01",
  endsOn: "2027-07-31",
  status: "published",
  ragScaleId: "progress",
  previousKey: "lstm-2019",
  pillarAims: {
    visibility: "Technicians are easy to find across LSTM, and what they do is seen and understood.",
    recognition: "More technicians are registered, nominated and thanked for their work.",
    "career-development": "Technicians can see where their careers can go, and get help to get there.",
    sustainability:
      "Technical skills are kept and grown, and the Commitment no longer rests on volunteers alone.",
  },
  actions: [...visibility, ...recognition, ...careerDevelopment, ...sustainability],
};
