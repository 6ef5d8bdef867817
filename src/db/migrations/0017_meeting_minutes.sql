ALTER TABLE "agenda_items" ADD COLUMN "minute" text;--> statement-breakpoint
ALTER TABLE "board_meetings" ADD COLUMN "minutes_status" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "board_meetings" ADD COLUMN "minutes_agreed_at" integer;--> statement-breakpoint
ALTER TABLE "board_meetings" ADD COLUMN "minutes_amendment" text;