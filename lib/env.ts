import { z } from "zod";

/**
 * The checked environment: nothing else reads process.env. Parsed lazily so that importing
 * a module never throws; the first use reports every problem at once.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server; unset means embedded PGlite in PGLITE_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Size of the postgres.js pool per app instance. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Named prepared statements on PostgreSQL (db/index.ts); "false" behind PgBouncer's transaction pooling. */
  DATABASE_PREPARE: z.enum(["true", "false"]).default("true"),
  /** Signs session cookies; `npm start` makes one in the data folder when unset. Several instances must share it. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Set behind HTTPS: cookies get the Secure flag. */
  AUTH_URL: z.string().url().optional(),
  /** `npm start` seeds the demo campaign into an empty database unless this is "false". */
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  /** How often each production app instance runs the scheduled jobs (no-response reminders…); 0 turns its timer off. */
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  /** Where negotiation video rooms live: a booking's room is this URL plus its unguessable room name (Jitsi Meet by default). */
  VIDEO_BASE_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, "must be an http(s) URL")
    .default("https://meet.jit.si/"),
  /** Outgoing mail: an smtp:// or smtps:// URL (user and password inside), or the SMTP_HOST… parts. Neither: mail is written to the log. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  SMTP_HOST: z.string().min(1).optional(),
  /** 465 means TLS from the start; other ports upgrade with STARTTLS when the server offers it. */
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  /** The sender of every e-mail. */
  SMTP_FROM: z.string().min(3).default("Zhihui Qundao <no-reply@zhihui.example>"),
  /** How often each production instance sends queued e-mail (the outbox); 0 leaves it to the jobs' timer. */
  MAIL_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3_600).default(15),
  /** Memory each production instance gives the front cache's copies of visitors' public pages (lib/cache/front-cache.ts). */
  FRONT_CACHE_MB: z.coerce.number().int().min(1).max(65_536).default(256),
  /**
   * This instance's name in PostgreSQL's purge notifications (lib/cache/instance-relay.ts), which
   * it skips when they come back; unset, a new one each start. The server's processes
   * (WEB_CONCURRENCY) are given their primary's.
   */
  INSTANCE_ID: z.string().regex(/^[\w.-]{1,100}$/, "must be 1 to 100 letters, digits, dots, dashes or underscores").optional(),
  /**
   * Server processes of one production instance (scripts/serve.ts, node:cluster), each with its
   * own Next and front cache, purges relayed between them (lib/cache/purge-relay.ts). One with
   * embedded PGlite, whose database one process holds.
   */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** Set by Next while it builds: the database must not be opened then. */
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const raw = Object.fromEntries(
    Object.entries(process.env).map(([k, v]) => [k, v === "" ? undefined : v]),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}

export function isBuildPhase(): boolean {
  return env().NEXT_PHASE === "phase-production-build";
}
