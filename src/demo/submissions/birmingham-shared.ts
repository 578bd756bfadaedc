/**
 * What Birmingham's Stage 3 submission and its renewal draft share: the header. The two leads and
 * their roles are the demo's fictional people (demo-data.ts, `birmingham.leadName`); the telephone
 * number is in Ofcom's range kept for drama (0121 496 0000–0999), so it reaches no one.
 */
export const BIRMINGHAM_LEAD_NAMES =
  "Professor Ada Whitfield, Pro-Vice-Chancellor for Research, and Dr Sam Okafor, Director of Operations, College of Medicine and Health";

export const BIRMINGHAM_PHONE = "0121 496 0742";
