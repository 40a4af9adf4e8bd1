import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { authorize } from '../access/policy';
import type { AtlasContext } from '../graphql/context';
import { deleteOutcome } from './delete-outcome';
import { OutcomeInput } from './outcome.input';
import { Outcome } from './outcome.entity';
import { recordOutcomes } from './record-outcomes';

@Resolver(() => Outcome)
export class OutcomeMutationResolver {
  @Mutation(() => [Outcome], {
    description:
      'Records several outcome figures at once, all or none: each bad one is reported at its path (`inputs[2].value`). Editors only.',
  })
  recordOutcomes(
    @Arg('inputs', () => [OutcomeInput], { description: 'The figures, each with its source.' }) inputs: OutcomeInput[],
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Outcome[]> {
    authorize(viewer, 'content.edit');
    return recordOutcomes(em, viewer, inputs);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes an outcome figure; its DELETE revision keeps it, restorable with restoreRevision. Editors only.',
  })
  deleteOutcome(
    @Arg('id', () => ID, { description: 'Global ID of the outcome.' }) id: string,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<boolean> {
    authorize(viewer, 'content.edit');
    return deleteOutcome(em, viewer, id);
  }
}
