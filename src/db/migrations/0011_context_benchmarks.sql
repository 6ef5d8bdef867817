CREATE TABLE "context_benchmarks" (
	"indicator_key" text NOT NULL,
	"period_end" integer NOT NULL,
	"phase" text NOT NULL,
	"england" double precision,
	"q20" double precision,
	"q40" double precision,
	"q60" double precision,
	"q80" double precision,
	"schools" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "context_benchmarks_indicator_key_period_end_phase_pk" PRIMARY KEY("indicator_key","period_end","phase")
);
