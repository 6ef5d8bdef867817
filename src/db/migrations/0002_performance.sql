CREATE TABLE "areas" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"area_type" text NOT NULL,
	"region_name" text
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
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
	"import_id" integer NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "indicator_values_indicator_key_entity_type_entity_code_period_end_pupil_group_pk" PRIMARY KEY("indicator_key","entity_type","entity_code","period_end","pupil_group"),
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
CREATE TABLE "value_imports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "value_imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dataset" text NOT NULL,
	"source_file" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" text NOT NULL
);
