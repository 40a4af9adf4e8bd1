/**
 * A small seedable pseudo-random generator (sfc32), so that the same seed gives the same data on
 * every machine and Node version (Math.random cannot be seeded). Each kind of record draws from a
 * stream of its own: asking for more outcomes does not change the practices.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: string) {
    const h = hashOf(`${seed}/${stream}`);
    [this.a, this.b, this.c, this.d] = [h[0], h[1], h[2], h[3]];
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the choices, with probability proportional to its weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [value, weight] of choices) {
      point -= weight;
      if (point < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  /** `count` distinct indices below `length`, in random order. */
  sample(length: number, count: number): number[] {
    const indices = Array.from({ length }, (_, i) => i);
    const n = Math.min(count, length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (length - i));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    return indices.slice(0, n);
  }

  /** Between `min` and `max` values of the vocabulary, in its order. */
  subset<T>(values: readonly T[], min: number, max: number): T[] {
    const mask = this.mask(values.length, min, max);
    return values.filter((_, index) => (mask & (1 << index)) !== 0);
  }

  /** A bit mask with between `min` and `max` (at most `bits`) of its lowest `bits` bits set. */
  mask(bits: number, min: number, max: number): number {
    const count = Math.min(bits, this.int(min, max));
    let mask = 0;
    for (let set = 0; set < count;) {
      const bit = 1 << Math.floor(this.next() * bits);
      if ((mask & bit) === 0) {
        mask |= bit;
        set++;
      }
    }
    return mask;
  }
}

/** Four 32-bit words from a string (cyrb128). */
function hashOf(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
