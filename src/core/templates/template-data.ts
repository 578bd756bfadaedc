import type { z } from "zod";
import type { TemplateKey, ZTemplateContent } from "./template-types";

/**
 * The three templates the product ships, as version 1 of each. The wording is ours: faithful short
 * summaries of the forms named in `source`, never their paragraphs. A deployment loads the
 * official wording through the central team's editor, which makes a new version.
 *
 * `verified` says the question set was taken from a real form (the two 2024 seed submissions
 * carry theirs); the Initial form was rebuilt from notes on an older form, so it starts unverified
 * until the central team checks and publishes it.
 *
 * Typed as ZTemplateContent's input (zod fills the defaults); template-data.test.ts parses each.
 */
export type TemplateData = {
  key: TemplateKey;
  name: string;
  verified: boolean;
  content: z.input<typeof ZTemplateContent>;
};

const SHARED_GUIDANCE = {
  culture:
    "How an institution builds a good culture for its technicians is for the institution and its technical, research and academic staff to agree; the Commitment does not prescribe it.",
  minimum:
    "As a minimum, state on a dedicated web page that people can find that you are a signatory, publish your action plan there, and name a contact.",
  voice: "Show that technicians themselves (the 'technician voice') took part in shaping the action plan.",
  community:
    "Good practice from self-assessments is shared across the signatories, and institutional leads meet in forums to learn from each other.",
  signOff:
    "The finished action plan should be signed off at the top of the institution, for example by the Vice-Chancellor, President or Director.",
};

const RENEWAL: TemplateData = {
  key: "renewal",
  name: "Renewal self-assessment and action plan",
  verified: true,
  content: {
    title: "Renewal self-assessment and action plan",
    due: "Every three years after the initial self-assessment, in one of the two windows each year: the end of January or the end of July.",
    guidance: [
      "For institutions that have made their initial self-assessment (12 to 18 months after signing). A renewal looks back at the previous action plan with a red, amber and green (RAG) status report, shows evidence of progress and engagement, and sets out a new 36-month action plan.",
      SHARED_GUIDANCE.culture,
      `${SHARED_GUIDANCE.minimum} ${SHARED_GUIDANCE.voice}`,
      SHARED_GUIDANCE.community,
      "References to other reviews that mention technicians are welcome: how you advance equality, diversity and inclusion for technicians (for example in Athena Swan or Race Equality Charter submissions), and TEF, KEF, or REF environment and People, Culture and Environment statements. Show how you are acting on the TALENT Commission's recommendations.",
      `${SHARED_GUIDANCE.signOff} Send the form and any appendices as one PDF named with the institution and the month and year of submission.`,
    ].join("\n\n"),
    contactEmail: "tc@itss.org.uk",
    header: ["organisation", "lead-names", "email"],
    talentMode: "per-recommendation",
    crossReferenceSchemes: [
      "Athena Swan",
      "Race Equality Charter",
      "Teaching Excellence Framework (TEF)",
      "Research Excellence Framework (REF) environment / People, Culture and Environment statement",
      "Knowledge Exchange Framework (KEF)",
    ],
    source:
      "Summarised in our own words from the Technician Commitment's Renewal Self-Assessment & Action Plan guidance and form (ITSS), as printed in a renewal submitted in July 2024.",
    questions: [
      {
        id: "q1",
        number: "1",
        title: "How technical staff are organised, and what has changed since signing",
        help: "Describe the structure of your technical staff (numbers, roles, grades, reporting lines) and the changes since you signed the Commitment. Figures over time, such as headcount, help.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: null,
      },
      {
        id: "q2",
        number: "2",
        title: "Governance, leadership, reporting, resources and engagement",
        help: "Who leads the Commitment in your institution, how it is governed and where it reports, how it is resourced, and how you engage with others inside and beyond the institution. Say how this has developed since you signed.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "governance",
      },
      {
        id: "q3",
        number: "3",
        title: "RAG analysis of your previous 36-month action plan",
        help: "Give each action of the previous plan a status: green for done, amber for in progress, red for not yet carried out. Explain every red. You may give the analysis here or as an appendix.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "rag-analysis",
      },
      {
        id: "q4",
        number: "4",
        title: "Evidence that your previous action plans are having an impact",
        help: "For example links to initiatives, web pages, testimonials, articles or blog posts, each with a few words on what it shows.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "impact-evidence",
      },
      {
        id: "q5",
        number: "5",
        title: "How you are acting on the TALENT Commission's recommendations",
        help: "Answer the recommendations that apply to you one by one, citing each recommendation once.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "talent",
      },
      {
        id: "q6",
        number: "6",
        title: "Your new 36-month action plan",
        help: "Set out how you will keep addressing the Commitment's four pillars, how you will show the impact, and how the work will be resourced. You may give the plan here or as an appendix.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "new-plan",
      },
      {
        id: "q7",
        number: "7",
        title: "How the technician voice shaped the new plan",
        help: "Show how technicians took part in developing and forming the 36-month plan: the activities, who took part, and what changed as a result.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "technician-voice",
      },
      {
        id: "q8",
        number: "8",
        title: "Your public web page",
        help: "Confirm that your signatory status and your three-year action plan are published on your institution's website, and give the page's address.",
        required: true,
        narrative: false,
        wordLimit: null,
        structured: "public-page",
      },
    ],
  },
};

