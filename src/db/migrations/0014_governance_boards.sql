CREATE TABLE "board_seats" (
	"id" serial PRIMARY KEY NOT NULL,
	"board_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"places" integer NOT NULL,
	"membership" text NOT NULL,
	"office" text,
	CONSTRAINT "board_seats_places" CHECK ("board_seats"."places" >= 1)
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"accountable_to" text,
	"frequency" text NOT NULL,
	"quorum_fraction" double precision,
	"notice_days" integer NOT NULL,
	"notice_counted" text NOT NULL,
	"term_warning_days" integer DEFAULT 60 NOT NULL,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	CONSTRAINT "boards_quorum_share" CHECK ("boards"."quorum_fraction" > 0 and "boards"."quorum_fraction" <= 1),
	CONSTRAINT "boards_notice_days" CHECK ("boards"."notice_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "board_seat_holders" (
	"id" serial PRIMARY KEY NOT NULL,
	"seat_id" integer NOT NULL,
	"name" text NOT NULL,
	"user_id" integer,
	"term_start" date,
	"term_end" date
);
--> statement-breakpoint
CREATE TABLE "board_terms_of_reference" (
	"id" serial PRIMARY KEY NOT NULL,
	"board_id" integer NOT NULL,
	"agreed_on" date NOT NULL,
	"status" text NOT NULL,
	"purpose" text NOT NULL,
	"responsibilities" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "board_seats" ADD CONSTRAINT "board_seats_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_seat_holders" ADD CONSTRAINT "board_seat_holders_seat_id_board_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."board_seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_seat_holders" ADD CONSTRAINT "board_seat_holders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_terms_of_reference" ADD CONSTRAINT "board_terms_of_reference_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_seats_board_idx" ON "board_seats" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "board_seat_holders_seat_idx" ON "board_seat_holders" USING btree ("seat_id");--> statement-breakpoint
CREATE INDEX "board_seat_holders_user_idx" ON "board_seat_holders" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "board_terms_board_idx" ON "board_terms_of_reference" USING btree ("board_id");