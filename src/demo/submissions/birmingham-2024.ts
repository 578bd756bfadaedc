import { BIRMINGHAM_LEAD_NAMES, BIRMINGHAM_PHONE } from "./birmingham-shared";
import {
  type CrossReferencesData,
  type GovernanceData,
  type HeaderData,
  type ImpactEvidenceData,
  md,
  type NewPlanData,
  type PublicPageData,
  type TalentData,
} from "./demo-section-shapes";
import type { DemoSubmission } from "./demo-submission-types";

/**
 * Birmingham's Stage 3 self-assessment, signed on 20 and 23 August 2024 and so in the window that
 * closes on 31 January 2025 (seed S1), on the Stage 3 template's seven questions. Facts, figures and
 * structure are the seed's; the words are ours and every person is fictional (demo-data.ts, the
 * people in src/demo/evidence.ts, and a few more named here).
 *
 * Kept on purpose, for the readiness check to find:
 * - q4: training attendance "more than tripling" (the figures give ×2.81: 26 → 73);
 * - q5: "16 apprentices have gone on to secure permanent roles" (the cohort table in the same answer gives 14);
 * - the new plan has no timescales, owners or resources, as in the seed.
 * The seed's other slips (the pay-terms chronology, a lead signing as leader of the institution) are
 * not copied: the leader's block is signed by the demo's signatory account.
 *
 * Invented, where the seed says nothing: how often the groups meet, their members beyond the chairs,
 * the committees' representatives and dates, the pathway table in q1, and the cross-references.
 */

const header: HeaderData = {
  leadNames: BIRMINGHAM_LEAD_NAMES,
  email: "lead@birmingham.demo",
  contactNumber: BIRMINGHAM_PHONE,
};

const q1 = md`
  ## Where technicians sit

  University staff belong to one of two branches, academic or professional services. Technicians
  are professional services staff, and their line of management leads to the Registrar.

  We have over 400 technicians and technical specialists in the five academic Colleges, Estates and
  IT Services. Most work in the three STEMM Colleges: Engineering and Physical Sciences (EPS), Life
  and Environmental Sciences (LES) and Medicine and Health (CMH). Each area organises its technical
  teams to suit its discipline, its size and its balance of research, teaching and services.

  ## Grades and terms

  Two grade structures apply to professional services staff, each with its own terms and
  conditions:

  - support staff, on bands 200 to 500 for most of the period under review;
  - Academic and Other Related (AOR) staff, on grades 6 to 10.

  After consultation with staff and the trade unions, support staff moved to new pay scales and
  terms, which raised pay on every grade and renamed the bands as professional services grades 2 to
  5. Most support staff (86%) moved across in September 2023; the few who had chosen to stay on the
  old terms moved after an agreement with the support staff unions in July 2024.

  ## The technical career pathway

  Since we signed, a single pathway for technical roles in the STEMM Colleges sets out generic
  titles and job descriptions at each step, and the points where a technician can move across to
  the AOR pathway:

  | Step | Grades | Generic title |
  |---|---|---|
  | Entry | Apprenticeship | Apprentice technician |
  | 1 | Professional services 2–3 | Technician |
  | 2 | Professional services 4 | Senior technician |
  | 3 | Professional services 5 | Principal technician or technical supervisor |
  | 4 | AOR 6–7 | Technical specialist or technical manager |
  | 5 | AOR 8–10 | Senior technical specialist or head of technical services |

  ## What has changed in six years

  - The Technical Academy, set up to deliver the Commitment, was given new oversight in 2021 and
    relaunched in March 2023.
  - Apprenticeships have grown into a main entry route to technical work.
  - A working group has looked at technicians on research-funded fixed-term contracts, and a core of
    them are moving to permanent contracts.
`;

