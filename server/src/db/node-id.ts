import { entityNamed, type ENTITIES, type EntityName } from './entities';
import { badUserInput } from '../graphql/errors';
import { fromGlobalId, NOT_A_GLOBAL_ID } from '../graphql/global-id';

/**
 * The entity and database id inside a global ID of any kind (`node`, the history's `entityId`);
 * BAD_USER_INPUT naming the argument `path` when it is malformed or names no kind of this API.
 */
export function decodeNodeId(
  globalId: string,
  path: string,
): { entity: (typeof ENTITIES)[EntityName]; typeName: string; id: number } {
  const decoded = fromGlobalId(globalId);
  const entity = decoded && entityNamed(decoded.typeName);
  if (!decoded || !entity)
    throw badUserInput([{ path, message: 'is not a global ID of this API', code: NOT_A_GLOBAL_ID }]);
  return { entity, ...decoded };
}