const STAGE_3: TemplateData = {
  key: "stage-3",
  name: "Stage 3 self-assessment and action plan",
  verified: true,
  content: {
    title: "Stage 3 self-assessment and action plan",
    due: "For the older staged cycle: about six years after the first submission, on the timetable of the institution's signing cohort (January 2024 to January 2026).",
    guidance: [
      "For institutions that made their Stage 1 and Stage 2 self-assessments, one and three years after signing. Stage 3 looks back at past action plans with a red, amber and green (RAG) status report, shows evidence of progress and engagement, and sets out a further 36-month action plan.",
      SHARED_GUIDANCE.culture,
      `${SHARED_GUIDANCE.minimum} ${SHARED_GUIDANCE.voice}`,
      SHARED_GUIDANCE.community,
      "References to other reviews that mention technicians are welcome: how you advance equality, diversity and inclusion for technicians (for example in Athena Swan or Race Equality Charter submissions), and TEF submissions or REF environment statements. Show how you are acting on the TALENT Commission's recommendations.",
      "The Steering Board picks a small number of submissions for active review with the institution.",
      SHARED_GUIDANCE.signOff,
    ].join("\n\n"),
    contactEmail: "techscommit@gatsby.org.uk",
    header: ["organisation", "lead-names", "email", "contact-number"],
    talentMode: "narrative",
    crossReferenceSchemes: [
      "Athena Swan",
      "Race Equality Charter",
      "Teaching Excellence Framework (TEF)",
      "Research Excellence Framework (REF) environment statement",
    ],
    source:
      "Summarised in our own words from the Technician Commitment's Stage 3 Self-Assessment & Action Plan guidance and form (Steering Board, hosted with the Gatsby Foundation), as printed in a Stage 3 submission of August 2024.",
    questions: [
      {
        id: "q1",
        number: "1",
        title: "How technical staff are organised, and what has changed in the past six years",
        help: "Describe the structure of your technical staff (numbers, roles, grades, reporting lines) and the changes over the past six years in response to the Commitment. Diagrams are welcome, with a text description.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: null,
      },
      {
        id: "q2",
        number: "2",
        title: "Governance, leadership, reporting, resources and engagement",
        help: "Who leads the Commitment in your institution, how it is governed and where it reports, how it is resourced, and how you engage with others inside and beyond the institution. Say how this has developed since you signed.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "governance",
      },
      {
        id: "q3",
        number: "3",
        title: "RAG analysis of your previous 36-month action plan",
        help: "Give each action of the previous plan a status: green for done, amber for in progress, red for not yet carried out. Explain every red.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "rag-analysis",
      },
      {
        id: "q4",
        number: "4",
        title: "Evidence that your previous action plans are having an impact",
        help: "For example links to initiatives, web pages, testimonials, articles or blog posts.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "impact-evidence",
      },
      {
        id: "q5",
        number: "5",
        title: "How you are acting on the TALENT Commission's recommendations",
        help: "Describe in one answer how your institution is taking the recommendations forward; you may name the recommendations you refer to.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "talent",
      },
      {
        id: "q6",
        number: "6",
        title: "Your new 36-month action plan, and how the technician voice shaped it",
        help: "Set out how you will keep addressing the Commitment's themes, how you will show the impact and how the work will be resourced (here or as an appendix). Show too how technicians took part in developing and forming the plan.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "new-plan",
        additionalParts: ["technician-voice"],
      },
      {
        id: "q7",
        number: "7",
        title: "Your public web page",
        help: "Confirm that your signatory status and your three-year action plan are published on your institution's website, and give the page's address.",
        required: true,
        narrative: false,
        wordLimit: null,
        structured: "public-page",
      },
    ],
  },
};

