import fc from 'fast-check';
import { findCycles } from '../cycles';

describe('findCycles', () => {
  it('finds each loop once, members in link order from where a walk entered it', () => {
    // 0 → 1 → 2 → 0 (a loop), 3 → 1 (a tail into it), 4 → 4 (its own predecessor), 5 → 6 (a chain).
    expect(findCycles([1, 2, 0, 1, 4, 6, -1])).toEqual([[0, 1, 2], [4]]);
    // Entered from a tail: the walk from 0 reaches the loop 1 → 2 → 1 at 1.
    expect(findCycles([1, 2, 1])).toEqual([[1, 2]]);
  });

  it('finds none without links or without loops', () => {
    expect(findCycles([])).toEqual([]);
    expect(findCycles([-1, -1])).toEqual([]);
    expect(findCycles([-1, 0, 1, 2])).toEqual([]);
  });

  it('returns exactly the steps that reach themselves by following links', () => {
    const graph = fc
      .integer({ min: 1, max: 40 })
      .chain((n) => fc.array(fc.integer({ min: -1, max: n - 1 }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(graph, (link) => {
        const onLoop = (start: number): boolean => {
          let node = link[start];
          for (let hops = 0; hops < link.length && node >= 0; hops++) {
            if (node === start) return true;
            node = link[node];
          }
          return false;
        };
        const found = findCycles(link).flat();
        const expected = link.map((_, i) => i).filter(onLoop);
        expect([...found].sort((a, b) => a - b)).toEqual(expected);
        expect(new Set(found).size).toBe(found.length);
      })
    );
  });
});
