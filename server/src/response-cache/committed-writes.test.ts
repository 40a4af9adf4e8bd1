import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test-support/test-database';
import { createUser } from '../accounts/create-user';
import { Role } from '../access/role';
import { Session } from '../accounts/session.entity';
import { Source } from '../sources/source.entity';
import { watchCommittedWrites } from './committed-writes';

describe('the writes that empty the response cache', () => {
  const db = useTestDatabase();

  /** An EntityManager whose committed writes are counted, as the API's is. */
  const watched = () => {
    const em = db.orm.em.fork({ cloneEventManager: true }) as EntityManager;
    const announced = { count: 0 };
    watchCommittedWrites(em, () => (announced.count += 1));
    return { em, announced };
  };
  const aSource = () => {
    const id = randomUUID();
    return { key: `source-${id}`, title: `Source ${id}`, url: `https://atlas.test/${id}` };
  };

  it('announces a write once its transaction has committed, not when it is flushed', async () => {
    const { em, announced } = watched();
    await em.fork().transactional(async (tx) => {
      tx.create(Source, aSource());
      await tx.flush();
      expect(announced.count).toBe(0);
    });
    expect(announced.count).toBe(1);
  });

  it('announces a flush outside a transaction at once: its own transaction has committed', async () => {
    const { em, announced } = watched();
    const fork = em.fork();
    fork.create(Source, aSource());
    await fork.flush();
    expect(announced.count).toBe(1);
  });

  it('announces nothing for a transaction rolled back after its flush', async () => {
    const { em, announced } = watched();
    await expect(
      em.fork().transactional(async (tx) => {
        tx.create(Source, aSource());
        await tx.flush();
        throw new Error('refused after the flush');
      }),
    ).rejects.toThrow('refused after the flush');
    expect(announced.count).toBe(0);
  });

  it('announces a nested transaction’s write once, with the outer commit', async () => {
    const { em, announced } = watched();
    await em.fork().transactional(async (outer) => {
      await outer.transactional(async (inner) => {
        inner.create(Source, aSource());
        await inner.flush();
      });
      expect(announced.count).toBe(0);
    });
    expect(announced.count).toBe(1);
  });

  it('announces nothing for accounts and sessions, which no anonymous answer shows', async () => {
    const { em, announced } = watched();
    const fork = em.fork();
    const user = await createUser(fork, {
      email: `${randomUUID()}@atlas.test`,
      name: 'Signing in',
      role: Role.EDITOR,
      password: 'a long enough password',
    });
    fork.create(Session, {
      tokenHash: randomUUID().replaceAll('-', ''),
      user,
      expiresAt: new Date(Date.now() + 60_000),
    });
    await fork.flush();
    expect(announced.count).toBe(0);
  });

  it('leaves alone the writes made through other EntityManagers (another instance’s, the CLI’s)', async () => {
    const { announced } = watched();
    const other = db.orm.em.fork();
    other.create(Source, aSource());
    await other.flush();
    expect(announced.count).toBe(0);
  });
});
