import { MeasureKind } from '@atlas/shared';
import { describe, expect, it } from 'vitest';
import { Role } from '../access/role';
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
    studies { id }
  }
}`;

/** Every study with the member states it names. */
const STUDIES = '{ studies(first: 100) { nodes { id countries { code } } } }';

interface Detail {
  country: {
    statistics: { id: string }[];
    practices: { nodes: { kind: string; studies: { id: string }[] }[] };
    programs: { reach: string; country: { code: string }; outcomes: { id: string }[]; studies: { id: string }[] }[];
    studies: { id: string }[];
  };
}

describe('coverage per member state', () => {
  it('counts what the API lists of each state: practices per kind, its own programmes’ outcomes, statistics, the studies that name it', async () => {
    const { data, errors } = await atlas.graphql<{ countries: Coverage[] }>(COVERAGE);
    expect(errors).toBeUndefined();
    expect(data!.countries).toHaveLength(11);
    const studies = (
      await atlas.graphql<{ studies: { nodes: { id: string; countries: { code: string }[] }[] } }>(STUDIES)
    ).data!.studies.nodes;
    for (const { code, coverage } of data!.countries) {
      expect(coverage.practicesByKind.map((entry) => entry.kind)).toEqual(Object.values(MeasureKind));
      const detail = (await atlas.graphql<Detail>(DETAIL, { code })).data!.country;
      for (const { kind, count } of coverage.practicesByKind) {
        expect(count, `${code} ${kind}`).toBe(detail.practices.nodes.filter((p) => p.kind === kind).length);
      }
      const own = detail.programs.filter((program) => program.reach === 'NATIONAL' && program.country.code === code);
      expect(coverage.outcomeCount, code).toBe(own.reduce((sum, program) => sum + program.outcomes.length, 0));
      expect(coverage.statisticCount, code).toBe(detail.statistics.length);
      const itsStudies = studies.filter((study) => study.countries.some((country) => country.code === code));
      expect(coverage.studyCount, code).toBe(itsStudies.length);
      expect(detail.studies.map((study) => study.id).sort(), code).toEqual(itsStudies.map((study) => study.id).sort());
      // A study of its national programmes or its practices is one of its studies.
      const linked = [
        ...own.flatMap((program) => program.studies),
        ...detail.practices.nodes.flatMap((practice) => practice.studies),
      ].map((study) => study.id);
      for (const id of linked)
        expect(
          itsStudies.map((study) => study.id),
          code,
        ).toContain(id);
    }
  });

  it('counts the studies of Cambodia and Thailand that no programme or practice fits, and a new one of Cambodia alone', async () => {
    const studyCountOf = async (code: string) => {
      const { data } = await atlas.graphql<{ countries: Coverage[] }>(COVERAGE);
      return data!.countries.find((country) => country.code === code)!.coverage.studyCount;
    };
    const cambodia = await studyCountOf('KH');
    expect(cambodia).toBeGreaterThanOrEqual(3);
    expect(await studyCountOf('TH')).toBeGreaterThanOrEqual(4);

    const editor = (await atlas.signIn(Role.EDITOR)).token;
    const { data: sources } = await atlas.graphql<{ sourcesConnection: { nodes: { id: string }[] } }>(
      '{ sourcesConnection(first: 1) { nodes { id } } }',
    );
    const created = await atlas.graphql(
      'mutation($input: StudyInput!) { createStudy(input: $input) { id } }',
      {
        input: {
          title: 'Returnees in Battambang',
          design: 'TRACER_SURVEY',
          measured: 'Work after return.',
          findings: 'Most had found work.',
          sourceId: sources!.sourcesConnection.nodes[0]!.id,
          countryCodes: ['KH'],
        },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(await studyCountOf('KH')).toBe(cambodia + 1);
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
