import {
  Dimension,
  EvidenceLevel,
  MigrationProfile,
  PracticeStatus,
  ProgramStatus,
  Sex,
  Stakeholder,
  TargetGroup,
  Theme,
} from '@atlas/shared';
import { beforeAll, expect, it } from 'vitest';
import { Country } from '../countries/country.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { useTestAtlas } from '../../test-support/test-atlas';
import { Practice } from './practice.entity';

const atlas = useTestAtlas({ seed: false });

/** 120 synthetic practices (test data only, never the seed), each with two sources and an outcome citing a third. */
beforeAll(async () => {
  const em = atlas.em();
  const countries = ['ID', 'PH', 'VN'].map((code, i) =>
    em.create(Country, {
      code,
      iso3: `SY${i}`,
      name: `Synthetic ${code}`,
      memberSince: '1967',
      migrationProfile: MigrationProfile.ORIGIN,
      leadAgency: 'Synthetic agency',
      summary: 'Synthetic test country.',
    }),
  );
  const indicator = em.create(Indicator, {
    code: 'SYNTHETIC',
    name: 'Synthetic',
    description: 'Synthetic test indicator.',
    unit: 'persons',
  });
  for (let i = 0; i < 120; i++) {
    const sources = [0, 1].map((j) =>
      em.create(Source, {
        key: `synthetic-${i}-${j}`,
        title: `Synthetic source ${i}.${j}`,
        url: `https://example.org/synthetic/${i}/${j}`,
      }),
    );
    const outcomeSource = em.create(Source, {
      key: `synthetic-${i}-outcome`,
      title: `Synthetic outcome source ${i}`,
      url: `https://example.org/synthetic/${i}/outcome`,
    });
    const country = countries[i % 3]!;
    const program = em.create(ReintegrationProgram, {
      key: `synthetic-program-${i}`,
      name: `Synthetic programme ${i}`,
      country,
      leadAgency: 'Synthetic agency',
      status: ProgramStatus.ACTIVE,
      summary: 'Synthetic.',
      sources: [sources[0]!],
    });
    const practice = em.create(Practice, {
      key: `synthetic-${i}`,
      title: `Synthetic practice ${i}`,
      summary: 'Synthetic.',
      body: 'Synthetic test data.',
      country,
      program,
      year: 2000 + (i % 20),
      themes: [Theme.ENTREPRENEURSHIP],
      dimensions: [Dimension.ECONOMIC],
      stakeholders: [Stakeholder.GOVERNMENT],
      targetGroups: [TargetGroup.ALL_RETURNEES],
      evidenceLevel: EvidenceLevel.DOCUMENTED,
      status: PracticeStatus.PUBLISHED,
      sources,
    });
    em.create(Outcome, { program, practice, indicator, year: 2020, value: i, sex: Sex.TOTAL, source: outcomeSource });
  }
  await em.flush();
});

const QUERY = `query($first: Int) {
  practices(first: $first, orderBy: TITLE) {
    totalCount
    nodes {
      id title
      country { code name }
      program { name country { code } }
      sources { title url }
      outcomes { year value indicator { code unit } source { url } }
    }
  }
}`;

it('costs the same number of SQL statements for 10 practices as for 100, with country, programme, sources and outcomes', async () => {
  // The count's facet columns are read once, then again only after a write: not part of the page's cost.
  await atlas.graphql('{ practices(first: 1) { totalCount } }');
  const ten = await atlas.countedGraphql<{ practices: { nodes: { sources: unknown[]; outcomes: unknown[] }[] } }>(
    QUERY,
    { first: 10 },
  );
  const hundred = await atlas.countedGraphql<{ practices: { nodes: { sources: unknown[]; outcomes: unknown[] }[] } }>(
    QUERY,
    { first: 100 },
  );
  expect(ten.body.errors).toBeUndefined();
  expect(hundred.body.data?.practices.nodes).toHaveLength(100);
  expect(hundred.body.data?.practices.nodes.every((n) => n.sources.length === 2 && n.outcomes.length === 1)).toBe(true);
  console.log(
    `SQL statements for a practices page: ${ten.statements.length} (10 items), ${hundred.statements.length} (100 items)`,
  );
  expect(hundred.statements.length).toBe(ten.statements.length);
  expect(hundred.statements.length).toBeLessThanOrEqual(12);
});
