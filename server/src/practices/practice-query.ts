import { VOCABULARY_FACET_FIELDS, type PracticeCriteria } from '@atlas/shared';
import type { Knex } from '@mikro-orm/knex';
import { whereReadablePractice } from '../access/viewer';
import type { Dialect } from '../config';
import { fullText } from './full-text';

/**
 * `select … from practice as p where <criteria>`: the one place the filter becomes SQL. The criteria
 * are `@atlas/shared`'s (practice-rules/practice-criteria.ts), which the facet columns also test in memory.
 */
export function practiceQuery(knex: Knex, dialect: Dialect, criteria: PracticeCriteria): Knex.QueryBuilder {
  const qb = knex.from({ p: 'practice' }).whereIn('p.status', criteria.statuses);
  whereReadablePractice(qb, criteria.visibility, 'p');
  narrow(knex, qb, criteria);
  const { anyOf } = criteria;
  if (anyOf) {
    qb.where((alternatives) => {
      for (const alternative of anyOf) alternatives.orWhere((one) => narrow(knex, one, alternative));
    });
  }
  if (criteria.terms.length > 0) fullText(dialect).filter(qb, criteria.terms);
  return qb;
}

/** The narrowing fields of `criteria` (countries, vocabularies, programme, event, years) as conditions of `qb`. */
function narrow(knex: Knex, qb: Knex.QueryBuilder, criteria: PracticeCriteria): void {
  if (criteria.countryCodes) {
    qb.whereIn('p.country_id', knex.from('country').select('id').whereIn('code', criteria.countryCodes));
  }
  for (const field of VOCABULARY_FACET_FIELDS) {
    const mask = field.kind === 'set' ? criteria.masks[field.name] : undefined;
    const choices = field.kind === 'one' ? criteria.choices[field.name] : undefined;
    if (mask !== undefined) qb.whereRaw(`(p.${field.column} & ?) <> 0`, [mask]);
    if (choices) qb.whereIn(`p.${field.column}`, choices);
  }
  if (criteria.programId !== undefined) qb.where('p.program_id', criteria.programId);
  if (criteria.eventId !== undefined) qb.where('p.event_id', criteria.eventId);
  if (criteria.yearFrom !== undefined) qb.where('p.year', '>=', criteria.yearFrom);
  if (criteria.yearTo !== undefined) qb.where('p.year', '<=', criteria.yearTo);
}
