import { BIRMINGHAM_LEAD_NAMES } from "./birmingham-shared";
import { type GovernanceData, md, type PublicPageData, type TalentData } from "./demo-section-shapes";
import type { DemoSubmission } from "./demo-submission-types";
import { LSTM_COMMITTEES, LSTM_TALENT_ANSWERS, LSTM_TECHNICIAN_COMMITTEE } from "./lstm-shared";

/**
 * One unfinished draft per institution for its next window (docs/decisions/0010: LSTM 31 July 2027,
 * Birmingham 31 January 2028), both on the renewal template. Invented: the seeds end in 2024. What
 * happened after 2024 follows the invented ratings of the 2024–27 plans (src/demo/plans).
 *
 * LSTM's draft has a task list in every state: the header, governance and public page complete; the
 * staff structures and TALENT in progress; the rest not started. Its TALENT answers repeat the seed's
 * slip as the authors first wrote it: point 6 cites recommendation 1 again, and the readiness check
 * must flag it. Birmingham's has only its header and a first go at question 1.
 */

const lstmGovernance: GovernanceData = {
  groups: [
    {
      key: "technician-committee",
      name: "Technical Forum committee",
      purpose:
        "Leads the Technician Commitment at LSTM and writes and delivers the action plan. A voluntary committee of technicians from across the School, and the contact point for anything that concerns technicians.",
      ...LSTM_TECHNICIAN_COMMITTEE,
      // Hollie Marsden stepped down in 2025; Kai Whitlow took her place.
      members: ["Tomasz Wilk", "Imani Baptiste", "Kai Whitlow"],
      reportsTo: "research-committee",
      reportsToOther: "",
      meets: "6 times a year, with email discussion in between and extra meetings when needed",
    },
    {
      key: "research-committee",
      name: "Research Committee",
      purpose:
        "Oversees the School's research and research culture. The Technical Forum committee has reported to it directly since June 2024, twice a year.",
      chair: "",
      coChairs: [],
      members: [],
      reportsTo: "",
      reportsToOther: "",
      meets: "",
    },
  ],
  committees: [
    ...LSTM_COMMITTEES,
    {
      name: "Health and Safety Committee",
      technicianRepresented: true,
      representative: "Amira Haddad",
      since: "September 2025",
    },
  ],
  resourcing:
    "The committee is still voluntary: members give their time with their managers' agreement. The School sponsors the yearly appreciation days, the Learning & Development fund pays for registration and training, and the BBSRC award pays for secondments. A costed proposal for a core-funded Technical Lead went to the Research Committee in autumn 2025.",
};

const lstmQ1 = md`
  ## Where technicians work

  Technicians at LSTM work in research groups across the School's departments, in its teaching
  laboratories and in shared facilities. Since 2024 the School has begun moving laboratories onto
  shared technical platforms, each run by specialist technicians.

  ## How the numbers changed since 2024

  To do (Jordan): add the July 2027 headcount from HR, all technical staff and those in senior
  roles, and compare it with 2024.
`;

const lstmQ2 = md`
  ## Who leads the Commitment

  The committee of the Technical Forum still leads our work on the Commitment: Jordan Pike (chair),
  Morgan Reyes (co-chair), and Tomasz Wilk, Imani Baptiste and Kai Whitlow, who joined in 2025.

  ## Reporting and meetings

  Since June 2024 the committee has reported directly to the Research Committee, twice a year. It
  still meets six times a year.

  ## Technicians on the School's committees

  Every committee on our list has a technician member, and since September 2025 so does the Health
  and Safety Committee. When a technician steps down, the committee finds a replacement.
`;

const lstmTalent: TalentData = {
  answers: [
    ...LSTM_TALENT_ANSWERS.slice(0, 5),
    {
      // As first written: the authors pasted recommendation 1 again for point 6 (the seed's slip).
      recommendationId: { $talent: 1 },
      text: "Laboratories are moving onto shared technical platforms, each run by specialist technicians who train its users. The platforms give those technicians a career path and give the School a reason to keep their skills.",
    },
  ],
};

const lstmQ5 = md`
  We answer the TALENT Commission's recommendations one by one, updating our 2024 answers. Points 7
  to 16 are still to come.
`;

const lstmPublicPage: PublicPageData = {
  url: "https://www.lstmed.ac.uk/research/lstm-technician-commitment",
  contactName: "Jordan Pike",
  contactEmail: "lead@lstm.demo",
  confirmed: true,
};

export const LSTM_2027_DRAFT: DemoSubmission = {
  key: "lstm-2027-draft",
  institutionSlug: "lstm",
  templateKey: "renewal",
  windowCloses: "2027-07-31",
  previousPlanKey: "lstm-2024",
  newPlanKey: "lstm-2027-draft",
  answers: {
    header: {
      data: { leadNames: "Jordan Pike", email: "lead@lstm.demo", contactNumber: "" },
      complete: true,
    },
    q1: { markdown: lstmQ1, complete: false },
    q2: { markdown: lstmQ2, data: lstmGovernance, complete: true },
    q5: { markdown: lstmQ5, data: lstmTalent, complete: false },
    q8: { data: lstmPublicPage, complete: true },
  },
};

const birminghamQ1 = md`
  ## Where technicians sit

  Technicians are professional services staff, and their line of management leads to the Registrar.
  Since July 2024 every support staff member is on the professional services grades 2 to 5.

  To do: the headcount by College from HR, and the first permanent contracts from the fixed-term
  review.
`;

export const BIRMINGHAM_2028_DRAFT: DemoSubmission = {
  key: "birmingham-2028-draft",
  institutionSlug: "birmingham",
  templateKey: "renewal",
  windowCloses: "2028-01-31",
  previousPlanKey: "birmingham-2024",
  newPlanKey: "birmingham-2027-draft",
  answers: {
    // The renewal form has no telephone number.
    header: {
      data: { leadNames: BIRMINGHAM_LEAD_NAMES, email: "lead@birmingham.demo", contactNumber: "" },
      complete: true,
    },
    q1: { markdown: birminghamQ1, complete: false },
  },
};
