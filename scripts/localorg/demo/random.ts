import { prng } from '../faults.ts';

/** The demo data's one source of chance: a seeded PRNG, so the same seed gives the same data. */
export class DemoRandom {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = prng(seed);
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** A whole number from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}
