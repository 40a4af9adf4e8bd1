import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ENTITIES, type EntityName } from '../db/entities';
import { canReadNode } from '../accounts/viewer';
import type { AtlasContext } from './context';
import { fromGlobalId } from './global-id';
import { Node } from './node.type';
import { badUserInput } from './errors';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID; null when nothing (visible to you) has that ID.',
  })
  async node(
    @Arg('id', () => ID, { description: 'A global ID returned by this API.' }) id: string,
    @Ctx() { related, viewer }: AtlasContext,
  ): Promise<object | null> {
    const decoded = fromGlobalId(id);
    if (!decoded || !(decoded.typeName in ENTITIES)) {
      throw badUserInput([{ path: 'id', message: 'is not a global ID of this API' }]);
    }
    const entity = ENTITIES[decoded.typeName as EntityName];
    const found = await related.one<object>(entity, decoded.id);
    return found && canReadNode(viewer, found) ? found : null;
  }
}
