import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RIGOROUS_DESIGNS } from '@atlas/shared';
import { describe, expect, it } from 'vitest';
import { loadSeed, SEED_DIR, SeedError } from './load-seed';
import { loadSeedTranslations } from './seed-translations';

describe('the real seed data', () => {
  const data = loadSeed();

  it('covers all 11 member states, every named programme and at least 30 practices', () => {
    expect(data.countries).toHaveLength(11);
    expect(data.practices.length).toBeGreaterThanOrEqual(30);
    const programs = data.programs.map((p) => p.key);
    for (const key of ['desmigratif', 'nrco']) expect(programs).toContain(key);
    const names = data.programs.map((p) => `${p.name} ${p.acronym ?? ''} ${p.localName ?? ''}`).join('\n');
    for (const name of [
      'Desmigratif',
      'KUR',
      'LDAP',
      'Balik Pinay',
      'EDLP',
      'Fund for Overseas Employment Support',
      'Resource Centre',
      'Israel',
      'Happy Return',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('gives Desmigratif its four pillars', () => {
    const desmigratif = data.programs.find((p) => p.key === 'desmigratif');
    expect(desmigratif?.components).toHaveLength(4);
  });

  it('keeps both figures where sources disagree (Desmigratif villages in 2018: 130 and 135)', () => {
    const villages2018 = data.outcomes
      .filter((o) => o.program === 'desmigratif' && o.year === 2018)
      .map((o) => o.value);
    expect(villages2018).toEqual(expect.arrayContaining([130, 135]));
  });

  it('records the NRCO livelihood beneficiaries of 2017, 2023 and 2024 as the sources give them', () => {
    const nrco = data.outcomes.filter((o) => [3538, 5273, 6504].includes(o.value)).map((o) => o.year);
    expect(nrco.sort()).toEqual([2017, 2023, 2024]);
  });

  it('cites a source for every figure and every practice, and uses every source', () => {
    const cited = new Set<string>([
      ...data.statistics.map((s) => s.source),
      ...data.outcomes.map((o) => o.source),
      ...data.studies.map((s) => s.source),
      ...data.practices.flatMap((p) => p.sources),
      ...data.programs.flatMap((p) => p.sources),
      ...data.framework.flatMap((f) => f.sources),
      ...data.events.flatMap((e) => e.sources),
      ...data.countries.flatMap((c) => [
        ...(c.sources ?? []),
        ...c.legalInstruments.flatMap((l) => l.sources),
        ...c.officialNames.map((n) => n.source),
      ]),
    ]);
    expect(data.practices.every((p) => p.sources.length > 0)).toBe(true);
    expect(data.sources.filter((s) => !cited.has(s.key)).map((s) => s.key)).toEqual([]);
  });

  it('gives every RIGOROUS practice a randomised, experimental or audit study about it, and at least two', () => {
    const rigorous = data.practices.filter((p) => p.evidenceLevel === 'RIGOROUS').map((p) => p.key);
    expect(rigorous.length).toBeGreaterThanOrEqual(2);
    for (const key of rigorous) {
      const designs = data.studies.filter((s) => s.practices.includes(key)).map((s) => s.design);
      expect(
        designs.some((d) => RIGOROUS_DESIGNS.includes(d)),
        key,
      ).toBe(true);
    }
  });

  it('files every study under the states of its programmes and practices, and the returnee studies no programme fits under theirs', () => {
    const leadOf = new Map(data.programs.map((p) => [p.key, p.country]));
    const stateOf = new Map(data.practices.map((p) => [p.key, p.country]));
    for (const study of data.studies) {
      const linked = [...study.programs.map((k) => leadOf.get(k)), ...study.practices.map((k) => stateOf.get(k))];
      for (const code of linked) expect(study.countries, study.key).toContain(code);
    }
    const countriesOf = (key: string) => data.studies.find((s) => s.key === key)?.countries;
    expect(countriesOf('iom-cambodia-returning-migrants-survey-2020')).toEqual(['KH']);
    expect(countriesOf('thai-returnee-labour-productivity')).toEqual(['TH']);
    expect(countriesOf('thai-returnee-social-capital-chaiyaphum')).toEqual(['TH']);
    expect(countriesOf('myanmar-returnees-remittances-thesis')).toEqual(['MM']);
    expect(countriesOf('beam-mckenzie-yang-pre-departure-trial')).toEqual(['PH']);
  });

  it('keeps figures that differ by destination or phase in slots of their own', () => {
    const targets = data.outcomes.filter(
      (o) => o.program === 'tl-labour-mobility-schemes' && o.indicator === 'WORKERS_DEPLOYMENT_TARGET',
    );
    expect(targets.map((o) => [o.destination, o.value]).sort()).toEqual([
      ['AU', 2800],
      ['KR', 500],
    ]);
    const budgets = data.outcomes.filter((o) => o.indicator === 'PROGRAMME_BUDGET_AUD');
    expect(budgets.map((o) => o.phase).sort()).toEqual(['TRIANGLE I', 'TRIANGLE II']);
    const unstated = data.statistics.filter((s) => s.yearStated === false);
    // Among them the ESCAP remittance ratios (2025 report) and the FDC estimate for Timor-Leste (2007).
    expect(unstated.map((s) => s.country)).toEqual(expect.arrayContaining(['ID', 'MY', 'TH', 'VN', 'TL']));
    const fdc = unstated.find((s) => s.source === 'findev-tl-remittances-2007');
    expect([fdc?.year, fdc?.value]).toEqual([2007, 5000000]);
  });

  it('never puts two different figures in one slot unless both say the sources disagree', () => {
    type Figure = {
      indicator: string;
      year: number;
      sex?: string | null;
      value: number;
      source: string;
      note?: string | null;
    };
    const slot = (f: Figure & { yearStated?: boolean; destination?: string | null; phase?: string | null }) => [
      f.indicator,
      f.year,
      f.sex ?? null,
      f.yearStated ?? true,
      f.destination ?? null,
      f.phase ?? null,
    ];
    const figures = [
      ...data.outcomes.map((o) => ({ ...o, slot: JSON.stringify(['outcome', o.program, ...slot(o)]) })),
      ...data.statistics.map((s) => ({ ...s, slot: JSON.stringify(['statistic', s.country, ...slot(s)]) })),
    ];
    const bySlot = new Map<string, typeof figures>();
    for (const figure of figures) bySlot.set(figure.slot, [...(bySlot.get(figure.slot) ?? []), figure]);
    const unexplained = [...bySlot.values()]
      .filter((group) => new Set(group.map((f) => f.value)).size > 1)
      .filter((group) => group.some((f) => !f.note) || new Set(group.map((f) => f.source)).size < group.length)
      .map((group) => `${group[0]!.slot}: ${group.map((f) => `${f.value} (${f.source})`).join(' vs ')}`);
    expect(unexplained).toEqual([]);
  });

  it('holds the ASEAN framework and the 2019 Yogyakarta workshop', () => {
    const actionPlan = data.framework.find((f) => f.kind === 'ACTION_PLAN');
    expect(actionPlan?.areas).toHaveLength(5);
    expect(data.framework.some((f) => f.adoptedOn === '2007-01-13')).toBe(true);
    const yogyakarta = data.events.find((e) => e.city === 'Yogyakarta');
    expect(yogyakarta?.startDate).toBe('2019-08-27');
  });
});

describe('seed validation', () => {
  it('names the file and record of every problem', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-seed-'));
    for (const file of fs.readdirSync(SEED_DIR)) fs.copyFileSync(path.join(SEED_DIR, file), path.join(dir, file));
    const practices = fs.readFileSync(path.join(dir, 'practices.yaml'), 'utf8');
    fs.writeFileSync(
      path.join(dir, 'practices.yaml'),
      practices.replace(/evidenceLevel: \w+/, 'evidenceLevel: PROVEN'),
    );
    fs.appendFileSync(
      path.join(dir, 'outcomes.yaml'),
      '\n- program: no-such-programme\n  indicator: X\n  year: 2020\n  value: 1\n  source: no-such-source\n',
    );
    try {
      loadSeed(dir);
      expect.unreachable('an invalid seed must not load');
    } catch (error) {
      expect(error).toBeInstanceOf(SeedError);
      const message = (error as SeedError).message;
      expect(message).toMatch(/practices\.yaml, record 1 \([a-z0-9-]+\): evidenceLevel:/);
    }
  });

  it('rejects references to records that do not exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-seed-'));
    for (const file of fs.readdirSync(SEED_DIR)) fs.copyFileSync(path.join(SEED_DIR, file), path.join(dir, file));
    fs.appendFileSync(
      path.join(dir, 'outcomes.yaml'),
      '\n- program: no-such-programme\n  indicator: NO_SUCH_INDICATOR\n  year: 2020\n  value: 1\n  source: no-such-source\n',
    );
    expect(() => loadSeed(dir)).toThrow(/outcomes\.yaml, record \d+: unknown program "no-such-programme"/);
  });

  it('refuses a study that names no member state, or an unknown one, naming the record', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-seed-'));
    for (const file of fs.readdirSync(SEED_DIR)) fs.copyFileSync(path.join(SEED_DIR, file), path.join(dir, file));
    const studies = fs.readFileSync(path.join(dir, 'studies.yaml'), 'utf8');
    fs.writeFileSync(
      path.join(dir, 'studies.yaml'),
      studies.replace('  countries: [KH]\n', '').replace('  countries: [SG]\n', '  countries: [XX]\n'),
    );
    expect(() => loadSeed(dir)).toThrow(
      /studies\.yaml, record \d+ \(iom-cambodia-returning-migrants-survey-2020\): countries: name at least one member state/,
    );
    fs.writeFileSync(path.join(dir, 'studies.yaml'), studies.replace('  countries: [SG]\n', '  countries: [XX]\n'));
    expect(() => loadSeed(dir)).toThrow(
      /studies\.yaml, record \d+ \(aidha-students-behavioural-change\): unknown country "XX"/,
    );
  });
});

