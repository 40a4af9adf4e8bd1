import type { Knex } from '@mikro-orm/knex';
import type { PracticeStatus } from '@atlas/shared';
import { whereReadablePractice, type PracticeVisibility } from '../accounts/viewer';
import type { Dialect } from '../config';
import { VOCABULARY_FACET_FIELDS, type ChoiceFacetName, type MaskFacetName } from '../facets/facet-fields';
import { fullText } from './full-text';

/** A practice filter checked and turned into database terms (ids, masks, search terms). */
export interface PracticeCriteria {
  statuses: PracticeStatus[];
  visibility: PracticeVisibility;
  countryCodes?: string[];
  /** Per enum-set facet field (facets/facet-fields.ts), the bit mask of the chosen values. */
  masks: Partial<Record<MaskFacetName, number>>;
  /** Per single-valued vocabulary facet field, the chosen values. */
  choices: Partial<Record<ChoiceFacetName, string[]>>;
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
  for (const field of VOCABULARY_FACET_FIELDS) {
    const mask = field.kind === 'mask' ? criteria.masks[field.name] : undefined;
    const choices = field.kind === 'choice' ? criteria.choices[field.name] : undefined;
    if (mask !== undefined) qb.whereRaw(`(p.${field.column} & ?) <> 0`, [mask]);
    if (choices) qb.whereIn(`p.${field.column}`, choices);
  }
  if (criteria.programId !== undefined) qb.where('p.program_id', criteria.programId);
  if (criteria.eventId !== undefined) qb.where('p.event_id', criteria.eventId);
  if (criteria.yearFrom !== undefined) qb.where('p.year', '>=', criteria.yearFrom);
  if (criteria.yearTo !== undefined) qb.where('p.year', '<=', criteria.yearTo);
  if (criteria.terms.length > 0) fullText(dialect).filter(qb, criteria.terms);
  return qb;
}
