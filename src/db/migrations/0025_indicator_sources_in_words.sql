-- The council papers' own indicators name their paper in words a reader knows, as pages show them.
-- An entry an administrator has edited keeps its edited words.
UPDATE "indicators" SET "source" = 'Portsmouth Education Advisory Board papers, 30 September 2016' WHERE "source" = 'Beacon (seed 001)' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "source" = 'Peterborough post-16 draft action plan' WHERE "source" = 'Beacon (seed 002)' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "source" = 'Ambitious Plymouth, 7 December 2015' WHERE "source" = 'Beacon (seed 003)' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Pupils meeting the expected standard in all three at key stage 1 (“KS1 Combined” in the Portsmouth board papers).' WHERE "key" = 'KS1RWM_Expected_STD' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'No longer a headline measure from 2016; kept for comparison, as the Portsmouth board papers do.' WHERE "key" = 'KS4_5AC_EngMaths' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Peterborough’s plan: 91.36% against a target of 98%.' WHERE "key" = 'Participation_Y12' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Raising of the participation age (Peterborough’s plan).' WHERE "key" = 'Participation_16_17' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Peterborough’s plan: 252 recorded against a target of 300.' WHERE "key" = 'Apprenticeships_16_19' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Peterborough’s plan: 37.5% against a target of 20%.' WHERE "key" = 'NEET_LeavingCare' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Peterborough’s plan: 47% against a target of 25%.' WHERE "key" = 'NEET_YOS' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Peterborough’s plan: 62% against a target of 45%.' WHERE "key" = 'NEET_YoungMothers' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Peterborough’s plan: 9% against a target of 5.5%.' WHERE "key" = 'NEET_LLDD' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Grade 1 or 2 at the latest inspection, over schools with a current grade (Ambitious Plymouth, KPI 14).' WHERE "key" = 'Schools_Good_Outstanding' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Ambitious Plymouth, KPI 15 (new).' WHERE "key" = 'Residents_No_Qualifications' AND "edited_at" IS NULL;--> statement-breakpoint
UPDATE "indicators" SET "description" = 'Ambitious Plymouth, KPI 45: 98%.' WHERE "key" = 'EarlyEducation_3_4' AND "edited_at" IS NULL;
