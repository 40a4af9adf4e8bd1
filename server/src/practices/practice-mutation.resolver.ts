import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { createPractice, movePractice, updatePractice } from './practice-editor';
import { PracticeInput } from './practice-input';
import { Practice } from './practice.entity';

const practiceId = { description: 'Global ID of the practice.' };

@Resolver()
export class PracticeMutationResolver {
  @Mutation(() => Practice, {
    description: 'Creates a practice as a DRAFT of yours, with its sources. Contributors, editors and admins.',
  })
  createPractice(
    @Arg('input', () => PracticeInput, { description: 'The practice.' }) input: PracticeInput,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Practice> {
    return createPractice(em, viewer, input);
  }

  @Mutation(() => Practice, {
    description:
      'Replaces the fields of a practice. Contributors edit their own DRAFT or REJECTED practices; editors any. CONFLICT when it changed since `expectedVersion`.',
  })
  updatePractice(
    @Arg('id', () => ID, practiceId) id: string,
    @Arg('input', () => PracticeInput, { description: 'The new fields.' }) input: PracticeInput,
    @Arg('expectedVersion', () => Int, { description: 'The version your change is based on.' })
    expectedVersion: number,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Practice> {
    return updatePractice(em, viewer, id, input, expectedVersion);
  }

  @Mutation(() => Practice, {
    description: 'Submits a DRAFT or REJECTED practice for review (IN_REVIEW). Its author, or an editor.',
  })
  submitPractice(@Arg('id', () => ID, practiceId) id: string, @Ctx() { em, viewer }: AtlasContext): Promise<Practice> {
    return movePractice(em, viewer, id, 'submit');
  }

  @Mutation(() => Practice, {
    description: 'Publishes a practice IN_REVIEW (or a DRAFT directly), visible to everybody from then on. Editors.',
  })
  publishPractice(@Arg('id', () => ID, practiceId) id: string, @Ctx() { em, viewer }: AtlasContext): Promise<Practice> {
    return movePractice(em, viewer, id, 'publish');
  }

  @Mutation(() => Practice, {
    description: 'Sends a practice IN_REVIEW back to its author (REJECTED) with the reason. Editors.',
  })
  rejectPractice(
    @Arg('id', () => ID, practiceId) id: string,
    @Arg('reason', () => String, { description: 'What the author should change.' }) reason: string,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Practice> {
    return movePractice(em, viewer, id, 'reject', reason);
  }

  @Mutation(() => Practice, {
    description: 'Withdraws a practice from view (ARCHIVED): a soft delete, undone with restoreRevision. Editors.',
  })
  archivePractice(@Arg('id', () => ID, practiceId) id: string, @Ctx() { em, viewer }: AtlasContext): Promise<Practice> {
    return movePractice(em, viewer, id, 'archive');
  }
}
