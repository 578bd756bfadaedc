import { describe, expect, it } from "vitest";
import { TEMPLATES } from "./template-data";
import { templateSections } from "./template-sections";
import { TEMPLATE_KEYS, ZTemplateContent } from "./template-types";

const byKey = (key: string) => {
  const t = TEMPLATES.find((x) => x.key === key);
  if (!t) throw new Error(key);
  return { ...t, content: ZTemplateContent.parse(t.content) };
};

describe("the shipped templates", () => {
  it("are the three template keys, each valid content with its source named", () => {
    expect(TEMPLATES.map((t) => t.key).sort()).toEqual([...TEMPLATE_KEYS].sort());
    for (const t of TEMPLATES) {
      const parsed = ZTemplateContent.safeParse(t.content);
      expect(parsed.error?.issues ?? [], t.key).toEqual([]);
      expect(parsed.data?.source.length).toBeGreaterThan(40);
      expect(parsed.data?.questions.map((q) => q.id)).toEqual(
        parsed.data?.questions.map((_, i) => `q${i + 1}`),
      );
    }
  });

  it.each([
    // key, questions, structured parts in order, header, contact, TALENT, KEF named, verified
    [
      "renewal",
      8,
      "-, governance, rag-analysis, impact-evidence, talent, new-plan, technician-voice, public-page",
      "organisation, lead-names, email",
      "tc@itss.org.uk",
      "per-recommendation",
      true,
      true,
    ],
    [
      "stage-3",
      7,
      "-, governance, rag-analysis, impact-evidence, talent, new-plan, technician-voice, public-page",
      "organisation, lead-names, email, contact-number",
      "techscommit@gatsby.org.uk",
      "narrative",
      false,
      true,
    ],
    [
      "initial",
      7,
      "-, -, -, -, -, technician-voice, new-plan",
      "organisation, lead-names, email",
      "tc@itss.org.uk",
      "narrative",
      false,
      false,
    ],
  ] as const)(
    "%s: %i questions; parts %s; header %s; %s; TALENT %s; KEF %s; verified %s",
    (key, count, parts, header, contact, talent, kef, verified) => {
      const t = byKey(key);
      expect(t.content.questions).toHaveLength(count);
      expect(
        templateSections(t.content)
          .map((s) => s.structured ?? "-")
          .join(", "),
      ).toBe(parts);
      expect(t.content.header.join(", ")).toBe(header);
      expect(t.content.contactEmail).toBe(contact);
      expect(t.content.talentMode).toBe(talent);
      expect(t.content.crossReferenceSchemes.some((s) => s.includes("KEF"))).toBe(kef);
      expect(t.verified).toBe(verified);
    },
  );

  it("renewal: question 8 is the public page without a narrative; the cross-references name the five schemes", () => {
    const { content } = byKey("renewal");
    expect(content.questions[7]).toMatchObject({ number: "8", narrative: false, structured: "public-page" });
    expect(content.crossReferenceSchemes.join(" | ")).toMatch(
      /Athena Swan \| Race Equality Charter \| .*TEF.* \| .*REF.*People, Culture and Environment.* \| .*KEF/,
    );
    expect(content.due).toMatch(/three years/);
    expect(content.due).toMatch(/January.*July/);
  });

  it("stage 3: the technician voice is a part of question 6, whose help mentions it; no separate question", () => {
    const { content } = byKey("stage-3");
    const q6 = content.questions[5]!;
    expect(q6).toMatchObject({ structured: "new-plan", additionalParts: ["technician-voice"] });
    expect(q6.help).toMatch(/technicians took part/);
    expect(content.questions.filter((q) => q.structured === "technician-voice")).toEqual([]);
    expect(templateSections(content).map((s) => s.key)).toContain("q6.technician-voice");
  });

  it("initial: the organisation profile has a 250-word limit and the guidance says the form is unchecked", () => {
    const { content } = byKey("initial");
    expect(content.questions[0]).toMatchObject({ title: "Organisation profile", wordLimit: 250 });
    expect(content.due).toMatch(/12 to 18 months/);
    expect(content.guidance).toMatch(/not been checked/);
  });

  it("never copies the forms' own sentences", () => {
    const official = [
      "Please provide an overview of technical staff structures",
      "Please provide evidence that your previous action plans are having impact",
      "does not seek to dictate how organisations promote a positive culture",
      "Please confirm that your Technician Commitment status",
    ];
    const all = JSON.stringify(TEMPLATES);
    for (const sentence of official) expect(all).not.toContain(sentence);
  });
});

describe("ZTemplateContent's own checks", () => {
  const base = byKey("renewal").content;
  it.each([
    ["a repeated id", { questions: [base.questions[0], base.questions[0]] }, "questions.1.id"],
    [
      "neither narrative nor part",
      { questions: [{ ...base.questions[0], narrative: false, structured: null }] },
      "questions.0.narrative",
    ],
    [
      "a structured kind asked twice",
      { questions: [base.questions[1], { ...base.questions[2], structured: "governance" }] },
      "questions.1.structured",
    ],
    [
      "an additional part repeating another question's",
      {
        questions: [
          base.questions[5],
          { ...base.questions[6], structured: null, additionalParts: ["new-plan"] },
        ],
      },
      "questions.1.additionalParts",
    ],
    ["a word limit of 0", { questions: [{ ...base.questions[0], wordLimit: 0 }] }, "questions.0.wordLimit"],
  ])("refuses %s", (_label, change, path) => {
    const result = ZTemplateContent.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});
