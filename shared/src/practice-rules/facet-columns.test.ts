import { describe, expect, it } from 'vitest';
import { PracticeStatus, Theme } from '../vocabulary';
import { FACET_ROW_COLUMNS, FacetColumns, type FacetRow } from './facet-columns';
import { FACET_FIELDS } from './facet-fields';
import { countryIdsOf, facetList, type FacetLabels } from './facet-list';
import type { PracticeCriteria } from './practice-criteria';

const { PUBLISHED, DRAFT } = PracticeStatus;

function practice(id: number, values: Partial<FacetRow>): FacetRow {
  return {
    id,
    status: PUBLISHED,
    created_by_id: null,
    event_id: null,
    country_id: 1,
    themes: 0,
    dimensions: 0,
    levels: 0,
    stakeholders: 0,
    target_groups: 0,
    evidence_level: null,
    kind: 'REINTEGRATION',
    year: 2019,
    program_id: null,
    ...values,
  };
}

// Themes: bit 0 ENTREPRENEURSHIP, bit 3 SKILLS_TRAINING.
const ROWS = [
  practice(1, { themes: 0b0001, evidence_level: 'EVALUATED', year: 2015, program_id: 10 }),
  practice(2, { themes: 0b1001, country_id: 2, year: 2020, program_id: 10 }),
  practice(3, {
    themes: 0b1000,
    country_id: 2,
    evidence_level: 'DOCUMENTED',
    kind: 'DESTINATION_SIDE',
    program_id: 11,
  }),
  practice(4, { status: DRAFT, created_by_id: 5, themes: 0b0001, event_id: 8 }),
];

const criteria = (more: Partial<PracticeCriteria> = {}): PracticeCriteria => ({
  statuses: [PUBLISHED, DRAFT],
  visibility: { all: false, ownerId: null },
  masks: {},
  choices: {},
  terms: [],
  ...more,
});

const LABELS: FacetLabels = {
  countries: [
    { id: 1, code: 'ID', name: 'Indonesia' },
    { id: 3, code: 'MY', name: 'Malaysia' },
    { id: 2, code: 'PH', name: 'Philippines' },
  ],
  programs: new Map([
    [10, { value: 'P10', name: 'Desmigratif' }],
    [11, { value: 'P11', name: 'Balik Pinas' }],
  ]),
};
const KNOWN = LABELS.countries;

const field = (name: string) => FACET_FIELDS.find((f) => f.name === name)!;

describe('FacetColumns', () => {
  const columns = new FacetColumns(ROWS);

  it('reads every facet field’s column and the columns of visibility and events', () => {
    expect(FACET_ROW_COLUMNS).toEqual([
      'id',
      'status',
      'created_by_id',
      'event_id',
      ...FACET_FIELDS.map((f) => f.column),
    ]);
    expect(Object.keys(ROWS[0]!).sort()).toEqual([...FACET_ROW_COLUMNS].sort());
  });

  it('counts what the viewer may read: published practices, and their own', () => {
    expect(columns.count(criteria(), KNOWN, null)).toBe(3);
    expect(columns.count(criteria({ visibility: { all: false, ownerId: 5 } }), KNOWN, null)).toBe(4);
    expect(columns.count(criteria({ visibility: { all: true, ownerId: null } }), KNOWN, null)).toBe(4);
    expect(columns.count(criteria({ statuses: [DRAFT], visibility: { all: true, ownerId: null } }), KNOWN, null)).toBe(
      1,
    );
  });

  it('narrows by each field: masks, choices, countries, programme, years, event, search matches', () => {
    const editor = { visibility: { all: true, ownerId: null } };
    const count = (more: Partial<PracticeCriteria>, text: number[] | null = null) =>
      columns.count(criteria({ ...editor, ...more }), KNOWN, text && new Set(text));
    expect(count({ masks: { themes: 0b1000 } })).toBe(2);
    expect(count({ masks: { themes: 0b1001 } })).toBe(4);
    expect(count({ choices: { evidenceLevels: ['EVALUATED', 'DOCUMENTED'] } })).toBe(2);
    expect(count({ choices: { kinds: ['DESTINATION_SIDE', 'RETURN'] } })).toBe(1);
    expect(count({ choices: { kinds: ['REINTEGRATION'] } })).toBe(3);
    expect(count({ countryCodes: ['PH'] })).toBe(2);
    expect(count({ programId: 10 })).toBe(2);
    expect(count({ yearFrom: 2016, yearTo: 2019 })).toBe(2);
    expect(count({ eventId: 8 })).toBe(1);
    expect(count({}, [1, 3, 99])).toBe(2);
    // Alternatives: the rest of the criteria and any one of them (a theme OR a country).
    expect(count({ anyOf: [criteria({ masks: { themes: 0b1000 } }), criteria({ countryCodes: ['ID'] })] })).toBe(4);
    expect(count({ yearTo: 2019, anyOf: [criteria({ programId: 11 }), criteria({ eventId: 8 })] })).toBe(2);
    expect(count({ anyOf: [criteria({ countryCodes: ['MY'] })] })).toBe(0);
    expect(columns.select(criteria({ ...editor, masks: { themes: 0b0001 } }), KNOWN, [4, 3, 1, 99])).toEqual([4, 1]);
  });

  it('tallies every field, and each without its own condition on request', () => {
    const narrowed = criteria({ masks: { themes: 0b1000 }, yearTo: 2019 });
    const plain = columns.tally(narrowed, KNOWN, null);
    expect(plain.total).toBe(1);
    expect(plain.counts.themes).toEqual(new Map([[3, 1]]));
    expect(plain.counts.years).toEqual(new Map([[2019, 1]]));

    const disjunctive = columns.tally(narrowed, KNOWN, null, true);
    expect(disjunctive.total).toBe(1);
    // Themes under the year alone: practices 1 and 3; years under the theme alone: practices 2 and 3.
    expect(disjunctive.counts.themes).toEqual(
      new Map([
        [0, 1],
        [3, 1],
      ]),
    );
    expect(disjunctive.counts.years).toEqual(
      new Map([
        [2019, 1],
        [2020, 1],
      ]),
    );
  });

  it('tallies only the search matches it holds, in whatever order they come', () => {
    const years = (text: number[]) => columns.tally(criteria(), KNOWN, new Set(text)).counts.years;
    // Practice 4 is a draft the anonymous viewer does not see; 99 is not held.
    const matched = columns.tally(criteria(), KNOWN, new Set([99, 3, 4, 1]));
    expect(matched.total).toBe(2);
    expect(matched.counts.years).toEqual(
      new Map([
        [2015, 1],
        [2019, 1],
      ]),
    );
    expect(years([1, 3])).toEqual(years([3, 1]));
    expect(columns.tally(criteria(), KNOWN, new Set()).total).toBe(0);
  });
});

