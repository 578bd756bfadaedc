import type { InstitutionRole } from "../core/actor";

/**
 * Demo content modelled on the two seed submissions (see docs/seed-coverage.md): the
 * institutions' names, types and public pages are the seeds' facts; every person is fictional.
 * Signing dates are not stated in the seeds; they are inferred and say so in seed-coverage.md.
 */
export const DEMO_PASSWORD = "commitment-demo";

export type DemoInstitution = {
  slug: string;
  name: string;
  type: "signatory" | "supporter";
  signingDate: string;
  leadName: string;
  contactName: string;
  contactEmail: string;
  publicUrl: string;
  people: { email: string; name: string; role: InstitutionRole }[];
};

export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  {
    slug: "birmingham",
    name: "University of Birmingham",
    type: "signatory",
    signingDate: "2018-04-01",
    leadName: "Professor Ada Whitfield and Dr Sam Okafor",
    contactName: "Dr Sam Okafor",
    contactEmail: "lead@birmingham.demo",
    publicUrl: "https://www.birmingham.ac.uk/staff/excellence/professional/technical-academy/index.aspx",
    people: [
      { email: "lead@birmingham.demo", name: "Dr Sam Okafor", role: "lead" },
      { email: "editor@birmingham.demo", name: "Priya Lal", role: "editor" },
      { email: "signatory@birmingham.demo", name: "Professor Martin Hale", role: "signatory" },
    ],
  },
  {
    slug: "lstm",
    name: "Liverpool School of Tropical Medicine",
    type: "signatory",
    signingDate: "2018-06-01",
    leadName: "Jordan Pike",
    contactName: "Jordan Pike",
    contactEmail: "lead@lstm.demo",
    publicUrl: "https://www.lstmed.ac.uk/research/lstm-technician-commitment",
    people: [
      { email: "lead@lstm.demo", name: "Jordan Pike", role: "lead" },
      { email: "editor@lstm.demo", name: "Morgan Reyes", role: "editor" },
      { email: "signatory@lstm.demo", name: "Professor Ruth Adeyemi", role: "signatory" },
    ],
  },
];

export const DEMO_CENTRAL = { email: "team@technician-commitment.demo", name: "Alex Mercer" };

export const DEMO_ACCOUNTS = [
  ...DEMO_INSTITUTIONS.flatMap((i) => i.people.map((p) => ({ ...p, institution: i.name }))),
  { ...DEMO_CENTRAL, role: "central team" as const, institution: "Technician Commitment team" },
];
