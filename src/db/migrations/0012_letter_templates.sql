CREATE TABLE "letter_templates" (
	"la_code" text PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"signed_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL
);
