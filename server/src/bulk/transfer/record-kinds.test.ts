import { Theme } from '@atlas/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type AtlasOrm } from '../../db/orm';
import { createTestDatabase } from '../../db/test-database';
import { seedIfEmpty } from '../seed/seed';
import { TRANSFER_KINDS, type AtlasDocument } from './document';
import { exportAtlas } from './export';
import { importAtlas } from './import';
import { readJsonDocument } from './read-input';

/** Each kind (kinds/) reads and writes every field: an update and a creation give the same export. */
const opened: { orm: AtlasOrm; drop(): Promise<void> }[] = [];
async function database(): Promise<AtlasOrm> {
  const { config, drop } = await createTestDatabase();
  const orm = await openDatabase(config);
  opened.push({ orm, drop });
  return orm;
}
afterAll(async () => {
  for (const { orm, drop } of opened) {
    await orm.close();
    await drop();
  }
});

/** The seed's export with one record of every kind changed in its fields, lists and references. */
function changed(document: AtlasDocument): AtlasDocument {
  const next = structuredClone(document);
  const [source, otherSource] = next.sources;
  source!.title += ' (revised)';
  source!.publisher = undefined;
  const country = next.countries[0]!;
  country.summary += ' Revised.';
  country.legalInstruments = [
    ...country.legalInstruments.slice(1).map((l, index) => (index === 0 ? { ...l, summary: 'Amended.' } : l)),
    { title: 'A new act', year: 2024, sources: [otherSource!.key] },
  ];
  next.indicators[0]!.description += ' Revised.';
  next.statistics[0]!.value = Math.floor(next.statistics[0]!.value / 2);
  next.framework[0]!.title += ' (revised)';
  next.events[0]!.city = 'Yogyakarta';
  next.events[0]!.sources = [otherSource!.key];
  const program = next.programs[0]!;
  program.components = [{ name: 'A new component' }, ...program.components.slice(1)];
  program.endYear = undefined;
  const practice = next.practices[0]!;
  practice.partners = ['ILO', 'IOM'];
  practice.program = next.programs[1]!.key;
  practice.themes = [Theme.SKILLS_TRAINING, Theme.ENTREPRENEURSHIP];
  next.outcomes[0]!.value = Math.floor(next.outcomes[0]!.value / 2);
  const study = next.studies[0]!;
  study.findings += ' Revised.';
  study.sampleSize = undefined;
  study.programs = [next.programs[2]!.key];
  study.practices = [...study.practices, next.practices[1]!.key];
  study.countries = [...study.countries, 'BN'];
  return next;
}

describe('the kinds of record', () => {
  let updated: string;
  let created: string;

  beforeAll(async () => {
    const seeded = await database();
    await seedIfEmpty(seeded);
    const document = changed(JSON.parse(await exportAtlas(seeded)) as AtlasDocument);
    const result = await importAtlas(seeded, readJsonDocument(JSON.stringify(document)));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    for (const kind of TRANSFER_KINDS) expect(result.counts[kind]?.updated, kind).toBeGreaterThanOrEqual(1);
    updated = await exportAtlas(seeded);
    const empty = await database();
    const fresh = await importAtlas(empty, readJsonDocument(JSON.stringify(document)));
    if (!fresh.ok) throw new Error(fresh.problems.join('\n'));
    created = await exportAtlas(empty);
  });

  it('update a stored record as they create a new one: the two exports are byte-identical', () => {
    expect(updated).toBe(created);
    const document = JSON.parse(updated) as AtlasDocument;
    expect(document.sources.some((s) => s.title.endsWith(' (revised)') && s.publisher === undefined)).toBe(true);
    expect(document.countries.some((c) => c.legalInstruments.some((l) => l.title === 'A new act'))).toBe(true);
    expect(document.programs.some((p) => p.components.some((c) => c.name === 'A new component'))).toBe(true);
    // The seed's breakdowns and unstated years survive both ways (they are part of a figure's identity).
    expect(document.outcomes.some((o) => o.destination === 'KR')).toBe(true);
    expect(document.outcomes.some((o) => o.phase === 'TRIANGLE II')).toBe(true);
    expect(document.statistics.some((s) => s.yearStated === false)).toBe(true);
    expect(document.studies.some((s) => s.findings.endsWith(' Revised.') && s.sampleSize === undefined)).toBe(true);
    expect(document.studies.some((s) => s.findings.endsWith(' Revised.') && s.countries.includes('BN'))).toBe(true);
  });
});
