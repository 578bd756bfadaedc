CREATE TABLE "consent_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" text NOT NULL,
	"evidence_id" uuid NOT NULL,
	"status" text NOT NULL,
	"on" date NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text
);
--> statement-breakpoint
CREATE TABLE "evidence_file" (
	"evidence_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" text NOT NULL,
	"evidence_id" uuid NOT NULL,
	"target" text NOT NULL,
	"action_id" uuid,
	"rating_id" uuid,
	"marker_id" text,
	"talent_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "evidence_link_once" UNIQUE NULLS NOT DISTINCT("evidence_id","target","action_id","rating_id","marker_id","talent_id")
);
--> statement-breakpoint
CREATE TABLE "talent_recommendation" (
	"id" text PRIMARY KEY NOT NULL,
	"number" integer NOT NULL,
	"summary" text NOT NULL,
	"addressed_to" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "talent_recommendation_number_unique" UNIQUE("number")
);
--> statement-breakpoint
DROP INDEX "evidence_item_rating_idx";--> statement-breakpoint
DROP INDEX "evidence_item_inst_idx";--> statement-breakpoint
ALTER TABLE "evidence_item" ALTER COLUMN "kind" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "evidence_item" ALTER COLUMN "url" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD COLUMN "occurred_on" date;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD COLUMN "pillars" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD COLUMN "details" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_record" ADD CONSTRAINT "consent_record_institution_id_organization_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_record" ADD CONSTRAINT "consent_record_evidence_id_evidence_item_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_evidence_id_evidence_item_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_link" ADD CONSTRAINT "evidence_link_institution_id_organization_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_link" ADD CONSTRAINT "evidence_link_evidence_id_evidence_item_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_link" ADD CONSTRAINT "evidence_link_action_id_plan_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_link" ADD CONSTRAINT "evidence_link_rating_id_rating_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."rating"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_link" ADD CONSTRAINT "evidence_link_talent_id_talent_recommendation_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talent_recommendation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_record_evidence_idx" ON "consent_record" USING btree ("evidence_id","recorded_at");--> statement-breakpoint
CREATE INDEX "evidence_link_evidence_idx" ON "evidence_link" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "evidence_link_action_idx" ON "evidence_link" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "evidence_link_rating_idx" ON "evidence_link" USING btree ("rating_id");--> statement-breakpoint
CREATE INDEX "evidence_item_inst_idx" ON "evidence_item" USING btree ("institution_id","kind");