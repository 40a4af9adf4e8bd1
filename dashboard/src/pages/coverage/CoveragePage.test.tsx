import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import { renderSignedIn } from '../../test-support/signed-in';
import CoveragePage from './CoveragePage';

const kinds = (reintegration: number, destinationSide = 0, migrationServices = 0) => [
  { __typename: 'KindCount' as const, kind: 'REINTEGRATION' as const, count: reintegration },
  { __typename: 'KindCount' as const, kind: 'RETURN' as const, count: 0 },
  { __typename: 'KindCount' as const, kind: 'DESTINATION_SIDE' as const, count: destinationSide },
  { __typename: 'KindCount' as const, kind: 'MIGRATION_SERVICES' as const, count: migrationServices },
];

const COUNTRIES = [
  {
    __typename: 'Country' as const,
    code: 'BN',
    name: 'Brunei Darussalam',
    nationalPrograms: 0,
    sharedPrograms: 0,
    notFound: ['a return or reintegration programme'],
    coverage: {
      __typename: 'CountryCoverage' as const,
      practicesByKind: kinds(0),
      outcomeCount: 0,
      statisticCount: 2,
      studyCount: 0,
    },
  },
  {
    __typename: 'Country' as const,
    code: 'ID',
    name: 'Indonesia',
    nationalPrograms: 5,
    sharedPrograms: 1,
    notFound: [],
    coverage: {
      __typename: 'CountryCoverage' as const,
      practicesByKind: kinds(12, 1, 1),
      outcomeCount: 20,
      statisticCount: 9,
      studyCount: 4,
    },
  },
];

function openCoverage(path: string) {
  return renderSignedIn(
    null,
    path,
    <LocalizedRoutes>
      <CoveragePage />
    </LocalizedRoutes>,
    { Coverage: { countries: COUNTRIES } },
  );
}

describe('the coverage page', () => {
  beforeAll(() => loadCatalog('en'));

  it('counts what the Atlas holds per member state and says "not documented" where the sources gave nothing', async () => {
    openCoverage('/en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What the Atlas holds, per member state' }),
    ).toBeTruthy();
    // The heading is there before the answer: wait for the rows.
    const indonesia = await screen.findByRole('row', { name: /Indonesia/ });
    expect(
      within(indonesia)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['5', '1', '12', 'not documented', '1', '1', '20', '9', '4']);
    const brunei = screen.getByRole('row', { name: /Brunei/ });
    expect(within(brunei).getAllByText('not documented')).toHaveLength(8);
    expect(screen.getByText('a return or reintegration programme.')).toBeTruthy();
  });
});

describe('the coverage page, in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('says what is not documented in Indonesian', async () => {
    openCoverage('/id');
    expect(await screen.findByRole('heading', { level: 1, name: 'Isi Atlas per negara anggota' })).toBeTruthy();
    const brunei = await screen.findByRole('row', { name: /Brunei/ });
    expect(within(brunei).getAllByText('tidak terdokumentasi')).toHaveLength(8);
  });
});
