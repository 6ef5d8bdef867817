CREATE TABLE "agenda_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"decision_maker" text,
	"report_from" text,
	"report_by" text,
	"purpose" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recommendations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pages" text,
	"exempt_paragraph" integer,
	CONSTRAINT "agenda_items_exempt_paragraph" CHECK ("agenda_items"."exempt_paragraph" is null or "agenda_items"."exempt_paragraph" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" integer NOT NULL,
	"holder_id" integer NOT NULL,
	"status" text NOT NULL,
	"arrived_late" boolean DEFAULT false NOT NULL,
	"left_early" boolean DEFAULT false NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_holder_id_pk" PRIMARY KEY("meeting_id","holder_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_decisions" (
	"agenda_item_id" integer PRIMARY KEY NOT NULL,
	"outcome" text NOT NULL,
	"amendment" text,
	"deferred_to" text,
	"reasons" text DEFAULT '' NOT NULL,
	"alternatives" text DEFAULT '' NOT NULL,
	"voting_present" integer NOT NULL,
	"quorum_needed" integer,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"board_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"starts_at" text NOT NULL,
	"venue" text,
	"remote_link" text,
	"papers_published_on" date,
	"enquiries" text
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_board_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."board_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_board_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."board_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_holder_id_board_seat_holders_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."board_seat_holders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_decisions" ADD CONSTRAINT "agenda_decisions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_meetings" ADD CONSTRAINT "board_meetings_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "board_meetings_board_idx" ON "board_meetings" USING btree ("board_id");