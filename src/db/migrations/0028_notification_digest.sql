ALTER TABLE "notifications" ADD COLUMN "channel" text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "digested_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "notifications_digest_idx" ON "notifications" USING btree ("channel","digested_at");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_channel" CHECK ("notifications"."channel" in ('email', 'in Beacon', 'digest'));