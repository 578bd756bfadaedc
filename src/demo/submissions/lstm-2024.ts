import {
  type CrossReferencesData,
  type GovernanceData,
  type HeaderData,
  type ImpactEvidenceData,
  md,
  type NewPlanData,
  type PublicPageData,
  type TalentData,
  type TechnicianVoiceData,
} from "./demo-section-shapes";
import type { DemoSubmission } from "./demo-submission-types";
import { LSTM_COMMITTEES, LSTM_TALENT_ANSWERS, LSTM_TECHNICIAN_COMMITTEE } from "./lstm-shared";

/**
 * LSTM's renewal, signed and submitted in July 2024 (seed S2), on the renewal template's eight
 * questions. The facts, figures and structure are the seed's; the words are ours and every person is
 * fictional (demo-data.ts and the committee leads of src/demo/plans/lstm-2024.ts).
 *
 * Kept on purpose, for the readiness check to find:
 * - q1 calls 4 → 11 senior technicians a "125% increase" (it is +175 %), as the seed did;
 * - the previous plan (2019–21) ended long before this window, as in the seed.
 * TALENT point 6 cites recommendation 6 with the seed's answer on shared technical platforms (the seed
 * printed recommendation 1's text there); the unfinished 2027 draft keeps the duplicate instead.
 */

const header: HeaderData = { leadNames: "Jordan Pike", email: "lead@lstm.demo", contactNumber: "" };

const q1 = md`
  ## Where technicians work

  Technicians at LSTM work in research groups across the School's departments, in its teaching
  laboratories and in shared facilities such as the insectaries. Most are research technicians whose
  posts are paid for by grants; a growing number hold senior technical roles in which they run a
  facility, manage a laboratory or lead a small team.

  ## How the numbers changed, 2019 to 2024

  | Headcount | 2019 | 2024 |
  |---|---|---|
  | All technical staff | 42 | 53 |
  | In senior technical roles | 4 | 11 |

  The number of technicians increased by 26% between 2019 and 2024, from 42 to 53. Senior roles
  grew faster still: the number of technicians in senior roles rose from 4 to 11 over the same period
  (125% increase). In 2024, 20 % of our technicians held senior roles, up from 10 % in 2019, so the
  rise is more than a larger workforce.

  The committee believes that our work under the Commitment has played a real part in this, by
  making career development and recognition for technicians something the School plans for.
`;

const governance: GovernanceData = {
  groups: [
    {
      key: "technician-committee",
      name: "Technical Forum committee",
      purpose:
        "Leads the Technician Commitment at LSTM and writes and delivers the action plan. A voluntary committee of technicians from across the School, and the contact point for anything that concerns technicians.",
      ...LSTM_TECHNICIAN_COMMITTEE,
      reportsTo: "research-committee",
      reportsToOther: "",
      meets: "6 times a year, with email discussion in between and extra meetings when needed",
    },
    {
      key: "research-committee",
      name: "Research Committee",
      purpose:
        "Oversees the School's research and research culture. From June 2024 the Technical Forum committee reports to it directly; before then the chair reported through the Career Development of Researchers committee (CaDRe).",
      chair: "",
      coChairs: [],
      members: [],
      reportsTo: "",
      reportsToOther: "",
      meets: "",
    },
  ],
  committees: LSTM_COMMITTEES,
  resourcing:
    "The committee is voluntary: members give their time with their managers' agreement. The School sponsors the yearly technician appreciation days; professional registration and training are paid from the Learning & Development fund; a BBSRC Skills and Mobility Accelerator award pays for external secondments, a quarter of them kept for technicians. A core-funded post to run the action plan is being considered (action S1 of the new plan).",
};

