import type { EntityManager } from '@mikro-orm/knex';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { authorize } from '../access/policy';
import type { AtlasContext } from '../graphql/context';
import { Revision } from '../history/revision.entity';
import { Country } from './country.entity';

/**
 * Every revision of a country's statistics, those deleted included, newest first: the statistics
 * page's history. A statistic's recorded state names its country by code (country-statistic-state.ts).
 */
export function statisticRevisions(em: EntityManager, country: Pick<Country, 'code'>): Promise<Revision[]> {
  return em.find(
    Revision,
    {
      entityType: 'CountryStatistic',
      $or: [{ after: { countryCode: country.code } }, { before: { countryCode: country.code } }],
    },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
}

@Resolver(() => Country)
export class CountryStatisticHistoryResolver {
  @FieldResolver(() => [Revision], {
    description:
      'The history of its headline statistics, newest first: every addition, correction, deletion and restore, of statistics still there and of deleted ones (`entityGlobalId` says which). Editors only.',
  })
  statisticRevisions(@Root() country: Country, @Ctx() { em, viewer }: AtlasContext): Promise<Revision[]> {
    authorize(viewer, 'revision.restore');
    return statisticRevisions(em, country);
  }
}
