import { OptionalProps, PrimaryKey } from '@mikro-orm/core';
import { toGlobalId } from '../graphql/global-id';

/** Every stored record: an integer primary key, exposed to clients only as an opaque global ID. */
export abstract class AtlasEntity<Optional extends string = never> {
  /** Properties `em.create` may leave out: derived ones, and those with defaults. */
  [OptionalProps]?: 'globalId' | Optional;

  @PrimaryKey({ type: 'integer' })
  id!: number;

  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
