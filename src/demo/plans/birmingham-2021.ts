import type { DemoAction, DemoPlan } from "./demo-plan-types";

/**
 * Birmingham's 2021–24 plan as rated in its Stage 3 submission (seed S1, Appendix 1): six actions, each
 * in several priority areas, owned by the Technical Academy Steering Group. Timescales are as printed.
 *
 * Period: 2021-10-01 to 2024-09-30. The seed says the plan "commenced in October 2021" and runs 36 months.
 *
 * Assessed on (inferred: the ratings are undated): 2024-07-31. The Operations Group drafted them at an
 * October 2023 away day and the submission was signed on 20 and 23 August 2024. The seed's "Notes and
 * comments" were written at the rating, so they are the ratings' commentary here (as in
 * docs/seed-coverage.md §6.1); the actions' own notes are short context in our words.
 */
const ASSESSED_ON = "2024-07-31";
const OWNER = "TA Steering Group";

const actions: DemoAction[] = [
  {
    key: "birmingham-2021-1",
    // The seed's priority-area cell for this row was lost in extraction; its aim names the same three
    // pillars as the next row, so we use that row's order.
    title:
      "Update PDR guidance and templates for technical staff and managers so that they reference the Technical Academy and technicians' opportunities",
    pillars: ["career-development", "visibility", "recognition"],
    primaryPillar: "career-development",
    aims: "Strengthen technicians' career development, recognition and visibility.",
    plannedOutcomes: [
      "Technical staff and line managers know more about the Technical Academy and what it offers",
      "More technical staff take part in Technical Academy activity",
      "Open conversations between PIs, line managers and technicians about authorship",
      "More technicians teach, train, take secondments or shadow colleagues",
      "More technical staff become professionally registered",
    ],
    markers: [
      { text: "More staff taking part in Technical Academy events, training and development" },
      { text: "More technicians named on papers" },
      { text: "More technical staff gaining professional registration" },
    ],
    timescaleText: "For implementation in 2022 PDR cycle",
    owner: OWNER,
    notes: "Delivered through the University's HR pages on PDR; the PDR process itself is being reviewed.",
    ratings: [
      {
        level: "green",
        qualifier: "but with elements requiring further development in the next cycle",
        assessedOn: ASSESSED_ON,
        commentary:
          "The PDR intranet pages now have a technicians' section with conversation prompts for both sides; more will follow the PDR review. Authorship is hard to measure and good practice is patchy. Professional-body fees remain a personal cost: an earlier funded pilot had little uptake, so, with living costs rising, the Steering Group de-prioritised registration while still supporting anyone who wants it.",
      },
    ],
  },
  {
    key: "birmingham-2021-2",
    title: "Develop a revised, consistent on-boarding and induction process for technical staff",
    pillars: ["career-development", "visibility", "recognition"],
    primaryPillar: "career-development",
    aims: "Strengthen technicians' career development, recognition and visibility.",
    plannedOutcomes: [
      "New staff are pointed to the Technical Academy and the Technician Commitment and encouraged to take part",
      "A shared understanding of what the University has committed to for technical staff",
      "Technical staff know about opportunities, development pathways and resources",
    ],
    // The seed's markers-of-success cell for this row is empty (only a stray "1."), so none are given.
    timescaleText: "January 2022",
    owner: OWNER,
    notes: "An optional technicians' checklist sits alongside the standard induction checklists.",
    retired: {
      reason: "Achieved; what remains (signposting new staff) continues in the 2024–27 PDR action.",
      supersededByKey: "birmingham-2024-7",
    },
    ratings: [
      {
        level: "green",
        qualifier: "but with elements requiring further development in the next cycle",
        assessedOn: ASSESSED_ON,
        commentary:
          "The working group reviewed induction and found it consistent; the optional technicians' checklist is on the HR SharePoint. Links to technician-specific mandatory training in the core HR and finance systems are left for the next cycle.",
      },
    ],
  },
  {
    key: "birmingham-2021-3",
    title:
      "Increase internal and external communications and showcase activities to grow the reputation, value and influence of the Technical Academy and technical workforce",
    pillars: ["visibility", "sustainability", "recognition"],
    primaryPillar: "visibility",
    aims: "Make technical staff more visible, help others understand their part in research and education, and grow their influence.",
    plannedOutcomes: [
      "More technicians showing their work at University events such as open days and showcases",
      "More technician profiles on internal and external websites (groups, facilities)",
      "A Technical Academy newsletter and a technical section in the main internal news",
      "Technical vacancies promoted to students through careers and employability channels",
    ],
    markers: [{ text: "Technicians more visible across the University's websites, publications and events" }],
    timescaleText: "Ongoing throughout the 36 month period",
    owner: OWNER,
    notes: "Led through the University's intranet and the Birmingham Professional pages.",
    ratings: [
      {
        level: "amber",
        qualifier: "with elements still to develop and consolidate in the next cycle",
        assessedOn: ASSESSED_ON,
        commentary:
          "Technicians and the Academy now appear on the HR and research-strategy intranet pages and in the professional-services site. Technicians still need encouragement to show their work beyond their own areas.",
      },
    ],
  },
  {
    key: "birmingham-2021-4",
    title:
      "Deliver an ongoing programme of Technical Academy events, with more communications and guidance for technical staff and their line managers",
    pillars: ["career-development", "sustainability"],
    primaryPillar: "career-development",
    aims: "Make resources easier to find, build a sense of belonging among technicians, and connect them with the University's purpose.",
    plannedOutcomes: [
      "Technicians keep access to networking, training and social events",
      "Technical champions in every College",
      "An online hub for guidance, news, training, prizes, secondments and registration",
      "More technicians in internal and external recognition schemes",
      "More conference attendance and use of funding opportunities",
    ],
    markers: [
      { text: "A refreshed schedule of Technical Academy events is planned and delivered" },
      { text: "Dedicated communications and guidance for the technical community" },
    ],
    timescaleText:
      "Initial planning to be completed within first 6 months, with delivery and ongoing development continuing throughout the 36 month period",
    owner: OWNER,
    notes: "Delivered by the Technical Academy Operations Group.",
    ratings: [
      {
        level: "amber",
        qualifier: "with elements still to develop and consolidate in the next cycle",
        assessedOn: ASSESSED_ON,
        commentary:
          "Planning took longer than expected, but 2023 brought a poster showcase, facility tours and booking-system training. The Academy relaunched in March 2023 with a new SharePoint site, and a technicians' mailing list started in late 2022. Content is still uneven between Colleges.",
      },
    ],
  },
  {
    key: "birmingham-2021-5",
    title:
      "Develop new training and development schemes for technical staff, and promote existing and new opportunities to staff and managers",
    pillars: ["career-development", "sustainability"],
    primaryPillar: "career-development",
    aims: "Encourage mobility, broader skills and ambition among technicians and their managers: a growth mindset.",
    plannedOutcomes: [
      "Training pathways leading to recognised qualifications",
      "A defined career progression framework",
      "More apprenticeships across the University",
      "More use of the regional MI Talent programme",
      "A network of mentors for staff and applicants",
      "More technicians in the coaching and mentoring programme",
      "A work-shadowing scheme",
    ],
    markers: [
      { text: "Clear career development pathways for the technical workforce" },
      { text: "More apprenticeship opportunities" },
      { text: "More engagement with Midlands TALENT" },
      { text: "Easier access to technical mentors and coaching" },
    ],
    timescaleText: "Ongoing throughout the 36 month period",
    owner: OWNER,
    notes: "Career pathway documents are on the Technical Academy SharePoint site.",
    ratings: [
      {
        level: "amber-red",
        qualifier: "some progress, but significant work still to do",
        assessedOn: ASSESSED_ON,
        commentary:
          "Slower than hoped: technicians' requests were too general for a tailored programme, so sessions have been broad (and repeated at different times for different shift patterns). Pathway documents appeared in 2022, but the tools to use them in line-management conversations do not exist yet. Coaching is available; mentoring stays informal and hard to find. Secondments rose in some areas; shadowing has not started.",
      },
    ],
  },
  {
    key: "birmingham-2021-6",
    title: "Integrated planning and strategy tools",
    pillars: ["sustainability"],
    primaryPillar: "sustainability",
    aims: "A joined-up view of technical staff's skills and development needs.",
    plannedOutcomes: [
      "Succession planning built into School and College plans",
      "A skills audit and training-needs analysis",
      "Analysis of the staff survey",
    ],
    markers: [{ text: "Business-critical posts identified, each with a succession plan" }],
    timescaleText: "Ongoing throughout the 36 month period",
    owner: OWNER,
    notes: "Depends on the University's IT and data teams.",
    ratings: [
      {
        level: "red-amber",
        qualifier: "some progress, but significant steps still to take in the next cycle",
        assessedOn: ASSESSED_ON,
        commentary:
          "Slowed by a lack of resource: the IT and data teams had other strategic priorities. The national skills survey (NTDC) is set for late 2024. The staff-survey analysis shows managers need help turning PDR conversations into real actions.",
      },
    ],
  },
];

export const BIRMINGHAM_2021: DemoPlan = {
  key: "birmingham-2021",
  institutionSlug: "birmingham",
  title: "Technical Academy Action Plan 2021–2024",
  startsOn: "2021-10-01",
  endsOn: "2024-09-30",
  status: "published",
  ragScaleId: "five-point",
  pillarAims: {
    visibility: "Technicians and the Technical Academy are known and seen across the University.",
    recognition: "Technicians' contributions are acknowledged, from authorship to awards.",
    "career-development": "Every technician can find training, pathways and support to develop.",
    sustainability: "Skills and posts are planned for, so the technical workforce is secure.",
  },
  actions,
};
