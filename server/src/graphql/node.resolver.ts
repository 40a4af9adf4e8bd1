import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ENTITIES, type EntityName } from '../db/entities';
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
  node(
    @Arg('id', () => ID, { description: 'A global ID returned by this API.' }) id: string,
    @Ctx() { related }: AtlasContext,
  ): Promise<object | null> {
    const decoded = fromGlobalId(id);
    if (!decoded || !(decoded.typeName in ENTITIES)) {
      throw badUserInput([{ path: 'id', message: 'is not a global ID of this API' }]);
    }
    return related.readable<object>(ENTITIES[decoded.typeName as EntityName], decoded.id);
  }
}
