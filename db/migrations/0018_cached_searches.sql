CREATE TABLE "cached_searches" (
	"segment" text PRIMARY KEY NOT NULL,
	"tokens" integer[] NOT NULL,
	"board" text,
	"platform" text,
	"location" text,
	"industry" text,
	"policy" text,
	"education" "education_level",
	"level" "talent_level",
	"kind" "employer_kind",
	"salary" integer,
	"overseas" boolean DEFAULT false NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
