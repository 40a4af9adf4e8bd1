// Component tests only: the pieces of data that many pages' answers share, each written once.

import type { PracticeEntry } from '../components/practice-entry';
import type { ResultOf } from '../graphql';

/** A global ID as the API gives it: `Source:1` in unpadded base64. */
export function globalId(type: string, id: number): string {
  return btoa(`${type}:${id}`).replace(/=+$/, '');
}

/** A source as a citation shows it (the SourceCitation fragment). */
export function citation(
  title: string,
  url: string,
  publisher: string | null = null,
  publishedOn: string | null = null,
) {
  return {
    id: globalId('Source', url.length),
    title,
    url,
    publisher,
    publishedOn,
    language: null,
    weak: false,
    translations: [],
  };
}

/** A source of the Atlas with its ID (`Source:n`): what a form cites again. */
export function atlasSource(id: number, ...cited: Parameters<typeof citation>) {
  return { ...citation(...cited), id: globalId('Source', id) };
}

const COUNTRY_NAMES: Record<string, string> = {
  ID: 'Indonesia',
  MY: 'Malaysia',
  PH: 'Philippines',
  SG: 'Singapore',
  TH: 'Thailand',
  TL: 'Timor-Leste',
  VN: 'Viet Nam',
};

/** Member states by code, as lists of countries give them (code and name). */
export function countries(...codes: string[]) {
  return codes.map((code) => ({ code, name: COUNTRY_NAMES[code] ?? code }));
}

/** Desmigratif (Indonesia): the programme the programme and outcome forms edit, and two of its sources. */
export const DESMIGRATIF_ID = globalId('ReintegrationProgram', 1);
export const KATADATA = atlasSource(
  1,
  'Desa Migran Produktif tekan penempatan non-prosedural',
  'https://katadata.co.id/infografik/desmigratif',
  'Katadata',
);
export const KONTAN = atlasSource(
  2,
  'Kemnaker sasar 150 desa masuk program Desa Migran Produktif',
  'https://amp.kontan.co.id/news/kemnaker-sasar-150-desa',
  'Kontan',
);

/** The indicator the overview and the comparison show for every member state (its name in Indonesian too). */
export const REMITTANCES = {
  code: 'REMITTANCES_USD',
  name: 'Personal remittances received',
  unit: 'USD',
  translations: [
    { field: 'name', language: 'id', text: 'Remitansi perorangan yang diterima', origin: 'ATLAS' as const },
  ],
  description: 'Personal remittances received by the country.',
};

/** A savings group for returnees, as the practice page's and the practice form's tests load it (less what each sets). */
export const SAVINGS_GROUP: Omit<ResultOf<typeof PracticeEntry>, 'id' | 'version' | 'status' | 'title' | 'sources'> = {
  summary: 'Returnees pool their savings.',
  body: 'They meet monthly.',
  year: 2019,
  themes: ['FINANCIAL_LITERACY'],
  dimensions: ['ECONOMIC'],
  levels: [],
  stakeholders: [],
  targetGroups: [],
  evidenceLevel: 'DOCUMENTED',
  kind: 'REINTEGRATION',
  partners: [],
};
