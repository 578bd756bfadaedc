import { template, templateVersion } from "../../db/schema";
import type { Db } from "../../db/types";
import { TEMPLATES } from "./template-data";
import { ZTemplateContent } from "./template-types";

/**
 * Writes each shipped template that is missing, with its version 1 published. Reference data: once
 * a template exists the central team owns its versions, so a restart never touches them (the same
 * rule as the charter and the TALENT recommendations). Runs under the reference-data lock.
 */
export async function ensureTemplates(db: Db): Promise<void> {
  for (const t of TEMPLATES) {
    await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(template)
        .values({ key: t.key, name: t.name, createdBy: "system", updatedBy: "system" })
        .onConflictDoNothing({ target: template.key })
        .returning({ id: template.id });
      if (!created) return;
      await tx.insert(templateVersion).values({
        templateId: created.id,
        number: 1,
        status: "published",
        content: ZTemplateContent.parse(t.content),
        verified: t.verified,
        publishedAt: new Date(),
        publishedBy: "system",
        createdBy: "system",
        updatedBy: "system",
      });
    });
  }
}
