import { and, asc, desc, eq } from "drizzle-orm";
import { template, templateVersion } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { Actor } from "../actor";
import { AppError, notFound } from "../errors";
import { can } from "../policy";
import { type TemplateContent, ZTemplateContent } from "./template-types";

export type TemplateVersionStatus = "draft" | "published" | "superseded";

/** A version without its content: what lists show. */
export type TemplateVersionSummary = {
  id: string;
  number: number;
  status: TemplateVersionStatus;
  verified: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
  updatedBy: string | null;
  /** The row's version, for If-Match and hidden fields (not the template version's number). */
  version: number;
};

export type TemplateVersionView = TemplateVersionSummary & {
  templateId: string;
  key: string;
  name: string;
  content: TemplateContent;
  publishedBy: string | null;
  createdAt: Date;
  createdBy: string | null;
};

export type TemplateRow = { id: string; key: string; name: string };

const summaryColumns = {
  id: templateVersion.id,
  number: templateVersion.number,
  status: templateVersion.status,
  verified: templateVersion.verified,
  publishedAt: templateVersion.publishedAt,
  updatedAt: templateVersion.updatedAt,
  updatedBy: templateVersion.updatedBy,
  version: templateVersion.version,
};

export const versionColumns = {
  ...summaryColumns,
  templateId: templateVersion.templateId,
  content: templateVersion.content,
  publishedBy: templateVersion.publishedBy,
  createdAt: templateVersion.createdAt,
  createdBy: templateVersion.createdBy,
};

type VersionRow = Pick<typeof templateVersion.$inferSelect, keyof typeof versionColumns>;

/**
 * Content is checked when it is written; parsing it again on the way out fills fields added to
 * ZTemplateContent since (with their defaults), so older versions read like new ones.
 */
export function toView(t: TemplateRow, row: VersionRow): TemplateVersionView {
  return { ...row, key: t.key, name: t.name, content: ZTemplateContent.parse(row.content) };
}

/** Drafts are the central team's work in progress: only those who may edit templates see them. */
export const seesDrafts = (actor: Actor) => can(actor, "template.edit");

/**
 * The template by key. `lock` takes its row for update, so creating and publishing versions of
 * one template happen one at a time (one draft, one published version).
 */
export async function findTemplate(db: DbOrTx, key: string, lock = false): Promise<TemplateRow> {
  const query = db
    .select({ id: template.id, key: template.key, name: template.name })
    .from(template)
    .where(eq(template.key, key));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("The template");
  return row;
}

export async function listVersionSummaries(
  db: DbOrTx,
  templateId: string,
  actor: Actor,
): Promise<TemplateVersionSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(templateVersion)
    .where(eq(templateVersion.templateId, templateId))
    .orderBy(desc(templateVersion.number));
  return seesDrafts(actor) ? rows : rows.filter((r) => r.status !== "draft");
}

export async function findVersion(db: DbOrTx, t: TemplateRow, number: number): Promise<VersionRow> {
  // A number from a URL ("/versions/abc" → NaN) names no version; it must not reach the query.
  if (!Number.isSafeInteger(number) || number < 1) throw notFound("That version of the template");
  const [row] = await db
    .select(versionColumns)
    .from(templateVersion)
    .where(and(eq(templateVersion.templateId, t.id), eq(templateVersion.number, number)));
  if (!row) throw notFound(`Version ${number} of the template`);
  return row;
}

export async function findByStatus(
  db: DbOrTx,
  templateId: string,
  status: TemplateVersionStatus,
): Promise<VersionRow | undefined> {
  const [row] = await db
    .select(versionColumns)
    .from(templateVersion)
    .where(and(eq(templateVersion.templateId, templateId), eq(templateVersion.status, status)))
    .orderBy(asc(templateVersion.number))
    .limit(1);
  return row;
}

/** Only a draft changes; a published or superseded version is what submissions were written on. */
export function requireDraft(row: VersionRow): void {
  if (row.status !== "draft")
    throw new AppError(
      "CONFLICT",
      `Version ${row.number} is ${row.status}: a version that has been published never changes. Make a new draft instead.`,
    );
}

export function staleVersion(t: TemplateRow, row: VersionRow): AppError {
  return new AppError("STALE", `Someone else changed version ${row.number} since you opened it.`, {
    current: toView(t, row),
    currentVersion: row.version,
  });
}
