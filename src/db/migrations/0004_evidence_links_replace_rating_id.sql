-- Links made with a rating before evidence had its own links become rating links (with their action).
INSERT INTO "evidence_link" ("institution_id", "evidence_id", "target", "action_id", "rating_id", "created_at", "created_by")
SELECT e."institution_id", e."id", 'rating', r."action_id", e."rating_id", e."created_at", e."created_by"
FROM "evidence_item" e JOIN "rating" r ON r."id" = e."rating_id"
WHERE e."rating_id" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "evidence_item" DROP CONSTRAINT "evidence_item_rating_id_rating_id_fk";
--> statement-breakpoint
ALTER TABLE "evidence_item" DROP COLUMN "rating_id";