describe('facetList', () => {
  const { counts } = new FacetColumns(ROWS).tally(criteria(), KNOWN, null);
  const list = (name: string) => facetList(field(name), counts[name]!, LABELS);

  it('lists every value of a vocabulary in its order, labelled, zero counts included', () => {
    expect(list('themes').slice(0, 4)).toEqual([
      { value: Theme.ENTREPRENEURSHIP, label: 'Entrepreneurship', count: 2 },
      { value: Theme.FINANCIAL_LITERACY, label: 'Financial literacy', count: 0 },
      { value: Theme.ACCESS_TO_FINANCE, label: 'Access to finance', count: 0 },
      { value: Theme.SKILLS_TRAINING, label: 'Skills training', count: 2 },
    ]);
    expect(list('evidenceLevels').map(({ value, count }) => [value, count])).toEqual([
      ['DOCUMENTED', 1],
      ['MONITORED', 0],
      ['EVALUATED', 1],
      ['RIGOROUS', 0],
    ]);
    expect(list('kinds').map(({ value, label, count }) => [value, label, count])).toEqual([
      ['REINTEGRATION', 'Reintegration', 2],
      ['RETURN', 'Return', 0],
      ['DESTINATION_SIDE', 'Destination-side measure', 1],
      ['MIGRATION_SERVICES', 'Migration services', 0],
    ]);
  });

  it('lists every member state by name, the years latest first, the programmes most practices first', () => {
    expect(list('countries')).toEqual([
      { value: 'ID', label: 'Indonesia', count: 1 },
      { value: 'MY', label: 'Malaysia', count: 0 },
      { value: 'PH', label: 'Philippines', count: 2 },
    ]);
    expect(list('years')).toEqual([
      { value: 2020, label: '2020', count: 1 },
      { value: 2019, label: '2019', count: 1 },
      { value: 2015, label: '2015', count: 1 },
    ]);
    expect(list('allPrograms')).toEqual([
      { value: 'P10', label: 'Desmigratif', count: 2 },
      { value: 'P11', label: 'Balik Pinas', count: 1 },
    ]);
  });

  it('breaks a tie between programmes by name', () => {
    const tie = new Map([
      [10, 1],
      [11, 1],
    ]);
    expect(facetList(field('allPrograms'), tie, LABELS).map((p) => p.label)).toEqual(['Balik Pinas', 'Desmigratif']);
  });

  it('finds the member states the criteria name', () => {
    expect(countryIdsOf(criteria(), LABELS.countries)).toBeNull();
    expect(countryIdsOf(criteria({ countryCodes: ['PH', 'XX'] }), LABELS.countries)).toEqual(new Set([2]));
  });
});
