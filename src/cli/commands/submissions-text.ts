import { z } from "zod";
import { findingPath } from "../../core/submissions/readiness-href";
import { BLOCK_LABELS, SIGNATURE_BLOCKS, STATE_LABELS } from "../../core/submissions/submission-rules";
import { windowLabel } from "../../core/windows/windows";
import { formatTimestamp, table } from "../output";
import { expectShape, slugPath } from "../remote";
import { shorten } from "./plans";

/*
 * What `hub check` and `hub submissions` print, read through shapes that the use-cases' results and
 * the API's JSON both have (local results carry Dates, remote ones ISO strings).
 */

const ZState = z.enum(["draft", "ready", "signed", "submitted"]);

export const ZShownReport = z.object({
  submission: z.object({
    id: z.string(),
    slug: z.string(),
    institution: z.string(),
    windowCloses: z.string(),
    state: ZState,
  }),
  findings: z.array(
    z.object({
      severity: z.enum(["blocking", "warning"]),
      message: z.string(),
      href: z.string(),
      url: z.string().optional(),
    }),
  ),
  blocking: z.number(),
  warnings: z.number(),
  blocked: z.boolean(),
});

const ZShownListItem = z.object({
  id: z.string(),
  windowCloses: z.string(),
  stateLabel: z.string(),
  templateName: z.string(),
  templateVersion: z.number(),
  latestVersion: z.number(),
  updatedAt: z.unknown(),
});
export const ZShownList = z.object({ items: z.array(ZShownListItem) });

const ZShownSignature = z.object({
  block: z.enum(SIGNATURE_BLOCKS),
  typedName: z.string(),
  role: z.string(),
  signedOn: z.string(),
});
const ZShownVersion = z.object({
  number: z.number(),
  fingerprint: z.string(),
  frozenAt: z.unknown(),
  frozenByName: z.string().nullable(),
  reopenedAt: z.unknown(),
  signatures: z.array(ZShownSignature),
});

export const ZShownOverview = z.object({
  institution: z.object({ slug: z.string(), name: z.string() }),
  submission: z.object({ id: z.string(), windowCloses: z.string(), state: ZState, version: z.number() }),
  template: z.object({ name: z.string(), number: z.number() }),
  window: z.object({
    label: z.string(),
    daysRemaining: z.number(),
    isOverdue: z.boolean(),
    daysOverdue: z.number(),
  }),
  tasks: z.array(
    z.object({
      key: z.string(),
      number: z.string().nullable(),
      title: z.string(),
      required: z.boolean(),
      status: z.enum(["not-started", "in-progress", "complete"]),
      updatedAt: z.unknown(),
      updatedByName: z.string().nullable(),
    }),
  ),
  completeCount: z.number(),
  versions: z.array(ZShownVersion),
  current: ZShownVersion.nullable(),
});

const ZShownVersionView = z.object({
  institution: z.object({ slug: z.string(), name: z.string() }),
  submissionId: z.string(),
  version: ZShownVersion,
  snapshot: z.object({
    submission: z.object({ windowCloses: z.string() }),
    template: z.object({ name: z.string() }),
  }),
  intact: z.boolean(),
  consentWithdrawn: z.array(z.object({ title: z.string() })),
});

export const ZShownSection = z.object({ version: z.number() });
export const ZShownSaved = z.object({ version: z.number(), reopened: z.boolean().optional() });
export const ZShownStarted = z.object({ id: z.string() });
export const ZShownFrozen = z.object({ number: z.number(), fingerprint: z.string() });
export const ZShownSigned = z.object({ state: z.enum(["ready", "signed"]) });
export const ZShownSubmitted = z.object({ submittedAt: z.unknown() });

const TASK_LABELS = {
  "not-started": "Not started",
  "in-progress": "In progress",
  complete: "Complete",
} as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
export const submissionPath = (slug: string, id: string, rest = "") =>
  slugPath(slug, `submissions/${encodeURIComponent(id)}${rest}`);

/** The findings in words, blocking first, each with where to fix it: the server's URL, or `base` + the page's path. */
export function describeReport(raw: unknown, base: string): string {
  const r = expectShape(ZShownReport, raw);
  const at = {
    slug: r.submission.slug,
    submission: `/i/${encodeURIComponent(r.submission.slug)}/submissions/${r.submission.id}`,
  };
  const lines = [
    `${r.submission.institution}: the submission for the ${windowLabel(r.submission.windowCloses)} window (${STATE_LABELS[r.submission.state]}, ${r.submission.id})`,
    r.blocked
      ? `Blocked: ${plural(r.blocking, "finding")} must be fixed before it can be submitted; ${plural(r.warnings, "warning")}.`
      : `Nothing blocks it; ${plural(r.warnings, "warning")} a reviewer would query.`,
  ];
  for (const severity of ["blocking", "warning"] as const) {
    const found = r.findings.filter((f) => f.severity === severity);
    if (!found.length) continue;
    lines.push("", severity === "blocking" ? `Blocking (${found.length}):` : `Warnings (${found.length}):`);
    for (const f of found)
      lines.push(`  - ${f.message}`, `    Fix at: ${f.url ?? `${base}${findingPath(f.href, at)}`}`);
  }
  return lines.join("\n");
}

