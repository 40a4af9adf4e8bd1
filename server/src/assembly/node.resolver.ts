import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { decodeNodeId } from '../db/node-id';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { NOT_A_GLOBAL_ID } from '../graphql/global-id';
import { Node } from '../graphql/node.type';
import { MAX_PAGE_SIZE } from '../graphql/page-size';

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

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by their global IDs, as \`node\` finds each, in the order asked: null in place of an ID that nothing (visible to you) has. At most ${MAX_PAGE_SIZE} IDs; BAD_USER_INPUT naming \`ids\` (\`ids[2]\`) when one is not a global ID of this API.`,
    complexity: ({ args, childComplexity }) =>
      1 + Math.max(1, (args.ids as unknown[] | undefined)?.length ?? 1) * childComplexity,
  })
  nodes(
    @Arg('ids', () => [ID], {
      description: `Global IDs returned by this API, at most ${MAX_PAGE_SIZE}; the same one may be asked twice.`,
    })
    ids: string[],
    @Ctx() { related }: AtlasContext,
  ): Promise<(object | null)[]> {
    const problems: FieldProblem[] = [];
    if (ids.length > MAX_PAGE_SIZE) {
      problems.push({ path: 'ids', message: `must hold at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}` });
      throw badUserInput(problems);
    }
    const decoded = ids.map((id, index) => {
      try {
        return decodeNodeId(id, `ids[${index}]`);
      } catch {
        problems.push({ path: `ids[${index}]`, message: 'is not a global ID of this API', code: NOT_A_GLOBAL_ID });
        return null;
      }
    });
    if (problems.length > 0) throw badUserInput(problems);
    return Promise.all(decoded.map((node) => related.readable<object>(node!.entity, node!.id)));
  }
}
