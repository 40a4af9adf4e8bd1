import { describe, expect, it } from 'vitest';
import { ProgramFacet, type FacetLabels } from './facet-list';

/** A deterministic stream of numbers in [0, 1), so a failure can be replayed. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** `size` programmes with few distinct counts (many ties) and names that repeat, some not held. */
function programmes(size: number, seed: number, withOrder: boolean) {
  const next = numbers(seed);
  const names = ['Balik Pinas', 'balik pinas', 'Desmigratif', 'Émigré Aid', 'ASEAN Skills', 'Ōtsuka', 'zeta'];
  const labels = new Map<number, { value: string; name: string; order?: number }>();
  const counts = new Map<number, number>();
  for (let id = 1; id <= size; id++) {
    counts.set(id, 1 + Math.floor(next() * 6));
    // One in ten counted programmes is not held (deleted since): it is left out.
    if (next() < 0.1) continue;
    labels.set(id, { value: `P${id}`, name: `${names[Math.floor(next() * names.length)]} ${Math.floor(next() * 3)}` });
  }
  if (withOrder) {
    // As the facet snapshot places them: by localeCompare, equal names sharing one place.
    const byName = [...labels.values()].sort((a, b) => a.name.localeCompare(b.name));
    byName.forEach((label, index) => {
      const previous = byName[index - 1];
      label.order = previous && previous.name.localeCompare(label.name) === 0 ? previous.order : index;
    });
  }
  return { counts, programs: labels as FacetLabels['programs'] };
}

/** The list by the plain rule: every programme held, most practices first, then by name. */
function sortedByTheRule({ counts, programs }: ReturnType<typeof programmes>) {
  return [...counts]
    .filter(([id]) => programs.has(id))
    .map(([id, count]) => ({ id, value: programs.get(id)!.value, label: programs.get(id)!.name, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label) || a.id - b.id)
    .map(({ value, label, count }) => ({ value, label, count }));
}

describe('ProgramFacet', () => {
  it.each([
    { withOrder: true, seed: 1 },
    { withOrder: true, seed: 2 },
    { withOrder: false, seed: 3 },
  ])('lists the first n as sorting every programme would ($withOrder, seed $seed)', ({ withOrder, seed }) => {
    const held = programmes(2_000, seed, withOrder);
    const facet = new ProgramFacet(held.counts, held.programs);
    const expected = sortedByTheRule(held);
    for (const n of [0, 1, 2, 7, 50, 500, 1_799, 2_000, Infinity]) {
      const listed = facet.first(n);
      expect(listed).toHaveLength(Math.min(n, expected.length));
      expect(listed).toEqual(expected.slice(0, n));
    }
  });

  it('lists the same programmes in the same order however far it is asked', () => {
    const held = programmes(300, 4, true);
    const facet = new ProgramFacet(held.counts, held.programs);
    const every = facet.first(Infinity);
    for (const n of [1, 10, 50, 299]) expect(facet.first(n)).toEqual(every.slice(0, n));
  });

  it('lists nothing for no programmes, and leaves out those it does not hold', () => {
    expect(new ProgramFacet(new Map(), new Map()).first(50)).toEqual([]);
    const facet = new ProgramFacet(
      new Map([
        [1, 3],
        [2, 5],
      ]),
      new Map([[1, { value: 'P1', name: 'Desmigratif' }]]),
    );
    expect(facet.first(50)).toEqual([{ value: 'P1', label: 'Desmigratif', count: 3 }]);
    expect(facet.first(1)).toEqual([{ value: 'P1', label: 'Desmigratif', count: 3 }]);
  });
});
