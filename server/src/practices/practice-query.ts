import type { Knex } from '@mikro-orm/knex';
import type { EvidenceLevel, PracticeStatus } from '@atlas/shared';
import { whereReadablePractice, type PracticeVisibility } from '../accounts/viewer';
import type { Dialect } from '../config';
import { fullText } from './full-text';

/** Bit masks of the enum-set columns, as stored by `EnumSetType`. */
export interface EnumSetMasks {
  themes?: number;
  dimensions?: number;
  levels?: number;
  stakeholders?: number;
  target_groups?: number;
}

/** A practice filter checked and turned into database terms (ids, masks, search terms). */
export interface PracticeCriteria {
  statuses: PracticeStatus[];
  visibility: PracticeVisibility;
  countryCodes?: string[];
  masks: EnumSetMasks;
  evidenceLevels?: EvidenceLevel[];
  programId?: number;
  eventId?: number;
  yearFrom?: number;
  yearTo?: number;
  terms: string[];
}

/** `select … from practice as p where <criteria>`: the one place the filter becomes SQL. */
export function practiceQuery(knex: Knex, dialect: Dialect, criteria: PracticeCriteria): Knex.QueryBuilder {
  const qb = knex.from({ p: 'practice' }).whereIn('p.status', criteria.statuses);
  whereReadablePractice(qb, criteria.visibility, 'p');
  if (criteria.countryCodes) {
    qb.whereIn('p.country_id', knex.from('country').select('id').whereIn('code', criteria.countryCodes));
  }
  for (const [column, mask] of Object.entries(criteria.masks)) {
    if (mask !== undefined) qb.whereRaw(`(p.${column} & ?) <> 0`, [mask]);
  }
  if (criteria.evidenceLevels) qb.whereIn('p.evidence_level', criteria.evidenceLevels);
  if (criteria.programId !== undefined) qb.where('p.program_id', criteria.programId);
  if (criteria.eventId !== undefined) qb.where('p.event_id', criteria.eventId);
  if (criteria.yearFrom !== undefined) qb.where('p.year', '>=', criteria.yearFrom);
  if (criteria.yearTo !== undefined) qb.where('p.year', '<=', criteria.yearTo);
  if (criteria.terms.length > 0) fullText(dialect).filter(qb, criteria.terms);
  return qb;
}
