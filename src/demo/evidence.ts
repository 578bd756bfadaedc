import type { TConsentInput, TEvidenceInput } from "../core/evidence/evidence-fields";

/**
 * Demo evidence modelled on the seeds' appendices (domain.md §4.8): news stories, a named policy,
 * appreciation days with their sessions, roadshows, a training course, testimonials and one case
 * study per institution. Written in our own words; every person is fictional. The news links are
 * the public pages the seeds cite; links for things the seeds name without an address use
 * example.org. `linkTo` names actions by title (and TALENT recommendations by number).
 */
export type DemoEvidence = TEvidenceInput & {
  institutionSlug: "birmingham" | "lstm";
  consent?: TConsentInput;
  /** For kind "file": a one-page PDF with these lines, made at load time. */
  file?: { name: string; lines: string[] };
  /** An action by title (the newest plan's, or with `rating` the one with ratings: its latest rating). */
  linkTo?: { actionTitle?: string; rating?: true; talent?: number }[];
};

const APPRECIATION = "Ensure that technician appreciation days continue";

export const DEMO_EVIDENCE: DemoEvidence[] = [
  {
    institutionSlug: "lstm",
    kind: "link",
    title: "News: the school celebrates its technicians after the 2023 appreciation day",
    description: "The school's news story after the September 2023 appreciation day, read by all staff.",
    url: "https://www.lstmed.ac.uk/news-events/news/lstm-celebrates-vital-role-of-technicians-in-delivering-world-class-research",
    occurredOn: "2023-09-29",
    pillars: ["visibility", "recognition"],
    linkTo: [{ actionTitle: APPRECIATION }, { talent: 11 }],
  },
  {
    institutionSlug: "lstm",
    kind: "link",
    title: "News: a technician among the first winners of the school's global health prize",
    description: "A prize open to technicians and early career researchers paid for specialist training.",
    url: "https://www.lstmed.ac.uk/news-events/news/lstm-announces-recipients-of-inaugural-paul-bedingfield-prize-in-global-health",
    occurredOn: "2023-07-01",
    pillars: ["career-development"],
    linkTo: [{ talent: 13 }],
  },
  {
    institutionSlug: "lstm",
    kind: "link",
    title: "News: technicians demonstrate malaria blood smears at a public science showcase",
    url: "https://www.lstmed.ac.uk/news-events/news/liverpool-school-of-tropical-medicine-showcases-scientific-illustrations-stories",
    occurredOn: "2023-11-15",
    pillars: ["visibility"],
    linkTo: [{ talent: 3 }],
  },
  {
    institutionSlug: "lstm",
    kind: "document",
    title: "Publication policy",
    description: "Says when technical contributions earn authorship or an acknowledgement.",
    heldBy: "Research governance office, on the staff intranet",
    pillars: ["recognition"],
    linkTo: [
      { actionTitle: "Inclusion of technical staff in the publication policy", rating: true },
      { talent: 11 },
    ],
  },
  {
    institutionSlug: "lstm",
    kind: "document",
    title: "Tech Discovery Days newsletter, November 2022",
    description:
      "The newsletter about the 2022 appreciation week, sent to all staff; an appendix to the renewal.",
    heldBy: "Appendix 1 of the 2024 renewal submission",
    occurredOn: "2022-11-01",
    pillars: ["visibility", "recognition"],
    linkTo: [
      { actionTitle: "Technician Commitment launch to showcase what we have done", rating: true },
      { actionTitle: "Secondment opportunities", rating: true },
    ],
  },
  {
    institutionSlug: "lstm",
    kind: "document",
    title: "Committee information",
    description: "Which committees have a technician member, and who.",
    heldBy: "Governance office, on the staff intranet",
    pillars: ["visibility"],
    linkTo: [{ actionTitle: "Technical representation in internal committees/meetings", rating: true }],
  },
  {
    institutionSlug: "lstm",
    kind: "document",
    title: "Starter pack for new staff",
    heldBy: "Human resources, given to every new starter",
    pillars: ["visibility"],
    linkTo: [{ actionTitle: "New starters to be made aware of TMIH and the Technical Forum", rating: true }],
  },
  {
    institutionSlug: "lstm",
    kind: "document",
    title: "Regrade policy",
    heldBy: "Human resources, on the staff intranet",
    pillars: ["sustainability"],
    linkTo: [{ actionTitle: "Review the regrading policy", rating: true }],
  },
  {
    institutionSlug: "lstm",
    kind: "event",
    title: "Technician appreciation week 2022: discovery sessions",
    description:
      "Technicians demonstrated a technique they specialise in to colleagues and students, then a shared lunch.",
    eventType: "appreciation-day",
    occurredOn: "2022-09-26",
    endsOn: "2022-09-30",
    pillars: ["visibility", "recognition"],
    sessions: [
      { title: "Measuring insecticide with HPLC", ranBy: "Kai Whitlow, research technician" },
      { title: "Cell culture basics", ranBy: "Dara Quinn, research technician" },
      { title: "Bacteriophage plaque assays", ranBy: "Sunita Rao, research technician" },
      { title: "3D printing for the laboratory", ranBy: "Owen Pryce, workshop technician" },
      { title: "High-resolution melt qPCR", ranBy: "Ines Moreau, research technician" },
    ],
    feedback:
      "Every session was full; several departments asked for the sessions to run again the next year.",
    linkTo: [{ actionTitle: APPRECIATION }],
  },
  {
    institutionSlug: "lstm",
    kind: "testimonial",
    title: "A co-ordinator on the discovery sessions",
    quote:
      "So much of our research rests on technicians' skill, and so little of it is seen. This week everyone could see it.",
    who: "Dr Rowan Ellery",
    role: "Reader and co-ordinator of the appreciation week",
    occurredOn: "2022-09-30",
    pillars: ["recognition"],
    linkTo: [{ actionTitle: APPRECIATION }],
  },
  {
    institutionSlug: "lstm",
    kind: "case-study",
    title: "From research technician to research assistant",
    person: "Nadia Frost",
    roleThen: "Research technician, vector biology (2019)",
    roleNow: "Research assistant on a funded programme (2024)",
    whatHelped:
      "Being counted as an early career researcher, a mentor from the technician committee, and a training prize.",
    ownWords: "Nobody told me I couldn't move across, and then people showed me how.",
    occurredOn: "2024-03-01",
    pillars: ["career-development"],
    consent: { status: "given", on: "2024-05-10", scope: "Self-assessment submission and the public page" },
    linkTo: [
      { actionTitle: "Showcase case studies of technicians who have progressed (within LSTM and elsewhere)" },
      { talent: 2 },
    ],
  },
  {
    institutionSlug: "birmingham",
    kind: "event",
    title: "MI Talent roadshow: stand and workshops",
    eventType: "roadshow",
    occurredOn: "2022-05-16",
    attendance: 50,
    pillars: ["visibility", "career-development"],
    sessions: [{ title: "Stand and drop-in workshops", ranBy: "MI Talent team with the Technical Academy" }],
    linkTo: [{ talent: 3 }],
  },
  {
    institutionSlug: "birmingham",
    kind: "event",
    title: "MI Talent roadshow: Technical Academy stand and introduction",
    description: "Our own technicians told the story of their careers and what support had helped.",
    eventType: "roadshow",
    occurredOn: "2023-03-15",
    attendance: 50,
    pillars: ["visibility", "career-development"],
    sessions: [
      { title: "Introduction to the Technical Academy", ranBy: "Technical Academy team" },
      { title: "Career journeys, told by technicians", ranBy: "Elena Brooks, technical manager" },
    ],
  },
  {
    institutionSlug: "birmingham",
    kind: "event",
    title: "Cell culture training for Midlands technicians",
    description:
      "Three face-to-face sessions run by our teaching laboratories for technicians of the eight MI universities.",
    eventType: "training",
    occurredOn: "2023-06-14",
    endsOn: "2023-09-20",
    attendance: 19,
    pillars: ["career-development"],
    sessions: [
      { title: "Tissue culture in practice (June)", ranBy: "Tom Hadley, teaching laboratory manager" },
      { title: "Tissue culture in practice (July)", ranBy: "Tom Hadley, teaching laboratory manager" },
      { title: "Tissue culture in practice (September)", ranBy: "Tom Hadley, teaching laboratory manager" },
    ],
    feedback:
      "Participants valued the reassurance on technique, the time for questions and the resources to take away.",
  },
  {
    institutionSlug: "birmingham",
    kind: "testimonial",
    title: "A participant on the cell culture course",
    quote: "Welcoming, practical, and I left with notes I still use every week.",
    who: "A technician from a partner university",
    role: "Course participant",
    occurredOn: "2023-09-20",
    pillars: ["career-development"],
  },
  {
    institutionSlug: "birmingham",
    kind: "link",
    title: "Flow cytometry facilities meeting 2024, hosted by our technicians",
    description: "Run by technicians for technicians: 80 attendees from 34 organisations, 13 sponsors.",
    url: "https://www.rms.org.uk/rms-event-calendar/2024-events/flow-facilities-meeting-2024.html",
    occurredOn: "2024-04-01",
    pillars: ["visibility", "recognition"],
  },
  {
    institutionSlug: "birmingham",
    kind: "link",
    title: "News: technicians share their career journeys at the 2023 roadshow",
    url: "https://news.example.org/birmingham/technician-roadshow-2023",
    occurredOn: "2023-03-20",
    pillars: ["visibility"],
  },
  {
    institutionSlug: "birmingham",
    kind: "file",
    title: "Roadshow 2023 programme",
    description: "The one-page programme handed out at the 2023 roadshow.",
    occurredOn: "2023-03-15",
    pillars: ["visibility"],
    file: {
      name: "roadshow-2023-programme.pdf",
      lines: [
        "Technical Academy roadshow, 15 March 2023",
        "10:00 Stand opens",
        "11:00 Career journeys, told by technicians",
      ],
    },
  },
  {
    institutionSlug: "lstm",
    kind: "file",
    title: "Discovery sessions poster 2022",
    occurredOn: "2022-09-12",
    pillars: ["visibility"],
    file: {
      name: "discovery-sessions-2022.pdf",
      lines: [
        "Technician appreciation week",
        "Discovery sessions, 26 to 30 September 2022",
        "All staff and students welcome",
      ],
    },
  },
  {
    institutionSlug: "birmingham",
    kind: "document",
    title: "Technical Academy annual report 2023",
    heldBy: "Technical Academy office",
    occurredOn: "2023-12-01",
    pillars: ["sustainability"],
  },
  {
    institutionSlug: "birmingham",
    kind: "case-study",
    title: "From apprentice to permanent technician",
    person: "Leon Achterberg",
    roleThen: "Laboratory science apprentice (2020 cohort)",
    roleNow: "Technician on a permanent contract, life sciences",
    whatHelped:
      "A workplace mentor, day release to college, and a team that planned a post for the end of the apprenticeship.",
    ownWords: "I started by washing glassware and now I train the new apprentices.",
    occurredOn: "2023-10-01",
    pillars: ["career-development", "sustainability"],
    consent: {
      status: "given",
      on: "2024-01-15",
      scope: "Self-assessment submission, public page and case study booklet",
    },
  },
];
