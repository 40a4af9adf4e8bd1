import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { authorize } from '../access/policy';
import type { AtlasContext } from '../graphql/context';
import { atlasError } from '../graphql/errors';
import { idOf } from '../graphql/global-id';
import { decodeNodeId } from '../db/node-id';
import { Node } from '../graphql/node.type';
import { Revision } from './revision.entity';

@Resolver(() => Revision)
export class RevisionResolver {
  @Query(() => [Revision], {
    description:
      'The history of one record, newest first: who changed what, when, before and after. Editors only (an account’s: admins only).',
  })
  async revisions(
    @Arg('entityId', () => ID, { description: 'Global ID of the record.' }) entityId: string,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Revision[]> {
    authorize(viewer, 'revision.restore');
    const decoded = decodeNodeId(entityId, 'entityId');
    // An account's history is account management.
    if (decoded.typeName === 'User') authorize(viewer, 'users.manage');
    return em.find(
      Revision,
      { entityType: decoded.typeName, entityId: decoded.id },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
  }

  @Mutation(() => Node, {
    nullable: true,
    description:
      'Brings a record back to the state right after the given revision (or, with `before`, right before it), as a new RESTORE revision (nothing in the history is lost). Returns the record; null when the state brought back is its absence (an undone creation). Editors only.',
  })
  async restoreRevision(
    @Arg('id', () => ID, { description: 'Global ID of the revision whose state to restore.' }) id: string,
    @Arg('before', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        'Bring back the state right before the change instead, undoing it: the only way back from the first change to a record that existed before its history began (seeded or imported). Undoing a creation removes the record again, where its kind can be removed (country statistics); it stays in the history, restorable.',
    })
    before: boolean | null,
    @Ctx() { em, viewer, services }: AtlasContext,
  ): Promise<object | null> {
    authorize(viewer, 'revision.restore');
    const revision = await em.findOne(Revision, { id: idOf(id, 'Revision', 'id') });
    if (!revision) throw atlasError('NOT_FOUND', 'No such revision.');
    const state = before ? revision.before : (revision.after ?? revision.before);
    const { restore, remove } = services.restorers.get(revision.entityType) ?? {};
    if (!restore)
      throw atlasError('BAD_USER_INPUT', `A ${revision.entityType} cannot be restored.`, {
        fields: [{ path: 'id', message: 'not restorable' }],
      });
    if (!state && !remove)
      throw atlasError('BAD_USER_INPUT', `A ${revision.entityType} cannot be removed: its creation cannot be undone.`, {
        fields: [{ path: 'before', message: 'its creation cannot be undone' }],
      });
    return em.transactional(async (tx) => {
      if (state) return restore(tx as typeof em, viewer, revision.entityId, state);
      await remove!(tx as typeof em, viewer, revision.entityId);
      return null;
    });
  }
}
