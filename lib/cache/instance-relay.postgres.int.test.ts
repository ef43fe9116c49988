import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { listenForPurges } from "./instance-relay";
import type { PurgeMessage } from "./purge-relay";

// LISTEN/NOTIFY between two instances' relays on one PostgreSQL database (a database of its own:
// channels are per database). vitest.config.ts runs *.postgres.int.test.ts only when DATABASE_URL is set.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const purge = (tags: string[]): PurgeMessage => ({ kind: "zhihui-purge", tags: tags.map((tag) => [tag, { expired: 1 }]), front: tags.map((tag): [string] => [tag.replace("_N_T_", "")]) });

describe("purges between instances (PostgreSQL)", () => {
  it("reach every other instance, split when large, and not the instance that made them", async () => {
    if (t.target.kind !== "postgres") throw new Error("PostgreSQL only");
    const url = t.target.url;
    const onA: PurgeMessage[] = [];
    const onB: PurgeMessage[] = [];
    const a = listenForPurges(url, (m) => onA.push(m), { self: "instance-a" });
    const b = listenForPurges(url, (m) => onB.push(m), { self: "instance-b" });
    try {
      // Both listening (a notification sent before a LISTEN is not delivered).
      await vi.waitFor(async () => {
        a.notify(purge(["_N_T_/ready"]));
        expect(onB.length).toBeGreaterThan(0);
      }, { timeout: 10_000, interval: 200 });
      // (Later answers to the readiness tries may still come: they are left out below.)
      const received = (on: PurgeMessage[]) => on.flatMap((m) => m.tags.map(([tag]) => tag)).filter((tag) => tag !== "_N_T_/ready");
      onB.length = 0;
      const before = Date.now();
      const many = Array.from({ length: 400 }, (_, i) => `_N_T_/cached/zh.talent/employers/${i}`);
      a.notify(purge(many));
      await vi.waitFor(() => expect(received(onB)).toEqual(many), { timeout: 5_000, interval: 50 });
      expect(onB.length, "in several notifications").toBeGreaterThan(1);
      // Expired at B's own time, not the sender's.
      for (const m of onB) for (const [, entry] of m.tags) expect(entry.expired).toBeGreaterThanOrEqual(before);
      expect(onB.flatMap((m) => m.front).filter(([path]) => path !== "/ready").length).toBe(many.length);
      b.notify(purge(["_N_T_/from-b"]));
      await vi.waitFor(() => expect(received(onA)).toContain("_N_T_/from-b"), { timeout: 5_000, interval: 50 });
      expect(onA.some((m) => m.tags.some(([tag]) => tag.startsWith("_N_T_/cached"))), "A's own purges are not applied to A again").toBe(false);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("listens once the database is there, though it was away when the server started, and again after it was away", async () => {
    if (t.target.kind !== "postgres") throw new Error("PostgreSQL only");
    const real = new URL(t.target.url);
    // The database as B sees it: a forwarder that is not there at first, then is, then goes away and comes back.
    const sockets = new Set<net.Socket>();
    let forwarder: net.Server | undefined;
    const up = (port: number) =>
      new Promise<void>((resolve) => {
        forwarder = net.createServer((client) => {
          const server = net.connect(Number(real.port || 5432), real.hostname);
          for (const socket of [client, server]) {
            sockets.add(socket);
            socket.on("error", () => {});
          }
          client.pipe(server).pipe(client);
        });
        forwarder.listen(port, "127.0.0.1", resolve);
      });
    const down = () => new Promise<void>((resolve) => (sockets.forEach((socket) => socket.destroy()), sockets.clear(), forwarder!.close(() => resolve())));
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const viaForwarder = new URL(t.target.url);
    viaForwarder.host = `127.0.0.1:${port}`;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const onB: string[] = [];
    const b = listenForPurges(viaForwarder.toString(), (m) => onB.push(...m.tags.map(([tag]) => tag)), { self: "b", retryMs: 200 });
    const a = listenForPurges(t.target.url, () => {}, { self: "a" });
    const delivered = async (tag: string) =>
      vi.waitFor(() => {
        a.notify(purge([tag]));
        expect(onB).toContain(tag);
      }, { timeout: 15_000, interval: 300 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(errors, "the database away at the start: said once").toHaveBeenCalledTimes(1);
      await up(port);
      await delivered("_N_T_/after-start");
      expect(onB, "the first time it listens, nothing to make up for").not.toContain("_N_T_/(cached)/cached/[locale]/layout");
      await down();
      await up(port);
      await delivered("_N_T_/after-outage");
      // Back after an outage: what it missed is unknown, so every cached page is made again.
      expect(onB).toContain("_N_T_/(cached)/cached/[locale]/layout");
    } finally {
      await Promise.all([a.close(), b.close()]);
      await down();
      errors.mockRestore();
    }
  });

  it("starts without the database, and tells of it once instead of failing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const away = listenForPurges("postgres://postgres@127.0.0.1:1/nowhere", () => {}, { self: "alone", retryMs: 100 });
    away.notify(purge(["_N_T_/x"]));
    await vi.waitFor(() => expect(errors).toHaveBeenCalled(), { timeout: 10_000, interval: 100 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(errors.mock.calls.length, "one line, not one per try").toBe(1);
    await away.close();
    errors.mockRestore();
  });
});
