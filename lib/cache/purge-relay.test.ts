import { describe, expect, it, vi } from "vitest";
import type { FrontCache } from "./front-cache";
import { isPurgeMessage, nextTagsManifest, PurgeRelay, type PurgeMessage, type TagEntry } from "./purge-relay";

/** One process: Next's tags manifest, a front cache that records its purges, a relay that records what it sends. */
function aProcess() {
  const manifest = new Map<string, TagEntry>();
  const purged: unknown[] = [];
  const front = { purge: (purges: unknown) => purged.push(purges) } as unknown as FrontCache;
  const sent: PurgeMessage[] = [];
  const relay = new PurgeRelay(manifest, front, (message) => sent.push(message));
  return { manifest, purged, relay, sent };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("PurgeRelay", () => {
  it("sends the tags Next expires in one go with the front cache's purges made meanwhile", async () => {
    const a = aProcess();
    a.relay.frontPurged([["/cached/zh/positions/5"]]);
    // As revalidatePath's tags are marked when the action ends: one after another, at once.
    a.manifest.set("_N_T_/cached/zh/positions/5", { expired: 1_000 });
    a.manifest.set("_N_T_/(cached)/cached/[locale]/search/[[...query]]/page", { expired: 1_000 });
    expect(a.manifest.get("_N_T_/cached/zh/positions/5"), "Next's own write still lands").toEqual({ expired: 1_000 });
    await tick();
    expect(a.sent).toEqual([
      {
        kind: "zhihui-purge",
        tags: [
          ["_N_T_/cached/zh/positions/5", { expired: 1_000 }],
          ["_N_T_/(cached)/cached/[locale]/search/[[...query]]/page", { expired: 1_000 }],
        ],
        front: [["/cached/zh/positions/5"]],
      },
    ]);
    expect(isPurgeMessage(a.sent[0])).toBe(true);
  });

  it("sends a front cache's purge that no tag follows after a moment", async () => {
    vi.useFakeTimers();
    try {
      const a = aProcess();
      a.relay.frontPurged([["/api/v1/positions"]]);
      a.relay.frontPurged([["/api/v1/positions/9"]]);
      expect(a.sent).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(150);
      expect(a.sent).toEqual([{ kind: "zhihui-purge", tags: [], front: [["/api/v1/positions"], ["/api/v1/positions/9"]] }]);
      await vi.advanceTimersByTimeAsync(500);
      expect(a.sent, "nothing more").toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("applies a sibling's purge without sending it back: the later time of each tag wins", async () => {
    const b = aProcess();
    b.manifest.set("_N_T_/cached/zh", { expired: 5_000 });
    await tick();
    b.sent.length = 0;
    b.relay.receive({
      kind: "zhihui-purge",
      tags: [
        ["_N_T_/cached/zh", { expired: 2_000 }],
        ["_N_T_/cached/en", { expired: 3_000, stale: 3_000 }],
      ],
      front: [["/cached/zh"], ["/cached/en"]],
    });
    await tick();
    expect(b.manifest.get("_N_T_/cached/zh")?.expired).toBe(5_000);
    expect(b.manifest.get("_N_T_/cached/en")).toEqual({ expired: 3_000, stale: 3_000 });
    expect(b.purged).toEqual([[["/cached/zh"], ["/cached/en"]]]);
    expect(b.sent, "a received purge is not relayed again").toHaveLength(0);
  });

  it("finds Next's tags manifest, the Map Next's cache reads (a Next upgrade that moves it fails here)", () => {
    expect(nextTagsManifest()).toBeInstanceOf(Map);
    expect(nextTagsManifest()).toBe(nextTagsManifest());
  });

  it("reads only its own messages", () => {
    expect(isPurgeMessage({ kind: "zhihui-purge", tags: [], front: [] })).toBe(true);
    for (const other of [null, "x", { kind: "zhihui-ready" }, { kind: "zhihui-purge", tags: "x", front: [] }, { cmd: "NODE_CLUSTER" }]) expect(isPurgeMessage(other)).toBe(false);
  });
});
