/**
 * A seeded pseudo-random generator: sfc32, its four words filled by splitmix32 from the seed. The same
 * seed gives the same stream on every machine (32-bit integer arithmetic only), so a data set can be
 * regenerated exactly; Math.random is never used.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** The next 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Shuffles in place (Fisher–Yates) and returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** A version-4 UUID made from the stream (deterministic, unlike crypto.randomUUID). */
  uuid(): string {
    const a = this.uint32();
    const b = ((this.uint32() & 0xffff0fff) | 0x00004000) >>> 0; // version 4
    const c = ((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0; // RFC 4122 variant
    const d = this.uint32();
    return `${hex8(a)}-${hex4(b >>> 16)}-${hex4(b & 0xffff)}-${hex4(c >>> 16)}-${hex4(c & 0xffff)}${hex8(d)}`;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex4 = (n: number) => HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;
const hex8 = (n: number) => hex4(n >>> 16) + hex4(n & 0xffff);

/** A table of items with weights, drawn from by binary search over the cumulative weights. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = [];
    this.cumulative = [];
    let sum = 0;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.items.push(item);
      this.cumulative.push(sum);
    }
    if (!this.items.length) throw new Error('a weighted table needs at least one positive weight');
    this.total = sum;
  }

  /** One item, with probability proportional to its weight. */
  draw(rng: Prng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Draws up to n distinct items, each with probability proportional to its remaining weight. */
export function drawDistinct<T>(rng: Prng, entries: readonly (readonly [T, number])[], n: number): T[] {
  const pool = entries.filter(([, w]) => w > 0).map(([item, w]) => ({ item, w }));
  const out: T[] = [];
  while (out.length < n && pool.length) {
    let x = rng.next() * pool.reduce((s, e) => s + e.w, 0);
    let i = 0;
    for (; i < pool.length - 1; i++) {
      x -= pool[i]!.w;
      if (x < 0) break;
    }
    out.push(pool[i]!.item);
    pool.splice(i, 1);
  }
  return out;
}

/**
 * Splits `total` into whole counts proportional to the weights (largest remainder), so a table of
 * shares becomes exact counts that add up.
 */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .sort((x, y) => y.r - x.r || x.i - y.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}
