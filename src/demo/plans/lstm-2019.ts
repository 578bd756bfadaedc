import type { DemoAction, DemoPlan, DemoRating } from "./demo-plan-types";

/**
 * LSTM's initial plan, 2019–2021, rated in its July 2024 renewal (seed S2, "LSTM Technician Commitment
 * Action Plan 2019-2021"). Titles stay close to the seed; notes and commentary are ours and shorter.
 * Timescales are copied exactly as printed: they are test data for the timescale parser.
 *
 * Period (inferred: the seed states only "2019-2021"): 2019-01-01 to 2021-12-31, the three calendar
 * years of its title (36 months). Every timescale in the plan falls inside it: the earliest starts
 * in "Dec 2019", the latest ends in "Dec 2021".
 *
 * Assessed on (inferred: the seed's RAG table is undated): 2024-06-30, the end of the quarter before the
 * renewal was signed on 26 July 2024. The seed gives one status per action, so each has one rating:
 * Completed 13, In Progress 7, No Progress 10; every No Progress has an explanation.
 */
const ASSESSED_ON = "2024-06-30";

function rated(
  level: "completed" | "in-progress" | "no-progress",
  commentary: string,
  evidence?: DemoRating["evidence"],
): DemoRating[] {
  return [{ level, assessedOn: ASSESSED_ON, commentary, ...(evidence ? { evidence } : {}) }];
}

const visibility: DemoAction[] = [
  {
    key: "lstm-2019-v-1",
    referenceAsPublished: "V1",
    title: "Technician section on the LSTM website with links to individual profiles",
    pillars: ["visibility"],
    primaryPillar: "visibility",
    notes:
      "Profiles showing each technician's skills, experience and current work, with short stories of what technicians bring to students and research.",
    timescaleText: "Dec 2019 - Jun 2020",
    ratings: rated(
      "in-progress",
      "Profiles are online, but they are not refreshed often enough and some are out of date.",
      [
        {
          url: "https://www.lstmed.ac.uk/research/lstm-technician-commitment",
          title: "Technician profiles on the LSTM website",
        },
      ],
    ),
  },
  {
    key: "lstm-2019-v-2",
    referenceAsPublished: "V2",
    title: "Links to technician profiles from PI profiles",
    pillars: ["visibility"],
    primaryPillar: "visibility",
    notes:
      "Every group leader's page should link to the technicians in the group; technicians keep their own profiles current with the executive assistants.",
    timescaleText: "Dec 2019 - Jun 2020",
    ratings: rated(
      "no-progress",
      "Held back by the delayed rebuild of the LSTM website; the new site is expected in 2025.",
    ),
  },
  {
    key: "lstm-2019-v-3",
    referenceAsPublished: "V3",
    title: "Technical representation in internal committees/meetings",
    pillars: ["visibility"],
    primaryPillar: "visibility",
    notes:
      "Seats, or observer status, on the groups whose decisions affect technicians, such as the concordat working group and the research and teaching committees.",
    timescaleText: "Dec 2019 - Dec 2021",
    ratings: rated(
      "completed",
      "Technicians now sit on most of the relevant committees, from researcher development and lab users to sustainability and biological safety.",
    ),
  },
  {
    key: "lstm-2019-v-4",
    referenceAsPublished: "V4",
    title: "Outward facing technical representation",
    pillars: ["visibility"],
    primaryPillar: "visibility",
    notes: "Technicians at open days, in marketing material, in public engagement and as STEM Ambassadors.",
    timescaleText: "Dec 2019 - Dec 2021",
    ratings: rated(
      "completed",
      "Technicians regularly staff open days, museum and festival stands and school visits.",
      [
        {
          url: "https://www.lstmed.ac.uk/news-events/news/liverpool-school-of-tropical-medicine-showcases-scientific-illustrations-stories",
          title: "News story: technicians taking part in an LSTM outreach event",
        },
      ],
    ),
  },
  {
    key: "lstm-2019-v-5",
    referenceAsPublished: "V5",
    title: "New starters to be made aware of TMIH and the Technical Forum",
    pillars: ["visibility"],
    primaryPillar: "visibility",
    notes:
      "Information about the Commitment and the Technical Forum in the new-starter pack and at induction.",
    timescaleText: "Dec 2019 - Dec 2021",
    ratings: rated(
      "completed",
      "The starter pack now covers the Forum and the Commitment and lists the technician committee's contacts.",
    ),
  },
];

