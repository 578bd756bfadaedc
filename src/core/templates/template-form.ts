import type { TemplateContent } from "./template-types";

/**
 * The template editor's state as a form holds it (text and ticks), and the pure steps between it
 * and a template's content. The editor works without JavaScript: adding, removing and moving a
 * question are submit buttons whose `intent` this file applies to the posted form, so nothing is
 * saved until "Save" and nothing typed is lost on the way.
 */
export type QuestionForm = {
  id: string;
  number: string;
  title: string;
  help: string;
  required: boolean;
  narrative: boolean;
  wordLimit: string;
  structured: string;
  additionalParts: string[];
};

export type TemplateForm = {
  title: string;
  due: string;
  guidance: string;
  contactEmail: string;
  header: string[];
  talentMode: string;
  /** One scheme a line. */
  crossReferenceSchemes: string;
  source: string;
  questions: QuestionForm[];
};

export type EditIntent =
  | { kind: "save" }
  | { kind: "add" }
  | { kind: "remove" | "up" | "down"; index: number };

const QUESTION_FIELD = /^questions\.(\d+)\.(\w+)$/;
const TICKED = new Set(["yes", "on", "true"]);

export function formFromContent(content: TemplateContent): TemplateForm {
  return {
    title: content.title,
    due: content.due,
    guidance: content.guidance,
    contactEmail: content.contactEmail,
    header: [...content.header],
    talentMode: content.talentMode,
    crossReferenceSchemes: content.crossReferenceSchemes.join("\n"),
    source: content.source,
    questions: content.questions.map((q) => ({
      id: q.id,
      number: q.number,
      title: q.title,
      help: q.help,
      required: q.required,
      narrative: q.narrative,
      wordLimit: q.wordLimit === null ? "" : String(q.wordLimit),
      structured: q.structured ?? "",
      additionalParts: [...q.additionalParts],
    })),
  };
}

/**
 * Reads the posted fields ("title", "header" repeated, "questions.3.help"…). A question's
 * checkboxes send nothing when unticked, so each question also posts its hidden `id`, which is
 * what makes it exist here.
 */
export function formFromEntries(entries: Iterable<[string, unknown]>): TemplateForm {
  const form: TemplateForm = {
    title: "",
    due: "",
    guidance: "",
    contactEmail: "",
    header: [],
    talentMode: "",
    crossReferenceSchemes: "",
    source: "",
    questions: [],
  };
  const questions = new Map<number, QuestionForm>();
  const question = (i: number) => {
    let q = questions.get(i);
    if (!q) {
      q = {
        id: "",
        number: "",
        title: "",
        help: "",
        required: false,
        narrative: false,
        wordLimit: "",
        structured: "",
        additionalParts: [],
      };
      questions.set(i, q);
    }
    return q;
  };
  for (const [name, raw] of entries) {
    if (typeof raw !== "string") continue;
    const m = QUESTION_FIELD.exec(name);
    if (m) {
      const q = question(Number(m[1]));
      const field = m[2]!;
      if (field === "required" || field === "narrative") q[field] = TICKED.has(raw);
      else if (field === "additionalParts") q.additionalParts.push(raw);
      else if (field === "id" || field === "number" || field === "title" || field === "help") q[field] = raw;
      else if (field === "wordLimit" || field === "structured") q[field] = raw;
      continue;
    }
    if (name === "header") form.header.push(raw);
    else if (
      name === "title" ||
      name === "due" ||
      name === "guidance" ||
      name === "contactEmail" ||
      name === "talentMode" ||
      name === "crossReferenceSchemes" ||
      name === "source"
    )
      form[name] = raw;
  }
  form.questions = [...questions.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, q]) => q)
    .filter((q) => q.id !== "");
  return form;
}

/** The content to validate with ZTemplateContent: empty word limit → none, lines → schemes. */
export function contentFromForm(form: TemplateForm): Record<string, unknown> {
  return {
    title: form.title,
    due: form.due,
    guidance: form.guidance,
    contactEmail: form.contactEmail.trim(),
    header: form.header,
    talentMode: form.talentMode,
    crossReferenceSchemes: form.crossReferenceSchemes
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    source: form.source,
    questions: form.questions.map((q) => ({
      id: q.id,
      number: q.number,
      title: q.title,
      help: q.help,
      required: q.required,
      narrative: q.narrative,
      // A typed word that is not a number stays a string, so validation names the field.
      wordLimit:
        q.wordLimit.trim() === ""
          ? null
          : /^\d+$/.test(q.wordLimit.trim())
            ? Number(q.wordLimit)
            : q.wordLimit,
      structured: q.structured === "" ? null : q.structured,
      additionalParts: q.additionalParts,
    })),
  };
}

