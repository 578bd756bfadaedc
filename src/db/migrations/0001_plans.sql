CREATE TABLE "charter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "charter_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "evidence_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" text NOT NULL,
	"kind" text DEFAULT 'link' NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"rating_id" uuid,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" text NOT NULL,
	"charter_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"rag_scale" jsonb NOT NULL,
	"pillar_aims" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"previous_plan_id" uuid,
	"approved_at" timestamp with time zone,
	"approved_by" text,
	"published_at" timestamp with time zone,
	"published_by" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"institution_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"pillars" text[] NOT NULL,
	"primary_pillar" text NOT NULL,
	"aims" text DEFAULT '' NOT NULL,
	"planned_outcomes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mini_goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"markers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"timescale_text" text DEFAULT '' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"lead_member_id" text,
	"lead_name" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"reference_as_published" text DEFAULT '' NOT NULL,
	"carried_from_action_id" uuid,
	"retired_at" timestamp with time zone,
	"retired_reason" text,
	"superseded_by_action_id" uuid,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_action_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"action_version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"institution_id" text NOT NULL,
	"level" text NOT NULL,
	"qualifier" text DEFAULT '' NOT NULL,
	"assessed_on" date NOT NULL,
	"commentary" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_institution_id_organization_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_rating_id_rating_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."rating"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_institution_id_organization_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_charter_id_charter_id_fk" FOREIGN KEY ("charter_id") REFERENCES "public"."charter"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_institution_id_organization_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_lead_member_id_member_id_fk" FOREIGN KEY ("lead_member_id") REFERENCES "public"."member"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_version" ADD CONSTRAINT "plan_action_version_action_id_plan_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating" ADD CONSTRAINT "rating_action_id_plan_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating" ADD CONSTRAINT "rating_institution_id_organization_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_item_rating_idx" ON "evidence_item" USING btree ("rating_id");--> statement-breakpoint
CREATE INDEX "evidence_item_inst_idx" ON "evidence_item" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "plan_institution_idx" ON "plan" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "plan_action_plan_idx" ON "plan_action" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_action_carried_from_idx" ON "plan_action" USING btree ("carried_from_action_id");--> statement-breakpoint
CREATE INDEX "plan_action_version_action_idx" ON "plan_action_version" USING btree ("action_id","action_version");--> statement-breakpoint
CREATE INDEX "rating_action_idx" ON "rating" USING btree ("action_id","assessed_on");