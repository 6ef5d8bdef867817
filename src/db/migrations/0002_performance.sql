CREATE TABLE "areas" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"area_type" text NOT NULL,
	"region_name" text
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_values_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"indicator_key" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_code" text NOT NULL,
	"period" text NOT NULL,
	"period_end" integer NOT NULL,
	"pupil_group" text DEFAULT 'all' NOT NULL,
	"status" text DEFAULT 'final' NOT NULL,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"ci_lower" double precision,
	"ci_upper" double precision,
	"published_rank" integer,
	"published_rank_of" integer,
	"published_judgement" text,
	"suppression" text,
	"dataset" text NOT NULL,
	"source_file" text NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "indicator_values_value_or_code" CHECK ("indicator_values"."value" is not null or "indicator_values"."suppression" is not null)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"key" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"topic" text NOT NULL,
	"unit" text NOT NULL,
	"unit_label" text DEFAULT '' NOT NULL,
	"polarity" text NOT NULL,
	"decimal_places" integer,
	"no_quartile" boolean DEFAULT false NOT NULL,
	"period_type" text DEFAULT 'Academic Year' NOT NULL,
	"methodology_family" text DEFAULT 'other' NOT NULL,
	"source" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"edited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "statistical_neighbours" (
	"set_name" text NOT NULL,
	"la_code" text NOT NULL,
	"neighbour_rank" integer NOT NULL,
	"neighbour_code" text NOT NULL,
	"closeness" text,
	CONSTRAINT "statistical_neighbours_set_name_la_code_neighbour_rank_pk" PRIMARY KEY("set_name","la_code","neighbour_rank")
);
--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_key_indicators_key_fk" FOREIGN KEY ("indicator_key") REFERENCES "public"."indicators"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_identity" ON "indicator_values" USING btree ("indicator_key","entity_type","entity_code","period_end","pupil_group");--> statement-breakpoint
CREATE INDEX "indicator_values_dataset_idx" ON "indicator_values" USING btree ("dataset");--> statement-breakpoint
CREATE INDEX "indicator_values_entity_idx" ON "indicator_values" USING btree ("entity_type","entity_code","indicator_key");