/**
 * npm run bench:load — issue 10's load figures, measured (printed, never asserted).
 *
 *   npm run bench:load -- [--duration S] [--connections N] [--talents N] [--processes N] [--pool N] [--quick]
 *
 * 1. A fresh PostgreSQL database (BENCH_LOAD_DATABASE_URL, default zq_bench_load on 127.0.0.1,
 *    dropped and made again each run) with the demo campaign and N extra talents.
 * 2. The production app on it (scripts/serve.ts, as `npm start` runs it: Next behind the front
 *    cache), and beside it a bare node:http server running the same search code
 *    (scripts/bench/bare-search-server.ts), both on 127.0.0.1.
 * 3. autocannon, one scenario after another for S seconds each: public pages (home, position,
 *    employer, announcement), the same while an operator approves postings, at most one a second
 *    (each approval purges the cached pages that show that posting), the search API (its
 *    searches repeated: the front cache answers them), the same searches asked past the front
 *    cache (Cache-Control: no-cache) and on the bare server, and the whole mix — anonymous pages
 *    and searches, signed-in talents' pages and searches (each search page followed by the
 *    bell's count its script asks for), sign-ins (each followed by the talent's home, where the
 *    app's sign-in form lands), intent registrations (posted as the page's own form, as a
 *    browser without JavaScript sends it, each followed by the intent's page it is sent to) and
 *    bookings of negotiation slots (each talent
 *    holds an intent whose employer offers slots; a booking when one is live is a reschedule; a
 *    full slot answers 409, a reschedule to the slot already held 400).
 * 4. After the mix: every registration the app accepted is in the database exactly once; every
 *    booking it answered 201 is stored, no intent holds two live bookings, and every slot's
 *    booked count equals its live bookings and stays within its capacity.
 *
 * The load generator runs on the same two cores as the app and PostgreSQL: the figures are
 * this machine's, with its load average printed beside them.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { DEMO_ACCOUNTS } from "../db/seed/demo-accounts";
import { buildIfNeeded, root } from "./build-if-needed";
import { startApp } from "./support/app-server";
import { markdownTable, ms, summarize } from "./bench/stats";
import { freePort } from "./support/free-port";
import { getOnNewConnection } from "./support/fresh-get";

process.env.NEXT_TELEMETRY_DISABLED = "1";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const quick = args.includes("--quick");
const DURATION = option("duration", quick ? 5 : 15);
const CONNECTIONS = option("connections", 32);
const TALENTS = option("talents", quick ? 20 : 100);
/** The app's server processes (WEB_CONCURRENCY, scripts/serve.ts). */
const PROCESSES = option("processes", 1);
/** The app's connections to PostgreSQL per process (DATABASE_POOL_MAX); unset, the app's default. */
const POOL = args.includes("--pool") ? option("pool", 0) : undefined;
const PASSWORD = "Bench#2020load";
const DATABASE_URL = process.env.BENCH_LOAD_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/zq_bench_load";