const recognition: DemoAction[] = [
  {
    key: "lstm-2019-r-1",
    referenceAsPublished: "R1",
    title: "Professional registrations",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes: "Give technicians the chance to register professionally, with time from their managers to apply.",
    timescaleText: "May 2020 - May 2021",
    ratings: rated(
      "in-progress",
      "Routes to registration (Science Council, HEaTED, Royal Society of Biology) are shared regularly; five staff are HCPC-registered biomedical scientists.",
    ),
  },
  {
    key: "lstm-2019-r-2",
    referenceAsPublished: "R2",
    title: "Technician Commitment launch to showcase what we have done",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes: "A launch showing how technical roles help the School meet its strategic goals.",
    timescaleText: "Mar-20",
    ratings: rated(
      "in-progress",
      "No launch event; newsletters and summaries went to technicians and all staff instead. Updates should continue at least twice a year.",
    ),
  },
  {
    key: "lstm-2019-r-3",
    referenceAsPublished: "R3",
    title: "Awards for recognition of technical excellence",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes: "A technical excellence award presented at the school staff forum.",
    timescaleText: "Oct-20",
    ratings: rated(
      "no-progress",
      "LSTM now has staff awards, but none for technicians, and few technicians are nominated.",
    ),
  },
  {
    key: "lstm-2019-r-4",
    referenceAsPublished: "R4",
    title: "Recognising teaching excellence in technicians",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "Support the teaching side of technical roles through SEDA or Higher Education Academy (LIGHT) accreditation.",
    timescaleText: "Dec 2019 - Dec 2021",
    ratings: rated(
      "completed",
      "Technicians have gained LIGHT accreditation through the CPD route; the opportunity needs more promotion.",
    ),
  },
  {
    key: "lstm-2019-r-5",
    referenceAsPublished: "R5",
    title: "Technical supervisors of student research projects to gain formal supervisory roles",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "Name technicians as laboratory supervisors in the dissertation guidelines and record the supervision in their online training record (ESS).",
    timescaleText: "July 2020 - Sep 2020",
    ratings: rated(
      "in-progress",
      "Work with the education department improved recognition in student projects; supervision is not yet in the training records.",
    ),
  },
  {
    key: "lstm-2019-r-6",
    referenceAsPublished: "R6",
    title: "Inclusion of technical staff in the publication policy",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes: "Clear guidance, following ICMJE, on when technicians are named as authors.",
    timescaleText: "Dec 2019 - Dec 2021",
    ratings: rated("completed", "Authorship guidance that covers technicians is published for all staff."),
  },
  {
    key: "lstm-2019-r-7",
    referenceAsPublished: "R7",
    title: "Develop a student/visitor training log",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes:
      "Log the time, skills and guidance given to trainees, with their feedback, and use it in appraisal (in the PDC dashboard if possible).",
    timescaleText: "Jan 2020 - Dec 2021",
    ratings: rated(
      "completed",
      "Technicians note this through the year and it is recorded in the annual Performance Development Conversation.",
    ),
  },
  {
    key: "lstm-2019-r-8",
    referenceAsPublished: "R8",
    title: "Guidelines and training for technicians with pastoral care of students/visitors",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes: "Quarterly support sessions for technicians who look after students and visitors.",
    timescaleText: "Dec 2019 - Dec 2021",
    ratings: rated("no-progress", "Not started; the next plan takes it up again."),
  },
  {
    key: "lstm-2019-r-9",
    referenceAsPublished: "R9",
    title: "Technical representation at School-wide conferences/away days",
    pillars: ["recognition"],
    primaryPillar: "recognition",
    notes: "Budget in grants for technicians to attend conferences, so their part in the research is seen.",
    timescaleText: "Dec 2019 - Dec 2021",
    ratings: rated(
      "completed",
      "Technicians are encouraged to attend and present at internal conferences and away days; external conferences are the next step.",
    ),
  },
];

