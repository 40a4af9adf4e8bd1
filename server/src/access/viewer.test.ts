import { ReferenceKind, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { PracticeStatus } from '@atlas/shared';
import { expect, it } from 'vitest';
import { Practice } from '../practices/practice.entity';
import { useTestAtlas } from '../../test-support/test-atlas';
import { createUser } from '../accounts/create-user';
import { Role } from './role';
import {
  ANONYMOUS,
  canReadPractice,
  canReadRecord,
  practiceVisibility,
  SOURCE_CITATIONS,
  whereReadablePractice,
  type Viewer,
} from './viewer';

const atlas = useTestAtlas();

it('knows every relation that cites a source, so that a new one is a decision, not a leak', () => {
  const stored = new Set<string>();
  for (const meta of Object.values(atlas.orm.getMetadata().getAll())) {
    if (meta.pivotTable) continue;
    for (const prop of meta.props as EntityProperty[]) {
      if (prop.targetMeta?.className !== 'Source') continue;
      if (prop.kind === ReferenceKind.MANY_TO_MANY && prop.owner) stored.add(prop.pivotTable);
      if (prop.kind === ReferenceKind.MANY_TO_ONE) stored.add(meta.tableName);
    }
  }
  expect([...stored].sort()).toEqual([SOURCE_CITATIONS.practices.table, ...SOURCE_CITATIONS.public].sort());
});

it('reads practices the same in SQL as in code, for every status and every kind of viewer', async () => {
  const em = atlas.em();
  const account = (role: Role, email: string) => createUser(em, { email, name: role, role, password: 'x'.repeat(12) });
  const owner = await account(Role.CONTRIBUTOR, 'owner@viewer.test');
  const other = await account(Role.CONTRIBUTOR, 'other@viewer.test');
  const template = await em.findOneOrFail(Practice, { status: PracticeStatus.PUBLISHED }, { populate: ['sources'] });
  for (const status of Object.values(PracticeStatus)) {
    for (const createdBy of [owner, null]) {
      em.create(Practice, {
        key: `viewer-${status}-${createdBy ? 'owned' : 'seed'}`.toLowerCase(),
        title: `A practice ${status}`,
        summary: template.summary,
        body: template.body,
        country: template.country,
        year: template.year,
        themes: template.themes,
        dimensions: template.dimensions,
        stakeholders: template.stakeholders,
        targetGroups: template.targetGroups,
        evidenceLevel: template.evidenceLevel,
        status,
        createdBy,
        sources: template.sources.getItems(),
      });
    }
  }
  await em.flush();
  const practices = await em.find(Practice, {});
  const viewers: Viewer[] = [
    ANONYMOUS,
    { userId: owner.id, role: Role.CONTRIBUTOR },
    { userId: other.id, role: Role.CONTRIBUTOR },
    { userId: other.id, role: Role.EDITOR },
    { userId: other.id, role: Role.ADMIN },
  ];
  for (const viewer of viewers) {
    const query = em.getKnex().from({ p: 'practice' }).select('p.id');
    whereReadablePractice(query, practiceVisibility(viewer), 'p');
    const inSql = (await (em as EntityManager).execute<{ id: number }[]>(query)).map((row) => Number(row.id));
    const inCode = practices.filter((practice) => canReadPractice(viewer, practice)).map((practice) => practice.id);
    expect(inSql.sort((a, b) => a - b)).toEqual(inCode.sort((a, b) => a - b));
    expect(practices.filter((practice) => canReadRecord(viewer, practice)).length).toBe(inCode.length);
  }
});

it('refuses to decide a source from the record alone: its readers depend on what cites it', () => {
  const source = Object.create(atlas.orm.getMetadata().get('Source').prototype as object) as object;
  expect(() => canReadRecord(ANONYMOUS, source)).toThrow(/RelatedRecords\.readable/);
});
