import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Outcome } from './outcome.entity';

/*
 * The outcomes of a programme and of a practice, as fields of those types. They live here, with
 * outcomes, so that programmes and practices never depend on outcomes.
 */

@Resolver(() => ReintegrationProgram)
export class ProgramOutcomesResolver {
  @FieldResolver(() => [Outcome], { description: 'Its measured results, by year.' })
  outcomes(@Root() program: ReintegrationProgram, @Ctx() { related }: AtlasContext): Promise<Outcome[]> {
    return related.collection(ReintegrationProgram, 'outcomes', program.id);
  }
}

@Resolver(() => Practice)
export class PracticeOutcomesResolver {
  @FieldResolver(() => [Outcome], { description: 'Measured results attributed to this practice, by year.' })
  outcomes(@Root() practice: Practice, @Ctx() { related }: AtlasContext): Promise<Outcome[]> {
    return related.collection(Practice, 'outcomes', practice.id);
  }
}
