import { normalCountryCode, yearRangeProblem } from '@atlas/shared';
import type { FilterQuery } from '@mikro-orm/core';
import type { InputProblems } from '../graphql/errors';
import { fromGlobalId, NOT_A_GLOBAL_ID, notAnIdOf } from '../graphql/global-id';
import type { OutcomeFilter } from './outcome-filter.input';
import type { Outcome } from './outcome.entity';

/**
 * The outcomes an `OutcomeFilter` selects, as a MikroORM condition; each problem is added to
 * `problems` at its path (`filter.yearTo`). The `outcomes` connection and outcomes.csv both use it.
 */
export function outcomeWhere(filter: OutcomeFilter, problems: InputProblems): FilterQuery<Outcome> {
  const where: FilterQuery<Outcome> & Record<string, unknown> = {};
  if (filter.programId != null) {
    const decoded = fromGlobalId(filter.programId);
    if (decoded?.typeName !== 'ReintegrationProgram') {
      problems.add('filter.programId', notAnIdOf('ReintegrationProgram'), NOT_A_GLOBAL_ID, {
        type: 'ReintegrationProgram',
      });
    } else where.program = decoded.id;
  }
  if (filter.countryCodes?.length) {
    where.program = {
      ...(typeof where.program === 'number' ? { id: where.program } : {}),
      country: { code: { $in: filter.countryCodes.map(normalCountryCode) } },
    };
  }
  if (filter.indicatorCodes?.length) where.indicator = { code: { $in: filter.indicatorCodes } };
  if (filter.yearFrom != null || filter.yearTo != null) {
    problems.addIf('filter.yearTo', yearRangeProblem(filter.yearFrom, filter.yearTo));
    where.year = {
      ...(filter.yearFrom != null && { $gte: filter.yearFrom }),
      ...(filter.yearTo != null && { $lte: filter.yearTo }),
    };
  }
  if (filter.sexes?.length) where.sex = { $in: filter.sexes };
  return where;
}