export function describeList(slug: string, raw: unknown): string {
  const { items } = expectShape(ZShownList, raw);
  return table(
    ["WINDOW", "TEMPLATE", "STATE", "VERSION", "CHANGED", "ID"],
    items.map((s) => [
      s.windowCloses,
      `${s.templateName} v${s.templateVersion}`,
      s.stateLabel,
      s.latestVersion || "",
      formatTimestamp(s.updatedAt),
      s.id,
    ]),
    `No submissions in ${slug} yet.`,
  );
}

function describeSignature(s: z.output<typeof ZShownSignature>): string {
  return `${BLOCK_LABELS[s.block]}: ${s.typedName} (${s.role}), signed ${s.signedOn}`;
}

function versionLines(v: z.output<typeof ZShownVersion>): string[] {
  const lines = [
    `Version ${v.number}, frozen ${formatTimestamp(v.frozenAt)}${v.frozenByName ? ` by ${v.frozenByName}` : ""}`,
    `  Fingerprint: ${v.fingerprint}`,
  ];
  if (v.reopenedAt)
    lines.push(
      `  Reopened ${formatTimestamp(v.reopenedAt)}: changed since, so its signatures no longer count`,
    );
  if (!v.signatures.length) lines.push("  Not signed");
  for (const s of v.signatures) lines.push(`  ${describeSignature(s)}`);
  return lines;
}

export function describeOverview(raw: unknown): string {
  const o = expectShape(ZShownOverview, raw);
  const standing =
    o.submission.state === "submitted"
      ? ""
      : o.window.isOverdue
        ? `, overdue by ${plural(o.window.daysOverdue, "day")}`
        : `, ${plural(o.window.daysRemaining, "day")} remaining`;
  const lines = [
    `${o.institution.name}: the submission for the ${o.window.label} window${standing}`,
    `${STATE_LABELS[o.submission.state]} · ${o.template.name}, template version ${o.template.number} · id ${o.submission.id} · version ${o.submission.version}`,
    "",
    `Task list (${o.completeCount} of ${o.tasks.length} complete):`,
    table(
      ["SECTION", "STATUS", "LAST CHANGED", "KEY"],
      o.tasks.map((t) => [
        shorten(`${t.number ? `${t.number}. ` : ""}${t.title}${t.required ? "" : " (optional)"}`),
        TASK_LABELS[t.status],
        t.updatedByName ? `${t.updatedByName}, ${formatTimestamp(t.updatedAt)}` : "",
        t.key,
      ]),
      "",
    ),
    "",
  ];
  if (!o.versions.length) lines.push("Not frozen for sign-off yet.");
  else lines.push("Versions (newest first):", ...o.versions.flatMap(versionLines));
  return lines.join("\n");
}

export function describeVersionView(raw: unknown): string {
  const v = expectShape(ZShownVersionView, raw);
  const lines = [
    `${v.institution.name}: ${v.snapshot.template.name} for the ${windowLabel(v.snapshot.submission.windowCloses)} window, version ${v.version.number}`,
    `Frozen ${formatTimestamp(v.version.frozenAt)}${v.version.frozenByName ? ` by ${v.version.frozenByName}` : ""}`,
    `Fingerprint (SHA-256): ${v.version.fingerprint}`,
    v.intact
      ? "Intact: yes, the content matches its fingerprint"
      : "Intact: NO, the stored content was altered after freezing and does not match its fingerprint",
  ];
  if (v.version.reopenedAt)
    lines.push(`Reopened ${formatTimestamp(v.version.reopenedAt)}: its signatures no longer count`);
  lines.push("", v.version.signatures.length ? "Signatures:" : "Not signed.");
  for (const s of v.version.signatures) lines.push(`  ${describeSignature(s)}`);
  if (v.consentWithdrawn.length)
    lines.push(
      "",
      `Consent withdrawn since it was frozen: ${v.consentWithdrawn.map((c) => c.title).join("; ")}`,
    );
  return lines.join("\n");
}
