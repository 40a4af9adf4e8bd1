import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Country } from '../../countries/country.entity';
import { CountryStatistic } from '../../countries/country-statistic.entity';
import { LegalInstrument } from '../../countries/legal-instrument.entity';
import type { BulkInsert } from '../../db/bulk-insert';
import { Event } from '../../events/event.entity';
import { RegionalInstrument } from '../../framework/regional-instrument.entity';
import { Indicator } from '../../indicators/indicator.entity';
import { Outcome } from '../../outcomes/outcome.entity';
import { Practice } from '../../practices/practice.entity';
import { ReintegrationProgram } from '../../programs/program.entity';
import { outcomeIdentity, statisticIdentity } from '../seed/load-seed';
import type { SeedFileName, SeedRecord } from '../seed/seed-schema';
import { Source } from '../../sources/source.entity';
import { recordOf, type StoredAtlas } from './atlas-records';
import { BulkCreate, type RecordIds } from './bulk-create';
import { fingerprint } from './canonical';
import { TRANSFER_KINDS, type TransferData } from './document';

/** Records written per unit of work or group of statements, and between progress lines. */
const BATCH_SIZE = 1000;

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportOptions {
  /** Called every BATCH_SIZE records of a kind: "imported 3000/10000 practices". */
  progress?: (line: string) => void;
}

/** How one kind of record is matched, compared, written. */
interface KindPlan<K extends SeedFileName, E extends { id: number }> {
  /** The stored records, by identity: updated or left alone, never replaced. */
  stored: Map<string, E>;
  identity: (record: SeedRecord<K>) => string;
  /** Writes a record through the unit of work `em`: creates it, or updates `existing`. */
  write: (em: EntityManager, record: SeedRecord<K>, existing: E | undefined) => E;
  /** Inserts new records in bulk instead, returning their ids in order. */
  createMany?: (records: SeedRecord<K>[]) => Promise<number[] | void>;
  /** Where the ids of new records go, for later records to refer to them. */
  ids?: Map<string, number>;
}

/**
 * Upserts validated records kind by kind, each referring to stored ones or ones written before it
 * (by id: the records referred to may belong to another unit of work), in the caller's transaction.
 */
export class AtlasWriter {
  private readonly counts: Partial<Record<SeedFileName, ImportCounts>> = {};
  private readonly ids: RecordIds;
  private readonly create: BulkCreate;

  constructor(
    private readonly em: EntityManager,
    private readonly stored: StoredAtlas,
    bulk: BulkInsert,
    private readonly options: ImportOptions,
  ) {
    const ids = <E extends { id: number }>(entities: E[], id: (entity: E) => string) =>
      new Map(entities.map((e) => [id(e), e.id]));
    this.ids = {
      sources: ids(stored.sources, (s) => s.key),
      countries: ids(stored.countries, (c) => c.code),
      indicators: ids(stored.indicators, (i) => i.code),
      events: ids(stored.events, (e) => e.key),
      programs: ids(stored.programs, (p) => p.key),
      practices: ids(stored.practices, (p) => p.key),
    };
    this.create = new BulkCreate(bulk, this.ids);
  }

  async write(data: TransferData): Promise<Partial<Record<SeedFileName, ImportCounts>>> {
    const by = <E, I>(entities: E[], id: (entity: E) => I) => new Map(entities.map((e) => [id(e), e]));
    const stored = this.stored;
    for (const kind of TRANSFER_KINDS) {
      switch (kind) {
        case 'sources':
          await this.upsert(kind, data.sources, {
            stored: by(stored.sources, (s) => s.key),
            identity: (s) => s.key,
            write: this.writeSource,
            ids: this.ids.sources,
          });
          break;
        case 'countries':
          await this.upsert(kind, data.countries, {
            stored: by(stored.countries, (c) => c.code),
            identity: (c) => c.code,
            write: this.writeCountry,
            ids: this.ids.countries,
          });
          break;
        case 'indicators':
          await this.upsert(kind, data.indicators, {
            stored: by(stored.indicators, (i) => i.code),
            identity: (i) => i.code,
            write: this.writeIndicator,
            ids: this.ids.indicators,
          });
          break;
        case 'statistics':
          await this.upsert(kind, data.statistics, {
            stored: by(stored.statistics, (s) => statisticIdentity(recordOf.statistics(s))),
            identity: statisticIdentity,
            write: this.writeStatistic,
          });
          break;
        case 'framework':
          await this.upsert(kind, data.framework, {
            stored: by(stored.framework, (f) => f.key),
            identity: (f) => f.key,
            write: this.writeInstrument,
          });
          break;
        case 'events':
          await this.upsert(kind, data.events, {
            stored: by(stored.events, (e) => e.key),
            identity: (e) => e.key,
            write: this.writeEvent,
            ids: this.ids.events,
          });
          break;
        case 'programs':
          await this.upsert(kind, data.programs, {
            stored: by(stored.programs, (p) => p.key),
            identity: (p) => p.key,
            write: this.writeProgram,
            ids: this.ids.programs,
          });
          break;
        case 'practices':
          await this.upsert(kind, data.practices, {
            stored: by(stored.practices, (p) => p.key),
            identity: (p) => p.key,
            write: this.writePractice,
            createMany: (records) => this.create.practices(records),
            ids: this.ids.practices,
          });
          break;
        case 'outcomes':
          await this.upsert(kind, data.outcomes, {
            stored: by(stored.outcomes, (o) => outcomeIdentity(recordOf.outcomes(o))),
            identity: outcomeIdentity,
            write: this.writeOutcome,
            createMany: (records) => this.create.outcomes(records),
          });
          break;
      }
    }
    return this.counts;
  }

