/**
 * A database of the test file's own: a copy of the run's migrated or seeded template, handed to
 * the process so lib/ queries use it. Call in beforeAll; the returned close() drops the copy.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase, setProcessDatabase } from "../../db/index";
import { testDatabaseName, withDatabaseName } from "./database-names";

export interface TestDatabase extends DatabaseHandle {
  /** Drops the copy and closes the connection. */
  destroy(): Promise<void>;
}

let counter = 0;

export async function createTestDatabase({ seeded = false }: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const templates = inject("databaseTemplates");
  const template = seeded ? templates.seeded : templates.migrated;
  if (templates.kind === "postgres" && templates.adminUrl) {
    const adminUrl = templates.adminUrl;
    const name = testDatabaseName(templates.runId, `f${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`);
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${template}"`);
    const handle = await openDatabase({ kind: "postgres", url: withDatabaseName(adminUrl, name) });
    setProcessDatabase(handle);
    return {
      ...handle,
      destroy: async () => {
        await handle.close();
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "zq-file-"));
  cpSync(template, dir, { recursive: true });
  const handle = await openDatabase({ kind: "pglite", dataDir: dir });
  setProcessDatabase(handle);
  return {
    ...handle,
    destroy: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