const q2 = md`
  ## Who leads the Commitment

  The committee of the Technical Forum leads our work on the Technician Commitment. It is a
  voluntary committee, and every member is a technician:

  - Jordan Pike, chair
  - Morgan Reyes, co-chair
  - Tomasz Wilk, Imani Baptiste and Hollie Marsden, members

  Before we signed, a handful of technicians ran the Forum informally. Forming a named committee has
  given staff one clear point of contact for anything that concerns technicians. It also puts the
  committee in a better position to organise events with other parts of the School, and to make sure
  technicians are part of School-wide discussions.

  ## Reporting and meetings

  The committee meets six times a year and talks by email in between, meeting in person when needed.
  Until now the chair has reported to the Career Development of Researchers committee (CaDRe), which
  meets every other month. From June 2024 the committee reports directly to the Research Committee,
  so that senior staff see its work.

  ## Technicians on the School's committees

  Technicians now sit on committees and networks across the School, among them CaDRe, the Early
  Career Researchers group, the Lab Users Group, Sustainability and Environment, the LGBTQ+ Network,
  the Animal Welfare and Ethical Review Body and the Biological Safety Committee. On the Professional
  and Career Development group (PACE) an executive sponsor speaks for technicians. Before we signed,
  technicians were rarely on any of them.

  ## Beyond LSTM

  Forum members take part in outreach at schools, museums and festivals. Through the North West
  Technician Network, where the Technician Commitment leads of the region's institutions meet once a
  month, we share what works and have opened the way to visits and joint projects.

  ## Resourcing

  The committee's work rests on volunteers. As some roles change in the coming year, we will ask for
  a core-funded member of staff to carry the action plan and the Commitment's events (action S1 of
  our new plan).
`;

const q3 = md`
  Our RAG analysis of the 2019–2021 action plan follows: every action with its status, an
  explanation and, where we have it, evidence. We rate on three levels: Completed (green), In
  Progress (amber) and No Progress (red), and every action with no progress is explained.

  Two of the actions with no progress were dropped on purpose: one is no longer needed, and the other
  is covered by an action of the new plan. The rest are carried into the 2024–2027 plan.
`;

const impact: ImpactEvidenceData = {
  items: [
    {
      evidenceId: {
        $evidence: "News: the school celebrates its technicians after the 2023 appreciation day",
      },
      note: "Published on the School's website after the September 2023 appreciation day: it made the day visible to everyone and reminded staff how much of our research depends on technicians.",
    },
    {
      evidenceId: {
        $evidence: "News: a technician among the first winners of the school's global health prize",
      },
      note: "A yearly prize open to technicians and early career researchers paid for a technician's specialist training: technicians are encouraged to apply for funding, and their applications are judged fairly.",
    },
    {
      evidenceId: {
        $evidence: "News: technicians demonstrate malaria blood smears at a public science showcase",
      },
      note: "A technician showed the public how blood smears from malaria infections are made: outreach that shows what technical roles involve and invites young people into them.",
    },
    {
      evidenceId: { $evidence: "Technician appreciation week 2022: discovery sessions" },
      note: "Our first appreciation week: technicians each demonstrated a technique they specialise in. The presenters practised teaching, the audience learned a skill, and colleagues saw the work behind their results.",
    },
    {
      evidenceId: { $evidence: "Tech Discovery Days newsletter, November 2022" },
      note: "The newsletter sent to all staff after the week, with what technicians and a group leader said about it (Appendix 1).",
    },
    {
      evidenceId: { $evidence: "A co-ordinator on the discovery sessions" },
      note: "One of the week's co-ordinators on why the sessions mattered.",
    },
    {
      evidenceId: { $evidence: "From research technician to research assistant" },
      note: "A research technician who moved onto the research pathway, helped by the School's early career researcher definition and a committee mentor. Shared with her consent.",
    },
  ],
};

const q4 = md`
  ## What the previous plan has changed

  The items below show the plan at work. Technicians are more visible: the School's news pages now
  report on their appreciation days and their outreach. They are recognised: a technician won a
  School prize that is open to technicians and early career researchers. And they can move on: one
  research technician's move to a research assistant post is told as a case study.

  Our appreciation days began as skills-sharing sessions in September 2022, and have run every
  September since.
`;

const talent: TalentData = { answers: LSTM_TALENT_ANSWERS };

const q5 = md`
  We have answered the TALENT Commission's sixteen recommendations one by one below. Each answer
  says what LSTM already does and what is still to do; several point to actions in our 2024–2027
  plan.
`;

const newPlan: NewPlanData = { planId: { $plan: "lstm-2024" } };

