CREATE TABLE "meeting_papers" (
	"id" serial PRIMARY KEY NOT NULL,
	"agenda_item_id" integer NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"title" text NOT NULL,
	"live_url" text NOT NULL,
	"frozen_html" text,
	"frozen_digest" text,
	"frozen_on" date
);
--> statement-breakpoint
ALTER TABLE "meeting_papers" ADD CONSTRAINT "meeting_papers_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_papers_item_idx" ON "meeting_papers" USING btree ("agenda_item_id");