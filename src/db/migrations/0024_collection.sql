CREATE TABLE "collection_chases" (
	"id" serial PRIMARY KEY NOT NULL,
	"window_id" integer NOT NULL,
	"urn" integer NOT NULL,
	"chased_by" text NOT NULL,
	"chased_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collection_windows" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"la_code" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"grids" jsonb NOT NULL,
	"tolerance" double precision DEFAULT 3 NOT NULL,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	CONSTRAINT "collection_windows_dates" CHECK ("collection_windows"."closes_on" >= "collection_windows"."opens_on")
);
--> statement-breakpoint
CREATE TABLE "data_sharing_agreements" (
	"urn" integer PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"signatory" text DEFAULT '' NOT NULL,
	"signed_on" date,
	"expires_on" date,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "in_year_returns" (
	"id" serial PRIMARY KEY NOT NULL,
	"window_id" integer NOT NULL,
	"urn" integer NOT NULL,
	"status" text NOT NULL,
	"figures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"predictions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completion" double precision DEFAULT 0 NOT NULL,
	"la_comment" text,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "in_year_returns_window_school" UNIQUE("window_id","urn")
);
--> statement-breakpoint
CREATE TABLE "in_year_totals" (
	"window_id" integer NOT NULL,
	"phase" text NOT NULL,
	"row" text NOT NULL,
	"schools" integer NOT NULL,
	"pupils" double precision NOT NULL,
	"expected_sum" double precision NOT NULL,
	"higher_sum" double precision NOT NULL,
	CONSTRAINT "in_year_totals_window_id_phase_row_pk" PRIMARY KEY("window_id","phase","row")
);
--> statement-breakpoint
CREATE TABLE "return_authorisers" (
	"urn" integer NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "return_authorisers_urn_user_id_pk" PRIMARY KEY("urn","user_id")
);
--> statement-breakpoint
CREATE TABLE "in_year_return_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"return_id" integer NOT NULL,
	"step" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"by_name" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "collection_chases" ADD CONSTRAINT "collection_chases_window_id_collection_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."collection_windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_year_returns" ADD CONSTRAINT "in_year_returns_window_id_collection_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."collection_windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_year_totals" ADD CONSTRAINT "in_year_totals_window_id_collection_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."collection_windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_authorisers" ADD CONSTRAINT "return_authorisers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "in_year_return_events" ADD CONSTRAINT "in_year_return_events_return_id_in_year_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."in_year_returns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collection_chases_window_idx" ON "collection_chases" USING btree ("window_id","urn");--> statement-breakpoint
CREATE INDEX "in_year_returns_urn_idx" ON "in_year_returns" USING btree ("urn");--> statement-breakpoint
CREATE INDEX "in_year_return_events_return_idx" ON "in_year_return_events" USING btree ("return_id");