const q6 = md`
  ## The 2024–2027 plan

  Our action plan for the next three years has 20 actions under the four pillars: 3 for Visibility,
  8 for Recognition, 7 for Career Development and 2 for Sustainability. Most continue work from the
  2019–2021 plan; the rest are new.

  ## How we will show impact

  Every action has a measurable outcome, written as a question we will answer at the next review:
  for example, whether the appreciation days have continued with more than half of technicians
  attending, or whether each committee on our list still has a technician member. Where an outcome
  has a number, such as the share of technicians who are professionally registered or the number of
  technicians nominated for the School's awards, we will report the figure. The committee reviews
  progress at its meetings and reports it to the Research Committee.

  ## How the plan is resourced

  - Committee members' time, agreed with their managers.
  - The Learning & Development fund, for registration fees and training.
  - The School's CPD days, for the workshops the plan asks for.
  - The BBSRC Skills and Mobility Accelerator award, for secondments.
  - School sponsorship of the appreciation days.

  We are asking for a core-funded Technical Lead (action S1), so that the plan no longer rests on
  volunteers alone.
`;

/**
 * ASSUMPTION (invented for the demo): the seed gives no count of the technicians the committee
 * consulted. 31 of the School's 53 technicians is an invented, plausible figure; the event's own
 * count is left unknown.
 */
const CONSULTED_TECHNICIANS = 31;

const voice: TechnicianVoiceData = {
  consultations: [
    {
      evidenceId: { $evidence: "Technician appreciation week 2022: discovery sessions" },
      participants: null,
    },
  ],
  participants: CONSULTED_TECHNICIANS,
  outcomes:
    "Technicians asked for the appreciation days to continue every year; for talks from colleagues who have moved on in their careers; for CV, application and online-profile workshops on the CPD days; for more chances to learn skills from each other; for technicians to stay on the School's committees; and for a funded post so that the Commitment does not rest on volunteers.",
  shapedActionIds: [
    { $action: "lstm-2024-v-3" },
    { $action: "lstm-2024-r-8" },
    { $action: "lstm-2024-cd-1" },
    { $action: "lstm-2024-cd-6" },
    { $action: "lstm-2024-cd-7" },
    { $action: "lstm-2024-s-1" },
    { $action: "lstm-2024-s-2" },
  ],
};

const q7 = md`
  ## A plan written by technicians

  The action plan was written by the Technical Forum committee, whose members are all technicians.
  The committee first gathered ideas from the wider technical workforce: at Forum meetings, in
  conversations during the appreciation week, and in replies to the newsletter that followed it. It
  then turned those ideas into actions, with help from senior colleagues in Learning & Development
  and Research Culture.

  Senior staff know the plan and helped to shape its final form, but it is above all a document made
  by technicians: it carries the technician voice.
`;

const publicPage: PublicPageData = {
  url: "https://www.lstmed.ac.uk/research/lstm-technician-commitment",
  contactName: "Jordan Pike",
  contactEmail: "lead@lstm.demo",
  confirmed: true,
};

const crossReferences: CrossReferencesData = {
  items: [
    {
      scheme: "Athena Swan",
      title: "Athena Swan silver award",
      url: "",
      note: "LSTM holds a silver award. Its self-assessment team is one of the groups through which we address the equality, diversity and inclusion challenges technicians face (TALENT point 10).",
    },
    {
      scheme: "Race Equality Charter",
      title: "Race Equality Charter: application planned for 2025",
      url: "",
      note: "We plan to apply in 2025; technical staff will be counted and consulted like every other staff group.",
    },
  ],
};

export const LSTM_2024: DemoSubmission = {
  key: "lstm-2024",
  institutionSlug: "lstm",
  templateKey: "renewal",
  windowCloses: "2024-07-31",
  previousPlanKey: "lstm-2019",
  newPlanKey: "lstm-2024",
  answers: {
    header: { data: header, complete: true },
    q1: { markdown: q1, complete: true },
    q2: { markdown: q2, data: governance, complete: true },
    q3: { markdown: q3, complete: true },
    q4: { markdown: q4, data: impact, complete: true },
    q5: { markdown: q5, data: talent, complete: true },
    q6: { markdown: q6, data: newPlan, complete: true },
    q7: { markdown: q7, data: voice, complete: true },
    // The template's public-page question takes no narrative: the page, the contact and the confirmation.
    q8: { data: publicPage, complete: true },
    "cross-references": { data: crossReferences, complete: true },
  },
  frozenOn: "2024-07-26",
  signatures: [
    {
      block: "lead",
      email: "lead@lstm.demo",
      typedName: "Jordan Pike",
      role: "Technician Commitment lead",
      signedOn: "2024-07-26",
    },
    {
      block: "signatory",
      email: "signatory@lstm.demo",
      typedName: "Professor Ruth Adeyemi",
      role: "Director",
      signedOn: "2024-07-26",
    },
  ],
  submittedOn: "2024-07-26",
};
