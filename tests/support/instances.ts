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
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../../db/index";
import { migrateDatabase } from "../../db/migrate";
import { buildIfNeeded } from "../../scripts/build-if-needed";
import { type AppServer, type ServerCommand, startApp } from "../../scripts/support/app-server";
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

/**
 * `commands`: how each instance is started, the first by default as `npm start` (which seeds the
 * demo campaign when asked); "serve" runs scripts/serve.ts bound to 127.0.0.1, as a process behind
 * a load balancer on the same machine would be.
 */
export async function startInstances({ adminUrl, count = 2, seed = false, env: extraEnv = {}, commands = [] }: { adminUrl: string; count?: number; seed?: boolean; env?: Record<string, string>; commands?: readonly ServerCommand[] }): Promise<AppInstances> {
  buildIfNeeded();
  const name = `zq_i_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const databaseUrl = withDatabaseName(adminUrl, name);
  const database = await openDatabase({ kind: "postgres", url: databaseUrl });
  await migrateDatabase(database);
  const secret = randomBytes(32).toString("base64url");
  const servers: AppServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  try {
    for (let i = 0; i < count; i++) {
      servers.push(
        await startApp({
          command: commands[i] ?? "npm-start",
          env: {
            DATABASE_URL: databaseUrl,
            AUTH_SECRET: secret,
            AUTH_TRUST_HOST: "true",
            SEED_DEMO: seed ? "true" : "false",
            ...extraEnv,
          },
        }),
      );
    }
    const urls = servers.map((server) => server.origin);
    return {
      urls,
      databaseUrl,
      database,
      logs: () => servers.map((server) => server.output()),
      sessionCookie: async (userId) => `${SESSION_COOKIE}=${await encode({ token: { sub: userId, sv: 0 }, secret, salt: SESSION_COOKIE })}`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