const careerDevelopment: DemoAction[] = [
  {
    key: "lstm-2019-cd-1",
    referenceAsPublished: "CD1",
    title: "Technician-specific guidance for the PDC",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Extra guidance for technicians on the single PDC form, written with HR: targets, review timing, fixed-term contracts and short-term goals.",
    timescaleText: "Jun-20",
    ratings: rated(
      "no-progress",
      "The committee no longer sees a need: the improved PDC already makes room for these topics.",
    ),
    retired: { reason: "No longer needed: the general PDC now covers these topics." },
  },
  {
    key: "lstm-2019-cd-2",
    referenceAsPublished: "CD2",
    title: "Include technical staff development in manager/PI PDC",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Make staff development a measurable target in managers' PDCs, and commit to ten development days a year for technicians, as the Concordat does for researchers.",
    timescaleText: "Dec 2019-Dec 2021",
    ratings: rated(
      "completed",
      "Learning and development is part of every PDC and missed targets must be discussed; the ten days and CPD days are in place.",
    ),
  },
  {
    key: "lstm-2019-cd-3",
    referenceAsPublished: "CD3",
    title: "Technician-specific career pathway",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "A technician job family showing sideways as well as upward moves, with HR case studies of moves between grades and guidance on HERA.",
    timescaleText: "Dec 2019-Dec 2021",
    ratings: rated(
      "no-progress",
      "Nothing specific yet, although technicians do move between groups; the next plan sets firmer targets.",
    ),
  },
  {
    key: "lstm-2019-cd-4",
    referenceAsPublished: "CD4",
    title: "Technical staff development to be written into proposals/grants",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes: "Cost technicians' development, and any planned regrades applied fairly, into grant applications.",
    timescaleText: "Dec 2019-Dec 2021",
    ratings: rated(
      "in-progress",
      "Left to the grant writers for now; it should happen more often, though making it compulsory is not realistic.",
    ),
  },
  {
    key: "lstm-2019-cd-5",
    referenceAsPublished: "CD5",
    title: "Academic department training budget application support",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes: "Help technicians apply to the department's training budget through the usual process.",
    timescaleText: "Dec 2019 - Dec 2021",
    ratings: rated("completed", "Technicians get full support when they apply to the training fund."),
  },
  {
    key: "lstm-2019-cd-6",
    referenceAsPublished: "CD6",
    title: "A technician-specific personal development profile (CPD)",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "HR to help keep CPD records in ESS and to spot training gaps, so each technician has a profile and a path to follow.",
    timescaleText: "Jan 2020-Dec 2020",
    ratings: rated("completed", "Development is recorded in the annual PDC, which is kept in ESS."),
  },
  {
    key: "lstm-2019-cd-7",
    referenceAsPublished: "CD7",
    title: "Time allocated for technician-specific training/courses",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Ten development days a year for researchers, technicians included, allowed for in grants and yearly plans.",
    timescaleText: "Dec 2019-Dec 2021",
    ratings: rated("completed", "The ten days are now standard and are recognised in grants and work plans."),
  },
  {
    key: "lstm-2019-cd-8",
    referenceAsPublished: "CD8",
    title: "Secondment opportunities",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Internal and external secondments with industry partners, job swaps and shadowing, and a 'Technician School' for sharing skills.",
    timescaleText: "Dec 2019-Dec 2021",
    ratings: rated(
      "in-progress",
      "Shadowing and skill swaps now run during the appreciation days; external placements are being explored through a BBSRC award, and the committee has joined the regional technician network.",
    ),
  },
  {
    key: "lstm-2019-cd-9",
    referenceAsPublished: "CD9",
    title: "Mentoring/coaching scheme",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes: "Make sure technicians are on the mentoring scheme's list.",
    timescaleText: "Jun-20",
    ratings: rated(
      "in-progress",
      "Mentoring was offered but no technician took it up; keep offering it and ask technicians why.",
    ),
  },
  {
    key: "lstm-2019-cd-10",
    referenceAsPublished: "CD10",
    title: "Plan a schedule of internal/external speakers",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    timescaleText: "Jan 2020 - March 2020",
    ratings: rated(
      "no-progress",
      "Not needed as a separate action: the 2024–27 plan's career case studies and talks cover it.",
    ),
    retired: { reason: "Superseded by the 2024–27 plan.", supersededByKey: "lstm-2024-cd-1" },
  },
  {
    key: "lstm-2019-cd-11",
    referenceAsPublished: "CD11",
    title: "Develop personal online profiles",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes:
      "Workshops on online profiles (LinkedIn, Twitter) with internal or external trainers, yearly for new starters.",
    timescaleText: "Mar 2020 - Dec2021",
    ratings: rated("no-progress", "Nothing done yet; the next plan arranges the training."),
  },
  {
    key: "lstm-2019-cd-12",
    referenceAsPublished: "CD12",
    title: "CV writing, job application and interview training",
    pillars: ["career-development"],
    primaryPillar: "career-development",
    notes: "Regular in-house sessions, built into the annual programme with the recruitment team.",
    timescaleText: "Mar 2020 - Dec2021",
    ratings: rated("no-progress", "Not run yet; it could become part of the CPD days."),
  },
];

