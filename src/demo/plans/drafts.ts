import type { DemoPlan } from "./demo-plan-types";

/**
 * One unpublished draft per institution for the next cycle, 2027–2030: invented (the seeds end in 2027),
 * a few actions each, one carried forward from the current plan, no ratings. Periods follow on from the
 * current plans' periods.
 */
export const LSTM_2027_DRAFT: DemoPlan = {
  key: "lstm-2027-draft",
  institutionSlug: "lstm",
  title: "LSTM Technician Commitment Action Plan 2027–2030 (draft)",
  startsOn: "2027-08-01",
  endsOn: "2030-07-31",
  status: "draft",
  ragScaleId: "progress",
  previousKey: "lstm-2024",
  pillarAims: {
    visibility: "Technicians' work is part of how LSTM describes its research.",
    recognition: "Recognition of technicians is routine, not a campaign.",
    "career-development": "Every technician knows their next career step and how to reach it.",
    sustainability: "The Commitment is run by funded staff, with technicians steering it.",
  },
  actions: [
    {
      key: "lstm-2027-draft-cd-1",
      referenceAsPublished: "CD1",
      title: "Publish and use the technician job family tree",
      pillars: ["career-development"],
      primaryPillar: "career-development",
      notes: "Finish the job family tree started in 2024–27 and use it in PDCs and regrade requests.",
      timescaleText: "July 2028",
      markers: [{ text: "Is the job family tree published and referred to in PDC guidance?" }],
      leadName: "Tomasz",
      carriedFromKey: "lstm-2024-cd-2",
    },
    {
      key: "lstm-2027-draft-r-1",
      referenceAsPublished: "R1",
      title: "Technician award category in the LSTM Awards",
      pillars: ["recognition"],
      primaryPillar: "recognition",
      notes: "Ask for a dedicated technician category, alongside nominations in the open categories.",
      timescaleText: "Ongoing",
      markers: [{ text: "Has a technician category been added to the LSTM Awards?" }],
      leadName: "Jordan",
      leadEmail: "lead@lstm.demo",
    },
    {
      key: "lstm-2027-draft-s-1",
      referenceAsPublished: "S1",
      title: "Shared technical platforms with technician-led training",
      pillars: ["sustainability", "career-development"],
      primaryPillar: "sustainability",
      notes: "As laboratories move to shared platforms, each platform has a technician who trains its users.",
      timescaleText: "July 2029",
      markers: [{ text: "Does every shared platform have a named technician trainer?" }],
      leadName: "Imani",
    },
  ],
};

export const BIRMINGHAM_2027_DRAFT: DemoPlan = {
  key: "birmingham-2027-draft",
  institutionSlug: "birmingham",
  title: "Technical Academy Action Plan 2027–2030 (draft)",
  startsOn: "2027-10-01",
  endsOn: "2030-09-30",
  status: "draft",
  ragScaleId: "five-point",
  previousKey: "birmingham-2024",
  pillarAims: {
    visibility: "Technicians' expertise is visible in the University's research and teaching stories.",
    recognition: "Technicians' contributions are credited in papers, impact cases and awards.",
    "career-development": "Career pathways are used in every PDR, with training to match.",
    sustainability: "Most technical posts are permanent and planned for.",
  },
  actions: [
    {
      key: "birmingham-2027-draft-1",
      title: "Complete the move away from recurrent fixed-term contracts for technical staff",
      pillars: ["sustainability"],
      primaryPillar: "sustainability",
      aims: "Secure employment for the technical workforce.",
      plannedOutcomes: [
        "Permanent contracts are the default for technical roles funded from several sources",
      ],
      markers: [{ text: "A larger share of technical staff on permanent contracts than in 2027" }],
      timescaleText: "Ongoing throughout the 36 month period",
      owner: "TA Steering Group",
      carriedFromKey: "birmingham-2024-10",
    },
    {
      key: "birmingham-2027-draft-2",
      title: "Credit technicians in REF and impact case studies",
      pillars: ["recognition", "visibility"],
      primaryPillar: "recognition",
      aims: "Make technicians' part in research outcomes visible.",
      plannedOutcomes: ["Guidance for authors of impact cases on naming technical contributions"],
      markers: [{ text: "More impact cases that name technical contributions" }],
      timescaleText: "January 2029",
      owner: "TA Operations Group",
    },
  ],
};
