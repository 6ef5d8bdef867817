CREATE TABLE "support_visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "support_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"urn" integer NOT NULL,
	"visit_on" date NOT NULL,
	"days" double precision NOT NULL,
	"officer" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"notes_shared_at" timestamp with time zone,
	"school_response" text DEFAULT '' NOT NULL,
	"responded_by" text,
	"responded_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_visits_days" CHECK ("support_visits"."days" > 0 and "support_visits"."days" <= 20)
);
--> statement-breakpoint
CREATE INDEX "support_visits_urn" ON "support_visits" USING btree ("urn","visit_on");