const sustainability: DemoAction[] = [
  {
    key: "lstm-2019-s-1",
    referenceAsPublished: "S1",
    title: "Identify skills shortages and gaps, then train and redeploy technical staff into them",
    pillars: ["sustainability"],
    primaryPillar: "sustainability",
    notes:
      "Better redeployment for staff near the end of a contract, to keep people and skills: current CVs, and posts advertised internally first.",
    timescaleText: "Dec 2019-Dec 2021",
    ratings: rated(
      "completed",
      "Hiring managers consider redeployment first, staff within six months of a contract's end see new posts, and the process is explained on the intranet.",
    ),
  },
  {
    key: "lstm-2019-s-2",
    referenceAsPublished: "S2",
    title: "Review the regrading policy",
    pillars: ["sustainability"],
    primaryPillar: "sustainability",
    notes:
      "Clear requirements for regrading, what each grade covers, and when regraded posts are advertised.",
    timescaleText: "Dec 2019-Dec 2020",
    ratings: rated(
      "completed",
      "HR has published guidance on regrade requests, and regrade windows open twice a year.",
    ),
  },
  {
    key: "lstm-2019-s-3",
    referenceAsPublished: "S3",
    title: "Contribution points",
    pillars: ["sustainability"],
    primaryPillar: "sustainability",
    notes:
      "Explain contribution points, make the policy easy to find, and run workshops alongside the salary review.",
    timescaleText: "Dec 2019-Dec 2020",
    ratings: rated(
      "no-progress",
      "The scheme exists but many technicians do not know about it; raising awareness moves to the next plan.",
    ),
  },
  {
    key: "lstm-2019-s-4",
    referenceAsPublished: "S4",
    title: "Skills/CV database",
    pillars: ["sustainability"],
    primaryPillar: "sustainability",
    notes:
      "Describe technicians' skills in the terms HR uses in job specifications, kept live from current CVs, to help redeployment.",
    timescaleText: "Dec 2019-Dec 2020",
    ratings: rated("no-progress", "Not started; the next plan folds it into the CV-writing workshops."),
  },
];

export const LSTM_2019: DemoPlan = {
  key: "lstm-2019",
  institutionSlug: "lstm",
  title: "LSTM Technician Commitment Action Plan 2019–2021",
  startsOn: "2019-01-01",
  endsOn: "2021-12-31",
  status: "published",
  ragScaleId: "progress",
  pillarAims: {
    visibility:
      "Every technician at LSTM can be identified, and their work is seen inside and outside the School.",
    recognition: "Technicians gain recognition through professional registration and award schemes.",
    "career-development": "Technicians can progress along clear, written career pathways.",
    sustainability: "Technical skills stay in the School, and technical expertise is used to the full.",
  },
  actions: [...visibility, ...recognition, ...careerDevelopment, ...sustainability],
};