/** `intent` as the editor's buttons send it: "save", "add", "remove:2", "up:2", "down:2". */
export function parseIntent(value: unknown): EditIntent {
  if (value === "add") return { kind: "add" };
  const m = typeof value === "string" ? /^(remove|up|down):(\d+)$/.exec(value) : null;
  if (m) return { kind: m[1] as "remove" | "up" | "down", index: Number(m[2]) };
  return { kind: "save" };
}

/** The next free "qN" id: new questions never take an id a question of this form still has. */
export function nextQuestionId(ids: readonly string[]): string {
  const taken = ids
    .map((id) => /^q(\d+)$/.exec(id)?.[1])
    .filter(Boolean)
    .map(Number);
  return `q${Math.max(0, ...taken) + 1}`;
}

const isSequential = (qs: readonly QuestionForm[]) => qs.every((q, i) => q.number.trim() === String(i + 1));

/**
 * Adds, removes or moves a question. Printed numbers follow the new order only when they were
 * 1, 2, 3… before: a form numbered its own way ("5a") keeps the numbers the editor typed.
 */
export function applyIntent(form: TemplateForm, intent: EditIntent): TemplateForm {
  if (intent.kind === "save") return form;
  const qs = [...form.questions];
  const renumber = isSequential(qs);
  if (intent.kind === "add") {
    qs.push({
      id: nextQuestionId(qs.map((q) => q.id)),
      number: String(qs.length + 1),
      title: "",
      help: "",
      required: true,
      narrative: true,
      wordLimit: "",
      structured: "",
      additionalParts: [],
    });
  } else {
    const i = intent.index;
    if (i < 0 || i >= qs.length) return form;
    if (intent.kind === "remove") qs.splice(i, 1);
    else {
      const j = intent.kind === "up" ? i - 1 : i + 1;
      if (j < 0 || j >= qs.length) return form;
      [qs[i], qs[j]] = [qs[j]!, qs[i]!];
    }
  }
  return {
    ...form,
    questions: renumber ? qs.map((q, i) => ({ ...q, number: String(i + 1) })) : qs,
  };
}

/**
 * The form as text fields for the stale-save comparison. Questions are keyed by id, not place,
 * so a question someone else moved is compared with itself.
 */
export function comparableFields(form: TemplateForm): Record<string, string> {
  const out: Record<string, string> = {
    title: form.title,
    due: form.due,
    guidance: form.guidance,
    contactEmail: form.contactEmail,
    header: form.header.join(", "),
    talentMode: form.talentMode,
    crossReferenceSchemes: form.crossReferenceSchemes,
    source: form.source,
    order: form.questions.map((q) => q.id).join(", "),
  };
  for (const q of form.questions) {
    out[`q:${q.id}.number`] = q.number;
    out[`q:${q.id}.title`] = q.title;
    out[`q:${q.id}.help`] = q.help;
    out[`q:${q.id}.required`] = q.required ? "yes" : "no";
    out[`q:${q.id}.narrative`] = q.narrative ? "yes" : "no";
    out[`q:${q.id}.wordLimit`] = q.wordLimit;
    out[`q:${q.id}.structured`] = q.structured;
    out[`q:${q.id}.additionalParts`] = q.additionalParts.join(", ");
  }
  return out;
}

/** Every field either copy has, in a stable order, for the comparison table. */
export function comparedFieldNames(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

/** The form as posted fields, lists repeated (a request built in a test, or a hidden copy). */
export function formEntries(form: TemplateForm): [string, string][] {
  const out: [string, string][] = [
    ["title", form.title],
    ["due", form.due],
    ["guidance", form.guidance],
    ["contactEmail", form.contactEmail],
    ...form.header.map((h): [string, string] => ["header", h]),
    ["talentMode", form.talentMode],
    ["crossReferenceSchemes", form.crossReferenceSchemes],
    ["source", form.source],
  ];
  form.questions.forEach((q, i) => {
    const at = (field: string) => `questions.${i}.${field}`;
    out.push([at("id"), q.id], [at("number"), q.number], [at("title"), q.title], [at("help"), q.help]);
    if (q.required) out.push([at("required"), "yes"]);
    if (q.narrative) out.push([at("narrative"), "yes"]);
    out.push([at("wordLimit"), q.wordLimit], [at("structured"), q.structured]);
    for (const part of q.additionalParts) out.push([at("additionalParts"), part]);
  });
  return out;
}
