import { unitKind } from '@atlas/shared';
import type { Knex } from '@mikro-orm/knex';

/** How an indicator's values look: shares in percent, sums of money, or counts of things. */
export type ValueKind = 'percent' | 'money' | 'count';

/** The real records synthetic ones refer to: the seed's countries and indicators, as stored. */
export interface ReferenceData {
  countries: { id: number; code: string }[];
  /** Index into `countries` and weight: the large countries of origin get the most records. */
  countryWeights: (readonly [number, number])[];
  indicators: { id: number; code: string; kind: ValueKind }[];
}

/** Rough relative numbers of programmes and practices, after the size of each country's return migration. */
const COUNTRY_WEIGHTS: Record<string, number> = {
  ID: 20,
  PH: 20,
  VN: 12,
  MM: 10,
  KH: 9,
  TH: 8,
  LA: 7,
  MY: 5,
  TL: 4,
  SG: 2,
  BN: 1,
};

export async function loadReferenceData(trx: Knex.Transaction): Promise<ReferenceData> {
  const countries = (await trx('country').select('id', 'code').orderBy('code')) as { id: number; code: string }[];
  const indicators = (await trx('indicator').select('id', 'code', 'unit').orderBy('code')) as {
    id: number;
    code: string;
    unit: string;
  }[];
  if (countries.length === 0 || indicators.length === 0) {
    throw new Error('The database has no countries or indicators: load the real seed first (pnpm cli seed).');
  }
  return {
    countries: countries.map((c) => ({ id: Number(c.id), code: c.code })),
    countryWeights: countries.map((c, index) => [index, COUNTRY_WEIGHTS[c.code] ?? 3] as const),
    indicators: indicators.map((i) => ({ id: Number(i.id), code: i.code, kind: valueKindOf(i.unit) })),
  };
}

/** The unit's kind (shared with the field rules), shares of a target drawn as shares. */
function valueKindOf(unit: string): ValueKind {
  const kind = unitKind(unit);
  return kind === 'percentOfTarget' ? 'percent' : kind;
}
