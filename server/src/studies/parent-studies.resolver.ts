import { QueryOrder } from '@mikro-orm/core';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Study } from './study.entity';

/*
 * The studies of a programme, of a practice and of a member state, as fields of those types. They
 * live here, with studies, so that programmes, practices and countries never depend on studies' resolvers.
 */

@Resolver(() => ReintegrationProgram)
export class ProgramStudiesResolver {
  @FieldResolver(() => [Study], {
    description: 'Studies of the programme (evaluations, surveys, trials), newest first.',
  })
  studies(@Root() program: ReintegrationProgram, @Ctx() { related }: AtlasContext): Promise<Study[]> {
    return related.collection(ReintegrationProgram, 'studies', program.id);
  }
}

@Resolver(() => Practice)
export class PracticeStudiesResolver {
  @FieldResolver(() => [Study], {
    description: 'The studies behind its evidence level (evaluations, surveys, audit studies, trials), newest first.',
  })
  studies(@Root() practice: Practice, @Ctx() { related }: AtlasContext): Promise<Study[]> {
    return related.collection(Practice, 'studies', practice.id);
  }
}

@Resolver(() => Country)
export class CountryStudiesResolver {
  @FieldResolver(() => [Study], {
    description:
      'Studies that concern the member state (those listing it among their countries): of its programmes, its practices or its returnees, newest first.',
  })
  studies(@Root() country: Country, @Ctx() { em }: AtlasContext): Promise<Study[]> {
    return em.find(
      Study,
      { countries: country.id },
      { orderBy: { year: QueryOrder.DESC_NULLS_LAST, id: QueryOrder.ASC } },
    );
  }
}
