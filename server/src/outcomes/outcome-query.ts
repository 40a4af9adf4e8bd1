import { normalCountryCode, yearRangeProblem } from '@atlas/shared';
import type { Knex } from '@mikro-orm/knex';
import type { InputProblems } from '../graphql/errors';
import { fromGlobalId, NOT_A_GLOBAL_ID, notAnIdOf } from '../graphql/global-id';
import type { OutcomeFilter } from './outcome-filter.input';
/**
 * `select … from outcome as o where <filter>`, every problem of the filter reported with its path:
 * the `outcomes` connection and outcomes.csv both list outcomes by it.
 */
export function outcomeQuery(knex: Knex, filter: OutcomeFilter, problems: InputProblems): () => Knex.QueryBuilder {
  let programId: number | undefined;
  if (filter.programId != null) {
    const decoded = fromGlobalId(filter.programId);
    if (decoded?.typeName !== 'ReintegrationProgram') {
      problems.add('filter.programId', notAnIdOf('ReintegrationProgram'), NOT_A_GLOBAL_ID, {
        type: 'ReintegrationProgram',
      });
    } else programId = decoded.id;
  }
  if (filter.yearFrom != null || filter.yearTo != null) {
    problems.addIf('filter.yearTo', yearRangeProblem(filter.yearFrom, filter.yearTo));
  }
  return () => {
    const qb = knex.from({ o: 'outcome' });
    if (programId !== undefined) qb.where('o.program_id', programId);
    if (filter.countryCodes?.length) {
      const countries = knex.from('country').select('id').whereIn('code', filter.countryCodes.map(normalCountryCode));
      qb.whereIn('o.program_id', knex.from('program').select('id').whereIn('country_id', countries));
    }
    if (filter.indicatorCodes?.length) {
      qb.whereIn('o.indicator_id', knex.from('indicator').select('id').whereIn('code', filter.indicatorCodes));
    }
    if (filter.yearFrom != null) qb.where('o.year', '>=', filter.yearFrom);
    if (filter.yearTo != null) qb.where('o.year', '<=', filter.yearTo);
    if (filter.sexes?.length) qb.whereIn('o.sex', filter.sexes);
    return qb;
  };
}