const WORDS = ["海洋", "工程师", "石化", "航空", "船舶", "教师", "研究", "医学", "港口", "数字", "渔业", "材料"];
const FILTERS = ["", "&location=dinghai", "&board=haichuang", "&education=master", "&sort=newest", "&sort=salary", "&overseas=1"];
/** Visitors' pages are asked for as a Chinese browser asks (the language decides the cached copy). */
const BROWSER = { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" };
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

interface Scenario {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  total: number;
  errors: number;
  status5xx: number;
  non2xx: number;
  /** Answers that carried an Age: kept copies the front cache answered (counted when asked for). */
  fromFront?: number;
}

type OnResponse = (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;

/**
 * One autocannon run; latencies of every response are kept to give a true p95. With
 * `countFront`, the answers the front cache gave (an Age header) are counted (autocannon then
 * reads every answer's headers, so only where it is asked).
 */
async function load(name: string, origin: string, next: (context: Record<string, unknown>) => autocannon.Request, { onResponse, countFront = false }: { onResponse?: OnResponse; countFront?: boolean } = {}): Promise<Scenario> {
  const latencies: number[] = [];
  let fromFront = 0;
  const counted: OnResponse | undefined = countFront
    ? (status, body, context, headers) => {
        if (headers.age !== undefined) fromFront += 1;
        onResponse?.(status, body, context, headers);
      }
    : onResponse;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections: CONNECTIONS,
        duration: DURATION,
        timeout: 20,
        requests: [
          {
            setupRequest: (request, context) => {
              const chosen = next(context as Record<string, unknown>);
              return { ...request, ...chosen, headers: { ...(request.headers ?? {}), ...(chosen.headers ?? {}) } };
            },
            onResponse: counted as never,
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const statuses = result.statusCodeStats as unknown as Record<string, { count: number }>;
  const status5xx = Object.entries(statuses).filter(([code]) => code.startsWith("5")).reduce((n, [, s]) => n + s.count, 0);
  const s = summarize(latencies);
  const scenario = { name, requestsPerSecond: result.requests.average, p50: s.p50, p95: s.p95, p99: s.p99, total: result.requests.total, errors: result.errors + result.timeouts, status5xx, non2xx: result.non2xx, ...(countFront ? { fromFront } : {}) };
  const front = countFront ? `, ${Math.round((fromFront / Math.max(1, latencies.length)) * 100)}% from the front cache` : "";
  console.log(`  ${name}: ${Math.round(scenario.requestsPerSecond)} req/s, p50 ${ms(s.p50)} ms, p95 ${ms(s.p95)} ms, p99 ${ms(s.p99)} ms, ${scenario.total} requests, ${scenario.non2xx} non-2xx (${status5xx} 5xx), ${scenario.errors} errors${front} (load ${os.loadavg()[0]!.toFixed(1)})`);
  return scenario;
}

async function freshDatabase(): Promise<void> {
  const url = new URL(DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
}

/** Signs a user in the way the sign-in form's Auth.js endpoint takes it; answers the session cookie. */
async function signIn(origin: string, email: string, password = PASSWORD): Promise<{ cookie: string; csrfBody: string; csrfCookie: string }> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const csrfBody = new URLSearchParams({ email, password, csrfToken }).toString();
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: csrfBody,
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return { cookie: session.split(";")[0]!, csrfBody, csrfCookie };
}

/** The hidden fields of the form on `page` that holds a field `field`, as a browser without JavaScript posts them. */
async function hiddenFields(origin: string, page: string, field: string, cookie: string): Promise<{ fields: [string, string][]; }> {
  const html = await (await fetch(`${origin}${page}`, { headers: { cookie } })).text();
  const form = new RegExp(`<form[^>]*>(?:(?!</form>)[\\s\\S])*?name="${field}"[\\s\\S]*?</form>`).exec(html)?.[0];
  if (!form) throw new Error(`no form with a field ${field} on ${page}`);
  const fields: [string, string][] = [];
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) fields.push([name, value.replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  }
  return { fields };
}

function multipart(fields: [string, string][]): { body: string; type: string } {
  const boundary = `----bench${randomBytes(8).toString("hex")}`;
  const body = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

async function main() {
  console.log(`bench:load — ${DURATION} s per scenario, ${CONNECTIONS} connections, ${TALENTS} talents, ${PROCESSES} server process(es), ${POOL ?? "the default"} database connections each; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  buildIfNeeded();
  console.log(`Fresh database ${DATABASE_URL}: migrating and seeding the demo campaign…`);
  await freshDatabase();
  process.env.DATABASE_URL = DATABASE_URL;
  const { openDatabase, execute } = await import("../db/index");
  const { migrateDatabase } = await import("../db/migrate");
  const { seedDemo } = await import("../db/seed/index");
  const { hashPassword } = await import("../lib/accounts/password");
  const { sql } = await import("drizzle-orm");
  const handle = await openDatabase({ kind: "postgres", url: DATABASE_URL });
  await migrateDatabase(handle);
  await seedDemo(handle.db, { log: () => {} });
  const passwordHash = await hashPassword(PASSWORD);
  await handle.db.execute(sql`insert into app_settings (key, value) values ('intents.daily_limit', '1000'::jsonb)`);
  await handle.db.execute(sql`with made as (
      insert into users (email, name, role, password_hash, locale, consent_at)
      select 'bench-talent-' || i || '@load.example', '压测人才' || i, 'talent', ${passwordHash}, 'zh', now() from generate_series(1, ${TALENTS}) i
      returning id, name)
    insert into talent_profiles (user_id, real_name) select id, name from made`);
  const positionIds = (await execute<{ id: number }>(handle.db, sql`select p.id from positions p join employers e on e.id = p.employer_id where p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now()) order by random() limit 500`)).map((r) => r.id);
  const employerIds = (await execute<{ id: number }>(handle.db, sql`select id from employers where status = 'verified' order by random() limit 100`)).map((r) => r.id);
  const announcementIds = (await execute<{ id: number }>(handle.db, sql`select id from announcements where published_at <= now() order by random() limit 50`)).map((r) => r.id);
  // Each bench talent holds one intent on a position whose employer offers future slots open to
  // it (made as the app makes them, in the database before the runs): the mix books and
  // reschedules those slots.
  const bookable = await execute<{ id: number; slots: number[] }>(
    handle.db,
    sql`select p.id, array_agg(s.id order by s.starts_at) as slots from positions p join employers e on e.id = p.employer_id
        join negotiation_slots s on s.employer_id = p.employer_id and s.cancelled_at is null and s.starts_at > now() + interval '1 hour' and (s.position_id is null or s.position_id = p.id)
        where p.status = 'published' and e.status = 'verified' and (p.closes_at is null or p.closes_at > now())
        group by p.id having count(*) >= 2 order by random() limit ${TALENTS}`,
  );
  if (bookable.length === 0) throw new Error("the demo campaign has no position with future slots to book");
  const bookingIntents = await execute<{ intent_id: number; email: string; position_id: number }>(
    handle.db,
    sql`with t as (select u.id, u.email, row_number() over (order by u.email) - 1 as i from users u where u.email like 'bench-talent-%'),
          b as (select id, row_number() over (order by id) - 1 as i from unnest(${`{${bookable.map((b) => b.id).join(",")}}`}::int[]) id)
        insert into intents (kind, talent_id, position_id, employer_id, board_id, platform_id, campaign_id, message, status_changed_at, created_at, updated_at)
        select 'employment', t.id, p.id, p.employer_id, p.board_id, p.platform_id, p.campaign_id, '压测洽谈', now(), now(), now()
        from t join b on b.i = t.i % ${bookable.length} join positions p on p.id = b.id
        returning id as intent_id, (select email from users where id = talent_id) as email, position_id`,
  );
  // Postings waiting for review, for the operator of the approvals scenario: published ones the
  // other scenarios do not read, sent back to review.
  const untouched = `{${[...positionIds, ...bookable.map((b) => b.id)].join(",")}}`;
  const reviewIds = (
    await execute<{ id: number }>(
      handle.db,
      sql`update positions set status = 'in_review' where id in (select id from positions where status = 'published' and not (id = any(${untouched}::int[])) order by random() limit ${DURATION * 2}) returning id`,
    )
  ).map((r) => r.id);
  const slotsOf = new Map(bookable.map((b) => [b.id, b.slots]));
  const bookingIntentOf = new Map(bookingIntents.map((b) => [b.email, { intentId: b.intent_id, slots: slotsOf.get(b.position_id)! }]));
  const presetPairs = new Set(bookingIntents.map((b) => `${b.email}|${b.position_id}`));

  const authSecret = randomBytes(32).toString("base64url");
  const app = await startApp({ command: "serve", env: { DATABASE_URL, AUTH_SECRET: authSecret, NODE_ENV: "production", JOBS_INTERVAL_SECONDS: "0", WEB_CONCURRENCY: String(PROCESSES), ...(POOL ? { DATABASE_POOL_MAX: String(POOL) } : {}) } });
  const barePort = await freePort();
  const bare = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/bench/bare-search-server.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL, PORT: String(barePort), ...(POOL ? { DATABASE_POOL_MAX: String(POOL) } : {}) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => bare.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("bare search server") && resolve()));
  const bareOrigin = `http://127.0.0.1:${barePort}`;

  try {
    console.log("Signing the bench talents in…");
    const sessions: ({ email: string } & Awaited<ReturnType<typeof signIn>>)[] = [];
    for (let i = 1; i <= TALENTS; i++) sessions.push({ email: `bench-talent-${i}@load.example`, ...(await signIn(app.origin, `bench-talent-${i}@load.example`)) });
    // The form as the first talent sees it on a position they hold no intent on yet.
    const formPosition = positionIds.find((id) => !presetPairs.has(`${sessions[0]!.email}|${id}`))!;
    const form = await hiddenFields(app.origin, `/positions/${formPosition}`, "positionId", sessions[0]!.cookie);

    // Warm the server's code paths (first requests compile and fill caches).
    for (const url of ["/", `/positions/${positionIds[0]}`, "/api/v1/positions?q=海洋", "/positions?q=海洋"]) await fetch(`${app.origin}${url}`);
    // Visitors' public pages come from the cache (proxy.ts, app/(cached)): each is rendered on
    // its first request, as on the morning of the fair, so every one is asked for once first.
    // During the runs a page older than PUBLIC_PAGE_SECONDS is rendered again in the background.
    // The searches of the mix too (their first pages are cached, one copy per search), the
    // visitors' and the talents' (their role's copy, the same for every talent).
    const visitorSearches = WORDS.flatMap((word) => FILTERS.map((filter) => `/positions?q=${encodeURIComponent(word)}${filter}`));
    const publicPages = ["/", "/announcements", ...positionIds.map((id) => `/positions/${id}`), ...employerIds.map((id) => `/employers/${id}`), ...announcementIds.map((id) => `/announcements/${id}`), ...visitorSearches];
    const asTalent = { ...BROWSER, cookie: sessions[0]!.cookie };
    const warmed: [string, Record<string, string>][] = [...publicPages.map((url): [string, Record<string, string>] => [url, BROWSER]), ...visitorSearches.map((url): [string, Record<string, string>] => [url, asTalent])];
    const warmStarted = performance.now();
    if (PROCESSES === 1) {
      for (let i = 0; i < warmed.length; i += 4) await Promise.all(warmed.slice(i, i + 4).map(([url, headers]) => fetch(`${app.origin}${url}`, { headers }).then((r) => r.arrayBuffer())));
    } else {
      // Each process keeps its own copies; the cluster hands new connections to its processes in
      // turn, so each page is asked for once per process, one after another, each on a new connection.
      for (const [url, headers] of warmed) for (let k = 0; k < PROCESSES; k += 1) await getOnNewConnection(`${app.origin}${url}`, headers);
    }
    console.log(`Rendered the ${publicPages.length} public pages (${visitorSearches.length} of them searches) once, and the talents' copies of the searches${PROCESSES > 1 ? ", in each process" : ""} (${((performance.now() - warmStarted) / 1000).toFixed(1)} s).`);

    const searchPath = () => `/api/v1/positions?q=${encodeURIComponent(pick(WORDS))}${pick(FILTERS)}${Math.random() < 0.5 ? "&facets=0" : ""}`;
    const publicPage = () => {
      const r = Math.random();
      if (r < 0.1) return "/";
      if (r < 0.7) return `/positions/${pick(positionIds)}`;
      if (r < 0.85) return `/employers/${pick(employerIds)}`;
      return `/announcements/${pick(announcementIds)}`;
    };

    console.log("Scenarios:");
    const pages = await load("public pages", app.origin, () => ({ method: "GET", path: publicPage(), headers: BROWSER }));
    // A fair's morning: an operator approves postings one after another, at most one a second,
    // while visitors read. Each approval purges the cached pages that show the posting (its own,
    // its employer's, the home page, the searches, the announcements: lib/cache/public-pages.ts
    // positionsChanged); the rest stay cached. Posted as the review queue's own form, as a
    // browser without JavaScript.
    const operator = await signIn(app.origin, DEMO_ACCOUNTS.operator.email, DEMO_ACCOUNTS.operator.password);
    const review = await hiddenFields(app.origin, "/admin/positions", "ids", operator.cookie);
    const queue = [...reviewIds];
    const approvalAnswers = new Map<number, number>();
    let approving = true;
    const approvals = (async () => {
      while (approving && queue.length > 0) {
        const next = new Promise((resolve) => setTimeout(resolve, 1000));
        const { body, type } = multipart([...review.fields, ["ids", String(queue.shift())], ["decision", "approve"]]);
        const response = await fetch(`${app.origin}/admin/positions`, { method: "POST", headers: { "content-type": type, cookie: operator.cookie }, body });
        await response.arrayBuffer();
        approvalAnswers.set(response.status, (approvalAnswers.get(response.status) ?? 0) + 1);
        await next;
      }
    })();
    const churn = await load("public pages, postings approved meanwhile", app.origin, () => ({ method: "GET", path: publicPage(), headers: BROWSER }));
    approving = false;
    await approvals;
    const [published] = await execute<{ n: number }>(handle.db, sql`select count(*)::int as n from positions where id = any(${`{${reviewIds.join(",")}}`}::int[]) and status = 'published'`);
    const approvalsSent = [...approvalAnswers.values()].reduce((a, b) => a + b, 0);
    console.log(`    approvals: ${[...approvalAnswers].map(([status, n]) => `${n} × ${status}`).join(", ")}; ${published?.n} of the ${approvalsSent} postings published (${(approvalsSent / DURATION).toFixed(1)} a second); throughput ${Math.round((churn.requestsPerSecond / pages.requestsPerSecond) * 100)}% of the public pages' without approvals`);
    // The bench's 84 searches (each with and without facets) are asked for again and again: the
    // front cache keeps the API's answers (public, s-maxage) and gives them while they last. The
    // same searches asked past it (Cache-Control: no-cache, as a browser's reload asks) are
    // answered by the app from the database: the framework's cost is measured there, against the
    // bare server asked the same.
    const search = await load("search API", app.origin, () => ({ method: "GET", path: searchPath() }), { countFront: true });
    // (Not counted here: reading each answer's headers costs the load generator, on the same cores, what the bare server's run does not pay.)
    const searchPast = await load("search API past the front cache", app.origin, () => ({ method: "GET", path: searchPath(), headers: { "cache-control": "no-cache" } }));
    const bareSearch = await load("bare node:http search", bareOrigin, () => ({ method: "GET", path: searchPath() }));

    // The mix: what a fair day looks like, signed-in journeys included.
    const accepted = new Set<string>();
    const sent = new Set<string>();
    const booked = new Set<number>();
    const bookingAnswers = new Map<number, number>();
    const timesOf = new Map<string, number[]>();
    /** What a browser asks for next, after an answer it got: taken by the next request the bench builds. */
    const followUps: { kind: string; path: string; cookie: string }[] = [];
    const mix = await load(
      "whole mix",
      app.origin,
      (context) => {
        const r = Math.random();
        const talent = pick(sessions);
        context.started = performance.now();
        const as = (kind: string, request: autocannon.Request) => ((context.kind = kind), request);
        // A browser asks for more after some answers, and so does the next request the bench
        // builds (autocannon starts each connection's context afresh for every request): the
        // bell's count after a signed-in search page (a role's copy, the same for every talent);
        // after an intent's registration, the intent's page it is sent to; after a sign-in, the
        // talent's home, where the app's sign-in form lands.
        const followUp = followUps.shift();
        if (followUp) return as(followUp.kind, { method: "GET", path: followUp.path, headers: { cookie: followUp.cookie } });
        // Half the searches are visitors' (their first pages come from the cache, one copy per
        // search, each rendered once before the runs: the bench's 84 searches are an upper bound
        // on how often visitors repeat one another's), half signed-in talents' (their role's
        // copies, rendered once before the runs too, each followed by the bell's count the page asks for).
        if (r < 0.1) return as("search page, visitor", { method: "GET", path: `/positions?q=${encodeURIComponent(pick(WORDS))}${pick(FILTERS)}`, headers: BROWSER });
        if (r < 0.2) {
          followUps.push({ kind: "bell's count", path: "/notifications/unread", cookie: talent.cookie });
          return as("search page, signed in", { method: "GET", path: `/positions?q=${encodeURIComponent(pick(WORDS))}${pick(FILTERS)}`, headers: { cookie: talent.cookie } });
        }
        if (r < 0.35) return as("search API", { method: "GET", path: searchPath() });
        if (r < 0.7) return as("public page", { method: "GET", path: publicPage(), headers: BROWSER });
        if (r < 0.8) return as("talent's home", { method: "GET", path: "/talent", headers: { cookie: talent.cookie } });
        if (r < 0.85) {
          context.cookie = talent.cookie;
          return as("sign-in", { method: "POST", path: "/api/auth/callback/credentials", headers: { "content-type": "application/x-www-form-urlencoded", cookie: talent.csrfCookie }, body: talent.csrfBody });
        }
        if (r < 0.9) {
          const { intentId, slots } = bookingIntentOf.get(talent.email)!;
          return as("booking", { method: "POST", path: `/talent/intents/${intentId}/booking`, headers: { "content-type": "application/x-www-form-urlencoded", cookie: talent.cookie }, body: `slotId=${pick(slots)}` });
        }
        const positionId = pick(positionIds);
        context.pair = `${talent.email}|${positionId}`;
        sent.add(String(context.pair));
        const { body, type } = multipart([...form.fields.map(([k, v]) => [k, k === "positionId" ? String(positionId) : v] as [string, string]), ["message", "压测意向"]]);
        context.cookie = talent.cookie;
        return as("intent", { method: "POST", path: `/positions/${positionId}`, headers: { "content-type": type, cookie: talent.cookie }, body });
      },
      {
        onResponse: (status, body, context, headers) => {
          const kind = String(context.kind);
          // (autocannon gives the headers' names as the server wrote them.)
          const location = Object.entries(headers).find(([name]) => name.toLowerCase() === "location")?.[1];
          if (kind === "intent" && status === 303 && location) {
            const target = new URL(location, app.origin);
            followUps.push({ kind: "intent's page, after registering", path: `${target.pathname}${target.search}`, cookie: String(context.cookie) });
          }
          if (kind === "sign-in" && status === 302) followUps.push({ kind: "talent's home, after signing in", path: "/talent", cookie: String(context.cookie) });
          if (!timesOf.has(kind)) timesOf.set(kind, []);
          timesOf.get(kind)!.push(performance.now() - Number(context.started));
          if (kind === "intent" && status < 400) accepted.add(String(context.pair));
          if (kind === "booking") {
            bookingAnswers.set(status, (bookingAnswers.get(status) ?? 0) + 1);
            if (status === 201) booked.add((JSON.parse(body) as { bookingId: number }).bookingId);
          }
        },
      },
    );
    // Where the mix's time goes: each kind of request's share and latency (timed from when
    // autocannon built the request to its response).
    const kinds = [...timesOf].sort(([, a], [, b]) => b.length - a.length).map(([kind, times]) => {
      const k = summarize(times);
      return [kind, String(times.length), ms(k.p50), ms(k.p95), ms(k.p99)];
    });
    console.log(`\n${markdownTable(["in the mix", "requests", "p50 ms", "p95 ms", "p99 ms"], kinds)}\n`);

    // A 5xx is a defect to find: what the server said about it.
    if ([mix, pages, churn, search, searchPast].some((scenario) => scenario.status5xx > 0)) {
      // Each error as Next logs it: the ⨯ line and PostgreSQL's fields (code, constraint, message…).
      const said = app.output().split("\n").filter((line) => /⨯|^\s+(code|constraint|detail|message|routine|where|table):/i.test(line));
      console.log(`  The server's errors (last ${Math.min(said.length, 30)} lines):\n${said.slice(-30).map((line) => `    ${line.trim().slice(0, 300)}`).join("\n")}`);
    }

    // Every accepted registration is stored, once.
    const stored = await execute<{ email: string; position_id: number; n: number }>(
      handle.db,
      sql`select u.email, i.position_id, count(*)::int as n from intents i join users u on u.id = i.talent_id where u.email like 'bench-talent-%' group by 1, 2`,
    );
    const storedPairs = new Set(stored.map((r) => `${r.email}|${r.position_id}`));
    const lost = [...accepted].filter((pair) => !storedPairs.has(pair)).length;
    const duplicated = stored.filter((r) => r.n > 1).length;
    // Stored but not seen answered: sent when the run stopped (autocannon does not wait for the
    // requests in flight) or answered after the client's timeout. Stored but never sent: none may be.
    const unanswered = [...storedPairs].filter((pair) => sent.has(pair) && !accepted.has(pair)).length;
    const phantom = [...storedPairs].filter((pair) => !sent.has(pair) && !presetPairs.has(pair)).length;
    console.log(
      `  writes: ${sent.size} distinct registrations sent, ${accepted.size} answered without error, ${stored.filter((r) => sent.has(`${r.email}|${r.position_id}`)).length} of them stored ` +
        `(${unanswered} of them not seen answered: in flight when the run stopped, or past the client's timeout); lost ${lost}, duplicated ${duplicated}, stored without being sent ${phantom}`,
    );


    // Every booking answered 201 is stored; one live booking per intent; slots' counts true and within capacity.
    const bookingIds = `{${[...booked].join(",")}}`;
    const [bookingCheck] = await execute<{ stored: number; live_twice: number; miscounted: number; overfull: number; live: number }>(
      handle.db,
      sql`select (select count(*)::int from bookings where id = any(${bookingIds}::int[])) as stored,
            (select count(*)::int from (select intent_id from bookings where status = 'booked' group by 1 having count(*) > 1) x) as live_twice,
            (select count(*)::int from negotiation_slots s where s.booked_count <> (select count(*) from bookings b where b.slot_id = s.id and b.status = 'booked')) as miscounted,
            (select count(*)::int from negotiation_slots where booked_count > capacity) as overfull,
            (select count(*)::int from bookings b join users u on u.id = b.talent_id where u.email like 'bench-talent-%' and b.status = 'booked') as live`,
    );
    const bookingsLost = booked.size - (bookingCheck?.stored ?? 0);
    const answers = [...bookingAnswers].sort(([a], [b]) => a - b).map(([status, n]) => `${n} × ${status}`).join(", ");
    console.log(
      `  bookings: ${answers || "none sent"} (409: the slot was full); ${booked.size} made, ${bookingsLost} of them lost; ${bookingCheck?.live} live at the end; ` +
        `intents with two live bookings ${bookingCheck?.live_twice}, slots whose count is off ${bookingCheck?.miscounted}, over capacity ${bookingCheck?.overfull}`,
    );
    const bookingsSound = bookingsLost === 0 && bookingCheck?.live_twice === 0 && bookingCheck?.miscounted === 0 && bookingCheck?.overfull === 0;

    const rows = [pages, churn, search, searchPast, bareSearch, mix].map((s) => [s.name, String(Math.round(s.requestsPerSecond)), ms(s.p50), ms(s.p95), ms(s.p99), String(s.total), String(s.non2xx), String(s.status5xx), String(s.errors)]);
    console.log(`\n${markdownTable(["scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "non-2xx", "5xx", "errors"], rows)}`);
    // The framework's cost: the app against the bare server, both answering from the database.
    const share = searchPast.requestsPerSecond / bareSearch.requestsPerSecond;
    const frontShare = (s: Scenario) => `${Math.round(((s.fromFront ?? 0) / Math.max(1, s.total)) * 100)}% from the front cache`;
    const targets = [
      ["public pages ≥ 1,000 req/s, all 200", `${Math.round(pages.requestsPerSecond)} req/s, ${pages.non2xx} non-2xx`, pages.requestsPerSecond >= 1000 && pages.non2xx === 0],
      ["public pages while approving: all 200, every approval published", `${churn.non2xx} non-2xx; ${published?.n} of ${approvalsSent} published`, churn.non2xx === 0 && approvalsSent > 0 && published?.n === approvalsSent],
      ["search API: all 200", `${search.non2xx + searchPast.non2xx} non-2xx`, search.non2xx === 0 && searchPast.non2xx === 0],
      ["search API, repeated searches ≥ 300 req/s", `${Math.round(search.requestsPerSecond)} req/s (${frontShare(search)})`, search.requestsPerSecond >= 300],
      ["search API, repeated searches, p95 ≤ 100 ms", `${ms(search.p95)} ms`, search.p95 <= 100],
      ["search API from the database ≥ 300 req/s", `${Math.round(searchPast.requestsPerSecond)} req/s`, searchPast.requestsPerSecond >= 300],
      ["search API from the database, p95 ≤ 100 ms", `${ms(searchPast.p95)} ms`, searchPast.p95 <= 100],
      ["mix ≥ 150 req/s", `${Math.round(mix.requestsPerSecond)} req/s`, mix.requestsPerSecond >= 150],
      ["mix p95 ≤ 300 ms", `${ms(mix.p95)} ms`, mix.p95 <= 300],
      ["mix: zero 5xx", String(mix.status5xx), mix.status5xx === 0 && mix.errors === 0],
      ["search API from the database ≥ 50% of bare node:http", `${(share * 100).toFixed(0)}%`, share >= 0.5],
      ["zero lost or duplicated writes: intents", `lost ${lost}, duplicated ${duplicated}, phantom ${phantom}`, lost === 0 && duplicated === 0 && phantom === 0],
      ["bookings: none lost, one live per intent, slots within capacity", `lost ${bookingsLost}, double ${bookingCheck?.live_twice}, miscounted ${bookingCheck?.miscounted}, over ${bookingCheck?.overfull}`, bookingsSound],
    ] as const;
    console.log(`\n${markdownTable(["target", "measured", "met"], targets.map(([t, m, ok]) => [t, m, ok ? "yes" : "no"]))}`);
    console.log(`\nLoad average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}. Caveat: autocannon, the app and PostgreSQL share this machine's ${os.cpus().length} cores; take medians of several runs.`);
  } finally {
    bare.kill("SIGTERM");
    await app.stop();
    await handle.close();
  }
}

await main();
