import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isEditor } from '../access/viewer';
import type { AtlasContext } from '../graphql/context';
import { Revision } from '../history/revision.entity';
import { User } from './user.entity';

/** Who made a change: the account side of a revision, so the history need not know accounts. */
@Resolver(() => Revision)
export class RevisionAuthorResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change; null for the seed and imports.' })
  user(@Root() revision: Revision, @Ctx() { related, viewer }: AtlasContext): Promise<User | null> {
    return isEditor(viewer) ? related.one(User, revision.user?.id) : Promise.resolve(null);
  }
}
