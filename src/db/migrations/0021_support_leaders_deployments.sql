CREATE TABLE "deployment_moves" (
	"id" serial PRIMARY KEY NOT NULL,
	"deployment_id" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"why" text NOT NULL,
	"moved_by" text NOT NULL,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deployment_reviews" (
	"deployment_id" integer NOT NULL,
	"term" text NOT NULL,
	"ratings" jsonb NOT NULL,
	"overall" text NOT NULL,
	"reviewed_by" text NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deployment_reviews_deployment_id_term_pk" PRIMARY KEY("deployment_id","term")
);
--> statement-breakpoint
CREATE TABLE "deployment_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"deployment_id" integer NOT NULL,
	"visited_on" date NOT NULL,
	"days" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"logged_by" text NOT NULL,
	CONSTRAINT "deployment_visits_days" CHECK ("deployment_visits"."days" > 0 and "deployment_visits"."days" <= 5)
);
--> statement-breakpoint
CREATE TABLE "deployments" (
	"id" serial PRIMARY KEY NOT NULL,
	"leader_id" integer NOT NULL,
	"urn" integer NOT NULL,
	"academic_year" integer NOT NULL,
	"purpose" text NOT NULL,
	"concern_category" text,
	"objectives" jsonb NOT NULL,
	"days_agreed" double precision NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	CONSTRAINT "deployments_days" CHECK ("deployments"."days_agreed" > 0 and "deployments"."days_agreed" <= 200),
	CONSTRAINT "deployments_dates" CHECK ("deployments"."ends_on" >= "deployments"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "support_designations" (
	"code" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_leader_conflicts" (
	"id" serial PRIMARY KEY NOT NULL,
	"leader_id" integer NOT NULL,
	"urn" integer,
	"trust_id" text,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_leaders" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"user_id" integer,
	"designation" text NOT NULL,
	"designated_on" date,
	"expires_on" date,
	"home_urn" integer,
	"trust_id" text,
	"specialisms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"days_per_year" double precision NOT NULL,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	CONSTRAINT "system_leaders_days" CHECK ("system_leaders"."days_per_year" >= 0 and "system_leaders"."days_per_year" <= 200)
);
--> statement-breakpoint
ALTER TABLE "deployment_moves" ADD CONSTRAINT "deployment_moves_deployment_id_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "public"."deployments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deployment_reviews" ADD CONSTRAINT "deployment_reviews_deployment_id_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "public"."deployments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deployment_visits" ADD CONSTRAINT "deployment_visits_deployment_id_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "public"."deployments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_leader_id_system_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."system_leaders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_leader_conflicts" ADD CONSTRAINT "system_leader_conflicts_leader_id_system_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."system_leaders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_leaders" ADD CONSTRAINT "system_leaders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_leaders" ADD CONSTRAINT "system_leaders_designation_support_designations_code_fk" FOREIGN KEY ("designation") REFERENCES "public"."support_designations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deployment_moves_deployment_idx" ON "deployment_moves" USING btree ("deployment_id");--> statement-breakpoint
CREATE INDEX "deployment_visits_deployment_idx" ON "deployment_visits" USING btree ("deployment_id");--> statement-breakpoint
CREATE INDEX "deployments_leader_idx" ON "deployments" USING btree ("leader_id");--> statement-breakpoint
CREATE INDEX "deployments_urn_idx" ON "deployments" USING btree ("urn");--> statement-breakpoint
CREATE INDEX "system_leader_conflicts_leader_idx" ON "system_leader_conflicts" USING btree ("leader_id");--> statement-breakpoint
CREATE INDEX "system_leaders_user_idx" ON "system_leaders" USING btree ("user_id");--> statement-breakpoint
-- The designations of seed 000 (2.5) and DfE's system leadership: a council adds its own.
INSERT INTO "support_designations" ("code", "title", "position") VALUES
  ('NLE', 'National Leader of Education', 1),
  ('LLE', 'Local Leader of Education', 2),
  ('SLE', 'Specialist Leader of Education', 3),
  ('NLG', 'National Leader of Governance', 4),
  ('EG', 'Expert governor', 5),
  ('TSA', 'Teaching school alliance', 6);
