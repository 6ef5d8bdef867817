CREATE TABLE "assessment_meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"la_code" text NOT NULL,
	"held_on" date NOT NULL,
	"attendees" text NOT NULL,
	"model_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "category_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "category_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"urn" integer NOT NULL,
	"meeting_id" integer,
	"category" text NOT NULL,
	"rationale" text NOT NULL,
	"decided_on" date NOT NULL,
	"proposed_category" text,
	"proposed_score" integer,
	"proposed_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"model_version" integer,
	"academy_referral" boolean DEFAULT false NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_decisions_rationale" CHECK (length(trim("category_decisions"."rationale")) > 0)
);
--> statement-breakpoint
CREATE TABLE "concern_intelligence" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "concern_intelligence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"urn" integer NOT NULL,
	"kind" text NOT NULL,
	"noted_on" date NOT NULL,
	"note" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_settings" (
	"la_code" text PRIMARY KEY NOT NULL,
	"share_category_with_schools" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interventions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interventions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"urn" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"started_on" date NOT NULL,
	"compliance_by" date,
	"ended_on" date,
	"owner" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"document_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_models" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "risk_models_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"la_code" text NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"categories" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "risk_models_la_version" UNIQUE("la_code","version")
);
--> statement-breakpoint
CREATE TABLE "support_allowances" (
	"la_code" text NOT NULL,
	"category" text NOT NULL,
	"days_per_year" double precision NOT NULL,
	CONSTRAINT "support_allowances_la_code_category_pk" PRIMARY KEY("la_code","category"),
	CONSTRAINT "support_allowances_days" CHECK ("support_allowances"."days_per_year" >= 0)
);
--> statement-breakpoint
ALTER TABLE "category_decisions" ADD CONSTRAINT "category_decisions_meeting_id_assessment_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."assessment_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "category_decisions_urn" ON "category_decisions" USING btree ("urn","decided_on");--> statement-breakpoint
CREATE INDEX "concern_intelligence_urn" ON "concern_intelligence" USING btree ("urn");--> statement-breakpoint
CREATE INDEX "interventions_urn" ON "interventions" USING btree ("urn");