import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { authorize } from '../access/policy';
import type { AtlasContext } from '../graphql/context';
import { createProgram, updateProgram } from './program-mutations';
import { ProgramInput } from './program.input';
import { ReintegrationProgram } from './program.entity';

@Resolver(() => ReintegrationProgram)
export class ProgramMutationResolver {
  @Mutation(() => ReintegrationProgram, {
    description: 'Adds a reintegration programme; its key is made from its name. Editors only.',
  })
  createProgram(
    @Arg('input', () => ProgramInput, { description: 'The programme; at least one source.' }) input: ProgramInput,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<ReintegrationProgram> {
    authorize(viewer, 'content.edit');
    return createProgram(em, viewer, input);
  }

  @Mutation(() => ReintegrationProgram, {
    description:
      'Replaces every field of a programme (its key stays). Editors only. CONFLICT if it changed since expectedVersion.',
  })
  updateProgram(
    @Arg('id', () => ID, { description: 'Global ID of the programme.' }) id: string,
    @Arg('input', () => ProgramInput, { description: 'The whole programme.' }) input: ProgramInput,
    @Arg('expectedVersion', () => Int, { description: 'The version your change is based on.' })
    expectedVersion: number,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<ReintegrationProgram> {
    authorize(viewer, 'content.edit');
    return updateProgram(em, viewer, id, input, expectedVersion);
  }
}
