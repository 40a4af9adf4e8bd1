import { ReferenceKind, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { PracticeStatus } from '@atlas/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test-support/test-database';
import { createUser } from '../accounts/create-user';
import { Role } from '../access/role';
import { ANONYMOUS } from '../access/viewer';
import { recordRevision, RevisionAction, snapshot } from '../history/record-revision';
import { Practice } from '../practices/practice.entity';
import { ENTITIES } from './entities';
import { readInOrder } from './read-model';
import { RelatedRecords } from './related-records';

const db = useTestDatabase({ seed: true });
beforeAll(async () => {
  const em = db.orm.em.fork() as EntityManager;
  const user = await createUser(em, {
    email: 'reader@example.org',
    name: 'Reader',
    password: 'correct horse battery staple',
    role: Role.CONTRIBUTOR,
    countryCode: 'PH',
  });
  const practice = await em.findOneOrFail(Practice, { status: PracticeStatus.PUBLISHED });
  const state = snapshot(practice);
  recordRevision(
    em,
    { ...ANONYMOUS, userId: user.id },
    {
      entityType: 'Practice',
      entityId: practice.id,
      action: RevisionAction.UPDATE,
      before: state,
      after: { ...state, title: 'Edited' },
      note: 'A test edit',
    },
  );
  await em.flush();
});

/** What a reader of the record sees: its scalar values, and the id of each reference. */
function visible(em: EntityManager, entity: EntityClass<object>, record: object): Record<string, unknown> {
  const props = Object.values(em.getMetadata().get(entity.name).properties) as EntityProperty[];
  const values: Record<string, unknown> = { globalId: (record as { globalId: string }).globalId };
  for (const prop of props) {
    const value = (record as Record<string, unknown>)[prop.name];
    if (prop.kind === ReferenceKind.SCALAR) values[prop.name] = value;
    else if (prop.kind === ReferenceKind.MANY_TO_ONE) values[prop.name] = (value as { id: number } | null)?.id ?? null;
  }
  return values;
}

describe('records read without the ORM', () => {
  for (const [name, entity] of Object.entries(ENTITIES) as [string, EntityClass<object>][]) {
    it(`read every ${name} as the ORM loads it`, async () => {
      const em = db.orm.em.fork() as EntityManager;
      const entities = (await em.find(entity, {}, { orderBy: { id: 'asc' } as never })) as { id: number }[];
      expect(entities.length, `the seed (and test account) has ${name} records`).toBeGreaterThan(0);
      const records = await readInOrder(
        em,
        entity,
        entities.map((e) => e.id),
      );
      expect(records.map((record) => visible(em, entity, record))).toEqual(entities.map((e) => visible(em, entity, e)));
      expect(records.every((record) => record instanceof entity)).toBe(true);
    });
  }

  it('follow relations in the order the collections declare, batched into one statement per relation', async () => {
    const em = db.orm.em.fork() as EntityManager;
    const practices = await em.find(Practice, {}, { populate: ['sources', 'outcomes'], orderBy: { id: 'asc' } });
    const related = new RelatedRecords(db.orm.em.fork() as EntityManager, ANONYMOUS);
    const [sources, outcomes] = await Promise.all([
      Promise.all(practices.map((p) => related.collection(Practice, 'sources', p.id))),
      Promise.all(practices.map((p) => related.collection(Practice, 'outcomes', p.id))),
    ]);
    const ids = (items: { id: number }[]) => items.map((item) => item.id);
    expect(sources.map(ids)).toEqual(practices.map((p) => ids(p.sources.getItems()).sort((a, b) => a - b)));
    expect(outcomes.map(ids)).toEqual(practices.map((p) => ids(p.outcomes.getItems())));
    expect(outcomes.flat().length).toBeGreaterThan(0);
    expect(await related.one(Practice, 999_999)).toBeNull();
    expect(await related.one(Practice, null)).toBeNull();
  });
});
