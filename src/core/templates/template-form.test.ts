import { describe, expect, it } from "vitest";
import { TEMPLATES } from "./template-data";
import {
  applyIntent,
  comparableFields,
  contentFromForm,
  formEntries,
  formFromContent,
  formFromEntries,
  nextQuestionId,
  parseIntent,
  type TemplateForm,
} from "./template-form";
import { partSectionKey, sectionFor, templateSections } from "./template-sections";
import { ZTemplateContent } from "./template-types";

const renewal = ZTemplateContent.parse(TEMPLATES[0]!.content);
const stage3 = ZTemplateContent.parse(TEMPLATES[1]!.content);

const form = (numbers: string[]): TemplateForm => ({
  ...formFromContent(renewal),
  questions: numbers.map((n, i) => ({
    ...formFromContent(renewal).questions[0]!,
    id: `q${i + 1}`,
    number: n,
    title: `T${i + 1}`,
  })),
});
const shape = (f: TemplateForm) => f.questions.map((q) => `${q.id}:${q.number}`).join(" ");

describe("the editor's intents", () => {
  it.each([
    ["save", { kind: "save" }],
    ["add", { kind: "add" }],
    ["remove:2", { kind: "remove", index: 2 }],
    ["up:0", { kind: "up", index: 0 }],
    ["down:11", { kind: "down", index: 11 }],
    ["sideways:1", { kind: "save" }],
    [null, { kind: "save" }],
  ])("%s → %o", (value, intent) => {
    expect(parseIntent(value)).toEqual(intent);
  });

  it.each([
    // numbers before, intent, after
    [["1", "2", "3"], "add", "q1:1 q2:2 q3:3 q4:4"],
    [["1", "2", "3"], "remove:0", "q2:1 q3:2"],
    [["1", "2", "3"], "up:2", "q1:1 q3:2 q2:3"],
    [["1", "2", "3"], "down:0", "q2:1 q1:2 q3:3"],
    [["1", "2", "3"], "up:0", "q1:1 q2:2 q3:3"],
    [["1", "2", "3"], "down:2", "q1:1 q2:2 q3:3"],
    [["1", "2", "3"], "remove:7", "q1:1 q2:2 q3:3"],
    // Numbered its own way: the editor's numbers stay.
    [["1", "2a", "2b"], "up:2", "q1:1 q3:2b q2:2a"],
    [["1", "2a", "2b"], "add", "q1:1 q2:2a q3:2b q4:4"],
  ])("%j with %s → %s", (numbers, intent, after) => {
    expect(shape(applyIntent(form(numbers), parseIntent(intent)))).toBe(after);
  });

  it("a new question is required, has a narrative and no title yet", () => {
    const added = applyIntent(form(["1"]), { kind: "add" }).questions[1];
    expect(added).toMatchObject({ id: "q2", title: "", required: true, narrative: true, structured: "" });
  });

  it.each([
    [[], "q1"],
    [["q1", "q2"], "q3"],
    [["q1", "q7", "intro"], "q8"],
  ])("next id after %j is %s", (ids, next) => {
    expect(nextQuestionId(ids)).toBe(next);
  });
});

describe("form ⇄ content", () => {
  it.each([
    ["renewal", renewal],
    ["stage 3 (an additional part)", stage3],
  ])("%s goes through the posted fields and back unchanged", (_label, content) => {
    const back = ZTemplateContent.parse(
      contentFromForm(formFromEntries(formEntries(formFromContent(content)))),
    );
    expect(back).toEqual(content);
  });

  it("reads unticked boxes as no, word limits as numbers or none, and schemes a line each", () => {
    const posted = formFromEntries([
      ["title", "T"],
      ["crossReferenceSchemes", "Athena Swan\r\n\r\n  KEF  "],
      ["questions.1.id", "q9"],
      ["questions.1.title", "Second"],
      ["questions.0.id", "q1"],
      ["questions.0.title", "First"],
      ["questions.0.required", "yes"],
      ["questions.0.wordLimit", " 250 "],
      ["questions.1.wordLimit", "many"],
      ["questions.5.title", "no id: not a question"],
    ]);
    expect(posted.questions.map((q) => q.id)).toEqual(["q1", "q9"]);
    const content = contentFromForm(posted) as { questions: Record<string, unknown>[] } & Record<
      string,
      unknown
    >;
    expect(content.crossReferenceSchemes).toEqual(["Athena Swan", "KEF"]);
    expect(content.questions[0]).toMatchObject({ required: true, narrative: false, wordLimit: 250 });
    expect(content.questions[1]).toMatchObject({ required: false, wordLimit: "many", structured: null });
    const checked = ZTemplateContent.safeParse({ ...renewal, questions: content.questions });
    expect(checked.error?.issues.find((i) => i.path.join(".") === "questions.1.wordLimit")?.message).toBe(
      "Enter the word limit as a whole number, or leave it empty.",
    );
  });

  it("compares questions by id, so a moved question is compared with itself", () => {
    const mine = formFromContent(renewal);
    const theirs = applyIntent(mine, { kind: "down", index: 0 });
    const a = comparableFields(mine);
    const b = comparableFields(theirs);
    const differing = Object.keys(a).filter((k) => a[k] !== b[k]);
    expect(differing).toEqual(["order", "q:q1.number", "q:q2.number"]);
  });
});

describe("sections", () => {
  it("are the questions in order, with an additional part right after its question", () => {
    expect(templateSections(stage3).map((s) => `${s.key}/${s.kind}/${s.number}`)).toEqual([
      "q1/question/1",
      "q2/question/2",
      "q3/question/3",
      "q4/question/4",
      "q5/question/5",
      "q6/question/6",
      "q6.technician-voice/part/6",
      "q7/question/7",
    ]);
    expect(sectionFor(stage3, "technician-voice")).toMatchObject({
      key: partSectionKey("q6", "technician-voice"),
      narrative: false,
      // Warned about when empty, never blocking: the question itself is what must be answered.
      required: false,
    });
    expect(sectionFor(renewal, "technician-voice")?.key).toBe("q7");
    expect(sectionFor({ questions: [] }, "talent")).toBeUndefined();
  });
});
