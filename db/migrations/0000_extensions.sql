-- Extensions used by search and matching. All three are trusted contrib modules: the database
-- owner may create them without superuser, and PGlite loads them from its contrib bundle.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS intarray;
