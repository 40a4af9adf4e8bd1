import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { AtlasEntity } from '../db/atlas.entity';
import { User } from './user.entity';

/** A signed-in session: the SHA-256 of its bearer token (the token itself is never stored). */
@Entity()
@Index({ properties: ['expiresAt'] })
export class Session extends AtlasEntity<'createdAt' | 'revokedAt'> {
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
