import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Country } from '../countries/country.entity';
import { CountryStatistic } from '../countries/country-statistic.entity';
import { LegalInstrument } from '../countries/legal-instrument.entity';
import type { AtlasOrm } from '../db/orm';
import { Event } from '../events/event.entity';
import { RegionalInstrument } from '../framework/regional-instrument.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { checkReferences, outcomeIdentity, statisticIdentity, type RecordLocator } from '../seed/load-seed';
import type { SeedFileName, SeedRecord } from '../seed/seed-schema';
import { Source } from '../sources/source.entity';
import { loadStoredAtlas, recordOf, type StoredAtlas } from './atlas-records';
import { fingerprint } from './canonical';
import { TRANSFER_KINDS, type TransferData } from './document';
import type { ImportInput } from './read-input';

/** Records written between flushes, and between progress lines. */
const BATCH_SIZE = 1000;

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportResult =
  { ok: true; counts: Partial<Record<SeedFileName, ImportCounts>> } | { ok: false; problems: string[] };

export interface ImportOptions {
  /** Called every BATCH_SIZE records of a kind: "imported 3000/10000 practices". */
  progress?: (line: string) => void;
}

class ImportRejected extends Error {
  constructor(readonly problems: string[]) {
    super('import rejected');
  }
}

/**
 * Writes the records in one transaction, all or nothing: records whose key or code (for figures:
 * their natural fields) is stored are updated, others created. References may point into the file
 * or into the database; when anything is invalid, every problem is returned and nothing written.
 */
