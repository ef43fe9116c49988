import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { env } from "../env";
import { ALL_API_PURGE, ALL_PAGES_PURGE, type Purge } from "./cached-path";
import type { PurgeMessage, TagEntry } from "./purge-relay";

/**
 * Purges between instances (several machines, or servers, on one PostgreSQL): each server
 * process listens on a PostgreSQL channel, and the purges it makes (the tags Next expires and
 * the front cache's purges, as lib/cache/purge-relay.ts collects them) are NOTIFYed there. Every
 * other instance applies them at once, so a change made through one shows on all of them within
 * moments, not after the cached pages' time window. The time window stays the bound should an
 * instance miss a notification (its listening connection down), though on listening again it
 * drops every cached page and API answer, not knowing what it missed.
 *
 * The processes of one instance (WEB_CONCURRENCY) share an instance id and get each other's
 * purges through the cluster's primary instead; a notification from the same instance is skipped.
 */
export const PURGE_CHANNEL = "zhihui_purge";
/** The prefix of the tags revalidatePath gives a path (Next's NEXT_CACHE_IMPLICIT_TAG_ID): a route's layout is `_N_T_{route}/layout`. */
const NEXT_IMPLICIT_TAG = "_N_T_";

/** PostgreSQL's limit on a notification's payload is 8,000 bytes; a purge larger than this is sent in parts. */
const PAYLOAD_MAX = 7_500;

/** What one notification carries: who sent it, the tags to expire, the front cache's purges. */
export interface InstancePurge {
  from: string;
  tags: string[];
  front: Purge[];
}

/**
 * A purge as notifications: JSON payloads under PostgreSQL's limit, each tag and each front purge
 * whole in one of them. Only the tags' names travel: the receiver expires them at its own time
 * (instancePurgeMessage), so clocks that differ between machines cannot leave a copy fresh.
 */
export function purgeNotifications(from: string, message: PurgeMessage, max = PAYLOAD_MAX): string[] {
  const empty = (): InstancePurge => ({ from, tags: [], front: [] });
  const base = Buffer.byteLength(JSON.stringify(empty()));
  const payloads: string[] = [];
  let part = empty();
  let bytes = base;
  const add = <K extends "tags" | "front">(list: K, entry: InstancePurge[K][number]) => {
    // The entry and the comma before it (one too many for a list's first: a payload errs small).
    const cost = Buffer.byteLength(JSON.stringify(entry)) + 1;
    // One entry longer than a payload cannot be sent: that copy follows the time window (no tag
    // or path of this app comes near it).
    if (base + cost > max) return;
    if (bytes + cost > max) {
      payloads.push(JSON.stringify(part));
      part = empty();
      bytes = base;
    }
    (part[list] as InstancePurge[K][number][]).push(entry);
    bytes += cost;
  };
  for (const [tag] of message.tags) add("tags", tag);
  for (const purge of message.front) add("front", purge);
  if (bytes > base) payloads.push(JSON.stringify(part));
  return payloads;
}

const isPurge = (value: unknown): value is Purge =>
  Array.isArray(value) && value.length >= 1 && value.length <= 2 && typeof value[0] === "string" && (value[1] === undefined || value[1] === "page" || value[1] === "layout");

/** A notification read back: null for anything this app did not send. */
export function parseInstancePurge(payload: string): InstancePurge | null {
  try {
    const value = JSON.parse(payload) as Partial<InstancePurge> | null;
    if (typeof value !== "object" || value === null || typeof value.from !== "string") return null;
    if (!Array.isArray(value.tags) || !value.tags.every((tag) => typeof tag === "string")) return null;
    if (!Array.isArray(value.front) || !value.front.every(isPurge)) return null;
    return { from: value.from, tags: value.tags, front: value.front };
  } catch {
    return null;
  }
}

/** Another instance's purge as this process applies it (PurgeRelay.receive): its tags expired now, here. */
export function instancePurgeMessage(purge: InstancePurge, now = Date.now()): PurgeMessage {
  const entry: TagEntry = { expired: now };
  return { kind: "zhihui-purge", tags: purge.tags.map((tag) => [tag, entry]), front: purge.front };
}

const startedAs = randomUUID();

/**
 * Every cached public page and API answer (what publicPagesChanged purges) as a received purge:
 * the tag revalidatePath gives the cached tree's layout, expired now, and the front cache's purges.
 */
function everythingStale(): PurgeMessage {
  const [route, type] = ALL_PAGES_PURGE;
  return { kind: "zhihui-purge", tags: [[`${NEXT_IMPLICIT_TAG}${route}/${type}`, { expired: Date.now() }]], front: [ALL_PAGES_PURGE, ALL_API_PURGE] };
}

/** This instance's id (INSTANCE_ID, else one for this start): the cluster's primary gives its processes its own. */
export function instanceId(): string {
  return env().INSTANCE_ID ?? startedAs;
}

/**
 * Listens for the other instances' purges on `url` and hands each to `apply`; returns the
 * function that notifies this process's own purges, and the one that stops listening. It does
 * not wait for the database: while it is away the server still starts (and answers 503), and
 * listening begins when it can. postgres.js keeps the listening connection open and listens
 * again after a failure; purges missed meanwhile follow the time window.
 */
export function listenForPurges(
  url: string,
  apply: (message: PurgeMessage) => void,
  { self = instanceId(), retryMs = 2_000 }: { self?: string; retryMs?: number } = {},
): { notify: (message: PurgeMessage) => void; close: () => Promise<void> } {
  const connect = () => postgres(url, { max: 1, connect_timeout: 5, idle_timeout: 60, onnotice: () => {} });
  let sql = connect();
  let closed = false;
  let warned = false;
  const warn = (what: string, error: unknown) => {
    if (!warned) console.error(`[cache] ${what}: ${error instanceof Error ? error.message : String(error)}`);
    warned = true;
  };
  let listened = 0;
  const listen = () => {
    if (closed) return;
    sql
      .listen(
        PURGE_CHANNEL,
        (payload) => {
          const purge = parseInstancePurge(payload);
          if (purge && purge.from !== self) apply(instancePurgeMessage(purge));
        },
        // Listening again after the connection was lost: what was said meanwhile is not known,
        // so every cached page and API answer is made again rather than left to the time window.
        () => {
          if (listened++ > 0) apply(everythingStale());
        },
      )
      .then(
        () => (warned = false),
        (error: unknown) => {
          warn("could not listen for the other instances' purges yet", error);
          // postgres.js keeps a first LISTEN that failed and answers every later one with its
          // failure: the next try starts from a new client.
          const failed = sql;
          sql = connect();
          void failed.end({ timeout: 0 }).catch(() => {});
          setTimeout(listen, retryMs).unref();
        },
      );
  };
  listen();
  return {
    notify(message) {
      for (const payload of purgeNotifications(self, message)) {
        sql.notify(PURGE_CHANNEL, payload).then(
          () => (warned = false),
          // The database away: the other instances follow within the time window.
          (error: unknown) => warn("could not tell the other instances of a purge", error),
        );
      }
    },
    close: async () => {
      closed = true;
      await sql.end({ timeout: 5 });
    },
  };
}
