ALTER TABLE "areas" ADD COLUMN "la_code" text;--> statement-breakpoint
CREATE INDEX "areas_la_idx" ON "areas" USING btree ("la_code");