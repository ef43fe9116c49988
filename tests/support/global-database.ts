/**
 * Vitest global setup for integration tests: prepares two template databases once per run —
 * `migrated` and `seeded` (the demo campaign) — on PostgreSQL when DATABASE_URL is set, else
 * as PGlite data folders. Each test file then works on its own copy (see test-database.ts).
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase, type DatabaseTarget } from "../../db/index";
import { migrateDatabase } from "../../db/migrate";
import { seedDemo } from "../../db/seed/index";
import { testDatabaseName, withDatabaseName } from "./database-names";

export interface TemplateInfo {
  kind: "postgres" | "pglite";
  runId: string;
  adminUrl?: string;
  migrated: string;
  seeded: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplates: TemplateInfo;
  }
}

async function prepare(target: DatabaseTarget, seed: boolean): Promise<void> {
  const handle = await openDatabase(target);
  try {
    await migrateDatabase(handle);
    if (seed) await seedDemo(handle.db, { now: new Date() });
  } finally {
    await handle.close();
  }
}

export default async function setup(project: TestProject) {
  const runId = `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;
  const adminUrl = process.env.DATABASE_URL;
  const started = performance.now();
  if (adminUrl) {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    const migrated = testDatabaseName(runId, "migrated");
    const seeded = testDatabaseName(runId, "seeded");
    await admin.unsafe(`create database "${migrated}"`);
    await prepare({ kind: "postgres", url: withDatabaseName(adminUrl, migrated) }, false);
    await admin.unsafe(`create database "${seeded}" template "${migrated}"`);
    await prepare({ kind: "postgres", url: withDatabaseName(adminUrl, seeded) }, true);
    project.provide("databaseTemplates", { kind: "postgres", runId, adminUrl, migrated, seeded });
    console.log(`[integration] PostgreSQL templates ready in ${Math.round(performance.now() - started)} ms`);
    return async () => {
      const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`zq_t_${runId}_%`}`;
      for (const { datname } of rows) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
      await admin.end();
    };
  }
  const root = mkdtempSync(path.join(tmpdir(), "zq-test-"));
  const migrated = path.join(root, "migrated");
  const seeded = path.join(root, "seeded");
  await prepare({ kind: "pglite", dataDir: migrated }, false);
  cpSync(migrated, seeded, { recursive: true });
  await prepare({ kind: "pglite", dataDir: seeded }, true);
  project.provide("databaseTemplates", { kind: "pglite", runId, migrated, seeded });
  console.log(`[integration] PGlite templates ready in ${Math.round(performance.now() - started)} ms`);
  return () => rmSync(root, { recursive: true, force: true });
}
