import { PracticeStatus } from '@atlas/shared';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test-support/test-database';
import { ANONYMOUS, type Viewer } from '../access/viewer';
import { Role } from '../access/role';
import { InputProblems } from '../graphql/errors';
import { toGlobalId } from '../graphql/global-id';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../vocabularies';
import type { PracticeFilter } from '../practices/practice-filter.input';
import { practiceCount, practiceFacets } from '../practices/practice-matches';
import { practiceQuery } from '../practices/practice-query';
import { practiceCriteria } from '../practices/practice-search';

const db = useTestDatabase({ synthetic: { programs: 60, practices: 3000, outcomes: 3000, seed: 11 } });

const em = () => db.orm.em.fork() as EntityManager;
const EDITOR: Viewer = { ...ANONYMOUS, userId: 1, role: Role.EDITOR };

/** The counts as SQL gives them, one statement per facet: what the in-memory pass must agree with. */
async function countedBySql(filter: PracticeFilter, viewer: Viewer) {
  const knex = em().getKnex();
  const matching = () => practiceQuery(knex, db.dialect, practiceCriteria(filter, viewer, new InputProblems()));
  const rows = (query: Knex.QueryBuilder) => em().execute<Record<string, string | number | null>[]>(query);
  const grouped = async (column: string) =>
    Object.fromEntries(
      (
        await rows(
          matching()
            .select({ key: `p.${column}` })
            .count({ n: '*' })
            .groupBy(`p.${column}`),
        )
      )
        .filter((row) => row.key !== null)
        .map((row) => [String(row.key), Number(row.n)]),
    );
  const bits = async (column: string, values: readonly string[]) => {
    const [row] = await rows(
      matching().select(
        knex.raw(
          values
            .map((_, bit) => `sum(case when (p.${column} & ${1 << bit}) <> 0 then 1 else 0 end) as b${bit}`)
            .join(', '),
        ),
      ),
    );
    return Object.fromEntries(values.map((value, bit) => [value, Number(row?.[`b${bit}`] ?? 0)]));
  };
  const [total] = await rows(matching().count({ n: '*' }));
  return {
    total: Number(total?.n),
    countries: await grouped('country_id'),
    years: await grouped('year'),
    programs: await grouped('program_id'),
    evidenceLevels: await grouped('evidence_level'),
    kinds: await grouped('kind'),
    themes: await bits('themes', THEMES),
    dimensions: await bits('dimensions', DIMENSIONS),
    levels: await bits('levels', LEVELS),
    stakeholders: await bits('stakeholders', STAKEHOLDERS),
    targetGroups: await bits('target_groups', TARGET_GROUPS),
  };
}

async function countedInMemory(filter: PracticeFilter, viewer: Viewer, eachWithoutItsOwnFilter = false) {
  const { total, facets, countries } = await practiceFacets(
    em(),
    db.dialect,
    practiceCriteria(filter, viewer, new InputProblems()),
    { eachWithoutItsOwnFilter },
  );
  const nonZero = (entries: [string, number][]) => Object.fromEntries(entries.filter(([, n]) => n > 0));
  const idOf = new Map(countries.map((country) => [country.code, String(country.id)]));
  const values = (list: { value: string | number; count: number }[]) =>
    Object.fromEntries(list.map((f) => [String(f.value), f.count]));
  return {
    total,
    countries: nonZero(facets.countries.map((f) => [idOf.get(f.value)!, f.count])),
    years: values(facets.years),
    programs: Object.fromEntries(
      facets.allPrograms
        .first(Infinity)
        .map((f) => [String(Buffer.from(f.value, 'base64url').toString().split(':')[1]), f.count]),
    ),
    evidenceLevels: nonZero(facets.evidenceLevels.map((f) => [f.value, f.count])),
    kinds: nonZero(facets.kinds.map((f) => [f.value, f.count])),
    themes: values(facets.themes),
    dimensions: values(facets.dimensions),
    levels: values(facets.levels),
    stakeholders: values(facets.stakeholders),
    targetGroups: values(facets.targetGroups),
  };
}

/** Which filter fields narrow each facet group. */
const GROUP_FILTERS: Record<keyof Awaited<ReturnType<typeof countedBySql>>, (keyof PracticeFilter)[]> = {
  total: [],
  countries: ['countryCodes'],
  years: ['yearFrom', 'yearTo'],
  programs: ['programId'],
  evidenceLevels: ['evidenceLevels', 'minEvidenceLevel'],
  kinds: ['kinds'],
  themes: ['themes'],
  dimensions: ['dimensions'],
  levels: ['levels'],
  stakeholders: ['stakeholders'],
  targetGroups: ['targetGroups'],
};

/** Each group as SQL counts it under the filter without that group's own fields. */
async function countedBySqlEachWithoutItsOwnFilter(filter: PracticeFilter, viewer: Viewer) {
  const counted = await countedBySql(filter, viewer);
  for (const [group, fields] of Object.entries(GROUP_FILTERS)) {
    if (!fields.some((field) => filter[field] != null)) continue;
    const without = Object.fromEntries(Object.entries(filter).filter(([field]) => !fields.includes(field as never)));
    Object.assign(counted, { [group]: (await countedBySql(without, viewer))[group as keyof typeof counted] });
  }
  return counted;
}

