import type { EntityManager } from '@mikro-orm/knex';
import { Sex } from '@atlas/shared';
import { describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { fromGlobalId } from '../graphql/global-id';
import { Indicator } from '../indicators/indicator.entity';
import { createDraft } from '../../test-support/practice-test-kit';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { useTestAtlas } from '../../test-support/test-atlas';
import { Outcome } from './outcome.entity';

const atlas = useTestAtlas({ seed: true });

interface Series {
  indicator: { code: string; unit: string };
  country: { code: string };
  program: { key: string; name: string };
  points: {
    id: string;
    year: number;
    value: number;
    sex: string;
    source: { url: string };
    practice: { key: string } | null;
  }[];
}

const SERIES = `query Series($indicatorCode: String!, $countryCodes: [String!]) {
  outcomeSeries(indicatorCode: $indicatorCode, countryCodes: $countryCodes) {
    indicator { code unit }
    country { code }
    program { key name }
    points { id year value sex source { url } practice { key } }
  }
}`;

async function series(variables: Record<string, unknown>, token?: string): Promise<Series[]> {
  const response = await atlas.graphql<{ outcomeSeries: Series[] }>(SERIES, variables, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.outcomeSeries;
}

/** Adds figures of an indicator for a programme, straight into the database. */
async function addFigures(
  programKey: string,
  indicatorCode: string,
  figures: { year: number; value: number; sex?: Sex; practiceId?: number }[],
): Promise<void> {
  const em: EntityManager = atlas.em();
  const program = await em.findOneOrFail(ReintegrationProgram, { key: programKey });
  const indicator = await em.findOneOrFail(Indicator, { code: indicatorCode });
  const source = await em.findOneOrFail(Source, { key: 'katadata-desmigratif-infographic' });
  for (const figure of figures) {
    em.create(Outcome, {
      program,
      indicator,
      source,
      year: figure.year,
      value: figure.value,
      sex: figure.sex ?? Sex.TOTAL,
      practice: figure.practiceId ? em.getReference(Practice, figure.practiceId) : null,
    });
  }
  await em.flush();
}

describe('outcomeSeries', () => {
  it('gives one series per programme, its points by year, each with its source', async () => {
    const [desmigratif, ...others] = await series({ indicatorCode: 'DESMIGRATIF_VILLAGES_NEW' });
    expect(others).toEqual([]);
    expect(desmigratif).toMatchObject({
      indicator: { code: 'DESMIGRATIF_VILLAGES_NEW' },
      country: { code: 'ID' },
      program: { key: 'desmigratif' },
    });
    const years = desmigratif!.points.map((p) => p.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toEqual(expect.arrayContaining([2016, 2017, 2018, 2019]));
    // 2018 has two figures, from two sources that disagree: both are kept.
    expect(desmigratif!.points.filter((p) => p.year === 2018).map((p) => p.value)).toEqual(
      expect.arrayContaining([130, 135]),
    );
    expect(desmigratif!.points.every((p) => p.source.url.startsWith('http'))).toBe(true);
  });

  it('orders series by country then programme, and points by year then sex; filters by country', async () => {
    await addFigures('nrco', 'TRIPARTITE_PARTICIPANTS_SHARE_PCT', [
      { year: 2021, value: 40, sex: Sex.MALE },
      { year: 2021, value: 60, sex: Sex.FEMALE },
      { year: 2021, value: 100 },
      { year: 2019, value: 90 },
    ]);
    await addFigures('vn-returnee-job-fairs', 'TRIPARTITE_PARTICIPANTS_SHARE_PCT', [{ year: 2020, value: 12 }]);
    await addFigures('bpbh', 'TRIPARTITE_PARTICIPANTS_SHARE_PCT', [{ year: 2020, value: 7 }]);
    const all = await series({ indicatorCode: 'TRIPARTITE_PARTICIPANTS_SHARE_PCT' });
    const keys = all.map((s) => [s.country.code, s.program.name] as const);
    expect(keys).toEqual(
      [...keys].sort(([a, an], [b, bn]) => (a < b ? -1 : a > b ? 1 : an < bn ? -1 : an > bn ? 1 : 0)),
    );
    expect(all.map((s) => s.country.code)).toEqual(expect.arrayContaining(['PH', 'VN']));
    const nrco = all.find((s) => s.program.key === 'nrco')!;
    const added = nrco.points.filter((p) => p.year === 2019 || p.year === 2021).map((p) => [p.year, p.sex]);
    expect(added).toEqual([
      [2019, 'TOTAL'],
      [2021, 'TOTAL'],
      [2021, 'FEMALE'],
      [2021, 'MALE'],
    ]);

    const vietnam = await series({ indicatorCode: 'TRIPARTITE_PARTICIPANTS_SHARE_PCT', countryCodes: ['vn'] });
    expect(vietnam.map((s) => s.program.key)).toEqual(['vn-returnee-job-fairs']);
    expect(await series({ indicatorCode: 'DESMIGRATIF_VILLAGES_NEW', countryCodes: ['PH', 'TH'] })).toEqual([]);
    expect(await series({ indicatorCode: 'TRIPARTITE_PARTICIPANTS_SHARE_PCT', countryCodes: [] })).toEqual(all);
  });

  it('names the unknown indicator and each unknown country by its path', async () => {
    const unknownIndicator = await atlas.graphql(SERIES, { indicatorCode: 'NO_SUCH_THING' });
    expect(unknownIndicator.data).toBeNull();
    expect(unknownIndicator.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'indicatorCode', message: expect.stringContaining('NO_SUCH_THING') }],
    });
    const unknownCountries = await atlas.graphql(SERIES, {
      indicatorCode: 'NO_SUCH_THING',
      countryCodes: ['ID', 'FR', 'XX'],
    });
    expect(unknownCountries.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'indicatorCode', message: expect.any(String), code: 'INVALID', values: {} },
      { path: 'countryCodes[1]', message: expect.stringContaining('FR'), code: 'INVALID', values: {} },
      { path: 'countryCodes[2]', message: expect.stringContaining('XX'), code: 'INVALID', values: {} },
    ]);
  });

  it('hides the practice of a point from those who may not read it, as outcomes does', async () => {
    const contributor = await atlas.signIn(Role.CONTRIBUTOR);
    const editor = await atlas.signIn(Role.EDITOR);
    const draft = await createDraft(atlas, contributor.token, { title: 'A draft with a figure' });
    await addFigures('nrco', 'NRCO_LIVELIHOOD_BENEFICIARIES', [
      { year: 2030, value: 1, practiceId: fromGlobalId(draft.id)!.id },
    ]);
    const point = async (token?: string) =>
      (await series({ indicatorCode: 'NRCO_LIVELIHOOD_BENEFICIARIES' }, token))[0]!.points.find(
        (p) => p.year === 2030,
      )!;
    expect((await point()).practice).toBeNull();
    expect((await point(editor.token)).practice).toMatchObject({ key: draft.key });
    expect((await point(contributor.token)).practice).toMatchObject({ key: draft.key });
    // Figures of published practices show theirs to everybody.
    const published = (await series({ indicatorCode: 'DESMIGRATIF_VILLAGES_NEW' }))[0]!.points;
    expect(published.some((p) => p.practice?.key === 'desmigratif-village-scale-up')).toBe(true);
  });

  it('costs the same few statements for one country or all', async () => {
    const one = await atlas.countedGraphql(SERIES, {
      indicatorCode: 'TRIPARTITE_PARTICIPANTS_SHARE_PCT',
      countryCodes: ['PH'],
    });
    const all = await atlas.countedGraphql(SERIES, { indicatorCode: 'TRIPARTITE_PARTICIPANTS_SHARE_PCT' });
    expect(one.body.errors).toBeUndefined();
    expect(all.statements.length).toBeLessThanOrEqual(one.statements.length);
    expect(one.statements.length).toBeLessThanOrEqual(5);
  });
});
