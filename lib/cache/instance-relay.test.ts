import { describe, expect, it } from "vitest";
import { instancePurgeMessage, parseInstancePurge, purgeNotifications } from "./instance-relay";
import type { PurgeMessage } from "./purge-relay";

const message = (tags: string[], front: PurgeMessage["front"] = []): PurgeMessage => ({ kind: "zhihui-purge", tags: tags.map((tag) => [tag, { expired: 1_000 }]), front });

describe("purgeNotifications", () => {
  it("sends a purge as one payload when it fits: the tags' names and the front cache's purges", () => {
    const payloads = purgeNotifications("i1", message(["_N_T_/cached/zh/positions/7", "_N_T_/cached/zh"], [["/cached/zh/positions/7"], ["/api/v1", "layout"]]));
    expect(payloads).toHaveLength(1);
    expect(JSON.parse(payloads[0]!)).toEqual({ from: "i1", tags: ["_N_T_/cached/zh/positions/7", "_N_T_/cached/zh"], front: [["/cached/zh/positions/7"], ["/api/v1", "layout"]] });
  });

  it("splits a large purge into payloads under the limit, every entry once and in order", () => {
    const tags = Array.from({ length: 300 }, (_, i) => `_N_T_/cached/zh.talent/employers/${1000 + i}`);
    const front = tags.map((tag): [string] => [tag.slice("_N_T_".length)]);
    const payloads = purgeNotifications("instance", message(tags, front), 2_000);
    expect(payloads.length).toBeGreaterThan(5);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(2_000);
    const parts = payloads.map((payload) => parseInstancePurge(payload)!);
    expect(parts.flatMap((part) => part.tags)).toEqual(tags);
    expect(parts.flatMap((part) => part.front)).toEqual(front);
    expect(new Set(parts.map((part) => part.from))).toEqual(new Set(["instance"]));
  });

  it("sends nothing for an empty purge, and drops an entry no payload could hold", () => {
    expect(purgeNotifications("i1", message([]))).toEqual([]);
    const payloads = purgeNotifications("i1", message(["x".repeat(3_000), "_N_T_/cached/en"]), 1_000);
    expect(payloads.map((payload) => parseInstancePurge(payload)!.tags)).toEqual([["_N_T_/cached/en"]]);
  });
});

describe("parseInstancePurge", () => {
  it("reads back what purgeNotifications wrote, and nothing else", () => {
    expect(parseInstancePurge('{"from":"a","tags":["t"],"front":[["/cached/zh"],["/api/v1","layout"],["/x","page"]]}')).toEqual({ from: "a", tags: ["t"], front: [["/cached/zh"], ["/api/v1", "layout"], ["/x", "page"]] });
    for (const payload of ["", "null", "[]", "not json", '{"tags":[],"front":[]}', '{"from":1,"tags":[],"front":[]}', '{"from":"a","tags":[1],"front":[]}', '{"from":"a","tags":[],"front":[["/x","everything"]]}', '{"from":"a","tags":[],"front":[[]]}', '{"from":"a","tags":[],"front":"/"}']) {
      expect(parseInstancePurge(payload), payload).toBeNull();
    }
  });
});

it("expires another instance's tags at this machine's time, whatever the sender's clock said", () => {
  const received = instancePurgeMessage({ from: "b", tags: ["_N_T_/cached/zh", "_N_T_/cached/en"], front: [["/cached/zh"]] }, 5_000);
  expect(received).toEqual({ kind: "zhihui-purge", tags: [["_N_T_/cached/zh", { expired: 5_000 }], ["_N_T_/cached/en", { expired: 5_000 }]], front: [["/cached/zh"]] });
});
