import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { authorize } from '../access/policy';
import type { AtlasContext } from '../graphql/context';
import { createStudy, updateStudy } from './study-mutations';
import { StudyInput } from './study.input';
import { Study } from './study.entity';

@Resolver(() => Study)
export class StudyMutationResolver {
  @Mutation(() => Study, {
    description:
      'Adds a study; its key is made from its title. Editors only. BAD_USER_INPUT on input.sourceId without a source.',
  })
  createStudy(
    @Arg('input', () => StudyInput, { description: 'The study, with its source.' }) input: StudyInput,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Study> {
    authorize(viewer, 'content.edit');
    return createStudy(em, viewer, input);
  }

  @Mutation(() => Study, {
    description:
      'Replaces every field of a study (its key stays). Editors only. CONFLICT if it changed since expectedVersion.',
  })
  updateStudy(
    @Arg('id', () => ID, { description: 'Global ID of the study.' }) id: string,
    @Arg('input', () => StudyInput, { description: 'The whole study.' }) input: StudyInput,
    @Arg('expectedVersion', () => Int, { description: 'The version your change is based on.' })
    expectedVersion: number,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Study> {
    authorize(viewer, 'content.edit');
    return updateStudy(em, viewer, id, input, expectedVersion);
  }
}
