ALTER TABLE "indicator_values" ADD COLUMN "published_rank_joint" boolean;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "published_decimals" integer;