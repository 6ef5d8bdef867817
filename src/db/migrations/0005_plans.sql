CREATE TABLE "action_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"action_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" integer,
	"by_label" text NOT NULL,
	"rag" text NOT NULL,
	"commentary" text NOT NULL,
	"evidence_url" text,
	CONSTRAINT "action_updates_rag" CHECK ("action_updates"."rag" in ('not started', 'red', 'amber', 'green', 'complete'))
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"priority_id" integer NOT NULL,
	"number" text NOT NULL,
	"position" integer NOT NULL,
	"strategic" text NOT NULL,
	"operational" text DEFAULT '' NOT NULL,
	"leads" text[] DEFAULT '{}'::text[] NOT NULL,
	"when_text" text DEFAULT '' NOT NULL,
	"milestones" text DEFAULT '' NOT NULL,
	"performance_measure" text DEFAULT '' NOT NULL,
	"resources" text DEFAULT '' NOT NULL,
	"rag" text DEFAULT 'not started' NOT NULL,
	"rag_changed_at" timestamp with time zone,
	CONSTRAINT "actions_rag" CHECK ("actions"."rag" in ('not started', 'red', 'amber', 'green', 'complete'))
);
--> statement-breakpoint
CREATE TABLE "kpi_actuals" (
	"kpi_id" integer NOT NULL,
	"period" integer NOT NULL,
	"value" double precision,
	"comparator" double precision,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "kpi_actuals_kpi_id_period_pk" PRIMARY KEY("kpi_id","period")
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"priority_id" integer,
	"number" text NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"outcome_lead" text DEFAULT '' NOT NULL,
	"key_action" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT 'recorded' NOT NULL,
	"indicator_key" text,
	"measure" text NOT NULL,
	"la_code" text,
	"direction" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"decimal_places" integer DEFAULT 1 NOT NULL,
	"baseline_period" integer,
	"baseline_value" double precision,
	"target_rule" jsonb NOT NULL,
	"target_period" integer NOT NULL,
	"narrative" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_areas" (
	"plan_id" integer NOT NULL,
	"number" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "plan_areas_plan_id_number_pk" PRIMARY KEY("plan_id","number")
);
--> statement-breakpoint
CREATE TABLE "plan_role_holders" (
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "plan_role_holders_plan_id_code_user_id_pk" PRIMARY KEY("plan_id","code","user_id")
);
--> statement-breakpoint
CREATE TABLE "plan_roles" (
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	CONSTRAINT "plan_roles_plan_id_code_pk" PRIMARY KEY("plan_id","code")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"organisation" text NOT NULL,
	"kind" text NOT NULL,
	"published_on" text,
	"introduction" text DEFAULT '' NOT NULL,
	"owner_role" text,
	"source" text DEFAULT '' NOT NULL,
	"is_demonstration" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "priorities" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"number" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"success_looks_like" text DEFAULT '' NOT NULL,
	"difference_it_makes" text DEFAULT '' NOT NULL,
	"how_we_will_know" text DEFAULT '' NOT NULL,
	"leads" text[] DEFAULT '{}'::text[] NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_updates" ADD CONSTRAINT "action_updates_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_updates" ADD CONSTRAINT "action_updates_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_actuals" ADD CONSTRAINT "kpi_actuals_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_areas" ADD CONSTRAINT "plan_areas_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_role_holders" ADD CONSTRAINT "plan_role_holders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_roles" ADD CONSTRAINT "plan_roles_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_updates_action_idx" ON "action_updates" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "actions_priority_idx" ON "actions" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "plan_role_holders_user_idx" ON "plan_role_holders" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "priorities_plan_idx" ON "priorities" USING btree ("plan_id");