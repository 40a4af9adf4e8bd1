import { MeasureKind } from '@atlas/shared';
import { describe, expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas();

interface Coverage {
  code: string;
  coverage: {
    practicesByKind: { kind: string; count: number }[];
    outcomeCount: number;
    statisticCount: number;
    studyCount: number;
  };
}

const COVERAGE = `{ countries { code coverage {
  practicesByKind { kind count } outcomeCount statisticCount studyCount } } }`;

/** What the other fields of the API give, counted by hand, for one member state. */
const DETAIL = `query($code: String!) {
  country(code: $code) {
    statistics { id }
    practices(first: 100) { nodes { kind studies { id } } }
    programs { reach country { code } outcomes { id } studies { id } }
  }
}`;

interface Detail {
  country: {
    statistics: { id: string }[];
    practices: { nodes: { kind: string; studies: { id: string }[] }[] };
    programs: { reach: string; country: { code: string }; outcomes: { id: string }[]; studies: { id: string }[] }[];
  };
}

describe('coverage per member state', () => {
  it('counts what the API lists of each state: practices per kind, its own programmes’ outcomes, statistics, studies', async () => {
    const { data, errors } = await atlas.graphql<{ countries: Coverage[] }>(COVERAGE);
    expect(errors).toBeUndefined();
    expect(data!.countries).toHaveLength(11);
    for (const { code, coverage } of data!.countries) {
      expect(coverage.practicesByKind.map((entry) => entry.kind)).toEqual(Object.values(MeasureKind));
      const detail = (await atlas.graphql<Detail>(DETAIL, { code })).data!.country;
      for (const { kind, count } of coverage.practicesByKind) {
        expect(count, `${code} ${kind}`).toBe(detail.practices.nodes.filter((p) => p.kind === kind).length);
      }
      const own = detail.programs.filter((program) => program.reach === 'NATIONAL' && program.country.code === code);
      expect(coverage.outcomeCount, code).toBe(own.reduce((sum, program) => sum + program.outcomes.length, 0));
      expect(coverage.statisticCount, code).toBe(detail.statistics.length);
      const studies = new Set([
        ...own.flatMap((program) => program.studies.map((study) => study.id)),
        ...detail.practices.nodes.flatMap((practice) => practice.studies.map((study) => study.id)),
      ]);
      expect(coverage.studyCount, code).toBe(studies.size);
    }
  });

  it('keeps a regional programme’s outcomes out of the state it is filed under', async () => {
    const { data } = await atlas.graphql<{ countries: Coverage[] }>(COVERAGE);
    const cambodia = data!.countries.find((country) => country.code === 'KH')!;
    const { data: all } = await atlas.graphql<{
      programs: { nodes: { outcomes: { id: string }[] }[] };
    }>('{ programs(filter: { countryCodes: ["KH"] }, first: 100) { nodes { outcomes { id } } } }');
    const everyOutcome = all!.programs.nodes.reduce((sum, program) => sum + program.outcomes.length, 0);
    expect(cambodia.coverage.outcomeCount).toBeLessThan(everyOutcome);
  });
});
