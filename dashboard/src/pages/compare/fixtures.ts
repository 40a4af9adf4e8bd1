import type { ComparisonData, CountriesData } from './queries';
import { REMITTANCES, citation, countries } from '../../test-support/fixtures';

/** Component-test data, typed by the queries' results. */
export const countriesData: CountriesData = {
  countries: countries('ID', 'PH', 'TH', 'VN'),
};

const worldBank = citation(
  'Personal remittances, received (current US$)',
  'https://example.org/remittances',
  'IndexMundi',
);
const kontan = citation('Kemnaker sasar 150 desa, "Desmigratif"', 'https://example.org/kontan', 'Kontan', '2019-01-15');

/** Philippines then Indonesia, in the order of `?countries=PH,ID`. */
export const comparisonData: ComparisonData = {
  compareCountries: {
    countries: [
      {
        id: 'Q291bnRyeTo3',
        code: 'PH',
        name: 'Philippines',
        practiceCount: 12,
        programs: [
          {
            id: 'UHJvZ3JhbTo1',
            name: 'National Reintegration Center for OFWs',
            acronym: 'NRCO',
            status: 'ACTIVE',
            kind: 'REINTEGRATION',
            reach: 'NATIONAL',
            startYear: 2007,
            endYear: null,
          },
        ],
      },
      {
        id: 'Q291bnRyeToz',
        code: 'ID',
        name: 'Indonesia',
        practiceCount: 12,
        programs: [
          {
            id: 'UHJvZ3JhbTox',
            name: 'Productive Migrant Village',
            acronym: 'Desmigratif',
            status: 'ACTIVE',
            kind: 'REINTEGRATION',
            reach: 'NATIONAL',
            startYear: 2016,
            endYear: null,
          },
        ],
      },
    ],
    indicators: [
      {
        indicator: {
          code: 'DESMIGRATIF_VILLAGES_NEW',
          name: 'New Desmigratif villages formed in the year',
          unit: 'villages',
          translations: [],
          description: 'Villages that joined the programme in the year.',
        },
        values: [
          {
            country: { code: 'ID', name: 'Indonesia' },
            kind: 'OUTCOME',
            program: { id: 'UHJvZ3JhbTox', name: 'Productive Migrant Village', acronym: 'Desmigratif' },
            year: 2018,
            value: 130,
            sex: 'TOTAL',
            note: 'In 87 regencies, 12 provinces.',
            source: kontan,
          },
        ],
      },
      {
        indicator: REMITTANCES,
        values: [
          {
            country: { code: 'PH', name: 'Philippines' },
            kind: 'STATISTIC',
            program: null,
            year: 2020,
            value: 34913340000,
            sex: 'TOTAL',
            note: null,
            source: worldBank,
          },
          {
            country: { code: 'ID', name: 'Indonesia' },
            kind: 'STATISTIC',
            program: null,
            year: 2020,
            value: 9650927000,
            sex: 'TOTAL',
            note: 'World Bank, current US$',
            source: worldBank,
          },
        ],
      },
    ],
    coverage: [
      { country: { code: 'PH' }, dimension: 'ECONOMIC', theme: 'ENTREPRENEURSHIP', practiceCount: 5 },
      { country: { code: 'ID' }, dimension: 'ECONOMIC', theme: 'ENTREPRENEURSHIP', practiceCount: 2 },
      { country: { code: 'ID' }, dimension: 'SOCIAL', theme: 'COMMUNITY_DEVELOPMENT', practiceCount: 1 },
    ],
  },
};

/** The 11 member states as the API lists them (by name). */
const MEMBER_STATES: [code: string, name: string][] = [
  ['BN', 'Brunei Darussalam'],
  ['KH', 'Cambodia'],
  ['ID', 'Indonesia'],
  ['LA', 'Lao PDR'],
  ['MY', 'Malaysia'],
  ['MM', 'Myanmar'],
  ['PH', 'Philippines'],
  ['SG', 'Singapore'],
  ['TH', 'Thailand'],
  ['TL', 'Timor-Leste'],
  ['VN', 'Viet Nam'],
];

export const allCountriesData: CountriesData = {
  countries: MEMBER_STATES.map(([code, name]) => ({ code, name })),
};

type ComparedValue = ComparisonData['compareCountries']['indicators'][number]['values'][number];

function statistic(code: string, name: string, year: number, value: number, sex: ComparedValue['sex'] = 'TOTAL') {
  return {
    country: { code, name },
    kind: 'STATISTIC' as const,
    program: null,
    year,
    value,
    sex,
    note: null,
    source: worldBank,
  };
}

/**
 * All 11 compared: remittances for every one in 2018 and 2020, and in 2019 for all but Indonesia
 * (its line has a gap there); women's and all remittances sent home by Philippine and Indonesian
 * workers on a second chart.
 */
export const allCountriesComparison: ComparisonData = {
  compareCountries: {
    countries: MEMBER_STATES.map(([code, name], index) => ({
      id: `Q291bnRyeTo${index}`,
      code,
      name,
      practiceCount: index + 1,
      programs: [],
    })),
    indicators: [
      {
        indicator: REMITTANCES,
        values: MEMBER_STATES.flatMap(([code, name], index) =>
          [2018, 2019, 2020]
            .filter((year) => code !== 'ID' || year !== 2019)
            .map((year) => statistic(code, name, year, (index + 1) * 1e9 + (year - 2018) * 1e8)),
        ),
      },
      {
        indicator: {
          code: 'REMITTANCES_SENT_HOME',
          name: 'Remittances sent home by workers abroad',
          unit: 'USD',
          translations: [],
          description: 'Cash remittances sent home through banks.',
        },
        values: [
          statistic('ID', 'Indonesia', 2019, 11e9),
          statistic('ID', 'Indonesia', 2020, 9.4e9),
          statistic('PH', 'Philippines', 2019, 30e9),
          statistic('PH', 'Philippines', 2020, 29.9e9),
          statistic('PH', 'Philippines', 2019, 12e9, 'FEMALE'),
          statistic('PH', 'Philippines', 2020, 11.8e9, 'FEMALE'),
        ],
      },
    ],
    coverage: MEMBER_STATES.map(([code], index) => ({
      country: { code },
      dimension: 'ECONOMIC' as const,
      theme: 'ENTREPRENEURSHIP' as const,
      practiceCount: index + 1,
    })),
  },
};
