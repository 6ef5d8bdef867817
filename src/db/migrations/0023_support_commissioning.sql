CREATE TABLE "commissioned_work" (
	"id" serial PRIMARY KEY NOT NULL,
	"academic_year" integer NOT NULL,
	"title" text NOT NULL,
	"priority_id" integer,
	"action_id" integer,
	"provider_kind" text NOT NULL,
	"provider" text NOT NULL,
	"leader_id" integer,
	"programme_id" integer,
	"budget" double precision NOT NULL,
	"funder" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	CONSTRAINT "commissioned_work_budget" CHECK ("commissioned_work"."budget" >= 0),
	CONSTRAINT "commissioned_work_dates" CHECK ("commissioned_work"."ends_on" >= "commissioned_work"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "commissioning_plans" (
	"academic_year" integer PRIMARY KEY NOT NULL,
	"priorities" text DEFAULT '' NOT NULL,
	"approved_by_decision" integer,
	"approval_reference" text,
	"approved_on" date,
	"approved_by" text
);
--> statement-breakpoint
CREATE TABLE "programme_schools" (
	"programme_id" integer NOT NULL,
	"urn" integer NOT NULL,
	CONSTRAINT "programme_schools_programme_id_urn_pk" PRIMARY KEY("programme_id","urn")
);
--> statement-breakpoint
CREATE TABLE "programme_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"attended" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"academic_year" integer NOT NULL,
	"provider" text NOT NULL,
	"cost" double precision DEFAULT 0 NOT NULL,
	"funder" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"kpi_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"impact_indicator" text,
	"baseline_year" integer,
	"outcome_year" integer,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	CONSTRAINT "programmes_dates" CHECK ("programmes"."ends_on" >= "programmes"."starts_on"),
	CONSTRAINT "programmes_cost" CHECK ("programmes"."cost" >= 0)
);
--> statement-breakpoint
CREATE TABLE "quality_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"deployment_id" integer,
	"programme_id" integer,
	"judgement" text NOT NULL,
	"evidence" text NOT NULL,
	"judged_by" text NOT NULL,
	"judged_on" date NOT NULL,
	CONSTRAINT "quality_reviews_one" CHECK (("quality_reviews"."deployment_id" is null) <> ("quality_reviews"."programme_id" is null))
);
--> statement-breakpoint
ALTER TABLE "commissioned_work" ADD CONSTRAINT "commissioned_work_academic_year_commissioning_plans_academic_year_fk" FOREIGN KEY ("academic_year") REFERENCES "public"."commissioning_plans"("academic_year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioned_work" ADD CONSTRAINT "commissioned_work_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioned_work" ADD CONSTRAINT "commissioned_work_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioned_work" ADD CONSTRAINT "commissioned_work_leader_id_system_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."system_leaders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioned_work" ADD CONSTRAINT "commissioned_work_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commissioning_plans" ADD CONSTRAINT "commissioning_plans_approved_by_decision_agenda_decisions_agenda_item_id_fk" FOREIGN KEY ("approved_by_decision") REFERENCES "public"."agenda_decisions"("agenda_item_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_schools" ADD CONSTRAINT "programme_schools_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_deployment_id_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "public"."deployments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commissioned_work_year_idx" ON "commissioned_work" USING btree ("academic_year");--> statement-breakpoint
CREATE INDEX "programme_schools_urn_idx" ON "programme_schools" USING btree ("urn");--> statement-breakpoint
CREATE INDEX "programme_sessions_programme_idx" ON "programme_sessions" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "quality_reviews_deployment_idx" ON "quality_reviews" USING btree ("deployment_id");--> statement-breakpoint
CREATE INDEX "quality_reviews_programme_idx" ON "quality_reviews" USING btree ("programme_id");