  /**
   * Creates or updates each record, leaving alone those already stored exactly so, a batch at a
   * time. New records go in bulk, or through a unit of work of their own (a fork in the same
   * transaction): one unit of work for everything would make every flush cost all the records
   * written before it. Updates go through the transaction's unit of work, which holds the stored
   * records.
   */
  private async upsert<K extends SeedFileName, E extends { id: number }>(
    kind: K,
    records: SeedRecord<K>[] | undefined,
    plan: KindPlan<K, E>,
  ): Promise<void> {
    if (!records) return;
    const toRecord = recordOf[kind] as unknown as (entity: E) => SeedRecord<K>;
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    this.counts[kind] = counts;
    for (let start = 0; start < records.length; start += BATCH_SIZE) {
      const created: SeedRecord<K>[] = [];
      let updated = false;
      for (const record of records.slice(start, start + BATCH_SIZE)) {
        const existing = plan.stored.get(plan.identity(record));
        if (!existing) {
          created.push(record);
        } else if (fingerprint(kind, toRecord(existing)) !== fingerprint(kind, record)) {
          plan.write(this.em, record, existing);
          updated = true;
          counts.updated++;
        } else {
          counts.unchanged++;
        }
      }
      const ids = await this.createAll(created, plan);
      if (plan.ids && ids) created.forEach((record, index) => plan.ids!.set(plan.identity(record), ids[index]!));
      counts.created += created.length;
      if (updated) await this.em.flush();
      const done = start + Math.min(BATCH_SIZE, records.length - start);
      if (done % BATCH_SIZE === 0) this.options.progress?.(`imported ${done}/${records.length} ${kind}`);
    }
  }

  private async createAll<K extends SeedFileName, E extends { id: number }>(
    records: SeedRecord<K>[],
    plan: KindPlan<K, E>,
  ): Promise<number[] | void> {
    if (records.length === 0) return [];
    if (plan.createMany) return plan.createMany(records);
    const batch = this.em.fork({ keepTransactionContext: true });
    const entities = records.map((record) => plan.write(batch, record, undefined));
    await batch.flush();
    return entities.map((entity) => entity.id);
  }

  private save<E extends object>(
    em: EntityManager,
    entityClass: new () => E,
    existing: E | undefined,
    data: RequiredEntityData<E>,
  ): E {
    // Callers' data is checked as RequiredEntityData<E>; assign()'s types cannot relate it to a generic E.
    if (existing) return em.assign(existing, data as never) as E;
    return em.create(entityClass, data);
  }

  private readonly sourceIds = (keys: string[]) => keys.map((key) => this.ids.sources.get(key)!);

  private readonly writeSource = (
    em: EntityManager,
    s: SeedRecord<'sources'>,
    existing: Source | undefined,
  ): Source => {
    return this.save(em, Source, existing, {
      key: s.key,
      title: s.title,
      publisher: s.publisher ?? null,
      url: s.url,
      publishedOn: s.publishedOn ?? null,
      language: s.language ?? null,
    });
  };