const INITIAL: TemplateData = {
  key: "initial",
  name: "Initial self-assessment and action plan",
  verified: false,
  content: {
    title: "Initial self-assessment and action plan",
    due: "12 to 18 months after the institution's signatory status is announced, in a window ending at the end of January or the end of July.",
    guidance: [
      "The first self-assessment after signing: where technicians in the institution stood before it signed, what has happened since, and an action plan under the Commitment's four pillars: visibility, recognition, career development and sustainability.",
      `${SHARED_GUIDANCE.minimum} ${SHARED_GUIDANCE.voice}`,
      SHARED_GUIDANCE.signOff,
      "This form was rebuilt from notes on an older version of the Initial (Stage 1) form and has not been checked against the current one.",
    ].join("\n\n"),
    contactEmail: "tc@itss.org.uk",
    header: ["organisation", "lead-names", "email"],
    talentMode: "narrative",
    crossReferenceSchemes: [],
    source:
      "Rebuilt in our own words from research notes on the older Stage 1 form, 'Evaluating Impact through Self-Assessment & Future Action Planning' (a 2019 example), and the current guidance's description of the Initial self-assessment. Not checked against the current Initial form.",
    questions: [
      {
        id: "q1",
        number: "1",
        title: "Organisation profile",
        help: "A short description of your institution: its size, its mission and where technicians work in it.",
        required: true,
        narrative: true,
        wordLimit: 250,
        structured: null,
      },
      {
        id: "q2",
        number: "2",
        title: "Who counts as a technician in your institution",
        help: "How your institution defines technicians and technical specialists for the Commitment.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: null,
      },
      {
        id: "q3",
        number: "3",
        title: "How many technicians you employ",
        help: "The number of technicians, and how you counted them.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: null,
      },
      {
        id: "q4",
        number: "4",
        title: "Before signing",
        help: "Where technicians stood before the institution signed the Commitment: what already supported their visibility, recognition, career development and sustainability.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: null,
      },
      {
        id: "q5",
        number: "5",
        title: "Since signing",
        help: "What the institution has done since signing, and how the Commitment is led and governed.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: null,
      },
      {
        id: "q6",
        number: "6",
        title: "The technician voice",
        help: "How technicians took part in the self-assessment and in shaping the action plan.",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "technician-voice",
      },
      {
        id: "q7",
        number: "7",
        title: "Your action plan",
        help: "Your action plan under the four pillars, with measurable outcomes, timescales and owners. (The older form asked for a 24-month plan; renewals ask for 36 months.)",
        required: true,
        narrative: true,
        wordLimit: null,
        structured: "new-plan",
      },
    ],
  },
};

export const TEMPLATES: readonly TemplateData[] = [RENEWAL, STAGE_3, INITIAL];