const governance: GovernanceData = {
  groups: [
    {
      key: "steering",
      name: "Technical Academy Steering Group",
      purpose:
        "Oversees the Technical Academy and the action plan, and takes on the systemic and cultural questions, such as who sits on the University's committees.",
      chair: "",
      coChairs: [
        "Professor Ada Whitfield, Pro-Vice-Chancellor for Research (University Executive Board)",
        "Dr Sam Okafor, Director of Operations, College of Medicine and Health (Registrar's Leadership Group)",
      ],
      members: [],
      reportsTo: "",
      reportsToOther: "University Executive Board",
      meets: "Termly",
    },
    {
      key: "operations",
      name: "Technical Academy Operations Group",
      purpose:
        "Delivers the plan: local training, networking events and communications for technicians. Drafted this self-assessment and the new plan.",
      chair: "Priya Lal",
      coChairs: [],
      members: ["Elena Brooks", "Tom Hadley", "Joel Marsh", "Grace Odum"],
      reportsTo: "steering",
      reportsToOther: "",
      meets: "Monthly",
    },
    {
      key: "fixed-term",
      name: "Fixed-term contracts working group",
      purpose:
        "Looked at technicians on research-funded fixed-term contracts and recommended moving a core of them to permanent contracts; now setting up the finance and HR processes.",
      chair: "",
      coChairs: [],
      members: [],
      reportsTo: "steering",
      reportsToOther: "",
      meets: "As the work needs",
    },
    {
      key: "local",
      name: "Local management groups",
      purpose:
        "The technical managers of each College, Estates and IT Services: they carry the Academy's work into their own areas.",
      chair: "",
      coChairs: [],
      members: [],
      reportsTo: "operations",
      reportsToOther: "",
      meets: "As each area decides",
    },
  ],
  committees: [
    {
      name: "University Executive Board",
      technicianRepresented: false,
      representative: "",
      since: "",
    },
    {
      name: "University Apprenticeship Steering Group",
      technicianRepresented: true,
      representative: "Dr Sam Okafor and Elena Brooks, members of the Technical Academy Steering Group",
      since: "2022",
    },
    {
      name: "Birmingham Professional: career development subgroup",
      technicianRepresented: true,
      representative: "Grace Odum, Operations Manager, Collaborative Teaching Laboratories",
      since: "2022",
    },
    {
      name: "Human Tissue Oversight Committee",
      technicianRepresented: true,
      representative: "Ravi Chandran, senior technician, College of Medicine and Health",
      since: "2023",
    },
    {
      name: "Finance User Reference Group",
      technicianRepresented: true,
      representative: "Hannah Bell, technical manager, College of Life and Environmental Sciences",
      since: "2023",
    },
    {
      name: "UK Institute for Technical Skills and Strategy: Technician Council",
      technicianRepresented: true,
      representative: "Joel Marsh, technical manager, School of Physics and Astronomy",
      since: "2023",
    },
    {
      name: "Midlands Innovation Technical Managers Strategy Committee",
      technicianRepresented: true,
      representative: "Priya Lal, chair of the Operations Group, joined by Joel Marsh",
      since: "2024",
    },
  ],
  resourcing:
    "The Operations Group's budget comes from the three STEMM Colleges, which between them employ most technicians. It pays for events, coach travel to the Higher Education Technicians Summit and marketing materials. Colleges and departments also hold local budgets that technicians can use for professional development and for social and community events.",
};

const q2 = md`
  ## The Technical Academy

  The University set up its Technical Academy in 2017 to deliver the Technician Commitment. When
  staff changed across the University in 2021 we refreshed how it is managed and overseen, and
  relaunched the Academy in March 2023.

  The Operations Group reports to the Steering Group, which is co-chaired by a member of the
  University Executive Board (Professor Ada Whitfield, Pro-Vice-Chancellor for Research) and a
  member of the Registrar's Leadership Group (Dr Sam Okafor, Director of Operations in the College
  of Medicine and Health). The Steering Group reports to the University Executive Board; the
  technical managers of each area carry the work into their local teams.

  ## Links across the University

  Since 2021 the Academy has worked more closely with Birmingham Professional, the University's
  programme for professional services staff, whose intranet site now has a page for the Academy.
  Grace Odum, an Operations Group member, sits on Birmingham Professional's career development
  subgroup to keep that link alive, and two Steering Group members sit on the University
  Apprenticeship Steering Group, which keeps technical apprentices in view.

  ## Resourcing

  The three STEMM Colleges, which employ most of our technicians, fund the Operations Group's
  budget: events, coach travel to the Higher Education Technicians Summit and marketing. Colleges
  and departments also have local budgets for technicians' development and community events.

  ## Beyond the University

  - Since 2021, engagement with Midlands Innovation (MI) Talent has increased threefold, and MI
    Talent roadshows in 2022 and 2023 had over 50 attendees at each event. At the second, led by
    Elena Brooks, a technical manager in LES, our own technicians told how MI Talent support or an
    unusual career path had helped them.
  - In 2023 our CMH teaching laboratory team ran a face-to-face cell culture course with MI Talent:
    three sessions over the summer, 19 technicians in all.
  - In 2023 Joel Marsh, a technical manager in EPS, joined the Technician Council of the new UK
    Institute for Technical Skills and Strategy. He will also join the MI Technical Managers
    Strategy Committee, alongside the chair of the Operations Group.
  - We keep working with the National Technician Development Centre, whose survey of technical
    skills we will launch in late 2024.
`;