describe('the seed’s translations', () => {
  const data = loadSeed();

  it('gives the national-language names of programmes and events as their sources write them, as their localName', () => {
    const translations = loadSeedTranslations(data);
    const desmigratif = translations.find((t) => t.kind === 'programs' && t.key === 'desmigratif');
    expect(desmigratif).toMatchObject({
      field: 'name',
      language: 'id',
      origin: 'SOURCE',
      text: 'Desa Migran Produktif',
    });
    for (const translation of translations.filter((t) => t.origin === 'SOURCE' && t.field === 'name')) {
      const record = (data[translation.kind] as { key?: string; localName?: string }[]).find(
        (r) => r.key === translation.key,
      )!;
      expect(record.localName, translation.key).toBe(translation.text);
    }
  });

  it('names the record of every problem', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-seed-'));
    fs.writeFileSync(
      path.join(dir, 'translations.yaml'),
      [
        '- { kind: practices, key: no-such-practice, field: summary, language: id, origin: ATLAS, text: Teks. }',
        '- { kind: programs, key: desmigratif, field: leadAgency, language: id, origin: SOURCE, text: Kemnaker }',
      ].join('\n'),
    );
    expect(() => loadSeedTranslations(data, dir)).toThrow(
      /record 1 \(practices no-such-practice\): unknown record[\s\S]*record 2 \(programs desmigratif\): leadAgency is not translatable[\s\S]*cites its source/,
    );
  });
});
