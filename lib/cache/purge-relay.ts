import { createRequire } from "node:module";
import type { FrontCache } from "./front-cache";
import type { Purge } from "./cached-path";

/**
 * Several server processes on one machine (scripts/serve.ts with WEB_CONCURRENCY > 1, on
 * node:cluster) each keep their own cached pages: Next's copies (its incremental cache, in
 * memory) and the front cache's. A purge made in one process is relayed to the others through
 * the cluster's primary, so a change shows at once on every process of the instance, as it does
 * with one.
 *
 * Two things are relayed, in one message: the tags Next expires (its tags manifest, where
 * revalidatePath's implicit tags are marked expired when the action that called it ends), and
 * the front cache's purges made meanwhile (lib/cache/public-pages.ts). The message goes when Next
 * marks the tags, so a sibling expires Next's copy before, or with, the front cache's copy of it;
 * front purges that no tag follows go after FLUSH_MS.
 */

/** An entry of Next's tags manifest (next/dist/server/lib/incremental-cache/tags-manifest.external). */
export interface TagEntry {
  stale?: number;
  expired?: number;
}

/**
 * Next's tags manifest of this process: one Map, shared by Next's server and the app's bundles
 * (an external module of Next's, required by path), where revalidatePath marks the tags it
 * expires and Next's cache reads them. Next's own module, not a public API: a unit test checks
 * it is still there.
 */
export function nextTagsManifest(): Map<string, TagEntry> {
  const require = createRequire(import.meta.url);
  return (require("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as { tagsManifest: Map<string, TagEntry> }).tagsManifest;
}

export interface PurgeMessage {
  kind: "zhihui-purge";
  tags: [string, TagEntry][];
  front: Purge[];
}

export function isPurgeMessage(message: unknown): message is PurgeMessage {
  const m = message as Partial<PurgeMessage> | null;
  return typeof m === "object" && m !== null && m.kind === "zhihui-purge" && Array.isArray(m.tags) && Array.isArray(m.front);
}

const FLUSH_MS = 100;

/** The later of two times, either possibly missing. */
const later = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

export class PurgeRelay {
  private readonly pendingTags = new Map<string, TagEntry>();
  private pendingFront: Purge[] = [];
  private microtask = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private applying = false;
  private readonly setTag: (tag: string, entry: TagEntry) => Map<string, TagEntry>;

  /**
   * Watches `manifest` (Next's tags manifest of this process) for tags this process expires, and
   * sends them with the front cache's purges to the siblings through `send`.
   */
  constructor(
    private readonly manifest: Map<string, TagEntry>,
    private readonly front: FrontCache,
    private readonly send: (message: PurgeMessage) => void,
  ) {
    this.setTag = manifest.set.bind(manifest);
    manifest.set = (tag: string, entry: TagEntry) => {
      this.setTag(tag, entry);
      if (!this.applying) {
        this.pendingTags.set(tag, entry);
        // Next marks a purge's tags one after another in one go: they leave together.
        if (!this.microtask) {
          this.microtask = true;
          queueMicrotask(() => this.flush());
        }
      }
      return manifest;
    };
  }

  /** The front cache's purges made in this process (purgeFrontCache): sent with the next tags. */
  frontPurged(purges: readonly Purge[]): void {
    this.pendingFront.push(...purges);
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), FLUSH_MS);
      this.timer.unref?.();
    }
  }

  /** A sibling's purge: its tags marked here as there, then the front cache's copies dropped. */
  receive(message: PurgeMessage): void {
    this.applying = true;
    try {
      for (const [tag, entry] of message.tags) {
        const existing = this.manifest.get(tag) ?? {};
        this.setTag(tag, { ...existing, stale: later(existing.stale, entry.stale), expired: later(existing.expired, entry.expired) });
      }
    } finally {
      this.applying = false;
    }
    if (message.front.length > 0) this.front.purge(message.front);
  }

  private flush(): void {
    this.microtask = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pendingTags.size === 0 && this.pendingFront.length === 0) return;
    const message: PurgeMessage = { kind: "zhihui-purge", tags: [...this.pendingTags], front: this.pendingFront };
    this.pendingTags.clear();
    this.pendingFront = [];
    this.send(message);
  }
}