  private readonly writeCountry = (
    em: EntityManager,
    c: SeedRecord<'countries'>,
    existing: Country | undefined,
  ): Country => {
    const country = this.save(em, Country, existing, {
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
      this.save(em, LegalInstrument, storedInstruments.get(l.title), {
        country,
        title: l.title,
        year: l.year ?? null,
        date: l.date ?? null,
        summary: l.summary ?? null,
        sources: this.sourceIds(l.sources),
      });
      storedInstruments.delete(l.title);
    }
    for (const removed of storedInstruments.values()) em.remove(removed);
    return country;
  };

  private readonly writeIndicator = (
    em: EntityManager,
    i: SeedRecord<'indicators'>,
    existing: Indicator | undefined,
  ): Indicator => {
    return this.save(em, Indicator, existing, {
      code: i.code,
      name: i.name,
      description: i.description,
      unit: i.unit,
      dimension: i.dimension ?? null,
      higherIsBetter: i.higherIsBetter ?? null,
    });
  };

  private readonly writeStatistic = (
    em: EntityManager,
    s: SeedRecord<'statistics'>,
    existing: CountryStatistic | undefined,
  ): CountryStatistic => {
    return this.save(em, CountryStatistic, existing, {
      country: this.ids.countries.get(s.country)!,
      indicator: this.ids.indicators.get(s.indicator)!,
      year: s.year,
      value: s.value,
      sex: s.sex,
      source: this.ids.sources.get(s.source)!,
      note: s.note ?? null,
    });
  };

  private readonly writeInstrument = (
    em: EntityManager,
    f: SeedRecord<'framework'>,
    existing: RegionalInstrument | undefined,
  ): RegionalInstrument => {
    return this.save(em, RegionalInstrument, existing, {
      key: f.key,
      kind: f.kind,
      title: f.title,
      shortTitle: f.shortTitle ?? null,
      adoptedOn: f.adoptedOn ?? null,
      adoptedAt: f.adoptedAt ?? null,
      summary: f.summary,
      areas: f.areas,
      sources: this.sourceIds(f.sources),
    });
  };

  private readonly writeEvent = (em: EntityManager, e: SeedRecord<'events'>, existing: Event | undefined): Event => {
    return this.save(em, Event, existing, {
      key: e.key,
      name: e.name,
      localName: e.localName ?? null,
      city: e.city ?? null,
      country: e.country ? this.ids.countries.get(e.country)! : null,
      startDate: e.startDate,
      endDate: e.endDate ?? null,
      organiser: e.organiser ?? null,
      summary: e.summary,
      sources: this.sourceIds(e.sources),
    });
  };

  private readonly writeProgram = (
    em: EntityManager,
    p: SeedRecord<'programs'>,
    existing: ReintegrationProgram | undefined,
  ): ReintegrationProgram => {
    return this.save(em, ReintegrationProgram, existing, {
      key: p.key,
      name: p.name,
      localName: p.localName ?? null,
      acronym: p.acronym ?? null,
      country: this.ids.countries.get(p.country)!,
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
      sources: this.sourceIds(p.sources),
    });
  };

  private readonly writePractice = (
    em: EntityManager,
    p: SeedRecord<'practices'>,
    existing: Practice | undefined,
  ): Practice => {
    return this.save(em, Practice, existing, {
      key: p.key,
      title: p.title,
      summary: p.summary,
      body: p.body,
      country: this.ids.countries.get(p.country)!,
      program: p.program ? this.ids.programs.get(p.program)! : null,
      year: p.year,
      themes: p.themes,
      dimensions: p.dimensions,
      levels: p.levels,
      stakeholders: p.stakeholders,
      targetGroups: p.targetGroups,
      evidenceLevel: p.evidenceLevel,
      partners: p.partners,
      event: p.event ? this.ids.events.get(p.event)! : null,
      sources: this.sourceIds(p.sources),
      status: p.status,
      rejectionReason: p.rejectionReason ?? null,
    });
  };

  private readonly writeOutcome = (
    em: EntityManager,
    o: SeedRecord<'outcomes'>,
    existing: Outcome | undefined,
  ): Outcome => {
    return this.save(em, Outcome, existing, {
      program: this.ids.programs.get(o.program)!,
      practice: o.practice ? this.ids.practices.get(o.practice)! : null,
      indicator: this.ids.indicators.get(o.indicator)!,
      year: o.year,
      value: o.value,
      sex: o.sex,
      source: this.ids.sources.get(o.source)!,
      note: o.note ?? null,
    });
  };
}
