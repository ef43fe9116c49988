/**
 * Several production app instances against one PostgreSQL database, as behind a load balancer:
 * builds once (if the sources changed), creates a fresh database on the DATABASE_URL server,
 * and starts each instance the way `npm start` does (scripts/start.ts: migrate, maybe seed,
 * `next start`) on a free port, all sharing one AUTH_SECRET. Sessions are minted as Auth.js
 * would sign them, so a test can act as any user on any instance without signing in.
 *
 *   const app = await startInstances({ adminUrl: process.env.DATABASE_URL! });
 *   await fetch(`${app.urls[1]}/talent`, { headers: { cookie: await app.sessionCookie(userId) } });
 *   await app.stop();
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../../db/index";
import { migrateDatabase } from "../../db/migrate";
import { buildIfNeeded, root } from "../../scripts/build-if-needed";
import { freePort } from "../../scripts/support/free-port";
import { withDatabaseName } from "./database-names";

export interface AppInstances {
  /** Base URLs, one per instance (http://127.0.0.1:PORT). */
  urls: string[];
  databaseUrl: string;
  /** A connection of the test's own to the instances' database (migrated), for making data. */
  database: DatabaseHandle;
  /** The Cookie header of a signed-in session of this user, valid on every instance. */
  sessionCookie(userId: string): Promise<string>;
  /** What each instance printed, for a failing test's message. */
  logs(): string[];
  /** Stops the instances and drops the database. */
  stop(): Promise<void>;
}

const SESSION_COOKIE = "authjs.session-token";

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`instance at ${url} exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance at ${url} not healthy after ${timeoutMs} ms:\n${log()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode != null || child.signalCode != null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export async function startInstances({ adminUrl, count = 2, seed = false, env: extraEnv = {} }: { adminUrl: string; count?: number; seed?: boolean; env?: Record<string, string> }): Promise<AppInstances> {
  buildIfNeeded();
  const name = `zq_i_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const databaseUrl = withDatabaseName(adminUrl, name);
  const database = await openDatabase({ kind: "postgres", url: databaseUrl });
  await migrateDatabase(database);
  const secret = randomBytes(32).toString("base64url");
  const children: ChildProcess[] = [];
  const output: string[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    await database.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  try {
    const urls: string[] = [];
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      output[i] = "";
      const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          AUTH_SECRET: secret,
          AUTH_TRUST_HOST: "true",
          SEED_DEMO: seed ? "true" : "false",
          JOBS_INTERVAL_SECONDS: "0",
          NEXT_TELEMETRY_DISABLED: "1",
          ...extraEnv,
        },
      });
      const keep = (chunk: Buffer) => {
        output[i] = (output[i] + chunk.toString()).slice(-20_000);
      };
      child.stdout!.on("data", keep);
      child.stderr!.on("data", keep);
      children.push(child);
      await waitForHealth(url, child, () => output[i]!, 120_000);
      urls.push(url);
    }
    return {
      urls,
      databaseUrl,
      database,
      logs: () => [...output],
      sessionCookie: async (userId) => `${SESSION_COOKIE}=${await encode({ token: { sub: userId, sv: 0 }, secret, salt: SESSION_COOKIE })}`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
