import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { decodeNodeId } from '../db/node-id';
import { Node } from '../graphql/node.type';

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
    const { entity, id: databaseId } = decodeNodeId(id, 'id');
    return related.readable<object>(entity, databaseId);
  }
}
