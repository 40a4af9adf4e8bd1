import type { ComparisonData, CountriesData } from './queries';

/** Component-test data, typed by the queries' results. */
export const countriesData: CountriesData = {
  countries: [
    { code: 'ID', name: 'Indonesia' },
    { code: 'PH', name: 'Philippines' },
    { code: 'TH', name: 'Thailand' },
    { code: 'VN', name: 'Viet Nam' },
  ],
};

const worldBank = {
  title: 'Personal remittances, received (current US$)',
  url: 'https://example.org/remittances',
  publisher: 'IndexMundi',
  publishedOn: null,
};
const kontan = {
  title: 'Kemnaker sasar 150 desa, "Desmigratif"',
  url: 'https://example.org/kontan',
  publisher: 'Kontan',
  publishedOn: '2019-01-15',
};

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
        indicator: {
          code: 'REMITTANCES_USD',
          name: 'Personal remittances received',
          unit: 'USD',
          description: 'Personal remittances received by the country.',
        },
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
