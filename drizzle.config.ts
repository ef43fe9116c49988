import { defineConfig } from "drizzle-kit";

// Only `generate` uses this file: migrations are applied by scripts/db-migrate.ts on both drivers.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
