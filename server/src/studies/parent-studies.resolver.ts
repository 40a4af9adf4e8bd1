import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Study } from './study.entity';

/*
 * The studies of a programme and of a practice, as fields of those types. They live here, with
 * studies, so that programmes and practices never depend on studies' resolvers.
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