const FILTERS: [string, PracticeFilter, Viewer][] = [
  ['everything published', {}, ANONYMOUS],
  ['a theme', { themes: ['ENTREPRENEURSHIP' as never] }, ANONYMOUS],
  [
    'countries, years and evidence',
    { countryCodes: ['ph', 'ID'], yearFrom: 2010, yearTo: 2020, evidenceLevels: ['EVALUATED' as never] },
    ANONYMOUS,
  ],
  [
    'several groups at once',
    {
      themes: ['ACCESS_TO_FINANCE' as never, 'SKILLS_TRAINING' as never],
      dimensions: ['ECONOMIC' as never],
      targetGroups: ['WOMEN' as never],
    },
    ANONYMOUS,
  ],
  ['full text', { text: 'cooperative' }, ANONYMOUS],
  ['kinds and a country', { kinds: ['DESTINATION_SIDE' as never, 'RETURN' as never], countryCodes: ['VN'] }, ANONYMOUS],
  ['every status, as an editor', { statuses: Object.values(PracticeStatus) }, EDITOR],
  ['drafts, as an editor', { statuses: [PracticeStatus.DRAFT, PracticeStatus.IN_REVIEW] }, EDITOR],
  ['an unknown country', { countryCodes: ['ZZ'] }, ANONYMOUS],
  [
    'a minimum evidence level and a theme',
    { minEvidenceLevel: 'MONITORED' as never, themes: ['ENTREPRENEURSHIP' as never] },
    ANONYMOUS,
  ],
  [
    'alternatives: a theme or a dimension in two countries, since 2010',
    {
      yearFrom: 2010,
      anyOf: [
        { themes: ['PSYCHOSOCIAL_SUPPORT' as never] },
        { dimensions: ['SOCIAL' as never], countryCodes: ['ID', 'VN'], kinds: ['REINTEGRATION' as never] },
      ],
    },
    ANONYMOUS,
  ],
  [
    'alternatives with full text',
    { text: 'training', anyOf: [{ countryCodes: ['PH'] }, { evidenceLevels: ['EVALUATED' as never] }] },
    ANONYMOUS,
  ],
];

describe('facet counts in memory', () => {
  for (const [name, filter, viewer] of FILTERS) {
    it(`agree with SQL: ${name}`, async () => {
      const expected = await countedBySql(filter, viewer);
      expect(await countedInMemory(filter, viewer)).toEqual(expected);
      const criteria = practiceCriteria(filter, viewer, new InputProblems());
      expect(await practiceCount(em(), db.dialect, criteria)).toBe(expected.total);
      if (name !== 'an unknown country') expect(expected.total).toBeGreaterThan(0);
    });
  }

  for (const [name, filter, viewer] of FILTERS) {
    it(`agree with SQL, each group without its own filter: ${name}`, async () => {
      const expected = await countedBySqlEachWithoutItsOwnFilter(filter, viewer);
      expect(await countedInMemory(filter, viewer, true)).toEqual(expected);
    });
  }

  it('agree with SQL for a programme', async () => {
    const [row] = await em().execute<{ id: number }[]>(
      'select program_id as id from practice where program_id is not null limit 1',
    );
    const filter = { programId: toGlobalId('ReintegrationProgram', Number(row!.id)) };
    expect(await countedInMemory(filter, ANONYMOUS)).toEqual(await countedBySql(filter, ANONYMOUS));
    const withTheme = { ...filter, themes: ['ENTREPRENEURSHIP' as never] };
    expect(await countedInMemory(withTheme, ANONYMOUS, true)).toEqual(
      await countedBySqlEachWithoutItsOwnFilter(withTheme, ANONYMOUS),
    );
  });

  it('follow every write, by anyone, and forget writes rolled back', async () => {
    const before = await countedInMemory({}, ANONYMOUS);
    const knex = em().getKnex();
    const [draft] = await em().execute<{ id: number }[]>(
      knex.from('practice').select('id').where('status', PracticeStatus.DRAFT).limit(1),
    );
    // Written outside the server's services, as another instance or the CLI would.
    await em().execute(knex('practice').update({ status: PracticeStatus.PUBLISHED }).where('id', draft!.id));
    const published = await countedInMemory({}, ANONYMOUS);
    expect(published.total).toBe(before.total + 1);
    expect(published).toEqual(await countedBySql({}, ANONYMOUS));

    await expect(
      em().transactional(async (tx) => {
        await (tx as EntityManager).execute(
          knex('practice').update({ status: PracticeStatus.DRAFT }).where('id', draft!.id),
        );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await countedInMemory({}, ANONYMOUS)).toEqual(published);
  });
});

it('lists the programmes most practices first, then by name as localeCompare orders names', async () => {
  const criteria = practiceCriteria({ themes: ['ENTREPRENEURSHIP' as never] }, ANONYMOUS, new InputProblems());
  const { facets } = await practiceFacets(em(), db.dialect, criteria, {});
  const listed = facets.allPrograms.first(Infinity);
  const expected = [...listed].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  expect(listed.map((program) => program.value)).toEqual(expected.map((program) => program.value));
  // Counts tie, so the names decide.
  expect(new Set(listed.map((program) => program.count)).size).toBeLessThan(listed.length);
});