const q3 = md`
  We submitted our last self-assessment and action plan in September 2021 and received feedback in
  September 2022; the plan started in October 2021. Progress has been steady: some actions were
  achieved on time, others have been slower than we intended. The ratings of each action of the
  2021–2024 plan, with our commentary, follow.

  The first six months went on building the Operations Group into a confident, engaged team whose
  members then delivered the key actions over the next 30 months, including new communication
  channels and a programme of events. We put building momentum inside the University first; work
  beyond it came second, apart from promoting the opportunities open to technicians.

  Although it was not in the 2021 plan, we set up a working group on technicians on research-funded
  fixed-term contracts. It talked with technical and academic staff, HR, operations and finance
  colleagues, and recommended moving a core of these technicians to permanent contracts; the
  financial and HR processes for that are now in place, and support the wider changes the University
  Executive Board is considering for all externally funded staff. The group has also looked at a
  skills matrix and skills assessment tools for technicians.

  Several 2021–2024 actions continue, developed further, in the 2024–2027 plan.
`;

const impact: ImpactEvidenceData = {
  items: [
    {
      evidenceId: { $evidence: "From apprentice to permanent technician" },
      note: "One of the career journeys in Appendix 2: an apprentice who, with a mentor and day release, moved into a permanent technician post. Shared with his consent.",
    },
    {
      evidenceId: { $evidence: "Cell culture training for Midlands technicians" },
      note: "Our teaching laboratory team trained 19 technicians from the eight MI universities over three sessions in 2023.",
    },
    {
      evidenceId: { $evidence: "A participant on the cell culture course" },
      note: "What one participant said about the course.",
    },
    {
      evidenceId: { $evidence: "Flow cytometry facilities meeting 2024, hosted by our technicians" },
      note: "A national meeting run by technicians for technicians, planned with peers at Warwick and Nottingham with MI Talent funding: 80 attendees from 34 organisations and 13 sponsors.",
    },
    {
      evidenceId: { $evidence: "MI Talent roadshow: stand and workshops" },
      note: "The first MI Talent roadshow we hosted, in May 2022.",
    },
    {
      evidenceId: { $evidence: "MI Talent roadshow: Technical Academy stand and introduction" },
      note: "The second roadshow, in March 2023, where our technicians told their own career stories.",
    },
    {
      evidenceId: { $evidence: "News: technicians share their career journeys at the 2023 roadshow" },
      note: "The University's news story about the 2023 roadshow.",
    },
  ],
};

const q4 = md`
  ## Career journeys

  Appendix 2 tells the stories of staff whose careers moved on through an apprenticeship, further
  study or a secondment. One of them, with consent, is linked below.

  ## Training

  More technicians have taken up external training since the Technical Academy changed in 2021,
  with attendance at MI Talent training more than tripling in the twelve months from March 2022
  compared with the twelve months from March 2020.

  | MI Talent year | Technicians attending |
  |---|---|
  | March 2020 to February 2021 | 26 |
  | March 2021 to February 2022 | 62 |
  | March 2022 to February 2023 | 73 |
  | March 2023 to February 2024 (to December 2023) | 51 |

  ## Technicians training others

  Our technical staff have taught flow cytometry and tissue culture courses to technicians across
  the Midlands, hosted placements for technicians from other MI partners, and, with MI Talent
  funding and peers at Warwick and Nottingham, brought a technician-led national meeting on flow
  cytometry facilities to Birmingham with the Royal Microscopical Society. Appendix 3 gives the
  details.
`;

const talent: TalentData = {
  answers: [],
  cited: [{ $talent: 1 }, { $talent: 4 }, { $talent: 8 }, { $talent: 14 }, { $talent: 16 }],
};

const q5 = md`
  ## One plan for both

  We deliver the TALENT Commission's recommendations through the Technical Academy and its groups,
  so the actions sit in the same 36-month plan as the rest of our Commitment work and are overseen
  in the same way.

  The Operations Group is responsible for local training, networking and communications. The
  Steering Group takes on the systemic and cultural questions, such as who sits on the University's
  committees. That remains hard at the most senior level, where professional services staff are
  barely represented. Elsewhere technicians are slowly joining more specialist groups, such as the
  Human Tissue Oversight Committee and the Finance User Reference Group, as we promote them in the
  technical community and bring the technical voice into those rooms.

  Joel Marsh, a technical manager in the School of Physics and Astronomy, sits on the Technician
  Council of the UK Institute for Technical Skills and Strategy as well as on our Operations Group.

  ## Technical apprenticeships

  We have taken on more new-entrant technical apprentices in recent years: in January 2024, 33 were
  on programme, on standards including Engineering Technician (level 3), Laboratory Technician
  (level 3) and Technician Scientist (level 5). A dedicated apprenticeship team supports them with:

  - a group induction;
  - three development days on personal skills, career development and networking;
  - a one-to-one meeting every eight weeks;
  - help with their next step;
  - an optional outdoor residential trip.

  A new group of technical managers is planning internal events for apprentices, who also attend MI
  Talent's knowledge cafés for apprentices.

  | Cohort | Completed | In permanent roles |
  |---|---|---|
  | 2020 | 3 of 3 | 3 |
  | 2021 | 6 of 6 | 6 |
  | 2022 | 5 of 6 | 5 |

  Our apprentices have done well in moving into permanent posts at the University or into further
  study. Since 2020, 16 apprentices have gone on to secure permanent roles.
`;

