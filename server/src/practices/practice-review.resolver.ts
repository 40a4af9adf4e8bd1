import { Ctx, FieldResolver, GraphQLISODateTime, Resolver, Root } from 'type-graphql';
import { Person } from '../accounts/person.type';
import { User } from '../accounts/user.entity';
import { isEditor, type Viewer } from '../access/viewer';
import type { AtlasContext } from '../graphql/context';
import { changesSince, PracticeChange } from './practice-changes';
import { lastPublishedState, lastSubmission, practiceHistory } from './practice-history';
import { Practice } from './practice.entity';

/** Who may read a practice's review details: editors, and its author (their own name, their own edits). */
const mayReview = (viewer: Viewer, practice: Practice) =>
  isEditor(viewer) || (viewer.userId !== null && practice.createdBy?.id === viewer.userId);

const REVIEWERS = 'Editors and its author only (null for everybody else).';

/** What an editor needs to review a practice, from its history: who submitted it, when, and what changed. */
@Resolver(() => Practice)
export class PracticeReviewResolver {
  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description: `When it was last submitted for review; null if it never was. ${REVIEWERS}`,
  })
  async submittedAt(@Root() practice: Practice, @Ctx() { em, viewer }: AtlasContext): Promise<Date | null> {
    if (!mayReview(viewer, practice)) return null;
    return lastSubmission(await practiceHistory(em, practice.id))?.createdAt ?? null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: `Who last submitted it for review (name, organisation, constituency, country; never an e-mail address); null if nobody did. ${REVIEWERS}`,
  })
  async submittedBy(@Root() practice: Practice, @Ctx() { em, related, viewer }: AtlasContext): Promise<User | null> {
    if (!mayReview(viewer, practice)) return null;
    const submission = lastSubmission(await practiceHistory(em, practice.id));
    return related.one(User, submission?.user?.id);
  }

  @FieldResolver(() => [PracticeChange], {
    nullable: true,
    description: `What differs from the version last published, field by field, in the order of the practice form: empty when nothing does, null when it was never published (a new practice). ${REVIEWERS}`,
  })
  async changesSincePublished(
    @Root() practice: Practice,
    @Ctx() { em, related, viewer }: AtlasContext,
  ): Promise<PracticeChange[] | null> {
    if (!mayReview(viewer, practice)) return null;
    const published = lastPublishedState(await practiceHistory(em, practice.id));
    return published ? changesSince(published, practice, related) : null;
  }
}
