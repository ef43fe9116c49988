/**
 * Deterministic randomness for the seed: mulberry32 streams keyed by a label, so that e.g.
 * the talents come out the same whatever the number of positions.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** k distinct items (fewer if there are fewer), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  shuffle<T>(items: T[]): T[];
  /** n characters of the given alphabet. */
  chars(alphabet: string, n: number): string;
}

/** FNV-1a, 32 bits: turns a stream label into a seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a bijection on 32-bit integers that mixes every bit. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number, label: string): Rng {
  const next = mulberry32(mix32(seed ^ hashString(label)));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new RangeError("weighted pick from an empty list");
      return last[0];
    },
    sample<T>(items: readonly T[], k: number): T[] {
      const copy = items.slice();
      const n = Math.min(k, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        const tmp = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = tmp;
      }
      return copy.slice(0, n);
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i] as T;
        items[i] = items[j] as T;
        items[j] = tmp;
      }
      return items;
    },
    chars(alphabet: string, n: number): string {
      let out = "";
      for (let i = 0; i < n; i++) out += alphabet.charAt(Math.floor(next() * alphabet.length));
      return out;
    },
  };
}

/**
 * A stable version-4-shaped UUID for the index-th record of a namespace, computed without
 * state: word 0 is a bijection of the index, and the namespace sits in the last nibble, so
 * two different (namespace, index) pairs never give the same id.
 */
export function seededUuid(seed: number, namespace: number, index: number): string {
  const w0 = mix32((index + mix32(seed ^ Math.imul(namespace + 1, 0x9e3779b9))) >>> 0);
  const w1 = mix32(w0 ^ 0x68e31da4);
  const w2 = mix32((w1 + 0x1b873593) >>> 0);
  const w3 = mix32((w2 + 0xcc9e2d51) >>> 0);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  const a = hex(w0);
  const b = hex((w1 & 0xffff0fff) | 0x00004000);
  const c = hex((w2 & 0x3fffffff) | 0x80000000);
  const d = hex((w3 & 0xfffffff0) | (namespace & 0xf));
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}