export async function importAtlas(
  orm: AtlasOrm,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    const counts = await (orm.em.fork() as EntityManager).transactional(async (tx) => {
      const em = tx as EntityManager;
      const stored = await loadStoredAtlas(em);
      const problems = [...input.problems, ...conflictsWithStored(input.data, stored, input.locate)];
      if (problems.length) throw new ImportRejected(problems);
      return new AtlasWriter(em, stored, options).write(input.data);
    });
    return { ok: true, counts };
  } catch (error) {
    if (error instanceof ImportRejected) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** References to records in neither the file nor the database; duplicates; unique fields taken. */
function conflictsWithStored(data: TransferData, stored: StoredAtlas, locate: RecordLocator): string[] {
  const problems: string[] = [];
  const keysOf = (entities: { key: string }[]) => new Set(entities.map((e) => e.key));
  checkReferences(data, problems, locate, {
    sources: keysOf(stored.sources),
    countries: new Set(stored.countries.map((c) => c.code)),
    indicators: new Set(stored.indicators.map((i) => i.code)),
    events: keysOf(stored.events),
    programs: keysOf(stored.programs),
    practices: keysOf(stored.practices),
  });
  const takenElsewhere = <R>(
    kind: SeedFileName,
    records: R[] | undefined,
    idOf: (record: R) => string,
    valueOf: (record: R) => string,
    storedOwners: Map<string, string>,
    what: string,
  ) => {
    const valueInFile = new Map((records ?? []).map((r) => [idOf(r), valueOf(r)]));
    records?.forEach((record, index) => {
      const owner = storedOwners.get(valueOf(record));
      const ownerKeepsIt = owner !== undefined && (valueInFile.get(owner) ?? valueOf(record)) === valueOf(record);
      if (owner !== idOf(record) && ownerKeepsIt) {
        problems.push(`${locate(kind, index, record)}: ${what} "${valueOf(record)}" already belongs to "${owner}"`);
      }
    });
  };
  takenElsewhere(
    'sources',
    data.sources,
    (s) => s.key,
    (s) => s.url,
    new Map(stored.sources.map((s) => [s.url, s.key])),
    'url',
  );
  takenElsewhere(
    'countries',
    data.countries,
    (c) => c.code,
    (c) => c.iso3,
    new Map(stored.countries.map((c) => [c.iso3, c.code])),
    'iso3',
  );
  return problems;
}

/** Upserts validated records kind by kind, each referring to stored ones or ones written before it. */
class AtlasWriter {
  private readonly counts: Partial<Record<SeedFileName, ImportCounts>> = {};
  private readonly sources: Map<string, Source>;
  private readonly countries: Map<string, Country>;
  private readonly indicators: Map<string, Indicator>;
  private readonly statistics: Map<string, CountryStatistic>;
  private readonly framework: Map<string, RegionalInstrument>;
  private readonly events: Map<string, Event>;
  private readonly programs: Map<string, ReintegrationProgram>;
  private readonly practices: Map<string, Practice>;
  private readonly outcomes: Map<string, Outcome>;

  constructor(
    private readonly em: EntityManager,
    stored: StoredAtlas,
    private readonly options: ImportOptions,
  ) {
    const by = <E, I>(entities: E[], id: (entity: E) => I) => new Map(entities.map((e) => [id(e), e]));
    this.sources = by(stored.sources, (s) => s.key);
    this.countries = by(stored.countries, (c) => c.code);
    this.indicators = by(stored.indicators, (i) => i.code);
    this.statistics = by(stored.statistics, (s) => statisticIdentity(recordOf.statistics(s)));
    this.framework = by(stored.framework, (f) => f.key);
    this.events = by(stored.events, (e) => e.key);
    this.programs = by(stored.programs, (p) => p.key);
    this.practices = by(stored.practices, (p) => p.key);
    this.outcomes = by(stored.outcomes, (o) => outcomeIdentity(recordOf.outcomes(o)));
  }

  async write(data: TransferData): Promise<Partial<Record<SeedFileName, ImportCounts>>> {
    for (const kind of TRANSFER_KINDS) {
      switch (kind) {
        case 'sources':
          await this.upsert(kind, data.sources, this.sources, (s) => s.key, this.writeSource);
          break;
        case 'countries':
          await this.upsert(kind, data.countries, this.countries, (c) => c.code, this.writeCountry);
          break;
        case 'indicators':
          await this.upsert(kind, data.indicators, this.indicators, (i) => i.code, this.writeIndicator);
          break;
        case 'statistics':
          await this.upsert(kind, data.statistics, this.statistics, statisticIdentity, this.writeStatistic);
          break;
        case 'framework':
          await this.upsert(kind, data.framework, this.framework, (f) => f.key, this.writeInstrument);
          break;
        case 'events':
          await this.upsert(kind, data.events, this.events, (e) => e.key, this.writeEvent);
          break;
        case 'programs':
          await this.upsert(kind, data.programs, this.programs, (p) => p.key, this.writeProgram);
          break;
        case 'practices':
          await this.upsert(kind, data.practices, this.practices, (p) => p.key, this.writePractice);
          break;
        case 'outcomes':
          await this.upsert(kind, data.outcomes, this.outcomes, outcomeIdentity, this.writeOutcome);
          break;
      }
    }
    return this.counts;
  }

  /** Creates or updates each record, leaving alone those already stored exactly so. */
  private async upsert<K extends SeedFileName, E>(
    kind: K,
    records: SeedRecord<K>[] | undefined,
    stored: Map<string, E>,
    identity: (record: SeedRecord<K>) => string,
    write: (record: SeedRecord<K>, existing: E | undefined) => E,
  ): Promise<void> {
    if (!records) return;
    const toRecord = recordOf[kind] as unknown as (entity: E) => SeedRecord<K>;
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    this.counts[kind] = counts;
    let done = 0;
    for (const record of records) {
      const id = identity(record);
      const existing = stored.get(id);
      if (existing && fingerprint(kind, toRecord(existing)) === fingerprint(kind, record)) {
        counts.unchanged++;
      } else {
        stored.set(id, write(record, existing));
        counts[existing ? 'updated' : 'created']++;
      }
      done++;
      if (done % BATCH_SIZE === 0) {
        await this.em.flush();
        this.options.progress?.(`imported ${done}/${records.length} ${kind}`);
      }
    }
    await this.em.flush();
  }

  private save<E extends object>(entityClass: new () => E, existing: E | undefined, data: RequiredEntityData<E>): E {
    // Callers' data is checked as RequiredEntityData<E>; assign()'s types cannot relate it to a generic E.
    if (existing) return this.em.assign(existing, data as never) as E;
    return this.em.create(entityClass, data);
  }

  private readonly source = (key: string) => this.sources.get(key)!;
  private readonly sourceList = (keys: string[]) => keys.map(this.source);

  private readonly writeSource = (s: SeedRecord<'sources'>, existing: Source | undefined): Source => {
    return this.save(Source, existing, {
      key: s.key,
      title: s.title,
      publisher: s.publisher ?? null,
      url: s.url,
      publishedOn: s.publishedOn ?? null,
      language: s.language ?? null,
    });
  };

  private readonly writeCountry = (c: SeedRecord<'countries'>, existing: Country | undefined): Country => {
    const country = this.save(Country, existing, {
      code: c.code,
      iso3: c.iso3,
      name: c.name,
      memberSince: c.memberSince,
      migrationProfile: c.migrationProfile,
      leadAgency: c.leadAgency,
      summary: c.summary,
    });
    // A country's legal instruments are part of its record: matched by title, the rest removed.
    const storedInstruments = new Map(
      existing ? existing.legalInstruments.getItems().map((l) => [l.title, l] as const) : [],
    );
    for (const l of c.legalInstruments) {
      this.save(LegalInstrument, storedInstruments.get(l.title), {
        country,
        title: l.title,
        year: l.year ?? null,
        date: l.date ?? null,
        summary: l.summary ?? null,
        sources: this.sourceList(l.sources),
      });
      storedInstruments.delete(l.title);
    }
    for (const removed of storedInstruments.values()) this.em.remove(removed);
    return country;
  };

  private readonly writeIndicator = (i: SeedRecord<'indicators'>, existing: Indicator | undefined): Indicator => {
    return this.save(Indicator, existing, {
      code: i.code,
      name: i.name,
      description: i.description,
      unit: i.unit,
      dimension: i.dimension ?? null,
      higherIsBetter: i.higherIsBetter ?? null,
    });
  };

  private readonly writeStatistic = (
    s: SeedRecord<'statistics'>,
    existing: CountryStatistic | undefined,
  ): CountryStatistic => {
    return this.save(CountryStatistic, existing, {
      country: this.countries.get(s.country)!,
      indicator: this.indicators.get(s.indicator)!,
      year: s.year,
      value: s.value,
      sex: s.sex,
      source: this.source(s.source),
      note: s.note ?? null,
    });
  };

  private readonly writeInstrument = (
    f: SeedRecord<'framework'>,
    existing: RegionalInstrument | undefined,
  ): RegionalInstrument => {
    return this.save(RegionalInstrument, existing, {
      key: f.key,
      kind: f.kind,
      title: f.title,
      shortTitle: f.shortTitle ?? null,
      adoptedOn: f.adoptedOn ?? null,
      adoptedAt: f.adoptedAt ?? null,
      summary: f.summary,
      areas: f.areas,
      sources: this.sourceList(f.sources),
    });
  };

  private readonly writeEvent = (e: SeedRecord<'events'>, existing: Event | undefined): Event => {
    return this.save(Event, existing, {
      key: e.key,
      name: e.name,
      localName: e.localName ?? null,
      city: e.city ?? null,
      country: e.country ? this.countries.get(e.country)! : null,
      startDate: e.startDate,
      endDate: e.endDate ?? null,
      organiser: e.organiser ?? null,
      summary: e.summary,
      sources: this.sourceList(e.sources),
    });
  };

  private readonly writeProgram = (
    p: SeedRecord<'programs'>,
    existing: ReintegrationProgram | undefined,
  ): ReintegrationProgram => {
    return this.save(ReintegrationProgram, existing, {
      key: p.key,
      name: p.name,
      localName: p.localName ?? null,
      acronym: p.acronym ?? null,
      country: this.countries.get(p.country)!,
      leadAgency: p.leadAgency,
      partners: p.partners,
      startYear: p.startYear ?? null,
      endYear: p.endYear ?? null,
      status: p.status,
      summary: p.summary,
      components: p.components.map((c) => ({ name: c.name, description: c.description ?? null })),
      dimensions: p.dimensions,
      levels: p.levels,
      targetGroups: p.targetGroups,
      stakeholders: p.stakeholders,
      sources: this.sourceList(p.sources),
    });
  };

  private readonly writePractice = (p: SeedRecord<'practices'>, existing: Practice | undefined): Practice => {
    return this.save(Practice, existing, {
      key: p.key,
      title: p.title,
      summary: p.summary,
      body: p.body,
      country: this.countries.get(p.country)!,
      program: p.program ? this.programs.get(p.program)! : null,
      year: p.year,
      themes: p.themes,
      dimensions: p.dimensions,
      levels: p.levels,
      stakeholders: p.stakeholders,
      targetGroups: p.targetGroups,
      evidenceLevel: p.evidenceLevel,
      partners: p.partners,
      event: p.event ? this.events.get(p.event)! : null,
      sources: this.sourceList(p.sources),
      status: p.status,
      rejectionReason: p.rejectionReason ?? null,
    });
  };

  private readonly writeOutcome = (o: SeedRecord<'outcomes'>, existing: Outcome | undefined): Outcome => {
    return this.save(Outcome, existing, {
      program: this.programs.get(o.program)!,
      practice: o.practice ? this.practices.get(o.practice)! : null,
      indicator: this.indicators.get(o.indicator)!,
      year: o.year,
      value: o.value,
      sex: o.sex,
      source: this.source(o.source),
      note: o.note ?? null,
    });
  };
}
