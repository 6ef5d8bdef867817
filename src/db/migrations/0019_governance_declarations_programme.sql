CREATE TABLE "meeting_declarations" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"agenda_item_id" integer NOT NULL,
	"holder_id" integer NOT NULL,
	"interest" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_programme_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"month" integer NOT NULL,
	"title" text NOT NULL,
	"report_from" text,
	CONSTRAINT "work_programme_items_month" CHECK ("work_programme_items"."month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "work_programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"board_id" integer NOT NULL,
	"academic_year" integer NOT NULL,
	"approved_at_meeting_id" integer
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "deferred_from_item_id" integer;--> statement-breakpoint
ALTER TABLE "boards" ADD COLUMN "membership_agreed_on" date;--> statement-breakpoint
ALTER TABLE "agenda_decisions" ADD COLUMN "deferred_to_meeting_id" integer;--> statement-breakpoint
ALTER TABLE "meeting_papers" ADD COLUMN "document" "bytea";--> statement-breakpoint
ALTER TABLE "meeting_papers" ADD COLUMN "document_pages" integer;--> statement-breakpoint
ALTER TABLE "board_meetings" ADD COLUMN "papers_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_declarations" ADD CONSTRAINT "meeting_declarations_meeting_id_board_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."board_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_declarations" ADD CONSTRAINT "meeting_declarations_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_declarations" ADD CONSTRAINT "meeting_declarations_holder_id_board_seat_holders_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."board_seat_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_programme_id_work_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."work_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programmes" ADD CONSTRAINT "work_programmes_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programmes" ADD CONSTRAINT "work_programmes_approved_at_meeting_id_board_meetings_id_fk" FOREIGN KEY ("approved_at_meeting_id") REFERENCES "public"."board_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_declarations_meeting_idx" ON "meeting_declarations" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "work_programme_items_programme_idx" ON "work_programme_items" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_programmes_board_year_idx" ON "work_programmes" USING btree ("board_id","academic_year");--> statement-breakpoint
ALTER TABLE "agenda_decisions" ADD CONSTRAINT "agenda_decisions_deferred_to_meeting_id_board_meetings_id_fk" FOREIGN KEY ("deferred_to_meeting_id") REFERENCES "public"."board_meetings"("id") ON DELETE no action ON UPDATE no action;