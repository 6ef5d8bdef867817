CREATE TABLE "academy_conversions" (
	"urn" integer PRIMARY KEY NOT NULL,
	"stage" text NOT NULL,
	"academy_order_on" date,
	"sponsor" text,
	"expected_on" date,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "early_years_providers" (
	"reference" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"provider_type" text NOT NULL,
	"la_code" text NOT NULL,
	"ward" text,
	"registered_places" integer,
	"overall_effectiveness" integer,
	"inspected_on" date,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	CONSTRAINT "early_years_overall_scale" CHECK ("early_years_providers"."overall_effectiveness" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "establishment_links" (
	"urn" integer NOT NULL,
	"linked_urn" integer NOT NULL,
	"linked_name" text NOT NULL,
	"link_type" text NOT NULL,
	"established_on" date,
	"source" text NOT NULL,
	"source_line" integer,
	CONSTRAINT "establishment_links_urn_linked_urn_link_type_pk" PRIMARY KEY("urn","linked_urn","link_type")
);
--> statement-breakpoint
CREATE TABLE "group_memberships" (
	"urn" integer NOT NULL,
	"group_id" text NOT NULL,
	"joined_on" date,
	"left_on" date,
	"source" text NOT NULL,
	CONSTRAINT "group_memberships_urn_group_id_pk" PRIMARY KEY("urn","group_id")
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"urn" integer NOT NULL,
	"inspected_on" date NOT NULL,
	"framework" text NOT NULL,
	"inspection_type" text,
	"overall_effectiveness" integer,
	"published_judgement" text,
	"quality_of_education" integer,
	"behaviour_and_attitudes" integer,
	"personal_development" integer,
	"leadership_and_management" integer,
	"early_years" integer,
	"sixth_form" integer,
	"category_of_concern" text,
	"report_card" jsonb,
	"source" text NOT NULL,
	"source_line" integer,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	CONSTRAINT "inspections_urn_inspected_on_pk" PRIMARY KEY("urn","inspected_on"),
	CONSTRAINT "inspections_overall_scale" CHECK ("inspections"."overall_effectiveness" between 1 and 4),
	CONSTRAINT "inspections_report_cards_apart" CHECK ("inspections"."framework" <> 'report-card' or "inspections"."overall_effectiveness" is null)
);
--> statement-breakpoint
ALTER TABLE "establishments" ALTER COLUMN "status" SET DEFAULT 'Open';--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "laestab" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "phase_group" text DEFAULT 'Other' NOT NULL;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "phase_of_education" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "type_group" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "is_academy" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "opened_on" date;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "statutory_low_age" integer;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "statutory_high_age" integer;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "gender" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "religious_character" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "diocese" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "admissions_policy" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "number_on_roll" integer;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "capacity" integer;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "percentage_fsm" double precision;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "parliamentary_constituency" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "ward" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "district" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "street" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "town" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "postcode" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "headteacher" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "sponsor" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "teaching_school_alliance" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "federation_id" text;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "source" text DEFAULT 'beacon' NOT NULL;--> statement-breakpoint
ALTER TABLE "establishments" ADD COLUMN "source_line" integer;--> statement-breakpoint
ALTER TABLE "academy_conversions" ADD CONSTRAINT "academy_conversions_urn_establishments_urn_fk" FOREIGN KEY ("urn") REFERENCES "public"."establishments"("urn") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_links" ADD CONSTRAINT "establishment_links_urn_establishments_urn_fk" FOREIGN KEY ("urn") REFERENCES "public"."establishments"("urn") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_urn_establishments_urn_fk" FOREIGN KEY ("urn") REFERENCES "public"."establishments"("urn") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_group_id_trusts_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."trusts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_urn_establishments_urn_fk" FOREIGN KEY ("urn") REFERENCES "public"."establishments"("urn") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "early_years_providers_la_idx" ON "early_years_providers" USING btree ("la_code");--> statement-breakpoint
CREATE INDEX "establishment_links_linked_idx" ON "establishment_links" USING btree ("linked_urn");--> statement-breakpoint
CREATE INDEX "group_memberships_group_idx" ON "group_memberships" USING btree ("group_id");--> statement-breakpoint
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_federation_id_trusts_id_fk" FOREIGN KEY ("federation_id") REFERENCES "public"."trusts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "establishments_name_idx" ON "establishments" USING btree (lower("name"));--> statement-breakpoint
UPDATE "establishments" SET "status" = initcap("status") WHERE "status" IN ('open', 'closed');
