import type { GovernanceData, TalentData } from "./demo-section-shapes";

/**
 * What LSTM's 2024 renewal and its 2027 draft share: the committee, the committees with technician
 * representation, and the TALENT answers (the draft copies them forward and updates them).
 *
 * People are fictional: the chair and co-chair are the demo's lead and editor; the members are the
 * committee leads of the 2024–27 plan (Tomasz, Imani) and a fifth member who leads no action, as in
 * the seed. Representatives are the technicians who ran the 2022 discovery sessions
 * (src/demo/evidence.ts). The seed names the committees but not since when: the years are invented.
 */

export const LSTM_TECHNICIAN_COMMITTEE = {
  chair: "Jordan Pike",
  coChairs: ["Morgan Reyes"],
  members: ["Tomasz Wilk", "Imani Baptiste", "Hollie Marsden"],
};

export const LSTM_COMMITTEES: GovernanceData["committees"] = [
  {
    name: "Career Development of Researchers committee (CaDRe)",
    technicianRepresented: true,
    representative: "Jordan Pike",
    since: "2020",
  },
  {
    name: "Early Career Researchers group",
    technicianRepresented: true,
    representative: "Dara Quinn",
    since: "2021",
  },
  { name: "Lab Users Group", technicianRepresented: true, representative: "Kai Whitlow", since: "2020" },
  {
    name: "Sustainability and Environment group",
    technicianRepresented: true,
    representative: "Owen Pryce",
    since: "2022",
  },
  { name: "LGBTQ+ Network", technicianRepresented: true, representative: "Imani Baptiste", since: "2021" },
  {
    name: "Animal Welfare and Ethical Review Body",
    technicianRepresented: true,
    representative: "Ines Moreau",
    since: "2021",
  },
  {
    name: "Biological Safety Committee",
    technicianRepresented: true,
    representative: "Sunita Rao",
    since: "2020",
  },
  {
    name: "Professional and Career Development group (PACE)",
    technicianRepresented: true,
    representative: "Dr Lorna Fitch, executive sponsor for technicians",
    since: "2022",
  },
  {
    name: "Research Committee",
    technicianRepresented: true,
    representative: "Jordan Pike, as chair of the Technical Forum committee",
    since: "June 2024",
  },
];

const COMMITTEE_LIST =
  "CaDRe, the Early Career Researchers group, the Lab Users Group, Sustainability and Environment, the LGBTQ+ Network, the Animal Welfare and Ethical Review Body and the Biological Safety Committee";

/** Plain text, as the TALENT answers are stored: paragraphs separated by a blank line. */
export const LSTM_TALENT_ANSWERS: TalentData["answers"] = [
  {
    recommendationId: { $talent: 1 },
    text: "LSTM has a well-used redeployment process: managers who are hiring are asked first to consider staff whose contracts are about to end. HR also sends upcoming vacancies to everyone with less than six months left on their contract, so no one misses an opening.",
  },
  {
    recommendationId: { $talent: 2 },
    text: "LSTM counts as early career researchers all research staff on fixed-term contracts or contracts that depend on funding, and that includes technicians. Technicians therefore take part in the early career community and its events. Staff move between the research and technical pathways: several research technicians have been promoted to research assistant posts.",
  },
  {
    recommendationId: { $talent: 3 },
    text: "After our outreach work, LSTM hosted students on In2Science UK placements: 10 in 2023 and 17 in 2024. The free programme gives 16 to 19 year olds a work placement and online workshops. Most of the students work alongside technicians, so they see technical careers at first hand, and our technicians gain experience of teaching and supervising.",
  },
  {
    recommendationId: { $talent: 4 },
    text: "We have invited speakers from industry to talk about technical careers, and should do so more often. In 2023 we took on our first level 3 apprentice technician, and we hope to grow the scheme to widen access.",
  },
  {
    recommendationId: { $talent: 5 },
    text: "Technical expertise is not yet part of every recruitment to a technical role, but in some recent appointments technicians took part from the advert to the interview. We will learn from these and build the good practice into our recruitment process.",
  },
  {
    recommendationId: { $talent: 6 },
    text: "LSTM is reviewing how its laboratories are managed and how to move towards shared technical platforms. Platforms run by specialist technicians offer them a career path and give the School a reason to keep their skills.",
  },
  {
    recommendationId: { $talent: 7 },
    text: "Our regrade process is clear and gives a route upwards. We still need consistent job descriptions for each grade, and clear criteria for progression on the technical career pathway: the job family tree in our new plan (CD2) addresses this.",
  },
  {
    recommendationId: { $talent: 8 },
    text: "LSTM has recently joined the North West Technician Network, which should bring partnerships of this kind. We know this is an area where we can do better.",
  },
  {
    recommendationId: { $talent: 9 },
    text: "We believe technicians take up the opportunities LSTM offers, but we need to measure it. The new plan counts attendance at the appreciation days and take-up of mentoring.",
  },
  {
    recommendationId: { $talent: 10 },
    text: "Equality, diversity and inclusion are the work of the Equality & Inclusion Committee, the Athena Swan self-assessment team and the staff networks (BAME, LGBTQ+, Disability and Carers). They serve all staff, technicians included. LSTM holds an Athena Swan silver award and plans to apply to the Race Equality Charter in 2025.",
  },
  {
    recommendationId: { $talent: 11 },
    text: "LSTM sponsors technician appreciation days every September since 2022, publicised across the School so that everyone thinks about what technicians contribute. Technicians' profiles are on the website, though they need updating more often and linking from group pages. Our publication policy says clearly when technical work earns authorship, and many technicians have built a publication record here.",
  },
  {
    recommendationId: { $talent: 12 },
    text: "In 2023 LSTM took part in the CEDAR survey of the research environment, working conditions, career hopes and development of research staff and their managers. We will look at the answers of those who identify as technical staff. Over the next year we will work towards clearer definitions of technical career pathways, using what ITSS makes available.",
  },
  {
    recommendationId: { $talent: 13 },
    text: "As we move towards shared technical platforms we will build costing models that include technical expertise in access charges. We will keep working with our research support teams so that technicians' career progression is costed into research projects.",
  },
  {
    recommendationId: { $talent: 14 },
    text: `Technicians sit on committees and groups across the School: ${COMMITTEE_LIST}. An executive sponsor represents technicians on the Professional and Career Development group (PACE).`,
  },
  {
    recommendationId: { $talent: 15 },
    text: "Within the School we have answered this by putting technicians on many more committees (point 14).",
  },
  {
    recommendationId: { $talent: 16 },
    text: "We share ITSS opportunities, such as knowledge exchange placements and technical leadership programmes, widely with our technical staff.",
  },
];