const newPlan: NewPlanData = { planId: { $plan: "birmingham-2024" } };

const q6 = md`
  ## How technicians shaped the plan

  In October 2023 the Operations Group held an away day to start this self-assessment: it reviewed
  and rated the 2021–2024 plan, checked it against the TALENT Commission's report and outlined a
  plan for 2024–2027. Members then took the outline back to the technicians in their own areas and
  asked them key questions; their answers refined the plan. The "mini-goals" under each action are
  the specific, manageable tasks that came out of these conversations.

  We also used the University's staff survey, run every two years and last in summer 2023, which
  asks all staff about their development review, career development, wellbeing and line managers.

  ## What we heard

  Technicians want more training and development than they are getting. The development review is
  valued as a conversation, with more than 80% positive, but only about half feel it leads to
  support for their development, that they are listened to, or that they know how their ambitions
  can be supported. Much of the new plan is therefore about helping managers and technicians turn
  that conversation into action. The National Technician Development Centre's skills survey will
  help us pin down which training is needed.

  ## The three strands of the plan

  - Turning development reviews into real development, with better skills for managers.
  - Moving from local recognition and the University's Birmingham Professional awards to external
    recognition: nominations for the Papin Prize, and credit for technicians in papers, articles and
    impact case studies.
  - Secure employment: finishing the working group's changes so that fewer technicians are on
    recurrent fixed-term contracts.

  ## Showing impact and resourcing it

  Each action has markers of success: staff and pulse survey results, case studies, attendance and
  feedback at events, and the number of nominations and awards. The Academy's budget from the three
  STEMM Colleges, local College and department budgets, and MI Talent funds pay for the work; six of
  our technicians have already received money from the TALENT Conference and Training Fund.
`;

const publicPage: PublicPageData = {
  url: "https://www.birmingham.ac.uk/staff/excellence/professional/technical-academy/index.aspx",
  contactName: "Dr Sam Okafor",
  contactEmail: "lead@birmingham.demo",
  confirmed: true,
};

const crossReferences: CrossReferencesData = {
  items: [
    {
      scheme: "Athena Swan",
      title: "Institutional Athena Swan action plan",
      url: "",
      note: "Technical staff are counted and consulted with the rest of professional services; the Academy's career pathway work is referred to in the plan's career development actions.",
    },
    {
      scheme: "Research Excellence Framework (REF) environment statement",
      title: "REF institutional environment statement",
      url: "",
      note: "Describes the shared research facilities and the technicians who run them; our new plan prepares technicians' part in REF 2029.",
    },
  ],
};

export const BIRMINGHAM_2024: DemoSubmission = {
  key: "birmingham-2024",
  institutionSlug: "birmingham",
  templateKey: "stage-3",
  windowCloses: "2025-01-31",
  previousPlanKey: "birmingham-2021",
  newPlanKey: "birmingham-2024",
  answers: {
    header: { data: header, complete: true },
    q1: { markdown: q1, complete: true },
    q2: { markdown: q2, data: governance, complete: true },
    q3: { markdown: q3, complete: true },
    q4: { markdown: q4, data: impact, complete: true },
    // The Stage 3 template answers TALENT in one narrative; the data only lists what it cites.
    q5: { markdown: q5, data: talent, complete: true },
    // The Stage 3 template folds the technician voice into the new-plan question.
    q6: { markdown: q6, data: newPlan, complete: true },
    // The template's public-page question takes no narrative: the page, the contact and the confirmation.
    q7: { data: publicPage, complete: true },
    "cross-references": { data: crossReferences, complete: true },
  },
  frozenOn: "2024-08-20",
  signatures: [
    {
      block: "lead",
      email: "lead@birmingham.demo",
      typedName: "Dr Sam Okafor",
      role: "Technician Commitment nominated institutional lead",
      signedOn: "2024-08-20",
    },
    {
      block: "signatory",
      email: "signatory@birmingham.demo",
      typedName: "Professor Martin Hale",
      role: "Vice-Chancellor and Principal",
      signedOn: "2024-08-23",
    },
  ],
  submittedOn: "2024-08-23",
};
